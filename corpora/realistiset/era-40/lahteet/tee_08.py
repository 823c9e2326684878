"""08: pienen festivaaliyhdistyksen ensimmäinen hankesuunnitelma. Pohjan jäänteitä, lihavoidut kappaleet otsikkoina,
käsin numerointi. Tahalliset puutteet: pohjateksti, yhden tavoitteen mittari puuttuu, loppuseminaari hankeajan ulkopuolella."""
import sys
from apu import *

d = uusi()
p = d.add_paragraph()
r = p.add_run("HANKESUUNNITELMA – Luotojazz kasvaa")
r.bold = True
kpl(d, "Luotojazz ry, Kallioluodon saaristo")
kpl(d, "Päivämäärä: xx.xx.2026")

lihava(d, "1. Tausta")
kpl(d, "Luotojazz on vuodesta 2018 järjestetty kaksipäiväinen jazzfestivaali Kallioluodon saaressa. Festivaalia tekee kokonaan "
       "vapaaehtoinen yhdistys, jossa on 46 jäsentä. Kävijämäärä on kasvanut 400:sta (2018) noin 1 300:aan (2025), ja "
       "järjestelyt ovat käyneet vapaaehtoisille liian raskaiksi. Saaren kesäasukkaat ja yrittäjät toivovat, että festivaali "
       "jatkuu ja tuo saareen matkailijoita myös sesongin ulkopuolella.")

lihava(d, "2. Tavoitteet")
luettelo(d, [
    "Festivaalin kävijämäärä kasvaa hallitusti ja matkailijoita saapuu saareen myös alku- ja loppukesästä.",
    "Vapaaehtoisten osaaminen tapahtumatuotannossa ja järjestyksenvalvonnassa vahvistuu.",
    "Saaren yrittäjät saavat festivaalista nykyistä enemmän myyntiä.",
], numeroitu=True)

lihava(d, "3. Kohderyhmä")
kpl(d, "Hankkeen kohderyhmiä ovat festivaalin vapaaehtoiset, Kallioluodon matkailu- ja ravintolayrittäjät sekä festivaalin kävijät, "
       "joista suurin osa tulee pääkaupunkiseudulta ja Turun seudulta.")

lihava(d, "4. Toimenpiteet")
kpl(d, "Festivaali laajennetaan kahden päivän tapahtumasta kolmeen pienempään tapahtumaan: kevätkonsertti toukokuussa, päätapahtuma "
       "heinäkuussa ja syyskonsertti elokuun lopussa. Tapahtumapaketit tehdään yhdessä saaren majoitusyrittäjien ja "
       "yhteysalusliikenteen kanssa, ja yrittäjille järjestetään oma myyntialue festivaalikylässä.")
kpl(d, "Vapaaehtoisille järjestetään tapahtumatuotannon ja järjestyksenvalvonnan koulutus kumpanakin keväänä.")

lihava(d, "5. Aikataulu")
kpl(d, "Hanke toteutetaan 1.1.2027–31.12.2028. Kevätkonsertit pidetään toukokuussa 2027 ja 2028, päätapahtumat heinäkuussa ja "
       "syyskonsertit elokuussa. Vapaaehtoisten koulutukset ovat maalis–huhtikuussa. Hankkeen loppuseminaari yrittäjille ja "
       "yhteistyökumppaneille pidetään maaliskuussa 2029.")

lihava(d, "6. Budjetti")
kpl(d, "Kokonaisbudjetti on 64 000 euroa, josta haemme Leader-rahoitusta 70 prosenttia. Yhdistyksen omarahoitus katetaan "
       "lipputuloilla ja vapaaehtoistyöllä.")
taulukko(d, [
    ["Kulu", "2027", "2028"],
    ["Esiintyjät ja tekniikka", "14 000", "16 000"],
    ["Koulutukset", "3 500", "3 500"],
    ["Markkinointi", "6 000", "6 000"],
    ["Tuotantoassistentti (osa-aikainen)", "7 500", "7 500"],
])

lihava(d, "7. Seuranta")
kpl(d, "Kävijämäärä lasketaan lipunmyynnistä jokaisessa tapahtumassa, ja alku- ja loppukesän tapahtumien osuutta verrataan vuoteen 2025. "
       "Yrittäjiltä kysytään syksyisin, kuinka paljon festivaaliviikonloppujen myynti poikkesi tavallisesta viikonlopusta.")

lihava(d, "8. Tulokset")
kpl(d, "Hankkeen lopussa festivaali on kolmen tapahtuman kokonaisuus, jolla on vakiintuneet yhteistyösopimukset yrittäjien kanssa "
       "ja toimiva tapa jakaa tuotantotyö vapaaehtoisten kesken.")

lihava(d, "9. Miten toiminta jatkuu?")
kpl(d, "Jatkoa on suunniteltu jo hakuvaiheessa yhdessä Kallioluodon Yrittäjät ry:n kanssa. Kerromme hankkeesta yhdistyksen "
       "verkkosivuilla ja saaren kesäasukasillassa. Tapahtumapaketteja muokataan perheille ja ikäihmisille sopiviksi, ja "
       "naapurisaaren Pihlajaluodon kyläyhdistys kokeilee syyskonserttimallia omalla laiturillaan kesällä 2028.")
kpl(d, "Hankkeen jälkeen Luotojazz ry:n hallitus vastaa kolmen tapahtuman kokonaisuudesta, ja Kallioluodon Yrittäjät ry:n "
       "puheenjohtaja vastaa tapahtumapakettien myynnistä osana yrittäjien yhteismarkkinointia. Tuotantoassistentin työajasta "
       "neljännes on varattu siihen, että tehtävät ja ohjeet siirretään hallitukselle ja yrittäjille.")

lihava(d, "10. Organisointi")
kpl(d, "Hanketta hallinnoi Luotojazz ry. Ohjausryhmässä ovat yhdistyksen puheenjohtaja, Kallioluodon Yrittäjien edustaja ja "
       "Leader-ryhmän edustaja.")

lihava(d, "11. Riskit")
kpl(d, "Sää voi pilata ulkotapahtuman; varaudumme telttakatoksella. Jos yhteysalusten vuoroja ei saada lisättyä, tapahtumien "
       "ajat sovitetaan olemassa oleviin vuoroihin.")

lihava(d, "12. Viestintä")
kpl(d, "Viestinnän kanavat ovat yhdistyksen verkkosivut, Instagram ja Facebook, saaren ilmoitustaulut sekä tiedotteet paikallislehtiin.")

d.save(sys.argv[1])

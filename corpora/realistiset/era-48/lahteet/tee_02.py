"""02: hankesuunnitelma, nuoriso, yhdistys. Virhe: osatavoitteelta 3 puuttuu mittari."""
from apu import uusi, h, p, lista, taulukko, tallenna, odotettu

NIMI = "02_hankesuunnitelma_nuoret.docx"

doc = uusi(
    "Hankesuunnitelma: Reitti – ryhmämuotoista etsivää nuorisotyötä",
    ["Kaarnaniemen Nuorisokeskus ry", "Päivitetty 3.3.2025"],
    tekija="Kaarnaniemen Nuorisokeskus ry",
)

h(doc, "1 Lähtötilanne ja perustelut")
p(doc,
  "Kaarnaniemessä oli vuoden 2023 lopussa noin 410 työn ja koulutuksen ulkopuolella olevaa 16–24-vuotiasta "
  "nuorta. Etsivän nuorisotyön asiakasmäärä kasvoi vuosina 2021–2023 lähes kolmanneksella, mutta yksilötyön "
  "resurssit eivät ole kasvaneet samaa tahtia. Moni nuori jää jonoon tai katoaa palveluista ensimmäisen "
  "tapaamisen jälkeen.",
  "Etsivien nuorisotyöntekijöiden kokemuksen mukaan juuri vertaisryhmä auttaa monia nuoria kiinnittymään. "
  "Ryhmämuotoista toimintaa ei kuitenkaan ole tarjolla niille, jotka eivät ole opiskelijoita tai työpajan "
  "asiakkaita. Reitti-hanke kokeilee pienryhmiä, jotka toimivat nuoren ja palvelujärjestelmän välissä.")

h(doc, "2 Tavoitteet")
p(doc,
  "Hankkeen päämääränä on, että kaarnaniemeläiset nuoret eivät jää tyhjän päälle koulutuksen ja työn "
  "ulkopuolelle. Osatavoitteet on avattu alla olevassa taulukossa.")
taulukko(doc, ["Tavoite", "Toimenpiteet", "Mittarit"], [
    ["1. Työn ja koulutuksen ulkopuolella olevat 16–24-vuotiaat löytävät säännöllisen ryhmätoiminnan.",
     "Viikoittaiset pienryhmät Keskustan ja Rantalan nuorisotiloilla, jalkautuva etsivä työ, "
     "aloituskeskustelu jokaisen nuoren kanssa.",
     "Ryhmiin osallistuneiden nuorten määrä (tavoite 60) ja käyntikerrat; läsnäolotiedot kootaan kuukausittain."],
    ["2. Nuorten arjenhallinta ja luottamus omiin kykyihin vahvistuvat.",
     "Arjen taitojen ryhmäjaksot (ruoanlaitto, raha-asiat, asiointi), toiminnalliset retket.",
     "Nuorten itsearviointi Kykyviisarilla ryhmäjakson alussa ja lopussa; palautekeskustelu jakson päätteeksi."],
    ["3. Alueen oppilaitosten opinto-ohjaajat tuntevat toiminnan ja ohjaavat nuoria siihen.",
     "Esittelykäynnit kuudessa oppilaitoksessa, yhteinen ohjauskäytäntö opinto-ohjaajien kanssa, "
     "verkostotapaaminen kerran lukukaudessa.",
     "–"],
    ["4. Ryhmäjakson päättäneelle nuorelle löytyy jatkopolku koulutukseen, työhön tai muuhun palveluun.",
     "Jatkopolun suunnittelu yhdessä nuoren kanssa, saattaen siirto Ohjaamoon, työpajalle tai oppilaitokseen.",
     "Jatkopolun saaneiden osuus ryhmäjakson päättäneistä (tavoite 70 %); seurantasoitto kolmen kuukauden "
     "kuluttua."],
])

h(doc, "3 Kohderyhmä")
p(doc,
  "Kohderyhmään kuuluvat kaarnaniemeläiset 16–24-vuotiaat, jotka eivät ole työssä, opiskele tai ole muun "
  "palvelun piirissä, sekä nuoret, joiden opinnot ovat vaarassa keskeytyä. Hankeaikana ryhmiin arvioidaan "
  "osallistuvan noin 60 nuorta. Välillisiä kohderyhmiä ovat oppilaitosten opinto-ohjaajat, Ohjaamo "
  "Kaarnaniemen henkilöstö ja nuorten vanhemmat.")

h(doc, "4 Toteutus")
p(doc,
  "Reitti-ryhmät ovat 6–8 nuoren pienryhmiä, jotka kokoontuvat kahdesti viikossa kymmenen viikon jakson "
  "ajan. Ryhmää ohjaa nuoriso-ohjaajapari, ja jokaisen nuoren kanssa käydään ennen ryhmää aloituskeskustelu. "
  "Jaksojen sisällöt suunnitellaan yhdessä nuorten kanssa: osa ryhmistä painottuu ruoanlaittoon ja raha-asioihin, "
  "osa liikuntaan ja retkiin.",
  "Oppilaitosyhteistyötä varten hanketyöntekijät vierailevat kuudessa oppilaitoksessa ja sopivat "
  "opinto-ohjaajien kanssa, miten nuori ohjataan ryhmään. Jakson lopuksi nuoren kanssa tehdään "
  "jatkosuunnitelma, ja hänet saatetaan tarvittaessa Ohjaamoon tai työpajalle.")

h(doc, "5 Hankeaika ja vaiheistus")
p(doc, "Hanke toteutetaan 1.8.2025–31.7.2027.")
lista(doc, [
    "Elo–lokakuu 2025: toiminnan käynnistys, oppilaitosten esittelykäynnit, ensimmäiset aloituskeskustelut.",
    "Marraskuu 2025 – toukokuu 2027: ryhmäjaksot, yhteensä kahdeksan jaksoa kahdella nuorisotilalla.",
    "Syksy 2026: väliarviointi ja ohjauskäytännön päivitys opinto-ohjaajien kanssa.",
    "Kesä–heinäkuu 2027: loppuarviointi, toimintamallin kuvaus ja siirto perustoimintaan.",
])

h(doc, "6 Budjetti")
taulukko(doc, ["Kustannuslaji", "2025 (€)", "2026 (€)", "2027 (€)", "Yhteensä (€)"], [
    ["Palkat ja sivukulut", "31 000", "76 000", "44 000", "151 000"],
    ["Toimintakulut (ryhmien materiaalit, retket)", "3 000", "8 000", "4 000", "15 000"],
    ["Viestintä ja päätösseminaari", "1 000", "2 000", "3 000", "6 000"],
    ["Yhteensä", "35 000", "86 000", "51 000", "172 000"],
])
p(doc,
  "Hankkeessa työskentelee kaksi kokoaikaista nuoriso-ohjaajaa. Yhdistyksen toiminnanjohtaja toimii hankkeen "
  "vastuuhenkilönä osana omaa virkaansa.")

h(doc, "7 Seuranta ja arviointi")
p(doc,
  "Hanke arvioi toimintaansa itsearviointina. Tavoitekohtaiset mittarit on esitetty tavoitetaulukossa luvussa 2. "
  "Ohjaajat kokoavat seurantatiedot kuukausittain ja käyvät ne läpi tiimin kehittämispäivillä kahdesti "
  "vuodessa. Ohjausryhmä käsittelee väliraportin syksyllä 2026 ja loppuraportin heinäkuussa 2027.")

h(doc, "8 Odotetut tulokset")
lista(doc, [
    "Kuvattu Reitti-ryhmän toimintamalli ohjaajan oppaineen.",
    "Opinto-ohjaajien kanssa sovittu ohjauskäytäntö.",
    "Noin 60 nuorta on osallistunut ryhmiin, ja heistä suurin osa on siirtynyt opintoihin, työhön tai "
    "muun palvelun piiriin.",
])

h(doc, "9 Juurruttaminen")
p(doc,
  "Juurruttamista on valmisteltu jo hakuvaiheessa: Kaarnaniemen kaupungin nuorisopalvelut ja Ohjaamo "
  "osallistuivat hankkeen suunnitteluun, ja nuorisopalvelupäällikkö on ohjausryhmän puheenjohtaja. "
  "Juurruttaminen etenee koko hankkeen ajan 4V-mallin vaiheiden mukaan.")
lista(doc, [
    "Viestintä: hankkeen alusta asti toiminnasta kerrotaan oppilaitoksille, nuorten Instagramissa ja "
    "verkostotapaamisissa.",
    "Variointi: ryhmämallista tehdään kaksi versiota, arjen taitoihin ja liikuntaan painottuva.",
    "Valtavirtaistaminen: malli esitellään maakunnan etsivän nuorisotyön verkostolle ja julkaistaan "
    "yhdistyksen verkkosivuilla; päätösseminaari pidetään kesäkuussa 2027.",
    "Vakiinnuttaminen: ryhmätoiminta siirretään osaksi kaupungin etsivää nuorisotyötä.",
])
p(doc,
  "Juurruttamiseen käytetään kummankin ohjaajan työajasta noin kymmenesosa, ja viestintään ja "
  "päätösseminaariin on budjetoitu 6 000 euroa. Hankkeen jälkeen ryhmätoiminnan jatkamisesta vastaa "
  "Kaarnaniemen kaupungin nuorisopalvelupäällikkö, joka on varannut toimintaan yhden nuoriso-ohjaajan "
  "työpanoksen vuodesta 2027 alkaen.")

h(doc, "10 Hallinnointi ja ohjausryhmä")
p(doc,
  "Hanketta hallinnoi Kaarnaniemen Nuorisokeskus ry. Ohjausryhmään kuuluvat kaupungin "
  "nuorisopalvelupäällikkö, Ohjaamo Kaarnaniemen esihenkilö, kahden oppilaitoksen opinto-ohjaajat ja kaksi "
  "nuorten edustajaa. Ohjausryhmä kokoontuu kolme kertaa vuodessa.")

h(doc, "11 Riskit")
p(doc,
  "Suurin riski on, etteivät nuoret sitoudu ryhmiin. Siksi jokaisen nuoren kanssa käydään aloituskeskustelu, "
  "ryhmät pidetään pieninä ja poissaoloista soitetaan samana päivänä. Toinen riski on ohjaajien vaihtuvuus; "
  "sitä hallitaan työparimallilla ja kirjatulla ohjaajan oppaalla.")

h(doc, "12 Tiedottaminen")
p(doc,
  "Tiedottamisesta vastaa yhdistyksen viestintäsuunnittelija. Nuoria tavoitetaan Instagramissa ja "
  "TikTokissa sekä etsivän työn kautta, ammattilaisia sähköpostiuutiskirjeellä ja verkostotapaamisissa. "
  "Yhdistyksen verkkosivuille kootaan hankkeen materiaalit.")

p(doc, "Kaarnaniemellä 3.3.2025", "Jussi Rautio, toiminnanjohtaja, Kaarnaniemen Nuorisokeskus ry")

tallenna(doc, NIMI)
odotettu(NIMI, "hankesuunnitelma", [{"rule": "tavoite.ei-arviointia", "count": 1}])

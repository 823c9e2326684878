"""01: Nuorisoseuran lyhyt hankesuunnitelma, lihavoidut kysymysrivit, muutosseuranta, alaviite. Ei havaintoja."""
from apu import *

d = uusi()
ylatunniste(d, "Kurjenmäen Nuorisoseura ry – AVI-hakemuksen liite 1", "Luonnos v3, hallitus käsitellyt 14.11.2025")

kpl(d, "Iltaparkki – nuorten oma perjantai Kurjenmäen seurantalolla", lihava=True, koko=15)
kpl(d, "Hankesuunnitelma 2026–2027", lihava=True)
kpl(d, "Hakija: Kurjenmäen Nuorisoseura ry (Y-tunnus 0381245-6), Salmijärvi. Haemme Etelä-Suomen "
       "aluehallintoviraston nuorisotyön kehittämisavustusta vuodelle 2026 ja jatkoa vuodelle 2027.")

kpl(d, "Miksi tätä tarvitaan?", lihava=True)
p = kpl(d, "Kurjenmäen kylässä ja lähikylissä asuu noin 240 13–17-vuotiasta nuorta (kunnan väestötieto 2024). "
           "Lähin nuorisotila on kirkonkylällä 18 kilometrin päässä, eikä iltaisin kulje bussia. "
           "Salmijärven 8.–9.-luokkalaisista 14 % kertoi, ettei heillä ole yhtään läheistä ystävää.")
alaviite(d, p, "Kouluterveyskysely 2023, Salmijärven kunnan tulokset (THL).")
p = kpl(d, "Syksyllä 2025 pidimme seurantalolla kaksi avointa iltaa kokeiluna (14.10. ja 11.11.2025). "
           "Kumpanakin iltana paikalle tuli yli 30 nuorta, ")
poisto(p, "ja he toivoivat lisää.")
lisays(p, "ja lähes kaikki toivoivat, että iltoja olisi joka viikko. Vanhemmat ovat kyselleet samaa kyläkokouksessa.")

kpl(d, "Kenelle hanke on?", lihava=True)
kpl(d, "Kurjenmäen, Lehtiniemen ja Ruokosalmen 13–17-vuotiaille nuorille. Erityisesti haluamme tavoittaa ne, "
       "jotka eivät käy missään harrastuksessa tai jäävät muuten helposti yksin. Välillisesti hanke hyödyttää "
       "myös vanhempia ja kylän muita yhdistyksiä.")

kpl(d, "Mitä haluamme saada aikaan?", lihava=True)
viivat(d, [
    "Kylän nuorilla on joka viikko turvallinen ja maksuton paikka, jossa voi olla kavereiden kanssa.",
    "Nuoret pääsevät itse päättämään illan ohjelmasta ja myös järjestämään sitä.",
    "Yksinäisyyttä kokevat nuoret löytävät porukan ja aikuisen, jolle voi jutella.",
])

kpl(d, "Mitä teemme?", lihava=True)
viivat(d, [
    "Avoin ilta seurantalolla perjantaisin klo 17–21 (heinäkuu tauolla, yhteensä noin 70 iltaa). Paikalla on "
    "palkattu ohjaaja ja vähintään yksi vapaaehtoinen aikuinen. Tarjolla välipalaa, pelejä, bändikamari ja sähly salissa.",
    "Nuorista kootaan iltatiimi (6–8 nuorta), joka suunnittelee kuukauden ohjelman ja saa siihen oman pienen "
    "budjetin (150 €/kk). Iltatiimi vetää vähintään yhden illan kuussa kokonaan itse, esim. turnauksen tai leffaillan.",
    "Ohjaaja juttelee nuorten kanssa myös kahden kesken ja ohjaa tarvittaessa koulukuraattorille tai kunnan "
    "etsivään nuorisotyöhön. Kerran kuussa kokoontuu pienempi Kaveriporukka niille, joille iso ilta on liikaa.",
])

kpl(d, "Milloin?", lihava=True)
kpl(d, "Hanke kestää 1.3.2026–31.12.2027.")
viivat(d, [
    "maalis–huhtikuu 2026: ohjaajan rekrytointi, tilojen siivous ja kalustus, iltatiimin kokoaminen",
    "huhtikuusta 2026 alkaen avoimet illat joka perjantai",
    "syyskuu 2026: ensimmäinen nuorten kysely",
    "kevät 2027: pienempien (10–12 v.) kokeiluillat",
    "syyskuu 2027: toinen kysely ja kokemusten kokoaminen ohjeeksi",
    "joulukuu 2027: loppuraportti AVI:lle",
])

kpl(d, "Kuka tekee ja kenen kanssa?", lihava=True)
kpl(d, "Hanketta hallinnoi Kurjenmäen Nuorisoseura ry, ja kirjanpidosta huolehtii seuran rahastonhoitaja. "
       "Palkkaamme osa-aikaisen nuoriso-ohjaajan (60 %). Ohjausryhmään kuuluvat seuran puheenjohtaja, "
       "Salmijärven kunnan nuorisotyöntekijä, Kurjenmäen koulun rehtori ja kaksi nuorta iltatiimistä. "
       "Ohjausryhmä kokoontuu neljä kertaa vuodessa.")

kpl(d, "Talous", lihava=True)
p = kpl(d, "Kokonaiskustannukset ovat 58 400 €. AVI:lta haetaan ")
poisto(p, "46 000")
lisays(p, "46 700")
teksti_ajo(p, " € ja loput 11 700 € on seuran omarahoitusta (talkootyö, tilat, lahjoitukset).")
taulukko(d, [
    ["Kulu", "2026", "2027", "Yhteensä"],
    ["Ohjaajan palkka sivukuluineen", "18 300", "25 700", "44 000"],
    ["Iltatiimin budjetti ja välipalat", "2 400", "3 000", "5 400"],
    ["Tilojen kunnostus ja tarvikkeet", "2 800", "500", "3 300"],
    ["Talkootyö ja tilat (omarahoitus)", "2 600", "3 100", "5 700"],
    ["Yhteensä", "26 100", "32 300", "58 400"],
], leveydet=[7, 2.5, 2.5, 2.5])
kpl(d, "")

kpl(d, "Miten seuraamme, onnistuuko?", lihava=True)
viivat(d, [
    "Kirjaamme jokaisesta illasta kävijämäärän. Tavoitteena on keskimäärin 25 nuorta illassa.",
    "Laskemme, montako iltaa nuoret ovat suunnitelleet ja vetäneet itse ja kuinka moni nuori on ollut "
    "iltatiimissä mukana. Tavoite on vähintään yksi nuorten oma ilta kuukaudessa.",
    "Nuorten kysely syyskuussa 2026 ja 2027: kysymme mm. onko sinulla Iltaparkissa kavereita ja onko "
    "täällä aikuinen, jolle voit puhua. Ohjaaja pitää lisäksi päiväkirjaa kahdenkeskisistä juttutuokioista ja ohjauksista.",
    "Ohjausryhmä käy luvut läpi joka kokouksessa.",
])

kpl(d, "Mitä jää käteen?", lihava=True)
kpl(d, "Hankkeen jälkeen kylällä on toimiva nuorten perjantai-ilta, nuorten oma iltatiimi ja kokeneita "
       "vapaaehtoisia. Kokoamme kokemuksista lyhyen ohjeen \"Näin pyörität nuorten iltaa kylätalolla\", jota "
       "muutkin kyläyhdistykset voivat käyttää. Toivomme, että nuorten kokema yksinäisyys kylällä vähenee.")

kpl(d, "Miten toiminta jatkuu hankkeen jälkeen?", lihava=True)
kpl(d, "Tätä on mietitty jo hakemusta tehdessä. Sovimme syksyllä 2025 Salmijärven kunnan nuorisopalvelujen "
       "kanssa, että kunnan nuorisotyöntekijä on mukana illoissa kerran kuussa heti ensimmäisestä kuukaudesta "
       "lähtien, jotta kunta tuntee toiminnan ja nuoret tuntevat hänet.")
p = kpl(d, "Ohjaajan työajasta on varattu noin 4 tuntia kuukaudessa siihen, että toimintaa kirjataan ohjeeksi ja "
           "jatkosta sovitaan. ")
lisays(p, "Keväällä 2027 kokeilemme samaa mallia kahdesti kuussa 10–12-vuotiaille, koska pienemmät ovat jo kyselleet "
          "omaa iltaa – ohjelmaa ja aukioloaikaa muutetaan heille sopivaksi.")
kpl(d, "Kutsumme Lehtiniemen ja Ruokosalmen kyläyhdistykset seuraamaan iltoja ja annamme ohjeen heidän "
       "käyttöönsä, jos he haluavat aloittaa omat illat. Salmijärven kunnan vapaa-aikajohtaja on luvannut esittää, "
       "että perjantai-illat otetaan vuoden 2028 talousarvioon osaksi nuorisopalvelujen kylillä tehtävää työtä. "
       "Seuran hallitus vastaa jatkossakin tiloista ja vapaaehtoisista.")

kpl(d, "Viestintä", lihava=True)
viivat(d, [
    "Instagram-tili @iltaparkki, jota iltatiimin nuoret päivittävät ohjaajan kanssa",
    "seuran Facebook-sivu ja verkkosivut, kylän ilmoitustaulu",
    "koulun Wilma-tiedotteet vanhemmille lukukauden alussa",
    "tulokset esitellään kunnan vapaa-aikalautakunnalle ja Hämeen alueellisilla nuorisotyön päivillä syksyllä 2027",
    "valmis ohje julkaistaan seuran verkkosivuilla ja lähetetään kunnan kyläyhdistyksille",
])

kpl(d, "Riskit", lihava=True)
viivat(d, [
    "Ohjaaja lopettaa kesken → seuran kaksi vapaaehtoista on perehdytetty sijaisiksi.",
    "Nuoria ei tule → iltatiimi suunnittelee ohjelman, markkinointi koulun kautta.",
    "Häiriöitä illoissa → yhteiset säännöt tehdään nuorten kanssa, paikalla aina kaksi aikuista.",
])

kpl(d, "")
kpl(d, "Kurjenmäellä 14.11.2025")
kpl(d, "Sanna Peltoniemi, puheenjohtaja, Kurjenmäen Nuorisoseura ry, puh. 044 318 2290")

tallenna(d, "01_hankesuunnitelma_nuorisotyo.docx")

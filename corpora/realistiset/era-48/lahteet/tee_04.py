"""04: exit-suunnitelma, kulttuuri, yhdistys. Virhe: jatkon vastuut vain hankehenkilöstöllä."""
from apu import uusi, h, p, lista, taulukko, tallenna, odotettu

NIMI = "04_exit-suunnitelma_kulttuuri.docx"

doc = uusi(
    "Kylien muisti – exit-suunnitelma",
    ["Lehtoniemen Kotiseutu- ja kulttuuriyhdistys ry",
     "Hankeaika 1.1.2024–31.12.2025 · Suunnitelma laadittu 2.10.2025"],
    tekija="Lehtoniemen Kotiseutu- ja kulttuuriyhdistys ry",
)

h(doc, "1 Hankkeen lähtökohdat ja tuotokset")
p(doc,
  "Kylien muisti -hanke on kerännyt Lehtoniemen kahdeksan kylän muistitietoa ja valokuvia ja tuonut ne "
  "asukkaiden yhteiseen käyttöön. Hankkeen aikana on järjestetty 46 tarinailtaa, joihin on osallistunut "
  "yhteensä noin 1 100 kävijää. Tämä suunnitelma kuvaa, miten hankkeen tuotokset jäävät elämään, kun "
  "hankerahoitus päättyy vuoden 2025 lopussa.")
lista(doc, [
    "Tarinaillan toimintamalli ja ohjaajan opas.",
    "Digitoitu valokuva-arkisto, jossa on noin 2 300 kuvaa kuvailutietoineen.",
    "Kylien muistelukirja, joka ilmestyy marraskuussa 2025.",
    "Koululaisten kotiseututyöpajan tehtäväpaketti alakoulujen käyttöön.",
])

h(doc, "2 Juurruttaminen ja käyttöönotto")
p(doc,
  "Tarinaillat on tarkoitus vakiinnuttaa kylätalojen säännölliseksi ohjelmaksi. Syksyn 2025 aikana "
  "hanketyöntekijä kouluttaa jokaiselta kylältä kaksi vapaaehtoista tarinaillan vetäjää, ja ohjaajan opas "
  "viimeistellään heiltä saadun palautteen perusteella.",
  "Valokuva-arkisto siirretään hankkeen omalta palvelimelta avoimeen verkkopalveluun, jossa kuvia voi "
  "selata ja kommentoida. Koululaisten tehtäväpaketti on kokeiltu kolmessa alakoulussa, ja se muokataan "
  "kokeilujen perusteella sopivaksi myös muiden koulujen opettajille.")

h(doc, "3 Tulosten levittäminen")
p(doc,
  "Hankkeen tuloksia levitetään seuraavia kanavia pitkin:")
lista(doc, [
    "päätösseminaari Lehtoniemen kirjastossa 27.11.2025, samalla muistelukirjan julkistus",
    "yhdistyksen verkkosivut, joille ohjaajan opas ja tehtäväpaketti julkaistaan vapaasti ladattaviksi",
    "maakunnan kotiseutupäivät, joilla tarinaillan mallista kerrotaan työpajassa",
    "paikallislehti ja yhdistyksen Facebook-ryhmä",
])

h(doc, "4 Kehittämistyön jatko")
p(doc,
  "Hankkeen päättymisen jälkeen tarinailtojen koordinoinnista, vapaaehtoisten vetäjien tukemisesta ja "
  "valokuva-arkiston ylläpidosta vastaa hankkeen projektipäällikkö. Hanketyöntekijä huolehtii siitä, että "
  "koulujen tehtäväpaketti päivitetään opetussuunnitelman muuttuessa ja että uudet kuvalahjoitukset "
  "kuvaillaan arkistoon. Jatkokehittämisen ideoita, kuten äänitettyjen muistelujen julkaisua podcastina, "
  "hanke vie eteenpäin yhdessä kylien vapaaehtoisten kanssa.")

h(doc, "5 Seuranta")
p(doc,
  "Projektipäällikkö kokoaa tarinailtojen kävijämäärät ja arkiston käyttötilastot puolen vuoden ja vuoden "
  "kuluttua hankkeen päättymisestä ja vertaa niitä hankeajan lukuihin. Vapaaehtoisilta vetäjiltä kysytään "
  "samalla, millaista tukea he tarvitsevat.")

h(doc, "6 Resurssit")
p(doc,
  "Syys–joulukuulle 2025 on varattu hanketyöntekijän työajasta 40 prosenttia vapaaehtoisten kouluttamiseen, "
  "arkiston siirtoon ja oppaan viimeistelyyn. Arkiston verkkopalvelun ensimmäisen vuoden käyttömaksu "
  "(1 200 euroa) ja päätösseminaarin kulut (1 800 euroa) on sisällytetty hankkeen budjettiin.")

p(doc, "Lehtoniemellä 2.10.2025", "Kylien muisti -hankkeen ohjausryhmä")

tallenna(doc, NIMI)
odotettu(NIMI, "exit-suunnitelma", [{"rule": "exit.omistaja-hankkeen-sisalla"}])

"""05 Exit-suunnitelma: omistajat nimetty vain vastuutaulukossa (yhdistetty solu)."""
from dx import *


def build(path):
    d = new_doc()
    d.add_heading("Digiapu lähelle – exit-suunnitelma", 0)
    p(d, "Savonlinnan kaupunki · hankeaika 1.3.2024–31.12.2026 · rahoitus: valtionavustus digituen alueelliseen "
         "kehittämiseen (Digi- ja väestötietovirasto)\nKäsitelty ohjausryhmässä 23.9.2026, versio 2")

    p(d, "Digiapu lähelle -hankkeessa on kehitetty Savonlinnan alueelle digituen malli, jossa ikääntyneet ja "
         "muut digitaalisten palvelujen käytössä apua tarvitsevat asukkaat saavat henkilökohtaista tukea "
         "läheltä: kirjastojen digitukipisteistä, vertaisdigitukijoilta ja kokeiluna myös kotona. Tämä "
         "suunnitelma kuvaa, miten hankkeen tulokset siirretään pysyvään käyttöön, miten niitä levitetään "
         "ja miten kehittämistyötä jatketaan, kun hankerahoitus päättyy vuoden 2026 lopussa.")

    h(d, "1 Mitä jää pysyväksi ja miten se otetaan käyttöön?", 1)
    p(d, "Hankkeen aikana digitukipisteissä on käynyt noin 4 300 asiointikertaa, ja vertaisdigitukijoiden "
         "verkostoon on koulutettu 46 vapaaehtoista. Pysyvään käyttöön siirretään kolme kokonaisuutta:")
    bullets(d, [
        "digitukipisteet pääkirjastossa sekä Kerimäen ja Punkaharjun lähikirjastoissa, aukioloajat ja "
        "ajanvarauskäytäntö hankkeen aikana vakiintuneessa muodossa",
        "vertaisdigitukijoiden verkosto: peruskoulutus kahdesti vuodessa, kuukausitapaamiset ja "
        "tukijoiden yhteinen ohjepankki",
        "digituen kirjaamisen ja tilastoinnin yhteinen lomake, jolla asiointikerrat ja asiointien aiheet "
        "kirjataan",
    ])
    p(d, "Käyttöönotto tehdään porrastetusti syys–joulukuussa 2026: digitukipisteiden vuorot siirretään "
         "vaiheittain hankehenkilöstöltä vakituiselle henkilöstölle, joka on perehdytetty tehtävään "
         "työparina hanketyöntekijöiden kanssa. Vertaistukijoiden koordinointi siirretään osaksi "
         "vapaaehtoistoiminnan koordinointia. Kirjaamislomake on ollut käytössä jo keväästä 2025, joten se "
         "jatkuu sellaisenaan. Vastuut, aikataulu ja resurssit on koottu lukuun 4.")

    h(d, "2 Tulosten ja hyvien käytäntöjen levittäminen", 1)
    p(d, "Digiapu lähelle -mallia on esitelty jo hankkeen aikana Etelä-Savon digituen alueverkostossa. "
         "Levittämistä jatketaan seuraavasti:")
    bullets(d, [
        "Toimintamallin kuvaus päivitetään Innokylään marraskuussa 2026.",
        "Hankkeen päätösseminaari järjestetään 26.11.2026 Savonlinnassa ja etäyhteydellä; kutsu lähetetään "
        "Etelä-Savon ja Pohjois-Karjalan kunnille ja kirjastoille.",
        "Vertaisdigitukijoiden koulutusmateriaali ja kymmenen lyhyttä video-ohjetta julkaistaan avoimesti "
        "kaupungin verkkosivuilla ja Digituen oppimisympäristössä.",
        "Kokemuksia esitellään Suomen kirjastoseuran Kirjastopäivillä 2027 (abstrakti lähetetty).",
    ])
    p(d, "Erityisesti vertaistukijoiden verkosto on herättänyt kiinnostusta naapurikunnissa. Sulkavan ja "
         "Enonkosken kirjastoille tarjotaan keväällä 2027 mahdollisuus osallistua vertaistukijoiden "
         "koulutukseen, jotta malli voidaan ottaa käyttöön myös niissä.")

    h(d, "3 Kehittämistyön jatko", 1)
    p(d, "Kaikkea suunniteltua ei saatu valmiiksi. Kotona annettavan digituen kokeilu käynnistyi vasta "
         "keväällä 2026, ja kokemuksia on kertynyt vain 38 asiakkaasta. Kokeilu osoitti, että kotona "
         "annettava tuki tavoittaa yli 80-vuotiaat ja liikuntarajoitteiset asukkaat, joita digitukipisteet "
         "eivät tavoita, mutta toimintamalli vaatii vielä jatkokehittämistä: työnjako kotihoidon, "
         "vertaistukijoiden ja kirjaston välillä on sopimatta, eikä kustannuksista ole luotettavaa arviota.")
    p(d, "Kotikäyntimallin jatkoselvitys tehdään keväällä 2027, ja sen pohjalta päätetään, haetaanko "
         "kehittämiseen jatkorahoitusta vai otetaanko malli käyttöön osana kotihoitoa. Lisäksi selvitetään "
         "mahdollisuus yhdistää digituen ajanvaraus kaupungin sähköiseen ajanvarausjärjestelmään, joka "
         "uudistuu vuonna 2027.")

    h(d, "4 Vastuut, aikataulu ja resurssit", 1)
    t = table(d, [
        ["Tehtävä", "Vastuutaho", "Ajankohta", "Resurssit"],
        ["Digitukipisteiden ylläpito (pääkirjasto, Kerimäki, Punkaharju)",
         "Savonlinnan kaupunginkirjasto, kirjastotoimenjohtaja Päivi Nousiainen", "1.1.2027 alkaen",
         "1,0 htv kirjaston käyttötalousbudjetissa"],
        ["Vertaisdigitukijoiden koordinointi ja koulutus", "", "1.1.2027 alkaen",
         "0,3 htv ja 3 000 €/v koulutuksiin ja tapaamisiin"],
        ["Kotikäyntimallin jatkoselvitys",
         "Etelä-Savon hyvinvointialue, kotihoidon palvelupäällikkö Marko Tikka", "maalis–toukokuu 2027",
         "osana perustehtävää"],
        ["Käytön seuranta ja raportointi",
         "Savonlinnan kaupunginkirjasto, asiakaspalvelupäällikkö Laura Heikkinen",
         "neljännesvuosittain 2027–2028", "osana perustehtävää"],
        ["Innokylä-kuvaus ja päätösseminaari", "Hankkeen projektipäällikkö Sari Rautiainen",
         "marraskuu 2026", "hankkeen budjetti"],
    ])
    merge(t, 1, 1, 2, 1, "Savonlinnan kaupunginkirjasto, kirjastotoimenjohtaja Päivi Nousiainen")

    h(d, "5 Miten käyttöönottoa seurataan hankkeen jälkeen?", 1)
    p(d, "Juurtumista seurataan vuosina 2027–2028 neljännesvuosittain kirjaamislomakkeen tilastoista: "
         "asiointikertojen määrä, asioinnin aiheet ja se, kuinka suuri osa asioinneista hoidetaan "
         "lähikirjastoissa. Vertaistukijoiden määrä ja aktiivisuus kirjataan vuosittain. Asiakaskysely "
         "toistetaan syksyllä 2027 samalla lomakkeella kuin hankkeen aikana, jotta tuloksia voidaan verrata.")
    p(d, "Seurannan tulokset raportoidaan vuosittain sivistyslautakunnalle osana kirjaston "
         "toimintakertomusta. Jos asiointikertojen määrä laskee yli kolmanneksen hankeajan tasosta, "
         "digitukipisteiden aukioloajat ja sijainnit arvioidaan uudelleen.")
    d.save(path)

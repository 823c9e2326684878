"""08 ELY-rahoitteisen vesistöhankkeen arviointisuunnitelma: hankeaika vain tekstiruudussa,
täyttämätön sisällönhallintaobjekti, ei ulkoista arviointia, yhdeltä tavoitteelta puuttuu toiminta."""
from dx import *


def build(path):
    d = new_doc()
    d.add_heading("Arviointisuunnitelma – Kirkasvetinen Sarvilahti", 0)
    textbox(d, [
        "Hankkeen perustiedot",
        "Hallinnoija: Sarvilahden vesiensuojeluyhdistys ry",
        "Rahoittaja: Hämeen ELY-keskus, vesistöjen kunnostuksen avustus",
        "Hankeaika 1.4.2026–31.10.2027",
        "Kokonaiskustannukset 212 000 €",
    ], height="125pt")
    field_line(d, "Laatija:", "hankekoordinaattori Eveliina Laaksonen")
    field_line(d, "Yhteyshenkilön puhelinnumero:", None, alias="Puhelin")
    p(d, "Luonnos 2 – käsitellään yhdistyksen hallituksessa 16.4.2026")

    h(d, "Lähtökohdat", 1)
    p(d, "Sarvilahti on Pälkäneen ja Kangasalan rajalla sijaitseva 14 neliökilometrin järvenlahti, jonka "
         "vedenlaatu on heikentynyt 2000-luvulla. Valuma-alueesta noin 38 prosenttia on peltoa. ELY-keskuksen "
         "seurannassa vuosina 2019–2024 lahden kokonaisfosforipitoisuus oli keskimäärin 42 µg/l, ja "
         "sinileväkukintoja havaittiin joka kesä. Ekologinen tila on luokiteltu välttäväksi. Pääosa "
         "ulkoisesta kuormituksesta tulee kolmen puron kautta, joiden uomat on perattu 1960- ja "
         "1970-luvuilla suoriksi.")

    h(d, "Hankkeen tavoitteet", 1)
    p(d, "Hankkeen päämääränä on Sarvilahden vedenlaadun paraneminen. Arvioinnin kohteena ovat seuraavat "
         "tavoitteet:")
    bullets(d, [
        "Valuma-alueen kolmessa purossa kunnostetaan yhteensä noin kuusi kilometriä uomaa ja rakennetaan "
        "kolme kosteikkoa, jolloin lahteen tuleva fosfori- ja kiintoainekuorma pienenee.",
        "Valuma-alueen maanomistajien ja viljelijöiden tietoisuus valumavesien hallinnan keinoista kasvaa.",
        "Lahdelle syntyy vapaaehtoisten vesistöseurantaverkosto, joka jatkaa havaintojen tekemistä "
        "myös hankkeen jälkeen.",
    ], numbered=True)

    h(d, "Kohderyhmät", 1)
    p(d, "Hankkeen ja arvioinnin kohderyhmiä ovat valuma-alueen noin 120 maanomistajaa ja 18 aktiivitilaa, "
         "lahden rannan noin 260 kesäasukasta ja vakituista asukasta sekä yhdistyksen jäsenet, joista "
         "rekrytoidaan vapaaehtoiset havaitsijat.")

    h(d, "Hankkeen toiminta lyhyesti", 1)
    p(d, "Purojen kunnostus tehdään luonnonmukaisen vesirakentamisen menetelmin: uomiin rakennetaan "
         "kivikkoja ja tulvatasanteita, ja kolme kosteikkoa kaivetaan purojen alajuoksulle. Kunnostukset "
         "suunnittelee vesirakennuksen suunnittelutoimisto, ja työt tehdään urakkana kesällä 2026 ja "
         "keväällä 2027. Vapaaehtoiset havaitsijat koulutetaan kahdessa koulutusillassa, he saavat "
         "näkösyvyyslevyt ja lämpömittarit, ja havainnot kirjataan Järvi-meriwikiin.")

    h(d, "Miten arvioimme onnistumista?", 1)
    p(d, "Arviointi on hankkeen omaa arviointia. Hankeryhmä (koordinaattori, yhdistyksen puheenjohtaja ja "
         "kaksi hallituksen jäsentä) kokoaa seurantatiedot puolivuosittain ja arvioi niiden pohjalta, "
         "onko hanke edennyt suunnitellusti. Itsearvioinnin tulokset kirjataan hallituksen pöytäkirjaan.")
    table(d, [
        ["Tavoite", "Mittari / arviointimenetelmä", "Tiedonkeruun ajankohta"],
        ["1 Purojen kunnostus ja kosteikot",
         "Kunnostettu uoman pituus ja kosteikkojen pinta-ala; vesinäytteet (kokonaisfosfori, kiintoaine) "
         "purojen alajuoksulta ennen ja jälkeen kunnostuksen", "näytteet kevät- ja syystulvilla 2026 ja 2027"],
        ["2 Maanomistajien tietoisuus",
         "Kysely maanomistajille ja viljelijöille valumavesien hallinnan keinojen tuntemisesta",
         "toukokuu 2026 ja syyskuu 2027"],
        ["3 Vapaaehtoisten seurantaverkosto",
         "Aktiivisten havaitsijoiden ja seurantapisteiden määrä, Järvi-meriwikiin kirjattujen havaintojen "
         "määrä; havaitsijoiden palaute koulutusilloista", "jatkuva, koonti 12/2026 ja 9/2027"],
    ])

    h(d, "Arviointitiedon käyttö", 1)
    p(d, "Seurantatietoa käytetään hankkeen ohjaamiseen: jos vesinäytteiden tulokset poikkeavat odotetusta, "
         "kosteikkojen mitoitusta ja kunnostustapaa tarkistetaan ennen toisen vaiheen urakkaa. Tulokset "
         "raportoidaan ELY-keskukselle maksatushakemusten ja loppuraportin yhteydessä sekä yhdistyksen "
         "verkkosivuilla ja vuosikokouksessa.")
    p(d, "Jo hakuvaiheessa sovittiin Pälkäneen kunnan ympäristönsuojelun kanssa, että vapaaehtoisten "
         "havainnot otetaan osaksi kunnan vesistöjen tilan vuosiraporttia. Näin seurantaverkoston tieto "
         "jää käyttöön hankkeen jälkeen, ja kunnan ympäristötarkastaja osallistuu havaitsijoiden "
         "ensimmäiseen koulutusiltaan.")
    d.save(path)

"""D6: loppuraportti, sosiaali- ja terveysala (STEA-avusteinen järjestö), .docx.
Rakenteet: lomakkeen sisältöohjausobjektit (diaarinumero ja hankeaika vain w:sdtContent-osassa),
yhteyshenkilö vain tekstiruudussa, päiväys muutosten jäljityksellä (poistettu 'xx.xx.2026' ei saa laskea).
Ei havaintoja."""
from apu import *

def rakenna(polku):
    d = uusi()
    d.add_heading('Loppuraportti: Vertaisvoimaa omaishoitajille 2023–2025', level=0)
    d.add_paragraph('Kaarnaseudun Omaishoitajat ry · Kohdennettu toiminta-avustus (C) · Loppuraportti STEAlle ja yhdistyksen hallitukselle')
    d.add_heading('1. Taustatiedot', level=1)
    kappale(d, 'Toteuttaja: ', sdt('Kaarnaseudun Omaishoitajat ry', 'Toteuttaja'))
    kappale(d, 'Avustuspäätöksen diaarinumero: ', sdt('Dnro STEA/1187/2022', 'Diaarinumero'))
    kappale(d, 'Hankkeen toteutusaika: ', sdt('1.1.2023–31.12.2025', 'Toteutusaika'))
    kappale(d, 'Toiminta-alue: ', sdt('Kaarnaseudun hyvinvointialueen kuusi kuntaa', 'Toiminta-alue'))
    teksti(d, [
        ('h1', '2. Tavoitteet ja niiden toteutuminen'),
        ('p', 'Hankkeen lähtökohtana oli, että alueen noin 2 900 sopimusomaishoitajasta vain pieni osa osallistui mihinkään vertaistoimintaan, ja moni kertoi jaksamisensa olevan äärirajoilla. Asetimme kolme tavoitetta.'),
        ('p', 'Ensimmäinen tavoite oli, että omaishoitajat saavat vertaistukea lähellä kotiaan ja myös silloin, kun kotoa on vaikea lähteä. Tavoite toteutui hyvin: hankkeen aikana toimi 14 paikallista vertaisryhmää ja kaksi verkkoryhmää, ja niihin osallistui yhteensä 412 eri omaishoitajaa. Verkkoryhmät tavoittivat erityisesti työikäisiä omaishoitajia, joita lähiryhmät eivät olleet tavoittaneet.'),
        ('p', 'Toinen tavoite oli, että vapaaehtoiset vertaisohjaajat jaksavat ja toiminta ei ole yhden ihmisen varassa. Koulutimme 38 vertaisohjaajaa kolmessa koulutuksessa, ja ryhmiä ohjattiin pareittain. Vertaisohjaajista 31 jatkaa toiminnassa vuonna 2026.'),
        ('p', 'Kolmas tavoite oli, että omaishoitajan oma hyvinvointi nousee puheeksi jo palvelutarpeen arvioinnissa. Tämä toteutui osittain: hyvinvointialueen omaishoidon tuen työntekijät ottivat vuonna 2024 käyttöön puheeksioton kortin, mutta kaikissa kunnissa käytäntö ei vakiintunut.'),
        ('h1', '3. Hankkeen toteutus'),
        ('p', 'Hanke toteutettiin kolmessa vaiheessa. Vuonna 2023 kartoitettiin tarpeet kyselyllä (312 vastaajaa) ja perustettiin ensimmäiset kuusi ryhmää. Vuonna 2024 toiminta laajeni kaikkiin kuuteen kuntaan, ja verkkoryhmät aloittivat. Vuonna 2025 painopiste oli vertaisohjaajien itsenäisessä toiminnassa ja toiminnan siirtämisessä yhdistyksen pysyvään toimintaan. Hankkeessa työskenteli suunnittelija (100 %) ja järjestösihteeri (50 %).'),
        ('p', 'Toteutus vastasi pääosin suunnitelmaa. Alkuperäisessä suunnitelmassa oli myös kaksi lomaviikonloppua vuodessa, mutta ne toteutettiin vain vuonna 2024, koska sijaishoidon järjestäminen viikonlopuiksi osoittautui vaikeaksi. Säästynyt raha käytettiin hyvinvointialueen kanssa sovitusti verkkoryhmien ohjaajien koulutukseen. Kustannusarvio toteutui 97-prosenttisesti.'),
        ('h1', '4. Tulokset ja vaikuttavuus'),
        ('p', 'Vertaisryhmiin osallistuneille tehtiin alku- ja loppukysely. Loppukyselyyn vastanneista (n = 164) 78 prosenttia koki jaksamisensa parantuneen ja 84 prosenttia kertoi saaneensa ryhmästä tietoa palveluista, joita ei ennen tiennyt. Ryhmistä syntyi myös itsenäisiä ystäväporukoita, jotka tapaavat ilman ohjaajaa.'),
        ('p', 'Pysyväksi toimintatavaksi jäi pariohjausmalli ja vertaisohjaajien kuukausittainen tukitapaaminen. Yhdistys jatkaa ryhmiä omana toimintanaan, ja hyvinvointialue mainitsee vertaisryhmät omaishoitajien palveluoppaassa.'),
        ('h1', '5. Kehitysajatukset'),
        ('p', 'Jatkossa haluamme tavoittaa paremmin miesomaishoitajat ja muistisairaiden puolisot. Haemme vuodelle 2026 yhteistyötä Kaarnaseudun Muistiyhdistyksen kanssa yhteisen ryhmän perustamiseksi.'),
        ('h1', '6. Suositukset muille'),
        ('p', 'Suosittelemme muille järjestöille pariohjausta: kun ryhmää ohjaa kaksi, yksittäisen ohjaajan sairastuminen tai oma omaishoitotilanne ei lopeta ryhmää. Verkkoryhmä kannattaa aloittaa heti, ei vasta kun lähiryhmät toimivat.'),
        ('h1', '7. Tiivistelmä'),
        ('p', 'Vertaisvoimaa omaishoitajille -hankkeessa Kaarnaseudun Omaishoitajat ry perusti vuosina 2023–2025 kuuden kunnan alueelle 14 lähiryhmää ja kaksi verkkoryhmää, joihin osallistui 412 omaishoitajaa. Koulutetut 38 vertaisohjaajaa ohjasivat ryhmiä pareittain. Osallistuneista suurin osa koki jaksamisensa parantuneen. Toiminta jatkuu yhdistyksen omana toimintana.'),
        ('h1', '8. Laatimispäivämäärä ja yhteystiedot'),
    ])
    kappale(d, 'Raportti laadittu ', dele('xx.xx.2026', author='Tiina Lehikoinen', date='2026-02-26T15:02:00Z'),
            ins('27.2.2026', author='Tiina Lehikoinen', date='2026-02-26T15:02:00Z'), '.')
    kappale(d, tekstilaatikko(['Lisätietoja antaa:',
                               'toiminnanjohtaja Tiina Lehikoinen, Kaarnaseudun Omaishoitajat ry',
                               'tiina.lehikoinen@kaarnaseudunomaishoitajat.example.fi, puh. 040 555 2381']))
    d.save(polku)

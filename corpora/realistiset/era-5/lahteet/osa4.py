"""Dokumentit G (loppuraportti .docx: yhdistetty solu, sisäkkäinen taulukko, tekstiruutu) ja
H (loppuraportti .txt, verkkolomakkeen vienti)."""
from apu import *


def tee_g(polku):
    d = uusi()
    otsikko(d, "Loppuraportti", 0)
    kappale(d, "Ala-Kivijärven valuma-aluekunnostus 2024–2026", lihava=True)

    otsikko(d, "Tiivistelmä", 1)
    kappale(d, "Hirvenlahden kunta toteutti yhdessä Ala-Kivijärven suojeluyhdistyksen kanssa "
               "valuma-aluekunnostuksen, jonka tarkoitus oli vähentää järveen tulevaa ravinne- ja "
               "kiintoainekuormitusta. Hankkeessa rakennettiin kaksi kosteikkoa ja neljä "
               "laskeutusallasta, tehtiin suojavyöhykesopimuksia viljelijöiden kanssa ja järjestettiin "
               "ranta-asukkaille jätevesineuvontaa. Laskennallinen fosforikuorma pieneni noin 18 % "
               "(tavoite 20 %). Kosteikkojen hoito on sovittu kunnan ja suojeluyhdistyksen kesken.")

    otsikko(d, "1. Taustatiedot", 1)
    kappale(d, "Toteuttaja: Hirvenlahden kunta, tekninen ja ympäristötoimi; osatoteuttaja Ala-Kivijärven "
               "suojeluyhdistys ry")
    kappale(d, "Rahoittaja: Pohjois-Savon ELY-keskus, vesistöjen kunnostusavustus (Vesiensuojelun "
               "tehostamisohjelma)")
    kappale(d, "Avustuspäätös 2.2.2024, Dnro POSELY/1187/2023")
    kappale(d, "Hankeaika 1.4.2024–31.8.2026, kokonaiskustannukset 214 300 € (avustus 50 %).")

    otsikko(d, "2. Hankkeen teema ja tavoitteet", 1)
    kappale(d, "Ala-Kivijärvi on rehevöitynyt matala järvi, jonka kesäaikainen kokonaisfosforipitoisuus "
               "oli vuosina 2018–2022 keskimäärin 41 µg/l. Hankkeen tavoitteena oli puolittaa "
               "maatalousalueiden kautta tuleva kiintoainekuormitus tärkeimmissä laskuojissa, vähentää "
               "kokonaisfosforikuormaa viidenneksellä ja saada ranta-asukkaat mukaan jätevesien käsittelyn "
               "parantamiseen.")

    otsikko(d, "3. Hankkeen toteutus", 1)
    kappale(d, "Hanke alkoi huhtikuussa 2024 vesistösuunnitelman tarkentamisella ja maanomistajien "
               "neuvotteluilla. Kosteikot rakennettiin Hiidenojalle ja Kaitaojalle syys–lokakuussa 2024 ja "
               "laskeutusaltaat kesällä 2025. Suojavyöhykesopimuksia tehtiin seitsemän tilan kanssa. "
               "Jätevesineuvontaa annettiin kesinä 2024 ja 2025 yhteensä 96 kiinteistölle. Vedenlaadun "
               "näytteenotto tehtiin kevät- ja kesätulvien aikaan kumpanakin vuonna.")
    kappale(d, "Suunnitelmasta poikettiin siten, että kolmannen kosteikon sijaan rakennettiin kaksi "
               "ylimääräistä laskeutusallasta, koska maanomistaja perui luvan. Kustannusarvio alittui "
               "noin 6 000 eurolla, koska kaivutyöt saatiin halvemmalla kuin arvioitiin.")

    otsikko(d, "4. Tulokset ja vaikuttavuus", 1)
    kappale(d, "Taulukossa on hankesuunnitelman tavoitteet ja niiden toteutuminen.")
    t = d.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    data = [
        ("Tavoite", "Tavoitearvo", "Toteutunut", "Huomiot"),
        ("Kuormituksen vähentäminen", "", "", ""),
        ("Kiintoainekuorma laskuojissa", "-50 %", "-46 %", "Kaitaojalla -61 %, Hiidenojalla -33 %"),
        ("Kokonaisfosforikuorma", "-20 %", "-18 %", "Laskennallinen, ks. mittaukset"),
        ("Asukkaiden osallistuminen", "", "", ""),
        ("Jätevesineuvontaa saaneet kiinteistöt", "80", "96", "Kymmenen kiinteistöä uusi järjestelmänsä"),
    ]
    for i, rivi in enumerate(data):
        for j, arvo in enumerate(rivi):
            t.cell(i, j).text = arvo
    for r in t.rows[0].cells:
        for run in r.paragraphs[0].runs:
            run.bold = True
    for ri in (1, 4):
        m = t.cell(ri, 0).merge(t.cell(ri, 3))
        m.paragraphs[0].runs[0].bold = True
    # sisäkkäinen taulukko "Huomiot"-soluun fosforirivillä
    sol = t.cell(3, 3)
    sis = sol.add_table(rows=3, cols=2)
    for i, (a, b) in enumerate([("Mittausvuosi", "P µg/l (kesä)"), ("2023", "43"), ("2026", "36")]):
        sis.cell(i, 0).text = a
        sis.cell(i, 1).text = b
    kappale(d, "")
    kappale(d, "Yllättävää oli, että suojavyöhykkeistä kiinnostui enemmän tiloja kuin ehdittiin "
               "sopimuksiin ottaa. Pysyväksi toimintatavaksi jäi kunnan ja suojeluyhdistyksen yhteinen "
               "vuosittainen kosteikkokatselmus. Hankkeen toteutusta arvioitiin ohjausryhmässä "
               "puolivuosittain ja vedenlaatutulosten perusteella.")

    otsikko(d, "5. Kehitysajatukset", 1)
    kappale(d, "Kunta jatkaa vedenlaadun seurantaa kahdesti vuodessa vuosina 2027–2029. Kosteikkojen "
               "huollosta vastaa kunnan tekninen toimi ja niittotalkoista suojeluyhdistys. Seuraavaksi "
               "suunnitellaan järven alusveden hapetusta, johon haetaan rahoitusta vuonna 2027.")

    otsikko(d, "6. Suositukset muille", 1)
    kappale(d, "Maanomistajien kanssa kannattaa neuvotella ennen hakemuksen jättämistä ja kirjata "
               "luvat sopimuksiksi heti. Jätevesineuvonta toimi parhaiten kyläkohtaisina iltoina, joihin "
               "neuvoja tuli paikan päälle. Kosteikkojen sijoittelussa kannattaa hyödyntää "
               "valuma-aluemallinnusta jo suunnitteluvaiheessa.")

    otsikko(d, "7. Laatimispäivämäärä ja yhteystiedot", 1)
    kappale(d, "Raportti laadittu 12.11.2026, Hirvenlahti.")
    tekstilaatikko(d, ["Yhteyshenkilö: ympäristösihteeri Tuula Harjunpää",
                       "Hirvenlahden kunta, tekninen ja ympäristötoimi",
                       "tuula.harjunpaa@hirvenlahti.fi, p. 050 318 4472"])
    d.save(polku)
    return {"doc_type": "loppuraportti", "findings": []}


H_TXT = """LOPPURAPORTTI – Leader-hanke
Tulostettu verkkopalvelusta 5.10.2026 klo 14.02

Hankkeen perustiedot
Hankkeen nimi:
Vastaus: Kyläkirjaston digiapu
Tuensaaja:
Vastaus: Pajuniemen eläkeläiset ry
Leader-ryhmä:
Vastaus: Leader Järvilakeus ry
Tukipäätöksen diaarinumero:
Vastaus: Dnro LAPELY/2211/2024
Hankkeen toteutusaika:
Vastaus: 1.5.2024–30.4.2026

Tiivistelmä (enintään 1 000 merkkiä)
Vastaus: Eläkeläisyhdistys järjesti kahden vuoden ajan kylän kirjastossa ja kylätalolla
viikoittaista digiapua, jossa vapaaehtoiset digikaverit neuvoivat ikäihmisiä pankkiasioissa,
Omakannassa, kuvien lähettämisessä ja videopuheluissa. Digiapua antoi 14 vapaaehtoista, ja
ohjauskertoja kertyi 640. Toiminta jatkuu kirjaston kanssa tehdyn sopimuksen mukaan.

Hankkeen tavoitteet
Mitkä olivat hankkeen tavoitteet?
Vastaus: Tavoitteena oli, että kylän ikäihmiset uskaltavat käyttää sähköisiä palveluja ja että
kylään syntyy pysyvä vertaisohjaajien joukko.

Hankkeen toteutus
Mitä hankkeessa tehtiin?
Vastaus: Vapaaehtoisille järjestettiin kaksi koulutusta (syksy 2024 ja kevät 2025) yhdessä
kansalaisopiston kanssa. Digiapua oli tarjolla tiistaisin kirjastossa ja torstaisin kylätalolla.
Lisäksi tehtiin 22 kotikäyntiä liikuntarajoitteisille. Hankkeelle hankittiin kaksi tablettia ja
lainattava mokkula. Hankkeen loppuseminaari pidettiin kylätalolla xx.xx.2026.
Miten kustannusarvio toteutui?
Vastaus:
Poikkesiko toteutus suunnitelmasta?
Vastaus: Kotikäyntejä tehtiin suunniteltua enemmän, koska moni ei päässyt kirjastolle talvella.

Tulokset
Miten tavoitteet toteutuivat?
Vastaus:
Mittari                          Tavoite   Toteutui
Vapaaehtoiset digikaverit        10        14
Ohjauskerrat                     400       640
Osallistujat (eri henkilöt)      120       171
Palautekyselyn "uskallan nyt"    70 %      78 %

Millaisia pysyviä toimintatapoja syntyi?
Vastaus: Digikaverit jatkavat kirjaston tiistai-illoissa. Kirjasto hoitaa ajanvaraukset ja
yhdistys vapaaehtoisten vuorolistan.

Kehitysajatukset
Miten toimintaa jatketaan hankkeen jälkeen?
Vastaus: Kunnan kirjastotoimi on sopinut yhdistyksen kanssa, että digiapu jatkuu kirjastolla
vuonna 2027. Haluamme kokeilla myös puhelinneuvontaa.

Suositukset muille
Mitä suosittelisitte muille hankkeille?
Vastaus: Vapaaehtoisille kannattaa antaa lupa sanoa "en tiedä" ja ohjata eteenpäin. Kirjasto on
luonteva paikka, koska sinne tullaan muutenkin.

Yhteyshenkilö ja laatimispäivä
Yhteyshenkilö:
Vastaus: Aila Rönkkö, yhdistyksen puheenjohtaja, p. 040 662 1180
Raportin päivämäärä:
Vastaus: 5.10.2026
"""


def tee_h(polku):
    with open(polku, "w", encoding="utf-8") as f:
        f.write(H_TXT)
    return {"doc_type": "loppuraportti", "findings": [
        {"rule": "raportti.myohassa"},
        {"rule": "rakenne.kysymys-vastaamatta"},
        {"rule": "rakenne.pohjateksti"},
    ]}

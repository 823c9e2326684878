from apu import *
# 7: loppuraportti, työpaja, puhdas
doc = Document()
doc.add_heading("Loppuraportti: Verstas – nuorten aikuisten työpajan uudistus", 0)
bold_line(doc, "Taustatiedot")
paras(doc, """
Toteuttaja: Harjuniemen kaupunki, työllisyyspalvelut / Verstas-työpaja. Rahoitus: Pohjois-Savon ELY-keskus,
ESR+ (Dnro EURA 2021 S30512, päätös PSAELY/1187/2023). Hankeaika 1.2.2024–31.1.2026. Kokonaiskustannukset
312 000 €, joista toteutui 298 650 €.
""")
bold_line(doc, "Hankkeen teema ja tavoitteet")
paras(doc, """
Hankkeen tavoitteena oli uudistaa työpajan valmennus niin, että 18–29-vuotiaat nuoret aikuiset siirtyvät
pajalta useammin koulutukseen tai avoimille työmarkkinoille, ja ottaa käyttöön osaamismerkit, joilla
pajalla opittu tehdään näkyväksi.
""")
bold_line(doc, "Hankkeen toteutus")
paras(doc, """
Valmennus jaettiin kolmeen kuuden viikon jaksoon, joiden lopussa tehdään osaamisen arviointi. Pajalle
kehitettiin yhdessä ammattiopiston kanssa 14 osaamismerkkiä, jotka voidaan hyväksyä osaksi tutkintoa.
Valmentajat (6) koulutettiin ratkaisukeskeiseen valmennukseen, ja nuorten kanssa pidettiin puolivuosittain
pajaraati.
""")
bold_line(doc, "Tulokset ja vaikuttavuus")
table(doc, [
    ["Mittari", "Lähtötaso 2023", "Toteutuma 2025"],
    ["Pajajaksolta koulutukseen tai työhön siirtyneet", "31 %", "47 %"],
    ["Myönnetyt osaamismerkit", "–", "386"],
    ["Nuorten palaute valmennuksesta (1–5)", "3,6", "4,3"],
])
paras(doc, "Pajalla kävi hankeaikana 214 nuorta. Osaamismerkit ja jaksomalli jäivät pysyväksi osaksi pajan toimintaa 1.2.2026 alkaen.")
bold_line(doc, "Kehitysajatukset")
paras(doc, "Merkkien hyväksyminen tutkinnon osaksi vaati enemmän sopimista kuin arvioimme. Jatkossa merkkejä kannattaa kehittää suoraan opettajien kanssa samassa työpajassa.")
bold_line(doc, "Suositukset muille")
paras(doc, "Muille pajoille suosittelemme jaksomallia ja nuorten pajaraatia: ne ovat edullisia ja lisäävät sitoutumista. Osaamismerkkien kuvaukset ovat vapaasti käytettävissä Innokylässä.")
bold_line(doc, "Tiivistelmä")
paras(doc, "Verstas-hanke uudisti Harjuniemen työpajan valmennuksen jaksoiksi ja toi käyttöön 14 osaamismerkkiä. Koulutukseen tai työhön siirtyneiden osuus nousi 31 prosentista 47 prosenttiin, ja uudet käytännöt jatkuvat pajan perustoimintana.")
bold_line(doc, "Laatimispäivämäärä ja yhteyshenkilö")
paras(doc, "Harjuniemellä 12.3.2026. Yhteyshenkilö: pajaohjaaja Mikko Rantanen, mikko.rantanen@harjuniemi.fi, 044 765 4321.")
doc.save(f"{OUT}/verstas_tyopaja_loppuraportti.docx")
expected("verstas_tyopaja_loppuraportti","loppuraportti",[])

# 8: arviointisuunnitelma, ikääntyneet, puhdas
doc = Document()
doc.add_heading("Kotona pidempään – arviointisuunnitelma", 0)
doc.add_paragraph("Keski-Lakeuden hyvinvointialue, kotihoito | Rahoitus: hyvinvointialueen kehittämisraha | Versio 1.2, 20.2.2026")
doc.add_heading("1. Hanke lyhyesti ja tavoitteet", 1)
paras(doc, """
Hanke toteutetaan 1.4.2026–31.3.2027 kolmella kotihoidon alueella. Kohderyhmänä ovat kotihoidon 75 vuotta
täyttäneet asiakkaat, joilla on kaatumisriski, heidän omaisensa sekä kotihoidon henkilöstö (noin 140 henkilöä).
""")
table(doc, [
    ["Tavoite", "Toimenpide", "Arviointimenetelmä / mittari"],
    ["Asiakkaiden kaatumiset vähenevät", "Kaatumisriskin arviointi (FRAT) ja kotiharjoitteluohjelma", "Kaatumisten määrä / 1000 hoitopäivää (potilastietojärjestelmä), lähtötaso Q1/2026"],
    ["Asiakkaiden toimintakyky säilyy", "Arkikuntoutus kotikäyntien osana", "RAI-toimintakykymittari puolen vuoden välein"],
    ["Henkilöstö osaa ohjata kuntouttavasti", "Fysioterapeutin pitämät lähiohjaukset", "Osaamiskysely henkilöstölle alussa ja lopussa"],
])
doc.add_heading("2. Näkökulmat ja menetelmät", 1)
paras(doc, """
Itsearvioinnista vastaa hankkeen projektipäällikkö yhdessä alueiden esihenkilöiden kanssa: mittaritiedot
käydään läpi kuukausittain ja kokeilut arvioidaan oppimiskeskusteluissa. Ulkoisen arvioinnin tekee
Lakeuden ammattikorkeakoulun gerontologian tutkimusryhmä, joka haastattelee henkilöstöä ja analysoi
rekisteriaineiston helmi–maaliskuussa 2027.

Asiakkaiden ja omaisten ääni kuuluu arvioinnissa: syksyllä 2026 haastatellaan 15 asiakasta ja heidän
omaisiaan, ja vanhusneuvosto kommentoi väliraporttia lokakuussa 2026.
""")
doc.add_heading("3. Aikataulu", 1)
table(doc, [
    ["Q2/2026", "Q3/2026", "Q4/2026", "Q1/2027"],
    ["Lähtötason mittaukset, osaamiskysely 1", "Asiakashaastattelut", "Väliraportti, vanhusneuvosto", "Ulkoinen arviointi, osaamiskysely 2, loppuraportti"],
])
doc.add_heading("4. Miten arviointitietoa käytetään?", 1)
paras(doc, """
Arviointitietoa käytetään kokeilujen korjaamiseen hankkeen aikana ja päätöksentekoon mallin jatkosta.
Juurruttaminen alkaa heti hankkeen käynnistyessä huhtikuussa 2026: kotihoidon johtaja nimeää kullekin
alueelle kuntoutusvastaavan, joka jatkaa tehtävässä hankkeen jälkeen. Väliraportti käsitellään kotihoidon
johtoryhmässä, ja loppuraportin perusteella päätetään mallin laajentamisesta kaikille kotihoidon alueille
vuoden 2027 aikana. Tulokset julkaistaan hyvinvointialueen verkkosivuilla ja Innokylässä.
""")
doc.save(f"{OUT}/kotona_pidempaan_arviointisuunnitelma.docx")
expected("kotona_pidempaan_arviointisuunnitelma","arviointisuunnitelma",[])

"""02: Arviointisuunnitelma hakemuksen liitteenä, ympäristö (purokunnostus), yhdistys.
Viat: arviointi.ei-ulkoista (ulkoista arviointia ei hankita), tavoite.ei-arviointia (tavoite 3:n
arviointisarake tyhjä). Piirteet: kysymysotsikot, tavoitetaulukko, alaviitteet, liitteenä tyhjä
palautelomake (ei pohjatekstiä), ylä- ja alatunniste, kansitaulukon sisällönhallintaobjektit."""
from apu import *

doc = uusi(fontti="Arial", koko=10)
tunnisteet(doc, yla="Purot elpyvät -hankehakemus  •  Liite 3  •  Arviointisuunnitelma v1.0", ala="Vesiensuojeluyhdistys Latvavedet ry")

kappale(doc, "LIITE 3").runs[0].bold = True
t = doc.add_paragraph()
r = t.add_run("ARVIOINTISUUNNITELMA")
r.bold = True
r.font.size = Pt(18)
lihava(doc, "Purot elpyvät – latvavesien kunnostus Härkäjoen valuma-alueella 2026–2029", koko=12)
kansi = [["Hakija", ""], ["Rahoitus", ""], ["Hankeaika", ""], ["Laatija", ""], ["Versio", ""]]
tb = taulukko(doc, kansi, otsikkorivit=0, leveydet=[3.5, 12])
for i, a in enumerate(["Vesiensuojeluyhdistys Latvavedet ry",
                       "Sisä-Suomen ELY-keskus, vesistöjen kunnostusavustus ja Helmi-elinympäristöohjelma",
                       "1.5.2026–30.4.2029",
                       "toiminnanjohtaja Minna Kaakinen ja hallituksen jäsen Tapani Heikura",
                       "1.0 / 9.2.2026 (hakemuksen liitteeksi)"]):
    tb.cell(i, 0).paragraphs[0].runs[0].bold = True
    solu_sdt(tb.cell(i, 1), a, tag=f"kansi{i}")

otsikko(doc, "1 Mistä hankkeessa on kyse?", 1)
p = kappale(doc, "Härkäjoen latvapurot ovat olleet 1960-luvulta asti perattuja ja oiottuja. Purojen pohja on "
                 "liettynyt, koskipaikat ovat kadonneet ja taimen on hävinnyt niistä lähes kokonaan. Alueen "
                 "ojitetuilta metsä- ja turvemailta tulee puroihin runsaasti kiintoainetta erityisesti kevät- ja "
                 "syystulvien aikaan. Härkäjärven ekologinen tila on luokiteltu tyydyttäväksi")
alaviite(doc, p, "Vesienhoidon kolmas suunnittelukausi 2022–2027, Vesi-Suomi-luokittelu vuodelta 2019.")
p.add_run(", ja kalastuskunta on raportoinut taimensaaliin romahtaneen 2010-luvulla.")
kappale(doc, "Hankkeessa kunnostetaan viisi latvapuroa (yhteensä noin 14 km uomaa), rakennetaan kaksi "
             "kosteikkoa ja kolme laskeutusallasta sekä innostetaan paikalliset ihmiset mukaan purojen hoitoon. "
             "Työ tehdään pääosin talkoilla ja pienkoneurakoilla. Hankkeen hakemus ja tämä arviointisuunnitelma "
             "valmisteltiin syksyllä 2025 yhdessä kolmen osakaskunnan, Härkälän kunnan ympäristöpalveluiden ja "
             "Härkäjoen kalastusalueen kanssa.")

lihava(doc, "Tavoitteet")
kappale(doc, "Hankkeen päämääränä on, että Härkäjoen latvapurot palautuvat luonnonmukaisemmiksi ja taimen "
             "palaa niihin. Hankkeella on neljä tavoitetta, jotka on esitetty tarkemmin arviointitaulukossa "
             "luvussa 4:")
luettelo(doc, ["purojen rakenteellinen tila paranee ja taimenen lisääntymisalueita on enemmän",
               "purojen kautta Härkäjärveen tuleva kiintoaine- ja ravinnekuorma pienenee",
               "asukkaat tietävät enemmän latvavesien tilasta ja siitä, mitä niiden hyväksi voi tehdä",
               "maanomistajat ja vapaaehtoiset sitoutuvat purojen hoitoon myös hankkeen jälkeen."], tyyli="List Number")

otsikko(doc, "2 Kenelle hanke on?", 1)
kappale(doc, "Hankkeen tärkein kohderyhmä ovat purojen varren maanomistajat (noin 80 tilaa) ja kolme "
             "osakaskuntaa, joiden vesialueilla kunnostukset tehdään. Toinen kohderyhmä ovat vapaaehtoiset "
             "talkoolaiset: kalastusseurojen jäsenet, kyläyhdistysten aktiivit ja Härkälän yläkoulun "
             "ympäristövalinnaisen ryhmä. Välillisesti hankkeesta hyötyvät Härkäjärven rantojen asukkaat, "
             "kalastajat ja kunta, jonka vesienhoidon tavoitteita hanke edistää.")

otsikko(doc, "3 Miten arvioimme?", 1)
kappale(doc, "Arviointi on pienen yhdistyksen hankkeessa käytännönläheistä: mittaamme purojen ja veden tilaa "
             "ennen ja jälkeen kunnostusten ja kysymme talkoolaisilta ja maanomistajilta, miten työ on sujunut. "
             "Arvioinnin tehtävänä on kertoa meille itsellemme ja rahoittajalle, toimivatko valitut "
             "kunnostustavat ja jääkö hoito elämään.")
lihava(doc, "3.1 Oma arviointi")
kappale(doc, "Hanketyöntekijä ja toiminnanjohtaja pitävät kunnostuspäiväkirjaa, johon kirjataan jokaisen "
             "kohteen työt, valokuvat ja havainnot. Hanketiimi kokoontuu puolen vuoden välein arviointipalaveriin, "
             "jossa käydään läpi mittaustulokset, talkoopalautteet ja aikataulun toteutuminen. Palaverin muistio "
             "viedään yhdistyksen hallitukselle ja ohjausryhmälle, joka kokoontuu kaksi kertaa vuodessa.")
lihava(doc, "3.2 Mittaukset maastossa")
kappale(doc, "Taimenen poikastiheys selvitetään sähkökoekalastuksella kahdeksalla koealalla ennen kunnostuksia "
             "elokuussa 2026 ja uudelleen syyskuussa 2028. Koekalastukset tekee hankkeen työntekijä, jolla on "
             "sähkökalastuksen pätevyys. Vesinäytteet (kiintoaine, kokonaisfosfori, sameus) otetaan kunnostettujen "
             "purojen alaosista kevät- ja syystulvien aikaan koko hankkeen ajan, ja kahteen puroon asennetaan "
             "jatkuvatoiminen sameusanturi kesäkuussa 2026.")
lihava(doc, "3.3 Talkoolaisten ja maanomistajien ääni")
kappale(doc, "Jokaisten talkoiden jälkeen osallistujilta pyydetään lyhyt palaute paperilomakkeella tai "
             "puhelimella (liite 3.1). Maanomistajista haastatellaan kymmenen keväällä 2027 ja uudelleen "
             "maaliskuussa 2029: mitä mieltä he ovat kunnostuksista ja ovatko he valmiita hoitamaan kohteita jatkossa.")
lihava(doc, "3.4 Ulkopuolinen arviointi")
kappale(doc, "Hankkeelle ei hankita ulkopuolista arvioijaa. Hankkeen koko ja budjetti eivät sitä yhdistyksen "
             "hallituksen mukaan edellytä, joten arviointi tehdään kokonaan omana työnä luvuissa 3.1–3.3 "
             "kuvatulla tavalla.")

otsikko(doc, "4 Arviointitaulukko", 1)
kappale(doc, "Taulukkoon on koottu tavoitteet, niihin liittyvä toiminta, arviointimenetelmät ja mittarit sekä "
             "aineiston keruun ajankohta.")
at = [
    ["Tavoite", "Toiminta", "Arviointimenetelmä / mittari", "Aineiston keruu"],
    ["1. Purojen rakenteellinen tila paranee ja taimenen lisääntymisalueita on enemmän.",
     "Kohdekohtaiset kunnostussuunnitelmat; kutusoraikot ja kiveykset; kahden vaellusesteenä olevan rummun "
     "korjaus.",
     "Sähkökoekalastus (poikastiheys/100 m²); kunnostetun koskipinta-alan määrä (m²); valokuvaseuranta.",
     "8/2026 lähtötaso, 9/2028 vertailu; valokuvat jokaisen työn jälkeen"],
    ["2. Härkäjärveen tuleva kiintoaine- ja ravinnekuorma pienenee.",
     "Kaksi kosteikkoa, kolme laskeutusallasta, suojavyöhykkeet peltojen ja purojen väliin.",
     "Vesinäytteet (kiintoaine, kokonaisfosfori); jatkuva sameusmittaus; laskennallinen kuormitus.",
     "Tulva-ajat 2026–2029; anturit 6/2026 alkaen"],
    ["3. Asukkaiden tieto latvavesien tilasta ja hoitokeinoista lisääntyy.",
     "Kyläillat kolmessa kylässä, purokävelyt, opastaulut kunnostuskohteille, juttusarja paikallislehdessä.",
     "–", ""],
    ["4. Maanomistajat ja vapaaehtoiset sitoutuvat purojen hoitoon myös hankkeen jälkeen.",
     "Talkoot (vähintään 12), talkoovetäjien koulutus, hoitosopimukset osakaskuntien ja maanomistajien kanssa.",
     "Talkoolaisten määrä ja talkootunnit; talkoopalaute (liite 3.1); maanomistajahaastattelut; "
     "solmittujen hoitosopimusten määrä.",
     "Jokaisen talkoon jälkeen; haastattelut 4/2027 ja 3/2029"],
]
taulukko(doc, at, leveydet=[4.2, 4.8, 4.6, 3], koko=9)

otsikko(doc, "5 Mihin arviointitietoa käytetään?", 1)
kappale(doc, "Arviointipalavereissa tehdyt havainnot vaikuttavat suoraan seuraavan kauden kunnostuksiin: jos "
             "jokin rakenne ei kestä tulvaa tai kutusoraikko liettyy, tapaa muutetaan seuraavilla kohteilla. "
             "Mittaustulokset raportoidaan ELY-keskukselle maksatushakemusten yhteydessä ja hankkeen "
             "loppuraportissa. Tulokset viedään myös avoimeen Vesikunnostusverkoston kohdetietokantaan ja "
             "yhdistyksen verkkosivuille, ja niistä kerrotaan Härkälän kunnan ympäristölautakunnalle.")
kappale(doc, "Tulosten jatkuvuutta on mietitty alusta asti. Jo hakuvaiheessa kolme osakaskuntaa ovat "
             "sitoutuneet kirjeellä (hakemuksen liite 5) siihen, että ne ottavat kunnostettujen purojen "
             "vuosittaisen tarkistuksen ja pienet huoltotalkoot omaksi toiminnakseen hankkeen jälkeen. Jokaisen "
             "kohteen hoidosta sovitaan hoitosopimuksella heti kunnostuksen valmistuttua, ja talkoovetäjät "
             "koulutetaan hankkeen ensimmäisenä kesänä, jotta he ehtivät vetää talkoita jo hankkeen aikana. "
             "Maanomistajahaastatteluista saatava tieto auttaa kohdentamaan hoitosopimukset niille kohteille, "
             "joilla hoito on muuten vaarassa jäädä tekemättä.")

otsikko(doc, "Liite 3.1 Talkoopalautelomake", 2)
kappale(doc, "Lomake täytetään talkoiden lopuksi. Palautteet käsitellään hankkeen arviointipalavereissa.")
kappale(doc, "Talkoiden paikka ja päivämäärä: ____________________")
kappale(doc, "1. Mitä teit talkoissa tänään?")
kappale(doc, "______________________________________________")
kappale(doc, "2. Miten talkoot oli järjestetty? (1 = huonosti … 5 = erinomaisesti)   1   2   3   4   5")
kappale(doc, "3. Opitko jotain uutta purojen kunnostamisesta? Mitä?")
kappale(doc, "______________________________________________")
kappale(doc, "4. Tulisitko uudelleen talkoisiin? Voimmeko ottaa sinuun yhteyttä? Puhelin tai sähköposti:")
kappale(doc, "______________________________________________")

tallenna(doc, "02_arviointisuunnitelma_purokunnostus.docx", tekija="Minna Kaakinen",
         otsikko_meta="Arviointisuunnitelma Purot elpyvät")

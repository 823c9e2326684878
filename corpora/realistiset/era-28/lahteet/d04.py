from apu import *
name = "04_mielenterveys-arviointisuunnitelma"
d = Document()
d.add_heading("ARVIOINTISUUNNITELMA", 0)
d.add_paragraph("Matalan kynnyksen Olohuone – kokeiluhanke, Pohjois-Karjalan hyvinvointialue (Siun sote) ja Joensuun Mielenterveysseura ry")
d.add_paragraph("Hankeaika 1.2.2026–31.1.2028 · Rahoitus: STM, Tulevaisuuden sosiaali- ja terveyskeskus -ohjelman jatko")

d.add_heading("1. Hankkeen tavoitteet", 1)
d.add_paragraph("Alla olevassa taulukossa on kuvattu tavoitteet, toimenpiteet ja arvioinnin menetelmät. Menetelmäsarakkeessa on kunkin tavoitteen tiedonkeruu eriteltynä.")
t = d.add_table(rows=4, cols=3); t.style = "Table Grid"
hdr = ["Tavoite", "Toimenpiteet", "Arviointimenetelmät"]
for j, h in enumerate(hdr):
    t.cell(0, j).text = h
rows = [
 ("Mielenterveysongelmista kärsivät aikuiset saavat apua ilman ajanvarausta ja lähetettä.", "Olohuone auki arkisin klo 12–20 Joensuun keskustassa; vertaistyöntekijä ja sairaanhoitaja paikalla.",
  [("Kävijämäärät", "Olohuoneen kirjaukset"), ("Asiakaspalaute", "lyhyt QR-kysely kävijöille")]),
 ("Päivystyksen mielenterveyskäynnit virka-ajan ulkopuolella vähenevät.", "Ilta-aukiolo ja yhteinen ohjauskäytäntö päivystyksen kanssa.",
  [("Päivystyskäynnit", "Siun soten rekisteritieto"), ("Ohjaukset", "ohjauslomakkeiden määrä")]),
 ("Kokemusasiantuntijat ovat mukana palvelun kehittämisessä.", "Kokemusasiantuntijoiden kehittäjäryhmä; palkkiot kokemusasiantuntijoille.",
  [("Osallisuuden kokemus", "kehittäjäryhmän ryhmähaastattelu"), ("Ehdotusten toteutuminen", "kehittäjäryhmän muistiot")]),
]
for i, (g, a, m) in enumerate(rows, start=1):
    t.cell(i, 0).text = g; t.cell(i, 1).text = a
    c = t.cell(i, 2); c.paragraphs[0].text = ""
    nt = c.add_table(rows=len(m) + 1, cols=2); nt.style = "Table Grid"
    nt.cell(0, 0).text = "Mittari"; nt.cell(0, 1).text = "Tietolähde"
    for k, (x, y) in enumerate(m, start=1):
        nt.cell(k, 0).text = x; nt.cell(k, 1).text = y

d.add_heading("2. Keitä arviointi koskee", 1)
paras(d, """
Arvioinnin kohderyhmänä ovat Olohuoneen kävijät (arvio 2 000 käyntiä vuodessa), päivystyksen ja mielenterveyspalvelujen henkilöstö sekä kokemusasiantuntijat.
""")

d.add_heading("3. Arvioinnin toteutus ja tiedonkeruu", 1)
paras(d, """
Arviointi on hankkeen sisäistä itsearviointia. Projektiryhmä kokoaa aineistot yhteen ja pohtii niitä yhdessä kehittäjäryhmän kanssa arviointityöpajoissa. Kävijöiltä kerätään palautetta QR-koodin kautta täytettävällä kolmen kysymyksen kyselyllä, ja kokemusasiantuntijat haastattelevat kävijöitä vertaisina, jolloin kävijöiden ääni tulee kuuluviin ilman viranomaisroolia.

Päivystyskäyntien määrää verrataan hanketta edeltäneeseen tasoon. Rekisteritiedot toimittaa Siun soten tietopalvelu. Henkilöstön kokemuksia ohjauskäytännön toimivuudesta kerätään päivystyksen osastotuntien yhteydessä käytävillä keskusteluilla.
""")

d.add_heading("4. Miten arviointitietoa käytetään?", 1)
paras(d, """
Arviointitieto käsitellään ohjausryhmässä, ja se on pohjana päätökselle Olohuoneen jatkosta. Jatkoa on valmisteltu jo hankehakemusta tehtäessä: hyvinvointialueen mielenterveys- ja päihdepalvelujen johto on sitoutunut arvioimaan Olohuoneen ottamista osaksi palveluvalikoimaa, jos tulokset ovat hyviä. Arvioinnin tulokset kootaan loppuraporttiin, joka julkaistaan Siun soten verkkosivuilla ja Innokylässä.
""")
d.add_paragraph("Laatija: Kaisu Ronkainen, projektipäällikkö, 20.1.2026")
d.save(os.path.join(OUT, name + ".docx"))
expected(name, "arviointisuunnitelma", [
  {"rule": "arviointi.ei-ulkoista"},
  {"rule": "arviointi.ei-aikataulua"}])

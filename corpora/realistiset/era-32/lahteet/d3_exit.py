from apu import *
doc = Document()
doc.add_heading("Exit-suunnitelma: Perhekeskus lähellä -hanke", 0)
doc.add_paragraph("Itä-Harjun hyvinvointialue, perhe- ja sosiaalipalvelut. Hankeaika 1.3.2024–28.2.2026. Hyväksytty ohjausryhmässä 9.10.2025.")
doc.add_heading("Mitä jää elämään?", 1)
paras(doc, """
Hankkeessa kehitettiin kolme käytäntöä: perhekeskuksen yhteinen ajanvaraus ja chat-neuvonta, vanhempien
vertaisryhmien malli yhdessä järjestöjen kanssa sekä neuvolan ja varhaiskasvatuksen yhteinen
kehityskeskustelu 3-vuotiaan lapsen perheelle. Kaikki kolme otetaan pysyvään käyttöön 1.3.2026 alkaen.
Käyttöönoton vastuut ja rahoitus on koottu alla olevaan taulukkoon.
""")
t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
t.cell(0,0).text = "Käytäntö"; t.cell(0,1).text = "Vastuut, resurssit ja päätökset"
names = ["Yhteinen ajanvaraus ja chat", "Vanhempien vertaisryhmät", "3-vuotiaan kehityskeskustelu"]
rows = [
 [["Vastuu","Perhekeskuksen palveluesihenkilö (Itä-Harjun hyvinvointialue)"],["Resurssi","2 perheohjaajaa chat-vuoroissa, sisältyy perhepalvelujen budjettiin 2026"],["Päätös","Aluehallitus 16.9.2025 § 212, talousarvio 2026"]],
 [["Vastuu","Järjestöyhteistyön koordinaattori hyvinvointialueella; Itä-Harjun MLL-piiri ryhmien ohjaajakoulutuksesta"],["Resurssi","Järjestöavustus 18 000 €/v"],["Päätös","Hyvinvointilautakunta 2.10.2025 § 48"]],
 [["Vastuu","Neuvolapalvelujen osastonhoitaja ja kuntien varhaiskasvatusjohtajat"],["Resurssi","Keskustelu kuuluu laajaan terveystarkastukseen, ei lisäkustannuksia"],["Päätös","Kirjattu neuvolan toimintaohjeeseen 1.3.2026 alkaen"]],
]
for i,(n,r) in enumerate(zip(names,rows), start=1):
    t.cell(i,0).text = n
    c = t.cell(i,1); c.paragraphs[0].text = ""
    inner = c.add_table(rows=3, cols=2); inner.style = "Table Grid"
    for j,(a,b) in enumerate(r):
        inner.cell(j,0).text = a; inner.cell(j,1).text = b
doc.add_paragraph()
doc.add_heading("Käytäntöjen levittäminen", 1)
paras(doc, """
Mallit on kuvattu Innokylään, ja ne esitellään Itä-Suomen perhekeskusverkoston seminaarissa
keväällä 2026. Lähikuntien varhaiskasvatukselle järjestetään kaksi verkkokoulutusta kehityskeskustelusta,
ja perheille suunnatut ohjeet julkaistaan hyvinvointialueen verkkosivuilla ja Perhekeskus.fi-palvelussa.
""")
doc.add_heading("Kehittämistyön jatko ja seuranta", 1)
paras(doc, """
Kehittämistyötä jatketaan perhekeskuksen kehittämisryhmässä, jota johtaa perhepalvelujen palvelupäällikkö.
Ryhmä seuraa käyttöönottoa puolivuosittain: chatin yhteydenottomäärät ja asiakaspalaute, vertaisryhmien
määrä ja osallistujat sekä kehityskeskustelujen toteutuminen neuvolan tilastoista. Ensimmäinen
seurantaraportti käsitellään hyvinvointilautakunnassa syyskuussa 2026. Seuraavaksi kehitetään chatin
monikielistä versiota, jolle haetaan rahoitusta hyvinvointialueen omasta kehittämisbudjetista vuodelle 2027.
""")
doc.save(f"{OUT}/perhekeskus_exit_suunnitelma.docx")
expected("perhekeskus_exit_suunnitelma","exit-suunnitelma",[])

from apu import *
doc = Document()
doc.add_heading("Kaiku-kehittämishankkeen loppuraportti", 0)
doc.add_paragraph("Monikielinen neuvonta yhdessä – Lounais-Suomen ELY-keskus ja Sarkkalan kaupunki")
doc.add_heading("1. Taustatiedot", 1)
table(doc, [
    ["Hankkeen nimi", "Monikielinen neuvonta yhdessä"],
    ["Toteuttaja", "Lounais-Suomen ELY-keskus, kotoutumisen vastuualue; yhteistyössä Sarkkalan kaupunki"],
    ["Rahoituspäätös", "VM/2214/02.07.00/2023, 14.12.2023"],
    ["Hankeaika", "1.1.2024–31.5.2025"],
    ["Myönnetty rahoitus", "148 000 €, käytetty 139 420 €"],
], header=False)
doc.add_heading("2. Hankkeen teema ja tavoitteet", 1)
paras(doc, """
Hankkeen teemana oli viranomaisneuvonnan yhdistäminen. Maahan muuttanut joutui aiemmin kysymään samaa asiaa
ELY-keskukselta, kaupungilta, Kelalta ja Maahanmuuttovirastolta erikseen. Tavoitteena oli luoda yhteinen
monikielinen neuvontamalli, jossa asiakas saa yhdellä yhteydenotolla ohjauksen oikeaan palveluun, sekä
kouluttaa viranomaisten neuvontahenkilöstö käyttämään yhteistä tietopankkia.
""")
doc.add_heading("3. Hankkeen toteutus", 1)
paras(doc, """
Keväällä 2024 kartoitimme neuvonnan yleisimmät kysymykset (1 240 kirjattua yhteydenottoa) ja kokosimme
niistä yhteisen tietopankin. Syksyllä 2024 avattiin yhteinen neuvontapiste Sarkkalan pääkirjastoon ja
verkkochat viidellä kielellä. Neuvojia koulutettiin neljässä koulutuksessa yhteensä 52. Keväällä 2025
malli laajennettiin kahteen naapurikuntaan etäneuvontana.
""")
doc.add_heading("4. Tulokset ja vaikuttavuus", 1)
paras(doc, """
Neuvontapisteessä ja chatissa asioi hankeaikana 3 870 asiakasta. Asiakaspalautteen (n = 412) mukaan 86 %
sai asiansa hoidettua ensimmäisellä yhteydenotolla, kun lähtötaso keväällä 2024 oli 54 %. Viranomaisten
välisten uudelleenohjausten määrä väheni noin kolmanneksella. Sarkkalan kaupunki jatkaa neuvontapistettä
omana toimintanaan 1.6.2025 alkaen, ja tietopankin ylläpito siirtyi ELY-keskuksen kotoutumisen
vastuualueelle.
""")
doc.add_heading("5. Kehitysajatukset", 1)
paras(doc, """
Chatin käyttö kasvoi odotettua nopeammin, mutta arabian- ja darinkielisiin kysymyksiin vastaaminen
edellytti tulkkausta, joka hidasti palvelua. Jatkossa kannattaa kokeilla konekäännöksen hyödyntämistä
neuvojan tukena ja sopia viranomaisten kesken yhteinen päivystysvuorolista.
""")
doc.add_heading("6. Suositukset muille virastoille", 1)
paras(doc, """
Yhteinen neuvonta onnistuu, kun tietopankilla on yksi nimetty ylläpitäjä ja jokainen mukana oleva
virasto sitoutuu päivittämään omat tietonsa kuukausittain. Suosittelemme aloittamaan pienestä: yksi
toimipiste, kaksi kieltä ja selkeä asiakaspalautteen keruu heti ensimmäisestä päivästä.
""")
doc.add_heading("7. Tiivistelmä", 1)
paras(doc, """
Hankkeessa ELY-keskus ja Sarkkalan kaupunki rakensivat yhteisen monikielisen neuvonnan maahan muuttaneille.
Yhteinen neuvontapiste ja chat palvelivat 3 870 asiakasta, ja ensimmäisellä yhteydenotolla asiansa
hoitaneiden osuus nousi 54 prosentista 86 prosenttiin. Toiminta jatkuu kaupungin pysyvänä palveluna.
""")
doc.add_heading("Muuta raportoitavaa", 2)
sdt(doc, None, tag="muuta", label="Muuta raportoitavaa")
doc.add_heading("8. Laatimispäivämäärä ja yhteystiedot", 1)
doc.add_paragraph("Laadittu 3.11.2025")
tracked(doc, [
    ("n", "Yhteyshenkilö: "),
    ("d", "projektipäällikkö Jari Mäkelä, jari.makela@ely-keskus.fi"),
    ("i", "kotoutumisen asiantuntija Leena Saarinen, leena.saarinen@ely-keskus.fi, p. 0295 000 123"),
])
doc.save(f"{OUT}/monikielinen_neuvonta_loppuraportti.docx")
expected("monikielinen_neuvonta_loppuraportti","loppuraportti",[{"rule":"raportti.myohassa"},{"rule":"rakenne.pohjateksti"}])

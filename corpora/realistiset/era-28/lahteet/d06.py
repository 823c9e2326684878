from apu import *
name = "06_vesistokunnostus_exit-suunnitelma"
d = Document()
d.add_heading("Exit-suunnitelma: Lähivedet kuntoon yhdessä", 0)
d.add_paragraph("Etelä-Savon ELY-keskuksen rahoittama vesienhoidon hanke 2024–2026 · Mikkelin seudun ympäristöpalvelut")
d.add_paragraph("Päivitetty ohjausryhmän kokouksessa 6.5.2026")

bold(d, "Miten tulokset jäävät käyttöön?")
paras(d, """
Hankkeessa laadittiin kunnostussuunnitelmat viidelle pienelle järvelle ja koulutettiin osakaskuntia ja kyläyhdistyksiä tekemään itse vedenlaadun seurantaa ja hoitokalastusta. Järvikohtaiset kunnostussuunnitelmat luovutetaan osakaskunnille hankkeen päätösseminaarissa. Vedenlaadun näytteenottovälineet jäävät kyläyhdistysten käyttöön, ja ohjeet niiden käyttöön on tallennettu hankkeen verkkosivuille.

Hankkeen päättymiseen asti hankekoordinaattori neuvoo osakaskuntia avustusten hakemisessa ja hoitokalastuksen järjestämisessä. Hankkeen työntekijät huolehtivat myös siitä, että kunnostussuunnitelmat viedään Vesienhoidon tietojärjestelmään. Juurruttamiseen on käytetty hankkeen viimeisen vuoden aikana noin kolmannes koordinaattorin työajasta, ja materiaalien viimeistelyyn on budjetoitu 4 000 euroa.
""")

bold(d, "Tulosten levittäminen")
paras(d, """
Hankkeen tulokset ja hyvät käytännöt levitetään seuraavasti:
- Päätösseminaari Mikkelissä lokakuussa 2026 osakaskunnille, kunnille ja kalatalousalueille - Opas "Pienen järven kunnostus talkoovoimin" julkaistaan verkkosivuilla ja Järviwikissä - Kaksi koulutusiltaa naapurikuntien kyläyhdistyksille - Artikkeli Vesitalous-lehteen
""")

bold(d, "Mitä sen jälkeen?")
paras(d, """
Kehittämistyötä jatketaan uudella hankkeella, jota hankepäällikkö valmistelee syksyllä 2026. Jatkohankkeessa mallia on tarkoitus laajentaa Juvan ja Pieksämäen alueelle. Hankepäällikkö vastaa myös siitä, että viisi mukana ollutta osakaskuntaa saavat tiedon jatkohankkeesta ja tulevista rahoitushauista.
""")
d.save(os.path.join(OUT, name + ".docx"))
expected(name, "exit-suunnitelma", [
  {"rule": "exit.omistaja-hankkeen-sisalla"},
  {"rule": "exit.ei-seurantaa"}])

from apu import *
name = "09_ruokamatkailu_leader-hakemus"
d = Document()
d.add_paragraph("Hyrrä – maaseudun tukien asiointipalvelu · Tulostettu 11.2.2026 klo 14.32")
d.add_heading("Hankehakemus: Makuja Järvi-Suomesta – ruokamatkailun yhteistyöhanke", 0)
def field(label, *answer):
    bold(d, label)
    for a in answer:
        d.add_paragraph("Vastaus: " + a if a is answer[0] else a)
field("Hakija *", "Järviseudun Maaseutuyrittäjät ry")
field("Toimintaryhmä *", "Leader Keskipiste ry")
field("Hankkeen toteutusaika (alkaa – päättyy) *", "1.4.2026 – 30.9.2027")
field("Hankkeen tausta ja tarve *",
 "Alueella toimii noin 30 pientä elintarvike- ja matkailuyritystä, joista useimmat myyvät tuotteitaan vain tilamyymälässä tai paikallisilla markkinoilla. Matkailijamäärät ovat kasvaneet: vuonna 2024 alueen majoitusliikkeissä oli 84 000 yöpymistä, mikä on viidenneksen enemmän kuin vuonna 2019. Matkailijat kysyvät paikallista ruokaa, mutta yhteistä tarjontaa ja reittejä ei ole.")
field("Hankkeen tavoitteet *",
 "Tavoitteena on, että alueen ruokayrittäjät tuotteistavat yhdessä vähintään kolme ruokamatkailupakettia. Lisäksi tavoitteena on, että paikallisen ruoan myynti matkailijoille kasvaa ja yrittäjien välille syntyy pysyvä yhteistyöverkosto.")
field("Hankkeen kohderyhmät *",
 "Alueen elintarvikeyritykset, maatilat, kahvilat ja majoitusyritykset (noin 25 yritystä) sekä välillisesti alueen matkailijat.")
field("Toimenpiteet ja aikataulu *",
 "Kevät 2026: yrityskartoitus ja yrittäjätapaamiset kolmessa kylässä.",
 "Syksy 2026: tuotteistamiskurssi (1. ryhmä), yhteisen ruokareittikartan suunnittelu.",
 "Kevät 2027: tuotteistamiskurssi (2. ryhmä), pakettien koemyynti ja palautteen keruu matkailijoilta.",
 "Kesä 2027: ruokareitin avaus ja kesäkauden markkinointikampanja.",
 "Tammi–maaliskuu 2028: tuotteistamiskurssi (3. ryhmä) uusille yrittäjille ja reittikartan päivitys.")
field("Miten hankkeen tavoitteiden toteutumista seurataan? *",
 "Seuraamme tuotteistettujen pakettien määrää, koemyynnissä myytyjen pakettien määrää ja mukana olevien yritysten määrää. Yrittäjille tehdään kysely verkoston toimivuudesta hankkeen lopussa, ja matkailijoiden palaute kerätään koemyynnin yhteydessä.")
field("Hankkeen tulokset ja vaikutukset *",
 "Hankkeen tuloksena syntyy vähintään kolme myyntivalmista ruokamatkailupakettia, ruokareitti karttoineen ja yrittäjien verkosto. Vaikutuksena odotamme yritysten liikevaihdon kasvua ja matkailukauden pidentymistä.")
field("Tulosten hyödyntäminen ja toiminnan jatkuvuus hankkeen jälkeen *",
 "Hankkeen tuloksista viestitään yrittäjille ja matkailijoille alueen matkailusivustolla, Facebookissa ja paikallislehdissä. Paketit muokataan erikseen perheille, ryhmille ja kansainvälisille matkailijoille. Muiden alueiden toimintaryhmille malli esitellään Leader-ryhmien ruokamatkailun verkostotapaamisessa, jossa naapurialueiden yrittäjiä kutsutaan kokeilemaan pakettimallia. Tavoitteena on, että ruokareitti ja verkosto vakiintuvat pysyväksi toiminnaksi.",
 "Toiminnan jatkamisesta sovitaan myöhemmin yhdessä yrittäjien kanssa, ja verkoston ylläpito hoidetaan yhteisesti. Juurruttamiseen ja jatkon valmisteluun on varattu projektipäällikön työaikaa noin 15 % ja 2 000 € materiaalikuluihin.")
field("Hankkeen organisointi *",
 "Hankkeella on osa-aikainen projektipäällikkö (80 %). Ohjausryhmässä ovat Leader Keskipisteen, kunnan elinkeinopalvelujen, ProAgrian ja kolmen yrityksen edustajat.")
field("Riskit *",
 "Suurin riski on, että yrittäjät eivät kiireidensä vuoksi ehdi osallistua. Tähän varaudutaan pitämällä tapaamiset sesongin ulkopuolella ja lyhyinä.")
field("Viestintä *",
 "Hankkeesta tiedotetaan hakijan verkkosivuilla, Leader-ryhmän uutiskirjeessä ja sosiaalisessa mediassa.")
field("Kustannusarvio *", "Kokonaiskustannukset 118 000 €, josta julkinen tuki 80 % (94 400 €) ja yksityinen rahoitus 23 600 €.")
table(d, [["Kustannuslaji", "2026", "2027", "Yhteensä"],
          ["Palkat", "34 000", "42 000", "76 000"],
          ["Ostopalvelut", "12 000", "16 000", "28 000"],
          ["Matkat ja muut", "6 000", "8 000", "14 000"],
          ["Yhteensä", "52 000", "66 000", "118 000"]])
d.save(os.path.join(OUT, name + ".docx"))
expected(name, "hankesuunnitelma", [
  {"rule": "exit.ei-omistajaa"},
  {"rule": "juurrutus.alkaa-myohaan"},
  {"rule": "aikataulu.ristiriita"}])

"""08: ELY-keskuksen rahoittaman vesistöhankkeen jatkuvuussuunnitelma (.docx, lihavoidut rivit otsikkoina).
Aukot: jatkon vastuu vain hankkeen omalla henkilöstöllä -> exit.omistaja-hankkeen-sisalla;
mikään ei kerro, miten käyttöönottoa seurataan hankkeen jälkeen -> exit.ei-seurantaa."""
from apu import *

d = uusi()
kpl(d, "Kuohujärven kunnostus 2024–2025 -hanke • Etelä-Kairan ELY-keskus, vesistöjen kunnostuksen avustus "
       "(Dnro ESAELY/412/2024) • 12.11.2025")
d.add_heading("JATKUVUUSSUUNNITELMA", 0)
kpl(d, "Toteuttaja: Kuohujärven suojeluyhdistys ry yhdessä Kuohun ja Ranta-Aholan osakaskuntien kanssa. "
       "Hankeaika 1.3.2024–31.12.2025.")

lihava(d, "Mitä hanke jättää jälkeensä")
kpl(d, "Hankkeen aikana Kuohujärven valuma-alueelle rakennettiin kaksi kosteikkoa ja kuusi "
       "laskeutusallasta, tehtiin hoitokalastusta (yhteensä 21 400 kg särkikaloja) ja laadittiin järven "
       "hoitosuunnitelma vuosille 2026–2035. Lisäksi koulutettiin 14 vapaaehtoista hoitokalastajaa.")

lihava(d, "Pysyvyys ja käyttöönotto")
kpl(d, "Kosteikot ja laskeutusaltaat jäävät maanomistajien maille, ja niiden hoitoon on tehty "
       "kymmenvuotiset sopimukset. Hoitokalastusta jatketaan hoitosuunnitelman mukaisesti vuosittain "
       "syys–lokakuussa. Hoitokalastuksen jatkamiseen on varattu kalastuslupatuloista "
       "4 000 euroa vuodessa pyydysten kunnossapitoon ja saaliin kuljetukseen.")
kpl(d, "Vastuu: hankkeen projektipäällikkö huolehtii siitä, että hoitokalastus käynnistyy syksyllä 2026 "
       "sovitusti, ja hanketyöntekijät kokoavat vapaaehtoisten yhteystiedot ja pyydysten huolto-ohjeet "
       "kansioksi. Hanke vastaa myös siitä, että hoitosuunnitelma toimitetaan kaikille osakkaille.")

lihava(d, "Tulosten levittäminen")
kpl(d, "Kokemukset kosteikkojen rakentamisesta esitellään Vesistökunnostusverkoston vuosiseminaarissa "
       "ja julkaistaan suojeluyhdistyksen verkkosivuilla. Paikallislehdessä julkaistiin hankkeen aikana "
       "kolme juttua, ja loppuseminaari pidetään kunnantalolla joulukuussa 2025. Hoitokalastuksen "
       "ohjeista tehdään opas, jota voivat käyttää myös naapurijärvien osakaskunnat.")

lihava(d, "Jatkokehittäminen")
kpl(d, "Jatkossa tarvitaan lisää kosteikkoja järven itäpuolen pelloille, joilta tulee suurin osa "
       "fosforikuormasta. Uuden hankkeen hakemista vuodelle 2027 on alustavasti keskusteltu ELY-keskuksen "
       "kanssa. Myös sisäisen kuormituksen vähentämistä (esimerkiksi hapetusta) selvitetään.")

tallenna(d, "08_jatkuvuussuunnitelma_ely_kuohujarvi.docx", {"doc_type": "exit-suunnitelma", "findings": [
    {"rule": "exit.omistaja-hankkeen-sisalla"},
    {"rule": "exit.ei-seurantaa"},
]})

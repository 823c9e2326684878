"""08 Pohjanrannan AMK – loppuraportti, kaikki taulukoina. Tulosmittarit sisäkkäisessä taulukossa,
yhteyshenkilö vain tekstiruudussa. Ei löydöksiä."""
import sys; sys.path.insert(0, __file__.rsplit('/', 1)[0])
from apu import *
OUT = sys.argv[1]
d = Document()
d.add_heading("Loppuraportti: TyöelämäSilta – kansainvälisten opiskelijoiden harjoittelupolut pk-yrityksiin", 0)
d.add_paragraph("Pohjanrannan ammattikorkeakoulu, Liiketalous ja tekniikka")

d.add_heading("1 Taustatiedot", 1)
table(d, [
 ["Kohta", "Tieto"],
 ["Toteuttaja", "Pohjanrannan ammattikorkeakoulu; kumppanina Pohjanrannan Yrittäjät ry"],
 ["Hanke", "TyöelämäSilta"],
 ["Rahoitus ja päätös", "Opetus- ja kulttuuriministeriö, korkeakoulujen erityisavustus, päätös OKM/412/523/2023, avustus 148 000 €"],
 ["Hankeaika", "1.1.2024–30.6.2025"],
])

d.add_heading("2 Hankkeen teema ja tavoitteet", 1)
table(d, [
 ["Teema", "Kansainvälisten tutkinto-opiskelijoiden työllistyminen alueelle"],
 ["Tavoitteet", "1) Kansainväliset opiskelijat löytävät harjoittelupaikan alueen pk-yrityksistä. "
  "2) Yritykset oppivat rekrytoimaan ja perehdyttämään englanniksi tai selkosuomella. "
  "3) Harjoittelun ohjauksesta tulee osa AMK:n opintojen ohjauksen vakiomallia."],
])

d.add_heading("3 Hankkeen toteutus", 1)
table(d, [
 ["Toteutus", "Kuvaus"],
 ["Kesto", "18 kuukautta, 1.1.2024–30.6.2025, suunnitelman mukaisesti"],
 ["Mitä tehtiin", "Harjoitteluhaku-tapahtumat (4 kpl keväällä ja syksyllä 2024), yritysten perehdytysklinikat (9 kpl), "
  "opiskelijoiden työnhakuvalmennus Finnish for Work -opintojaksona, mentoriparit yrittäjien kanssa."],
 ["Poikkeamat suunnitelmasta", "Mentoriparien määrä jäi 22:een (suunniteltu 30), koska yrittäjien kevät 2025 oli kiireinen."],
 ["Menetelmät", "Tapahtumat, klinikat, mentorointi, palautekyselyt ja yrityshaastattelut."],
 ["Kustannukset", "Toteutuneet kustannukset 143 620 €, alle arvion; säästö syntyi matkakuluista."],
])

d.add_heading("4 Tulokset ja vaikuttavuus", 1)
t = d.add_table(rows=2, cols=2)
t.style = "Table Grid"
t.cell(0, 0).text = "Tulokset"
t.cell(0, 1).text = "Mittarit (tavoite / toteutuma)"
t.cell(1, 0).text = ("Harjoittelupaikan alueelta sai 71 kansainvälistä opiskelijaa. Yrityksille syntyi perehdytyksen "
                     "muistilista englanniksi ja selkosuomeksi. Harjoittelun ohjausmalli hyväksyttiin AMK:n "
                     "opetussuunnitelmatyöryhmässä toukokuussa 2025.")
inner = t.cell(1, 1).add_table(rows=4, cols=3)
for i, r in enumerate([["Mittari", "Tavoite", "Toteutuma"],
                       ["Harjoittelupaikan saaneet", "60", "71"],
                       ["Uudet harjoittelua tarjonneet yritykset", "25", "34"],
                       ["Harjoittelun jälkeen työsuhteeseen", "15", "19"]]):
    for j, v in enumerate(r):
        inner.cell(i, j).text = v
d.add_paragraph("Vaikuttavuus: harjoittelun jälkeen työllistyneistä 19 opiskelijasta 14 jäi asumaan maakuntaan.")

d.add_heading("5 Kehitysajatukset", 1)
table(d, [
 ["Havainto", "Kehitysajatus"],
 ["Yrittäjät tarvitsevat lyhyitä, käytännöllisiä ohjeita", "Perehdytysklinikat verkkoon 30 minuutin videoina"],
 ["Kielimuuri on suurin este", "Finnish for Work -opintojakso jo ensimmäiselle opintovuodelle"],
])

d.add_heading("6 Suositukset muille korkeakouluille", 1)
table(d, [
 ["Suositus", "Perustelu"],
 ["Tehkää yhteistyötä paikallisen yrittäjäjärjestön kanssa", "Yrittäjät luottavat omaan järjestöönsä enemmän kuin korkeakouluun"],
 ["Aloittakaa yrityksistä, joissa on jo yksi kansainvälinen työntekijä", "Kynnys on matalampi ja mentorointi luontevaa"],
])

d.add_heading("7 Tiivistelmä", 1)
d.add_paragraph(
 "TyöelämäSilta auttoi 71 kansainvälistä opiskelijaa harjoitteluun Pohjanrannan pk-yrityksiin vuosina 2024–2025. "
 "Hanke järjesti harjoitteluhakuja, yritysten perehdytysklinikoita ja mentorointia. Harjoittelun ohjausmalli on "
 "nyt osa AMK:n opetussuunnitelmaa, ja 19 opiskelijaa työllistyi harjoittelupaikkaansa.")

d.add_heading("8 Laatimispäivämäärä ja yhteystiedot", 1)
d.add_paragraph("Seinälahti 15.9.2025")
add_textbox(d, ["Yhteyshenkilö", "Projektipäällikkö Laura Ahonen-Mbeki", "Pohjanrannan ammattikorkeakoulu",
                "laura.ahonen-mbeki@pohjanranta.fi", "p. 050 447 2093"])
d.save(OUT)

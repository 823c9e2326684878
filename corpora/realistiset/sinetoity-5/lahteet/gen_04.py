from common import *
d = Document()
d.add_heading('Lukulumo – arviointisuunnitelma', 0)
d.add_paragraph('Haapasalmen kaupungin perusopetus, Opetus- ja kulttuuriministeriön erityisavustus (lukutaidon vahvistaminen). Versio 1.2 / hyväksytty ohjausryhmässä 24.9.2025')
d.add_heading('Hanke lyhyesti', 1)
d.add_paragraph('Lukulumo-hanke toteutetaan Haapasalmen viidessä alakoulussa ajalla 1.8.2025–31.7.2027. Hankkeessa kehitetään luokkien 1–6 lukemisen tukea, kirjastoyhteistyötä ja kotien lukuharrastusta. Vuoden 2024 kansallisessa lukutaitoseurannassa haapasalmelaisten neljäsluokkalaisten tulokset jäivät 11 pistettä maan keskiarvon alle, ja heikkojen lukijoiden osuus oli 19 %.')
d.add_heading('Tavoitteet ja niiden arviointi', 1)
d.add_paragraph('Arvioinnin lähtökohtana ovat hankesuunnitelman kolme tavoitetta. Alla olevaan taulukkoon on koottu kunkin tavoitteen toimenpiteet, arviointimenetelmät ja mittarit.')
t = d.add_table(rows=4, cols=3); t.style = 'Table Grid'
for i, h in enumerate(['Tavoite', 'Toimenpiteet', 'Arviointimenetelmä ja mittari']): t.rows[0].cells[i].text = h
t.rows[1].cells[0].text = 'Heikkojen lukijoiden lukutaito paranee.'
t.rows[1].cells[1].text = 'Lukemisen tukijaksot (8 viikkoa) pienryhmissä, erityisopettajan ja lukumummojen tuki.'
t.rows[1].cells[2].text = 'Lukusujuvuustesti tukijakson alussa ja lopussa; mittarit:'
nt = t.rows[1].cells[2].add_table(rows=3, cols=2)
nt.style = 'Table Grid'
for r, (a, b) in enumerate([('Mittari', 'Tavoitetaso'), ('Sujuvuustestin pistemäärän muutos', '+15 % jakson aikana'), ('Heikkojen lukijoiden osuus 4. luokalla', 'alle 14 % keväällä 2027')]):
    nt.rows[r].cells[0].text = a; nt.rows[r].cells[1].text = b
t.rows[2].cells[0].text = 'Oppilaiden lukuinto ja vapaa-ajan lukeminen lisääntyvät.'
t.rows[2].cells[1].text = 'Lukudiplomi, kirjastoauto koulupihoille kahdesti kuussa, luokkien lukuhetket.'
t.rows[2].cells[2].text = 'Oppilaiden lukuintokysely (syksy 2025, kevät 2026, kevät 2027); kirjaston lainausmäärät koulujen asiakkuuksilla.'
t.rows[3].cells[0].text = 'Kodit osallistuvat lasten lukemisen tukemiseen.'
t.rows[3].cells[1].text = 'Perheiden lukuillat, lukuvinkit Wilmassa kuukausittain.'
t.rows[3].cells[2].text = 'Huoltajakysely kahdesti; lukuiltojen osallistujamäärät.'
d.add_heading('Kenen näkökulmasta arvioidaan?', 1)
d.add_paragraph('Arvioinnin kohderyhmät ovat oppilaat, huoltajat, opettajat ja koulunkäynnin ohjaajat sekä kaupunginkirjaston henkilökunta. Oppilaat osallistuvat arviointiin lukuintokyselyllä ja ryhmähaastatteluilla, joissa käytetään kuvakortteja pienimpien oppilaiden kanssa. Huoltajat vastaavat kyselyyn ja antavat palautetta lukuilloista.')
d.add_heading('Menetelmät ja aikataulu', 1)
d.add_paragraph('Arviointi yhdistää itsearvioinnin ja ulkoisen arvioinnin. Hanketiimi tekee itsearviointia lukukausittain: opettajat kirjaavat tukijaksojen havainnot yhteiseen lomakkeeseen ja tiimi käy ne läpi arviointipalaverissa. Ulkoisena arvioijana toimii Itä-Suomen koulutustutkimuksen keskus, joka toteuttaa opettajien ja rehtorien haastattelut sekä analysoi testiaineistot.')
t2 = d.add_table(rows=4, cols=3); t2.style = 'Table Grid'
for i, h in enumerate(['Ajankohta', 'Tiedonkeruu', 'Vastuu']): t2.rows[0].cells[i].text = h
t2.rows[1].cells[0].text = 'Syksy 2025'; t2.rows[1].cells[1].text = 'Lähtötaso: sujuvuustestit, lukuintokysely, huoltajakysely'
t2.rows[2].cells[0].text = 'Kevät 2026'; t2.rows[2].cells[1].text = 'Väliarviointi: kyselyt, oppilaiden ryhmähaastattelut'
t2.rows[3].cells[0].text = 'Kevät 2027'; t2.rows[3].cells[1].text = 'Loppuarviointi: testit, kyselyt, opettajahaastattelut'
m = t2.rows[1].cells[2].merge(t2.rows[3].cells[2])
m.text = 'Hankekoordinaattori Sanna Väisänen; haastattelut ja analyysi: Itä-Suomen koulutustutkimuksen keskus'
d.add_heading('Arviointitiedon hyödyntäminen ja tulosten juurruttaminen', 1)
d.add_paragraph('Arviointitulokset käsitellään ohjausryhmässä ja rehtorikokouksessa jokaisen lukukauden lopussa, ja tukijaksojen sisältöä muutetaan niiden perusteella. Väliraportti toimitetaan opetus- ja kulttuuriministeriölle kesäkuussa 2026 ja loppuraportti heinäkuun 2027 loppuun mennessä. Tulokset esitellään huoltajille Wilmassa ja kaupungin verkkosivuilla.')
d.add_paragraph('Juurruttamista on suunniteltu hankkeen alusta asti: jo hakuvaiheessa sovittiin, että toimivaksi todetut tukijaksot kirjataan Haapasalmen opetussuunnitelman paikalliseen osaan ja kirjastoauton koulureitti otetaan kaupunginkirjaston vakituiseen ajojärjestykseen. Arviointitieto toimii tämän päätöksenteon perustana. Hankkeen jälkeen toiminnan jatkosta vastaa perusopetuksen palvelualueen opetuspäällikkö.')
d.save(os.path.join(OUT, 'as04_lukulumo_okm.docx'))
save_json('as04_lukulumo_okm', 'arviointisuunnitelma', [])

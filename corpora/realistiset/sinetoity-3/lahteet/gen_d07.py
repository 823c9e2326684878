import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from apu import *
OUT = os.path.join(os.path.dirname(__file__), '..')
doc = new_doc()
bold_line(doc, 'PUROT KUNTOON! – HANKESUUNNITELMA')
doc.add_paragraph('Hakija: Ylä-Kalajoen kalastusalue · Rahoitushaku: Pohjois-Pohjanmaan ELY-keskus, vesistöjen kunnostuksen avustus 2026 · Luonnos 3.3.2026')

bold_line(doc, 'Lähtötilanne')
doc.add_paragraph(
    'Kalajoen yläosan sivupurot ovat olleet tärkeitä taimenen lisääntymisalueita, mutta 1960–1980-luvuilla '
    'tehdyt perkaukset ja metsäojitukset ovat liettäneet kutusoraikot. Sähkökoekalastuksissa 2023 '
    'taimenen poikasia löytyi enää kahdesta purosta kahdeksasta. Osakaskunnat ja kalastajat ovat '
    'toivoneet kunnostuksia, mutta yksittäisillä osakaskunnilla ei ole osaamista eikä rahaa.')

bold_line(doc, 'Tavoitteet')
doc.add_paragraph('1. Viiden puron kutu- ja poikasalueet kunnostetaan (yhteensä noin 2,4 km puroa).')
doc.add_paragraph('2. Taimenen poikastiheys kunnostetuilla osuuksilla kasvaa.')
doc.add_paragraph('3. Paikalliset asukkaat ja osakaskunnat oppivat purokunnostuksen menetelmät talkoissa.')

bold_line(doc, 'Kohderyhmä')
doc.add_paragraph(
    'Alueen 14 osakaskuntaa, kalastusalueen jäsenet, maanomistajat ja lähikylien asukkaat. '
    'Lisäksi Ylä-Kalajoen koulujen 5.–6.-luokat, jotka osallistuvat yhteen talkoopäivään.')

bold_line(doc, 'Toteutus')
doc.add_paragraph(
    'Kunnostussuunnitelmat laaditaan yhdessä ELY-keskuksen kalatalousasiantuntijan kanssa. Kunnostukset '
    'tehdään talkoilla: puroihin lisätään kutusoraa ja kiviä sekä poistetaan hiekkaa. Jokaisesta talkoosta '
    'pidetään opastus menetelmistä. Pohjoisimpaan puroon rakennetaan lisäksi laskeutusallas metsäojan '
    'alapuolelle. Koululaisille järjestetään puropäivä, jossa tutkitaan vesieliöitä.')

bold_line(doc, 'Aikataulu')
doc.add_paragraph('Hankkeen kesto ja vaiheet on esitetty alla olevassa ruudussa.')
textbox(doc, ['Hankeaika 1.4.2026–31.10.2027.',
              'Kesä–syksy 2026: suunnitelmat ja kolmen puron talkoot.',
              'Kesä 2027: kahden puron talkoot, koekalastukset elokuussa 2027, loppuseminaari lokakuussa 2027.'])

bold_line(doc, 'Kustannukset')
doc.add_paragraph(
    'Kustannusarvio on 46 000 €: kutusora ja kuljetukset 21 000 €, kaivinkonetyö 9 000 €, koekalastukset '
    '6 000 €, loppuseminaari, opas ja verkkosivut 4 000 € sekä hallinto 6 000 €. ELY-avustusta haetaan '
    '70 %, loput on talkootyötä ja osakaskuntien rahaa.')

bold_line(doc, 'Seuranta')
doc.add_paragraph(
    'Kunnostettujen purometrien määrä kirjataan jokaisen talkoon jälkeen. Poikastiheys selvitetään '
    'sähkökoekalastuksella ennen kunnostusta ja elokuussa 2027 samoilla koealoilla. Talkoisiin '
    'osallistuneiden määrä kirjataan ja heiltä kysytään palautelomakkeella, osaisivatko he jatkossa '
    'kunnostaa puroa itse.')

bold_line(doc, 'Tulokset')
doc.add_paragraph(
    'Tuloksena on viisi kunnostettua puroa, koekalastusaineisto ja kunnostusopas. Pitkällä aikavälillä '
    'taimenkanta vahvistuu ja vesistön virkistyskäyttö lisääntyy.')

bold_line(doc, 'Jatkuvuus')
doc.add_paragraph(
    'Hankkeen viimeisenä kesänä 2027 kootaan kokemuksista kunnostusopas, jossa menetelmät on kuvattu '
    'niin, että niitä voidaan soveltaa erilaisiin puroihin ja myös pieniin latvaojiin. Oppaasta ja '
    'tuloksista kerrotaan loppuseminaarissa lokakuussa 2027 ja kalastusalueen verkkosivuilla. Seminaariin '
    'kutsutaan naapurikalastusalueet, jotta nekin voisivat kokeilla menetelmiä. Hankkeen jälkeen '
    'talkoita on tarkoitus jatkaa, ja kunnostettujen purojen hoito pyritään saamaan osaksi alueen '
    'kalatalouden käyttö- ja hoitosuunnitelmaa. Jatkoon pyritään löytämään rahoitusta, ja toimijat '
    'sopivat jatkosta yhdessä hankkeen päättyessä.')

bold_line(doc, 'Organisointi')
doc.add_paragraph(
    'Hanketta hallinnoi Ylä-Kalajoen kalastusalue, ja sen isännöitsijä Matti Lahtinen toimii '
    'hankevastaavana. Ohjausryhmään kuuluvat kolmen osakaskunnan edustajat ja ELY-keskuksen '
    'kalatalousasiantuntija.')

bold_line(doc, 'Riskit')
doc.add_paragraph(
    'Talkoolaisia voi olla liian vähän; tähän varaudutaan ajoittamalla talkoot viikonloppuihin ja '
    'tarjoamalla ruokailu. Tulvat voivat siirtää töitä, jolloin varapäivät ovat syyskuussa. Maanomistajien '
    'luvat hankitaan ennen töiden alkua.')

bold_line(doc, 'Viestintä')
doc.add_paragraph(
    'Talkoista ilmoitetaan osakaskuntien kautta, paikallislehdessä ja kalastusalueen Facebook-sivulla. '
    'Kunnostusten valmistuttua kohteille pystytetään infotaulut.')
doc.save(os.path.join(OUT, 'purot_kuntoon_hankesuunnitelma.docx'))

# 6: Business Finland -hankkeen loppuraportti (.odt LibreOfficella), epätavalliset otsikot, ei huomautettavaa.
import os, subprocess
from yhteiset import *
NAME = '06_bf_kattokuorma_loppuraportti'
HERE = os.path.dirname(os.path.abspath(__file__))
d = new_doc()
d.add_heading('Loppuraportti: Kattokuorma – lumikuorman etävalvonnan kokeiluhanke', 0)
d.add_heading('Perustiedot', 1)
table(d, [
 ['Yritys', 'Routavaara Oy, Kajaani'],
 ['Rahoittaja ja rahoitusmuoto', 'Business Finland, kehittämisavustus (Tempo-rahoitus)'],
 ['Rahoituspäätös', 'Dnro 5512/31/2024, päätös 19.8.2024'],
 ['Toteutusaika', '1.9.2024–31.8.2025'],
 ['Hyväksytyt kustannukset', '49 800 euroa, avustus 75 % (37 350 euroa)'],
])
d.add_heading('Yhdellä silmäyksellä', 1)
para(d, 'Routavaara kehitti ja kokeili talven 2024–2025 aikana anturiratkaisun, joka mittaa tasakattojen lumikuormaa ja hälyttää kiinteistönhoitajalle ennen kuin kuorma lähestyy rakenteen mitoitusarvoa. Kokeilu tehtiin kuudessa kohteessa kolmen kiinteistöyhtiön kanssa. Ratkaisu toimi luotettavasti –28 asteen pakkasessa, ja kaksi kiinteistöyhtiötä on tilannut sen kaikkiin liikekiinteistöihinsä talveksi 2025–2026. Hankkeen aikana tarkentui myös ansaintamalli: tuotetta myydään kuukausimaksullisena palveluna.')
d.add_heading('Mitä lähdimme hakemaan', 1)
para(d, 'Halusimme selvittää kolme asiaa: toimiiko edullinen painoanturi luotettavasti kovassa pakkasessa, kuinka paljon lumenpudotuskäyntejä kiinteistöyhtiö voi säästää, kun pudotus tehdään mittauksen eikä silmämääräisen arvion perusteella, ja onko kiinteistöyhtiöillä halukkuutta maksaa palvelusta.')
d.add_heading('Näin työ tehtiin', 1)
for t in [
 'Syys–marraskuussa 2024 rakensimme kuusi prototyyppiä ja asensimme ne kohteisiin Kajaanissa, Sotkamossa ja Kuhmossa. Joulukuusta 2024 maaliskuuhun 2025 kerättiin mittausdataa ja verrattiin sitä käsin tehtyihin lumenpainomittauksiin kahden viikon välein. Keväällä 2025 haastattelimme kiinteistönhoitajia ja isännöitsijöitä ja testasimme kolmea hinnoittelumallia.',
 'Suunnitelmasta poiketen yksi anturi vaihdettiin toiseen valmistajaan tammikuussa, koska alkuperäisen anturin akku ei kestänyt pakkasta. Tämä lisäsi komponenttikuluja noin 2 100 euroa, mutta kokonaisbudjetti pysyi hyväksytyissä kustannuksissa. Kehitystyöhön osallistuivat yrityksen kaksi osakasta sekä alihankintana Kainuun ammattikorkeakoulun rakennuslaboratorio.',
]: para(d, t)
d.add_heading('Mitä saatiin aikaan', 1)
para(d, 'Mittausten poikkeama käsin mitattuun verrattuna oli keskimäärin 6 prosenttia. Kokeilukohteissa lumenpudotuskäyntejä tehtiin talven aikana 14, kun vertailutalvena 2023–2024 niitä oli 31. Kaksi kolmesta kiinteistöyhtiöstä teki tilauksen, ja kolmas harkitsee. Hankkeen vaikutuksena yritys pystyy palkkaamaan ensimmäisen työntekijänsä vuoden 2026 alussa.')
d.add_heading('Opimme matkalla', 1)
para(d, 'Teknologia ei ollut vaikein osa, vaan asiakkaan päätöksenteko: isännöitsijä päättää hankinnasta, mutta hyödyn näkee kiinteistönhoitaja. Seuraavaksi kehitämme raportointinäkymän, joka näyttää säästetyt käynnit euroina isännöitsijälle. Jatkokehityksessä kokeillaan myös viherkattojen kosteusmittausta samalla alustalla.')
d.add_heading('Vinkit muille pienille yrityksille', 1)
para(d, 'Sopikaa kokeilukohteista ja datan omistuksesta kirjallisesti ennen asennuksia. Varatkaa budjettiin puskuri komponenttien vaihtoon, sillä pakkaskestävyys selviää vasta kentällä.')
bold(d, 'Raportin laati')
para(d, 'Kajaanissa 20.10.2025. Toimitusjohtaja Antti Karvonen, antti.karvonen@routavaara.example, puh. 040 123 4567')
src = os.path.join(HERE, NAME + '.docx')
d.save(src)
subprocess.run(['soffice', '--headless', '--convert-to', 'odt', '--outdir', OUT, src], check=True, capture_output=True)
expected(NAME, 'loppuraportti', [])

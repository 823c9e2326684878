"""D8: arviointisuunnitelma, ympäristö (kunnan ilmastotyö), .docx.
Rakenne: tavoitetaulukon mittarisolu on yhdistetty pystysuunnassa kahden tavoitteen yli (tavoite 3:n
mittari on vain yhdistetyssä solussa). Tiedonkeruun aikataulu kalenterina proosassa. Ei havaintoja."""
from apu import *

def rakenna(polku):
    d = uusi()
    d.add_heading('ARVIOINTISUUNNITELMA', level=0)
    d.add_paragraph('Ilmastoteot arkeen – asukaslähtöinen ilmastotyö Vuorilahden kunnassa')
    d.add_paragraph('Vuorilahden kunta, ympäristö- ja rakennuspalvelut · Versio 2 · 9.3.2026')
    teksti(d, [
        ('h1', '1. Hanke lyhyesti'),
        ('p', 'Ilmastoteot arkeen on ympäristöministeriön kuntien ilmastotyön avustuksella (VN/2231/2025) rahoitettu hanke, jota toteutetaan 1.2.2026–31.1.2028. Vuorilahden kunnan kasvihuonekaasupäästöistä noin 60 prosenttia syntyi vuonna 2023 liikenteestä ja erillislämmityksestä. Kunnan ilmasto-ohjelmassa tavoitteeksi on asetettu, että päästöt puolittuvat vuoden 2007 tasosta vuoteen 2030 mennessä. Hanke keskittyy asukkaiden omiin arjen valintoihin ja kyläyhteisöjen yhteisiin ratkaisuihin.'),
        ('p', 'Hankkeen kohderyhmänä ovat Vuorilahden kunnan 9 800 asukasta, erityisesti pientaloasujat ja kolmen kyläkeskuksen (Nuottaniemi, Ylä-Vuori ja Salonkylä) asukkaat, sekä kyläyhdistykset ja kunnan oma henkilöstö. Arvioinnin kannalta keskeisiä ovat lisäksi kunnanhallitus ja ympäristölautakunta, jotka käyttävät arviointitietoa päätöksenteossaan.'),
        ('h1', '2. Tavoitteet, toimenpiteet ja mittarit'),
        ('p', 'Arviointi rakentuu hankkeen kolmen tavoitteen ympärille. Taulukko on hankesuunnitelman taulukon päivitetty versio.'),
    ])
    t = d.add_table(rows=4, cols=3)
    t.style = 'Table Grid'
    for j, a in enumerate(['Tavoite', 'Toimenpiteet', 'Mittarit ja arviointimenetelmät']):
        t.cell(0, j).text = a
        t.cell(0, j).paragraphs[0].runs[0].bold = True
    t.cell(1, 0).text = '1. Pientalojen lämmitystapamuutokset lisääntyvät: öljylämmityksestä luopuu hankkeen aikana vähintään 120 kotitaloutta.'
    t.cell(1, 1).text = 'Maksuton energianeuvonta kotikäynteinä; lämpöpumppuillat kirjastoilla; yhteishankinnan järjestäminen.'
    t.cell(1, 2).text = 'Neuvontakäyntien määrä; öljylämmityksestä luopuneet kotitaloudet (neuvonnan seurantakysely ja ELY-keskuksen avustustilasto).'
    t.cell(2, 0).text = '2. Kyläkeskusten asukkaat ottavat käyttöön yhteisiä liikkumisen ratkaisuja.'
    t.cell(2, 1).text = 'Kyläautokokeilu Nuottaniemellä; kimppakyytisovelluksen esittely; sähköpyörien lainaus kirjastoista.'
    t.cell(3, 0).text = '3. Asukkaiden tieto omista päästöistään ja vaikutusmahdollisuuksista lisääntyy.'
    t.cell(3, 1).text = 'Ilmastotreffit kylillä; kouluille ilmastotunti; hiilijalanjälkilaskurin käyttöopastus.'
    yh = t.cell(2, 2).merge(t.cell(3, 2))
    yh.text = ('Asukaskysely hankkeen alussa ja lopussa (mm. kyläauton ja kimppakyytien käyttö, tieto omasta hiilijalanjäljestä, '
               'koettu vaikutusmahdollisuus); kyläauton käyttöaste ja lainattujen sähköpyörien määrä; '
               'ilmastotreffien osallistujamäärät ja palaute.')
    teksti(d, [
        ('h1', '3. Arvioinnin näkökulmat ja menetelmät'),
        ('h2', '3.1 Itsearviointi'),
        ('p', 'Hanketiimi, johon kuuluvat ilmastokoordinaattori ja energianeuvoja, arvioi toimintaansa kuukausittain seurantataulukon avulla. Puolivuosittain tiimi järjestää reflektiopäivän, johon kutsutaan kyläyhdistysten yhteyshenkilöt. Reflektiopäivässä käydään läpi, mitkä toimenpiteet ovat tavoittaneet asukkaita ja mitkä eivät, ja tehdään tarvittavat muutokset toimintasuunnitelmaan.'),
        ('h2', '3.2 Asukkaiden osallistuminen arviointiin'),
        ('p', 'Asukkaat ovat arvioinnissa keskeisessä roolissa. Asukaskysely lähetetään satunnaisotoksena 1 500 kotitaloudelle ja on lisäksi avoimena verkossa. Kyläkeskuksissa järjestetään arviointityöpajat, joissa asukkaat arvioivat kyläautokokeilua ja ilmastotreffejä ja ehdottavat jatkoa. Kyläauton käyttäjiltä kerätään lyhyt palaute jokaisen varauksen jälkeen.'),
        ('h2', '3.3 Ulkoinen arviointi'),
        ('p', 'Kunta hankkii ulkoisen arvioinnin Kestävyysarviointi Kaari Oy:ltä (tarjous 14.1.2026, 14 800 euroa). Ulkoinen arvioija analysoi asukaskyselyt, haastattelee kunnan johtoa ja kyläyhdistyksiä ja laskee hankkeen toimenpiteiden arvioidut päästövähennykset. Arvioija laatii väliraportin ja loppuraportin.'),
        ('h1', '4. Tiedonkeruun kalenteri'),
        ('p', 'Tiedonkeruu alkaa heti hankkeen käynnistyttyä. Helmi–maaliskuussa 2026 kootaan lähtötiedot: energianeuvonnan ja öljylämmityksen tilastot sekä ensimmäinen asukaskysely, joka on auki maaliskuun 2026 ajan. Huhtikuusta 2026 lähtien neuvontakäynnit, kyläauton varaukset ja sähköpyörien lainat kirjataan seurantataulukkoon kuukausittain.'),
        ('p', 'Kesäkuussa 2026 ja joulukuussa 2026 pidetään hanketiimin reflektiopäivät. Syyskuussa 2026, kun kyläautokokeilu on ollut käynnissä neljä kuukautta, järjestetään ensimmäiset arviointityöpajat kylillä. Tammikuussa 2027 ulkoinen arvioija haastattelee kunnan johtoa ja toimittaa väliraportin helmikuussa 2027.'),
        ('p', 'Vuoden 2027 puolella reflektiopäivät pidetään kesäkuussa ja marraskuussa, toiset arviointityöpajat syyskuussa ja toinen asukaskysely lokakuussa 2027. Ulkoisen arvioinnin loppuraportti valmistuu joulukuussa 2027, jotta sen tuloksia ehditään käsitellä ennen hankkeen päättymistä tammikuussa 2028.'),
        ('h1', '5. Miten arviointitietoa käytetään?'),
        ('p', 'Arviointitieto on tarkoitettu ensisijaisesti toiminnan ohjaamiseen. Seurantaluvut ja reflektiopäivien havainnot viedään ohjausryhmään, joka kokoontuu neljästi vuodessa. Ulkoisen arvioinnin väliraportti käsitellään ympäristölautakunnassa keväällä 2027, ja sen perusteella päätetään, laajennetaanko kyläautokokeilu muihin kyläkeskuksiin.'),
        ('p', 'Juurruttaminen on otettu huomioon jo hakuvaiheessa: ilmastotyön jatkuvuudesta vastaa kunnan ympäristöpäällikkö Anu Korpela, joka on ohjausryhmän puheenjohtaja alusta asti, ja energianeuvonnan jatkamista valmistellaan kunnan talousarvioon vuodelle 2028 arvioinnin tulosten pohjalta. Loppuarvioinnin tulokset raportoidaan rahoittajalle ja kunnanhallitukselle, julkaistaan kunnan verkkosivuilla ja esitellään asukkaille päätöstilaisuudessa tammikuussa 2028.'),
    ])
    d.save(polku)

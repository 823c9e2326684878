from apu import *
# 06 TKI-arviointisuunnitelma, sisällönhallintaobjektit
d = uusi()
P = lambda t: kpl(d, t); B = lambda t: kpl(d, t, bold=True)
d.add_heading('ARVIOINTISUUNNITELMA', 0)
P('Hanke: BioPinta – tutkimustuloksista kaupallisiin pinnoitteisiin (EAKR, Länsi-Aallon ELY-keskus)')
P('Toteuttajat: Aallonrannan yliopisto, Länsi-Aallon ammattikorkeakoulu; yrityspartnerit Pinnoite-Kumpu Oy, Arctic Coat Oy ja Kalvola Tech Oy')
B('Hankkeen toteutusaika *')
sdt(d, 'Toteutusaika', '1.9.2025–31.8.2027')
B('1 Hankkeen tavoitteet ja arvioinnin kohde')
P('Hanke siirtää yliopiston ligniinipohjaisten pinnoitteiden tutkimustuloksia yritysten tuotekehitykseen. Arvioinnissa seurataan kolmea tavoitetta:')
taulukko(d, [
    ['Tavoite', 'Menetelmä / toimenpide', 'Indikaattori ja tavoitetaso'],
    ['T1 Kolme pinnoitereseptiä on testattu teollisessa mittakaavassa', 'Koeajot yritysten linjoilla, laboratoriotestit', '3 koeajoa, joista 2 täyttää asiakkaan laatuvaatimukset'],
    ['T2 Yritykset ottavat tulokset omaan tuotekehitykseensä', 'Yhteiskehitystyöpajat, lisenssineuvottelut', 'Vähintään 2 yritystä käynnistää oman tuotekehitysprojektin; 1 lisenssisopimus'],
    ['T3 Tutkimuksen ja yritysten yhteistyö vakiintuu', 'Yhteinen tiekartta, yritysvierailut tutkimusryhmässä', 'Yhteistyösopimus jatkotutkimuksesta allekirjoitettu; yritysten tyytyväisyys ≥ 4/5'],
])
B('2 Keiden näkökulmasta arvioidaan?')
P('Arvioinnin kohderyhmiä ovat yrityspartnerien tuotekehityshenkilöstö, tutkimusryhmän tutkijat ja AMK:n opiskelijat, jotka osallistuvat koeajoihin.')
B('3 Arvioinnin menetelmät ja tiedonkeruu')
P('Itsearviointi: hanketiimi käy tavoitetaulukon läpi jokaisen ohjausryhmän kokouksen yhteydessä ja kirjaa poikkeamat ja korjaavat toimet.')
P('Yritysten ääni: yrityspartnereille tehdään teemahaastattelu ja lyhyt tyytyväisyyskysely, ja yhteiskehitystyöpajojen lopussa kerätään palaute.')
P('Ulkoinen arviointi: hankkeen loppuvaiheessa ulkopuolinen arvioija (kilpailutetaan keväällä 2027) arvioi tutkimustulosten siirtymistä yrityksiin dokumenttien ja haastattelujen perusteella.')
B('Tiedonkeruun aikataulu *')
sdt(d, 'Tiedonkeruun aikataulu', 'Lähtötason haastattelut lokakuussa 2025; koeajojen testitulokset kunkin koeajon jälkeen (Q2/2026, Q4/2026, Q2/2027); tyytyväisyyskysely joulukuussa 2026 ja kesäkuussa 2027; ulkoinen arviointi huhti–kesäkuussa 2027.')
B('4 Miten arviointitietoa käytetään?')
P('Ohjausryhmä käyttää arviointitietoa päättäessään, mitkä reseptit viedään seuraavaan koeajoon. Tulokset raportoidaan rahoittajalle maksatushakemusten väliraporteissa ja loppuraportissa. Jo hankkeen alussa sovitaan yrityspartnerien kanssa, että Pinnoite-Kumpu Oy:n tuotekehityspäällikkö vastaa tulosten käyttöönotosta yrityksessä, ja arvioinnin havainnot syötetään yhteiseen tiekarttaan, joka on hankkeen jälkeisen yhteistyön pohja.')
d.save('../06_arviointisuunnitelma_biopinta.docx')

# 07 exit, muutosjäljet + tekstilaatikko
d = uusi()
P = lambda t: kpl(d, t); B = lambda t: kpl(d, t, bold=True)
d.add_heading('Exit-suunnitelma: Älykuivuri – sahateollisuuden kuivauksen ohjaus', 0)
P('Business Finlandin rahoittama yhteishanke 1.4.2025–31.3.2027, Kuusamäen ammattikorkeakoulu. Versio 0.4, muokattu 4.11.2025')
d.add_heading('1. Juurruttaminen ja käyttöönotto', 1)
P('Hankkeessa kehitetty kuivaamon ohjausmalli otetaan pilotoinnin jälkeen käyttöön kolmessa sahassa. Käyttöönottoa valmistellaan koko hankkeen ajan: sahojen käyttöhenkilöstö osallistuu mallin testaukseen, ja käyttöohjeet laaditaan heidän kanssaan. Juurruttamiseen on varattu hankkeen viimeiselle puolivuotiskaudelle 0,5 henkilötyövuotta ja 12 000 euroa käyttöönottokoulutuksiin.')
muutos(d, [
    ('', 'Vastuu ohjausmallin ylläpidosta ja jatkokehityksestä hankkeen päätyttyä: '),
    ('del', 'Kuivatek Oy:n tuotekehityspäällikkö, joka on sitoutunut ottamaan mallin osaksi yhtiön ohjausjärjestelmää.'),
    ('ins', 'hankepäällikkö yhdessä hanketiimin kanssa.'),
])
d.add_heading('2. Tulosten levittäminen', 1)
P('Levittämisen kanavat on koottu alla olevaan laatikkoon, joka päivitetään ohjausryhmän kokouksissa.')
tekstilaatikko(d, [
    'Levityskanavat',
    'Sahateollisuuden kuivausseminaari syyskuussa 2026, hankkeen verkkosivut ja avoin julkaisu ohjausmallista AMK:n julkaisusarjassa. Lisäksi kaksi webinaaria puutuoteteollisuuden yhdistyksen jäsenille.',
])
d.add_heading('3. Kehittämistyön jatko', 1)
P('Jatkokehityksessä mallia laajennetaan lehtipuun kuivaukseen ja siihen lisätään energiankulutuksen ennuste. Hanke valmistelee jatkorahoitushakemusta vuoden 2027 alussa.')
d.save('lahteet_07.docx')
import shutil; shutil.move('lahteet_07.docx', '../07_exit_suunnitelma_alykuivuri.docx')

# 08 loppuraportti, yhdistetty solu + sisäkkäinen taulukko
d = uusi()
P = lambda t: kpl(d, t); B = lambda t: kpl(d, t, bold=True)
d.add_heading('LOPPURAPORTTI – Satamakylän yritysverkosto', 0)
d.add_heading('1. Taustatiedot', 1)
t = taulukko(d, [['Toteuttaja', 'Merilinnan Kehitysyhtiö Oy'], ['Hanke', 'Satamakylän yritysverkosto (AKKE)'], ['Rahoituspäätös', ''], ['Hankeaika', '1.1.2024–30.6.2025']])
sis = t.cell(2, 1).add_table(rows=2, cols=2)
sis.style = 'Table Grid'
for (i, j, v) in [(0, 0, 'Rahoittaja'), (0, 1, 'Rannikkomaan liitto'), (1, 0, 'Dnro'), (1, 1, 'RML/412/05.02.01/2023')]:
    sis.cell(i, j).text = v
d.add_heading('2. Hankkeen teema ja tavoitteet', 1)
P('Hanke kuului maakunnan elinvoiman kehittämiseen. Tavoitteena oli koota Satamakylän teollisuusalueen 40 yritystä yhteistyöverkostoksi, käynnistää yhteishankintoja ja parantaa alueen saavutettavuutta työmatkaliikenteessä.')
d.add_heading('3. Hankkeen toteutus', 1)
P('Hankkeessa pidettiin 11 verkostotapaamista, tehtiin yhteishankintaselvitys (jätehuolto, vartiointi, työterveys) ja kokeiltiin syksyllä 2024 yhteistä työmatkabussia kolmen kuukauden ajan. Kustannuksia toteutui 182 300 euroa, mikä alitti budjetin 4 prosentilla. Suurin ongelma oli aluksi yritysten vähäinen aika; tapaamiset siirrettiin aamukahvitilaisuuksiksi.')
d.add_heading('4. Tulokset ja vaikuttavuus', 1)
t = taulukko(d, [['Tavoite', 'Toteuma', ''], ['Verkostossa 40 yritystä', '46 yritystä', ''], ['2 yhteishankintaa', 'jätehuolto ja vartiointi kilpailutettu', ''], ['Työmatkaliikenne', 'Bussikokeilulla 2 100 matkaa; linja jatkuu kaupungin liikenteenä 2025', '']])
t.cell(0, 1).merge(t.cell(0, 2)); t.cell(0, 1).text = 'Toteuma'
for r in (1, 2, 3):
    a = t.cell(r, 1); txt = a.text; a.merge(t.cell(r, 2)); a.text = txt
d.add_heading('5. Kehitysajatukset', 1)
P('Verkoston toiminta jatkuu yritysten omana yhdistyksenä, jonka perustamiskokous pidettiin 12.6.2025. Yhteishankintoja kannattaisi laajentaa energiaan.')
d.add_heading('6. Suositukset muille', 1)
P('Yritysverkoston käynnistäminen onnistuu parhaiten konkreettisella säästöllä: yhteishankinta kannattaa tehdä ensimmäisen puolen vuoden aikana, jotta yritykset näkevät hyödyn.')
d.add_heading('7. Tiivistelmä', 1)
P('Satamakylän yritysverkosto -hanke (1.1.2024–30.6.2025) kokosi 46 yritystä verkostoksi, kilpailutti kaksi yhteishankintaa ja kokeili työmatkabussia, josta tuli pysyvä linja. Verkosto jatkaa yhdistyksenä.')
d.add_heading('8. Yhteystiedot', 1)
P('Raportti laadittu 15.8.2025. Yhteyshenkilö: kehittämispäällikkö Tuomas Kivelä, Merilinnan Kehitysyhtiö Oy, tuomas.kivela@merilinna.example')
d.save('../08_loppuraportti_satamakyla.docx')

import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from apu import *
OUT = os.path.join(os.path.dirname(__file__), '..')
doc = new_doc()
doc.add_heading('Loppuraportti: Taidetta hoivan arkeen 2024–2025', 0)
doc.add_paragraph('Kulttuurikeskus Lumoava / Kuusamon-Koillismaan kulttuuripalvelut')

doc.add_heading('Lyhyesti', 1)
doc.add_paragraph(
    'Hankkeessa taiteilijat työskentelivät viikoittain neljässä hoivakodissa ja kotihoidon asiakkaiden luona. '
    'Taidetuokioita pidettiin 412, ja niihin osallistui noin 260 ikäihmistä. Hoitajista 38 koulutettiin '
    'käyttämään musiikkia ja kuvataidetta arjessa. Kulttuurihyvinvointi on nyt kirjattu hyvinvointialueen '
    'ja kunnan yhteiseen palvelusopimukseen.')

doc.add_heading('Hankkeen perustiedot', 1)
t = doc.add_table(rows=4, cols=2)
t.style = 'Table Grid'
t.cell(0, 0).text = 'Toteuttaja'
t.cell(0, 1).text = 'Koillisvaaran kunta, kulttuuripalvelut; kumppanina Pohjois-Pohjanmaan hyvinvointialueen ikääntyneiden palvelut'
t.cell(1, 0).text = 'Rahoitus'
t.cell(1, 1).text = ''
inner = t.cell(1, 1).add_table(rows=3, cols=2)
inner.style = 'Table Grid'
inner.cell(0, 0).text = 'Rahoittaja'
inner.cell(0, 1).text = 'Pohjois-Suomen aluehallintovirasto, kulttuuria hyvinvoinnin tukena -avustus'
inner.cell(1, 0).text = 'Päätöksen diaarinumero'
inner.cell(1, 1).text = 'Dnro PSAVI/4412/2023'
inner.cell(2, 0).text = 'Myönnetty / käytetty'
inner.cell(2, 1).text = '85 000 € / 83 270 €'
t.cell(2, 0).text = 'Hankeaika'
a = t.cell(2, 1).merge(t.cell(3, 1))
a.text = '1.3.2024–31.8.2025 (jatkoaika myönnetty 30.4.2025 päättyneestä alkuperäisestä)'
t.cell(3, 0).text = ''

doc.add_heading('Tavoitteet ja niiden taustaa', 1)
doc.add_paragraph(
    'Hankkeen tavoitteena oli tuoda säännöllinen taidetoiminta osaksi ikäihmisten hoivaa niin, että se ei '
    'ole yksittäisiä esiintymisiä vaan viikoittaista, osallistavaa toimintaa. Haluimme myös, että '
    'hoitajat rohkaistuvat käyttämään taidetta itse ja että kulttuurihyvinvoinnille löytyy pysyvä '
    'rahoitusmalli kunnan ja hyvinvointialueen välillä.')

doc.add_heading('Mitä teimme', 1)
doc.add_paragraph(
    'Kolme taiteilijaa (muusikko, kuvataiteilija ja tanssitaiteilija) kiersi hoivakodeissa työparina '
    'hoitajien kanssa. Kotihoidon asiakkaille kokeiltiin syksyllä 2024 ”soiva kotikäynti” -mallia, jossa '
    'muusikko tuli hoitajan mukaan käynnille. Hoitajille pidettiin neljän kerran koulutus ja heille '
    'koottiin tehtäväkortit. Alkuperäisestä suunnitelmasta poiketen tanssi aloitettiin vasta keväällä 2025, '
    'koska taiteilijan rekrytointi viivästyi; tämän vuoksi haettiin ja saatiin neljän kuukauden jatkoaika.')

doc.add_heading('Tulokset ja vaikutukset', 1)
doc.add_paragraph(
    'Taidetuokioita toteutui 412 (tavoite 350). Hoitajille tehdyn kyselyn mukaan 81 % koki, että tuokiot '
    'rauhoittivat osastoa ja vähensivät levottomuutta iltapäivisin. Asukkailta kerättiin palaute '
    'kuvakorteilla ja omaisilta lyhyellä kyselyllä; omaisista 90 % toivoi toiminnan jatkuvan. Pysyvänä '
    'tuloksena kulttuurihyvinvointi kirjattiin kunnan ja hyvinvointialueen palvelusopimukseen vuodesta 2026 '
    'alkaen, ja kunta palkkasi osa-aikaisen kulttuurihyvinvointikoordinaattorin.')

doc.add_heading('Miten tästä eteenpäin', 1)
doc.add_paragraph(
    'Jatkossa toiminta laajenee kahteen uuteen palvelutaloon, ja koordinaattori rakentaa taiteilijapoolin, '
    'josta hoivakodit voivat tilata tuokioita. Kehitämme vielä kotihoidon mallia, joka oli vaikein toteuttaa '
    'aikataulujen vuoksi.')

doc.add_heading('Vinkkejä muille', 1)
doc.add_paragraph(
    'Suosittelemme työparimallia taiteilijan ja hoitajan välillä: toiminta ei jää taiteilijan varaan. '
    'Hoivakodin esihenkilö kannattaa sitouttaa heti alussa, ja taiteilijoiden rekrytointiin pitää varata '
    'aikaa. Tehtäväkortit ovat vapaasti muiden käytettävissä kulttuurikeskuksen verkkosivuilla.')

doc.add_heading('Raportin laatiminen ja yhteystiedot', 1)
doc.add_paragraph('Koillisvaarassa 24.10.2025')
doc.add_paragraph('Yhteyshenkilö: kulttuurituottaja Ville Mäkelä, ville.makela@koillisvaara.fi, p. 044 222 3344')
doc.save(os.path.join(OUT, 'taidehoiva_loppuraportti.docx'))

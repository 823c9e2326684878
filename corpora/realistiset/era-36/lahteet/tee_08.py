import sys; sys.path.insert(0, sys.path[0])
from ooxml import *
d = uusi()
d.add_heading('HANKEHAKEMUS: Digituki lähellä – ikääntyneiden sähköisen asioinnin tuki Metsälän seutukunnassa', 0)
P(d, 'Hakija: Metsälän seudun kansalaisopisto / Metsälän kaupunki. Hakemuksen versio 2, 28.10.2025.')
B(d, 'TAUSTA JA TARVE')
P(d, 'Yli 75-vuotiaista metsäläläisistä arviolta 40 % ei käytä verkkopankkia eikä Omakantaa. Kun pankit, Kela '
     'ja hyvinvointialue siirtävät asiointia verkkoon, nämä ihmiset jäävät läheisten avun varaan tai eivät saa '
     'palvelua lainkaan. Seudun kolmen kunnan digitukea antavat nyt yksittäiset kirjastovirkailijat ilman '
     'yhteistä mallia. Tarpeesta keskusteltiin vanhusneuvostojen kanssa keväällä 2025.')
B(d, 'KOHDERYHMÄ')
P(d, 'Kotona asuvat yli 70-vuotiaat, joilla ei ole omaa laitetta tai taitoa asioida verkossa, sekä heidän '
     'omaisensa. Lisäksi koulutamme kirjastojen, kotihoidon ja järjestöjen työntekijöitä digitukijoiksi.')
B(d, 'MITÄ TAVOITTELEMME')
P(d, 'Hankkeen myötä ikääntyneiden taito hoitaa pankki- ja terveysasiansa verkossa paranee. Haluamme lisäksi, '
     'että seudulle syntyy yhteinen digituen verkosto, josta apua saa aina samalla tavalla kunnasta riippumatta. '
     'Kolmantena päämääränä on, että kotihoidon asiakkaat saavat digitukea kotonaan.')
B(d, 'NÄIN TOTEUTAMME')
P(d, 'Kirjastoissa ja palvelutaloissa pidetään viikoittaiset digitupapäivät, joissa opetellaan verkkopankkia, '
     'Omakantaa ja etäyhteyttä omaan laitteeseen. Kansalaisopisto lainaa tabletteja kotiin kuukaudeksi. '
     'Digitukijoiden koulutus (4 x 3 h) kokoaa kirjastojen, järjestöjen ja kotihoidon työntekijät yhteen, ja '
     'heille perustetaan yhteinen ajanvaraus ja tukipuhelin. Kotihoidon hoitajat ottavat digituen osaksi '
     'kotikäyntejä niin, että asiakas harjoittelee esimerkiksi reseptin uusimista hoitajan kanssa.')
B(d, 'AIKATAULU')
t = taulukko(d, [['Vaihe', 'Ajankohta'], ['', '']])
t.cell(1, 0).text = 'Toteutusaika 1.4.2026–31.3.2028'
t.cell(1, 1).text = ''
inner = t.cell(1, 1).add_table(rows=4, cols=2)
inner.style = 'Table Grid'
for i, (a, b) in enumerate([('Käynnistys ja digitukijoiden koulutus', 'huhti–kesäkuu 2026'),
                            ('Digitupapäivät kaikissa kunnissa', 'syksy 2026–kevät 2028'),
                            ('Digituki kotikäynneillä', 'vuosi 2027'),
                            ('Loppuarviointi', 'tammi–maaliskuu 2028')]):
    inner.cell(i, 0).text = a; inner.cell(i, 1).text = b
B(d, 'BUDJETTI')
taulukko(d, [['Kuluerä', '2026', '2027', '2028', 'Yht.'],
             ['Palkat (digikoordinaattori 100 %, kouluttaja 50 %)', '62 000', '84 000', '21 000', '167 000'],
             ['Laitteet ja lisenssit', '14 000', '4 000', '0', '18 000'],
             ['Matkat ja tilat', '5 000', '6 000', '1 500', '12 500']])
P(d, 'Haettava avustus 80 % (158 000 €), omarahoitus jaetaan kolmen kunnan kesken asukasluvun mukaan.')
B(d, 'ARVIOINTI JA MITTARIT')
P(d, 'Digitupien asiakkailta kysytään ensimmäisellä ja viimeisellä käynnillä, mitä asioita he osaavat tehdä '
     'verkossa itse (itsearviointilomake, 8 kysymystä). Verkoston toimivuutta seurataan tukipuhelimen ja '
     'ajanvarauksen tilastoista kunnittain sekä digitukijoiden vuosittaisella kyselyllä. Kotihoidon osalta '
     'kirjataan, kuinka monen asiakkaan kanssa digitukea on harjoiteltu ja kuinka moni uusii reseptinsä itse.')
B(d, 'TULOKSET')
P(d, 'Arvioimme, että 600 ikääntynyttä saa tukea ja vähintään puolet heistä oppii hoitamaan ainakin yhden '
     'asian verkossa itse. Seudulle jää koulutettu digitukijoiden verkosto ja yhteinen tukipuhelin.')
B(d, 'JUURRUTTAMINEN, LEVITTÄMINEN JA HANKKEEN JÄLKEINEN AIKA')
PT(d, [('t', 'Jo hakuvaiheessa kolmen kunnan sivistysjohtajat ovat sopineet, että digituki sisällytetään kirjastojen '
              'perustehtäviin. '),
       ('ins', 'Hankkeen ensimmäisestä kuukaudesta alkaen digitukea esitellään vanhusneuvostoissa, eläkeläisjärjestöissä ja '
               'paikallislehdessä. '),
       ('t', 'Malli sovitetaan kotihoidon arkeen pilotissa, ja kokemusten perusteella sitä muokataan myös '
              'omaishoitajille sopivaksi. Tuloksista raportoidaan kuntien hyvinvointiryhmille, jotta digituki '
              'kirjataan hyvinvointisuunnitelmiin ja talousarvioihin.')],
   author='Petri Ahola', date='2025-10-27T09:12:00Z')
P(d, 'Hankkeen päätyttyä digituen verkostoa koordinoi Metsälän kaupunginkirjaston johtaja, ja kotihoidon '
     'digituesta vastaa hyvinvointialueen kotihoidon palveluesimies. Digikoordinaattorin työajasta neljännes on '
     'varattu juurruttamiseen koko hankkeen ajan. Malli kuvataan Innokylään, ja seudullinen digitukiseminaari '
     'järjestetään helmikuussa 2028.')
B(d, 'ORGANISOINTI')
P(d, 'Hallinnoijana toimii Metsälän kaupunki, ja ohjausryhmässä ovat kuntien, hyvinvointialueen, '
     'vanhusneuvostojen ja eläkeläisjärjestöjen edustajat.')
B(d, 'RISKIT')
P(d, 'Ikääntyneet eivät välttämättä löydä digitupiin; siksi tiedotamme myös kirjeitse ja kotihoidon kautta. Toinen riski on laitteiden rikkoutuminen, johon varaudutaan laitevakuutuksella.')
B(d, 'VIESTINTÄ')
P(d, 'Viestintäsuunnitelma laaditaan ensimmäisen kuukauden aikana. Pääkanavat ovat paikallislehdet, kirjastot, '
     'apteekkien ilmoitustaulut ja kuntien verkkosivut.')
d.save(sys.argv[1])

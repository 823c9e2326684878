from common import *
d = Document()
d.add_heading('Yhdessä arkeen – omaishoitajien vertaistukiverkosto Järvi-Pohjanmaalle', 0)
d.add_paragraph('Hankesuunnitelma, STEA:n kohdennettu toiminta-avustus (C-avustus). Omaishoitajat Kuusikoski ry. Versio 2, 14.10.2025')
d.add_paragraph('Tämä suunnitelma on laadittu yhdistyksen hallituksen, Kuusikosken kaupungin perhe- ja sosiaalipalvelujen ja Järvi-Pohjanmaan hyvinvointialueen omaishoidon tiimin kanssa käytyjen valmistelukeskustelujen pohjalta. Valmistelupalavereita pidettiin 12.5.2025, 19.8.2025 ja 2.10.2025.')

d.add_heading('1. Miksi hanketta tarvitaan?', 1)
for t in [
 'Järvi-Pohjanmaan hyvinvointialueella oli vuoden 2024 lopussa 1 912 sopimusomaishoitajaa. Heidän lisäkseen alueella arvioidaan olevan noin 6 000 ihmistä, jotka auttavat läheistään päivittäin ilman omaishoidon tuen sopimusta. Suurin osa heistä on yli 65-vuotiaita puolisoita, mutta viime vuosina yhdistyksen puhelinneuvontaan ovat yhä useammin soittaneet myös työikäiset, jotka hoitavat ikääntyvää vanhempaansa oman työnsä ohessa. Vuonna 2023 neuvontapuheluita tuli 418, vuonna 2024 jo 603.',
 'Alueen kyselyssä (Järvi-Pohjanmaan omaishoitokysely 2023, n = 344) 58 prosenttia vastaajista kertoi tuntevansa itsensä yksinäiseksi vähintään viikoittain, ja joka kolmas ei ollut pitänyt yhtään vapaapäivää edellisen puolen vuoden aikana. Vastaajat toivoivat ennen kaikkea mahdollisuutta tavata muita samassa tilanteessa olevia lähellä kotia, tietoa palveluista yhdestä paikasta sekä apua hoidettavan läheisen hoidon järjestämiseen tapaamisten ajaksi.',
 'Nykyiset vertaisryhmät toimivat lähinnä Kuusikosken keskustassa. Haja-asutusalueilla, kuten Pohjoiskylällä, Rantalassa ja Vääräjoella, matkaa lähimpään ryhmään voi olla yli 40 kilometriä, eikä julkinen liikenne palvele iltaisin. Hyvinvointialueen omaishoidon tiimi ohjaa asiakkaita yhdistyksen ryhmiin, mutta ohjaus jää usein yksittäisen työntekijän aktiivisuuden varaan, eikä yhteistä käytäntöä ole sovittu. Työikäisille omaishoitajille sopivia ilta- ja verkkoryhmiä ei ole lainkaan.',
 'Yhdistys on toiminut vuodesta 1998 ja sillä on 430 jäsentä. Yhdistyksellä on kokemusta vertaisryhmien ohjaamisesta, vapaaehtoisten kouluttamisesta ja virkistystoiminnasta, mutta nykyiset resurssit eivät riitä toiminnan laajentamiseen kylille eikä uusien ryhmämuotojen kehittämiseen. Hankkeen avulla haluamme rakentaa alueelle pysyvän vertaistuen verkoston, joka ei ole yhden työntekijän varassa.',
]: d.add_paragraph(t)

from extra01c import EXTRA3
for kind, txt in EXTRA3:
    if kind == 'h': d.add_heading(txt, 2)
    else: d.add_paragraph(txt)

d.add_heading('2. Tavoitteet', 1)
d.add_paragraph('Hankkeen päätavoitteena on, että omaishoitajien jaksaminen ja osallisuus vahvistuvat koko Järvi-Pohjanmaan alueella ja että vertaistuesta tulee luonteva osa omaishoidon palveluketjua. Päätavoitetta tarkennetaan kolmella osatavoitteella:')
for t in [
 'Tavoite 1. Haja-asutusalueiden omaishoitajat pääsevät säännölliseen vertaistukeen lähellä kotiaan tai verkossa.',
 'Tavoite 2. Työikäiset omaishoitajat tunnistavat itsensä omaishoitajiksi ja löytävät heille sopivan tuen.',
 'Tavoite 3. Hyvinvointialueen ja yhdistyksen välille syntyy sovittu ohjauskäytäntö, jonka avulla jokainen uusi omaishoitaja saa tiedon vertaistuesta.',
]: d.add_paragraph(t, style='List Number')
d.add_paragraph('Tavoitteet on muotoiltu yhdessä omaishoitajista koostuvan kehittäjäryhmän kanssa keväällä 2025. Kehittäjäryhmä korosti, että tuen on oltava helposti saavutettavaa eikä se saa lisätä omaishoitajan kuormaa.')

d.add_heading('3. Kenelle hanke on?', 1)
d.add_paragraph('Ensisijainen kohderyhmä ovat Järvi-Pohjanmaan hyvinvointialueen omaishoitajat, sekä sopimusomaishoitajat että ne, jotka auttavat läheistään ilman sopimusta. Erityisesti tavoitamme haja-asutusalueiden ikääntyneitä omaishoitajia (arviolta 250 henkilöä hankkeen aikana) ja työikäisiä omaishoitajia (arviolta 120 henkilöä).')
d.add_paragraph('Välillisiä kohderyhmiä ovat hoidettavat läheiset, hyvinvointialueen omaishoidon ja kotihoidon työntekijät, kuntien vapaa-aikatoimet, seurakunnat ja kylätoimikunnat sekä alueen työnantajat, joiden henkilöstössä on omaishoitajia. Vapaaehtoisiksi vertaisohjaajiksi koulutetaan hankkeen aikana 30 henkilöä.')

d.add_heading('4. Toiminnan kuvaus', 1)
d.add_paragraph('Hanke toteutetaan kolmena toisiinsa kytkeytyvänä työpakettina. Työpaketit on nimetty sen mukaan, mihin tavoitteeseen ne ensisijaisesti vastaavat, vaikka ne tukevat toisiaan.')
bold(d, 'Työpaketti A: Kylien vertaisryhmät (tavoite 1)')
for t in [
 'Käynnistämme vertaisryhmät kuudella kylällä: Pohjoiskylä, Rantala, Vääräjoki, Kallioniemi, Honkamäki ja Saarenpää. Ryhmät kokoontuvat kerran kuukaudessa kylätaloilla, seurakuntien tiloissa tai koulujen iltakäytössä. Jokaisessa ryhmässä on kaksi koulutettua vapaaehtoista vertaisohjaajaa, ja hankkeen ohjaaja on mukana ryhmän kolmella ensimmäisellä kerralla.',
 'Hoidettavan läheisen hoito tapaamisten ajaksi järjestetään yhteistyössä Kuusikosken Seudun Kotiapu Oy:n ja vapaaehtoisten kanssa. Kyytejä varten neuvottelemme kuntien asiointiliikenteen kanssa iltavuoroista ja maksamme tarvittaessa matkat hankkeen budjetista.',
 'Niille, jotka eivät pääse lähtemään kotoa, avataan kaksi verkkoryhmää. Verkkoryhmiin osallistumista varten lainataan tabletteja, ja digitukihenkilö käy tarvittaessa kotona opastamassa laitteen käytössä. Verkkoryhmien ohjaajat koulutetaan erikseen.',
 'Vertaisohjaajakoulutus järjestetään kahdesti: syksyllä 2026 ja syksyllä 2027. Koulutus kestää neljä kokoontumiskertaa ja siihen kuuluu työnohjausta ryhmien aloittamisen jälkeen. Ohjaajille pidetään vuosittain virkistys- ja kiitostilaisuus.',
]: d.add_paragraph(t)
bold(d, 'Työpaketti B: Työikäisten omaishoitajien tuki (tavoite 2)')
for t in [
 'Työikäisille järjestetään iltaryhmä Kuusikosken keskustassa ja kaksi verkossa kokoontuvaa lounastaukoryhmää, joiden kesto on 45 minuuttia. Ryhmien sisällöt suunnitellaan yhdessä osallistujien kanssa; toivottuja aiheita ovat olleet muun muassa työn ja hoivan yhteensovittaminen, palveluiden hakeminen ja oma jaksaminen.',
 'Tunnistamista edistetään kampanjalla, jonka nimi on työnimeltään "Autatko läheistäsi?". Kampanja toteutetaan kolmen suurimman alueen työnantajan, Kuusikosken kaupungin, Järvi-Pohjanmaan hyvinvointialueen ja Pohjan Mylly Oy:n, henkilöstöinfoissa ja työterveyshuollon vastaanotoilla. Työterveyshuollon henkilöstölle pidetään lyhyt perehdytys omaishoitajuuden puheeksi ottamisesta.',
 'Lisäksi tuotamme yhdessä työikäisten omaishoitajien kanssa selkeän tietopaketin, jossa kerrotaan, mitä tukia ja vapaita työssäkäyvä omaishoitaja voi hakea. Tietopaketti julkaistaan verkkosivuilla ja painettuna työterveysasemilla.',
]: d.add_paragraph(t)
bold(d, 'Työpaketti C: Ohjauskäytäntö palveluketjuun (tavoite 3)')
for t in [
 'Kuvaamme yhdessä hyvinvointialueen omaishoidon tiimin kanssa, missä kohdassa omaishoitajaa ohjataan vertaistukeen: omaishoidon tuen arviointikäynnillä, kotihoidon aloituksessa ja sairaalasta kotiutuksen yhteydessä. Kuvausta testataan ensin kahdessa tiimissä ja sitten koko alueella.',
 'Ohjauksen tueksi laaditaan yhteinen ohjauskortti, josta työntekijä näkee ryhmien ajat ja yhteystiedot. Hyvinvointialueen asiakastietojärjestelmään lisätään kirjausohje siitä, että vertaistuesta on kerrottu. Työntekijöille järjestetään kaksi koulutustilaisuutta vuodessa.',
 'Ohjauskäytäntöä seurataan neljännesvuosittain yhteispalaverissa, jossa käydään läpi ohjattujen määrä, palaute ja kehittämistarpeet.',
]: d.add_paragraph(t)

from extra01 import EXTRA
for kind, txt in EXTRA:
    if kind == 'h': d.add_heading(txt, 2)
    else: d.add_paragraph(txt)

d.add_heading('5. Hankkeen kesto ja aikataulu', 1)
d.add_paragraph('Hankkeen toteutusaika:')
add_sdt(d, '1.3.2026–28.2.2029', alias='Toteutusaika')
p = d.add_paragraph('Hanke käynnistyy rekrytoinneilla ja kylien kartoituksella. Ensimmäiset kyläryhmät aloittavat ')
add_del(p, 'syksyllä 2025', 11)
add_ins(p, 'syksyllä 2026', 12)
p.add_run(', kun ensimmäiset vertaisohjaajat on koulutettu.')
t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
for i, h in enumerate(['Vaihe', '2026', '2027', '2028–2/2029']): t.rows[0].cells[i].text = h
for row in [
 ['Kartoitus ja rekrytointi', 'maalis–toukokuu', '', ''],
 ['Vertaisohjaajakoulutus', 'syys–lokakuu', 'syys–lokakuu', ''],
 ['Kyläryhmät ja verkkoryhmät', 'kolme kylää', 'kuusi kylää, 2 verkkoryhmää', 'kaikki ryhmät jatkuvat'],
 ['Työikäisten ryhmät ja kampanja', 'suunnittelu', 'ryhmät alkavat, kampanja', 'ryhmät jatkuvat'],
 ['Ohjauskäytäntö', 'kuvaus', 'testaus kahdessa tiimissä', 'koko alue, siirto pysyväksi'],
 ['Arviointi ja raportointi', 'lähtötaso', 'väliarviointi', 'loppuarviointi 1/2029'],
]:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v

d.add_heading('6. Organisointi ja yhteistyö', 1)
for t in [
 'Hankkeen hallinnoija on Omaishoitajat Kuusikoski ry. Hankkeeseen palkataan kokoaikainen hankekoordinaattori ja osa-aikainen (60 %) ohjaaja. Yhdistyksen toiminnanjohtaja Marjut Kesälahti vastaa hankkeen taloudesta ja raportoinnista STEA:lle.',
 'Hankkeelle perustetaan ohjausryhmä, johon kutsutaan edustajat Järvi-Pohjanmaan hyvinvointialueen omaishoidon tiimistä, Kuusikosken kaupungin vapaa-aikatoimesta, Kuusikosken seurakunnasta, alueen kyläyhdistysten kattojärjestöstä, Pohjan Mylly Oy:stä sekä kaksi omaishoitajaa. Ohjausryhmä kokoontuu neljä kertaa vuodessa.',
 'Omaishoitajista koostuva kehittäjäryhmä (8–10 henkilöä) kokoontuu kuusi kertaa vuodessa ja osallistuu ryhmien sisältöjen, materiaalien ja arvioinnin suunnitteluun.',
]: d.add_paragraph(t)

from extra01b import EXTRA2
for kind, txt in EXTRA2:
    if kind == 'h': d.add_heading(txt, 2)
    else: d.add_paragraph(txt)

d.add_heading('7. Talousarvio', 1)
d.add_paragraph('Haettava avustus on yhteensä 412 000 euroa kolmelle vuodelle. Yhdistyksen omarahoitus koostuu vapaaehtoistyöstä ja tiloista.')
t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
for i, h in enumerate(['Kustannuslaji', '2026', '2027', '2028', '2029']): t.rows[0].cells[i].text = h
for row in [['Henkilöstökulut', '88 000', '104 000', '106 000', '18 000'],
            ['Toimintakulut (tilat, kyydit, tarjoilut)', '14 000', '22 000', '22 000', '3 000'],
            ['Koulutus ja työnohjaus', '6 000', '7 000', '5 000', '0'],
            ['Juurruttaminen ja levittäminen', '2 000', '3 000', '4 000', '1 000'],
            ['Arviointi', '1 000', '2 000', '3 000', '2 000'],
            ['Yhteensä', '111 000', '138 000', '140 000', '24 000']]:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v
d.add_paragraph('Juurruttamiseen varattu summa (10 000 €) kattaa ohjauskorttien painatuksen, loppuseminaarin ja vertaisohjaajien jatkokoulutuksen. Lisäksi 20 % hankekoordinaattorin työajasta vuonna 2028 on varattu toiminnan siirtämiseen pysyväksi.')

d.add_heading('8. Miten arvioimme onnistumista?', 1)
for t in [
 'Hankkeen arviointi on pääosin itsearviointia, jota tukee Järvi-Pohjanmaan ammattikorkeakoulun sosiaalialan opiskelijoiden opinnäytetyö väliarvioinnin vaiheessa. Lähtötaso mitataan kesällä 2026.',
 'Kylien ja verkon vertaistuen saavutettavuutta seuraamme ryhmien osallistujamäärillä ja sillä, kuinka monella kylällä ryhmä kokoontuu säännöllisesti. Tavoitteena on, että vuoden 2028 lopussa vähintään 150 haja-asutusalueen omaishoitajaa on osallistunut ryhmiin vähintään kolme kertaa. Osallistujille tehdään lyhyt kysely ryhmän alussa ja vuoden kuluttua (muun muassa yksinäisyyden kokemus ja jaksaminen asteikolla 1–10).',
 'Työssäkäyvien omaishoitajien tavoittamista mittaamme iltaryhmiin ja lounastaukoryhmiin osallistuneiden määrällä, tietopaketin latauksilla ja työterveyshuollon kirjaamien puheeksiottojen määrällä. Osallistujat arvioivat, löysivätkö he ryhmän avulla heille sopivaa tukea.',
 'Palveluketjun ohjauskäytännön toimivuutta arvioimme sillä, kuinka suuri osa uusista omaishoidon tuen asiakkaista on saanut tiedon vertaistuesta (tavoite vähintään 80 % vuonna 2028), sekä haastattelemalla omaishoidon tiimin työntekijöitä kahdesti.',
 'Arviointitulokset käsitellään ohjausryhmässä ja kehittäjäryhmässä puolivuosittain, ja niiden perusteella toimintaa muutetaan.',
]: d.add_paragraph(t)

d.add_heading('9. Mitä hankkeesta jää?', 1)
for t in [
 'Hankkeen tuloksena alueella toimii vähintään kuusi kyläryhmää ja kaksi verkkoryhmää, työikäisille on oma ryhmämuotonsa, 30 vapaaehtoista vertaisohjaajaa on koulutettu ja omaishoidon palveluketjussa on kuvattu ja käytössä oleva ohjauskäytäntö. Tuotoksina syntyvät ohjauskortti, työikäisten tietopaketti ja vertaisohjaajan opas.',
 'Pidemmän aikavälin vaikutuksena odotamme, että omaishoitajien yksinäisyys vähenee, he jaksavat paremmin ja hakevat apua aikaisemmin, mikä voi siirtää raskaampien palvelujen tarvetta myöhemmäksi.',
]: d.add_paragraph(t)

d.add_heading('10. Juurruttaminen ja jatkuvuus', 1)
for t in [
 'Juurruttamista on suunniteltu jo hakuvaiheessa: hyvinvointialueen omaishoidon tiimi on osallistunut suunnitelman valmisteluun, ja valmistelupalaverissa 2.10.2025 sovittiin, että ohjauskäytäntö viedään hankkeen päättyessä osaksi omaishoidon palveluprosessin kuvausta. Juurruttamisessa noudatamme 4V-mallia.',
 'Viestintä: Kerromme hankkeen etenemisestä koko hankkeen ajan yhdistyksen verkkosivuilla, Facebookissa, paikallislehdissä ja kylätoimikuntien tiedotteissa. Hyvinvointialueen työntekijöille tiedotetaan sisäisessä uutiskirjeessä ensimmäisestä hankevuodesta lähtien.',
 'Variointi: Ryhmämuotoja muokataan kohderyhmien mukaan – kyläryhmät, verkkoryhmät ja työikäisten lounastaukoryhmät ovat saman mallin muunnelmia. Kehittäjäryhmä testaa jokaisen uuden ryhmämuodon ennen käyttöönottoa.',
 'Valtavirtaistaminen: Mallia tarjotaan naapurialueiden omaishoitajayhdistyksille. Järjestämme vuonna 2028 alueellisen seminaarin, kuvaamme toimintamallin Innokylään ja esittelemme sen Omaishoitajaliiton jäsenyhdistysten tapaamisessa.',
 'Vakiinnuttaminen: Hankkeen päätyttyä vertaisryhmien koordinointi siirtyy Omaishoitajat Kuusikoski ry:n perustoimintaan, josta vastaa yhdistyksen toiminnanjohtaja. Ohjauskäytännön ylläpidosta vastaa Järvi-Pohjanmaan hyvinvointialueen omaishoidon palvelupäällikkö, joka on sitoutunut tähän hakemuksen liitteenä olevassa yhteistyösitoumuksessa. Yhdistys hakee ryhmätoiminnan jatkolle rahoitusta STEA:n yleisavustuksena vuodesta 2029 alkaen.',
]: d.add_paragraph(t)

from extra01d import EXTRA4
for kind, txt in EXTRA4:
    if kind == 'h': d.add_heading(txt, 2)
    else: d.add_paragraph(txt)

d.add_heading('11. Riskit ja niihin varautuminen', 1)
t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
for i, h in enumerate(['Riski', 'Todennäköisyys', 'Varautuminen']): t.rows[0].cells[i].text = h
for row in [['Vapaaehtoisia vertaisohjaajia ei löydy riittävästi', 'keskisuuri', 'Rekrytointi kylätoimikuntien ja seurakuntien kautta; ohjaajille työnohjaus ja pareittain ohjaaminen.'],
            ['Omaishoitajat eivät pääse ryhmiin hoidettavan vuoksi', 'suuri', 'Tuuraus järjestetään kotiapuyrityksen ja vapaaehtoisten kanssa; verkkoryhmät vaihtoehtona.'],
            ['Hyvinvointialueen organisaatiomuutokset hidastavat ohjauskäytäntöä', 'keskisuuri', 'Sitoumus palvelupäälliköltä; asia ohjausryhmän esityslistalla joka kerta.'],
            ['Hankekoordinaattori vaihtuu', 'pieni', 'Työ dokumentoidaan jaettuun kansioon; toiminnanjohtaja perehtyy kaikkiin työpaketteihin.']]:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v

d.add_heading('12. Viestintä', 1)
for t in [
 'Viestinnän tavoitteena on tavoittaa omaishoitajat, jotka eivät vielä tunne yhdistyksen toimintaa. Koska moni kohderyhmästä ei käytä sosiaalista mediaa, käytämme myös paikallislehtiä, apteekkien ja kauppojen ilmoitustauluja, seurakuntien tiedotteita sekä kotihoidon työntekijöiden kautta jaettavia esitteitä.',
 'Hankkeen viestinnästä vastaa hankekoordinaattori. Jokaisesta kylästä nimetään yhteyshenkilö, joka välittää tietoa kylän omissa kanavissa. Viestinnän onnistumista seurataan kysymällä uusilta osallistujilta, mistä he kuulivat ryhmästä.',
]: d.add_paragraph(t)

d.add_heading('Liite 1. Osallistujan palautelomake (käytetään ryhmissä)', 2)
d.add_paragraph('Ryhmän nimi: ____________   Päivämäärä: ________')
d.add_paragraph('Miten jaksat tällä hetkellä asteikolla 1–10? ____')
d.add_paragraph('Mikä ryhmässä oli sinulle hyödyllisintä? ______________________')
d.save(os.path.join(OUT, 'hs01_omaishoitajat_stea.docx'))
save_json('hs01_omaishoitajat_stea', 'hankesuunnitelma', [])

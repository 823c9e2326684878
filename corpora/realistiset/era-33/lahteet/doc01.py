from apu import *
d = uusi()
H = lambda t, l=1: d.add_heading(t, level=l)
P = lambda t: kpl(d, t)
B = lambda t: kpl(d, t, bold=True)
d.add_heading('HANKESUUNNITELMA: KiertoLinkki – kiertotalouden yritysalusta Keski-Järvelän teollisuusalueille', 0)
P('EAKR-hakemuksen liite 1, Keski-Järvelän liitto. Versio 2, 14.10.2025 (korvaa luonnoksen 3.9.2025).')
P('Hakija: Järvelän ammattikorkeakoulu Oy (päätoteuttaja). Osatoteuttajat: Keski-Järvelän Kehitys Oy ja Teknologiakeskus Kipinä ry.')
H('1. Miksi hanke tarvitaan?')
P('Keski-Järvelän teollisuudessa syntyy vuosittain noin 410 000 tonnia sivuvirtoja. Maakunnan jätetilaston mukaan vuonna 2022 näistä hyödynnettiin materiaalina 38 prosenttia, ja vuonna 2023 osuus nousi vain 41 prosenttiin. Suurin osa puun kuori- ja kuitujakeista, valimohiekoista ja muovien leikkuujätteistä päätyy energiaksi tai kaatopaikalle, vaikka alueella toimii yrityksiä, jotka voisivat käyttää niitä raaka-aineena.')
P('Yritysten haastatteluissa keväällä 2025 toistui sama viesti: sivuvirtojen ostajia ja myyjiä ei löydä, koska tieto materiaalien laadusta, määristä ja saatavuudesta on hajallaan. Pienellä konepajalla ei ole aikaa selvittää, kelpaisiko sen hiontapöly naapurikunnan komposiittivalmistajalle. Myös logistiikka on ongelma: pienet erät eivät kannata, jos kuljetusta ei voi yhdistää.')
P('Keski-Järvelän maakuntaohjelma 2022–2025 ja alueen älykkään erikoistumisen strategia nostavat kiertotalouden ja teollisen symbioosin kärjiksi. Vuosien 2021–2027 EAKR-ohjelman toimintalinjan 1 erityistavoite 1.1 tukee tutkimus- ja innovaatiovalmiuksien vahvistamista ja uusien teknologioiden käyttöönottoa pk-yrityksissä, mihin hanke kiinnittyy suoraan.')
P('Hanketta valmisteltiin kolmessa työpajassa (12.3.2025, 9.4.2025 ja 28.5.2025), joihin osallistui yhteensä 27 yritystä, Keski-Järvelän liiton edustaja sekä kolmen kunnan elinkeinoyhtiöt. Työpajoissa sovittiin jo hakuvaiheessa, että hankkeessa syntyvän alustan ylläpito siirtyy hankkeen jälkeen Keski-Järvelän Kehitys Oy:lle, ja yhtiön hallitus käsitteli asiaa 17.6.2025.')
H('2. Tavoitteet')
P('Hankkeen päätavoite on, että Keski-Järvelän teollisuusyritykset hyödyntävät toistensa sivuvirtoja nykyistä enemmän ja että alueelle syntyy pysyvä tapa löytää materiaaleille uusi käyttö. Päätavoitteen alla on kolme osatavoitetta:')
P('1) Sivuvirtoja koskeva tieto on yritysten saatavilla yhdessä paikassa: alueelle rakennetaan sivuvirtojen tietoalusta, johon yritykset kirjaavat materiaalinsa ja tarpeensa.')
P('2) Yritysten välille syntyy uusia materiaalikauppoja ja symbioosipilotteja, joissa yhden yrityksen sivuvirrasta tulee toisen raaka-ainetta.')
P('3) Pk-yritysten osaaminen sivuvirtojen tuotteistamisessa ja materiaalitestauksessa vahvistuu niin, että yritykset pystyvät itse arvioimaan, mihin niiden jakeet kelpaavat.')
P('Tavoitteet on johdettu työpajoissa esiin nousseista pullonkauloista. Haluamme, että hankkeen päättyessä kiertotalous ei ole yksittäisten yritysten kokeilu vaan osa maakunnan elinkeinopalveluja.')
H('3. Kenelle hanke on?')
P('Välitön kohderyhmä ovat Keski-Järvelän teollisuusalueiden pk-yritykset, erityisesti metalli-, puu-, muovi- ja elintarviketeollisuuden yritykset, joilla on säännöllisiä sivuvirtoja tai tarve korvata neitseellisiä raaka-aineita. Tavoitteena on saada mukaan vähintään 60 yritystä, joista 20 osallistuu syvällisemmin pilotteihin.')
P('Välillisiä hyödynsaajia ovat kuntien elinkeinopalvelut, jätehuoltoyhtiöt, logistiikkayritykset sekä alueen oppilaitokset, jotka saavat käyttöönsä materiaalitietoa ja testausmenetelmiä. Myös maakunnan asukkaat hyötyvät, kun kaatopaikalle päätyvä jäte vähenee.')
H('4. Toteutus työpaketeittain')
P('Hanke toteutetaan neljässä työpaketissa (TP). Kuukaudet on laskettu hankkeen alusta (kk 1 = maaliskuu 2026).')
H('TP1 Sivuvirtojen kartoitus ja tietoalusta (vastuu: Järvelän AMK)', 2)
P('Työpaketissa kartoitetaan 60 yrityksen sivuvirrat yrityskäynneillä ja sähköisellä lomakkeella. Kartoituksessa kirjataan materiaalin laji, määrä vuodessa, kosteus ja epäpuhtaudet, nykyinen käsittely ja kustannus. Tiedot viedään tietoalustaan, joka rakennetaan avoimen lähdekoodin karttapohjalle. Alustan ensimmäinen versio otetaan käyttöön kuukaudella 7 ja täysi versio, jossa on materiaalien haku- ja ilmoitustoiminnot, kuukaudella 14.')
P('Alustan käytettävyys testataan kahdella yrityskäyttäjien ryhmällä ennen kumpaakin julkaisua. Alustan tekninen ratkaisu suunnitellaan alusta alkaen niin, että Keski-Järvelän Kehitys Oy voi ylläpitää sitä ilman erillistä ohjelmistotoimittajaa.')
H('TP2 Symbioosipilotit (vastuu: Teknologiakeskus Kipinä ry)', 2)
P('Työpaketissa käynnistetään vähintään kahdeksan yritysten välistä symbioosipilottia. Pilotissa kaksi tai useampi yritys testaa sivuvirran käyttöä raaka-aineena: esimerkiksi puusepänteollisuuden hiontapöly komposiittilevyn täyteaineena tai elintarviketeollisuuden kuoret kasvualustan raaka-aineena. Hanke kustantaa pilotin suunnittelun, materiaalitestit ja yhteiskuljetusten kokeilun, ja yritykset osallistuvat omalla työllään ja laitteillaan.')
P('Pilotit valitaan kahdessa haussa (kk 6 ja kk 13). Valintaryhmässä ovat hankkeen projektipäällikkö, Kipinän asiantuntija ja kaksi ohjausryhmän yritysjäsentä. Jokaisesta pilotista laaditaan kahden sivun tulosraportti, joka julkaistaan alustalla.')
H('TP3 Osaamisen kehittäminen (vastuu: Järvelän AMK)', 2)
P('Työpaketissa järjestetään yrityksille kuuden koulutuksen sarja sivuvirtojen tuotteistamisesta, materiaalitestauksesta, ympäristöluvista ja kiertotalouden liiketoimintamalleista. Koulutukset toteutetaan monimuotoisina: aamupäivän lähijakso AMK:n materiaalilaboratoriossa ja verkkotehtävä. Lisäksi laaditaan yrityksille itsearviointityökalu, jolla yritys voi tunnistaa sivuvirtojensa hyödyntämismahdollisuudet.')
P('Opiskelijat osallistuvat materiaalitesteihin opinnäytetöinä ja projektiopintoina; tavoitteena on vähintään kuusi opinnäytetyötä.')
H('TP4 Juurruttaminen, viestintä ja hallinnointi (vastuu: Järvelän AMK ja Keski-Järvelän Kehitys Oy)', 2)
P('Työpaketti kattaa hankkeen hallinnoinnin, viestinnän ja tulosten juurruttamisen. Juurruttaminen on jaettu 4V-mallin mukaisesti neljään vaiheeseen, joita kuvataan tarkemmin luvussa 8.')
H('Virstanpylväät', 2)
taulukko(d, [
    ['Kk', 'Virstanpylväs', 'Työpaketti'],
    ['kk 2', 'Ohjausryhmän ensimmäinen kokous, viestintäsuunnitelma valmis', 'TP4'],
    ['kk 4', '30 yrityksen kartoitus tehty', 'TP1'],
    ['kk 6', 'Ensimmäinen pilottihaku auki', 'TP2'],
    ['kk 7', 'Tietoalustan 1. versio käytössä', 'TP1'],
    ['kk 10', 'Koulutussarjan kolme ensimmäistä osaa pidetty', 'TP3'],
    ['kk 13', 'Toinen pilottihaku auki', 'TP2'],
    ['kk 14', 'Tietoalustan täysi versio, ylläpitosopimus Kehitys Oy:n kanssa allekirjoitettu', 'TP1, TP4'],
    ['kk 18', 'Väliarviointi ja ohjausryhmän linjaus jatkosta', 'TP4'],
    ['kk 22', 'Pilottien tulosraportit julkaistu', 'TP2'],
    ['kk 24', 'Loppuseminaari, alusta siirtynyt Kehitys Oy:lle', 'TP4'],
])
H('5. Aikataulu')
P('Hankkeen toteutusaika on 1.3.2026–28.2.2028. Työpakettien painottuminen vuosineljänneksittäin:')
taulukko(d, [
    ['', 'Q1–Q2/2026', 'Q3–Q4/2026', 'Q1–Q2/2027', 'Q3–Q4/2027', 'Q1/2028'],
    ['TP1', 'kartoitus', 'alusta v1', 'alusta v2', 'ylläpidon siirto', '–'],
    ['TP2', 'valmistelu', '1. pilottihaku', '2. pilottihaku', 'tulosraportit', 'raportointi'],
    ['TP3', 'suunnittelu', 'koulutukset 1–3', 'koulutukset 4–6', 'työkalu', '–'],
    ['TP4', 'käynnistys', 'viestintä', 'väliarviointi', 'juurruttaminen', 'loppuseminaari'],
])
H('6. Talous ja rahoitus')
P('Hankkeen kokonaiskustannusarvio on 1 184 000 euroa. EAKR- ja valtion rahoitusta haetaan 80 prosenttia (947 200 €). Kuntarahaa osoittavat Järvelän kaupunki, Koskenkylän kunta ja Ylämaan kunta yhteensä 118 400 euroa, ja osallistuvat yritykset osallistuvat pilottien kustannuksiin yksityisellä rahoituksella yhteensä 118 400 eurolla (10 %). Yritysten rahoitusosuudesta on aiesopimukset 14 yrityksen kanssa.')
taulukko(d, [
    ['Kustannuslaji', '2026', '2027', '2028', 'Yhteensä'],
    ['Henkilöstökulut', '312 000', '386 000', '58 000', '756 000'],
    ['Ostopalvelut (alustan kehitys, testaus)', '92 000', '118 000', '10 000', '220 000'],
    ['Matkat ja kokoukset', '14 000', '18 000', '4 000', '36 000'],
    ['Flat rate 15 % henkilöstökuluista (muut kulut)', '46 800', '57 900', '8 700', '113 400'],
    ['Laitteet ja materiaalit', '30 000', '26 600', '2 000', '58 600'],
    ['Yhteensä', '494 800', '606 500', '82 700', '1 184 000'],
])
P('Henkilöstöön kuuluvat projektipäällikkö (100 %), kaksi kiertotalousasiantuntijaa (100 %), materiaalilaboratorion insinööri (50 %) sekä Kehitys Oy:n yritysasiantuntija (40 %). Juurruttamiseen on varattu Kehitys Oy:n yritysasiantuntijan työaika koko hankkeen ajan sekä 24 000 euroa alustan siirtoon ja ylläpitäjien koulutukseen vuonna 2027.')
H('7. Miten arvioimme onnistumista?')
P('Hankkeen seurannassa käytetään EAKR-ohjelman tuotos- ja tulosindikaattoreita sekä hankkeen omia mittareita. Tavoitetasot on asetettu työpajoissa saadun yrityspalautteen ja vastaavien hankkeiden kokemusten perusteella.')
taulukko(d, [
    ['Tavoite', 'Toimenpiteet', 'Mittari ja tavoitetaso', 'Tiedonkeruu'],
    ['1 Sivuvirtatieto yhdessä paikassa', 'TP1 kartoitus ja tietoalusta', 'Alustalle kirjattu 60 yrityksen sivuvirrat; alustalla 150 aktiivista käyttäjää kk 24', 'Alustan käyttötilastot neljännesvuosittain'],
    ['2 Uusia materiaalikauppoja ja symbiooseja', 'TP2 symbioosipilotit', '8 pilottia, joista vähintään 4 johtaa kaupalliseen sopimukseen; uudelleenkäyttöön ohjautuu 6 000 t/v', 'Pilottiraportit, yrityskysely kk 12 ja kk 23'],
    ['3 Pk-yritysten osaaminen vahvistuu', 'TP3 koulutukset, itsearviointityökalu', 'Tuetut yritykset (RCO01) 60; koulutukseen osallistuneista 80 % arvioi osaamisensa parantuneen', 'Koulutuspalaute, alku- ja loppukysely'],
])
P('Itsearviointia tehdään ohjausryhmän kokouksissa neljännesvuosittain. Kuukaudella 18 teetetään ulkopuolinen väliarviointi, jonka tulokset käsitellään ohjausryhmässä ennen juurruttamisvaiheen linjauksia. Hankkeen lopussa kootaan yrityksiltä palaute haastatteluin.')
H('8. Tulosten juurruttaminen ja jatkuvuus')
P('Juurruttamista on suunniteltu jo hakuvaiheessa yhdessä Keski-Järvelän Kehitys Oy:n ja Keski-Järvelän liiton kanssa. Käytämme 4V-mallia:')
B('Viestintä')
P('Hankkeen alusta lähtien kerromme yrityksille konkreettisista esimerkeistä: mitä sivuvirta on, mitä se maksaa nyt ja mitä siitä voisi saada. Viestintä kohdistetaan yrittäjäyhdistysten kautta ja suoraan teollisuusalueiden yrityksille.')
B('Variointi')
P('Tietoalusta ja koulutukset muokataan eri toimialoille: elintarvikeyrityksille laaditaan omat ohjeet hygieniavaatimuksista ja metalliyrityksille ohjeet valimohiekan testauksesta. Pilottien kokemusten perusteella palveluja muutetaan väliarvioinnin jälkeen.')
B('Valtavirtaistaminen')
P('Toimintamallia tarjotaan naapurimaakuntien elinkeinoyhtiöille, ja se esitellään valtakunnallisessa kiertotalousverkostossa. Alustan tiedot avataan rajapinnan kautta kansalliseen materiaalitorin palveluun.')
B('Vakiinnuttaminen')
P('Keski-Järvelän Kehitys Oy ottaa alustan ja yritysten sparrauspalvelun osaksi elinkeinopalvelujaan 1.3.2028 alkaen. Vastuuhenkilönä on Kehitys Oy:n elinkeinojohtaja. Keski-Järvelän liitto on sitoutunut sisällyttämään teollisen symbioosin seuraavaan maakuntaohjelmaan. Ylläpidon kustannukset (arviolta 35 000 €/v) katetaan vuodesta 2028 alkaen kuntien elinkeinopalvelusopimuksista ja alustan yritysjäsenmaksuista.')
H('9. Viestintä ja tulosten levittäminen')
P('Viestintäsuunnitelma laaditaan kuukauden 2 aikana. Kanavina ovat hankkeen verkkosivut, LinkedIn, yrittäjäyhdistysten uutiskirjeet ja paikallislehdet. Pilottien tulokset julkaistaan tulosraportteina alustalla ja AMK:n julkaisusarjassa. Loppuseminaari järjestetään helmikuussa 2028, ja toimintamalli kuvataan Innokylään.')
H('10. Organisointi')
P('Hanketta ohjaa ohjausryhmä, johon kuuluvat Keski-Järvelän liiton, Keski-Järvelän ELY-keskuksen, kolmen kunnan, Kehitys Oy:n, Kipinä ry:n ja neljän yrityksen edustajat. Ohjausryhmä kokoontuu neljännesvuosittain. Projektipäällikkö vastaa hankkeen päivittäisestä johtamisesta ja raportoinnista rahoittajalle.')
H('11. Riskit')
taulukko(d, [
    ['Riski', 'Todennäköisyys', 'Hallintakeino'],
    ['Yritykset eivät ehdi osallistua', 'keskisuuri', 'Yrityskäynnit, lyhyet verkkokoulutukset, yrittäjäyhdistysten tuki'],
    ['Materiaalit eivät täytä laatuvaatimuksia', 'keskisuuri', 'Testaus ennen pilottia, useampi vaihtoehtoinen käyttökohde'],
    ['Alustan ylläpito ei siirry', 'pieni', 'Ylläpitosopimus kk 14, Kehitys Oy mukana kehityksessä alusta asti'],
    ['Avainhenkilön vaihtuminen', 'pieni', 'Dokumentointi, varahenkilöt työpaketeissa'],
])
H('12. Odotetut tulokset ja vaikutukset')
P('Hankkeen tuloksena alueella on käytössä sivuvirtojen tietoalusta, kahdeksan dokumentoitua symbioosipilottia, koulutusmateriaali ja itsearviointityökalu. Pitkällä aikavälillä sivuvirtojen materiaalihyödyntäminen kasvaa, yritysten jätekustannukset laskevat ja alueelle syntyy uutta kiertotalousliiketoimintaa. Arviomme mukaan kaatopaikalle ja polttoon päätyvä määrä vähenee vähintään 6 000 tonnia vuodessa.')

H('13. Kytkeytyminen ohjelmaan ja muihin hankkeisiin')
P('Hanke toteuttaa Uudistuva ja osaava Suomi 2021–2027 -ohjelman EAKR-toimintalinjaa, jonka tavoitteena on pk-yritysten kasvu ja kilpailukyky sekä vähähiiliseen kiertotalouteen siirtyminen. Hanke tukee erityisesti tuotosindikaattoria RCO01 (tuetut yritykset) ja RCO04 (muuta kuin rahoitustukea saaneet yritykset) sekä tulosindikaattoria, joka kuvaa innovaatioita käyttöön ottaneita pk-yrityksiä. Lisäksi hanke edistää maakuntaohjelman tavoitetta, jonka mukaan teollisuuden sivuvirtojen materiaalihyödyntäminen nousee maakunnassa 55 prosenttiin vuoteen 2030 mennessä.')
P('Hanke hyödyntää päättyneen Teollisuuden materiaalivirrat -selvityksen (Järvelän AMK, 2022–2023) tuloksia. Selvityksessä tunnistettiin 23 yritysparia, joiden välillä materiaalivaihto olisi teknisesti mahdollista, mutta yksikään pari ei edennyt kokeiluun, koska testaukseen ja logistiikan suunnitteluun ei ollut resursseja. KiertoLinkki jatkaa tästä: selvityksen yritysparit kutsutaan ensimmäisinä mukaan symbioosipilotteihin. Hanke tekee yhteistyötä valtakunnallisen teollisten symbioosien verkoston sekä naapurimaakunnan Kiertoväylä-hankkeen kanssa, jonka kanssa on sovittu yhteisistä koulutussisällöistä ja tietoalustan rajapinnan yhteensopivuudesta. Päällekkäisyyksiä ei synny, koska Kiertoväylä keskittyy rakennusalan purkumateriaaleihin.')
H('14. Työpakettien tehtävät tarkemmin')
B('TP1 tehtävät')
P('T1.1 Yrityskäynnit: kaksi kiertotalousasiantuntijaa käy 60 yrityksessä. Käynnin aikana käydään läpi tuotantoprosessi, sivuvirtojen syntykohdat ja nykyiset jätesopimukset. Käynnistä laaditaan yritykselle lyhyt muistio, jossa on arvio siitä, mitkä jakeet ovat lupaavimpia hyödynnettäviksi. Muistio on yritykselle hyödyllinen myös silloin, kun se ei lähde mukaan pilotteihin.')
P('T1.2 Materiaalitietojen yhtenäistäminen: kartoitetut tiedot luokitellaan yhteisellä nimikkeistöllä, joka noudattaa jätelainsäädännön jäteluokitusta mutta on yrityksille ymmärrettävä. Luokituksen laatii AMK:n insinööri yhdessä jätehuoltoyhtiön asiantuntijan kanssa.')
P('T1.3 Tietoalustan kehittäminen: alustan kehitys kilpailutetaan ostopalveluna. Tarjouspyynnössä edellytetään avointa lähdekoodia, saavutettavuusvaatimusten noudattamista ja sitä, että ylläpito voidaan siirtää toiselle toimijalle ilman lisenssimaksuja. Alustalla yritys voi ilmoittaa sivuvirran, hakea materiaaleja kartalta ja pyytää yhteydenottoa. Alustaan liitetään myös kuljetusten yhdistämistä tukeva näkymä, josta näkee samalle suunnalle lähtevät kuormat.')
P('T1.4 Käyttäjätestaus ja julkaisu: molemmat versiot testataan 8–10 yrityskäyttäjän kanssa. Palautteen perusteella tehdään korjaukset ennen julkaisua. Alustan käyttöä tuetaan ensimmäisen puolen vuoden ajan puhelin- ja sähköpostineuvonnalla.')
B('TP2 tehtävät')
P('T2.1 Pilottihaut: yritykset hakevat pilottia lyhyellä lomakkeella, jossa kuvataan materiaali, vastaanottava yritys ja arvio hyödyistä. Valinnassa painotetaan materiaalimäärää, päästövähennystä, kaupallista potentiaalia ja sitä, kuinka hyvin pilotin tuloksia voi hyödyntää muissa yrityksissä.')
P('T2.2 Materiaalitestit: AMK:n materiaalilaboratoriossa testataan sivuvirran koostumus, kosteus, raekoko ja epäpuhtaudet sekä tarvittaessa lopputuotteen mekaaniset ominaisuudet. Testit, joihin AMK:lla ei ole laitteita, ostetaan akkreditoidulta laboratoriolta.')
P('T2.3 Logistiikkakokeilut: kolmessa pilotissa kokeillaan yhteiskuljetuksia tai välivarastointia teollisuusalueen yhteisellä kentällä. Kokeilut tehdään yhdessä alueen kuljetusyritysten kanssa, ja niistä lasketaan kustannukset tonnia kohden.')
P('T2.4 Pilottien dokumentointi: jokaisesta pilotista laaditaan tulosraportti, jossa kuvataan materiaali, testit, kustannukset, päästövaikutus ja jatkosuunnitelma. Yritysten liikesalaisuudet suojataan: julkiseen raporttiin kirjataan vain yritysten hyväksymät tiedot.')
B('TP3 tehtävät')
P('T3.1 Koulutussarja: kuusi koulutusta aiheista sivuvirtojen tuotteistaminen, materiaalitestauksen perusteet, ympäristöluvat ja jätteen sivutuotemenettely, kiertotalouden ansaintamallit, hiilijalanjäljen laskenta ja yhteistyösopimukset. Kouluttajina ovat AMK:n opettajat, ELY-keskuksen ympäristöasiantuntija ja kokeneet yrittäjät.')
P('T3.2 Itsearviointityökalu: yrityksille laaditaan verkkolomake, jolla yritys voi arvioida omien sivuvirtojensa hyödyntämispotentiaalin ja saada toimenpide-ehdotukset. Työkalu testataan koulutuksiin osallistuvilla yrityksillä ja liitetään tietoalustaan.')
P('T3.3 Opiskelijayhteistyö: tekniikan ja liiketalouden opiskelijat tekevät yrityksille selvityksiä ja testejä opinnäytetöinä ja projektiopintoina. Opiskelijoiden ohjaus kuuluu AMK:n normaaliin opetustyöhön, joten se ei kasvata hankkeen kustannuksia.')
B('TP4 tehtävät')
P('T4.1 Hallinnointi: projektipäällikkö vastaa maksatushakemuksista, seurantatietojen kirjaamisesta, ohjausryhmän kokousten valmistelusta ja osatoteuttajien työn yhteensovittamisesta. Osatoteuttajien kanssa laaditaan yhteistyösopimus ennen hankkeen alkua.')
P('T4.2 Viestintä ja tulosten levittäminen luvun 9 mukaisesti.')
P('T4.3 Juurruttaminen luvun 8 mukaisesti, mukaan lukien alustan ylläpitosopimus, ylläpitäjien koulutus ja palvelukuvauksen laatiminen Keski-Järvelän Kehitys Oy:n palveluvalikoimaan.')
H('15. Horisontaaliset periaatteet')
B('Kestävä kehitys ja ei merkittävää haittaa -periaate')
P('Hankkeen ydin on ympäristöhyöty: kun sivuvirrat korvaavat neitseellisiä raaka-aineita, raaka-aineiden otto ja kaatopaikkasijoitus vähenevät. Pilottien valinnassa varmistetaan, ettei materiaalin käyttö siirrä haitallisia aineita uusiin tuotteisiin. Kuljetusten yhdistäminen vähentää ajokilometrejä. Hanke ei aiheuta merkittävää haittaa yhdellekään EU:n ympäristötavoitteelle.')
B('Yhdenvertaisuus ja sukupuolten tasa-arvo')
P('Teollisuuden yritysjohto on alueella vahvasti miesvaltaista. Hanke kutsuu koulutuksiin tietoisesti myös yritysten laatu-, ympäristö- ja hankintatehtävissä toimivia, joissa on enemmän naisia. Koulutukset ja tietoalusta toteutetaan saavutettavina, ja keskeiset ohjeet julkaistaan suomeksi, ruotsiksi ja englanniksi, jotta myös ulkomaalaistaustaiset työntekijät voivat käyttää niitä.')
H('16. Kustannusten perustelut')
P('Henkilöstökulut perustuvat Järvelän AMK:n ja osatoteuttajien palkkausjärjestelmiin. Projektipäällikön kokonaispalkka on 4 900 euroa kuukaudessa ja kiertotalousasiantuntijoiden 4 300 euroa kuukaudessa. Materiaalilaboratorion insinööri tekee hanketta puolella työajastaan, ja hänen työaikansa kirjataan työajanseurantaan. Kehitys Oy:n yritysasiantuntijan 40 prosentin työajalla hoidetaan yritysten sparrausta ja juurruttamisen tehtäviä.')
P('Ostopalveluista suurin erä on tietoalustan kehitys (arvio 140 000 €), joka kilpailutetaan hankintalain mukaisesti. Ulkopuolisiin materiaalitesteihin on varattu 48 000 euroa ja väliarviointiin 22 000 euroa. Laitteisiin ja materiaaleihin kuuluvat kannettava XRF-analysaattori sekä testimateriaalit; analysaattori jää AMK:n laboratorion käyttöön ja palvelee yrityksiä myös hankkeen jälkeen. Matkakulut muodostuvat yrityskäynneistä ja osallistumisesta valtakunnallisiin verkostotapaamisiin.')
P('Yritysten rahoitusosuus kertyy pilottien kustannuksista: pilottiin osallistuva yritys maksaa 10 prosenttia oman pilottinsa suorista kustannuksista. Aiesopimuksissa yritykset ovat sitoutuneet osuuteen etukäteen, ja loput rahoitusosuudesta kerätään pilottisopimusten yhteydessä.')
H('17. Tietosuoja ja tietoturva')
P('Tietoalustalle tallennetaan yritysten materiaalitietoja ja yhteyshenkilöiden nimiä. Henkilötietoja käsitellään EU:n tietosuoja-asetuksen mukaisesti, ja alustalle laaditaan tietosuojaseloste. Yritys päättää itse, näkyvätkö sen tiedot kaikille käyttäjille vai vain kirjautuneille yrityksille. Alustan palvelimet sijaitsevat EU:n alueella. Ylläpitovastuun siirtyessä Kehitys Oy:lle myös rekisterinpitäjän rooli siirtyy yhtiölle, ja siirto kuvataan ylläpitosopimuksessa.')
H('18. Hakijan ja osatoteuttajien kuvaus')
P('Järvelän ammattikorkeakoulu on toteuttanut vuosina 2019–2025 yli 40 EAKR- ja ESR-hanketta, ja sen materiaalilaboratorio tarjoaa testauspalveluja alueen yrityksille. Keski-Järvelän Kehitys Oy on kolmen kunnan omistama elinkeinoyhtiö, jonka yritysneuvonnassa asioi vuosittain noin 700 yritystä. Teknologiakeskus Kipinä ry on teollisuusyritysten kehittämisyhdistys, jolla on kokemusta yritysryhmähankkeista ja yritysten välisistä kehitysprojekteista. Osatoteuttajien työnjako on kuvattu työpakettien yhteydessä, ja kumpikin osatoteuttaja on nimennyt hankkeeseen vastuuhenkilön.')

H('19. Esimerkkejä suunnitelluista symbioosipiloteista')
P('Valmistelutyöpajoissa yritykset ideoivat kymmenkunta pilottia. Alla kuvataan neljä, joista on jo alustava sopimus. Lopulliset pilotit valitaan pilottihauissa, joten lista voi muuttua.')
B('Pilotti A: hiontapöly komposiittilevyn täyteaineeksi')
P('Koskenkyläläinen huonekalutehdas tuottaa vuodessa noin 120 tonnia koivun hiontapölyä, joka nyt poltetaan tehtaan omassa kattilassa. Järvelässä toimiva komposiittivalmistaja käyttää täyteaineena tuontikalkkia. Pilotissa testataan, voiko hiontapöly korvata osan kalkista ilman, että levyn lujuus ja palo-ominaisuudet heikkenevät. Testit tehdään AMK:n laboratoriossa ja koeajo komposiittivalmistajan linjalla. Jos pilotti onnistuu, komposiittivalmistaja arvioi tarvitsevansa noin 80 tonnia vuodessa.')
B('Pilotti B: elintarviketeollisuuden kuoret kasvualustaksi')
P('Ylämaan perunanjalostamolta syntyy kuorijaetta noin 900 tonnia vuodessa. Nykyisin se toimitetaan biokaasulaitokselle maksua vastaan. Paikallinen kasvualustavalmistaja on kiinnostunut kuorijakeen kompostoinnista kasvualustan osaksi. Pilotissa selvitetään kompostoinnin hygienisointi, ravinnepitoisuus ja lupa-asiat sekä kokeillaan välivarastointia. Pilotissa on mukana myös kuljetusyritys, joka hoitaa jo jalostamon muita kuljetuksia.')
B('Pilotti C: valimohiekka maarakentamiseen')
P('Järvelän valimolta syntyy käytettyä valimohiekkaa noin 3 000 tonnia vuodessa, ja se on tähän asti sijoitettu kaatopaikalle. Pilotissa testataan hiekan soveltuvuus teollisuusalueen kenttärakenteisiin yhdessä kaupungin kuntatekniikan ja maarakennusyrityksen kanssa. Testeissä selvitetään liukoisuudet ja rakennetekniset ominaisuudet, ja ympäristöluvan tarve arvioidaan yhdessä ELY-keskuksen kanssa. Pilotilla on suurin tonnimääräinen vaikutus, ja se on hankkeen tonnimäärätavoitteen kannalta keskeinen.')
B('Pilotti D: muovin leikkuujäte kierrätysgranulaatiksi')
P('Kaksi muovituotteita valmistavaa yritystä tuottaa yhdessä noin 60 tonnia puhdasta leikkuujätettä vuodessa. Kumpikaan ei yksin saa kannattavaa erää kierrätysyritykselle, mutta yhdessä määrä riittää. Pilotissa kokeillaan yhteistä keräystä, murskausta ja toimitusta granulointiin sekä testataan, kelpaako granulaatti takaisin yritysten omaan tuotantoon. Pilotti testaa samalla tietoalustan kuljetusten yhdistämisnäkymää.')
H('20. Ohjausryhmä ja päätöksenteko')
P('Ohjausryhmän tehtävänä on seurata hankkeen etenemistä ja talouden toteutumista, hyväksyä pilottien valinnat, käsitellä arvioinnin tulokset ja tehdä linjaukset juurruttamisesta. Ohjausryhmän puheenjohtajaksi on ehdotettu Keski-Järvelän liiton aluekehitysjohtajaa ja varapuheenjohtajaksi yhden yritysjäsenen toimitusjohtajaa. Ohjausryhmän sihteerinä toimii projektipäällikkö.')
P('Ensimmäinen kokous pidetään hankkeen toisella kuukaudella, ja siinä hyväksytään viestintäsuunnitelma, pilottien valintakriteerit ja kokousaikataulu. Kuukauden 18 kokouksessa käsitellään väliarviointi ja päätetään ylläpidon siirron yksityiskohdista. Viimeinen kokous pidetään hankkeen viimeisellä kuukaudella, ja siinä hyväksytään loppuraportti. Ohjausryhmän pöytäkirjat toimitetaan rahoittajalle maksatushakemusten liitteenä.')
P('Hankkeen sisäistä työtä koordinoi hankeryhmä, johon kuuluvat projektipäällikkö, työpakettien vastuuhenkilöt ja Kehitys Oy:n yritysasiantuntija. Hankeryhmä kokoontuu kahden viikon välein. Osatoteuttajien välisestä työnjaosta, kustannusten jaosta ja aineistojen omistajuudesta sovitaan yhteistyösopimuksessa.')
H('21. Hankkeen valmistelu')
P('Hankeidea syntyi Keski-Järvelän liiton teollisuusfoorumissa marraskuussa 2024, jossa yritykset toivat esiin sivuvirtojen hyödyntämisen esteet. Sen jälkeen AMK kartoitti puhelimitse 45 yrityksen kiinnostuksen, ja kolmen työpajan sarjassa keväällä 2025 tarkennettiin tavoitteet, työpaketit ja yritysten rahoitusosuus. Hakemusluonnosta kommentoivat ELY-keskuksen rahoitusasiantuntija ja Keski-Järvelän liitto. Kuntien rahoituspäätökset tehtiin elo–syyskuussa 2025, ja yritysten aiesopimukset kerättiin syyskuussa 2025.')

H('22. Yhteistyökumppanien roolit ja sitoumukset')
P('Keski-Järvelän liitto osallistuu ohjausryhmään, tukee toimintamallin kytkemistä maakuntaohjelmaan ja välittää tietoa hankkeesta maakunnan teollisuusfoorumissa. Liitto on lausunnossaan todennut, että teollinen symbioosi on yksi seuraavan maakuntaohjelman valmistelun painopisteistä.')
P('Keski-Järvelän ELY-keskuksen ympäristövastuualue neuvoo pilotteihin liittyvissä lupa- ja sivutuotekysymyksissä. Ennakkoneuvottelu lupamenettelyistä käydään jokaisen pilotin alussa, jotta pilotit eivät pysähdy lupa-asioihin.')
P('Kolmen kunnan elinkeinopalvelut ohjaavat yrityksiä hankkeeseen ja käyttävät tietoalustaa yritysneuvonnassa. Kunnat ovat sitoutuneet kuntarahoitukseen ja siihen, että alustan ylläpito sisällytetään vuodesta 2028 alkaen Kehitys Oy:n palvelusopimuksiin.')
P('Alueen jätehuoltoyhtiö Järvelän Jätehuolto Oy tuo hankkeeseen tiedot alueen jätevirroista ja osallistuu materiaalien luokitteluun. Yhtiö on kiinnostunut tarjoamaan välivarastointipalvelua, jos logistiikkakokeilut osoittavat sille kysyntää.')
P('Yritykset osallistuvat kartoituksiin, koulutuksiin ja pilotteihin. Aiesopimuksen tehneistä 14 yrityksestä yhdeksän on pk-yrityksiä ja viisi suuria yrityksiä; suuret yritykset osallistuvat rahoitukseen täysimääräisesti, eikä niille kohdistu valtiontukea.')
H('23. Seurantatietojen keruu käytännössä')
P('Jokaisesta hankkeeseen osallistuvasta yrityksestä kirjataan EURA-järjestelmän edellyttämät tiedot: Y-tunnus, yrityksen koko, toimiala ja saatu palvelu. Tietoalustan käyttötilastot ajetaan neljännesvuosittain ja raportoidaan ohjausryhmälle. Pilottien materiaalimäärät ja päästövaikutukset kirjataan pilottiraportteihin yhtenäisellä laskentapohjalla, jonka AMK laatii ensimmäisen puolen vuoden aikana. Koulutusten palaute kerätään sähköisellä lomakkeella heti koulutuksen jälkeen, ja osaamisen kehittymistä mitataan samalla kyselyllä koulutussarjan alussa ja lopussa.')
P('Seurantatietojen kokoamisesta vastaa projektipäällikkö, ja tiedot tallennetaan hankkeen yhteiselle työtilalle, josta ne ovat myös ulkopuolisen väliarvioijan käytettävissä. Näin väliarvioinnissa ei tarvitse kerätä samoja tietoja uudelleen, ja arvioija voi keskittyä yritysten ja kumppanien haastatteluihin.')

H('24. Miksi juuri nämä ratkaisut?')
P('Valmistelun aikana pohdittiin myös kevyempää vaihtoehtoa, jossa hanke olisi vain koonnut yrityksiä tapaamisiin. Yritykset kuitenkin painottivat, että tapaamisia on ollut ennenkin, mutta ne eivät johda kauppoihin ilman testattua tietoa materiaalin laadusta ja laskelmaa logistiikan kustannuksista. Siksi hankkeen painopiste on materiaalitesteissä ja piloteissa, ja tietoalusta palvelee niiden tulosten jakamista.')
P('Toinen pohdittu vaihtoehto oli ostaa valmis kaupallinen materiaalitoripalvelu. Se olisi ollut nopeampi käynnistää, mutta lisenssimaksut olisivat jääneet pysyväksi kuluksi, eikä palvelua olisi voinut muokata alueen kuljetusten yhdistämiseen. Avoimen lähdekoodin ratkaisu on kalliimpi rakentaa, mutta sen ylläpito on halvempaa ja se voidaan siirtää elinkeinoyhtiölle ilman riippuvuutta yhdestä toimittajasta. Rajapinnan ansiosta alustan tiedot näkyvät silti myös kansallisessa palvelussa.')
P('Koulutukset on suunniteltu lyhyiksi ja käytännönläheisiksi, koska pk-yritysten henkilöstöllä ei ole aikaa pitkiin koulutusohjelmiin. Laboratoriossa pidettävät lähijaksot ovat yritysten toive: niissä osallistujat näkevät omien materiaaliensa testauksen.')
P('Symbioosipilottien määräksi valittiin kahdeksan, koska se on suurin määrä, jonka kaksi asiantuntijaa ja laboratorio ehtivät hoitaa huolellisesti kahdessa vuodessa. Mieluummin kahdeksan hyvin dokumentoitua pilottia kuin kaksikymmentä puolivalmista kokeilua: dokumentoidut pilotit ovat myös se aineisto, jonka avulla Kehitys Oy voi hankkeen jälkeen markkinoida palvelua uusille yrityksille ja jonka naapurimaakunnat voivat ottaa mallikseen. Pilottien raportit ja laskentapohjat jäävät alustalle kaikkien käyttöön.')
d.save('01_hankesuunnitelma_kiertolinkki.docx')

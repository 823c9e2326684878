# -*- coding: utf-8 -*-
import os
from docx import Document
from generoi import OUT, HERE, ann, bold, paras, table, sdt_block, tracked_para, textbox, save, to_pdf

# ---------------------------------------------------------------- 01
def d01():
    """Leader-hankehakemus, sisällönhallintaobjektit; hankeaika vain sdt:n sisällä. Ei huomautettavaa."""
    d = Document()
    d.add_heading('Hankehakemus – Leader Kantri-Häme ry', 0)
    paras(d, 'Hankkeen nimi: Pihlajakosken kyläpiha – nuorten liikunta- ja kohtaamispaikka\nHakija: Pihlajakosken kyläyhdistys ry\nVersio 2, 14.1.2025')
    bold(d, 'Hankkeen toteutusaika *')
    sdt_block(d, 'toteutusaika', '1.3.2025–31.8.2026')
    bold(d, 'Haettava tuki ja kokonaiskustannukset *')
    sdt_block(d, 'kustannukset', 'Kokonaiskustannukset 86 400 €, josta haettava Leader-tuki 60 480 € (70 %). Kuntarahaosuus Hämeenkylän kunnalta 17 280 € ja kyläyhdistyksen talkootyö 8 640 €.')
    d.add_heading('Miksi hanketta tarvitaan?', 1)
    paras(d, '''Pihlajakoskella asuu noin 1 150 asukasta, joista 13–20-vuotiaita oli vuoden 2023 lopussa 118. Koulun liikuntasali on iltaisin lähes kokonaan seurojen vuoroilla, eikä kylällä ole ulkona paikkaa, jossa nuoret voisivat olla omalla porukallaan. Kunnan nuorisotilaan on matkaa 19 kilometriä ja bussi kulkee iltaisin kerran.
Kyläkyselyssä keväällä 2024 (vastaajia 164) toivotuin asia oli nuorille tarkoitettu ulkoliikuntapaikka. Asiasta keskusteltiin myös nuorten kanssa koululla 22.10.2024 ja kunnan nuorisopalvelujen kanssa 5.11.2024 pidetyssä valmistelupalaverissa.''')
    d.add_heading('Mitä hankkeella tavoitellaan?', 1)
    paras(d, '''Tavoitteenamme on, että kylällä on hankkeen päättyessä nuorten itse suunnittelema ja kaikille avoin ulkoliikuntapaikka. Haluamme lisäksi, että nuoret pääsevät oikeasti päättämään siitä, mitä pihalle tehdään ja miten sitä käytetään.
Numeroituina:
1. Kyläkoulun takapihalle rakennetaan monitoimikenttä, pumptrack-rata ja katettu oleskelukatos.
2. Vähintään 25 nuorta osallistuu pihan suunnitteluun ja käyttösääntöjen laatimiseen.
3. Pihalle syntyy säännöllistä, nuorten ja vapaaehtoisten vetämää toimintaa.''')
    d.add_heading('Kenelle hanke on?', 1)
    paras(d, 'Ensisijaisesti Pihlajakosken ja lähikylien 10–20-vuotiaille nuorille. Välillisesti hyötyvät lapsiperheet, koulu, urheiluseura Pihlajakosken Ponsi ja kyläläiset, jotka saavat uuden kokoontumispaikan.')
    d.add_heading('Toiminnan kuvaus', 1)
    paras(d, '''Suunnitteluvaihe (kevät 2025): nuorten ideointityöpajat koululla kolmena iltapäivänä, pienoismallin rakentaminen ja nettiäänestys vaihtoehdoista. Pajat vetää kunnan nuoriso-ohjaaja yhdessä hankkeen osa-aikaisen koordinaattorin kanssa.
Rakentaminen (kesä–syksy 2025): maanrakennus ja radan muotoilu ostopalveluna, katos ja penkit talkoilla. Nuoret osallistuvat talkoisiin kesätyösetelillä.
Toiminnan käynnistys (syksy 2025–kesä 2026): nuoret laativat pihan käyttösäännöt, Ponsi järjestää pumptrack-iltoja ja kyläyhdistys kouluttaa kuusi nuorta vapaaehtoista pihavastaaviksi.''')
    d.add_heading('Aikataulu', 1)
    table(d, [['', 'Q2/2025', 'Q3/2025', 'Q4/2025', 'Q1/2026', 'Q2/2026', 'Q3/2026'],
              ['Suunnittelupajat ja äänestys', 'x', '', '', '', '', ''],
              ['Rakentaminen ja talkoot', '', 'x', 'x', '', '', ''],
              ['Pihavastaavien koulutus', '', '', 'x', 'x', '', ''],
              ['Toiminta ja arviointi', '', '', 'x', 'x', 'x', 'x']])
    d.add_heading('Miten seuraamme, onnistuimmeko?', 1)
    paras(d, '''- Rakentamisen etenemistä seurataan hallituksen kokouksissa; mittarina on valmistuneet rakenteet ja käyttöönottotarkastus syksyllä 2025.
- Suunnitteluun osallistuneiden nuorten määrä kirjataan pajoissa ja äänestyksessä (tavoite vähintään 25).
- Pihan käyttöä seurataan pihavastaavien käyntivihkolla ja kahdella nuorille suunnatulla lyhyellä kyselyllä (marraskuu 2025 ja toukokuu 2026). Tavoitteena on vähintään kaksi säännöllistä viikkotapahtumaa.''')
    d.add_heading('Mitä hankkeesta jää käteen?', 1)
    paras(d, 'Tuloksena on valmis liikuntapaikka, nuorten laatimat käyttösäännöt, koulutetut pihavastaavat ja kokemus siitä, että nuorten mielipiteellä on väliä. Toivomme vaikutuksena, että nuoret viettävät enemmän aikaa liikkuen kotikylällään.')
    d.add_heading('Miten toiminta jatkuu hankkeen jälkeen?', 1)
    paras(d, '''Jatko on sovittu jo hakemusta tehtäessä: Hämeenkylän kunnan tekninen lautakunta on 10.12.2024 päättänyt, että kunta ottaa valmiin kentän ylläpitoonsa ja liikuntapaikkojen korjausohjelmaan 1.9.2026 alkaen. Vastuuhenkilönä kunnassa on liikuntapaikkamestari Janne Heikura.
Hankkeen alusta lähtien kerromme kylän Facebook-ryhmässä, kyläyhdistyksen verkkosivuilla ja paikallislehti Kosken Sanomissa, mitä pihalla tapahtuu. Pihaa ja sen sääntöjä muokataan nuorten palautteen mukaan erikseen pienemmille lapsille ja isommille nuorille. Toimintamalli esitellään Leader-ryhmän kyläiltaan toukokuussa 2026, jotta naapurikylät voivat kokeilla samaa omilla pihoillaan.
Pumptrack-illat jatkuvat Ponnen viikko-ohjelmassa, ja pihavastaavien tukeminen kirjataan kunnan nuorisopalvelujen toimintasuunnitelmaan vuodelle 2027. Koordinaattorin työajasta on varattu viimeiselle puolelle vuodelle 20 % jatkon järjestelyihin.''')
    d.add_heading('Kuka vastaa mistäkin?', 1)
    paras(d, 'Hankkeen hallinnoija on Pihlajakosken kyläyhdistys ry (puheenjohtaja Sari Lindqvist). Ohjausryhmässä ovat kyläyhdistys, kunnan nuorisopalvelut, Pihlajakosken koulu, Ponsi ja kaksi nuorten edustajaa.')
    d.add_heading('Mikä voi mennä pieleen?', 1)
    paras(d, 'Suurin riski on rakentamiskustannusten nousu; siihen varaudumme pyytämällä kaksi urakkatarjousta ja jättämällä katoksen laajennuksen lisävaiheeksi. Jos nuorten innostus hiipuu, pajoja siirretään koulupäivän yhteyteen.')
    d.add_heading('Viestintä', 1)
    paras(d, 'Viestintä hoidetaan nuorten omissa kanavissa (Instagram-tili, jota ylläpitää kaksi nuorta), kylän Facebook-ryhmässä ja Kosken Sanomissa. Avajaiset pidetään syyskuussa 2025.')
    bold(d, 'Lisätietoja hakemukseen')
    sdt_block(d, 'lisatiedot', 'Liitteenä kunnan päätös kuntarahasta ja tekninen lautakunnan pöytäkirjaote 10.12.2024.')
    save(d, os.path.join(OUT, 'era31-01-leader-kylapiha.docx'))
    ann('era31-01-leader-kylapiha', 'hankesuunnitelma', [])

# ---------------------------------------------------------------- 02
def d02():
    """OKM-kulttuurihankkeen arviointisuunnitelma, muutosten jäljitys: ulkoinen arviointi on POISTETTU."""
    d = Document()
    d.add_heading('Taidetta arkeen -hanke: arviointisuunnitelma', 0)
    paras(d, 'Luonnos 4.3.2025 (muutokset näkyvissä) – Järvelän kaupungin kulttuuripalvelut\nRahoittaja: opetus- ja kulttuuriministeriö, kulttuurin saavutettavuuden erityisavustus\nHankeaika 1.8.2025–31.7.2027')
    d.add_heading('1 Hankkeen tausta, tavoitteet ja kohderyhmä', 1)
    paras(d, '''Järvelässä yli 75-vuotiaita oli vuonna 2024 noin 2 900, ja heistä kotihoidon asiakkaina 640. Kotihoidon asiakkaat eivät juuri pääse kulttuuritapahtumiin: kulttuuripalvelujen asiakaskyselyssä 2023 vain 4 % yli 75-vuotiaista vastaajista kertoi käyneensä konsertissa tai näyttelyssä edellisen vuoden aikana.
Hankkeen tavoitteet ovat:
1. Kotihoidon asiakkaat saavat kulttuuria kotiinsa ja lähiympäristöönsä säännöllisesti.
2. Kotihoidon ja kulttuuripalvelujen henkilöstö osaa yhdessä suunnitella kulttuurihetkiä osaksi hoidon arkea.
3. Paikalliset taiteilijat saavat uudenlaista työtä ja kokemusta ikäihmisten parissa.
Kohderyhmänä ovat kotihoidon asiakkaat ja heidän omaisensa, kotihoidon hoitajat sekä alueen freelance-taiteilijat.''')
    d.add_heading('2 Mitä arvioidaan ja millä menetelmillä?', 1)
    table(d, [['Tavoite', 'Toimenpide', 'Arviointi / mittari'],
              ['1. Kulttuuria kotiin', 'Taiteilijoiden kotikäynnit ja pihakonsertit (noin 20 kk:ssa)', 'Käyntien ja osallistujien määrä; asiakkaiden palautekortit kuvasymbolein'],
              ['2. Henkilöstön osaaminen', 'Yhteiset suunnittelupajat ja kaksi koulutuspäivää', 'Hoitajien alku- ja loppukysely; pajojen oppimispäiväkirjat'],
              ['3. Taiteilijoiden työ', 'Ostopalvelusopimukset ja taiteilijoiden vertaisryhmä', 'Palkkioiden kokonaismäärä ja taiteilijahaastattelut']])
    bold(d, 'Arvioinnin näkökulmat')
    tracked_para(d, [('n', 'Arviointi on ensisijaisesti itsearviointia: hanketyöntekijä ja ohjausryhmä käyvät tulokset läpi puolen vuoden välein. '),
                     ('d', 'Lisäksi Itä-Suomen yliopiston sosiaali- ja terveysjohtamisen laitos tekee hankkeesta ulkoisen arvioinnin, jossa haastatellaan asiakkaita, omaisia ja hoitajia keväällä 2027. '),
                     ('i', 'Itsearvioinnin tueksi kootaan kerran vuodessa arviointityöpaja, johon kutsutaan myös taiteilijat ja kaksi asiakkaiden omaista.')])
    paras(d, 'Asiakkaiden ääni kuuluu palautekorttien lisäksi pienissä haastatteluissa, joita hanketyöntekijä tekee kotikäyntien jälkeen noin kymmenelle asiakkaalle kumpanakin vuonna.')
    d.add_heading('3 Aikataulu', 1)
    table(d, [['', '2025', '2026', '2027'],
              ['Hoitajien alkukysely', 'syyskuu', '', ''],
              ['Palautekortit ja käyntitilastot', 'jatkuva', 'jatkuva', 'jatkuva'],
              ['Asiakashaastattelut', '', 'toukokuu', 'huhtikuu'],
              ['Arviointityöpaja', '', 'tammikuu', 'tammikuu'],
              ['Loppukysely ja yhteenveto', '', '', 'kesäkuu']])
    d.add_heading('4 Miten arviointitietoa käytetään?', 1)
    tracked_para(d, [('n', 'Puolivuosikatsaukset käsitellään ohjausryhmässä, ja niiden perusteella kotikäyntien sisältöä ja kestoa muutetaan. '),
                     ('d', 'Ulkoisen arvioijan raportti julkaistaan kaupungin verkkosivuilla. '),
                     ('i', 'Loppuyhteenveto liitetään OKM:lle tehtävään loppuselvitykseen ja esitellään vanhus- ja vammaisneuvostolle.')])
    paras(d, '''Kulttuurihetket on tarkoitus saada pysyväksi osaksi kotihoitoa. Tästä sovittiin kotihoidon päällikön Marja Kinnusen kanssa jo hakuvaiheessa keväällä 2025, ja ensimmäisestä syksystä lähtien hoitajat kirjaavat kulttuurihetket asiakkaan hoito- ja palvelusuunnitelmaan. Arviointitiedon perusteella kulttuuripalvelut päättää keväällä 2027, mitkä toimintamuodot siirretään kaupungin vakituiseen talousarvioon.''')
    save(d, os.path.join(OUT, 'era31-02-okm-taidetta-arkeen-arviointi.docx'))
    ann('era31-02-okm-taidetta-arkeen-arviointi', 'arviointisuunnitelma', [{"rule": "arviointi.ei-ulkoista"}])

# ---------------------------------------------------------------- 03
def d03():
    """Nuorisotyön exit-suunnitelma, PDF (LibreOffice). Ei huomautettavaa."""
    d = Document()
    d.add_heading('Jalkautuvan nuorisotyön kokeilu – jatkuvuussuunnitelma', 0)
    paras(d, 'Koskenmaan kaupunki, nuorisopalvelut · ELY-keskuksen nuorisotyön avustus · Versio 1.2, 28.4.2026\nKokeilu on käynnissä 1.9.2024–31.8.2026. Suunnitelma valmisteltiin työpajassa 14.4.2026, jossa olivat mukana nuorisotyöntekijät, etsivä nuorisotyö, poliisin ennalta estävä toiminta ja kaksi nuorisovaltuuston jäsentä.')
    bold(d, 'Mitä kokeilussa syntyi?')
    paras(d, 'Kaksi nuorisotyöntekijää on liikkunut perjantai- ja lauantai-iltaisin kauppakeskus Virran, asema-alueen ja uimarannan tienoilla. Kohtaamisia kirjattiin 18 kuukaudessa 3 420, ja niistä 210 johti jatko-ohjaukseen. Syntyi toimintamalli, työparin turvallisuusohje ja kumppanuussopimus kauppakeskuksen kanssa.')
    d.add_heading('1. Toiminnan vakiinnuttaminen', 1)
    paras(d, '''Jalkautuva työ jatkuu 1.9.2026 alkaen kaupungin omana toimintana. Sivistyslautakunta hyväksyi 17.3.2026 talousarvioesitykseen kahden nuorisotyöntekijän viran ja 12 000 euron toimintamäärärahan vuodelle 2027. Toiminnasta vastaa nuorisopalvelujen päällikkö Tuomas Rantala; käytännön työn esihenkilö on nuoriso-ohjaaja Elina Saarnio.
Toimintamalli ja turvallisuusohje liitetään nuorisopalvelujen laatukäsikirjaan elokuussa 2026. Kumppanuussopimus kauppakeskus Virran kanssa uusitaan toistaiseksi voimassa olevaksi.''')
    d.add_heading('2. Kokemusten levittäminen', 1)
    paras(d, '''- Toimintamalli kuvataan Innokylään kesäkuussa 2026.
- Esittely Pohjois-Savon nuorisotyön verkostopäivillä syyskuussa 2026 ja Verken jalkautuvan työn webinaarissa.
- Lyhyt video ja kuvaus julkaistaan kaupungin verkkosivuilla ja nuorisopalvelujen Instagramissa.
- Naapurikunnille Kurkimäelle ja Pöljälle tarjotaan kahden illan perehdytys, jossa heidän työntekijänsä kulkevat työparina meidän kanssamme.''')
    d.add_heading('3. Miten työtä kehitetään edelleen?', 1)
    paras(d, '''Vuonna 2027 kokeillaan jalkautuvaa työtä myös kesäkauden festivaaleilla ja selvitetään yhdessä etsivän nuorisotyön kanssa yhteisen asiakaskirjauksen mahdollisuus. Kehittämistä ohjaa nuorisopalvelujen johtoryhmä.''')
    bold(d, 'Seuranta hankkeen jälkeen')
    paras(d, 'Kohtaamis- ja ohjausmäärät raportoidaan sivistyslautakunnalle osana nuorisopalvelujen puolivuotisraporttia. Nuorisovaltuusto tekee nuorille kyselyn jalkautuvasta työstä keväällä 2027, ja nuorisopalvelujen päällikkö arvioi tulokset johtoryhmässä toukokuussa 2027.')
    p = os.path.join(HERE, 'era31-03-nuorisotyo-jatkuvuussuunnitelma.docx')
    save(d, p); to_pdf(p)
    ann('era31-03-nuorisotyo-jatkuvuussuunnitelma', 'exit-suunnitelma', [])

# ---------------------------------------------------------------- 04
def d04():
    """Ympäristöyhdistyksen exit-suunnitelma (.md). Omistajina vain hanke itse; ei seurantaa."""
    t = '''# Purot kuntoon! – exit-suunnitelma

*Lounais-Hämeen luonnonsuojeluyhdistys ry · ELY-keskuksen vesistökunnostusavustus · päivitetty 2.6.2025*

Hanke kunnostaa vuosina 2024–2025 taimenpuroja Mustionjoen valuma-alueella talkoovoimin. Kunnostettuja puroja on nyt kuusi ja kutusoraikkoja rakennettu 41. Exit-suunnitelma käsiteltiin hankkeen ohjausryhmässä 28.5.2025.

## Miten kunnostustyö jää elämään?

Kunnostetuille puroille on laadittu hoito-ohjeet, joissa kerrotaan soraikkojen puhdistuksesta, puuaineksen lisäämisestä ja majavapatojen purkamisesta. Hankekoordinaattori huolehtii siitä, että ohjeet päivitetään ja että talkooporukat saavat tiedon seuraavista talkoista. Hanke vastaa myös siitä, että maanomistajien luvat ovat voimassa hankkeen loppuun asti.

Hankkeen viimeisinä kuukausina koordinaattorin työajasta noin kolmannes on varattu jatkon valmisteluun, ja talkoovälineisiin on budjetissa 2 500 euroa.

## Tulosten levittäminen

- talkookokemukset ja ohjeet kootaan yhdistyksen verkkosivuille
- kunnostusopas julkaistaan Vesistökunnostusverkoston sivuilla
- loppuseminaari Forssan kirjaston auditoriossa 20.11.2025
- koululaisille pidetään kaksi purokävelyä syksyllä 2025

## Jatkokehittäminen

Hankkeen aikana on tunnistettu vielä neljä kunnostamatonta puroa. Niiden kunnostusta voisi jatkaa uudessa hankkeessa, jota hanketyöntekijät alkavat valmistella syksyllä 2025.
'''
    open(os.path.join(OUT, 'era31-04-purot-kuntoon-exit.md'), 'w', encoding='utf-8').write(t)
    ann('era31-04-purot-kuntoon-exit', 'exit-suunnitelma',
        [{"rule": "exit.omistaja-hankkeen-sisalla"}, {"rule": "exit.ei-seurantaa"}])

# ---------------------------------------------------------------- 05
def d05():
    """Kaiku-loppuraportti (.txt): laadittu 5 kk hankkeen päättymisen jälkeen; yksi kysymys vastaamatta."""
    t = '''KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI

1. Taustatiedot

Toteuttajavirasto: Museoviraston rakennusperintöyksikkö, Kuopion toimipiste
Hankkeen nimi: Liikettä kenttätyöhön – työhyvinvointia ja taukoliikuntaa kenttätutkijoille
Määrärahapäätöksen diaarinumero: VK/1844/00.01.05.04/2024

2. Hankkeen teema ja tavoitteet

Hanke kuului teemaan työkyky ja hyvinvointi. Tavoitteena oli vähentää kenttätyön tuki- ja liikuntaelinvaivoja ja tehdä taukoliikunnasta luonteva osa inventointipäiviä. Lisäksi halusimme, että yksikön 23 työntekijää kokevat voivansa vaikuttaa omaan työergonomiaansa.

3. Hankkeen toteutus

Hanke kesti 1.2.2024–31.1.2025.
Käytännössä toteutimme kolme asiaa: fysioterapeutin tekemät ergonomiakäynnit kenttäkohteissa (8 käyntiä), taukoliikuntaohjaajien koulutuksen neljälle työntekijälle ja maastoautoihin hankitut taukoliikuntapakit. Suunnitelmasta poiketen yhteinen liikuntapäivä jäi pitämättä kesän kiireiden vuoksi.
Yksikön johto osallistui ergonomiakäynneille ja otti taukoliikunnan puheeksi jokaisessa kuukausipalaverissa.
Käytettyjä menetelmiä olivat ergonomiakartoitus, vertaisohjaus ja lyhyet videomuistutukset työpuhelimiin. Vertaisohjaus toimi parhaiten; videoita katsottiin vähän.
Ulkopuolinen fysioterapeutti tuli työterveyshuollon kautta, ja hänen kenttäosaamisensa oli yllättävän hyvää.
Ongelmana oli alussa aikataulujen sovittaminen, kun kenttäkausi on lyhyt. Ratkaisimme sen tekemällä käynnit osana tavallisia inventointipäiviä.
Kustannusarvio 18 600 euroa alittui noin 1 400 eurolla, koska liikuntapäivä jäi pois.

4. Tulokset ja vaikuttavuus

Miten tavoitteet toteutuivat?
Alku- ja loppukyselyn mukaan niska- ja selkävaivoja viikoittain kokevien osuus laski 48 prosentista 30 prosenttiin. Taukoliikuntaa kertoi pitävänsä vähintään kerran kenttäpäivässä 17 työntekijää 23:sta.

Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?

Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?
Alku- ja loppukysely, ohjaajien kenttäpäiväkirjat ja johtoryhmän väliarviointi elokuussa 2024.
Pysyviksi toimintatavoiksi jäivät taukoliikuntaohjaajat ja ergonomiakartoitus uusien työntekijöiden perehdytyksessä.

5. Kehitysajatukset

Jatkamme taukoliikuntaohjaajien verkostoa ja haemme työterveyshuollosta joka kevät yhden ergonomiakäynnin ennen kenttäkauden alkua.

6. Suositukset muille virastoille

Vertaisohjaajat kannattaa kouluttaa omasta joukosta; kollegan muistutus toimii paremmin kuin sovellus. Kannattaa myös suunnitella hanke kenttäkauden rytmin mukaan.

7. Tiivistelmä

Museoviraston kenttätutkijoille kehitettiin hankkeessa taukoliikunnan ja ergonomian toimintatapa, jossa vertaisohjaajat muistuttavat liikkeestä inventointipäivinä. Viikoittain niska- ja selkävaivoja kokevien osuus laski 48 prosentista 30 prosenttiin. Toimintatapa jatkuu perehdytyksessä ja vuosittaisena ergonomiakäyntinä.

8. Laatimispäivämäärä ja yhteystiedot

Raportti laadittu 30.6.2025.
Yhteyshenkilö: erikoistutkija Heikki Pasanen, heikki.pasanen@museovirasto.example, puh. 029 533 0000
'''
    open(os.path.join(OUT, 'era31-05-kaiku-loppuraportti-taukoliikunta.txt'), 'w', encoding='utf-8').write(t)
    ann('era31-05-kaiku-loppuraportti-taukoliikunta', 'loppuraportti',
        [{"rule": "raportti.myohassa"}, {"rule": "rakenne.kysymys-vastaamatta"}])

# ---------------------------------------------------------------- 06
def d06():
    """Kaiku-loppuraportti (.docx), diaarinumero ja yhteyshenkilö VAIN tekstiruudussa. Ei huomautettavaa."""
    d = Document()
    d.add_heading('Loppuraportti: Yhteinen ääni – kuorolaulu työyhteisön voimavarana', 0)
    paras(d, 'Kaiku-kehittämishanke · Lapin ympäristö- ja luonnonvarayksikkö (kuvitteellinen virasto)')
    bold(d, '1 Taustatiedot')
    textbox(d, ['Toteuttaja: Lapin ympäristö- ja luonnonvarayksikkö, Rovaniemen toimipiste',
                'Hanke: Yhteinen ääni – kuorolaulu työyhteisön voimavarana',
                'Määrärahapäätös Dnro VK/977/00.01.05.04/2024',
                'Yhteyshenkilö: henkilöstöasiantuntija Aino Kurki, aino.kurki@lapinyksikko.example, puh. 040 555 0123'])
    bold(d, '2 Mihin teemaan hanke liittyi ja mitä tavoittelimme?')
    paras(d, 'Hanke liittyi työyhteisön vuorovaikutukseen ja etätyön jälkeiseen yhteisöllisyyteen. Tavoitteena oli, että eri tiimien ihmiset tutustuvat toisiinsa ja että yhteiset kokoontumiset koetaan mielekkäiksi myös hybridityössä.')
    bold(d, '3 Hankkeen toteutus')
    paras(d, '''Hanke toteutettiin 1.9.2024–30.4.2025. Kuoronjohtaja Rovaniemen musiikkiopistosta veti 14 harjoituskertaa, joihin osallistui keskimäärin 19 henkeä. Harjoitukset pidettiin kahvitauon jatkeena, ja etätyöpäivinä mukaan pääsi Teamsin kautta. Joulukonsertti pidettiin virastotalon aulassa ja kevätkonsertti Arktikumissa.
Johto osallistui laulajina, mikä madalsi kynnystä. Ongelmana oli aluksi mieskuorolaisten vähyys; ratkaisimme sen sovittamalla kappaleet kolmelle äänelle. Kustannusarvio 9 800 euroa toteutui lähes sellaisenaan (9 640 euroa).''')
    bold(d, '4 Tulokset ja vaikuttavuus')
    paras(d, 'Työyhteisökyselyssä vastaus väitteeseen ”tunnen muiden tiimien ihmisiä” parani asteikolla 1–5 keskiarvosta 2,6 arvoon 3,5. Arvioimme hanketta osallistujakyselyllä ja harjoituspäiväkirjalla. Pysyväksi jäi kuukausittainen laulutauko. Yllätys oli, että moni uusi työntekijä kertoi kuoron olleen paras perehdytys.')
    bold(d, '5 Kehitysajatukset')
    paras(d, 'Kuoro jatkaa omakustanteisesti henkilöstökerhona, ja virasto tarjoaa tilat. Syksyllä 2025 kokeilemme yhteistä laulutaukoa myös Kemin toimipisteen kanssa.')
    bold(d, '6 Suositukset muille virastoille')
    paras(d, 'Matala kynnys ratkaisee: ei koelaulua, ei nuotinlukutaitovaatimusta. Harjoitukset kannattaa sijoittaa työajalle heti tauon jatkeeksi.')
    bold(d, '7 Tiivistelmä')
    paras(d, 'Virastoon perustettiin työaikana harjoitteleva kuoro, johon osallistui keskimäärin 19 henkeä 14 kertaa. Eri tiimien tuntemus parani kyselyssä 2,6:sta 3,5:een. Toiminta jatkuu henkilöstökerhona ja laajenee toiseen toimipisteeseen.')
    bold(d, '8 Laatimispäivämäärä')
    paras(d, 'Rovaniemellä 12.6.2025')
    save(d, os.path.join(OUT, 'era31-06-kaiku-loppuraportti-kuoro.docx'))
    ann('era31-06-kaiku-loppuraportti-kuoro', 'loppuraportti', [])

# ---------------------------------------------------------------- 07
def Q(d, label, answer):
    bold(d, label)
    d.add_paragraph('Vastaus:')
    paras(d, answer)

def d07():
    """Pitkä verkkohakemuksen vienti (OKM + kunta), PDF. Tavoite 4 ilman mittaria; riskiosio puuttuu."""
    d = Document()
    d.add_heading('Hankehakemus: Kulttuuripolku 2.0 – jokaiselle lapselle ja nuorelle taidetta koulupäivään', 0)
    paras(d, 'Tulostettu sähköisestä asiointipalvelusta 30.9.2025 · Hakija: Saarijärven seudun kuntayhtymä (kuvitteellinen), sivistyspalvelut · Rahoitushaku: OKM, lastenkulttuurin ja kulttuurikasvatuksen erityisavustukset 2026')
    d.add_heading('1. Hakijan tiedot', 1)
    Q(d, 'Hakijaorganisaatio *', 'Saarijärven seudun kuntayhtymä, sivistyspalvelut. Jäsenkunnat: Saarijärvi, Karstula, Kannonkoski ja Kyyjärvi.')
    Q(d, 'Yhteyshenkilö *', 'Kulttuurikasvatuskoordinaattori Laura Hyvönen, laura.hyvonen@seutu.example, puh. 044 555 0199.')
    Q(d, 'Hankkeen kesto *', 'Hanke alkaa 1.1.2026 ja päättyy 31.12.2027.')
    d.add_heading('2. Hankkeen tausta ja tarve', 1)
    Q(d, 'Kuvaa lähtötilanne ja hankkeen tarve *', '''Seudulla on 2 640 perusopetuksen oppilasta ja 410 lukiolaista (tilanne 20.9.2024). Koulut sijaitsevat harvaan asutulla alueella, ja pisin koulumatka kulttuurikeskukseen on 74 kilometriä. Vuonna 2019 laadittu ensimmäinen kulttuuripolku kattoi vain esiopetuksen ja alakoulun kolme ensimmäistä luokkaa, ja sekin toteutui pääosin Saarijärven keskustan kouluissa.
Kulttuuripalvelujen tilastojen mukaan vuonna 2023 sivukylien koulujen oppilaista 38 % osallistui lukuvuoden aikana vähintään yhteen taide- tai kulttuuritapahtumaan, keskustan kouluissa 81 %. Ero on kasvanut vuodesta 2018, jolloin vastaavat luvut olivat 52 % ja 79 %. Kuljetuskustannukset ovat nousseet, ja moni pieni koulu on luopunut retkistä kokonaan.
Nuorten oma ääni ei myöskään ole kuulunut polun suunnittelussa. Kouluterveyskyselyssä 2023 seudun 8.–9.-luokkalaisista vain 19 % koki voivansa vaikuttaa koulun tapahtumiin, mikä on selvästi alle maakunnan keskiarvon (27 %).
Hanketta valmisteltiin sivistysjohtajien kokouksessa 12.3.2025, rehtorikokouksessa 7.5.2025 sekä kahdessa oppilaskuntien yhteisessä tapaamisessa huhti- ja toukokuussa 2025. Lisäksi kuultiin alueen taiteilijoita avoimessa tilaisuudessa Saarijärven kulttuurikeskuksessa 26.8.2025, johon osallistui 31 taiteen ammattilaista.''')
    Q(d, 'Miten hanke liittyy hakijan strategiaan?', '''Kuntayhtymän sivistysstrategiassa 2024–2030 tavoitteena on, että jokainen lapsi ja nuori saa asuinpaikasta riippumatta yhdenvertaiset mahdollisuudet taiteeseen ja kulttuuriin. Jäsenkuntien hyvinvointisuunnitelmissa kulttuuriin osallistuminen on nostettu yhdeksi hyvinvoinnin mittariksi. Hanke toteuttaa myös kuntien kulttuuritoiminnasta annetun lain velvoitetta edistää kaikkien mahdollisuuksia osallistua kulttuuriin.''')
    Q(d, 'Toimintaympäristö ja aiemmat hankkeet', """Saarijärven seudun väkiluku oli vuoden 2024 lopussa noin 19 600, ja se on laskenut vuodesta 2015 noin 11 prosenttia. Alle 18-vuotiaiden osuus väestöstä on 17 %. Seudulla on yksi kulttuurikeskus, kaksi pääkirjastoa ja kolme lähikirjastoa, museo, musiikkiopisto ja kansalaisopisto. Ammattitaiteilijoita asuu seudulla arviolta 60, joista suurin osa on freelancereita ja tekee töitä myös Jyväskylän seudulla.
Jäsenkunnilla on perinteisesti ollut omat kulttuuritoimensa, mutta vuodesta 2021 alkaen kulttuuripalvelut on järjestetty kuntayhtymän kautta. Yhteinen organisaatio antaa mahdollisuuden suunnitella polku koko seudulle kerralla, mutta kuntien välillä on edelleen eroja siinä, miten kulttuuriin käytetään rahaa: vuonna 2023 kulttuurin nettomenot vaihtelivat jäsenkunnissa 38 ja 71 euron välillä asukasta kohden.
Seudulla on toteutettu aiemmin kaksi lastenkulttuurin hanketta. Taidetestaajat-toiminta on tuonut kahdeksasluokkalaiset ammattitaiteen pariin vuodesta 2018, ja siitä on hyviä kokemuksia erityisesti teatteri- ja konserttivierailuista. Vuosina 2021–2022 toteutettiin Kylä soi -hanke, jossa musiikkiopiston opettajat kiersivät kyläkouluissa. Kylä soi -hankkeen loppuraportin mukaan kyläkoulujen opettajat pitivät kiertävää mallia parhaana tapana tuoda taidetta pieniin kouluihin, mutta toiminta päättyi rahoituksen loputtua, koska kukaan ei ollut ottanut sitä vastuulleen. Tämä kokemus on vaikuttanut siihen, että nyt jatkosta on sovittu jo ennen hakemuksen jättämistä.
Digitaaliset valmiudet ovat seudun kouluissa hyvät: kaikissa kouluissa on vuodesta 2022 lähtien ollut valokuituyhteys ja luokissa näyttölaitteet, joten verkkoesitysten vastaanottaminen ei vaadi kouluilta uusia hankintoja. Kulttuurikeskuksen lähetystekniikka sen sijaan on vanhentunut, ja siihen tarvitaan hankkeen alussa pieni investointi.""")
    d.add_heading('3. Tavoitteet', 1)
    Q(d, 'Hankkeen päätavoite *', 'Päätavoitteena on, että kulttuuripolku kattaa koko perusopetuksen ja lukion ja että jokainen seudun lapsi ja nuori pääsee joka lukuvuosi vähintään kahteen ammattitaiteilijan kohtaamiseen kotikunnassaan tai verkossa.')
    bold(d, 'Osatavoitteet, toimenpiteet ja arviointi *')
    table(d, [['Tavoite', 'Toimenpiteet', 'Arviointi ja mittarit'],
              ['1. Kulttuuripolku laajenee esiopetuksesta lukioon', 'Polun vuosiluokkakohtaisten kohteiden suunnittelu opettajatiimeissä; polun kirjaaminen opetussuunnitelman liitteeksi', 'Polun kattamat vuosiluokat (tavoite 0–2. aste kokonaan); opetussuunnitelmaliitteen hyväksyminen'],
              ['2. Sivukylien koulujen osallistuminen tasavertaistuu', 'Kiertävät taiteilijavierailut kyläkouluihin; kuljetusrengas ja verkkoesitykset', 'Osallistumisprosentti kulttuuripalvelujen tilastoissa sivukylä/keskusta; tavoite yli 75 % molemmissa'],
              ['3. Nuoret suunnittelevat itse osan polun sisällöistä', 'Oppilaskuntien kulttuuriraadit, nuorten valitsemat teemat 7.–9. luokille ja lukioon', 'Raatien kokousmäärä, nuorten valitsemien sisältöjen osuus; nuorten palautekysely kahdesti vuodessa'],
              ['4. Alueen kulttuuritoimijoiden yhteistyö tiivistyy', 'Taiteilija- ja toimijaverkoston tapaamiset neljästi vuodessa; yhteinen ohjelmistokalenteri', '']])
    d.add_heading('4. Kohderyhmät', 1)
    Q(d, 'Hankkeen kohderyhmät *', '''Välitön kohderyhmä ovat seudun esiopetuksen, perusopetuksen ja lukion oppilaat (noin 3 300 lasta ja nuorta) sekä heidän opettajansa (noin 260). Erityisesti huomioidaan sivukylien 14 pientä koulua, joissa oppilaita on 12–90.
Toinen kohderyhmä ovat alueen ammattitaiteilijat ja kulttuurilaitokset: kulttuurikeskus, kaksi kirjastoa, Saarijärven museo, kansalaisopisto ja musiikkiopisto sekä noin 40 freelance-taiteilijaa.
Välillisesti hyötyvät perheet, jotka saavat polun kautta tietoa kulttuuritarjonnasta, sekä kyläyhdistykset, joiden tiloja käytetään esityspaikkoina.''')
    d.add_heading('5. Toteutus', 1)
    Q(d, 'Kuvaa hankkeen toimenpiteet vaiheittain *', '''Vaihe 1, suunnittelu (tammi–toukokuu 2026). Koordinaattori kokoaa jokaisesta jäsenkunnasta opettajatiimin, joka käy läpi nykyisen polun ja ehdottaa vuosiluokille 4–9 ja lukiolle kohteet. Samaan aikaan oppilaskuntiin perustetaan kulttuuriraadit, joissa on 3–5 oppilasta kustakin yläkoulusta ja lukiosta. Raadit valitsevat kevään aikana teemat, joista ne haluavat taiteilijavierailuja. Taiteilijoille järjestetään kaksi koulutusiltaa koulumaailman käytännöistä.
Vaihe 2, pilotointi (elokuu–joulukuu 2026). Laajennettu polku pilotoidaan kaikissa jäsenkunnissa. Kiertävä taiteilijaohjelma vie vierailut kyläkouluihin: esimerkiksi sanataiteilija viettää koululla kaksi päivää ja tekee oppilaiden kanssa äänitarinan, tanssitaiteilija pitää kolmen kerran työpajasarjan. Kuljetusrengas yhdistää pienten koulujen retket niin, että kaksi tai kolme koulua jakaa saman bussin. Verkkoesitykset lähetetään kulttuurikeskuksesta suorana niihin kouluihin, joihin kuljetus ei ole järkevä.
Vaihe 3, vakiinnuttava toteutus (tammikuu–joulukuu 2027). Palautteen perusteella polkua muokataan, ja se hyväksytään jäsenkuntien opetussuunnitelmien liitteeksi. Lukioon rakennetaan polusta valinnainen kulttuuridiplomin osa. Kulttuuriraadit jatkavat ja valitsevat lukuvuoden 2027–2028 sisällöt.
Koko hankkeen ajan ylläpidetään yhteistä ohjelmistokalenteria, johon kulttuuritoimijat syöttävät kouluille sopivat esitykset ja työpajat, ja taiteilija- ja toimijaverkosto kokoontuu neljästi vuodessa.''')
    Q(d, 'Miten kohderyhmä osallistuu hankkeen suunnitteluun ja toteutukseen?', '''Oppilaat osallistuvat kulttuuriraatien kautta suoraan sisältöjen valintaan. Opettajat ovat mukana tiimeissä ja pilotoinnissa. Taiteilijat ovat olleet mukana jo valmisteluvaiheessa avoimessa kuulemistilaisuudessa, ja heiltä kerätään palautetta jokaisen vierailun jälkeen.''')
    Q(d, 'Miten hankkeessa hyödynnetään digitaalisia ratkaisuja?', """Verkkoesityksiä varten kulttuurikeskukseen hankitaan kaksi kameraa, äänimikseri ja lähetysohjelmisto. Esitykset lähetetään suljettuna lähetyksenä kouluille, ja taiteilijoiden kanssa sovitaan erikseen, saako tallenteen jakaa myöhemmin. Verkkoesitys ei ole pelkkä katselukokemus: jokaiseen lähetykseen liitetään tehtäväpaketti, jonka avulla luokka tekee esityksen jälkeen oman pienen työpajan, ja taiteilija vastaa luokkien kysymyksiin lähetyksen lopussa.
Ohjelmistokalenteri rakennetaan kuntayhtymän nykyiseen tapahtumakalenteriin erillisenä koulujen näkymänä, joten uutta järjestelmää ei tarvita. Kulttuuritoimijat syöttävät tarjontansa kalenteriin itse, ja opettajat ja kulttuuriraadit tekevät varaukset sähköisellä lomakkeella. Vierailupalaute kerätään samalla lomakepohjalla, jolloin tiedot ovat yhdessä paikassa.""")
    d.add_heading('6. Aikataulu', 1)
    table(d, [['Toimenpide', 'Q1/2026', 'Q2/2026', 'Q3/2026', 'Q4/2026', 'Q1/2027', 'Q2/2027', 'Q3/2027', 'Q4/2027'],
              ['Opettajatiimit ja polun suunnittelu', 'x', 'x', '', '', '', '', '', ''],
              ['Kulttuuriraatien perustaminen', 'x', 'x', '', '', '', '', '', ''],
              ['Pilotointi ja kiertävä ohjelma', '', '', 'x', 'x', '', '', '', ''],
              ['Polun muokkaus ja OPS-liite', '', '', '', '', 'x', 'x', '', ''],
              ['Vakiintunut toteutus', '', '', '', '', 'x', 'x', 'x', 'x'],
              ['Loppuseminaari ja raportointi', '', '', '', '', '', '', '', 'x']])
    d.add_heading('7. Organisointi ja yhteistyökumppanit', 1)
    Q(d, 'Hankkeen hallinnointi ja ohjaus *', '''Hankkeen hallinnoija on Saarijärven seudun kuntayhtymän sivistyspalvelut. Hankkeessa työskentelee kokoaikainen kulttuurikasvatuskoordinaattori ja osa-aikainen (50 %) tuottaja. Ohjausryhmään kuuluvat jäsenkuntien sivistysjohtajat, kaksi rehtoria, kulttuurikeskuksen johtaja, kaksi taiteilijoiden edustajaa ja kaksi oppilasedustajaa. Ohjausryhmä kokoontuu neljästi vuodessa ja sen puheenjohtajana toimii sivistysjohtaja Pekka Leinonen.
Yhteistyökumppaneina ovat Keski-Suomen taidetoimikunnan alueellinen taiteen edistämiskeskus, Lastenkulttuurin keskus Kompassi (kuvitteellinen alueellinen keskus) ja Jyväskylän yliopiston taidekasvatuksen oppiaine, joka ohjaa kaksi opinnäytetyötä hankkeesta.''')
    d.add_heading('8. Kustannukset ja rahoitus', 1)
    Q(d, 'Kustannusarvio *', '')
    table(d, [['Kustannuslaji', '2026', '2027', 'Yhteensä'],
              ['Henkilöstökulut (koordinaattori, tuottaja)', '68 000', '70 000', '138 000'],
              ['Taiteilijapalkkiot', '34 000', '38 000', '72 000'],
              ['Kuljetukset', '9 000', '9 500', '18 500'],
              ['Verkkolähetysten tekniikka', '6 500', '1 500', '8 000'],
              ['Muut kulut (tilat, viestintä, matkat)', '4 500', '5 000', '9 500'],
              ['Yhteensä', '122 000', '124 000', '246 000']])
    Q(d, 'Rahoitussuunnitelma *', 'OKM:ltä haetaan 172 200 euroa (70 %). Jäsenkuntien kuntarahaosuus on 73 800 euroa (30 %), ja se jaetaan asukasluvun mukaan. Saarijärven kaupunginhallitus ja muiden jäsenkuntien hallitukset ovat sitoutuneet omarahoitusosuuteen syyskuussa 2025.')
    d.add_heading('9. Seuranta ja arviointi', 1)
    Q(d, 'Miten hankkeen toteutumista ja tuloksia arvioidaan? *', '''Hankkeen arviointi on itsearviointia, jota tukee Jyväskylän yliopiston opiskelijoiden opinnäytetyö. Kulttuuripalvelujen osallistumistilastoa seurataan lukukausittain koulukohtaisesti, ja siitä lasketaan sivukylien ja keskustan koulujen osallistumisprosentti. Opetussuunnitelmaliitteen valmistumista ja polun kattamien vuosiluokkien määrää seurataan ohjausryhmässä.
Nuorilta kerätään palautetta lyhyellä mobiilikyselyllä jokaisen lukukauden lopussa, ja kulttuuriraatien kokoukset ja niiden valitsemat sisällöt kirjataan. Opettajilta ja taiteilijoilta kerätään vierailukohtainen palaute sähköisellä lomakkeella.
Väliraportti laaditaan tammikuussa 2027, ja loppuraportin aineisto kootaan joulukuussa 2027 rahoittajan ohjeen mukaisesti.''')
    d.add_heading('10. Tulokset ja vaikutukset', 1)
    Q(d, 'Mitä konkreettisia tuloksia hankkeella saavutetaan? *', '''Hankkeen tuloksena seudulla on esiopetuksesta lukioon ulottuva kulttuuripolku, joka on kirjattu opetussuunnitelmien liitteeksi. Käytössä on kiertävän taiteilijaohjelman malli, kuljetusrenkaan toimintaohje, verkkoesitysten tekninen ratkaisu sekä yhteinen ohjelmistokalenteri. Jokaisessa yläkoulussa ja lukiossa toimii kulttuuriraati.''')
    Q(d, 'Millaisia pidemmän aikavälin vaikutuksia hankkeella on?', '''Pitkällä aikavälillä odotamme, että asuinpaikan merkitys kulttuuriin osallistumisessa pienenee ja että nuorten kokemus vaikutusmahdollisuuksistaan vahvistuu. Taiteilijoille syntyy seudulle pysyvämpiä työmahdollisuuksia, mikä tukee heidän jäämistään alueelle. Kulttuuripolun kautta perheet löytävät myös vapaa-ajan kulttuuritarjonnan.
Opettajille hanke tuo kokemusta taiteilijoiden kanssa suunnittelusta, mikä näkyy toivottavasti myös muussa opetuksessa, esimerkiksi monialaisissa oppimiskokonaisuuksissa. Kulttuurilaitoksille polku tuo uusia, nuoria kävijöitä, ja museo ja kirjastot saavat kouluista säännöllisen yhteistyökumppanin. Kun polku on kirjattu opetussuunnitelmiin, sen olemassaolo ei enää riipu yksittäisen opettajan tai rehtorin innostuksesta, vaan jokainen seudun lapsi kulkee sen läpi koulupolkunsa aikana.''')
    d.add_heading('11. Tulosten hyödyntäminen ja jatkuvuus', 1)
    Q(d, 'Miten hankkeen tulokset jäävät pysyvään käyttöön? *', '''Jatkuvuutta on rakennettu jo hakemusvaiheessa: sivistysjohtajat sopivat 12.3.2025, että laajennettu polku hyväksytään hankkeen aikana jäsenkuntien opetussuunnitelmien liitteeksi ja että polun koordinointi siirtyy 1.1.2028 alkaen kuntayhtymän kulttuuripalvelujen perustehtäväksi. Vastuu polun ylläpidosta hankkeen jälkeen on kuntayhtymän kulttuuripalvelupäälliköllä (nykyisin Mervi Kotilainen), ja jäsenkunnat varaavat vuodesta 2028 alkaen talousarvioihinsa taiteilijapalkkioihin yhteensä 30 000 euroa vuodessa.
Ensimmäisestä hankekuukaudesta lähtien kerromme polun etenemisestä opettajille Wilmassa ja perheille koulujen tiedotteissa, jotta polku tulee tutuksi ennen kuin se virallisesti hyväksytään. Polun sisällöt muokataan erikseen pienille kyläkouluille, yläkouluille ja lukiolle, ja kulttuuriraatien palautteen perusteella samasta esityksestä voidaan tehdä eri ikäryhmille eri versio.
Muille Keski-Suomen kunnille tarjoamme mahdollisuuden kokeilla kiertävää taiteilijaohjelmaa ja kuljetusrengasta lukuvuonna 2027–2028 yhdessä meidän kanssamme; kaksi naapurikuntaa on jo ilmaissut kiinnostuksensa. Koordinaattorin työajasta on vuonna 2027 varattu noin neljännes siihen, että toimintatavat kirjataan ohjeiksi ja siirretään kulttuuripalvelujen vakituiselle henkilöstölle.''')
    d.add_heading('12. Viestintä ja levittäminen', 1)
    Q(d, 'Miten hankkeesta viestitään ja miten tuloksia levitetään? *', '''Hankkeella on oma sivu kuntayhtymän verkkosivuilla ja Instagram-tili, jota kulttuuriraatien nuoret päivittävät vuorollaan. Opettajille tiedotetaan Wilman ja rehtorikokousten kautta. Taiteilijoille viestitään taiteen edistämiskeskuksen uutiskirjeessä.
Tuloksia levitetään Lastenkulttuurin päivillä syksyllä 2027, maakunnallisessa kulttuurikasvatuksen verkostossa ja kulttuuripolkujen kansallisessa verkostossa. Loppuseminaari pidetään Saarijärven kulttuurikeskuksessa marraskuussa 2027, ja kiertävän taiteilijaohjelman malli julkaistaan avoimena oppaana.''')
    Q(d, 'Muuta hakemukseen liittyvää', '''Hakemuksen liitteinä ovat jäsenkuntien sitoumukset kuntarahasta, sivistysjohtajien kokouksen muistio 12.3.2025 ja taiteilijoiden kuulemistilaisuuden yhteenveto. Hankkeen jälkeen, vuonna 2028, on tarkoitus selvittää mahdollisuus laajentaa polku myös varhaiskasvatuksen 3–5-vuotiaisiin.''')
    d.add_heading('13. Lisätiedot', 1)
    Q(d, 'Kokemukset aiemmasta kulttuuripolusta', """Ensimmäinen kulttuuripolku otettiin käyttöön syksyllä 2019 Saarijärven esiopetuksessa ja 1.–3. luokilla. Sen suunnitteli kulttuuripalvelujen silloinen tuottaja yhdessä kahden opettajan kanssa, ja rahoitus tuli kaupungin omasta talousarviosta. Polku toimi keskustan kouluissa hyvin: opettajat pitivät valmiiksi sovittuja kohteita helppoina, ja lapset odottivat vuosittaisia vierailuja.
Koronavuosina 2020–2021 lähes kaikki vierailut peruttiin, ja polun toiminta käynnistyi uudelleen vasta syksyllä 2022. Samalla huomattiin, että kyläkoulut olivat pudonneet polulta lähes kokonaan, koska kuljetukset oli budjetoitu vain keskustan kouluille. Muiden jäsenkuntien kouluissa polkua ei ole koskaan ollut, vaikka opettajat ovat toivoneet sitä useissa rehtorikokouksissa.
Ensimmäisestä polusta opimme, että valmiit kohteet ja selkeä vuosikello madaltavat opettajien kynnystä, mutta että polku kuihtuu, jos sen koordinointi on yhden ihmisen muun työn ohessa. Tämän vuoksi hankkeessa koordinointi rakennetaan alusta asti kuntayhtymän tehtäväksi eikä yksittäisen työntekijän varaan.""")
    Q(d, 'Yhdenvertaisuus ja saavutettavuus', """Hankkeen lähtökohta on alueellinen yhdenvertaisuus: kyläkoulun oppilaan mahdollisuus kohdata taiteilija ei saa riippua koulun koosta tai etäisyydestä. Tämän lisäksi huomioidaan erityistä tukea tarvitsevat oppilaat. Jokaisen vierailun yhteydessä taiteilija saa opettajalta etukäteen tiedon ryhmän tarpeista, ja työpajoista tehdään tarvittaessa kevennetty versio. Verkkoesitykset tekstitetään, ja kulttuurikeskuksen esteettömyys on tarkistettu vuonna 2024.
Seudulla asuu noin 180 vieraskielistä perusopetuksen oppilasta, joista suurin osa puhuu kotonaan ukrainaa, arabiaa tai venäjää. Polun sisällöissä suositaan sanatonta ilmaisua, kuten tanssia, musiikkia ja kuvataidetta, ja tiedotteet huoltajille käännetään tarvittaessa. Kulttuuriraatiin pyritään saamaan eri taustoista tulevia oppilaita.
Polku on oppilaille ja perheille maksuton. Kuljetukset, taiteilijapalkkiot ja materiaalit maksetaan hankkeesta ja kuntarahaosuudesta.""")
    Q(d, 'Henkilöstö ja tehtävät', """Kulttuurikasvatuskoordinaattori (100 %, koko hankeaika) vastaa hankkeen johtamisesta, opettajatiimien ja kulttuuriraatien koordinoinnista, rahoittajaraportoinnista ja ohjausryhmän valmistelusta. Koordinaattoriksi on nimetty kuntayhtymän nykyinen kulttuurituottaja Laura Hyvönen, jolla on kuuden vuoden kokemus lastenkulttuurin tuottamisesta.
Tuottaja (50 %, 1.3.2026–31.12.2027) vastaa kiertävän taiteilijaohjelman käytännön järjestelyistä, taiteilijasopimuksista, kuljetusrenkaan reiteistä ja verkkoesitysten tekniikasta. Tuottaja rekrytoidaan julkisella haulla alkuvuodesta 2026.
Taiteilijat työskentelevät ostopalvelusopimuksella tai työsuhteessa vierailukohtaisesti. Palkkiot maksetaan Taiteen edistämiskeskuksen suositusten mukaisina. Opettajatiimien työ tehdään opettajien suunnitteluajalla, ja siihen osallistuminen on sovittu rehtorikokouksessa.""")
    Q(d, 'Kestävä kehitys', """Kuljetusrengas vähentää ajettuja bussikilometrejä, koska useamman koulun oppilaat kulkevat samalla kyydillä. Arviomme mukaan kilometrit vähenevät noin kolmanneksella verrattuna siihen, että jokainen koulu tekisi retkensä erikseen. Verkkoesitykset korvaavat osan matkoista kokonaan. Työpajoissa käytetään kierrätysmateriaaleja aina kun mahdollista, ja kuvataidelaukkujen sisältö kootaan kestävistä välineistä, jotka kiertävät koulusta toiseen.
Sosiaalisesti kestävää on se, että alueen taiteilijat saavat pysyvämpää työtä kotiseudultaan. Taiteilijoiden kuulemistilaisuudessa moni kertoi, että säännölliset koulukeikat ovat heille tärkeämpiä kuin yksittäiset suuret tilaisuudet.""")
    Q(d, 'Tiivistelmä hakemuksesta (julkaistaan)', """Kulttuuripolku 2.0 laajentaa Saarijärven seudun kulttuuripolun esiopetuksesta lukioon ja tuo sen kaikkiin neljään jäsenkuntaan. Kiertävä taiteilijaohjelma, kuljetusrengas ja verkkoesitykset tasaavat keskustan ja kyläkoulujen välistä eroa osallistumisessa. Nuoret suunnittelevat itse osan sisällöistä kulttuuriraadeissa. Hanke toteutetaan 2026–2027, ja sen jälkeen polun koordinointi jatkuu kuntayhtymän kulttuuripalvelujen perustehtävänä.""")
    d.add_heading('Liite 1. Kulttuuripolun kohteet vuosiluokittain (luonnos)', 1)
    paras(d, """Esiopetus: Kirjaston satutunti ja kirjastoauton vierailu syksyllä; keväällä nukketeatteriesitys kulttuurikeskuksessa tai verkkolähetyksenä. Esiopetuksen ryhmät saavat lisäksi lainaksi kuvataidelaukun, jossa on ohjeet kolmeen pieneen työpajaan. Kohteet on valittu niin, että ne voidaan toteuttaa myös kyläkoulujen esiopetusryhmissä ilman pitkää matkaa.
1. luokka: Museon esinekylpy, jossa lapset tutkivat vanhoja arkiesineitä ja keksivät niille tarinoita. Museopedagogi tuo esineet koululle, jos koulu on yli 30 kilometrin päässä museosta. Keväällä musiikkiopiston opettajat pitävät soitinesittelyn.
2. luokka: Sanataidetyöpaja kirjailijan kanssa, jonka tuotoksena syntyy luokan oma satukirja. Kirjat painetaan pieninä painoksina ja viedään kirjaston lastenosastolle lainattaviksi.
3. luokka: Tanssitaiteilijan kolmen kerran työpajasarja ja siihen liittyvä pieni esitys huoltajille. Työpajat pidetään koulun liikuntasalissa tai kylätalolla, ja niissä käytetään paikallisia lauluja ja leikkejä.
4. luokka: Kotiseutuarkkitehtuurin kävely, jonka vetää arkkitehti yhdessä museon kanssa. Oppilaat piirtävät ja valokuvaavat oman kylänsä rakennuksia, ja töistä kootaan kiertävä näyttely kirjastoihin.
5. luokka: Elokuvakasvatus: lyhytelokuvan käsikirjoittaminen ja kuvaaminen tablettitietokoneilla. Elokuvat esitetään kulttuurikeskuksen elokuvapäivässä, johon kaikkien koulujen 5.-luokkalaiset kuljetetaan kuljetusrenkaan avulla.
6. luokka: Teatteriesitys kulttuurikeskuksessa ja sitä seuraava keskustelu näyttelijöiden kanssa. Kyläkouluille esitys tuodaan kiertueversiona, jossa lavastus on pienennetty mahtumaan koulun saliin.
7. luokka: Kulttuuriraadin valitsema teema. Valmistelutapaamisissa nuoret ovat toivoneet esimerkiksi katutaidetta, rap-lyriikkaa, pelisuunnittelua ja valokuvausta. Raati valitsee taiteilijan ohjelmistokalenterin tarjonnasta ja voi myös ehdottaa uutta.
8. luokka: Konsertti ja musiikkipaja, jossa ammattimuusikot tekevät oppilaiden kanssa kappaleen. Kappale äänitetään musiikkiopiston studiossa, ja nuoret päättävät itse, julkaistaanko se.
9. luokka: Kulttuuriraadin valitsema teema sekä tutustuminen taidealan työhön: taiteilija kertoo, miten hän on päätynyt ammattiinsa ja miten taiteella elää maaseudulla.
Lukio: Kulttuuridiplomin osa, jossa opiskelija suunnittelee ja toteuttaa pienen kulttuuritapahtuman alakoululaisille. Lisäksi lukion kulttuuriraati järjestää vuosittain yhden avoimen tapahtuman koko seudun nuorille.
Jokaiselle vuosiluokalle on kirjattu kaksi kohdetta, joista toinen voidaan toteuttaa verkkoesityksenä. Opettajatiimit tarkentavat kohteet kevään 2026 aikana, joten luettelo muuttuu vielä.""")
    d.add_heading('Liite 2. Kulttuuriraadin toimintaperiaatteet', 1)
    paras(d, """Kulttuuriraati on oppilaskunnan hallituksen alainen työryhmä, johon kuuluu kolmesta viiteen oppilasta. Raatiin voi hakea kuka tahansa koulun oppilas, eikä aiempaa harrastuneisuutta vaadita. Jäsenet valitaan lukuvuodeksi kerrallaan, ja samaan raatiin voi kuulua useana vuonna.
Raati kokoontuu vähintään neljä kertaa lukuvuodessa koulupäivän aikana. Kokouksiin osallistuu aikuisena ohjaava opettaja, jonka tehtävä on auttaa käytännön järjestelyissä, ei päättää sisällöistä. Hankkeen koordinaattori osallistuu raadin ensimmäiseen kokoukseen ja tarvittaessa myöhempiin.
Raati valitsee oman koulunsa 7.–9. luokkien tai lukion kulttuuripolun teemat ohjelmistokalenterin tarjonnasta. Raadilla on käytössään taiteilijapalkkioihin koulukohtainen osuus, jonka suuruus lasketaan oppilasmäärän mukaan. Raati voi myös kutsua taiteilijan, jota kalenterissa ei ole, kunhan hinta mahtuu raamiin.
Raatien edustajat tapaavat kerran lukukaudessa koko seudun yhteisessä tapaamisessa, jossa vaihdetaan kokemuksia ja valitaan kaksi edustajaa ohjausryhmään. Yhteinen tapaaminen pidetään vuorotellen eri kunnissa, ja matkat maksetaan hankkeesta.
Raadin jäsenet saavat toiminnastaan todistuksen, ja lukiossa raatityön voi liittää kulttuuridiplomiin.""")
    d.add_heading('Liite 3. Vierailupalautelomake opettajille ja taiteilijoille (käytetään hankkeen aikana)', 1)
    paras(d, """Koulu: ______________________   Päivämäärä: ____________
Vierailun tai esityksen nimi: ______________________
Vastaajan rooli: opettaja / taiteilija / muu, mikä?
Kuinka hyvin vierailu sopi oppilaiden ikätasolle? (1–5)
Mikä vierailussa onnistui parhaiten?
Mitä muuttaisit, jos vierailu järjestettäisiin uudelleen?
Toimivatko käytännön järjestelyt (kuljetus, tilat, tekniikka)? Kerro tarvittaessa lisää.
Muuta palautetta:""")
    d.add_heading('Liite 4. Kuljetusrenkaan toimintaohje (luonnos)', 1)
    paras(d, """Kuljetusrengas yhdistää lähekkäin sijaitsevien pienten koulujen kulttuuriretket. Koordinaattori kokoaa lukukauden alussa koulujen toiveet ohjelmistokalenterista ja muodostaa niistä kuljetusreitit niin, että sama bussi hakee kahden tai kolmen koulun oppilaat. Reitit suunnitellaan yhdessä kuntien koulukuljetuksista vastaavien kanssa, jotta retket voidaan liittää olemassa oleviin koulukuljetusten aikatauluihin.
Retkipäivä ilmoitetaan kouluille vähintään neljä viikkoa etukäteen. Opettajat vastaavat oppilaiden valvonnasta matkan aikana, ja jokaiseen bussiin tulee vähintään kaksi aikuista.
Kuljetuskustannukset maksetaan hankkeen aikana hankkeen budjetista. Kokemusten perusteella lasketaan, mitä kuljetusrengas maksaa vuodessa, jotta kulttuuripalvelut voi varata summan talousarvioonsa hankkeen jälkeen.""")
    d.add_heading('Liite 5. Yhteenveto valmistelutilaisuuksista keväältä ja kesältä 2025', 1)
    bold(d, 'Sivistysjohtajien kokous 12.3.2025')
    paras(d, """Kokouksessa käytiin läpi ensimmäisen kulttuuripolun kokemukset ja kulttuuripalvelujen osallistumistilastot. Sivistysjohtajat pitivät keskustan ja kyläkoulujen välistä eroa niin suurena, että sen korjaaminen on perusteltua koko seudun yhteisenä hankkeena. Kokouksessa sovittiin, että hakemus valmistellaan kuntayhtymän nimissä, että kuntarahaosuus jaetaan asukasluvun mukaan ja että polun koordinointi siirretään hankkeen jälkeen kuntayhtymän kulttuuripalvelujen tehtäväksi. Lisäksi sovittiin, että jäsenkuntien opetussuunnitelmiin varataan liite, johon polku kirjataan.""")
    bold(d, 'Rehtorikokous 7.5.2025')
    paras(d, """Rehtorit toivat esiin, että opettajien aika on kortilla ja että uusi polku ei saa lisätä opettajien työtä merkittävästi. Siksi hankkeessa tuottaja hoitaa kaikki käytännön järjestelyt, ja opettajien tehtäväksi jää kohteen valinta ja oppilaiden valmistaminen vierailuun. Rehtorit pitivät hyvänä ajatusta siitä, että nuoret valitsevat itse osan sisällöistä. Kyläkoulujen rehtorit korostivat, että verkkoesitys ei saa korvata kaikkia vierailuja, koska taiteilijan kohtaaminen samassa tilassa on lapsille tärkeää.""")
    bold(d, 'Oppilaskuntien yhteiset tapaamiset 23.4. ja 21.5.2025')
    paras(d, """Tapaamisiin osallistui yhteensä 34 oppilasta kuudesta koulusta. Oppilaat kertoivat, että koulun kulttuuritapahtumat tuntuvat usein pienille lapsille tehdyiltä, eikä yläkoululaisilta kysytä, mitä he haluaisivat nähdä. Toiveina nousivat esiin katutaide, musiikin tekeminen, pelit, elokuvat ja valokuvaus, mutta myös teatteri, kunhan se käsittelee nuorten omia aiheita. Oppilaat ehdottivat itse kulttuuriraatia ja sitä, että raadilla olisi oma rahasumma käytettävissään. Ehdotus otettiin hakemukseen sellaisenaan.""")
    bold(d, 'Taiteilijoiden kuulemistilaisuus 26.8.2025')
    paras(d, """Tilaisuuteen osallistui 31 taiteen ammattilaista, joista 22 asuu seudulla. Taiteilijat pitivät tärkeänä, että koulukeikat maksetaan kunnolla ja että matka-aika huomioidaan palkkiossa. He toivoivat yhteistä kalenteria, josta näkee, mitä muualla on tarjolla, ja mahdollisuutta kehittää koulukeikkoja yhdessä opettajien kanssa. Moni kertoi, että kyläkouluihin ei ole aiemmin ollut asiaa, koska pienen koulun ei ole kannattanut tilata esitystä yksin. Kiertävä taiteilijaohjelma ja kuljetusrengas syntyivät tästä keskustelusta.
Tilaisuudessa sovittiin, että taiteilijoille kerätään yhteystietolista ja että heitä kutsutaan hankkeen alussa perehdytykseen koulujen käytännöistä. Kaksi taiteilijaa lupautui ohjausryhmään.""")
    bold(d, 'Mitä valmistelusta jäi hakemukseen?')
    paras(d, """Valmistelun tärkein anti oli se, että polkua ei suunnitella kulttuuripalveluissa valmiiksi, vaan opettajat, nuoret ja taiteilijat ovat mukana alusta asti. Hakemuksen toimenpiteet, aikataulu ja budjetti perustuvat näissä tilaisuuksissa sovittuun. Kuntarahaosuuden hyväksyivät kaikkien jäsenkuntien hallitukset syyskuussa 2025, ja sitoumukset ovat hakemuksen liitteinä. Hakemus viimeisteltiin sivistyspalvelujen johtoryhmässä 29.9.2025.""")
    p = os.path.join(HERE, 'era31-07-okm-kulttuuripolku-hakemus.docx')
    save(d, p); to_pdf(p)
    ann('era31-07-okm-kulttuuripolku-hakemus', 'hankesuunnitelma',
        [{"rule": "tavoite.ei-arviointia", "count": 1}, {"rule": "rakenne.osio-puuttuu", "target": "riskit"}])

# ---------------------------------------------------------------- 08
def d08():
    """Liikuntahankkeen lyhyt arviointisuunnitelma, lihavoidut rivit otsikkoina. Ei huomautettavaa."""
    d = Document()
    bold(d, 'LIIKKUVA ILTAPÄIVÄ – ARVIOINTISUUNNITELMA')
    paras(d, 'Vaaralan kunta, liikuntapalvelut · AVI:n liikunnan edistämisen kehittämisavustus · 3.2.2026\nHankeaika: 1.1.2026–31.12.2026')
    bold(d, 'Mitä tavoittelemme?')
    paras(d, '''- 1.–3.-luokkalaisten iltapäivätoimintaan tulee vähintään tunti ohjattua liikuntaa joka päivä.
- Iltapäivätoiminnan ohjaajat saavat valmiudet vetää liikuntaleikkejä ilman erillistä liikunnanohjaajaa.''')
    bold(d, 'Kenen näkökulmasta arvioidaan?')
    paras(d, 'Lasten (noin 140 iltapäivätoiminnan lasta neljässä koulussa), heidän huoltajiensa ja iltapäivätoiminnan 16 ohjaajan.')
    bold(d, 'Miten ja milloin tietoa kerätään?')
    table(d, [['Tavoite', 'Mitä tehdään', 'Miten arvioidaan', 'Milloin'],
              ['Päivittäinen tunti liikuntaa', 'Liikuntapalvelujen ohjaaja kiertää ryhmissä ja tekee viikko-ohjelman', 'Ohjaajien liikuntapäiväkirja; lasten hymynaamapalaute', 'helmikuu ja marraskuu 2026'],
              ['Ohjaajien valmiudet', 'Neljä koulutusiltaa ja välinelainaamo', 'Ohjaajien alku- ja loppukysely', 'tammikuu ja joulukuu 2026']])
    paras(d, 'Itsearvioinnin tekee hankkeen liikunnanohjaaja yhdessä ohjaajien kanssa. Ulkoisena arvioijana Likes-tutkimuskeskus (kuvitteellinen sopimus) analysoi päiväkirja-aineiston ja tekee huoltajille verkkokyselyn lokakuussa 2026.')
    bold(d, 'Mihin tuloksia käytetään?')
    paras(d, 'Tulokset käsitellään sivistyslautakunnassa tammikuussa 2027. Jo hakuvaiheessa sovittiin sivistysjohtaja Anu Peltosen kanssa, että jos tavoite toteutuu, liikuntatunti kirjataan iltapäivätoiminnan toimintasuunnitelmaan vuodesta 2027 ja koulutusillat liikuntapalvelujen vuosiohjelmaan.')
    save(d, os.path.join(OUT, 'era31-08-liikkuva-iltapaiva-arviointi.docx'))
    ann('era31-08-liikkuva-iltapaiva-arviointi', 'arviointisuunnitelma', [])

ALL = [d01, d02, d03, d04, d05, d06, d07, d08]

"""Era-12:n generaattori. Aja: /tmp/writer12-venv/bin/python gen.py (kansiossa lahteet/)."""
import json, os, shutil, subprocess
from apu import *

ULOS = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
LAHDE = os.path.dirname(os.path.abspath(__file__))


def odotus(nimi, doc_type, findings):
    with open(os.path.join(ULOS, nimi + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump({'doc_type': doc_type, 'findings': findings}, f, ensure_ascii=False, indent=1)
        f.write('\n')


# ---------------------------------------------------------------- 01 txt
def d01():
    n = '01_stea_polku_hakemus_vientiteksti'
    shutil.copy(os.path.join(LAHDE, 'teksti_01_stea_hakemus.txt'), os.path.join(ULOS, n + '.txt'))
    odotus(n, 'hankesuunnitelma', [])


# ---------------------------------------------------------------- 02 pdf
def d02():
    n = '02_kylayhdistys_arviointisuunnitelma'
    d = uusi()
    kpl(d, 'Honkalahden Kyläyhdistys ry', lihava=True)
    kpl(d, 'Kylätalo käyttöön -hankkeen arviointisuunnitelma', lihava=True)
    kpl(d, 'Hyväksytty hallituksen kokouksessa 12.10.2026')
    kpl(d, 'Tämä arviointisuunnitelma liittyy Kylätalo käyttöön -hankkeeseen, jolle haemme rahoitusta Leader Vaara-Järvien '
           'kautta. Hanke kestää kaksi vuotta, 1.2.2027–31.1.2029, ja sen kokonaisbudjetti on 68 400 euroa, josta '
           'talkootyön osuus on 9 600 euroa. Suunnitelma on kirjoitettu hallituksen yhteisessä illassa, eikä siinä ole '
           'yritetty noudattaa mitään valmista pohjaa. Halusimme kirjoittaa sen niin, että jokainen hallituksen jäsen ymmärtää, '
           'mitä olemme lupaamassa ja miten tiedämme, onnistuimmeko.')
    kpl(d, 'Honkalahden vanha koulu on ollut yhdistyksen omistuksessa vuodesta 1994. Rakennus on hyvässä kunnossa, mutta se '
           'seisoo suurimman osan vuotta tyhjillään: vuonna 2025 talossa oli varauskalenterin mukaan tilaisuuksia vain 31 '
           'iltana. Keittiö on niin vanha, ettei siellä voi valmistaa ruokaa isommalle porukalle, ja se on ollut syy '
           'siihen, että moni tapahtuma on jäänyt pitämättä.')
    kpl(d, 'Mitä haluamme saada aikaan', lihava=True)
    kpl(d, 'Tavoitteenamme on ensinnäkin, että kylätalosta tulee taas kylän yhteinen olohuone. Käytännössä tämä tarkoittaa, '
           'että talossa on toimintaa vähintään kolmena iltana viikossa ja että sitä voivat käyttää myös muut kuin yhdistyksen '
           'aktiivit. Tätä varten uusimme keittiön talkoilla ja ammattilaisen avulla ensimmäisen hankevuoden keväänä, '
           'hankimme taloon langattoman verkkoyhteyden ja käynnistämme viikoittaiset harrasteillat (käsityöt, lautapelit, '
           'lasten liikuntakerho). Harrasteiltojen vetäjiksi etsimme kylältä vapaaehtoisia, ja heille maksetaan pieni kulukorvaus.')
    kpl(d, 'Toiseksi haluamme, että yhdistykseen tulee uusia jäseniä ja talkoolaisia, jotta toiminta ei jää muutaman ihmisen '
           'harteille. Järjestämme kylälle kaksi kertaa vuodessa avoimen kyläillan ja uusille asukkaille tervetuloillan, '
           'ja teemme yhdistykselle oman verkkosivun, jossa tilavaraukset ja tapahtumat näkyvät.')
    kpl(d, 'Kenelle?', lihava=True)
    kpl(d, 'Honkalahdessa asuu vakituisesti noin 430 ihmistä ja kesäisin lähes kaksinkertainen määrä. Toiminta on tarkoitettu '
           'kaikille kyläläisille, mutta erityisesti ajattelemme lapsiperheitä, joille kylällä ei ole juuri mitään iltatoimintaa, '
           'sekä yksin asuvia eläkeläisiä. Myös kesäasukkaat ovat tervetulleita.')
    kpl(d, 'Miten seuraamme, onnistuimmeko', lihava=True)
    kpl(d, 'Kylätalon käyttöä seuraamme varauskalenterista, johon merkitään jokainen tilaisuus ja sen järjestäjä. Mittarina '
           'on iltojen määrä vuodessa: tavoite on vähintään 120 iltaa toisena hankevuonna, kun lähtötaso on 31. Samasta '
           'kalenterista näemme, kuinka moni varauksista on muiden kuin yhdistyksen hallituksen jäsenten tekemiä. Harrasteiltoihin '
           'osallistuneiden määrän vetäjät kirjaavat iltavihkoon.')
    kpl(d, 'Jäsenmäärän kehitystä seuraamme jäsenrekisteristä. Yhdistyksessä on nyt 58 jäsentä, ja toivomme, että hankkeen '
           'lopussa jäseniä on vähintään 80. Talkootunnit kirjataan talkoolistoihin, joita tarvitsemme joka tapauksessa Leaderin '
           'maksuhakemuksia varten; niistä näemme myös, kuinka moni eri ihminen on osallistunut talkoisiin.')
    kpl(d, 'Hallitus kokoaa varauskalenterin, iltavihkojen, jäsenrekisterin ja talkoolistojen luvut yhteen kahdesti vuodessa, '
           'kesäkuun ja joulukuun kokouksessa. Samoissa kokouksissa hallitus käy läpi oman arviointikeskustelun: mikä on mennyt '
           'hyvin, mikä ei ole toiminut ja mitä muutamme seuraavaksi puoleksi vuodeksi. Keskustelusta kirjataan muistio, '
           'jonka sihteeri liittää pöytäkirjaan.')
    kpl(d, 'Ulkopuolista arvioijaa hankkeeseen ei ole budjetoitu, koska hanke on pieni ja rahat halutaan käyttää keittiöön ja toimintaan.')
    kpl(d, 'Mihin arviointitietoa käytetään', lihava=True)
    kpl(d, 'Puolivuosittaisten arviointikeskustelujen perusteella hallitus päättää, mitä harrasteiltoja jatketaan ja mitä '
           'uutta kokeillaan. Luvut ja hallituksen havainnot kootaan myös vuosikokoukselle esitettävään toimintakertomukseen '
           'sekä Leader-ryhmälle toimitettavaan loppuraporttiin.')
    kpl(d, 'Ajattelimme jatkoa jo hakuvaiheessa: sovimme silloin, että kylätalon käyttövuorot ja harrasteillat jatkuvat hankkeen '
           'jälkeen yhdistyksen omana toimintana ja että ne rahoitetaan vuokratuloilla ja jäsenmaksuilla. Arviointitiedon '
           'avulla hallitus näkee jo ensimmäisen vuoden jälkeen, mitkä illat kantavat ilman hankerahaa, ja keskittyy niihin. '
           'Vuokrahinnasto päivitetään hankkeen aikana niin, että se kattaa talon käyttökulut vuodesta 2029 alkaen.')
    kpl(d, 'Honkalahdessa 12.10.2026')
    kpl(d, 'Hallituksen puolesta Anneli Sorvari, puheenjohtaja')
    src = os.path.join(LAHDE, n + '.docx')
    d.save(src)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', ULOS, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    odotus(n, 'arviointisuunnitelma', [{'rule': 'arviointi.ei-ulkoista'}, {'rule': 'arviointi.ei-kohderyhman-aanta'}])


# ---------------------------------------------------------------- 03 docx (rakenteet)
def d03():
    n = '03_osaajapolku_esr_arviointisuunnitelma'
    d = uusi()
    otsikko(d, 'Osaajapolku-hankkeen arviointisuunnitelma', 0)
    kpl(d, 'Järvilinnan kaupunki, työllisyyspalvelut · ESR+ (Uudistuva ja osaava Suomi 2021–2027) · Versio 2, 18.11.2026')
    sdt_rivi(d, 'Hankkeen toteutusaika: ', '1.3.2027–28.2.2029', nimi='Toteutusaika')
    kpl(d, 'Suunnitelma täydentää hankesuunnitelmaa, ja se päivitetään ohjausryhmässä vuosittain.')

    otsikko(d, '1. Tausta, tavoitteet ja kohderyhmä', 1)
    kpl(d, 'Järvilinnassa oli vuoden 2025 lopussa 1 140 työtöntä työnhakijaa, joista vieraskielisiä oli 23 prosenttia. '
           'Vieraskielisten työttömyys on pitkittynyt muita useammin: yli vuoden työttömänä olleiden osuus oli heillä 44 prosenttia. '
           'Osaajapolku rakentaa maahan muuttaneille työnhakijoille polun, jossa kielikoulutus, lyhyet ammatilliset '
           'täsmäkoulutukset ja työpaikalla tapahtuva oppiminen kulkevat rinnakkain.')
    kpl(d, 'Kohderyhmä on Järvilinnan työllisyyspalvelujen asiakkaina olevat maahan muuttaneet työnhakijat, joiden suomen '
           'kielen taito on alkeis- tai perustasolla (arviolta 120 osallistujaa), sekä alueen sote-, logistiikka- ja '
           'kiinteistöalan työnantajat (arviolta 35).')
    kpl(d, 'Hankkeen tavoitteet, niihin liittyvät toimenpiteet ja niiden arviointi on koottu alla olevaan taulukkoon.')
    t = d.add_table(rows=4, cols=3)
    t.style = 'Table Grid'
    tiedot = [
        ('Tavoite', 'Toimenpiteet', 'Arviointimenetelmä ja mittari'),
        ('1. Osallistujien työelämässä tarvittava suomen kieli vahvistuu.',
         'Työpaikkasuomen ryhmät (3 x 12 viikkoa/vuosi), kielitukihenkilöt työpaikoilla.',
         'Kielitaidon lähtö- ja lopputaso YKI-tyyppisellä testillä; tavoite: 60 % nousee vähintään yhden taitotason.'),
        ('2. Osallistujat työllistyvät tai siirtyvät tutkintoon johtavaan koulutukseen.',
         'Täsmäkoulutukset yhdessä Järvilinnan ammattiopiston kanssa, työkokeilut ja palkkatuettu työ.',
         'Tilanne 3 kk polun jälkeen työllisyyspalvelujen asiakastietojärjestelmästä; tavoite 45 %.'),
        ('3. Työnantajien valmiudet perehdyttää kieltä oppivia työntekijöitä paranevat.',
         'Työnantajille perehdytysvalmennus (4 tilaisuutta/vuosi) ja selkokielinen perehdytysopas.',
         ''),
    ]
    for i, rivi in enumerate(tiedot):
        for j, arvo in enumerate(rivi):
            if arvo:
                t.cell(i, j).text = arvo
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.bold = True
    # tavoitteen 3 mittarit vain sisäkkäisessä taulukossa
    solu = t.cell(3, 2)
    solu.paragraphs[0].text = 'Työnantajakysely valmennuksen alussa ja puoli vuotta myöhemmin:'
    sis = solu.add_table(rows=3, cols=2)
    sis.style = 'Table Grid'
    for i, (a, b) in enumerate([('Mittari', 'Tavoitetaso'),
                                ('Työnantajat, joilla on kirjattu perehdytyssuunnitelma kieltä oppiville', '25 / 35'),
                                ('Työnantajat, jotka arvioivat perehdytysvalmiutensa parantuneen', '80 %')]):
        sis.cell(i, 0).text = a
        sis.cell(i, 1).text = b

    otsikko(d, '2. Arvioinnin näkökulmat ja menetelmät', 1)
    kpl(d, 'Arviointi yhdistää itsearvioinnin, ulkoisen arvioinnin ja osallistujien oman äänen. Arviointikysymyksiä on kolme: '
           'Miten polku etenee osallistujan näkökulmasta? Mitkä polun osat vaikuttavat työllistymiseen? Mitä työnantajat tarvitsevat?')
    kpl(d, 'Itsearviointi', lihava=True)
    kpl(d, 'Hanketiimi pitää itsearviointityöpajan kuuden kuukauden välein. Työpajassa käydään läpi seurantatiedot ja '
           'osallistujapalaute ja päätetään muutoksista. Tiimi käyttää työpajoissa yksinkertaista onnistui–kehitettävää–kokeillaan-pohjaa.')
    kpl(d, 'Ulkoinen arviointi', lihava=True)
    jaljitetty(d, [('del', 'Ulkoista arviointia ei tehdä, koska budjettiin ei ole varattu sille rahaa. '),
                   ('ins', 'Ulkoisen arvioinnin tekee kilpailutuksen perusteella valittu Arviointitoimisto Kaari Oy (12 000 euroa). '),
                   ('t', 'Arvioija seuraa hanketta koko sen ajan ja laatii väliraportin sekä loppuarvioinnin.')])
    kpl(d, 'Osallistujien ja työnantajien ääni', lihava=True)
    kpl(d, 'Osallistujat vastaavat selkosuomella ja omalla äidinkielellään tarjottavaan palautekyselyyn polun alussa ja '
           'lopussa. Ulkoinen arvioija haastattelee 15 osallistujaa tulkin avustuksella ja 10 työnantajaa. Lisäksi '
           'osallistujille järjestetään kerran vuodessa kehittämistyöpaja, jossa he voivat ehdottaa muutoksia polkuun.')
    kpl(d, 'Aineistonkeruun aikataulu', lihava=True)
    jaljitetty(d, [('t', 'Alkukartoitus ja kielitestin lähtötaso tehdään osallistujan aloittaessa polun. '),
                   ('del', 'Aineisto kerätään xx.xx.2027 mennessä. '),
                   ('ins', 'Muu aineisto kerätään alla olevan aikataulun mukaisesti.')])
    taulukko(d, [
        ('Aineisto', 'Q2/2027', 'Q4/2027', 'Q2/2028', 'Q4/2028', 'Q1/2029'),
        ('Osallistujakysely (alku/loppu)', 'x', 'x', 'x', 'x', 'x'),
        ('Itsearviointityöpaja', '', 'x', 'x', 'x', ''),
        ('Työnantajakysely', 'x', '', 'x', '', 'x'),
        ('Haastattelut (ulkoinen arvioija)', '', '', 'x', '', 'x'),
        ('Väliraportti / loppuarviointi', '', '', 'väli', '', 'loppu'),
    ])

    otsikko(d, '3. Arviointitiedon käyttö ja raportointi', 1)
    kpl(d, 'Arviointitieto käsitellään ohjausryhmässä neljä kertaa vuodessa, ja se raportoidaan rahoittajalle EURA 2021 '
           '-järjestelmässä maksatushakemusten ja väliraportin yhteydessä. Ulkoisen arvioinnin loppuraportti julkaistaan '
           'kaupungin verkkosivuilla.')
    kpl(d, 'Arviointia käytetään myös juurruttamisen tukena hankkeen alusta alkaen. Työllisyyspalvelujen johtoryhmä on '
           'sitoutunut jo valmisteluvaiheessa siihen, että toimivaksi todetut polun osat siirretään työllisyyspalvelujen '
           'perustoimintaan. Johtoryhmä saa arviointitiedon puolivuosittain ja päättää sen perusteella syksyllä 2028, mitkä '
           'polun osat jatkuvat hankkeen jälkeen kaupungin omana toimintana.')
    d.save(os.path.join(ULOS, n + '.docx'))
    odotus(n, 'arviointisuunnitelma', [])


# ---------------------------------------------------------------- 04 docx exit (aukot)
def d04():
    n = '04_liikkuva_iltapaiva_exit_luonnos'
    d = uusi()
    kpl(d, 'HARJULAN KAUPUNKI / Sivistyspalvelut', lihava=True)
    otsikko(d, 'Liikkuva iltapäivä – exit-suunnitelma', 0)
    kpl(d, 'Luonnos 2 · 3.11.2026 · käsitelty ohjausryhmässä 27.10.2026')
    kpl(d, 'Liikkuva iltapäivä -hanke (1.8.2025–31.12.2026) on kehittänyt Harjulan kuuden alakoulun iltapäivätoimintaan '
           'mallin, jossa lasten liikkuminen lisääntyy ilman, että iltapäivätoiminta muuttuu urheiluseuraksi. Hanke on saanut '
           'avustusta Etelä-Suomen aluehallintovirastolta (liikunnan kehittämisavustus, 46 000 euroa). Tässä suunnitelmassa '
           'kuvataan, mikä hankkeesta jää elämään ja miten tuloksia levitetään.')

    otsikko(d, 'Mitä hankkeessa syntyi?', 1)
    kpl(d, 'Hankkeen aikana syntyi kolme tuotosta: 1) Liikkuvan iltapäivän vuosikello, jossa on jokaiselle viikolle yksi '
           'ohjattu liikuntahetki ja yksi lasten itse suunnittelema leikki, 2) välinelainaamo, jonka kautta koulut kierrättävät '
           'liikuntavälineitä, ja 3) iltapäiväohjaajien kahden päivän liikuttava ohjaus -koulutus. Syksyllä 2026 mallia käytti '
           'kaikkiaan 14 iltapäiväryhmää ja noin 310 lasta.')

    otsikko(d, 'Juurruttaminen – mikä jää pysyväksi?', 1)
    kpl(d, 'Vuosikello ja välinelainaamo on tarkoitus ottaa pysyvään käyttöön kaikissa Harjulan alakoulujen iltapäiväryhmissä '
           'vuoden 2027 alusta. Ohjaajakoulutus on tarkoitus liittää iltapäivätoiminnan ohjaajien perehdytykseen.')
    jaljitetty(d, [
        ('del', 'Toiminnan jatkosta vastaa 1.1.2027 alkaen Harjulan kaupungin liikuntapalvelujen liikuntasuunnittelija '
                'Marja Lehtola, ja välinelainaamo siirtyy liikuntapalvelujen hallintaan. '),
        ('ins', 'Mallin käyttöönotto pyritään varmistamaan niin, että toimijat sopivat jatkosta yhdessä kevään 2027 aikana. '),
        ('t', 'Välinelainaamon välineet jäävät kouluille.')], tekija='Mervi K.')
    kpl(d, 'Juurruttamista varten hankkeen viimeiselle kahdelle kuukaudelle on varattu 60 tuntia ohjaajatyötä ja 2 500 euroa '
           'vuosikellon painatukseen sekä kahteen ohjaajakoulutukseen joulukuussa 2026. Koulutuksiin kutsutaan myös ne '
           'iltapäiväohjaajat, jotka aloittavat työnsä vasta tammikuussa.')

    otsikko(d, 'Tulosten levittäminen', 1)
    kpl(d, 'Vuosikello ja koulutusmateriaali julkaistaan kaupungin verkkosivuilla ja Liikkuva koulu -ohjelman materiaalipankissa. '
           'Hankkeen tuloksia esitellään Uudenmaan liikuntapäivillä helmikuussa 2027 sekä Harjulan varhaiskasvatuksen ja '
           'perusopetuksen yhteisessä koulutusillassa. Naapurikunnille lähetetään tiedote, jossa kerrotaan materiaalin käytöstä.')

    otsikko(d, 'Kehittämistyön jatko', 1)
    kpl(d, 'Ohjausryhmässä on esitetty toive, että mallia kokeiltaisiin myöhemmin myös kerhotoiminnassa ja '
           'esiopetuksen iltapäivissä. Jatkohankkeen mahdollisuutta on tarkoitus selvittää, jos sopiva rahoitushaku avautuu.')
    jaljitetty(d, [('t', 'Lasten palautetta vuosikellon leikeistä on kerätty hankkeen aikana kahdesti, ja '),
                   ('ins', 'palautteen perusteella leikkejä on vaihdettu. '),
                   ('del', 'samaa kyselyä jatketaan vuosittain keväällä 2027 ja 2028, ja tulokset kootaan sivistyslautakunnalle. ')])
    d.save(os.path.join(ULOS, n + '.docx'))
    odotus(n, 'exit-suunnitelma', [{'rule': 'exit.ei-omistajaa'}, {'rule': 'exit.ei-seurantaa'}])


# ---------------------------------------------------------------- 05 md loppuraportti (puhdas)
def d05():
    n = '05_etakimppa_kaiku_loppuraportti'
    with open(os.path.join(LAHDE, 'teksti_05_loppuraportti.md'), encoding='utf-8') as f:
        s = f.read()
    with open(os.path.join(ULOS, n + '.md'), 'w', encoding='utf-8') as f:
        f.write(s)
    odotus(n, 'loppuraportti', [])


# ---------------------------------------------------------------- 06 docx loppuraportti (aukot, rakenteet)
def d06():
    n = '06_kulttuurikaari_loppuraportti'
    d = uusi()
    otsikko(d, 'Loppuraportti: Kulttuurikaari – kulttuuria kotihoidon asiakkaille', 0)
    tekstiruutu(d, ['Raportin laatimispäivämäärä: 15.10.2026', 'Laatija: Vaaralan kaupungin kulttuuripalvelut'],
                ennen='Vaaralan kaupunki · Kulttuuripalvelut')
    kpl(d, ''); kpl(d, ''); kpl(d, '')

    otsikko(d, '1 Taustatiedot', 1)
    t = d.add_table(rows=4, cols=3)
    t.style = 'Table Grid'
    t.cell(0, 0).text = 'Toteuttaja'
    a = t.cell(0, 1).merge(t.cell(0, 2)); a.text = 'Vaaralan kaupunki, kulttuuripalvelut, yhteistyössä kotihoidon kanssa'
    t.cell(1, 0).text = 'Rahoittaja ja päätös'
    t.cell(1, 1).text = 'Itä-Suomen aluehallintovirasto, kuntien kulttuuritoiminnan kehittämisavustus'
    c = t.cell(1, 2); c.text = ''
    p = c.paragraphs[0]
    from apu import _r
    p._p.append(_r('Päätöksen diaarinumero: '))
    sdt = etree.SubElement(p._p, qn('w:sdt'))
    pr = etree.SubElement(sdt, qn('w:sdtPr')); al = etree.SubElement(pr, qn('w:alias')); al.set(qn('w:val'), 'Diaarinumero')
    etree.SubElement(pr, qn('w:text'))
    cc = etree.SubElement(sdt, qn('w:sdtContent')); cc.append(_r('ISAVI/1187/2024'))
    t.cell(2, 0).text = 'Hankkeen kesto'
    m = t.cell(2, 1).merge(t.cell(3, 2)); m.text = '1.5.2024–30.4.2026 (24 kuukautta). Avustus 38 000 euroa, omarahoitus 16 300 euroa.'
    t.cell(2, 0).merge(t.cell(3, 0))

    otsikko(d, '2 Hankkeen teema ja tavoitteet', 1)
    kpl(d, 'Hanke liittyi kuntien kulttuuritoiminnasta annetun lain tavoitteeseen kulttuurin saavutettavuudesta. Vaaralassa '
           'säännöllisen kotihoidon asiakkaita oli vuonna 2023 noin 520, ja heistä vain harva pääsi enää kulttuuritapahtumiin. '
           'Tavoitteena oli viedä taide-elämyksiä kotihoidon asiakkaiden koteihin, kouluttaa kotihoidon henkilöstöä '
           'kulttuurisen vanhustyön menetelmiin ja tehdä toiminnasta pysyvä osa kulttuuripalvelujen vuosiohjelmaa.')

    otsikko(d, '3 Hankkeen toteutus', 1)
    kpl(d, 'Hankkeessa toteutettiin 412 kotikonserttia ja -esitystä sekä 96 taidetuokiota palvelutalojen yhteistiloissa. '
           'Esiintyjinä toimi 14 paikallista ammattitaiteilijaa, joille maksettiin palkkio kaupungin taiteilijapalkkioiden mukaan. '
           'Kotihoidon henkilöstöstä 68 työntekijää osallistui kahden päivän kulttuurisen vanhustyön koulutukseen. '
           'Toteutus vastasi suunnitelmaa, paitsi että syksyn 2024 käynnit alkoivat kuukauden suunniteltua myöhemmin '
           'taiteilijoiden rekrytoinnin viivästyttyä.')
    kpl(d, 'Miten kustannusarvio toteutui?', lihava=True)
    kpl(d, 'Kokonaiskustannukset olivat 53 900 euroa, eli arvio (54 300 euroa) alittui 400 eurolla. Suurin kuluerä olivat '
           'taiteilijapalkkiot (36 200 euroa).')

    otsikko(d, '4 Tulokset ja vaikuttavuus', 1)
    kpl(d, 'Kotihoidon asiakkaista 187 sai vähintään yhden kotikonsertin tai taidetuokion. Asiakkailta kerätyn palautteen '
           '(n = 143) mukaan 91 prosenttia koki käynnin piristäneen päivää. Koulutukseen osallistuneista hoitajista 74 prosenttia '
           'kertoi käyttäneensä laulua tai kuvia asiakastyössä koulutuksen jälkeen. Kulttuuripalvelut päätti maaliskuussa 2026, '
           'että kotikonsertit jatkuvat osana vuosiohjelmaa noin 120 käynnin vuosivolyymilla.')

    otsikko(d, '5 Kehitysajatukset', 1)
    kpl(d, 'Jatkossa kotikonserttien ajanvaraus siirretään kotihoidon toiminnanohjausjärjestelmään, jolloin käynnit voidaan '
           'suunnitella hoitokäyntien yhteyteen. Haemme vuonna 2027 avustusta mallin laajentamiseen omaishoitoperheisiin.')

    otsikko(d, '6 Suositukset muille', 1)
    kpl(d, 'Suosittelemme, että kulttuuripalvelut ja kotihoito sopivat yhteisestä yhdyshenkilöstä heti alussa. '
           'Lyhyet, 20 minuutin kotikäynnit toimivat paremmin kuin pitkät esitykset.')

    otsikko(d, 'Tiivistelmä', 1)
    kpl(d, 'Kulttuurikaari-hanke (1.5.2024–30.4.2026) vei 412 kotikonserttia ja 96 taidetuokiota Vaaralan kotihoidon '
           'asiakkaille ja koulutti 68 hoitajaa kulttuurisen vanhustyön menetelmiin. 187 asiakasta tavoitettiin, ja 91 % '
           'palautteen antajista koki käynnin piristäneen. Kotikonsertit jatkuvat kulttuuripalvelujen vuosiohjelmassa.')

    otsikko(d, 'Yhteystiedot', 1)
    kpl(d, 'Yhteyshenkilö: Laura Heikkilä, kulttuurituottaja, Vaaralan kaupunki, laura.heikkila@vaarala.fi, p. 044 765 4321')
    kpl(d, 'Muuta materiaalia (esim. linkit, esitykset):', lihava=True)
    sdt_lohko(d, '', nimi='Muuta materiaalia', paikkamerkki=True)
    d.save(os.path.join(ULOS, n + '.docx'))
    odotus(n, 'loppuraportti', [{'rule': 'raportti.myohassa'}, {'rule': 'rakenne.pohjateksti'}])


# ---------------------------------------------------------------- 07 docx exit, pieni yhdistys (puhdas)
def d07():
    n = '07_kierratyspaja_jatkuvuussuunnitelma'
    d = uusi()
    kpl(d, 'Lehtolan Ympäristöyhdistys ry', lihava=True)
    kpl(d, 'Kierrätyspaja Rähinä -hankkeen jatkuvuussuunnitelma', lihava=True)
    kpl(d, 'Hallitus 5.11.2026')
    kpl(d, 'Kierrätyspaja Rähinä toimi Leader Ylä-Kymin rahoituksella 1.1.2025–31.12.2026 Lehtolan vanhan meijerin '
           'kellarissa. Pajassa korjattiin polkupyöriä, vaatteita ja pientä kodintekniikkaa, ja kävijöitä oli kahden '
           'vuoden aikana noin 1 900. Hallitus päätti jo hakemusta tehdessään, että paja ei saa loppua hankkeen mukana, '
           'ja siksi olemme kirjanneet jatkon ehtoja ylös koko hankkeen ajan. Tässä ne nyt ovat yhdessä paikassa.')
    kpl(d, 'Paja jatkaa vuoden 2027 alusta yhdistyksen omana toimintana. Toiminnasta vastaa yhdistyksen hallitus, ja '
           'käytännön vastuuhenkilö on puheenjohtaja Sari Kettunen. Lehtolan kunnan tekninen toimi on luvannut kellaritilan '
           'yhdistyksen käyttöön ilman vuokraa vuosiksi 2027–2028, ja sopimus allekirjoitettiin 20.10.2026. Pajan '
           'aukioloillat pidetään samoina kuin hankkeessa (tiistai ja torstai), ja illat vetävät vapaaehtoiset korjaajat, '
           'joita on tällä hetkellä yksitoista. Hankkeen aikana kirjoitettu korjaajan perehdytysopas ja työkalulista jäävät '
           'pajalle, ja uudet vapaaehtoiset perehdytetään niiden avulla.')
    kpl(d, 'Jatkoa varten yhdistys on varannut vuoden 2027 talousarviostaan 2 000 euroa tarvikkeisiin ja työkalujen '
           'huoltoon. Vapaaehtoiset ovat sitoutuneet yhteensä noin kymmeneen tuntiin viikossa, ja hallituksen jäsenistä '
           'Pekka Aaltonen hoitaa vapaaehtoisten vuorolistat.')
    kpl(d, 'Miten kerromme muille', lihava=True)
    kpl(d, 'Pajan toimintamalli ja perehdytysopas julkaistaan yhdistyksen verkkosivuilla ja Leader Ylä-Kymin hankepankissa. '
           'Kerromme pajasta kunnan tiedotuslehdessä ja yhdistyksen Facebook-sivulla, ja Sari Kettunen esittelee pajan '
           'Kymenlaakson ympäristöyhdistysten syystapaamisessa. Naapurikylien yhdistykset ovat jo käyneet tutustumassa '
           'pajaan, ja Kirkonkylän Nuorisoseura aikoo avata oman korjauspisteen; lainaamme heille ensimmäiseksi vuodeksi '
           'osan työkaluista.')
    kpl(d, 'Entä sitten?', lihava=True)
    kpl(d, 'Haluaisimme kehittää pajaa edelleen niin, että yläkoulun käsityön tunneilla voitaisiin käydä pajassa korjaamassa. '
           'Olemme sopineet Lehtolan yhtenäiskoulun rehtorin kanssa kokeilusta keväälle 2027. Jos kokeilu onnistuu, '
           'hallitus hakee vuonna 2028 pientä avustusta koululaisten korjauskurssien vakiinnuttamiseen.')
    kpl(d, 'Hallitus seuraa pajan kävijämääriä, korjattujen tavaroiden määrää ja vapaaehtoisten jaksamista puolen vuoden '
           'välein vuosina 2027–2028 ja raportoi niistä vuosikokoukselle. Jos kävijämäärä putoaa alle 30:n kuukaudessa, '
           'hallitus käy aukioloajat uudelleen läpi.')
    kpl(d, 'Sari Kettunen, puheenjohtaja')
    d.save(os.path.join(ULOS, n + '.docx'))
    odotus(n, 'exit-suunnitelma', [])


# ---------------------------------------------------------------- 08 docx hankesuunnitelma (aukot)
def d08():
    n = '08_puroille_henkea_hankesuunnitelma'
    d = uusi()
    kpl(d, 'SALMELAN KUNTA · Ympäristöpalvelut', lihava=True)
    otsikko(d, 'Hankesuunnitelma: Puroille henkeä – Salmelan purovesien kunnostus 2027–2028', 0)
    kpl(d, 'Liite ELY-keskukselle jätettävään hakemukseen · Versio 1.3 · 26.11.2026')

    kpl(d, '1. Lähtötilanne', lihava=True)
    kpl(d, 'Salmelan kunnan alueella on noin 140 kilometriä puroja, joista suurin osa on perattu maa- ja metsätalouden '
           'tarpeisiin 1950–1970-luvuilla. Järvi-Suomen ELY-keskuksen vuonna 2022 tekemässä kartoituksessa vain 12 prosenttia '
           'purojaksoista arvioitiin luonnontilaisen kaltaisiksi. Myllypuron ja Kaitajoen latvoilla elää vielä taimenta, mutta '
           'sähkökoekalastuksissa 2023 poikastiheys oli vain 4 yksilöä aarilla. Kunnan ympäristöohjelmassa 2024–2030 purojen '
           'kunnostus on nostettu yhdeksi kärkitoimenpiteeksi. Hanke valmisteltiin syksyllä 2026 kolmessa tapaamisessa '
           'Salmelan osakaskunnan, Salmelan Kalastusseura ry:n ja alueen maanomistajien kanssa.')

    kpl(d, '2. Mitä tavoittelemme?', lihava=True)
    kpl(d, 'Hankkeen tavoitteet ovat:')
    for g in ['Myllypuron ja Kaitajoen uomat kunnostetaan vähintään 6 kilometrin matkalta niin, että taimenen lisääntymisalueet paranevat.',
              'Maanomistajat ja vapaaehtoiset osaavat itse suunnitella ja toteuttaa pienimuotoisia purokunnostuksia.',
              'Kuntalaisten tietoisuus purojen tilasta ja arvosta lisääntyy.']:
        d.add_paragraph(g, style='List Number')

    kpl(d, '3. Kenelle hanke on?', lihava=True)
    kpl(d, 'Hankkeen välitöntä kohderyhmää ovat purojen varren noin 90 maanomistajaa, Salmelan osakaskunta ja kalastusseura '
           'sekä kunnostustalkoisiin osallistuvat vapaaehtoiset. Välillisesti hanke hyödyttää kaikkia kuntalaisia, kunnan '
           'kouluja ja purovesistöjen virkistyskäyttäjiä.')

    kpl(d, '4. Toteutus', lihava=True)
    kpl(d, 'Työpaketti 1: Kunnostussuunnittelu ja kunnostukset (tavoite 1). Kunnostettavat purojaksot kartoitetaan '
           'maastossa keväällä 2027 yhdessä ELY-keskuksen kalatalousasiantuntijan kanssa, ja niille laaditaan '
           'kunnostussuunnitelmat. Kaivinkonetyöt (kutusoraikot, kiveäminen, vaellusesteen poisto Myllypuron rummulta) '
           'tehdään syksyllä 2027 ja kesällä 2028 urakoitsijan toimesta.')
    kpl(d, 'Työpaketti 2: Kunnostuskoulutus ja talkoot (tavoite 2). Maanomistajille ja vapaaehtoisille järjestetään '
           'neljä kunnostuskoulutusta, joissa harjoitellaan soran ja kivien lisäämistä käsin. Ensimmäiset kunnostustalkoot '
           'järjestetään Myllypurolla kesä–heinäkuussa 2026, ja talkoita jatketaan kesällä 2028 Kaitajoella.')
    kpl(d, 'Työpaketti 3: Purot tutuiksi (tavoite 3). Hankkeessa järjestetään kaksi yleisöretkeä purolle vuodessa, '
           'koululaisille purotunteja yhdessä Salmelan yhtenäiskoulun kanssa sekä kunnostusten esittelytilaisuus '
           'kunnantalolla syksyllä 2028.')

    kpl(d, '5. Aikataulu', lihava=True)
    kpl(d, 'Hanke toteutetaan 1.3.2027–31.10.2028.')
    taulukko(d, [
        ('Toimenpide', 'Q2/2027', 'Q3/2027', 'Q4/2027', 'Q1/2028', 'Q2/2028', 'Q3/2028'),
        ('Maastokartoitus ja suunnitelmat', 'x', '', '', '', '', ''),
        ('Kunnostuskoulutukset', 'x', '', '', 'x', 'x', ''),
        ('Kaivinkonetyöt', '', 'x', 'x', '', 'x', 'x'),
        ('Yleisöretket ja purotunnit', 'x', 'x', '', '', 'x', 'x'),
        ('Sähkökoekalastus (seuranta)', '', 'x', '', '', '', 'x'),
    ])

    kpl(d, '6. Kustannukset ja rahoitus', lihava=True)
    kpl(d, 'Hankkeen kokonaiskustannukset ovat 186 000 euroa, josta haetaan ELY-keskukselta 70 prosenttia (130 200 euroa). '
           'Kunnan omarahoitus on 44 800 euroa ja talkootyön arvo 11 000 euroa.')
    taulukko(d, [('Kululaji', '2027', '2028', 'Yhteensä'),
                 ('Henkilöstö (projektisuunnittelija 100 %)', '38 000', '34 000', '72 000'),
                 ('Urakat ja kunnostustarvikkeet', '46 000', '52 000', '98 000'),
                 ('Koulutukset, viestintä ja juurruttaminen', '6 000', '10 000', '16 000'),
                 ('Yhteensä', '90 000', '96 000', '186 000')])

    kpl(d, '7. Miten seuraamme onnistumista?', lihava=True)
    kpl(d, 'Kunnostusten etenemistä seurataan kunnostettujen purojaksojen pituudella (tavoite vähintään 6 km) ja '
           'vaellusesteen poistolla. Kunnostusten vaikutusta taimeneen seurataan sähkökoekalastuksilla, jotka '
           'tehdään kuudella koealalla ennen kunnostusta ja sen jälkeen; tavoitteena on poikastiheyden kasvu. '
           'Maanomistajien ja vapaaehtoisten osaamisen kehittymistä kuvaa se, kuinka moni koulutukseen osallistunut '
           'on hankkeen aikana toteuttanut omalla maallaan vähintään yhden pienkunnostuksen (tavoite 15) ja kuinka '
           'moni on osallistunut koulutuksiin (tavoite 40).')

    kpl(d, '8. Tulokset', lihava=True)
    kpl(d, 'Hankkeen tuloksena Myllypuro ja Kaitajoki ovat taas taimenen lisääntymispuroja, kunnalla on toimiva malli '
           'purokunnostusten tekemiseen yhdessä maanomistajien kanssa ja kylillä on joukko osaavia talkoolaisia.')

    kpl(d, '9. Tulosten juurruttaminen', lihava=True)
    kpl(d, 'Juurruttaminen on ollut mukana jo hankkeen valmisteluvaiheessa: osakaskunta ja kalastusseura ovat sitoutuneet '
           'siihen, että ne jatkavat talkoita ja kunnostettujen jaksojen hoitoa hankkeen jälkeen. Viestimme hankkeen alusta '
           'lähtien maanomistajille kirjeillä ja kyläilloissa sekä kaikille kuntalaisille kunnan verkkosivuilla ja '
           'paikallislehdessä. Kunnostusohjeet muokataan erikseen maanomistajille, talkoolaisille ja kouluille '
           'sopiviksi, jotta kukin ryhmä saa juuri sen tiedon, jota tarvitsee. Naapurikunnat Pirttijärvi ja Kolho ovat '
           'lupautuneet kokeilemaan mallia yhdellä purollaan vuonna 2028 hankkeen tuella. Hankkeen päätyttyä '
           'purokunnostusten koordinointi siirtyy Salmelan kunnan ympäristöpäällikölle, ja kunta varaa talousarvioonsa '
           'vuosittaisen määrärahan talkoiden tarvikkeisiin. Juurruttamiseen on budjetoitu 16 000 euron kululajista noin '
           'puolet sekä projektisuunnittelijan työajasta 20 prosenttia viimeisenä puolivuotena.')

    kpl(d, '10. Organisointi', lihava=True)
    kpl(d, 'Hanketta hallinnoi Salmelan kunnan ympäristöpalvelut. Hankkeeseen palkataan projektisuunnittelija. '
           'Ohjausryhmässä ovat kunnan ympäristöpäällikkö, ELY-keskuksen kalatalousasiantuntija, osakaskunnan ja '
           'kalastusseuran edustajat sekä kaksi maanomistajaa.')

    kpl(d, '11. Viestintä', lihava=True)
    kpl(d, 'Hankkeesta viestitään kunnan verkkosivuilla, Salmelan Sanomissa ja kunnan Facebook-sivulla. Kunnostusten '
           'tulokset ja kokemukset esitellään Vesistökunnostusverkoston vuosiseminaarissa 2028, ja kunnostusohjeet '
           'julkaistaan kunnan verkkosivuilla.')
    d.save(os.path.join(ULOS, n + '.docx'))
    odotus(n, 'hankesuunnitelma', [{'rule': 'tavoite.ei-arviointia', 'count': 1},
                                    {'rule': 'rakenne.osio-puuttuu', 'target': 'riskit'},
                                    {'rule': 'aikataulu.ristiriita'}])


if __name__ == '__main__':
    for f in (d01, d02, d03, d04, d05, d06, d07, d08):
        f()
    print('valmis')

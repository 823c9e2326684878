"""Dokumentti B: pitkä ESR+-hankehakemus (3000+ sanaa), jäljitetyt muutokset ja sisällönhallintakentät."""
from apu import *


def tee_b(polku):
    d = uusi()
    otsikko(d, "Hankehakemus / hankesuunnitelma: Työkykypolku – osatyökykyisten työllistymisen tuki "
               "Korpijärven, Salmelan ja Hietaniemen kunnissa", 0)
    kappale(d, "Euroopan unionin osarahoittama, Uudistuva ja osaava Suomi 2021–2027 -ohjelma, "
               "erityistavoite 4.1 (ESR+). Hakemuksen liite 1, versio 4 – 18.11.2025")

    kappale(d, "Hakijaorganisaatio *", lihava=True)
    sisaltokentta(d, "Korpijärven kunta, elinvoimapalvelut / työllisyyspalvelut (Y-tunnus 0198765-4)",
                  "Hakijaorganisaatio")
    kappale(d, "Osatoteuttajat", lihava=True)
    kappale(d, "Salmelan kunta (sosiaalipalvelut) ja Hietaniemen kunta (työllisyyskoordinaatio). "
               "Osatoteuttajien kanssa on allekirjoitettu yhteistyösopimus 30.10.2025.")
    kappale(d, "Hankkeen toteutusaika *", lihava=True)
    p = kappale(d)
    muutos(p, [("t", "Hanke toteutetaan ajalla "), ("del", "1.1.2026–31.12.2027"),
               ("ins", "1.3.2026–28.2.2028"),
               ("t", ". Hankkeen kesto on 24 kuukautta.")])

    otsikko(d, "1 Hankkeen tausta ja tarve", 1)
    kappale(d, "Korpijärvi, Salmela ja Hietaniemi muodostavat noin 11 800 asukkaan työssäkäyntialueen, "
               "jonka työllisyysaste on pysytellyt koko maan keskiarvon alapuolella. Vuonna 2024 alueen "
               "työttömistä työnhakijoista 41 prosenttia oli ollut työttömänä yli vuoden, kun vastaava osuus "
               "vuonna 2019 oli 33 prosenttia. Pitkään työttömänä olleista merkittävällä osalla on "
               "terveydellisiä tai toimintakykyyn liittyviä rajoitteita, joita ei ole koskaan kunnolla "
               "selvitetty. Hyvinvointialueen työkykykoordinaattoreiden mukaan alueelta ohjautui vuonna 2024 "
               "työkyvyn arviointiin vain 27 asiakasta, vaikka arvion mukaan tarve on moninkertainen.")
    kappale(d, "Työllisyyden kuntakokeilusta vuoden 2025 alussa voimaan tulleeseen TE24-uudistukseen "
               "siirryttäessä työllisyyspalvelujen järjestämisvastuu siirtyi alueen työllisyysalueelle. "
               "Kolme pientä kuntaa ovat osa laajempaa työllisyysaluetta, jonka palvelut painottuvat "
               "keskuskaupunkiin. Pienten kuntien asiakkaille matka palveluihin on pitkä – Hietaniemen "
               "reunakylistä jopa 70 kilometriä – ja julkinen liikenne on harvaa. Osatyökykyiset asiakkaat "
               "jäävät helposti palvelujen väliin: työllisyyspalvelut katsovat, että asiakkaan työkyky pitää "
               "ensin selvittää, ja sosiaali- ja terveyspalveluissa asiakasta ei tunnisteta työllistymisen "
               "näkökulmasta.")
    kappale(d, "Hankkeen valmistelu käynnistyi keväällä 2025 kuntien työllisyyspäälliköiden, "
               "sosiaalityön johdon ja hyvinvointialueen kuntoutuspalvelujen yhteisessä työpajassa. "
               "Työpajoja pidettiin kaikkiaan kolme (15.4., 22.5. ja 9.9.2025), ja niiden lisäksi "
               "haastateltiin kahdeksaa osatyökykyistä työnhakijaa sekä neljää paikallista yrittäjää. "
               "Haastatteluissa toistui kolme asiaa: asiakkaat eivät tiedä, mihin ottaa yhteyttä, kun terveys "
               "rajoittaa työntekoa; työkyvyn selvittäminen kestää kuukausia ja katkeaa usein; ja "
               "työnantajat eivät tunne palkkatukea, työolosuhteiden järjestelytukea tai osatyökykyisen "
               "työllistämisen muita keinoja.")
    kappale(d, "Alueella on aiemmin toteutettu kaksi osatyökykyisiin kohdistunutta hanketta (Askel "
               "2017–2019 ja Voimaa arkeen 2020–2022). Niiden loppuraporttien mukaan yksilövalmennus toimi, "
               "mutta toiminta päättyi hankkeiden mukana, koska sen jatkamisesta ei ollut sovittu kuntien "
               "kanssa etukäteen. Työkykypolku-hankkeessa tähän on haettu ratkaisua siten, että "
               "pysyvän toiminnan vastuutaho on nimetty jo hakuvaiheessa ja kuntien työllisyyspäälliköt "
               "istuvat ohjausryhmässä koko hankkeen ajan.")
    kappale(d, "Hanke liittyy Korpijärven kuntastrategian 2023–2030 elinvoimatavoitteisiin ja "
               "hyvinvointialueen palvelustrategian tavoitteeseen vahvistaa työikäisten työkykyä. "
               "Se täydentää alueella käynnissä olevaa Kestävän kasvun ohjelman rahoittamaa "
               "nuorten työpajahanketta, joka ei kohdistu yli 30-vuotiaisiin.")

    otsikko(d, "Toimintaympäristö ja nykyiset palvelut", 2)
    kappale(d, "Alueella toimii tällä hetkellä useita osatyökykyisiä sivuavia palveluja, mutta ne ovat "
               "hajallaan eri organisaatioissa. Työllisyysalueen palveluissa asiakkaalla on nimetty "
               "asiantuntija, jonka asiakasmäärä on keskimäärin yli 150 henkilöä. Hyvinvointialueen "
               "työkykykoordinaattoreita on koko maakunnassa kolme, ja he toimivat pääosin keskuskaupungin "
               "terveysasemalta käsin. Kuntouttavaa työtoimintaa järjestetään Korpijärvellä kunnan omana "
               "toimintana ja Salmelassa ostopalveluna paikalliselta yhdistykseltä; Hietaniemessä "
               "kuntouttavaa työtoimintaa on tarjolla vain kahdessa paikassa.")
    kappale(d, "Kelan ammatillisen kuntoutuksen palveluja, kuten työkokeiluja ja työhönvalmennusta, "
               "käytetään alueella vähän. Syynä on sekä tiedon puute että se, että palveluntuottajat "
               "sijaitsevat pääosin yli 60 kilometrin päässä. Kelan tilastojen mukaan alueen "
               "työikäisistä ammatillisen kuntoutuksen palveluissa oli vuonna 2023 suhteellisesti vain "
               "noin puolet koko maan tasosta. Asiakkaat, joilla on useita samanaikaisia haasteita – "
               "esimerkiksi tuki- ja liikuntaelinsairaus, masennus ja velkaantuminen – kokevat joutuvansa "
               "itse kokoamaan palvelunsa.")
    kappale(d, "Pienten kuntien vahvuutena on, että työntekijät tuntevat toisensa ja asiakkaansa. "
               "Valmistelutyöpajoissa nousi esiin, että epävirallista yhteistyötä tehdään paljon, mutta "
               "se riippuu yksittäisistä ihmisistä. Kun työntekijä vaihtuu, yhteistyö katkeaa. Hankkeen "
               "yksi lähtökohta onkin tehdä näkyväksi ja kirjata ne toimintatavat, jotka jo nyt toimivat, "
               "ja rakentaa niiden varaan yhteinen, henkilöistä riippumaton malli.")
    kappale(d, "Alueen elinkeinorakenne on pienyritysvaltainen. Suurimpia työnantajia ovat kunnat, "
               "hyvinvointialue, kaksi sahaa, metallialan konepaja ja kaupan ala. Työvoimapula on "
               "kasvanut erityisesti hoiva-alalla, kiinteistönhoidossa ja kuljetuksessa, ja osa näistä "
               "tehtävistä sopii hyvin osatyökykyiselle, kun työnkuvaa muokataan. Yrittäjäyhdistysten "
               "mukaan halukkuutta palkata löytyy, mutta pienellä yrityksellä ei ole aikaa selvittää "
               "tukia ja lomakkeita.")

    otsikko(d, "2 Hankkeen kohderyhmät *", 1)
    sisaltokentta(d, [
        "Välitön kohderyhmä: 18–64-vuotiaat osatyökykyiset työttömät ja työmarkkinoiden ulkopuolella "
        "olevat Korpijärven, Salmelan ja Hietaniemen asukkaat, joiden työllistymistä rajoittaa sairaus, "
        "vamma tai heikentynyt toimintakyky. Arvioimme tavoittavamme hankkeen aikana 140 asiakasta, "
        "joista noin puolet on ollut työttömänä yli kaksi vuotta.",
        "Välilliset kohderyhmät: kuntien työllisyys- ja sosiaalipalvelujen henkilöstö (noin 25 henkeä), "
        "hyvinvointialueen terveyskeskusten ja kuntoutuksen henkilöstö alueella sekä alueen pienet ja "
        "keskisuuret työnantajat, joita alueella on noin 600."], "Kohderyhmat")

    otsikko(d, "3 Hankkeen tavoitteet", 1)
    kappale(d, "Hankkeen päätavoitteena on, että osatyökykyisillä asiakkailla on kolmessa kunnassa "
               "selkeä ja katkeamaton polku työkyvyn selvittämisestä työhön tai muuhun soveltuvaan "
               "jatkopolkuun. Alla olevassa taulukossa on hankkeen osatavoitteet, niihin liittyvät "
               "toimenpiteet ja mittarit.")
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    rivit = [
        ("Tavoite", "Toimenpiteet", "Mittarit"),
        ("1. Asiakkaiden työ- ja toimintakyky selvitetään ja palvelupolku selkiytyy",
         "Työkykykartoitukset, yksilövalmennus, yhteiset asiakastapaamiset terveydenhuollon kanssa (TP1)",
         "Tehtyjen työkykykartoitusten määrä (tavoite 120); asiakkaan oma arvio työkyvystään "
         "alussa, puolivälissä ja lopussa (asteikko 0–10)"),
        ("2. Vähintään 30 % asiakkaista siirtyy työhön, koulutukseen tai kuntoutukseen",
         "Työkokeilut, palveluohjaus, ohjaus kuntoutukseen ja koulutukseen (TP1)",
         "Jatkosijoittuminen 3 kk hankkeesta lähdön jälkeen (asiakasrekisteri ja ESR-seurantalomakkeet)"),
        ("3. Alueen työnantajat tuntevat osatyökykyisten palkkaamisen tuet ja rohkaistuvat palkkaamaan",
         "Työnantajakäynnit, työnantaja-aamukahvit kolmessa kunnassa, tukien esittelymateriaali (TP2)",
         ""),
        ("4. Kuntien yhteinen osatyökykyisten palvelumalli kuvataan ja otetaan käyttöön",
         "Kehittämistyöpajat, prosessikuvaus, henkilöstön koulutus (TP3)",
         "Palvelumalli kuvattu ja hyväksytty kaikkien kolmen kunnan johtoryhmissä; koulutukseen "
         "osallistuneen henkilöstön määrä (tavoite 25)"),
    ]
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            t.cell(i, j).text = arvo
    for r in t.cell(0, 0).paragraphs[0].runs + t.cell(0, 1).paragraphs[0].runs + t.cell(0, 2).paragraphs[0].runs:
        r.bold = True
    # Tavoitteen 3 mittari on poistettu jäljitettynä muutoksena: solussa ei ole voimassa olevaa tekstiä.
    muutos(t.cell(3, 2).paragraphs[0], [("del", "Hankkeeseen osallistuneiden työnantajien määrä (tavoite 15) "
                                                 "ja palkattujen osatyökykyisten määrä")],
           tekija="Markku Hyvönen", pvm="2025-11-17T14:40:00Z")
    kappale(d, "")
    kappale(d, "Tavoitteiden taustalla on ajatus, että työkyvyn selvittäminen ja työllistyminen eivät "
               "ole peräkkäisiä vaiheita, vaan niitä tehdään rinnakkain. Asiakkaan ei tarvitse odottaa "
               "kuukausia lausuntoa ennen kuin hän voi kokeilla työtä, ja työnantaja saa tukea koko "
               "työsuhteen alun ajan.")

    otsikko(d, "4 Toteutus ja työpaketit", 1)
    otsikko(d, "Työpaketti 1: Asiakastyö – työkykypolku", 2)
    kappale(d, "Hankkeeseen palkataan kaksi työkykyvalmentajaa, joista toinen työskentelee Korpijärvellä "
               "ja toinen jakaa työaikansa Salmelan ja Hietaniemen välillä. Valmentajat tapaavat "
               "asiakkaita kuntien omissa tiloissa, kirjastoissa ja tarvittaessa asiakkaan kotona, jotta "
               "pitkät välimatkat eivät estä osallistumista. Asiakkaat ohjautuvat hankkeeseen "
               "työllisyyspalveluista, sosiaalityöstä, terveyskeskuksista ja mielenterveys- ja "
               "päihdepalveluista sekä omalla yhteydenotollaan.")
    kappale(d, "Asiakastyö alkaa alkukartoituksella, jossa käydään läpi asiakkaan terveydentila, "
               "osaaminen, aiempi työhistoria ja toiveet. Kartoituksen pohjalta laaditaan yhdessä asiakkaan "
               "kanssa henkilökohtainen työkykypolku, johon kirjataan tarvittavat selvitykset, kokeilut ja "
               "aikataulu. Tarvittaessa järjestetään yhteinen tapaaminen, johon osallistuvat asiakas, "
               "valmentaja, terveyskeskuslääkäri tai työkykykoordinaattori sekä työllisyyspalvelujen "
               "asiantuntija. Tavoitteena on, että asiakkaan ei tarvitse kertoa tarinaansa moneen kertaan.")
    kappale(d, "Työkokeiluja järjestetään alueen yrityksissä, kunnissa ja yhdistyksissä. Valmentaja on "
               "mukana työkokeilun alussa ja käy työpaikalla säännöllisesti. Työkokeilun jälkeen arvioidaan "
               "yhdessä työnantajan ja asiakkaan kanssa, mitä seuraavaksi: työsuhde palkkatuella, "
               "oppisopimus, koulutus, kuntoutus vai uusi kokeilu. Asiakkaan polku päättyy hankkeessa, kun "
               "hän on siirtynyt jatkopolulle ja tilanne on seurattu kolmen kuukauden kohdalla.")
    kappale(d, "Asiakkaille järjestetään lisäksi pienryhmiä, joissa käsitellään muun muassa "
               "työnhakua, omien vahvuuksien tunnistamista, jaksamista ja arjen hallintaa. Ryhmiä vetävät "
               "valmentajat yhdessä hyvinvointialueen fysioterapeutin ja kokemusasiantuntijan kanssa. "
               "Ryhmiä pidetään kaksi kertaa vuodessa kussakin kunnassa.")
    otsikko(d, "Asiakkaan polku käytännössä", 2)
    kappale(d, "Esimerkki valmistelun asiakashaastatteluista havainnollistaa polkua. 52-vuotias "
               "entinen kuorma-autonkuljettaja on ollut työttömänä kolme vuotta selkävaivan vuoksi. Hän "
               "on käynyt terveyskeskuksessa useita kertoja, mutta työkyvyn arvioon häntä ei ole ohjattu, "
               "eikä työllisyyspalveluissa ole ollut tietoa hänen terveydentilastaan. Hankkeessa "
               "valmentaja tapaisi hänet kotikunnassa, kokoaisi terveystiedot hänen luvallaan ja "
               "järjestäisi yhteisen tapaamisen terveyskeskuslääkärin kanssa. Samaan aikaan selvitettäisiin, "
               "millaisia kevyempiä kuljetus- tai varastotehtäviä alueella on, ja sovittaisiin "
               "työkokeilusta. Työkokeilun aikana valmentaja pitäisi yhteyttä sekä asiakkaaseen että "
               "työnantajaan ja auttaisi tarvittaessa työolosuhteiden järjestelytuen hakemisessa.")
    kappale(d, "Polun pituus vaihtelee asiakkaan tilanteen mukaan. Arviomme mukaan keskimääräinen "
               "asiakkuus kestää kuudesta yhdeksään kuukautta. Osa asiakkaista tarvitsee vain "
               "muutaman tapaamisen ja ohjauksen oikeaan palveluun, osa taas tiivistä tukea koko "
               "hankkeen ajan. Asiakkuus ei pääty siihen, että asiakas aloittaa työkokeilun tai kuntoutuksen, "
               "vaan valmentaja on tavoitettavissa myös siirtymävaiheessa.")
    kappale(d, "Asiakastyössä noudatetaan ratkaisukeskeistä ja asiakkaan omia tavoitteita korostavaa "
               "työotetta. Valmentajat käyttävät apunaan työkyvyn tuen tarvetta kartoittavia "
               "lomakkeita, ja asiakkaan kanssa laaditaan kirjallinen suunnitelma, jonka asiakas saa "
               "itselleen. Tietojen luovuttamiseen pyydetään aina asiakkaan kirjallinen suostumus. "
               "Hankkeessa noudatetaan tietosuoja-asetusta, ja asiakastiedot kirjataan Korpijärven kunnan "
               "asiakastietojärjestelmään.")

    otsikko(d, "Työpaketti 2: Työnantajayhteistyö", 2)
    kappale(d, "Yritysyhteistyöstä vastaa hankkeen projektipäällikkö yhdessä kuntien "
               "elinkeinoasiamiesten kanssa. Hankkeessa käydään yrityksissä kertomassa osatyökykyisten "
               "palkkaamisesta ja sen tuista, ja jokaisessa kunnassa järjestetään vuosittain kaksi "
               "työnantaja-aamukahvia yhdessä paikallisen yrittäjäyhdistyksen kanssa. Aamukahveilla "
               "yrittäjät, jotka ovat jo palkanneet osatyökykyisen, kertovat kokemuksistaan. Hankkeessa "
               "tehdään lyhyt, selkokielinen esite palkkatuesta, työolosuhteiden järjestelytuesta, "
               "työkokeilusta ja Kelan ammatillisesta kuntoutuksesta.")
    kappale(d, "Työnantajille tarjotaan työkokeilun ja työsuhteen alkuun valmentajan tukea: valmentaja "
               "auttaa perehdytyksen suunnittelussa, työtehtävien muokkaamisessa ja tukihakemusten "
               "täyttämisessä. Pienillä yrityksillä ei ole henkilöstöhallintoa, joten käytännön apu on "
               "usein ratkaisevaa.")
    otsikko(d, "Työpaketti 3: Palvelumallin kehittäminen ja henkilöstön osaaminen", 2)
    kappale(d, "Kuntien työllisyys- ja sosiaalipalvelujen sekä hyvinvointialueen henkilöstön kanssa "
               "kehitetään yhteinen malli siitä, miten osatyökykyinen asiakas tunnistetaan, kenelle hänet "
               "ohjataan ja miten tieto kulkee. Kehittäminen tehdään työpajoissa, joihin osallistuu myös "
               "asiakkaita ja kokemusasiantuntijoita. Malli kuvataan prosessikaaviona ja lyhyenä "
               "toimintaohjeena, ja se hyväksytään kuntien johtoryhmissä.")
    kappale(d, "Henkilöstölle järjestetään neljän koulutuspäivän kokonaisuus työkyvyn puheeksi "
               "ottamisesta, työkyvyn tuen palveluista ja osatyökykyisten työllistämisen keinoista. "
               "Koulutukset toteutetaan yhteistyössä hyvinvointialueen työkykykoordinaattoreiden ja "
               "Työterveyslaitoksen materiaalien pohjalta.")

    kappale(d, "Koulutuspäivien sisällöt on luonnosteltu valmistelussa seuraavasti. Ensimmäinen päivä "
               "käsittelee työkyvyn käsitettä ja puheeksi ottamista: miten työntekijä tunnistaa, että "
               "asiakkaan työllistymisen esteenä voi olla selvittämätön terveysongelma, ja miten asiasta "
               "puhutaan leimaamatta. Toinen päivä esittelee työkyvyn tuen palvelut Kelan, "
               "työeläkelaitosten, hyvinvointialueen ja työllisyysalueen näkökulmista. Kolmas päivä "
               "keskittyy osatyökykyisten työllistämisen keinoihin ja tukiin, ja neljännellä päivällä "
               "harjoitellaan palvelumallin käyttöä tapausesimerkkien avulla. Koulutuksiin kutsutaan "
               "myös kuntouttavan työtoiminnan ohjaajat ja kolmannen sektorin toimijat.")
    kappale(d, "Palvelumallin kuvaamisessa hyödynnetään aiemmissa hankkeissa kehitettyjä "
               "työkaluja. Kuvauksesta tehdään kaksi versiota: henkilöstölle tarkoitettu prosessikuvaus, "
               "jossa näkyvät vastuut ja tiedonkulku, sekä asiakkaille tarkoitettu selkokielinen "
               "polkukuvaus, josta asiakas näkee, mitä seuraavaksi tapahtuu ja keneen hän voi ottaa "
               "yhteyttä. Mallin keskeneräisiä versioita kokeillaan asiakastyössä jo hankkeen aikana, "
               "jotta lopullinen malli perustuu käytännön kokemuksiin eikä pelkkään suunnitteluun.")

    otsikko(d, "Asiakkaiden osallisuus kehittämisessä", 2)
    kappale(d, "Osatyökykyiset asiakkaat ovat mukana kehittämisessä alusta asti. Ohjausryhmässä on "
               "kokemusasiantuntija, ja jokaiseen kehittämistyöpajaan kutsutaan kahdesta neljään "
               "asiakasta tai entistä asiakasta. Työpajojen ajankohdat sovitetaan niin, että niihin "
               "on mahdollista osallistua myös julkisella liikenteellä, ja osallistujien matkakulut "
               "korvataan. Lisäksi asiakkaille järjestetään kerran vuodessa kunnittain avoin "
               "kehittämisilta, jossa kerrotaan, mitä heidän palautteensa perusteella on muutettu.")
    kappale(d, "Kokemusasiantuntija osallistuu myös henkilöstökoulutuksiin kertomalla, miltä "
               "palvelujärjestelmä näyttää asiakkaan silmin. Kokemusasiantuntijoiden palkkiot on "
               "sisällytetty henkilöstökustannuksiin.")

    otsikko(d, "5 Aikataulu", 1)
    kappale(d, "Hankkeen vaiheistus vuosineljänneksittäin:")
    aik = [
        ("Toiminta", "Q2/2026", "Q3/2026", "Q4/2026", "Q1/2027", "Q2/2027", "Q3/2027", "Q4/2027", "Q1/2028"),
        ("Rekrytoinnit, käynnistys, ohjausryhmä", "x", "", "", "", "", "", "", ""),
        ("TP1 asiakastyö", "x", "x", "x", "x", "x", "x", "x", "x"),
        ("TP2 työnantajakäynnit ja aamukahvit", "", "x", "x", "x", "x", "x", "x", ""),
        ("TP3 kehittämistyöpajat", "", "x", "x", "x", "x", "", "", ""),
        ("TP3 henkilöstökoulutukset", "", "", "x", "", "x", "", "x", ""),
        ("Mallin hyväksyntä ja vastuunsiirto", "", "", "", "", "", "", "x", "x"),
        ("Loppuseminaari ja loppuraportti", "", "", "", "", "", "", "", "x"),
    ]
    taulukko(d, aik)
    kappale(d, "")
    kappale(d, "Hanke käynnistyy maaliskuussa 2026 projektipäällikön aloittaessa, ja valmentajat "
               "aloittavat huhtikuussa 2026. Ensimmäiset asiakkaat otetaan mukaan toukokuussa 2026. "
               "Palvelumalli viedään kuntien johtoryhmiin marras–joulukuussa 2027. Loppuseminaari "
               "pidetään helmikuussa 2028 Korpijärven kunnantalolla.")

    kappale(d, "Hankkeen eteneminen vaiheittain:")
    kappale(d, "Käynnistysvaihe (maalis–toukokuu 2026): projektipäällikkö aloittaa 1.3.2026 ja "
               "valmentajat huhtikuussa. Ohjausryhmä kokoontuu ensimmäisen kerran maaliskuussa. "
               "Asiakasohjauksen käytännöt sovitaan kuntien työllisyys- ja sosiaalipalvelujen sekä "
               "terveyskeskusten kanssa, ja viestintäsuunnitelma laaditaan. Valmentajat perehtyvät "
               "kuntien ja hyvinvointialueen palveluihin ja tutustuvat alueen työnantajiin.")
    kappale(d, "Toteutusvaihe (kesäkuu 2026 – syyskuu 2027): asiakastyö on täydessä vauhdissa, "
               "työnantaja-aamukahveja pidetään keväisin ja syksyisin, ja kehittämistyöpajoissa "
               "rakennetaan palvelumallia. Ensimmäinen versio mallista on käytössä joulukuussa 2026 ja "
               "toinen, palautteen perusteella korjattu versio kesäkuussa 2027. Ulkoinen arvioija tekee "
               "väliarvioinnin syksyllä 2027.")
    kappale(d, "Vakiinnuttamisvaihe (lokakuu 2027 – helmikuu 2028): palvelumalli viedään kuntien "
               "johtoryhmiin, seutusopimus viimeistellään ja asiakkaiden siirtymät hankkeen jälkeisiin "
               "palveluihin sovitaan. Uusia asiakkaita otetaan hankkeeseen joulukuuhun 2027 asti, jonka "
               "jälkeen keskitytään vastuunsiirtoon. Loppuraportti laaditaan helmikuussa 2028.")

    otsikko(d, "6 Hankkeen organisointi", 1)
    kappale(d, "Hankkeen hallinnoija on Korpijärven kunta. Projektipäällikkö (100 %) vastaa hankkeen "
               "johtamisesta, raportoinnista ja työnantajayhteistyöstä; kaksi työkykyvalmentajaa (100 %) "
               "tekevät asiakastyötä. Hankkeen taloushallinnon hoitaa Korpijärven kunnan taloustoimisto "
               "(10 % kirjanpitäjän työajasta).")
    kappale(d, "Korpijärven kunnalla on kokemusta EU-hankkeiden hallinnoinnista: kunta on "
               "hallinnoinut viimeisen kymmenen vuoden aikana neljää ESR- ja EAKR-hanketta, ja sen "
               "taloustoimistossa on hankkeiden kirjanpitoon perehtynyt henkilö. Projektipäällikön "
               "tehtävään haetaan henkilöä, jolla on sosiaali- tai terveysalan tai työllisyyspalvelujen "
               "koulutus ja kokemus moniammatillisesta yhteistyöstä. Työkykyvalmentajilta edellytetään "
               "soveltuvaa korkeakoulututkintoa, esimerkiksi sosionomi (AMK), fysioterapeutti (AMK) tai "
               "toimintaterapeutti, sekä kokemusta asiakastyöstä. Rekrytoinnit käynnistetään heti "
               "myönteisen rahoituspäätöksen jälkeen, jotta henkilöstö on valittu hankkeen alkaessa. "
               "Hankkeen henkilöstö työskentelee osana Korpijärven työllisyyspalvelujen tiimiä, mikä "
               "helpottaa toiminnan siirtämistä pysyväksi.")
    kappale(d, "Hankkeelle asetetaan ohjausryhmä, jonka puheenjohtajana toimii Korpijärven "
               "elinvoimajohtaja. Ohjausryhmässä ovat kaikkien kolmen kunnan työllisyyspäälliköt tai "
               "vastaavat, hyvinvointialueen kuntoutuspalvelujen ja työkykykoordinaation edustajat, "
               "työllisyysalueen edustaja, paikallisen yrittäjäyhdistyksen edustaja, kokemusasiantuntija "
               "sekä rahoittajan edustaja asiantuntijajäsenenä. Ohjausryhmä kokoontuu noin neljä kertaa "
               "vuodessa.")

    kappale(d, "Yhteistyökumppanit ja niiden roolit:")
    luettelo(d, [
        "Salmelan kunta: osatoteuttaja, sosiaalipalvelujen asiakasohjaus, tilat valmentajan käyttöön",
        "Hietaniemen kunta: osatoteuttaja, työllisyyskoordinaattori ohjaa asiakkaita ja osallistuu työpajoihin",
        "Hyvinvointialue: työkykykoordinaattorit, terveyskeskuslääkärit ja fysioterapeutti osallistuvat "
        "yhteisiin asiakastapaamisiin ja koulutuksiin",
        "Työllisyysalue: asiakasohjaus ja tiedonvaihto, osallistuu palvelumallin kuvaamiseen",
        "Paikalliset yrittäjäyhdistykset: työnantaja-aamukahvien järjestäminen ja tiedottaminen jäsenille",
        "Kansalaisopisto: digitaitojen ryhmät asiakkaille",
    ])
    kappale(d, "Kumppanien kanssa on käyty valmistelukeskustelut syksyllä 2025, ja niiden sitoutuminen "
               "on kirjattu aiesopimuksiin (hakemuksen liitteet 3–6).")

    otsikko(d, "7 Kustannusarvio ja rahoitus", 1)
    kappale(d, "Hankkeen kokonaiskustannukset ovat 486 000 euroa. Hankkeessa käytetään "
               "henkilöstökustannuksiin perustuvaa 40 %:n flat rate -mallia muille kustannuksille.")
    kust = [
        ("Kustannuslaji", "2026", "2027", "2028", "Yhteensä"),
        ("Henkilöstökustannukset", "158 000", "182 000", "7 100", "347 100"),
        ("Flat rate 40 %", "63 200", "72 800", "2 900", "138 900"),
        ("Yhteensä", "221 200", "254 800", "10 000", "486 000"),
    ]
    taulukko(d, kust)
    kappale(d, "")
    kappale(d, "Rahoitus: ESR+-tuki 80 % (388 800 €), kuntien rahoitusosuus 20 % (97 200 €), joka jakautuu "
               "kuntien asukasluvun suhteessa. Kuntien rahoitusosuudet on hyväksytty kunnanhallituksissa "
               "syys–lokakuussa 2025.")

    kappale(d, "Kustannusten perustelut: henkilöstökustannukset muodostuvat projektipäällikön "
               "(3 650 €/kk) ja kahden työkykyvalmentajan (3 200 €/kk) palkoista sivukuluineen, "
               "kirjanpitäjän työajan osuudesta sekä kokemusasiantuntijoiden palkkioista. Flat rate "
               "-osuudella katetaan matkakulut, tilat, koulutusten ja työnantajatilaisuuksien kulut, "
               "esitteet ja ulkoisen arvioinnin hankinta. Valmentajien matkakulut ovat suuret, koska "
               "työ perustuu jalkautumiseen: arvioimme ajokilometreiksi noin 18 000 vuodessa. Vuoden 2028 "
               "kustannukset ovat pienet, koska hanke päättyy helmikuun lopussa.")

    otsikko(d, "8 Seuranta ja arviointi", 1)
    kappale(d, "Hankkeen etenemistä seurataan ESR+-ohjelman yhteisillä indikaattoreilla: asiakkaista "
               "kerätään aloitus- ja lopetustiedot EURA 2021 -järjestelmän seurantalomakkeilla. Näiden "
               "lisäksi hanke seuraa omaa asiakasrekisteriään, johon kirjataan kartoitukset, työkykypolun "
               "vaiheet ja asiakkaan sijoittuminen kolme kuukautta hankkeesta lähdön jälkeen.")
    kappale(d, "Asiakkaat arvioivat omaa työkykyään 0–10-asteikolla polun alussa, puolivälissä ja "
               "lopussa, ja jokaiselta asiakkaalta kerätään lyhyt palaute hankkeesta lähdettäessä. "
               "Henkilöstökoulutuksista kerätään palaute jokaisen koulutuspäivän jälkeen. Hankkeen "
               "henkilöstö tekee itsearvioinnin puolivuosittain ohjausryhmän kokousten yhteydessä. "
               "Ulkoisena arvioijana toimii Itä-Suomen yliopiston sosiaalityön oppiaine, joka tekee "
               "väliarvioinnin syksyllä 2027 ja loppuarvioinnin tammi–helmikuussa 2028.")
    kappale(d, "Seurantatiedot raportoidaan ohjausryhmälle jokaisessa kokouksessa ja rahoittajalle "
               "maksatushakemusten yhteydessä.")

    otsikko(d, "9 Tulokset ja vaikutukset", 1)
    kappale(d, "Hankkeen välittömiä tuloksia ovat 140 asiakkaan työkykypolut, vähintään 120 "
               "työkykykartoitusta, työkokeilut ja jatkosijoittumiset sekä kuvattu ja hyväksytty "
               "palvelumalli. Tuotoksena syntyy myös henkilöstön koulutusmateriaali ja työnantajaesite.")
    kappale(d, "Pitkällä aikavälillä hankkeen odotetaan vähentävän alueen pitkäaikaistyöttömyyttä ja "
               "siitä kunnille aiheutuvia työmarkkinatuen kuntaosuuksia. Asiakkaiden kannalta vaikutus "
               "näkyy siinä, että työkyvyn rajoitteet tunnistetaan aiemmin ja asiakas saa oikeaa tukea "
               "ilman pitkiä katkoksia. Palvelujärjestelmän kannalta vaikutus on, että kuntien ja "
               "hyvinvointialueen työnjako osatyökykyisten asiakkaiden palveluissa on sovittu ja "
               "kirjattu.")
    kappale(d, "Kuntatalouden näkökulmasta hankkeen merkitys on suuri. Kolmen kunnan "
               "työmarkkinatuen kuntaosuudet olivat vuonna 2024 yhteensä noin 1,9 miljoonaa euroa, ja "
               "TE24-uudistuksen myötä kuntien rahoitusvastuu työttömyysetuuksista kasvaa entisestään. "
               "Jos hankkeen asiakkaista 40 siirtyy pysyvästi työhön tai kuntoutukseen, vaikutus "
               "kuntien talouteen on arviomme mukaan useita satoja tuhansia euroja vuodessa. Tärkeämpää "
               "on kuitenkin yksittäisen ihmisen elämänlaadun paraneminen: työ tai mielekäs tekeminen "
               "tuo arkeen rytmiä, toimeentuloa ja yhteyksiä muihin ihmisiin.")
    kappale(d, "Hankkeen tuloksia voidaan hyödyntää myös hyvinvointialueen työkyvyn tuen palveluissa "
               "laajemmin. Kun palvelumalli on kuvattu ja kokeiltu kolmessa kunnassa, hyvinvointialue voi "
               "käyttää sitä pohjana, kun se sopii työnjaosta muiden työllisyysalueiden kanssa. "
               "Henkilöstön koulutuskokonaisuus jää kuntien ja hyvinvointialueen käyttöön, ja sitä "
               "voidaan käyttää uusien työntekijöiden perehdytyksessä.")
    kappale(d, "Hanke edistää myös yhdenvertaisuutta: osatyökykyisyys koskettaa erityisesti "
               "ikääntyneitä työnhakijoita ja heikossa asemassa olevia, ja hankkeen jalkautuva työote "
               "tekee palvelut saavutettaviksi myös niille, joilla ei ole autoa. Sukupuolten tasa-arvo "
               "huomioidaan siten, että asiakasmäärät seurataan sukupuolittain ja ryhmiä tarjotaan "
               "sekä päivä- että iltaisin.")

    otsikko(d, "10 Tulosten juurruttaminen ja levittäminen", 1)
    kappale(d, "Juurruttamista suunnitellaan 4V-mallin mukaan. Jo hakuvaiheessa on sovittu, että "
               "hankkeen päätyttyä työkykypolun ja palvelumallin ylläpidosta vastaa Korpijärven kunnan "
               "työllisyyspalvelut, vastuuhenkilönä työllisyyspäällikkö. Salmela ja Hietaniemi ostavat "
               "palvelun Korpijärveltä seutusopimuksella, jonka valmistelu aloitetaan hankkeen ensimmäisen "
               "vuoden aikana.")
    kappale(d, "Viestintä: hankkeen tuloksista kerrotaan koko hankkeen ajan kuntien ja "
               "hyvinvointialueen henkilöstölle sekä asiakkaille ja työnantajille, jotta uusi toimintatapa "
               "tulee tutuksi jo ennen kuin se vakiinnutetaan.")
    kappale(d, "Variointi: palvelumallia muokataan kolmen kunnan erilaisiin tarpeisiin – Korpijärvellä "
               "asiakkaita on eniten ja tiloja on käytettävissä, Hietaniemessä työ perustuu lähes kokonaan "
               "jalkautumiseen. Asiakkaiden ja henkilöstön palaute otetaan huomioon mallin versioissa.")
    kappale(d, "Valtavirtaistaminen: mallia tarjotaan työllisyysalueen muille kunnille ja "
               "hyvinvointialueelle kokeiltavaksi vuoden 2027 aikana. Malli julkaistaan Innokylässä, ja "
               "se esitellään loppuseminaarissa sekä työllisyysalueen kehittämispäivillä.")
    kappale(d, "Vakiinnuttaminen: palvelumalli hyväksytään kuntien johtoryhmissä ja kirjataan "
               "työllisyyspalvelujen palvelukuvaukseen. Korpijärven kunta on varautunut yhden "
               "työkykyvalmentajan vakanssin perustamiseen vuoden 2028 talousarviossa.")
    kappale(d, "Juurruttamiseen varataan hankkeessa noin 20 % projektipäällikön työajasta koko hankkeen "
               "ajan ja viimeisellä puolivuotiskaudella lisäksi valmentajien aikaa vastuunsiirtoon ja "
               "perehdytykseen.")

    otsikko(d, "11 Viestintä", 1)
    kappale(d, "Hankkeella on viestintäsuunnitelma, joka laaditaan ensimmäisen kuukauden aikana. "
               "Keskeiset kanavat ovat kuntien verkkosivut, paikallislehdet, kuntien tiedotteet, "
               "hyvinvointialueen intranet, yrittäjäyhdistysten jäsenkirjeet ja hankkeen oma sivu "
               "Korpijärven kunnan verkkosivuilla. Asiakkaille tehdään selkokielinen esite, jota jaetaan "
               "terveysasemilla, kirjastoissa ja apteekeissa. ESR+-ohjelman näkyvyysohjeita noudatetaan "
               "kaikessa viestinnässä.")
    kappale(d, "Hanke tiedottaa aktiivisesti onnistumisista ja asiakastarinoista asiakkaiden luvalla. "
               "Työnantajaviestinnässä korostetaan paikallisia esimerkkejä ja yrittäjien omaa ääntä. "
               "Viestinnästä vastaa projektipäällikkö yhdessä Korpijärven kunnan viestintäsuunnittelijan "
               "kanssa.")

    kappale(d, "Viestinnän pääkohderyhmät ja viestit:")
    taulukko(d, [
        ("Kohderyhmä", "Keskeinen viesti", "Kanava"),
        ("Osatyökykyiset asiakkaat", "Apua saa läheltä, eikä tarvitse pärjätä yksin", "Esite, paikallislehdet, terveysasemat, kirjastot"),
        ("Kuntien ja hyvinvointialueen henkilöstö", "Mihin asiakkaan voi ohjata ja miten yhteistyö toimii", "Intranet, tiimipalaverit, koulutukset"),
        ("Työnantajat", "Osatyökykyinen voi olla ratkaisu työvoimapulaan, ja tukea on saatavilla", "Aamukahvit, yrittäjäyhdistysten jäsenkirjeet"),
        ("Päättäjät", "Yhteinen malli on kustannustehokas tapa järjestää palvelu", "Valtuustoseminaarit, ohjausryhmän muistiot"),
    ])
    kappale(d, "")

    otsikko(d, "12 Hankkeen yhteys ohjelmaan ja horisontaaliset periaatteet", 1)
    kappale(d, "Hanke toteuttaa Uudistuva ja osaava Suomi 2021–2027 -ohjelman erityistavoitetta, jonka "
               "mukaan edistetään työllisyyttä ja heikommassa asemassa olevien pääsyä työmarkkinoille. "
               "Hanke on myös linjassa EU:n perusoikeuskirjan ja YK:n vammaisyleissopimuksen "
               "periaatteiden kanssa: osatyökykyisillä on oikeus työhön ja kohtuullisiin mukautuksiin.")
    kappale(d, "Ympäristövaikutuksiltaan hanke on neutraali. Asiakastapaamisia järjestetään asiakkaan "
               "lähellä, mikä vähentää asiakkaiden pitkiä asiointimatkoja, ja henkilöstön matkoja "
               "yhdistetään aina kun mahdollista. Koulutukset ja osa ohjausryhmän kokouksista "
               "toteutetaan etänä.")
    kappale(d, "Digitaalisuus: asiakkaiden digitaitoja tuetaan osana valmennusta, koska "
               "työllisyyspalvelujen asiointi on siirtynyt suurelta osin verkkoon. Hankkeessa ei kehitetä "
               "uusia tietojärjestelmiä, vaan hyödynnetään olemassa olevia asiakastietojärjestelmiä ja "
               "sähköisiä ajanvarauksia.")
    kappale(d, "Yhdenvertaisuutta edistetään myös kielellisesti: alueella asuu kasvava joukko "
               "ukrainalaisia ja muita maahan muuttaneita, joista osalla on työkykyyn vaikuttavia "
               "terveysongelmia. Tarvittaessa käytetään tulkkausta, ja asiakasmateriaalit laaditaan "
               "selkokielellä. Saavutettavuus otetaan huomioon tilojen valinnassa ja verkkoviestinnässä.")
    kappale(d, "Hankkeen tulokset ovat hyödynnettävissä myös muilla pienten kuntien alueilla, joissa "
               "välimatkat ovat pitkiä ja palvelut keskittyneet. Hankkeessa syntyvä tieto siitä, miten "
               "jalkautuva työote ja kuntien välinen yhteistyö toimivat osatyökykyisten palveluissa, "
               "on arvokasta myös työllisyysalueiden kehittämiselle TE24-uudistuksen jälkeen.")

    otsikko(d, "13 Hankkeen lisäarvo ja yhteydet muihin hankkeisiin", 1)
    kappale(d, "Hankkeen lisäarvo syntyy siitä, että se tuo yhteen kolme pientä kuntaa, "
               "hyvinvointialueen ja työllisyysalueen, joiden palvelut kohtaavat saman asiakkaan mutta "
               "joiden välillä ei nyt ole sovittua yhteistyötä. Ilman hanketta kunnilla ei ole "
               "resursseja kehittää yhteistä mallia, eikä yksittäisen pienen kunnan asiakasmäärä riitä "
               "oman työkykyvalmentajan palkkaamiseen. Yhteinen malli mahdollistaa sen, että palvelu "
               "voidaan tuottaa kolmelle kunnalle yhdessä.")
    kappale(d, "Hanke tekee yhteistyötä maakunnan muiden ESR+-hankkeiden kanssa. Keskuskaupungin "
               "työllisyysalueen hankkeessa kehitetään digitaalista työnhakijan palvelutarvearviota, ja "
               "sen kanssa sovitaan tiedonvaihdosta niin, että osatyökykyisyys tunnistetaan jo arvion "
               "yhteydessä. Hyvinvointialueen kuntoutuksen kehittämishankkeen kanssa järjestetään "
               "yhteisiä koulutuksia. Valtakunnallisesti hanke osallistuu osatyökykyisten työllistymistä "
               "edistävien hankkeiden verkostotapaamisiin ja hyödyntää Työterveyslaitoksen materiaaleja.")
    kappale(d, "Päällekkäisyyttä muiden hankkeiden kanssa ei ole: nuorten työpajahanke palvelee alle "
               "30-vuotiaita, ja työllisyysalueen hankkeet kohdistuvat keskuskaupunkiin. Hankkeessa "
               "kehitettävä palvelumalli on kuitenkin suunniteltu niin, että se voidaan liittää myöhemmin "
               "osaksi koko työllisyysalueen palveluja.")

    kappale(d, "Yhteyshenkilö hakemusta koskevissa asioissa: elinvoimajohtaja Markku Hyvönen, "
               "markku.hyvonen@korpijarvi.fi, p. 044 512 3380.")
    d.save(polku)
    return {"doc_type": "hankesuunnitelma", "findings": [
        {"rule": "tavoite.ei-arviointia"},
        {"rule": "rakenne.osio-puuttuu", "target": "riskit"},
    ]}

"""01: pitkä ESR+-hankehakemus (työllisyys), seurattavat muutokset, tavoitetaulukko, neljännesvuosiaikataulu,
budjetti vuosittain, riskitaulukko. Odotus: ei löydöksiä."""
from apu import *


def rakenna(polku):
    d = uusi()
    kpl(d, "Luonnos → Versio 2, 14.3.2025 (muutokset ohjausryhmän valmistelukokouksen 11.3.2025 jälkeen)")
    d.add_heading("HANKESUUNNITELMA – Askelmerkit: maahan muuttaneiden naisten polut työhön ja koulutukseen", 0)
    kpl(d, "Haku: Uudistuva ja osaava Suomi 2021–2027 -ohjelma (ESR+), toimintalinja 4, erityistavoite 4.1. "
           "Hakija: Haapaniemen kaupunki, työllisyyspalvelut. Osatoteuttaja: Järvilinnan kansalaisopisto. "
           "Haettava tuki yhteensä 612 400 euroa.")

    otsikko(d, "1 Hankkeen perustiedot")
    taulukko(d, [
        ["Kenttä", "Tieto"],
        ["Hankkeen nimi", "Askelmerkit – maahan muuttaneiden naisten polut työhön ja koulutukseen"],
        ["Päätoteuttaja", "Haapaniemen kaupunki / työllisyyspalvelut (Y-tunnus 0123456-7)"],
        ["Osatoteuttaja", "Järvilinnan kansalaisopisto (Haapaniemen kaupungin ylläpitämä)"],
        ["Yhteyshenkilö", "Työllisyyspäällikkö Sanna Kettunen, sanna.kettunen@haapaniemi.fi, 044 718 2290"],
        ["Toteutusaika", "1.9.2025–31.8.2027"],
        ["Toteutusalue", "Haapaniemi ja sen lähikunnat Rantasalo ja Kuivala"],
    ])

    otsikko(d, "2 Lähtötilanne ja hankkeen tarve")
    kpl(d, "Haapaniemessä asui vuoden 2024 lopussa noin 41 800 asukasta, joista vieraskielisiä oli 3 950 eli 9,4 prosenttia. "
           "Osuus on kasvanut nopeasti: vuonna 2019 vieraskielisiä oli 2 310. Kasvu on painottunut työikäisiin, ja suuri osa "
           "tulijoista on muuttanut perheen mukana tai kansainvälistä suojelua saaneena. Työllisyysaste on vieraskielisillä naisilla "
           "edelleen selvästi matalampi kuin muulla väestöllä. Kaupungin oman työllisyyskatsauksen mukaan vieraskielisistä "
           "25–54-vuotiaista naisista työssä oli vuonna 2023 vain 43 prosenttia, kun saman ikäisten suomen- ja ruotsinkielisten "
           "naisten työllisyysaste oli 81 prosenttia.")
    kpl(d, "Työllisyyspalveluiden asiakkaina on tällä hetkellä noin 620 maahan muuttanutta naista. Heistä lähes puolella on "
           "takanaan alle kuusi vuotta koulutusta tai koulutusta ei ole lainkaan, ja toisaalta noin viidenneksellä on "
           "korkea-asteen tutkinto, jota ei ole tunnustettu Suomessa. Ryhmä on siis hyvin kirjava. Yhteistä on se, että "
           "kielitaidon karttuminen pysähtyy usein kotoutumiskoulutuksen jälkeen, koska arjessa ei ole tilanteita, joissa "
           "suomea tarvittaisiin, ja lastenhoito rajaa osallistumista kursseille. Työnantajat puolestaan kertovat kaupungin "
           "yrityspalveluiden kyselyssä (syksy 2024, 212 vastaajaa), että heillä on halukkuutta palkata maahan muuttaneita, "
           "mutta he eivät tiedä, miten perehdytys kannattaisi järjestää selkokielisesti tai miten tukia haetaan.")
    kpl(d, "Työllisyyspalveluiden siirtyminen kunnille 1.1.2025 alkaen toi kaupungille kokonaisvastuun myös tästä asiakasryhmästä. "
           "Siirron yhteydessä havaittiin, että palvelupolku katkeaa usein kotoutumissuunnitelman päättyessä: asiakas jää "
           "ilman aktiivista palvelua, eikä kukaan seuraa, jatkaako hän kieliopintoja tai hakeutuuko hän koulutukseen. "
           "Vuonna 2024 kotoutumissuunnitelman päättäneistä naisista 58 prosenttia oli puolen vuoden kuluttua edelleen "
           "työttömänä tai työvoiman ulkopuolella. Tähän katkokseen hanke tarttuu.")
    kpl(d, "Hanke liittyy kaupungin elinvoimaohjelmaan 2024–2028 ja kotoutumisen edistämisen ohjelmaan, jonka valtuusto hyväksyi "
           "kesäkuussa 2024. Molemmissa asetetaan tavoitteeksi vieraskielisten työllisyysasteen nostaminen ja naisten "
           "osallisuuden vahvistaminen. Hanke ei päällekkäisty Työllisyysrahaston tai kaupungin muiden hankkeiden kanssa: "
           "Rantasalon Kotoutumo-hanke (2023–2025) keskittyi nuoriin miehiin ja päättyy ennen tämän hankkeen alkua, ja sen "
           "kokemuksia on hyödynnetty valmistelussa.")
    kpl(d, "Hanketta on valmisteltu yhdessä asiakkaiden kanssa. Syksyllä 2024 järjestettiin kolme valmistelutyöpajaa, joihin "
           "osallistui yhteensä 37 maahan muuttanutta naista, sekä työnantajatapaaminen 28.11.2024, jossa oli mukana 14 "
           "yritystä ja kaupungin sote-palveluiden rekrytointi. Työpajoissa toistui kolme toivetta: kielikurssi, jonne voi tuoda "
           "lapsen, konkreettinen tutustuminen oikeisiin työpaikkoihin sekä yksi tuttu ihminen, jolta voi kysyä kaikesta.")

    kpl(d, "Naapurikunnissa tilanne on samansuuntainen, mutta mittakaava on pienempi. Rantasalossa asuu noin "
           "6 900 ja Kuivalassa noin 4 100 asukasta, ja vieraskielisiä on kummassakin noin viisi prosenttia. "
           "Pienissä kunnissa ei ole omaa kotoutumispalveluiden yksikköä, vaan kotoutumisen tehtävät hoitaa "
           "yksi työllisyyskoordinaattori muiden tehtäviensä ohella. Molemmat kunnat ovat pyytäneet päästä "
           "mukaan hankkeeseen, koska ne haluavat kokeilla, miten vastuuvalmentajan työtapa toimii pienessä "
           "kunnassa, jossa asiakkaita on vähän mutta matkat ovat pitkiä.")
    kpl(d, "Työvoiman kysyntä alueella on samaan aikaan kasvanut. Kaakonrannan ammattibarometrin mukaan "
           "syksyllä 2024 pulaa oli erityisesti lähihoitajista, varhaiskasvatuksen työntekijöistä, siivoojista, "
           "ravintolatyöntekijöistä ja varastotyöntekijöistä. Näissä ammateissa on paljon tehtäviä, joihin voi "
           "työllistyä vähäiselläkin suomen kielen taidolla, jos perehdytys on selkeää ja työyhteisö on valmis "
           "tukemaan. Hyvinvointialueen arvion mukaan pelkästään kotihoitoon tarvitaan Haapaniemen seudulla "
           "vuoteen 2030 mennessä noin 90 uutta työntekijää. Kohderyhmän työllistyminen ei siis ole vain "
           "sosiaalipoliittinen kysymys, vaan myös alueen elinvoiman ja palvelujen turvaamisen edellytys.")
    kpl(d, "Kohderyhmän oma toive on selvä. Valmistelutyöpajoissa lähes kaikki osallistujat kertoivat "
           "haluavansa töihin, ja moni kertoi kokeneensa, että kotona lasten kanssa vietetyt vuodet ovat "
           "kuluttaneet jo opittua kieltä. Useampi kertoi myös, ettei ollut koskaan käynyt suomalaisella "
           "työpaikalla eikä tiennyt, millaista työ esimerkiksi päiväkodissa tai keittiössä käytännössä on.")

    otsikko(d, "3 Hankkeen tavoitteet")
    kpl(d, "Hankkeen päämääränä on, että maahan muuttaneiden naisten siirtyminen kotoutumisvaiheesta työhön tai tutkintoon "
           "johtavaan koulutukseen nopeutuu ja että kaupungin palvelut tukevat tätä siirtymää pysyvästi myös hankkeen jälkeen. "
           "Päämäärä on jaettu neljään osatavoitteeseen. Taulukossa on kunkin tavoitteen keskeiset toimenpiteet ja se, millä "
           "tavoitteen toteutumista mitataan. Toimenpiteet kuvataan tarkemmin luvussa 5 ja arviointi luvussa 11.")
    t = taulukko(d, [
        ["Tavoite", "Toimenpiteet", "Mittari / arviointi"],
        ["1. Osallistujien suomen kielen taito vahvistuu niin, että he pystyvät asioimaan ja toimimaan työpaikalla.",
         "Lapsiystävälliset kielikahvilat ja työelämäsuomen ryhmät (TP1), kieliportfolio.",
         "YKI- tai Digitaalinen kielitesti alussa ja lopussa; tavoite: 60 % osallistujista nousee vähintään yhden taitotason."],
        ["2. Osallistujat tutustuvat työelämään ja löytävät oman suunnan.",
         "Työpaikkavierailut, työkokeilut ja urasuunnittelun ryhmävalmennus (TP2).",
         ""],
        ["3. Työnantajien valmiudet palkata ja perehdyttää maahan muuttaneita paranevat.",
         "Selkokielisen perehdytyksen koulutukset ja yrityskäynnit (TP3).",
         "Koulutettujen työnantajien määrä (tavoite 40) ja koulutuspalaute; rekrytointien määrä seurantarekisteristä."],
        ["4. Kaupungin palvelupolku kotoutumisvaiheesta työhön ei enää katkea.",
         "Vastuuvalmentajamalli ja palvelupolun kuvaus yhdessä kotoutumis- ja sosiaalipalveluiden kanssa (TP4).",
         "Kotoutumissuunnitelman päättäneiden osuus, joilla on jatkopalvelu 3 kk kuluessa (lähtötaso 42 %, tavoite 80 %)."],
    ])
    # Tavoitteen 2 mittari on vain seurattuna lisäyksenä (w:ins) taulukon solussa.
    solu = t.cell(2, 2)
    p = solu.paragraphs[0]
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "901")
    ins.set(qn("w:author"), "Sanna K.")
    ins.set(qn("w:date"), "2025-03-12T09:02:00Z")
    r = OxmlElement("w:r")
    tt = OxmlElement("w:t")
    tt.text = ("Työkokeiluun tai työpaikkavierailulle osallistuneiden määrä (tavoite 90) ja "
               "henkilökohtainen urasuunnitelma laadittu vähintään 75 %:lle osallistujista; ryhmähaastattelu kerran lukukaudessa.")
    r.append(tt)
    ins.append(r)
    p._p.append(ins)
    kpl(d, "Tavoitteita on kommentoitu valmistelutyöpajoissa. Osallistujien omin sanoin tavoitteena on, että \"suomea uskaltaa "
           "puhua, tietää mitä töitä täällä on ja on joku, joka auttaa eteenpäin\". Tämä kiteytys on otettu hankkeen "
           "viestinnän perusviestiksi.")

    otsikko(d, "4 Kenelle hanke on?")
    kpl(d, "Hankkeen välitön kohderyhmä ovat 18–63-vuotiaat maahan muuttaneet naiset, jotka asuvat Haapaniemessä, "
           "Rantasalossa tai Kuivalassa ja jotka ovat työttömiä tai työvoiman ulkopuolella. Erityisesti tavoitetaan naisia, "
           "joiden kotoutumissuunnitelma on päättynyt tai päättymässä, kotona lapsia hoitavia sekä niitä, joiden aiempi "
           "koulutus ei vastaa suomalaisen työelämän vaatimuksia. Tavoitteena on, että hankkeen toimintaan osallistuu "
           "kahden vuoden aikana vähintään 180 naista, joista noin 120 sitoutuu pidempään valmennukseen.")
    kpl(d, "Toinen välitön kohderyhmä ovat alueen työnantajat, erityisesti pienet ja keskisuuret yritykset hoiva-, siivous-, "
           "ravintola-, logistiikka- ja kaupan aloilla sekä kaupungin omat yksiköt (varhaiskasvatus, ateriapalvelut, "
           "kotihoito). Kolmas ryhmä ovat kaupungin oman henkilöstön ammattilaiset: työllisyyspalveluiden "
           "työllisyysasiantuntijat, kotoutumispalveluiden ohjaajat ja sosiaaliohjaajat.")
    kpl(d, "Välillisinä hyödynsaajina ovat osallistujien perheet ja lapset, joiden arkeen vanhemman työllistyminen ja "
           "kielitaito heijastuvat, sekä laajemmin kunnat, jotka kehittävät kotoutumista tukevia palveluja työllisyyden "
           "kuntasiirron jälkeen.")

    otsikko(d, "5 Toteutus – mitä hankkeessa tehdään")
    kpl(d, "Hanke toteutetaan neljänä työpakettina, jotka limittyvät toisiinsa. Jokaisella osallistujalla on oma "
           "vastuuvalmentaja, joka kulkee hänen rinnallaan koko osallistumisen ajan ja kokoaa eri työpakettien palvelut "
           "yhdeksi poluksi. Toiminta järjestetään pääosin Haapaniemen keskustan Toriportin toimitiloissa, joissa on "
           "lastenhoitotila, sekä jalkautuen Rantasaloon ja Kuivalaan kirjastojen tiloihin kerran viikossa.")
    lihava(d, "TP1 Kieli arjessa ja työssä (vastuu: Järvilinnan kansalaisopisto)")
    kpl(d, "Kansalaisopisto järjestää viikoittain kaksi lapsiystävällistä kielikahvilaa ja kolme työelämäsuomen ryhmää. "
           "Kielikahviloissa on samanaikaisesti lastenhoito, jonka toteuttaa hankkeeseen palkattava lastenohjaaja. "
           "Työelämäsuomen ryhmissä opetellaan alakohtaista sanastoa yhdessä työpaikkojen kanssa: esimerkiksi "
           "ateriapalveluiden hygieniasanasto ja kotihoidon raportointi. Jokainen osallistuja kokoaa kieliportfolion, "
           "johon tallennetaan omia tekstejä ja äänitteitä ja jota käytetään myöhemmin työnhaussa. Lisäksi kokeillaan "
           "kielikummitoimintaa, jossa vapaaehtoinen eläkeläinen tai opiskelija tapaa osallistujaa kahden kesken.")
    lihava(d, "TP2 Työelämään tutustuminen ja urasuunnittelu (vastuu: työllisyyspalvelut)")
    kpl(d, "Vastuuvalmentajat järjestävät ryhmämuotoisia työpaikkavierailuja noin kaksi kertaa kuukaudessa. Vierailut "
           "valitaan osallistujien toiveiden mukaan. Vierailujen jälkeen osallistuja voi hakeutua työkokeiluun tai "
           "palkkatuettuun työhön, ja valmentaja sopii työnantajan kanssa tuesta ja perehdytyksestä. Urasuunnittelun "
           "ryhmävalmennus (8 kertaa) käy läpi osaamisen tunnistamisen, aiemman tutkinnon tunnustamisen mahdollisuudet "
           "ja koulutusvaihtoehdot. Jokaiselle osallistujalle laaditaan henkilökohtainen urasuunnitelma, jota päivitetään "
           "puolen vuoden välein.")
    lihava(d, "TP3 Työnantajayhteistyö (vastuu: työllisyyspalvelut yhdessä yrityspalveluiden kanssa)")
    kpl(d, "Työnantajille järjestetään puolen päivän koulutuksia selkokielisestä perehdytyksestä ja monikulttuurisesta "
           "työyhteisöstä, yhteensä kahdeksan koulutusta hankkeen aikana. Yrityskoordinaattori käy yrityksissä "
           "kartoittamassa tehtäviä, joihin voi rekrytoida vähäisellä kielitaidolla, ja laatii niistä yhdessä "
           "työnantajan kanssa lyhyet tehtävänkuvaukset. Lisäksi kootaan selkokielisen perehdytyksen opas, joka "
           "julkaistaan kaupungin verkkosivuilla ja Innokylässä.")
    lihava(d, "TP4 Palvelupolku ja vastuuvalmentajamalli (vastuu: työllisyyspalvelut)")
    kpl(d, "Työpaketissa kuvataan yhdessä kotoutumispalveluiden, aikuissosiaalityön ja varhaiskasvatuksen kanssa, miten "
           "asiakas siirtyy kotoutumissuunnitelman päättyessä seuraavaan palveluun ilman katkosta. Palvelupolku "
           "kuvataan jo ensimmäisen puolen vuoden aikana nykytilan osalta, ja uutta mallia pilotoidaan keväästä 2026 "
           "alkaen. Vastuuvalmentajan työnkuva, asiakasmäärä ja kirjaamiskäytännöt kuvataan niin, että ne voidaan "
           "siirtää työllisyyspalveluiden pysyvään toimintaan. Pilotin kokemukset käsitellään ohjausryhmässä ja "
           "kaupungin työllisyyden johtoryhmässä.")
    kpl(d, "Hankkeen aikana tuotetaan seuraavat tuotokset: palvelupolun kuvaus ja vastuuvalmentajan työnkuva, "
           "selkokielisen perehdytyksen opas, työelämäsuomen alakohtaiset materiaalipaketit (neljä alaa) sekä "
           "kieliportfolion malli. Kaikki tuotokset julkaistaan avoimesti.")

    otsikko(d, "6 Aikataulu")
    kpl(d, "Hanke toteutetaan 1.9.2025–31.8.2027. Alla on toimenpiteiden vaiheistus neljännesvuosittain "
           "(x = pääasiallinen toteutusjakso).")
    taulukko(d, [
        ["Toimenpide", "Q3/2025", "Q4/2025", "Q1/2026", "Q2/2026", "Q3/2026", "Q4/2026", "Q1/2027", "Q2/2027", "Q3/2027"],
        ["Henkilöstön rekrytointi ja käynnistys", "x", "", "", "", "", "", "", "", ""],
        ["Nykytilan palvelupolun kuvaus (TP4)", "x", "x", "", "", "", "", "", "", ""],
        ["Kielikahvilat ja työelämäsuomi (TP1)", "", "x", "x", "x", "x", "x", "x", "x", ""],
        ["Työpaikkavierailut ja työkokeilut (TP2)", "", "x", "x", "x", "x", "x", "x", "x", ""],
        ["Työnantajakoulutukset (TP3)", "", "", "x", "", "x", "x", "", "x", ""],
        ["Vastuuvalmentajamallin pilotti (TP4)", "", "", "", "x", "x", "x", "x", "", ""],
        ["Väliarviointi", "", "", "", "", "x", "", "", "", ""],
        ["Mallin siirto pysyväksi, loppuseminaari", "", "", "", "", "", "", "x", "x", "x"],
        ["Loppuarviointi ja loppuraportti", "", "", "", "", "", "", "", "x", "x"],
    ])
    kpl(d, "Q3/2025 kattaa hankkeen osalta syyskuun 2025 ja Q3/2027 heinä–elokuun 2027.")

    otsikko(d, "7 Organisointi, ohjausryhmä ja yhteistyökumppanit")
    kpl(d, "Hankkeen päätoteuttaja on Haapaniemen kaupungin työllisyyspalvelut, joka vastaa hankkeen hallinnoinnista, "
           "raportoinnista ja taloudesta. Osatoteuttaja Järvilinnan kansalaisopisto vastaa työpaketista 1. Hankkeeseen "
           "palkataan projektipäällikkö (100 %), kaksi vastuuvalmentajaa (100 %), yrityskoordinaattori (50 %) ja "
           "lastenohjaaja (60 %). Kansalaisopisto osoittaa hankkeeseen suomen kielen opettajan (80 %). Hankkeen "
           "taloushallinnosta vastaa kaupungin talouspalveluiden hankekirjanpitäjä osana normaalia työtään.")
    kpl(d, "Ohjausryhmä kokoontuu noin neljä kertaa vuodessa. Siihen kuuluvat työllisyysjohtaja (pj.), kansalaisopiston "
           "rehtori, kotoutumispalveluiden päällikkö, yrityspalveluiden edustaja, Rantasalon ja Kuivalan kuntien "
           "edustajat, Kaakonrannan yrittäjät ry:n edustaja, kaksi osallistujien edustajaa sekä rahoittajan edustaja "
           "asiantuntijajäsenenä. Osallistujien edustajat valitaan kielikahviloissa, ja heille maksetaan "
           "kokouspalkkio samoin perustein kuin muille jäsenille.")
    kpl(d, "Muita yhteistyökumppaneita ovat Kaakonrannan ammattiopisto (koulutusneuvonta ja tutkinnon osat), "
           "seurakunnan monikulttuurinen työ, Haapaniemen kirjasto sekä alueen maahanmuuttajajärjestöt, erityisesti "
           "Naisten Kohtaamo ry, joka auttaa tavoittamaan kotona olevia naisia.")

    otsikko(d, "8 Kustannusarvio ja rahoitus")
    kpl(d, "Hankkeen kokonaiskustannukset ovat 680 450 euroa. ESR+-tukea haetaan 90 prosenttia eli 612 400 euroa, ja "
           "kuntarahoitus on 68 050 euroa, josta Haapaniemen osuus on 56 050 euroa ja Rantasalon ja Kuivalan yhteensä "
           "12 000 euroa. Kustannukset on laskettu flat rate -mallilla (henkilöstökulut + 40 %).")
    taulukko(d, [
        ["Kustannuslaji", "2025", "2026", "2027", "Yhteensä"],
        ["Henkilöstökulut", "53 200", "291 600", "141 250", "486 050"],
        ["Flat rate 40 % (muut kulut)", "21 280", "116 640", "56 480", "194 400"],
        ["Kustannukset yhteensä", "74 480", "408 240", "197 730", "680 450"],
        ["ESR+-tuki (90 %)", "67 030", "367 420", "177 950", "612 400"],
        ["Kuntarahoitus (10 %)", "7 450", "40 820", "19 780", "68 050"],
    ])
    kpl(d, "Osallistujille ei makseta erillistä korvausta, mutta työkokeilun ajalta he saavat työllistymistä edistävän "
           "palvelun kulukorvauksen normaalien säännösten mukaan.")

    otsikko(d, "9 Riskit ja niiden hallinta")
    taulukko(d, [
        ["Riski", "Todennäköisyys", "Vaikutus", "Hallintakeino"],
        ["Kotona olevia naisia ei tavoiteta", "keskisuuri", "suuri",
         "Tavoittaminen järjestöjen, neuvolan ja varhaiskasvatuksen kautta; tieto omalla kielellä; lastenhoito."],
        ["Henkilöstön vaihtuvuus", "keskisuuri", "keskisuuri",
         "Työnkuvat ja asiakasprosessit dokumentoidaan; valmentajat työskentelevät parina."],
        ["Työnantajat eivät sitoudu työkokeiluihin", "pieni", "suuri",
         "Yrityskoordinaattorin henkilökohtaiset käynnit; kaupungin omat yksiköt mukana alusta asti."],
        ["Palvelupolku ei siirry pysyväksi", "keskisuuri", "suuri",
         "Työllisyysjohtaja ohjausryhmän puheenjohtajana; malli viedään talousarvioon 2027 jo keväällä 2026."],
        ["Osallistujien elämäntilanteen muutokset (muutot, raskaudet)", "suuri", "pieni",
         "Joustava osallistuminen, mahdollisuus tauottaa ja palata."],
    ])

    otsikko(d, "10 Viestintä")
    kpl(d, "Hankkeen viestinnän tavoitteena on, että kohderyhmä tietää toiminnasta omalla kielellään, työnantajat "
           "tuntevat palkkaamisen tuet ja kaupungin päättäjät näkevät mallin hyödyt. Viestintäsuunnitelma laaditaan "
           "hankkeen kahden ensimmäisen kuukauden aikana. Pääkanavia ovat kaupungin verkkosivut ja sosiaalisen median "
           "tilit, monikieliset esitteet (arabia, somali, dari, ukraina, venäjä, englanti), WhatsApp-ryhmät "
           "osallistujille, Kaakonrannan yrittäjien uutiskirje sekä paikallislehti. Tuotokset julkaistaan Innokylässä. "
           "Hankkeen lopussa järjestetään alueellinen loppuseminaari kuntien ja järjestöjen työntekijöille. "
           "EU-rahoituksen näkyvyysvaatimukset huomioidaan kaikessa materiaalissa.")
    import d01_lisa
    d01_lisa.lisaa_viestinta(d)

    otsikko(d, "11 Miten arvioimme onnistumista?")
    kpl(d, "Hankkeen seuranta perustuu EURA 2021 -järjestelmän osallistujatietoihin ja hankkeen omaan "
           "seurantarekisteriin, johon vastuuvalmentajat kirjaavat osallistumiset, urasuunnitelmat, työkokeilut ja "
           "jatkopolut. Tavoitekohtaiset mittarit on esitetty luvun 3 taulukossa. Lisäksi seurataan, kuinka moni "
           "osallistuja on kuuden kuukauden kuluttua osallistumisen päättymisestä työssä, koulutuksessa tai aktiivisessa "
           "palvelussa.")
    kpl(d, "Itsearviointia tehdään jatkuvasti: henkilöstö pitää puolen vuoden välein arviointipäivän, jossa käydään "
           "läpi mittarit ja osallistujien palaute ja päätetään korjausliikkeistä. Osallistujilta kerätään palautetta "
           "kuvallisella selkokyselyllä jokaisen ryhmäjakson lopussa ja ryhmähaastatteluilla tulkin avulla. "
           "Työnantajilta kerätään palaute koulutusten jälkeen ja työkokeilun päättyessä.")
    kpl(d, "Ulkoisen arvioinnin tekee kilpailutettava arvioija (budjetoitu 18 000 euroa), joka tekee väliarvioinnin "
           "syksyllä 2026 ja loppuarvioinnin keväällä 2027. Ulkoinen arviointi keskittyy vastuuvalmentajamallin "
           "toimivuuteen ja siirrettävyyteen. Arviointitulokset käsitellään ohjausryhmässä ja julkaistaan hankkeen "
           "verkkosivuilla.")
    muutos_kpl(d, [
        ("n", "Arviointiraportin luovutus ohjausryhmälle: "),
        ("del", "xx.xx.2027, tarkennetaan myöhemmin. "),
        ("ins", "toukokuun 2027 kokous, jotta tulokset ehtivät syksyn talousarviovalmisteluun."),
    ])

    otsikko(d, "12 Odotetut tulokset ja vaikutukset")
    kpl(d, "Välittömänä tuloksena vähintään 180 maahan muuttanutta naista osallistuu toimintaan, ja heistä vähintään "
           "60 siirtyy hankkeen aikana työhön, työkokeiluun, palkkatuettuun työhön tai tutkintoon johtavaan "
           "koulutukseen. Vähintään 40 työnantajaa on koulutettu selkokieliseen perehdytykseen. Kaupungilla on "
           "kuvattu ja pilotoitu palvelupolku ja vastuuvalmentajamalli sekä neljä alakohtaista materiaalipakettia.")
    kpl(d, "Pidemmällä aikavälillä hankkeen myötä vieraskielisten naisten työllisyysaste alueella nousee, lasten "
           "kotoutuminen helpottuu, kun vanhemmat osallistuvat yhteiskuntaan, ja työnantajien rekrytointiongelmat "
           "hoiva- ja palvelualoilla lievittyvät. Sukupuolten tasa-arvon kannalta hanke vahvistaa naisten "
           "taloudellista itsenäisyyttä. Hanke tukee myös kestävää kehitystä: materiaalit ovat digitaalisia ja toiminta "
           "järjestetään joukkoliikenteen ulottuvilla.")

    kpl(d, "Kaupungin palveluille hankkeen tärkein tulos on tieto. Hankkeen aikana saadaan ensimmäistä kertaa "
           "luotettava kuva siitä, mitä tapahtuu kotoutumissuunnitelman päättyessä, kuinka paljon "
           "vastuuvalmentajan työ maksaa ja millaisilla asiakkailla se tuottaa parhaat tulokset. Tätä tietoa "
           "voidaan käyttää koko työllisyyspalveluiden asiakasohjauksen kehittämisessä, ei vain tämän "
           "kohderyhmän kanssa. Työnantajien näkökulmasta tuloksena on käytännön työkaluja, joita voi "
           "käyttää minkä tahansa uuden työntekijän perehdytyksessä, koska selkeä ja lyhyt ohje palvelee "
           "myös suomenkielisiä nuoria ja alanvaihtajia. Naapurikunnille hanke tuottaa kokemuksen mallin "
           "kevennetystä versiosta, jota ne voivat jatkaa omilla resursseillaan.")

    otsikko(d, "13 Tulosten juurruttaminen ja toiminnan jatkuvuus")
    kpl(d, "Juurruttamista on suunniteltu jo hakuvaiheessa 4V-mallin mukaisesti. Hakemus on valmisteltu yhdessä "
           "niiden yksiköiden kanssa, joiden pysyvään toimintaan mallin on tarkoitus jäädä, ja työllisyysjohtaja on "
           "sitoutunut ohjausryhmän puheenjohtajaksi. Juurruttamiseen on varattu projektipäällikön työajasta noin "
           "20 prosenttia koko hankkeen ajan sekä ulkoisen arvioinnin siirrettävyysosuus.")
    lihava(d, "Viestintä")
    kpl(d, "Hankkeen alusta lähtien pilotin kokemuksista kerrotaan säännöllisesti kaupungin työllisyyden "
           "johtoryhmälle, kotoutumispalveluille ja naapurikunnille, ei vain hankkeen lopussa.")
    lihava(d, "Variointi")
    kpl(d, "Vastuuvalmentajamallista ja materiaaleista muokataan eri käyttäjille sopivat versiot: lyhyt malli "
           "pienille kunnille (Rantasalo, Kuivala), laajempi versio kaupungin työllisyyspalveluille ja selkokielinen "
           "esite asiakkaille.")
    lihava(d, "Valtavirtaistaminen")
    kpl(d, "Mallia kokeillaan hankkeen aikana myös hankkeen ulkopuolisilla toimijoilla: aikuissosiaalityön kaksi "
           "sosiaaliohjaajaa ja Rantasalon kunnan työllisyyskoordinaattori käyttävät vastuuvalmentajan työtapaa "
           "omien asiakkaidensa kanssa keväästä 2026. Työnantajakoulutuksen sisältö tarjotaan Kaakonrannan "
           "yrittäjille osaksi heidän koulutuskalenteriaan.")
    lihava(d, "Vakiinnuttaminen")
    kpl(d, "Haapaniemen kaupungin työllisyyspalvelut ottaa vastuuvalmentajamallin pysyväksi toimintatavakseen "
           "1.9.2027 alkaen. Päätöksen valmistelusta vastaa työllisyysjohtaja Marko Hiltunen, ja kahden "
           "vastuuvalmentajan vakanssit esitetään vuoden 2027 talousarvioon keväällä 2026. Järvilinnan "
           "kansalaisopisto jatkaa lapsiystävällisiä kielikahviloita osana opetussuunnitelmaansa syksystä 2027, "
           "vastuuhenkilönä rehtori Päivi Ollikainen. Hankkeen jälkeen kaupungin työllisyyden johtoryhmä seuraa "
           "mallin toteutumista puolivuosittain samoilla mittareilla kuin hankkeessa.")
    import d01_lisa
    d01_lisa.lisaa(d)
    d01_lisa.lisaa2(d)
    d01_lisa.lisaa3(d)
    d.save(polku)

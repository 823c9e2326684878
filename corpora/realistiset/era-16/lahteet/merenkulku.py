"""Asiakirja 06: pitkä ESR+-hankesuunnitelma (merenkulku), ei havaintoja."""
from apu import *  # noqa


def doc06():
    d = uusi()
    d.add_heading("Hankesuunnitelma: Turvallisesti saaristossa – yhteysalusten ja lauttojen henkilöstön "
                  "osaamisen uudistaminen", 0)
    kpl(d, "Hakija: Rannikon merenkulkuopisto (Turku). Osatoteuttaja: Saaristolautat Oy. "
           "Rahoitushaku: ESR+ / Varsinais-Suomen ELY-keskus, Uudistuva ja osaava Suomi 2021–2027 -ohjelma, "
           "toimintalinja 3.")
    kpl(d, "Luonnos 3.10.2025 – versio 5, kommentoitu ohjausryhmän valmisteluryhmässä 25.9.2025")

    otsikko(d, "Hankkeen lyhyt kuvaus")
    kpl(d, "Turvallisesti saaristossa -hanke uudistaa Saaristomeren ja Turunmaan yhteysalusten ja lossien "
           "henkilöstön turvallisuus- ja ympäristöosaamisen. Hanke kehittää yhdessä varustamoiden kanssa "
           "työn lomassa suoritettavan koulutusmallin, jossa lyhyet simulaattorijaksot, laivalla tehtävät "
           "harjoitukset ja verkko-opinnot muodostavat yhden kokonaisuuden. Hankkeen aikana noin 220 "
           "merenkulkijaa suorittaa vähintään yhden uudistetun koulutusjakson ja kymmenen aluksen "
           "miehistöt harjoittelevat hätätilanteita oman aluksensa olosuhteissa.")
    kpl(d, "Hankkeen keskeinen ajatus on, että koulutus ja harjoittelu tapahtuvat siellä, missä työ tehdään. "
           "Kokeneet merenkulkijat koulutetaan laivakouluttajiksi, jotka ohjaavat harjoituksia omilla "
           "aluksillaan myös hankkeen jälkeen. Koulutusmoduulit siirtyvät merenkulkuopiston pysyvään "
           "täydennyskoulutustarjontaan, ja varustamot sopivat niiden käytöstä opiston kanssa.")

    otsikko(d, "1 Lähtötilanne ja tarve")
    kpl(d, "Saaristomeren ja Turunmaan saaristossa liikennöi vuonna 2024 yhteensä 31 lossia ja yhteysalusta, "
           "jotka kuljettavat vuosittain noin 2,4 miljoonaa matkustajaa ja puoli miljoonaa ajoneuvoa. Reitit "
           "ovat saarten asukkaille, kesäasukkaille ja yrityksille ainoa yhteys mantereelle, joten jokainen "
           "häiriö näkyy suoraan saariston arjessa. Liikenne- ja viestintäviraston onnettomuustilaston mukaan "
           "pienalusten ja lossien vaaratilanneilmoitusten määrä kasvoi vuosina 2019–2024 noin 35 prosenttia. "
           "Ilmoitusten taustalla ovat useimmiten kiireiset aikataulut, vaihtuva miehistö ja puutteet "
           "hätätilanneharjoitusten säännöllisyydessä.")
    kpl(d, "Alan henkilöstö ikääntyy nopeasti. Varustamojen omien henkilöstötietojen mukaan lauttojen "
           "päälliköistä ja konemestareista noin 40 prosenttia jää eläkkeelle seuraavan kymmenen vuoden aikana. "
           "Uusia työntekijöitä tulee yhä useammin muilta aloilta tai ulkomailta, ja heidän perehdyttämisensä "
           "saariston erityisolosuhteisiin – kapeisiin väyliin, jäätalveen ja pieniin laitureihin – jää usein "
           "kokeneiden kollegoiden varaan. Vuonna 2023 tehdyssä kyselyssä 62 prosenttia vastanneista "
           "miehistön jäsenistä arvioi, ettei ollut osallistunut oman aluksen pelastusharjoitukseen viimeisen "
           "vuoden aikana.")
    kpl(d, "Nykyinen täydennyskoulutus on järjestetty pääosin mantereella pidettävinä kurssipäivinä. Kun "
           "lossit liikennöivät ympäri vuorokauden ja vuorot ovat viikon mittaisia, henkilöstön irrottaminen "
           "kurssille edellyttää sijaisia, joita ei ole saatavilla. Tämän vuoksi koulutuksia siirretään ja "
           "pakolliset todistukset uusitaan viime hetkellä. Merenkulun koulutuksen laatuvaatimukset kiristyvät "
           "samaan aikaan, kun alusten tekniikka muuttuu: sähkö- ja hybridilossit tuovat mukanaan uudenlaisia "
           "palo- ja akkuturvallisuuden riskejä, joihin nykyisessä koulutuksessa on vain vähän sisältöä.")
    kpl(d, "Ympäristövaatimukset ovat myös kasvaneet. Saaristomeren vedenlaatu on edelleen heikko, ja alusten "
           "jäte- ja pilssivesien käsittely, polttoaineen säästävä ajotapa ja öljyntorjunnan ensitoimet ovat "
           "asioita, joissa varustamot haluavat henkilöstönsä osaavan enemmän. Rannikon merenkulkuopisto on "
           "keväällä 2025 käynyt läpi kolmen varustamon kanssa, mitä osaamista niiden henkilöstö eniten "
           "tarvitsee. Valmistelussa pidettiin neljä työpajaa maalis–toukokuussa 2025, ja niihin osallistui "
           "yhteensä 38 henkilöä laivoilta, varustamojen konttoreista ja oppilaitoksesta. Tämä hakemus "
           "perustuu noiden työpajojen tuloksiin.")
    kpl(d, "Työpajoissa nousi esiin kolme toistuvaa ongelmaa. Ensinnäkin harjoituksia pidetään, mutta ne "
           "ovat usein muodollisia: pelastusliivit puetaan ja hälytysääni testataan, mutta varsinaista "
           "tilanteen johtamista ei harjoitella. Toiseksi tieto kulkee huonosti vuorojen välillä. Kun "
           "miehistö vaihtuu viikon välein, yhden vuoron havainnot eivät välity seuraavalle, eikä "
           "aluksilla ole yhteistä tapaa kirjata läheltä piti -tilanteita. Kolmanneksi uusien "
           "työntekijöiden perehdytys vaihtelee paljon aluksittain. Osa uusista kansimiehistä kertoi "
           "oppineensa aluksen hätäsuunnitelman vasta useiden kuukausien jälkeen.")
    kpl(d, "Valmistelun aikana selvitettiin myös, miksi aiemmat koulutuskokeilut eivät ole jääneet "
           "pysyviksi. Syitä oli kaksi: koulutus oli suunniteltu oppilaitoksen ehdoilla, ja siitä puuttui "
           "aluksilla toimiva vastuuhenkilö, joka olisi pitänyt harjoittelua yllä kokeilun jälkeen. Tässä "
           "hankkeessa molempiin puutteisiin on vastattu: moduulit suunnitellaan yhdessä miehistöjen kanssa, "
           "ja jokaiselle alukselle koulutetaan oma laivakouluttaja. Varustamot ovat myös sitoutuneet "
           "osoittamaan laivakouluttajille aikaa harjoitusten ohjaamiseen osana normaalia työvuoroa, mikä "
           "on kirjattu osatoteuttajan sitoumukseen.")
    kpl(d, "Saariston väestö on pieni mutta palvelujen kannalta herkkä. Paraisten, Kemiönsaaren ja "
           "Naantalin saaristoalueilla asuu ympäri vuoden noin 7 500 asukasta, ja kesäisin väkiluku "
           "moninkertaistuu. Vuoden 2022 saaristoasiain neuvottelukunnan selvityksen mukaan yhteysliikenteen "
           "luotettavuus on asukkaille tärkein yksittäinen saariston elinvoimaan vaikuttava tekijä. Jos "
           "lossi joutuu pois liikenteestä henkilöstösyistä tai vaaratilanteen vuoksi, koululaiset, "
           "hoitajat ja yritysten kuljetukset jäävät odottamaan. Turvallisuusosaamisen kehittäminen on siis "
           "myös saariston asukkaiden peruspalvelujen turvaamista.")
    kpl(d, "Hanke liittyy Uudistuva ja osaava Suomi 2021–2027 -ohjelman erityistavoitteeseen, joka koskee "
           "työikäisten osaamisen kehittämistä ja muutosjoustavuutta. Varsinais-Suomen maakuntaohjelmassa "
           "saariston saavutettavuus ja meriklusterin osaaminen on nimetty kärkiteemoiksi. Hanke täydentää "
           "alueen aiempia merenkulun hankkeita, jotka ovat keskittyneet lähinnä laivanrakennukseen ja "
           "satamalogistiikkaan; yhteysalusten ja lossien henkilöstö on jäänyt niissä vähälle huomiolle. "
           "Merenkulkuopisto on itse toteuttanut vuosina 2019–2021 pienen kokeilun, jossa "
           "komentosiltasimulaattoria käytettiin lossien päälliköiden koulutukseen. Kokeilun palaute oli "
           "hyvää, mutta siitä puuttui yhteys aluksilla tehtävään harjoitteluun, ja juuri tämän puutteen "
           "tämä hanke korjaa.")

    otsikko(d, "2 Mitä tavoittelemme?")
    kpl(d, "Hankkeen päämääränä on, että saariston yhteysliikenne on turvallista myös silloin, kun miehistö "
           "vaihtuu ja alukset uudistuvat. Tavoitteenamme on rakentaa koulutusmalli, joka tuodaan sinne, missä "
           "työ tehdään, eikä työntekijöitä tarvitse irrottaa työstä kokonaisiksi päiviksi. Haluamme myös, "
           "että varustamot saavat pysyvän tavan ylläpitää henkilöstönsä osaamista ilman erillisiä hankkeita.")
    kpl(d, "Alla oleva taulukko kokoaa tavoitteet, niihin liittyvät työpaketit ja sen, miten tavoitteiden "
           "toteutumista mitataan.")
    taulukko(d, [
        ["Tavoite", "Keskeiset toimenpiteet", "Mittarit ja arviointi"],
        ["1. Miehistöjen valmius toimia hätätilanteissa paranee.",
         "TP2: alusharjoitukset kymmenellä aluksella, harjoitusohjeet, harjoitusten jälkipuinnit.",
         "Harjoitusten määrä aluksittain; harjoitusten arviointilomake; osallistujien itsearvio ennen ja "
         "jälkeen (asteikko 1–5)."],
        ["2. Henkilöstö suorittaa täydennyskoulutuksen työn lomassa joustavasti.",
         "TP1: koulutusmallin ja verkko-opintojen kehittäminen, simulaattorijaksot Turussa.",
         "Koulutusjakson suorittaneet (tavoite 220); keskeytysten määrä; osallistujapalaute."],
        ["3. Sähkö- ja hybridialusten turvallisuusosaaminen ja ympäristöosaaminen vahvistuvat.",
         "TP1 ja TP2: akku- ja paloturvallisuuden sekä öljyntorjunnan moduulit.",
         "Moduulin suorittaneet (tavoite 120); osaamistesti; varustamon turvallisuuspäälliköiden haastattelu."],
        ["4. Koulutusmalli jää osaksi varustamojen ja oppilaitoksen pysyvää toimintaa.",
         "TP3: mallin vakiinnuttaminen, sopimukset, kouluttajien valmennus.",
         "Solmitut koulutussopimukset; koulutetut laivakouluttajat (tavoite 15)."],
    ])
    kpl(d, "")
    kpl(d, "Kun tavoitteet toteutuvat, saariston lauttojen ja yhteysalusten miehistöt harjoittelevat "
           "säännöllisesti ja tuntevat aluksensa riskit, ja uusi työntekijä pääsee nopeammin sisään "
           "saariston olosuhteisiin. Tavoitteita on käsitelty valmistelutyöpajoissa, ja ne on tarkistettu "
           "osatoteuttajan kanssa syyskuussa 2025.")
    kpl(d, "Tavoitteet ovat toisiaan tukevia. Ilman joustavaa koulutusta harjoituksiin ei saada riittävästi "
           "osallistujia, ja ilman säännöllisiä harjoituksia koulutuksessa opittu unohtuu. Siksi koulutus ja "
           "harjoitukset suunnitellaan yhtenä kokonaisuutena, ja kolmannen ja neljännen tavoitteen "
           "toimenpiteet kulkevat koko ajan kahden ensimmäisen rinnalla. Hankkeen onnistumisen kannalta "
           "tärkeintä ei ole koulutettujen lukumäärä vaan se, että harjoittelu muuttuu aluksilla "
           "tavalliseksi osaksi työtä.")

    otsikko(d, "3 Kenelle hanke on?")
    kpl(d, "Hankkeen ensisijainen kohderyhmä on saariston lossien ja yhteysalusten henkilöstö: päälliköt, "
           "perämiehet, konemestarit, kansimiehet ja matkustajapalvelun työntekijät. Osallistujia arvioidaan "
           "olevan noin 220, joista arviolta kolmannes on yli 55-vuotiaita ja noin 15 prosenttia muun kuin "
           "suomen- tai ruotsinkielisiä. Koska saaristo on kaksikielinen, kaikki materiaalit tehdään suomeksi "
           "ja ruotsiksi, ja keskeiset ohjeet myös englanniksi.")
    kpl(d, "Pilottialukset valitaan niin, että mukana on sekä suuria ajoneuvolauttoja että pieniä "
           "yhteysaluksia, perinteisiä dieselaluksia ja uusia sähkö- ja hybridilosseja sekä "
           "sisä- että ulkosaariston reittejä. Näin koulutusmallia kokeillaan mahdollisimman erilaisissa "
           "olosuhteissa, ja se on hankkeen jälkeen siirrettävissä myös muille reiteille. Saaristolautat "
           "Oy:n lisäksi kaksi pienempää liikennöitsijää on ilmoittanut halukkuutensa osallistua "
           "harjoituksiin omilla aluksillaan.")
    kpl(d, "Välillisenä kohderyhmänä ovat varustamojen turvallisuus- ja henkilöstöasioista vastaavat "
           "esihenkilöt, merenkulkuopiston opettajat sekä saaristokuntien asukkaat ja matkailijat, joiden "
           "turvallisuus paranee. Hankkeesta hyötyvät myös muut rannikon oppilaitokset, jotka voivat ottaa "
           "koulutusmallin käyttöön.")
    kpl(d, "Kohderyhmä on osallistunut hankkeen suunnitteluun. Valmistelutyöpajoihin osallistui 24 "
           "miehistön jäsentä kolmelta varustamolta, ja heidän ehdotuksestaan koulutusmoduulit on jaettu "
           "lyhyisiin osiin ja harjoitukset viedään aluksille. Hankkeen aikana jokaiselta pilottialukselta "
           "on edustaja kehittäjäryhmässä, joka kommentoi moduulien luonnoksia ennen niiden käyttöönottoa. "
           "Erityistä huomiota kiinnitetään siihen, että myös osa-aikaiset ja kausityöntekijät sekä "
           "vieraskieliset työntekijät pääsevät mukaan. Heille tarjotaan verkko-opintojen tukea "
           "puhelimitse ja tarvittaessa tulkkausta simulaattorijaksoilla.")

    otsikko(d, "4 Toteutus")
    kpl(d, "Hanke toteutetaan neljänä työpakettina. Työpaketit etenevät osin rinnakkain: ensimmäisen "
           "puolen vuoden aikana rakennetaan koulutusmallin runko ja harjoitukset aloitetaan pilottialuksilla, "
           "minkä jälkeen mallia laajennetaan.")
    lihava(d, "TP1 Koulutusmalli ja verkko-opinnot")
    kpl(d, "Merenkulkuopiston opettajat ja varustamojen kokeneet päälliköt suunnittelevat yhdessä "
           "täydennyskoulutuksen moduulit, jotka voi suorittaa vuoron aikana tai vuorojen välissä. Jokainen "
           "moduuli koostuu noin kahden tunnin verkko-osuudesta, laivalla tehtävästä tehtävästä ja "
           "puolen päivän simulaattorijaksosta merenkulkuopiston komentosiltasimulaattorissa Turussa. "
           "Moduuleja tehdään kuusi: hätätilanteiden johtaminen, pelastautuminen ja miehistön yhteistoiminta, "
           "akku- ja paloturvallisuus sähköaluksilla, jäätalven navigointi kapeilla väylillä, "
           "ympäristöturvallisuus ja öljyntorjunnan ensitoimet sekä uuden työntekijän perehdyttäminen. "
           "Verkko-opinnot toteutetaan oppilaitoksen oppimisalustalla, ja ne toimivat myös mobiililaitteella "
           "heikossa verkkoyhteydessä.")
    kpl(d, "Moduulien suunnittelu etenee niin, että kaksi ensimmäistä moduulia – hätätilanteiden johtaminen "
           "ja pelastautuminen – otetaan käyttöön jo kevään 2026 aikana, jolloin niistä saatua palautetta "
           "voidaan hyödyntää muiden moduulien suunnittelussa. Jokaisesta moduulista tehdään "
           "osaamistavoitteet, jotka vastaavat merenkulun pätevyysvaatimuksia, jotta suoritukset voidaan "
           "jatkossa hyväksyä osaksi lakisääteistä täydennyskoulutusta. Simulaattorijaksoilla harjoitellaan "
           "ryhmänä, ja sama miehistö pyritään saamaan paikalle yhtä aikaa.")
    lihava(d, "TP2 Harjoitukset aluksilla")
    kpl(d, "Kymmenellä pilottialuksella järjestetään hankkeen aikana säännölliset hätätilanneharjoitukset, "
           "jotka rakennetaan kunkin aluksen omiin olosuhteisiin: tulipalo autokannella, mies yli laidan "
           "jäiden aikaan, sairaskohtaus matkustajalla ja sähköjärjestelmän vika. Harjoituksia ohjaavat "
           "hankkeen kouluttajat yhdessä aluksen päällikön kanssa. Jokaisen harjoituksen jälkeen pidetään "
           "lyhyt jälkipuinti, ja havainnot kirjataan yhteiseen lomakkeeseen. Harjoituksiin kutsutaan "
           "mahdollisuuksien mukaan myös pelastuslaitos ja Rajavartiolaitoksen merivartioasema.")
    kpl(d, "Harjoituksia pidetään jokaisella pilottialuksella vähintään kerran kahdessa kuukaudessa, ja ne "
           "ajoitetaan niin, että jokainen vuoro osallistuu vuoden aikana vähintään neljään harjoitukseen. "
           "Talvikaudella harjoitellaan erityisesti jääolosuhteisiin liittyviä tilanteita. Harjoituksista "
           "kerätty tieto kootaan harjoituspankiksi, jossa on valmiita skenaarioita ja tarkistuslistoja. "
           "Harjoituspankki tehdään niin, että laivakouluttajat voivat käyttää sitä ilman hankkeen "
           "kouluttajia. Lisäksi pilottialuksille otetaan käyttöön yhteinen, kevyt tapa kirjata läheltä "
           "piti -tilanteet, jotta vuorojen havainnot siirtyvät seuraavalle miehistölle.")
    lihava(d, "TP3 Vakiinnuttaminen ja laivakouluttajat")
    kpl(d, "Jokaiselta pilottialukselta valitaan yksi tai kaksi kokenutta työntekijää laivakouluttajiksi. "
           "He saavat hankkeessa kolmen päivän kouluttajavalmennuksen ja ohjaavat harjoituksia yhä "
           "itsenäisemmin hankkeen edetessä. Työpaketissa sovitaan varustamojen ja merenkulkuopiston välillä "
           "siitä, miten koulutusmoduulit ja harjoitukset jatkuvat hankkeen jälkeen, ja laaditaan tarvittavat "
           "sopimukset. Työpaketin sisältöä kuvataan tarkemmin luvussa 9.")
    lihava(d, "TP4 Hallinnointi, viestintä ja arviointi")
    kpl(d, "Työpaketti sisältää hankkeen hallinnon, raportoinnin rahoittajalle, ohjausryhmän työskentelyn, "
           "viestinnän ja itsearvioinnin sekä ulkoisen arvioinnin hankinnan.")
    lihava(d, "Työpakettien tehtävät ja tuotokset")
    taulukko(d, [
        ["Työpaketti", "Tehtävät", "Tuotokset", "Vastuu"],
        ["TP1", "Moduulien osaamistavoitteet, verkko-osuudet, simulaattoriharjoitusten käsikirjoitukset, "
                "käännökset ruotsiksi ja englanniksi, pilotointi kahdella aluksella.",
         "Kuusi moduulia kolmella kielellä; simulaattoriharjoitusten ohjeet.", "Kouluttajat, "
         "verkko-opintojen suunnittelija"],
        ["TP2", "Aluskohtaiset harjoitussuunnitelmat, harjoitusten ohjaus, jälkipuinnit, "
                "läheltä piti -kirjausten käyttöönotto.",
         "Harjoituspankki, aluskohtaiset ohjeet kymmenelle alukselle.", "Kouluttajat, Saaristolautat Oy"],
        ["TP3", "Laivakouluttajien valinta ja valmennus, koulutussopimuksen valmistelu, mallin "
                "kokeilu kahden muun varustamon kanssa.",
         "15 laivakouluttajaa, koulutussopimus 2028–2030, mallin kuvaus.", "Projektipäällikkö"],
        ["TP4", "Hallinto, maksatukset, ohjausryhmä, viestintä, itsearviointi, ulkoisen arvioinnin "
                "hankinta.", "Raportit, arviointiraportit, päätösseminaari.", "Projektipäällikkö"],
    ])
    kpl(d, "")
    kpl(d, "Hankkeen vaiheet voi kuvata myös ajallisesti. Ensimmäisen vuosineljänneksen aikana palkataan "
           "henkilöstö, kilpailutetaan ulkoinen arviointi, valitaan pilottialukset ja esitellään malli "
           "varustamoille. Keväällä ja kesällä 2026 kaksi ensimmäistä moduulia ja ensimmäiset harjoitukset "
           "ovat käytössä, ja kesän ruuhkakauden aikana harjoituksia pidetään harvemmin. Syksyllä 2026 "
           "kaikki moduulit ovat käytössä ja laivakouluttajat aloittavat valmennuksensa. Vuonna 2027 "
           "painopiste siirtyy siihen, että laivakouluttajat ohjaavat harjoitukset itse ja malli "
           "laajennetaan muille varustamoille. Viimeinen vuosineljännes on varattu tulosten "
           "kokoamiseen, loppuarviointiin ja päätösseminaariin.")

    otsikko(d, "5 Aikataulu")
    kpl(d, "Hankkeen toteutusaika on 1.1.2026–31.12.2027. Työpakettien ajoitus vuosineljänneksittäin:")
    rivit = [["Työpaketti", "Q1/2026", "Q2/2026", "Q3/2026", "Q4/2026", "Q1/2027", "Q2/2027", "Q3/2027",
              "Q4/2027"],
             ["TP1 Koulutusmalli", "x", "x", "x", "x", "x", "", "", ""],
             ["TP2 Harjoitukset", "x", "x", "x", "x", "x", "x", "x", ""],
             ["TP3 Vakiinnuttaminen", "x", "", "x", "x", "x", "x", "x", "x"],
             ["TP4 Hallinnointi ja arviointi", "x", "x", "x", "x", "x", "x", "x", "x"]]
    taulukko(d, rivit)
    kpl(d, "Keskeiset virstanpylväät: ensimmäiset kaksi moduulia käytössä maaliskuussa 2026, kaikki kuusi "
           "moduulia syyskuussa 2026, laivakouluttajien valmennus marraskuussa 2026, väliarviointi "
           "helmikuussa 2027 ja koulutussopimukset allekirjoitettu lokakuussa 2027.")

    otsikko(d, "6 Talous")
    kpl(d, "Hankkeen kokonaisbudjetti on 742 000 euroa. ESR+-rahoituksen osuus on 80 prosenttia ja "
           "omarahoitus 20 prosenttia, josta Saaristolautat Oy maksaa puolet. Henkilöstökustannukset on "
           "laskettu flat rate -mallin mukaisesti.")
    kpl(d, "Suurin kustannuserä ovat henkilöstökulut: projektipäällikkö, kaksi kouluttajaa ja "
           "verkko-opintojen suunnittelija sekä osatoteuttajan henkilöstön hankkeelle käyttämä työaika. "
           "Simulaattorikulut perustuvat merenkulkuopiston sisäiseen hinnoitteluun, ja ostopalveluihin "
           "sisältyvät ulkoinen arviointi, käännöstyöt ruotsiksi ja englanniksi sekä verkko-opintojen "
           "videotuotanto. Matkakuluissa on huomioitu yhteysalusten ja lossien aikataulut, jotka "
           "edellyttävät usein yöpymistä saaristossa.")
    taulukko(d, [
        ["Kustannuslaji", "2026", "2027", "Yhteensä"],
        ["Henkilöstökulut", "248 000", "236 000", "484 000"],
        ["Simulaattori- ja koulutustilat", "46 000", "38 000", "84 000"],
        ["Ostopalvelut (ml. ulkoinen arviointi)", "32 000", "48 000", "80 000"],
        ["Matkat saaristoon", "20 000", "18 000", "38 000"],
        ["Flat rate -kulut", "29 000", "27 000", "56 000"],
        ["Yhteensä", "375 000", "367 000", "742 000"],
    ])
    kpl(d, "")

    otsikko(d, "7 Miten arvioimme onnistumista?")
    kpl(d, "Arviointi on kaksiosainen. Hanke tekee jatkuvaa itsearviointia: jokaisen koulutusmoduulin ja "
           "harjoituksen jälkeen kerätään osallistujapalaute, harjoitusten jälkipuintien havainnot kootaan "
           "neljännesvuosittain, ja projektiryhmä käy tulokset läpi kerran kuussa pidettävässä "
           "seurantapalaverissa. Osallistujat arvioivat omaa valmiuttaan toimia hätätilanteessa ennen "
           "ensimmäistä harjoitusta ja hankkeen lopussa, jolloin muutosta voidaan verrata.")
    kpl(d, "Lisäksi hankitaan ulkoinen arviointi, joka kilpailutetaan alkuvuonna 2026. Ulkoinen arvioija "
           "tekee väliarvioinnin helmikuussa 2027 ja loppuarvioinnin syksyllä 2027. Arvioija haastattelee "
           "miehistöjä, laivakouluttajia ja varustamojen turvallisuuspäälliköitä ja tarkastelee erityisesti "
           "sitä, onko koulutusmalli siirrettävissä muille varustamoille ja oppilaitoksille. Seurantatiedot "
           "kootaan myös ESR+-ohjelman indikaattoreiksi (osallistujien määrä, sukupuoli, ikä ja "
           "koulutuksen suorittaminen) ja raportoidaan maksatushakemusten yhteydessä.")
    kpl(d, "Arvioinnin tulokset käsitellään ohjausryhmässä, ja niiden perusteella moduuleja ja harjoituksia "
           "muutetaan hankkeen aikana. Väliarvioinnin suositukset viedään toisen vuoden toimintasuunnitelmaan.")
    lihava(d, "Arvioinnin aikataulu")
    taulukko(d, [
        ["Tiedonkeruu", "2026", "2027"],
        ["Osallistujapalaute (liite 1)", "jatkuvasti", "jatkuvasti"],
        ["Itsearvio valmiudesta", "ennen ensimmäistä harjoitusta", "loka–marraskuu"],
        ["Jälkipuintien kooste", "neljännesvuosittain", "neljännesvuosittain"],
        ["Ulkoinen arviointi", "hankinta Q1", "väliarviointi helmikuu, loppuarviointi syksy"],
    ])
    kpl(d, "")

    otsikko(d, "8 Vaikutukset ja niiden seuranta")
    kpl(d, "Välittömänä tuloksena syntyy kuusi kaksikielistä koulutusmoduulia, aluskohtaiset harjoitusohjeet "
           "kymmenelle alukselle, laivakouluttajien verkosto ja sopimuspohja koulutuksen jatkamiseksi. "
           "Hankkeen aikana vähintään 220 merenkulkijaa suorittaa vähintään yhden moduulin.")
    kpl(d, "Pidemmällä aikavälillä odotamme, että vaaratilanteiden määrä pilottialuksilla kääntyy laskuun, "
           "että uudet työntekijät perehtyvät saariston olosuhteisiin nopeammin ja että pakollisten "
           "koulutusten suorittaminen ei enää viivästy sijaisten puutteen vuoksi. Vaikutusta vaaratilanteisiin "
           "seurataan varustamojen omista vaaratilanneilmoituksista, joita verrataan vuosien 2023–2025 "
           "tasoon. Ympäristövaikutuksena odotamme, että öljy- ja jätevesien käsittelyn poikkeamat vähenevät.")
    kpl(d, "Hankkeen tuloksia ovat myös ne käytännöt, jotka jäävät aluksille: yhteinen tapa kirjata "
           "läheltä piti -tilanteet, jälkipuinnin malli ja uuden työntekijän perehdytyksen tarkistuslista. "
           "Nämä ovat pieniä asioita, mutta valmistelutyöpajoissa juuri niiden puuttuminen nousi "
           "toistuvasti esiin. Odotamme, että hankkeen päättyessä pilottialusten uudet työntekijät käyvät "
           "aluksen hätäsuunnitelman läpi ensimmäisen työviikkonsa aikana ja että tieto harjoituksissa "
           "havaituista puutteista kulkee vuorolta toiselle.")
    kpl(d, "Varustamojen näkökulmasta hankkeen vaikutus näkyy kustannuksissa ja henkilöstön pysyvyydessä. "
           "Kun pakollisia koulutuksia voidaan suorittaa työn lomassa, sijaiskustannukset pienenevät ja "
           "aluksia ei tarvitse miehittää poikkeusjärjestelyin. Työntekijät ovat valmistelussa kertoneet, "
           "että mahdollisuus kehittää omaa osaamista ja toimia laivakouluttajana lisää työn "
           "houkuttelevuutta. Tätä seurataan osallistujien loppukyselyssä ja varustamojen "
           "henkilöstötiedoista.")
    kpl(d, "Hankkeella on myös tasa-arvovaikutuksia. Merenkulun miehistöt ovat hyvin miesvaltaisia, ja "
           "joustava koulutus työn lomassa helpottaa perheellisten ja osa-aikaisten osallistumista. Kaikki "
           "materiaalit tehdään saavutettaviksi ja selkeällä kielellä.")

    otsikko(d, "9 Tulosten juurruttaminen ja jatkuvuus")
    kpl(d, "Juurruttaminen on mukana jo hakuvaiheessa. Koulutusmalli on suunniteltu yhdessä niiden "
           "varustamojen kanssa, joiden on tarkoitus käyttää sitä, ja Saaristolautat Oy on osatoteuttajana "
           "sitoutunut malliin jo ennen hankkeen alkua. Jäsennämme juurruttamisen 4V-mallin mukaisesti.")
    lihava(d, "Viestintä")
    kpl(d, "Hankkeen ensimmäisellä neljänneksellä (Q1/2026) esittelemme suunnitellun mallin kaikille saariston "
           "varustamoille ja Suomen Varustamot ry:lle. Hankkeen aikana tuloksista kerrotaan laivoilla "
           "pidettävissä lyhyissä infoissa, varustamojen henkilöstölehdissä ja merenkulkuopiston verkkosivuilla.")
    lihava(d, "Variointi")
    kpl(d, "Moduuleista tehdään eri kohderyhmille soveltuvat versiot: lyhyt perehdytysversio uusille "
           "työntekijöille, laajempi versio päälliköille ja perämiehille sekä englanninkielinen versio. "
           "Harjoitusohjeet muokataan kunkin aluksen mukaan, ja mallia kokeillaan myös pienten "
           "yksityisten yhteysalusliikennöitsijöiden kanssa.")
    lihava(d, "Valtavirtaistaminen")
    kpl(d, "Vuonna 2027 kutsumme kaksi muuta rannikon varustamoa ja Ahvenanmaan merenkulkuoppilaitoksen "
           "kokeilemaan moduuleja omalla henkilöstöllään. Kokemukset esitellään merenkulun "
           "koulutuspäivillä ja Liikenne- ja viestintäviraston sidosryhmätilaisuudessa.")
    lihava(d, "Vakiinnuttaminen")
    kpl(d, "Hankkeen päättyessä koulutusmoduulit siirtyvät Rannikon merenkulkuopiston täydennyskoulutuksen "
           "tarjontaan, ja niiden ylläpidosta vastaa opiston täydennyskoulutuspäällikkö Kari Nieminen. "
           "Alusharjoitusten jatkumisesta vastaa Saaristolautat Oy:n turvallisuuspäällikkö, joka on "
           "sitoutunut siihen, että laivakouluttajat ohjaavat harjoitukset jatkossa osana työaikaansa. "
           "Varustamot ja opisto solmivat hankkeen aikana koulutussopimuksen vuosille 2028–2030.")
    kpl(d, "Juurruttamiseen on varattu työpaketissa TP3 yhteensä 0,6 henkilötyövuotta ja 22 000 euroa "
           "laivakouluttajien valmennukseen ja materiaalien viimeistelyyn. Juurruttamisen etenemistä "
           "seurataan ohjausryhmässä jokaisessa kokouksessa.")
    kpl(d, "Juurruttamisen onnistumista mittaa ennen kaikkea se, pidetäänkö harjoituksia aluksilla "
           "säännöllisesti myös hankkeen viimeisinä kuukausina, jolloin hankkeen kouluttajat ovat jo "
           "vetäytyneet ja laivakouluttajat vastaavat harjoituksista. Tämän vuoksi hankkeen kouluttajien "
           "rooli muuttuu vähitellen ohjaajasta tukijaksi. Lisäksi merenkulkuopisto sisällyttää moduulit "
           "opetussuunnitelmaansa niin, että niitä voidaan käyttää myös perustutkintoa suorittavien "
           "opiskelijoiden työssäoppimisen tukena. Hankkeen jälkeen opiston täydennyskoulutuspäällikkö "
           "raportoi moduulien käytöstä vuosittain varustamojen ja opiston yhteistyöryhmälle.")

    otsikko(d, "10 Organisointi ja yhteistyökumppanit")
    kpl(d, "Hankkeen hallinnoija on Rannikon merenkulkuopisto, joka vastaa hankkeen taloudesta, "
           "raportoinnista ja koulutusten toteuttamisesta. Projektipäällikkönä toimii merikapteeni "
           "Johanna Salmi (100 %). Lisäksi hankkeessa työskentelee kaksi kouluttajaa (yhteensä 1,5 htv) ja "
           "verkko-opintojen suunnittelija (50 %). Osatoteuttaja Saaristolautat Oy osoittaa hankkeelle "
           "turvallisuuspäällikön ja alusten päälliköiden työaikaa sekä pilottialukset harjoituksia varten.")
    kpl(d, "Ohjausryhmään kutsutaan edustajat Varsinais-Suomen ELY-keskuksesta, Saaristolautat Oy:stä, "
           "kahdesta muusta varustamosta, Merimies-Unionista, Varsinais-Suomen pelastuslaitokselta ja "
           "Paraisten kaupungilta. Ohjausryhmä kokoontuu noin neljä kertaa vuodessa. Ohjausryhmän tehtävänä on seurata "
           "hankkeen etenemistä ja taloutta, käsitellä arvioinnin tulokset, tukea tulosten juurruttamista "
           "omissa organisaatioissaan ja hyväksyä merkittävät muutokset suunnitelmaan. Yhteistyötä tehdään "
           "myös Turun ammattikorkeakoulun merenkulun koulutuksen kanssa simulaattoriharjoitusten "
           "suunnittelussa.")
    kpl(d, "Hankkeen sisäinen työnjako on seuraava. Projektipäällikkö vastaa kokonaisuudesta, "
           "raportoinnista ja ohjausryhmän valmistelusta sekä ulkoisesta viestinnästä. Kouluttajat "
           "suunnittelevat moduulit ja vetävät harjoitukset aluksilla, ja toinen heistä toimii ruotsinkielisten "
           "materiaalien vastuuhenkilönä. Verkko-opintojen suunnittelija rakentaa oppimisalustan sisällöt ja "
           "huolehtii niiden saavutettavuudesta. Osatoteuttajan turvallisuuspäällikkö koordinoi harjoitusten "
           "aikataulut alusten liikennöinnin kanssa ja valitsee laivakouluttajat yhdessä päälliköiden kanssa.")

    otsikko(d, "11 Riskit ja niiden hallinta")
    kpl(d, "Riskit on tunnistettu valmistelutyöpajoissa, ja niitä seurataan ohjausryhmän kokouksissa. "
           "Suurimmat riskit liittyvät siihen, että liikenteen tarpeet menevät aina koulutuksen edelle, "
           "mikä on saaristoliikenteessä perusteltua. Siksi hanke on rakennettu joustavaksi.")
    taulukko(d, [
        ["Riski", "Todennäköisyys", "Hallintakeino"],
        ["Miehistöä ei voida irrottaa simulaattorijaksoille liikenteen vuoksi",
         "keskisuuri", "Jaksot ajoitetaan talven hiljaisempaan kauteen; osa harjoituksista tehdään aluksilla."],
        ["Verkko-opinnot eivät toimi aluksilla heikon yhteyden vuoksi", "keskisuuri",
         "Materiaalit ladattavissa etukäteen; testaus kahdella aluksella ennen laajempaa käyttöä."],
        ["Varustamojen sitoutuminen heikkenee hankkeen aikana", "pieni",
         "Varustamot mukana ohjausryhmässä; koulutussopimus valmistellaan jo ensimmäisenä vuonna."],
        ["Avainhenkilöiden vaihtuvuus", "keskisuuri",
         "Työ dokumentoidaan yhteiseen työtilaan; kaksi kouluttajaa voi korvata toisiaan."],
        ["Ankara jäätalvi estää harjoitukset osalla aluksista", "pieni",
         "Talven harjoitukset suunnitellaan niin, että ne voidaan siirtää laiturissa tehtäviksi."],
        ["Ulkoisen arvioinnin hankinta viivästyy", "pieni",
         "Hankinta käynnistetään heti hankkeen alussa; itsearviointi aloitetaan siitä riippumatta."],
    ])
    kpl(d, "")

    otsikko(d, "12 Viestintä")
    kpl(d, "Hankkeen viestintä on kaksikielistä. Sisäisessä viestinnässä käytetään varustamojen "
           "henkilöstökanavia ja laivoille toimitettavia lyhyitä tiedotteita. Ulkoisesta viestinnästä "
           "vastaa projektipäällikkö: hankkeella on sivu merenkulkuopiston verkkosivuilla, ja tuloksista "
           "kerrotaan alan lehdissä. Syksyllä 2027 järjestetään Turussa avoin päätösseminaari, ja "
           "koulutusmalli kuvataan Innokylään, josta muut oppilaitokset voivat ottaa sen käyttöön. EU-"
           "rahoituksesta kerrotaan kaikessa viestinnässä ohjelman ohjeiden mukaisesti.")
    kpl(d, "Viestinnän pääkohderyhmät ovat laivojen henkilöstö, varustamojen johto, muut merenkulun "
           "oppilaitokset, saaristokuntien asukkaat ja rahoittaja. Henkilöstölle kerrotaan erityisesti "
           "koulutusmahdollisuuksista ja harjoituksista, varustamojen johdolle tuloksista ja kustannuksista "
           "ja oppilaitoksille koulutusmallin siirrettävyydestä. Saariston asukkaille viestitään "
           "paikallislehdissä ja saaristokuntien tiedotteissa siitä, miten turvallisuutta kehitetään.")
    kpl(d, "Viestinnän ajoitus seuraa hankkeen vaiheita. Alkuvaiheessa kerrotaan hankkeesta ja "
           "koulutusmahdollisuuksista, jotta miehistöt tietävät, mitä on tulossa ja miksi. Toisena "
           "hankevuonna painopiste siirtyy kokemuksiin: laivakouluttajat ja miehistöjen jäsenet kertovat "
           "lyhyissä videoissa ja artikkeleissa, miten harjoitukset ovat muuttaneet työtä. Hankkeen "
           "lopussa viestintä keskittyy koulutusmallin levittämiseen muille varustamoille ja oppilaitoksille. "
           "Viestinnän onnistumista seurataan verkkosivujen käyntimäärillä, seminaarin osallistujamäärällä "
           "ja sillä, kuinka moni ulkopuolinen toimija pyytää koulutusmallin materiaaleja käyttöönsä.")

    otsikko(d, "13 Yhdenvertaisuus, tasa-arvo ja kestävä kehitys")
    kpl(d, "Hanke edistää yhdenvertaisuutta tarjoamalla koulutuksen kolmella kielellä ja muodossa, johon "
           "voi osallistua asuinpaikasta ja vuorojärjestelystä riippumatta. Koulutusmateriaalien "
           "saavutettavuus tarkistetaan ennen julkaisua. Sukupuolten tasa-arvoa edistetään rohkaisemalla "
           "naisia hakeutumaan laivakouluttajiksi, ja hankkeen viestinnässä näytetään monipuolisesti "
           "alan eri tehtäviä ja tekijöitä.")
    kpl(d, "Ekologisen kestävyyden kannalta hankkeen tärkein vaikutus syntyy ympäristöturvallisuuden ja "
           "öljyntorjunnan osaamisen parantumisesta sekä polttoainetta säästävän ajotavan koulutuksesta. "
           "Koulutuksen vieminen aluksille vähentää myös matkustamista mantereelle kurssipäiviin. Hankkeen "
           "omassa toiminnassa suositaan etäkokouksia ja yhteiskuljetuksia saaristoon.")
    kpl(d, "Sosiaalisen kestävyyden kannalta hanke tukee saariston asukkaiden turvallisuutta ja "
           "palvelujen saavutettavuutta sekä merenkulkijoiden työhyvinvointia. Kun miehistö tietää, miten "
           "toimia poikkeustilanteessa, työn kuormittavuus vähenee. Taloudellisesti hanke auttaa "
           "varustamoja säilyttämään osaavan henkilöstön ja vähentää pitkällä aikavälillä "
           "vaaratilanteista aiheutuvia kustannuksia. Kestävyysvaikutuksia käsitellään myös ulkoisessa "
           "loppuarvioinnissa.")

    otsikko(d, "Liite 1 Osallistujapalautelomake (täytetään jokaisen moduulin jälkeen)")
    kpl(d, "Moduuli: ____________________   Alus: ____________________   Päivämäärä: ___.___.______")
    kpl(d, "1. Kuinka hyödyllinen moduuli oli omassa työssäsi? (1 = ei lainkaan, 5 = erittäin)")
    kpl(d, "2. Mitä opit, jota voit käyttää heti seuraavassa vuorossa?")
    kpl(d, "______________________________________________")
    kpl(d, "3. Mitä muuttaisit moduulissa?")
    kpl(d, "______________________________________________")
    kpl(d, "4. Oliko verkko-osuus helppo suorittaa aluksella? kyllä / osittain / ei")
    return tallenna(d, "06_turvallisesti_saaristossa_hankesuunnitelma.docx", {
        "doc_type": "hankesuunnitelma", "findings": []})


if __name__ == "__main__":
    doc06()

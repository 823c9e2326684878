"""01: Pitkä ESR+-hankehakemus (lomakevienti, tähdelliset kenttäotsikot). Ei huomautettavaa."""
from apu import *

NIMI = "01_esr_nuorten_tyopolku_hankehakemus"


def rakenna():
    d = uusi()
    d.add_heading("Hankehakemus – Euroopan sosiaalirahasto plus (ESR+)", 0)
    kpl(d, "Uudistuva ja osaava Suomi 2021–2027 -ohjelma, erityistavoite 4.1 (työllisyys)")
    kpl(d, "Tulostettu EURA 2021 -järjestelmästä 12.9.2025 · Hakemuksen tila: Lähetetty · Versio 4")

    lihava(d, "1. Hakijan tiedot")
    taulukko(d, [
        ["Kenttä", "Vastaus"],
        ["Hakijaorganisaatio *", "Kalliojärven kaupunki, elinvoima- ja työllisyyspalvelut"],
        ["Y-tunnus *", "0123456-7"],
        ["Hankkeen nimi *", "Työpolku – nuorten matalan kynnyksen polku työhön ja koulutukseen"],
        ["Osatoteuttajat", "Kalliojärven seudun ammattiopisto Kaari (osatoteuttaja), Nuorten Talo ry (yhteistyökumppani)"],
        ["Yhteyshenkilö *", "Riikka Lammi, työllisyyspalveluiden kehittämispäällikkö, riikka.lammi@kalliojarvi.fi, 040 123 4567"],
    ])

    lihava(d, "2. Hankkeen toteutusaika *")
    kpl(d, "Valitse alkamis- ja päättymispäivä kalenterista.")
    sisaltokentta(d, "Hanke alkaa 1.3.2026 ja päättyy 29.2.2028.", tag="toteutusaika")

    lihava(d, "3. Hankkeen tausta ja tarve *")
    kpl(d, "Vastaus:")
    kpl(d, "Kalliojärvi on noin 38 000 asukkaan kaupunki, jonka nuorisotyöttömyys on pysynyt maakunnan keskiarvoa "
           "korkeampana jo vuosikymmenen ajan. Työ- ja elinkeinoministeriön työnvälitystilaston mukaan alle 25-vuotiaita "
           "työttömiä työnhakijoita oli kaupungissa joulukuussa 2024 yhteensä 412, mikä on 17 prosenttia enemmän kuin "
           "vuotta aiemmin. Heistä noin kolmannes oli ollut työttömänä yli kuusi kuukautta. Vuonna 2023 peruskoulun "
           "päättäneistä 4,8 prosenttia jäi ilman toisen asteen opiskelupaikkaa, ja ammatillisen koulutuksen "
           "keskeyttämisaste on Kaaren omien tilastojen mukaan noussut vuosina 2021–2024 yhdeksästä yli kahteentoista prosenttiin.")
    kpl(d, "Työllisyyden kuntakokeilu päättyi ja työ- ja elinkeinopalvelut siirtyivät kunnan vastuulle 1.1.2025. "
           "Siirron yhteydessä kaupungin työllisyyspalveluihin tuli vastuu myös nuorista, joiden tilanne ei ratkea "
           "pelkällä työnvälityksellä. Asiakasohjauksen tiimi on kuvannut, että nuorten palvelupolut katkeavat "
           "erityisesti kolmessa kohdassa: kun nuori ei saavu ensimmäiselle tapaamiselle, kun hän siirtyy "
           "palvelusta toiseen (esimerkiksi etsivästä nuorisotyöstä työllisyyspalveluihin) ja kun valmennusjakso "
           "päättyy ilman sovittua jatkoa. Nuoret itse ovat kertoneet Nuorten Talon keväällä 2025 järjestämässä "
           "kuulemistilaisuudessa, että palveluja on paljon mutta niiden välillä on 'tyhjiä kuukausia'.")
    kpl(d, "Hankkeen valmistelu aloitettiin helmikuussa 2025 työpajalla, johon osallistui 23 henkilöä kaupungin "
           "työllisyyspalveluista, nuorisopalveluista, sosiaalipalveluista, Kaaresta, hyvinvointialueen "
           "nuorten mielenterveyspalveluista ja järjestöistä. Toinen valmistelukokous pidettiin 14.5.2025 ja "
           "kolmas, nuorten kanssa yhdessä, 11.6.2025. Valmistelussa tunnistettiin, että kaupungilla on jo hyviä "
           "palveluja, mutta niiltä puuttuu yhteinen, nuoren näkökulmasta jatkuva polku ja yhteinen tapa seurata, "
           "mitä nuorelle tapahtuu palvelujen välissä.")
    kpl(d, "Hanke liittyy Kalliojärven kaupunkistrategiaan 2025–2030, jonka yhtenä kärkenä on 'jokaiselle nuorelle "
           "paikka', sekä kaupungin työllisyysohjelmaan. Hanke täydentää alueella käynnissä olevaa "
           "Ohjaamo-toimintaa eikä päällekkäisty sen kanssa: Ohjaamo tarjoaa yleistä neuvontaa, Työpolku rakentaa "
           "henkilökohtaisen ja katkeamattoman polun niille nuorille, joille yleinen neuvonta ei riitä.")


    lihava(d, "3.1 Aiemmat kokemukset ja opit *")
    kpl(d, "Vastaus:")
    kpl(d, "Kalliojärvellä on toteutettu vuosina 2019–2022 ESR-rahoitteinen Nuoret mukaan -hanke, jossa kokeiltiin "
           "yksilövalmennusta työttömille nuorille. Hankkeen loppuarvioinnin mukaan yksilövalmennus toimi hyvin niin kauan "
           "kuin nuorella oli yksi tuttu työntekijä, mutta tulokset heikkenivät, kun nuori siirtyi hankkeen päätyttyä "
           "tavallisiin palveluihin. Arvioinnissa todettiin myös, että hanke jäi irralliseksi kaupungin muista "
           "palveluista, koska sen työntekijät eivät osallistuneet palvelujen yhteisiin asiakasohjauksen "
           "kokouksiin. Työpolku-hankkeessa nämä opit on otettu huomioon: polkuvalmentajat sijoittuvat "
           "työllisyyspalveluiden tiimiin eivätkä erilliseen hanketilaan, ja koko hankkeen ajan rakennetaan "
           "toimintamallia, joka voi jatkua ilman hankehenkilöstöä.")
    kpl(d, "Toinen tärkeä oppi on tullut naapurimaakunnasta, jossa Sillat-hankkeessa (2021–2023) kokeiltiin "
           "saattaen siirtämistä nuorisopsykiatrian ja työllisyyspalvelujen välillä. Kokeilussa yhteiset "
           "siirtymätapaamiset vähensivät keskeytyneitä palvelupolkuja selvästi, mutta mallia ei saatu "
           "vakiinnutettua, koska vastuu jäi epäselväksi. Tästä syystä Työpolku-hankkeessa vastuu mallin "
           "jatkumisesta on sovittu jo hakemusta tehtäessä (ks. kohta 11).")

    lihava(d, "3.2 Hankkeen kytkeytyminen ohjelmaan ja erityistavoitteeseen *")
    kpl(d, "Vastaus:")
    kpl(d, "Hanke toteuttaa Uudistuva ja osaava Suomi 2021–2027 -ohjelman erityistavoitetta, jonka tarkoituksena on "
           "parantaa työnhakijoiden, erityisesti nuorten, pääsyä työmarkkinoille. Hanke edistää myös maakunnan "
           "ESR+ -painotusta, jossa korostetaan palvelujen yhteensovittamista kuntien vastuulle siirtyneissä "
           "työllisyyspalveluissa. Hanke ei rahoita nuorten palkkoja eikä korvaa kaupungin lakisääteisiä "
           "palveluja, vaan kehittää niiden välisiä siirtymiä.")


    lihava(d, "3.3 Toimintaympäristö ja nykyiset palvelut")
    kpl(d, "Vastaus:")
    kpl(d, "Kalliojärven nuorille tarjottavat palvelut ovat hajallaan useassa organisaatiossa. Kaupungin "
           "työllisyyspalveluissa työskentelee 34 asiantuntijaa, joista kuusi on erikoistunut alle 30-vuotiaisiin. "
           "Nuorisopalveluiden etsivässä nuorisotyössä on neljä työntekijää, ja he tavoittivat vuonna 2024 yhteensä "
           "286 nuorta. Hyvinvointialueen aikuissosiaalityö ja nuorten mielenterveyspalvelut toimivat kaupungin "
           "sosiaali- ja terveysasemalla, mutta niiden asiakastietojärjestelmät ovat erilliset kaupungin "
           "järjestelmistä. Kaaressa on noin 2 300 opiskelijaa ja tutkintokoulutukseen valmentava koulutus "
           "(TUVA), jonka aloituspaikoista osa jää vuosittain täyttämättä.")
    kpl(d, "Järjestöistä Nuorten Talo ry ylläpitää kaupungin keskustassa avointa kohtaamispaikkaa, jossa käy "
           "viikoittain noin 120 nuorta. Seurakuntayhtymän diakoniatyö ja Kalliojärven Setlementti tarjoavat "
           "ruoka-apua ja vapaaehtoistoimintaa, joiden kautta tavoitetaan myös nuoria, jotka eivät ole minkään "
           "viranomaisen asiakkaina. Palveluja on siis runsaasti, mutta kukaan ei vastaa nuoren kokonaisuudesta "
           "siirtymien aikana. Tähän aukkoon Työpolku-hanke kohdistuu.")

    lihava(d, "4. Hankkeen kohderyhmät *")
    kpl(d, "Vastaus:")
    kpl(d, "Välitön kohderyhmä ovat 16–29-vuotiaat kalliojärveläiset nuoret, jotka ovat työttöminä, vailla "
           "toisen asteen tutkintoa tai vaarassa keskeyttää opintonsa. Arvioimme, että hankkeen aikana mukaan tulee "
           "vähintään 180 nuorta. Erityisesti tavoitamme nuoria, joilla on takanaan useampi keskeytynyt palvelu, "
           "maahan muuttaneita nuoria sekä nuoria, joilla on mielenterveyden tai päihteiden käytön haasteita.")
    kpl(d, "Välillinen kohderyhmä ovat nuorten kanssa työskentelevät ammattilaiset: työllisyyspalveluiden "
           "asiantuntijat, etsivät nuorisotyöntekijät, Kaaren opinto-ohjaajat ja erityisopettajat, aikuissosiaalityön "
           "työntekijät sekä alueen työnantajat, erityisesti kaupan, logistiikan ja hoiva-alan yritykset "
           "(noin 60 ammattilaista ja 25 työnantajaa).")
    kpl(d, "Kohderyhmän tarpeita on selvitetty valmisteluvaiheessa kolmella tavalla. Nuorten Talolla "
           "haastateltiin 17 nuorta, joilla oli kokemusta useammasta palvelusta. Ammattilaisille tehtiin "
           "sähköinen kysely, johon vastasi 48 työntekijää, ja työnantajien näkemyksiä kysyttiin yrittäjäyhdistyksen "
           "aamukahvitilaisuudessa. Nuoret toivoivat ennen kaikkea yhtä tuttua aikuista, joka ei katoa "
           "palvelun vaihtuessa, ja selkeää tietoa siitä, mitä seuraavaksi tapahtuu. Ammattilaiset nostivat "
           "esiin tiedonkulun ongelmat ja sen, ettei heillä ole aikaa saattaa nuorta seuraavaan palveluun. "
           "Työnantajat kertoivat olevansa valmiita ottamaan nuoria tutustumaan, jos joku tukee nuorta "
           "ensimmäisten viikkojen ajan. Nämä havainnot ovat hankkeen toimenpiteiden pohjana.")

    lihava(d, "Hankkeen kohderyhmät * (ESR+ indikaattoritiedot)")
    kpl(d, "Vastaus: Alle 30-vuotiaat osallistujat 180, joista arviolta 60 % työttömiä ja 40 % työvoiman ulkopuolella. "
           "Arvio osallistujista, joilla on maahanmuuttajatausta: 45.")

    lihava(d, "5. Hankkeen tavoitteet *")
    kpl(d, "Kuvaa hankkeen päätavoite ja osatavoitteet. Vastaus:")
    kpl(d, "Päätavoitteenamme on, että jokainen Kalliojärvellä palveluihin hakeutuva nuori saa katkeamattoman "
           "polun kohti työtä tai koulutusta eikä putoa palvelujen väliin. Päätavoite jakautuu kolmeen osatavoitteeseen.")
    kpl(d, "Osatavoite 1. Nuorten siirtymät palvelusta toiseen sujuvat. Haluamme, että nuori ei enää odota "
           "kuukausia seuraavaa palvelua, vaan siirtymä tehdään saattaen ja yhteisessä tapaamisessa.")
    kpl(d, "Osatavoite 2. Nuorten työelämä- ja opiskeluvalmiudet vahvistuvat niin, että yhä useampi nuori "
           "siirtyy palkkatyöhön, oppisopimukseen tai tutkintoon johtavaan koulutukseen.")
    kpl(d, "Osatavoite 3. Ammattilaisten yhteistyö ja yhteinen työote vakiintuvat. Hankkeen myötä työllisyys-, "
           "nuoriso-, sosiaali- ja koulutuspalveluiden työntekijöillä on yhteinen toimintamalli ja yhteinen tapa "
           "seurata nuoren polkua.")

    lihava(d, "6. Hankkeen toimenpiteet *")
    kpl(d, "Kuvaa, mitä hankkeessa tehdään ja miten toimenpiteet edistävät tavoitteita. Vastaus:")
    kpl(d, "Hanke toteutetaan kolmena työpakettina, jotka vastaavat osatavoitteita.")
    lihava(d, "Työpaketti 1: Saattaen siirtäminen (osatavoite 1)")
    kpl(d, "Hankkeeseen palkataan kaksi polkuvalmentajaa, jotka toimivat nuoren rinnalla koko polun ajan. "
           "Jokaiselle nuorelle tehdään ensimmäisellä tapaamisella polkusuunnitelma, joka kulkee nuoren mukana "
           "palvelusta toiseen. Siirtymät tehdään niin sanottuina kolmikantatapaamisina, joissa ovat läsnä nuori, "
           "luovuttavan palvelun työntekijä ja vastaanottavan palvelun työntekijä. Polkuvalmentaja pitää yhteyttä "
           "nuoreen myös silloin, kun hän odottaa palvelun alkamista, esimerkiksi viikoittaisella viestillä tai "
           "kävelytapaamisella. Kokeilemme myös iltavastaanottoa Nuorten Talolla kahtena iltana viikossa.")
    lihava(d, "Työpaketti 2: Työelämä- ja opiskeluvalmiudet (osatavoite 2)")
    kpl(d, "Järjestämme yhdessä Kaaren kanssa lyhyitä, 4–6 viikon mittaisia 'maistiaisjaksoja', joilla nuori "
           "tutustuu alaan käytännössä oppilaitoksen työsalissa ja yrityksessä. Jaksot rakennetaan kaupan, "
           "logistiikan, kiinteistöhuollon ja hoiva-alan ympärille. Jaksoon sisältyy työturvallisuuskortti, "
           "hygieniapassi tai trukkikortti sen mukaan, mitä ala edellyttää. Lisäksi polkuvalmentajat "
           "järjestävät pienryhmiä, joissa harjoitellaan työnhakua, arjenhallintaa ja asiointia. Yhteistyössä "
           "työnantajien kanssa järjestetään vuosittain kaksi rekrytointitapahtumaa, joissa nuoret ja työnantajat "
           "kohtaavat ilman perinteistä hakemusta ('rekrytreffit').")
    lihava(d, "Työpaketti 3: Yhteinen toimintamalli ja osaaminen (osatavoite 3)")
    kpl(d, "Kuvaamme polkumallin yhdessä ammattilaisten ja nuorten kanssa neljässä yhteiskehittämisen työpajassa "
           "vuoden 2026 aikana. Ammattilaisille järjestetään koulutussarja (6 kertaa) saattaen siirtämisestä, "
           "motivoivasta haastattelusta ja traumatietoisesta työotteesta. Rakennamme kaupungin "
           "asiakastietojärjestelmään yhteisen polkusuunnitelmapohjan ja sovimme tietosuojan kannalta kestävän "
           "tavan jakaa tietoa nuoren suostumuksella. Työpaketti vastaa myös mallin kirjaamisesta Innokylään.")
    kpl(d, "Yhteiskehittämisen työpajoissa käydään läpi todellisia, anonymisoituja nuorten polkuja ja etsitään "
           "kohtia, joissa polku on katkennut. Jokaisessa työpajassa on mukana kokemusasiantuntijoita Nuorten "
           "Talolta. Työpajojen tuloksena syntyy prosessikuvaus, jota testataan polkuvalmentajien työssä ja "
           "korjataan testauksen perusteella. Koulutussarjaan kutsutaan kaikki nuorten kanssa työskentelevät "
           "ammattilaiset kaupungilta, hyvinvointialueelta ja Kaaresta; koulutukset tallennetaan, jotta myös "
           "myöhemmin aloittavat työntekijät voivat hyödyntää niitä perehdytyksessä. Työpaketin lopputuloksena "
           "kaupungilla on yhteinen polkusuunnitelmapohja, sovitut siirtymäkäytännöt ja koulutettu henkilöstö.")


    lihava(d, "6.1 Osallistujien tavoittaminen ja valinta *")
    kpl(d, "Vastaus:")
    kpl(d, "Nuoret ohjautuvat hankkeeseen neljää reittiä: työllisyyspalveluiden asiantuntijoiden kautta, etsivän "
           "nuorisotyön kautta, Kaaren opinto-ohjaajien ja opiskeluhuollon kautta sekä suoraan Nuorten Talon "
           "iltavastaanotolta. Osallistuminen on vapaaehtoista, eikä nuoren tarvitse olla työttömänä "
           "työnhakijana. Ohjautumisen kriteerinä on, että nuoren polku on katkennut tai uhkaa katketa: "
           "esimerkiksi nuori ei ole saapunut kahteen peräkkäiseen tapaamiseen, hänen valmennusjaksonsa on "
           "päättymässä ilman jatkoa tai hänen opintonsa ovat keskeytymässä. Pyrimme siihen, että nuori "
           "tapaa polkuvalmentajan ensimmäisen kerran viikon kuluessa ohjauksesta.")
    kpl(d, "Esimerkki nuoren polusta: 19-vuotias nuori on keskeyttänyt logistiikan opinnot ja ollut puoli vuotta "
           "kotona. Etsivä nuorisotyöntekijä ohjaa hänet polkuvalmentajalle. Ensimmäisellä tapaamisella tehdään "
           "polkusuunnitelma, jonka mukaan nuori aloittaa kuukauden kuluttua logistiikan maistiaisjakson. "
           "Odotusaikana polkuvalmentaja tapaa nuorta viikoittain ja käy hänen kanssaan hakemassa "
           "trukkikorttikoulutuksen tiedot. Jakson jälkeen tehdään kolmikantatapaaminen Kaaren opinto-ohjaajan "
           "kanssa, ja nuori palaa tutkintokoulutukseen. Polkuvalmentaja pitää yhteyttä vielä kolme kuukautta.")
    kpl(d, "Osallistujista kerätään ESR+ -ohjelman edellyttämät osallistujatiedot EURA-järjestelmän lomakkeella. "
           "Tietojen keruussa noudatetaan tietosuoja-asetusta; nuorelle kerrotaan, mihin tietoja käytetään, ja "
           "palvelujen välinen tiedonsiirto perustuu nuoren kirjalliseen suostumukseen.")

    lihava(d, "6.2 Yhteistyö työnantajien kanssa")
    kpl(d, "Vastaus:")
    kpl(d, "Työnantajayhteistyötä rakennetaan yhdessä Kalliojärven Yrittäjät ry:n kanssa. Hankkeen alussa "
           "kartoitamme 25 yritystä, joilla on toistuvaa työvoimatarvetta ja valmiutta ottaa nuoria "
           "tutustumaan työhön. Yrityksille tarjotaan lyhyt perehdytys nuoren ohjaamiseen ja nimetty "
           "yhteyshenkilö hankkeesta. Rekrytreffit järjestetään yritysten omissa tiloissa, jotta nuoret näkevät "
           "työpaikan sellaisena kuin se on. Kokemukset työnantajayhteistyöstä kootaan osaksi Työpolku-mallia.")

    lihava(d, "7. Aikataulu *")
    kpl(d, "Vastaus: Alla vaiheistus vuosineljänneksittäin. Hankkeen tarkka toteutusaika on ilmoitettu kohdassa 2.")
    taulukko(d, [
        ["Vaihe / tehtävä", "Q1–Q2/2026", "Q3–Q4/2026", "Q1–Q2/2027", "Q3–Q4/2027", "Q1/2028"],
        ["Käynnistys, rekrytoinnit, ohjausryhmä", "x", "", "", "", ""],
        ["TP1 saattaen siirtäminen, polkuvalmennus", "x", "x", "x", "x", "x"],
        ["TP2 maistiaisjaksot ja rekrytreffit", "", "x", "x", "x", ""],
        ["TP3 työpajat ja koulutussarja", "x", "x", "x", "", ""],
        ["Mallin vakiinnuttamispäätös, Innokylä-kuvaus", "", "", "x", "x", "x"],
        ["Loppuarviointi ja loppuseminaari", "", "", "", "x", "x"],
    ])


    kpl(d, "Käynnistysvaiheessa (ensimmäiset kolme kuukautta) rekrytoidaan henkilöstö, kootaan ohjausryhmä ja "
           "kehittäjäraati, päivitetään lähtötason otanta ja laaditaan erillinen arviointisuunnitelma. "
           "Polkuvalmennus alkaa heti, kun polkuvalmentajat ovat aloittaneet, ja jatkuu hankkeen loppuun. "
           "Ensimmäiset maistiaisjaksot toteutetaan syksyllä 2026, kun Kaaren työsalit ovat vapaina kesän "
           "tuotantojaksojen jälkeen. Yhteiskehittämisen työpajat ja koulutussarja ajoittuvat hankkeen "
           "ensimmäiseen puoliskoon, jotta malli ehditään testata ja korjata ennen vakiinnuttamispäätöstä. "
           "Viimeinen puolivuotiskausi on varattu mallin viimeistelyyn, levittämiseen ja loppuarviointiin.")

    lihava(d, "8. Hankkeen organisointi ja yhteistyö")
    kpl(d, "Vastaus:")
    kpl(d, "Hankkeen hallinnoija on Kalliojärven kaupunki. Hankkeen henkilöstö sijoittuu elinvoima- ja "
           "työllisyyspalveluihin: projektipäällikkö (100 %), kaksi polkuvalmentajaa (100 %) ja Kaaren "
           "osatoteutuksessa koulutussuunnittelija (50 %). Hankkeelle asetetaan ohjausryhmä, jonka puheenjohtajana "
           "toimii työllisyyspalveluiden johtaja Markku Alanen. Ohjausryhmässä ovat edustettuina nuorisopalvelut, "
           "hyvinvointialueen aikuissosiaalityö, Kaari, Nuorten Talo ry, alueen yrittäjäyhdistys ja kaksi nuorten "
           "edustajaa nuorisovaltuustosta. Ohjausryhmä kokoontuu noin neljä kertaa vuodessa.")
    kpl(d, "Nuorten Talo ry osallistuu toteutukseen tarjoamalla tilat iltavastaanotolle ja kokemusasiantuntijoita "
           "työpajoihin. Kumppaneiden kanssa on allekirjoitettu aiesopimukset elokuussa 2025 (liitteet 3–5).")



    lihava(d, "8.2 Yhteys muihin hankkeisiin ja verkostoihin")
    kpl(d, "Vastaus:")
    kpl(d, "Maakunnassa on käynnissä useita nuorten hyvinvointiin liittyviä hankkeita, joiden kanssa sovimme "
           "yhteistyöstä hankkeen alussa. Hyvinvointialueen Nuorten mielen tuki -hanke kehittää matalan kynnyksen "
           "mielenterveyspalveluja, ja sen kanssa sovitaan yhteisistä siirtymäkäytännöistä. Maakunnan "
           "ESR+ -koordinaatiohanke kokoaa alueen työllisyyshankkeet verkostoksi, johon Työpolku osallistuu "
           "säännöllisesti. Valtakunnallisesti hyödynnämme Ohjaamo-verkoston ja Kohtaamo-toiminnan kokemuksia "
           "sekä Innokylän aiempia kuvauksia saattaen siirtämisestä. Päällekkäisyyden välttämiseksi "
           "hankkeet vaihtavat toimintasuunnitelmansa ja kokoontuvat yhteiseen tapaamiseen kaksi kertaa vuodessa. "
           "Tavoitteena on, että alueen nuoret kohtaavat yhden yhtenäisen palvelukokonaisuuden eivätkä "
           "useita rinnakkaisia hankkeita.")

    lihava(d, "8.1 Hankkeen henkilöstö ja tehtävät *")
    taulukko(d, [
        ["Tehtävä", "Työaika", "Keskeiset tehtävät"],
        ["Projektipäällikkö (kaupunki)", "100 %, koko hankeaika", "Hankkeen johtaminen, talous ja raportointi, ohjausryhmän sihteeri, juurruttamisen koordinointi, viestintä"],
        ["Polkuvalmentaja 2 hlöä (kaupunki)", "100 %, 1.4.2026 alkaen", "Nuorten henkilökohtainen valmennus, kolmikantatapaamiset, pienryhmät, iltavastaanotto"],
        ["Koulutussuunnittelija (Kaari)", "50 %", "Maistiaisjaksojen suunnittelu ja toteutus, yhteys opettajiin ja työsaleihin"],
        ["Kaupungin tietosuojavastaava", "oma toimi, n. 5 pv/v", "Suostumuspohja ja tiedonsiirron ratkaisut TP3:ssa"],
    ])
    kpl(d, "Projektipäällikön tehtävä täytetään sisäisellä haulla, jotta hankkeen johtamisessa on alusta asti "
           "mukana henkilö, joka tuntee kaupungin palvelut. Polkuvalmentajilta edellytetään sosionomin, "
           "yhteisöpedagogin tai vastaavan tutkintoa ja kokemusta nuorten kanssa työskentelystä. "
           "Henkilöstön työnohjaus järjestetään kaupungin työnohjauspoolin kautta kerran kuukaudessa.")
    kpl(d, "Ohjausryhmän tehtävänä on seurata hankkeen etenemistä ja taloutta, hyväksyä vuosittaiset "
           "toimintasuunnitelmat, käsitellä arvioinnin tulokset ja edistää toimintamallin vakiinnuttamista "
           "kumppaniorganisaatioissa. Ohjausryhmän lisäksi kootaan nuorten kehittäjäraati, johon kutsutaan "
           "6–8 hankkeeseen osallistunutta nuorta. Raati kokoontuu kahden kuukauden välein ja palkitaan "
           "lahjakorteilla. Raadin näkemykset viedään ohjausryhmään nuorisovaltuuston edustajien kautta.")

    lihava(d, "9. Hankkeen seuranta ja arviointi *")
    kpl(d, "Miten hankkeen etenemistä ja tavoitteiden saavuttamista seurataan? Vastaus:")
    kpl(d, "Seuraamme jokaisen osatavoitteen toteutumista omilla mittareillaan. Siirtymien sujuvuutta mittaamme "
           "sillä, kuinka monta vuorokautta kuluu palvelusta toiseen siirtymisen ja uuden palvelun ensimmäisen "
           "tapaamisen välillä (lähtötaso syksyllä 2025 tehdyssä otannassa keskimäärin 47 vrk, tavoite alle 14 vrk) "
           "sekä kolmikantatapaamisten määrällä. Työelämä- ja opiskeluvalmiuksien kehittymistä seuraamme ESR+ "
           "-tulosindikaattoreilla: osuus osallistujista, jotka ovat työssä, koulutuksessa tai oppisopimuksessa "
           "kuuden kuukauden kuluttua osallistumisesta (tavoite 45 %), sekä nuorten itse täyttämällä "
           "valmiusmittarilla polun alussa ja lopussa. Ammattilaisten yhteistyön kehittymistä arvioimme "
           "verkostokyselyllä hankkeen alussa ja lopussa sekä sillä, kuinka moni palvelu käyttää yhteistä "
           "polkusuunnitelmapohjaa (tavoite: kaikki viisi keskeistä palvelua).")
    kpl(d, "Nuorten palautetta kerätään jokaisen maistiaisjakson ja ryhmän päätteeksi lyhyellä mobiilikyselyllä sekä "
           "kahdesti vuodessa järjestettävissä palauteraadeissa. Hankkeen itsearvioinnista vastaa projektipäällikkö "
           "yhdessä ohjausryhmän kanssa. Ulkoisen arvioinnin toteuttaa kilpailutettava arvioija, joka tekee väliarvion "
           "syksyllä 2026 ja loppuarvioinnin syksyllä 2027. Erillinen arviointisuunnitelma laaditaan hankkeen kolmen "
           "ensimmäisen kuukauden aikana.")


    lihava(d, "9.1 Seurantatietojen keruu ja raportointi")
    kpl(d, "Vastaus:")
    kpl(d, "Polkuvalmentajat kirjaavat jokaisen nuoren siirtymät ja niiden päivämäärät polkusuunnitelmaan, josta "
           "projektipäällikkö kokoaa kuukausittain seurantaraportin. Lähtötason otanta päivitetään hankkeen "
           "ensimmäisen kvartaalin aikana, jotta vertailu tehdään yhtenäisellä tavalla. Tulosindikaattorin "
           "kuuden kuukauden seurantatieto kerätään puhelimitse tai tekstiviestikyselyllä; tieto kerätään "
           "niiltä nuorilta, joiden osallistuminen on päättynyt viimeistään elokuussa 2027, jotta kaikki "
           "seurantatieto saadaan hankeaikana. Seurantatiedot raportoidaan ohjausryhmälle neljännesvuosittain "
           "ja rahoittajalle maksatushakemusten yhteydessä sekä väli- ja loppuraportissa.")
    kpl(d, "Arvioinnin tuloksia käytetään toiminnan suuntaamiseen hankkeen aikana. Jos esimerkiksi jokin "
           "siirtymätyyppi osoittautuu toistuvasti hitaaksi, ohjausryhmä sopii siihen liittyvistä "
           "käytäntömuutoksista kumppanien kanssa. Ulkoisen arvioijan loppuraportti toimii kaupungin "
           "vakiinnuttamispäätöksen tietopohjana.")

    lihava(d, "10. Hankkeen tulokset ja vaikutukset *")
    kpl(d, "Vastaus:")
    kpl(d, "Hankkeen konkreettisina tuotoksina syntyy kuvattu Työpolku-malli (prosessikuvaus, polkusuunnitelmapohja, "
           "kolmikantatapaamisen opas), ammattilaisten koulutusmateriaali sekä maistiaisjaksojen toteutusmalli, jota "
           "Kaari voi käyttää osana tutkintokoulutukseen valmentavaa koulutusta. Välittöminä tuloksina odotamme, että "
           "vähintään 180 nuorta saa henkilökohtaisen polun, siirtymien odotusajat lyhenevät ja vähintään 80 nuorta "
           "siirtyy työhön tai koulutukseen. Pitkän aikavälin vaikutuksena nuorisotyöttömyyden pitkittyminen "
           "vähenee ja kaupungin työmarkkinatuen kuntaosuus pienenee.")
    kpl(d, "Ammattilaisten näkökulmasta tuloksena on yhteinen kieli ja yhteiset käytännöt: kun nuori siirtyy "
           "palvelusta toiseen, vastaanottava työntekijä tietää jo etukäteen, mitä nuoren kanssa on sovittu, "
           "eikä nuoren tarvitse kertoa tarinaansa alusta. Työnantajien näkökulmasta hanke tuottaa väylän, "
           "jonka kautta nuoria työntekijöitä voi löytää ilman raskasta rekrytointiprosessia.")
    kpl(d, "Vaikutukset tasa-arvoon ja yhdenvertaisuuteen: toimintaa suunnitellaan niin, että se tavoittaa myös nuoria "
           "naisia, jotka ovat jääneet aiemmissa hankkeissa vähemmistöksi; maahan muuttaneille nuorille tarjotaan "
           "selkokielistä materiaalia ja tarvittaessa tulkkausta. Ympäristövaikutukset ovat vähäiset; "
           "matkustamisessa suositaan joukkoliikennettä ja etätapaamisia.")


    lihava(d, "10.1 Horisontaaliset periaatteet *")
    kpl(d, "Kuvaa, miten hanke edistää sukupuolten tasa-arvoa, yhdenvertaisuutta ja kestävää kehitystä. Vastaus:")
    kpl(d, "Sukupuolten tasa-arvo: hankkeen toimenpiteitä suunnitellaan sukupuolitietoisesti. Aiemmissa "
           "työllisyyshankkeissa nuoret naiset ovat jääneet vähemmistöksi, vaikka heidän osuutensa kaupungin "
           "työvoiman ulkopuolella olevista nuorista on lähes puolet. Siksi maistiaisjaksoja järjestetään myös "
           "hoiva- ja palvelualoilla, ja viestintää kohdennetaan nuorille naisille. Seuraamme osallistujien "
           "sukupuolijakaumaa puolivuosittain.")
    kpl(d, "Yhdenvertaisuus ja saavutettavuus: toimitilat ovat esteettömiä, ja materiaalit tehdään selkokielellä "
           "suomeksi ja tarvittaessa englanniksi, arabiaksi ja ukrainaksi. Tulkkauspalveluja käytetään "
           "polkusuunnitelmatapaamisissa aina, kun nuori sitä tarvitsee. Neurokirjon nuorten tarpeet otetaan "
           "huomioon pienryhmien koossa ja tapaamisten rakenteessa.")
    kpl(d, "Kestävä kehitys: hankkeen tapaamiset järjestetään joukkoliikenteen saavutettavissa olevissa paikoissa, "
           "ja osa ohjauksesta tehdään etäyhteydellä. Maistiaisjaksoilla tutustutaan myös kiertotalouden tehtäviin, "
           "kuten kierrätyskeskuksen ja kaupungin korjaamon työhön.")

    lihava(d, "11. Tulosten juurruttaminen ja hyödyntäminen hankkeen jälkeen *")
    kpl(d, "Miten hankkeen tulokset jäävät elämään ja kuka vastaa toiminnasta hankkeen jälkeen? Vastaus:")
    kpl(d, "Juurruttaminen on ollut mukana jo hakuvaiheessa: valmistelutyöpajoihin osallistuivat ne esihenkilöt, "
           "joiden palveluihin malli on tarkoitus vakiinnuttaa, ja kaupungin työllisyysjaosto käsitteli hankeideaa "
           "kesäkuussa 2025. Käytämme juurruttamisen suunnitteluun 4V-mallia.")
    kpl(d, "Viestintä: kerromme mallista alusta lähtien ammattilaisille ja nuorille (ks. kohta 13) niin, että "
           "jokainen tietää, mistä on kyse, jo ennen kuin pilotointi alkaa.")
    kpl(d, "Variointi: mallia muokataan eri palvelujen tarpeisiin. Esimerkiksi etsivälle nuorisotyölle tehdään "
           "kevyempi versio polkusuunnitelmasta ja Kaarelle oma versio opintojen keskeyttämisuhan tilanteisiin. "
           "Muunnelmia testataan vuoden 2026 aikana.")
    kpl(d, "Valtavirtaistaminen: vuonna 2027 kutsumme naapurikunnat Harjulan ja Koskenkylän työllisyyspalvelut "
           "kokeilemaan mallia omassa työssään. Kokemuksista kerrotaan alueellisessa työllisyysverkostossa ja "
           "valtakunnallisessa Ohjaamo-verkostossa.")
    kpl(d, "Vakiinnuttaminen: tavoitteena on, että kaupunki päättää viimeistään syyskuussa 2027 polkuvalmennuksen "
           "siirtämisestä pysyväksi osaksi työllisyyspalveluita. Vastuu toiminnan jatkumisesta hankkeen jälkeen on "
           "Kalliojärven kaupungin elinvoima- ja työllisyyspalveluilla; käytännössä toimintamallin omistaa "
           "työllisyyspalveluiden kehittämispäällikkö, joka vastaa myös sen päivittämisestä. Kaari on sitoutunut "
           "ottamaan maistiaisjaksot osaksi TUVA-koulutuksen opetussuunnitelmaa lukuvuodesta 2028–2029 alkaen.")
    kpl(d, "Juurruttamiseen on varattu resursseja: projektipäällikön työajasta noin 20 % kohdistetaan "
           "juurruttamiseen koko hankkeen ajan, ja budjetissa on 9 000 euroa mallin kuvaamiseen, "
           "koulutusmateriaaliin ja levitystilaisuuksiin.")

    lihava(d, "12. Riskit ja niiden hallinta")
    kpl(d, "Vastaus:")
    taulukko(d, [
        ["Riski", "Todennäköisyys", "Hallintakeino"],
        ["Nuoria ei tavoiteta suunniteltua määrää", "keskisuuri", "Etsivä nuorisotyö ja Nuorten Talo ohjaavat nuoria; iltavastaanotto; some-kanavat"],
        ["Polkuvalmentajien rekrytointi viivästyy", "pieni", "Rekrytointi valmistellaan jo ennen rahoituspäätöstä; sijaisuusjärjestely kaupungin sisältä"],
        ["Tiedonsiirto palvelujen välillä kaatuu tietosuojaan", "keskisuuri", "Tietosuojavastaava mukana TP3:ssa alusta asti; suostumuspohja"],
        ["Työnantajien mielenkiinto hiipuu", "keskisuuri", "Yrittäjäyhdistys ohjausryhmässä; rekrytreffit yritysten tiloissa"],
        ["Henkilöstön vaihtuvuus kumppaneilla", "suuri", "Koulutukset tallennetaan; malli kirjataan perehdytysaineistoon"],
        ["Vakiinnuttamispäätös viivästyy talouden vuoksi", "keskisuuri", "Kustannus-hyötylaskelma työllisyysjaostolle jo vuoden 2026 lopussa"],
    ])
    kpl(d, "Riskejä arvioidaan ohjausryhmän jokaisessa kokouksessa, ja riskitaulukko päivitetään tarvittaessa. "
           "Suurimpana yksittäisenä riskinä pidämme sitä, että kumppaniorganisaatioiden henkilöstö vaihtuu ja "
           "opittu yhteinen työote katoaa. Siksi malli dokumentoidaan niin, että sen voi ottaa käyttöön myös "
           "työntekijä, joka ei ole osallistunut hankkeeseen. Lisäksi talouden epävarmuus voi hidastaa "
           "vakiinnuttamista; tähän varaudumme laskemalla, kuinka paljon katkenneiden polkujen lyheneminen "
           "säästää kaupungin työmarkkinatuen kuntaosuudessa.")

    lihava(d, "13. Viestintä ja tulosten levittäminen *")
    kpl(d, "Vastaus:")
    kpl(d, "Hankkeen viestinnästä vastaa projektipäällikkö yhdessä kaupungin viestintäyksikön kanssa. Nuorille "
           "viestimme Instagramissa ja TikTokissa sekä Nuorten Talon kanavilla; ammattilaisille kuukausittaisella "
           "uutiskirjeellä ja kaupungin intranetissä. Hankkeella on oma sivu kaupungin verkkosivuilla. "
           "Hankkeen tulokset ja Työpolku-malli kuvataan Innokylään, ja loppuseminaari järjestetään tammikuussa "
           "2028. Lisäksi esittelemme mallia ESR+ -ohjelman teemaverkoston tilaisuudessa ja Ohjaamo-päivillä.")


    taulukko(d, [
        ["Kohderyhmä", "Viestinnän tavoite", "Kanavat", "Ajoitus"],
        ["Nuoret", "Tietää, mistä apua saa ja miten hankkeeseen pääsee", "Instagram, TikTok, Nuorten Talo, oppilaitosten infotaulut", "koko hankkeen ajan, kampanjat syksyisin"],
        ["Ammattilaiset", "Tuntee mallin ja osaa ohjata nuoria", "uutiskirje, intranet, tiimipalaverit, koulutussarja", "kuukausittain"],
        ["Työnantajat", "Innostuu tarjoamaan tutustumispaikkoja", "Yrittäjäyhdistyksen jäsentiedote, rekrytreffit", "kaksi kertaa vuodessa"],
        ["Päättäjät", "Saa tietoa vakiinnuttamispäätöksen pohjaksi", "työllisyysjaoston kokoukset, vuosikatsaus", "kerran vuodessa"],
        ["Muut kunnat ja hankkeet", "Ottaa mallin käyttöön", "Innokylä, loppuseminaari, Ohjaamo-päivät", "2027–2028"],
    ])
    kpl(d, "Viestinnässä noudatetaan EU-rahoituksen näkyvyysvaatimuksia: kaikessa materiaalissa käytetään "
           "EU:n osarahoittama -tunnusta, ja hankkeesta julkaistaan kuvaus ohjelman rakennerahastot.fi-sivustolla. "
           "Nuorille suunnatut sisällöt tehdään yhdessä kehittäjäraadin kanssa, jotta kieli ja kuvat puhuttelevat "
           "kohderyhmää.")

    lihava(d, "14. Kustannusarvio ja rahoitus *")
    kpl(d, "Vastaus: Hankkeen kokonaiskustannukset ovat 612 400 euroa, josta haettava ESR+ -rahoitus on 80 % "
           "(489 920 euroa) ja kaupungin ja Kaaren omarahoitus 20 % (122 480 euroa).")
    taulukko(d, [
        ["Kustannuslaji", "2026", "2027", "2028", "Yhteensä"],
        ["Henkilöstökulut", "214 000", "256 800", "42 800", "513 600"],
        ["Ostopalvelut (ulkoinen arviointi, koulutukset)", "18 000", "24 000", "6 000", "48 000"],
        ["Flat rate -muut kustannukset", "21 400", "25 600", "3 800", "50 800"],
        ["Yhteensä", "253 400", "306 400", "52 600", "612 400"],
    ])


    lihava(d, "14.1 Hallinnointi ja talouden seuranta")
    kpl(d, "Vastaus:")
    kpl(d, "Hankkeen kirjanpito hoidetaan kaupungin taloushallinnossa omalla kustannuspaikallaan. "
           "Maksatushakemukset tehdään neljän kuukauden välein EURA-järjestelmässä, ja projektipäällikkö "
           "raportoi talouden toteutumisesta ohjausryhmälle jokaisessa kokouksessa. Kaaren osatoteutuksella on "
           "oma kustannuspaikkansa ja oma budjettinsa (koulutussuunnittelijan palkkakulut ja maistiaisjaksojen "
           "materiaalit). Henkilöstökulujen perusteena on kaupungin ja Kaaren voimassa olevat palkkatasot; "
           "muut kustannukset korvataan flat rate -mallilla, joten niistä ei esitetä erillistä erittelyä.")
    kpl(d, "Hankkeelle ei ole haettu muuta julkista rahoitusta samoihin kustannuksiin. Kaupungin omarahoitus on "
           "varattu vuoden 2026 talousarvioon ja vuosien 2027–2028 taloussuunnitelmaan.")

    lihava(d, "15. Hakijan vakuutus")
    kpl(d, "Vakuutamme antamamme tiedot oikeiksi. Kalliojärvellä 12.9.2025, Markku Alanen, työllisyyspalveluiden johtaja.")
    d.save(ULOS / f"{NIMI}.docx")
    odotus(NIMI, "hankesuunnitelma", [])

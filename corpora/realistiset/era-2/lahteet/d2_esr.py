"""r2-esr-hankehakemus-askel-tyohon.docx – hankesuunnitelma, EURA 2021 -vienti, pitkä.
Odotetut havainnot: tavoite 3 (työnantajat) ilman mittaria; jatkon omistajina vain hankepäällikkö/hanke;
4V:n variointi puuttuu. Tavoitteen 2 mittari on VAIN tekstiruudussa."""
from apu import *


def rakenna(polku):
    d = uusi("EURA 2021 hakemus – Askel työhön", "Leila Ahmadi")
    P(d, "EURA 2021 · Hakemuksen tulostus · Hakemusnumero S31245 (luonnos) · Tulostettu 3.2.2025")
    P(d, "Ohjelma: Uudistuva ja osaava Suomi 2021–2027 · Toimintalinja 4 Osaava Suomi · ESR+ · "
         "Rahoittava viranomainen: Varsinais-Suomen ELY-keskus")
    H(d, "HANKESUUNNITELMA – Askel työhön: maahanmuuttajanaisten työllistymispolut Varsinais-Suomessa", 0)

    H(d, "Perustiedot", 1)
    kentta(d, "Hankkeen nimi", "Askel työhön – maahanmuuttajanaisten työllistymispolut Varsinais-Suomessa")
    kentta(d, "Päätoteuttaja", "Monikielinen Varsinais-Suomi ry (Y-tunnus 3014452-8)")
    kentta(d, "Osatoteuttaja", "Aurajoen Aikuiskoulutus Oy (Y-tunnus 1893304-1)")
    kentta(d, "Hankkeen aloituspäivämäärä", "1.5.2025")
    kentta(d, "Hankkeen päättymispäivämäärä", "30.4.2027")
    kentta(d, "Toteutusalue", "Turku, Salo, Raisio ja Kaarina")
    kentta(d, "Yhteyshenkilö", "Leila Ahmadi, toiminnanjohtaja, leila.ahmadi@monikielinenvs.fi, 044 581 2290")
    kentta(d, "Päätoteuttajan organisaatiotyyppi", "Rekisteröity yhdistys")
    kentta(d, "Kotipaikka", "Turku")
    kentta(d, "Arvonlisäverokohtelu", "Päätoteuttaja ei ole arvonlisäverovelvollinen hankkeen toiminnasta")
    kentta(d, "Hankkeen kokonaiskustannukset", "689 220 €")

    H(d, "1. Hankkeen tausta ja tarve", 1)
    B(d, "Kuvaa hankkeen tausta ja lähtötilanne, johon hankkeella haetaan muutosta. *")
    P(d, "Varsinais-Suomessa asui vuoden 2023 lopussa noin 41 000 vieraskielistä 15–64-vuotiasta. "
         "Vieraskielisten naisten työllisyysaste jää alueella selvästi sekä suomenkielisten naisten että "
         "vieraskielisten miesten työllisyysasteesta: vuonna 2022 se oli 49 %, kun vieraskielisillä miehillä "
         "luku oli 64 %. Ero on suurin naisilla, jotka ovat muuttaneet Suomeen perheen vuoksi ja hoitaneet lapsia "
         "kotona useita vuosia. Heistä monella on kotimaastaan ammatti tai työkokemus, mutta suomen kielen taito "
         "on jäänyt alkeistasolle, koska kotoutumiskoulutus on ajoittunut pienten lasten hoitovuosiin.")
    P(d, "Työllisyyspalvelut siirtyivät kuntien vastuulle 1.1.2025. Kuntien työllisyyspalveluissa on tunnistettu, "
         "että kotona lapsia hoitaneet naiset eivät usein ole työnhakijoina lainkaan, eivätkä palvelut siksi tavoita "
         "heitä. Alueen järjestöjen kohtaamispaikoissa naisia kyllä käy, mutta järjestöillä ei ole keinoja tarjota "
         "työelämään vievää polkua. Toisaalta alueen työnantajat – erityisesti varhaiskasvatus, hoiva, siivous- ja "
         "kiinteistöala sekä ravintolat – kertovat työvoimapulasta ja samalla epävarmuudesta siitä, miten "
         "heikommin suomea puhuvan työntekijän perehdytys onnistuu.")
    P(d, "Hanketta valmisteltiin syksyllä 2024 neljässä tapaamisessa, joihin osallistui järjestön naisryhmien "
         "jäseniä, Turun ja Salon työllisyyspalvelujen asiantuntijoita, Aurajoen Aikuiskoulutuksen opettajia sekä "
         "kuuden työnantajan edustajat. Valmistelussa nousi esiin kolme asiaa: naiset tarvitsevat kielen opiskelua, "
         "joka on sidottu todellisiin työtehtäviin; lastenhoito on järjestettävä valmennuksen ajaksi; ja "
         "työnantajat tarvitsevat tukea siihen, miten työn ja perehdytyksen voi järjestää kielitaidoltaan "
         "keskeneräiselle työntekijälle.")
    B(d, "Hankkeen yhteys ohjelman erityistavoitteeseen *")
    P(d, "Hanke edistää työllistymistä ja työmarkkinoille pääsyä erityisesti niiden osalta, jotka ovat kaukana "
         "työmarkkinoista. Se tukee myös sukupuolten tasa-arvoa työmarkkinoilla, koska toimenpiteet kohdistuvat "
         "naisiin, joiden työllisyysaste on alhainen.")

    B(d, "Hankkeen lisäarvo ja yhteys muihin hankkeisiin *")
    P(d, "Alueella on meneillään useita kotoutumista tukevia hankkeita, mutta ne keskittyvät pääosin "
         "työnhakijoiksi ilmoittautuneisiin tai vasta maahan muuttaneisiin. Askel työhön tavoittaa naiset, "
         "jotka ovat asuneet Suomessa jo useita vuosia mutta joiden polku työelämään on jäänyt aloittamatta. "
         "Hanke hyödyntää Turun kaupungin aiemman kielitietoisen ohjauksen hankkeen materiaaleja ja "
         "Aurajoen Aikuiskoulutuksen työelämälähtöisen kielenopetuksen kokemusta. Päällekkäisyyttä vältetään "
         "niin, että kuntien kotoutumispalvelut ohjaavat hankkeeseen vain ne naiset, joille niiden oma "
         "palvelutarjonta ei sovi lastenhoidon puuttumisen vuoksi.")
    P(d, "Hankkeen lisäarvo syntyy kolmesta asiasta: kielen opiskelu ja työelämäjakso kulkevat rinnakkain, "
         "lastenhoito on järjestetty valmennuksen ajaksi ja työnantajat ovat mukana alusta asti. Näiden "
         "yhdistelmää ei alueella ole aiemmin kokeiltu.")
    B(d, "Miten kohderyhmä on osallistunut hankkeen suunnitteluun? *")
    P(d, "Järjestön kolmessa naisryhmässä keskusteltiin syksyllä 2024 siitä, mikä on estänyt työnhaun ja mitä "
         "naiset toivoisivat valmennukselta. Keskusteluihin osallistui 37 naista, ja ne käytiin arabiaksi, "
         "somaliksi, darin kielellä ja selkosuomeksi. Toiveista tärkeimmät olivat lastenhoito, työhön liittyvä "
         "kieli ja mahdollisuus nähdä työpaikkoja etukäteen. Kaksi naisryhmien jäsentä osallistui lisäksi "
         "valmistelutapaamisiin.")
    H(d, "2. Tavoitteet", 1)
    B(d, "Hankkeen päätavoite ja osatavoitteet *")
    P(d, "Hankkeen päätavoitteena on, että kotona lapsia hoitaneet maahanmuuttajataustaiset naiset löytävät polun "
         "työhön tai koulutukseen ja että alueen työnantajat ottavat heidät vastaan aiempaa valmiimpina.")
    P(d, "Osatavoitteet:")
    P(d, "1) Osallistujien suomen kielen taito ja työelämävalmiudet vahvistuvat niin, että he pystyvät toimimaan "
         "tavallisissa työtilanteissa valitsemallaan alalla.")
    P(d, "2) Osallistujat siirtyvät työhön, ammatilliseen koulutukseen tai palkkatuettuun työhön.")
    P(d, "3) Alueen työnantajien valmius rekrytoida ja perehdyttää maahanmuuttajataustaisia naisia paranee.")

    H(d, "3. Kohderyhmät", 1)
    B(d, "Välittömät kohderyhmät *")
    P(d, "Hankkeen välitön kohderyhmä ovat 18–55-vuotiaat maahanmuuttajataustaiset naiset, jotka ovat olleet "
         "kotona lasten kanssa tai muuten työelämän ulkopuolella vähintään kaksi vuotta. Osallistujia arvioidaan "
         "olevan kahden vuoden aikana 120. Osa heistä on työttömiä työnhakijoita, osa työvoiman ulkopuolella. "
         "Osallistujat tavoitetaan järjestön kohtaamispaikoista, neuvoloiden ja varhaiskasvatuksen kautta sekä "
         "kuntien työllisyyspalveluista.")
    P(d, "Toinen välitön kohderyhmä ovat alueen työnantajat ja työpaikkojen perehdyttäjät erityisesti "
         "varhaiskasvatuksessa, hoiva-alalla, kiinteistöpalveluissa ja ravintola-alalla.")
    B(d, "Osallistujien tavoittaminen ja valinta *")
    P(d, "Osallistujia tavoitetaan järjestön kohtaamispaikoista, neuvoloista, varhaiskasvatuksesta, "
         "moskeijoista ja seurakunnista sekä omakielisillä esitteillä ja WhatsApp-ryhmissä. Kiinnostuneelle "
         "järjestetään alkukeskustelu omalla kielellä, ja siinä käydään läpi elämäntilanne, aiempi koulutus ja "
         "työkokemus sekä lastenhoidon tarve. Valinnassa etusijalla ovat naiset, joilla ei ole muuta palvelua. "
         "Osallistuminen on vapaaehtoista ja maksutonta, eikä se vaikuta osallistujan etuuksiin.")
    B(d, "Välilliset kohderyhmät")
    P(d, "Osallistujien perheet ja lapset, kuntien työllisyys- ja kotoutumispalvelujen henkilöstö sekä alueen "
         "järjestöt, jotka tekevät työtä maahanmuuttajien parissa.")

    H(d, "4. Toteutus ja toimenpiteet", 1)
    B(d, "Kuvaa hankkeen toimenpiteet työpaketeittain. *")
    B(d, "Työpaketti 1: Kieli ja työelämätaidot ryhmävalmennuksessa")
    P(d, "Hankkeessa järjestetään kuusi valmennusryhmää, kukin 16 viikkoa ja neljä päivää viikossa. Ryhmässä on "
         "enintään 20 naista. Valmennuksessa yhdistetään suomen kielen opiskelu ja työelämätaidot: kieltä "
         "opiskellaan työtehtävien kautta, esimerkiksi harjoittelemalla varhaiskasvatuksen päivärytmin sanastoa, "
         "siivousalan työturvallisuutta tai asiakaspalvelua. Aurajoen Aikuiskoulutuksen kielenopettaja ja "
         "järjestön valmentaja opettavat ryhmää parina. Valmennuksen aikana osallistujien lapsille on järjestetty "
         "lastenhoito samoissa tiloissa. Jokaiseen ryhmään kuuluu kaksi työpaikkavierailua ja tutustuminen "
         "ammatillisen koulutuksen hakuun.")
    P(d, "Valmennuksen 16 viikkoa jakautuvat neljään jaksoon:")
    taulukko(d, [
        ["Jakso", "Viikot", "Sisältö"],
        ["Aloitus", "1–3", "ryhmäytyminen, oma osaaminen näkyväksi, arjen ja asioinnin kieli"],
        ["Alat tutuiksi", "4–8", "neljän alan perussanasto, työpaikkavierailut, työturvallisuus"],
        ["Oma ala", "9–12", "valitun alan kieli ja työtehtävät, työnhaun asiakirjat, haastatteluharjoitukset"],
        ["Työelämäjakso", "13–16", "työkokeilu tai työelämäjakso kahtena päivänä viikossa, "
                                   "ryhmäpäivät kahtena päivänä"],
    ])
    P(d, "Lastenhoito järjestetään valmennustilojen yhteydessä kahden lastenhoitajan voimin. Alle kouluikäiset "
         "lapset voivat olla hoidossa koko valmennuspäivän. Työelämäjakson ajaksi valmentaja auttaa perhettä "
         "hakemaan lapselle kunnallista varhaiskasvatuspaikkaa, jotta hoito jatkuu myös valmennuksen jälkeen.")
    B(d, "Työpaketti 2: Yksilöohjaus, työkokeilut ja siirtymät")
    P(d, "Jokaisella osallistujalla on oma työvalmentaja, joka laatii hänen kanssaan henkilökohtaisen polun. "
         "Valmennuksen loppupuolella osallistuja aloittaa työkokeilun tai lyhyen työelämäjakson alan työpaikassa, "
         "ja valmentaja tukee häntä työpaikalla. Valmentaja auttaa hakemaan ammatilliseen koulutukseen, "
         "oppisopimukseen tai palkkatuettuun työhön yhdessä kunnan työllisyyspalvelujen kanssa. Ohjaus jatkuu "
         "kolme kuukautta ryhmävalmennuksen päättymisen jälkeen.")
    tekstiruutu(d, [
        "Huom. (lisätty ELY-keskuksen ennakkoneuvottelun 21.1.2025 jälkeen)",
        "Osatavoitteen 2 mittari: osallistujista vähintään 40 % on työssä, ammatillisessa koulutuksessa tai "
        "palkkatuetussa työssä kuuden kuukauden kuluttua ryhmävalmennuksen päättymisestä. Tilanne selvitetään "
        "työvalmentajan seurantapuhelulla ja kirjataan osallistujarekisteriin.",
    ])
    B(d, "Työpaketti 3: Työnantajayhteistyö")
    P(d, "Työnantajakoordinaattori kartoittaa alueen työpaikat, jotka voivat tarjota työkokeiluja ja "
         "työelämäjaksoja. Hankkeessa järjestetään neljä työnantaja-aamiaista, joissa työnantajat ja osallistujat "
         "kohtaavat ja joissa käsitellään rekrytointia, perehdytystä ja selkokieltä työpaikalla. Jokaiselle "
         "mukana olevalle työpaikalle nimetään työpaikkamentori, jolle järjestetään lyhyt perehdytys "
         "kielitietoiseen ohjaukseen. Hankkeessa tehdään yhdessä työnantajien kanssa selkokielinen "
         "perehdytysopas, jota työpaikat voivat käyttää uuden työntekijän tukena.")
    P(d, "Työpaikkamentorin perehdytys kestää kolme tuntia. Siinä käydään läpi, miten työtehtävän voi näyttää "
         "ennen kuin sitä selitetään, miten ohjeet kirjoitetaan lyhyesti ja selkeästi ja miten "
         "väärinymmärryksiä voi ehkäistä. Mentori saa käyttöönsä sanastolistat ja kuvalliset "
         "työohjeiden pohjat. Työnantajakoordinaattori käy työpaikalla työelämäjakson alussa ja on "
         "tavoitettavissa puhelimitse koko jakson ajan.")
    B(d, "Työpaketti 4: Hallinnointi, mallinnus ja tulosten levittäminen")
    P(d, "Hankepäällikkö vastaa hankkeen hallinnoinnista, raportoinnista ja taloudesta sekä ohjausryhmän "
         "työskentelystä. Työpaketissa kuvataan valmennuksen toimintatapa ohjaajan käsikirjaksi ja viedään tuloksia "
         "käytäntöön (ks. kohta 8).")

    H(d, "5. Aikataulu", 1)
    B(d, "Toimenpiteiden ajoitus vuosineljänneksittäin *")
    q = ["Q2/2025", "Q3/2025", "Q4/2025", "Q1/2026", "Q2/2026", "Q3/2026", "Q4/2026", "Q1/2027", "Q2/2027"]
    taulukko(d, [
        ["Toimenpide"] + q,
        ["Käynnistys, rekrytoinnit, ohjausryhmä", "x", "", "", "", "", "", "", "", ""],
        ["Valmennusryhmät 1–6", "", "x", "x", "x", "x", "x", "x", "", ""],
        ["Työkokeilut ja yksilöohjaus", "", "", "x", "x", "x", "x", "x", "x", ""],
        ["Työnantaja-aamiaiset", "", "x", "", "x", "", "x", "", "x", ""],
        ["Perehdytysopas", "", "", "", "x", "x", "", "", "", ""],
        ["Ohjaajan käsikirja", "", "", "", "", "x", "x", "x", "", ""],
        ["Kokeilut muissa organisaatioissa", "", "", "", "", "", "x", "x", "x", ""],
        ["Päätösseminaari, loppuraportti", "", "", "", "", "", "", "", "x", "x"],
    ])
    P(d, "Hanke päättyy 30.4.2027; viimeisen vuosineljänneksen sarake kattaa vain huhtikuun 2027.")

    H(d, "6. Tulokset ja vaikutukset", 1)
    B(d, "Hankkeen välittömät tulokset *")
    P(d, "Hankkeen aikana 120 naista osallistuu valmennukseen ja työnantajayhteistyöhön saadaan mukaan "
         "työpaikkoja kaikilta neljältä alalta. Tuotoksina syntyvät Askel työhön -valmennuksen ohjaajan "
         "käsikirja, työelämälähtöinen kielen opetuksen materiaalipaketti ja selkokielinen perehdytysopas "
         "työpaikoille.")
    B(d, "Pidemmän aikavälin vaikutukset *")
    P(d, "Hankkeen myötä maahanmuuttajataustaisten naisten työllisyys alueella paranee ja perheiden toimeentulo "
         "vahvistuu. Kun äidit ovat työelämässä, myös lasten suomen kielen taito ja osallisuus yhteiskunnassa "
         "vahvistuvat. Työnantajat saavat osaavaa työvoimaa aloille, joilla on pulaa tekijöistä.")

    P(d, "Osallistujien kannalta tärkein muutos on se, että he näkevät itsensä mahdollisina työntekijöinä ja "
         "tuntevat reitin, jota pitkin työhön tai koulutukseen pääsee. Moni osallistuja on kertonut "
         "valmisteluvaiheessa, ettei ole tiennyt, mistä aloittaa. Valmennuksen jälkeen osallistujalla on "
         "oma suunnitelma, työelämäjaksosta saatu kokemus ja suositus sekä yhteys kunnan työllisyyspalveluihin.")
    H(d, "7. Seuranta ja arviointi", 1)
    B(d, "Miten hankkeen etenemistä ja tuloksia seurataan ja arvioidaan? *")
    P(d, "Arvioinnin painopiste on osallistujissa ja heidän etenemisessään. Osallistujien suomen kielen taito "
         "arvioidaan valmennuksen alussa ja lopussa Aurajoen Aikuiskoulutuksen taitotasotestillä "
         "(Eurooppalaisen viitekehyksen taitotasot). Tavoitteena on, että vähintään 70 % osallistujista etenee "
         "vähintään puoli taitotasoa. Työelämävalmiuksia arvioidaan valmentajan ja osallistujan yhteisellä "
         "alku- ja loppukeskustelulla, jonka pohjana on hankkeen työelämätaitojen tarkistuslista.")
    P(d, "Osallistujilta kerätään palaute jokaisen ryhmän päättyessä suullisesti tulkin avustuksella ja "
         "lyhyellä kuvakyselyllä. Hanketiimi tekee itsearvioinnin puolivuosittain osallistujapalautteen ja "
         "seurantatietojen pohjalta, ja tulokset käsitellään ohjausryhmässä. Ulkoista arviointia ei hankita "
         "erikseen; hanke osallistuu ELY-keskuksen hankeverkoston yhteisiin arviointitilaisuuksiin.")
    B(d, "Hankkeen indikaattorit (EURA) *")
    taulukko(d, [
        ["Indikaattori", "Tavoitearvo"],
        ["Osallistujat yhteensä", "120"],
        ["  joista työttömiä", "70"],
        ["  joista työvoiman ulkopuolella olevia", "50"],
        ["Osallistujat, joilla on alle toisen asteen koulutus", "60"],
        ["Osallistujat, jotka ovat saaneet pätevyyden tai osaamistodistuksen toiminnan päätyttyä", "70"],
    ])

    H(d, "8. Tulosten hyödyntäminen, juurruttaminen ja levittäminen", 1)
    B(d, "Miten hankkeen tulokset juurrutetaan ja levitetään? Kuka vastaa toiminnan jatkumisesta hankkeen "
         "jälkeen? *")
    P(d, "Juurruttamista on pohjustettu jo hakuvaiheessa: valmistelutapaamisiin syksyllä 2024 osallistuneet "
         "työllisyyspalvelujen asiantuntijat kommentoivat valmennuksen rakennetta ja sitä, miten se sopisi "
         "kuntien palvelupolkuihin. Hankkeen tärkein tuotos on Askel työhön -valmennuksen toimintatapa, joka "
         "kuvataan hankkeen toisena vuonna ohjaajan käsikirjaksi.")
    P(d, "Mallista ja tuloksista kerrotaan hankkeen verkkosivuilla, LinkedInissä ja kotoutumisen ammattilaisten "
         "verkostotapaamisissa. Käsikirja ja materiaalit julkaistaan Innokylässä, ja hankkeen lopulla maaliskuussa "
         "2027 järjestetään päätösseminaari Turussa.")
    P(d, "Hankkeen toisena vuonna kutsumme kahden muun kunnan työllisyyspalvelut ja kaksi alueen järjestöä "
         "kokeilemaan valmennuksen työelämäjaksoa omissa ryhmissään. Hanketyöntekijät tukevat kokeiluja ja "
         "keräävät niistä kokemukset käsikirjaan. Tavoitteena on, että valmennus vakiintuu pysyväksi osaksi "
         "alueen kotoutumis- ja työllisyyspalveluja. Hankkeen viimeisellä puolivuotiskaudella hankepäällikkö "
         "valmistelee kuntien työllisyyspalveluille esityksen valmennuksen ottamisesta niiden pysyvään "
         "palveluvalikoimaan.")
    P(d, "Hankepäällikkö vastaa juurruttamisen suunnitelmasta ja siitä, että käsikirja ja materiaalit ovat "
         "valmiina ja vapaasti saatavilla hankkeen päättyessä. Hanketyöntekijät vievät mallia käytäntöön "
         "kokeiluorganisaatioissa. Toiminnan jatkamisen vastuutahosta neuvotellaan hankkeen aikana; siihen saakka "
         "mallin jatkuvuudesta huolehtii hanke.")
    P(d, "Juurruttamiseen ja levittämiseen käytetään hankkeen viimeisellä puolivuotiskaudella noin puolet "
         "hankepäällikön työajasta. Talousarviossa on varattu 4 500 € käsikirjan taittoon ja päätösseminaariin.")

    H(d, "9. Riskit ja niiden hallinta", 1)
    B(d, "Tunnista hankkeen keskeiset riskit ja kuvaa, miten niitä hallitaan. *")
    taulukko(d, [
        ["Riski", "Vaikutus", "Hallintakeino"],
        ["Osallistujia ei tavoiteta suunnitellusti", "suuri",
         "useita tavoittamisen kanavia (neuvolat, varhaiskasvatus, kohtaamispaikat), omakieliset esitteet"],
        ["Lastenhoitoa ei saada järjestettyä", "suuri",
         "lastenhoitajat palkataan hankkeeseen, tilat varmistettu osatoteuttajan kanssa"],
        ["Työkokeilupaikkoja on liian vähän", "keskisuuri",
         "työnantajakoordinaattori aloittaa kartoituksen heti, useita aloja"],
        ["Osallistujat keskeyttävät valmennuksen", "keskisuuri",
         "joustava osallistuminen, yksilöohjaus, tulkin tuki alussa"],
        ["Henkilöstön vaihtuvuus", "pieni", "työparityöskentely ja kirjatut toimintatavat"],
    ])

    H(d, "10. Viestintä", 1)
    B(d, "Viestinnän tavoitteet, kohderyhmät ja kanavat *")
    P(d, "Viestinnän tavoitteena on tavoittaa osallistujat, saada työnantajat mukaan ja tehdä tulokset "
         "näkyviksi. Osallistujille viestitään omakielisin esittein ja WhatsApp-ryhmissä sekä kohtaamispaikoissa "
         "kasvokkain. Työnantajia tavoitetaan yrittäjäjärjestöjen kautta, LinkedInissä ja "
         "työnantaja-aamiaisilla. Hankkeella on oma sivu päätoteuttajan verkkosivuilla. EU-rahoituksen "
         "näkyvyysvaatimukset huomioidaan kaikessa viestinnässä.")

    taulukko(d, [
        ["Kohderyhmä", "Viestinnän tavoite", "Kanavat", "Vastuu"],
        ["Mahdolliset osallistujat", "tieto valmennuksesta ja rohkeus hakeutua",
         "omakieliset esitteet, WhatsApp, kohtaamispaikat, neuvolat", "työvalmentajat"],
        ["Työnantajat", "kiinnostus työelämäjaksoihin ja rekrytointiin",
         "työnantaja-aamiaiset, yrittäjäjärjestöjen uutiskirjeet, LinkedIn", "työnantajakoordinaattori"],
        ["Kuntien työllisyys- ja kotoutumispalvelut", "yhteistyö ohjauksessa ja tieto tuloksista",
         "verkostotapaamiset, ohjausryhmä, sähköposti", "hankepäällikkö"],
        ["Laajempi yleisö", "hankkeen ja ESR+-rahoituksen näkyvyys",
         "verkkosivut, paikallismedia, päätösseminaari", "hankepäällikkö"],
    ])

    H(d, "11. Hallinnointi ja organisointi", 1)
    B(d, "Hankkeen henkilöstö ja työnjako *")
    taulukko(d, [
        ["Tehtävä", "Työaika", "Organisaatio"],
        ["Hankepäällikkö", "100 %", "Monikielinen Varsinais-Suomi ry"],
        ["Työvalmentaja (2)", "100 %", "Monikielinen Varsinais-Suomi ry"],
        ["Työnantajakoordinaattori", "50 %", "Monikielinen Varsinais-Suomi ry"],
        ["Kielenopettaja", "60 %", "Aurajoen Aikuiskoulutus Oy"],
        ["Lastenhoitajat (2)", "80 %", "Monikielinen Varsinais-Suomi ry"],
    ])
    B(d, "Toteuttajien kokemus ja osaaminen *")
    P(d, "Monikielinen Varsinais-Suomi ry on toiminut vuodesta 2011 ja ylläpitää kolmea kohtaamispaikkaa. "
         "Järjestön työntekijät puhuvat yhteensä yhdeksää kieltä, ja järjestöllä on kokemus kahdesta aiemmasta "
         "ESR-hankkeesta, joissa kehitettiin maahanmuuttajien arjen ohjausta ja digitaitoja. Aurajoen "
         "Aikuiskoulutus Oy on järjestänyt kotoutumiskoulutusta vuodesta 2006, ja sillä on kokemusta "
         "työelämäjaksoihin sidotusta kielenopetuksesta. Hankepäällikön tehtävään haetaan henkilöä, jolla on "
         "kokemusta ESR-hankkeiden hallinnoinnista ja kotoutumisen palveluista.")
    B(d, "Ohjausryhmä *")
    P(d, "Ohjausryhmään kutsutaan edustajat Turun, Salon, Raision ja Kaarinan työllisyyspalveluista, "
         "Varsinais-Suomen ELY-keskuksesta, alueen yrittäjäjärjestöstä, osatoteuttajasta sekä kaksi "
         "osallistujien edustajaa. Ohjausryhmä kokoontuu 3–4 kertaa vuodessa.")

    B(d, "Tietosuoja ja osallistujatietojen käsittely *")
    P(d, "Osallistujista kerätään EURA-järjestelmän edellyttämät osallistujatiedot lomakkeella, joka käydään "
         "läpi tulkin avulla. Tietojen käsittelystä laaditaan tietosuojaseloste, joka on saatavilla suomeksi, "
         "englanniksi ja arabiaksi. Työvalmentajien muistiinpanot säilytetään järjestön suojatussa "
         "asiakasjärjestelmässä, ja osallistujalta pyydetään erillinen suostumus tietojen luovuttamiseen "
         "kunnan työllisyyspalveluille.")
    B(d, "Miten osallistujien yhdenvertainen kohtelu varmistetaan valmennuksessa? *")
    P(d, "Valmentajat ja opettajat perehdytetään kulttuurisensitiiviseen ohjaukseen ja rasismin "
         "tunnistamiseen. Työpaikoille sovitaan etukäteen, miten mahdolliseen syrjivään kohteluun puututaan, "
         "ja osallistuja voi keskeyttää työelämäjakson ilman seurauksia.")

    H(d, "12. Horisontaaliset periaatteet", 1)
    B(d, "Yhdenvertaisuus ja syrjimättömyys *")
    P(d, "Hankkeen toiminta on maksutonta, tiloihin on esteetön pääsy ja osallistuminen on mahdollista "
         "lastenhoidon ansiosta myös pienten lasten äideille. Tulkkausta käytetään valmennuksen alussa.")
    B(d, "Sukupuolten tasa-arvo *")
    P(d, "Hanke kohdistuu naisiin, joiden työllisyysaste on selvästi miehiä matalampi. Työnantajayhteistyössä "
         "käsitellään myös sukupuolen ja perhevapaiden vaikutusta rekrytointiin.")
    P(d, "Tasa-arvon edistäminen huomioidaan myös hankkeen omassa toiminnassa: valmennuksen aikatauluissa "
         "otetaan huomioon lasten hoito- ja koulupäivät, ja työelämäjaksot sovitaan niin, että ne voi yhdistää "
         "perhe-elämään. Hankkeen henkilöstöä perehdytetään tunnistamaan perheen sisäisiä paineita, jotka voivat "
         "estää naisen osallistumisen.")
    B(d, "Kestävä kehitys ja DNSH *")
    P(d, "Hankkeen toiminta ei aiheuta merkittävää haittaa ympäristötavoitteille. Matkustamisessa suositaan "
         "joukkoliikennettä, ja materiaalit tehdään pääosin sähköisinä.")

    B(d, "Julkiset hankinnat *")
    P(d, "Hankkeessa ei tehdä kynnysarvot ylittäviä hankintoja. Tulkkaus- ja taittopalvelut hankitaan "
         "päätoteuttajan hankintaohjeen mukaisesti pienhankintoina vertailemalla vähintään kolmea tarjousta.")
    B(d, "Valtiontuki *")
    P(d, "Hankkeen toiminta ei ole taloudellista toimintaa, eikä hankkeessa myönnetä tukea yrityksille. "
         "Työpaikoille annettava perehdytys ja materiaalit ovat yleisesti saatavilla.")

    H(d, "13. Kustannusarvio ja rahoitus", 1)
    B(d, "Kustannusarvio (flat rate 40 %) *")
    taulukko(d, [
        ["Kustannuslaji", "2025", "2026", "2027", "Yhteensä"],
        ["Henkilöstökustannukset", "164 000", "246 000", "82 300", "492 300"],
        ["Muut kustannukset (40 % henkilöstökustannuksista)", "65 600", "98 400", "32 920", "196 920"],
        ["Yhteensä", "229 600", "344 400", "115 220", "689 220"],
    ])
    P(d, "Henkilöstökustannukset perustuvat päätoteuttajan ja osatoteuttajan palkkatasoon. Muut kustannukset "
         "(tilat, lastenhoidon tarvikkeet, tulkkaus, matkat, materiaalit) katetaan 40 %:n kertoimella.")
    B(d, "Rahoitussuunnitelma *")
    P(d, "EU- ja valtion rahoitus 80 % (551 376 €), kuntarahoitus 10 % (68 922 €) ja päätoteuttajan ja "
         "osatoteuttajan omarahoitus 10 % (68 922 €). Kuntien rahoitusosuuksista on saatu aiesitoumukset.")
    P(d, "Tämä tuloste on luotu EURA 2021 -järjestelmän hakemuksen esikatselusta. Lomakkeen kenttiä on "
         "täydennetty Word-versiossa ennakkoneuvottelun jälkeen.")
    d.save(polku)

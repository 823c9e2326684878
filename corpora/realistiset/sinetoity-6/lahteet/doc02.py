from apu import *

def build():
    d = Document()
    d.add_heading("HANKEHAKEMUS – Polku töihin Sorvanniemen seudulla (PolkuTyö)", 0)
    d.add_paragraph("Euroopan sosiaalirahasto plus (ESR+) – Uudistuva ja osaava Suomi 2021–2027, erityistavoite 4.1 (työllisyys)")
    d.add_paragraph("Hakija: Sorvanniemen kaupunki, työllisyyspalvelut. Osatoteuttaja: Sorvanniemen Seudun Koulutuskuntayhtymä Taito. Luonnos 3, 14.10.2025")

    d.add_heading("1 Hankkeen tiivistelmä", 1)
    d.add_paragraph(
        "PolkuTyö-hanke kehittää Sorvanniemen seudulle yhtenäisen ohjauspolun pitkään työttömänä olleille yli 50-vuotiaille ja "
        "osatyökykyisille työnhakijoille. Hankkeessa yhdistetään työllisyyspalvelujen yksilöllinen valmennus, koulutuskuntayhtymän "
        "lyhyet työpaikalla tapahtuvat koulutusjaksot ja seudun pienten yritysten rekrytointitarpeet. Nykyisin asiakas siirtyy "
        "palvelusta toiseen ilman, että kukaan kokoaa kokonaisuutta, ja moni putoaa pois kesken. Hankkeen aikana kokeillaan "
        "nimetyn polkuvalmentajan mallia, jossa sama työntekijä kulkee asiakkaan rinnalla alkukartoituksesta työsuhteen "
        "ensimmäisiin kuukausiin saakka. Samalla rakennetaan työnantajille matala kynnys palkata osatyökykyinen työntekijä: "
        "yksi puhelinnumero, valmiiksi selvitetyt tuet ja työhönvalmentajan tuki työpaikalla. Hankkeen päätyttyä malli "
        "siirtyy osaksi kaupungin työllisyyspalvelujen perustoimintaa.")

    d.add_heading("2 Lähtötilanne ja tarve", 1)
    d.add_paragraph(
        "Sorvanniemen seudulla on noin 38 000 asukasta. Työ- ja elinkeinoministeriön työnvälitystilaston mukaan seudulla oli "
        "vuoden 2024 lopussa 2 140 työtöntä työnhakijaa, joista pitkäaikaistyöttömiä oli 820. Yli 50-vuotiaiden osuus "
        "pitkäaikaistyöttömistä on kasvanut vuodesta 2019 lähtien 34 prosentista 46 prosenttiin. Osatyökykyisten määrää ei "
        "tilastoida suoraan, mutta työllisyyspalvelujen asiakaskartoituksessa keväällä 2025 noin kolmannes pitkään työttömänä "
        "olleista kertoi terveydellisestä rajoitteesta, joka vaikuttaa työn hakemiseen.")
    d.add_paragraph(
        "Työvoimapalvelujen uudistus siirsi vuoden 2025 alussa vastuun työllisyyspalveluista kunnille. Sorvanniemen kaupunki "
        "muodosti työllisyysalueen yhdessä Kallioniemen ja Hietalan kuntien kanssa. Siirron yhteydessä huomattiin, että "
        "pitkäaikaistyöttömien palvelut ovat hajallaan: kuntouttava työtoiminta on sosiaalipalveluissa, työkokeilut "
        "työllisyyspalveluissa ja lyhyet koulutukset koulutuskuntayhtymässä. Asiakkaat kuvaavat tilannetta niin, että "
        "\"joka paikassa aloitetaan alusta\". Kaupungin omassa asiakaspalautteessa syksyllä 2024 vain 41 % pitkäaikaistyöttömistä "
        "vastaajista koki saaneensa palvelua, joka vei eteenpäin.")
    d.add_paragraph(
        "Samaan aikaan seudun yritykset kertovat työvoimapulasta. Sorvanniemen Yrittäjät ry:n jäsenkyselyssä (2024) 58 % "
        "vastanneista yrityksistä kertoi, että avoimia tehtäviä on jäänyt täyttämättä, erityisesti kiinteistöhuollossa, "
        "logistiikassa, ravintola-alalla ja hoiva-avustavissa tehtävissä. Pienet yritykset eivät kuitenkaan tunne palkkatuen, "
        "työolosuhteiden järjestelytuen tai työhönvalmennuksen mahdollisuuksia, ja osatyökykyisen palkkaaminen koetaan "
        "riskialttiiksi ja byrokraattiseksi. Yrittäjät toivovat yhtä yhteyshenkilöä, joka hoitaa paperit ja tuntee hakijat.")
    d.add_paragraph(
        "Hankkeen valmistelu aloitettiin keväällä 2025. Valmistelussa pidettiin kolme työpajaa (huhtikuu, toukokuu ja elokuu 2025), "
        "joihin osallistui työllisyyspalvelujen ja sosiaalipalvelujen työntekijöitä, koulutuskuntayhtymän opettajia, "
        "yrittäjäjärjestön edustajia sekä kuusi pitkään työttömänä ollutta kokemusasiantuntijaa. Työpajoissa tunnistettiin "
        "kolme pullonkaulaa: palvelujen välinen katkos, työnantajien tiedon puute ja se, että asiakkaan osaamista ei tunnisteta "
        "eikä dokumentoida tavalla, joka auttaisi häntä työnhaussa.")

    d.add_paragraph(
        "Kokemusasiantuntijoiden kertomuksissa toistui sama kuvio. Moni oli ollut työelämässä yli kolmekymmentä vuotta ja "
        "menettänyt työnsä rakennemuutoksen, sairauden tai omaishoidon vuoksi. Työnhaku oli alkanut innokkaasti, mutta "
        "toistuvat kieltävät vastaukset, epäselvät etuuskäytännöt ja palvelusta toiseen siirtyminen olivat vähitellen "
        "kuluttaneet uskon omiin mahdollisuuksiin. Useampi kuvasi, ettei kukaan ollut kysynyt, mitä hän osaa, vaan "
        "keskustelu oli alkanut aina siitä, mitä häneltä puuttuu. Tästä syntyi hankkeen ajatus osaamisen näkyväksi "
        "tekemisestä ja yhdestä ihmisestä, joka kulkee asiakkaan rinnalla.")
    d.add_paragraph(
        "Työllisyyspalvelujen henkilöstö puolestaan kertoi, että asiakasmäärät ovat suuria ja että pitkään työttömänä "
        "olleiden asioihin ei jää aikaa. Työntekijät tuntevat hyvin omat palvelunsa mutta eivät aina muiden palveluja, "
        "jolloin ohjaus jää sattumanvaraiseksi ja riippuu siitä, kenen vastaanotolle asiakas sattuu ensimmäisenä pääsemään. Hankkeessa tätä palveluja koskevaa tietoa kootaan yhteen ja jaetaan kaikille työntekijöille yhteisen palvelukartan muodossa.")
    d.add_heading("3 Mitä hankkeella tavoitellaan?", 1)
    d.add_paragraph(
        "Hankkeen päätavoitteena on, että Sorvanniemen seudun pitkään työttömänä olleet yli 50-vuotiaat ja osatyökykyiset "
        "työnhakijat pääsevät nykyistä useammin ja pysyvämmin avoimille työmarkkinoille. Päätavoitetta tavoitellaan kolmen "
        "osatavoitteen kautta:")
    d.add_paragraph("Asiakkaat saavat katkeamattoman, yhden polkuvalmentajan kokoaman palvelupolun, ja palvelusta keskeyttäminen vähenee.", style="List Number")
    d.add_paragraph("Asiakkaiden osaaminen tunnistetaan ja tehdään näkyväksi osaamismerkein ja lyhyin työpaikkakoulutuksin.", style="List Number")
    d.add_paragraph("Seudun pienet yritykset rohkaistuvat palkkaamaan osatyökykyisiä ja yli 50-vuotiaita työnhakijoita.", style="List Number")
    d.add_paragraph(
        "Tavoitteet on johdettu valmistelutyöpajoissa tunnistetuista pullonkauloista. Ne tukevat Sorvanniemen kaupungin "
        "elinvoimaohjelman tavoitetta nostaa työllisyysaste 72 prosenttiin sekä työllisyysalueen palvelulupausta.")

    d.add_heading("4 Kenelle hanke on?", 1)
    d.add_paragraph(
        "Ensisijainen kohderyhmä ovat Sorvanniemen työllisyysalueen (Sorvanniemi, Kallioniemi, Hietala) työnhakijat, jotka ovat "
        "olleet työttömänä yli 12 kuukautta ja jotka ovat yli 50-vuotiaita tai joilla on terveydellinen rajoite, joka vaikuttaa "
        "työkykyyn. Hankkeen aikana polkuvalmennukseen otetaan yhteensä vähintään 180 asiakasta. Arviolta puolet heistä on "
        "miehiä ja puolet naisia; erityistä huomiota kiinnitetään maahanmuuttajataustaisiin yli 50-vuotiaisiin, joiden osuus "
        "kohderyhmästä on noin 12 %.")
    d.add_paragraph(
        "Välillisiä kohderyhmiä ovat seudun pienet ja keskisuuret yritykset (erityisesti alle 20 henkilön yritykset), "
        "työllisyyspalvelujen, sosiaalipalvelujen ja koulutuskuntayhtymän henkilöstö sekä hyvinvointialueen "
        "työkykykoordinaattorit. Hankkeen tuloksista hyötyvät myös muut työllisyysalueet, jotka rakentavat omia "
        "palvelujaan uudistuksen jälkeen.")

    d.add_heading("5 Toteutus", 1)
    d.add_paragraph(
        "Hanke toteutetaan kolmena työpakettina. Työpaketit etenevät rinnakkain, ja niiden välillä on tiivis yhteys: "
        "polkuvalmentaja tuntee sekä asiakkaan että työnantajan, ja koulutusjaksot rakennetaan työnantajien tarpeista.")
    bold_line(d, "Työpaketti 1: Polkuvalmennus (osatavoite 1)")
    d.add_paragraph(
        "Hankkeeseen palkataan kolme polkuvalmentajaa, joista yksi sijoittuu Kallioniemen ja Hietalan palvelupisteisiin. "
        "Polkuvalmentaja tekee asiakkaan kanssa alkukartoituksen, laatii yhdessä asiakkaan kanssa polkusuunnitelman ja kulkee "
        "rinnalla koko palvelun ajan. Valmentaja hoitaa siirrot palvelusta toiseen niin, että asiakkaan ei tarvitse kertoa "
        "tilannettaan uudelleen: tieto siirtyy asiakkaan suostumuksella yhteisen polkusuunnitelman kautta. Kuntouttavan "
        "työtoiminnan, työkokeilun ja palkkatuetun työn jaksot sovitaan samaan suunnitelmaan. Valmentaja pitää yhteyttä "
        "asiakkaaseen vielä kolme kuukautta työsuhteen alkamisen jälkeen.")
    d.add_paragraph(
        "Lisäksi polkuvalmentajat ja sosiaalipalvelujen työntekijät kokoontuvat joka toinen viikko asiakasfoorumiin, jossa "
        "ratkaistaan yksittäisten asiakkaiden jumiutuneita tilanteita. Hyvinvointialueen työkykykoordinaattori osallistuu "
        "foorumiin kerran kuukaudessa, jolloin työkyvyn arviointiin ja kuntoutukseen ohjaaminen nopeutuu.")
    bold_line(d, "Työpaketti 2: Osaaminen näkyväksi (osatavoite 2)")
    d.add_paragraph(
        "Koulutuskuntayhtymä Taito rakentaa yhdessä työnantajien kanssa 6–8 viikon mittaisia työpaikalla toteutettavia "
        "koulutusjaksoja neljälle alalle: kiinteistöhuolto, varasto ja logistiikka, ravintola- ja puhtauspalvelut sekä "
        "hoiva-avustajan tehtävät. Jaksot koostuvat ammatillisen tutkinnon osien osista, ja niiden suorittamisesta annetaan "
        "osaamismerkki sekä todistus tutkinnon osien osista. Lisäksi jokaiselle asiakkaalle kootaan osaamiskansio, johon "
        "kirjataan myös aiemmassa työssä ja vapaa-ajalla hankittu osaaminen. Hankkeen aikana toteutetaan vähintään 14 "
        "koulutusjaksoa.")
    d.add_paragraph(
        "Osaamisen tunnistamisessa käytetään koulutuskuntayhtymän nykyistä osaamisen tunnistamisen prosessia, jota "
        "kevennetään kohderyhmälle sopivaksi: kartoitus tehdään keskusteluna ja näyttöinä työpaikalla eikä kirjallisina "
        "tehtävinä. Opettajat ja polkuvalmentajat koulutetaan kevennetyn mallin käyttöön hankkeen ensimmäisen puolen vuoden aikana.")
    bold_line(d, "Työpaketti 3: Työnantajapalvelu (osatavoite 3)")
    d.add_paragraph(
        "Työnantajille avataan yksi yhteyskanava, Työnantajan PolkuLinja, jonka kautta yritys saa tiedon tuista, "
        "apua hakemuksiin ja tarvittaessa työhönvalmentajan tuen työpaikalle. Hankkeen yrityskoordinaattori kiertää "
        "seudun yrityksiä yhdessä Sorvanniemen Yrittäjät ry:n kanssa ja järjestää aamukahvitilaisuuksia, joissa yrittäjä "
        "kertoo kokemuksistaan osatyökykyisen palkkaamisesta. Yrityksille laaditaan lyhyt opas \"Näin palkkaat osatyökykyisen\", "
        "ja tukien hakeminen kuvataan yhden sivun prosessikaaviona.")
    d.add_paragraph(
        "Yrityskoordinaattori kokoaa yritysten avoimet tehtävät ja välittää ne polkuvalmentajille, jotka ehdottavat "
        "sopivia hakijoita.")

    d.add_heading("6 Aikataulu ja vaiheistus", 1)
    d.add_paragraph("Hankkeen toteutusaika on 1.2.2026–31.12.2028.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Vaihe", "2026", "2027", "2028"]):
        t.rows[0].cells[i].text = h
    rows = [
        ("Käynnistys: rekrytoinnit, ohjausryhmä, polkusuunnitelman pohja", "Q1–Q2", "", ""),
        ("Kevennetyn osaamisen tunnistamisen koulutukset", "Q2–Q3", "", ""),
        ("Polkuvalmennus ja asiakasfoorumit", "Q2–Q4", "koko vuosi", "Q1–Q3"),
        ("Koulutusjaksot työpaikoilla", "Q3–Q4", "koko vuosi", "Q1–Q3"),
        ("Työnantajan PolkuLinja ja yritysvierailut", "Q2–Q4", "koko vuosi", "koko vuosi"),
        ("Mallin kuvaaminen ja siirto perustoimintaan", "", "Q3–Q4", "Q1–Q4"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Hankkeen tulokset esitellään valtakunnallisessa loppuseminaarissa, joka järjestetään Sorvanniemen kaupungintalolla "
        "helmikuussa 2029. Seminaarin järjestelyistä vastaa hankkeen projektipäällikkö.")

    d.add_heading("7 Resurssit ja kustannusarvio", 1)
    d.add_paragraph(
        "Hankkeen kokonaiskustannusarvio on 1 186 000 euroa, josta haettava ESR+-rahoitus on 75 % (889 500 €) ja kuntien "
        "ja koulutuskuntayhtymän omarahoitus 25 % (296 500 €). Kustannukset muodostuvat pääosin henkilöstökuluista; muut "
        "kustannukset katetaan 40 %:n flat rate -osuudella.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Kustannuslaji", "2026", "2027", "2028", "Yhteensä"]):
        t.rows[0].cells[i].text = h
    for r in [("Henkilöstökulut", "262 000", "306 000", "279 000", "847 000"),
              ("Flat rate 40 %", "104 800", "122 400", "111 800", "339 000"),
              ("Yhteensä", "366 800", "428 400", "390 800", "1 186 000")]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Henkilöstö: projektipäällikkö (100 %, Sorvanniemen kaupunki), kolme polkuvalmentajaa (100 %), yrityskoordinaattori "
        "(100 %) ja koulutuskuntayhtymän kaksi opettajaa (kumpikin 50 %). Talous- ja hallintotehtäviin käytetään kaupungin "
        "controllerin työaikaa 10 %.")

    d.add_heading("8 Hankkeen hallinnointi ja yhteistyö", 1)
    d.add_paragraph(
        "Päätoteuttaja Sorvanniemen kaupunki vastaa hankkeen hallinnoinnista, taloudesta ja raportoinnista rahoittajalle. "
        "Osatoteuttaja Koulutuskuntayhtymä Taito vastaa työpaketista 2. Hankkeelle perustetaan ohjausryhmä, johon kuuluvat "
        "kaupungin työllisyyspäällikkö (puheenjohtaja), Kallioniemen ja Hietalan kuntien elinvoimajohtajat, "
        "koulutuskuntayhtymän koulutusjohtaja, hyvinvointialueen työkyvyn tuen palvelupäällikkö, Sorvanniemen Yrittäjät ry:n "
        "toiminnanjohtaja ja kaksi kokemusasiantuntijaa. Ohjausryhmä kokoontuu neljä kertaa vuodessa. Rahoittajan edustaja "
        "Etelä-Savon ELY-keskuksesta kutsutaan kokouksiin.")
    d.add_paragraph(
        "Käytännön työtä ohjaa kuukausittain kokoontuva hanketiimi. Kokemusasiantuntijoille maksetaan palkkio "
        "kaupungin kokemusasiantuntijaohjeen mukaisesti.")

    d.add_heading("9 Miten seuraamme ja arvioimme onnistumista?", 1)
    d.add_paragraph(
        "Hankkeen seuranta perustuu EURA 2021 -järjestelmän yhteisiin indikaattoreihin (osallistujien määrä ja tilanne "
        "hankkeesta poistuttaessa) sekä hankkeen omiin mittareihin. Hanketiimi tekee puolivuosittain itsearvioinnin, jossa "
        "verrataan toteutunutta suunnitelmaan.")
    d.add_paragraph(
        "Palvelupolun katkeamattomuutta seurataan asiakastietojärjestelmästä: mittarina on niiden asiakkaiden osuus, jotka "
        "keskeyttävät palvelun ilman jatkosuunnitelmaa (lähtötaso 2025: 31 %, tavoite hankkeen lopussa alle 15 %). "
        "Lisäksi asiakkailta kerätään palaute kuuden kuukauden välein lyhyellä kyselyllä, jossa kysytään, kokeeko asiakas "
        "palvelun vievän eteenpäin (lähtötaso 41 %, tavoite 70 %).")
    d.add_paragraph(
        "Osaamisen näkyväksi tekemistä mitataan suoritettujen koulutusjaksojen ja myönnettyjen osaamismerkkien määrällä "
        "(tavoite 14 jaksoa ja 120 osaamismerkkiä) sekä sillä, kuinka moni koulutusjakson suorittanut on työssä tai "
        "koulutuksessa kolmen kuukauden kuluttua jakson päättymisestä (tavoite 50 %).")
    d.add_paragraph(
        "Päätavoitteen toteutumista kuvaa avoimille työmarkkinoille työllistyneiden määrä: tavoitteena on, että vähintään "
        "60 polkuvalmennuksen asiakasta työllistyy avoimille työmarkkinoille hankkeen aikana ja että heistä kaksi kolmasosaa "
        "on yhä työssä kuuden kuukauden kuluttua.")
    d.add_paragraph(
        "Hankkeen toisena vuonna tilataan ulkopuoliselta arvioijalta lyhyt prosessiarviointi polkuvalmennuksen toimivuudesta, jossa haastatellaan asiakkaita "
        "ja polkuvalmentajia.")

    d.add_heading("10 Odotetut tulokset ja vaikutukset", 1)
    d.add_paragraph(
        "Hankkeen välittöminä tuloksina syntyy kuvattu ja kokeiltu polkuvalmennuksen malli, kevennetty osaamisen "
        "tunnistamisen prosessi, neljän alan työpaikkakoulutusjaksot, Työnantajan PolkuLinja ja opas yrityksille. "
        "Hankkeen aikana vähintään 180 asiakasta saa polkuvalmennusta.")
    d.add_paragraph(
        "Pidemmällä aikavälillä hankkeen myötä pitkäaikaistyöttömyys seudulla vähenee ja yli 50-vuotiaiden "
        "työllisyysaste paranee. Palvelujärjestelmä muuttuu asiakkaan näkökulmasta yhtenäisemmäksi, kun palvelujen "
        "väliset siirrot hoidetaan yhden työntekijän kautta. Yritysten luottamus osatyökykyisten palkkaamiseen kasvaa, "
        "mikä helpottaa seudun työvoimapulaa. Vaikutukset ulottuvat myös julkiseen talouteen: kunnan maksuosuus "
        "työmarkkinatuesta pienenee jokaisen työllistyneen pitkäaikaistyöttömän kohdalla.")
    d.add_paragraph(
        "Hankkeella on myönteisiä vaikutuksia yhdenvertaisuuteen ja sukupuolten tasa-arvoon. Polkuvalmennuksessa "
        "huomioidaan, että naiset ja miehet hakeutuvat usein eri aloille, ja koulutusjaksoja markkinoidaan tietoisesti "
        "myös perinteisten alarajojen yli. Ympäristövaikutukset ovat vähäiset; matkustamista vähennetään järjestämällä "
        "osa tapaamisista etänä ja sijoittamalla polkuvalmentaja myös pienempien kuntien palvelupisteisiin.")

    d.add_heading("11 Tulosten juurruttaminen ja jatkuvuus", 1)
    d.add_paragraph(
        "Juurruttaminen on ollut mukana jo hakuvaiheessa: työllisyysalueen kuntien viranhaltijat ovat osallistuneet "
        "valmistelutyöpajoihin, ja Sorvanniemen kaupungin elinvoimalautakunta on 9.9.2025 käsitellyt hankkeen ja "
        "todennut, että onnistunut malli otetaan osaksi työllisyyspalvelujen perustoimintaa. Juurruttamista "
        "suunnitellaan 4V-mallin mukaisesti.")
    d.add_paragraph(
        "Viestintä: hankkeen alusta lähtien tuloksista kerrotaan sekä henkilöstölle että yrityksille. Mallin kuvaus ja "
        "kokemukset julkaistaan Innokylässä, ja hankkeen omilla verkkosivuilla julkaistaan yrittäjien ja asiakkaiden "
        "tarinoita.")
    d.add_paragraph(
        "Variointi: polkuvalmennuksen mallista tehdään kaksi versiota, yksi kaupungin työllisyyspalveluihin ja toinen "
        "kevyempi versio pienten kuntien palvelupisteisiin, joissa yksi työntekijä hoitaa useita tehtäviä. "
        "Yritysopas muokataan yhdessä yrittäjäjärjestön kanssa myös kolmannen sektorin työnantajille sopivaksi.")
    d.add_paragraph(
        "Valtavirtaistaminen: mallia tarjotaan kokeiltavaksi kahdelle naapurityöllisyysalueelle vuoden 2028 aikana, "
        "ja kokemukset käydään läpi työllisyysalueiden alueellisessa verkostossa. Koulutuskuntayhtymä tarjoaa "
        "kevennettyä osaamisen tunnistamisen mallia muille oppilaitoksille ammatillisen koulutuksen verkostoissa.")
    d.add_paragraph(
        "Vakiinnuttaminen: polkuvalmentajan tehtävä sisällytetään työllisyyspalvelujen tehtävärakenteeseen vuoden 2029 "
        "talousarviossa. Vastuu mallin jatkamisesta hankkeen jälkeen on Sorvanniemen kaupungin työllisyyspäälliköllä; "
        "koulutuskuntayhtymässä kevennetyn osaamisen tunnistamisen prosessin ylläpidosta vastaa koulutusjohtaja. "
        "Työnantajan PolkuLinja siirtyy kaupungin yrityspalvelujen hoidettavaksi.")
    d.add_paragraph(
        "Juurruttamiseen on varattu resursseja: projektipäällikön työajasta 20 % kohdennetaan juurruttamiseen koko "
        "hankkeen ajan ja viimeisenä hankevuonna 40 %. Lisäksi kaupunki on varannut vuoden 2028 talousarvioon "
        "perehdytysmäärärahan, jolla perustoiminnan työntekijät perehdytetään malliin ennen hankkeen päättymistä.")

    d.add_heading("12 Viestintä", 1)
    d.add_paragraph(
        "Hankkeelle laaditaan viestintäsuunnitelma käynnistysvaiheessa. Keskeiset kanavat ovat kaupungin verkkosivut ja "
        "sosiaalisen median tilit, Sorvanniemen Yrittäjät ry:n jäsenkirje, paikallislehti Sorvanniemen Sanomat ja "
        "henkilöstön sisäinen intranet. Asiakkaille tietoa jaetaan palvelupisteissä, kirjastoissa ja järjestöjen kautta "
        "selkokielisin esittein. Viestinnässä noudatetaan ESR+-rahoituksen näkyvyysvaatimuksia.")
    d.add_paragraph(
        "Työnantajille viestitään ennen kaikkea henkilökohtaisesti yrityskäyntien ja aamukahvitilaisuuksien kautta, koska "
        "valmistelussa kävi ilmi, että pienet yrittäjät eivät ehdi lukea uutiskirjeitä. Jokaisesta aamukahvista tehdään "
        "lyhyt video, jossa yrittäjä kertoo omin sanoin, mitä palkkaaminen vaati ja mitä se antoi.")

    d.add_heading("13 Hankkeen yhteys ohjelman tavoitteisiin ja horisontaaliset periaatteet", 1)
    d.add_paragraph(
        "Hanke toteuttaa ohjelman erityistavoitetta 4.1 parantamalla työnhakijoiden, erityisesti pitkäaikaistyöttömien ja "
        "työmarkkinoilla heikommassa asemassa olevien, pääsyä työhön. Se tukee myös erityistavoitetta 4.4 edistämällä "
        "ikääntyneiden työntekijöiden työllistymistä. Hanke noudattaa ohjelman horisontaalisia periaatteita: "
        "yhdenvertaisuutta edistetään esteettömillä palvelupisteillä ja selkokielisellä viestinnällä, sukupuolten "
        "tasa-arvoa seurataan sukupuolen mukaan eritellyillä osallistujatiedoilla ja kestävää kehitystä edistetään "
        "etäpalveluilla ja hankintojen ympäristökriteereillä.")
    d.add_paragraph(
        "Hanke ei päällekkäisty muiden alueella käynnissä olevien hankkeiden kanssa. Hyvinvointialueen "
        "Työkykyä yhdessä -hanke keskittyy työssä olevien työkyvyn tukeen, ja hankkeet sopivat yhteistyöstä "
        "asiakasfoorumeissa. Koulutuskuntayhtymän aiempi Osaajaksi-hanke (2022–2024) tuotti osaamismerkkien pohjan, "
        "jota tässä hankkeessa hyödynnetään.")


    d.add_heading("14 Esimerkki: Markun polku", 1)
    d.add_paragraph(
        "Seuraava esimerkki on koottu valmistelutyöpajoissa kokemusasiantuntijoiden kertomusten pohjalta, ja se kuvaa, "
        "miten polkuvalmennus muuttaa asiakkaan arkea. Markku on 57-vuotias entinen varastotyöntekijä, joka jäi työttömäksi "
        "tehtaan lopettaessa toimintansa. Hänellä on selkävaiva, joka estää raskaat nostot. Nykyisessä palvelussa Markku on "
        "käynyt kolmen eri työntekijän luona, ja jokainen on aloittanut keskustelun alusta. Työkokeilu kaupan varastossa "
        "päättyi, koska kukaan ei selvittänyt etukäteen, millaisia nostoja työhön kuuluu.")
    d.add_paragraph(
        "Polkuvalmennuksessa Markku tapaa ensimmäisellä viikolla oman polkuvalmentajansa, joka kokoaa hänen kanssaan "
        "polkusuunnitelman. Siihen kirjataan Markun trukkikortti, kokemus varastojärjestelmistä ja se, että hän on "
        "vapaa-ajallaan vastannut metsästysseuran kirjanpidosta. Valmentaja ohjaa Markun työkykykoordinaattorin "
        "arvioon ja samalla kysyy yrityskoordinaattorilta, onko seudulla varastotehtäviä, joissa nostot ovat kevyitä. "
        "Markku aloittaa logistiikan koulutusjakson paikallisessa tukkuliikkeessä, jossa hän suorittaa varastonhallinnan "
        "tutkinnon osan osan. Jakson jälkeen yritys palkkaa hänet osa-aikaiseksi keräilijäksi, ja hankkeen kautta "
        "järjestetään työolosuhteiden järjestelytuki nostolaitteen hankintaan. Polkuvalmentaja soittaa Markulle ja "
        "hänen esihenkilölleen vielä kuukauden ja kolmen kuukauden kohdalla.")
    d.add_paragraph(
        "Esimerkistä näkyy hankkeen perusajatus: palvelut ovat olemassa jo nyt, mutta ne eivät nivoudu toisiinsa. "
        "Hanke ei rakenna uutta palvelujärjestelmää vaan sitoo olemassa olevat palvelut yhteen yhden ihmisen kautta.")

    d.add_heading("15 Henkilöstö ja osaaminen", 1)
    d.add_paragraph(
        "Projektipäälliköksi on nimetty kaupungin työllisyyspalvelujen kehittämisasiantuntija Riikka Haapaniemi, joka on "
        "vastannut hankkeen valmistelusta. Hänellä on kokemusta kahdesta aiemmasta ESR-hankkeesta ja "
        "työllisyyspalvelujen siirron valmistelusta. Polkuvalmentajiksi rekrytoidaan sosiaali- tai "
        "kasvatusalan korkeakoulututkinnon suorittaneita henkilöitä, joilla on kokemusta aikuisten ohjauksesta. "
        "Yksi polkuvalmentajan tehtävistä pyritään täyttämään sisäisellä siirrolla, jolloin työllisyyspalvelujen "
        "kokemus siirtyy suoraan hankkeeseen ja hankkeen oppi takaisin perustoimintaan.")
    d.add_paragraph(
        "Yrityskoordinaattorilta edellytetään yritysyhteistyön kokemusta ja hyvää paikallisten yritysten tuntemusta. "
        "Koulutuskuntayhtymän opettajat valitaan niiltä neljältä alalta, joille koulutusjaksot rakennetaan; heidän "
        "tehtävänsä on suunnitella jaksot työpaikkaohjaajien kanssa ja arvioida osaaminen näytöissä. Hankkeen "
        "henkilöstö osallistuu ESR+-hankkeiden yhteisiin koulutuksiin sekä kevennetyn osaamisen tunnistamisen "
        "koulutukseen hankkeen ensimmäisenä vuonna.")
    d.add_paragraph(
        "Kokemusasiantuntijat ovat mukana koko hankkeen ajan. He osallistuvat polkusuunnitelman pohjan laatimiseen, "
        "testaavat asiakkaille tarkoitetut esitteet ja lomakkeet sekä osallistuvat ohjausryhmän työhön. "
        "Kokemusasiantuntijoiden ääni on valmistelussa osoittautunut tärkeäksi: juuri he nostivat esiin sen, että "
        "moni keskeyttää palvelun siksi, että joutuu kertomaan vaikeat asiansa yhä uudelleen uusille ihmisille.")

    d.add_heading("16 Asiakastietojen käsittely ja tietosuoja", 1)
    d.add_paragraph(
        "Polkusuunnitelma edellyttää tiedon siirtämistä palvelusta toiseen. Tietoa siirretään vain asiakkaan "
        "kirjallisella suostumuksella, ja suostumus voidaan perua milloin tahansa. Hankkeessa käytetään kaupungin "
        "olemassa olevaa asiakastietojärjestelmää, johon polkusuunnitelmalle luodaan oma lomakepohja. Erillistä "
        "hankkeen omaa rekisteriä ei perusteta. Osallistujatiedot kerätään EURA 2021 -järjestelmän edellyttämässä "
        "laajuudessa, ja asiakkaille kerrotaan selkokielellä, mihin tietoja käytetään. Kaupungin tietosuojavastaava "
        "tarkastaa lomakepohjan ja suostumusasiakirjan ennen käyttöönottoa.")

    d.add_heading("17 Kustannusten perustelut", 1)
    d.add_paragraph(
        "Henkilöstökulut on laskettu kunta-alan virka- ja työehtosopimuksen mukaisilla palkoilla, joihin on lisätty "
        "lakisääteiset sivukulut. Polkuvalmentajan kuukausipalkaksi on arvioitu 3 650 euroa ja yrityskoordinaattorin "
        "3 800 euroa. Projektipäällikön palkka perustuu nykyiseen tehtävään. Koulutuskuntayhtymän opettajien "
        "kustannukset perustuvat kuntayhtymän toteutuneisiin palkkoihin. Flat rate -osuudella katetaan toimitilat, "
        "matkat, viestintä, kokemusasiantuntijoiden palkkiot, ulkopuolisen arvioinnin hankinta, seminaarien "
        "järjestelyt sekä työvälineet. Hanke ei sisällä investointeja. Omarahoitusosuudet on hyväksytty kuntien "
        "talousarvioesityksissä syksyllä 2025, ja osatoteuttajan sitoumus on liitteenä.")
    d.add_paragraph(
        "Kustannustehokkuutta on arvioitu vertaamalla hankkeen kustannuksia kunnan työmarkkinatuen "
        "maksuosuuteen. Jos 60 pitkäaikaistyötöntä työllistyy ja pysyy työssä vähintään vuoden, kunnan "
        "maksuosuus pienenee arviolta 380 000–450 000 eurolla vuodessa. Lisäksi verotulot kasvavat ja "
        "toimeentulotuen tarve vähenee. Laskelma on karkea, mutta se osoittaa, että pysyvä malli maksaa "
        "itsensä takaisin muutamassa vuodessa.")


    d.add_heading("Ensimmäisen hankevuoden eteneminen tarkemmin", 1)
    for t in [
        "Hankkeen ensimmäinen vuosi on käynnistämisen ja kokeilun vuosi. Helmi–maaliskuussa 2026 rekrytoidaan polkuvalmentajat ja yrityskoordinaattori, kootaan ohjausryhmä ja pidetään hankkeen aloitusseminaari kaikkien kolmen kunnan työntekijöille. Samalla laaditaan polkusuunnitelman ensimmäinen versio yhdessä kokemusasiantuntijoiden kanssa, ja kaupungin tietosuojavastaava tarkastaa sen.",
        "Huhti–kesäkuussa polkuvalmentajat ottavat ensimmäiset asiakkaat. Aluksi jokainen valmentaja ottaa enintään viisitoista asiakasta, jotta polkusuunnitelman käyttöä voidaan harjoitella ja korjata ennen kuin asiakasmäärä kasvaa. Asiakasfoorumit käynnistyvät toukokuussa, ja niiden käytännöt sovitaan ensimmäisissä kokouksissa: kuka kutsuu koolle, miten asiakkaan suostumus kirjataan ja miten sovitut asiat viedään polkusuunnitelmaan.",
        "Kesällä 2026 koulutuskuntayhtymän opettajat suunnittelevat työnantajien kanssa ensimmäiset koulutusjaksot kiinteistöhuoltoon ja logistiikkaan. Nämä alat valittiin ensimmäisiksi, koska niissä on eniten avoimia tehtäviä ja koska kohderyhmän aiempi työkokemus on usein juuri näiltä aloilta. Ravintola- ja puhtauspalvelujen sekä hoiva-avustajan jaksot suunnitellaan vuoden 2026 lopussa ja käynnistetään alkuvuodesta 2027.",
        "Syksyllä 2026 yrityskoordinaattori aloittaa yrityskäynnit ja järjestää kaksi ensimmäistä aamukahvitilaisuutta yhdessä yrittäjäjärjestön kanssa. Työnantajan PolkuLinja avataan lokakuussa, ja sen puhelinaika on aluksi kolmena päivänä viikossa. Yritysoppaan ensimmäinen versio kirjoitetaan syksyn aikana yrittäjien kanssa, ja sitä testataan muutamassa yrityksessä ennen julkaisua.",
        "Vuoden 2026 lopussa hanketiimi kokoaa ensimmäisen vuoden kokemukset ja esittää ohjausryhmälle tarvittavat muutokset toimintatapoihin. Toisena ja kolmantena vuonna toiminta laajenee täyteen mittaansa, ja painopiste siirtyy vähitellen mallin kuvaamiseen ja sen siirtämiseen perustoimintaan.",
        "Hankkeen käynnistysvaiheessa sovitaan myös yhteistyöstä muiden alueen hankkeiden kanssa. Hyvinvointialueen Työkykyä yhdessä -hankkeen kanssa pidetään yhteinen työpaja, jossa sovitaan, miten työssä olevien ja työttömien työkyvyn tuen palvelut eroavat toisistaan ja miten asiakas ohjataan oikeaan palveluun. Koulutuskuntayhtymän Osaajaksi-hankkeen materiaalit otetaan käyttöön sellaisinaan, jolloin osaamismerkkien kehittämiseen ei tarvitse käyttää hankkeen resursseja.",
    ]:
        d.add_paragraph(t)
    d.add_heading("Kumppanien roolit ja sitoutuminen", 1)
    for t in [
        "Sorvanniemen kaupunki toimii päätoteuttajana ja työnantajana projektipäällikölle, polkuvalmentajille ja yrityskoordinaattorille. Kaupungin työllisyyspalvelut tarjoaa hankkeelle toimitilat palvelupisteissään, asiakastietojärjestelmän ja talous- ja henkilöstöhallinnon palvelut. Kaupungin sosiaalipalvelut osallistuu asiakasfoorumeihin ja nimeää jokaiseen palvelupisteeseen yhdyshenkilön kuntouttavan työtoiminnan asioihin.",
        "Kallioniemen ja Hietalan kunnat osallistuvat omarahoitukseen asukaslukunsa suhteessa. Kunnat tarjoavat polkuvalmentajalle työtilan kunnantalolta kahtena päivänä viikossa ja kutsuvat hankkeen esittäytymään kunnan yrittäjäilloissa. Kuntien elinvoimajohtajat ovat ohjausryhmän jäseniä.",
        "Koulutuskuntayhtymä Taito toteuttaa työpaketin 2. Se tuo hankkeeseen ammatillisen koulutuksen osaamisen, tutkinnon osien osien rakenteen ja osaamismerkkijärjestelmän, jota on kehitetty aiemmin Osaajaksi-hankkeessa. Kuntayhtymä sitoutuu siihen, että koulutusjaksoille osallistuvat asiakkaat voivat jatkaa joustavasti tutkintoon johtavaan koulutukseen ilman erillistä hakua.",
        "Sorvanniemen Yrittäjät ry ei ole osatoteuttaja, mutta se on sitoutunut tukikirjeellään hankkeen yritysyhteistyöhön. Yhdistys välittää tietoa jäsenilleen, järjestää yhdessä hankkeen kanssa aamukahvitilaisuudet ja osallistuu yritysoppaan kirjoittamiseen. Hyvinvointialue osallistuu työkykykoordinaattorin työpanoksella asiakasfoorumeihin.",
        "Seudun järjestöt, erityisesti Sorvanniemen Työttömät ry ja Hietalan Setlementti, toimivat hankkeen kanavina asiakkaiden suuntaan. Monet kohderyhmään kuuluvat eivät asioi aktiivisesti työllisyyspalveluissa mutta käyvät järjestöjen ruokajakelussa tai kohtaamispaikoissa. Polkuvalmentajat jalkautuvat näihin paikkoihin säännöllisesti.",
    ]:
        d.add_paragraph(t)

    d.add_heading("Asiakkaiden tavoittaminen ja osallistuminen", 1)
    for t in [
        "Kohderyhmää ei tavoiteta pelkällä kutsukirjeellä. Valmistelussa kävi ilmi, että monelle pitkään työttömänä olleelle virallinen kirje herättää lähinnä huolta etuuksien menettämisestä. Siksi hankkeeseen hakeutuminen on vapaaehtoista, ja ensimmäinen yhteydenotto tehdään mieluiten kasvokkain: palvelupisteissä, järjestöjen kohtaamispaikoissa, kirjastoissa ja kuntouttavan työtoiminnan ryhmissä.",
        "Asiakas voi tulla polkuvalmennukseen myös omasta aloitteestaan tai työntekijän ohjaamana. Hankkeen esitteet kirjoitetaan selkokielellä, ja ne käännetään venäjäksi, arabiaksi ja ukrainaksi, koska nämä ovat alueen yleisimmät vieraat kielet yli 50-vuotiaiden työnhakijoiden joukossa. Tarvittaessa tapaamisissa käytetään tulkkia.",
        "Asiakkaat osallistuvat myös palvelun kehittämiseen. Jokaisen palvelupisteen asiakkaista kootaan pieni kehittäjäryhmä, joka kokoontuu muutaman kerran vuodessa kertomaan, mikä polussa toimii ja mikä ei. Kehittäjäryhmien havainnot viedään hanketiimin kokouksiin ja ohjausryhmään.",
    ]:
        d.add_paragraph(t)

    d.add_heading("Yhteenveto hankkeen lisäarvosta", 1)
    for t in [
        "PolkuTyö tuo seudulle sellaisen toimintatavan, jota ei ole mahdollista rakentaa perustoiminnan resurssein ilman kokeiluvaihetta: palvelujen rajat ylittävän polkuvalmennuksen, työnantajille suunnatun yhden luukun ja työpaikoilla tapahtuvan, osaamisen näkyväksi tekevän koulutuksen. ESR+-rahoitus mahdollistaa sen, että mallia voidaan kokeilla riittävän laajasti kolmessa erikokoisessa kunnassa ja että siitä saadaan luotettavaa tietoa päätöksenteon pohjaksi.",
        "Hankkeen lisäarvo syntyy myös siitä, että työllisyyspalvelujen siirto kunnille on vasta alkanut. Nyt tehtävät ratkaisut määrittävät pitkälle sen, millaisiksi palvelut muotoutuvat tulevina vuosina. Kun polkuvalmennuksen malli kuvataan ja kokeillaan juuri tässä vaiheessa, sen on mahdollista tulla osaksi työllisyysalueen palvelurakennetta luontevasti eikä jälkikäteen irrallisena lisänä.",
        "Hakija on valmis tarkentamaan hakemusta rahoittajan kanssa käytävissä neuvotteluissa. Lisätietoja antaa projektipäälliköksi nimetty Riikka Haapaniemi, riikka.haapaniemi@sorvanniemi.fi, puh. 040 718 2290.",
    ]:
        d.add_paragraph(t)
    d.add_heading("Liitteet", 1)
    d.add_paragraph("Liite 1: Elinvoimalautakunnan pöytäkirjanote 9.9.2025. Liite 2: Osatoteuttajan sitoumus. "
                    "Liite 3: Sorvanniemen Yrittäjät ry:n tukikirje.")
    d.save(f"{OUT}/02_esr_polkutyo_hankehakemus.docx")
    save_expected("02_esr_polkutyo_hankehakemus", "hankesuunnitelma", [
        {"rule": "tavoite.ei-arviointia", "count": 1},
        {"rule": "rakenne.osio-puuttuu", "target": "riskit"},
        {"rule": "aikataulu.ristiriita"},
    ])

if __name__ == "__main__":
    build()

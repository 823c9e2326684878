from apu import *
import doc01_lisa

def rakenna(polku):
    d = uusi()
    d.add_heading("Reitti töihin – nuorten aikuisten työelämäpolkujen kehittämishanke", 0)
    d.add_paragraph("Hankesuunnitelma, ESR+-hakemuksen liite 1 · Kaarnalahden kaupunki, työllisyyspalvelut · Versio 3, 14.3.2025")

    d.add_heading("1. Mistä hankkeessa on kyse?", 1)
    d.add_paragraph(
        "Kaarnalahden kaupungin työllisyyspalvelut hakee Euroopan sosiaalirahasto plus -rahoitusta (Uudistuva ja osaava Suomi 2021–2027, "
        "erityistavoite 4.1) kaksivuotiselle kehittämishankkeelle, jonka aiheena ovat 18–29-vuotiaat työttömät nuoret aikuiset, joilla ei ole "
        "toisen asteen tutkintoa. Hankkeen nimi on Reitti töihin. Hanke rakentuu sen havainnon varaan, että nuori putoaa palveluista useimmiten "
        "siirtymävaiheissa: kun työkokeilu loppuu, kun kuntouttava työtoiminta päättyy tai kun nuori siirtyy aikuissosiaalityöstä työllisyyspalveluihin.")
    d.add_paragraph(
        "Tavoitteenamme on ensinnäkin, että nuoren siirtymät palvelusta toiseen sujuvat ilman katkoksia: jokaisella hankkeeseen tulevalla "
        "nuorella on yksi nimetty omavalmentaja, joka kulkee hänen rinnallaan myös silloin, kun palvelu vaihtuu. Toiseksi haluamme, että nuoret "
        "pääsevät oikeille työpaikoille nopeammin kuin nyt, ja että paikalliset pienet ja keskisuuret yritykset rohkaistuvat palkkaamaan "
        "nuoren, jolla ei ole tutkintoa. Kolmanneksi hankkeen myötä kaupungin työllisyyspalvelujen, aikuissosiaalityön ja Kaarnalahden "
        "ammattiopiston välinen yhteistyö paranee niin, että asiakasohjaus perustuu yhteisesti sovittuun malliin eikä yksittäisten työntekijöiden "
        "henkilökohtaisiin verkostoihin.")
    d.add_paragraph(
        "Lyhyesti: haluamme rakentaa Kaarnalahteen pysyvän, yhteisesti omistetun työelämäpolun, jolla nuori ei katoa palveluiden väliin. "
        "Tavoitteita on kuvattu tarkemmin luvussa 5 ja niiden arviointia luvussa 8.")

    d.add_heading("2. Lähtötilanne ja tarve", 1)
    d.add_paragraph(
        "Kaarnalahdessa oli joulukuussa 2024 työttöminä työnhakijoina 612 alle 30-vuotiasta, mikä on 14,2 prosenttia ikäluokan työvoimasta "
        "(koko maa 11,8 %). Vuonna 2019 vastaava osuus oli 9,6 prosenttia, joten nuorisotyöttömyys on kasvanut viidessä vuodessa selvästi "
        "maan keskiarvoa nopeammin. Pitkäaikaistyöttömiä nuorista oli 171. Noin 58 prosentilla työttömistä nuorista ei ole toisen asteen "
        "tutkintoa. Tilastokeskuksen mukaan Kaarnalahden 20–24-vuotiaista 17 prosenttia oli vuonna 2023 koulutuksen ulkopuolella ilman "
        "perusasteen jälkeistä tutkintoa.")
    d.add_paragraph(
        "Vuonna 2024 tehdyssä palvelupolkujen kartoituksessa (kaupungin työllisyyspalvelut ja aikuissosiaalityö yhdessä, 46 asiakasasiakirjan "
        "otos) havaittiin, että nuoren siirtyessä palvelusta toiseen kului keskimäärin 9,5 viikkoa ennen kuin seuraava palvelu alkoi. Lähes "
        "joka kolmannessa tapauksessa nuori ei enää tavoitettu siirtymän jälkeen. Työntekijät kuvasivat samassa kartoituksessa, että tiedonkulku "
        "perustuu sähköposteihin ja puheluihin, eikä yhteistä käytäntöä ole.")
    d.add_paragraph(
        "Työnantajien näkökulma on samansuuntainen. Kaarnalahden Yrittäjien jäsenkyselyssä syksyllä 2024 (vastaajia 88) 41 prosenttia "
        "vastaajista kertoi, että heillä olisi tarjota lyhytkestoisia työtehtäviä, mutta he eivät tiedä, mistä löytäisivät nuoren tekijän "
        "tai miten tukea saa. Yrittäjät toivoivat yhtä yhteyshenkilöä ja kevyempää byrokratiaa.")
    d.add_paragraph(
        "Hanke täydentää kaupungin työllisyysohjelmaa 2024–2027 ja Työllisyyden kuntakokeilusta saatuja kokemuksia. Se ei päällekkäisty "
        "Ohjaamo Kaarnalahden kanssa, jonka palvelu on matalan kynnyksen neuvontaa; hankkeen asiakkaat ovat nuoria, joiden asiakkuus "
        "on jo pitkittynyt ja joille tarvitaan rinnalla kulkevaa työtä.")

    d.add_heading("3. Kenelle hanke on?", 1)
    d.add_paragraph(
        "Välitön kohderyhmä ovat 18–29-vuotiaat kaarnalahtelaiset työttömät tai työvoiman ulkopuolella olevat nuoret aikuiset, joilla ei ole "
        "toisen asteen tutkintoa ja joiden työttömyys on kestänyt yli kuusi kuukautta. Arvioimme, että hankkeen aikana mukaan tulee 120 nuorta, "
        "joista noin kolmannes ohjautuu aikuissosiaalityön kautta. Erityisesti haluamme tavoittaa vieraskielisiä nuoria sekä nuoria, joilla on "
        "neuropsykiatrisia erityispiirteitä.")
    d.add_paragraph(
        "Välillisiä kohderyhmiä ovat työllisyyspalvelujen, aikuissosiaalityön ja ammattiopiston työntekijät (noin 60 henkilöä) sekä "
        "Kaarnalahden seudun pk-yritykset, joista tavoittelemme hankkeeseen vähintään 35 yritystä. Hyödynsaajia ovat lisäksi nuorten läheiset "
        "ja pitkällä aikavälillä kaupungin talous, kun työmarkkinatuen kuntaosuus pienenee.")

    d.add_heading("4. Hankkeen kesto", 1)
    p = d.add_paragraph()
    teksti_kappaleeseen(p, "Hanke toteutetaan ajalla ")
    muutos(p, lisatty="1.8.2025–31.7.2027", poistettu="1.3.2025–28.2.2027")
    teksti_kappaleeseen(p, ". Hankkeen alku siirtyi rahoitushaun aikataulun vuoksi; kesto on edelleen 24 kuukautta.")

    d.add_heading("5. Tavoitteet tarkemmin", 1)
    d.add_paragraph(
        "Edellä kuvattu kolminainen tavoite tarkoittaa käytännössä seuraavaa. Nuoren näkökulmasta tärkeintä on, että hänellä on koko "
        "hankkeessa olon ajan sama aikuinen, jolle voi soittaa. Palvelujärjestelmän näkökulmasta tärkeintä on, että siirtymästä on sovittu "
        "kirjallisesti: kuka kutsuu koolle, kuka kirjaa ja kuka vastaa siihen asti, että seuraava palvelu on alkanut. Työnantajan "
        "näkökulmasta tärkeintä on, että nuoren palkkaaminen on helppoa ja tukea saa yhdestä paikasta.")
    d.add_paragraph(
        "Pitkän aikavälin päämäärä on, että Kaarnalahden nuorisotyöttömyys laskee lähemmäs maan keskiarvoa. Hanke ei yksin pysty siihen, "
        "mutta sen rakentama malli on osa kaupungin keinovalikoimaa, kun työllisyyspalvelut siirtyivät kuntien vastuulle vuoden 2025 alussa.")

    d.add_heading("6. Toteutus", 1)
    d.add_paragraph(
        "Hankkeen toiminta jakautuu kolmeen kokonaisuuteen, jotka kulkevat rinnakkain. Alla kuvataan ensin sisältö ja sen jälkeen, "
        "miten työ etenee ajallisesti.")
    lihava(d, "Rinnalla kulkeva valmennus")
    d.add_paragraph(
        "Kaksi hankkeeseen palkattavaa omavalmentajaa ottaa kumpikin vastuulleen noin 30 nuorta kerrallaan. Omavalmentaja tapaa nuoren "
        "vähintään kerran viikossa, tarvittaessa kotona tai kirjastossa, ja on mukana kaikissa palvelunvaihtopalavereissa. Valmennus perustuu "
        "ratkaisukeskeiseen työotteeseen ja nuoren omaan suunnitelmaan. Nuori saa myös tukea arjen asioihin, kuten asumiseen ja talouteen, "
        "koska kokemuksemme mukaan työpolku katkeaa useimmiten niiden takia.")
    lihava(d, "Siirtymäsopimus ja yhteinen ohjausmalli")
    d.add_paragraph(
        "Työllisyyspalvelut, aikuissosiaalityö ja ammattiopisto laativat yhdessä siirtymäsopimuksen: lyhyen, kaikkien allekirjoittaman "
        "kuvauksen siitä, miten nuoren siirtymä valmistellaan, mitä tietoja välitetään ja kuka on vastuussa välivaiheessa. Mallia testataan "
        "ensin kymmenellä nuorella ja muokataan kokemusten perusteella. Työntekijöille järjestetään neljä yhteistä koulutusiltapäivää, joissa "
        "käsitellään mallia, tietosuojaa ja ratkaisukeskeistä ohjausta.")
    lihava(d, "Työnantajayhteistyö")
    d.add_paragraph(
        "Hankkeen yrityskoordinaattori kiertää yrityksissä yhdessä Kaarnalahden Yrittäjien kanssa, kokoaa lyhytkestoisia työtehtäviä ja "
        "välittää niitä nuorille. Yrityksille tarjotaan yksi yhteyshenkilö, apua palkkatuen ja työkokeilun paperitöihin sekä työpaikkaohjaajan "
        "lyhytkoulutus (kaksi tuntia, verkossa tai paikan päällä). Kokeilemme lisäksi ’työnäytteitä’, joissa nuori tekee yrityksessä "
        "kahden päivän palkallisen jakson ennen varsinaista työsuhdetta.")
    lihava(d, "Miten työ etenee")
    d.add_paragraph(
        "Hankkeen ensimmäiset kolme kuukautta, eli syksy 2025, käytetään henkilöstön rekrytointiin, ohjausryhmän perustamiseen ja "
        "siirtymäsopimuksen luonnosteluun; samalla kootaan lähtötason tiedot. Ensimmäiset nuoret tulevat valmennukseen lokakuussa 2025. "
        "Talven 2025–2026 aikana siirtymämallia kokeillaan kymmenellä nuorella, ja maaliskuussa 2026 malli päivitetään kokemusten pohjalta. "
        "Keväästä 2026 alkaen valmennus on täydessä laajuudessaan ja yritysyhteistyö laajenee. Syksyllä 2026 tehdään väliarviointi ja "
        "aloitetaan mallin kuvaaminen Innokylään. Vuoden 2027 alkupuolella painopiste siirtyy mallin vakiinnuttamiseen: siirtymäsopimus "
        "viedään kaupungin palvelukuvauksiin ja työntekijät perehdytetään. Kesäkuussa 2027 järjestetään loppuseminaari, ja heinäkuussa "
        "2027 kirjoitetaan loppuraportti.")

    doc01_lisa.lisaa3(d, lihava)
    d.add_heading("7. Odotetut tulokset ja vaikutukset", 1)
    d.add_paragraph(
        "Hankkeen konkreettisia tuotoksia ovat kirjallinen siirtymäsopimus ja sen ohjeistus, kuvattu rinnalla kulkevan valmennuksen malli "
        "Innokylässä, työpaikkaohjaajan lyhytkoulutuksen materiaali sekä työnantajille suunnattu yhden sivun ohje nuoren palkkaamiseen. "
        "Odotamme, että hankkeen päättyessä vähintään 45 prosenttia valmennukseen osallistuneista nuorista on työssä, koulutuksessa tai "
        "palkkatuetussa työssä, ja että siirtymien katkokset ovat lyhentyneet selvästi. Pidemmällä aikavälillä vaikutus näkyy toivottavasti "
        "kaupungin työmarkkinatuen kuntaosuuden pienenemisenä, mutta sitä emme pysty hankkeen aikana luotettavasti osoittamaan.")

    d.add_heading("8. Miten arvioimme onnistumista?", 1)
    d.add_paragraph(
        "Seurantaa tehdään koko hankkeen ajan, ja sitä johtaa projektipäällikkö. Arviointi on pääosin itsearviointia, jota täydentää "
        "Kaarnalahden ammattikorkeakoulun sosiaalialan opiskelijoiden tekemä haastattelututkimus. Tiedonlähteet ovat seuraavat.")
    lihava(d, "Asiakastietojärjestelmä ja rekisteritiedot")
    d.add_paragraph(
        "Jokaisesta nuoresta kirjataan aloituspäivä, palvelun vaihtumiset ja niiden välinen aika sekä tilanne kolme ja kuusi kuukautta "
        "valmennuksen päättymisen jälkeen. Näistä lasketaan, kuinka monta viikkoa palvelusta toiseen siirtyminen kestää (lähtötaso 9,5 viikkoa, "
        "tavoite alle 3 viikkoa) ja kuinka moni nuori on työssä, koulutuksessa tai palkkatuetussa työssä valmennuksen jälkeen (tavoite 45 %). "
        "Lisäksi seurataan, kuinka moni nuori on saatu siirtymäsopimuksen piiriin ja monessako siirtymässä sopimusta todella noudatettiin.")
    lihava(d, "Kyselyt")
    d.add_paragraph(
        "Nuorilta kysytään lyhyellä mobiilikyselyllä valmennuksen alussa ja lopussa, kokevatko he tietävänsä, kehen ottaa yhteyttä ja "
        "etenevätkö asiat. Yrityksille lähetetään kysely kahdesti (syksy 2026 ja kevät 2027): siinä selvitetään, kuinka helppona ne kokevat "
        "nuoren palkkaamisen ja aikovatko ne palkata uudelleen. Yrityksistä seurataan myös määrää – kuinka moni on tarjonnut vähintään "
        "yhden työtehtävän (tavoite 35).")
    lihava(d, "Haastattelut ja työpajat")
    d.add_paragraph(
        "Ammattikorkeakoulun opiskelijat haastattelevat syksyllä 2026 ja keväällä 2027 yhteensä noin 20 työntekijää kolmesta "
        "organisaatiosta. Samat haastattelut kertovat meille sekä siitä, toimiiko siirtymäsopimus arjessa, että siitä, onko organisaatioiden "
        "välinen yhteistyö muuttunut sovituksi käytännöksi vai onko se yhä yksittäisten työntekijöiden varassa. Lisäksi pidetään kaksi "
        "kehittäjäasiakastyöpajaa, joissa nuoret itse arvioivat mallia.")
    d.add_paragraph(
        "Arviointitietoa käsitellään ohjausryhmässä neljä kertaa vuodessa, ja havaintojen perusteella toimintaa korjataan. Väliraportti "
        "laaditaan syksyllä 2026 ja loppuarviointi sisältyy loppuraporttiin.")

    doc01_lisa.lisaa4(d, lihava)
    d.add_heading("9. Juurruttaminen ja jatkuvuus", 1)
    d.add_paragraph(
        "Juurruttamista on suunniteltu jo hakuvaiheessa: hakemus on valmisteltu kolmessa yhteisessä palaverissa (9.12.2024, 22.1.2025 ja "
        "18.2.2025), joissa olivat mukana työllisyyspalvelujen päällikkö, aikuissosiaalityön johtava sosiaalityöntekijä ja ammattiopiston "
        "opintopalvelupäällikkö. Näissä palavereissa sovittiin, että malli rakennetaan olemassa oleviin rakenteisiin eikä erilliseksi "
        "hankepalveluksi. Juurruttamisessa käytämme 4V-mallia.")
    d.add_paragraph(
        "Viestintä alkaa heti hankkeen alussa: kerromme työntekijöille ja yrityksille, mitä ollaan tekemässä ja miksi, ja kutsumme heidät "
        "mukaan mallin luonnosteluun. Variointivaiheessa malli sovitetaan eri ryhmille: vieraskielisille nuorille tehdään selkokielinen ja "
        "kuvitettu versio siirtymäsopimuksesta, ja työnantajille oma lyhyt ohjeensa. Valtavirtaistaminen tarkoittaa, että mallia tarjotaan "
        "naapurikunnille Rautjärvelle ja Lehtimäelle, jotka ovat lupautuneet kokeilemaan siirtymäsopimusta vuonna 2027, sekä seudun "
        "työllisyysalueen yhteistyöryhmälle. Vakiinnuttaminen tarkoittaa, että siirtymäsopimus kirjataan kaupungin työllisyyspalvelujen ja "
        "aikuissosiaalityön palvelukuvauksiin ja yhteistyösopimukseen ammattiopiston kanssa keväällä 2027.")
    d.add_paragraph(
        "Hankkeen jälkeen toimintamallin omistaa Kaarnalahden kaupungin työllisyyspalvelujen päällikkö, joka vastaa siirtymäsopimuksen "
        "ylläpidosta ja sen noudattamisen seurannasta. Omavalmentajan tehtävä on tarkoitus vakinaistaa työllisyyspalvelujen talousarvioon "
        "vuodesta 2028 alkaen; asiasta päättää kaupungin elinvoimalautakunta talousarviokäsittelyssä syksyllä 2027. Juurruttamiseen on "
        "varattu hankkeen viimeiseltä puolelta vuodelta 40 prosenttia projektipäällikön työajasta sekä loppuseminaarin ja materiaalien "
        "kustannukset (yhteensä noin 14 000 euroa).")

    d.add_heading("10. Viestintä ja levittäminen", 1)
    d.add_paragraph(
        "Hankkeella on oma sivu kaupungin verkkosivuilla ja se näkyy kaupungin somekanavilla. Työnantajille viestitään Kaarnalahden "
        "Yrittäjien jäsenkirjeessä ja aamukahvitilaisuuksissa. Toimintamalli kuvataan Innokylään syksyllä 2026 ja täydennetään keväällä 2027. "
        "Tuloksia esitellään valtakunnallisessa työllisyyspalvelujen verkostotapaamisessa sekä hankkeen omassa loppuseminaarissa kesäkuussa "
        "2027. Viestinnästä vastaa projektipäällikkö yhdessä kaupungin viestintäyksikön kanssa.")

    d.add_heading("11. Organisointi", 1)
    d.add_paragraph(
        "Hankkeen hallinnoija on Kaarnalahden kaupunki (työllisyyspalvelut). Hankkeeseen palkataan projektipäällikkö (100 %), kaksi "
        "omavalmentajaa (100 %) ja yrityskoordinaattori (50 %). Ohjausryhmään kuuluvat työllisyyspalvelujen päällikkö (pj.), aikuissosiaalityön "
        "johtava sosiaalityöntekijä, ammattiopiston opintopalvelupäällikkö, Kaarnalahden Yrittäjien toiminnanjohtaja, nuorisopalvelujen "
        "edustaja, kaksi kehittäjäasiakasta sekä rahoittajan edustaja asiantuntijajäsenenä. Ohjausryhmä kokoontuu neljä kertaa vuodessa.")

    doc01_lisa.lisaa(d, lihava)
    d.add_heading("12. Riskit", 1)
    taulukko(d, [
        ["Riski", "Todennäköisyys", "Miten varaudumme"],
        ["Nuoria ei ohjaudu riittävästi", "keskisuuri", "Ohjaus sovitaan etukäteen aikuissosiaalityön ja Ohjaamon kanssa; seurataan kuukausittain."],
        ["Henkilöstön vaihtuvuus", "keskisuuri", "Työ dokumentoidaan yhteiseen kansioon, perehdytysmateriaali tehdään ensimmäisen puolen vuoden aikana."],
        ["Yritykset eivät sitoudu", "pieni", "Yhteistyö Yrittäjien kanssa; yksi yhteyshenkilö ja kevyt prosessi."],
        ["Kaupungin talouden kiristyminen", "suuri", "Vakinaistamisen kustannukset ja säästöt esitellään lautakunnalle jo syksyllä 2026."],
    ])

    d.add_heading("13. Budjetti ja rahoitus", 1)
    d.add_paragraph(
        "Hankkeen kokonaiskustannusarvio on 486 400 euroa, josta ESR+-rahoitusta haetaan 389 120 euroa (80 %) ja kaupungin omarahoitus on "
        "97 280 euroa (20 %). Suurin osa kustannuksista on henkilöstökuluja; muut kulut katetaan 15 prosentin flat rate -osuudella.")
    taulukko(d, [
        ["Kustannuslaji", "2025", "2026", "2027", "Yhteensä"],
        ["Henkilöstökulut", "70 500", "211 500", "141 000", "423 000"],
        ["Flat rate 15 %", "10 575", "31 725", "21 100", "63 400"],
        ["Yhteensä", "81 075", "243 225", "162 100", "486 400"],
    ])
    doc01_lisa.lisaa2(d, lihava)
    d.save(polku)

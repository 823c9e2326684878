"""D1: ESR+-hakemuksen vienti verkkolomakkeelta (EURA 2021 -tyylinen), pitkä hankesuunnitelma."""
from apu import *

NAME = "esr-hakemus-tyopolku-kumppanuus"

def V(d, text):
    """Vastaus-rivi lomakeviennin tapaan."""
    par = d.add_paragraph()
    r = par.add_run("Vastaus: ")
    r.bold = True
    par.add_run(text)

def F(d, label, text):
    bold_line(d, label)
    V(d, text)


def lisaosiot(d):
    h(d, "6 b. Osallistujan polku ja työnjako", 2)
    F(d, "Kuvaa osallistujan eteneminen hankkeessa",
      "Osallistujan polku alkaa ohjautumisesta. Omavalmentaja tai muu ohjaava taho kertoo hankkeesta ja varaa "
      "asiakkaalle ensitapaamisen työhönvalmentajan kanssa. Ensitapaamisessa käydään läpi asiakkaan työhistoria, "
      "osaaminen, terveydentila siltä osin kuin asiakas haluaa siitä kertoa, kielitaito ja toiveet. Toisella ja "
      "kolmannella tapaamisella etsitään yhdessä sopiva työpaikka tehtäväpankista tai valmentajan omista verkostoista. "
      "Tavoitteena on, että työpaikkajakso alkaa enintään neljän viikon kuluessa ensitapaamisesta, koska aiemmissa "
      "palveluissa pitkä odotusaika on ollut yksi yleisimmistä syistä keskeyttämiseen.")
    V(d, "Työpaikkajakson aikana valmentaja käy työpaikalla aluksi viikoittain ja myöhemmin tarpeen mukaan. Ammattiopiston "
      "opettaja arvioi yhdessä työpaikan ohjaajan kanssa, mitä tutkinnon osia osallistuja voi suorittaa ja millaista "
      "tukea hän tarvitsee. Osaamisen osoittaminen tapahtuu työpaikalla tavallisten työtehtävien yhteydessä. Jos "
      "osallistuja tarvitsee sosiaali- tai terveyspalveluja, valmentaja ohjaa hänet niihin ja sopii tarvittaessa "
      "yhteisen tapaamisen. Valmennuksen päättyessä laaditaan jatkosuunnitelma, johon kirjataan, jatkuuko työsuhde, "
      "hakeutuuko osallistuja tutkintokoulutukseen vai jatkaako hän työnhakua omavalmentajan tuella.")
    F(d, "Osatoteuttajien roolit ja tehtävät *",
      "Koskenlaakson kaupungin työllisyyspalvelut vastaa hankkeen hallinnoinnista, työhönvalmennuksesta, "
      "osallistujien ohjautumisesta ja palveluprosessin kuvaamisesta. Ammattiopisto Virta vastaa opettajien "
      "työpanoksesta, henkilökohtaistamisesta, tutkinnon osien arvioinnista ja työelämän suomen kielen ryhmistä. "
      "Koskenlaakson Yrittäjät ry vastaa yrityskoordinaattorin työstä, yritysten tavoittamisesta ja "
      "työnantajatyöpajojen järjestämisestä. Osatoteuttajat tekevät keskenään yhteistyösopimuksen ennen hankkeen "
      "alkua, ja siinä sovitaan myös kustannusten jakamisesta ja tietosuojasta.")
    F(d, "Henkilöstön tehtävät",
      "Projektipäällikkö johtaa hanketta, vastaa raportoinnista rahoittajalle, taloudesta, viestinnästä ja "
      "ohjausryhmän työskentelystä sekä kokoaa palveluprosessin kuvauksen. Työhönvalmentajat vastaavat osallistujien "
      "henkilökohtaisesta valmennuksesta työpaikoilla; kummallakin on kerrallaan noin 20 asiakasta. "
      "Yrityskoordinaattori tekee yrityskäyntejä, ylläpitää tehtäväpankkia ja neuvoo työnantajia. Ammattiopiston "
      "opettajat osallistuvat hankkeeseen oman työnsä osana, ja heidän työaikansa kirjataan tuntikirjanpitoon.")

    h(d, "6 c. Hankkeen lisäarvo ja aiemmat kokemukset", 2)
    F(d, "Mikä on hankkeen lisäarvo verrattuna olemassa oleviin palveluihin? *",
      "Kaupungin nykyisissä palveluissa työkokeilu, palkkatuki, työvoimakoulutus ja oppisopimus ovat kukin erillisiä "
      "palveluja, joilla on omat hakuprosessinsa ja omat vastuuhenkilönsä. Asiakas joutuu usein kertomaan tilanteensa "
      "moneen kertaan ja odottamaan päätöksiä. Työpolku ei luo uutta pysyvää palvelua olemassa olevien rinnalle, "
      "vaan yhdistää nykyiset palvelut yhdeksi poluksi, jossa asiakkaalla on yksi valmentaja ja jossa oppiminen "
      "tapahtuu työpaikalla. Yrityksille lisäarvo on se, että niillä on yksi yhteyshenkilö, joka hoitaa käytännön "
      "järjestelyt ja tuntee tukimuodot.")
    F(d, "Miten hankkeessa hyödynnetään aiempien hankkeiden tuloksia?",
      "Osaajaksi-hankkeessa (2019–2022) havaittiin, että oppisopimuksen aloittaminen vaati työnantajalta paljon "
      "paperityötä ja että moni työnantaja luopui ajatuksesta siinä vaiheessa. Siksi Työpolussa yrityskoordinaattori "
      "hoitaa hakemukset yhdessä työnantajan kanssa. Osaajaksi-hankkeen loppuarvioinnissa suositeltiin myös, että "
      "opettaja jalkautuisi työpaikalle; tämä suositus on Työpolun keskeinen lähtökohta. Lisäksi on hyödynnetty "
      "valtakunnallisen työllisyyden kuntakokeilun arviointiraportin havaintoja monialaisesta valmennuksesta.")

    h(d, "6 d. Toimintaympäristö ja muutokset", 2)
    F(d, "Kuvaa hankkeen toimintaympäristön keskeiset muutokset *",
      "Työllisyyspalvelujen siirtyminen kuntien vastuulle vuoden 2025 alussa muutti toimintaympäristöä merkittävästi. "
      "Kaupunki vastaa nyt työnhakijoiden palveluista kokonaisuutena, ja samalla sen rahoitusvastuu pitkään työttömänä "
      "olleiden työmarkkinatuesta kasvoi. Kaupungilla on siksi vahva taloudellinen intressi löytää keinoja, joilla "
      "pitkäaikaistyöttömyyttä voidaan vähentää. Samaan aikaan ammatillisen koulutuksen rahoitus on tiukentunut, mikä "
      "lisää oppilaitoksen kiinnostusta työpaikalla tapahtuvaan oppimiseen. Alueen elinkeinorakenteessa pienten "
      "palvelualan yritysten osuus on suuri: Koskenlaakson noin 2 300 yrityksestä yli 90 prosenttia työllistää alle "
      "kymmenen henkeä (tilanne vuoden 2024 lopussa).")
    V(d, "Hankkeen valmistelussa tunnistettiin myös, että monet pitkään työttömänä olleet asuvat kaupungin "
      "reuna-alueilla, joilta julkinen liikenne on harvaa. Tämän vuoksi työpaikkoja etsitään myös kylien yrityksistä ja "
      "valmentajat liikkuvat asiakkaiden luo. Matkakustannukset on otettu huomioon flat rate -osuudessa.")

def build():
    d = new_doc()
    p(d, "EURA 2021 – Hakemuksen tulostusversio", italic=True)
    p(d, "Hakemusnumero: S30217 · Tila: Luonnos · Tulostettu 14.10.2025 klo 13.42 · Versio 2", italic=True)
    h(d, "Hankehakemus: Työpolku – kumppanuudella kohti työelämää", 0)

    h(d, "1. Hakijan tiedot", 1)
    label_value(d, "Hakijaorganisaatio *", "Koskenlaakson kaupunki, työllisyyspalvelut")
    label_value(d, "Y-tunnus *", "0123456-7")
    label_value(d, "Organisaatiotyyppi *", "Kunta")
    label_value(d, "Yhteyshenkilö *", "Marketta Ilvesluoto, työllisyyskoordinaattori, puh. 040 123 4567")
    label_value(d, "Osatoteuttajat", "Koskenlaakson ammattiopisto Virta (kuntayhtymä); Koskenlaakson Yrittäjät ry")
    label_value(d, "Rahoitusohjelma", "Uudistuva ja osaava Suomi 2021–2027, ESR+")
    label_value(d, "Toimintalinja / erityistavoite", "4.1 Työllisyyden edistäminen")

    h(d, "2. Hankkeen perustiedot", 1)
    label_value(d, "Hankkeen nimi *", "Työpolku – kumppanuudella kohti työelämää")
    label_value(d, "Hankkeen lyhytnimi", "Työpolku")
    label_value(d, "Hankkeen toteutusaika *", "1.3.2026 – 28.2.2029")
    label_value(d, "Toteutusalue *", "Koskenlaakson kaupunki ja sen lähialue (Koskenlaakson seutukunta)")
    F(d, "Hankkeen tiivistelmä *",
      "Työpolku-hankkeessa kaupungin työllisyyspalvelut, ammattiopisto Virta ja paikalliset yrittäjät rakentavat yhdessä "
      "työhönvalmennuksen mallin, jossa pitkään työttömänä olleet 25–54-vuotiaat pääsevät kokeilemaan työtä aidoissa "
      "työpaikoissa jo valmennuksen alkuvaiheessa. Valmennukseen yhdistetään lyhyitä, työpaikalla suoritettavia "
      "tutkinnon osia. Samalla tuetaan pieniä työnantajia rekrytoinnissa ja perehdyttämisessä. Hankkeessa valmennetaan "
      "kolmen vuoden aikana noin 180 henkilöä, ja tavoitteena on, että vähintään kolmannes heistä on hankkeen jälkeen "
      "työssä tai koulutuksessa. Hankkeen päätyttyä toimintamalli jatkuu osana kaupungin työllisyyspalveluja.")

    h(d, "3. Hankkeen tausta ja tarve", 1)
    F(d, "Kuvaa hankkeen lähtötilanne ja tarve *",
      "Koskenlaakson kaupungin työttömyysaste oli joulukuussa 2024 12,8 prosenttia, kun koko maan luku oli samaan aikaan "
      "10,4 prosenttia. Yli vuoden työttömänä olleita oli kaupungin alueella vuoden 2024 lopussa 1 140, mikä on noin 40 "
      "prosenttia kaikista työttömistä työnhakijoista. Määrä on kasvanut vuodesta 2022 lähtien, vaikka samaan aikaan "
      "alueen yritykset ovat raportoineet vaikeuksista löytää työntekijöitä erityisesti logistiikkaan, kiinteistöhuoltoon, "
      "ravintola-alalle ja hoiva-avustajan tehtäviin. Työllisyyspalvelujen asiakaskyselyssä syksyllä 2024 (vastaajia 312) "
      "yli puolet pitkään työttömänä olleista kertoi, että suurin este työllistymiselle on puuttuva työkokemus alalta tai "
      "se, ettei heillä ole ollut tilaisuutta näyttää osaamistaan työnantajalle. Yrittäjäkyselyssä (vastaajia 86) pienet "
      "yritykset puolestaan kertoivat, etteivät ne ehdi perehdyttää uusia työntekijöitä eivätkä tunne julkisia "
      "palkkatuki- ja koulutusmahdollisuuksia.")
    V(d, "Nykyiset palvelut ovat rakentuneet peräkkäisten jaksojen varaan: ensin valmennus, sitten koulutus, vasta lopuksi "
      "työkokeilu tai palkkatuettu työ. Polku on asiakkaalle pitkä ja katkeaa usein siirtymissä. Kesäkuussa 2025 pidetyssä "
      "valmistelutyöpajassa, johon osallistui 14 työnantajaa, kuusi ammattiopiston opettajaa ja kahdeksan pitkään "
      "työttömänä ollutta kaupunkilaista, nousi esiin toive mallista, jossa työpaikka, oppilaitos ja valmentaja toimivat "
      "samanaikaisesti ja samassa paikassa. Työllisyyden kuntakokeilun ja vuoden 2025 alussa voimaan tulleen "
      "työllisyyspalvelujen uudistuksen myötä kaupungilla on nyt sekä vastuu että mahdollisuus rakentaa tällainen malli.")
    F(d, "Miten hanke liittyy alueen strategioihin ja muihin hankkeisiin? *",
      "Hanke toteuttaa Koskenlaakson kaupunkistrategian 2030 tavoitetta ”jokaiselle paikka työelämässä” ja maakuntaohjelman "
      "osaavan työvoiman saatavuutta koskevaa painopistettä. Hanke hyödyntää Koskenlaakson aiemman Osaajaksi-hankkeen "
      "(2019–2022) kokemuksia oppisopimuksen joustavasta käytöstä, mutta ei toista sen toimenpiteitä. Alueella ei ole "
      "käynnissä päällekkäisiä ESR+-hankkeita; naapurikunnan nuorille suunnattu Suunta-hanke on kohderyhmältään eri.")

    h(d, "4. Kohderyhmät", 1)
    F(d, "Hankkeen välittömät kohderyhmät *",
      "Ensisijainen kohderyhmä ovat Koskenlaakson kaupungin alueella asuvat 25–54-vuotiaat, yli 12 kuukautta työttömänä "
      "olleet työnhakijat, joilla ei ole ammatillista tutkintoa tai joiden tutkinto on vanhentunut. Arviolta 40 prosenttia "
      "osallistujista on maahan muuttaneita. Osallistujia arvioidaan olevan hankkeen aikana 180. Toinen välitön "
      "kohderyhmä ovat alueen alle 50 henkilön yritykset, joista hankkeeseen arvioidaan osallistuvan noin 45.")
    F(d, "Hankkeen välilliset kohderyhmät",
      "Työllisyyspalvelujen, ammattiopiston ja TE-palvelujen henkilöstö, osallistujien perheet sekä kaupungin "
      "elinkeinopalvelut.")
    F(d, "Miten kohderyhmät tavoitetaan ja miten ne ovat osallistuneet hankkeen suunnitteluun? *",
      "Osallistujat ohjautuvat hankkeeseen työllisyyspalvelujen omavalmentajilta, ammattiopiston hakeutumisvaiheen "
      "ohjauksesta sekä järjestöjen kautta (Koskenlaakson Monikulttuurinen yhdistys ry, seurakunnan diakoniatyö). "
      "Yrityksiä tavoitetaan Koskenlaakson Yrittäjien jäsentilaisuuksissa ja elinkeinopalvelujen yrityskäynneillä. "
      "Kohderyhmät ovat olleet mukana hakemuksen valmistelussa edellä kuvatussa kesäkuun 2025 työpajassa sekä kahdessa "
      "asiakasraadin tapaamisessa elokuussa 2025.")

    F(d, "Kohderyhmän erityispiirteet ja tuen tarpeet",
      "Kohderyhmä on monimuotoinen. Osa osallistujista on ollut aiemmin pitkään samassa työpaikassa ja jäänyt "
      "työttömäksi rakennemuutoksen myötä; heillä on runsaasti työkokemusta, mutta ei tutkintoa eikä kokemusta "
      "työnhausta. Osa on nuorempia aikuisia, joiden koulutus on keskeytynyt ja joiden työhistoria koostuu lyhyistä "
      "pätkistä. Maahan muuttaneilla osallistujilla on usein koulutusta tai työkokemusta lähtömaasta, mutta sitä ei ole "
      "tunnistettu Suomessa, ja suomen kielen taito on vielä työelämän tarpeisiin riittämätön. Yhteistä kaikille on se, "
      "että aiemmat palvelut eivät ole johtaneet työhön, ja moni kertoo menettäneensä luottamuksen siihen, että "
      "palveluista olisi apua. Siksi valmennuksessa korostetaan nopeaa pääsyä oikeaan työympäristöön ja sitä, että "
      "osallistuja saa heti kokemuksen onnistumisesta. Osalla osallistujista on myös terveyteen, päihteisiin tai "
      "velkaantumiseen liittyviä haasteita; näissä tilanteissa valmentaja tekee yhteistyötä hyvinvointialueen "
      "sosiaalityön ja talous- ja velkaneuvonnan kanssa.")

    h(d, "5. Tavoitteet", 1)
    F(d, "Hankkeen päätavoite *",
      "Hankkeen päätavoitteena on, että pitkään työttömänä olleiden koskenlaaksolaisten polku työelämään lyhenee ja "
      "vahvistuu, kun valmennus, osaamisen kehittäminen ja työpaikalla tapahtuva oppiminen kulkevat rinnakkain.")
    p(d, "Osatavoitteet kirjataan lomakkeen alalomakkeille (1/3–3/3).", italic=True)

    for nro, kuvaus, toimet, mittarit, ajoitus in [
        ("1/3",
         "Osallistujien työelämävalmiudet ja ammatillinen osaaminen vahvistuvat niin, että he etenevät työhön tai tutkintoon johtavaan koulutukseen.",
         "Yksilöllinen työhönvalmennus (työhönvalmentajat 2 htv), jossa jokainen osallistuja aloittaa työpaikkajakson viimeistään kuukauden kuluttua valmennuksen alusta. "
         "Ammattiopiston opettajat tulevat työpaikoille, ja osallistujat suorittavat 1–3 tutkinnon osaa työn ohessa. Lisäksi järjestetään pienryhmiä työelämän suomen kielestä.",
         "Vähintään 60 osallistujaa (1/3) on työssä tai koulutuksessa kuuden kuukauden kuluttua valmennuksen päättymisestä; vähintään 120 suoritettua tutkinnon osaa; "
         "osallistujien itsearvio työelämävalmiuksista (Työelämämittari-lomake) valmennuksen alussa ja lopussa. Tiedot kootaan puolivuosittain.",
         "1.3.2026–28.2.2029, ensimmäiset valmennettavat 5/2026"),
        ("2/3",
         "Työllisyyspalvelujen, ammattiopiston ja yritysten yhteistyö vakiintuu yhteiseksi, kirjatuksi toimintatavaksi.",
         "Yhteinen palveluprosessin kuvaus ja sopimuspohja työpaikkajaksoille; kuukausittaiset tiimipalaverit valmentajille ja opettajille; kaksi yhteistä koulutuspäivää vuodessa.",
         "Prosessikuvaus ja sopimuspohja on hyväksytty kaupungin työllisyysjaostossa ja ammattiopiston johtoryhmässä; henkilöstön yhteistyökysely (alussa, puolivälissä, lopussa); "
         "yhteisten asiakkuuksien määrä asiakastietojärjestelmässä.",
         "Kuvaus valmis 12/2026, päivitys 12/2027"),
        ("3/3",
         "Alueen pienet työnantajat rekrytoivat aiempaa rohkeammin pitkään työttömänä olleita ja osaavat perehdyttää heidät.",
         "Yrityskoordinaattori (1 htv) tekee yrityskäyntejä, kokoaa työpaikkajaksoille sopivia tehtäviä ja tukee työnantajia palkkatuen ja oppisopimuksen hakemisessa. "
         "Työnantajille järjestetään perehdyttämisen työpajoja yhdessä Koskenlaakson Yrittäjien kanssa.",
         "Tarkennetaan hankkeen käynnistyttyä.",
         "Koko hankeajan"),
    ]:
        bold_line(d, f"Osatavoite {nro}")
        F(d, "Osatavoitteen kuvaus *", kuvaus)
        F(d, "Toimenpiteet, joilla osatavoitteeseen pyritään *", toimet)
        F(d, "Osatavoitteen seuranta ja mittarit *", mittarit)
        F(d, "Ajoitus", ajoitus)

    h(d, "6. Toteutus", 1)
    F(d, "Kuvaa hankkeen toteutustapa ja keskeiset toimenpiteet *",
      "Hanke toteutetaan kolmessa työpaketissa, jotka etenevät rinnakkain koko hankkeen ajan. Hankkeen alussa (3–5/2026) "
      "rekrytoidaan henkilöstö, sovitaan osatoteuttajien työnjaosta ja laaditaan ensimmäinen versio työpaikkajaksojen "
      "sopimuspohjasta. Ensimmäiset osallistujat aloittavat toukokuussa 2026, ja uusia osallistujia otetaan mukaan "
      "jatkuvasti noin viisi kuukaudessa.")
    V(d, "Työpaketti 1, Valmennus työpaikalla: Työhönvalmentaja tapaa osallistujan ensin kaksi tai kolme kertaa "
      "työllisyyspalvelujen tiloissa, minkä jälkeen valmennus siirtyy työpaikalle. Valmentaja, työpaikan ohjaaja ja "
      "ammattiopiston opettaja laativat yhdessä osallistujan kanssa henkilökohtaisen suunnitelman, jossa sovitaan "
      "työtehtävät, opiskeltavat tutkinnon osat ja tavoiteltu jatkopolku. Valmennuksen kesto on tyypillisesti 4–8 kuukautta. "
      "Maahan muuttaneille osallistujille järjestetään työelämän suomen kielen pienryhmiä kahdesti viikossa.")
    V(d, "Työpaketti 2, Yhteinen palveluprosessi: Työllisyyspalvelujen, ammattiopiston ja yrittäjäjärjestön edustajat "
      "kuvaavat asiakkaan polun ja kunkin toimijan tehtävät yhdeksi prosessiksi. Henkilöstö kokoontuu kuukausittain "
      "käsittelemään yhteisiä asiakastilanteita. Hankkeen toisena vuonna kokeillaan yhteistä ajanvarauskalenteria ja "
      "yhteisiä asiakastapaamisia työpaikoilla.")
    V(d, "Työpaketti 3, Työnantajayhteistyö: Yrityskoordinaattori kartoittaa alueen pienten yritysten työvoimatarpeita "
      "ja kokoaa ”tehtäväpankin” eli listan tehtävistä, joissa voi aloittaa ilman aiempaa kokemusta. Työnantajille "
      "järjestetään neljä perehdyttämisen työpajaa vuodessa sekä henkilökohtaista neuvontaa tukien hakemisessa.")
    F(d, "Miten hankkeessa hyödynnetään kokeiluja tai uusia menetelmiä?",
      "Uutta on se, että opettaja ja valmentaja tulevat työpaikalle samanaikaisesti ja että tutkinnon osan voi aloittaa "
      "ennen kuin osallistuja on virallisesti opiskelija. Tätä kokeillaan ensin kiinteistöhuollossa ja "
      "ravintola-alalla (2026), minkä jälkeen laajennetaan logistiikkaan ja hoiva-avustajan tehtäviin (2027).")

    lisaosiot(d)
    h(d, "7. Aikataulu", 1)
    bold_line(d, "Hankkeen keskeiset vaiheet *")
    table(d, [
        ["Toimenpide", "2026 (3–12)", "2027", "2028", "2029 (1–2)"],
        ["Henkilöstön rekrytointi, työnjaon sopiminen", "3–5/2026", "", "", ""],
        ["Valmennus työpaikalla (TP1)", "5–12", "koko vuosi", "koko vuosi", "1–2 (viimeiset päättyvät)"],
        ["Palveluprosessin kuvaus (TP2)", "valmis 12/2026", "päivitys 12/2027", "", ""],
        ["Tehtäväpankki ja työnantajatyöpajat (TP3)", "kartoitus 4–9", "4 työpajaa", "4 työpajaa", ""],
        ["Väliarviointi", "", "syksy 2027", "", ""],
        ["Siirto kaupungin perustoimintaan", "", "", "valmistelu 8–12/2028", "päätös 1–2/2029"],
        ["Loppuseminaari ja loppuraportti", "", "", "", "2/2029"],
    ])

    h(d, "8. Tulokset ja vaikutukset", 1)
    F(d, "Mitä välittömiä tuloksia hankkeella tavoitellaan? *",
      "Välittömiä tuloksia ovat noin 180 valmennettua osallistujaa, joista vähintään kolmannes on työssä tai "
      "koulutuksessa, suoritetut tutkinnon osat, kirjattu yhteinen palveluprosessi sopimuspohjineen sekä tehtäväpankki, "
      "joka jää kaupungin käyttöön.")
    F(d, "Mitä pidemmän aikavälin vaikutuksia hankkeella tavoitellaan? *",
      "Pitkällä aikavälillä pitkäaikaistyöttömyys kaupungin alueella vähenee ja alueen pienet yritykset saavat "
      "työvoimaa. Kaupungin maksuosuus työmarkkinatuesta pienenee. Osallistujien arjenhallinta ja osallisuus "
      "vahvistuvat, mikä näkyy myös sosiaali- ja terveyspalvelujen tarpeessa.")

    F(d, "Hankkeen konkreettiset tuotokset",
      "Hankkeen tuotoksia ovat: (1) työpaikalla tapahtuvan valmennuksen käsikirja, jossa kuvataan valmentajan, "
      "opettajan ja työpaikan ohjaajan tehtävät, tapaamisten rakenne ja käytetyt lomakkeet; (2) työpaikkajakson "
      "sopimuspohja ja sen täyttöohje; (3) tehtäväpankki, joka siirretään hankkeen päätyttyä kaupungin "
      "elinkeinopalvelujen yrityspalvelujen ylläpidettäväksi; (4) selkokielinen osallistujan opas; (5) työnantajan "
      "perehdyttämisopas, joka tehdään yhdessä työpajoihin osallistuneiden yrittäjien kanssa; sekä (6) "
      "loppuraportti, jossa kuvataan mallin kustannukset ja vaikutukset. Tuotokset julkaistaan kaupungin "
      "verkkosivuilla, ja henkilöstölle tarkoitettu käsikirja tallennetaan työllisyyspalvelujen sisäiseen "
      "ohjepankkiin.")
    F(d, "Millaisia vaikutuksia hankkeella on osallistujien elämään?",
      "Työn ja oman toimeentulon lisäksi hanke vaikuttaa osallistujien arkeen monella tavalla. Aiempien "
      "valmennusten kokemusten perusteella säännöllinen päivärytmi, työyhteisöön kuuluminen ja onnistumisen "
      "kokemukset vahvistavat itseluottamusta ja jaksamista. Maahan muuttaneiden osallistujien suomen kielen taito "
      "kehittyy työpaikalla nopeammin kuin pelkässä kurssimuotoisessa opetuksessa. Perheissä, joissa vanhempi "
      "työllistyy, myös lasten arki muuttuu.")

    F(d, "Miten hanke vaikuttaa alueen elinvoimaan?",
      "Koskenlaakson väestö on vähentynyt vuodesta 2015 lähtien noin puoli prosenttia vuodessa, ja työikäisten "
      "osuus väestöstä pienenee. Jokainen työllistyvä kaupunkilainen vahvistaa kaupungin verotuloja ja vähentää "
      "kaupungin maksuosuuksia työmarkkinatuesta. Kun pienet yritykset saavat osaavaa työvoimaa läheltä, niiden "
      "kasvumahdollisuudet paranevat ja palvelut säilyvät myös kaupungin reuna-alueilla. Hankkeen laskelmien mukaan "
      "kaupungin työmarkkinatuen maksuosuus pienenee noin 7 000 euroa vuodessa jokaista työllistynyttä pitkään "
      "työttömänä ollutta kohden, joten jo kolmenkymmenen osallistujan työllistyminen kattaa kaupungin "
      "omarahoitusosuuden moninkertaisesti.")

    h(d, "9. Tulosten hyödyntäminen ja toiminnan jatkuvuus", 1)
    F(d, "Miten hankkeen tulokset ja toimintamallit jäävät elämään hankkeen päätyttyä? *",
      "Jatkuvuutta on mietitty jo hakuvaiheessa: kaupungin työllisyysjaosto on syyskuussa 2025 käsitellyt hankeideaa "
      "ja linjannut, että onnistunut malli on tarkoitus siirtää osaksi työllisyyspalvelujen perustoimintaa. Mallin "
      "omistaa hankkeen jälkeen Koskenlaakson kaupungin työllisyyspalvelut, ja siirrosta vastaa työllisyysjohtaja. "
      "Siirto valmistellaan vuoden 2028 syksyllä niin, että työhönvalmentajien tehtävät voidaan sisällyttää "
      "työllisyyspalvelujen vuoden 2029 talousarvioon ja henkilöstösuunnitelmaan. Ammattiopisto Virta kirjaa "
      "työpaikalla opiskelun käytännöt omaan toimintasuunnitelmaansa.")
    V(d, "Tuloksista kerrotaan koko hankkeen ajan kaupungin verkkosivuilla, ammattiopiston uutiskirjeessä ja "
      "yrittäjäjärjestön jäsentilaisuuksissa, ja hankkeen lopussa järjestetään loppuseminaari yhteistyökumppaneille. "
      "Toimintamallista tehdään kaksi versiota: yksityiskohtainen käsikirja henkilöstölle sekä lyhyt, selkokielinen ja "
      "kuvitettu opas osallistujille ja pienille työnantajille. Toimintamallin tarjoaminen muille kunnille tai "
      "toimijoille ei kuulu tämän hankkeen suunnitelmaan, vaan hankkeessa keskitytään mallin saamiseen pysyväksi "
      "omassa kaupungissa.")
    F(d, "Miten toiminnan jatkuvuuteen varataan resursseja?",
      "Projektipäällikön työajasta varataan noin 15 prosenttia tulosten kokoamiseen ja siirron valmisteluun. "
      "Viimeisen puolen vuoden aikana työhönvalmentajat perehdyttävät työllisyyspalvelujen omavalmentajat malliin.")

    h(d, "10. Viestintä", 1)
    F(d, "Viestinnän tavoitteet, kohderyhmät ja kanavat *",
      "Viestinnällä tavoitetaan mahdolliset osallistujat ja yritykset sekä pidetään päättäjät tietoisina hankkeen "
      "etenemisestä. Kanavina ovat kaupungin verkkosivut ja sosiaalisen median tilit, yrittäjäjärjestön jäsenkirje, "
      "paikallislehti Koskenlaakson Sanomat sekä työllisyyspalvelujen asiakastilat. Osallistujille suunnattu materiaali "
      "tehdään selkosuomeksi ja tärkeimmiltä osin englanniksi ja arabiaksi. Viestinnästä vastaa projektipäällikkö "
      "yhdessä kaupungin viestintäyksikön kanssa. EU-rahoituksen näkyvyysvaatimukset huomioidaan kaikessa materiaalissa.")

    h(d, "11. Seuranta ja arviointi", 1)
    F(d, "Miten hankkeen etenemistä ja tuloksia seurataan ja arvioidaan? *",
      "Hankkeen toteutumista seurataan ohjausryhmässä neljä kertaa vuodessa. Osallistujista kerätään ESR+-ohjelman "
      "edellyttämät osallistujatiedot EURA 2021 -järjestelmään aloitus- ja lopetuslomakkeilla. Työhön tai koulutukseen "
      "siirtymistä seurataan asiakastietojärjestelmästä kuusi kuukautta valmennuksen päättymisen jälkeen. "
      "Osallistujat täyttävät valmennuksen alussa ja lopussa itsearviointilomakkeen, ja heiltä kerätään palautetta "
      "valmennuksen päättyessä. Henkilöstön yhteistyötä arvioidaan kyselyllä hankkeen alussa, puolivälissä ja lopussa.")
    V(d, "Syksyllä 2027 tehdään väliarviointi itsearviointina hanketiimin ja ohjausryhmän yhteisessä työpajassa. "
      "Arvioinnin tulokset käsitellään ohjausryhmässä, ja toteutusta muutetaan tarvittaessa.")

    h(d, "12. Hallinnointi ja organisointi", 1)
    F(d, "Hankkeen organisointi ja henkilöstö *",
      "Hanketta hallinnoi Koskenlaakson kaupungin työllisyyspalvelut. Henkilöstö: projektipäällikkö (1 htv), kaksi "
      "työhönvalmentajaa (2 htv), yrityskoordinaattori (1 htv, Koskenlaakson Yrittäjät ry:n palveluksessa "
      "osatoteuttajana) sekä ammattiopiston opettajat yhteensä 0,8 htv. Taloushallinnon tuki ostetaan kaupungin "
      "talouspalveluista.")
    F(d, "Ohjausryhmä",
      "Ohjausryhmään kutsutaan työllisyysjohtaja (pj.), ammattiopiston koulutuspäällikkö, Koskenlaakson Yrittäjien "
      "toiminnanjohtaja, elinkeinopäällikkö, kaksi asiakasraadin jäsentä sekä rahoittajan edustaja.")

    F(d, "Henkilötietojen käsittely ja tietosuoja *",
      "Osallistujien henkilötietoja käsitellään kaupungin työllisyyspalvelujen asiakastietojärjestelmässä, ja "
      "rekisterinpitäjänä toimii Koskenlaakson kaupunki. Ammattiopiston opiskelijatiedot käsitellään oppilaitoksen "
      "omassa järjestelmässä. Osallistujalta pyydetään kirjallinen suostumus siihen, että hänen tilanteestaan voidaan "
      "keskustella valmentajan, opettajan ja työpaikan ohjaajan kesken. EURA 2021 -järjestelmään tallennettavat "
      "osallistujatiedot kerätään ohjelman ohjeiden mukaisesti, ja osallistujille kerrotaan tietojen käytöstä "
      "selkokielisellä tiedotteella. Yritysten tietoja käsitellään vain yhteistyön hoitamiseksi.")

    F(d, "Ohjausryhmän tehtävät",
      "Ohjausryhmä seuraa hankkeen etenemistä suhteessa suunnitelmaan ja budjettiin, hyväksyy hankkeen "
      "vuosisuunnitelmat ja tekee esitykset merkittävistä muutoksista rahoittajalle. Ohjausryhmä käsittelee "
      "väliarvioinnin tulokset ja tekee niiden pohjalta linjaukset loppukauden toteutuksesta. Lisäksi ohjausryhmän "
      "jäsenet tuovat hankkeen tuloksia omiin organisaatioihinsa: työllisyysjohtaja kaupungin johtoryhmään, "
      "koulutuspäällikkö ammattiopiston johtoryhmään ja toiminnanjohtaja yrittäjäjärjestön hallitukseen. "
      "Asiakasraadin jäsenille maksetaan kokouspalkkio kaupungin käytännön mukaisesti.")
    F(d, "Asiakasraati ja osallistujien vaikutusmahdollisuudet",
      "Hankkeelle perustetaan asiakasraati, johon kutsutaan kuusi nykyistä tai entistä osallistujaa. Raati "
      "kokoontuu neljä kertaa vuodessa ja kommentoi erityisesti osallistujille suunnattua materiaalia, valmennuksen "
      "käytäntöjä ja palveluprosessin kuvausta. Raadin havainnot kirjataan ja käsitellään hanketiimissä, ja "
      "ohjausryhmälle raportoidaan, mitä muutoksia niiden perusteella on tehty. Raadin toimintaa tukee "
      "työhönvalmentaja, ja kokoukset pidetään tiloissa, joihin on helppo tulla julkisella liikenteellä. "
      "Raatiin pyritään saamaan sekä naisia että miehiä, eri-ikäisiä osallistujia sekä maahan muuttaneita.")
    F(d, "Yhteistyö muiden palvelujen kanssa",
      "Hanke tekee yhteistyötä hyvinvointialueen sosiaalityön, aikuissosiaalityön ja mielenterveys- ja "
      "päihdepalvelujen kanssa niiden osallistujien osalta, joilla on tarvetta näihin palveluihin. Lisäksi yhteistyötä "
      "tehdään Kelan kuntoutuksen, talous- ja velkaneuvonnan sekä kaupungin kotoutumispalvelujen kanssa. Yhteistyö "
      "perustuu asiakkaan suostumukseen, ja yhteiset tapaamiset järjestetään asiakkaan toiveiden mukaan.")

    h(d, "13. Riskit", 1)
    F(d, "Hankkeen keskeiset riskit ja niiden hallinta *",
      "Suurin riski on, että yrityksiä ei saada mukaan riittävästi, jos taloustilanne heikkenee. Riskiä pienennetään "
      "sitomalla yrittäjäjärjestö hankkeeseen osatoteuttajana ja kokoamalla tehtäviä myös kaupungin omista "
      "yksiköistä. Toinen riski on henkilöstön vaihtuvuus; sitä hallitaan kirjaamalla työtavat käsikirjaan alusta "
      "alkaen. Osallistujien keskeyttämisiä ehkäistään tiiviillä valmennuksella ja joustavilla aloitusajoilla.")

    V(d, "Kolmas riski liittyy osatoteuttajien erilaisiin toimintakulttuureihin: oppilaitoksen lukuvuosirytmi ja "
      "työllisyyspalvelujen jatkuva asiakasvirta eivät aina sovi yhteen. Tätä hallitaan sopimalla jo yhteistyösopimuksessa, "
      "että opettajien työpanos on käytettävissä myös kesä- ja heinäkuussa, sekä kuukausittaisilla yhteisillä "
      "palavereilla. Neljäs riski on, että kaupungin talouden tiukentuessa jatkorahoitus vaarantuu. Tähän varaudutaan "
      "tuomalla hankkeen tuloksia ja kustannusvaikutuksia työllisyysjaoston käsiteltäviksi kahdesti vuodessa, jotta "
      "päättäjillä on ajantasainen kuva mallin hyödyistä ennen talousarvion valmistelua.")

    h(d, "14. Horisontaaliset periaatteet", 1)
    F(d, "Yhdenvertaisuus, sukupuolten tasa-arvo ja syrjimättömyys *",
      "Hankkeen toiminta suunnitellaan saavutettavaksi: tilat ovat esteettömiä, materiaali on selkokielistä ja tulkkausta "
      "käytetään tarvittaessa. Osallistujien sukupuolijakaumaa seurataan, ja miesvaltaisille ja naisvaltaisille aloille "
      "ohjataan tietoisesti myös vähemmistösukupuolen edustajia.")
    F(d, "Ympäristön kannalta kestävä kehitys *",
      "Hankkeen tapaamiset järjestetään mahdollisuuksien mukaan työpaikoilla, mikä vähentää matkustamista. "
      "Kiinteistöhuollon tutkinnon osissa painotetaan energiatehokkuutta ja jätteiden lajittelua.")

    h(d, "15. Kustannusarvio ja rahoitus", 1)
    bold_line(d, "Kustannusarvio vuosittain (euroa)")
    table(d, [
        ["Kustannuslaji", "2026", "2027", "2028", "2029", "Yhteensä"],
        ["Henkilöstökustannukset", "176 000", "214 000", "218 000", "36 000", "644 000"],
        ["Flat rate 40 % muut kustannukset", "70 400", "85 600", "87 200", "14 400", "257 600"],
        ["Yhteensä", "246 400", "299 600", "305 200", "50 400", "901 600"],
    ])
    V(d, "Hankkeen kokonaiskustannukset ovat 901 600 euroa. Haettava ESR+- ja valtion rahoitus on 80 prosenttia "
      "(721 280 euroa), ja kuntarahoitus 180 320 euroa jakautuu Koskenlaakson kaupungin ja ammattiopisto Virran kesken.")

    F(d, "Kustannusten perustelut *",
      "Henkilöstökustannukset perustuvat kaupungin ja yrittäjäjärjestön palkkataulukoihin sekä ammattiopiston "
      "opettajien tuntihintaan. Projektipäällikön palkka on 4 300 euroa kuukaudessa, työhönvalmentajien 3 500 euroa ja "
      "yrityskoordinaattorin 3 600 euroa kuukaudessa sivukuluineen laskettuna kertoimella 1,23. Vuoden 2026 "
      "kustannukset ovat muita vuosia pienemmät, koska henkilöstö aloittaa vaiheittain maalis–toukokuussa ja "
      "ensimmäiset osallistujat tulevat mukaan vasta toukokuussa. Vuoden 2029 kustannukset koostuvat kahden kuukauden "
      "palkoista. Flat rate -osuudella katetaan muun muassa tilat, matkat, tulkkaus, viestinnän materiaalit, "
      "työpajojen tarjoilut ja loppuseminaarin järjestelyt. Hankkeessa ei ole investointeja.")
    F(d, "Kuntarahoituksen jakautuminen",
      "Koskenlaakson kaupungin osuus kuntarahoituksesta on 144 256 euroa ja ammattiopisto Virran osuus 36 064 euroa. "
      "Koskenlaakson Yrittäjät ry ei osallistu kuntarahoitukseen, mutta sen jäsenyritysten työnohjaajien työpanos on "
      "merkittävä, vaikka sitä ei kirjata hankkeen kustannuksiin.")

    h(d, "16. Vakuutus", 1)
    p(d, "Vakuutamme antamamme tiedot oikeiksi. Hakemuksen allekirjoittaa sähköisesti Koskenlaakson kaupungin "
      "työllisyysjohtaja Tuomas Rekola.")

    h(d, "17. Hakemuksen liitteet", 1)
    bullets(d, ["Liite 1: Osatoteuttajien yhteistyösopimuksen luonnos", "Liite 2: Kuntarahoituspäätökset (työllisyysjaosto 23.9.2025, ammattiopiston hallitus 30.9.2025)",
                "Liite 3: Yhteenveto valmistelutyöpajan 17.6.2025 tuloksista", "Liite 4: Henkilöstön tehtävänkuvaukset"])
    F(d, "Lisätietoja hakemuksesta",
      "Hakemusta on valmisteltu yhdessä osatoteuttajien kanssa kesäkuusta 2025 alkaen. Valmisteluun osallistuivat "
      "työllisyysjohtaja, ammattiopiston koulutuspäällikkö, yrittäjäjärjestön toiminnanjohtaja ja asiakasraati. "
      "Hakemuksen ensimmäinen versio käsiteltiin rahoittajan kanssa ennakkoneuvottelussa 2.10.2025, ja sen jälkeen "
      "hakemukseen tarkennettiin osallistujamäärä, kustannusarvio ja osatoteuttajien työnjako. Ennakkoneuvottelussa "
      "sovittiin myös, että osatoteuttajien yhteistyösopimus allekirjoitetaan ennen rahoituspäätöstä ja että "
      "asiakasraadin kokouspalkkiot sisällytetään flat rate -osuuteen.")
    return d

def run():
    d = build()
    save_docx(d, NAME, {"doc_type": "hankesuunnitelma", "findings": [
        {"rule": "tavoite.ei-arviointia", "count": 1},
        {"rule": "juurrutus.4v-vaihe-puuttuu", "target": "valtavirtaistaminen"},
    ]})

if __name__ == "__main__":
    run()

"""r1-kirjasto-kulttuuri-loppuraportti.pdf – loppuraportti ilman puutteita; .docx muunnetaan PDF:ksi LibreOfficella.

Kysymysmuotoiset väliotsikot (lihavoidut rivit), joihin vastataan seuraavassa kappaleessa.
"""
import datetime as dt

from apu import lihava_rivi, lisaa_run, taulukko, uusi_dokumentti


def kysymys(doc, k, *vastaukset):
    lihava_rivi(doc, k)
    for v in vastaukset:
        doc.add_paragraph(v)


def rakenna(polku):
    doc = uusi_dokumentti("Päivi Lindholm", "Tarinatuoli – loppuraportti", dt.datetime(2025, 9, 3, 9, 15))
    doc.add_heading("Tarinatuoli – kirjaston lukupiirit ja kulttuurihetket palvelutaloihin", level=0)
    p = doc.add_paragraph()
    lisaa_run(p, "Loppuraportti · Ilvesjärven kaupunginkirjasto", bold=True)

    doc.add_heading("1. Taustatiedot", level=1)
    taulukko(doc, [
        ["Toteuttaja", "Ilvesjärven kaupunginkirjasto (Ilvesjärven kaupunki, kulttuuri- ja vapaa-aikapalvelut)"],
        ["Hankkeen nimi", "Tarinatuoli – kirjaston lukupiirit ja kulttuurihetket palvelutaloihin"],
        ["Avustuspäätös", "Itä-Suomen aluehallintovirasto 14.6.2024, Dnro ISAVI/4127/2024 (yleisten kirjastojen "
                          "kehittämisavustus)"],
        ["Toteutusaika", "1.8.2024–31.7.2025"],
        ["Talous", "Myönnetty avustus 38 000 euroa; toteutuneet kokonaiskustannukset 46 210 euroa"],
    ], otsikkorivi=False)

    doc.add_heading("2. Hankkeen teema ja tavoitteet", level=1)
    doc.add_paragraph(
        "Hanke liittyi kehittämisavustuksen painopisteeseen lukemisen edistäminen ja kirjastopalvelujen "
        "saavutettavuus. Ilvesjärvellä asuu palvelutaloissa ja tehostetussa palveluasumisessa noin 320 ikäihmistä, "
        "joista vain harva pääsee enää kirjastoon. Kirjastoauto pysähtyy palvelutalojen pihoilla, mutta moni "
        "asukas ei jaksa tai muista lähteä sinne. Hankkeessa kehitettiin tapoja viedä kirjasto asukkaiden luo.")
    doc.add_paragraph(
        "Hankkeen tavoitteena oli, että palvelutalojen asukkaat pääsevät säännöllisesti lukupiireihin ja "
        "kulttuurihetkiin omassa talossaan, että palvelutalojen henkilöstö ja vapaaehtoiset osaavat ohjata "
        "lukupiiriä ilman kirjaston työntekijää ja että kirjastolle syntyy pysyvä toimintamalli palvelutaloissa "
        "tehtävää työtä varten.")

    doc.add_heading("3. Hankkeen toteutus", level=1)
    kysymys(doc, "Hankkeen kesto",
            "Hanke toteutettiin suunnitellusti 1.8.2024–31.7.2025. Elokuu 2024 käytettiin suunnitteluun ja "
            "palvelutalojen kanssa sopimiseen, ja lukupiirit käynnistyivät syyskuussa 2024.")
    kysymys(doc, "Mitä käytännössä tehtiin, ja vastasiko toteutus alkuperäistä suunnitelmaa?",
            "Hankkeessa työskenteli hankekirjastonhoitaja 80 prosentin työajalla. Viidessä palvelutalossa "
            "kokoontui lukupiiri joka toinen viikko, yhteensä 146 kertaa. Lukupiireissä luettiin ääneen "
            "novelleja, runoja, pakinoita ja lehtijuttuja, ja jokainen kerta päättyi yhteiseen muisteluun. Lisäksi "
            "järjestettiin 22 kulttuurihetkeä yhteistyössä musiikkiopiston ja kaupunginteatterin kanssa: "
            "lauluhetkiä, runonlausuntaa ja pienoisnäytelmiä.",
            "Toteutus vastasi pääosin suunnitelmaa. Kuudes palvelutalo, Koivukoti, jäi pois, koska talo suljettiin "
            "peruskorjauksen vuoksi maaliskuussa 2025. Koivukodin asukkaat siirtyivät väistötiloihin, joten "
            "heille järjestettiin huhti–kesäkuussa 2025 lukuhetkiä kahdesti kuussa lähikirjaston tiloissa ja "
            "kuljetus hoidettiin palveluliikenteellä.")
    kysymys(doc, "Johdon ja henkilöstön sitoutuminen",
            "Kirjastotoimenjohtaja ja vanhuspalvelujen palvelupäällikkö istuivat ohjausryhmässä, ja palvelutalojen "
            "esihenkilöt nimesivät jokaiseen taloon yhteyshenkilön. Kirjaston henkilökunnasta kuusi osallistui "
            "lukupiirien ohjaamiseen sijaisina. Sitoutuminen vaihteli taloittain: kahdessa talossa hoitajat "
            "osallistuivat lukupiireihin itse, kolmessa he lähinnä saattoivat asukkaat paikalle.")
    kysymys(doc, "Käytetyt menetelmät ja kokemukset niistä",
            "Ääneen lukeminen ja muistelu osoittautuivat toimivimmiksi; lyhyet tekstit, jotka ehditään lukea "
            "kokonaan yhdellä kerralla, toimivat paremmin kuin jatkokertomukset. Selkokirjoja ja äänikirjoja "
            "käytettiin muistisairaiden asukkaiden kanssa. Lukulähettiläskoulutus (kolme kolmen tunnin kertaa) "
            "järjestettiin kahdesti palvelutalojen ohjaajille ja vapaaehtoisille. Koulutuksessa harjoiteltiin "
            "tekstien valintaa, ääneen lukemista ja keskustelun ohjaamista.")
    kysymys(doc, "Millaisia ongelmia ilmeni ja miten ne ratkaistiin?",
            "Suurin ongelma oli aikojen yhteensovittaminen palvelutalojen päivärytmiin: iltapäivän lukupiirit "
            "osuivat aluksi päiväunien ja lääkejakojen päälle. Siirsimme kokoontumiset aamupäivään kahvin "
            "yhteyteen, minkä jälkeen osallistujamäärät kasvoivat. Toinen ongelma oli vapaaehtoisten vaihtuvuus, "
            "johon vastasimme kouluttamalla lukulähettiläitä pareittain.")
    kysymys(doc, "Miten kustannusarvio toteutui?",
            "Kustannukset olivat yhteensä 46 210 euroa eli noin 97 prosenttia arvioidusta 47 500 eurosta. "
            "Palkkakulut toteutuivat suunnitellusti (34 900 €). Esiintyjäpalkkioihin kului arvioitua vähemmän, "
            "koska musiikkiopiston oppilaat esiintyivät osana opintojaan, ja säästö käytettiin "
            "selkokirjojen ja äänikirjasoittimien hankintaan.")

    doc.add_heading("4. Tulokset ja vaikuttavuus", level=1)
    kysymys(doc, "Miten tavoitteet toteutuivat?",
            "Lukupiireihin osallistui hankkeen aikana 212 eri asukasta, keskimäärin yhdeksän kullakin kerralla. "
            "Lukulähettiläitä koulutettiin 34, ja heistä 21 ohjaa tällä hetkellä lukupiiriä säännöllisesti. "
            "Kaikissa viidessä talossa lukupiiri jatkuu hankkeen jälkeen lukulähettiläiden ohjaamana. Kirjasto ja "
            "vanhuspalvelut ovat sopineet yhteistyöstä kirjallisesti, joten myös kolmas tavoite, pysyvä "
            "toimintamalli, toteutui.")
    kysymys(doc, "Mitä yllättävää hankkeessa tuli esiin?",
            "Emme osanneet odottaa, kuinka paljon lukupiirit vaikuttivat hoitajien ja asukkaiden väliseen "
            "vuorovaikutukseen. Hoitajat kertoivat oppineensa asukkaista uusia asioita muistelun kautta ja "
            "käyttäneensä tätä tietoa hoitotilanteissa. Yllätys oli myös se, että miesasukkaat innostuivat "
            "erityisesti urheilu- ja metsästysaiheisista teksteistä.")
    kysymys(doc, "Millä tavoin toteutusta ja tuloksia arvioitiin?",
            "Asukkailta kerättiin palaute selkokielisellä kuvalomakkeella neljä kertaa hankkeen aikana. "
            "Palvelutalojen henkilöstöä haastateltiin kahdesti, ja lukulähettiläät vastasivat verkkokyselyyn "
            "koulutuksen jälkeen ja hankkeen lopussa. Hankekirjastonhoitaja piti toimintapäiväkirjaa, ja "
            "ohjausryhmä kävi tulokset läpi viidessä kokouksessaan.")
    kysymys(doc, "Millaisia pysyviä toimintatapoja syntyi?",
            "Lukupiirit jatkuvat lukulähettiläiden ohjaamina, ja kirjasto toimittaa taloihin kuukausittain "
            "teemakassin tekstejä ja äänikirjoja. Lukulähettiläskoulutus on lisätty kirjaston vuosittaiseen "
            "koulutustarjontaan. Kulttuurihetkistä kaupungin kulttuuripalvelut ovat varanneet määrärahan vuoden "
            "2026 talousarvioehdotukseen.")
    kysymys(doc, "Miten vaikutukset näkyvät asiakkaille ja työyhteisössä?",
            "Asukkaiden palautteessa toistui kokemus siitä, että lukupiiri on viikon kohokohta, jota odotetaan. "
            "Henkilöstö raportoi, että lukupiirin jälkeen asukkaat ovat virkeämpiä ja keskustelevat keskenään "
            "enemmän. Kirjaston henkilökunnalle hanke toi uutta osaamista ikäihmisten kanssa työskentelystä.")

    doc.add_heading("5. Kehitysajatukset", level=1)
    doc.add_paragraph(
        "Syksystä 2025 alkaen lukulähettiläiden tuki on osa kirjaston kotipalvelun tehtäviä, ja kotipalvelun "
        "kirjastonhoitaja pitää lähettiläille tapaamisen kerran lukukaudessa. Vuonna 2026 kokeilemme "
        "videoyhteyttä, jonka avulla kaksi pienempää palvelukotia voi osallistua isomman talon lukupiiriin. "
        "Pidemmällä aikavälillä haluamme laajentaa toimintaa kotihoidon asiakkaisiin yhdessä "
        "vanhuspalvelujen kanssa.")

    doc.add_heading("6. Suositukset muille kirjastoille", level=1)
    doc.add_paragraph(
        "Suosittelemme lukulähettiläsmallia: kun palvelutalon oma ohjaaja tai vapaaehtoinen osaa ohjata "
        "lukupiirin, toiminta ei ole kirjaston henkilöresurssin varassa. Sopikaa yhteistyöstä vanhuspalvelujen "
        "kanssa jo suunnitteluvaiheessa ja nimetkää jokaiseen taloon yhteyshenkilö. Aloittakaa lyhyillä "
        "teksteillä ja sovittakaa aikataulu talon päivärytmiin. Lukulähettiläan opas on vapaasti käytettävissä "
        "kirjaston verkkosivuilla.")

    doc.add_heading("7. Tiivistelmä", level=1)
    doc.add_paragraph(
        "Tarinatuoli-hankkeessa Ilvesjärven kaupunginkirjasto vei lukupiirit ja kulttuurihetket viiteen "
        "palvelutaloon elokuusta 2024 heinäkuuhun 2025. Lukupiirit kokoontuivat 146 kertaa, ja niihin osallistui "
        "212 eri asukasta. Kulttuurihetkiä järjestettiin 22 yhdessä musiikkiopiston ja kaupunginteatterin kanssa. "
        "Hankkeessa koulutettiin 34 lukulähettilästä – palvelutalojen ohjaajia ja vapaaehtoisia – jotka "
        "ohjaavat lukupiirejä hankkeen päätyttyäkin. Asukkaat kokivat lukupiirin viikon kohokohdaksi, ja "
        "henkilöstö havaitsi asukkaiden virkistyvän ja keskustelevan enemmän. Kirjasto ja vanhuspalvelut "
        "sopivat pysyvästä yhteistyöstä, lukulähettiläskoulutus on osa kirjaston vuosittaista "
        "koulutustarjontaa ja kulttuurihetkille on esitetty määräraha vuodelle 2026. Tärkein oppi muille: "
        "kun lukupiirin ohjaamisen osaaminen siirretään palvelutalon omalle väelle, toiminta jatkuu ilman "
        "hankerahaa.")

    doc.add_heading("8. Laatimispäivämäärä ja yhteystiedot", level=1)
    doc.add_paragraph("Raportti laadittu Ilvesjärvellä 26.9.2025.")
    doc.add_paragraph(
        "Yhteyshenkilöt: kirjastotoimenjohtaja Päivi Lindholm, paivi.lindholm@ilvesjarvi.fi, 040 118 2254; "
        "hankekirjastonhoitaja Noora Väisänen (tavoitettavissa kirjaston asiakaspalvelun kautta).")
    doc.add_paragraph(
        "Muuta materiaalia: Lukulähettilään opas (pdf) ja kuvia toiminnasta kirjaston verkkosivuilla "
        "www.ilvesjarvi.fi/kirjasto/tarinatuoli.")
    doc.save(polku)

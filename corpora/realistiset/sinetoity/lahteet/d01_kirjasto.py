"""s-kirjasto-digituki-loppuraportti.pdf – loppuraportti, AVI:n kirjastoavustus. Tallennetaan LibreOfficella PDF:ksi."""
from apu import *


def rakenna(polku):
    d = uusi_dokumentti("Helena Saarikoski", "Digituki lähikirjastoihin – loppuraportti", pvm(2025, 2, 14))
    d.add_heading("Digituki lähikirjastoihin", 0)
    kappale(d, "Hankkeen loppuraportti – Harjulan kaupunginkirjasto")
    kappale(d, "Laadittu 14.2.2025")

    otsikko(d, "1 Taustatiedot")
    taulukko(d, [
        ["Tieto", "Sisältö"],
        ["Toteuttaja", "Harjulan kaupunginkirjasto, Harjulan kaupungin sivistyspalvelut"],
        ["Hankkeen nimi", "Digituki lähikirjastoihin"],
        ["Rahoittaja", "Etelä-Suomen aluehallintovirasto, yleisten kirjastojen kehittämisavustus"],
        ["Avustuspäätös", "28.11.2023, dnro ESAVI/18342/2023"],
        ["Hankeaika", "1.1.2024–31.12.2024"],
        ["Avustus ja kokonaiskustannukset", "Myönnetty 48 000 €, toteutuneet kokonaiskustannukset 59 310 €"],
    ])
    kappale(d, "")

    otsikko(d, "2 Mihin hankkeella pyrittiin?")
    kappale(d, "Harjulassa asuu noin 41 000 asukasta, ja heistä runsas viidennes on yli 65-vuotiaita. Kaupungin "
               "asukaskyselyssä vuonna 2022 joka neljäs yli 70-vuotias vastaaja kertoi, ettei pysty hoitamaan pankki- "
               "tai terveysasioitaan verkossa ilman apua. Digitukea oli ennen hanketta tarjolla vain pääkirjastossa "
               "kahtena iltapäivänä viikossa, ja jonot venyivät.")
    kappale(d, "Hankkeen tavoitteena oli tuoda säännöllinen, maksuton digituki kaupungin neljään lähikirjastoon "
               "(Kirkonkylä, Rantala, Koivumäki ja Mäntyharju) niin, että apua saa lähellä kotia ilman ajanvarausta. "
               "Toisena tavoitteena oli vahvistaa lähikirjastojen henkilökunnan omaa digiopastusosaamista, jotta "
               "tuki ei jää yhden työntekijän varaan. Kolmanneksi halusimme tavoittaa myös ne asukkaat, jotka eivät "
               "itse tule kirjastoon, yhteistyössä kotihoidon ja eläkeläisjärjestöjen kanssa.")

    otsikko(d, "3 Mitä käytännössä tehtiin")
    lihava_rivi(d, "Kesto")
    kappale(d, "Hanke kesti suunnitellusti koko kalenterivuoden 2024. Digitukihenkilö aloitti 8.1.2024 ja viimeinen "
               "hankkeen rahoittama opastusvuoro pidettiin 19.12.2024.")
    lihava_rivi(d, "Toteutus suhteessa suunnitelmaan")
    kappale(d, "Jokaisessa lähikirjastossa pidettiin digitukivuoro kerran viikossa, pääkirjastossa kahdesti. "
               "Alkuperäisessä suunnitelmassa vuorot olivat aamupäivisin, mutta helmikuussa ne siirrettiin "
               "iltapäiviin, koska kävijät toivoivat sitä. Lisäksi järjestettiin 14 teemailtapäivää (esimerkiksi "
               "Omakanta, mobiilivarmenne, huijausviestien tunnistaminen) ja 22 kotikäyntiä kotihoidon asiakkaille. "
               "Kotikäyntejä suunniteltiin alun perin 40, mutta yhteistyö kotihoidon kanssa käynnistyi vasta "
               "toukokuussa.")
    lihava_rivi(d, "Johdon ja henkilöstön sitoutuminen")
    kappale(d, "Kirjastotoimenjohtaja osallistui ohjausryhmään ja lähikirjastojen vastaavat vuorosuunnitteluun. "
               "Kaikki 17 lähikirjastojen työntekijää osallistuivat vähintään kahteen sisäiseen koulutukseen.")
    lihava_rivi(d, "Menetelmät ja kokemukset niistä")
    luettelo(d, [
        "drop in -opastus ilman ajanvarausta – toimi parhaiten, kävijöitä oli eniten",
        "teemailtapäivät – hyvä tapa käsitellä huijauksia ja tietoturvaa ryhmässä",
        "kotikäynnit yhdessä kotihoidon kanssa – työläitä, mutta tavoittivat täysin uusia asiakkaita",
        "työntekijöiden vertaisoppiminen ”digitorstaisin” – matala kynnys kysyä toiselta",
    ])
    lihava_rivi(d, "Omat asiantuntijat ja ulkopuoliset palveluntuottajat")
    kappale(d, "Opastuksen hoitivat hankkeen digitukihenkilö ja kirjaston oma henkilökunta. Ulkopuolista osaamista "
               "ostettiin kahteen tietoturvakoulutukseen (Tietoturvakoulu Oy). Työnjako toimi, mutta ostokoulutusten "
               "sisältö olisi pitänyt sovittaa paremmin kirjaston asiakkaiden arkeen.")
    lihava_rivi(d, "Millaisia ongelmia ilmeni ja miten ne ratkaistiin?")
    kappale(d, "Suurin ongelma oli lähikirjastojen heikko langaton verkko Rantalassa ja Mäntyharjulla. Kaupungin "
               "tietohallinto asensi keväällä uudet tukiasemat, ja siihen asti opastuksessa käytettiin hankkeen "
               "omia mobiilireitittimiä. Toinen ongelma oli kotikäyntien hidas käynnistyminen, joka ratkesi, kun "
               "kotihoidon esihenkilöt ottivat digituen osaksi asiakkaan hoito- ja palvelusuunnitelman laatimista.")
    lihava_rivi(d, "Miten kustannusarvio toteutui?")
    kappale(d, "Kokonaiskustannukset olivat 59 310 € eli 690 € alle arvion. Henkilöstökulut toteutuivat "
               "suunnitellusti; laitehankinnoissa säästyi, koska kaupunki kustansi tukiasemat. Ostopalveluihin "
               "käytettiin 2 400 €.")

    otsikko(d, "4 Tulokset ja vaikuttavuus")
    lihava_rivi(d, "Miten tavoitteet toteutuivat?")
    kappale(d, "Digitukea annettiin vuoden aikana 1 240 kertaa, josta 61 % lähikirjastoissa. Tavoite (800 "
               "ohjauskertaa, joista puolet lähikirjastoissa) ylittyi selvästi. Henkilöstön osaamistavoite "
               "toteutui: alku- ja loppukyselyn mukaan niiden työntekijöiden osuus, jotka kokivat pystyvänsä "
               "opastamaan tunnistautumisessa, nousi 35 prosentista 88 prosenttiin. Kotona asuvien tavoittaminen "
               "toteutui osittain (22 kotikäyntiä 40:n sijaan).")
    lihava_rivi(d, "Mitä yllättävää tuli esiin?")
    kappale(d, "Noin viidennes asiakkaista oli työikäisiä, usein maahan muuttaneita, jotka tarvitsivat apua "
               "Kelan ja TE-palvelujen asioinnissa. Tätä emme osanneet odottaa, ja syksyllä kokeilimme "
               "selkosuomen ja englannin kielen opastusvuoroja.")
    lihava_rivi(d, "Millä tavoin toteutusta ja tuloksia arvioitiin?")
    kappale(d, "Ohjauskerrat tilastoitiin jokaisesta vuorosta lomakkeella. Asiakaspalautetta kerättiin "
               "paperilomakkeella ja QR-kyselyllä (n = 212, keskiarvo 4,6/5). Henkilöstölle tehtiin alku- ja "
               "loppukysely, ja ohjausryhmä kävi puolivuosittain läpi tilannekatsauksen.")
    lihava_rivi(d, "Pysyvät toimintatavat")
    kappale(d, "Digitukivuorot jatkuvat kaikissa lähikirjastoissa, ja digitorstait ovat vakiintuneet henkilöstön "
               "viikkorutiiniksi. Kotihoidon kanssa laadittu ohjausketju on kirjattu kotihoidon prosessikuvaukseen.")
    lihava_rivi(d, "Miten vaikutukset näkyvät?")
    kappale(d, "Pääkirjaston digitukijonot ovat lyhentyneet, ja lähikirjastoissa käy uusia asiakkaita, jotka "
               "jäävät usein lainaamaan. Henkilökunta kertoo olevansa varmempi myös muissa asiakastilanteissa.")

    otsikko(d, "5 Miten tästä eteenpäin?")
    kappale(d, "Kaupungin vuoden 2025 talousarvioon on sisällytetty 0,6 henkilötyövuotta digitukeen, joten "
               "vuorot jatkuvat ilman hankerahaa. Uudistumiskykyä pidämme yllä jatkamalla digitorstaita ja "
               "kokoamalla kävijöiden kysymykset puolivuosittain, jotta koulutuksia voidaan suunnata. Seuraavaksi "
               "haluamme kokeilla etäopastusta videoyhteydellä saaristokylien asukkaille.")

    otsikko(d, "6 Vinkkejä muille kirjastoille")
    kappale(d, "Suosittelemme drop in -mallia ja lyhyitä teemailtapäiviä: niihin on helppo tulla, ja ne "
               "tuovat samalla uusia asiakkaita kirjastoon. Kotihoidon kanssa kannattaa sopia yhteistyöstä jo "
               "suunnitteluvaiheessa eikä vasta hankkeen käynnistyttyä. Varatkaa myös budjettiin laitteita "
               "ja verkkoyhteyksiä varten, sillä lähikirjastojen tekniikka ei aina riitä.")

    otsikko(d, "7 Tiivistelmä")
    kappale(d, "Harjulan kaupunginkirjaston Digituki lähikirjastoihin -hanke (1.1.–31.12.2024) toi säännöllisen "
               "digituen kaupungin neljään lähikirjastoon. Digitukihenkilö ja kirjaston henkilökunta antoivat "
               "opastusta 1 240 kertaa, mikä ylitti tavoitteen selvästi. Henkilökunnan opastusosaaminen vahvistui "
               "sisäisten koulutusten ja viikoittaisten digitorstaiden avulla. Kotihoidon kanssa tehtiin 22 "
               "kotikäyntiä, ja yhteistyöstä syntyi ohjausketju, joka on nyt osa kotihoidon prosessia. Asiakkaat "
               "antoivat opastukselle keskimäärin arvosanan 4,6/5. Toiminta jatkuu vuonna 2025 kaupungin omalla "
               "rahoituksella. Muille kirjastoille suosittelemme ajanvaraukseton drop in -opastusta sekä "
               "yhteistyön sopimista kotihoidon kanssa jo suunnitteluvaiheessa.")

    otsikko(d, "8 Yhteystiedot")
    kappale(d, "Raportin laati kirjastotoimenjohtaja Helena Saarikoski 14.2.2025.")
    kappale(d, "Lisätietoja: Helena Saarikoski, helena.saarikoski@harjula.fi, puh. 040 712 3345; "
               "digitukihenkilö Joonas Vartiainen, joonas.vartiainen@harjula.fi.")
    kappale(d, "Liitteet: asiakaspalautteen yhteenveto (2 s.), teemailtapäivien ohjelmat.")
    d.save(polku)

"""r1-kunta-liikunta-hankesuunnitelma.docx – pitkä hankesuunnitelma, jäljitetyt muutokset.

Ratkaiseva sisältö: hankkeen toteutusaika on vain w:ins-lisäyksessä (vanha aika w:del-poistossa),
ja yksi kokonaan poistettu kappale sisältää hankeajan ulkopuolisen päivämäärän.
"""
import datetime as dt

from apu import (jaljitetty_kappale, lihava_rivi, lisatty_kappale, poistettu_kappale,
                 taulukko, tyhjenna_solu, lisaa_run, lisaa_ins, lisaa_del, uusi_dokumentti)

A1 = "Heli Markkanen"
A2 = "Antti Korhonen"
D1 = "2025-03-12T09:41:00Z"
D2 = "2025-03-13T15:07:00Z"


def rakenna(polku):
    doc = uusi_dokumentti(A1, "Liikkuen kotona pidempään – hankesuunnitelma", dt.datetime(2025, 2, 20, 8, 30))

    doc.add_heading("Liikkuen kotona pidempään", level=0)
    p = doc.add_paragraph()
    lisaa_run(p, "Ikäihmisten liikuntaneuvonnan ja kotihoidon yhteistyömallin kehittämishanke – hankesuunnitelma", bold=True)
    doc.add_paragraph("Luonnos 3 · 14.3.2025 · Koivulahden kaupunki, liikuntapalvelut")

    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    perus = [
        ("Hakija", "Koivulahden kaupunki, sivistystoimiala / liikuntapalvelut"),
        ("Osatoteuttaja", "Järvi-Hämeen hyvinvointialue, kotihoito ja kuntoutuspalvelut"),
        ("Haettava rahoitus", "Aluehallintoviraston liikunnallisen elämäntavan paikallinen kehittämisavustus (opetus- ja kulttuuriministeriön määräraha)"),
        ("Hankkeen toteutusaika", None),
        ("Kokonaiskustannukset", "286 400 euroa, josta haettava avustus 200 480 euroa (70 %)"),
        ("Yhteyshenkilö", "liikuntasuunnittelija Heli Markkanen, heli.markkanen@koivulahti.fi, 044 712 3380"),
    ]
    for i, (k, v) in enumerate(perus):
        t.cell(i, 0).text = k
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        if v is not None:
            t.cell(i, 1).text = v
        else:
            par = tyhjenna_solu(t.cell(i, 1))
            lisaa_del(par, "1.9.2025–31.8.2027", A2, D2)
            lisaa_ins(par, "1.1.2026–31.12.2027", A2, D2)

    doc.add_paragraph(
        "Suunnitelma on laadittu aluehallintoviraston kevään 2025 hakua varten yhdessä Järvi-Hämeen "
        "hyvinvointialueen kotihoidon ja kuntoutuksen, Koivulahden Eläkkeensaajat ry:n ja SPR:n Koivulahden "
        "osaston kanssa. Hankkeen valmistelusta on kerrottu sivistyslautakunnalle 25.2.2025, ja tätä "
        "luonnosta käsiteltiin liikuntapalvelujen johtoryhmässä 10.3.2025.")

    lihava_rivi(doc, "Hankkeen tiivistelmä")
    doc.add_paragraph(
        "Liikkuen kotona pidempään -hankkeessa Koivulahden kaupungin liikuntapalvelut ja Järvi-Hämeen "
        "hyvinvointialueen kotihoito rakentavat yhteisen tavan tukea niiden ikäihmisten liikkumista, jotka eivät "
        "enää pääse kodin ulkopuolisiin liikuntaryhmiin. Liikuntaneuvojat tekevät kotikäyntejä ja laativat "
        "jokaiselle henkilökohtaisen kotivoimisteluohjelman, kotihoidon tiimit oppivat tukemaan liikkumista "
        "osana tavallisia käyntejä, ja kortteleihin perustetaan vapaaehtoisten tukemia tuolijumpparyhmiä. "
        "Hankkeen aikana noin 300 ikäihmistä saa liikuntaneuvontaa. Hankkeen tuloksena syntyy kaupungin ja "
        "hyvinvointialueen yhteinen, sopimuksella vakiinnutettu toimintamalli, joka kuvataan muiden kuntien "
        "käyttöön.")

    # 1 Tausta
    doc.add_heading("1. Lähtötilanne ja hankkeen tarve", level=1)
    for teksti in [
        "Koivulahdessa asui vuoden 2024 lopussa 31 400 asukasta, joista 75 vuotta täyttäneitä oli 3 120. "
        "Väestöennusteen mukaan ikäryhmä kasvaa noin neljänneksellä vuoteen 2035 mennessä. Valtaosa "
        "ikäihmisistä asuu omassa kodissaan, ja kaupungin ikäohjelman keskeinen linjaus on, että näin voi olla "
        "mahdollisimman pitkään. Kotona asumisen edellytykset heikkenevät kuitenkin nopeasti, jos liikkumiskyky "
        "alenee: portaat, pihatie tai kauppamatka muuttuvat esteiksi, ja ihminen jää helposti neljän seinän sisälle.",
        "Kaatumiset ovat tästä näkyvin seuraus. Hyvinvointialueen tilastojen mukaan koivulahtelaisille yli "
        "75-vuotiaille kirjattiin vuonna 2023 yhteensä 412 kaatumiseen liittyvää päivystyskäyntiä, ja "
        "lonkkamurtumia hoidettiin 58. Kotihoidon asiakkaista noin 60 prosentilla on RAI-arvioinnin perusteella "
        "kohonnut kaatumisriski. Yksi vältetty lonkkamurtuma säästää arvioiden mukaan yli 20 000 euroa "
        "ensimmäisen vuoden hoitokustannuksissa, mutta ennen kaikkea se säästää ihmisen arjen ja itsenäisyyden.",
        "Kaupungin liikuntapalveluilla on pitkä kokemus ikäihmisten ohjatuista ryhmistä. Vuonna 2024 "
        "senioriryhmissä kävi viikoittain noin 640 henkeä. Ryhmät tavoittavat kuitenkin ennen kaikkea "
        "hyväkuntoisia ja liikkumaan tottuneita. Vuoden 2022 ikäihmisten hyvinvointikyselyssä (n = 1 046) "
        "27 prosenttia 80 vuotta täyttäneistä vastaajista kertoi, ettei pääse kodin ulkopuolisiin "
        "liikuntaryhmiin lainkaan. Yleisimmät syyt olivat kulkeminen, kivut ja pelko kaatumisesta. Juuri tämä "
        "joukko hyötyisi liikunnasta eniten, ja juuri sitä nykyiset palvelut tavoittavat huonoimmin.",
        "Kotihoidon työntekijät tapaavat tämän väestönosan päivittäin, mutta käynnit ovat lyhyitä ja "
        "keskittyvät lääkehoitoon, ravitsemukseen ja hygieniaan. Henkilöstön pikakyselyssä syksyllä 2024 "
        "kaksi kolmasosaa vastaajista arvioi, että asiakkaiden liikkumisen tukeminen jää kiireen vuoksi "
        "satunnaiseksi, ja vain joka neljäs tiesi, mihin asiakkaan voisi ohjata liikuntaneuvontaan. Kaupungin "
        "liikuntaneuvonta ja hyvinvointialueen kotikuntoutus toimivat nyt rinnakkain, eikä niillä ole yhteistä "
        "ohjauskäytäntöä tai kirjaamisen tapaa. Sama asiakas voi saada kaksi erilaista jumppaohjetta – tai ei "
        "yhtäkään.",
        "Nykyisin liikuntaneuvontaa annetaan kaupungin liikuntapalveluissa yhden liikuntaneuvojan voimin. "
        "Neuvonta on pääosin vastaanottotoimintaa uimahallin yhteydessä, ja vuonna 2024 asiakkaita oli 214, joista "
        "yli 75-vuotiaita vain 31. Hyvinvointialueen kotikuntoutus puolestaan on lyhytkestoista, yleensä "
        "sairaalajakson jälkeen alkavaa kuntoutusta, joka päättyy, kun akuutti tarve on ohi. Väliin jää juuri se "
        "vaihe, jossa liikkumiskyky heikkenee hiljalleen mutta mitään yksittäistä syytä puuttua ei vielä ole. "
        "Tähän väliin hanke rakentaa uuden toimintatavan.",
        "Hanke tukee kaupunkistrategian tavoitetta ”hyvä arki kaikenikäisille” sekä kaupungin hyvinvointikertomuksessa "
        "nimettyä painopistettä ikääntyneiden toimintakyvyn ylläpitämisestä. Valtakunnallisesti ikäihmisten "
        "liikkumisen tukeminen on nostettu esiin muun muassa ikäihmisten liikuntasuosituksissa ja "
        "kaatumisten ehkäisyn toimenpideohjelmissa, joiden keskeinen viesti on, että lihasvoima- ja "
        "tasapainoharjoittelu kannattaa aloittaa ennen kuin ensimmäinen kaatuminen on tapahtunut.",
        "Ajoitus on nyt otollinen. Hyvinvointialueen kotihoito on uudistamassa palvelutarpeen arviointia ja "
        "kirjaamiskäytäntöjään, joten liikkumisen tukeminen voidaan rakentaa mukaan uudistukseen sen sijaan, että "
        "se lisättäisiin jälkikäteen erilliseksi tehtäväksi. Kaupungin liikuntapalveluissa puolestaan vapautuu "
        "vuonna 2026 iltapäiväaikoja, kun koululiikunta siirtyy uuteen liikuntahalliin, ja henkilöstöä voidaan "
        "suunnata ikäihmisten palveluihin.",
        "Hanketta on valmisteltu talvella 2024–2025 kolmessa työpajassa, joihin osallistui kotihoidon "
        "esihenkilöitä, fysioterapeutteja, liikuntaneuvojia sekä eläkeläisjärjestöjen ja vanhusneuvoston "
        "edustajia. Viimeisessä työpajassa 12.2.2025 sovittiin hankkeen painopisteistä: liikuntaneuvonta viedään "
        "sinne, missä ikäihminen on, ja kotihoidon arkeen rakennetaan pysyvä tapa tukea liikkumista. "
        "Työpajoissa kuultiin myös kuutta ikäihmistä ja kahta omaishoitajaa, joiden toiveet näkyvät "
        "suunnitelmassa: ohjauksen pitää olla henkilökohtaista, liikkeiden pitää sopia pieneen kotiin, ja "
        "jonkun pitää kysyä perään.",
    ]:
        doc.add_paragraph(teksti)

    # 2 Kohderyhmä
    doc.add_heading("2. Kenelle hanke on?", level=1)
    for teksti in [
        "Hankkeen ensisijainen kohderyhmä ovat kotona asuvat koivulahtelaiset, jotka ovat täyttäneet 70 vuotta ja "
        "joiden liikkumiskyky on heikentynyt niin, etteivät he pysty tai uskalla osallistua kodin ulkopuoliseen "
        "liikuntaan. Suuri osa heistä on kotihoidon tai tukipalvelujen asiakkaita, osa asuu omaishoitajansa "
        "kanssa. Arvioimme, että kaupungissa on noin 900 tällaista ikäihmistä; hankkeen aikana tavoitamme heistä "
        "noin kolmanneksen.",
        "Toinen kohderyhmä ovat ammattilaiset, joiden työ ratkaisee, jääkö liikkuminen osaksi arkea: kotihoidon "
        "lähi- ja sairaanhoitajat (noin 190 työntekijää kuudessa tiimissä), kotikuntoutuksen fysioterapeutit sekä "
        "kaupungin liikuntaneuvojat. Kolmanneksi hanke tukee omaishoitajia ja järjestöjen vapaaehtoisia, jotka "
        "voivat toimia liikuntakavereina.",
        "Kohderyhmän tavoittamisessa kiinnitetään erityistä huomiota niihin, jotka eivät itse hakeudu palveluihin: "
        "yksin asuviin, muistisairaisiin, vähävaraisiin ja niihin, joilla ei ole omaisia lähellä. Siksi ohjaus "
        "tulee ensisijaisesti kotihoidon, terveysasemien ja järjestöjen kautta, ja neuvonta on asiakkaalle "
        "maksutonta. Materiaalit tehdään selkokielellä ja isolla tekstillä.",
        "Välillisesti hankkeesta hyötyvät hyvinvointialueen palvelut, kun kaatumiset ja raskaampien palvelujen "
        "tarve vähenevät, sekä muut Järvi-Hämeen kunnat, joille toimintamalli on tarkoitus levittää.",
    ]:
        doc.add_paragraph(teksti)

    # 3 Tavoitteet
    doc.add_heading("3. Tavoitteet", level=1)
    doc.add_paragraph(
        "Hankkeen päämääränä on, että koivulahtelaiset ikäihmiset pystyvät liikkumaan turvallisesti kotonaan ja "
        "sen lähiympäristössä ja voivat asua omassa kodissaan pidempään. Päämäärää tavoitellaan neljällä "
        "osatavoitteella, jotka on koottu alla olevaan taulukkoon yhdessä keskeisten toimenpiteiden ja "
        "mittareiden kanssa. Toimenpiteet kuvataan tarkemmin luvussa 4 ja arviointi luvussa 8.")
    taulukko(doc, [
        ["Tavoite", "Keskeiset toimenpiteet", "Mittarit ja arviointi"],
        ["1. Liikuntaneuvonta tavoittaa kotona asuvat ikäihmiset, joiden liikkumiskyky on heikentynyt.",
         "Yhteiset ohjauskriteerit kotihoidolle ja terveysasemille; liikuntaneuvonnan kotikäynnit; "
         "puhelinneuvonta ja omaisten ohjaus.",
         "Neuvontaan ohjattujen määrä (tavoite 300 henkeä hankkeen aikana), joista kotihoidon asiakkaita "
         "vähintään 40 %; ohjauksen lähde kirjataan jokaisesta asiakkaasta."],
        ["2. Osallistujien toimintakyky ja liikkumisvarmuus paranevat.",
         "Henkilökohtainen kotivoimisteluohjelma; 12 viikon ohjattu kotijumppajakso; korttelien "
         "tuolijumpparyhmät ja liikuntakaverit.",
         "SPPB-testi alussa ja kuuden kuukauden kohdalla (tavoite: vähintään 60 %:lla tulos pysyy ennallaan tai "
         "paranee); kaatumisen pelkoa mittaava FES-I-kysely."],
        ["3. Kotihoidon henkilöstö tukee asiakkaiden arkiliikuntaa osana jokaista käyntiä.",
         "Arkiliikuntavalmennus kotihoidon tiimeille; liikuntavinkkikortit; tiimien liikuntalähettiläät; "
         "rakenteinen kirjaus.",
         "Valmennukseen osallistuneiden osuus (tavoite 80 % henkilöstöstä); liikkumisen tukemisen kirjausten "
         "määrä asiakastietojärjestelmässä; henkilöstökysely alussa ja lopussa."],
        ["4. Liikuntaneuvonnan ja kotikuntoutuksen yhteistyö vakiintuu kaupungin ja hyvinvointialueen pysyväksi "
         "käytännöksi.",
         "Yhteisen ohjausprosessin kuvaus; yhteistyösopimuksen valmistelu; toimintamallin kuvaus Innokylään.",
         "Yhteistyösopimus hyväksytty vuoden 2027 loppuun mennessä; prosessikuvaus käytössä kaikissa kotihoidon "
         "tiimeissä; ohjausryhmän arvio toimintamallin valmiudesta."],
    ])
    doc.add_paragraph(
        "Lyhyesti sanottuna haluamme, että yhä harvempi ikäihminen jää kotiinsa liikkumattomaksi sen vuoksi, "
        "ettei kukaan ehtinyt tai osannut tukea häntä. Kun kotihoidon hoitaja, liikuntaneuvoja ja fysioterapeutti "
        "tekevät työtä saman asiakkaan hyväksi yhteisellä tavalla, liikkumisen tuki ei enää riipu yksittäisen "
        "työntekijän innostuksesta.")

    # 4 Toteutus
    doc.add_heading("4. Toteutus", level=1)
    doc.add_paragraph(
        "Hanke toteutetaan neljänä työpakettina. Työpaketit etenevät osin rinnakkain, ja niiden väliset siirtymät "
        "on suunniteltu niin, että ensimmäisen vuoden kokemukset ehtivät vaikuttaa toisen vuoden toimintaan. "
        "Työpaketit on rakennettu osatavoitteiden mukaan: ensimmäinen palvelee erityisesti tavoitteita 1 ja 4, "
        "toinen tavoitetta 2, kolmas tavoitetta 3 ja neljäs tavoitetta 4. Kaikissa työpaketeissa ikäihmiset ja "
        "heidän omaisensa ovat mukana kertomassa, mikä toimii ja mikä ei – palautetta kerätään jokaisen "
        "kotijakson lopussa ja ryhmissä puolen vuoden välein.")
    lihava_rivi(doc, "TP1 Ohjauspolku kuntoon")
    doc.add_paragraph(
        "Hankkeen ensimmäisinä kuukausina liikuntaneuvojat, kotihoidon esihenkilöt ja kotikuntoutuksen "
        "fysioterapeutit laativat yhteiset kriteerit sille, kenet ohjataan liikuntaneuvontaan ja miten. Ohjaus "
        "tehdään asiakastietojärjestelmän kautta sähköisellä lähetteellä, ja myös ikäihminen itse tai hänen "
        "omaisensa voi ottaa yhteyttä suoraan neuvontapuhelimeen, joka päivystää arkipäivisin kello 9–11. "
        "Terveysasemien hoitajat ja vanhusneuvoston jäsenet perehdytetään ohjauskriteereihin kevään 2026 aikana. "
        "Ohjauspolkua testataan ensin kahdessa kotihoidon tiimissä (Keskusta ja Rantala) ja laajennetaan "
        "syksyllä 2026 kaikkiin kuuteen tiimiin.")
    lihava_rivi(doc, "TP2 Liikuntaneuvontaa kotiin")
    doc.add_paragraph(
        "Kaksi hankkeeseen palkattavaa liikuntaneuvojaa tekee kotikäyntejä. Ensimmäisellä käynnillä kartoitetaan "
        "asiakkaan liikkumisen tilanne, kodin ja pihan esteet sekä asiakkaan omat toiveet: joku haluaa päästä taas "
        "kauppaan, joku toinen pihakeinuun tai tyttärensä luo kylään. Näiden toiveiden pohjalta laaditaan "
        "henkilökohtainen kotivoimisteluohjelma, joka jää asiakkaalle kuvitettuna vihkona. Tämän jälkeen alkaa "
        "12 viikon jakso, jonka aikana liikuntaneuvoja käy kotona neljä kertaa ja soittaa käyntien välillä. Jakson "
        "lopussa sovitaan, miten liikkuminen jatkuu: korttelin tuolijumpparyhmässä, liikuntakaverin kanssa tai "
        "kotihoidon tukemana.")
    doc.add_paragraph(
        "Korttelien tuolijumpparyhmiä perustetaan taloyhtiöiden kerhohuoneisiin, palvelutalojen yhteistiloihin ja "
        "seurakunnan tiloihin niin, että matka ryhmään on enintään muutama sata metriä. Ryhmiä ohjaavat hankkeen "
        "alkuvaiheessa liikuntaneuvojat, ja vähitellen ohjausvastuuta siirretään koulutetuille vapaaehtoisille. "
        "SPR:n Koivulahden osasto ja Koivulahden Eläkkeensaajat ry kouluttavat yhdessä hankkeen kanssa "
        "liikuntakavereita, jotka lähtevät ikäihmisen kanssa ulos kävelylle tai asioille.")
    doc.add_paragraph(
        "Liikuntakaverikoulutus kestää kolme iltaa. Siinä käydään läpi ikääntymisen vaikutukset liikkumiseen, "
        "turvallinen avustaminen portaissa ja epätasaisessa maastossa, toiminta kaatumistilanteessa sekä "
        "vapaaehtoisen oma jaksaminen ja rajat. Koulutuksia järjestetään kaksi kertaa vuodessa, ja jokaiselle "
        "uudelle liikuntakaverille nimetään kokeneempi työpari ensimmäisiksi kuukausiksi. Vapaaehtoiset "
        "kokoontuvat liikuntaneuvojien kanssa kerran kuussa vaihtamaan kokemuksia.")
    poistettu_kappale(doc,
        "Lisäksi kokeillaan uimahallin vesijumpparyhmää kotihoidon asiakkaille syksyllä 2025 jo ennen "
        "varsinaisen hankkeen alkua.", A2, D2)
    doc.add_paragraph(
        "Esimerkki: 84-vuotias Aino asuu yksin kerrostalon kolmannessa kerroksessa, jossa ei ole hissiä. Hän ei ole "
        "käynyt ulkona puoleen vuoteen, koska pelkää portaita. Kotihoidon hoitaja ohjaa hänet neuvontaan. "
        "Liikuntaneuvoja harjoittelee Ainon kanssa ensin tuolilta nousua ja porrasaskelta eteisessä, sitten "
        "yhtä porrasväliä kerrallaan. Kahdentoista viikon jälkeen Aino pääsee liikuntakaverin kanssa pihalle ja "
        "lähimpään kauppaan, ja hoitaja muistuttaa käynneillä sovituista liikkeistä.")
    lihava_rivi(doc, "TP3 Liikkuminen osaksi kotihoidon käyntiä")
    doc.add_paragraph(
        "Kotihoidon jokainen tiimi osallistuu neljän kerran arkiliikuntavalmennukseen (4 × 2 tuntia), jonka "
        "hankkeen fysioterapeutti ja liikuntaneuvojat toteuttavat tiimien omissa tiloissa työvuorojen lomassa. "
        "Valmennuksessa harjoitellaan yksinkertaisia liikkeitä, jotka sopivat luontevasti käynnin lomaan: "
        "tuolilta nousu ennen aamupalaa, varpaille nousu tiskipöydän ääressä, muutama askel ilman rollaattoria "
        "hoitajan vierellä. Jokaiseen tiimiin nimetään liikuntalähettiläs, joka pitää asiaa esillä "
        "tiimipalavereissa ja toimii yhteyshenkilönä liikuntaneuvojiin. Asiakkaille jaetaan "
        "liikuntavinkkikortit, joihin hoitaja ja asiakas merkitsevät yhdessä sovitut liikkeet.")
    doc.add_paragraph(
        "Valmennuksen neljä kertaa rakentuvat niin, että ensimmäisellä kerralla käydään läpi, miksi liikkuminen "
        "on osa hoitoa eikä ylimääräinen tehtävä, ja tutustutaan ohjauspolkuun. Toisella ja kolmannella kerralla "
        "harjoitellaan liikkeitä ja niiden ohjaamista eri kuntoisille asiakkaille, myös muistisairaille ja "
        "vuodepotilaille. Neljännellä kerralla tiimi sopii omat käytäntönsä: missä käynneissä liikkuminen "
        "otetaan puheeksi, miten se kirjataan ja miten liikuntalähettiläs pitää asian esillä. Uusille "
        "työntekijöille valmennuksen ydinsisältö tarjotaan tiivistettynä verkkomateriaalina.")
    doc.add_paragraph(
        "Asiakastietojärjestelmään lisätään yhdessä hyvinvointialueen tietohallinnon kanssa rakenteinen kirjaus "
        "liikkumisen tukemisesta. Näin liikkumisen tuki näkyy hoito- ja palvelusuunnitelmassa eikä jää "
        "yksittäisen työntekijän muistin varaan. Kirjausta pilotoidaan samoissa kahdessa tiimissä kuin "
        "ohjauspolkua.")
    lihava_rivi(doc, "TP4 Yhteinen toimintamalli ja sen vakiinnuttaminen")
    doc.add_paragraph(
        "Neljäs työpaketti kokoaa muiden työpakettien kokemukset toimintamalliksi. Malli kuvataan "
        "prosessikaaviona ja käsikirjana, joihin kuuluvat ohjauskriteerit, kotikäyntien rakenne, "
        "kotivoimisteluohjelman pohja, valmennusmateriaali ja vapaaehtoisten perehdytys. Koivulahden kaupungin ja "
        "hyvinvointialueen välisen yhteistyösopimuksen valmistelu aloitetaan loppuvuodesta 2026, ja sopimus "
        "viedään hyväksyttäväksi vuoden 2027 aikana. Sopimuksessa sovitaan työnjaosta, kirjaamisesta ja "
        "kustannusten jakamisesta hankkeen jälkeen. Toimintamallin kuvaus julkaistaan Innokylässä, ja sitä "
        "esitellään muille Järvi-Hämeen kunnille.")

    # 5 Aikataulu
    doc.add_heading("5. Aikataulu", level=1)
    doc.add_paragraph("Toiminnan vaiheistus vuosineljänneksittäin (X = toiminta käynnissä):")
    q = ["Q1/2026", "Q2/2026", "Q3/2026", "Q4/2026", "Q1/2027", "Q2/2027", "Q3/2027", "Q4/2027"]
    rivit = [["Toiminta"] + q]
    def rivi(nimi, paalla):
        return [nimi] + ["X" if i in paalla else "" for i in range(8)]
    rivit += [
        rivi("Rekrytointi ja perehdytys", {0}),
        rivi("TP1 ohjauskriteerit ja ohjauspolku", {0, 1, 2}),
        rivi("TP2 kotikäynnit ja 12 viikon jaksot", {1, 2, 3, 4, 5, 6, 7}),
        rivi("TP2 korttelien tuolijumpparyhmät", {2, 3, 4, 5, 6, 7}),
        rivi("TP3 arkiliikuntavalmennus tiimeille", {1, 2, 3, 4}),
        rivi("Alku- ja seurantamittaukset", {1, 2, 3, 4, 5, 6}),
        rivi("TP4 toimintamalli ja yhteistyösopimus", {3, 4, 5, 6, 7}),
        rivi("Naapurikuntien kokeilut", {4, 5, 6}),
        rivi("Loppuseminaari ja loppuraportti", {7}),
    ]
    taulukko(doc, rivit)
    doc.add_paragraph(
        "Väliraportti laaditaan helmikuussa 2027. Loppuseminaari pidetään marraskuussa 2027, ja loppuraportti "
        "kirjoitetaan joulukuussa 2027.")

    # 6 Organisointi
    doc.add_heading("6. Organisointi ja yhteistyö", level=1)
    for teksti in [
        "Hankkeen hallinnoija on Koivulahden kaupungin liikuntapalvelut, joka vastaa hankkeen taloudesta, "
        "raportoinnista ja henkilöstön esihenkilötyöstä. Hankkeeseen palkataan kokoaikainen hankekoordinaattori "
        "ja kaksi kokoaikaista liikuntaneuvojaa. Liikuntaneuvojilta edellytetään liikunnanohjaajan (AMK) tai "
        "fysioterapeutin tutkintoa ja kokemusta ikäihmisten parissa työskentelystä. Järvi-Hämeen "
        "hyvinvointialue osallistuu hankkeeseen omalla työpanoksellaan: kotikuntoutuksen fysioterapeutti "
        "työskentelee hankkeessa 20 prosentin työajalla, ja kotihoidon esihenkilöt osallistuvat ohjauspolun ja "
        "valmennusten suunnitteluun.",
        "Hankkeelle asetetaan ohjausryhmä, jossa ovat edustettuina kaupungin liikuntapalvelut ja "
        "hyvinvointikoordinaattori, hyvinvointialueen kotihoito ja kuntoutus, vanhusneuvosto, Koivulahden "
        "Eläkkeensaajat ry sekä SPR:n Koivulahden osasto. Ohjausryhmä kokoontuu noin neljä kertaa vuodessa, ja sen "
        "puheenjohtajana toimii liikuntapalvelupäällikkö Antti Korhonen. Käytännön työtä ohjaa kuukausittain "
        "kokoontuva projektiryhmä, johon kuuluvat hankehenkilöstö, fysioterapeutti ja kahden pilottitiimin "
        "esihenkilöt.",
        "Hankehenkilöstön tehtävät jakautuvat seuraavasti. Hankekoordinaattori vastaa hankkeen käytännön "
        "johtamisesta, ohjausryhmätyöskentelystä, raportoinnista, viestinnästä ja toimintamallin kuvaamisesta "
        "sekä yhteistyösopimuksen valmistelusta yhdessä hyvinvointialueen kanssa. Liikuntaneuvojat tekevät "
        "kotikäynnit, laativat kotivoimisteluohjelmat, ohjaavat tuolijumpparyhmät ja kouluttavat vapaaehtoiset. "
        "Hyvinvointialueen fysioterapeutti vastaa arkiliikuntavalmennusten sisällöstä, toimii liikuntaneuvojien "
        "työparina vaativammissa asiakastilanteissa ja tukee rakenteisen kirjauksen käyttöönottoa kotihoidossa.",
        "Yhteistyötä tehdään myös alueen muiden kuntien liikuntatoimien ja ikäihmisten liikunnan valtakunnallisten "
        "verkostojen kanssa; tästä tarkemmin luvussa 10.",
    ]:
        doc.add_paragraph(teksti)

    # 7 Talous
    doc.add_heading("7. Talous", level=1)
    doc.add_paragraph(
        "Hankkeen kokonaiskustannusarvio on 286 400 euroa. Aluehallintovirastolta haetaan 70 prosentin avustusta "
        "eli 200 480 euroa, ja Koivulahden kaupunki kattaa omarahoitusosuuden 85 920 euroa. Hyvinvointialueen "
        "työpanosta (arviolta 24 000 euroa) ei ole sisällytetty kustannusarvioon.")
    doc.add_paragraph(
        "Henkilöstökulut on laskettu kaupungin palkkataulukoiden mukaan: hankekoordinaattorin tehtäväkohtainen "
        "palkka on 3 950 euroa ja liikuntaneuvojien 3 250 euroa kuukaudessa, ja sivukuluiksi on arvioitu 23 "
        "prosenttia. Vuoden 2027 luvuissa on mukana arvioitu yleiskorotus. Matkakulut perustuvat noin 12 000 "
        "ajokilometriin vuodessa, ja ne korvataan kaupungin matkustussäännön mukaan. Välineisiin kuuluvat "
        "muun muassa tasapainotyynyt, kuminauhat ja kahden tuolijumpparyhmän äänentoistolaitteet.")
    taulukko(doc, [
        ["Kustannuslaji", "2026", "2027", "Yhteensä"],
        ["Henkilöstökulut (koordinaattori ja 2 liikuntaneuvojaa, sivukulut)", "121 800", "124 200", "246 000"],
        ["Ostopalvelut (kouluttajat, painatus, tilavuokrat)", "7 500", "6 300", "13 800"],
        ["Välineet ja materiaalit", "6 200", "2 400", "8 600"],
        ["Matkakulut (kotikäynnit)", "4 200", "4 200", "8 400"],
        ["Viestintä, levittäminen ja juurruttaminen", "2 800", "6 800", "9 600"],
        ["Yhteensä", "142 500", "143 900", "286 400"],
    ])

    # 8 Arviointi
    doc.add_heading("8. Miten arvioimme onnistumista?", level=1)
    for teksti in [
        "Hankkeen arviointi on ensisijaisesti itsearviointia, jota tukee järjestelmällisesti kerätty "
        "mittaritieto. Jokaisen ohjatun asiakkaan kohdalla kirjataan, mistä hän tuli neuvontaan, montako "
        "kotikäyntiä toteutui ja mihin liikkuminen jakson jälkeen jatkui. Näistä tiedoista hankekoordinaattori "
        "kokoaa neljännesvuosittain seurantaraportin ohjausryhmälle.",
        "Asiakkaiden toimintakykyä arvioidaan lyhyellä fyysisen suorituskyvyn testistöllä (SPPB) ensimmäisellä "
        "kotikäynnillä ja uudelleen puolen vuoden kuluttua. Samoilla käynneillä asiakas täyttää kaatumisen pelkoa "
        "kartoittavan lyhyen kyselyn, tarvittaessa liikuntaneuvojan avustamana. Lisäksi noin 20 asiakkaalta ja "
        "heidän omaisiltaan kysytään haastattelussa, mitä muutos on merkinnyt heidän arjessaan.",
        "Kotihoidon henkilöstölle tehdään sähköinen kysely hankkeen alussa keväällä 2026 ja uudelleen syksyllä "
        "2027. Kyselyssä selvitetään, miten usein ja millä tavoin asiakkaiden liikkumista tuetaan käynneillä ja "
        "kuinka hyvin työntekijät tuntevat ohjausreitin neuvontaan. Valmennusten osallistujamäärät kootaan "
        "tiimeittäin, ja hyvinvointialueen tietohallinto toimittaa puolivuosittain koosteen liikkumisen "
        "tukemisen kirjauksista.",
        "Asiakkailta pyydetään kirjallinen suostumus mittaustulosten käyttämiseen hankkeen arvioinnissa. "
        "Tulokset käsitellään ja raportoidaan niin, ettei yksittäistä asiakasta voi tunnistaa, ja "
        "hyvinvointialueen asiakastietojärjestelmästä saadaan vain koostetietoja. Haastatteluihin osallistuminen "
        "on vapaaehtoista, ja muistisairaiden asiakkaiden kohdalla mukana on omainen tai muu läheinen.",
        "Toimintamallin valmiutta arvioidaan ohjausryhmän arviointityöpajassa syksyllä 2027. Siinä käydään läpi, "
        "onko yhteistyösopimus hyväksytty, onko prosessikuvaus käytössä kaikissa tiimeissä ja mitä mallista on "
        "vielä korjattava ennen sen levittämistä laajemmin. Arvioinnin tulokset raportoidaan rahoittajalle "
        "väli- ja loppuraportissa.",
    ]:
        doc.add_paragraph(teksti)

    # 9 Tulokset
    doc.add_heading("9. Odotetut tulokset ja vaikutukset", level=1)
    for teksti in [
        "Hankkeen konkreettisia tuotoksia ovat yhteinen ohjauspolku ja ohjauskriteerit, kotivoimisteluohjelman "
        "pohja, arkiliikuntavalmennuksen materiaali, liikuntavinkkikortit, vapaaehtoisten liikuntakavereiden "
        "perehdytysmalli sekä toimintamallin käsikirja. Kaikki materiaalit julkaistaan avoimella "
        "lisenssillä, jotta muut kunnat ja järjestöt voivat käyttää ja muokata niitä vapaasti. Materiaalien "
        "ylläpito siirtyy hankkeen jälkeen liikuntapalveluille osana liikuntaneuvonnan perustehtävää.",
        "Lyhyellä aikavälillä odotamme, että noin 300 ikäihmistä saa henkilökohtaista liikuntaneuvontaa, valtaosa "
        "heistä säilyttää tai parantaa liikkumiskykyään ja kaatumisen pelko vähenee. Kotihoidon työntekijät "
        "tuntevat ohjausreitin ja tukevat liikkumista käynneillä entistä säännöllisemmin.",
        "Pitkällä aikavälillä tavoitteena on kaatumisten ja lonkkamurtumien väheneminen sekä kotona asumisen "
        "jatkuminen pidempään. Näitä vaikutuksia ei kahden vuoden hankkeessa voida luotettavasti osoittaa, mutta "
        "hankkeen aikana sovitaan yhdessä hyvinvointialueen kanssa, mitä rekisteritietoja seurataan jatkossa.",
        "Kun hanke päättyy, arjen pitäisi näyttää tältä: kotihoidon hoitaja tietää, milloin asiakas kannattaa "
        "ohjata liikuntaneuvontaan, ja tekee sen muutamalla napsautuksella. Liikuntaneuvoja tulee kotiin "
        "muutaman viikon sisällä. Asiakkaalla on oma, hänen kotiinsa sopiva liikeohjelma, ja hoitaja kysyy "
        "käynneillä, miten liikkeet sujuvat. Korttelissa on tuolijumpparyhmä, jota vetää tuttu vapaaehtoinen, "
        "ja asiakkaan on mahdollista lähteä ulos liikuntakaverin kanssa.",
    ]:
        doc.add_paragraph(teksti)

    # 10 Juurruttaminen
    doc.add_heading("10. Juurruttaminen ja tulosten hyödyntäminen", level=1)
    doc.add_paragraph(
        "Juurruttamista on suunniteltu jo hakuvaiheessa. Kotihoidon esihenkilöt ja kotikuntoutuksen "
        "fysioterapeutit ovat olleet mukana valmistelutyöpajoissa, ja hyvinvointialueen kotihoidon johtaja on "
        "antanut hankkeelle kirjallisen sitoumuksen (liite 2). Hankkeen suunnittelussa on käytetty juurruttamisen "
        "4V-mallia, ja alla kuvataan, miten sen neljä vaihetta näkyvät hankkeessa.")
    lihava_rivi(doc, "Viestintä")
    doc.add_paragraph(
        "Tuloksista ja kokemuksista kerrotaan koko hankkeen ajan: kotihoidon tiimeille tiimipalavereissa, "
        "ikäihmisille ja omaisille paikallislehdessä ja kaupungin verkkosivuilla sekä päättäjille "
        "lautakuntakatsauksissa. Ammattilaisille hankkeen kokemuksia esitellään alueellisessa ikäihmisten "
        "liikunnan verkostossa.")
    lihava_rivi(doc, "Variointi")
    doc.add_paragraph(
        "Toimintamallia muokataan eri kohderyhmille sopivaksi. Omaishoitoperheille kootaan oma versio "
        "kotivoimisteluohjelmasta, jossa liikkeet tehdään yhdessä, ja muistisairaille asiakkaille kuvitettu "
        "ohjelma, jossa ohjeet ovat mahdollisimman yksinkertaisia. Ruotsinkielisille asiakkaille materiaalit "
        "käännetään vuoden 2027 alussa.")
    lihava_rivi(doc, "Valtavirtaistaminen")
    doc.add_paragraph(
        "Hankkeen toisena vuonna kaksi naapurikuntaa, Haapamäki ja Selkälä, kokeilevat ohjauspolkua ja "
        "arkiliikuntavalmennusta omissa kotihoidon tiimeissään hankkeen tuella. Heidän kokemuksensa kirjataan "
        "käsikirjaan, jotta malli toimii myös pienemmässä kunnassa. Toimintamalli kuvataan Innokylään, ja sitä "
        "esitellään loppuseminaarissa marraskuussa 2027 sekä valtakunnallisilla Kuntoutuspäivillä.")
    lihava_rivi(doc, "Vakiinnuttaminen")
    doc.add_paragraph(
        "Tavoitteena on, että toiminta jatkuu hankkeen jälkeen osana kaupungin ja hyvinvointialueen perustoimintaa. "
        "Vuoden 2028 alusta liikuntaneuvonnan kotikäyntien jatkamisesta vastaa Koivulahden kaupungin "
        "liikuntapalvelut, ja vastuuhenkilönä on liikuntapalvelupäällikkö Antti Korhonen. Liikuntapalvelut on "
        "esittänyt taloussuunnitelmaan vuodesta 2028 alkaen yhden pysyvän liikuntaneuvojan toimen. Kotihoidon "
        "osuudesta – liikuntalähettiläistä, uusien työntekijöiden valmennuksesta ja kirjauskäytännöstä – vastaa "
        "Järvi-Hämeen hyvinvointialueen kotihoidon palvelupäällikkö. Työnjako kirjataan yhteistyösopimukseen.")
    doc.add_paragraph(
        "Juurruttamiseen on varattu resursseja: hankekoordinaattorin työajasta noin neljännes kohdistuu vuonna "
        "2027 toimintamallin kuvaamiseen, sopimusvalmisteluun ja naapurikuntien tukemiseen, ja talousarviossa on "
        "levittämiselle ja juurruttamiselle oma 9 600 euron kustannuserä.")
    doc.add_paragraph(
        "Juurruttamisen vaiheet ajoittuvat hankkeessa seuraavasti. Viestintä alkaa heti hankkeen alussa ja jatkuu "
        "koko hankkeen ajan. Variointi tehdään pilottitiimien kokemusten pohjalta syksystä 2026 alkaen. "
        "Naapurikuntien kokeilut toteutetaan vuoden 2027 kolmena ensimmäisenä neljänneksenä, ja "
        "yhteistyösopimus sekä toimintamallin lopullinen kuvaus valmistuvat viimeisellä neljänneksellä ennen "
        "hankkeen päättymistä. Ohjausryhmä käsittelee juurruttamisen etenemistä jokaisessa kokouksessaan.")

    # 11 Riskit
    doc.add_heading("11. Riskit", level=1)
    doc.add_paragraph("Hankkeen keskeiset riskit ja niiden hallinta:")
    taulukko(doc, [
        ["Riski", "Todennäköisyys", "Hallintakeino"],
        ["Kotihoidon kiire estää valmennuksiin osallistumisen", "suuri",
         "Valmennukset pidetään tiimien omissa tiloissa työvuorojen lomassa, ja esihenkilöt sopivat "
         "osallistumisesta etukäteen."],
        ["Rekrytointi viivästyy", "kohtalainen",
         "Rekrytointi käynnistetään heti rahoituspäätöksen jälkeen; tarvittaessa kaupungin nykyiset "
         "liikuntaneuvojat aloittavat kotikäynnit."],
        ["Asiakkaat eivät sitoudu 12 viikon jaksoon", "kohtalainen",
         "Jakson sisältö rakennetaan asiakkaan omien toiveiden varaan, ja omaiset otetaan mukaan."],
        ["Hyvinvointialueen organisaatiomuutokset", "kohtalainen",
         "Sitoumus on annettu johtotasolla, ja yhteistyösopimuksen valmistelu aloitetaan jo ensimmäisen "
         "hankevuoden lopulla."],
        ["Vapaaehtoisia ei löydy riittävästi", "pieni",
         "Yhteistyö kahden järjestön kanssa, vapaaehtoisten perehdytys ja virkistystoiminta."],
    ])
    lisatty_kappale(doc,
        "Henkilöstön vaihtuvuuteen kotihoidossa varaudutaan tallentamalla valmennusmateriaali kotihoidon "
        "perehdytyskansioon, jolloin uudet työntekijät saavat sen osana tavallista perehdytystä.", A2, D2)

    # 12 Viestintä
    doc.add_heading("12. Viestintä", level=1)
    for teksti in [
        "Hankkeen viestinnästä vastaa hankekoordinaattori yhdessä kaupungin viestintäyksikön kanssa. Viestinnän "
        "tavoitteena on, että ikäihmiset ja heidän omaisensa tietävät, miten liikuntaneuvontaan pääsee, ja että "
        "ammattilaiset ja päättäjät näkevät hankkeen tulokset.",
        "Ikäihmisiä ja omaisia tavoitetaan ennen kaikkea painettujen esitteiden, paikallislehti Koivulahden "
        "Sanomien, seurakunnan ja järjestöjen tilaisuuksien sekä kotihoidon työntekijöiden kautta – sähköiset "
        "kanavat eivät tässä kohderyhmässä yksin riitä. Ammattilaisille viestitään hyvinvointialueen "
        "intranetissä, tiimipalavereissa ja alueellisissa verkostoissa. Kaupungin verkkosivuille avataan "
        "hankkeen oma sivu heti hankkeen alussa, ja sinne kootaan myös toimintamallin materiaalit vapaasti "
        "käytettäviksi.",
    ]:
        doc.add_paragraph(teksti)

    doc.add_paragraph("Viestinnän pääkohderyhmät ja kanavat:")
    taulukko(doc, [
        ["Kohderyhmä", "Keskeinen viesti", "Kanavat", "Ajankohta"],
        ["Ikäihmiset ja omaiset", "Neuvontaan pääsee helposti, ja se tulee kotiin.",
         "Esite, paikallislehti, järjestöjen ja seurakunnan tilaisuudet, kotihoidon työntekijät", "koko hankkeen ajan"],
        ["Kotihoidon ja terveysasemien henkilöstö", "Näin ohjaat asiakkaan neuvontaan ja tuet liikkumista käynnillä.",
         "Tiimipalaverit, intranet, valmennukset, liikuntalähettiläät", "Q2/2026 alkaen"],
        ["Päättäjät", "Mitä hankkeessa on saatu aikaan ja mitä jatko edellyttää.",
         "Lautakuntakatsaukset, vanhusneuvosto, hyvinvointikertomus", "puolivuosittain"],
        ["Muut kunnat ja ammattilaiset", "Toimintamalli on vapaasti käytettävissä.",
         "Innokylä, alueellinen verkosto, loppuseminaari, Kuntoutuspäivät", "2027"],
    ])

    doc.add_heading("13. Yhdenvertaisuus ja kestävä kehitys", level=1)
    for teksti in [
        "Hanke edistää yhdenvertaisuutta tuomalla liikuntapalvelun niille, jotka eivät pääse nykyisiin ryhmiin. "
        "Neuvonta on maksutonta, eikä siihen pääsy edellytä lähetettä tai omaa aktiivisuutta. Materiaalit "
        "laaditaan suomeksi ja ruotsiksi sekä selkokielellä, ja muistisairaiden ja heidän omaistensa tarpeet "
        "otetaan huomioon jo suunnitteluvaiheessa. Vanhusneuvosto kommentoi materiaalit ennen niiden käyttöönottoa.",
        "Ympäristön kannalta hanke suosii lähiliikuntaa: tuolijumpparyhmät kokoontuvat kävelymatkan päässä, ja "
        "liikuntaneuvojat suunnittelevat kotikäyntireittinsä yhdessä kotihoidon kanssa niin, että ajoa kertyy "
        "mahdollisimman vähän. Välineinä käytetään ensisijaisesti kodin omia tavaroita, kuten tuolia, "
        "vesipulloja ja pyyhettä, jolloin uusia välineitä tarvitsee hankkia vähän.",
    ]:
        doc.add_paragraph(teksti)

    doc.add_paragraph("Koivulahdessa 14.3.2025")
    doc.add_paragraph("Heli Markkanen, liikuntasuunnittelija")
    doc.add_paragraph("Liitteet: 1 Talousarvio eriteltynä · 2 Järvi-Hämeen hyvinvointialueen sitoumus")
    doc.save(polku)

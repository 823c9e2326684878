"""r1-yhdistys-nuoret-stea-hakemus.docx – verkkolomakkeen vienti, vastaukset sisällönhallintaobjekteissa.

Ratkaiseva sisältö: kaikki vastaukset (myös hankkeen kesto) ovat w:sdt-objektien sisällä; yksi kenttä on
täyttämättä ja näyttää Wordin paikkamerkkitekstin (w:showingPlcHdr).
Tarkoitukselliset puutteet: tavoitteella 2 ei mittaria, riskiosio puuttuu, paikkamerkki jäänyt,
jatkolle ei nimetty omistajaa (vain passiivi / "alueen toimijat").
"""
import datetime as dt

from apu import lisaa_run, sdt_lohko, sdt_rivi, uusi_dokumentti


def kentta(doc, otsikko, vastaukset, tag, vastaus_etuliite=False, placeholder=False):
    p = doc.add_paragraph()
    lisaa_run(p, otsikko, bold=True)
    if vastaus_etuliite and vastaukset:
        vastaukset = ["Vastaus: " + vastaukset[0]] + list(vastaukset[1:])
    sdt_lohko(doc, vastaukset or [], otsikko.rstrip(" *"), tag, placeholder=placeholder)


def rivikentta(doc, otsikko, arvo, tag):
    p = doc.add_paragraph()
    lisaa_run(p, otsikko + ": ", bold=True)
    sdt_rivi(p, arvo, otsikko, tag)


def rakenna(polku):
    doc = uusi_dokumentti("Saara Kinnunen", "Avustushakemus 2026 – Kaverikulma", dt.datetime(2025, 5, 12, 10, 0))
    doc.add_paragraph("Sosiaali- ja terveysjärjestöjen avustuskeskus STEA · Avustushakemus 2026")
    doc.add_paragraph("Tulostettu Avustusasiointi-palvelusta 27.5.2025 klo 14.02 · Hakemuksen tila: Luonnos")
    doc.add_heading("Hankesuunnitelma: Kaverikulma – vertaisryhmät jännittäville nuorille", level=1)

    doc.add_heading("1. Hakijan perustiedot", level=2)
    rivikentta(doc, "Hakijaorganisaation nimi *", "Pohjois-Savon Nuorten Tuki ry", "hakija")
    rivikentta(doc, "Y-tunnus *", "2871456-3", "ytunnus")
    rivikentta(doc, "Yhteyshenkilö *", "toiminnanjohtaja Saara Kinnunen, saara.kinnunen@pnt.fi, 050 441 2760", "yhteys")

    doc.add_heading("2. Haettava avustus", level=2)
    rivikentta(doc, "Avustuslaji *", "Kohdennettu toiminta-avustus (Ak), hanke", "avustuslaji")
    rivikentta(doc, "Hankkeen kesto *", "1.3.2026–28.2.2029", "kesto")
    rivikentta(doc, "Haettava avustus vuosittain *",
               "2026: 82 000 € | 2027: 99 500 € | 2028: 99 500 € | 2029: 17 000 €", "vuosittain")
    kentta(doc, "Hankkeen kokonaiskustannukset *", [
        "Hankkeen kokonaiskustannukset ovat kolmelta vuodelta yhteensä 315 000 euroa. STEA-avustuksen "
        "(298 000 €) lisäksi yhdistys kattaa 17 000 euroa omalla varainhankinnallaan; vapaaehtoistyön osuutta "
        "ei ole laskettu mukaan."], "kustannukset")

    doc.add_heading("3. Hankkeen sisältö", level=2)
    kentta(doc, "Mihin tarpeeseen hanke vastaa? *", [
        "Sosiaalinen jännittäminen on nuorilla yleistä, ja vaikeimmillaan se johtaa siihen, että nuori jättäytyy "
        "pois koulusta, harrastuksista ja lopulta lähes kaikista kodin ulkopuolisista tilanteista. "
        "Kouluterveyskyselyssä 2023 Pohjois-Savon ammattiin opiskelevista 18 prosenttia ja lukiolaisista 22 "
        "prosenttia kertoi jännittävänsä sosiaalisia tilanteita niin paljon, että välttelee niitä. Samassa "
        "kyselyssä noin joka kymmenes kertoi, ettei hänellä ole yhtään läheistä ystävää.",
        "Yhdistyksen nuorten chat-palvelussa jännittäminen ja yksinäisyys ovat olleet vuodesta 2022 alkaen "
        "yleisimmät yhteydenoton syyt. Vuonna 2024 chatissa käytiin 1 340 keskustelua, joista lähes puolessa nuori "
        "kertoi, ettei uskalla hakeutua ryhmiin tai palveluihin. Kuopion seudulla on tarjolla yksilöterapiaa ja "
        "opiskeluhuollon tukea, mutta matalan kynnyksen ryhmiä, joihin voi tulla ilman lähetettä ja diagnoosia, "
        "on vähän. Nuoret ovat itse toivoneet pientä ryhmää, jossa saa harjoitella muiden kanssa olemista omaan "
        "tahtiin ja jossa kukaan ei pakota puhumaan."], "tarve", vastaus_etuliite=True)
    kentta(doc, "Hankkeen kohderyhmät *", [
        "Välitön kohderyhmä: 15–24-vuotiaat Kuopion, Siilinjärven ja Leppävirran nuoret, jotka kokevat sosiaalista "
        "jännittämistä tai yksinäisyyttä. Arvioimme tavoittavamme hankkeen aikana noin 120 nuorta ryhmätoimintaan "
        "ja noin 30 nuorta vertaisohjaajakoulutukseen.",
        "Välillinen kohderyhmä: nuorten vanhemmat ja muut läheiset sekä toisen asteen oppilaitosten "
        "opiskeluhuollon henkilöstö (kuraattorit, terveydenhoitajat ja opinto-ohjaajat)."],
        "kohderyhmat", vastaus_etuliite=True)
    kentta(doc, "Hankkeen tavoitteet *", [
        "Tavoite 1: Ryhmiin osallistuvien nuorten sosiaalinen jännittäminen lievittyy, ja heillä on hankkeen "
        "jälkeen vähintään yksi vertaissuhde, jota he pitävät luotettavana.",
        "Tavoite 2: Nuorten vanhemmat ymmärtävät jännittämistä paremmin ja osaavat tukea nuorta tämän omassa "
        "tahdissa.",
        "Tavoite 3: Oppilaitosten opiskeluhuolto tunnistaa jännittävät nuoret aiempaa varhemmin ja ohjaa heitä "
        "matalan kynnyksen ryhmiin."], "tavoitteet")
    kentta(doc, "Toiminta ja toimenpiteet *", [
        "Kaverikulman ydin ovat pienryhmät, joissa on 6–8 nuorta ja jotka kokoontuvat kahdeksan kertaa. "
        "Ryhmäkerroilla tehdään jotain yhdessä – pelataan, kokataan, käydään keilaamassa – ja samalla "
        "harjoitellaan pieniä sosiaalisia tilanteita omaan tahtiin. Ryhmää ohjaa hanketyöntekijä yhdessä "
        "koulutetun vertaisohjaajan kanssa. Ennen ryhmää jokainen nuori tapaa ohjaajan kahden kesken, ja "
        "halutessaan nuori voi osallistua ensimmäisille kerroille verkon kautta.",
        "Ryhmiä järjestetään kuusi vuodessa: kolme keväällä ja kolme syksyllä. Ryhmät kokoontuvat Kuopiossa "
        "yhdistyksen nuorten tilassa sekä vuorovuosin Siilinjärvellä ja Leppävirralla. Ryhmän jälkeen nuori voi "
        "jatkaa avoimessa Kaverikulma-illassa, joka on auki kerran viikossa.",
        "Vertaisohjaajakoulutus järjestetään kerran vuodessa (kuusi kertaa) nuorille, jotka ovat itse käyneet "
        "ryhmän ja haluavat tukea muita.",
        "Vanhemmille järjestetään verkossa neljä iltaa vuodessa, joissa psykologi ja kokemusasiantuntija kertovat "
        "jännittämisestä ja siitä, miten nuorta voi tukea painostamatta. Illoista tallennetaan lyhyet videot "
        "yhdistyksen verkkosivuille.",
        "Opiskeluhuollolle järjestetään jokaisen syyslukukauden alussa infotilaisuus oppilaitoksissa. Kuraattoreille "
        "ja terveydenhoitajille tehdään ohjauskortti, ja heillä on suora puhelinyhteys hanketyöntekijöihin."],
        "toiminta", vastaus_etuliite=True)
    kentta(doc, "Toiminnan vaiheistus", [
        "Kevät 2026: hanketyöntekijöiden rekrytointi ja perehdytys, ryhmämallin viimeistely yhdessä nuorten "
        "kanssa, ensimmäiset kaksi ryhmää huhtikuussa 2026.",
        "Syksy 2026 – kevät 2028: ryhmät, avoimet illat, vanhempien illat ja opiskeluhuollon infot vakiintuneessa "
        "rytmissä; ensimmäinen vertaisohjaajakoulutus syksyllä 2026.",
        "Syksy 2028 – helmikuu 2029: ryhmämallin käsikirja, kokemusten kokoaminen ja loppuseminaari tammikuussa "
        "2029."], "vaiheistus")
    kentta(doc, "Toiminnan seuranta ja arviointi *", [
        "Ryhmiin osallistuvat nuoret täyttävät ensimmäisellä ja viimeisellä ryhmäkerralla lyhyen kyselyn, jossa he "
        "arvioivat jännittämistään arjen tilanteissa ja sitä, onko heillä ketään, jolle voi puhua. Kolmen "
        "kuukauden kuluttua ryhmän päättymisestä nuorilta kysytään uudelleen, ovatko ryhmässä syntyneet "
        "kaverisuhteet jatkuneet. Tavoitteena on, että vähintään kaksi kolmasosaa nuorista kokee jännittämisen "
        "helpottuneen ja että puolella on ryhmän jälkeen vähintään yksi säännöllinen kontakti toiseen ryhmäläiseen.",
        "Nuorten ohjautumista seurataan kirjaamalla, mistä kukin nuori on kuullut ryhmästä (oppilaitos, chat, "
        "some, nuorisotyö, itse löydetty). Tavoitteena on, että hankkeen lopussa vähintään kolmannes nuorista tulee "
        "ryhmiin opiskeluhuollon ohjaamana. Kuraattoreille ja terveydenhoitajille tehdään kysely hankkeen toisena "
        "ja kolmantena vuonna.",
        "Hankkeen työntekijät pitävät ryhmäkohtaista havaintopäiväkirjaa, ja tiimi käy tulokset läpi jokaisen "
        "ryhmäkauden lopussa. Yhteenvedot käsitellään ohjausryhmässä."], "arviointi", vastaus_etuliite=True)
    kentta(doc, "Odotetut tulokset ja vaikutukset *", [
        "Hankkeen aikana noin 120 nuorta osallistuu ryhmiin ja 30 nuorta koulutetaan vertaisohjaajiksi. Hankkeessa "
        "syntyy nuorten kanssa yhdessä kehitetty ja testattu ryhmämalli, sen käsikirja sekä vanhemmille suunnattu "
        "videosarja.",
        "Nuorten kohdalla odotamme, että jännittäminen helpottuu, arki laajenee kodin ulkopuolelle ja nuoret "
        "löytävät kavereita. Pidemmällä aikavälillä tämä näkyy siinä, että nuoret pysyvät opinnoissa ja uskaltavat "
        "hakea tukea, kun sitä tarvitsevat."], "tulokset", vastaus_etuliite=True)
    kentta(doc, "Toiminnan jatkuvuus ja tulosten hyödyntäminen *", [
        "Jo hakuvaiheessa keväällä 2025 ryhmämallin ideaa on esitelty Kuopion kaupungin etsivälle nuorisotyölle ja "
        "kolmen oppilaitoksen kuraattoreille, ja heidän palautteensa on otettu huomioon toiminnan suunnittelussa. "
        "Näin ryhmämallin tulevat käyttäjät ovat mukana alusta asti.",
        "Hankkeen aikana kokemuksista kerrotaan säännöllisesti yhdistyksen verkkosivuilla ja somessa sekä "
        "opiskeluhuollon verkostotapaamisissa (viestintä). Mallia muokataan eri nuorille sopivaksi: syrjäkylien "
        "nuorille kehitetään kokonaan verkossa kokoontuva versio ja maahanmuuttajataustaisille nuorille "
        "selkokielinen versio (variointi). Vuonna 2028 kahden naapurikunnan nuorisotyö kokeilee ryhmämallia omissa "
        "ryhmissään hankkeen tuella (valtavirtaistaminen). Tavoitteena on, että ryhmämalli vakiintuu pysyväksi "
        "osaksi alueen nuorten palveluja (vakiinnuttaminen).",
        "Ryhmämalli kootaan käsikirjaksi, joka julkaistaan Innokylässä ja esitellään loppuseminaarissa tammikuussa "
        "2029. Hankkeen viimeisenä vuonna noin viidennes hanketyöntekijöiden työajasta käytetään mallin "
        "kuvaamiseen, kokeilukuntien tukemiseen ja uusien ohjaajien perehdyttämiseen.",
        "Hankkeen jälkeen toiminnan on tarkoitus jatkua. Jatkon järjestämisestä pyritään sopimaan alueen toimijoiden "
        "kesken hankkeen loppuvaiheessa, ja tarvittaessa jatkolle haetaan uutta rahoitusta."],
        "jatkuvuus", vastaus_etuliite=True)
    kentta(doc, "Hankkeen organisointi ja yhteistyökumppanit", [
        "Hanketta hallinnoi Pohjois-Savon Nuorten Tuki ry, jonka hallitus toimii hankkeen vastuullisena "
        "toimielimenä. Hankkeeseen palkataan kaksi kokoaikaista hanketyöntekijää (sosionomi tai yhteisöpedagogi). "
        "Toiminnanjohtaja vastaa hankkeen taloudesta ja raportoinnista STEAlle.",
        "Hankkeelle kootaan ohjausryhmä, johon kutsutaan edustajat Kuopion kaupungin nuorisopalveluista, kahdesta "
        "oppilaitoksesta ja Pohjois-Savon hyvinvointialueen nuorten mielenterveyspalveluista sekä kaksi nuorta. "
        "Ohjausryhmä kokoontuu kolme kertaa vuodessa."], "organisointi")
    kentta(doc, "Viestintä *", [
        "Nuoret tavoitetaan siellä, missä he jo ovat: Instagramissa ja TikTokissa, yhdistyksen chatissa sekä "
        "oppilaitosten Wilma-tiedotteissa. Viestinnässä käytetään nuorten itse kirjoittamia kokemustarinoita. "
        "Vanhemmille ja ammattilaisille tiedotetaan yhdistyksen verkkosivuilla, uutiskirjeessä ja opiskeluhuollon "
        "verkostoissa. Hankkeesta tehdään tiedote paikallismedialle hankkeen alkaessa ja loppuseminaarin "
        "yhteydessä."], "viestinta", vastaus_etuliite=True)

    doc.add_heading("4. Lisätiedot", level=2)
    kentta(doc, "Muut hakemukseen liittyvät tiedot", None, "lisatiedot", placeholder=True)
    kentta(doc, "Liitteet", [
        "Talousarvio (STEAn lomake); yhdistyksen toimintakertomus ja tilinpäätös 2024; hallituksen "
        "pöytäkirjaote 19.5.2025."], "liitteet")
    doc.save(polku)

"""STEA-profiilin asiakirjat: hyvä hakemus (.docx, verkkolomakkeen vienti) ja puutteellinen (.txt)."""
from apu import Doc, JUURI, expected

KANSIO = JUURI / "stea"


def hyva():
    d = Doc()
    d.b("STEA – Avustushakemus 2027 / Hankeavustus (uusi hanke)")
    d.p("Tulostettu asiointipalvelusta 28.5.2026 klo 14.02 – luonnos, ei vielä lähetetty")
    d.title("Hankesuunnitelma: Saunailta – vertaistukea eläkeiän kynnyksellä oleville miehille")
    d.label("Hakija *", "Kaarnarannan Miesten Kerho ry (y-tunnus 2876541-3)")
    d.label("Hankkeen nimi *", "Saunailta – vertaistukea eläkeiän kynnyksellä oleville miehille")
    d.label("Haettava avustus *", "Hankeavustus, yhteensä 412 000 euroa koko hankeajalle")
    d.label("Hankeaika *", "1.1.2027–31.12.2029")

    d.h("Hankkeen tausta ja tarve *", 2)
    d.p("Kaarnarannan kaupungissa asui vuoden 2024 lopussa 3 410 yksin asuvaa 60–74-vuotiasta miestä, "
        "ja heidän määränsä on kasvanut kymmenessä vuodessa lähes kolmanneksella (Tilastokeskus 2025). "
        "Alueen hyvinvointikertomuksen 2025 mukaan tämän ryhmän yksinäisyyden kokemus on yleisempää kuin "
        "samanikäisillä naisilla, mutta miehet osallistuvat järjestöjen ryhmätoimintaan harvoin: "
        "kaupungin seniorikeskuksen kävijöistä vain 18 prosenttia oli miehiä vuonna 2025.")
    d.p("Yhdistyksemme on vuodesta 2019 järjestänyt talkoopohjaisia saunailtoja, joihin on tullut "
        "miehiä, jotka eivät muualle lähde. Illoissa on noussut esiin eläköitymisen jälkeinen "
        "tyhjyys, alkoholin käytön lisääntyminen ja puolison kuolema. Vapaaehtoisvoimin emme pysty "
        "vastaamaan kysyntään emmekä ohjaamaan miehiä eteenpäin palveluihin.")

    d.h("Hankkeen tavoitteet ja toiminnan kuvaus *", 2)
    d.p("Päätavoite: eläkeiän kynnyksellä olevien yksin asuvien miesten yksinäisyys vähenee ja "
        "heidän arjen hallintansa vahvistuu vertaistuen avulla.")
    d.table([
        ["Tavoite", "Toimenpiteet", "Seuranta ja arviointi (keneltä, miten, milloin)"],
        ["1. Yksin asuvat miehet löytävät säännöllisen vertaisryhmän",
         "Viikoittaiset saunaillat kolmessa kaupunginosassa; etsivä yhteydenotto terveysasemien ja "
         "seurakunnan kautta",
         "Osallistujamäärät kirjataan joka illan jälkeen; osallistujien alkukysely ryhmään tultaessa ja "
         "seurantakysely kuuden kuukauden kuluttua (UCLA-yksinäisyysmittarin lyhyt versio)"],
        ["2. Miesten arjen hallinta ja avun hakeminen vahvistuvat",
         "Teemaillat (raha-asiat, ruoanlaitto, suru, päihteet) yhdessä kaupungin sosiaaliohjauksen "
         "kanssa; tarvittaessa saattaen ohjaus palveluihin",
         "Teemailtojen palautelappu illan päätteeksi; ohjausten määrä kirjataan kuukausittain; "
         "osallistujien ryhmähaastattelu keväällä 2028 ja syksyllä 2029"],
        ["3. Vapaaehtoiset ohjaajat jaksavat ja osaavat",
         "Vertaisohjaajakoulutus (4 x 3 h) vuosittain; työnohjaus kahdesti vuodessa",
         "Vapaaehtoisten haastattelut koulutuksen jälkeen ja vuosittainen jaksamiskysely joulukuussa"],
    ])

    d.h("Kohderyhmä ja tavoiteltavat osallistujamäärät *", 2)
    d.p("Välitön kohderyhmä ovat 58–74-vuotiaat yksin asuvat miehet Kaarnarannassa, erityisesti juuri "
        "eläköityneet ja leskeksi jääneet. Tavoitteena on, että hankkeen aikana toimintaan osallistuu "
        "vähintään 240 eri miestä, joista 120 käy vähintään kymmenen kertaa. Välillisenä kohderyhmänä "
        "ovat omaiset sekä sosiaali- ja terveyspalvelujen työntekijät, jotka ohjaavat miehiä toimintaan.")

    d.h("Aikataulu", 2)
    d.table([
        ["Vuosineljännes", "Keskeiset toimenpiteet"],
        ["Q1/2027", "Hanketyöntekijän rekrytointi, yhteistyösopimukset, ensimmäinen saunailtaryhmä Keskustassa"],
        ["Q2–Q4/2027", "Ryhmät Itäpuistoon ja Satamaan, ensimmäinen vertaisohjaajakoulutus"],
        ["Q1–Q4/2028", "Teemaillat, ryhmähaastattelu keväällä, toimintamallin kuvaus Innokylään"],
        ["Q1–Q3/2029", "Vastuun siirto vapaaehtoisille ja seurakunnalle, mallin levitys naapurikuntiin"],
        ["Q4/2029", "Loppuarviointi ja loppuseminaari"],
    ])

    d.h("Talousarvio ja henkilöstö", 2)
    d.p("Kokonaiskustannukset 412 000 euroa kolmelle vuodelle: henkilöstökulut 318 000 euroa "
        "(hankekoordinaattori 100 %, sosiaaliohjaaja 50 %), toimitilat ja saunavuorot 42 000 euroa, "
        "vapaaehtoisten koulutus ja työnohjaus 27 000 euroa, viestintä ja levitys 15 000 euroa, "
        "arviointi 10 000 euroa. Koordinaattorin työajasta 20 prosenttia varataan juurruttamiseen ja "
        "vapaaehtoisten valmentamiseen jatkamaan ilman hanketta.")

    d.h("Seuranta ja arviointi *", 2)
    d.p("Arviointi on suunniteltu jo hakuvaiheessa yhdessä Kaarnarannan ammattikorkeakoulun "
        "sosionomiopiskelijoiden kanssa. Tietoa kerätään osallistujilta, vapaaehtoisilta ohjaajilta "
        "ja yhteistyökumppaneilta:")
    d.ul([
        "osallistujat: alkukysely ryhmään tultaessa ja seurantakysely kuuden kuukauden kuluttua, "
        "palautelappu jokaisen teemaillan jälkeen, ryhmähaastattelut keväällä 2028 ja syksyllä 2029",
        "vapaaehtoiset: haastattelu koulutuksen jälkeen, jaksamiskysely joka joulukuu",
        "yhteistyökumppanit: lyhyt sähköinen kysely ohjaavilta työntekijöiltä kesäkuussa 2028",
        "toimintatiedot: osallistujat ja ohjaukset kirjataan kuukausittain seurantataulukkoon",
    ])

    d.h("Arviointitiedon hyödyntäminen", 2)
    d.p("Koordinaattori kokoaa seurantatiedot puolivuosittain ohjausryhmälle, joka päättää tarvittavista "
        "muutoksista (esimerkiksi iltojen ajankohta tai teemat). Osallistujat käyvät tulokset läpi "
        "kerran vuodessa yhteisessä saunaillassa ja ehdottavat itse muutoksia. Tuloksia käytetään "
        "myös STEA:n vuosiselvityksissä ja kun toimintamallia kuvataan muille yhdistyksille.")

    d.h("Hankkeen tulokset ja vaikutukset", 2)
    d.p("Hankkeen tuloksena syntyy kuvattu saunailtamalli, vertaisohjaajakoulutuksen materiaali ja "
        "vähintään 15 koulutettua vapaaehtoista ohjaajaa. Tavoiteltu vaikutus on, että osallistujien "
        "yksinäisyys vähenee ja että palveluihin ohjautuu miehiä, jotka eivät aiemmin hakeneet apua.")

    d.h("Toiminnan juurruttaminen ja jatko hankkeen jälkeen *", 2)
    d.p("Juurruttaminen alkoi jo hakuvaiheessa: Kaarnarannan seurakuntayhtymä ja kaupungin "
        "sosiaaliohjaus osallistuivat hakemuksen suunnitteluun, ja seurakuntayhtymä on antanut "
        "aiesopimuksen saunatilojen käytöstä myös hankkeen jälkeen.")
    d.ul([
        "Viestintä: kerromme toiminnasta alusta alkaen terveysasemilla, paikallislehdessä ja "
        "yhdistyksen verkkosivuilla.",
        "Variointi: mallista tehdään vuonna 2028 kevyempi versio kyläkouluille, joissa ei ole saunaa "
        "(kahvila- ja pilkkiillat).",
        "Valtavirtaistaminen: toimintamalli kuvataan Innokylään, ja sitä esitellään naapurikuntien "
        "järjestöille loppuseminaarissa marraskuussa 2029.",
        "Vakiinnuttaminen: hankkeen päätyttyä toiminnasta vastaa Kaarnarannan Miesten Kerho ry:n "
        "hallitus, ja kerhon puheenjohtaja on nimetty vastuuhenkilöksi; seurakuntayhtymän "
        "diakoniajohtaja vastaa tilojen ja diakoniatyöntekijän tuen jatkumisesta. Kerho hakee "
        "syksyllä 2029 jatkoa varten STEA:n kohdennettua toiminta-avustusta.",
    ])

    d.h("Hallinnointi, ohjausryhmä ja yhteistyökumppanit", 2)
    d.p("Hanketta hallinnoi yhdistyksen hallitus. Ohjausryhmässä ovat kerhon puheenjohtaja, "
        "seurakuntayhtymän diakoniajohtaja, kaupungin sosiaaliohjauksen esihenkilö, ammattikorkeakoulun "
        "lehtori ja kaksi osallistujaedustajaa.")

    d.h("Riskit ja niiden hallinta", 2)
    d.p("Suurin riski on, etteivät miehet löydä toimintaan. Sitä hallitaan etsivällä työllä ja "
        "henkilökohtaisilla kutsuilla terveysasemien kautta. Toinen riski on vapaaehtoisten "
        "uupuminen, johon vastataan työnohjauksella ja sillä, että jokaisessa illassa on kaksi ohjaajaa.")

    d.h("Viestintä", 2)
    d.p("Viestinnän kanavat ovat yhdistyksen verkkosivut, Facebook-ryhmä, paikallislehti Kaarnan "
        "Sanomat, terveysasemien ilmoitustaulut ja vuosittainen avoin saunapäivä. Loppuseminaarin "
        "aineisto julkaistaan verkkosivuilla.")

    d.p("Hakemuksen yhteyshenkilö: Markku Haapakoski, puheenjohtaja, puh. 040 771 2093")
    out = KANSIO / "stea-hyva-saunailta.docx"
    d.save(out)
    expected(out, "stea", "hankesuunnitelma", [])


TXT_PUUTTEELLINEN = """\
HANKESUUNNITELMA – STEA hankeavustushakemuksen liite
Kuulun joukkoon -hanke / Oma Polku ry
Päivitetty 3.6.2026 (MK)

HAKIJA
Oma Polku ry, Lähdevuoren kaupunki. Yhdistys on tukenut autismikirjon nuoria ja heidän
perheitään vuodesta 2011.

HANKEAIKA
1.9.2026 – 31.1.2030

1. MIKSI HANKE TARVITAAN? (tausta ja tarve)

Lähdevuoren nuorisopalvelujen selvityksen (2025) mukaan kaupungissa on arviolta 160–190
autismikirjon nuorta aikuista (18–29 v.), jotka eivät ole työssä, opiskelemassa eivätkä minkään
säännöllisen harrastuksen piirissä. Yhdistyksemme vertaisryhmiin jonotti keväällä 2026 yli
40 nuorta. Nuoret kertovat, että tavalliset nuorisotilat ovat liian meluisia ja ennakoimattomia,
ja vanhemmat kantavat huolta siitä, että nuori jää kotiin vuosiksi.

2. TAVOITTEET

Tavoite 1: Nuoret aikuiset saavat ennakoitavan ja rauhallisen paikan, jossa tavata muita.
  Toimenpiteet: pienryhmät (enint. 6 nuorta) kahdessa toimipisteessä, kiinteä ohjelma ja
  kuvalliset viikkotaulut, mahdollisuus osallistua ensin etänä.
  Mittari: ryhmiin osallistuvien määrä ja osallistujien palaute ryhmän ilmapiiristä.

Tavoite 2: Nuorten arjen taidot ja itseluottamus vahvistuvat.
  Toimenpiteet: arjen taitojen pajat (asiointi, ruoanlaitto, julkinen liikenne), yksilöllinen
  tavoitesuunnitelma ohjaajan kanssa.
  Mittari: omien tavoitteiden toteutuminen nuoren ja ohjaajan yhteisessä arviossa, nuorten
  haastattelut.

Tavoite 3: Nuoret löytävät polun opintoihin, työkokeiluun tai vapaaehtoistyöhön.
  Toimenpiteet: tutustumiskäynnit oppilaitoksiin ja työpaikkoihin, yhteistyö Ohjaamon kanssa.
  Mittari: jatkopolulle siirtyneiden nuorten määrä.

3. KOHDERYHMÄ

18–29-vuotiaat autismikirjon nuoret aikuiset Lähdevuoressa ja lähikunnissa, joilla ei ole
opiskelu- tai työpaikkaa. Tavoitteena on tavoittaa hankkeen aikana 90 nuorta. Välillisesti
kohderyhmää ovat nuorten vanhemmat sekä oppilaitosten ja Ohjaamon työntekijät.

4. TOTEUTUS

Hankkeessa työskentelee kaksi ohjaajaa. Ensimmäisenä syksynä ryhmät aloitetaan
Keskustan toimipisteessä, ja keväästä 2027 lähtien myös Kivimäen nuorisotalon erillisessä
siivessä. Jokaiselle nuorelle tehdään tutustumiskäynnillä oma tavoitesuunnitelma. Vanhemmille
järjestetään neljä kertaa vuodessa keskusteluilta. Työkokeilut ja tutustumiset järjestetään
yhdessä Lähdevuoren Ohjaamon ja Lähdevuoren ammattiopiston kanssa.

5. AIKATAULU

  Q4/2026        ohjaajien perehdytys, ensimmäiset ryhmät Keskustassa
  Q1–Q2/2027     Kivimäen toimipiste auki, arjen taitojen pajat alkavat
  2028           tutustumiskäynnit ja työkokeilut, toimintamallin kuvaaminen
  2029           mallin levittäminen naapurikuntiin, jatkorahoituksen valmistelu
  Q1/2030        loppuraportointi (hanke päättyy 31.1.2030)

6. KUSTANNUSARVIO

  Henkilöstökulut (2 ohjaajaa)     356 000 €
  Toimitilat                        48 000 €
  Ryhmätoiminta ja pajat            26 500 €
  Viestintä ja levitys               9 000 €
  Hallinto                          18 500 €
  Yhteensä                         458 000 €

Juurruttamiseen ja levittämiseen varataan vuosina 2028–2029 kolmannes toisen ohjaajan
työajasta sekä viestinnän määrärahasta 6 000 euroa.

7. SEURANTA JA ARVIOINTI

Keräämme osallistuvilta nuorilta palautetta lyhyellä kuvakortein tuetulla lomakkeella, ja
osaa nuorista haastatellaan. Myös vanhemmilta pyydetään palautetta. Ohjaajat kirjaavat
käyntimäärät ja tavoitesuunnitelmien etenemisen yhdistyksen asiakastietojärjestelmään.

8. ARVIOINTITIEDON HYÖDYNTÄMINEN

Ohjaajat käyvät palautteet läpi yhdessä ja muuttavat ryhmien ohjelmaa nuorten toiveiden
mukaan. Yhteenvedot viedään ohjausryhmälle ja yhdistyksen hallitukselle, ja niitä käytetään
toimintamallin kuvauksessa ja jatkorahoitusta haettaessa.

9. ODOTETUT TULOKSET

Syntyy kuvattu, ennakoitavuuteen perustuva ryhmätoiminnan malli ja arjen taitojen
pajamateriaali. Odotamme, että vähintään 30 nuorta siirtyy hankkeen aikana opintoihin,
työkokeiluun tai vapaaehtoistyöhön ja että vanhempien huoli vähenee.

10. JUURRUTTAMINEN JA JATKO

Juurruttamista on valmisteltu jo hakuvaiheessa: Lähdevuoren kaupungin nuorisopalvelut on
mukana suunnittelussa ja tarjoaa Kivimäen tilat maksutta. Hankkeen alusta asti kerromme
toiminnasta Ohjaamossa, oppilaitoksissa ja yhdistyksen verkkosivuilla. Mallia muokataan
vuonna 2028 myös lyhyemmiksi kesäryhmiksi niille, jotka eivät sitoudu koko vuoteen.
Toimintamalli kuvataan Innokylään ja esitellään naapurikuntien nuorisotoimille seminaarissa.
Hankkeen jälkeen ryhmätoiminnasta vastaa Oma Polku ry:n toiminnanjohtaja, ja yhdistys hakee
toiminnalle kohdennettua toiminta-avustusta. Lähdevuoren nuorisopalvelujen
nuorisotyön päällikkö vastaa siitä, että Kivimäen ryhmä jatkuu kaupungin omana toimintana.

11. ORGANISOINTI

Hanketta hallinnoi Oma Polku ry. Ohjausryhmään kuuluvat yhdistyksen toiminnanjohtaja, kaksi
nuorten edustajaa, yksi vanhempi, Ohjaamon koordinaattori ja nuorisopalvelujen edustaja.

12. VIESTINTÄ

Viestimme yhdistyksen verkkosivuilla ja Instagramissa, selkokielisellä esitteellä sekä
Ohjaamon ja oppilaitosten kautta. Vanhemmille lähetetään uutiskirje.

Yhteyshenkilö: toiminnanjohtaja Minna Kallioniemi, minna.kallioniemi@omapolku.fi
"""


def puutteellinen():
    out = KANSIO / "stea-puutteellinen-kuulun-joukkoon.txt"
    out.write_text(TXT_PUUTTEELLINEN, encoding="utf-8")
    expected(out, "stea", "hankesuunnitelma", [
        {"rule": "stea.hankeaika-yli-kolme-vuotta"},
        {"rule": "stea.arviointi-milloin"},
        {"rule": "rakenne.osio-puuttuu", "target": "riskit"},
    ])


if __name__ == "__main__":
    KANSIO.mkdir(parents=True, exist_ok=True)
    hyva()
    puutteellinen()

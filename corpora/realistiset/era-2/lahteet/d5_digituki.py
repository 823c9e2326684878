"""r2-arviointisuunnitelma-digituki-kotiin.docx – arviointisuunnitelma, jäljitetyt muutokset näkyvissä.
Hankeaika on VAIN lisäyksessä (w:ins). Ulkoinen arviointi ja tiedonkeruun aikataulu on POISTETTU (w:del).
Tavoitteen 1 mittari on vain sisäkkäisessä taulukossa; tavoitteiden 2 ja 3 mittarit ovat pystysuunnassa
yhdistetyssä solussa. Odotetut havainnot: arviointi.ei-ulkoista, arviointi.ei-aikataulua."""
from apu import *

T1 = ("Marja Kettunen", "2025-11-04T09:12:00Z")
T2 = ("Olli Rissanen", "2025-11-06T14:40:00Z")


def rakenna(polku):
    d = uusi("Digituki kotiin – arviointisuunnitelma (luonnos)", "Marja Kettunen")
    P(d, "Savon Senioriverkko ry · Digituki kotiin -hanke · ARVIOINTISUUNNITELMA · luonnos 3, muutokset näkyvissä")
    H(d, "Digituki kotiin – hankkeen arviointisuunnitelma", 0)

    H(d, "Hanke ja sen tavoitteet", 1)
    muutokset(d, [
        ("t", "Digituki kotiin on Savon Senioriverkko ry:n STEA-rahoitteinen hanke, joka toteutetaan Kuopiossa ja "
              "Siilinjärvellä "),
        ("ins", "1.2.2026–31.1.2028"),
        ("del", "vuosina 2026–2027 (tarkka aika vahvistuu avustuspäätöksessä)"),
        ("t", ". Hankkeessa koulutetut vapaaehtoiset digitutorit käyvät ikäihmisten kotona opastamassa "
              "sähköisten palvelujen käytössä, ja kirjastot ja asukastuvat tarjoavat digitukea yhteisellä mallilla."),
    ], *T1)
    P(d, "Taustalla on havainto, että kotona asuvista yli 75-vuotiaista suuri osa ei käytä sähköisiä "
         "palveluja, vaikka omaisi laitteen. Hyvinvointialueen asiakasohjauksen mukaan vuonna 2024 noin 30 % "
         "yhteydenotoista koski apua sähköisen asioinnin kanssa. Ryhmämuotoinen digiopastus ei tavoita niitä, "
         "joiden on vaikea lähteä kotoa.")
    P(d, "Hankkeen tavoitteet on kirjattu alla olevaan arviointitaulukkoon. Lyhyesti: haluamme, että ikäihmiset "
         "pärjäävät arjen sähköisissä palveluissa, että vapaaehtoiset jaksavat ja pysyvät mukana ja että digituki "
         "jatkuu kirjastoissa ja asukastuvissa hankkeen jälkeenkin.")

    H(d, "Kenelle hanke on?", 1)
    P(d, "Ensisijainen kohderyhmä ovat kotona asuvat yli 70-vuotiaat kuopiolaiset ja siilinjärveläiset, jotka "
         "tarvitsevat apua sähköisten palvelujen käytössä mutta eivät pääse ryhmäopastuksiin. Tavoitteena on "
         "tavoittaa hankkeen aikana noin 300 ikäihmistä. Toinen kohderyhmä ovat vapaaehtoiset digitutorit "
         "(tavoite 30 aktiivista) ja kolmas kirjastojen ja asukastupien henkilöstö.")

    H(d, "Miten arvioimme onnistumista?", 1)
    P(d, "Arvioinnin lähtökohta on, että tietoa kerätään mahdollisimman kevyesti ja osana tavallista "
         "toimintaa. Ikäihmisiltä kysytään palautetta suullisesti lyhyellä kuvakkeilla tuetulla "
         "lomakkeella, ja osaa asiakkaista haastatellaan puhelimitse tarkemmin. Digitutorit kertovat "
         "kokemuksistaan kyselyssä ja ryhmähaastattelussa. Kirjastojen ja asukastupien henkilöstön kanssa "
         "käydään palautekeskustelut.")
    P(d, "Hankkeen työntekijät tekevät itsearviointia tiimin reflektiokeskusteluissa, joissa käydään läpi "
         "taulukon mittarit ja päätetään tarvittavista muutoksista. Havainnot kirjataan hankkeen "
         "seurantapäiväkirjaan ja raportoidaan STEAlle vuosiselvityksessä.")

    B(d, "Arviointitaulukko")
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    otsikot = ["Tavoite", "Toimenpiteet", "Mittari / arviointimenetelmä"]
    for j, o in enumerate(otsikot):
        t.cell(0, j).text = o
        t.cell(0, j).paragraphs[0].runs[0].bold = True
    t.cell(1, 0).text = "1. Ikäihmiset osaavat käyttää hyvinvointialueen, Kelan ja pankin sähköisiä palveluja itsenäisesti."
    t.cell(1, 1).text = ("Digitutorin kotikäynnit, enintään viisi käyntiä asiakasta kohden; "
                         "selkokielinen muistivihko kotiin")
    c = t.cell(1, 2)
    c.text = "Taitokartoitus, ks. alla:"
    sis = c.add_table(rows=2, cols=2)
    sis.style = "Table Grid"
    sis.cell(0, 0).text = "Taitokartoitus (6 tehtävää)"
    sis.cell(0, 1).text = "Tavoite: 70 % asiakkaista selviää vähintään neljästä tehtävästä itsenäisesti"
    sis.cell(1, 0).text = "Asiakaspalaute"
    sis.cell(1, 1).text = "Tavoite: 80 % kokee pärjäävänsä aiempaa paremmin"
    t.cell(2, 0).text = "2. Vapaaehtoiset digitutorit sitoutuvat toimintaan ja jaksavat siinä."
    t.cell(2, 1).text = "Tutorikoulutus kaksi kertaa vuodessa, kuukausittaiset tutoritreffit, tutorien työnohjaus"
    t.cell(3, 0).text = "3. Kirjastot ja asukastuvat tarjoavat digitukea hankkeen mallin mukaisesti."
    t.cell(3, 1).text = "Kirjasto- ja asukastupahenkilöstön perehdytys, yhteinen ajanvaraus, tutorivuorot kirjastoissa"
    m = t.cell(2, 2).merge(t.cell(3, 2))
    m.text = ("Tutorikysely ja ryhmähaastattelu; aktiivisten tutorien määrä ja pysyvyys (tavoite 30 tutoria, "
              "joista kaksi kolmasosaa jatkaa yli vuoden). Kumppanien palautekeskustelut ja digitukipisteiden "
              "määrä (tavoite kuusi pistettä, joissa tukea saa viikoittain).")
    P(d, "")

    H(d, "Ulkoinen arviointi", 2)
    muutokset(d, [
        ("del", "Ulkoisen arvioinnin toteuttaa Savon Arviointipalvelut Oy, joka haastattelee asiakkaita ja "
                "kumppaneita ja laatii arviointiraportin hankkeen toisen vuoden aikana. "),
        ("ins", "Ulkoista arviointia ei hankita. Budjetti ei sitä salli, ja STEA ei edellytä sitä tämän kokoiselta "
                "hankkeelta; arvioinnin painopiste on itsearvioinnissa ja asiakkaiden palautteessa."),
    ], *T2)

    H(d, "Tiedonkeruun aikataulu", 2)
    muutokset(d, [
        ("del", "Taitokartoitus tehdään asiakkaan ensimmäisellä ja viimeisellä kotikäynnillä. Tutorikysely "
                "kerätään joka vuosi toukokuussa ja kumppanien palautekeskustelut pidetään syyskuussa 2026 ja "
                "syyskuussa 2027. "),
        ("ins", "Aikataulu sovitaan, kun ohjausryhmä on hyväksynyt mittarit."),
    ], *T2)

    H(d, "Miten arviointitietoa käytetään?", 1)
    P(d, "Arviointitieto on ensisijaisesti työväline: sen avulla muutamme kotikäyntien sisältöä, tutorien "
         "koulutusta ja digitukipisteiden aukioloja. Ohjausryhmä käsittelee arviointikoosteen kokouksissaan.")
    P(d, "Juurruttaminen alkoi jo hakuvaiheessa, kun Kuopion kaupunginkirjasto ja Siilinjärven kunnan "
         "asukastuvat sitoutuivat aiesopimuksella digitukipisteiden perustamiseen ja henkilöstönsä "
         "perehdyttämiseen. Kirjastojen ja asukastupien kanssa arvioidaan yhdessä, mitkä osat mallista jäävät "
         "niiden pysyväksi toiminnaksi. Arviointitulokset kootaan raportiksi, joka "
         "julkaistaan yhdistyksen verkkosivuilla ja jonka pohjalta toimintamalli kuvataan Innokylään.")
    muutokset(d, [
        ("t", "Arvioinnista vastaa hankekoordinaattori Marja Kettunen"),
        ("ins", "; tutoritoiminnan arvioinnista vastaa vapaaehtoistoiminnan ohjaaja Olli Rissanen"),
        ("t", "."),
    ], *T2)
    d.save(polku)

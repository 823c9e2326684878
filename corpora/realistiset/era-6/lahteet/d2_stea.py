"""D2: STEA-avustushakemuksen hankesuunnitelmaosa Word-pohjalla: sisältökontrollit ja jäljitetyt muutokset.
Hankeaika on VAIN sisältökontrollin sisällä; tavoitteen 2 mittari on VAIN lisäysmuutoksessa (w:ins);
poistetussa tekstissä (w:delText) on hankeajan ulkopuolinen päivämäärä, jota ei saa laskea."""
from apu import *
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

NAME = "stea-hankesuunnitelma-omaishoitajien-vertaistuki"

def cell_tracked(cell, parts):
    tc = cell._tc
    for p_ in tc.findall(qn("w:p")):
        tc.remove(p_)
    from apu import _run
    xml = f'<w:p {nsdecls("w")}>' + "".join(_run(tx, k) for k, tx in parts) + "</w:p>"
    tc.append(parse_xml(xml))

def run():
    d = new_doc()
    p(d, "Omaishoitajayhdistys Tukiviitta ry · STEA-avustushakemuksen liite 1 · Versio 3 (muutokset näkyvissä) 26.3.2025", italic=True)
    h(d, "Hankesuunnitelma: Jaksamisen verkko – omaishoitajien vertaistuki ja arjen apu", 0)

    bold_line(d, "Hakijayhteisö")
    p(d, "Omaishoitajayhdistys Tukiviitta ry, Järvelän kaupunki. Yhdistyksellä on 640 jäsentä ja kaksi palkattua työntekijää.")
    bold_line(d, "Hankkeen toteutusaika")
    sdt_block(d, "1.1.2026–31.12.2028 (kolme vuotta)", tag="toteutusaika", alias="Toteutusaika")
    bold_line(d, "Haettava avustus")
    sdt_block(d, "Kohdennettu toiminta-avustus (Ak), yhteensä 296 000 euroa kolmelle vuodelle", tag="avustus", alias="Avustus")

    h(d, "1. Miksi hanketta tarvitaan?", 1)
    p(d, "Järvelässä oli vuoden 2024 lopussa 512 omaishoidon tuen sopimusta, ja arvion mukaan ilman sopimusta läheistään "
         "auttavia on vähintään kolme kertaa enemmän. Yhdistyksen jäsenkyselyssä keväällä 2024 (vastaajia 214) 61 prosenttia "
         "kertoi olevansa usein tai jatkuvasti uupunut, ja lähes puolet ei ollut pitänyt lakisääteisiä vapaapäiviään, koska "
         "sijaishoitoa ei ollut saatavilla tai sen järjestäminen tuntui liian raskaalta. Erityisen vähän tukea saavat "
         "työssäkäyvät omaishoitajat ja ne, jotka hoitavat muistisairasta puolisoaan kylillä kaukana keskustasta.")
    tracked_para(d, [
        ("t", "Nykyinen vertaistoiminta on keskittynyt keskustaan ja arkipäiviin. "),
        ("del", "Pilottiryhmät aloitetaan jo syksyllä 2025 kahdella kylällä. "),
        ("ins", "Hankkeessa vertaisryhmiä viedään kyliin ja iltoihin, ja mukaan tuodaan etäryhmät niille, jotka eivät pääse kotoa. "),
        ("t", "Valmisteluvaiheessa tammi–helmikuussa 2025 kävimme keskustelut kaupungin omaishoidon tuen tiimin, "
              "seurakunnan ja kahden kyläyhdistyksen kanssa."),
    ])

    h(d, "2. Kenelle hanke on?", 1)
    p(d, "Hanke on järveläläisille omaishoitajille, myös niille, joilla ei ole omaishoidon tuen sopimusta. Erityisesti "
         "haluamme tavoittaa työssäkäyvät omaishoitajat, muistisairaan puolisoaan hoitavat ikääntyneet ja kylillä asuvat. "
         "Arvioimme, että hankkeen aikana toimintaan osallistuu noin 260 omaishoitajaa. Välillisesti hankkeesta hyötyvät "
         "hoidettavat läheiset ja vapaaehtoiset.")

    h(d, "3. Tavoitteet ja niiden seuranta", 1)
    p(d, "Hankkeen päämääränä on, että omaishoitajat jaksavat paremmin ja saavat tukea läheltä ja oikeaan aikaan. "
         "Alla oleva taulukko kokoaa tavoitteet, toimenpiteet ja sen, miten onnistumista seurataan.")
    t = table(d, [
        ["Tavoite", "Toimenpiteet", "Miten onnistumista seurataan"],
        ["1. Omaishoitajien kokema yksinäisyys ja uupumus vähenevät.",
         "Vertaisryhmät neljällä kylällä ja keskustassa, iltaryhmä työssäkäyville, kaksi etäryhmää; virkistyspäivät.",
         "Jaksamiskysely (lyhyt, 8 kysymystä) ryhmän alussa ja kuuden kuukauden kohdalla; osallistujamäärät."],
        ["2. Omaishoitajat tuntevat oikeutensa ja osaavat hakea palveluja.",
         "Palveluneuvonnan infot, henkilökohtainen ohjaus puhelimessa ja kotikäynneillä, selkokielinen opas.",
         ""],
        ["3. Vapaaehtoisten lyhytaikainen sijaistaminen vakiintuu osaksi yhdistyksen toimintaa.",
         "Vapaaehtoisten rekrytointi ja koulutus (kaksi kurssia vuodessa), sijaisapuvälitys.",
         "Koulutettujen vapaaehtoisten ja välitettyjen sijaisaputuntien määrä; vapaaehtoisten palautekysely kerran vuodessa."],
    ])
    cell_tracked(t.cell(2, 2), [
        ("ins", "Ohjattujen määrä ja ohjauksen aiheet kirjataan tilastoon; ohjatuilta kysytään puolen vuoden päästä, "
                "ovatko he hakeneet palvelua tai tukea, josta saivat tietoa."),
    ])
    p(d, "")

    h(d, "4. Mitä teemme?", 1)
    p(d, "Ensimmäisenä vuonna käynnistämme vertaisryhmät kahdella kylällä ja keskustassa sekä iltaryhmän työssäkäyville. "
         "Ryhmät kokoontuvat kahden viikon välein, ja niissä on mukana koulutettu vertaisohjaaja. Samaan aikaan "
         "vapaaehtoisten ensimmäinen koulutus alkaa, ja sijaisapua välitetään kokeiluna ryhmien ajaksi, jotta "
         "omaishoitaja pääsee paikalle. Toisena vuonna ryhmiä laajennetaan kahdelle uudelle kylälle ja etäyhteydellä "
         "toimiviin ryhmiin. Palveluneuvontaa annetaan koko ajan puhelimessa, tapahtumissa ja tarvittaessa kotona.")

    bold_line(d, "Aikataulu vuosittain")
    table(d, [
        ["", "2026", "2027", "2028"],
        ["Vertaisryhmät", "3 ryhmää + iltaryhmä", "5 ryhmää + 2 etäryhmää", "ryhmät jatkuvat, vastuu vapaaehtoisille"],
        ["Vapaaehtoiskoulutus", "kevät ja syksy", "kevät ja syksy", "kevät"],
        ["Palveluneuvonta ja opas", "opas valmis syksyllä", "päivitys", "luovutus kaupungille"],
        ["Arviointi", "alkukartoitus", "väliarviointi", "loppuarviointi"],
    ])

    h(d, "Resurssit", 1)
    p(d, "Hankkeeseen palkataan koordinaattori (100 %) ja palveluohjaaja (60 %). Yhdistyksen toiminnanjohtaja käyttää "
         "hankkeeseen noin 10 prosenttia työajastaan. Kolmen vuoden kustannukset ovat yhteensä 311 000 euroa, josta STEA:lta "
         "haetaan 296 000 euroa; omarahoitus 15 000 euroa koostuu jäsenmaksutuotoista ja kaupungin kohdeavustuksesta.")

    h(d, "Mitä hankkeesta jää?", 1)
    p(d, "Odotamme, että hankkeen päättyessä omaishoitajille on tarjolla vertaisryhmiä kuudessa paikassa, niistä osa "
         "vapaaehtoisten vetämänä, ja että noin 40 koulutettua vapaaehtoista toimii sijaisapuna. Palveluopas ja "
         "neuvonnan toimintatapa ovat kaupungin ja yhdistyksen yhteistä omaisuutta.")
    p(d, "Pysyvyyttä on rakennettu jo hakemusta tehtäessä: kaupungin omaishoidon tuen tiimi on ollut mukana "
         "suunnittelussa, ja hankkeen alusta lähtien kaupungin palveluohjaaja osallistuu neuvontatyöhön kerran "
         "viikossa. Kerromme toiminnasta ja kokemuksista jäsenlehdessä, yhdistyksen verkkosivuilla, paikallislehdessä "
         "ja kaupungin ikäihmisten palvelujen tapahtumissa; kolmannen vuoden keväänä järjestämme avoimen seminaarin.")
    tracked_para(d, [
        ("t", "Ryhmien mallia muokataan eri tilanteisiin sopivaksi: "),
        ("ins", "kylillä ryhmät kokoontuvat kyläyhdistysten tiloissa päivällä, työssäkäyville on iltaryhmä ja kotoa "
                "pääsemättömille etäryhmä, ja muistisairaan puolison hoitajille tehdään oma teemasarja. "),
        ("t", "Kokoamme ryhmänohjaajan oppaan, jota alueen muut omaishoitajayhdistykset ja seurakunnat voivat "
              "käyttää, ja tarjoamme kahdelle naapurikunnan yhdistykselle mahdollisuuden kokeilla mallia omilla "
              "paikkakunnillaan hankkeen kolmantena vuonna."),
    ])
    p(d, "Hankkeen jälkeen vertaisryhmät ja sijaisapuvälitys jatkuvat Tukiviitta ry:n perustoimintana. Päätöksen "
         "jatkosta tekee yhdistyksen hallitus vuoden 2028 toimintasuunnitelman yhteydessä, ja toiminnanjohtaja vastaa "
         "siitä, että vapaaehtoistoiminnan koordinointi siirtyy yhdistyksen pysyvän henkilöstön tehtäviin. "
         "Palveluneuvonnan toimintatavan ottaa hoitaakseen Järvelän kaupungin omaishoidon tuen tiimi, josta on "
         "sovittu alustavasti ikäihmisten palvelujen johtajan kanssa. Hankkeen viimeisenä puolena vuonna "
         "koordinaattorin työajasta puolet varataan toiminnan siirtämiseen ja vapaaehtoisvetäjien perehdyttämiseen.")

    h(d, "Toiminnan arviointi", 2)
    p(d, "Toiminnan vaikutuksia seurataan tavoitetaulukon mittareilla. Lisäksi teemme STEA:n edellyttämän "
         "vuosittaisen tuloksellisuusselvityksen. Osallistujilta kerätään palautetta jokaisen ryhmäkauden lopussa, ja "
         "kolmantena vuonna haastatellaan kymmentä omaishoitajaa ja kaupungin omaishoidon tuen tiimiä.")

    h(d, "Organisointi ja yhteistyö", 2)
    p(d, "Hanketta ohjaa ohjausryhmä, jossa ovat yhdistyksen puheenjohtaja, kaupungin omaishoidon tuen tiimin esihenkilö, "
         "seurakunnan diakoniatyöntekijä, kahden kyläyhdistyksen edustajat ja kaksi omaishoitajaa.")

    h(d, "Viestintä", 2)
    p(d, "Tavoitamme omaishoitajia kaupungin omaishoidon tuen tiimin, terveysasemien, apteekkien ja seurakunnan kautta. "
         "Ryhmistä ilmoitetaan paikallislehden menopalstalla, yhdistyksen Facebook-sivulla ja kylien ilmoitustauluilla.")

    h(d, "Riskit", 2)
    tracked_para(d, [
        ("t", "Riskinä on, ettei työssäkäyviä omaishoitajia saada mukaan; tähän vastaamme ilta- ja etäryhmillä. "),
        ("del", "Jos vapaaehtoisia ei löydy, sijaisapu ostetaan yksityiseltä palveluntuottajalta. "),
        ("ins", "Jos vapaaehtoisia ei löydy riittävästi, kokoamme sijaisavun ensin kylien nykyisistä vapaaehtoisverkostoista. "),
        ("t", "Koordinaattorin sairastuminen tai vaihtuminen on riski pienessä yhdistyksessä, ja siksi työtavat kirjataan."),
    ])
    save_docx(d, NAME, {"doc_type": "hankesuunnitelma", "findings": []})

if __name__ == "__main__":
    run()

"""Vaihe 1: kuuden hankkeen hankesuunnitelmat (tarkastimen ristiintarkistuskorpus).

Ajo:  python vaihe1.py   (vaatii python-docx ja lxml)
Kirjoittaa ../<projekti>/suunnitelma.<ext> ja suunnitelma.expected.json.
"""
import json
import zlib
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _el(tag, **attrs):
    el = etree.Element(qn(tag))
    for k, v in attrs.items():
        el.set(qn(k), v)
    return el


def run_el(text, bold=False, deleted=False):
    r = _el("w:r")
    if bold:
        rpr = etree.SubElement(r, qn("w:rPr"))
        etree.SubElement(rpr, qn("w:b"))
    t = etree.SubElement(r, qn("w:delText" if deleted else "w:t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


class Doc:
    def __init__(self):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = "Calibri"
        st.font.size = Pt(11)
        self._rev = 100

    def h(self, text, level=1):
        self.d.add_heading(text, level=level)

    def title(self, text):
        self.d.add_heading(text, level=0)

    def b(self, text):
        """Lihavoitu rivi otsikon sijaan."""
        p = self.d.add_paragraph()
        p.add_run(text).bold = True

    def p(self, text, style=None):
        self.d.add_paragraph(text, style=style)

    def li(self, text):
        self.d.add_paragraph(text, style="List Bullet")

    def lead(self, label, text):
        p = self.d.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(" " + text)

    def table(self, rows, header=True):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.text = val
                if header and i == 0:
                    for r in cell.paragraphs[0].runs:
                        r.bold = True
        self.d.add_paragraph()

    def tracked(self, parts, author="Riikka Heikkinen", date="2023-01-09T10:12:00Z"):
        """parts: lista (tyyppi, teksti), tyyppi '' | 'ins' | 'del'. Wordin muutosten jäljitys."""
        p = self.d.add_paragraph()
        pe = p._p
        for kind, text in parts:
            if kind == "":
                pe.append(run_el(text))
            else:
                self._rev += 1
                wrap = _el("w:" + kind)
                wrap.set(qn("w:id"), str(self._rev))
                wrap.set(qn("w:author"), author)
                wrap.set(qn("w:date"), date)
                wrap.append(run_el(text, deleted=(kind == "del")))
                pe.append(wrap)

    def sdt_block(self, text, tag, alias):
        """Lohkotason sisältöohjausobjekti (w:sdt), jossa yksi kappale."""
        body = self.d.element.body
        sdt = _el("w:sdt")
        pr = etree.SubElement(sdt, qn("w:sdtPr"))
        a = etree.SubElement(pr, qn("w:alias")); a.set(qn("w:val"), alias)
        tg = etree.SubElement(pr, qn("w:tag")); tg.set(qn("w:val"), tag)
        etree.SubElement(pr, qn("w:id")).set(qn("w:val"), str(zlib.crc32(tag.encode()) % 10**8))
        etree.SubElement(pr, qn("w:text"))
        content = etree.SubElement(sdt, qn("w:sdtContent"))
        p = _el("w:p")
        p.append(run_el(text))
        content.append(p)
        body.insert(len(body) - 1, sdt)  # ennen sectPr:ää

    def sdt_inline(self, label, text, tag, alias):
        """Kappale, jossa lihavoitu kenttänimi ja rivinsisäinen sisältöohjausobjekti."""
        p = self.d.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(" ")
        sdt = _el("w:sdt")
        pr = etree.SubElement(sdt, qn("w:sdtPr"))
        a = etree.SubElement(pr, qn("w:alias")); a.set(qn("w:val"), alias)
        tg = etree.SubElement(pr, qn("w:tag")); tg.set(qn("w:val"), tag)
        etree.SubElement(pr, qn("w:text"))
        content = etree.SubElement(sdt, qn("w:sdtContent"))
        content.append(run_el(text))
        p._p.append(sdt)

    def save(self, path):
        self.d.save(path)


def expected(folder, findings):
    (folder / "suunnitelma.expected.json").write_text(
        json.dumps({"doc_type": "hankesuunnitelma", "findings": findings}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8")


def out(name):
    f = ROOT / name
    f.mkdir(parents=True, exist_ok=True)
    return f


# ---------------------------------------------------------------------------
# 1. Liikkuen kotona (STEA, .docx, 3 tavoitetta, tavoitetaulukko)
# ---------------------------------------------------------------------------
def liikkuen_kotona():
    d = Doc()
    d.title("Hankesuunnitelma: Liikkuen kotona – vertaisliikuntaa kotona asuville ikäihmisille")
    d.p("Porvoon Seudun Senioriliikkujat ry  |  STEA-avustuskohde C 8341  |  versio 2.1, päivitetty 14.9.2022")
    d.p("Haettava avustus: STEA, kohdennettu toiminta-avustus (Ak), hankeaika 1.1.2023–31.12.2025")

    d.h("1. Mistä tarve syntyy?", 1)
    d.p("Porvoossa asui vuoden 2021 lopussa 5 640 yli 75-vuotiasta, ja heistä noin 91 prosenttia asuu kotonaan. "
        "Väestöennusteen mukaan ikäryhmä kasvaa vuoteen 2030 mennessä lähes kolmanneksella. THL:n "
        "Terveytemme-tulosten (2020) mukaan 38 % alueen 75 vuotta täyttäneistä liikkuu selvästi alle "
        "suositusten, ja joka kymmenes kertoo olevansa yksinäinen usein tai jatkuvasti. Koronavuodet "
        "katkaisivat monelta ryhmäliikunnan, eikä kaikki ole palanneet.")
    d.p("Yhdistyksemme kuntosaliryhmiin tulevat ne, jotka jo liikkuvat. Kotihoidon ja palveluohjauksen "
        "työntekijät ovat kertoneet meille asiakkaista, jotka eivät enää lähde kotoa ryhmään mutta hyötyisivät "
        "säännöllisestä liikkeestä ja seurasta. Tähän rakoon hanke tarttuu.")

    d.h("2. Kenelle hanke on?", 1)
    d.p("Päätavoiteryhmä ovat Porvoossa kotona asuvat yli 75-vuotiaat, joiden liikkuminen on vähentynyt ja jotka "
        "eivät osallistu nykyisiin ryhmiin. Arvioimme tavoittavamme hankeaikana noin 300 tällaista ikäihmistä.")
    d.p("Välillisesti hanke on suunnattu vertaisliikuttajiksi ryhtyville vapaaehtoisille (tyypillisesti 60–75-"
        "vuotiaat eläkeläiset), ikäihmisten omaisille sekä Itä-Uudenmaan hyvinvointialueen kotihoidon ja "
        "palveluohjauksen henkilöstölle.")

    d.h("3. Tavoitteet, toimenpiteet ja mittarit", 1)
    d.p("Hankkeen päämääränä on, että kotona asuva ikäihminen liikkuu enemmän ja on vähemmän yksin. Alla oleva "
        "taulukko on hankkeen tavoitekartta, jota käytetään myös seurannassa.")
    d.table([
        ["Tavoite", "Toimenpiteet", "Mittari (tavoitearvo)"],
        ["1. Kotona asuvien ikäihmisten arkiliikunta lisääntyy.",
         "Vertaisliikuttajakoulutukset (4 kpl). 12 viikon kotijaksot, joissa vertaisliikuttaja käy kerran viikossa "
         "ja tekee ikäihmisen kanssa Kotijumppa-kortin liikkeet. Liikekortit ja video omaisille.",
         "40 koulutettua vertaisliikuttajaa; 300 ikäihmistä käy läpi kotijakson; vähintään 60 % osallistujista "
         "liikkuu jakson jälkeen aiempaa enemmän (alku- ja loppukysely sekä tuolilta nousu -testi)."],
        ["2. Ikäihmisten yksinäisyys vähenee, kun kotijakson jälkeen on paikka jatkaa yhdessä.",
         "Korttelijumpat taloyhtiöiden kerhohuoneissa ja palvelutalojen yhteistiloissa; kyytirinki niille, jotka "
         "eivät pääse omin avuin.",
         "25 toimivaa korttelijumpparyhmää; yksinäisyyttä usein tai jatkuvasti kokevien osuus osallistujista "
         "laskee 45 %:sta 30 %:iin (kysely jakson alussa ja puolen vuoden kuluttua)."],
        ["3. Toimintamalli vakiintuu osaksi alueen ikäihmisten palveluketjua.",
         "Ohjaussopimus hyvinvointialueen kotihoidon kanssa; mallin kuvaus Innokylään; koulutuspaketti muille "
         "eläkeläisjärjestöille.",
         "Kirjallinen yhteistyösopimus kotihoidon kanssa viimeistään 12/2024; kotihoito ohjaa vähintään 100 "
         "asiakasta; 3 muuta yhdistystä ottaa mallin käyttöön."],
    ])

    d.h("4. Toteutus", 1)
    d.p("Hankkeessa työskentelee kokoaikainen hankekoordinaattori ja osa-aikainen (60 %) liikunnanohjaaja. "
        "Liikunnanohjaaja vastaa vertaisliikuttajien koulutuksesta ja tuesta, koordinaattori kotijaksojen "
        "ohjauksesta, yhteistyösopimuksista ja raportoinnista.")
    d.p("Kotijakso etenee niin, että kotihoito tai palveluohjaus kysyy asiakkaalta luvan yhteydenottoon, "
        "koordinaattori soittaa ja sopii aloituskäynnin, ja vertaisliikuttaja aloittaa viikoittaiset käynnit. "
        "Jakson lopussa ikäihmiselle tarjotaan paikka lähimmässä korttelijumpassa. Vertaisliikuttajille "
        "järjestetään työnohjauksellinen tapaaminen kuuden viikon välein.")

    d.b("Aikataulu")
    d.table([
        ["Ajankohta", "Mitä tehdään"],
        ["Q1/2023", "Henkilöstön rekrytointi, ohjausryhmän aloitus, kyselylomakkeiden viimeistely"],
        ["Q2/2023", "Ensimmäinen vertaisliikuttajakoulutus, ensimmäiset kotijaksot"],
        ["Q3/2023–Q4/2024", "Kotijaksot jatkuvat, korttelijumppien käynnistys, 2. ja 3. koulutus"],
        ["Q4/2024", "Yhteistyösopimus kotihoidon kanssa, väliarviointi"],
        ["2025", "4. koulutus, mallin kuvaus Innokylään, koulutuspaketti muille yhdistyksille, loppuarviointi"],
        ["Q4/2025", "Loppuseminaari ja loppuraportti"],
    ])

    d.h("5. Tulokset ja vaikutukset", 1)
    d.p("Hankkeen tuotoksia ovat Kotijumppa-kortit ja -video, vertaisliikuttajien koulutusmateriaali ja "
        "kuvattu toimintamalli. Tuloksena noin 300 ikäihmistä on liikkunut säännöllisesti vähintään 12 viikon "
        "ajan ja osa jatkaa korttelijumpassa. Pidemmän aikavälin vaikutuksena tavoittelemme kotona asumisen "
        "tukemista ja kaatumisten vähenemistä; tätä emme pysty hankkeessa itse todentamaan, mutta keräämme "
        "kotihoidolta palautetta asiakkaiden toimintakyvyn muutoksista.")

    d.h("6. Seuranta ja arviointi", 1)
    d.p("Seuranta perustuu taulukon mittareihin. Kotijakson alussa ja lopussa tehdään lyhyt kysely "
        "(liikkumisen määrä, yksinäisyys, koettu terveys) sekä tuolilta nousu -testi. Vertaisliikuttajilta "
        "kerätään palaute koulutuksista ja kerran vuodessa ryhmähaastattelu. Itsearviointia tehdään "
        "puolivuosittain henkilöstön ja ohjausryhmän kanssa. STEA:n vuosiraportointi tehdään samoilla luvuilla.")

    d.h("7. Juurruttaminen – mitä jää hankkeen jälkeen?", 1)
    d.p("Jatkuvuutta on rakennettu jo hakuvaiheessa: toimintamalli on suunniteltu yhdessä hyvinvointialueen "
        "kotihoidon palvelupäällikön kanssa, ja kotihoidon edustaja on ohjausryhmässä alusta asti.")
    d.li("Viestintä: kerromme tuloksista kotihoidon tiimipalavereissa jo ensimmäisenä vuonna ja ikäihmisille "
         "paikallislehdessä ja seurakunnan tiedotteissa.")
    d.li("Variointi: mallista tehdään vuonna 2024 versio muistisairaille yhdessä muistiyhdistyksen kanssa.")
    d.li("Valtavirtaistaminen: vuonna 2025 kolme muuta eläkeläisjärjestöä kokeilee mallia koulutuspaketin avulla.")
    d.li("Vakiinnuttaminen: vertaisliikuttajatoiminta jatkuu hankkeen jälkeen yhdistyksen pysyvänä toimintana, "
         "josta vastaa yhdistyksen toiminnanjohtaja; kotihoidon ohjauskäytäntö kirjataan yhteistyösopimukseen, "
         "ja sen jatkumisesta vastaa Itä-Uudenmaan hyvinvointialueen kotihoidon palvelupäällikkö.")
    d.p("Juurruttamiseen varataan koordinaattorin työajasta 20 % vuonna 2025, ja loppuseminaarin kulut on "
        "budjetoitu.")

    d.h("8. Organisointi", 1)
    d.p("Hanketta hallinnoi Porvoon Seudun Senioriliikkujat ry. Ohjausryhmässä ovat yhdistyksen puheenjohtaja, "
        "kotihoidon palvelupäällikkö, kaupungin liikuntapalvelujen edustaja, muistiyhdistyksen edustaja ja kaksi "
        "vertaisliikuttajaa. Ohjausryhmä kokoontuu neljä kertaa vuodessa.")

    d.h("9. Riskit", 1)
    d.table([
        ["Riski", "Miten varaudumme"],
        ["Vapaaehtoisia ei saada tarpeeksi", "Rekrytointi eläkeläisjärjestöjen ja seurakunnan kautta, koulutus maksuton"],
        ["Kotihoidon ohjaus ei käynnisty", "Yhteinen ohjauskäytäntö sovittu ennen hankkeen alkua, seuranta ohjausryhmässä"],
        ["Osallistujien terveydentila heikkenee jakson aikana", "Vertaisliikuttajan ohje yhteydenotosta omaiseen tai kotihoitoon"],
    ])

    d.h("10. Viestintä", 1)
    d.p("Viestinnän kanavia ovat yhdistyksen verkkosivut ja Facebook, paikallislehti Uusimaa, kotihoidon "
        "asiakastiedote ja seurakunnan senioritiedote. Hankkeen päätteeksi järjestetään loppuseminaari, ja "
        "toimintamalli julkaistaan Innokylässä.")

    d.h("Talous", 1)
    d.table([
        ["Kustannuslaji", "2023", "2024", "2025", "Yhteensä"],
        ["Henkilöstökulut", "68 400", "70 100", "71 800", "210 300"],
        ["Vertaisliikuttajien koulutus ja tuki", "6 500", "5 000", "4 200", "15 700"],
        ["Materiaalit, kortit, video", "4 800", "1 200", "1 000", "7 000"],
        ["Matkat ja kyytirinki", "3 000", "4 500", "4 500", "12 000"],
        ["Loppuseminaari ja viestintä", "1 000", "1 000", "3 500", "5 500"],
        ["Yhteensä (€)", "83 700", "81 800", "85 000", "250 500"],
    ])
    d.p("Omavastuu katetaan vapaaehtoistyön arvolla ja yhdistyksen omilla varoilla.")

    f = out("liikkuen-kotona")
    d.save(f / "suunnitelma.docx")
    expected(f, [])


# ---------------------------------------------------------------------------
# 2. Työpolku (ESR+, .docx, 4 tavoitetta proosana, muutosten jäljitys)
# ---------------------------------------------------------------------------
def tyopolku():
    d = Doc()
    d.b("EURA 2021 – HANKESUUNNITELMA (liite hakemukseen)")
    d.title("Työpolku – osatyökykyisten polku työhön Kainuussa")
    d.p("Päivitetty versio 3 korjausvaiheen jälkeen, 9.1.2023. Muutokset näkyvät muutosten jäljityksessä.")

    d.lead("Hankekoodi*", "EURA S31207")
    d.lead("Toimintalinja / erityistavoite*", "ESR+, erityistavoite 4.1 (työllisyys)")
    d.lead("Tuensaaja*", "Kajaanin kaupunki, työllisyyspalvelut")
    d.lead("Osatoteuttaja", "Kainuun hyvinvointialue, aikuissosiaalityön ja kuntoutuksen palvelualue")
    d.lead("Toteutusaika*", "1.3.2023–28.2.2026")

    d.h("Tausta ja tarve", 1)
    d.p("Kainuussa oli vuoden 2022 lopussa noin 1 900 pitkäaikaistyötöntä, ja TE-toimiston arvion mukaan "
        "heistä vähintään kolmanneksella on terveyteen liittyviä työllistymisen esteitä. Työkyvyttömyyseläkkeellä "
        "olevien osuus 16–64-vuotiaista (8,9 % vuonna 2021) on maan korkeimpia. Osatyökykyisten polku "
        "katkeaa usein kahdessa kohdassa: työkyvyn arviointiin jonotetaan kuukausia, eikä työnantajilla ole "
        "tukea palkatessaan osatyökykyistä.")
    d.p("Vuoden 2025 alussa voimaan tuleva TE-palvelujen uudistus siirtää työllisyyspalvelut kunnille. "
        "Hanke valmistelee Kajaanin ja koko Kainuun työllisyysalueen osatyökykyisten palveluja tähän muutokseen.")

    d.h("Kohderyhmä", 1)
    d.p("Välitön kohderyhmä on 18–64-vuotiaat kainuulaiset työttömät tai työelämän ulkopuolella olevat, "
        "joiden työkyky on alentunut sairauden, vamman tai pitkän työttömyyden vuoksi. Lisäksi kohderyhmää ovat "
        "kainuulaiset työnantajat sekä hyvinvointialueen ja työllisyyspalvelujen ammattilaiset.")

    d.h("Hankkeen tavoitteet", 1)
    d.p("Hankkeella on neljä tavoitetta. Jokaisen alla on toimenpiteet ja mittarit, joilla onnistumista seurataan.")

    d.b("Tavoite 1. Osatyökykyiset työnhakijat pääsevät työhön tai koulutukseen yksilövalmennuksen avulla.")
    d.p("Toimenpiteet: kolme IPS-yksilövalmentajaa (Individual Placement and Support) aloittaa keväällä 2023; "
        "valmennus jatkuu tarvittaessa myös työsuhteen alussa.")
    d.tracked([
        ("", "Mittarit: vähintään "), ("del", "150"), ("ins", "120"),
        ("", " asiakasta valmennuksessa hankeaikana; heistä 35 % on avoimilla työmarkkinoilla tai tutkintoon "
             "johtavassa koulutuksessa kuuden kuukauden kuluessa valmennuksen päättymisestä."),
    ])

    d.b("Tavoite 2. Kainuulaiset työnantajat rohkaistuvat palkkaamaan osatyökykyisiä.")
    d.p("Toimenpiteet: työnantajayhteistyö (yritysvierailut, työnantajaillat yhdessä Kainuun Yrittäjien kanssa), "
        "työn muokkaamisen neuvonta ja palkkatuen hakemisen apu.")
    d.p("Mittarit: 40 työnantajaa tavattu; 25 uutta työkokeilu- tai työpaikkaa osatyökykyisille; "
        "työnantajailta kahdesti vuodessa.")

    d.b("Tavoite 3. Työkyvyn arviointi nopeutuu ja selkeytyy yhteisen prosessin ansiosta.")
    d.p("Toimenpiteet: työllisyyspalvelujen ja hyvinvointialueen yhteinen työkyvyn arvioinnin prosessi "
        "kuvataan ja pilotoidaan; ammattilaisille koulutusta työkyvyn tuen menetelmistä.")
    d.tracked([
        ("", "Mittarit: odotusaika työkyvyn arviointiin lyhenee 90 vuorokaudesta 45 vuorokauteen; 80 ammattilaista "
             "koulutettu; prosessikuvaus hyväksytty hyvinvointialueen johtoryhmässä"),
        ("del", " vuoden 2024 aikana"), ("ins", " viimeistään 6/2025"), ("", "."),
    ])

    d.b("Tavoite 4. Asiakkaiden oma ääni kuuluu palvelujen kehittämisessä.")
    d.p("Toimenpiteet: perustetaan kokemusasiantuntijaryhmä, joka kommentoi palveluja, osallistuu "
        "ammattilaisten koulutuksiin ja työpajoihin.")
    d.p("Mittarit: 8-jäseninen kokemusasiantuntijaryhmä kokoontuu 6 kertaa vuodessa; asiakastyytyväisyys "
        "valmennukseen vähintään 4,0 asteikolla 1–5.")

    d.h("Toteutus ja työpaketit", 1)
    d.p("Työpaketti 1 (yksilövalmennus) toteuttaa tavoitetta 1, työpaketti 2 (työnantajayhteistyö) tavoitetta 2 "
        "ja työpaketti 3 (palveluprosessit ja osallisuus) tavoitteita 3 ja 4. Hankkeessa on projektipäällikkö, "
        "kolme yksilövalmentajaa ja yritysyhteistyökoordinaattori; hyvinvointialue osoittaa prosessityöhön "
        "kehittäjäsosiaalityöntekijän 50 % työajalla.")
    d.tracked([
        ("", "Valmennus toteutetaan Kajaanissa, Sotkamossa ja Kuhmossa"),
        ("del", " sekä etänä koko maakunnassa"), ("", "."),
    ])

    d.h("Aikataulu", 1)
    d.table([
        ["Vaihe", "2023", "2024", "2025", "1–2/2026"],
        ["Käynnistys, rekrytoinnit", "Q1–Q2", "", "", ""],
        ["Yksilövalmennus", "Q2–Q4", "koko vuosi", "koko vuosi", "päättyvät jaksot"],
        ["Työnantajayhteistyö", "Q3–Q4", "koko vuosi", "koko vuosi", ""],
        ["Työkyvyn arvioinnin prosessi", "kuvaus Q4", "pilotti", "hyväksyntä, levitys", ""],
        ["Kokemusasiantuntijaryhmä", "perustaminen Q3", "toiminta", "toiminta", ""],
        ["Loppuarviointi ja -raportti", "", "", "Q4", "valmis 2/2026"],
    ])

    d.h("Tulokset ja vaikutukset", 1)
    d.p("Hankkeen tuloksena Kainuussa on käytössä vakiintunut IPS-yksilövalmennus, yhteinen työkyvyn arvioinnin "
        "prosessi ja työnantajien tukimalli. Välittömänä vaikutuksena noin 40 osatyökykyistä työllistyy tai "
        "aloittaa opinnot; pidemmällä aikavälillä tavoitellaan työkyvyttömyyseläkkeiden alkavuuden laskua.")

    d.h("Seuranta, arviointi ja indikaattorit", 1)
    d.p("Hanke kerää EURA-järjestelmän edellyttämät osallistujatiedot ja ESR+-indikaattorit. Omat mittarit "
        "(ks. tavoitteet) seurataan puolivuosittain ohjausryhmässä. Itsearviointi tehdään tiimin "
        "kehittämispäivinä kahdesti vuodessa; ulkoinen arviointi hankitaan vuodelle 2025 ostopalveluna.")

    d.h("Tulosten juurruttaminen ja levittäminen", 1)
    d.p("Juurruttaminen on ollut mukana jo hakuvaiheessa: Kajaanin kaupungin työllisyyspalvelut ja hyvinvointialue "
        "ovat sitoutuneet tuloksiin aiesopimuksella (liite 4). Viestimme tuloksista säännöllisesti työllisyysalueen "
        "kunnille; malleja muokataan (variointi) nuorille aikuisille Ohjaamon kanssa vuonna 2024; vuonna 2025 "
        "Kainuun muut kunnat kokeilevat valmennusta osana työllisyysaluetta (valtavirtaistaminen).")
    d.p("Vakiinnuttaminen: IPS-yksilövalmennus siirtyy hankkeen jälkeen Kainuun työllisyysalueen pysyväksi "
        "palveluksi; vastuu on Kajaanin kaupungin työllisyyspalvelujen päälliköllä, ja kolmen valmentajan "
        "vakanssit esitetään vuoden 2026 talousarvioon. Työkyvyn arvioinnin prosessista vastaa jatkossa "
        "Kainuun hyvinvointialueen aikuissosiaalityön ja kuntoutuksen palvelupäällikkö. Kokemusasiantuntijaryhmä "
        "jatkaa hyvinvointialueen osallisuusyksikön alaisuudessa.")
    d.p("Juurruttamiseen on varattu projektipäällikön työaikaa noin 25 % vuonna 2025 sekä levitysseminaarin kulut.")

    d.h("Hallinnointi ja ohjausryhmä", 1)
    d.p("Ohjausryhmässä ovat Kajaanin kaupungin työllisyyspalvelut, Kainuun hyvinvointialue, Kainuun Yrittäjät, "
        "Kela, kokemusasiantuntijoiden edustaja ja Pohjois-Pohjanmaan ELY-keskus (asiantuntijajäsen).")

    d.h("Riskit ja niiden hallinta", 1)
    d.p("Suurin riski on valmentajien vaihtuvuus; siihen varaudutaan työparityöllä ja yhteisellä "
        "dokumentoinnilla. Toinen riski on TE-uudistuksen aiheuttama organisaatiomuutos vuonna 2025; "
        "ohjausryhmä seuraa valmistelua ja hanke osallistuu työllisyysalueen suunnitteluun.")

    d.h("Viestintä", 1)
    d.p("Kaupungin verkkosivut, hankkeen LinkedIn, työnantajaillat, Kainuun Sanomat ja vuoden 2025 "
        "levitysseminaari. Toimintamallit kuvataan Innokylään.")

    d.h("Kustannusarvio", 1)
    d.table([
        ["", "Euroa"],
        ["Henkilöstökustannukset", "812 000"],
        ["Ostopalvelut (ulkoinen arviointi, koulutukset)", "46 000"],
        ["Flat rate -kustannukset (24 %)", "194 880"],
        ["Yhteensä", "1 052 880"],
        ["Rahoitus: ESR+ ja valtio 80 %, kunta- ja hyvinvointialueosuus 20 %", ""],
    ])

    f = out("tyopolku")
    d.save(f / "suunnitelma.docx")
    expected(f, [])


# ---------------------------------------------------------------------------
# 4. Lukukaveri (AVI, .docx, 3 tavoitetta, sisältöohjausobjektit)
# ---------------------------------------------------------------------------
def lukukaveri():
    d = Doc()
    d.p("LAPUAN KAUPUNGINKIRJASTO – yleisten kirjastojen kehittämisavustus, hankesuunnitelma")
    d.sdt_inline("Hankkeen nimi*", "Lukukaveri – lukemisen iloa alakouluihin", "hankkeen_nimi", "Hankkeen nimi")
    d.lead("Hankkeen tunnus*", "LSAVI/3391/2024")
    d.b("Toteutusaika*")
    d.sdt_block("1.1.2025–31.12.2025", "toteutusaika", "Toteutusaika")
    d.lead("Yhteyshenkilö*", "Milla Kantola, lasten ja nuorten palveluiden kirjastonhoitaja")
    d.p("Laadittu 28.10.2024, v. 1.3")

    d.h("Lähtötilanne", 1)
    d.p("PISA 2022 -tulosten mukaan suomalaisten 15-vuotiaiden lukutaito on heikentynyt edelleen, ja "
        "Lapuan kouluissa tehdyn lukuseulan (syksy 2023) mukaan 3.-luokkalaisista 22 % lukee selvästi ikätasoaan "
        "hitaammin. Lainausluvut lasten kaunokirjallisuudessa ovat laskeneet vuodesta 2019 noin 14 %. Kirjastolla "
        "on koululaisille luokkavierailuja, mutta ne ovat kertaluonteisia eivätkä tavoita lapsia, joille lukeminen "
        "on työlästä.")

    d.h("Tavoitteet ja kohderyhmä", 1)
    d.p("Hanke on suunnattu Lapuan kahdeksan alakoulun 2.–4.-luokkalaisille, erityisesti heikosti lukeville, "
        "heidän perheilleen sekä kirjaston henkilökunnalle. Tavoitteenamme on, että lapset saavat lukemisesta "
        "onnistumisen kokemuksia ja perheet lukevat yhdessä.")
    d.table([
        ["Tavoite", "Mitä tehdään", "Miten mitataan"],
        ["Alakoululaisten lukuinto ja sujuvuus vahvistuvat.",
         "Lukukaverijaksot: kirjastolainen tai koulutettu vapaaehtoinen lukee pienryhmän kanssa kerran viikossa "
         "8 viikon ajan koulun kirjastossa; lukukoira Nuppu mukana osassa kouluista.",
         "8 koulua mukana; 200 oppilasta osallistuu jaksolle; 70 % osallistujista kertoo lukevansa mielellään "
         "enemmän (oppilaskysely) ja opettajan arvio sujuvuudesta paranee."],
        ["Kirjaston henkilöstö osaa tukea lukemisessa vaikeuksia kokevia lapsia.",
         "Kaksi koulutuspäivää (lukivaikeudet, selkokirjat, lukemisen motivointi) yhdessä Lapuan "
         "erityisopettajien kanssa.",
         "15 kirjastolaista koulutettu; koulutuksen palaute vähintään 4/5."],
        ["Perheet lukevat yhdessä kotona.",
         "Perhelukuillat kirjastossa ja kyläkouluilla, lainattavat lukukassit, vinkkikirje koteihin.",
         "10 perhelukutapahtumaa, yhteensä 400 osallistujaa; 50 lukukassia jatkuvassa kierrossa."],
    ])

    d.h("Toteutus", 1)
    d.p("Hanke palkkaa osa-aikaisen (50 %) lukukaverikoordinaattorin. Koordinaattori sopii koulujen kanssa "
        "jaksojen aikataulut, ohjaa vapaaehtoiset (MLL:n Lapuan yhdistys) ja kokoaa lukukassit. "
        "Kevätlukukaudella mukana on neljä koulua ja syyslukukaudella loput neljä.")
    d.table([
        ["Kuukausi", "Toimenpide"],
        ["1–2/2025", "Koordinaattorin aloitus, vapaaehtoisten perehdytys, kassit"],
        ["2–5/2025", "Lukukaverijaksot 4 koulussa, koulutuspäivä 1 (maaliskuu)"],
        ["6–8/2025", "Kesälukutapahtumat perheille"],
        ["9–11/2025", "Lukukaverijaksot 4 koulussa, koulutuspäivä 2 (lokakuu)"],
        ["12/2025", "Kyselyjen kokoaminen, loppuraportti AVI:lle"],
    ])

    d.h("Tuotokset ja tulokset", 1)
    d.p("Hankkeesta jää lukukaverijakson malli ohjeineen, 50 lukukassia ja koulutettu henkilökunta. Tuloksena "
        "noin 200 lasta on saanut säännöllistä lukemisen tukea ja perheet ovat löytäneet kirjaston.")

    d.h("Arviointi", 1)
    d.p("Oppilaskysely jakson alussa ja lopussa (kuvasymbolein), opettajien arvio sujuvuudesta, "
        "koulutuspalautteet ja osallistujamäärät. Koordinaattori kokoaa seurannan kuukausittain; tulokset "
        "käsitellään kirjaston ja sivistystoimen tapaamisessa kesäkuussa ja joulukuussa 2025.")

    d.h("Jatkuvuus ja levittäminen", 1)
    d.p("Jo hakuvaiheessa hanke on sovittu sivistystoimen kanssa niin, että lukukaverijaksot kirjataan koulujen "
        "ja kirjaston yhteistyösuunnitelmaan. Hankkeen jälkeen lukukaverijaksoista vastaa kaupunginkirjaston "
        "lasten ja nuorten palveluiden kirjastonhoitaja, ja sivistysjohtaja on sitoutunut siihen, että jaksot "
        "ovat osa alakoulujen lukuvuosisuunnitelmaa. Lukukassit jäävät kirjaston kokoelmaan, ja niiden kierrosta "
        "vastaa kirjasto.")
    d.p("Tuloksista kerrotaan Kirjastopäivillä ja Etelä-Pohjanmaan kirjastojen verkostotapaamisessa; malli "
        "sovitetaan (variointi) myös päiväkotien esiopetukseen ja tarjotaan naapurikuntien kirjastojen "
        "kokeiltavaksi. Syksyllä 2025 koordinaattorin työajasta 20 % käytetään mallin kirjaamiseen ja "
        "siirtämiseen vakituiselle henkilökunnalle.")

    d.h("Yhteistyö ja organisointi", 1)
    d.p("Hankkeen ohjausryhmänä toimii kirjastotoimenjohtaja, kahden koulun rehtorit, erityisopettaja ja "
        "MLL:n paikallisyhdistyksen edustaja.")

    d.h("Riskit", 1)
    d.p("Koulujen aikataulut ovat tiukat; jaksot sovitaan lukuvuoden suunnittelun yhteydessä. Jos vapaaehtoisia "
        "ei löydy riittävästi, jaksoja ohjaa kirjaston henkilökunta.")

    d.h("Viestintä", 1)
    d.p("Kirjaston verkkosivut ja Instagram, Wilma-tiedotteet koteihin, Lapuan Sanomat. Kuvattu malli "
        "julkaistaan kirjastot.fi-palvelussa.")

    d.h("Kustannusarvio", 1)
    d.table([
        ["Menolaji", "€"],
        ["Koordinaattorin palkka sivukuluineen (50 %, 12 kk)", "24 600"],
        ["Koulutuspäivät (kouluttajat)", "2 400"],
        ["Lukukassien aineisto", "3 500"],
        ["Perhelukuillat, tarjoilut, matkat", "1 500"],
        ["Yhteensä", "32 000"],
        ["Haettava avustus (80 %)", "25 600"],
    ])

    f = out("lukukaveri")
    d.save(f / "suunnitelma.docx")
    expected(f, [])


# ---------------------------------------------------------------------------
# 6. Taidepolku (OKM, .docx, 5 tavoitetta numeroituina kappaleina)
# ---------------------------------------------------------------------------
def taidepolku():
    d = Doc()
    d.b("HANKESUUNNITELMA")
    d.b("Taidepolku Ylä-Savoon – kulttuurikasvatus jokaiselle lapselle")
    d.p("OKM:n erityisavustus lastenkulttuurin ja kulttuurikasvatuksen kehittämiseen. Hankenumero OKM/1434/2026.")
    d.p("Hakija: Iisalmen kaupunki, kulttuuripalvelut. Mukana Kiuruvesi, Vieremä ja Sonkajärvi. Luonnos 2, 12.3.2026")

    d.b("1 Tausta")
    d.p("Ylä-Savon neljässä kunnassa on noin 2 550 perusopetuksen oppilasta (2025) ja noin 1 100 "
        "varhaiskasvatuksessa olevaa lasta. Kulttuurikasvatussuunnitelma on vain Iisalmella, ja sekin on vuodelta "
        "2016. Lastenkulttuuriverkoston kyselyn (2024) mukaan alueen kouluista alle puolet käy vuosittain "
        "museossa tai teatterissa, ja käynnit riippuvat yksittäisen opettajan aktiivisuudesta. Pienissä kunnissa "
        "kuljetuskustannukset ovat suurin este.")

    d.b("2 Kenelle?")
    d.p("Hankkeen kohderyhmänä ovat neljän kunnan perusopetuksen oppilaat ja varhaiskasvatuksen lapset sekä "
        "heitä opettavat ja ohjaavat aikuiset. Toinen kohderyhmä ovat alueen taiteilijat ja kulttuuritoimijat "
        "(museot, kirjastot, teatteri, musiikkiopisto).")

    d.b("3 Tavoitteet ja niiden saavuttaminen")
    d.p("1) Neljällä kunnalla on yhteinen, sivistyslautakuntien hyväksymä kulttuurikasvatussuunnitelma. "
        "Toimenpiteet: työryhmät opettajien ja kulttuuritoimijoiden kanssa, suunnitelman luonnos lausunnoille "
        "keväällä 2027. Mittari: suunnitelma hyväksytty kaikissa neljässä kunnassa 31.5.2027 mennessä.")
    d.p("2) Jokainen peruskoululainen pääsee taidepolulle. Toimenpiteet: vuosiluokittain nimetyt polkukohteet, "
        "yhteiset kuljetukset. Mittari: vähintään 2 300 oppilasta eli 90 % osallistuu kahteen taidepolkukäyntiin "
        "lukuvuodessa.")
    d.p("3) Paikalliset taiteilijat saavat työtä kouluyhteistyöstä. Toimenpiteet: taiteilijahaku, työpajat "
        "kouluissa, taiteilijoiden koulutus pedagogiikasta. Mittari: 15 taiteilijaa, 40 työpajaa hankeaikana.")
    d.p("4) Jokaisessa koulussa on kulttuuriyhdyshenkilö, ja yhdyshenkilöt muodostavat verkoston. "
        "Toimenpiteet: rehtorit nimeävät yhdyshenkilön, verkostotapaamiset ja yhteinen Teams-kanava. "
        "Mittari: 16 koulua, 16 yhdyshenkilöä; 4 verkostotapaamista vuodessa.")
    d.p("5) Myös varhaiskasvatus on mukana kulttuurikasvatuksessa. Toimenpiteet: päiväkotien oma polku "
        "(satutunnit, musiikkileikit, museon pienten opastus). Mittari: 10 päiväkotia ja 600 lasta, yksi "
        "polkukäynti vuodessa jokaiselle ryhmälle.")

    d.b("4 Toteutus ja aikataulu")
    d.p("Hankeaika on 1.8.2026–31.7.2028 eli kaksi lukuvuotta. Hankkeeseen palkataan kulttuurikasvatuksen "
        "koordinaattori (100 %); kuntien kulttuuri- ja sivistystoimet osallistuvat omalla työajallaan.")
    d.table([
        ["Lukukausi", "Pääasialliset toimenpiteet"],
        ["syksy 2026", "Koordinaattori aloittaa, yhdyshenkilöt nimetään, taiteilijahaku, ensimmäiset polkukäynnit"],
        ["kevät 2027", "Kulttuurikasvatussuunnitelman luonnos ja hyväksyminen, päiväkotipolun kokeilu"],
        ["syksy 2027", "Polut kaikilla vuosiluokilla, työpajat kouluissa"],
        ["kevät 2028", "Arviointi, loppuseminaari huhtikuussa, polkukalenteri vakituiseksi"],
        ["kesä 2028", "Loppuraportti OKM:lle 7/2028"],
    ])

    d.b("5 Resurssit ja kustannukset")
    d.table([
        ["", "2026", "2027", "2028", "Yht."],
        ["Koordinaattorin palkka", "18 500", "45 000", "26 500", "90 000"],
        ["Taiteilijapalkkiot", "6 000", "16 000", "8 000", "30 000"],
        ["Kuljetukset", "7 000", "18 000", "9 000", "34 000"],
        ["Materiaalit ja seminaari", "1 500", "2 000", "4 500", "8 000"],
        ["Yhteensä", "33 000", "81 000", "48 000", "162 000"],
    ])
    d.p("OKM:n avustus 70 %, kuntien omarahoitus 30 % asukasluvun suhteessa.")

    d.b("6 Seuranta ja arviointi")
    d.p("Koordinaattori kirjaa polkukäynnit ja työpajat yhteiseen seurantataulukkoon. Oppilaat arvioivat käynnit "
        "lyhyellä hymiökyselyllä, opettajilta ja taiteilijoilta kerätään palaute lukukausittain. Ohjausryhmä "
        "tekee itsearvioinnin kummankin lukuvuoden lopussa.")

    d.b("7 Tulokset")
    d.p("Hankkeen tuloksena alueella on hyväksytty kulttuurikasvatussuunnitelma, toimiva yhdyshenkilöverkosto "
        "ja polkukalenteri, ja jokainen lapsi on päässyt kulttuurin pariin asuinpaikasta riippumatta.")

    d.b("8 Juurruttaminen ja jatko")
    d.p("Jatko on mietitty jo hakuvaiheessa: sivistysjohtajat ovat olleet mukana hakemuksen valmistelussa, ja "
        "kunnat ovat sitoutuneet kuljetuskustannusten jatkamiseen. Viestimme polkuja kouluille ja koteihin koko "
        "hankkeen ajan. Polkua muokataan varhaiskasvatukseen ja erityisopetukseen sopivaksi (variointi), ja "
        "mallia tarjotaan muille Pohjois-Savon kunnille Savon lastenkulttuuriverkoston kautta (valtavirtaistaminen).")
    d.p("Pysyväksi jäävät:")
    d.li("kulttuurikasvatussuunnitelma – kukin kunta vastaa omastaan sivistyslautakunnan kautta, päivitys neljän "
         "vuoden välein sivistysjohtajan johdolla;")
    d.li("kulttuuriyhdyshenkilöiden verkosto – koordinoinnista vastaa Iisalmen kaupungin kulttuuripalvelujen "
         "kulttuurituottaja;")
    d.li("taidepolkukalenteri verkossa – ylläpidosta vastaavat Iisalmen kulttuuripalvelut.")
    d.p("Keväällä 2028 koordinaattorin työajasta neljännes käytetään tehtävien siirtoon kuntien henkilöstölle.")

    d.b("9 Organisointi, riskit ja viestintä")
    d.p("Ohjausryhmä: neljän kunnan sivistysjohtajat, Iisalmen kulttuuripäällikkö, Savon lastenkulttuuriverkoston "
        "edustaja ja opettajien ja taiteilijoiden edustajat. Riskejä ovat kuljetusten hinnannousu ja opettajien "
        "vaihtuvuus; kuljetukset kilpailutetaan yhdessä ja yhdyshenkilölle nimetään varahenkilö. Viestintä "
        "kuntien verkkosivuilla, Wilmassa ja paikallislehdissä, ja loppuseminaari huhtikuussa 2028.")

    f = out("taidepolku")
    d.save(f / "suunnitelma.docx")
    expected(f, [])


# ---------------------------------------------------------------------------
# 3. Kylätupa Hirvijärvelle (Leader, .md, 2 tavoitetta)
# ---------------------------------------------------------------------------
KYLATUPA = """\
# Kylätupa Hirvijärvelle – hankesuunnitelma

Leader-hakemuksen liite | Hirvijärven kyläseura ry | päivitetty 3.4.2024 (hallituksen kokous)

**Hakija\\*:** Hirvijärven kyläseura ry
**Leader-ryhmä\\*:** Leader Järviseudun Sydän ry
**Hankkeen tyyppi\\*:** yleishyödyllinen kehittämis- ja investointihanke
**Toteutusaika\\*:** 1.8.2024–31.7.2025

## Miksi kylätupa?

Hirvijärvellä asuu ympäri vuoden 212 ihmistä (2023), ja kesäisin vapaa-ajan asukkaiden kanssa noin 500.
Kyläkauppa suljettiin 2019 ja koulu 2021, joten kylällä ei ole enää yhtään paikkaa, jossa voisi tavata
muuten kuin sattumalta postilaatikoilla. Yli 65-vuotiaita on asukkaista 41 %. Kunta on luvannut vuokrata
tyhjillään olevan koulun alakerran kyläseuralle 10 vuodeksi nimellistä vuokraa vastaan.

Kyselyyn, jonka teimme talvella 2024 (vastaajia 87), lähes kaikki vastasivat, että kylälle tarvitaan
kokoontumispaikka, ja 34 ihmistä lupasi tulla talkoisiin.

## Keitä varten?

Kylän vakituiset ja vapaa-ajan asukkaat, erityisesti yksin asuvat ikäihmiset ja lapsiperheet, joille
lähin kokoontumispaikka on nyt 28 kilometrin päässä kirkonkylällä. Kylätuvan tiloja voivat käyttää myös
metsästysseura, nuorisoseuran teatteriryhmä ja 4H.

## Mitä haluamme saada aikaan

Haluamme, että Hirvijärvellä on lämmin, esteetön kylätupa, joka on auki säännöllisesti. Tavoitteita on
kaksi:

1. **Koulun alakerta kunnostetaan kylätuvaksi, joka on auki vähintään kahtena päivänä viikossa.**
   Toimenpiteet: keittiön ja wc:n esteettömyyskorjaus, ilmalämpöpumppu, kalusteet, kahvinkeitin ja
   tupailtojen ohjelma. Mittarit: kunnostus valmis 31.12.2024; kylätupa auki vähintään 2 päivää viikossa
   tammikuusta 2025 alkaen; 1 500 käyntikertaa hankeaikana (vieraskirja ja tapahtumien laskurit).
2. **Kylälle syntyy talkoo- ja vapaaehtoisporukka, joka pyörittää tupaa itse.**
   Toimenpiteet: tupavuorolista, kaksi talkoopäivää remontin aikana, ensiapu- ja hygieniapassikoulutus
   vapaaehtoisille, kylätapahtumat. Mittarit: 30 vapaaehtoista vuorolistalla; 12 kylätapahtumaa
   hankeaikana; kyläseuraan 20 uutta jäsentä.

## Näin toteutamme

Hallitus nimeää hankkeelle vetäjän (puheenjohtaja Kaisa Rautiainen) ja rahastonhoitajan. Remontin tekee
paikallinen rakennusliike tarjouskilpailun perusteella, pintaremontti ja maalaus tehdään talkoilla.
Tupailtojen ohjelmaa suunnitellaan yhdessä kyläläisten kanssa syksyn 2024 kyläillassa.

| Aika | Mitä |
| --- | --- |
| elo–syyskuu 2024 | tarjouspyynnöt, kyläilta, vuorolistan kokoaminen |
| loka–joulukuu 2024 | remontti ja talkoot, kalusteet |
| tammikuu 2025 | avajaiset, säännöllinen aukiolo alkaa |
| helmi–kesäkuu 2025 | tupaillat, koulutukset, tapahtumat (laskiainen, kevätsiivous, juhannus) |
| heinäkuu 2025 | kesätori, loppuraportti ja maksuhakemus |

## Kustannukset ja rahoitus

| | € |
| --- | --- |
| Remontti (urakka) | 21 000 |
| Ilmalämpöpumppu | 3 200 |
| Kalusteet ja keittiövarusteet | 6 400 |
| Koulutukset ja tapahtumat | 2 400 |
| Talkootyö (arvo, 600 h × 15 €) | 9 000 |
| **Yhteensä** | **42 000** |

Leader-tuki 75 %, loppu talkootyönä ja kyläseuran omina varoina (kunnan kyläavustus 1 500 €).

## Seuranta

Vieraskirja ja tapahtumien osallistujamäärät kirjataan kuukausittain. Vapaaehtoisille tehdään lyhyt
kysely kesäkuussa 2025 siitä, miten vuorot ovat sujuneet. Hallitus käy luvut läpi joka kokouksessa.

## Tulokset

Hankkeen jälkeen kylällä on kunnostettu kylätupa ja tottunut talkooporukka. Kylätupa on myös
kunnan ja seurakunnan käytettävissä (esim. vaalit, rippikoululaisten kyläilta).

## Jatko hankkeen jälkeen

Kylätuvan jatko on ollut lähtökohta jo hakuvaiheesta: vuokrasopimus kunnan kanssa tehdään kymmeneksi
vuodeksi ennen hankkeen alkua. Hankkeen jälkeen kylätuvasta vastaa Hirvijärven kyläseura ry:n hallitus,
ja käytännön tupavastaavana toimii hallituksen nimeämä tupavastaava. Käyttökulut katetaan
tilavuokrilla, kahvituloilla ja kunnan vuosittaisella kyläavustuksella.

Tupaa ja sen toimintaa esitellään kylän Facebook-ryhmässä ja Leader-ryhmän sivuilla koko hankkeen ajan.
Tupailtoja muokataan kesällä mökkiläisille sopiviksi, ja toimintamalli esitellään Järviseudun
kyläparlamentissa toukokuussa 2025 muille kylille kokeiltavaksi. Kesäkuussa 2025 hallitus varaa yhden
kokouksen jatkon suunnitteluun, ja vetäjän tunneista osa käytetään vuorolistan ja ohjeiden
kirjoittamiseen seuraavalle hallitukselle.

## Yhteistyö

Kyyjärven kunta (tilat), nuorisoseura, metsästysseura, seurakunta ja Leader Järviseudun Sydän.

## Riskejä

Remontin kustannukset voivat nousta – tarjoukset pyydetään ennen tukipäätöstä ja varaudutaan 10 %
varauksella. Vapaaehtoisten innostus voi hiipua, joten vuoroja ei tehdä liian usein (yksi vuoro
kuussa per henkilö).

## Tiedottaminen

Kylän Facebook-ryhmä, ilmoitustaulut kylätiellä, paikallislehti Sisä-Suomen Lehti ja avajaiset.
"""


def kylatupa():
    f = out("kylatupa")
    (f / "suunnitelma.md").write_text(KYLATUPA, encoding="utf-8")
    expected(f, [])


# ---------------------------------------------------------------------------
# 5. Hybridityön pelisäännöt (Kaiku, .txt, 2 tavoitetta, ei riskiosiota)
# ---------------------------------------------------------------------------
HYBRIDI = """\
VALTION VESITIETOKESKUS
KAIKU-KEHITTÄMISHANKKEEN HANKESUUNNITELMA

Hybridityön pelisäännöt yhdessä
Luonnos hakemuksen liitteeksi, 18.11.2024 / HR-yksikkö, Jaana Leppänen


1. HANKKEEN TAUSTA

Vesitietokeskuksessa työskentelee 146 henkilöä kuudessa tiimissä Helsingissä, Jyväskylässä ja Oulussa.
Vuodesta 2021 lähtien noin 70 % työajasta on tehty etänä. Vuoden 2024 VMBaro-kyselyssä esihenkilötyön
keskiarvo oli 3,4 (valtio 3,6), ja avovastauksissa toistui sama asia: kukaan ei tiedä, milloin toimistolla
pitäisi olla, eikä tiimien käytännöistä ole sovittu. Pulssikyselyssä (syyskuu 2024) väittämän "Tiedän,
mitä minulta hybridityössä odotetaan" keskiarvo oli 3,2/5.

Kehittämisteema liittyy Kaikun teemaan "Työhyvinvointi ja johtaminen muuttuvassa työssä".


2. TAVOITTEET

2.1 Tavoitteena on, että jokainen kuudesta tiimistä sopii itse ja kirjaa hybridityön pelisääntönsä
(läsnäolopäivät, tavoitettavuus, palaverikäytännöt).
   Toimenpiteet: tiimityöpajat (2 per tiimi), pelisääntöpohja, fasilitaattorina HR ja ulkopuolinen
   konsultti.
   Mittarit: 6/6 tiimillä kirjatut pelisäännöt 10/2025 mennessä; pulssikyselyn väittämän "Tiedän, mitä
   minulta odotetaan" keskiarvo nousee 3,2:sta vähintään 4,0:aan.

2.2 Tavoitteena on myös vahvistaa esihenkilöiden valmiuksia johtaa hajautettua tiimiä.
   Toimenpiteet: neljän päivän esihenkilövalmennus ja vertaisryhmät (mentorointi pareittain).
   Mittarit: kaikki 18 esihenkilöä osallistuu valmennukseen; valmennuksen palaute vähintään 4/5;
   VMBaron esihenkilötyön keskiarvo nousee 3,4:stä 3,7:ään vuoden 2025 kyselyssä.


3. KOHDERYHMÄ

Koko henkilöstö, erityisesti tiimit, joissa on työntekijöitä useammalla paikkakunnalla. Esihenkilövalmennus
on tarkoitettu kaikille 18 esihenkilölle.


4. TOTEUTUS JA AIKATAULU

Hankeaika 1.2.2025 - 31.1.2026.

helmikuu 2025         aloitustilaisuus koko henkilöstölle, konsultin kilpailutus
maalis-toukokuu 2025  esihenkilövalmennuksen päivät 1-2, tiimityöpajat 1
elo-lokakuu 2025      tiimityöpajat 2, pelisääntöjen kirjaus, valmennuspäivät 3-4
marraskuu 2025        pulssikysely ja VMBaro, tulosten käsittely yhteistoimintaryhmässä
tammikuu 2026         loppuraportti Kaikulle

Työpajat toteutetaan hybridinä, jotta kaikki paikkakunnat pääsevät mukaan samanarvoisina.


5. KUSTANNUSARVIO

Ulkopuolinen konsultti (työpajat ja valmennus)   18 000 €
Kokous- ja matkakulut (kolme paikkakuntaa)          4 500 €
Oma työ (HR, esihenkilöt, ei haeta avustusta)       n. 240 h
Haettava Kaiku-avustus yhteensä                   22 500 €


6. SEURANTA JA ARVIOINTI

Itsearviointi: HR kokoaa työpajojen ja valmennuspäivien palautteet. Mittarit (kohta 2) seurataan
pulssikyselyllä maaliskuussa ja marraskuussa 2025 sekä VMBarolla. Lisäksi pidetään kaksi
ryhmähaastattelua työntekijöille (yksi Oulussa, yksi etänä) syksyllä 2025.


7. ODOTETUT TULOKSET

Kirjatut pelisäännöt kaikilla tiimeillä, esihenkilöillä yhteinen tapa johtaa hybridityötä ja
mitattavasti parempi selkeys siitä, mitä työntekijältä odotetaan. Pidemmän aikavälin vaikutuksena
toivomme sairauspoissaolojen ja vaihtuvuuden laskua.


8. TULOSTEN JUURRUTTAMINEN JA LEVITTÄMINEN

Jo hakuvaiheessa pelisääntötyö on käsitelty johtoryhmässä ja yhteistoimintaryhmässä, jotta tulokset
otetaan käyttöön eikä niitä jätetä "hankkeen papereiksi". Viestimme etenemisestä intranetissä
kuukausittain. Pelisääntöpohjaa sovelletaan myös kesätyöntekijöiden ja harjoittelijoiden perehdytykseen
(variointi), ja mallin tarjoamme muille pienille virastoille valtion HR-verkostossa (valtavirtaistaminen).

Hankkeen jälkeen (vakiinnuttaminen) pelisäännöt tarkistetaan kerran vuodessa yhteistoimintaryhmässä.
Vastuu pelisääntöjen ylläpidosta ja esihenkilöiden perehdytykseen liittämisestä on HR-yksikön
henkilöstöpäälliköllä. Juurruttamiseen käytetään HR:n omaa työaikaa noin 40 h tammikuussa 2026.

Tulokset julkaistaan Kaiku-hankerekisterissä ja esitellään Kaiku-verkoston tilaisuudessa.


9. ORGANISOINTI

Hankkeen omistaja on pääjohtaja, vastuuhenkilö HR-asiantuntija Jaana Leppänen. Ohjausryhmänä toimii
yhteistoimintaryhmä täydennettynä kahdella tiimien edustajalla. Pääluottamusmies on mukana
ohjausryhmässä.


10. VIESTINTÄ

Intranet, henkilöstöinfot (kuukausittain), tiimien omat Teams-kanavat ja lopuksi Kaiku-hankerekisteri.
"""


def hybridityo():
    f = out("hybridityo")
    (f / "suunnitelma.txt").write_text(HYBRIDI, encoding="utf-8")
    expected(f, [{"rule": "rakenne.osio-puuttuu", "target": "riskit"}])


if __name__ == "__main__":
    liikkuen_kotona()
    tyopolku()
    kylatupa()
    lukukaveri()
    hybridityo()
    taidepolku()
    print("valmis:", ROOT)

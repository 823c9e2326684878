#!/usr/bin/env python3
"""Vaihe 2: hankkeiden myöhemmät asiakirjat (arviointisuunnitelma, exit-suunnitelma, loppuraportti).

Kirjoitettu sokkona: vain hankekohtaisen briefin perusteella, suunnitelmien sanamuotoja näkemättä.
Ajo:  /tmp/wvh2/bin/python vaihe2.py   (python-docx + lxml; PDF:ään LibreOffice `soffice`)
"""
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.shared import Pt

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # corpora/hankkeet
LAHTEET = os.path.join(ROOT, "lahteet")

# ---------------------------------------------------------------- renderöinti
# Lohkot: ("title", t) ("h1", t) ("h2", t) ("b", t) lihavoitu rivi otsikon sijaan,
# ("p", t) ("ul", [..]) ("ol", [..]) ("field", nimike, arvo) ("table", [otsikkorivi, rivi, ...])


def render_docx(blocks, path, title):
    doc = Document()
    doc.core_properties.title = title
    doc.core_properties.language = "fi-FI"
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            doc.add_heading(blk[1], level=0)
        elif kind == "h1":
            doc.add_heading(blk[1], level=1)
        elif kind == "h2":
            doc.add_heading(blk[1], level=2)
        elif kind == "b":
            p = doc.add_paragraph()
            p.add_run(blk[1]).bold = True
        elif kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "ul":
            for it in blk[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in blk[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "field":
            p = doc.add_paragraph()
            p.add_run(blk[1] + " ").bold = True
            p.add_run(blk[2])
        elif kind == "table":
            rows = blk[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = ""
                    run = c.paragraphs[0].add_run(cell)
                    if i == 0:
                        run.bold = True
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    doc.save(path)


def render_md(blocks):
    out = []
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            out.append("# " + blk[1])
        elif kind == "h1":
            out.append("## " + blk[1])
        elif kind == "h2":
            out.append("### " + blk[1])
        elif kind == "b":
            out.append("**" + blk[1] + "**")
        elif kind == "p":
            out.append(blk[1])
        elif kind == "ul":
            out.append("\n".join("- " + it for it in blk[1]))
        elif kind == "ol":
            out.append("\n".join(f"{i}. {it}" for i, it in enumerate(blk[1], 1)))
        elif kind == "field":
            out.append(f"**{blk[1]}** {blk[2]}")
        elif kind == "table":
            rows = blk[1]
            lines = ["| " + " | ".join(rows[0]) + " |", "| " + " | ".join("---" for _ in rows[0]) + " |"]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def render_txt(blocks):
    out = []
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            out.append(blk[1].upper())
        elif kind in ("h1", "h2", "b"):
            out.append(blk[1])
        elif kind == "p":
            out.append(blk[1])
        elif kind == "ul":
            out.append("\n".join("- " + it for it in blk[1]))
        elif kind == "ol":
            out.append("\n".join(f"{i}) {it}" for i, it in enumerate(blk[1], 1)))
        elif kind == "field":
            out.append(f"{blk[1]} {blk[2]}")
        elif kind == "table":
            raise ValueError("txt: ei taulukoita")
    return "\n\n".join(out) + "\n"


def write_doc(projekti, tyyppi, ext, title, blocks, findings=()):
    d = os.path.join(ROOT, projekti)
    os.makedirs(d, exist_ok=True)
    base = os.path.join(d, tyyppi)
    if ext == "docx":
        render_docx(blocks, base + ".docx", title)
    elif ext == "md":
        with open(base + ".md", "w", encoding="utf-8") as f:
            f.write(render_md(blocks))
    elif ext == "txt":
        with open(base + ".txt", "w", encoding="utf-8") as f:
            f.write(render_txt(blocks))
    elif ext == "pdf":
        src = os.path.join(LAHTEET, f"{projekti}-{tyyppi}.docx")
        render_docx(blocks, src, title)
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.move(os.path.join(tmp, f"{projekti}-{tyyppi}.pdf"), base + ".pdf")
    else:
        raise ValueError(ext)
    with open(base + ".expected.json", "w", encoding="utf-8") as f:
        json.dump({"doc_type": tyyppi, "findings": list(findings)}, f, ensure_ascii=False, indent=1)
        f.write("\n")


def write_hanke(projekti, findings):
    with open(os.path.join(ROOT, projekti, "hanke.expected.json"), "w", encoding="utf-8") as f:
        json.dump({"findings": findings}, f, ensure_ascii=False, indent=1)
        f.write("\n")


DOCS = []   # (projekti, tyyppi, ext, title, blocks, findings)
HANKE = {}  # projekti -> hanke.* findings

# =====================================================================================
# 1. hybridityo — Hybridityön pelisäännöt yhdessä (Valtion vesitietokeskus, Kaiku)
#    Ei ristiriitoja: molemmat tavoitteet, kaikki viisi mittaria, sama hankeaika.
# =====================================================================================
HYB = "Hybridityön pelisäännöt yhdessä"

DOCS.append(("hybridityo", "arviointisuunnitelma", "docx", f"{HYB} – arviointisuunnitelma", [
    ("title", f"Arviointisuunnitelma: {HYB}"),
    ("p", "Valtion vesitietokeskus, HR-yksikkö · Kaiku-kehittämishanke · Versio 1.1, hyväksytty ohjausryhmässä 26.2.2025"),
    ("field", "Hankkeen nimi*:", HYB),
    ("field", "Toteuttaja*:", "Valtion vesitietokeskus (146 henkilöä; toimipaikat Helsinki, Jyväskylä ja Oulu)"),
    ("field", "Hankeaika*:", "helmikuu 2025 – tammikuu 2026 (1.2.2025–31.1.2026)"),
    ("field", "Arvioinnin vastuuhenkilö*:", "HR-asiantuntija Janne Ollila, HR-yksikkö (hankkeen projektipäällikkö)"),
    ("h1", "1 Miksi arvioimme ja mitä?"),
    ("p", "Vesitietokeskuksessa on tehty hybridityötä vuodesta 2021, mutta käytännöt ovat vaihdelleet tiimeittäin ja "
          "toimipaikoittain. Henkilöstökyselyissä on toistuvasti tullut esiin epäselvyys siitä, milloin kollegan voi "
          "olettaa olevan tavoitettavissa ja milloin toimistolla kannattaa olla. Arvioinnilla seurataan, syntyykö "
          "hankkeessa sekä toimivia yhteisiä pelisääntöjä että esihenkilöille valmiuksia johtaa hajautettua tiimiä. "
          "Arviointitieto palvelee ohjausryhmää hankkeen aikana ja yhteistoimintaryhmää hankkeen jälkeen."),
    ("h2", "1.1 Arvioitavat tavoitteet ja kohderyhmä"),
    ("p", "Arvioinnin kohteena ovat hankkeen kaksi tavoitetta. Ne on tässä järjestetty niin, että esihenkilötyö on "
          "ensimmäisenä, koska valmennus käynnistyy ennen tiimien omia työpajoja:"),
    ("ol", [
        "Esihenkilöt saavat osaamista johtaa tiimiä, jonka jäsenet työskentelevät eri toimipaikoissa ja etänä.",
        "Jokainen kuudesta tiimistä sopii yhdessä omat hybridityön käytäntönsä – toimistopäivät, tavoitettavuuden ja "
        "palaverikäytännöt – ja kirjaa ne.",
    ]),
    ("p", "Kohderyhmä: viraston 18 esihenkilöä sekä kuuden tiimin koko henkilöstö. Henkilöstön edustajat ovat mukana "
          "yhteistoimintaryhmän kautta."),
    ("h1", "2 Tavoitteet, toimenpiteet ja mittarit"),
    ("table", [
        ["Tavoite", "Keskeiset toimenpiteet", "Mittari ja tavoitetaso", "Tiedonkeruu ja ajankohta"],
        ["1. Esihenkilöiden osaaminen hajautetun tiimin johtamisessa vahvistuu",
         "Neljän moduulin esihenkilövalmennus (maalis–syyskuu 2025), vertaissparrausparit",
         "Kaikki 18 esihenkilöä osallistuu valmennukseen; valmennuspalaute vähintään 4/5; VMBaron esihenkilötyön "
         "keskiarvo nousee 3,4:stä 3,7:ään",
         "Osallistujaseuranta moduuleittain; palautelomake jokaisen moduulin jälkeen; VMBaro-kysely syksyllä 2025"],
        ["2. Tiimit sopivat ja kirjaavat omat hybridityön pelisääntönsä",
         "Kaksi työpajaa kullekin tiimille (huhti–syyskuu 2025), pelisääntöpohja, kirjaukset intranetiin",
         "Pelisäännöt kirjattu 6/6 tiimillä lokakuuhun 2025 mennessä; pulssikyselyn väittämä ”Tiedän, mitä minulta "
         "odotetaan” nousee 3,2:sta vähintään 4,0:aan",
         "Kirjausten seuranta intranetissä; pulssikysely helmikuussa 2025 (lähtötaso), kesäkuussa 2025 ja joulukuussa 2025"],
    ]),
    ("h1", "3 Arvioinnin menetelmät ja tiedonkeruu"),
    ("b", "Itsearviointi"),
    ("p", "Projektiryhmä tekee itsearvioinnin kolmesti: kesäkuussa 2025, syyskuussa 2025 ja tammikuussa 2026. "
          "Itsearvioinnissa käydään läpi mittarien tilanne, työpajoista kirjatut havainnot ja se, mitä suunnitelmasta "
          "on tarpeen muuttaa. Tiimit tekevät lisäksi oman lyhyen retrospektiivin pelisääntöjen kokeilun jälkeen."),
    ("b", "Ulkoinen arviointi"),
    ("p", "Valmennuksen toteuttajasta riippumaton ulkoinen arvioija (Työelämäarviointi Koivisto Oy) haastattelee "
          "marras–joulukuussa 2025 kuutta esihenkilöä ja kahta tiimiä kustakin toimipaikasta ja laatii lyhyen "
          "arviointimuistion hankkeen vaikutuksista. Muistio on loppuraportin liitteenä."),
    ("b", "Henkilöstön ja esihenkilöiden ääni"),
    ("p", "Kohderyhmä osallistuu arviointiin pulssikyselyillä, valmennuksen palautelomakkeilla, tiimien "
          "retrospektiiveissä sekä ulkoisen arvioijan haastatteluissa. Henkilöstön edustajat kommentoivat "
          "väliarvion yhteistoimintaryhmässä syyskuussa 2025."),
    ("b", "Arvioinnin aikataulu"),
    ("table", [
        ["Ajankohta", "Mitä kerätään", "Vastuu"],
        ["helmikuu 2025", "Pulssikyselyn lähtötaso", "HR-yksikkö"],
        ["maalis–syyskuu 2025", "Valmennuksen osallistuminen ja palaute", "projektipäällikkö"],
        ["kesäkuu 2025", "Pulssikysely 2, itsearviointi 1", "projektiryhmä"],
        ["syys–lokakuu 2025", "VMBaro, pelisääntökirjausten tilanne, itsearviointi 2", "HR-yksikkö"],
        ["marras–joulukuu 2025", "Ulkoisen arvioijan haastattelut", "Työelämäarviointi Koivisto Oy"],
        ["joulukuu 2025 – tammikuu 2026", "Pulssikysely 3, loppuarvio ja itsearviointi 3", "projektiryhmä"],
    ]),
    ("h1", "4 Juurtumisen arviointi"),
    ("p", "Jatkuvuudesta sovittiin jo hakuvaiheessa: yhteistoimintaryhmä tarkistaa tiimien pelisäännöt kerran "
          "vuodessa, ja HR-yksikön henkilöstöpäällikkö vastaa siitä, että pelisäännöt ylläpidetään ja liitetään "
          "esihenkilöiden perehdytykseen. Hankkeen alusta lähtien arvioinnissa seurataan, että nämä vastuut "
          "toteutuvat: onko perehdytysmateriaali päivitetty ja onko vuosittainen tarkistus kirjattu "
          "yhteistoimintaryhmän vuosikelloon ennen hankkeen päättymistä."),
    ("h1", "5 Arviointitiedon käyttö ja raportointi"),
    ("p", "Mittarien tilanne raportoidaan ohjausryhmälle jokaisessa kokouksessa. Väliarvio käsitellään "
          "yhteistoimintaryhmässä syyskuussa 2025, ja sen perusteella valmennuksen viimeisiä moduuleja voidaan "
          "muuttaa. Loppuarvio ja ulkoisen arvioijan muistio kootaan Kaiku-loppuraporttiin, joka toimitetaan "
          "Kaiku-työelämäpalveluille. Tulokset esitellään koko henkilöstölle henkilöstöinfossa tammikuussa 2026."),
    ("p", "Laatinut: Janne Ollila, HR-asiantuntija · Hyväksynyt: Maarit Kekäläinen, henkilöstöpäällikkö · 24.2.2025"),
], []))

DOCS.append(("hybridityo", "loppuraportti", "docx", f"Kaiku-kehittämishankkeen loppuraportti – {HYB}", [
    ("title", "KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI"),
    ("p", f"{HYB} · Valtion vesitietokeskus"),
    ("h1", "1. Taustatiedot"),
    ("field", "Toteuttajaviraston tai verkoston nimi:", "Valtion vesitietokeskus, HR-yksikkö"),
    ("field", "Hankkeen nimi ja määrärahapäätöksen diaarinumero:", f"{HYB}; Valtiokonttorin päätös VK/4471/03.04.01/2024"),
    ("h1", "2. Hankkeen teema ja tavoitteet"),
    ("b", "Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?"),
    ("p", "Hanke liittyi Kaikun teemaan työyhteisöjen uudet työn tekemisen tavat. Virastossa tehdään hybridityötä "
          "kolmella paikkakunnalla, ja tarve oli saada yhteiset, tiimin itse sopimat toimintatavat sekä tukea "
          "esihenkilöitä hajautetun tiimin johtamisessa. Hankkeella oli kaksi tavoitetta: esihenkilöiden valmiudet "
          "johtaa eri paikkakunnilla ja etänä työskentelevää tiimiä paranevat, ja kaikki kuusi tiimiä sopivat ja "
          "kirjaavat omat pelisääntönsä toimistopäivistä, tavoitettavuudesta ja palavereista."),
    ("h1", "3. Hankkeen toteutus"),
    ("b", "Hankkeen kesto"),
    ("p", "Hanke toteutettiin helmikuusta 2025 tammikuuhun 2026 eli 12 kuukaudessa, kuten suunniteltiin."),
    ("b", "Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa"),
    ("p", "Esihenkilöille järjestettiin neljän moduulin valmennus maalis–syyskuussa 2025 (hajautetun tiimin "
          "johtaminen, luottamus ja tavoitettavuus, etäpalaverien fasilitointi, työhyvinvointi ja jaksaminen). "
          "Jokainen tiimi piti kaksi pelisääntötyöpajaa huhti–syyskuussa ja kirjasi sopimansa käytännöt yhteiselle "
          "pohjalle intranetiin. Toteutus vastasi suunnitelmaa; Oulun tiimien toinen työpaja siirtyi kesälomien "
          "vuoksi elokuulta syyskuulle."),
    ("b", "Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen"),
    ("p", "Pääjohtaja avasi hankkeen henkilöstöinfossa, ja johtoryhmä käsitteli hankkeen etenemistä neljästi. "
          "Henkilöstö osallistui työpajoihin hyvin, keskimäärin 88 % tiimin jäsenistä kussakin työpajassa. "
          "Yhteistoimintaryhmä oli mukana ohjausryhmässä."),
    ("b", "Luettelo käytetyistä menetelmistä ja kokemukset niistä"),
    ("ul", [
        "Esihenkilövalmennus ja vertaissparrausparit – parit koettiin valmennuksen arvokkaimmaksi osaksi.",
        "Pelisääntötyöpajat valmiilla pohjalla (toimistopäivät, tavoitettavuus, palaverit) – pohja nopeutti työtä.",
        "Pulssikyselyt kolmesti – lyhyt kysely tuotti hyvän vastausprosentin (71–79 %).",
        "Tiimien retrospektiivit kokeilujakson jälkeen.",
    ]),
    ("b", "Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä"),
    ("p", "Työpajat vetivät HR-yksikön asiantuntijat, mikä piti kustannukset pieninä ja tuki jatkuvuutta. "
          "Valmennuksen toteutti ulkopuolinen kouluttaja, ja ulkoisen arvioinnin teki Työelämäarviointi Koivisto Oy. "
          "Molemmat ulkopuoliset palvelut toimivat sovitusti."),
    ("b", "Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?"),
    ("p", "Kahden tiimin oli vaikea löytää yhteistä työpajapäivää. Ongelma ratkaistiin pitämällä toinen työpaja "
          "etänä kahdessa osassa. Yksi esihenkilö jäi vanhempainvapaalle kesken valmennuksen."),
    ("b", "Miten kustannusarvio toteutui?"),
    ("p", "Kustannusarvio oli 38 000 euroa, josta Kaiku-avustusta 19 000 euroa. Toteutuneet kustannukset olivat "
          "36 420 euroa; säästö syntyi työpajojen tilakuluista."),
    ("h1", "4. Tulokset ja vaikuttavuus"),
    ("b", "Miten tavoitteet toteutuivat?"),
    ("p", "Esihenkilötyö: Valmennukseen osallistuivat kaikki 18 esihenkilöä, ja 17 heistä suoritti kaikki neljä "
          "moduulia; vanhempainvapaalle jäänyt esihenkilö osallistui kahteen. Valmennuksen palautteen keskiarvo oli "
          "4,4/5. VMBaron esihenkilötyön keskiarvo nousi 3,4:stä 3,6:een, eli nousua tuli, mutta tavoitetasoa 3,7 ei "
          "aivan saavutettu."),
    ("p", "Tiimien pelisäännöt: Viisi tiimiä kirjasi pelisääntönsä syyskuun loppuun mennessä ja kuudes 8.10.2025, "
          "joten kaikilla kuudella tiimillä on kirjatut käytännöt. Pulssikyselyn väittämän ”Tiedän, mitä minulta "
          "odotetaan” keskiarvo nousi 3,2:sta 4,1:een (joulukuu 2025), mikä ylittää tavoitteen."),
    ("table", [
        ["Mittari", "Tavoitetaso", "Toteuma", "Huomio"],
        ["Esihenkilöitä valmennuksessa", "18/18", "18/18 (17 suoritti kaikki moduulit)", "yksi vanhempainvapaalla"],
        ["Valmennuspalaute", "vähintään 4/5", "4,4/5", "saavutettu"],
        ["VMBaro, esihenkilötyön keskiarvo", "3,4 → 3,7", "3,6", "ei aivan saavutettu"],
        ["Kirjatut pelisäännöt", "6/6 tiimiä 10/2025", "6/6 tiimiä (viimeinen 8.10.2025)", "saavutettu"],
        ["Pulssikysely ”Tiedän, mitä minulta odotetaan”", "3,2 → vähintään 4,0", "4,1", "saavutettu"],
    ]),
    ("b", "Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?"),
    ("p", "Tiimit sopivat toistensa kanssa yhteisiä toimistopäiviä, vaikka hanke keskittyi tiimien omiin "
          "sääntöihin. Jyväskylän toimipaikalla tämä lisäsi toimistolla oloa selvästi."),
    ("b", "Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?"),
    ("p", "Arviointisuunnitelman mukaisesti: pulssikyselyt, valmennuspalaute, VMBaro, projektiryhmän kolme "
          "itsearviointia sekä ulkoisen arvioijan haastattelut marras–joulukuussa 2025."),
    ("b", "Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?"),
    ("p", "Pelisäännöt tarkistetaan jatkossa kerran vuodessa yhteistoimintaryhmässä, ja tarkistus on kirjattu sen "
          "vuosikelloon. Henkilöstöpäällikkö Maarit Kekäläinen vastaa pelisääntöjen ylläpidosta ja siitä, että ne "
          "ovat osa esihenkilöiden perehdytystä; perehdytysmateriaali päivitettiin tammikuussa 2026."),
    ("b", "Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?"),
    ("p", "Palaverikäytännöt ovat yhtenäisempiä, ja sidosryhmät tavoittavat asiantuntijat aiempaa paremmin, kun "
          "tavoitettavuusajat näkyvät kalentereissa."),
    ("h1", "5. Kehitysajatukset"),
    ("b", "Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?"),
    ("p", "Vertaissparrausta jatketaan esihenkilöiden omana toimintana, ja pulssikysely jää käyttöön puolivuosittain. "
          "Seuraavaksi selvitetään, voiko pelisääntöpohjaa käyttää myös uusien tiimien perustamisessa."),
    ("h1", "6. Suositukset muille virastoille"),
    ("b", "Mitä toteutuneessa hankkeessa oli sellaista innovatiivista (pienetkin ideat), jota suosittelisitte levitettäväksi?"),
    ("p", "Yhden sivun pelisääntöpohja, jonka tiimi täyttää itse kahdessa työpajassa, sekä esihenkilöiden "
          "sparrausparit eri toimipaikoista."),
    ("b", "Mitä muiden organisaatioiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?"),
    ("p", "Sopikaa jatkuvuuden vastuut jo ennen hankkeen alkua ja varatkaa työpajoille aikaa lomakausien ulkopuolelta."),
    ("h1", "7. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta"),
    ("p", "Valtion vesitietokeskuksen hankkeessa Hybridityön pelisäännöt yhdessä kaikki kuusi tiimiä sopivat ja "
          "kirjasivat omat hybridityön käytäntönsä, ja kaikki 18 esihenkilöä osallistuivat hajautetun tiimin "
          "johtamisen valmennukseen (palaute 4,4/5). Työn selkeys parani: pulssikyselyn väittämä ”Tiedän, mitä "
          "minulta odotetaan” nousi 3,2:sta 4,1:een. VMBaron esihenkilötyön keskiarvo nousi 3,4:stä 3,6:een. "
          "Pelisäännöt tarkistetaan vuosittain yhteistoimintaryhmässä, ja ne ovat osa esihenkilöiden perehdytystä."),
    ("h1", "8. Laatimispäivämäärä, yhteystiedot ja lisäinformaatio"),
    ("field", "Laatimispäivämäärä:", "22.4.2026"),
    ("b", "Yhteyshenkilöt, joilta saa lisätietoa"),
    ("ul", [
        "Janne Ollila, HR-asiantuntija, projektipäällikkö, janne.ollila@vesitietokeskus.example.fi, puh. 0295 300 412",
        "Maarit Kekäläinen, henkilöstöpäällikkö, maarit.kekalainen@vesitietokeskus.example.fi",
    ]),
    ("b", "Muuta materiaalia"),
    ("p", "Liitteenä pelisääntöpohja ja ulkoisen arvioijan arviointimuistio (12/2025)."),
], []))

HANKE["hybridityo"] = []

# =====================================================================================
# 2. kylatupa — Kylätupa Hirvijärvelle (Hirvijärven kyläseura ry, Leader)
#    Ei ristiriitoja: vapaaehtoistavoite ensin, kaikki kuusi mittaria, sama hankeaika.
# =====================================================================================
KYL = "Kylätupa Hirvijärvelle"

DOCS.append(("kylatupa", "exit-suunnitelma", "md", f"{KYL} – jatkosuunnitelma", [
    ("title", f"Hirvijärven kylätuvan jatkosuunnitelma (exit-suunnitelma) – hanke {KYL}"),
    ("p", "Hirvijärven kyläseura ry · Leader Järviseudun Sydän ry:n rahoittama hanke, hankeaika elokuu 2024 – heinäkuu 2025 · "
          "Hyväksytty kyläseuran hallituksen kokouksessa 12.5.2025"),
    ("h1", "Mikä jää elämään hankkeen jälkeen?"),
    ("p", "Hankkeessa kunnostettiin entisen koulun alakerta kylän olohuoneeksi, ja tuvan pyörittämiseen saatiin "
          "kyläläisistä vapaaehtoisten vuorolista. Hankkeen päättyessä 31.7.2025 kylätupa ei lopu, vaan siitä tulee "
          "kyläseuran vakituista toimintaa. Tässä suunnitelmassa sovitaan, kuka jatkaa ja millä rahalla."),
    ("h1", "Juurruttaminen ja pysyvyys: kuka vastaa?"),
    ("ul", [
        "Kylätuvan toiminnasta ja aukiolosta vastaa Hirvijärven kyläseura ry:n hallitus. Hallitus on nimennyt "
        "tupavastaavaksi Anneli Kärkkäisen, joka laatii vuorolistan, perehdyttää uudet vapaaehtoiset ja hoitaa avaimet.",
        "Aukiolo jatkuu vähintään kahtena päivänä viikossa (nyt tiistai ja torstai klo 10–14 sekä sunnuntai-iltapäivä).",
        "Kyyjärven kunta vuokraa tilan kyläseuralle 10 vuodeksi; vuokrasopimus allekirjoitettiin 3.3.2025.",
        "Kunta maksaa kyläseuralle vuosittaista kyläavustusta, jolla katetaan tuvan sähkö ja siivoustarvikkeet.",
    ]),
    ("b", "Resurssit jatkoon"),
    ("p", "Kyläavustus (noin 1 200 €/vuosi), kahvion ja tilavuokrien tulot sekä vapaaehtoisten työaika: noin 8 tuntia "
          "viikossa vuorolistan mukaan ja tupavastaavalle 2 tuntia viikossa. Hallitus varaa talousarvioonsa lisäksi 500 € "
          "vuodessa pieniin korjauksiin."),
    ("h1", "Tulosten levittäminen"),
    ("p", "Kokemukset kerrotaan muille kylille. Kanavat:"),
    ("ul", [
        "kyläseuran Facebook-sivu ja kylän ilmoitustaulut",
        "Leader Järviseudun Sydän ry:n verkkosivujen hanke-esittely",
        "Keski-Suomen Kylät ry:n kyläiltapäivä, jossa tupavastaava esittelee vuorolistamallin",
        "juttu paikallislehteen avajaisten jälkeen",
    ]),
    ("h1", "Kehittämistyön jatko ja seuranta"),
    ("p", "Hallitus seuraa tuvan käyttöä vieraskirjasta ja ovilaskurista kuukausittain ja raportoi käyntimäärät sekä "
          "vapaaehtoisten määrän kyläseuran vuosikokouksessa. Jos vapaaehtoisia on vuorolistalla alle 20, hallitus "
          "järjestää rekrytointi-illan. Jatkokehittämisen ideoita ovat etätyöpiste ja kirjanvaihtohylly; niistä "
          "päätetään vuosikokouksessa."),
    ("p", "Laatinut: kyläseuran hallitus, puheenjohtaja Pekka Hytönen"),
], []))

DOCS.append(("kylatupa", "loppuraportti", "docx", f"Loppuraportti – {KYL}", [
    ("title", f"LOPPURAPORTTI – {KYL}"),
    ("p", "Leader-hankkeen loppuraportti maksuhakemuksen liitteeksi · Päiväys 9.9.2025"),
    ("h1", "1 Taustatiedot"),
    ("field", "Hankkeen nimi*:", KYL),
    ("field", "Tuensaaja*:", "Hirvijärven kyläseura ry, Kyyjärvi"),
    ("field", "Rahoittava Leader-ryhmä*:", "Leader Järviseudun Sydän ry; tukipäätös Keski-Suomen ELY-keskus, "
              "Dnro KESELY/1532/2024, Hyrrä-hankenumero 170234"),
    ("field", "Hanketyyppi*:", "yleishyödyllinen kehittämis- ja investointihanke"),
    ("field", "Toteutusaika*:", "1.8.2024–31.7.2025"),
    ("h1", "2 Hankkeen tavoitteet"),
    ("p", "Hankkeen tarkoitus oli antaa Hirvijärvelle yhteinen kokoontumispaikka, kun kylän koulu, kauppa ja "
          "posti ovat lakanneet. Tavoitteita oli kaksi:"),
    ("ul", [
        "kyläläisistä kootaan vapaaehtoisten joukko, joka pitää tupaa auki ja järjestää tapahtumia omin voimin;",
        "kunnan entisen koulun alakerta kunnostetaan kylän olohuoneeksi, joka on auki säännöllisesti joka viikko.",
    ]),
    ("h1", "3 Hankkeen toteutus"),
    ("p", "Syksyllä 2024 kunnostettiin tilat talkoilla ja urakoitsijan avulla: lattiat, maalaus, keittiön uusiminen ja "
          "esteetön sisäänkäynti. Remontti valmistui 13.12.2024, ja tupa avattiin kyläläisille avajaisissa 11.1.2025. "
          "Samaan aikaan pidettiin kaksi vapaaehtoisten iltaa, joissa sovittiin vuorolistasta ja perehdytettiin "
          "kahvinkeittoon, avaimiin ja siivoukseen. Keväällä 2025 järjestettiin kylätapahtumia kuukausittain."),
    ("table", [
        ["Ajankohta", "Toimenpide"],
        ["elo–syyskuu 2024", "suunnittelu, tarjouspyynnöt, vapaaehtoisten ensimmäinen ilta"],
        ["loka–joulukuu 2024", "kunnostustyöt, talkoot, kalusteiden hankinta"],
        ["tammikuu 2025", "avajaiset 11.1.2025, säännöllinen aukiolo alkaa"],
        ["helmi–heinäkuu 2025", "aukiolo, kylätapahtumat, jatkosuunnitelma ja vuokrasopimus"],
    ]),
    ("b", "Toteutuiko suunnitelma ja kustannusarvio?"),
    ("p", "Toteutus eteni suunnitelman mukaan. Kokonaiskustannukset olivat 41 870 € (arvio 43 500 €), josta "
          "talkootyön osuus 9 200 €. Säästö syntyi kalusteista, jotka saatiin osin lahjoituksina."),
    ("h1", "4 Tulokset ja vaikuttavuus – miten tavoitteet toteutuivat?"),
    ("b", "Vapaaehtoiset hoitavat tupaa itse"),
    ("p", "Vuorolistalla on heinäkuun 2025 lopussa 27 vapaaehtoista, eli tavoitteesta (30) jäätiin kolme. Vapaaehtoiset "
          "järjestivät hankeaikana 14 kylätapahtumaa (tavoite 12), muun muassa laskiaisriehan, kirjastoauton "
          "satutunnit ja kesäkuun kyläjuhlan. Kyläseura sai 23 uutta jäsentä (tavoite 20)."),
    ("b", "Kylän olohuone on auki"),
    ("p", "Kunnostus valmistui aikataulussa ennen vuoden 2024 loppua. Tammikuusta 2025 lähtien tupa on ollut auki "
          "kolmena päivänä viikossa, eli useammin kuin tavoitteen kaksi päivää. Vieraskirjan ja ovilaskurin mukaan "
          "käyntikertoja kertyi hankeaikana 1 640 (tavoite 1 500)."),
    ("table", [
        ["Mittari", "Tavoitetaso", "Toteuma"],
        ["Vapaaehtoisia vuorolistalla", "30", "27"],
        ["Kylätapahtumia", "12", "14"],
        ["Uusia jäseniä kyläseuralle", "20", "23"],
        ["Remontti valmis", "31.12.2024 mennessä", "13.12.2024"],
        ["Aukiolo tammikuusta 2025", "vähintään 2 päivää/vko", "3 päivää/vko"],
        ["Käyntikertoja hankeaikana", "1 500", "1 640"],
    ]),
    ("p", "Vaikutukset näkyvät siinä, että erityisesti yksin asuvat ikäihmiset käyvät tuvalla viikoittain ja että "
          "kylään muuttaneet ovat löytäneet tuvan kautta kyläseuran."),
    ("h1", "5 Kehitysajatukset ja jatko"),
    ("p", "Kylätupa jatkaa kyläseuran omana toimintana jatkosuunnitelman mukaisesti: vastuu on kyläseuran "
          "hallituksella ja hallituksen nimeämällä tupavastaavalla Anneli Kärkkäisellä. Kunta vuokraa tilan 10 vuodeksi "
          "ja maksaa vuosittaista kyläavustusta. Jatkossa halutaan kokeilla etätyöpistettä."),
    ("h1", "6 Suositukset muille kylille"),
    ("p", "Aloittakaa vapaaehtoisten kokoaminen samaan aikaan kuin remontti, älkää vasta sen jälkeen. Selkeä "
          "vuorolista ja yksi nimetty tupavastaava tekevät vastuusta kevyen kaikille."),
    ("h1", "7 Tiivistelmä"),
    ("p", "Hirvijärven kyläseura ry kunnosti Kyyjärven kunnan entisen koulun alakerran kylätuvaksi, joka avattiin "
          "tammikuussa 2025 ja on auki kolmena päivänä viikossa. Hankeaikana tuvalla käytiin 1 640 kertaa, "
          "vapaaehtoiset järjestivät 14 tapahtumaa ja kyläseura sai 23 uutta jäsentä. Vuorolistalla on 27 "
          "vapaaehtoista. Toiminta jatkuu kyläseuran hallituksen vastuulla."),
    ("h1", "8 Yhteystiedot"),
    ("p", "Yhteyshenkilö: Pekka Hytönen, kyläseuran puheenjohtaja, puh. 040 512 3387, hirvijarvi.kylaseura@example.fi. "
          "Tupavastaava Anneli Kärkkäinen, puh. 050 433 9021."),
    ("p", "Kyyjärvellä 9.9.2025 · Hirvijärven kyläseura ry:n hallitus"),
], []))

HANKE["kylatupa"] = []

# =====================================================================================
# 3. liikkuen-kotona — STEA C 8341 (Porvoon Seudun Senioriliikkujat ry)
#    Täysin johdonmukainen: kolme tavoitetta uudessa järjestyksessä (juurtuminen ensin), kahdeksan mittaria.
# =====================================================================================
LIK = "Liikkuen kotona – vertaisliikuntaa kotona asuville ikäihmisille"

DOCS.append(("liikkuen-kotona", "arviointisuunnitelma", "docx", f"{LIK} (C 8341) – arviointisuunnitelma", [
    ("title", "ARVIOINTISUUNNITELMA"),
    ("p", f"{LIK} · STEA-avustuskohde C 8341 · Porvoon Seudun Senioriliikkujat ry · 15.2.2023"),
    ("h1", "Tausta, tavoitteet ja kohderyhmä"),
    ("p", "Toiminta kestää vuodet 2023–2025 (1.1.2023–31.12.2025). Porvoon seudulla moni yli 75-vuotias asuu "
          "kotona kotihoidon turvin mutta liikkuu vähän ja kokee itsensä yksinäiseksi. Yhdistys kouluttaa "
          "vapaaehtoisia kotiliikuttajia, jotka käyvät ikäihmisen kotona 12 viikon ajan, ja ohjaa jakson jälkeen "
          "lähellä kokoontuvaan korttelijumppaan. Kumppanina on Itä-Uudenmaan hyvinvointialueen kotihoito."),
    ("p", "Arvioitavat tavoitteet on numeroitu tässä arvioinnin omassa järjestyksessä:"),
    ("ol", [
        "Toimintamalli juurtuu alueen ikäihmisten palveluihin: kotihoito ohjaa asiakkaitaan toimintaan sovitusti, "
        "ja malli leviää muihin yhdistyksiin.",
        "Kotijakson saaneet ikäihmiset liikkuvat arjessaan aiempaa enemmän vapaaehtoisen ohjauksen ansiosta.",
        "Ikäihmisten yksinäisyys vähenee, kun kotijaksolta jatketaan naapuruston jumpparyhmään.",
    ]),
    ("p", "Kohderyhmä: kotona asuvat yli 75-vuotiaat porvoolaiset ja lähikuntien asukkaat, heidän läheisensä, "
          "vapaaehtoiset kotiliikuttajat sekä kotihoidon työntekijät."),
    ("h1", "Arviointitaulukko"),
    ("table", [
        ["Tavoite", "Toimenpiteet", "Mittarit (tavoitetaso)", "Tiedonkeruu, vastuu, ajankohta"],
        ["1 Malli juurtuu palveluihin ja leviää",
         "Yhteistyösopimuksen valmistelu kotihoidon kanssa; ohjauskäytäntö kotihoidon tiimeille; mallin kuvaus ja "
         "koulutuspaketti muille yhdistyksille",
         "Kirjallinen sopimus kotihoidon kanssa viimeistään 12/2024; kotihoidon ohjaamia asiakkaita vähintään 100; "
         "3 muuta yhdistystä ottaa mallin käyttöön",
         "Sopimusasiakirja; ohjaustilasto (kotihoidon lähete kirjataan asiakasrekisteriin); yhdistysten "
         "käyttöönottoilmoitukset. Toiminnanjohtaja, puolivuosittain"],
        ["2 Liikkuminen lisääntyy",
         "Vapaaehtoisten kotiliikuttajien peruskoulutus (4 krt/vuosi); 12 viikon kotikäyntijakso",
         "Koulutettuja vapaaehtoisia 40; jakson käy läpi 300 ikäihmistä; vähintään 60 % liikkuu jakson jälkeen "
         "enemmän kuin ennen",
         "Koulutusrekisteri; jaksoseuranta; alku- ja loppukysely sekä tuolilta nousu -testi jakson alussa ja "
         "lopussa. Kotiliikuttaja ja koordinaattori, jatkuvasti"],
        ["3 Yksinäisyys vähenee",
         "Korttelijumpparyhmien perustaminen ja vertaisohjaajat; siirtymä kotijaksolta ryhmään",
         "25 korttelijumpparyhmää toiminnassa; usein tai jatkuvasti yksinäisyyttä kokevien osuus 45 % → 30 %",
         "Ryhmärekisteri; yksinäisyyskysymys alku- ja loppukyselyssä sekä 3 kk jakson jälkeen. Koordinaattori, "
         "kerran vuodessa koonti"],
    ]),
    ("h1", "Arvioinnin menetelmät"),
    ("h2", "Itsearviointi"),
    ("p", "Työntekijät ja vapaaehtoisten edustajat pitävät itsearviointityöpajan joka vuoden marraskuussa "
          "(2023, 2024 ja 2025). Työpajassa käydään läpi mittarien koonti ja sovitaan seuraavan vuoden muutoksista. "
          "STEA:n vuosiselvitykseen kootaan tulokset helmikuussa."),
    ("h2", "Osallistujien ja vapaaehtoisten ääni"),
    ("p", "Ikäihmiset vastaavat alku- ja loppukyselyyn kotiliikuttajan avustamana; kyselyssä kysytään liikkumisesta, "
          "yksinäisyydestä ja tyytyväisyydestä. Vapaaehtoisille tehdään palautekysely koulutuksen jälkeen ja "
          "ryhmähaastattelu keväällä 2024 ja keväällä 2025. Kotihoidon työntekijöitä haastatellaan ohjauskäytännöstä "
          "syksyllä 2024."),
    ("h2", "Ulkoinen arviointi"),
    ("p", "Ulkoisen loppuarvioinnin tekee Arviointitoimisto Lumme Oy touko–lokakuussa 2025. Arvioija analysoi "
          "kyselyaineiston ja haastattelee kotihoidon esihenkilöitä sekä mallin käyttöön ottaneita yhdistyksiä."),
    ("b", "Arvioinnin vuosikello"),
    ("table", [
        ["Ajankohta", "Tiedonkeruu"],
        ["jatkuvasti 2023–2025", "alku- ja loppukyselyt, tuolilta nousu -testit, ryhmä- ja koulutusrekisteri"],
        ["kesäkuu ja joulukuu", "ohjaustilasto kotihoidosta, puolivuotiskoonti"],
        ["marraskuu 2023, 2024, 2025", "itsearviointityöpaja"],
        ["kevät 2024 ja kevät 2025", "vapaaehtoisten ryhmähaastattelut"],
        ["syksy 2024", "kotihoidon työntekijöiden haastattelut"],
        ["touko–lokakuu 2025", "ulkoinen loppuarviointi"],
    ]),
    ("h1", "Juurruttaminen arvioinnissa"),
    ("p", "Juurruttaminen on aloitettu jo hakuvaiheessa, jolloin kotihoidon kanssa sovittiin ohjauskäytännön "
          "valmistelusta. Vuoden 2023 alussa koottu yhteistyöryhmä seuraa, eteneekö sopimus aikataulussa ja "
          "kuka vastaa toiminnasta avustuksen jälkeen: kotiliikuttajatoiminnasta yhdistyksen toiminnanjohtaja ja "
          "ohjauskäytännöstä kotihoidon palvelupäällikkö. Arvioinnissa seurataan myös mallin kuvauksen julkaisua "
          "Innokylässä ja koulutuspaketin käyttöä."),
    ("h1", "Arviointitiedon hyödyntäminen ja raportointi"),
    ("p", "Puolivuotiskoonnit käsitellään ohjausryhmässä, ja itsearviointityöpajan johtopäätökset ohjaavat seuraavan "
          "vuoden toimintasuunnitelmaa. Tulokset raportoidaan STEA:lle vuosiselvityksissä ja loppuraportissa. "
          "Ulkoisen arvioinnin raportti julkaistaan yhdistyksen verkkosivuilla ja esitellään kotihoidon johtoryhmälle."),
    ("p", "Vastuuhenkilö: toiminnanjohtaja Leena Sarkkinen, leena.sarkkinen@senioriliikkujat.example.fi"),
], []))

DOCS.append(("liikkuen-kotona", "loppuraportti", "pdf", f"{LIK} (C 8341) – loppuraportti", [
    ("title", "Loppuraportti 2023–2025"),
    ("p", f"{LIK} · Porvoon Seudun Senioriliikkujat ry · Raportin päiväys 20.3.2026"),
    ("h1", "1. Taustatiedot"),
    ("table", [
        ["Kenttä", "Tieto"],
        ["Järjestö", "Porvoon Seudun Senioriliikkujat ry, Porvoo"],
        ["Avustuskohde", "C 8341, kohdennettu toiminta-avustus (STEA)"],
        ["Avustuspäätöksen diaarinumero", "VN/28815/2022"],
        ["Toiminta-aika", "tammikuusta 2023 joulukuun 2025 loppuun"],
        ["Kumppani", "Itä-Uudenmaan hyvinvointialue, kotihoito"],
    ]),
    ("h1", "2. Tavoitteet – mitä tavoittelimme?"),
    ("p", "Kolmivuotisen toiminnan tavoitteet olivat, että yksin kotona asuvien yli 75-vuotiaiden arkiliikunta "
          "lisääntyy vapaaehtoisen kotikäyntien avulla, että yksinäisyys vähenee, kun ikäihminen löytää kotijakson "
          "jälkeen lähiryhmän, ja että toimintamallista tulee pysyvä osa alueen palveluja niin, että kotihoito ohjaa "
          "siihen asiakkaita ja muut yhdistykset ottavat sen käyttöön."),
    ("h1", "3. Toteutus"),
    ("p", "Vapaaehtoisille järjestettiin peruskoulutus neljästi vuodessa. Kotiliikuttaja kävi ikäihmisen luona "
          "kerran viikossa 12 viikon ajan: jakson aikana harjoiteltiin kotivoimistelua, tasapainoa ja ulkoilua. "
          "Korttelijumppia perustettiin taloyhtiöiden kerhohuoneisiin, seurakuntatiloihin ja palvelutaloihin. "
          "Kotihoidon kanssa valmisteltiin ohjauskäytäntö vuonna 2024. Vuonna 2025 koottiin mallin kuvaus ja "
          "koulutuspaketti, joiden avulla kolme yhdistystä aloitti toiminnan."),
    ("p", "Haasteena oli ikäihmisten tavoittaminen ensimmäisenä vuonna ennen kotihoidon ohjauskäytäntöä; "
          "vuonna 2023 jaksoja aloitettiin vähemmän kuin suunniteltiin. Kustannukset toteutuivat avustuspäätöksen "
          "mukaisesti."),
    ("h1", "4. Tulokset ja vaikuttavuus"),
    ("b", "Juurtuminen palveluihin ja leviäminen"),
    ("p", "Yhteistyösopimus kotihoidon kanssa allekirjoitettiin 27.11.2024, eli ennen joulukuun 2024 takarajaa. "
          "Sopimuksen perusteella kotihoito ohjasi toimintaan 131 asiakasta (tavoite vähintään 100). Mallin otti "
          "käyttöön kolme yhdistystä: Loviisan Eläkkeensaajat ry, Sipoon Seniorit ry ja Askolan Liikuntaseura ry."),
    ("b", "Liikkuminen"),
    ("p", "Koulutettuja kotiliikuttajia on 46 (tavoite 40). Koko 12 viikon jakson kävi läpi 268 ikäihmistä, eli "
          "tavoitteesta 300 jäätiin 32; syynä oli hidas alku vuonna 2023. Loppukyselyn ja tuolilta nousu -testin "
          "perusteella 64 % osallistujista liikkuu jakson jälkeen enemmän kuin ennen (tavoite 60 %)."),
    ("b", "Yksinäisyys"),
    ("p", "Toiminnassa on 27 korttelijumpparyhmää (tavoite 25). Usein tai jatkuvasti yksinäisyyttä kokevien osuus "
          "laski alkukyselyn 45 %:sta loppukyselyn 33 %:iin. Suunta on oikea, mutta tavoitteeseen 30 % ei päästy."),
    ("table", [
        ["Mittari", "Tavoitetaso", "Toteuma"],
        ["Yhteistyösopimus kotihoidon kanssa", "viimeistään 12/2024", "allekirjoitettu 27.11.2024"],
        ["Kotihoidon ohjaamat asiakkaat", "vähintään 100", "131"],
        ["Mallin käyttöön ottaneet yhdistykset", "3", "3"],
        ["Koulutetut vapaaehtoiset kotiliikuttajat", "40", "46"],
        ["12 viikon jakson käyneet ikäihmiset", "300", "268 (alle tavoitteen)"],
        ["Liikkuu jakson jälkeen enemmän", "vähintään 60 %", "64 %"],
        ["Korttelijumpparyhmät toiminnassa", "25", "27"],
        ["Usein/jatkuvasti yksinäisyyttä kokevat", "45 % → 30 %", "45 % → 33 % (alle tavoitteen)"],
    ]),
    ("p", "Arviointi tehtiin arviointisuunnitelman mukaan: itsearviointityöpajat vuosittain, osallistujien alku- ja "
          "loppukyselyt, vapaaehtoisten ryhmähaastattelut ja Arviointitoimisto Lumme Oy:n ulkoinen loppuarviointi."),
    ("h1", "5. Jatkuvuus ja kehitysajatukset"),
    ("p", "Molemmat pysyviksi tarkoitetut asiat jatkuvat. Vapaaehtoisten kotiliikuttajien toiminta on yhdistyksen "
          "vakituista toimintaa, ja siitä vastaa toiminnanjohtaja Leena Sarkkinen. Kotihoidon ohjauskäytäntö on "
          "kirjattu yhteistyösopimukseen, ja siitä vastaa Itä-Uudenmaan hyvinvointialueen kotihoidon "
          "palvelupäällikkö. Mallin kuvaus on julkaistu Innokylässä, ja koulutuspaketti on muiden järjestöjen "
          "käytettävissä. Kehitysajatuksena on kokeilla kotiliikuttajan etäkäyntejä syrjäkylillä."),
    ("h1", "6. Suositukset muille järjestöille"),
    ("p", "Sopikaa ohjauskäytännöstä kotihoidon kanssa heti toiminnan alussa – ilman sitä ikäihmisiä on vaikea "
          "tavoittaa. Kotijakson ja ryhmän välinen siirtymä onnistuu parhaiten, kun kotiliikuttaja lähtee "
          "ensimmäiselle ryhmäkerralle mukaan."),
    ("h1", "7. Tiivistelmä"),
    ("p", "Liikkuen kotona -toiminnassa 46 koulutettua vapaaehtoista kävi 268 ikäihmisen kotona 12 viikon jaksoilla. "
          "Jakson jälkeen 64 % osallistujista liikkui enemmän, ja usein yksinäisyyttä kokevien osuus laski 45 %:sta "
          "33 %:iin. Toiminnassa on 27 korttelijumppaa. Kotihoito ohjasi toimintaan 131 asiakasta sopimuksen "
          "perusteella, ja malli levisi kolmeen yhdistykseen. Toiminta jatkuu yhdistyksen vakituisena toimintana."),
    ("h1", "8. Yhteystiedot"),
    ("p", "Yhteyshenkilö: toiminnanjohtaja Leena Sarkkinen, Porvoon Seudun Senioriliikkujat ry, puh. 044 780 2219, "
          "leena.sarkkinen@senioriliikkujat.example.fi. Koordinaattori Mikael Holmström, puh. 044 780 2231."),
], []))

HANKE["liikkuen-kotona"] = []

# =====================================================================================
# 4. lukukaveri — LSAVI/3391/2024 (Lapuan kaupunginkirjasto)
#    Kaksi tarkoituksellista virhettä, molemmat loppuraportissa:
#    a) hankeajaksi 1.1.2025–30.6.2026 (suunnitelmassa ja arviointisuunnitelmassa 1.1.–31.12.2025), ei selitystä;
#    b) koulutettujen kirjastolaisten määrälle (15) ei anneta toteumaa (palaute 4,3/5 kyllä).
# =====================================================================================
LUK = "Lukukaveri – lukemisen iloa alakouluihin"

DOCS.append(("lukukaveri", "arviointisuunnitelma", "txt", f"{LUK} – arviointisuunnitelma", [
    ("title", f"Arviointisuunnitelma – {LUK}"),
    ("p", "Hankkeen tunnus LSAVI/3391/2024 · Lapuan kaupunginkirjasto, lasten ja nuorten palvelut · Päivitetty 30.1.2025"),
    ("p", "Hankeaika: 1.1.2025–31.12.2025. Rahoittaja: Länsi- ja Sisä-Suomen aluehallintovirasto, yleisten kirjastojen "
          "kehittämisavustus. Yhteistyössä Lapuan sivistystoimi, kaupungin alakoulut ja MLL:n Lapuan yhdistys."),
    ("b", "Arvioinnin tarkoitus:"),
    ("p", "Arvioinnilla selvitetään, saavuttaako hanke tavoitteensa ja mitkä hankkeen työtavat kannattaa jättää "
          "pysyviksi. Arviointi on pääosin itsearviointia, jota täydentää ulkoinen vertaisarvio."),
    ("b", "Kohderyhmä:"),
    ("p", "2.–4.-luokkien oppilaat, erityisesti ne, joille lukeminen on työlästä; heidän perheensä; alakoulujen opettajat; "
          "kirjaston henkilökunta."),
    ("b", "Tavoitteet ja niiden arviointi:"),
    ("p", "Tavoite 1: Kirjaston henkilökunnalla on taidot tukea lasta, jolle lukeminen on vaikeaa. "
          "Toimenpiteet: kaksi koulutuspäivää (maaliskuu ja syyskuu 2025) lukemisen vaikeuksista, selkokirjoista ja "
          "lukukaverityöstä; työparityöskentely ensimmäisillä jaksoilla. Mittarit: 15 kirjastolaista koulutettu; "
          "koulutuksen palaute vähintään 4/5. Tiedonkeruu: osallistujalistat ja palautekysely kunkin koulutuspäivän "
          "jälkeen."),
    ("p", "Tavoite 2: Lukukaverijaksoille osallistuvat 2.–4.-luokkalaiset innostuvat lukemaan ja heidän "
          "lukemisensa sujuvoituu. Toimenpiteet: kuuden viikon lukukaverijaksot kouluilla ja kirjastossa keväällä ja "
          "syksyllä 2025; kirjavinkkaus; lukudiplomin aloitus. Mittarit: 8 koulua mukana; 200 oppilasta osallistuu; "
          "70 % osallistujista kertoo lukevansa mielellään enemmän; opettajien arvio lukemisen sujuvuudesta paranee. "
          "Tiedonkeruu: oppilaiden kuvakysely jakson alussa ja lopussa (hymiövastaukset), opettajien arviolomake "
          "jakson lopussa, osallistujatilasto."),
    ("p", "Tavoite 3: Perheissä luetaan yhdessä kotona. Toimenpiteet: perhelukutilaisuudet kirjastossa ja kouluilla "
          "yhdessä MLL:n kanssa; lukukassit, joissa on kirjoja ja vinkkejä vanhemmille. Mittarit: 10 "
          "perhelukutilaisuutta ja niissä yhteensä 400 osallistujaa; 50 lukukassia kierrossa. Tiedonkeruu: "
          "kävijälaskenta, lainaustilasto, lyhyt palautekortti vanhemmille tilaisuuksissa ja lukukassin mukana."),
    ("b", "Arvioinnin menetelmät ja tiedonkeruu:"),
    ("p", "Arvioinnissa yhdistetään hanketiimin itsearviointi, ulkoinen vertaisarvio sekä oppilaiden, opettajien ja "
          "vanhempien oma palaute (kuvakyselyt, arviolomakkeet, palautekortit). Määrälliset tiedot kootaan "
          "osallistuja- ja lainaustilastoista."),
    ("b", "Itsearviointi:"),
    ("p", "Hanketiimi (kirjastonhoitaja ja kaksi kirjastovirkailijaa) kokoaa mittarit ja pitää itsearviointipalaverin "
          "kesäkuussa ja joulukuussa 2025. Palaverissa kysytään: mikä toimi, mikä ei, mitä muutamme syksyn jaksoihin."),
    ("b", "Ulkoinen arviointi:"),
    ("p", "Alueellisen kehittämistehtävän kirjaston kehittämissuunnittelija tekee vertaisarvion: hän seuraa kahta "
          "lukukaverijaksoa syksyllä 2025 ja haastattelee opettajia. Hänen muistionsa liitetään loppuraporttiin."),
    ("b", "Arvioinnin aikataulu:"),
    ("ul", [
        "tammi–helmikuu 2025: alkukyselyt ja lähtötilanne kouluilla",
        "maaliskuu ja syyskuu 2025: koulutuspäivien palaute",
        "huhti–toukokuu ja marras–joulukuu 2025: jaksojen loppukyselyt ja opettajien arviot",
        "kesäkuu ja joulukuu 2025: itsearviointipalaverit",
        "syys–lokakuu 2025: ulkoinen vertaisarvio",
    ]),
    ("b", "Juurtuminen:"),
    ("p", "Jatkuvuutta on valmisteltu jo hakuvaiheessa: sivistysjohtaja on sitoutunut siihen, että lukukaverijaksot "
          "kirjataan alakoulujen lukuvuosisuunnitelmaan, ja jaksojen jatkosta vastaa lasten ja nuorten palveluiden "
          "kirjastonhoitaja. Lukukassit siirtyvät kirjaston kokoelmaan. Arvioinnissa seurataan hankkeen alusta, "
          "että nämä sopimukset etenevät (lukuvuosisuunnitelmat hyväksytään elokuussa 2025)."),
    ("b", "Arviointitiedon käyttö ja raportointi:"),
    ("p", "Kevään tulokset käytetään syksyn jaksojen suunnitteluun. Tulokset raportoidaan ohjausryhmälle, "
          "sivistyslautakunnalle ja aluehallintovirastolle loppuraportissa, ja niistä kerrotaan kirjaston "
          "verkkosivuilla sekä koulujen vanhempainilloissa."),
    ("p", "Yhteyshenkilö: kirjastonhoitaja Sanna Yli-Kauppila, Lapuan kaupunginkirjasto, sanna.yli-kauppila@lapua.example.fi"),
], []))

DOCS.append(("lukukaveri", "loppuraportti", "docx", f"Loppuraportti – {LUK}", [
    ("title", f"Loppuraportti: {LUK}"),
    ("p", "Lapuan kaupunginkirjasto · yleisten kirjastojen kehittämisavustus, Länsi- ja Sisä-Suomen aluehallintovirasto"),
    ("h1", "1 Taustatiedot"),
    ("field", "Avustuksen saaja:", "Lapuan kaupunki / Lapuan kaupunginkirjasto, lasten ja nuorten palvelut"),
    ("field", "Hanke ja päätöksen diaarinumero:", f"{LUK}, LSAVI/3391/2024"),
    ("field", "Hankeaika:", "1.1.2025–30.6.2026"),
    ("field", "Yhteistyötahot:", "Lapuan sivistystoimi, kaupungin kahdeksan alakoulua ja MLL:n Lapuan yhdistys"),
    ("h1", "2 Hankkeen tavoitteet"),
    ("p", "Hankkeen tavoitteena oli, että alakoulun 2.–4.-luokkalaiset, erityisesti heikot lukijat, innostuvat "
          "lukemisesta ja lukevat sujuvammin; että kirjaston työntekijät osaavat tukea lapsia, joille lukeminen on "
          "vaikeaa; ja että perheet lukevat enemmän yhdessä kotona."),
    ("h1", "3 Hankkeen toteutus"),
    ("p", "Kuuden viikon lukukaverijaksoja pidettiin kouluilla ja kirjastossa kolmella jaksokaudella. Jaksoilla "
          "kirjastolainen ja opettaja lukivat pienryhmien kanssa, oppilaat valitsivat itse kirjoja ja aloittivat "
          "lukudiplomin. Henkilökunnalle järjestettiin kaksi koulutuspäivää (maaliskuu ja syyskuu 2025) lukemisen "
          "vaikeuksista, selkokirjoista ja lukukaverityöstä. Perhelukutilaisuudet järjestettiin yhdessä MLL:n "
          "kanssa, ja lukukassit koottiin kirjaston kokoelmasta."),
    ("table", [
        ["Ajankohta", "Toteutus"],
        ["tammi–toukokuu 2025", "ensimmäiset jaksot neljällä koululla, koulutuspäivä 1"],
        ["elo–joulukuu 2025", "jaksot neljällä muulla koululla, koulutuspäivä 2, perhelukutilaisuudet"],
        ["tammi–toukokuu 2026", "kolmas jaksokausi, lukukassien siirto kokoelmaan, päätösseminaari 19.5.2026"],
    ]),
    ("b", "Poikkeamat ja ongelmat"),
    ("p", "Yhdellä koululla jakso siirtyi opettajan sairausloman vuoksi. Kustannukset toteutuivat budjetin mukaisesti."),
    ("h1", "4 Tulokset ja vaikuttavuus"),
    ("b", "Lasten lukuinto ja sujuvuus"),
    ("p", "Mukana olivat kaikki kahdeksan alakoulua, ja jaksoille osallistui 214 oppilasta (tavoite 200). "
          "Loppukyselyssä 73 % osallistujista kertoi lukevansa nyt mielellään enemmän (tavoite 70 %). Opettajien "
          "arviolomakkeiden mukaan lukemisen sujuvuus parani 68 %:lla jakson oppilaista, ja eniten heikoimmilla lukijoilla."),
    ("b", "Henkilökunnan osaaminen"),
    ("p", "Koulutuspäivät saivat palautteen keskiarvon 4,3/5 (tavoite vähintään 4). Kirjastolaiset kertoivat "
          "itsearvioinnissa, että selkokirjojen ja kuvakirjojen käyttö heikon lukijan kanssa tuntuu nyt luontevalta."),
    ("b", "Perheiden yhteinen lukeminen"),
    ("p", "Perhelukutilaisuuksia pidettiin 11 (tavoite 10), ja niissä oli yhteensä 436 osallistujaa (tavoite 400). "
          "Kierrossa on 50 lukukassia, ja niitä lainattiin 212 kertaa."),
    ("table", [
        ["Mittari", "Tavoitetaso", "Toteuma"],
        ["Mukana olevat koulut", "8", "8"],
        ["Jaksoille osallistuneet oppilaat", "200", "214"],
        ["Lukee mielellään enemmän", "70 %", "73 %"],
        ["Opettajien arvio sujuvuudesta", "paranee", "parani 68 %:lla oppilaista"],
        ["Koulutuspalaute", "vähintään 4/5", "4,3/5"],
        ["Perhelukutilaisuudet / osallistujat", "10 / 400", "11 / 436"],
        ["Lukukassit kierrossa", "50", "50"],
    ]),
    ("p", "Tuloksia arvioitiin oppilaiden alku- ja loppukyselyillä, opettajien arviolomakkeilla, koulutuspalautteella "
          "ja hanketiimin itsearvioinneilla sekä alueellisen kehittämistehtävän vertaisarviolla."),
    ("h1", "5 Kehitysajatukset ja jatko"),
    ("p", "Lukukaverijaksot jatkuvat osana alakoulujen lukuvuosisuunnitelmaa sivistysjohtajan päätöksellä, ja niistä "
          "vastaa lasten ja nuorten palveluiden kirjastonhoitaja. Lukukassit ovat kirjaston kokoelmaa, ja kirjasto "
          "huolehtii niiden kierrosta. Jatkossa haluamme kokeilla lukukaveritoimintaa myös 1. luokalla."),
    ("h1", "6 Suositukset muille kirjastoille"),
    ("p", "Sopikaa koulujen kanssa jaksot jo lukuvuoden suunnitteluvaiheessa ja pitäkää ryhmät pieninä. "
          "Lukukassi, jossa on myös vinkkejä vanhemmille, on edullinen tapa tuoda lukeminen kotiin."),
    ("h1", "7 Tiivistelmä"),
    ("p", "Lukukaveri-hankkeessa Lapuan kaupunginkirjasto järjesti kaikkien kahdeksan alakoulun 2.–4.-luokkalaisille "
          "lukukaverijaksoja, joille osallistui 214 oppilasta. 73 % heistä lukee nyt mielellään enemmän, ja opettajien "
          "mukaan sujuvuus parani 68 %:lla. Henkilökunnan koulutus sai palautteen 4,3/5. Perhelukutilaisuuksissa oli "
          "436 osallistujaa, ja 50 lukukassia on kierrossa. Jaksot jatkuvat osana koulujen lukuvuosisuunnitelmaa."),
    ("h1", "8 Laatimispäivä ja yhteystiedot"),
    ("p", "Lapualla 18.8.2026. Yhteyshenkilö: kirjastonhoitaja Sanna Yli-Kauppila, lasten ja nuorten palvelut, "
          "puh. 040 166 2045, sanna.yli-kauppila@lapua.example.fi. Kirjastotoimenjohtaja Jari Mäkelä."),
], []))

HANKE["lukukaveri"] = [
    {"rule": "hanke.aikataulu-eri", "huom": "loppuraportin hankeaika 1.1.2025–30.6.2026, suunnitelmassa ja "
     "arviointisuunnitelmassa 1.1.–31.12.2025; jatkoaikaa ei selitetä"},
    {"rule": "hanke.mittari-raportoimatta", "count": 1, "huom": "mittari 15 koulutettua kirjastolaista: "
     "loppuraportti kertoo koulutuspäivät ja palautteen 4,3/5, mutta ei koulutettujen määrää"},
]

# =====================================================================================
# 5. taidepolku — OKM/1434/2026 (Iisalmen kaupunki, kulttuuripalvelut)
#    Kaksi tarkoituksellista virhettä:
#    a) arviointisuunnitelma arvioi vain neljä tavoitetta; päiväkotitavoite puuttuu hiljaa;
#    b) exit-suunnitelmassa kulttuuriyhdyshenkilöiden verkoston jatkolle ei nimetä omistajaa.
# =====================================================================================
TAI = "Taidepolku Ylä-Savoon – kulttuurikasvatus jokaiselle lapselle"

DOCS.append(("taidepolku", "arviointisuunnitelma", "docx", f"{TAI} – arviointisuunnitelma", [
    ("title", f"{TAI}: arviointisuunnitelma"),
    ("p", "Hankenumero OKM/1434/2026 · Iisalmen kaupunki, kulttuuripalvelut · Kiuruvesi, Vieremä, Sonkajärvi · 9.9.2026"),
    ("h1", "1. Hankkeen tausta ja arvioinnin lähtökohdat"),
    ("p", "Hanke toteutetaan lukuvuosina 2026–2027 ja 2027–2028 (1.8.2026–31.7.2028) opetus- ja kulttuuriministeriön "
          "erityisavustuksella. Ylä-Savon neljässä kunnassa kulttuurikasvatus on tähän asti riippunut yksittäisten "
          "opettajien aktiivisuudesta, ja oppilaiden mahdollisuudet kulttuurikäynteihin ovat vaihdelleet kouluittain. "
          "Arvioinnin tehtävä on näyttää, tasoittuvatko erot ja syntyykö rakenne, joka kantaa hankkeen jälkeen."),
    ("h1", "2. Mitä arvioidaan? Tavoitteet ja kohderyhmä"),
    ("p", "Arviointi kohdistuu seuraaviin tavoitteisiin (numerointi tämän suunnitelman oma):"),
    ("ol", [
        "Jokainen alueen peruskoululainen pääsee lukuvuosittain kulttuurikäynneille asuinkunnasta riippumatta.",
        "Kaikilla kouluilla on nimetty kulttuurin yhdyshenkilö, ja yhdyshenkilöt toimivat yhdessä verkostona.",
        "Alueen ammattitaiteilijoille syntyy työtilaisuuksia koulujen kanssa.",
        "Kunnat laativat yhteisen kulttuurikasvatussuunnitelman, jonka kunkin kunnan sivistyslautakunta hyväksyy.",
    ]),
    ("p", "Kohderyhmä: neljän kunnan peruskoulujen oppilaat (noin 2 550) ja opettajat, koulujen kulttuuriyhdyshenkilöt, "
          "alueen taiteilijat sekä kuntien sivistystoimi ja sivistyslautakunnat."),
    ("h1", "3. Tavoitteet, toimenpiteet ja mittarit"),
    ("table", [
        ["Tavoite", "Toimenpiteet", "Mittari / tavoitetaso", "Aineisto ja ajankohta"],
        ["1. Kulttuurikäynnit kaikille oppilaille",
         "Taidepolkukalenteri: jokaiselle vuosiluokalle kaksi käyntiä lukuvuodessa (museot, teatteri, kirjasto, konsertit); "
         "kuljetusten yhteishankinta",
         "Vähintään 2 300 oppilasta (90 %) tekee 2 käyntiä lukuvuodessa",
         "Koulujen käyntikirjaukset kalenterijärjestelmässä; koonti joulukuussa ja toukokuussa"],
        ["2. Yhdyshenkilöt ja verkosto",
         "Yhdyshenkilöiden nimeäminen rehtorin päätöksellä; verkostotapaamiset ja yhteinen Teams-kanava",
         "16 koulua / 16 yhdyshenkilöä; 4 verkostotapaamista vuodessa",
         "Nimeämispäätökset syyskuussa 2026; tapaamisten muistiot ja osallistujalistat"],
        ["3. Taiteilijoiden työ kouluissa",
         "Taiteilijahaku syksyllä 2026; työpajat kouluilla; taiteilijatreffit opettajille",
         "15 taiteilijaa, 40 työpajaa hankeaikana",
         "Sopimus- ja laskutusrekisteri; taiteilijoiden palautekysely kevät 2027 ja kevät 2028"],
        ["4. Yhteinen kulttuurikasvatussuunnitelma",
         "Suunnitelmatyöryhmä (sivistysjohtajat, yhdyshenkilöt, kulttuuritoimi); luonnoksen kommentointi kouluilla",
         "Suunnitelma hyväksytty kaikissa 4 sivistyslautakunnassa 31.5.2027 mennessä",
         "Lautakuntien pöytäkirjat; työryhmän muistiot"],
    ]),
    ("h1", "4. Arvioinnin menetelmät ja tiedonkeruu"),
    ("b", "Itsearviointi"),
    ("p", "Hankkeen ohjausryhmä ja projektikoordinaattori tekevät itsearvioinnin kunkin lukukauden lopussa "
          "(joulukuu 2026, toukokuu 2027, joulukuu 2027, toukokuu 2028). Mittarit kootaan kuntakohtaisesti, jotta "
          "kuntien väliset erot näkyvät."),
    ("b", "Oppilaiden, opettajien ja taiteilijoiden palaute"),
    ("p", "Oppilaat antavat palautetta käynneistä kuvakortilla tai lyhyellä mobiilikyselyllä; 5. ja 8. luokkien "
          "oppilaista koottu raati arvioi kalenteria keväällä 2027 ja keväällä 2028. Opettajille ja taiteilijoille "
          "tehdään palautekysely kummankin lukuvuoden lopussa."),
    ("b", "Ulkoinen arviointi"),
    ("p", "Savonia-ammattikorkeakoulun TKI-palvelut tekee ulkoisen väliarvioinnin helmi–maaliskuussa 2027 ja "
          "loppuarvioinnin huhti–kesäkuussa 2028. Ulkoinen arvioija haastattelee sivistysjohtajia, yhdyshenkilöitä ja "
          "taiteilijoita ja analysoi käyntiaineiston."),
    ("b", "Aikataulu"),
    ("table", [
        ["Ajankohta", "Arviointitoimi"],
        ["syyskuu 2026", "lähtötilanne: edellisen lukuvuoden käynnit koulujen kirjauksista, yhdyshenkilöiden nimeäminen"],
        ["joulukuu 2026, joulukuu 2027", "syyslukukauden koonti ja itsearviointi"],
        ["helmi–maaliskuu 2027", "ulkoinen väliarviointi"],
        ["toukokuu 2027, toukokuu 2028", "lukuvuoden koonti, palautekyselyt, oppilasraati, itsearviointi"],
        ["huhti–kesäkuu 2028", "ulkoinen loppuarviointi"],
    ]),
    ("h1", "5. Juurruttamisen seuranta"),
    ("p", "Tulosten pysyvyyttä on suunniteltu jo hakuvaiheessa yhdessä kuntien sivistysjohtajien kanssa: "
          "kulttuurikasvatussuunnitelma hyväksytetään lautakunnissa jo ensimmäisenä lukuvuonna, jotta sen toteutus "
          "ehditään kokeilla hankkeen aikana. Arvioinnissa seurataan hankkeen alusta alkaen, että jatkovastuut "
          "kirjataan suunnitelmaan ja kuntien talousarvioihin."),
    ("h1", "6. Arviointitiedon hyödyntäminen ja raportointi"),
    ("p", "Lukukausikoonnit käsitellään ohjausryhmässä, ja niiden perusteella kalenteria muutetaan seuraavalle "
          "lukukaudelle. Väliarvioinnin tulokset viedään suunnitelmatyöryhmään ennen lautakuntakäsittelyä. "
          "Tulokset raportoidaan opetus- ja kulttuuriministeriölle väliselvityksessä ja loppuselvityksessä, ja "
          "niistä kerrotaan kuntien verkkosivuilla sekä Ylä-Savon kulttuurikasvatusseminaarissa keväällä 2028."),
    ("p", "Yhteyshenkilö: projektikoordinaattori Elina Rissanen, Iisalmen kulttuuripalvelut, elina.rissanen@iisalmi.example.fi"),
], []))

DOCS.append(("taidepolku", "exit-suunnitelma", "docx", f"{TAI} – exit-suunnitelma", [
    ("title", "Exit- ja jatkuvuussuunnitelma"),
    ("p", f"{TAI} (OKM/1434/2026) · Iisalmi, Kiuruvesi, Vieremä, Sonkajärvi · Luonnos ohjausryhmälle 14.10.2027"),
    ("field", "Hankeaika*:", "lukuvuodet 2026–2027 ja 2027–2028 (1.8.2026–31.7.2028)"),
    ("field", "Hallinnoija*:", "Iisalmen kaupunki, kulttuuripalvelut"),
    ("h1", "1 Mitä hankkeesta jää pysyväksi?"),
    ("p", "Hankkeessa on syntynyt kolme asiaa, joiden on tarkoitus jatkua avustuksen päätyttyä heinäkuussa 2028: "
          "neljän kunnan yhteinen kulttuurikasvatussuunnitelma, koulujen kulttuuriyhdyshenkilöiden verkosto ja "
          "verkossa toimiva taidepolkukalenteri."),
    ("h1", "2 Juurruttaminen: vastuut ja resurssit"),
    ("table", [
        ["Pysyvä tulos", "Kuka vastaa jatkossa", "Resurssit"],
        ["Kulttuurikasvatussuunnitelma",
         "Kunkin kunnan sivistyslautakunta; suunnitelma päivitetään neljän vuoden välein sivistysjohtajien johdolla",
         "Kunnat varaavat käyntien kuljetuksiin ja pääsymaksuihin määrärahan omiin talousarvioihinsa"],
        ["Kulttuuriyhdyshenkilöiden verkosto",
         "Verkoston toivotaan jatkavan toimintaansa; koulut huolehtivat yhdessä tapaamisista",
         "Yhdyshenkilön tehtävä mainitaan koulujen toimintasuunnitelmissa"],
        ["Taidepolkukalenteri verkossa",
         "Iisalmen kaupungin kulttuuripalvelut ylläpitää kalenteria ja sen sisältöjä",
         "Ylläpito kulttuuripalvelujen verkkotoimittajan työaikaa noin 2 h/viikko; alusta sisältyy kaupungin verkkopalveluun"],
    ]),
    ("p", "Kulttuurikasvatussuunnitelman hyväksyivät kaikki neljä sivistyslautakuntaa toukokuussa 2027. Sen "
          "toimeenpano on kirjattu kuntien talousarvioihin vuodesta 2028 alkaen."),
    ("h1", "3 Hyvien käytäntöjen levittäminen"),
    ("ul", [
        "Taidepolun kuvaus ja suunnitelmapohja Lastenkulttuurin verkoston sivuille ja Innokylään",
        "Ylä-Savon kulttuurikasvatusseminaari keväällä 2028 opettajille, rehtoreille ja taiteilijoille",
        "Esittely Pohjois-Savon sivistysjohtajien kokouksessa",
        "Kuntien verkkosivut ja kulttuuripalvelujen uutiskirje",
    ]),
    ("h1", "4 Kehittämistyön jatko ja seuranta"),
    ("p", "Sivistysjohtajat raportoivat sivistyslautakunnille kerran vuodessa, kuinka suuri osa oppilaista teki "
          "suunnitelman mukaiset kulttuurikäynnit. Luvut saadaan taidepolkukalenterin käyntikirjauksista, jotka "
          "Iisalmen kulttuuripalvelut kokoaa kunnittain joka kesäkuu. Jatkokehittämisen kohteena on taiteilijoiden "
          "työpajojen yhteishankinta, josta sivistysjohtajat tekevät esityksen suunnitelman seuraavaan päivitykseen."),
    ("p", "Valmistelija: projektikoordinaattori Elina Rissanen · Käsitellään ohjausryhmässä 28.10.2027"),
], []))

HANKE["taidepolku"] = [
    {"rule": "hanke.tavoite-arvioimatta", "count": 1, "huom": "suunnitelman tavoite päiväkotien/varhaiskasvatuksen "
     "mukaan saamisesta (10 päiväkotia, 600 lasta): arviointisuunnitelma ei arvioi sitä lainkaan"},
    {"rule": "hanke.jatko-omistaja-puuttuu", "count": 1, "huom": "kulttuuriyhdyshenkilöiden verkosto: "
     "exit-suunnitelmassa vain 'verkoston toivotaan jatkavan', 'koulut huolehtivat yhdessä'; suunnitelmassa "
     "koordinointi kulttuurituottajalla"},
]

# =====================================================================================
# 6. tyopolku — EURA S31207 (Kajaanin kaupunki, työllisyyspalvelut; Kainuun hyvinvointialue)
#    Tarkoituksellinen virhe: loppuraportti ohittaa hiljaa tavoitteen "yhteinen työkyvyn arvioinnin prosessi"
#    ja sen kolme mittaria (jonotusaika, 80 koulutettua ammattilaista, johtoryhmän hyväksyntä).
#    Arviointisuunnitelma arvioi kaikki neljä tavoitetta; exit nimeää omistajan kaikille kolmelle pysyvälle asialle.
# =====================================================================================
TYO = "Työpolku – osatyökykyisten polku työhön Kainuussa"

DOCS.append(("tyopolku", "arviointisuunnitelma", "docx", f"{TYO} (S31207) – arviointisuunnitelma", [
    ("title", f"ARVIOINTISUUNNITELMA – {TYO}"),
    ("p", "EURA-hankekoodi S31207 · ESR+ erityistavoite 4.1 · Kajaanin kaupunki, työllisyyspalvelut · "
          "osatoteuttaja Kainuun hyvinvointialue · versio 2.5.2023"),
    ("h1", "1 Hankkeen lyhyt kuvaus"),
    ("field", "Toteutusaika*:", "1.3.2023–28.2.2026"),
    ("field", "Rahoittaja*:", "Euroopan sosiaalirahasto plus, välittävänä toimielimenä Kainuun ELY-keskus"),
    ("p", "Kainuussa osatyökykyisten työllisyysaste on matala, ja polku työkyvyn arviointiin ja sieltä työhön on "
          "pitkä ja katkonainen. Hankkeessa kokeillaan IPS-mallista yksilövalmennusta, tehdään työnantajatyötä ja "
          "rakennetaan työllisyyspalvelujen ja hyvinvointialueen yhteinen työkyvyn arvioinnin prosessi. Asiakkaat "
          "osallistuvat kehittämiseen kokemusasiantuntijoina."),
    ("h1", "2 Arvioitavat tavoitteet ja kohderyhmät"),
    ("p", "Arvioinnissa tavoitteet käsitellään seuraavassa järjestyksessä:"),
    ("ol", [
        "Asiakkaat ovat mukana palvelujen kehittämisessä kokemusasiantuntijoina, ja valmennus vastaa heidän tarpeisiinsa.",
        "Työkyvyn arviointiin pääsee nopeammin ja prosessi on asiakkaalle selkeä, kun työllisyyspalveluilla ja "
        "hyvinvointialueella on yksi yhteinen toimintatapa.",
        "IPS-mallinen yksilövalmennus johtaa osatyökykyisiä avoimille työmarkkinoille tai tutkintoon johtavaan koulutukseen.",
        "Työnantajien valmius palkata osatyökykyisiä kasvaa.",
    ]),
    ("p", "Kohderyhmät: osatyökykyiset työnhakijat Kainuun työllisyysalueella, alueen työnantajat sekä "
          "työllisyyspalvelujen ja hyvinvointialueen ammattilaiset."),
    ("h1", "3 Arviointimatriisi"),
    ("table", [
        ["Tavoite", "Toimenpiteet", "Mittarit ja tavoitetasot", "Tiedonlähde, ajankohta, vastuu"],
        ["1 Kokemusasiantuntijat mukana kehittämisessä",
         "Kokemusasiantuntijaryhmän kokoaminen ja koulutus; ryhmän kommentit valmennuksen ja prosessin kuvauksiin",
         "8 hengen ryhmä, 6 kokoontumista vuodessa; asiakastyytyväisyys valmennukseen vähintään 4,0/5",
         "Ryhmän muistiot; asiakaspalautekysely valmennuksen päättyessä (jatkuva). Projektipäällikkö"],
        ["2 Yhteinen työkyvyn arvioinnin prosessi",
         "Prosessin mallinnus yhdessä hyvinvointialueen kanssa; ammattilaisten koulutus; käyttöönotto",
         "Jonotusaika arviointiin 90 vrk → 45 vrk; 80 ammattilaista koulutettu; prosessikuvaus hyväksytty "
         "hyvinvointialueen johtoryhmässä viimeistään 6/2025",
         "Hyvinvointialueen jonotilasto puolivuosittain; koulutusrekisteri; johtoryhmän pöytäkirja. Kehittämispäällikkö (hyvinvointialue)"],
        ["3 IPS-valmennus vie työhön tai opiskelemaan",
         "IPS-yksilövalmennus kolmen valmentajan voimin; mallinmukaisuuden arviointi (fidelity)",
         "Vähintään 120 valmennettavaa; 35 % avoimilla työmarkkinoilla tai tutkintokoulutuksessa 6 kk valmennuksen jälkeen",
         "Asiakastietojärjestelmä; 6 kk seurantasoitto; fidelity-arvio syksyllä 2024 ja syksyllä 2025. Valmentajat"],
        ["4 Työnantajat rohkaistuvat palkkaamaan",
         "Työnantajakäynnit; työnantajatilaisuudet; työkokeilu- ja palkkatukipaikkojen räätälöinti",
         "40 tavattua työnantajaa; 25 uutta työkokeilu- tai työpaikkaa; työnantajatilaisuus 2 kertaa vuodessa",
         "Työnantajarekisteri; tilaisuuksien palaute. Työnantajakoordinaattori"],
    ]),
    ("h1", "4 Arvioinnin menetelmät"),
    ("h2", "4.1 Itsearviointi"),
    ("p", "Hanketiimi tekee itsearvioinnin puolivuosittain (kesä- ja joulukuu). Itsearvioinnissa käytetään "
          "mittariseurantaa, valmentajien oppimispäiväkirjoja ja IPS-mallin fidelity-arviota."),
    ("h2", "4.2 Ulkoinen arviointi"),
    ("p", "Ulkoisen arvioinnin tekee Kajaanin ammattikorkeakoulu. Väliarviointi tehdään syksyllä 2024 ja "
          "loppuarviointi syys–joulukuussa 2025. Ulkoinen arvioija haastattelee asiakkaita, työnantajia ja "
          "ammattilaisia sekä analysoi rekisteriaineiston."),
    ("h2", "4.3 Asiakkaiden ja työnantajien ääni"),
    ("p", "Asiakkaat vastaavat palautekyselyyn valmennuksen päättyessä, ja kokemusasiantuntijaryhmä arvioi "
          "kahdesti vuodessa, miten palvelut ovat muuttuneet. Työnantajilta kerätään palaute jokaisesta tilaisuudesta."),
    ("h2", "4.4 Aikataulu"),
    ("table", [
        ["Ajankohta", "Arviointitehtävä"],
        ["huhti–toukokuu 2023", "lähtötaso: jonotusaika, työnantajarekisteri"],
        ["kesä- ja joulukuu 2023–2025", "puolivuotinen mittarikoonti ja itsearviointi"],
        ["syksy 2024", "ulkoinen väliarviointi, fidelity-arvio"],
        ["syys–joulukuu 2025", "ulkoinen loppuarviointi, fidelity-arvio"],
        ["tammi–helmikuu 2026", "viimeiset 6 kk seurannat (valmennukset päättyvät viimeistään elokuussa 2025), loppukoonti"],
    ]),
    ("h1", "5 Juurruttamisen arviointi"),
    ("p", "Hyvien käytäntöjen juurruttaminen on otettu huomioon jo hakuvaiheessa: Kajaanin työllisyyspalvelut ja "
          "Kainuun hyvinvointialue sopivat hakemukseen, kuka ottaa kunkin tuloksen vastuulleen. Hankkeen alusta "
          "alkaen ohjausryhmä seuraa, että IPS-valmentajien vakanssit valmistellaan työllisyysalueen talousarvioon, "
          "että yhteinen prosessi siirtyy hyvinvointialueen aikuissosiaalityön ja kuntoutuksen palvelualueelle ja "
          "että kokemusasiantuntijaryhmä siirtyy hyvinvointialueen osallisuusyksikköön."),
    ("h1", "6 Arviointitiedon hyödyntäminen ja raportointi"),
    ("p", "Puolivuotiskoonnit käsitellään ohjausryhmässä, ja niiden perusteella toimintaa suunnataan uudelleen. "
          "Väliarvioinnin suositukset käydään läpi hanketiimin kehittämispäivässä. Tulokset raportoidaan ELY-keskukselle "
          "EURA 2021 -järjestelmän seurantaraporteissa ja loppuraportissa sekä kerrotaan hankkeen verkkosivuilla."),
    ("p", "Arvioinnin vastuuhenkilö: projektipäällikkö Tuomas Heikkinen, Kajaanin kaupunki, tuomas.heikkinen@kajaani.example.fi"),
], []))

DOCS.append(("tyopolku", "exit-suunnitelma", "docx", f"{TYO} (S31207) – exit-suunnitelma", [
    ("title", "Exit-suunnitelma"),
    ("p", f"{TYO} · EURA S31207 · hankeaika 1.3.2023–28.2.2026 · Päivitetty 28.10.2025"),
    ("h1", "1 Johdanto"),
    ("p", "Tässä suunnitelmassa kuvataan, miten hankkeen tulokset siirtyvät pysyviksi palveluiksi hankkeen päättyessä "
          "helmikuun 2026 lopussa. Suunnitelma on hyväksytty ohjausryhmässä 4.11.2025."),
    ("h1", "2 Juurruttaminen ja käyttöönotto"),
    ("table", [
        ["Tulos", "Omistaja hankkeen jälkeen", "Resurssit ja päätökset"],
        ["IPS-yksilövalmennus", "Kainuun työllisyysalueen pysyvä palvelu; vastuu Kajaanin kaupungin "
         "työllisyyspalvelujen päälliköllä", "Kolmen IPS-valmentajan vakanssit esitetty vuoden 2026 talousarvioon "
         "(kaupunginvaltuusto päättää joulukuussa 2025)"],
        ["Yhteinen työkyvyn arvioinnin prosessi", "Kainuun hyvinvointialue, aikuissosiaalityön ja kuntoutuksen "
         "palvelupäällikkö", "Prosessi osaksi palvelualueen toimintaohjetta; perehdytys uusille työntekijöille "
         "palvelualueen omana työnä"],
        ["Kokemusasiantuntijaryhmä", "Kainuun hyvinvointialueen osallisuusyksikkö",
         "Kokemusasiantuntijapalkkiot osallisuusyksikön budjetista; ryhmä kokoontuu jatkossakin noin kuusi kertaa vuodessa"],
    ]),
    ("p", "Siirtymäkauden aikana (marraskuu 2025 – helmikuu 2026) hankkeen valmentajat ja projektipäällikkö "
          "perehdyttävät vastaanottavat yksiköt ja luovuttavat materiaalit."),
    ("h1", "3 Tulosten levittäminen"),
    ("ul", [
        "IPS-mallin Kainuun sovellus ja työnantajatyön materiaalit Innokylään",
        "Loppuseminaari Kajaanissa helmikuussa 2026 työllisyysalueen, hyvinvointialueen ja työnantajien edustajille",
        "ESR+-hankkeiden osatyökykyisyyden teemaverkosto ja Kainuun ELY-keskuksen hanketoimijoiden tapaaminen",
        "Hankkeen ja Kajaanin kaupungin verkkosivut sekä työnantajauutiskirje",
    ]),
    ("h1", "4 Kehittämistyön jatko ja seuranta"),
    ("p", "Työllisyysalueen johtoryhmä seuraa IPS-valmennuksen tuloksia (valmennettavat, työhön tai koulutukseen "
          "siirtyneet) neljännesvuosittain. Hyvinvointialueen palvelupäällikkö raportoi arvioinnin jonotusajat "
          "palvelualueen johtoryhmälle puolivuosittain, ja osallisuusyksikkö kertoo kokemusasiantuntijaryhmän "
          "toiminnasta vuosittaisessa osallisuuskatsauksessa. Jatkokehittämisen kohteena on valmennuksen "
          "laajentaminen nuoriin osatyökykyisiin yhdessä Ohjaamo Kajaanin kanssa."),
    ("p", "Laatinut: projektipäällikkö Tuomas Heikkinen · Vastuut vahvistaneet: työllisyyspalvelujen päällikkö "
          "Riikka Karppinen, palvelupäällikkö Hannu Kemppainen (hyvinvointialue)"),
], []))

DOCS.append(("tyopolku", "loppuraportti", "docx", f"{TYO} (S31207) – loppuraportti", [
    ("title", f"Loppuraportti: {TYO}"),
    ("p", "Päiväys 15.5.2026"),
    ("h1", "1 Taustatiedot"),
    ("field", "Hankkeen nimi ja EURA-koodi*:", f"{TYO}, S31207"),
    ("field", "Tuensaaja*:", "Kajaanin kaupunki, työllisyyspalvelut; osatoteuttaja Kainuun hyvinvointialue"),
    ("field", "Rahoituspäätös*:", "Kainuun ELY-keskus, Dnro KAIELY/412/2023 (ESR+, erityistavoite 4.1)"),
    ("field", "Toteutusaika*:", "1.3.2023–28.2.2026"),
    ("h1", "2 Hankkeen tavoitteet"),
    ("p", "Hankkeen tavoitteena oli, että IPS-mallinen yksilövalmennus vie osatyökykyisiä avoimille työmarkkinoille "
          "tai opiskelemaan, että kainuulaiset työnantajat rohkaistuvat palkkaamaan osatyökykyisiä ja että asiakkaat "
          "kehittävät palveluja kokemusasiantuntijoina."),
    ("h1", "3 Hankkeen toteutus"),
    ("p", "Hankkeessa työskenteli projektipäällikkö, kolme IPS-valmentajaa ja työnantajakoordinaattori. Valmennus "
          "käynnistyi kesäkuussa 2023, ja uusia valmennettavia otettiin elokuuhun 2025 asti. Työnantajakoordinaattori "
          "kävi yrityksissä ja järjesti työnantajatilaisuuksia yhdessä Kainuun Yrittäjien kanssa. "
          "Kokemusasiantuntijaryhmä koottiin syksyllä 2023. Yhteistyö Kainuun hyvinvointialueen kanssa oli tiivistä "
          "koko hankkeen ajan: yhteiset asiakasohjauspalaverit pidettiin kahden viikon välein, ja hyvinvointialueen "
          "edustajat olivat mukana ohjausryhmässä."),
    ("b", "Miten toteutus vastasi suunnitelmaa, ja mitä ongelmia ilmeni?"),
    ("p", "Toteutus eteni pääosin suunnitellusti. TE-palvelujen siirto työllisyysalueelle 1.1.2025 hidasti "
          "asiakasohjausta alkuvuonna 2025, ja yksi valmentaja vaihtui kesällä 2024. Kustannukset toteutuivat 94-prosenttisesti "
          "hyväksytystä budjetista."),
    ("h1", "4 Tulokset ja vaikuttavuus"),
    ("h2", "4.1 Yksilövalmennus"),
    ("p", "IPS-valmennukseen osallistui hankeaikana 134 osatyökykyistä (tavoite 120). Kuuden kuukauden seurannassa "
          "38 % heistä oli avoimilla työmarkkinoilla tai tutkintoon johtavassa koulutuksessa (tavoite 35 %). "
          "Mallinmukaisuuden fidelity-arvio nousi hankkeen aikana tasolta ”kohtalainen” tasolle ”hyvä”."),
    ("h2", "4.2 Työnantajat"),
    ("p", "Työnantajakoordinaattori tapasi 52 työnantajaa (tavoite 40), ja uusia työkokeilu- tai työpaikkoja syntyi 29 "
          "(tavoite 25). Työnantajatilaisuuksia järjestettiin kaksi joka vuosi, yhteensä kuusi."),
    ("h2", "4.3 Kokemusasiantuntijat"),
    ("p", "Kokemusasiantuntijaryhmässä oli kahdeksan jäsentä. Ryhmä kokoontui kuusi kertaa vuosina 2024 ja 2025; "
          "vuonna 2023 kokoontumisia ehti olla kolme, koska ryhmä koottiin vasta syksyllä. Asiakastyytyväisyys "
          "valmennukseen oli 4,3/5 (tavoite vähintään 4,0)."),
    ("table", [
        ["Mittari", "Tavoitetaso", "Toteuma"],
        ["Valmennettavat hankeaikana", "vähintään 120", "134"],
        ["Työssä tai tutkintokoulutuksessa 6 kk:n kuluttua", "35 %", "38 %"],
        ["Tavatut työnantajat", "40", "52"],
        ["Uudet työkokeilu- tai työpaikat", "25", "29"],
        ["Työnantajatilaisuudet", "2 / vuosi", "2 / vuosi (yhteensä 6)"],
        ["Kokemusasiantuntijaryhmä", "8 henkeä, 6 kokoontumista / vuosi", "8 henkeä; 3 (2023), 6 (2024), 6 (2025)"],
        ["Asiakastyytyväisyys valmennukseen", "vähintään 4,0/5", "4,3/5"],
    ]),
    ("p", "Tuloksia arvioitiin hanketiimin puolivuotisilla itsearvioinneilla ja Kajaanin ammattikorkeakoulun "
          "ulkoisella väli- ja loppuarvioinnilla. Ulkoisen arvioinnin mukaan valmennuksen vahvuus oli nopea "
          "siirtyminen työpaikoille ilman pitkää valmistavaa vaihetta."),
    ("b", "Millaisia pysyviä toimintatapoja syntyi?"),
    ("p", "IPS-yksilövalmennus jatkuu Kainuun työllisyysalueen pysyvänä palveluna Kajaanin kaupungin "
          "työllisyyspalvelujen päällikön vastuulla; kolmen valmentajan vakanssit hyväksyttiin vuoden 2026 talousarviossa. "
          "Kokemusasiantuntijaryhmä siirtyi Kainuun hyvinvointialueen osallisuusyksikköön."),
    ("h1", "5 Kehitysajatukset"),
    ("p", "Valmennusta halutaan laajentaa nuoriin osatyökykyisiin yhdessä Ohjaamon kanssa. Työnantajatyössä "
          "kannattaa jatkossa panostaa pienyrityksiin, joilla ei ole omaa henkilöstöhallintoa."),
    ("h1", "6 Suositukset muille hankkeille"),
    ("p", "Sitouttakaa vastaanottava organisaatio jo hakuvaiheessa ja kirjatkaa vastuut nimellä. IPS-mallissa "
          "kannattaa käyttää fidelity-arviota alusta asti, koska se ohjaa valmentajien työtä käytännössä."),
    ("h1", "7 Tiivistelmä"),
    ("p", "Työpolku-hankkeessa Kajaanin kaupungin työllisyyspalvelut ja Kainuun hyvinvointialue kehittivät "
          "osatyökykyisten polkua työhön. IPS-valmennukseen osallistui 134 henkilöä, joista 38 % oli kuuden kuukauden "
          "kuluttua työssä tai tutkintokoulutuksessa. Työnantajia tavattiin 52, ja uusia työkokeilu- tai työpaikkoja "
          "syntyi 29. Kahdeksanhenkinen kokemusasiantuntijaryhmä osallistui kehittämiseen, ja asiakkaiden tyytyväisyys "
          "valmennukseen oli 4,3/5. Valmennus jatkuu työllisyysalueen pysyvänä palveluna."),
    ("h1", "8 Yhteystiedot"),
    ("p", "Yhteyshenkilö: projektipäällikkö Tuomas Heikkinen, Kajaanin kaupunki, työllisyyspalvelut, puh. 044 710 0388, "
          "tuomas.heikkinen@kajaani.example.fi. Työllisyyspalvelujen päällikkö Riikka Karppinen."),
], []))

HANKE["tyopolku"] = [
    {"rule": "hanke.tavoite-raportoimatta", "count": 1, "huom": "suunnitelman tavoite yhteisestä, nopeammasta "
     "työkyvyn arvioinnin prosessista (työllisyyspalvelut + hyvinvointialue): loppuraportti ei käsittele sitä"},
    {"rule": "hanke.mittari-raportoimatta", "count": 3, "huom": "saman tavoitteen mittarit: jonotusaika 90 → 45 vrk, "
     "80 koulutettua ammattilaista, prosessikuvauksen hyväksyntä hyvinvointialueen johtoryhmässä 6/2025"},
]

# =====================================================================================
if __name__ == "__main__":
    for projekti, tyyppi, ext, title, blocks, findings in DOCS:
        write_doc(projekti, tyyppi, ext, title, blocks, findings)
        print(f"{projekti}/{tyyppi}.{ext}")
    for projekti, findings in HANKE.items():
        write_hanke(projekti, findings)
        print(f"{projekti}/hanke.expected.json ({len(findings)} löydöstä)")

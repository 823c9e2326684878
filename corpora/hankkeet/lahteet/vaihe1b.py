"""Vaihe 1b: kolmen hankkeen suunnitelmat (b-nuorisoverstas, b-raittikylat, b-digiarki).
Aja: /tmp/wvh1b/bin/python vaihe1b.py  (python-docx + lxml)."""
import copy, json, pathlib
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

ROOT = pathlib.Path(__file__).resolve().parent.parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def run_el(text, tag="w:t"):
    r = etree.SubElement(etree.Element(qn("w:dummy")), qn("w:r"))
    t = etree.SubElement(r, qn(tag))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def add_tracked(par, before, deleted, inserted, after, author="Mirja K.", date="2026-03-02T10:15:00Z"):
    """Kappale, jossa on Wordin muutosmerkintä: poisto (w:del) ja lisäys (w:ins)."""
    p = par._p
    p.append(run_el(before))
    d = etree.SubElement(p, qn("w:del"))
    d.set(qn("w:id"), "1"); d.set(qn("w:author"), author); d.set(qn("w:date"), date)
    d.append(run_el(deleted, "w:delText"))
    i = etree.SubElement(p, qn("w:ins"))
    i.set(qn("w:id"), "2"); i.set(qn("w:author"), author); i.set(qn("w:date"), date)
    i.append(run_el(inserted))
    p.append(run_el(after))


def add_sdt_par(doc, label, value, tag):
    """Lomakekenttä: label-teksti + sisältöohjausobjekti (w:sdt) kappaleen sisällä."""
    par = doc.add_paragraph()
    r = par.add_run(label); r.bold = True
    sdt = etree.SubElement(par._p, qn("w:sdt"))
    pr = etree.SubElement(sdt, qn("w:sdtPr"))
    a = etree.SubElement(pr, qn("w:alias")); a.set(qn("w:val"), label.strip(" :*"))
    t = etree.SubElement(pr, qn("w:tag")); t.set(qn("w:val"), tag)
    etree.SubElement(pr, qn("w:text"))
    content = etree.SubElement(sdt, qn("w:sdtContent"))
    content.append(run_el(value))
    return par


def table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    return t


def bold_line(doc, text):
    p = doc.add_paragraph(); p.add_run(text).bold = True; return p


def write_expected(path, doc_type, findings):
    path.write_text(json.dumps({"doc_type": doc_type, "findings": findings}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- 1. b-nuorisoverstas (STEA, docx, 3 tavoitetta)
def nuorisoverstas():
    out = ROOT / "b-nuorisoverstas"; out.mkdir(exist_ok=True)
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Verstas-hanke – hankesuunnitelma", 0)
    doc.add_paragraph("Kuopion Seudun Nuorisotyön Tuki ry | STEA-avustuskohde C6214 | versio 0.9, 2.3.2026")
    doc.add_paragraph("Avustuksen hakija: Kuopion Seudun Nuorisotyön Tuki ry. Haettava avustus: hankeavustus (C), "
                      "kolmivuotinen. Yhteyshenkilö: toiminnanjohtaja Teemu Rissanen.")

    doc.add_heading("1. Miksi Verstas tarvitaan?", 1)
    doc.add_paragraph("Kuopion seudulla oli vuoden 2024 lopussa noin 1 150 alle 25-vuotiasta nuorta, jotka eivät olleet "
                      "työssä, opiskelemassa eivätkä koulutuksessa (Tilastokeskus 2024). Etsivän nuorisotyön tavoittamista "
                      "nuorista 38 % kertoi vuonna 2025, ettei heillä ole yhtään paikkaa, jossa käydä säännöllisesti viikon aikana. "
                      "Nuorten omissa kyselyissä (Nuorisobarometri 2023, alueen kouluterveyskysely 2025) yksinäisyys ja "
                      "päivärytmin puuttuminen nousevat esiin yhä useammin.")
    doc.add_paragraph("Yhdistyksemme on pyörittänyt vuodesta 2019 avointa korjaamo- ja puutyötilaa, jossa kävi vuonna 2025 "
                      "keskimäärin 14 nuorta viikossa. Kävijät ovat toivoneet ohjattua, tavoitteellista tekemistä ja apua "
                      "seuraavaan askeleeseen, johon nykyiset resurssit eivät riitä.")

    doc.add_heading("2. Tavoitteet", 1)
    doc.add_paragraph("Hankkeen päämääränä on, että työn ja koulutuksen ulkopuolella olevat kuopiolaisnuoret löytävät "
                      "arkeensa rytmin ja yhteisön sekä uskaltavat ottaa askeleen kohti opintoja tai työtä. "
                      "Osatavoitteet, toimenpiteet ja mittarit ovat alla olevassa taulukossa.")
    table(doc, [
        ["Tavoite", "Toimenpiteet", "Mittari ja tavoitearvo"],
        ["1. Nuorilla on säännöllinen, turvallinen paikka tehdä ja oppia käsillä",
         "Ohjatut verstasryhmät (puu, pienkonekorjaus, polkupyörät) 4 iltapäivää viikossa; vertaisohjaajien koulutus",
         "Ryhmiin osallistuu vähintään 60 eri nuorta vuodessa; keskimäärin 25 käyntiä viikossa vuoteen 2028 mennessä"],
        ["2. Nuorten arjenhallinta ja luottamus omiin kykyihin vahvistuvat",
         "Henkilökohtaiset tavoitekeskustelut ohjaajan kanssa 3 kk välein; arjen taitojen työpajat (ruoka, raha, uni)",
         "Vähintään 70 % osallistujista kokee arjenhallintansa parantuneen (Arjen mittari alku- ja loppumittaus)"],
        ["3. Nuoret siirtyvät verstaalta opintoihin, työkokeiluun tai työhön",
         "Yhteistyö Sakky:n ja TE-palveluiden kanssa; tutustumiskäynnit; 'Verstaalta eteenpäin' -polku",
         "Vähintään 30 nuorta hankkeen aikana siirtyy opintoihin, työkokeiluun tai työhön"],
    ])

    doc.add_heading("3. Kenelle hanke on?", 1)
    doc.add_paragraph("Ensisijainen kohderyhmä ovat 16–29-vuotiaat nuoret, jotka ovat työn ja koulutuksen ulkopuolella tai "
                      "vaarassa pudota sieltä: keskeyttäneet, pitkään kotona olleet ja ne, joille ryhmämuotoinen toiminta "
                      "on ollut liian raskasta. Välillisesti hankkeesta hyötyvät nuorten perheet sekä etsivä nuorisotyö "
                      "ja oppilaitosten opinto-ohjaajat, jotka saavat ohjauspaikan nuorille.")

    doc.add_heading("4. Toteutus", 1)
    doc.add_paragraph("Verstas on avoinna maanantaista torstaihin klo 12–17. Kaksi hanketyöntekijää (nuoriso-ohjaaja ja "
                      "puuseppä-ohjaaja) vetävät ryhmiä ja käyvät nuorten kanssa tavoitekeskustelut. Nuoria tulee "
                      "etsivän nuorisotyön, koulujen ja sosiaalitoimen ohjaamana, mutta ovelta saa tulla myös suoraan.")
    p = doc.add_paragraph()
    add_tracked(p, "Vertaisohjaajia koulutetaan ", "kerran vuodessa", "kaksi kertaa vuodessa (kevät ja syksy)",
                ", ja koulutetut vertaisohjaajat saavat pienen palkkion ohjausvuoroista.")
    doc.add_paragraph("Verstaalta eteenpäin -polussa nuori tutustuu yhdessä ohjaajan kanssa ammattiopisto Sakkyn "
                      "puu- ja kone-aloihin, työkokeilupaikkoihin ja kaupungin kesätyöpaikkoihin.")

    bold_line(doc, "Aikataulu")
    doc.add_paragraph("Hankeaika 1.1.2027–31.12.2029.")
    table(doc, [
        ["Ajankohta", "Mitä tehdään"],
        ["Q1/2027", "Rekrytoinnit, tilojen varustelu, ohjausryhmän aloitus, yhteistyösopimukset Sakkyn ja etsivän nuorisotyön kanssa"],
        ["Q2/2027", "Verstasryhmät käyntiin, ensimmäiset alkumittaukset"],
        ["syksy 2027 – 2028", "Vakiintunut toiminta, vertaisohjaajakoulutukset, Verstaalta eteenpäin -polku"],
        ["2029", "Toimintamallin kuvaus, juurrutusneuvottelut, loppuarviointi ja -raportti"],
    ])

    doc.add_heading("5. Talous", 1)
    doc.add_paragraph("Kokonaiskustannukset kolmelle vuodelle ovat 412 000 euroa, josta STEA-avustusta haetaan 391 400 euroa "
                      "ja omarahoitus (talkootyö, tilat) on 20 600 euroa.")
    table(doc, [
        ["Menolaji", "2027", "2028", "2029"],
        ["Henkilöstö (2 htv)", "98 000", "100 000", "102 000"],
        ["Tilat ja materiaalit", "21 000", "18 000", "17 000"],
        ["Vertaisohjaajien palkkiot", "4 000", "6 000", "6 000"],
        ["Arviointi ja juurrutus", "5 000", "8 000", "27 000"],
    ])

    doc.add_heading("6. Seuranta ja arviointi", 1)
    doc.add_paragraph("Kävijämäärät kirjataan viikoittain. Arjen mittari tehdään nuoren kanssa aloitettaessa ja "
                      "puolen vuoden välein. Siirtymät opintoihin ja työhön kirjataan nuoren luvalla. Nuorilta kerätään "
                      "palautetta kaksi kertaa vuodessa, ja ulkopuolisena arvioijana toimii Itä-Suomen yliopiston "
                      "sosiaalityön opiskelijaryhmä ohjaajansa kanssa vuonna 2029. Erillinen arviointisuunnitelma "
                      "laaditaan ensimmäisen puolen vuoden aikana.")

    doc.add_heading("7. Mitä hankkeesta jää?", 1)
    doc.add_paragraph("Tuloksena syntyy kuvattu Verstas-toimintamalli ohjaajan käsikirjoineen, koulutettujen vertaisohjaajien "
                      "joukko ja toimiva ohjausketju etsivästä nuorisotyöstä verstaalle ja sieltä opintoihin. Vaikutuksena "
                      "nuorten yksinäisyys vähenee ja siirtymät koulutukseen nopeutuvat.")

    doc.add_heading("8. Juurruttaminen ja jatkuvuus", 1)
    doc.add_paragraph("Juurruttamista on mietitty jo hakuvaiheessa: Kuopion kaupungin nuorisopalvelut on ollut mukana "
                      "suunnittelussa ja nimeää edustajansa ohjausryhmään heti hankkeen alussa. Toiminnasta viestitään "
                      "koko hankkeen ajan yhdistyksen verkkosivuilla, Instagramissa ja nuorisotyön alueellisissa "
                      "verkostoissa, ja toimintamalli kuvataan Innokylään vuonna 2029.")
    doc.add_paragraph("Mallia kokeillaan vuonna 2028 myös Siilinjärvellä kevyempänä, kerran viikossa toimivana versiona "
                      "(variointi). Tavoitteena on, että verstas kirjataan osaksi kaupungin nuorisotyön palveluvalikkoa ja "
                      "nuorisolain mukaista ohjausta. Hankkeen jälkeen verstaan ylläpidosta vastaa Kuopion Seudun "
                      "Nuorisotyön Tuki ry, ja Kuopion kaupungin nuorisopalvelut on sitoutunut neuvottelemaan "
                      "ohjaajan palkkakuluista kaupungin talousarvioon vuodesta 2030 alkaen. Vertaisohjaajakoulutuksen "
                      "jatkamisesta vastaa yhdistyksen toiminnanjohtaja. Juurruttamiseen on varattu 10 % nuoriso-ohjaajan "
                      "työajasta vuonna 2029 ja budjetista 27 000 euroa.")

    doc.add_heading("9. Organisointi", 1)
    doc.add_paragraph("Hankkeen hallinnoija on Kuopion Seudun Nuorisotyön Tuki ry. Ohjausryhmässä ovat kaupungin "
                      "nuorisopalvelut, etsivä nuorisotyö, Sakky, TE-palvelut ja kaksi nuorten edustajaa.")
    bold_line(doc, "Riskit")
    doc.add_paragraph("Suurin riski on, etteivät kaikkein syrjäytyneimmät nuoret löydä verstaalle. Tähän varaudutaan "
                      "tiiviillä yhteistyöllä etsivän nuorisotyön kanssa ja sillä, että ensikäynnille voi tulla kaverin "
                      "kanssa. Henkilöstön vaihtuvuuteen varaudutaan käsikirjalla ja työparimallilla.")
    doc.save(out / "suunnitelma.docx")
    write_expected(out / "suunnitelma.expected.json", "hankesuunnitelma", [])


# ---------------------------------------------------------------- 2. b-raittikylat (Leader, md, 2 tavoitetta)
RAITTI_MD = """# Raittikylät elävät – kehittämishankkeen hankesuunnitelma

Leader Pohjoisin Karjala ry / hakija: Kontiolahden Kyläyhdistysten Liitto ry
Päivitetty 14.1.2026, luonnos 3

**Hankkeen nimi:** Raittikylät elävät
**Toteutusaika*:** 1.4.2026–30.9.2027
**Yhteyshenkilö*:** kyläasiamies Pirkko Hyvönen

## Lähtötilanne

Kontiolahden ja Polvijärven kahdeksassa raittikylässä asui vuoden 2025 alussa yhteensä 2 340 asukasta, joista yli 65-vuotiaita oli 41 %. Kylätaloista viisi on auki enää satunnaisesti, ja kahdessa kylässä ei ole ollut yhtään yhteistä tapahtumaa vuoden 2024 jälkeen. Kyläkyselyssä (syksy 2025, 212 vastaajaa) tärkeimmiksi toiveiksi nousivat kohtaamispaikka, kyyti- ja asiointiapu sekä se, että kylätalot pysyisivät käytössä.

## Mitä haluamme saada aikaan

Haluamme, että kylätalot ovat taas kyläläisten arkinen kohtaamispaikka. Tavoitteenamme on avata kylätalot säännölliselle kylätupatoiminnalle: jokaisessa kahdeksassa kylässä kylätupa on auki vähintään kerran viikossa, ja tuvilla on yhteensä vähintään 4 000 käyntiä hankkeen aikana. Tähän pääsemme kouluttamalla kyläemäntiä ja -isäntiä vetämään tupia, hankkimalla kahvitus- ja etäyhteysvälineet ja laatimalla tuville yhteisen vuorokalenterin.

Toinen tavoitteemme on, että kylien vapaaehtoisten joukko kasvaa ja nuorenee. Mittarina on vapaaehtoisten määrä: lähtötasosta 35 henkilöä tavoitteena 70 hankkeen lopussa, joista vähintään 15 alle 40-vuotiaita. Keinoina ovat talkoopäivät, kylien yhteinen vapaaehtoisrekisteri ja perehdytysillat uusille vapaaehtoisille.

## Kohderyhmä

Kylien asukkaat, erityisesti yksin asuvat ikäihmiset ja lapsiperheet, sekä kyläyhdistysten aktiivit. Välillisesti hyötyvät kunnan ikäihmisten palvelut ja paikalliset yritykset, joiden palveluja tuvilla esitellään.

## Toimenpiteet ja aikataulu

| Aika | Toimenpide |
| --- | --- |
| kevät 2026 | Kyläkierros, tupavastaavien rekrytointi, välinehankinnat |
| kesä–syksy 2026 | Tupavastaavien koulutus (3 iltaa), tuvat auki, ensimmäiset talkoopäivät |
| 2027 | Vapaaehtoisrekisteri käyttöön, perehdytysillat, kylien yhteinen sadonkorjuujuhla syyskuussa 2027 |

Hanketta vetää osa-aikainen kyläasiamies (60 %), ja jokaisessa kylässä on oma tupavastaava.

## Budjetti

Kokonaiskustannukset 78 500 €: palkat 52 000 €, välineet 11 500 €, koulutus ja matkat 9 000 €, viestintä 6 000 €. Julkinen tuki 80 %, yksityinen rahoitus 20 % (talkootyö 9 000 € ja kyläyhdistysten rahaosuudet 6 700 €).

## Seuranta ja mittarit

Tupavastaavat kirjaavat käynnit vihkoon ja siitä kuukausittain yhteiseen taulukkoon. Vapaaehtoisrekisteristä saadaan vapaaehtoisten määrä ja ikä. Kyläläisille tehdään lyhyt palautekysely tuvilla syksyllä 2026 ja kesällä 2027.

## Tulokset

Hankkeen tuloksena kahdeksassa kylässä on toimiva, säännöllisesti auki oleva kylätupa, tupavastaavien verkosto ja kylien yhteinen vapaaehtoisrekisteri. Pidemmällä aikavälillä yksinäisyys vähenee ja kylien elinvoima vahvistuu.

## Jatkuvuus hankkeen jälkeen

Jatkoa on suunniteltu hakuvaiheesta asti: kyläyhdistykset ovat jo hakuvaiheessa sitoutuneet pitämään tupansa auki myös hankkeen jälkeen. Hankkeesta kerrotaan Kontiolahden ja Polvijärven kuntatiedotteissa, paikallislehti Karjalaisessa, Leader-ryhmän verkkosivuilla ja Facebookissa sekä kyläiltojen kautta. Kahdessa kylässä kokeillaan vuonna 2027 tuvan yhdistämistä kirjaston lainausautopysäkkiin, ja onnistuneet tavat otetaan muihinkin kyliin. Tavoitteena on, että kylätupatoiminta kirjataan kuntien hyvinvointisuunnitelmiin osaksi ikäihmisten ennaltaehkäisevää toimintaa.

Hankkeen jälkeen:
- kylätupien vuorokalenterista ja tupavastaavien verkostosta vastaa Kontiolahden Kyläyhdistysten Liitto ry
- vapaaehtoisrekisterin ylläpito siirtyy Polvijärven kunnan vapaa-aikatoimelle, joka on luvannut ottaa sen osaksi omaa vapaaehtoistoiminnan koordinointiaan

Siirron valmisteluun on varattu kyläasiamiehen työaikaa kesä–syyskuulle 2027 noin 20 %.

## Hallinnointi ja yhteistyö

Hallinnoija on Kontiolahden Kyläyhdistysten Liitto ry. Ohjausryhmässä on edustaja kustakin kylästä, molemmista kunnista ja Leader-ryhmästä.
"""


def raittikylat():
    out = ROOT / "b-raittikylat"; out.mkdir(exist_ok=True)
    (out / "suunnitelma.md").write_text(RAITTI_MD, encoding="utf-8")
    # Yksi aito puute: riskejä ei käsitellä lainkaan (suositeltu osio).
    write_expected(out / "suunnitelma.expected.json", "hankesuunnitelma",
                   [{"rule": "rakenne.osio-puuttuu", "target": "riskit"}])


# ---------------------------------------------------------------- 3. b-digiarki (ESR+, docx + w:sdt, 4 tavoitetta)
def digiarki():
    out = ROOT / "b-digiarki"; out.mkdir(exist_ok=True)
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(11)
    bold_line(doc, "HANKESUUNNITELMA – Uudistuva ja osaava Suomi 2021–2027 (ESR+)")
    doc.add_heading("DigiArki – työikäisten digitaidot työelämään", 0)
    add_sdt_par(doc, "Hankekoodi*: ", "EURA S31408", "hankekoodi")
    add_sdt_par(doc, "Toteuttaja*: ", "Satakunnan ammattikorkeakoulu Oy (päätoteuttaja) ja Porin aikuiskoulutuskeskus", "toteuttaja")
    add_sdt_par(doc, "Toteutusaika*: ", "1.9.2026–31.8.2028", "toteutusaika")
    doc.add_paragraph("Versio 1.2 / 20.2.2026, hankeryhmän tarkistama")

    doc.add_heading("1 Tausta ja tarve", 1)
    doc.add_paragraph("Satakunnassa oli vuoden 2025 lopussa noin 9 800 työtöntä työnhakijaa, joista yli 50-vuotiaita oli "
                      "lähes 40 %. Digi- ja väestötietoviraston kyselyn (2024) mukaan noin joka viides työikäinen tarvitsee "
                      "apua sähköisissä palveluissa, ja TE-toimiston asiakaskyselyssä (2025) 27 % vastaajista kertoi jättäneensä "
                      "työpaikkahakemuksen tekemättä, koska sähköinen hakujärjestelmä tuntui ylivoimaiselta.")
    doc.add_paragraph("Samaan aikaan alueen pk-yritykset ottavat käyttöön sähköisiä työvuorolistoja, mobiilikirjauksia ja "
                      "verkkokoulutuksia. Työnantajat ovat kertoneet työllisyyspalveluille, että puutteelliset perusdigitaidot "
                      "ovat yhä useammin rekrytoinnin este.")

    doc.add_heading("2 Tavoitteet, toimenpiteet ja mittarit", 1)
    doc.add_paragraph("Hankkeen päätavoite on parantaa heikossa työmarkka-asemassa olevien satakuntalaisten työllistymisen "
                      "edellytyksiä vahvistamalla heidän digitaalisia perustaitojaan ja työnantajien valmiuksia tukea niitä.")
    table(doc, [
        ["Tavoite", "Toimenpiteet", "Mittari (tavoitetaso)"],
        ["T1 Osallistujien digitaaliset perustaidot vahvistuvat",
         "DigiArki-pienryhmävalmennus (10 krt), henkilökohtainen digituki kirjastoissa",
         "300 osallistujaa; vähintään 75 % suorittaa valmennuksen; taitotestin keskiarvo nousee vähintään 20 %"],
        ["T2 Osallistujat etenevät työhön, koulutukseen tai muuhun aktiivitoimenpiteeseen",
         "Työnhaun digipajat, työnantajavierailut, ohjaus työllisyyspalveluihin",
         "Vähintään 35 % osallistujista on työssä, koulutuksessa tai palvelussa 3 kk valmennuksen jälkeen"],
        ["T3 Työnantajat osaavat perehdyttää työntekijöitä digitaalisiin työvälineisiin",
         "Työnantajatyöpajat ja perehdytysopas pk-yrityksille",
         "25 yritystä osallistuu työpajoihin; opas julkaistaan; tyytyväisyys vähintään 4/5"],
        ["T4 Digituki on osa työllisyyspalveluiden pysyvää palvelupolkua",
         "Ohjausmallin yhteiskehittäminen Porin ja Rauman työllisyyspalveluiden kanssa, henkilöstön koulutus",
         "Ohjausmalli kuvattu ja hyväksytty; 40 työllisyyspalveluiden työntekijää koulutettu"],
    ])

    doc.add_heading("3 Kohderyhmä", 1)
    doc.add_paragraph("Välitön kohderyhmä: Porin ja Rauman seudun työttömät ja lomautetut työnhakijat sekä osatyökykyiset, "
                      "joiden digitaidot ovat heikot, erityisesti yli 50-vuotiaat ja maahan muuttaneet. Välillinen "
                      "kohderyhmä: alueen pk-yritykset ja työllisyyspalveluiden henkilöstö.")

    doc.add_heading("4 Toteutus ja työpaketit", 1)
    doc.add_paragraph("TP1 Valmennukset (T1, T2): pienryhmät kokoontuvat kirjastoissa ja aikuiskoulutuskeskuksessa. "
                      "Valmennus etenee sähköpostista ja pankkitunnuksista työpaikkailmoituksiin, Työmarkkinatorille ja "
                      "mobiilikirjauksiin. Vastuu: Porin aikuiskoulutuskeskus.")
    doc.add_paragraph("TP2 Työnantajayhteistyö (T3): työpajat yritysten esihenkilöille, perehdytysopas keväällä 2028. "
                      "Vastuu: SAMK.")
    doc.add_paragraph("TP3 Palvelupolku (T4): digituen ohjausmalli kehitetään yhdessä työllisyyspalveluiden kanssa ja "
                      "pilotoidaan syksyllä 2027. Vastuu: SAMK.")

    doc.add_heading("5 Aikataulu", 1)
    table(doc, [
        ["Vaihe", "9–12/2026", "2027", "1–8/2028"],
        ["Käynnistys, rekrytointi osallistujille", "x", "", ""],
        ["Valmennukset ja digipajat", "x", "x", "x"],
        ["Työnantajatyöpajat", "", "x", "x"],
        ["Ohjausmallin kehitys ja pilotti", "", "x", ""],
        ["Juurrutus, loppuseminaari, loppuraportti", "", "", "x"],
    ])

    doc.add_heading("6 Kustannusarvio ja rahoitus", 1)
    doc.add_paragraph("Kokonaisbudjetti 486 000 €: henkilöstökulut 371 000 € ja 24 % flat rate -osuus muista kuluista. "
                      "ESR+-tuki 80 %, kuntarahoitus (Pori, Rauma) 15 %, toteuttajien omarahoitus 5 %.")

    doc.add_heading("7 Seuranta ja arviointi", 1)
    doc.add_paragraph("Osallistujatiedot kerätään EURA-järjestelmän aloitus- ja lopetuslomakkeilla. Digitaitojen taitotesti "
                      "tehdään valmennuksen alussa ja lopussa, ja seurantakysely lähetetään kolmen kuukauden kuluttua. "
                      "Työnantajilta kerätään palaute jokaisen työpajan jälkeen. SAMK:n opiskelijat tekevät hankkeesta "
                      "ulkoisen arvioinnin opinnäytetyönä keväällä 2028. Itsearviointi tehdään ohjausryhmän kanssa "
                      "puolivuosittain.")

    doc.add_heading("8 Odotetut tulokset ja vaikutukset", 1)
    doc.add_paragraph("Tuotoksina syntyvät DigiArki-valmennusmalli, perehdytysopas työnantajille ja työllisyyspalveluiden "
                      "digituen ohjausmalli. Pitkän aikavälin vaikutuksena työllistymisen digitaaliset esteet vähenevät.")

    doc.add_heading("9 Tulosten juurruttaminen ja levittäminen", 1)
    doc.add_paragraph("Juurruttaminen alkaa jo hakuvaiheessa: Porin ja Rauman työllisyyspalvelut ovat osallistuneet "
                      "hankkeen suunnitteluun ja kirjoittaneet aiesopimuksen. Hankkeesta viestitään SAMK:n verkkosivuilla, "
                      "LinkedInissä ja työllisyyspalveluiden asiakastiedotteissa; loppuseminaari pidetään kesäkuussa 2028 "
                      "ja valmennusmalli julkaistaan SAMK:n julkaisusarjassa.")
    doc.add_paragraph("Valmennuksesta kehitetään hankkeen aikana lyhyempi verkkoversio maahan muuttaneille (variointi), ja "
                      "ohjausmalli viedään osaksi työllisyyspalveluiden palvelutarjotinta ja asiakasohjauksen prosessia. "
                      "Hankkeen jälkeen digituen ohjausmallin omistaa Porin kaupungin työllisyyspalvelut, jonka "
                      "työllisyyspalvelupäällikkö vastaa mallin ylläpidosta; valmennusmallin jatkamisesta "
                      "vastaa Porin aikuiskoulutuskeskus osana omaa koulutustarjontaansa. Perehdytysopas jää "
                      "SAMK:n verkkosivuille vapaasti käytettäväksi. Juurrutukseen on varattu projektipäällikön työaikaa "
                      "noin 25 % vuonna 2028.")

    doc.add_heading("10 Hallinnointi ja riskit", 1)
    doc.add_paragraph("Päätoteuttaja SAMK vastaa hallinnoinnista ja raportoinnista rahoittavalle viranomaiselle (ELY-keskus). "
                      "Ohjausryhmässä ovat työllisyyspalvelut, TE-toimisto, Satakunnan Yrittäjät ja osallistujien edustaja.")
    doc.add_paragraph("Riski: osallistujien rekrytointi jää vajaaksi. Hallintakeino: ohjaus suoraan työllisyyspalveluiden "
                      "asiakasvastaavilta ja valmennus myös iltaisin.")
    doc.save(out / "suunnitelma.docx")
    write_expected(out / "suunnitelma.expected.json", "hankesuunnitelma", [])


if __name__ == "__main__":
    nuorisoverstas(); raittikylat(); digiarki()
    print("valmis")

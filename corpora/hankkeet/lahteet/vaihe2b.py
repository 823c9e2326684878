# -*- coding: utf-8 -*-
"""Vaihe 2b: b-hankkeiden arviointi-, exit- ja loppuraportit (kirjoitettu sokkona, suunnitelmia lukematta)."""
import json
import os
import shutil
import subprocess

from docx import Document
from docx.shared import Pt

ROOT = "/work/main/corpora/hankkeet"
LAHTEET = os.path.join(ROOT, "lahteet")


def doc():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    return d


def H(d, t, lvl=1):
    d.add_heading(t, level=lvl)


def B(d, t):
    p = d.add_paragraph()
    p.add_run(t).bold = True


def P(d, t):
    d.add_paragraph(t)


def F(d, label, value):
    """Lomakekenttä: lihavoitu otsake ja arvo samalla rivillä."""
    p = d.add_paragraph()
    p.add_run(label + " ").bold = True
    p.add_run(value)


def L(d, items, numbered=False):
    for it in items:
        d.add_paragraph(it, style="List Number" if numbered else "List Bullet")


def T(d, header, rows):
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v


def save(d, proj, name):
    path = os.path.join(ROOT, proj, name)
    d.save(path)
    return path


def expected(path, doc_type, findings=None):
    base = os.path.splitext(path)[0]
    with open(base + ".expected.json", "w", encoding="utf-8") as f:
        json.dump({"doc_type": doc_type, "findings": findings or []}, f, ensure_ascii=False, indent=2)
        f.write("\n")


def hanke_expected(proj, findings):
    with open(os.path.join(ROOT, proj, "hanke.expected.json"), "w", encoding="utf-8") as f:
        json.dump({"findings": findings}, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------------------
# b-digiarki
# ---------------------------------------------------------------------------

def digiarki_arviointi():
    d = doc()
    d.add_heading("DigiArki – työikäisten digitaidot työelämään: arviointisuunnitelma", 0)
    P(d, "EURA-tunnus S31408 · Satakunnan ammattikorkeakoulu Oy (SAMK) ja Porin aikuiskoulutuskeskus · "
         "Versio 1.0, päivätty 30.9.2026")
    H(d, "1 Tausta, tavoitteet ja kohderyhmä")
    P(d, "DigiArki on ESR+-rahoitteinen hanke (Uudistuva ja osaava Suomi 2021–2027), jonka toteutusaika on "
         "1.9.2026–31.8.2028. Hanke vahvistaa satakuntalaisten työttömien ja heikossa työmarkkina-asemassa "
         "olevien aikuisten perusdigitaitoja. Kohderyhmänä ovat erityisesti yli 50-vuotiaat, maahanmuuttajat ja "
         "osatyökykyiset Porissa ja Raumalla sekä työllisyyspalvelujen henkilöstö.")
    P(d, "Arviointisuunnitelma kertoo, miten hankkeen etenemistä ja tuloksia seurataan. Arvioinnin kohteena "
         "ovat alla olevan taulukon kolme tavoitetta. Taulukko on hankkeen oma kartta tavoitteesta "
         "toimenpiteisiin ja arviointiin.")
    T(d, ["Tavoite", "Keskeiset toimenpiteet", "Arviointikriteeri / mittari", "Tiedonkeruu ja ajankohta"], [
        ["1. Osallistujien digitaalinen perusosaaminen vahvistuu",
         "Pienryhmävalmennukset (8 viikkoa), henkilökohtainen digituki, verkkoasioinnin harjoitukset",
         "Valmennukseen osallistuu 300 henkilöä; vähintään 75 % suorittaa sen loppuun; taitotestin "
         "keskiarvo nousee vähintään 20 %",
         "Taitotesti valmennuksen alussa ja lopussa; osallistujarekisteri kuukausittain; palautekysely "
         "jokaisen ryhmän lopussa"],
        ["2. Valmennuksen jälkeen osallistuja siirtyy työhön, koulutukseen tai muuhun aktiiviseen palveluun",
         "Työnhakupajat, yksilöllinen jatkopolun suunnittelu yhdessä työllisyyspalvelujen kanssa",
         "Vähintään 35 % on työssä, koulutuksessa tai palvelussa kolmen kuukauden kuluttua valmennuksesta",
         "Seurantasoitto tai -viesti 3 kk valmennuksen jälkeen; työllisyyspalvelujen asiakastieto "
         "(luvalla) puolivuosittain"],
        ["3. Digituesta tulee pysyvä osa työllisyyspalvelujen asiakaspolkua",
         "Ohjausmallin kuvaaminen ja pilotointi, henkilöstön koulutukset, käsittely työllisyyspalvelujen "
         "johtoryhmässä",
         "Ohjausmalli on kuvattu ja hyväksytty; 40 työllisyyspalvelujen työntekijää koulutettu",
         "Koulutusten osallistujalistat ja palaute; johtoryhmän päätös; henkilöstön ryhmähaastattelu "
         "keväällä 2028"],
    ])
    H(d, "2 Arvioinnin menetelmät ja tiedonkeruu")
    P(d, "Arviointi on kaksitasoista. Itsearvioinnista vastaa hanketiimi: tiimi käy seurantatiedot läpi "
         "kuukausittain ja pitää puolivuosittain itsearviointityöpajan, jossa verrataan toteutumaa "
         "tavoitteisiin. Ulkoisen arvioinnin tekee SAMKin hankkeesta erillinen tutkimusryhmä, joka laatii "
         "väliarvioinnin syksyllä 2027 ja loppuarvioinnin kesällä 2028.")
    P(d, "Kohderyhmän ääni kuuluu arvioinnissa monella tavalla: osallistujat vastaavat palautekyselyyn "
         "jokaisen valmennusryhmän päätteeksi, ja keväällä 2027 sekä keväällä 2028 järjestetään "
         "osallistujien ryhmähaastattelut (myös selkokielellä ja tulkin avulla). Työllisyyspalvelujen "
         "henkilöstöä haastatellaan ohjausmallin toimivuudesta.")
    B(d, "Arvioinnin aikataulu")
    T(d, ["Ajankohta", "Arviointitehtävä"], [
        ["syyskuu–lokakuu 2026", "Lähtötason kuvaus, taitotestin ja lomakkeiden valmistelu"],
        ["koko hankkeen ajan", "Osallistujaseuranta, taitotestit ja palautekyselyt ryhmittäin"],
        ["kevät 2027", "Ensimmäiset osallistujahaastattelut, itsearviointityöpaja"],
        ["syksy 2027", "Ulkoinen väliarviointi"],
        ["kevät–kesä 2028", "Henkilöstön ryhmähaastattelu, ulkoinen loppuarviointi"],
    ])
    H(d, "3 Juurruttamisen arviointi")
    P(d, "Juurruttaminen alkaa jo hankkeen alussa: Porin työllisyyspalvelut on ollut mukana jo "
         "hakuvaiheessa, ja ohjausmallin luonnosta testataan asiakastyössä syksystä 2026 lähtien. "
         "Arvioinnissa seurataan, miten digituki kirjautuu asiakaspolkuun ja miten Porin aikuiskoulutuskeskus "
         "ottaa valmennusmallin osaksi omaa koulutustarjontaansa. Työllisyyspalvelupäällikkö osallistuu "
         "ohjausryhmään ja arviointityöpajoihin.")
    H(d, "4 Miten arviointitietoa käytetään?")
    P(d, "Arviointitieto käsitellään ohjausryhmässä neljästi vuodessa, ja toimintaa korjataan sen perusteella "
         "jo hankkeen aikana. Väli- ja loppuarvioinnin tulokset raportoidaan rahoittajalle ELY-keskukseen "
         "EURA-maksatushakemusten yhteydessä, julkaistaan SAMKin verkkosivuilla ja esitellään hankkeen "
         "päätösseminaarissa kesällä 2028.")
    F(d, "Arvioinnin yhteyshenkilö*:", "projektipäällikkö Hanna Lehtonen, SAMK, hanna.lehtonen@samk.fi")
    return d


def digiarki_loppuraportti():
    d = doc()
    d.add_heading("LOPPURAPORTTI – DigiArki – työikäisten digitaidot työelämään", 0)
    P(d, "Raportin laatimispäivämäärä: 23.10.2028")
    H(d, "1. Taustatiedot")
    F(d, "Toteuttaja*:", "Satakunnan ammattikorkeakoulu Oy (päätoteuttaja) ja Porin aikuiskoulutuskeskus")
    F(d, "Hankkeen nimi ja tunnus*:", "DigiArki – työikäisten digitaidot työelämään, EURA S31408")
    F(d, "Rahoituspäätöksen diaarinumero*:", "Dnro VARELY/1187/2026")
    F(d, "Rahoitus:", "ESR+ (Uudistuva ja osaava Suomi 2021–2027), kuntarahoitus Pori ja Rauma; "
         "kokonaisbudjetti 486 000 €")
    H(d, "2. Hankkeen teema ja tavoitteet")
    P(d, "Hanke liittyi työikäisten digitaalisen osallisuuden ja työllistymisen teemaan Satakunnassa. "
         "Tavoitteena oli vahvistaa työttömien ja heikossa työmarkkina-asemassa olevien aikuisten "
         "perusdigitaitoja, ohjata heitä eteenpäin työhön, koulutukseen tai palveluihin, tukea työnantajia "
         "digitaalisten työvälineiden perehdytyksessä sekä tehdä digituesta pysyvä osa työllisyyspalvelujen "
         "asiakaspolkua.")
    H(d, "3. Hankkeen toteutus")
    P(d, "Hanke toteutettiin suunnitellusti 1.9.2026–31.8.2028. Valmennusryhmiä järjestettiin Porissa ja "
         "Raumalla yhteensä 38. Ryhmien lisäksi tarjottiin henkilökohtaista digitukea. Työnantajille "
         "pidettiin perehdytystyöpajoja, ja työllisyyspalvelujen henkilöstölle järjestettiin koulutuksia "
         "ohjausmallin käyttöön. Menetelminä käytettiin pienryhmäopetusta, vertaisohjausta ja "
         "selkokielisiä materiaaleja; kokemukset olivat hyviä. Ongelmana oli alussa maahanmuuttajaryhmien "
         "kielitaso, mikä ratkaistiin tulkkauksella ja selkomateriaaleilla. Kustannusarvio toteutui: "
         "kustannukset olivat 471 300 € (97 % budjetista).")
    H(d, "4. Tulokset ja vaikuttavuus")
    B(d, "Miten tavoitteet toteutuivat?")
    P(d, "Digitaidot: valmennukseen osallistui 318 henkilöä, joista 79 % suoritti sen loppuun. "
         "Taitotestin keskiarvo nousi keskimäärin 24 %. Eniten edistyttiin verkkoasioinnissa ja "
         "sähköpostin käytössä.")
    P(d, "Eteneminen työhön ja koulutukseen: jatkopolkuja suunniteltiin jokaisen valmennuksen lopuksi "
         "yhdessä työllisyyspalvelujen kanssa. Työnhakupajoja pidettiin 22, ja niissä harjoiteltiin "
         "sähköistä työnhakua, CV:n laatimista ja verkkohaastattelua. Osallistujat pitivät pajoja "
         "hyödyllisinä.")
    P(d, "Työnantajien perehdytys: työpajoihin osallistui 27 yritystä. Perehdytysopas julkaistiin "
         "SAMKin verkkosivuilla keväällä 2028, ja työpajojen palautteen keskiarvo oli 4,3 asteikolla 1–5.")
    P(d, "Digituki asiakaspolussa: ohjausmalli kuvattiin ja Porin työllisyyspalvelujen johtoryhmä hyväksyi "
         "sen toukokuussa 2028. Mallin käyttöön koulutettiin 44 työllisyyspalvelujen työntekijää.")
    T(d, ["Mittari", "Tavoite", "Toteuma"], [
        ["Valmennukseen osallistuneet", "300", "318"],
        ["Valmennuksen loppuun suorittaneet", "vähintään 75 %", "79 %"],
        ["Taitotestin keskiarvon nousu", "vähintään 20 %", "24 %"],
        ["Työpajoihin osallistuneet yritykset", "25", "27"],
        ["Perehdytysopas julkaistu", "kyllä", "kyllä (SAMKin verkkosivut)"],
        ["Työnantajien tyytyväisyys (1–5)", "vähintään 4", "4,3"],
        ["Ohjausmalli kuvattu ja hyväksytty", "kyllä", "kyllä"],
        ["Koulutetut työllisyyspalvelujen työntekijät", "40", "44"],
    ])
    P(d, "Yllättävää oli, että monet osallistujat ryhtyivät itse vertaisohjaajiksi. Toteutusta arvioitiin "
         "itsearvioinnilla sekä SAMKin tutkimusryhmän ulkoisella väli- ja loppuarvioinnilla. Pysyviä "
         "toimintatapoja ovat digituen ohjausmalli ja valmennusmalli.")
    H(d, "5. Kehitysajatukset")
    P(d, "Porin työllisyyspalvelut jatkaa ohjausmallin käyttöä, ja työllisyyspalvelupäällikkö vastaa sen "
         "ylläpidosta. Porin aikuiskoulutuskeskus tarjoaa valmennusta osana omaa koulutustarjontaansa. "
         "Perehdytysopas pysyy vapaasti saatavilla SAMKin verkkosivuilla.")
    H(d, "6. Suositukset muille")
    P(d, "Suosittelemme pieniä ryhmiä, selkokielisiä materiaaleja ja vertaisohjaajia. Hanketta "
         "suunniteltaessa kannattaa sopia pysyvän omistajan kanssa jo hakuvaiheessa, kuka vastaa mallista.")
    H(d, "7. Tiivistelmä")
    P(d, "DigiArki vahvisti 318 satakuntalaisen työikäisen perusdigitaitoja; 79 % suoritti valmennuksen "
         "ja taitotestin tulos nousi 24 %. Työnhakupajoja pidettiin 22. Perehdytystyöpajoihin osallistui "
         "27 yritystä, ja perehdytysopas julkaistiin. Digituen ohjausmalli hyväksyttiin osaksi Porin "
         "työllisyyspalvelujen asiakaspolkua, ja 44 työntekijää koulutettiin sen käyttöön.")
    H(d, "8. Yhteystiedot")
    F(d, "Yhteyshenkilö*:", "projektipäällikkö Hanna Lehtonen, Satakunnan ammattikorkeakoulu, "
         "hanna.lehtonen@samk.fi, puh. 044 710 3382")
    F(d, "Muuta materiaalia:", "perehdytysopas ja ulkoinen loppuarviointi SAMKin verkkosivuilla")
    return d


# ---------------------------------------------------------------------------
# b-nuorisoverstas
# ---------------------------------------------------------------------------

VERSTAS_ARVIOINTI_MD = """# Verstas-hanke – arviointisuunnitelma

STEA-avustuskohde C6214 · Kuopion Seudun Nuorisotyön Tuki ry · laadittu 15.2.2027

**Hankeaika:** tammikuu 2027 – joulukuu 2029 (1.1.2027–31.12.2029)

## Mitä arvioidaan? Tavoitteet ja niiden arviointi

Verstas on 16–29-vuotiaille nuorille, jotka ovat koulutuksen ja työn ulkopuolella. Verstaalla
korjataan polkupyöriä ja pienkoneita ja tehdään puutöitä ohjaajan ja vertaisohjaajien kanssa.
Arvioimme kolmea asiaa:

1. **Siirtymät eteenpäin.** Tavoitteena on, että verstaalta lähdetään opiskelemaan, työkokeiluun
   tai töihin. *Keinot:* yksilöohjaus, tutustumiskäynnit oppilaitoksiin ja yrityksiin, yhteistyö
   Ohjaamon kanssa. *Arviointi:* siirtymät kirjataan nuorikohtaisesti; hankkeen aikana
   vähintään 30 nuorta siirtyy opintoihin, työkokeiluun tai työhön.
2. **Oma paikka tehdä käsillä.** Tavoitteena on, että nuorilla on säännöllinen ja turvallinen
   paikka tekemällä oppimiseen. *Keinot:* avoimet verstasillat ja pienryhmät neljänä päivänä
   viikossa, turvallisuusperehdytys. *Arviointi:* kävijäkirjanpito; ryhmissä vähintään 60 eri
   nuorta vuodessa ja vuoteen 2028 mennessä keskimäärin 25 käyntiä viikossa.
3. **Arki sujuu ja usko omiin kykyihin kasvaa.** Tavoitteena on, että nuori pärjää
   arjessaan paremmin ja luottaa itseensä. *Keinot:* arjen taitojen harjoittelu verstastyön
   lomassa, vertaisryhmä, ohjaajan tuki. *Arviointi:* Arjen mittari täytetään jakson alussa ja
   lopussa; vähintään 70 % kertoo arjen sujumisen parantuneen.

## Kohderyhmä arvioinnissa

Nuoret ovat arvioinnin keskiössä. He antavat palautetta kahdesti vuodessa (kevät ja syksy)
lyhyellä kyselyllä ja palauteillassa, ja Arjen mittari täytetään yhdessä ohjaajan kanssa.
Vertaisohjaajat osallistuvat palautteen tulkintaan.

## Arvioinnin menetelmät ja aikataulu

- **Itsearviointi:** henkilöstö ja vertaisohjaajat käyvät kävijätiedot ja palautteet läpi
  joka kuukausi ja tekevät vuosittain itsearvioinnin joulukuussa.
- **Ulkoinen arviointi:** Itä-Suomen yliopiston sosiaalityön opiskelijat tekevät vuonna 2029
  opinnäytteenä haastatteluihin perustuvan arvioinnin.
- **Aikataulu:** lähtötaso kevät 2027; palautekyselyt keväisin ja syksyisin 2027–2029;
  väliyhteenveto joulukuussa 2028; ulkoinen arviointi ja loppuyhteenveto syksyllä 2029.

| Ajankohta | Mitä kerätään |
| --- | --- |
| koko hankkeen ajan | kävijäkirjanpito, siirtymät |
| jakson alku ja loppu | Arjen mittari |
| kevät ja syksy | nuorten palaute |
| 2029 | ulkoinen arviointi (UEF) |

## Juurruttaminen arvioinnissa

Toiminnan jatkoa on valmisteltu jo hakuvaiheessa: Kuopion kaupungin nuorisopalvelut on mukana
ohjausryhmässä hankkeen alusta ja on sitoutunut neuvottelemaan ohjaajan palkan kaupungin
talousarvioon. Arvioimme vuosittain, miten jatkosta sovitaan. Kevyempää mallia kokeillaan
Siilinjärvellä vuonna 2028, ja kokeilu arvioidaan samoilla mittareilla. Toimintamallin käsikirja
julkaistaan Innokylässä vuonna 2029.

## Miten arviointitietoa hyödynnetään?

Tulokset käsitellään ohjausryhmässä kaksi kertaa vuodessa, ja toimintaa muutetaan niiden
perusteella. Arviointitieto raportoidaan STEAlle vuosiselvityksissä ja loppuraportissa sekä
kerrotaan nuorille palauteilloissa.

Yhteyshenkilö: toiminnanjohtaja Teemu Rissanen, Kuopion Seudun Nuorisotyön Tuki ry
"""


def nuoriso_loppuraportti():
    d = doc()
    d.add_heading("Verstas-hankkeen loppuraportti", 0)
    P(d, "Kuopion Seudun Nuorisotyön Tuki ry · STEA-avustuskohde C6214 · 9.3.2030")
    H(d, "Taustatiedot")
    F(d, "Hakija ja hallinnoija*:", "Kuopion Seudun Nuorisotyön Tuki ry")
    F(d, "Hanke*:", "Verstas-hanke, STEA-avustuskohde C6214, avustuspäätös Dnro STEA/2211/2026")
    F(d, "Toteutusaika*:", "vuodet 2027–2029 (1.1.2027–31.12.2029)")
    F(d, "Kustannukset:", "toteutuneet kustannukset 405 800 €, josta STEA-avustus 391 400 €")
    H(d, "Hankkeen teema ja tavoitteet")
    P(d, "Verstas tarjosi kuopiolaisille 16–29-vuotiaille nuorille, jotka olivat koulutuksen ja työn "
         "ulkopuolella, käsillä tekemisen paikan: puutöitä, pienkoneiden ja polkupyörien korjausta. "
         "Hankkeella oli kolme tavoitetta: nuorten arjenhallinta ja itseluottamus vahvistuvat, nuorilla on "
         "säännöllinen ja turvallinen paikka oppia tekemällä, ja nuoret jatkavat verstaalta opintoihin, "
         "työkokeiluun tai työhön.")
    H(d, "Hankkeen toteutus")
    P(d, "Verstas oli auki neljänä päivänä viikossa. Ohjaajana toimi yksi kokoaikainen verstasohjaaja, ja "
         "vuodesta 2028 mukana oli kuusi koulutettua vertaisohjaajaa. Ohjaamon ja oppilaitosten kanssa "
         "tehtiin tutustumiskäyntejä. Siilinjärvellä kokeiltiin kevyempää mallia syksyllä 2028. Suurin "
         "ongelma oli tilojen ahtaus vuonna 2027; se ratkesi, kun kaupunki osoitti viereisen varaston "
         "käyttöön. Kustannusarvio alittui hieman.")
    H(d, "Tulokset ja vaikuttavuus")
    B(d, "Miten tavoitteet toteutuivat?")
    T(d, ["Tavoite", "Mittari ja tavoitetaso", "Toteuma"], [
        ["Arki sujuu ja usko omiin kykyihin kasvaa",
         "Arjen mittari alussa ja lopussa: vähintään 70 % kokee arjen sujuvan paremmin", "72 %"],
        ["Säännöllinen ja turvallinen paikka käsillä tekemiseen",
         "Vähintään 60 eri nuorta ryhmissä vuodessa", "2027: 61, 2028: 78, 2029: 83 (keskimäärin 74)"],
        ["", "Keskimäärin 25 käyntiä viikossa vuoteen 2028 mennessä", "27 käyntiä viikossa (2028)"],
        ["Siirtyminen opintoihin, työkokeiluun tai työhön",
         "Vähintään 30 siirtymää hankkeen aikana",
         "34 nuorta (opinnot 17, työkokeilu 10, työ 7)"],
    ])
    P(d, "Nuorten palautteessa korostui, että verstaalle oli helppo tulla ja että oma korjattu pyörä oli "
         "ylpeyden aihe. Yllättävää oli vertaisohjaajien suuri merkitys. Tuloksia arvioitiin "
         "itsearvioinnilla, nuorten palautteella kahdesti vuodessa ja Itä-Suomen yliopiston "
         "sosiaalityön opiskelijoiden ulkoisella arvioinnilla vuonna 2029.")
    H(d, "Kehitysajatukset – miten jatketaan?")
    P(d, "Yhdistys jatkaa verstaan toimintaa, ja Kuopion kaupungin nuorisopalvelut on neuvotellut "
         "ohjaajan palkan talousarvioon. Vertaisohjaajakoulutus jatkuu toiminnanjohtajan vastuulla. "
         "Toimintamallin käsikirja julkaistiin Innokylässä marraskuussa 2029.")
    H(d, "Suositukset muille")
    P(d, "Matala kynnys, konkreettinen tekeminen ja vertaisohjaajat toimivat. Kunta kannattaa ottaa "
         "mukaan ohjausryhmään jo hakuvaiheessa, jotta jatkorahoituksesta voidaan sopia ajoissa.")
    H(d, "Tiivistelmä")
    P(d, "Verstas-hanke (2027–2029) tarjosi NEET-nuorille Kuopiossa turvallisen paikan oppia tekemällä. "
         "Ryhmissä kävi keskimäärin 74 eri nuorta vuodessa ja 27 käyntiä viikossa. 72 % nuorista koki "
         "arkensa sujuvan paremmin, ja 34 nuorta siirtyi opintoihin, työkokeiluun tai työhön. Toiminta "
         "jatkuu yhdistyksen ylläpitämänä.")
    H(d, "Laatimispäivämäärä ja yhteystiedot")
    P(d, "Laadittu 9.3.2030. Yhteyshenkilö: toiminnanjohtaja Teemu Rissanen, Kuopion Seudun "
         "Nuorisotyön Tuki ry, teemu.rissanen@ksnt.fi, puh. 040 552 1907.")
    return d


# ---------------------------------------------------------------------------
# b-raittikylat
# ---------------------------------------------------------------------------

def raitti_exit():
    d = doc()
    d.add_heading("Exit-suunnitelma: Raittikylät elävät", 0)
    P(d, "Kontiolahden Kyläyhdistysten Liitto ry · Leader Pohjoisin Karjala ry:n rahoittama hanke · "
         "hankeaika 1.4.2026–30.9.2027 · päivitetty 14.6.2027")
    H(d, "Mikä jää elämään hankkeen jälkeen?")
    P(d, "Hanke avasi kahdeksan raittikylän kylätalot Kontiolahdella ja Polvijärvellä säännölliselle "
         "kyläkamaritoiminnalle ja kasvatti kylien vapaaehtoisjoukkoa. Hankkeen päättyessä jatkoon jäävät "
         "kyläkamarien yhteinen aukiolovuorokalenteri ja kamari-isäntien verkosto sekä kylien yhteinen "
         "vapaaehtoisrekisteri.")
    H(d, "Juurruttaminen ja pysyvyys")
    B(d, "Aukiolovuorokalenteri ja kamari-isäntien verkosto")
    P(d, "Kontiolahden Kyläyhdistysten Liitto ry ottaa kalenterin ja isäntäverkoston omaksi toiminnakseen "
         "1.10.2027 alkaen. Liiton hallitus on päättänyt asiasta kokouksessaan 22.5.2027. Kalenteria "
         "ylläpitää liiton kyläasiamies, jonka työajasta varataan tähän 20 % eli noin yksi päivä viikossa. "
         "Liitto varaa talousarvioonsa 2 500 € vuodessa isäntien koulutukseen ja kokoontumisiin.")
    B(d, "Vapaaehtoisrekisteri")
    P(d, "Hankkeessa koottua yhteistä vapaaehtoisrekisteriä on tarkoitus käyttää myös jatkossa. Rekisterin "
         "ylläpitoa jatketaan hankkeen jälkeen, ja kylät huolehtivat siitä yhdessä.")
    B(d, "Hyvinvointisuunnitelmat")
    P(d, "Liitto esittää syksyllä 2027, että kyläkamaritoiminta kirjataan Kontiolahden ja Polvijärven "
         "hyvinvointisuunnitelmiin ehkäisevänä ikäihmisten toimintana.")
    H(d, "Tulosten ja hyvien käytäntöjen levittäminen")
    L(d, [
        "kyläkamarimallin kuvaus Innokylään ja Leader Pohjoisin Karjalan verkkosivuille elokuussa 2027",
        "päätösseminaari Kontiolahden kunnantalolla syyskuussa 2027",
        "juttu Karjalainen-lehteen ja liiton jäsentiedotteeseen",
        "esittely Pohjois-Karjalan kylät ry:n kyläpäivillä",
    ])
    H(d, "Kehittämistyön jatko ja seuranta")
    P(d, "Liiton kyläasiamies kokoaa kyläkamarien kävijämäärät neljännesvuosittain ja raportoi ne liiton "
         "hallitukselle ja vuosikokoukselle. Vuoden kuluttua hankkeen päättymisestä liitto tekee kylille "
         "seurantakyselyn, jossa selvitetään kamarien aukiolo ja isäntien jaksaminen. Jatkokehittämisenä "
         "liitto selvittää, voisiko kyläkamareihin tuoda etäpalveluja, kuten digitukea.")
    T(d, ["Tulos", "Vastuutaho", "Resurssi", "Seuranta"], [
        ["Aukiolovuorokalenteri ja isäntäverkosto", "Kontiolahden Kyläyhdistysten Liitto ry",
         "kyläasiamies 20 %, 2 500 €/v", "neljännesvuosittain hallitukselle"],
        ["Vapaaehtoisrekisteri", "kylät yhdessä", "—", "—"],
    ])
    B(d, "Siirron aikataulu")
    T(d, ["Ajankohta", "Toimenpide", "Vastaa"], [
        ["elokuu 2027", "kyläkamarimallin kuvaus Innokylään", "hankkeen kyläasiamies"],
        ["syyskuu 2027", "päätösseminaari, isäntäverkoston syystapaaminen", "liitto ja hanke"],
        ["1.10.2027", "kalenteri ja isäntäverkosto liiton toiminnaksi", "liiton hallitus"],
        ["syksy 2028", "seurantakysely kylille", "liiton kyläasiamies"],
    ])
    P(d, "Isäntäverkosto kokoontuu jatkossa kaksi kertaa vuodessa liiton kutsumana. Uudet kamari-isännät "
         "perehdyttää liiton kyläasiamies yhdessä kokeneen isännän kanssa.")
    F(d, "Yhteyshenkilö:", "kyläasiamies Pirkko Hyvönen, Kontiolahden Kyläyhdistysten Liitto ry")
    return d


def raitti_loppuraportti():
    d = doc()
    d.add_heading("Raittikylät elävät – loppuraportti", 0)
    P(d, "Päiväys 9.11.2027")
    H(d, "1. Taustatiedot")
    F(d, "Tuensaaja*:", "Kontiolahden Kyläyhdistysten Liitto ry")
    F(d, "Hankkeen nimi ja tukipäätöksen diaarinumero*:", "Raittikylät elävät, Dnro POKELY/284/2026 "
         "(Leader Pohjoisin Karjala ry)")
    F(d, "Kustannukset*:", "toteutuneet 76 900 € (suunniteltu 78 500 €), julkinen tuki 80 %")
    H(d, "2. Mihin teemaan hanke liittyi ja mitkä olivat sen tavoitteet?")
    P(d, "Hanke liittyi kylien yhteisöllisyyteen ja ikäihmisten osallisuuteen kahdeksassa raittikylässä "
         "Kontiolahdella ja Polvijärvellä. Tavoitteina oli avata kylätalot säännölliselle "
         "kyläkamaritoiminnalle sekä kasvattaa ja nuorentaa kylien vapaaehtoisjoukkoa.")
    H(d, "3. Hankkeen toteutus")
    P(d, "Hanke kesti 1.4.2026–30.9.2027. Keväällä 2026 kylissä pidettiin aloitusillat ja koulutettiin "
         "kamari-isännät. Kyläkamarit avattiin kesällä 2026, ja aukiolovuoroja varten otettiin käyttöön "
         "yhteinen kalenteri. Vapaaehtoisia rekrytoitiin kyläjuhlissa, koulujen vanhempainilloissa ja "
         "somessa, ja heidät koottiin yhteiseen vapaaehtoisrekisteriin. Talvella 2026–2027 kahden kylän "
         "talojen lämmityskulut olivat ongelma, joka ratkaistiin yhdistämällä aukiolopäiviä. "
         "Kustannusarvio alittui 1 600 eurolla.")
    H(d, "4. Tulokset ja vaikuttavuus")
    B(d, "Kyläkamarit")
    P(d, "Kaikissa kahdeksassa kylässä kamari oli auki vähintään kerran viikossa hankkeen loppuun asti. "
         "Käyntejä kertyi yhteensä 4 350, eli tavoite 4 000 ylittyi.")
    B(d, "Vapaaehtoiset")
    P(d, "Vapaaehtoisten määrä kasvoi 35:stä 63:een. Tavoitetta 70 ei aivan saavutettu. Alle "
         "40-vuotiaita vapaaehtoisia oli lopussa 12, kun tavoite oli 15; nuoria tavoitettiin parhaiten "
         "kertaluonteisiin talkoisiin.")
    T(d, ["Mittari", "Tavoite", "Toteutunut"], [
        ["Kylät, joissa kamari auki viikoittain", "8/8", "8/8"],
        ["Käynnit yhteensä", "4 000", "4 350"],
        ["Vapaaehtoiset (lähtötaso 35)", "70", "63"],
        ["Alle 40-vuotiaat vapaaehtoiset", "15", "12"],
    ])
    P(d, "Tuloksia arvioitiin kävijälistoilla, vapaaehtoisrekisterillä ja kävijöiden palautekyselyllä "
         "kesällä 2027. Pysyviä toimintatapoja ovat aukiolovuorokalenteri ja kamari-isäntien verkosto.")
    H(d, "5. Kehitysajatukset")
    P(d, "Kontiolahden Kyläyhdistysten Liitto ry jatkaa kalenterin ja isäntäverkoston ylläpitoa. Liitto "
         "selvittää etäpalvelujen tuomista kyläkamareihin.")
    H(d, "6. Suositukset muille")
    P(d, "Kylätalon avaaminen kerran viikossa on pieni mutta näkyvä teko. Nuoria vapaaehtoisia kannattaa "
         "pyytää lyhyisiin, selvästi rajattuihin tehtäviin.")
    H(d, "7. Tiivistelmä")
    P(d, "Raittikylät elävät -hanke avasi kahdeksan kylätaloa viikoittaiselle kyläkamaritoiminnalle; "
         "käyntejä oli 4 350. Vapaaehtoisia oli lopussa 63, joista 12 alle 40-vuotiaita. Kalenteri ja "
         "isäntäverkosto jatkuvat liiton toimintana.")
    H(d, "8. Yhteystiedot")
    F(d, "Yhteyshenkilö*:", "kyläasiamies Pirkko Hyvönen, Kontiolahden Kyläyhdistysten Liitto ry, "
         "pirkko.hyvonen@kontiolahdenkylat.fi, puh. 050 321 4476")
    return d


def main():
    # b-digiarki
    p = save(digiarki_arviointi(), "b-digiarki", "arviointisuunnitelma.docx")
    expected(p, "arviointisuunnitelma")
    src = os.path.join(LAHTEET, "b-digiarki-loppuraportti.docx")
    digiarki_loppuraportti().save(src)
    tmp = "/tmp/vaihe2b_pdf"
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.join(ROOT, "b-digiarki", "loppuraportti.pdf")
    shutil.move(os.path.join(tmp, "b-digiarki-loppuraportti.pdf"), pdf)
    expected(pdf, "loppuraportti")
    hanke_expected("b-digiarki", [
        {"rule": "hanke.tavoite-arvioimatta", "count": 1,
         "huom": "suunnitelman työnantajatavoite (T3, perehdytys digitaalisiin työvälineisiin) puuttuu "
                 "arviointisuunnitelmasta kokonaan"},
        {"rule": "hanke.mittari-raportoimatta", "count": 1,
         "huom": "T2:n mittari (35 % työssä/koulutuksessa/palvelussa 3 kk valmennuksen jälkeen): "
                 "loppuraportti kertoo vain työnhakupajoista, ei seurantatulosta"},
    ])

    # b-nuorisoverstas
    p = os.path.join(ROOT, "b-nuorisoverstas", "arviointisuunnitelma.md")
    with open(p, "w", encoding="utf-8") as f:
        f.write(VERSTAS_ARVIOINTI_MD)
    expected(p, "arviointisuunnitelma")
    p = save(nuoriso_loppuraportti(), "b-nuorisoverstas", "loppuraportti.docx")
    expected(p, "loppuraportti")
    hanke_expected("b-nuorisoverstas", [])

    # b-raittikylat
    p = save(raitti_exit(), "b-raittikylat", "exit-suunnitelma.docx")
    expected(p, "exit-suunnitelma")
    p = save(raitti_loppuraportti(), "b-raittikylat", "loppuraportti.docx")
    expected(p, "loppuraportti")
    hanke_expected("b-raittikylat", [
        {"rule": "hanke.jatko-omistaja-puuttuu", "count": 1,
         "huom": "yhteinen vapaaehtoisrekisteri: exit-suunnitelmassa vain passiivi ja 'kylät huolehtivat "
                 "yhdessä', ei nimettyä omistajaa (suunnitelmassa Polvijärven vapaa-aikatoimi)"},
    ])


if __name__ == "__main__":
    main()

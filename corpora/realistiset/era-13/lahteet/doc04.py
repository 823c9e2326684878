"""04 OKM-rahoitteisen kulttuurihyvinvointihankkeen arviointisuunnitelma.
Mittarit vain tavoitetaulukossa (sisäkkäiset taulukot), toteutusaika vain sisällönhallintaobjektissa."""
from dx import *


def build(path):
    d = new_doc()
    d.add_heading("Taidetta kotiin -hankkeen arviointisuunnitelma", 0)
    field_line(d, "Hankkeen nimi:", "Taidetta kotiin – kulttuurihyvinvointia kotihoidon asiakkaille")
    field_line(d, "Hallinnoija:", "Iisalmen kaupunki, kulttuuripalvelut")
    field_line(d, "Rahoittaja:", "Opetus- ja kulttuuriministeriö, kulttuurihyvinvoinnin erityisavustus")
    field_line(d, "Toteutusaika:", "1.2.2026–31.12.2027", alias="Toteutusaika")
    field_line(d, "Laatija ja päiväys:", "kulttuurituottaja Aino Karvonen, 12.3.2026 (versio 1.1)")

    h(d, "1 Arvioinnin tausta, tavoitteet ja kohderyhmä", 1)
    p(d, "Taidetta kotiin -hanke vie ammattitaiteilijoiden toteuttamia taide- ja kulttuurikäyntejä "
         "kotihoidon asiakkaille, jotka eivät pysty enää itse osallistumaan kulttuuritilaisuuksiin. "
         "Hankkeessa kehitetään yhdessä Pohjois-Savon hyvinvointialueen Iisalmen kotihoidon kanssa "
         "toimintamalli, jossa kulttuuri on osa kotihoidon asiakkaan tavallista arkea eikä satunnainen "
         "juhlahetki. Iisalmessa oli vuoden 2025 alussa noin 520 säännöllisen kotihoidon asiakasta, joista "
         "kotihoidon oman kartoituksen mukaan yli puolet ei ollut osallistunut yhteenkään kodin ulkopuoliseen "
         "tapahtumaan edellisen vuoden aikana.")
    p(d, "Arvioinnilla haluamme saada tietoa siitä, lisäävätkö kotikäynnit asiakkaiden hyvinvointia ja "
         "osallisuutta, oppivatko kotihoidon työntekijät käyttämään kulttuuria työssään ja miten "
         "toimintamalli saadaan pysyväksi. Hankkeen tavoitteet, niihin liittyvä toiminta ja mittarit on "
         "koottu alla olevaan taulukkoon, joka on arvioinnin runko.")
    p(d, "Arvioinnin kohderyhmiä ovat kotihoidon asiakkaat (tavoitteena 80 asiakasta kahden vuoden aikana) "
         "ja heidän omaisensa, kotihoidon työntekijät ja esihenkilöt (noin 70 henkilöä) sekä hankkeessa "
         "työskentelevät kuusi taiteilijaa.")

    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    hdr = ["Tavoite", "Toiminta", "Mittarit ja arviointimenetelmät"]
    for j, x in enumerate(hdr):
        t.cell(0, j).text = x
        t.cell(0, j).paragraphs[0].runs[0].bold = True
    rows = [
        ("Kotihoidon asiakkaiden hyvinvointi ja osallisuus vahvistuvat taide- ja kulttuurikäyntien avulla.",
         "Taiteilijat tekevät asiakkaille kahdeksan kotikäynnin jaksoja (musiikki, kuvataide, sanataide, "
         "tanssi). Sisältö suunnitellaan asiakkaan toiveiden ja elämänhistorian pohjalta.",
         [["Mittari", "Tavoitetaso", "Milloin"],
          ["Koettu hyvinvointi ja mieliala (kuvallinen 5 kysymyksen lomake)", "paranee 60 %:lla asiakkaista",
           "jakson alussa ja lopussa"],
          ["Jakson käyneet asiakkaat", "80 asiakasta", "jatkuva seuranta"],
          ["Asiakkaiden ja omaisten kokemukset (haastattelu)", "12 haastattelua", "syksy 2026, syksy 2027"]]),
        ("Kotihoidon työntekijät osaavat hyödyntää kulttuuria ja taidetta arjen hoitotyössä.",
         "Kolme koulutusiltapäivää vuodessa, taiteilijan ja hoitajan yhteiskäynnit sekä kotihoidolle "
         "koottava kulttuurihetkien materiaalipakki.",
         [["Mittari", "Tavoitetaso", "Milloin"],
          ["Osaamisen itsearvio (kysely työntekijöille)", "keskiarvo nousee 1 pisteellä (asteikko 1–5)",
           "2/2026 ja 10/2027"],
          ["Koulutuksiin osallistuneet työntekijät", "60 henkilöä", "koulutuskerroittain"]]),
        ("Kulttuurihyvinvointi vakiintuu osaksi kotihoidon palvelusuunnitelmaa ja kaupungin "
         "kulttuuripalvelujen perustoimintaa.",
         "Palvelusuunnitelmaan lisätään kohta asiakkaan kulttuuritoiveista; kaupungin ja "
         "hyvinvointialueen välinen yhteistyösopimus valmistellaan.",
         [["Mittari", "Tavoitetaso", "Milloin"],
          ["Palvelusuunnitelmat, joihin on kirjattu kulttuuritoiveet", "50 % säännöllisen kotihoidon asiakkaista",
           "otanta 4/2027 ja 11/2027"],
          ["Yhteistyösopimus", "allekirjoitettu", "viimeistään 10/2027"]]),
    ]
    from docx.shared import Cm
    t.autofit = False
    for row in t.rows:
        for c, wdt in zip(row.cells, (Cm(4.2), Cm(4.3), Cm(8.0))):
            c.width = wdt
    for i, (g, a, nt) in enumerate(rows, start=1):
        t.cell(i, 0).text = g
        t.cell(i, 1).text = a
        nested_table(t.cell(i, 2), nt, intro="")

    h(d, "2 Miten arvioimme onnistumista?", 1)
    bold(d, "Itsearviointi")
    p(d, "Hankkeen työryhmä (kulttuurituottaja, kotihoidon yhteyshenkilö ja taiteilijat) pitää arviointipalaverin "
         "kerran kahdessa kuukaudessa. Palaverissa käydään läpi kertynyt seurantatieto ja taiteilijoiden "
         "oppimispäiväkirjat, joihin jokainen taiteilija kirjaa käyntien jälkeen havaintonsa lyhyesti. "
         "Itsearvioinnin tukena käytetään Taiteen edistämiskeskuksen julkaisemaa kulttuurihyvinvoinnin "
         "itsearviointikehikkoa.")
    bold(d, "Asiakkaiden ja työntekijöiden ääni")
    p(d, "Asiakkaiden kokemuksia kerätään jokaisen kotikäyntijakson alussa ja lopussa kuvallisella lomakkeella, "
         "jonka täyttämisessä hoitaja tai omainen voi auttaa. Lisäksi haastattelemme asiakkaita ja omaisia "
         "kahtena syksynä. Työntekijöille tehdään kysely hankkeen alussa ja lopussa, ja koulutuksista "
         "kerätään palaute. Kotihoidon tiimeissä järjestetään syksyllä 2027 kaksi arviointityöpajaa, joissa "
         "työntekijät arvioivat, mitä toimintamallista kannattaa säilyttää.")
    bold(d, "Ulkoinen arviointi")
    p(d, "Ulkoisen arvioinnin tekee Savonia-ammattikorkeakoulun sosiaali- ja terveysalan tutkimusryhmä, joka "
         "analysoi asiakaslomakkeet ja haastattelut ja laatii loppuvuodesta 2027 arviointiraportin. "
         "Ulkoiseen arviointiin on varattu hankkeen budjetista 9 500 euroa.")
    bold(d, "Milloin tietoa kerätään?")
    p(d, "Lähtötilanne kartoitetaan helmi–maaliskuussa 2026 (työntekijäkysely, kotihoidon tilastot). "
         "Asiakaslomakkeita kerätään koko hankkeen ajan jaksojen alussa ja lopussa. Väliarviointi tehdään "
         "tammikuussa 2027 ja loppuarviointi loka–marraskuussa 2027.")

    h(d, "3 Arviointitiedon käyttö ja raportointi", 1)
    sdt_block(d, "Arviointitiedon käyttö", [
        "Arviointitietoa käytetään ensisijaisesti toiminnan kehittämiseen hankkeen aikana: työryhmä muuttaa "
        "käyntien sisältöä ja koulutuksia arviointipalaverien havaintojen perusteella. Väliarvioinnin "
        "tulokset käsitellään ohjausryhmässä helmikuussa 2027.",
        "Tuloksista raportoidaan opetus- ja kulttuuriministeriölle väliselvityksessä ja loppuselvityksessä. "
        "Ulkoisen arvioinnin raportti julkaistaan kaupungin verkkosivuilla, ja toimintamalli kuvataan "
        "Innokylään. Arviointitieto on keskeinen peruste, kun kaupungin sivistyslautakunta ja "
        "hyvinvointialue päättävät toiminnan jatkamisesta.",
    ])

    h(d, "4 Juurruttaminen arvioinnin näkökulmasta", 1)
    p(d, "Juurruttaminen alkoi jo hakuvaiheessa, kun kotihoidon esihenkilöt osallistuivat hankkeen "
         "suunnitteluun ja sitoutuivat nimeämään kotihoidon yhteyshenkilön. Arvioinnissa seurataan koko "
         "hankkeen ajan erityisesti kolmatta tavoitetta, eli sitä, siirtyykö kulttuuri palvelusuunnitelmiin "
         "ja perustoimintaan. Kaupungin kulttuuripalvelut on varautunut jatkamaan kotikäyntejä "
         "hankkeen jälkeen omana toimintanaan, jos arvioinnin tulokset ovat myönteisiä.")
    d.save(path)

"""r1-hyvinvointialue-etahoiva-exit-suunnitelma.docx – exit-suunnitelma, jäljitetyt muutokset ja yhdistetty solu.

Ratkaiseva sisältö: jatkon vastuutahot (palvelupäällikkö, etähoitoyksikkö, asiakasohjaus) on kirjoitettu
jäljitettyinä lisäyksinä (w:ins) poistettujen "hankepäällikkö" / "hanketyöntekijät" -tekstien (w:del) tilalle.
Ei tarkoituksellisia puutteita.
"""
import datetime as dt

from apu import (jaljitetty_kappale, lisaa_del, lisaa_ins, lisaa_run, poistettu_kappale,
                 tyhjenna_solu, uusi_dokumentti)

A = "Tiina Rautio"
D = "2025-09-16T12:30:00Z"


def rakenna(polku):
    doc = uusi_dokumentti("Laura Heikkinen", "Etähoiva – exit-suunnitelma", dt.datetime(2025, 8, 25, 8, 0))
    doc.add_heading("Etähoiva – exit-suunnitelma", level=0)
    doc.add_paragraph("Saimaanrannan hyvinvointialue · Kotihoidon etäpalvelujen kehittämishanke 1.1.2024–31.12.2025")
    doc.add_paragraph("Versio 1.2 – käsitelty ohjausryhmässä 18.9.2025")

    doc.add_heading("1. Mitä hankkeessa syntyi?", level=1)
    doc.add_paragraph(
        "Etähoiva-hankkeessa kehitettiin ja otettiin käyttöön kotihoidon videovälitteiset käynnit eli etäkäynnit. "
        "Etäkäynnillä hoitaja ja asiakas tapaavat tabletin välityksellä esimerkiksi lääkkeenoton, "
        "ruokailun tai voinnin seurannan merkeissä. Syyskuussa 2025 etäkäyntejä tehtiin noin 3 900 kuukaudessa, "
        "410 asiakkaalle, ja ne kattoivat 18 prosenttia kaikista kotihoidon käynneistä.")
    doc.add_paragraph(
        "Hankkeen tuotoksia ovat etäkäyntien palvelukuvaus, asiakasvalinnan kriteerit, etähoitajan "
        "perehdytysmalli, omaisille suunnattu opas sekä laitteiden hankinta- ja tukiprosessi. Tämä suunnitelma "
        "kuvaa, miten tulokset siirtyvät pysyvään toimintaan hankkeen päättyessä 31.12.2025, kuka niistä vastaa, "
        "miten niistä kerrotaan muille ja miten jatkoa seurataan.")

    doc.add_heading("2. Juurruttaminen: mikä jää pysyväksi ja kuka vastaa", level=1)
    doc.add_paragraph("Pysyvään toimintaan siirtyvät osat ja niiden vastuutahot:")
    t = doc.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    for j, o in enumerate(["Toiminto", "Vastuutaho hankkeen jälkeen", "Aikataulu"]):
        t.cell(0, j).text = o
        t.cell(0, j).paragraphs[0].runs[0].bold = True
    t.cell(1, 0).text = "Etäkäynnit osana kotihoidon palveluvalikkoa"
    t.cell(2, 0).text = "Etähoitajan perehdytysmalli ja uusien hoitajien koulutus"
    t.cell(3, 0).text = "Asiakasvalinnan kriteerit ja etäkäyntien tarpeen arviointi"
    t.cell(4, 0).text = "Laitteet, lisenssit ja tekninen tuki"
    t.cell(1, 2).text = "1.1.2026 alkaen"
    t.cell(2, 2).text = "1.1.2026 alkaen"
    t.cell(3, 2).text = "käytössä jo syksystä 2025"
    t.cell(4, 2).text = "laitesopimus siirtyy 1.1.2026"
    yhd = t.cell(1, 1).merge(t.cell(2, 1))  # sama vastuutaho kahdelle riville
    p = tyhjenna_solu(yhd)
    lisaa_del(p, "Hanke / hankepäällikkö", A, D)
    lisaa_ins(p, "Kotihoidon etähoitoyksikkö (kotihoidon palvelualue)", A, D)
    p = tyhjenna_solu(t.cell(3, 1))
    lisaa_del(p, "Hanketyöntekijät", A, D)
    lisaa_ins(p, "Asiakasohjausyksikkö", A, D)
    t.cell(4, 1).text = "Digi- ja tietohallintopalvelut"

    jaljitetty_kappale(doc, [
        ("n", "Etäkäyntien kokonaisuudesta vastaa hankkeen päätyttyä "),
        ("d", "hankepäällikkö siihen saakka, kunnes pysyvä ratkaisu löytyy"),
        ("i", "kotihoidon palvelupäällikkö Tiina Rautio, joka toimii 1.1.2026 perustettavan etähoitoyksikön "
              "esihenkilönä"),
        ("n", ". Etäkäyntien asema vahvistettiin aluehallituksen päätöksellä 9.6.2025, kun etäkäynnit lisättiin "
              "kotihoidon palvelukuvaukseen ja myöntämisperusteisiin vuoden 2026 alusta."),
    ], A, D)
    doc.add_paragraph(
        "Juurruttaminen on tehty vaiheittain jo hankkeen aikana: etäkäyntejä ei ole tehty erillisellä "
        "hanketiimillä, vaan kotihoidon tiimien omat hoitajat ovat tehneet niitä vuorollaan etähoitopisteestä. "
        "Näin toimintatapa on tullut tutuksi koko henkilöstölle, eikä hankkeen päättyminen katkaise sitä.")

    doc.add_heading("3. Resurssit jatkolle", level=1)
    doc.add_paragraph(
        "Etähoitoyksikköön siirtyy 1.1.2026 alkaen kuusi hankkeessa työskennellyttä sairaanhoitajaa ja "
        "lähihoitajaa vakinaisiin toimiin; toimet on sisällytetty kotihoidon vuoden 2026 henkilöstösuunnitelmaan "
        "(6 henkilötyövuotta). Laitteiden ja ohjelmiston lisenssikustannukset, noin 96 000 euroa vuodessa, on "
        "budjetoitu kotihoidon käyttötalouteen. Etähoitoyksikön esihenkilön työajasta noin viidennes on varattu "
        "vuonna 2026 toimintamallin jatkokehittämiseen ja uusien tiimien perehdyttämiseen.")

    doc.add_heading("4. Tulosten ja hyvien käytäntöjen levittäminen", level=1)
    doc.add_paragraph(
        "Etäkäyntien toimintamalli on kuvattu Innokylään kesäkuussa 2025, ja kuvausta päivitetään hankkeen "
        "lopussa. Muille hyvinvointialueille järjestetään webinaari lokakuussa 2025, ja hankkeen kokemukset "
        "esitellään kansallisilla kotihoidon digipäivillä marraskuussa 2025. Perehdytysmateriaali julkaistaan "
        "Moodle-verkkokurssina, jota alueen oppilaitokset voivat käyttää lähihoitajakoulutuksessa. Hyvinvointialueen "
        "verkkosivuille ja intraan kootaan asiakkaille ja ammattilaisille suunnattu etäkäyntien sivusto, ja "
        "alan ammattilehteen kirjoitetaan artikkeli syksyllä 2025.")
    poistettu_kappale(doc,
        "Tulokset esitellään myös kansainvälisessä telehoitokonferenssissa Kööpenhaminassa keväällä 2026.", A, D)
    doc.add_paragraph(
        "Hankkeen jälkeen etähoitoyksikkö tarjoaa vuonna 2026 kaksi avointa esittelypäivää muiden "
        "hyvinvointialueiden kotihoidolle ja vastaa Innokylän kuvauksen ylläpidosta.")

    doc.add_heading("5. Kehittämistyön jatko", level=1)
    doc.add_paragraph(
        "Hankkeessa tunnistettiin useita jatkokehittämisen kohteita: etäkäyntien kirjaaminen suoraan "
        "asiakastietojärjestelmään ilman erillistä ohjelmaa, lääkemuistutusten automatisointi, omaisten "
        "osallistuminen etäkäynneille sekä yöaikaisten etäkäyntien kokeilu. Jatkokehittämisestä vastaa "
        "etähoitoyksikkö yhdessä digi- ja tietohallintopalvelujen kanssa. Kirjausintegraatio on mukana "
        "tietohallinnon vuoden 2026 kehityssuunnitelmassa, ja yöaikaisten etäkäyntien kokeilu toteutetaan "
        "kahdessa tiimissä keväällä 2026. Jatkokehittämisen etenemistä käsitellään kotihoidon "
        "kehittämisryhmässä kuukausittain.")

    doc.add_heading("6. Miten jatkoa seurataan?", level=1)
    doc.add_paragraph(
        "Etäkäyntien juurtumista seurataan hankkeen jälkeen neljännesvuosittain seuraavilla mittareilla: "
        "etäkäyntien määrä ja osuus kaikista kotihoidon käynneistä, etäkäyntiasiakkaiden määrä, peruuntuneiden "
        "etäkäyntien osuus sekä asiakastyytyväisyys, joka selvitetään kyselyllä kerran vuodessa. Tiedot kootaan "
        "kotihoidon johdon tietonäkymään, ja palvelupäällikkö raportoi ne ikääntyneiden palvelujen "
        "johtoryhmälle. Ensimmäinen seurantaraportti tehdään huhtikuussa 2026, ja vuoden 2026 lopussa "
        "arvioidaan, onko tavoite – vähintään 20 prosenttia käynneistä etänä – saavutettu.")
    doc.save(polku)

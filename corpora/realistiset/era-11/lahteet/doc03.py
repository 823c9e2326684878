"""03: Jatkuvuussuunnitelma (exit) kansilehdellä, PDF LibreOfficella. Ei nimettyä omistajaa, ei seurantaa."""
import subprocess
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from apu import *

NIMI = "03_kulttuurinen_vanhustyo_jatkuvuussuunnitelma"


def rakenna():
    d = uusi()
    for _ in range(6):
        d.add_paragraph()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("TAIDETTA ARKEEN")
    r.bold = True
    r.font.size = Pt(28)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Kulttuurisen vanhustyön kehittämishanke 2024–2025").font.size = Pt(14)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Jatkuvuussuunnitelma").font.size = Pt(20)
    for _ in range(8):
        d.add_paragraph()
    p = d.add_paragraph("Kulttuuriyhdistys Kajastus ry\nOpetus- ja kulttuuriministeriön erityisavustus\nMarraskuu 2025")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_break(WD_BREAK.PAGE)

    d.add_heading("Johdanto", 1)
    kpl(d, "Taidetta arkeen -hankkeessa on kahden vuoden ajan viety taidetta ja kulttuuria kuuteen ympärivuorokautisen "
           "hoivan yksikköön ja kotihoidon asiakkaille Koivumäen ja Saarijoen kunnissa. Hankkeen aikana kehitettiin "
           "kolme toimintatapaa: kulttuuriluotsit (hoitajat, jotka on koulutettu järjestämään kulttuurihetkiä "
           "omassa työssään), taiteilijavierailujen kiertomalli sekä 'Muistojen radio' -etälähetykset "
           "kotihoidon asiakkaille. Tämä suunnitelma kuvaa, miten toimintatavat on tarkoitus säilyttää hankkeen "
           "päättyessä 31.12.2025.")

    d.add_heading("Mikä jää pysyväksi käytännöksi?", 1)
    kpl(d, "Kulttuuriluotsitoiminta on tarkoitus vakiinnuttaa kaikkiin kuuteen yksikköön. Luotseja on koulutettu "
           "hankkeen aikana 34, ja jokaisessa yksikössä on vähintään kaksi luotsia. Kulttuurihetket on kirjattu "
           "yksiköiden viikko-ohjelmiin, ja tavoitteena on, että ne pysyvät siellä myös vuonna 2026. "
           "Kulttuurihetkien järjestäminen pyritään ottamaan osaksi hoitotyön arkea niin, ettei se vaadi erillistä "
           "rahoitusta.")
    kpl(d, "Taiteilijavierailujen kiertomallia jatketaan, jos rahoitus löytyy. Kiertomallin kustannukset ovat noin "
           "12 000 euroa vuodessa. Rahoitusta haetaan kuntien kulttuuritoimen määrärahoista ja säätiöiltä. "
           "Kunnat sopivat yhdessä, miten kustannukset jaetaan.")
    kpl(d, "Muistojen radio siirretään hankkeen päätyttyä pysyvään käyttöön, ja lähetyksiä tehdään kerran "
           "kuukaudessa. Lähetysten sisällöstä huolehtivat toimijat yhteistyössä.")
    kpl(d, "Hankkeen viimeisen puolen vuoden aikana juurruttamiseen on käytetty noin kolmannes hankekoordinaattorin "
           "työajasta, ja luotsien jatkokoulutukseen on varattu hankebudjetista 4 500 euroa, jolla järjestetään "
           "kaksi jatkokoulutuspäivää marras–joulukuussa 2025.")

    d.add_heading("Tulosten levittäminen", 1)
    kpl(d, "Hankkeen tuloksia on esitelty Kulttuurisen vanhustyön verkoston valtakunnallisessa seminaarissa "
           "Tampereella lokakuussa 2025. Kulttuuriluotsimalli ja taiteilijavierailujen kiertomalli kuvataan "
           "Innokylään joulukuussa 2025, ja kulttuuriluotsien käsikirja julkaistaan vapaasti ladattavana "
           "yhdistyksen verkkosivuilla. Lisäksi Muistojen radiosta on tehty lyhyt esittelyvideo, jota "
           "jaetaan alan ammattilaisten somekanavissa.")
    kpl(d, "Malleja tarjotaan myös naapurikunnille: Itälahden ja Korven kuntien vanhuspalveluille järjestetään "
           "etäesittely joulukuussa 2025.")

    d.add_heading("Kehittämistyön jatko", 1)
    kpl(d, "Hankkeen aikana tunnistettiin, että kotihoidon asiakkaiden kulttuuriosallisuus on edelleen heikompaa kuin "
           "hoivakodeissa asuvien. Jatkossa olisi tärkeää kehittää kotihoitoon sopivia, lyhyitä kulttuurihetkiä, "
           "joita hoitaja voi toteuttaa käynnin yhteydessä. Tähän haetaan mahdollisesti uutta rahoitusta vuonna 2026. "
           "Myös omaisten mukaan ottamista kulttuurihetkiin olisi hyvä kokeilla.")
    kpl(d, "Kokemukset hankkeesta kootaan loppuraporttiin, joka valmistuu helmikuussa 2026.")

    lahde = Path(__file__).resolve().parent / f"{NIMI}.docx"
    d.save(lahde)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(ULOS), str(lahde)],
                   check=True, capture_output=True)
    odotus(NIMI, "exit-suunnitelma", [
        {"rule": "exit.ei-omistajaa"},
        {"rule": "exit.ei-seurantaa"},
    ])

"""06_jatkuvuussuunnitelma_nuorisotalo.pdf (rakennetaan .docx:nä, muunnetaan LibreOfficella PDF:ksi)."""
from docx import Document
from apu import *

def build(out):
    d = Document()
    d.add_heading("Jatkuvuussuunnitelma", 0)
    d.add_paragraph("Iltapäivä auki! – yläkouluikäisten iltapäivätoiminnan hanke, Pohjolan Nuorisoseura ry")
    d.add_paragraph("STEA-avustus (C-avustus), hankeaika 1.1.2025–31.12.2027. Versio 2, 9.11.2026")
    d.add_heading("Mitä jää, kun hanke loppuu?", 1)
    paras(d, """
    Hankkeessa on kehitetty yläkouluikäisille avoimen iltapäivätoiminnan malli, jossa nuoret suunnittelevat itse
    viikon ohjelman. Toimintaa on kahdessa koulussa ja nuorisoseurantalolla, ja siihen osallistuu viikoittain
    noin 70 nuorta. Haluamme, että malli jää elämään, ja sen pysyvyyttä varmistetaan kolmella tavalla.

    Ensinnäkin nuorten ohjelmaraatia on tarkoitus jatkaa, ja iltapäivätoiminnan viikkorakenne, ohjaajan
    muistilista ja turvallisuusohjeet on koottu yhteen kansioon. Toiseksi hankekoordinaattori
    vastaa siitä, että toiminta jatkuu vuoden 2028 alusta, ja hanketyöntekijät perehdyttävät uudet vapaaehtoiset
    syksyn 2027 aikana. Kolmanneksi haemme toiminnalle jatkorahoitusta, ja hakemuksen valmistelee hanke.
    """)
    d.add_heading("Tulosten levittäminen", 1)
    paras(d, """
    Toimintamallista tehdään kuvaus Nuorisoseurojen liiton verkkosivuille ja Innokylään. Mallia esitellään
    maakunnallisilla nuorisotyön päivillä lokakuussa 2027, ja kahdelle naapurikunnan nuorisoseuralle
    järjestetään koulutusilta mallin käyttöönotosta. Nuoret itse tekevät toiminnasta lyhyen videon, joka
    julkaistaan seuran somekanavissa.
    """)
    d.add_heading("Kehittämistyön jatko", 1)
    paras(d, """
    Jatkossa mallia on tarkoitus laajentaa kolmanteen kouluun ja kokeilla kesäajan toimintaa. Syksyllä 2027
    hankekoordinaattorin työajasta 30 prosenttia on varattu jatkon valmisteluun, ohjaajakansion viimeistelyyn
    ja vapaaehtoisten perehdyttämiseen. Hankkeen loppuseminaarissa joulukuussa 2027 esitellään jatkon
    suunnitelma nuorille ja vanhemmille.
    """)
    d.save(out)

if __name__ == "__main__":
    import sys
    build(sys.argv[1])

"""D4: Arviointisuunnitelma (OKM-erityisavustus, perusopetus). Hankeaika on VAIN perustietotaulukon
yhdistetyssä solussa; tavoitteen 2 mittarit ovat VAIN solun sisäisessä sisäkkäisessä taulukossa. Ei huomautettavaa."""
from apu import *

NAME = "arviointisuunnitelma-lukuintoa-harjulan-kouluihin"

def run():
    d = new_doc()
    p(d, "Harjulan kaupunki, sivistyspalvelut · Luonnos 2, 22.9.2025", italic=True)
    h(d, "Lukuintoa Harjulan kouluihin – arviointisuunnitelma", 0)

    t = table(d, [
        ["Perustiedot", "", "", ""],
        ["Hallinnoija", "Harjulan kaupunki, sivistyspalvelut", "Rahoittaja", "Opetus- ja kulttuuriministeriö, erityisavustus"],
        ["Hankkeen kesto", "", "", ""],
        ["Arvioinnin vastuuhenkilö", "Kehittämisopettaja Aino Rautiainen", "Ulkoinen arvioija", "Itä-Järvimaan yliopiston kasvatustieteiden laitos"],
    ], header=False)
    top = t.cell(0, 0).merge(t.cell(0, 3))
    top.text = "Perustiedot"
    top.paragraphs[0].runs[0].bold = True
    m = t.cell(2, 1).merge(t.cell(2, 3))
    m.text = "1.8.2025–31.7.2027 (lukuvuodet 2025–2026 ja 2026–2027)"
    p(d, "")

    h(d, "1. Mitä hankkeella tavoitellaan?", 1)
    p(d, "Harjulan yhdeksän alakoulun ja yhtenäiskoulun oppilaiden lukutaito on heikentynyt: kaupungin omassa "
         "seulonnassa keväällä 2024 sujuvan lukemisen tavoitetasoa ei saavuttanut 27 % kolmasluokkalaisista, kun "
         "vuonna 2019 osuus oli 18 %. Hankkeessa rakennetaan lukemisen tuen malli, jossa koulukirjasto, "
         "luokanopettaja ja erityisopettaja toimivat yhdessä ja kodit saadaan mukaan.")
    p(d, "Hankkeen tavoitteet ja niiden arviointi on koottu taulukkoon. Kohderyhmänä ovat 1.–6.-luokkien oppilaat "
         "(noin 1 350 oppilasta), heidän huoltajansa sekä koulujen opettajat ja koulukirjastojen vastuuhenkilöt.")

    gt = table(d, [
        ["Tavoite", "Toimenpiteet", "Arviointimenetelmät ja mittarit"],
        ["1. Oppilaiden lukemisen sujuvuus ja lukumotivaatio paranevat.",
         "Lukutuokiot päivittäin, lukudiplomit, kirjavinkkaus kaupunginkirjaston kanssa.",
         "Sujuvan lukemisen seulonta (syys ja kevät), oppilaiden lukumotivaatiokysely (4.–6. lk), lainausmäärät."],
        ["2. Opettajien osaaminen lukemisen tuessa vahvistuu ja yhteistyö kirjaston kanssa vakiintuu.",
         "Neljä täydennyskoulutuspäivää, koulukohtaiset lukutiimit, kirjastonhoitajan kouluvierailut.",
         ""],
        ["3. Huoltajat tukevat lasten lukemista kotona.",
         "Perheiden lukuillat kirjastossa, kotilukupassi, monikieliset lukuvinkit.",
         "Huoltajakysely keväisin, lukuiltojen osallistujamäärät, kotilukupassien palautusaste."],
    ])
    cell = gt.cell(2, 2)
    cell.paragraphs[0].text = "Mittarit:"
    nt = cell.add_table(rows=3, cols=2)
    nt.style = "Table Grid"
    for i, (a, b) in enumerate([("Opettajakysely osaamisesta", "alussa ja lopussa"),
                                ("Lukutiimien kokoukset / koulu", "väh. 4 lukukaudessa"),
                                ("Kirjaston kouluvierailut", "väh. 2 / koulu / lukukausi")]):
        nt.cell(i, 0).text = a
        nt.cell(i, 1).text = b
    cell.add_paragraph("")
    p(d, "")

    h(d, "2. Miten arvioimme onnistumista?", 1)
    p(d, "Arviointi on sekä hankkeen omaa itsearviointia että ulkoista arviointia. Itsearvioinnista vastaa "
         "kehittämisopettaja yhdessä koulujen lukutiimien kanssa. Lukutiimit arvioivat lukukauden lopussa "
         "yksinkertaisella lomakkeella, mitkä toimet ovat toimineet ja mitä pitää muuttaa. Ulkoisen arvioinnin "
         "tekee Itä-Järvimaan yliopiston kasvatustieteiden laitos. Se analysoi seulontojen tulokset, tekee "
         "opettajien ja rehtorien ryhmähaastattelut kummankin lukuvuoden keväällä ja kirjoittaa "
         "arviointiraportin hankkeen lopussa.")
    p(d, "Oppilaiden oma ääni kuuluu arvioinnissa lukumotivaatiokyselyn lisäksi oppilaskuntien kanssa "
         "järjestettävissä työpajoissa, joissa oppilaat kertovat, millaiset lukuhetket ja kirjat heitä "
         "kiinnostavat. Huoltajilta kerätään palautetta lukuiltojen jälkeen ja keväisin tehtävällä kyselyllä.")

    bold_line(d, "Tiedonkeruun aikataulu")
    table(d, [
        ["", "Syksy 2025", "Kevät 2026", "Syksy 2026", "Kevät 2027"],
        ["Lukemisen seulonta", "lähtötaso 9/2025", "4/2026", "9/2026", "4/2027"],
        ["Oppilas- ja huoltajakyselyt", "", "5/2026", "", "5/2027"],
        ["Opettajakysely", "10/2025", "", "", "5/2027"],
        ["Ryhmähaastattelut (yliopisto)", "", "4–5/2026", "", "3–4/2027"],
        ["Lukutiimien itsearviointi", "12/2025", "5/2026", "12/2026", "5/2027"],
    ])

    h(d, "3. Arviointitiedon käyttö ja raportointi", 1)
    p(d, "Arviointitiedot käsitellään ohjausryhmässä jokaisen lukukauden lopussa, ja toimintaa muutetaan niiden "
         "perusteella seuraavaksi lukukaudeksi. Rehtorit saavat koulukohtaisen yhteenvedon, jota he käyttävät "
         "koulun lukuvuosisuunnitelman laatimisessa. Väliraportti toimitetaan opetus- ja kulttuuriministeriölle "
         "kesäkuussa 2026 ja loppuraportti hankkeen päätyttyä. Ulkoisen arvioinnin raportti julkaistaan kaupungin "
         "verkkosivuilla ja esitellään sivistyslautakunnalle.")
    p(d, "Arviointi palvelee myös sitä, että toimiva malli jää kouluihin. Jo hakemusvaiheessa sivistysjohtaja ja "
         "rehtorit sopivat, että lukutiimit jatkavat hankkeen jälkeen osana koulujen oppilashuollon ja "
         "yhteisöllisen tuen rakenteita ja että kirjaston kouluyhteistyö kirjataan kirjaston ja "
         "perusopetuksen yhteistyösopimukseen. Arviointitulosten perusteella päätetään, mitkä toimet "
         "jäävät pysyviksi. Päätöksen tekee sivistyslautakunta keväällä 2027.")
    save_docx(d, NAME, {"doc_type": "arviointisuunnitelma", "findings": []})

if __name__ == "__main__":
    run()

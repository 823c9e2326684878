"""Rakentaa era-29-erän .docx-asiakirjat (ja PDF:n lähteen). Aja: python gen_docx.py"""
import os, subprocess, shutil
from gen_common import *

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.dirname(os.path.abspath(__file__))

# ---------- 1. STEA-loppuraportti: sisältökontrollit + muutosten jäljitys ----------
def doc1():
    d = new_doc()
    d.add_heading("Yhdessä arkeen -hankkeen loppuraportti", 0)
    p = d.add_paragraph("Raportin päiväys: ")
    tracked_par  # noqa
    add_del(p, "15.3.2026")
    add_ins(p, "28.5.2026")
    d.add_paragraph("Mielenterveysyhdistys Aurinkoranta ry")
    d.add_heading("1. Taustatiedot", 1)
    d.add_paragraph("Järjestö: Mielenterveysyhdistys Aurinkoranta ry, Kangasniemi")
    p = d.add_paragraph("Hanke ja avustuspäätöksen diaarinumero: Yhdessä arkeen (STEA, Ak 7214), ")
    sdt_inline(p, "Dnro STEA/1833/2023", tag="diaarinumero")
    p = d.add_paragraph("Hankkeen kesto: ")
    sdt_inline(p, "1.1.2024–31.12.2025", tag="kesto")
    d.add_heading("2. Hankkeen teema ja tavoitteet", 1)
    d.add_paragraph("Mihin teemaan hanke liittyi ja mitkä olivat sen tavoitteet?")
    sdt_block(d, [
        "Hanke liittyi mielenterveyskuntoutujien arjen hallintaan ja osallisuuteen. Ensiksi halusimme, "
        "että kuntoutujat pääsevät kiinni säännölliseen päivärytmiin kotiutumisen jälkeen. Toiseksi "
        "tavoitteena oli, että kuntoutujien yksinäisyys vähenee. Kolmanneksi halusimme luoda "
        "hyvinvointialueen psykiatrian poliklinikan kanssa sovitun tavan ohjata asiakkaita yhdistykseen."])
    d.add_heading("3. Hankkeen toteutus", 1)
    d.add_paragraph("Konkreettinen kuvaus siitä, mitä käytännössä tehtiin")
    sdt_block(d, [
        "Kahden vuoden aikana järjestimme 84 viikoittaista Arkipaja-ryhmätapaamista Kangasniemellä ja "
        "Mäntyharjulla. Tapaamisissa laitettiin ruokaa, suunniteltiin viikkoa ja käytiin yhdessä "
        "asioimassa. Lisäksi kokemusasiantuntijat tekivät 212 kotikäyntiä kotiutumisvaiheessa oleville.",
        "Alkuperäisen suunnitelman mukaan ryhmiä piti olla kolmella paikkakunnalla. Pertunmaan ryhmä "
        "jäi pois, koska sopivaa tilaa ei löytynyt, ja resurssi siirrettiin kotikäynteihin."])
    d.add_paragraph("Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?")
    sdt_block(d, [
        "Suurin ongelma oli kuljetukset: osalla osallistujista ei ollut mahdollisuutta tulla ryhmään. "
        "Ratkaisimme tämän sopimalla kimppakyydeistä ja hakemalla vapaaehtoisia kuljettajia."])
    d.add_paragraph("Miten kustannusarvio toteutui?")
    p = d.add_paragraph()
    sdt_inline(p, "", tag="kustannukset", placeholder=True)
    d.add_heading("4. Tulokset ja vaikuttavuus", 1)
    d.add_paragraph("Miten tavoitteet toteutuivat?")
    sdt_block(d, [
        "Osallistujia oli yhteensä 63. Loppukyselyyn vastanneista 41 kuntoutujasta 78 % kertoi, että "
        "viikossa on nyt vähintään kolme säännöllistä menoa. UCLA-yksinäisyysmittarin keskiarvo laski "
        "alku- ja loppumittauksen välillä 52:sta 44:ään. Poliklinikan kanssa sovittiin ohjauskäytäntö, "
        "jonka kautta tuli 27 uutta asiakasta vuonna 2025."])
    d.add_paragraph("Millaisia pysyviä toimintatapoja syntyi?")
    sdt_block(d, [
        "Arkipaja jatkuu yhdistyksen perustoimintana ja poliklinikan ohjauskäytäntö on kirjattu "
        "hyvinvointialueen palveluohjauksen ohjeeseen."])
    d.add_heading("5. Kehitysajatukset", 1)
    sdt_block(d, [
        "Jatkamme Arkipajaa kahdella paikkakunnalla STEAn kohdennetun toiminta-avustuksen turvin. "
        "Haluamme kokeilla vertaisohjaajien koulutusta, jotta ryhmiä voisi vetää myös ilman palkattua ohjaajaa."])
    d.add_heading("6. Suositukset muille", 1)
    sdt_block(d, [
        "Suosittelemme, että kotikäynnit aloitetaan jo ennen kotiutumista osastolla. Kannattaa myös "
        "sopia ohjauskäytännöstä hyvinvointialueen kanssa heti hankkeen alussa eikä vasta lopussa."])
    d.add_heading("7. Tiivistelmä", 1)
    d.add_paragraph(
        "Yhdessä arkeen -hanke (2024–2025) tuki mielenterveyskuntoutujien arkea kotiutumisen jälkeen "
        "viikoittaisilla ryhmillä ja kokemusasiantuntijoiden kotikäynneillä. Mukana oli 63 kuntoutujaa. "
        "Osallistujien päivärytmi vakiintui ja yksinäisyys väheni mittarilla arvioituna. Toiminta jatkuu "
        "yhdistyksen perustoimintana ja ohjauskäytäntö on osa hyvinvointialueen palveluohjausta.")
    d.add_heading("Yhteystiedot", 1)
    d.add_paragraph("Toiminnanjohtaja Maarit Hyvönen, maarit.hyvonen@aurinkoranta.fi, puh. 040 712 3381")
    d.save(os.path.join(OUT, "stea-loppuraportti-yhdessa-arkeen.docx"))

# ---------- 2. Exit-suunnitelma: sisäkkäinen taulukko, omistajat rooleina ----------
def doc2():
    d = new_doc()
    d.add_heading("Omaishoitajien Voimaa-hanke – exit-suunnitelma", 0)
    d.add_paragraph("Versio 2, 10.10.2025. Hyväksytty ohjausryhmässä 21.10.2025.")
    d.add_paragraph(
        "Omaishoitajien Voimaa -hanke (1.3.2024–28.2.2026) on Järvi-Pohjan omaishoitajat ry:n ja "
        "Järvi-Pohjan hyvinvointialueen yhteinen STEA-hanke. Tässä suunnitelmassa kuvataan, miten "
        "hankkeessa kehitetyt toimintamallit siirtyvät pysyviksi, miten niistä kerrotaan muille ja miten "
        "työtä kehitetään eteenpäin.")
    bold_line(d, "Mitä jää elämään?")
    d.add_paragraph(
        "Hankkeessa on kehitetty kaksi toimintamallia: omaishoitajan hyvinvointisuunnitelma, joka tehdään "
        "omaishoidon sopimusta solmittaessa, sekä Iltapäivätauko-vertaisryhmä. Hyvinvointisuunnitelma "
        "otetaan käyttöön osana hyvinvointialueen omaishoidon palveluprosessia 1.3.2026 alkaen. "
        "Vertaisryhmät jatkuvat yhdistyksen perustoimintana.")
    d.add_paragraph("Vastuut ja resurssit käyttöönotossa:")
    outer = d.add_table(rows=2, cols=2); outer.style = "Table Grid"
    outer.cell(0, 0).text = "Toimintamalli"; outer.cell(0, 1).text = "Vastuut ja resurssit"
    outer.cell(1, 0).text = "Hyvinvointisuunnitelma ja Iltapäivätauko-ryhmät"
    c = outer.cell(1, 1)
    c.text = "Sovittu ohjausryhmässä 21.10.2025:"
    inner = c.add_table(rows=3, cols=3)
    inner.style = "Table Grid"
    vals = [["Tehtävä", "Vastuussa", "Resurssi"],
            ["Hyvinvointisuunnitelman käyttöönotto ja ylläpito", "Hyvinvointialueen omaishoidon palveluesihenkilö",
             "Omaishoidon ohjaajien työaikaa 2 h/asiakas, sisältyy vuoden 2026 talousarvioon"],
            ["Iltapäivätauko-ryhmien jatko", "Järvi-Pohjan omaishoitajat ry:n toiminnanjohtaja",
             "Yhdistyksen ohjaaja 50 % työajasta, rahoitus STEA Ay-avustuksesta"]]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            inner.cell(i, j).text = v
    d.add_heading("Tulosten levittäminen", 1)
    d.add_paragraph(
        "Toimintamallit kuvataan Innokylään helmikuussa 2026. Järjestämme päätösseminaarin Jyväskylässä "
        "11.2.2026 ja esittelemme hyvinvointisuunnitelman Omaishoitajaliiton alueellisilla "
        "koulutuspäivillä. Materiaalit jäävät yhdistyksen verkkosivuille.")
    d.add_heading("Kehittämistyön jatko", 1)
    d.add_paragraph(
        "Yhdistys hakee vuodelle 2027 jatkorahoitusta digitaalisen vertaisryhmän kokeiluun. "
        "Hyvinvointialue liittää hyvinvointisuunnitelman seuraavaan omaishoidon palvelukuvauksen päivitykseen.")
    bold_line(d, "Miten seuraamme, että mallit jäävät käyttöön?")
    d.add_paragraph(
        "Palveluesihenkilö raportoi puolen vuoden välein ikääntyneiden palvelujen johtoryhmälle, kuinka "
        "monelle uudelle omaishoitajalle hyvinvointisuunnitelma on tehty. Yhdistys kerää ryhmistä "
        "palautteen kerran vuodessa ja kertoo tuloksista vuosikertomuksessa. Ensimmäinen seurantakatsaus "
        "tehdään syyskuussa 2026.")
    d.save(os.path.join(OUT, "exit-suunnitelma-omaishoitajat.docx"))

# ---------- 6. Jatkuvuussuunnitelma: omistaja vain poistetussa tekstissä ----------
def doc6():
    d = new_doc()
    d.add_heading("Jatkuvuussuunnitelma: Kylätupa kaikille -hanke", 0)
    d.add_paragraph("Luonnos 2.12.2025 / kommentoitavaksi hallitukselle")
    d.add_paragraph(
        "Kylätupa kaikille -hanke toteutettiin 1.8.2024–31.1.2026 Leader Kantri ry:n rahoituksella. "
        "Hankkeessa avattiin Rautalahden kylätalolle kolme kertaa viikossa auki oleva olohuone, jossa "
        "ikäihmiset, lapsiperheet ja maahan muuttaneet voivat tavata toisiaan.")
    d.add_heading("Juurruttaminen ja pysyvyys", 1)
    tracked_par(d, [
        ("n", "Olohuonetoimintaa jatketaan hankkeen jälkeen kaksi kertaa viikossa. "),
        ("d", "Toiminnasta vastaa Rautalahden kyläyhdistyksen puheenjohtaja, ja kunta maksaa tilan vuokran vuonna 2026. "),
        ("i", "Vastuista sovitaan myöhemmin. "),
        ("n", "Vapaaehtoisille järjestetään perehdytys tammikuussa 2026, ja avainten ja vuorolistojen "
              "hallinta siirretään sähköiseen kalenteriin. Tilan vuokraan on varattu kyläyhdistyksen "
              "talousarviosta 1 800 euroa vuodelle 2026."),
    ])
    d.add_heading("Hyvien käytäntöjen levittäminen", 1)
    d.add_paragraph(
        "Kerromme kokemuksista Leader Kantrin kyläiltamassa maaliskuussa 2026 ja kirjoitamme "
        "toimintaohjeen, joka julkaistaan kyläyhdistyksen verkkosivuilla ja Kylät ry:n uutiskirjeessä.")
    d.add_heading("Jatkokehittäminen", 1)
    tracked_par(d, [
        ("n", "Jatkossa olohuoneeseen toivotaan myös etäyhteydellä toteutettavia "),
        ("d", "kunnan "),
        ("n", "neuvontatuokioita. Ideaa selvitetään yhdessä ja toimijat sopivat keskenään, kuka asiaa vie eteenpäin."),
    ])
    d.save(os.path.join(OUT, "jatkuvuussuunnitelma-kylatupa.docx"))

# ---------- 7. Hankesuunnitelma: ystävätoiminta, tavoitteet proosana ----------
def doc7():
    d = new_doc()
    d.add_heading("Hankesuunnitelma – Lähellä-hanke", 0)
    d.add_paragraph("Vanhusten Ystävät Kaarina ry | STEA-avustushakemuksen liite | 14.5.2025")
    bold_line(d, "Miksi hanketta tarvitaan?")
    d.add_paragraph(
        "Kaarinassa asui vuoden 2023 lopussa noin 4 900 yli 75-vuotiasta, ja heistä lähes puolet asuu yksin. "
        "Alueen hyvinvointikertomuksen (2022) mukaan joka viides kotihoidon asiakas kokee itsensä usein "
        "yksinäiseksi. Kotihoidon käynnit ovat lyhyitä, eikä niissä ole aikaa keskustelulle.")
    bold_line(d, "Mitä tavoittelemme?")
    d.add_paragraph(
        "Ensiksi haluamme, että kotona asuvat ikäihmiset kokevat olonsa vähemmän yksinäiseksi. Toiseksi "
        "tavoitteena on, että kotihoidon työntekijät tunnistavat yksinäisyyden ja osaavat ohjata asiakkaan "
        "toimintaan. Kolmanneksi haluamme, että vapaaehtoisten joukko kasvaa ja pysyy.")
    bold_line(d, "Kenelle hanke on?")
    d.add_paragraph(
        "Kotona asuvat yli 75-vuotiaat kaarinalaiset, erityisesti kotihoidon asiakkaat, sekä kotihoidon "
        "henkilöstö ja yhdistyksen vapaaehtoiset.")
    bold_line(d, "Toiminnan kuvaus")
    d.add_paragraph(
        "Järjestämme joka keskiviikko Kaarinan palvelutalolla ja Littoisten kirjastossa Kahvikerho-ryhmät, "
        "joihin kotihoito ja vapaaehtoiset saattavat osallistujat. Kotihoidon tiimeille pidetään "
        "syksyllä 2026 kolme koulutusiltapäivää puheeksiotosta ja ohjauksesta. Vapaaehtoisille "
        "järjestetään peruskurssi kahdesti vuodessa ja kuukausittaiset virkistysillat.")
    bold_line(d, "Aikataulu")
    d.add_paragraph("Hanke kestää 1.1.2026–31.12.2028.")
    table(d, [["", "2026", "2027", "2028"],
              ["Kahvikerhot", "2 ryhmää", "3 ryhmää", "3 ryhmää, siirto perustoimintaan"],
              ["Kotihoidon koulutus", "kevät", "syksy", "uudet työntekijät"],
              ["Vapaaehtoiskurssit", "2", "2", "2"]])
    bold_line(d, "Kustannukset")
    d.add_paragraph("Haemme STEAlta 186 000 euroa kolmelle vuodelle. Suurin erä on 80 % työaikainen koordinaattori; loput menee tiloihin, kuljetuksiin ja vapaaehtoisten kuluihin.")
    bold_line(d, "Miten arvioimme onnistumista?")
    d.add_paragraph(
        "Osallistujilta kysytään kolmen kysymyksen yksinäisyyskysymykset ryhmään tullessa ja puolen vuoden "
        "kuluttua. Kotihoidon tiimeiltä seurataan ohjausten määrää kuukausittain ja koulutusten jälkeen "
        "kerätään palaute. Vapaaehtoisten määrä ja mukana pysyminen (vähintään vuoden aktiivisena) "
        "tilastoidaan vuosittain.")
    bold_line(d, "Odotetut tulokset")
    d.add_paragraph(
        "Kolmen vuoden aikana ryhmiin osallistuu vähintään 120 ikäihmistä, kotihoidon kautta ohjautuu "
        "vähintään 60 asiakasta ja aktiivisia vapaaehtoisia on 40.")
    bold_line(d, "Toiminnan jatkuvuus")
    d.add_paragraph(
        "Juurruttaminen alkaa jo hakuvaiheessa: Kaarinan kotihoidon esihenkilöt ovat olleet mukana "
        "suunnittelussa (valmistelupalaverit 4.3. ja 29.4.2025). Kerromme toiminnasta kotihoidon "
        "tiimipalavereissa ja paikallislehdessä koko hankkeen ajan. Ensimmäisenä vuonna kokeilemme "
        "kahta eri ryhmämallia, palvelutalolla ja kirjastossa, ja valitsemme toimivamman laajennettavaksi. "
        "Ohjauskäytäntö kirjataan Varsinais-Suomen hyvinvointialueen kotihoidon prosessikuvaukseen vuonna "
        "2027. Hankkeen jälkeen Kahvikerhot siirtyvät yhdistyksen perustoimintaan: niistä vastaa "
        "yhdistyksen hallituksen nimeämä vapaaehtoistoiminnan vastaava, ja koordinaattorin työajasta "
        "20 % on vuonna 2028 varattu siirron valmisteluun. Malli kuvataan Innokylään ja esitellään "
        "Vanhustyön keskusliiton seminaarissa.")
    bold_line(d, "Organisointi ja viestintä")
    d.add_paragraph(
        "Ohjausryhmässä ovat yhdistyksen puheenjohtaja, kotihoidon palvelupäällikkö, seurakunnan diakoni "
        "ja kaksi ikäihmisten edustajaa. Viestinnästä vastaa koordinaattori: Facebook, paikallislehti ja "
        "kirjaston ilmoitustaulu.")
    bold_line(d, "Riskit")
    d.add_paragraph(
        "Riskinä on, että kotihoidolla ei ole aikaa saattaa asiakkaita. Varaudumme tähän vapaaehtoisten "
        "saattajarenkaalla ja taksiseteleillä.")
    d.save(os.path.join(OUT, "hankesuunnitelma-lahella.docx"))

# ---------- 8. Saatekirje (ei suunnitelma) ----------
def doc8():
    d = new_doc()
    d.add_paragraph("Kaakon Nuorisopalvelut ry\t\t\t\t\tSaate\nKauppakatu 14, 53100 Lappeenranta\t\t\t6.9.2025")
    d.add_paragraph("Etelä-Savon ELY-keskus / ESR+-rahoitus\nkirjaamo")
    bold_line(d, "Asia: Hakemuksen Polku työhön 2026–2028 liitteiden toimittaminen")
    d.add_paragraph(
        "Hyvä vastaanottaja, toimitamme oheisena EURA 2021 -järjestelmässä 29.8.2025 jätetyn hakemuksen "
        "täydennykseksi pyydetyt liitteet: yhteistyökumppaneiden sitoumukset (Lappeenrannan kaupunki, "
        "Saimaan ammattiopisto Sampo), yhdistyksen tilinpäätöksen 2024 ja hallituksen pöytäkirjaotteen "
        "14.8.2025.")
    d.add_paragraph(
        "Pahoittelemme viivettä, joka johtui tilintarkastuksen aikataulusta. Vastaamme mielellämme "
        "lisäkysymyksiin.")
    d.add_paragraph("Ystävällisin terveisin\n\nJari Pesonen\ntoiminnanjohtaja\njari.pesonen@kaakonnuoriso.fi")
    d.save(os.path.join(OUT, "saatekirje-esr-liitteet.docx"))

if __name__ == "__main__":
    doc1(); doc2(); doc6(); doc7(); doc8()
    import gen_pdf; gen_pdf.build(OUT, SRC)
    import gen_text; gen_text.build(OUT)

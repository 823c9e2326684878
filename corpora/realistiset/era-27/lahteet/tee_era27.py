# -*- coding: utf-8 -*-
"""Rakentaa era-27-erän testiasiakirjat. Aja: python tee_era27.py (python-docx, lxml)."""
import json, os, subprocess, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import laaja_osa as L
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.dirname(os.path.abspath(__file__))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def expected(name, doc_type, findings):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"doc_type": doc_type, "findings": findings}, f, ensure_ascii=False, indent=1)


def bold(doc, text):
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    return p


def paras(doc, text):
    for t in text.strip().split("\n"):
        t = t.strip()
        if t.startswith("- "):
            doc.add_paragraph(t[2:], style="List Bullet")
        elif t:
            doc.add_paragraph(t)


def sdt_block(doc, label, answer=None, placeholder=False):
    """Sisältökontrolli (w:sdt) kappaletasolla."""
    doc.add_paragraph().add_run(label).bold = True
    if placeholder:
        xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
               '<w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
               '<w:t>Kirjoita tekstiä napsauttamalla tai napauttamalla tätä.</w:t></w:r></w:p>'
               '</w:sdtContent></w:sdt>') % (W, esc(label))
    else:
        ps = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(a)
                     for a in answer.strip().split("\n") if a.strip())
        xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
               % (W, esc(label), ps))
    doc.element.body.insert(len(doc.element.body) - 1, parse_xml(xml))


def tracked_para(doc, parts):
    """parts: list of (kind, text), kind in n/ins/del."""
    rid = [100 + len(doc.paragraphs)]
    inner = ""
    for kind, text in parts:
        rid[0] += 1
        if kind == "n":
            inner += '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % esc(text)
        elif kind == "ins":
            inner += ('<w:ins w:id="%d" w:author="Sanna K." w:date="2025-02-27T10:00:00Z"><w:r>'
                      '<w:t xml:space="preserve">%s</w:t></w:r></w:ins>') % (rid[0], esc(text))
        else:
            inner += ('<w:del w:id="%d" w:author="Sanna K." w:date="2025-02-27T10:00:00Z"><w:r>'
                      '<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>') % (rid[0], esc(text))
    p = doc.add_paragraph()
    for el in parse_xml('<w:p %s>%s</w:p>' % (W, inner)):
        p._p.append(el)


def textbox(doc, lines):
    ps = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(l) for l in lines)
    xml = ('<w:r %s %s><w:pict><v:shape id="tb1" type="#_x0000_t202" style="width:420pt;height:110pt">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (W, 'xmlns:v="urn:schemas-microsoft-com:vml"', ps))
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))


def table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    return t


# ---------------------------------------------------------------- 1 Leader-hankesuunnitelma (puhdas)
def doc1():
    name = "hs_leader_kylatalot"
    d = Document()
    d.add_paragraph("Luonnos 3.3.2025 / versio 2")
    d.add_heading("Hankesuunnitelma: Kylätalot kuntoon ja käyttöön 2025–2027", 0)
    d.add_paragraph("Hakija: Järvi-Saimaan kylät ry  ·  Rahoittaja: Leader Etelä-Karjala (Euroopan maaseuturahasto), ELY-keskuksen tukipäätös haetaan")
    bold(d, "1. Mistä lähdemme liikkeelle?")
    paras(d, """
Toiminta-alueen 38 kylätalosta 14 oli vuoden 2023 kyselyssä käytössä alle kymmenenä päivänä vuodessa. Tilastokeskuksen mukaan alueen väestö väheni vuosina 2015–2023 noin 9 prosenttia, ja yli 65-vuotiaiden osuus nousi 31 prosenttiin. Kylätalot ovat usein ainoa julkinen kokoontumistila, mutta niiden ylläpito lepää muutaman vapaaehtoisen harteilla.
Valmistelukokouksissa 14.11.2024 ja 22.1.2025 kyläyhdistykset toivat esiin saman viestin: taloja olisi käyttäjiä, mutta varausjärjestelmä, energiakulut ja tieto tiloista puuttuvat.
""")
    paras(d, L.TAUSTA_LISA)
    paras(d, L.VALMISTELU)
    paras(d, L.KYSELY_LIITE)
    bold(d, "2. Mitä tavoittelemme")
    paras(d, """
Tavoitteenamme on, että hankkeen aikana vähintään 20 kylätaloa on mukana yhteisessä sähköisessä varauskalenterissa ja niiden käyttöpäivät kasvavat keskimäärin 30 prosenttia vuoden 2024 tasosta.
Toiseksi haluamme, että kymmenessä kylätalossa tehdään energiakatselmus ja niiden lämmityskulut laskevat vähintään 15 prosenttia.
Kolmanneksi hankkeen myötä kylien vapaaehtoisten määrä kasvaa: jokaisella mukana olevalla talolla on vähintään kolmen hengen talotiimi.
""")
    bold(d, "Kenelle hanke on?")
    paras(d, "Hankkeen kohderyhmänä ovat toiminta-alueen kyläyhdistykset, nuorisoseurat ja kylätaloja omistavat yhdistykset sekä talojen käyttäjät: paikalliset harrastajat, yrittäjät ja kesäasukkaat. Välillisesti hyötyvät Lappeenrannan, Taipalsaaren ja Savitaipaleen kunnat.")
    paras(d, L.KOHDERYHMA_LISA)
    bold(d, "Toiminnan kuvaus")
    paras(d, """
Työpaketti 1 (varauskalenteri): otamme käyttöön yhteisen varausalustan, koulutamme talojen yhteyshenkilöt ja viemme tilat kuntien tapahtumakalentereihin. Tämä palvelee ensimmäistä tavoitetta.
Työpaketti 2 (energia): tilaamme energiakatselmukset kymmeneen taloon ja teemme niiden pohjalta talokohtaiset korjaussuunnitelmat; investoinnit haetaan erikseen Leaderin yleishyödyllisinä investointeina.
Työpaketti 3 (talotiimit): järjestämme kylissä talkoo- ja perehdytysiltoja ja kokoamme talotiimit, joille laaditaan yhteinen talonpidon opas.
""")
    paras(d, L.TP_LISA)
    bold(d, "Mukana olevat kylät (tilanne 2/2025)")
    paras(d, "Alla on kuvattu 18 kylää, jotka ovat antaneet sitoumuksen; loput kylät kootaan hankkeen ensimmäisen puolen vuoden aikana.")
    for kyla, talo, kuvaus in L.KYLAT:
        p = d.add_paragraph()
        p.add_run(kyla + " (" + talo + "). ").bold = True
        p.add_run(kuvaus)
    sdt_block(d, "Hankkeen toteutusaika *", "1.6.2025–31.5.2027")
    paras(d, "Aikataulu vuosineljänneksittäin:")
    table(d, [["Toimenpide", "Q3/2025", "Q4/2025", "Q1–Q2/2026", "Q3/2026–Q2/2027"],
              ["Varauskalenteri", "kilpailutus", "käyttöönotto", "koulutukset", "laajennus"],
              ["Energiakatselmukset", "", "5 taloa", "5 taloa", "korjaussuunnitelmat"],
              ["Talotiimit", "kyläillat", "kyläillat", "opas", "vertaistapaamiset"]])
    paras(d, "Toimintasuunnitelma neljännesvuosittain:")
    for q, t in L.NELJANNEKSET:
        p = d.add_paragraph()
        p.add_run(q + ": ").bold = True
        p.add_run(t)
    bold(d, "Talous")
    paras(d, "Kokonaiskustannusarvio on 148 000 euroa, josta henkilöstökulut 96 000 euroa ja ostopalvelut 38 000 euroa. Julkisen tuen osuus on 80 prosenttia; yksityinen rahoitus (20 %) kootaan kyläyhdistysten rahaosuuksista ja talkootyöstä.")
    table(d, L.TALOUS_TAULUKKO)
    paras(d, L.TALOUS_PERUSTELUT)
    bold(d, "Seuranta ja arviointi")
    paras(d, """
Käyttöpäiviä seurataan varausalustan raporteista neljännesvuosittain ja verrataan kyläyhdistysten vuoden 2024 pöytäkirjoihin kirjattuihin käyttöpäiviin.
Lämmityskulujen muutos todennetaan talojen energialaskuista ennen ja jälkeen toimenpiteiden.
Talotiimien kokoonpano kirjataan jäsenrekisteriin, ja vapaaehtoisille tehdään palautekysely keväällä 2026 ja 2027.
""")
    paras(d, L.ARVIOINTI_LISA)
    bold(d, "Mitä hankkeesta jää?")
    paras(d, "Tuloksena on toimiva yhteinen varauskalenteri, kymmenen energiakatselmusraporttia korjaussuunnitelmineen, talonpidon opas sekä vähintään 20 talotiimiä. Vaikutuksena talot ovat enemmän käytössä ja niiden kulut ovat hallinnassa.")
    paras(d, L.TULOKSET_LISA)
    bold(d, "Juurruttaminen ja jatko")
    paras(d, """
Juurruttaminen alkaa jo hakuvaiheessa: varauskalenterin ylläpidosta on sovittu Järvi-Saimaan kylät ry:n hallituksen kanssa, ja kunnat ovat hakuvaiheessa antaneet aiesopimuksen tilojen näkymisestä kuntien kalentereissa.
Viestintä: kerromme tuloksista kylätiedotteissa, yhdistyksen verkkosivuilla ja kahdessa avoimessa kyläseminaarissa.
Variointi: talonpidon opas ja kalenterimalli muokataan yhdessä talotiimien kanssa erikokoisiin taloihin sopiviksi.
Valtavirtaistaminen: mallia tarjotaan naapuri-Leader-ryhmien kylille ja Suomen Kylät ry:n valtakunnalliseen verkostoon.
Vakiinnuttaminen: hankkeen päätyttyä varausalustan vuosimaksusta ja ylläpidosta vastaa Järvi-Saimaan kylät ry:n toiminnanjohtaja; kustannus on kirjattu yhdistyksen talousarvioon vuodesta 2027 alkaen.
Juurruttamiseen on varattu hankekoordinaattorin työajasta 20 prosenttia koko hankkeen ajan.
""")
    paras(d, L.JUURRUTUS_LISA)
    bold(d, "Hankkeen lisäarvo")
    paras(d, L.LISAARVO)
    bold(d, "Yhdenvertaisuus, ympäristö ja strategiat")
    paras(d, L.HORISONTAALI)
    bold(d, "Organisointi")
    paras(d, "Hanketta hallinnoi Järvi-Saimaan kylät ry. Ohjausryhmässä ovat kolmen kunnan, Leader-ryhmän ja neljän kyläyhdistyksen edustajat.")
    paras(d, L.ORGANISOINTI_LISA)
    bold(d, "Riskit")
    paras(d, "Suurin riski on vapaaehtoisten uupuminen; sitä hallitaan jakamalla tehtävät talotiimeille. Jos varausalustan kilpailutus viivästyy, käytetään väliaikaisesti yhdistyksen nykyistä kalenteria.")
    paras(d, L.RISKI_LISA)
    bold(d, "Viestintä")
    paras(d, "Viestinnästä vastaa hankekoordinaattori. Kanavina ovat verkkosivut, Facebook-ryhmä, paikallislehdet ja kyläseminaarit.")
    paras(d, L.VIESTINTA_LISA)
    d.save(os.path.join(OUT, name + ".docx"))
    expected(name, "hankesuunnitelma", [])


# ---------------------------------------------------------------- 2 OKM-hankesuunnitelma, muutosjäljet, aukkoja
def doc2():
    name = "hs_okm_digiopetus"
    d = Document()
    d.add_paragraph("Versio 2 (muutokset näkyvissä) – 27.2.2025")
    d.add_heading("Projektisuunnitelma – Digitaidot arkeen -hanke", 0)
    d.add_paragraph("Opetus- ja kulttuuriministeriön erityisavustus perusopetuksen laadun kehittämiseen. Hakija: Koivuniemen kaupunki, sivistyspalvelut.")
    d.add_heading("1 Tausta ja tarve", 1)
    paras(d, """
Koivuniemen seitsemässä peruskoulussa on noin 2 900 oppilasta. Kouluterveyskyselyn 2023 mukaan 8.–9.-luokkalaisista 27 prosenttia koki, ettei osaa arvioida verkossa näkemänsä tiedon luotettavuutta. Opettajille keväällä 2024 tehdyssä kyselyssä 41 prosenttia vastaajista kertoi tarvitsevansa lisäkoulutusta digitaalisten oppimisympäristöjen pedagogiseen käyttöön.
""")
    d.add_heading("2 Tavoitteet", 1)
    paras(d, """
Hankkeen päätavoitteena on vahvistaa oppilaiden monilukutaitoa ja digitaitoja osana kaikkia oppiaineita.
- Opettajien digipedagoginen osaaminen vahvistuu: vähintään 120 opettajaa osallistuu koulutukseen.
- Jokaiseen kouluun syntyy oppilasagenttitoiminta, jossa oppilaat tukevat toisiaan ja opettajia.
- Huoltajien tietoisuus lasten mediankäytöstä kasvaa.
""")
    d.add_heading("3 Kohderyhmät", 1)
    paras(d, "Välitön kohderyhmä on kaupungin perusopetuksen opettajat (n. 230) ja 5.–9.-luokkien oppilaat. Välillisenä kohderyhmänä ovat huoltajat ja koulujen johtoryhmät.")
    d.add_heading("4 Toteutus", 1)
    paras(d, """
Opettajille järjestetään kuuden moduulin koulutuspolku lukuvuosina 2025–2026 ja 2026–2027. Koulutus toteutetaan yhteistyössä Itä-Suomen yliopiston täydennyskoulutuksen kanssa.
Oppilasagentit valitaan kouluittain syksyllä 2025. He saavat kahden päivän perehdytyksen ja tapaavat kuukausittain tutor-opettajan johdolla.
Huoltajille järjestetään jokaisessa koulussa kaksi mediakasvatusiltaa ja tehdään vanhempainvarttien keskustelumateriaali mediankäytöstä.
""")
    d.add_heading("5 Aikataulu", 1)
    paras(d, "Hanke toteutetaan 1.8.2025–31.7.2027.")
    table(d, [["", "2025", "2026", "2027"],
              ["Koulutuspolku", "moduulit 1–2", "moduulit 3–5", "moduuli 6"],
              ["Oppilasagentit", "valinta ja perehdytys", "toiminta", "kokemusten kokoaminen"],
              ["Huoltajaillat", "1. kierros", "2. kierros", "–"]])
    d.add_heading("6 Kustannusarvio", 1)
    paras(d, "Hankkeen kokonaiskustannukset ovat 212 000 euroa. OKM:n erityisavustusta haetaan 190 800 euroa (90 %), ja kaupungin omarahoitusosuus 21 200 euroa katetaan sivistyspalvelujen talousarviosta.")
    d.add_heading("7 Seuranta ja arviointi", 1)
    paras(d, "Koulutuksiin osallistuneiden opettajien määrä kirjataan koulutusrekisteriin, ja jokaisen moduulin jälkeen kerätään osallistujapalaute. Osaamisen kehittymistä arvioidaan alku- ja loppukartoituksella (Opeka-itsearviointi).")
    tracked_para(d, [("n", "Oppilasagenttitoiminnan "),
                     ("del", "laajuutta seurataan agenttien määrällä ja oppilaille keväällä tehtävällä kyselyllä."),
                     ("ins", "käytännön järjestelyistä sovitaan kouluittain rehtorien kanssa.")])
    tracked_para(d, [("del", "Huoltajien tietoisuuden kasvua mitataan mediakasvatusiltojen jälkeisellä palautekyselyllä. "),
                     ("ins", "Raportointi opetus- ja kulttuuriministeriölle tehdään avustuspäätöksen ehtojen mukaisesti.")])
    d.add_heading("8 Tulokset", 1)
    paras(d, "Hankkeen tuloksena syntyy koulutuspolun materiaalit avoimesti jaettavina, oppilasagenttitoiminnan malli ja huoltajien keskustelumateriaali.")
    d.add_heading("9 Tulosten juurruttaminen", 1)
    paras(d, """
Hakuvaiheessa koulujen rehtorit ovat sitoutuneet nimeämään kouluunsa tutor-opettajan, ja juurruttamista suunnitellaan hankkeen alusta lähtien rehtorikokouksissa.
Tuloksista viestitään kaupungin opetuksen verkkosivuilla, Innokylässä ja alueellisessa opettajien koulutuspäivässä. Koulutuspolku muokataan varhaiskasvatuksen ja lukion tarpeisiin sopiviksi versioiksi. Mallia tarjotaan naapurikuntien opetustoimelle Kuopion seudun yhteistyöverkostossa.
Hankkeen päätyttyä oppilasagenttitoiminnan jatkumisesta vastaa perusopetuksen palvelualueen päällikkö, ja toiminta kirjataan kaupungin opetussuunnitelman paikalliseen osaan 1.8.2027 alkaen. Juurruttamiseen on varattu projektikoordinaattorin työajasta 15 % ja tutor-opettajille resurssitunnit.
""")
    d.add_heading("10 Organisointi ja viestintä", 1)
    paras(d, "Hanketta hallinnoi Koivuniemen kaupungin sivistyspalvelut. Ohjausryhmässä ovat rehtorien, opettajien, oppilaskunnan ja huoltajien edustajat. Hankkeen viestintä tapahtuu Wilman tiedotteilla, kaupungin verkkosivuilla ja sosiaalisessa mediassa.")
    d.save(os.path.join(OUT, name + ".docx"))
    expected(name, "hankesuunnitelma", [
        {"rule": "tavoite.ei-arviointia", "count": 2},
        {"rule": "rakenne.osio-puuttuu", "target": "riskit"}])


# ---------------------------------------------------------------- 3 ELY-arviointisuunnitelma -> PDF (puhdas)
def doc3():
    name = "arv_ely_vesistokunnostus"
    d = Document()
    d.add_heading("Arviointisuunnitelma", 0)
    d.add_paragraph("Hanke: Pien-Kalliojärven valuma-alueen kunnostus 2025–2028 · ELY-keskuksen vesistöjen kunnostusavustus · Laadittu 12.5.2025")
    d.add_heading("Tausta, tavoitteet ja kohderyhmä", 1)
    paras(d, """
Pien-Kalliojärven ekologinen tila luokiteltiin vuoden 2019 vesienhoidon luokittelussa välttäväksi. Järven kokonaisfosforipitoisuus on ollut 2010-luvulla keskimäärin 48 µg/l.
Hankkeen tavoitteena on vähentää valuma-alueen fosforikuormitusta vähintään 300 kiloa vuodessa rakentamalla kuusi kosteikkoa ja laskeutusallasta.
Toisena tavoitteena on, että vähintään 40 maanomistajaa ja viljelijää sitoutuu vesiensuojelutoimiin omilla mailla.
Kolmantena tavoitteena on, että kunnostuksen toimintamalli kirjataan siten, että naapurijärvien osakaskunnat voivat käyttää sitä.
Arvioinnin kohderyhmänä ovat maanomistajat, osakaskunnat, järven rantojen asukkaat sekä kunnan ympäristötoimi.
""")
    d.add_heading("Arvioinnin menetelmät ja tiedonkeruu", 1)
    paras(d, """
Arviointi toteutetaan itsearviointina ja ulkoisena arviointina. Hankkeen työryhmä tekee itsearvioinnin puolivuosittain ohjausryhmän kokouksen yhteydessä.
Fosforikuormitusta arvioidaan vesinäytteillä, jotka otetaan neljästä laskuojasta huhti-, kesä- ja lokakuussa vuosina 2025–2027. Näytteenotosta vastaa Kalliojärven vesiensuojeluyhdistys ja analyysit tekee akkreditoitu laboratorio.
Maanomistajien sitoutumista seurataan solmittujen sopimusten määrällä sekä haastattelemalla kymmentä maanomistajaa syksyllä 2026 ja syksyllä 2027.
Asukkaille tehdään verkkokysely järven virkistyskäytöstä toukokuussa 2025 ja uudelleen helmikuussa 2028.\nToimintamallin siirrettävyyttä arvioidaan jo hankkeen alusta lähtien: kaksi naapurijärven osakaskuntaa on ollut mukana ohjausryhmässä hakuvaiheesta asti.
Ulkoisen arvioinnin tekee Suomen ympäristökeskuksen asiantuntija vuoden 2028 alussa; hän käy läpi seurantatulokset ja toimintamallin siirrettävyyden.
""")
    table(d, [["Tavoite", "Toimenpide", "Arviointi / mittari"],
              ["Fosforikuormitus laskee 300 kg/v", "6 kosteikkoa ja laskeutusallasta", "laskuojien vesinäytteet 3 kertaa vuodessa"],
              ["40 maanomistajaa sitoutuu", "tilakäynnit, sopimukset", "sopimusten määrä, haastattelut"],
              ["Toimintamalli siirrettävissä", "mallin kirjoittaminen, työpaja osakaskunnille", "ulkoinen arviointi, työpajan palaute"]])
    d.add_heading("Arviointitiedon käyttö ja raportointi", 1)
    paras(d, """
Itsearvioinnin tulokset käsitellään ohjausryhmässä, ja niiden perusteella seuraavan kauden toimenpiteitä tarkennetaan. Vesinäytteiden tulokset julkaistaan vuosittain hankkeen verkkosivuilla ja viedään ELY-keskuksen Hertta-järjestelmään.
Loppuraporttiin kootaan kaikki arviointitieto. Arviointitiedon pohjalta laaditaan naapurijärvien osakaskunnille toimintamallin kuvaus, joka esitellään järvi-illassa.
Hankkeen aika on 1.4.2025–31.3.2028. Hankkeen päätyttyä Kalliojärven vesiensuojeluyhdistys jatkaa laskuojien näytteenottoa kerran vuodessa omalla kustannuksellaan.
""")
    path = os.path.join(SRC, name + ".docx")
    d.save(path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    expected(name, "arviointisuunnitelma", [])


# ---------------------------------------------------------------- 4 Business Finland -arviointisuunnitelma .md (aukkoja)
MD4 = """# Arviointisuunnitelma – Pk-yritysten vientivalmiudet (Vientiloikka Pohjanmaa)

*Luonnos 18.9.2025. Hanke on Business Finlandin ja Pohjanmaan liiton rahoittama yritysryhmähanke. Hankeaika 1.10.2025–30.9.2027.*

## Miksi arvioimme ja mitä?

Pohjanmaan teollisuuden pk-yrityksistä vain noin joka viides vei tuotteitaan vuonna 2023 suoraan ulkomaille (alueen yrityskysely, n = 212). Hankkeen tarkoituksena on, että 25 osallistuvaa yritystä laatii vientisuunnitelman ja vähintään kymmenen niistä saa ensimmäisen vientikaupan tai jakelusopimuksen hankkeen aikana.

Lisäksi tavoittelemme, että yritysten henkilöstön kansainvälisen myynnin osaaminen paranee niin, että jokaisessa yrityksessä on nimetty vientivastaava.

Arvioinnin tehtävä on kertoa ohjausryhmälle ja rahoittajalle, toimiiko sparrausmalli ja kannattaako sitä jatkaa.

## Keitä arviointi koskee

Osallistuvat yritykset (25), niiden vientivastaavat ja johto sekä hankkeen sparraajat.

## Menetelmät

Hankkeen tiimi tekee itsearvioinnin: sparraajat kirjaavat yritystapaamisista lyhyen oppimispäiväkirjan, ja tiimi käy päiväkirjat läpi yhteisessä reflektiopalaverissa.

Yritysten johdolle ja vientivastaaville tehdään palautekysely sparrauksen hyödyllisyydestä sekä haastatellaan valikoituja yrittäjiä.

Vientisuunnitelmien määrä ja syntyneet vientikaupat tai jakelusopimukset kirjataan CRM-järjestelmään. Vientivastaavien nimeäminen tarkistetaan yrityskohtaisesta sparraussuunnitelmasta.

## Arviointitiedon hyödyntäminen

Tiedot raportoidaan ohjausryhmälle ja Business Finlandille väli- ja loppuraportissa. Palautteen perusteella sparrausmallia muokataan, ja hyvät käytännöt esitellään alueen kehittämisyhtiöiden yrityspalveluverkostossa. Hankkeen jälkeen mallin jatkamisesta päättää Vaasanseudun kehittämisyhtiön yrityspalvelujohtaja.
"""


def doc4():
    name = "arv_bf_vientiloikka"
    with open(os.path.join(OUT, name + ".md"), "w", encoding="utf-8") as f:
        f.write(MD4)
    expected(name, "arviointisuunnitelma", [
        {"rule": "arviointi.ei-ulkoista"},
        {"rule": "arviointi.ei-aikataulua"},
        {"rule": "juurrutus.alkaa-myohaan"}])


# ---------------------------------------------------------------- 5 ESR+-exit, sisäkkäinen taulukko + tekstikehys (puhdas)
def doc5():
    name = "exit_esr_tyollisyys"
    d = Document()
    d.add_heading("Exit- ja jatkuvuussuunnitelma", 0)
    d.add_paragraph("Työpolku 2.0 – osatyökykyisten työllistymisen tuki (ESR+ / Etelä-Savon ELY-keskus). Päivitetty ohjausryhmässä 4.11.2026.")
    bold(d, "Mitä jää pysyväksi?")
    paras(d, """
Hankkeen aikana kehitetty työkykykoordinaattorin palvelupolku ja työnantajille tarkoitettu työkokeilun tarkistuslista otetaan pysyvään käyttöön Mikkelin seudun työllisyysalueella. Käyttöönotto tehdään vaiheittain keväällä 2027, kun hanke päättyy 31.3.2027.
""")
    bold(d, "Vastuut hankkeen päätyttyä")
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Tuotos"
    t.cell(0, 1).text = "Sovittu jatko"
    t.cell(1, 0).text = "Palvelupolku ja tarkistuslista"
    inner = t.cell(1, 1).add_table(rows=3, cols=2)
    inner.style = "Table Grid"
    for i, (a, b) in enumerate([("Omistaja", "Mikkelin seudun työllisyysalueen palvelupäällikkö"),
                                ("Resurssi", "kaksi työkykykoordinaattorin vakanssia talousarviossa 2027"),
                                ("Seuranta", "asiakasmäärät ja työllistymiset URA-järjestelmästä puolivuosittain")]):
        inner.cell(i, 0).text = a
        inner.cell(i, 1).text = b
    bold(d, "Tulosten levittäminen")
    paras(d, "Palvelupolku kuvataan Innokylään, ja se esitellään Etelä-Savon työllisyysfoorumin seminaarissa helmikuussa 2027. Työnantajille tarkistuslista jaetaan yrittäjäyhdistysten jäsenkirjeissä ja TE-palvelujen verkkosivuilla.")
    bold(d, "Kehittämistyön jatko")
    textbox(d, ["Jatkokehittäminen:",
                "Palvelupolkua kehitetään edelleen osana hyvinvointialueen ja työllisyysalueen yhteistä työkykyohjelmaa 2027–2029. Hyvinvointialueen kuntoutuspalvelut ja työllisyysalue arvioivat yhdessä vuoden 2027 lopussa, tarvitaanko polulle digitaalinen asiointikanava."])
    paras(d, "Ohjausryhmä hyväksyi suunnitelman kokouksessaan.")
    d.save(os.path.join(OUT, name + ".docx"))
    expected(name, "exit-suunnitelma", [])


# ---------------------------------------------------------------- 6 kunnan ympäristö-exit .txt (aukkoja)
TXT6 = """JATKUVUUSSUUNNITELMA
Hulevedet hallintaan Rautalammin keskustaajamassa (ELY-keskus / vesihuolto- ja ympäristöavustus)
Versio 1, 20.10.2026

1. Juurruttaminen ja pysyvyys

Hankkeessa laadittiin taajaman hulevesiohjelma, kolme viherpainannetta koulun ja terveysaseman pihaan sekä asukkaille suunnattu sadepuutarhaopas. Tavoitteena on, että ohjelman periaatteet otetaan käyttöön kaikessa uudessa kaavoituksessa ja katusuunnittelussa vuodesta 2027 alkaen.

Ohjelman toimeenpanon kustannuksista ei ole vielä tehty päätöksiä, ja viherpainanteiden hoito järjestetään jatkossa toimijoiden kesken. Asiaa viedään eteenpäin yhdessä.

2. Tulosten levittäminen

Sadepuutarhaopas on ladattavissa kunnan verkkosivuilla, ja hankkeen kokemukset esitellään Pohjois-Savon ympäristönsuojelupäivillä marraskuussa 2026. Koululaisille tehtiin hulevesirata, jota opettajat voivat käyttää ympäristökasvatuksessa.

3. Kehittämistyön jatko

Jatkossa selvitetään mahdollisuutta laajentaa hulevesien hallintaa vanhoille asuinalueille. Kehittämistä jatketaan tarpeen mukaan, ja uusia rahoitusmahdollisuuksia kartoitetaan vuonna 2027.
"""


def doc6():
    name = "exit_kunta_hulevedet"
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(TXT6)
    expected(name, "exit-suunnitelma", [
        {"rule": "exit.ei-omistajaa"},
        {"rule": "exit.ei-seurantaa"},
        {"rule": "juurrutus.ei-resursseja"}])


# ---------------------------------------------------------------- 7 ELY-loppuraportti (puhdas)
def doc7():
    name = "lr_ely_kiertotalous"
    d = Document()
    d.add_heading("Loppuraportti", 0)
    d.add_paragraph("Kiertotalouden yritysverkosto KIVE (Pohjois-Karjalan ELY-keskus, yritysten kehittämisavustus / alueellinen kehittämishanke)")
    d.add_heading("Tiivistelmä", 1)
    paras(d, "Hankkeessa 1.3.2024–30.4.2026 koottiin 31 pohjoiskarjalaisen yrityksen kiertotalousverkosto, tehtiin 18 materiaalivirtakartoitusta ja käynnistettiin seitsemän yritysten välistä sivuvirtasopimusta. Verkoston toiminta jatkuu Joensuun Seudun Kehitysyhtiön palveluna.")
    d.add_heading("1. Taustatiedot", 1)
    table(d, [["Toteuttaja", "Karelia-ammattikorkeakoulu ja Joensuun Seudun Kehitysyhtiö JOSEK Oy"],
              ["Hankkeen nimi", "Kiertotalouden yritysverkosto KIVE"],
              ["Rahoituspäätöksen diaarinumero", "Dnro POKELY/412/2023"],
              ["Kokonaiskustannukset", "364 500 € (toteutunut 351 280 €)"]])
    d.add_heading("2. Hankkeen teema ja tavoitteet", 1)
    paras(d, "Hanke liittyi alueellisen kiertotalousohjelman teemaan teollisten sivuvirtojen hyödyntämisestä. Tavoitteena oli saada 25 yritystä verkostoon, tehdä 15 materiaalivirtakartoitusta ja synnyttää vähintään viisi yritysten välistä sivuvirtojen hyödyntämissopimusta.")
    d.add_heading("3. Hankkeen toteutus", 1)
    paras(d, """
Hanke kesti 26 kuukautta. Käytännössä järjestettiin kahdeksan verkostotapaamista, kartoitukset tehtiin yrityskäynneillä ja materiaalitori avattiin syksyllä 2025. Alkuperäisestä suunnitelmasta poiketen digitaalinen materiaalitori toteutettiin valmiin alustan päälle, mikä säästi kustannuksia.
Kustannusarvio alittui noin 13 000 eurolla, koska ostopalveluja tarvittiin suunniteltua vähemmän.
""")
    d.add_heading("4. Tulokset ja vaikuttavuus", 1)
    paras(d, "Verkostossa oli hankkeen lopussa 31 yritystä, kartoituksia tehtiin 18 ja sopimuksia syntyi seitsemän. Yritysten arvion mukaan sivuvirroista syntyvä jäte väheni yhteensä noin 1 100 tonnia vuodessa. Tuloksia arvioitiin yrityskyselyllä ja ohjausryhmän itsearvioinnilla. Pysyväksi toimintatavaksi jäi neljännesvuosittainen sivuvirtatapaaminen.")
    d.add_heading("5. Kehitysajatukset", 1)
    paras(d, "JOSEK jatkaa verkoston koordinointia osana yrityspalvelujaan vuodesta 2026 alkaen, ja materiaalitorin ylläpito on sisällytetty sen palvelusopimukseen. Seuraavaksi halutaan mukaan rakennusalan yrityksiä.")
    d.add_heading("6. Suositukset muille", 1)
    paras(d, "Suosittelemme aloittamaan yrityskäynneistä ennen verkostotilaisuuksia: henkilökohtainen kartoitus madalsi kynnystä jakaa tietoa sivuvirroista. Materiaalitoria ei kannata rakentaa alusta asti itse.")
    d.add_heading("Yhteystiedot", 1)
    paras(d, "Raportin laatimispäivä 15.6.2026. Yhteyshenkilö: projektipäällikkö Elina Tolvanen, Karelia-ammattikorkeakoulu, elina.tolvanen@karelia.example, puh. 050 123 4567.")
    d.save(os.path.join(OUT, name + ".docx"))
    expected(name, "loppuraportti", [])


# ---------------------------------------------------------------- 8 Leader-loppuraportti, sisältökontrollit, myöhässä + pohjateksti
def doc8():
    name = "lr_leader_luontomatkailu"
    d = Document()
    d.add_heading("LOPPURAPORTTI", 0)
    d.add_paragraph("Elämyspolut Ylä-Kainuuseen – luontomatkailun yhteishanke (Leader Elävä Kainuu, ELY-keskuksen maksatus)")
    bold(d, "1. Taustatiedot")
    sdt_block(d, "Toteuttajan nimi *", "Ylä-Kainuun Matkailuyrittäjät ry")
    sdt_block(d, "Hankkeen nimi ja tukipäätöksen diaarinumero *", "Elämyspolut Ylä-Kainuuseen, Dnro 34/2023 (tukipäätös 12.4.2023)")
    sdt_block(d, "Hankkeen toteutusaika *", "1.5.2023–31.10.2025")
    bold(d, "Tiivistelmä")
    paras(d, "Hankkeessa tuotteistettiin neljä opastettua luontoreittiä, koulutettiin 22 yrittäjää vastuulliseen luontomatkailuun ja tehtiin alueen yhteinen varattavien elämysten verkkokauppa. Yöpymiset kasvoivat hankealueella hankkeen aikana noin 12 prosenttia.")
    bold(d, "2. Hankkeen teema ja tavoitteet")
    paras(d, "Hanke liittyi Leader-strategian teemaan elinvoimainen luontomatkailu. Tavoitteena oli kasvattaa ympärivuotista matkailua ja saada vähintään 20 yritystä tarjoamaan varattavia luontoelämyksiä.")
    bold(d, "3. Hankkeen toteutus")
    paras(d, "Reitit suunniteltiin yhdessä Metsähallituksen ja kuntien kanssa vuonna 2024. Koulutuksia pidettiin kuusi, ja verkkokauppa avattiin joulukuussa 2024. Suunnitelmasta poiketen talvireitti toteutettiin lumikenkäreittinä, koska moottorikelkkaurasta ei saatu lupaa.")
    bold(d, "Miten kustannusarvio toteutui?")
    paras(d, "Hyväksytty kustannusarvio oli 186 000 euroa, ja toteutuneet kustannukset olivat 179 450 euroa.")
    bold(d, "4. Tulokset ja vaikuttavuus")
    paras(d, "Varattavia elämyksiä tarjoaa nyt 24 yritystä. Verkkokaupan kautta tehtiin hankkeen aikana 1 380 varausta. Vaikutukset näkyvät erityisesti marras–maaliskuun matkailijamäärissä.")
    bold(d, "5. Kehitysajatukset")
    paras(d, "Verkkokaupan ylläpito siirtyi Kainuun Matkailuyhdistyksen vastuulle 1.11.2025. Seuraavaksi yrittäjät haluavat kehittää yhteistä myyntiä kansainvälisille matkanjärjestäjille.")
    bold(d, "6. Suositukset muille")
    paras(d, "Reittien suunnitteluun kannattaa ottaa maanomistajat mukaan heti alussa; se nopeutti lupien saamista. Yhteinen verkkokauppa kannattaa rakentaa valmiin varausjärjestelmän päälle.")
    bold(d, "Lisätietoja (vapaaehtoinen)")
    sdt_block(d, "Muut huomiot", placeholder=True)
    bold(d, "Laatimispäivämäärä ja yhteystiedot")
    paras(d, "Raportti laadittu: 27.3.2026. Hallituksen hyväksyntä xx.xx.2026.")
    paras(d, "Yhteyshenkilö: hankevetäjä Mikko Heikkinen, Ylä-Kainuun Matkailuyrittäjät ry, mikko.heikkinen@ylakainuu.example")
    d.save(os.path.join(OUT, name + ".docx"))
    expected(name, "loppuraportti", [
        {"rule": "raportti.myohassa"},
        {"rule": "rakenne.pohjateksti", "count": 2}])


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5, doc6, doc7, doc8):
        f()
    print("valmis")

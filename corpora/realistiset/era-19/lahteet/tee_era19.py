# -*- coding: utf-8 -*-
"""Rakentaa era-19-erän testiasiakirjat. Aja: /tmp/writer19-venv/bin/python tee_era19.py"""
import json, os, subprocess, shutil, copy
from docx import Document
from docx.shared import Pt
from docx.oxml import parse_xml
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.dirname(os.path.abspath(__file__))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rid = [100]


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def nid():
    _rid[0] += 1
    return _rid[0]


def expected(name, doc_type, findings):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"doc_type": doc_type, "findings": findings}, f, ensure_ascii=False, indent=1)


def bold(doc, text):
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    return p


def ins(p, text, author="Kaija Laaksonen"):
    el = parse_xml(f'<w:ins {W} w:id="{nid()}" w:author="{author}" w:date="2025-11-04T10:12:00Z">'
                   f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)


def dele(p, text, author="Kaija Laaksonen"):
    el = parse_xml(f'<w:del {W} w:id="{nid()}" w:author="{author}" w:date="2025-11-04T10:10:00Z">'
                   f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)


def run(p, text):
    p.add_run(text)


def sdt_block(doc, alias, paragraphs, placeholder=False):
    """Lohkotason sisältöohjausobjekti; placeholder=True -> täyttämätön paikkamerkki."""
    body = doc.element.body
    if placeholder:
        inner = (f'<w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
                 f'<w:t>Kirjoita tekstiä napsauttamalla tai napauttamalla tätä.</w:t></w:r></w:p>')
        pr = f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{nid()}"/><w:showingPlcHdr/><w:text/></w:sdtPr>'
    else:
        inner = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>' for t in paragraphs)
        pr = f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{nid()}"/></w:sdtPr>'
    el = parse_xml(f'<w:sdt {W}>{pr}<w:sdtContent>{inner}</w:sdtContent></w:sdt>')
    body.insert(len(body) - 1, el)  # ennen sectPr:ää


def textbox(doc, lines):
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>' for t in lines)
    xml = (f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict>'
           f'<v:shape id="tb{nid()}" type="#_x0000_t202" style="width:420pt;height:90pt">'
           f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    body = doc.element.body
    body.insert(len(body) - 1, parse_xml(xml))


def paras(doc, text):
    for blk in text.strip().split("\n\n"):
        blk = blk.strip()
        if blk.startswith("- "):
            for li in blk.split("\n"):
                doc.add_paragraph(li[2:].strip(), style="List Bullet")
        else:
            doc.add_paragraph(" ".join(l.strip() for l in blk.split("\n")))


def save(doc, name):
    doc.save(os.path.join(OUT, name + ".docx"))


# ---------------------------------------------------------------------------
# 01 Hankesuunnitelma, varhaiskasvatus, .docx, muutosjäljet + sisältöohjausobjektit, ei löydöksiä
# ---------------------------------------------------------------------------
def doc01():
    d = Document()
    d.add_heading("Leikin polku – hankesuunnitelma", 0)
    d.add_paragraph("Ruskeasalmen kaupunki, kasvatuksen ja oppimisen toimiala / varhaiskasvatus")
    d.add_paragraph("Luonnos 3, 4.11.2025 – haetaan Opetushallituksen valtionavustusta varhaiskasvatuksen laadun kehittämiseen")

    d.add_heading("Miksi hanketta tarvitaan?", 1)
    paras(d, """
Ruskeasalmen kahdessatoista kunnallisessa päiväkodissa on noin 1 150 lasta. Vuoden 2024
varhaiskasvatuksen laatuarvioinnissa huoltajat antoivat heikoimmat arviot ulkoleikin
monipuolisuudesta ja siitä, miten lapsen omat toiveet näkyvät päivän toiminnassa. Henkilöstökyselyssä
(2024, vastaajia 212) kolmannes kertoi, ettei ryhmässä ole aikaa suunnitella leikkiä yhdessä lasten kanssa.

Samaan aikaan lähiluonto on useimmille päiväkodeille kävelymatkan päässä, mutta sitä käytetään lähinnä
ulkoiluun eikä oppimisympäristönä. Valmistelupalaverissa 18.9.2025 päiväkotien johtajat nostivat
tarpeeksi yhteisen, kevyen mallin leikin suunnittelulle.
""")

    d.add_heading("Mitä tavoittelemme", 1)
    paras(d, """
Haluamme, että lapset pääsevät suunnittelemaan leikkiä ja retkiä yhdessä aikuisten kanssa ja että
tämä näkyy ryhmän arjessa vähintään viikoittain. Toiseksi tavoitteenamme on, että henkilöstön
osaaminen leikkipedagogiikassa ja lähiluonnon käytössä vahvistuu niin, että jokaisessa päiväkodissa
on vähintään kaksi leikin polun vetäjää. Kolmanneksi toivomme, että huoltajat saavat nykyistä enemmän
tietoa lapsensa leikistä ja voivat osallistua siihen.
""")

    d.add_heading("Kenelle hanke on?", 1)
    paras(d, """
Välitön kohderyhmä ovat 3–6-vuotiaat lapset kuudessa pilottipäiväkodissa (noin 480 lasta) ja heidän
ryhmiensä henkilöstö, noin 70 työntekijää. Välillisesti hanke hyödyttää kaikkia kaupungin päiväkoteja
ja lasten huoltajia.
""")

    d.add_heading("Toiminnan kuvaus", 1)
    paras(d, """
Lasten leikkiraadit: jokaisessa pilottiryhmässä kokoontuu kerran viikossa leikkiraati, jossa lapset
piirtävät, kuvaavat ja äänestävät seuraavan viikon leikeistä ja retkikohteista. Aikuinen kirjaa
ehdotukset kuvalliseen leikkitauluun.

Vetäjäkoulutus: järjestämme kuusi koulutuspäivää leikkipedagogiikasta ja lähiluonnosta yhdessä
Ruskeasalmen luontokoulun kanssa. Koulutetut vetäjät ohjaavat omassa päiväkodissaan kollegoita
työpajoissa kerran kuukaudessa.

Huoltajien leikkikirje ja avoimet ovet: ryhmät lähettävät kuukausittain lyhyen leikkikirjeen
kuvineen sovelluksen kautta, ja jokainen pilottipäiväkoti järjestää kaksi kertaa vuodessa
perheiden leikkiaamupäivän.
""")

    d.add_heading("Aikataulu", 1)
    p = d.add_paragraph("Hankeaika: ")
    dele(p, "xx.xx.2026–xx.xx.2027")
    ins(p, "1.2.2026–31.7.2027")
    p = d.add_paragraph()
    run(p, "Kevät 2026 leikkiraatien käynnistys ja vetäjäkoulutus; syksy 2026 työpajat kaikissa pilottipäiväkodeissa; ")
    run(p, "kevät 2027 mallin viimeistely ja levitys.")

    d.add_heading("Talous", 1)
    d.add_paragraph("Kokonaiskustannusarvio on 148 000 euroa, josta haettava avustus 133 200 euroa ja kaupungin "
                    "omarahoitus 14 800 euroa. Suurin erä on osa-aikaisen projektikoordinaattorin palkka ja "
                    "sijaiskulut koulutuspäivien ajalta.")

    d.add_heading("Miten arvioimme onnistumista?", 1)
    paras(d, """
Kerromme lasten osallisuuden toteutumisesta laskemalla leikkitauluista, kuinka monella viikolla
leikkiraati on kokoontunut (tavoite vähintään 30 viikkoa lukuvuodessa jokaisessa ryhmässä), ja
haastattelemalla lapsia kuvakorttien avulla syksyllä 2026 ja keväällä 2027.

Henkilöstön osaamista seuraamme koulutusten alku- ja loppukyselyllä sekä laskemalla koulutetut
vetäjät päiväkodeittain. Huoltajilta kysymme laatuarvioinnin yhteydessä keväällä 2027, kokevatko he
saavansa tietoa lapsen leikistä; vertailukohtana on vuoden 2024 tulos.
""")

    d.add_heading("Tulokset", 1)
    d.add_paragraph("Hankkeen tuloksena syntyy leikin polun toimintamalli (opas, leikkitaulupohjat, koulutusmateriaali), "
                    "vähintään 12 koulutettua vetäjää ja kokemukset kuudesta päiväkodista.")

    d.add_heading("Juurruttaminen ja jatko", 1)
    paras(d, """
Juurruttaminen alkoi jo hakuvaiheessa: mallia suunniteltiin yhdessä päiväkotien johtajien kanssa, ja
varhaiskasvatusjohtaja on sitoutunut siihen, että leikin polku kirjataan kaupungin
varhaiskasvatussuunnitelmaan syksyllä 2027. Kerromme hankkeesta alusta alkaen henkilöstön
intrassa, perheille leikkikirjeissä ja kaupungin verkkosivuilla.
""")
    p = d.add_paragraph()
    run(p, "Mallista tehdään kaksi versiota: perhepäivähoitoon sopiva kevyt versio ja esiopetukseen laajempi versio. ")
    ins(p, "Keväällä 2027 tarjoamme mallia kokeiltavaksi naapurikuntien Lepolan ja Harjun päiväkodeille, ja "
           "esittelemme sen alueellisessa varhaiskasvatuksen seminaarissa sekä Innokylässä. ")
    run(p, "Projektikoordinaattorin työajasta noin viidennes on varattu juurruttamiseen.")
    d.add_paragraph("Hankkeen päätyttyä toimintamallin ylläpidosta vastaa varhaiskasvatuksen pedagoginen "
                    "kehittämispäällikkö, ja vetäjäverkoston kokoontumiset siirtyvät osaksi päiväkotien johtajien kuukausikokouksia.")

    d.add_heading("Hallinnointi, riskit ja viestintä", 1)
    sdt_block(d, "Organisointi", [
        "Hankkeen hallinnoija on Ruskeasalmen kaupungin kasvatuksen ja oppimisen toimiala. Ohjausryhmän "
        "puheenjohtajana toimii varhaiskasvatusjohtaja; jäseninä ovat kaksi päiväkodin johtajaa, luontokoulun "
        "edustaja ja huoltajien edustaja."])
    sdt_block(d, "Riskit", [
        "Suurin riski on henkilöstövaje, joka voi estää koulutuksiin osallistumisen. Varaudumme siihen "
        "sijaisrahalla ja tallentamalla koulutukset. Jos leikkiraadit jäävät kiireessä pitämättä, "
        "koordinaattori käy ryhmissä mukana ensimmäisten kertojen ajan."])
    sdt_block(d, "Viestintä", [
        "Viestinnästä vastaa projektikoordinaattori yhdessä toimialan viestintäasiantuntijan kanssa. "
        "Pääkanavat ovat henkilöstöintra, perheiden viestintäsovellus ja kaupungin verkkosivut."])
    save(d, "era19_01_leikin_polku_hankesuunnitelma")
    expected("era19_01_leikin_polku_hankesuunnitelma", "hankesuunnitelma", [])


# ---------------------------------------------------------------------------
# 02 Hankesuunnitelma, vanhuspalvelut, pitkä STEA-hakemus, .docx
#    löydökset: yhdellä tavoitteella ei mittaria; riskiosio puuttuu
# ---------------------------------------------------------------------------
def doc02():
    d = Document()
    d.add_heading("Kylätalkkarista kylävahtiin – hankehakemus STEA:lle", 0)
    d.add_paragraph("Hakija: Kaarnaveden Seniorit ry")
    d.add_paragraph("Versio 2, 12.5.2025 (hallituksen kokouksen 8.5.2025 korjaukset lisätty)")

    bold(d, "1. Hakijan perustiedot")
    paras(d, """
Kaarnaveden Seniorit ry on vuonna 1987 perustettu eläkeläisten paikallisyhdistys, jossa on noin 640
jäsentä. Yhdistys järjestää viikoittain kerhoja neljällä kylällä, ylläpitää kuljetusrinkiä ja on
tehnyt vapaaehtoistyötä yhdessä seurakunnan ja kunnan kotihoidon kanssa jo pitkään. Yhdistyksellä on
yksi osa-aikainen toiminnanohjaaja, joka on palkattu STEA:n kohdennetulla toiminta-avustuksella.
Yhdistyksen hallituksessa on yhdeksän jäsentä, ja sen puheenjohtaja on eläkkeellä oleva sairaanhoitaja.

Kaarnavesi on noin 9 800 asukkaan maaseutukunta, jonka pinta-alasta valtaosa on metsää ja vesistöä.
Kunta kuuluu Keski-Järvimaan hyvinvointialueeseen, joka vastaa sosiaali- ja terveyspalveluista.
Kunnan tehtäviksi ovat jääneet muun muassa liikunta, kulttuuri, kirjasto ja hyvinvoinnin edistäminen,
ja niistä vastaa kunnan hyvinvointikoordinaattori.
""")

    bold(d, "2. Tarve ja lähtötilanne")
    paras(d, """
Kaarnaveden väestöstä 75 vuotta täyttäneitä oli vuoden 2024 lopussa 17,2 prosenttia, kun koko maassa
osuus oli noin 11 prosenttia. Tilastokeskuksen ennusteen mukaan osuus nousee vuoteen 2035 mennessä yli
22 prosenttiin. Yksin asuvia 75 vuotta täyttäneitä on kunnassa noin 870, ja heistä yli puolet asuu
haja-asutusalueella yli kymmenen kilometrin päässä kirkonkylästä.

Hyvinvointialueen kotihoidon asiakkaita Kaarnavedellä oli syksyllä 2024 noin 310. Kotihoito keskittyy
hoidollisiin tehtäviin, eikä sillä ole mahdollisuutta auttaa pienissä kodin askareissa, kuten
lumitöissä, polttopuiden kantamisessa, lampun vaihdossa tai palovaroittimen pariston uusimisessa.
Juuri nämä pienet asiat ovat kuitenkin usein syy siihen, että ikäihminen kaatuu, jää yksin tai
joutuu muuttamaan kirkonkylälle vastoin toiveitaan.

Yhdistys teki keväällä 2025 jäsenilleen ja kyläyhdistyksille kyselyn, johon vastasi 214 henkeä. Vastaajista
61 prosenttia kertoi tarvinneensa viimeisen vuoden aikana apua pieneen kodin tehtävään, johon ei
löytynyt tekijää. Neljännes vastaajista kertoi tuntevansa itsensä yksinäiseksi usein tai jatkuvasti.
Avovastauksissa toistui toive siitä, että joku tuttu kävisi säännöllisesti ja että apua voisi pyytää
yhdestä paikasta ilman monimutkaisia lomakkeita.

Aiemmin kunnassa toimi työllisyysvaroin palkattu kylätalkkari, mutta toiminta päättyi vuonna 2021, kun
palkkatukijakso loppui. Kylätalkkarin asiakkaat muistavat toiminnan edelleen hyvänä, ja kyläyhdistykset
ovat toivoneet sen palauttamista. Pelkkä työllisyysperusteinen talkkari ei kuitenkaan ole kestävä
ratkaisu, koska se katkeaa aina tuen loppuessa. Tästä syystä haemme mallia, jossa palkattu työ ja
vapaaehtoisten kylävahtien verkosto tukevat toisiaan.

Hankkeen valmistelussa pidettiin kolme kyläiltaa (Kivijärvi 12.2.2025, Salmenkylä 26.2.2025 ja
Ylikylä 11.3.2025), joihin osallistui yhteensä 96 kyläläistä, sekä tapaaminen hyvinvointialueen
kotihoidon aluepäällikön ja kunnan hyvinvointikoordinaattorin kanssa 2.4.2025.
""")



    paras(d, """
Hyvinvointialueen kaatumistilastojen mukaan kaatumisen vuoksi sairaalahoitoon joutui vuonna 2023
Kaarnavedellä 58 yli 75-vuotiasta, ja valtaosa kaatumisista tapahtui kotona. Pelastuslaitoksen
kotikäynneillä vuosina 2022–2024 noin joka viidennestä tarkastetusta kodista puuttui toimiva
palovaroitin. Kuljetusringin kuljettajat ovat kertoneet, että asiakkaiden kodeissa on usein
pimeitä portaita, liukkaita mattoja ja kynnyksiä, joihin on helppo kompastua.

Omaishoitajia ja kaukana asuvia omaisia kuultiin valmisteluvaiheessa puhelinhaastatteluin. Omaiset
toivoivat ennen kaikkea, että joku lähellä asuva huomaisi, jos vanhemman vointi muuttuu, ja että
pienet asiat, kuten lumityöt tai lampun vaihto, eivät jäisi odottamaan seuraavaa lomaviikkoa.
Useat omaiset kertoivat ajavansa satoja kilometrejä vain siksi, että palovaroittimen paristo
piippaa tai polttopuut ovat loppuneet puuvajasta.

Kyläyhdistysten puheenjohtajat arvioivat kyläilloissa, että jokaisella kylällä on viidestä
kymmeneen ihmistä, jotka olisivat valmiita auttamaan naapureitaan säännöllisesti, jos tehtävä
olisi selkeä ja joku sopisi käytännön asioista. Kylillä on vahva talkooperinne, mutta se on
viime vuosina hiipunut, kun aktiiviset toimijat ovat itsekin ikääntyneet. Hanke pyrkii
kokoamaan tämän valmiuden yhteen ja tarjoamaan sille rakenteen, joka kestää myös henkilövaihdokset.
""")
    bold(d, "2.1 Hankkeen kylät")
    paras(d, """
Kivijärvi on noin 620 asukkaan kylä kunnan pohjoisosassa, 24 kilometrin päässä kirkonkylästä.
Kylällä on koulu, jonka oppilasmäärä on laskenut alle kolmeenkymmeneen, sekä aktiivinen kyläyhdistys,
joka ylläpitää kylätaloa ja uimarantaa. Kauppa lopetti vuonna 2019, ja nykyisin kylällä käy
kauppa-auto kahdesti viikossa. Yli 75-vuotiaita asukkaita on noin 140, ja heistä moni asuu yksin
järven rantatiloilla, joille johtaa pitkä yksityistie. Talvella tiet aurataan tiekuntien
sopimusten mukaan, mutta pihapiirin lumityöt jäävät asukkaan itsensä hoidettaviksi.

Salmenkylä sijaitsee valtatien varrella, ja sen keskustassa on kerrostaloja ja rivitaloja, joissa asuu
paljon yksin asuvia leskiä. Kylällä on kirjaston lainausasema ja seurakunnan kerhotila. Salmenkylän
ikäihmiset liikkuvat muita enemmän, mutta heistä moni kertoi kyselyssä, ettei tunne naapureitaan.
Kylällä toimii myös metsästysseura ja vapaaehtoinen palokunta, joiden jäsenistä osa on ilmaissut
halunsa ryhtyä kylävahdeiksi.

Ylikylä ja siihen kuuluvat pienet kulmakunnat ovat kunnan harvaanasutuinta aluetta. Asukkaita on noin
380, joista lähes puolet on yli 65-vuotiaita. Kylällä ei ole enää koulua eikä kauppaa, ja
kylätalona toimii vanha nuorisoseuran talo, jonka lämmitys on järjestetty talkoilla. Ylikylän
kyläyhdistys on pieni mutta tiivis, ja sen jäsenet ovat tottuneet auttamaan toisiaan.

Neljäs kylä on kirkonkylän itäpuoli, Mäntylä, jossa on paljon 1970-luvulla rakennettuja
omakotitaloja. Monet talot ovat nyt yksin asuvien ikäihmisten hallussa, ja niiden pihatyöt,
räystäiden puhdistus ja puiden hakkuu ovat käyneet raskaiksi. Mäntylässä ei ole omaa kyläyhdistystä,
joten yhdistyksemme Mäntylän kerho toimii kylän edustajana hankkeessa.
""")

    bold(d, "2.2 Yhdistyksen aiempi kokemus")
    paras(d, """
Yhdistys on järjestänyt vapaaehtoisvoimin kuljetusrinkiä vuodesta 2016. Ringissä on noin 25
vapaaehtoista kuljettajaa, jotka vievät ikäihmisiä asioille ja kerhoihin. Kuljetusringin
kokemukset ovat osoittaneet, että vapaaehtoisia löytyy, kun tehtävä on selkeä, tuki on saatavilla
ja kukaan ei joudu olemaan yksin vastuussa. Samalla olemme oppineet, että vapaaehtoiset tarvitsevat
yhden palkatun ihmisen, joka vastaa puhelimeen, sopii vuorot ja kiittää.

Vuosina 2020–2022 yhdistys toteutti koronapandemian aikana puhelinystävätoiminnan, jossa 30
vapaaehtoista soitti viikoittain yksin asuville jäsenille. Toiminta päättyi, kun kerhot avautuivat,
mutta useat puhelinystävät jatkavat soittamista edelleen omatoimisesti. Tämä kokemus on kylävahtien
toiminnan pohjana.
""")
    bold(d, "3. Hankkeen tavoitteet")
    paras(d, """
Hankkeen päämääränä on, että kaarnavetiset ikäihmiset voivat asua omassa kodissaan turvallisesti ja
ilman yksinäisyyttä niin pitkään kuin itse haluavat.

Tavoitteenamme on ensinnäkin, että haja-asutusalueen ikäihmiset saavat apua pieniin kodin askareisiin
yhdestä puhelinnumerosta ja että apu tulee viikon sisällä pyynnöstä.

Toiseksi haluamme, että yksinäisyyttä kokevien ikäihmisten määrä vähenee, kun jokaisella kylällä on
vapaaehtoisia kylävahteja, jotka soittavat ja käyvät säännöllisesti.

Kolmanneksi tavoitteena on, että kodin turvallisuus paranee: palovaroittimet, liukuesteet ja
valaistus tarkistetaan jokaisella käynnillä, ja kaatumisia ennaltaehkäistään.

Lisäksi tavoitteena on, että yhdistyksen ja kyläyhdistysten yhteistyö vahvistuu niin, että kylät
ottavat vastuuta kylävahtien toiminnasta omalla alueellaan.
""")

    bold(d, "4. Kohderyhmät")
    paras(d, """
Ensisijainen kohderyhmä ovat Kaarnaveden haja-asutusalueella asuvat, kotona asuvat 75 vuotta täyttäneet,
erityisesti yksin asuvat. Arviomme mukaan hanke tavoittaa kolmen vuoden aikana noin 300 ikäihmistä.

Toinen kohderyhmä ovat vapaaehtoiset: eläkkeellä olevat, lähellä asuvat työikäiset ja nuoret, jotka
haluavat auttaa naapureitaan. Tavoittelemme noin 40 aktiivista kylävahtia.

Välillisiä hyödynsaajia ovat omaiset, jotka asuvat usein kaukana ja huolehtivat vanhempiensa
pärjäämisestä, sekä hyvinvointialueen kotihoito, jonka työ kevenee, kun pienet asiat hoituvat muuta kautta.
""")

    bold(d, "5. Toteutus")
    d.add_paragraph("Hanke toteutetaan kolmena toisiinsa kytkeytyvänä kokonaisuutena.")
    bold(d, "5.1 Kylätalkkaripalvelu")
    paras(d, """
Palkkaamme kokoaikaisen kylätalkkarin, jolla on käytössään yhdistyksen pakettiauto. Talkkari tekee
pieniä kodin töitä: lumityöt portaiden ja pihatien osalta, puiden kanto, lamppujen ja paristojen vaihto,
verhojen ripustus, pienet korjaukset ja apu apuvälineiden asentamisessa. Talkkari ei tee
hoitotyötä eikä kilpaile yritysten kanssa: suuremmat remontit ohjataan paikallisille yrittäjille,
joiden listan kokoamme yhdessä yrittäjäyhdistyksen kanssa.

Avunpyynnöt otetaan vastaan yhdestä puhelinnumerosta arkisin kello 9–15. Toiminnanohjaaja kirjaa
pyynnöt ja sopii käynnit. Käynnistä peritään pieni omavastuu (5 euroa), jonka voi jättää perimättä,
jos ikäihmisen taloudellinen tilanne sitä edellyttää.
""")
    bold(d, "5.2 Kylävahtiverkosto")
    paras(d, """
Rekrytoimme jokaiselle neljälle kylälle vapaaehtoisia kylävahteja kyläiltojen, paikallislehden,
seurakunnan ja koulujen kautta. Kylävahdit saavat neljän illan perehdytyksen, jossa käsitellään
vuorovaikutusta, muistisairauksien tunnistamista, kaltoinkohtelun merkkejä ja sitä, milloin ja miten
huolesta ilmoitetaan. Kylävahti sopii ikäihmisen kanssa, kuinka usein hän soittaa tai käy.

Kylävahtien tueksi järjestämme kerran kuukaudessa virkistys- ja vertaistapaamisen, jossa jaetaan
kokemuksia ja saadaan työnohjauksellista tukea. Kylävahdeille tarjotaan vapaaehtoistyön vakuutus ja
matkakulujen korvaus.
""")
    bold(d, "5.3 Turvallinen koti -käynnit")
    paras(d, """
Talkkari ja koulutettu kylävahti tekevät yhdessä pelastuslaitoksen turvallisuuskouluttajan laatiman
tarkistuslistan mukaisen turvallisuuskäynnin jokaisen uuden asiakkaan kotiin. Käynnillä tarkistetaan
palovaroittimet, liesivahdin tarve, mattojen liukuesteet, valaistus ja kynnykset. Tarvittaessa
asennetaan liukuesteet tai lisävalot, joiden materiaalikulut katetaan hankkeesta.

Kaatumisten ehkäisyyn järjestämme yhdessä kunnan liikuntapalveluiden kanssa kylätaloilla
tasapainoryhmiä, joihin kuljetus järjestetään yhdistyksen kuljetusringin avulla.
""")
    bold(d, "5.4 Kylien oma vastuu")
    paras(d, """
Jokaisen kylän kyläyhdistys nimeää kylävahtien yhteyshenkilön, joka osallistuu hankkeen
kylätyöryhmään. Kylätyöryhmä kokoontuu neljä kertaa vuodessa ja sopii kylävahtien vuoroista,
tapahtumista ja siitä, mitä tehtäviä kylä voi jatkossa hoitaa omin voimin.
""")


    bold(d, "5.5 Henkilöstö ja osaaminen")
    paras(d, """
Hankkeeseen palkataan kokoaikainen kylätalkkari, jolta edellytetään käytännön remonttitaitoja,
ajokorttia ja kykyä kohdata ikäihmisiä kiireettömästi. Talkkari perehdytetään yhdessä kotihoidon
kanssa muistisairaan ihmisen kohtaamiseen ja siihen, milloin huolesta tehdään ilmoitus
hyvinvointialueelle. Talkkarille hankitaan ensiapukoulutus ja työturvallisuuskortti.

Yhdistyksen nykyisen toiminnanohjaajan työaikaa lisätään 60 prosentista kokoaikaiseksi hankkeen
ajaksi. Hän vastaa avunpyyntöjen vastaanotosta, kylävahtien rekrytoinnista ja perehdytyksestä,
kylätyöryhmän kokouksista, hankkeen kirjanpidon aineistoista ja raportoinnista STEA:lle.
Toiminnanohjaaja on koulutukseltaan sosionomi ja hänellä on kymmenen vuoden kokemus
vapaaehtoistoiminnan koordinoinnista.

Kylävahtien perehdytykseen ostetaan asiantuntija-apua muistiyhdistykseltä ja pelastuslaitokselta.
Vapaaehtoisille järjestetään lisäksi kerran vuodessa koko päivän koulutus- ja virkistyspäivä.
""")

    bold(d, "5.6 Asiakkaan asema ja tietosuoja")
    paras(d, """
Palvelu perustuu aina ikäihmisen omaan pyyntöön tai hänen suostumukseensa. Omaiset voivat pyytää
käyntiä, mutta talkkari tai kylävahti sopii käynnistä aina itse ikäihmisen kanssa. Asiakaskirjaan
tallennetaan vain palvelun järjestämiseksi välttämättömät tiedot: nimi, osoite, puhelinnumero,
avun tarve ja käyntien ajankohdat. Yhdistys laatii rekisteriselosteen ja tietosuojaselosteen
ennen toiminnan alkua, ja kylävahdit allekirjoittavat vaitiolositoumuksen.

Kylävahdit eivät kirjaa asiakkaiden terveystietoja. Jos kylävahti huolestuu ikäihmisen voinnista,
hän ottaa yhteyttä toiminnanohjaajaan, joka tekee tarvittaessa huoli-ilmoituksen hyvinvointialueen
ikäihmisten neuvontaan. Ilmoituskäytäntö on sovittu kotihoidon aluepäällikön kanssa.
""")

    bold(d, "5.7 Yhdenvertaisuus ja saavutettavuus")
    paras(d, """
Haluamme, että palvelu on kaikkien ulottuvilla asuinpaikasta, tuloista ja kielestä riippumatta.
Omavastuumaksu on pieni, ja sen voi jättää perimättä. Palveluun pääsee puhelimella, eikä
asiointi vaadi tietokonetta tai älypuhelinta. Kunnassa asuu muutamia ruotsinkielisiä ja
saamenkielisiä ikäihmisiä, joille etsimme omakielisen kylävahdin mahdollisuuksien mukaan.

Kylävahdeiksi toivotaan eri-ikäisiä ihmisiä, myös nuoria ja työikäisiä. Lukion kanssa on
keskusteltu mahdollisuudesta liittää kylävahtina toimiminen lukion vapaaehtoistyön kurssiin.
Liikuntarajoitteisille asiakkaille tasapainoryhmien kuljetukset järjestetään esteettömällä autolla.
""")

    bold(d, "5.8 Esimerkki tavallisesta viikosta")
    paras(d, """
Maanantaina toiminnanohjaaja käy läpi viikonlopun aikana vastaajaan jätetyt viestit ja laatii
talkkarin viikko-ohjelman. Talkkari kiertää tiistaina Kivijärvellä, jossa hän kantaa puita kahdelle
asiakkaalle, vaihtaa palovaroittimen pariston ja ripustaa verhot. Keskiviikkona on vuorossa Ylikylä
ja sen kulmakunnat, torstaina Salmenkylä ja Mäntylä. Perjantai on varattu kiireellisille pyynnöille
ja turvallisuuskäynneille, jotka tehdään yhdessä kylävahdin kanssa.

Kylävahdit soittavat omille asiakkailleen sovitusti, useimmiten kerran viikossa, ja käyvät kylässä
noin kerran kuukaudessa. Kuukauden ensimmäisenä torstaina kylävahdit kokoontuvat kahville
kylätalolle, jossa toiminnanohjaaja kertoo ajankohtaisista asioista ja vahdit jakavat kokemuksia.
Talvella talkkarin työstä suuri osa on lumitöitä, kesällä nurmikon leikkuuta ja pieniä korjauksia.
""")

    bold(d, "5.9 Kytkös kunnan ja hyvinvointialueen suunnitelmiin")
    paras(d, """
Kaarnaveden hyvinvointisuunnitelmassa vuosille 2025–2028 yhtenä painopisteenä on ikäihmisten
kotona asumisen tukeminen ja yksinäisyyden vähentäminen. Hyvinvointialueen ikääntyneen väestön
palvelusuunnitelmassa korostetaan järjestöjen roolia matalan kynnyksen tuessa ja ennaltaehkäisyssä.
Hankkeemme tukee kumpaakin suunnitelmaa, eikä se korvaa lakisääteisiä palveluita.

Kunnan vanhusneuvosto on käsitellyt hankeideaa kokouksessaan 5.3.2025 ja antanut sille
puoltonsa. Myös kunnan yrittäjäyhdistys on todennut, ettei palvelu kilpaile paikallisten
yritysten kanssa, kun talkkarin tehtävät rajataan pieniin, alle tunnin kestäviin töihin.
""")

    bold(d, "5.10 Kumppanit ja niiden roolit")
    paras(d, """
Kaarnaveden seurakunnan diakoniatyö ohjaa palveluun ikäihmisiä, joita se tapaa kotikäynneillään, ja
antaa kerhotilansa kylävahtien tapaamisiin Salmenkylässä. Diakoniatyöntekijä osallistuu myös
kylävahtien perehdytykseen kertomalla surusta ja yksinäisyydestä.

Keski-Järvimaan pelastuslaitos laatii turvallisuuskäynnin tarkistuslistan, kouluttaa talkkarin ja
kylävahdit sen käyttöön ja toimittaa palovaroittimia hankkeen asiakkaille sopimushintaan.
Muistiyhdistys kouluttaa kylävahteja muistisairauksien tunnistamisessa ja ohjaa omia jäseniään
palvelun piiriin.

Kunnan liikuntapalvelut järjestää tasapainoryhmien ohjaajat ja kylätalojen tilat, ja kunnan
hyvinvointikoordinaattori toimii yhdyshenkilönä kunnan päätöksentekoon. Hyvinvointialueen kotihoito
kertoo palvelusta asiakkailleen ja sopii yhdistyksen kanssa huoli-ilmoitusten käytännöstä.
Paikallinen yrittäjäyhdistys kokoaa listan yrityksistä, joille talkkari ohjaa suuremmat työt.
""")

    bold(d, "5.11 Vapaaehtoisten rekrytointi ja sitouttaminen")
    paras(d, """
Vapaaehtoisten löytäminen on toiminnan ydin. Aloitamme rekrytoinnin niistä, jotka ovat jo mukana
yhdistyksen kuljetusringissä tai puhelinystävätoiminnassa, ja laajennamme sitä kyläiltojen ja
paikallislehden kautta. Jokaisen uuden vapaaehtoisen kanssa käydään alkukeskustelu, jossa sovitaan,
kuinka paljon aikaa hän haluaa antaa ja millaisia tehtäviä hän toivoo.

Vapaaehtoisia kiitetään säännöllisesti: joulukuussa järjestetään kiitosjuhla, ja kesällä tehdään
yhteinen retki. Kylävahti voi pitää taukoa milloin tahansa, ja hänen asiakkaansa siirretään toiselle
vahdille sovitusti. Näin kenenkään ei tarvitse jatkaa väsyneenä.
""")

    bold(d, "5.12 Ympäristö ja kestävyys")
    paras(d, """
Talkkarin ajoreitit suunnitellaan niin, että kullakin kylällä käydään samana päivänä, jolloin
ajokilometrit pysyvät kohtuullisina. Pakettiauto on yhdistyksen nykyinen auto, eikä uutta ajoneuvoa
hankita. Käytöstä poistettavat palovaroittimet ja paristot kierrätetään asianmukaisesti, ja
hankkeen tarvikkeet hankitaan mahdollisuuksien mukaan paikallisesta rautakaupasta.
""")
    bold(d, "6. Aikataulu")
    d.add_paragraph("Hanke toteutetaan 1.1.2026–31.12.2028. Alla karkea vaiheistus.")
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    rows = [["Vaihe", "2026", "2027", "2028"],
            ["Talkkaripalvelu", "Talkkarin rekrytointi Q1, palvelu käyntiin Q2", "Palvelu kaikilla kylillä",
             "Palvelu jatkuu, hinnoittelun tarkistus"],
            ["Kylävahdit", "Kaksi kylää, ensimmäiset perehdytykset syksyllä", "Kaikki neljä kylää",
             "Kylät vastaavat vuoroista"],
            ["Turvallinen koti", "Tarkistuslista valmis Q1/2026", "Käynnit uusille asiakkaille",
             "Käynnit ja kokemusten kokoaminen"]]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v

    bold(d, "7. Kustannukset ja rahoitus")
    paras(d, """
Hankkeen kokonaiskustannukset ovat kolmen vuoden aikana 312 000 euroa, josta STEA:lta haetaan 296 400
euroa ja omarahoitusta (vapaaehtoistyö, omavastuumaksut, kunnan tilat) on 15 600 euroa. Suurimmat
menoerät ovat kylätalkkarin palkka sivukuluineen, osa-aikaisen toiminnanohjaajan lisätunnit,
pakettiauton käyttökulut ja kylävahtien perehdytys ja virkistys.
""")
    t = d.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    rows = [["Kustannuslaji", "2026", "2027", "2028"],
            ["Henkilöstökulut", "71 000", "73 000", "74 500"],
            ["Toimitila- ja ajoneuvokulut", "12 500", "11 000", "11 000"],
            ["Vapaaehtoistoiminnan kulut", "9 000", "10 500", "10 500"],
            ["Yhteensä", "101 500", "103 500", "106 000"]]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v

    bold(d, "8. Miten seuraamme ja arvioimme toimintaa")
    paras(d, """
Toiminnanohjaaja kirjaa jokaisen avunpyynnön ja käynnin yhdistyksen sähköiseen asiakaskirjaan.
Kirjauksista saamme tiedon siitä, kuinka monta eri ikäihmistä palvelu on tavoittanut, mistä kylistä
pyynnöt tulevat ja kuinka monessa päivässä pyyntöön on vastattu. Tavoitteena on, että vähintään 90
prosenttia pyynnöistä hoituu seitsemän päivän kuluessa.

Yksinäisyyden kokemusta mittaamme kysymällä kylävahtien asiakkailta toiminnan alussa ja vuosittain
syksyllä lyhyen kyselyn, jossa on mukana kolmen kysymyksen yksinäisyysmittari. Kysely tehdään
haastatellen, jos asiakas sitä toivoo. Vertaamme tuloksia alkumittaukseen.

Turvallisuuskäynneistä pidämme lukua tarkistuslistan avulla: kuinka monessa kodissa palovaroitin
puuttui tai oli toimimaton ja kuinka monessa asennettiin liukuesteitä tai valoja. Lisäksi kysymme
asiakkailta vuosittain, ovatko he kaatuneet kotonaan viimeisen vuoden aikana.

Asiakkailta ja omaisilta kerätään palautetta palautekortilla, ja kylätyöryhmä käy palautteen läpi
kokouksissaan. Hankkeen lopussa syksyllä 2028 teemme koosteen, joka käsitellään yhdistyksen
hallituksessa ja lähetetään STEA:lle loppuselvityksen liitteenä.
""")

    bold(d, "9. Odotetut tulokset")
    paras(d, """
Hankkeen tuloksena Kaarnavedellä on toimiva kylätalkkaripalvelu ja neljän kylän kylävahtiverkosto.
Ikäihmisten kodit ovat turvallisempia, yksinäisyyden kokemus on vähentynyt ja omaisten huoli on
helpottunut. Lisäksi syntyy kirjallinen kuvaus kylätalkkari- ja kylävahtimallista, perehdytysmateriaali
kylävahdeille ja turvallisuuskäynnin tarkistuslista, joita muutkin maaseudun yhdistykset voivat käyttää.

Pitkällä aikavälillä toivomme, että malli siirtää kotihoidon tarvetta myöhemmäksi ja että
ikäihmiset voivat asua kotikylällään pidempään.
""")


    paras(d, """
Ensimmäisen vuoden lopussa talkkaripalvelu toimii kaikilla neljällä kylällä ja kahdella kylällä on
omat kylävahtiryhmät. Toisena vuonna kylävahtitoiminta laajenee kaikille kylille, ja
turvallisuuskäyntejä on tehty jokaisen uuden asiakkaan kotiin. Kolmantena vuonna painopiste on
toiminnan vakiinnuttamisessa: kyläyhdistykset hoitavat kylävahtien vuorot, ja yhdistyksen hallitus
on valmistellut talkkarin jatkorahoituksen.

Hankkeen aikana kertyvä tieto siitä, millaista apua maaseudun ikäihmiset tarvitsevat, on arvokasta
myös kunnalle ja hyvinvointialueelle. Kokoamme sen vuosittain lyhyeksi katsaukseksi, jonka
toimitamme vanhusneuvostolle ja hyvinvointialueen ikääntyneiden palveluiden suunnittelijoille.
""")
    bold(d, "10. Tulosten juurruttaminen ja toiminnan jatkuminen")
    paras(d, """
Olemme miettineet jatkuvuutta jo hakemusta tehdessä. Edellinen kylätalkkaritoiminta loppui, koska
kukaan ei ollut sitoutunut siihen rahoituksen jälkeen. Siksi kyläyhdistykset ja kunta ovat olleet
mukana valmistelussa, ja hankkeen ensimmäisestä kuukaudesta alkaen kylätyöryhmässä sovitaan, mitkä
tehtävät siirtyvät kylille.

Viestimme hankkeesta koko sen ajan paikallislehti Kaarnaveden Sanomissa, yhdistyksen jäsenkirjeessä,
kunnan verkkosivuilla ja kylätalojen ilmoitustauluilla. Koska monet ikäihmiset eivät käytä internetiä,
paperinen tiedote jaetaan myös kotihoidon ja seurakunnan kautta.

Mallia muokataan kokemusten mukaan erilaisiin kyliin: pienimmillä kylillä kylävahdit voivat hoitaa
myös osan pienistä töistä itse, kun taas kirkonkylän reuna-alueilla painopiste on talkkarin
palvelussa. Mallista laaditaan kaksi sivun ohje kyläyhdistyksille ja erillinen ohje
seurakunnan diakoniatyölle.

Vuonna 2028 tarjoamme mallia kokeiltavaksi kahdelle naapurikunnan eläkeläisjärjestölle ja
esittelemme sen valtakunnallisen vanhustyön järjestön alueellisessa seminaarissa sekä
Innokylässä.

Hankkeen päätyttyä kylätalkkaripalvelun hallinnoinnista vastaa Kaarnaveden Seniorit ry:n hallitus, ja
kunnan hyvinvointikoordinaattori on luvannut valmistella kunnanhallitukselle esityksen talkkarin
palkkauksen osarahoituksesta vuoden 2029 talousarvioon. Kylävahtien toiminnasta vastaavat
kyläyhdistysten nimeämät yhteyshenkilöt. Toiminnanohjaajan työajasta noin 15 prosenttia on varattu
juurruttamiseen ja kylätyöryhmän tukemiseen koko hankkeen ajan.
""")

    bold(d, "11. Hankkeen hallinnointi ja yhteistyö")
    paras(d, """
Hankkeen hallinnoija on Kaarnaveden Seniorit ry. Hankkeelle perustetaan ohjausryhmä, johon kuuluvat
yhdistyksen puheenjohtaja, kunnan hyvinvointikoordinaattori, hyvinvointialueen kotihoidon
aluepäällikkö, seurakunnan diakoniatyöntekijä, pelastuslaitoksen turvallisuuskouluttaja ja kahden
kyläyhdistyksen edustajat. Ohjausryhmä kokoontuu kolme kertaa vuodessa.

Kylätalkkari ja toiminnanohjaaja raportoivat yhdistyksen hallitukselle kuukausittain. Taloushallinto
ostetaan tilitoimistolta, ja toiminnantarkastajana toimii yhdistyksen vuosikokouksen valitsema henkilö.
""")

    bold(d, "12. Viestintä")
    paras(d, """
Viestinnän tavoitteena on, että jokainen haja-asutusalueen ikäihminen tietää, mistä numerosta apua
saa. Numero painetaan jääkaappimagneettiin, joka jaetaan kotihoidon, seurakunnan ja kylävahtien
kautta. Yhdistyksen verkkosivuille tehdään hankkeelle oma sivu, ja paikallislehdessä julkaistaan
neljästi vuodessa juttu kylävahtien arjesta.

Vapaaehtoisia rekrytoidaan kyläiltojen, koulujen vanhempainiltojen ja kirkonkylän kesätorin kautta.
Hyvinvointialueen ja kunnan kanssa sovitaan, että ne kertovat palvelusta omissa asiakastiedotteissaan.
""")


    paras(d, """
Viestinnässä käytetään selkeää yleiskieltä ja isoa fonttia. Tiedotteet testataan ennen jakamista
yhdistyksen Mäntylän kerhon jäsenillä, jotka ovat luvanneet kertoa, jos teksti on vaikeaselkoista.
Kylävahtien kokemuksista kootaan vuosittain muutaman tarinan sarja, jota voidaan käyttää myös
vapaaehtoisten rekrytoinnissa. Tarinoihin pyydetään aina kirjallinen lupa, ja nimet muutetaan, jos
asiakas niin toivoo.

Päättäjille kerromme hankkeen etenemisestä vanhusneuvoston ja hyvinvointilautakunnan kokouksissa
kerran vuodessa. Hyvinvointialueen järjestöyhteistyön koordinaattori saa hankkeen vuosikatsauksen,
ja toivomme, että kokemuksia voidaan hyödyntää alueen muissa kunnissa. Hankkeen päätösvaiheessa
syksyllä 2028 järjestetään kirkonkylällä avoin päätösjuhla, johon kutsutaan kylävahdit, asiakkaat,
omaiset, yhteistyökumppanit ja naapurikuntien eläkeläisjärjestöt. Juhlan yhteydessä julkaistaan
kylätalkkari- ja kylävahtimallin kuvaus sekä painettuna että yhdistyksen verkkosivuilla.

Sosiaalisessa mediassa yhdistys käyttää Facebook-sivuaan, jota seuraavat erityisesti ikäihmisten
omaiset. Sivulla kerrotaan kylävahtien tapaamisista, tasapainoryhmien ajoista ja talkkarin
talvikauden aikatauluista.
""")
    bold(d, "13. Hankkeen yhteyshenkilö")
    d.add_paragraph("Toiminnanohjaaja Sirkka Partanen, sirkka.partanen@kaarnavedenseniorit.fi, puh. 040 718 2290. "
                    "Allekirjoitusoikeus: yhdistyksen puheenjohtaja ja sihteeri yhdessä.")

    bold(d, "Liite: hakemuksen yhteenveto")
    paras(d, """
Kylätalkkarista kylävahtiin -hanke tuo haja-asutusalueen ikäihmisille kylätalkkarin, joka tekee pieniä
kodin töitä, ja vapaaehtoisten kylävahtien verkoston, joka pitää yhteyttä yksin asuviin. Samalla
tehdään kodin turvallisuuskäyntejä. Hanke kestää kolme vuotta, ja sen jälkeen toimintaa jatkavat
yhdistys ja kyläyhdistykset kunnan tuella. Haettava avustus on 296 400 euroa.

Olemme keskustelleet hakemuksesta STEA:n erityisasiantuntijan kanssa puhelimitse 22.4.2025 ja
tarkentaneet sen perusteella kohderyhmän rajausta ja omavastuuosuutta. Yhdistyksen kevätkokous
hyväksyi hankkeen valmistelun 24.4.2025.
""")

    bold(d, "Liite 2: Kylävahdin tehtävänkuva")
    paras(d, """
Kylävahti on vapaaehtoinen, joka pitää yhteyttä yhteen tai useampaan oman kylänsä yksin asuvaan
ikäihmiseen. Kylävahti soittaa sovitusti, käy kylässä, kuuntelee ja tarvittaessa kertoo, mistä apua
saa. Kylävahti ei tee hoitotyötä, ei hoida asiakkaan raha-asioita eikä kanna vastuuta asioista,
jotka kuuluvat ammattilaisille.

Kylävahti sitoutuu osallistumaan neljän illan perehdytykseen, noudattamaan vaitiolovelvollisuutta
ja kertomaan toiminnanohjaajalle, jos hän huolestuu asiakkaan tilanteesta. Kylävahti saa
yhdistykseltä perehdytyksen, kuukausittaisen vertaistapaamisen, vapaaehtoistyön vakuutuksen,
matkakulujen korvauksen ja nimikortin. Kylävahti voi lopettaa tehtävän ilmoittamalla siitä
toiminnanohjaajalle.

Kylävahdin tehtävä sopii ihmiselle, joka on kiinnostunut toisista ihmisistä, osaa kuunnella ja
asuu samalla kylällä kuin asiakas. Erityistaitoja ei tarvita, mutta kylävahdilla on hyvä olla
puhelin, jolla hän voi tarvittaessa soittaa toiminnanohjaajalle.
""")

    bold(d, "Liite 3: Yhdistyksen talous ja hallinto")
    paras(d, """
Yhdistyksen vuoden 2024 tilinpäätöksessä tuotot olivat 84 300 euroa ja kulut 81 900 euroa.
Tuotoista suurin osa tuli STEA:n kohdennetusta toiminta-avustuksesta, jäsenmaksuista,
kuljetusringin omavastuumaksuista ja kunnan yleisavustuksesta. Yhdistyksen oma pääoma oli vuoden
lopussa 22 600 euroa. Hankkeen kirjanpito pidetään erillään yhdistyksen muusta toiminnasta omalla
kustannuspaikallaan, ja tilitoimisto laatii hankkeesta erillisen tuloslaskelman.

Yhdistyksen hallitus kokoontuu kuukausittain, ja hankkeen asiat ovat jokaisen kokouksen
esityslistalla. Hankkeen henkilöstön esihenkilönä toimii yhdistyksen puheenjohtaja. Yhdistys on
rekisteröity yhdistysrekisteriin, ja sen säännöt on päivitetty vuonna 2023.
""")

    bold(d, "Liite 4: Miten hanke eroaa aiemmasta kylätalkkaritoiminnasta")
    paras(d, """
Vuosien 2017–2021 kylätalkkari oli kunnan työllisyyspalveluiden palkkatuella palkkaama, ja
talkkari vaihtui vuoden välein. Asiakkaat joutuivat tutustumaan aina uuteen ihmiseen, eikä
toiminnalla ollut yhteyttä vapaaehtoistoimintaan tai kotihoitoon. Nyt talkkari palkataan koko
hankkeen ajaksi, palvelu liitetään kylävahtien verkostoon ja kotihoidon kanssa on sovittu
yhteistyöstä. Toisin kuin aiemmin, kylät ovat mukana suunnittelussa alusta alkaen, ja jatkosta on
sovittu jo ennen hankkeen alkua.
""")
    save(d, "era19_02_kylavahti_stea_hankehakemus")
    expected("era19_02_kylavahti_stea_hankehakemus", "hankesuunnitelma", [
        {"rule": "tavoite.ei-arviointia", "count": 1},
        {"rule": "rakenne.osio-puuttuu", "target": "riskit"}])
    # Tavoite "yhdistyksen ja kyläyhdistysten yhteistyö vahvistuu..." : toimenpide 5.4 (kylätyöryhmä), mutta
    # ei mittaria eikä arviointimenetelmää missään (kohdan 8 palautteen käsittely ei mittaa yhteistyötä).


# ---------------------------------------------------------------------------
# 03 Arviointisuunnitelma, kirjasto, .pdf (LibreOffice), ei löydöksiä
# ---------------------------------------------------------------------------
def doc03():
    d = Document()
    d.add_heading("Lukuliiteri – arviointisuunnitelma", 0)
    d.add_paragraph("Hallan kaupunginkirjasto | OKM:n yleisten kirjastojen kehittämisavustus | päivitetty 20.1.2026")

    d.add_heading("Hanke lyhyesti", 1)
    paras(d, """
Lukuliiteri vie kirjaston lukuvinkkauksen ja lainauspisteen kolmeen lähiöön, joissa lainausaktiivisuus
on kaupungin matalin. Hankeaika on 1.9.2025–31.8.2027. Hankkeessa työskentelee kaksi kirjastonhoitajaa
puolella työajallaan ja kirjastoauto kiertää lähiöissä kerran viikossa.
""")

    d.add_heading("Mitä arviointi seuraa? (hankkeen tavoitteet)", 1)
    paras(d, """
Hankkeen tavoitteena on, että lähiöiden alakouluikäisten lasten lukeminen vapaa-ajalla lisääntyy.
Toiseksi haluamme, että kirjaston palvelut tavoittavat niitä perheitä, joissa kotikieli on muu kuin
suomi, ja että nämä perheet löytävät omakielistä aineistoa. Kolmas tavoite on, että kirjaston,
koulujen ja asukastalojen yhteistyö muuttuu säännölliseksi.
""")

    d.add_heading("Keiden näkökulmasta arvioidaan", 1)
    d.add_paragraph("Arvioinnin kohderyhmiä ovat lähiöiden 7–12-vuotiaat lapset ja heidän perheensä, kolmen alakoulun "
                    "opettajat sekä asukastalojen työntekijät. Myös hankkeen omaa henkilöstöä kuullaan.")

    d.add_heading("Menetelmät ja tiedonkeruu", 1)
    paras(d, """
Lasten lukemista seuraamme kahdella tavalla. Kirjastojärjestelmästä saadaan lainausmäärät
kirjastoauton pysäkeillä ja lähiöiden koulujen luokkalainoissa kuukausittain. Lisäksi
kolmas- ja viidesluokkalaiset vastaavat koulussa lyhyeen lukemiskyselyyn syyskuussa 2025
(lähtötaso), toukokuussa 2026 ja toukokuussa 2027.

Monikielisten perheiden tavoittamista arvioimme laskemalla uudet kirjastokortit lähiöiden
postinumeroalueilla ja omakielisten aineistojen lainat. Perheiltä kysytään kokemuksia kahdessa
ryhmähaastattelussa asukastalolla tulkin avulla (maaliskuu 2026 ja maaliskuu 2027).

Yhteistyön säännöllisyyttä seuraamme yhteistyöpäiväkirjalla, johon hankkeen kirjastonhoitajat
merkitsevät jokaisen koulun ja asukastalon kanssa järjestetyn tapaamisen ja tapahtuman. Opettajille
ja asukastalojen työntekijöille tehdään verkkokysely hankkeen lopussa keväällä 2027.
""")

    d.add_heading("Itsearviointi ja ulkoinen arviointi", 1)
    paras(d, """
Hankkeen työntekijät pitävät itsearviointipalaverin jokaisen lukukauden lopussa ja kirjaavat, mikä
toimi ja mitä muutetaan. Ulkoisen arvioinnin tekee Hallan ammattikorkeakoulun kirjasto- ja
informaatioalan opiskelijaryhmä opinnäytetyönä lehtorin ohjauksessa syksyllä 2026; he havainnoivat
kirjastoauton pysäkkejä ja haastattelevat yhteistyökumppaneita.
""")

    d.add_heading("Arviointitiedon käyttö ja raportointi", 1)
    paras(d, """
Arviointitiedot käsitellään kirjaston johtoryhmässä kahdesti vuodessa, ja niiden perusteella
muutetaan pysäkkien aikatauluja ja aineistovalintoja. Väliraportti toimitetaan OKM:lle ja
aluehallintovirastolle syksyllä 2026 ja loppuraportti hankkeen päätyttyä. Tulokset julkaistaan
kirjaston verkkosivuilla.

Jo hankkeen suunnitteluvaiheessa sovittiin kirjastotoimenjohtajan kanssa, että onnistuneet
käytännöt otetaan osaksi kirjaston palvelusuunnitelmaa vuodesta 2028 alkaen. Arviointitieto on
päätöksen pohja: johtoryhmä päättää keväällä 2027 arvioinnin perusteella, mitkä pysäkit jäävät
pysyviksi.
""")
    path = os.path.join(SRC, "era19_03_lukuliiteri_arviointisuunnitelma.docx")
    d.save(path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, path],
                   check=True, capture_output=True, timeout=180)
    expected("era19_03_lukuliiteri_arviointisuunnitelma", "arviointisuunnitelma", [])


# ---------------------------------------------------------------------------
# 04 Exit-suunnitelma, liikunta, .md; löydökset: ei omistajaa (passiivi, epämääräinen), ei seurantaa
# ---------------------------------------------------------------------------
DOC04 = """# Liikkuva iltapäivä – exit-suunnitelma

Sorvalan kaupunki, liikuntapalvelut / AVI:n liikunnan kehittämisavustus
Luonnos 14.10.2026, käsitellään ohjausryhmässä 28.10.2026

Hanke on järjestänyt lukuvuodesta 2025–2026 alkaen maksuttomia liikuntakerhoja
koulujen iltapäivätoiminnan yhteydessä. Hanke päättyy 31.12.2026. Tässä suunnitelmassa
kuvataan, miten kerhotoiminta jatkuu rahoituksen jälkeen.

## Mitä jää pysyväksi?

Kerhoja on nyt kuudessa koulussa, ja niissä käy viikoittain noin 260 lasta. Pysyväksi
toimintatavaksi halutaan jättää malli, jossa urheiluseurojen nuoret ohjaajat vetävät kerhoa
iltapäivätoiminnan tiloissa ja iltapäivätoiminnan ohjaaja on mukana aikuisena. Kerhojen
vuosikello, ohjaajien perehdytysmateriaali ja tilavarauskäytäntö on koottu yhteen
kansioon.

Kerhotoiminta on tarkoitus ottaa osaksi iltapäivätoiminnan normaalia viikko-ohjelmaa
kevätlukukaudesta 2027 alkaen. Ohjaajien palkkioihin on tarkoitus varata noin 9 000 euroa
vuodessa, ja seurojen kanssa tehdään yhteistyösopimukset.

## Miten tuloksista kerrotaan muille

Liikkuva iltapäivä -malli esitellään Liikkuva koulu -ohjelman alueellisessa verkostotapaamisessa
helmikuussa 2027 ja kaupungin verkkosivuilla. Mallin kuvaus ja perehdytysmateriaali viedään
Innokylään, ja naapurikuntien liikuntapalveluille järjestetään yksi etäkoulutus.

## Kehittämistyön jatko

Jatkossa kerhoja olisi hyvä laajentaa myös yläkoulun alkuun, jossa liikunta-aktiivisuus
laskee selvästi. Lisäksi on keskusteltu tyttöjen omista kerhoista ja soveltavan liikunnan
ryhmästä. Toimintaa jatketaan seurojen, koulujen ja kaupungin yhteistyönä, ja kaikki
toimijat huolehtivat yhdessä siitä, että kerhot pysyvät maksuttomina.
"""


def doc04():
    with open(os.path.join(OUT, "era19_04_liikkuva_iltapaiva_exit.md"), "w", encoding="utf-8") as f:
        f.write(DOC04)
    expected("era19_04_liikkuva_iltapaiva_exit", "exit-suunnitelma", [
        {"rule": "exit.ei-omistajaa"},
        {"rule": "exit.ei-seurantaa"}])


# ---------------------------------------------------------------------------
# 05 Loppuraportti, kotoutuminen, .txt; löydökset: myöhässä (5 kk), pohjateksti xx.xx.2026
# ---------------------------------------------------------------------------
DOC05 = """LOPPURAPORTTI
Työn polku – maahanmuuttaneiden naisten työelämäpolut
ESR+ -hanke, Euroopan unionin osarahoittama

TAUSTATIEDOT
Toteuttaja: Vaaralan kaupunki, elinvoimapalvelut / kotoutumispalvelut
Hankkeen nimi: Työn polku
Rahoituspäätöksen diaarinumero: Dnro KESELY/1147/2023
Hankeaika: 1.6.2023–31.5.2026
Rahoittaja: Keski-Suomen ELY-keskus, Uudistuva ja osaava Suomi 2021–2027 -ohjelma

HANKKEEN TEEMA JA TAVOITTEET
Hanke liittyi työllisyyden ja kotoutumisen teemaan. Tavoitteena oli, että kotona lapsia hoitaneet
maahanmuuttaneet naiset pääsevät suomen kielen opintoihin, työkokeiluun tai koulutukseen ja että
kaupungin kotoutumispalveluissa syntyy pysyvä tapa tavoittaa heidät.

HANKKEEN TOTEUTUS
Kesto: kolme vuotta, 1.6.2023–31.5.2026.

Mitä tehtiin?
Hankkeessa toimi kaksi ohjaajaa, joista toinen puhui arabiaa ja somalia. Naisia tavoitettiin
neuvoloiden, perhekeskuksen ja moskeijan naisten ryhmien kautta. Toiminta rakentui
lastenhoidon kanssa järjestettyihin kieliryhmiin, yksilöohjaukseen ja työpaikkavierailuihin.
Suunnitelmasta poiketen työkokeiluja tehtiin enemmän hoiva-alalla kuin kaupan alalla.

Miten kustannusarvio toteutui?
Kustannusarvio oli 486 000 euroa, ja toteuma oli 471 300 euroa. Säästöä syntyi tilavuokrista,
kun kieliryhmät siirtyivät perhekeskuksen tiloihin.

Millaisia ongelmia ilmeni?
Ensimmäisenä vuonna lastenhoidon järjestäminen kieliryhmien ajaksi oli vaikeaa. Ratkaisimme asian
sopimalla varhaiskasvatuksen kanssa lyhytaikaisen hoidon paikoista. Ohjausryhmän viimeinen kokous
pidettiin xx.xx.2026.

TULOKSET JA VAIKUTTAVUUS
Hankkeeseen osallistui 164 naista. Heistä 71 aloitti suomen kielen koulutuksen, 38 teki
työkokeilun ja 19 työllistyi vähintään kolmen kuukauden työsuhteeseen. Alkukartoituksen ja
loppukartoituksen vertailussa osallistujien arvio omasta suomen kielen taidostaan nousi
keskimäärin yhdellä tasolla. Osallistujilta kerättiin palaute jokaisen ryhmän lopussa.
Yllätyksenä tuli, kuinka tärkeiksi työpaikkavierailut osoittautuivat myös perheen miehille,
jotka alkoivat tukea naisten opiskelua.

KEHITYSAJATUKSET
Kieliryhmät lastenhoidon kanssa jatkuvat kotoutumispalveluiden perustoimintana elokuusta 2026.
Ryhmistä vastaa kotoutumispalveluiden palveluesihenkilö, ja yksi hankkeen ohjaajista on
vakinaistettu kotoutumisohjaajaksi.

SUOSITUKSET MUILLE
Suosittelemme, että kieliryhmä ja lastenhoito järjestetään samassa paikassa ja samaan aikaan.
Luottamuksellinen yhteys yhteisöihin syntyy hitaasti, joten tavoittavaan työhön kannattaa varata
aikaa jo hankkeen alussa.

TIIVISTELMÄ
Työn polku -hanke tavoitti kolmessa vuodessa 164 kotona lapsia hoitanutta maahanmuuttanutta naista
Vaaralassa. Kieliryhmät lastenhoidon kanssa, yksilöohjaus ja työpaikkavierailut veivät 71 naista
kielikoulutukseen ja 19 työhön. Toimintamalli jatkuu kaupungin kotoutumispalveluissa.

LAATIMISPÄIVÄMÄÄRÄ JA YHTEYSTIEDOT
Vaaralassa 3.11.2026
Yhteyshenkilö: projektipäällikkö Leena Hirvonen, leena.hirvonen@vaarala.fi, puh. 044 519 3307
Lisätietoja: kotoutumispalveluiden palveluesihenkilö Abdi Warsame
"""


def doc05():
    with open(os.path.join(OUT, "era19_05_tyon_polku_loppuraportti.txt"), "w", encoding="utf-8") as f:
        f.write(DOC05)
    expected("era19_05_tyon_polku_loppuraportti", "loppuraportti", [
        {"rule": "raportti.myohassa"},
        {"rule": "rakenne.pohjateksti"}])


# ---------------------------------------------------------------------------
# 06 Loppuraportti, ympäristö (Kaiku), .docx; diaarinumero vain sisäkkäisessä taulukossa, yhdistetty solu
# ---------------------------------------------------------------------------
def doc06():
    d = Document()
    d.add_heading("Kaiku-kehittämishankkeen loppuraportti", 0)
    d.add_paragraph("Vesistöjen seurannan yhteinen työpöytä")

    d.add_heading("1. Taustatiedot", 1)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Toteuttajavirasto"
    t.cell(0, 1).text = "Järvi-Suomen vesi- ja ympäristövirasto, seurantayksikkö"
    t.cell(1, 0).text = "Hankkeen nimi ja määrärahapäätöksen diaarinumero"
    c = t.cell(1, 1)
    c.text = "Vesistöjen seurannan yhteinen työpöytä"
    inner = c.add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "Diaarinumero"
    inner.cell(0, 1).text = "VK/418/02.07.00/2024"
    inner.cell(1, 0).text = "Päätöspäivä"
    inner.cell(1, 1).text = "14.3.2024"
    m = t.cell(2, 0).merge(t.cell(2, 1))
    m.text = "Hanke toteutettiin yhteistyössä kolmen maakunnan ympäristöyksiköiden kanssa."

    d.add_heading("2. Hankkeen teema ja tavoitteet", 1)
    d.add_paragraph("Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?")
    d.add_paragraph("Hanke liittyi työtapojen uudistamiseen ja tiedon yhteiskäyttöön. Tavoitteena oli, että "
                    "vesinäytteiden seurantatiedot ovat kaikkien asiantuntijoiden käytössä yhdessä työtilassa ja "
                    "että päällekkäinen tallennustyö vähenee. Lisäksi haluttiin, että kenttä- ja toimistotyötä "
                    "tekevät oppivat toisiltaan.")

    d.add_heading("3. Hankkeen toteutus", 1)
    d.add_paragraph("Hankkeen kesto: 1.4.2024–31.3.2026.")
    d.add_paragraph("Mitä käytännössä tehtiin ja vastasiko se suunnitelmaa?")
    d.add_paragraph("Kartoitimme kahdeksan eri taulukkoa ja järjestelmää, joihin näytetietoja tallennettiin. Rakensimme "
                    "yhteisen työtilan ja pidimme kymmenen työpajaa, joissa kenttähenkilöstö ja asiantuntijat sopivat "
                    "yhteisistä käsitteistä. Alkuperäisestä suunnitelmasta poiketen mobiilitallennus jätettiin "
                    "jatkohankkeeseen, koska tietoturvaselvitys viivästyi.")
    d.add_paragraph("Johdon ja henkilöstön sitoutuminen")
    d.add_paragraph("Yksikön päällikkö osallistui ohjausryhmään ja kaikkiin kolmeen välikatselmukseen. Henkilöstöstä "
                    "noin 40 henkeä osallistui vähintään yhteen työpajaan.")
    d.add_paragraph("Miten kustannusarvio toteutui?")
    d.add_paragraph("Kaiku-rahoitus oli 38 000 euroa ja se käytettiin lähes kokonaan (37 250 euroa); ulkopuolisen "
                    "fasilitaattorin kulut jäivät arvioitua pienemmiksi.")

    d.add_heading("4. Tulokset ja vaikuttavuus", 1)
    d.add_paragraph("Yhteinen työtila on käytössä kaikissa kolmessa maakunnassa. Tallennustyö väheni seurantakauden "
                    "aikana henkilöstön ajankäyttöseurannan mukaan noin 30 prosenttia. Toteutusta arvioitiin "
                    "työpajojen palautteilla ja loppukyselyllä (vastaajia 33). Yllättävä tulos oli, että kenttätyöntekijät "
                    "alkoivat itse ehdottaa uusia seurantapisteitä, kun näkivät tiedot kokonaisuutena.")

    d.add_heading("5. Kehitysajatukset", 1)
    d.add_paragraph("Jatkamme mobiilitallennuksen kokeilulla vuonna 2026 ja pidämme yhteisen työtilan käyttäjäryhmän "
                    "koolla kahdesti vuodessa. Työtilan ylläpidosta vastaa seurantayksikön tietoasiantuntija.")

    d.add_heading("6. Suositukset muille virastoille", 1)
    d.add_paragraph("Suosittelemme aloittamaan yhteisistä käsitteistä ennen tietojärjestelmää: kun sanat on sovittu, "
                    "työkalun valinta on helppo. Kannattaa myös varata fasilitointiin ulkopuolinen vetäjä.")

    d.add_heading("7. Tiivistelmä", 1)
    d.add_paragraph("Järvi-Suomen vesi- ja ympäristövirasto kokosi vesistöjen seurantatiedot kahdeksasta erillisestä "
                    "taulukosta yhteen työtilaan ja sopi työpajoissa yhteisistä käsitteistä. Tallennustyö väheni noin "
                    "kolmanneksella ja tieto on nyt kaikkien asiantuntijoiden käytössä kolmessa maakunnassa. "
                    "Mobiilitallennus kokeillaan jatkossa.")

    d.add_heading("8. Laatimispäivämäärä ja yhteystiedot", 1)
    d.add_paragraph("Laadittu 12.5.2026.")
    d.add_paragraph("Yhteyshenkilöt: erikoissuunnittelija Marja-Liisa Kettunen (marja-liisa.kettunen@jsvy.fi) ja "
                    "yksikön päällikkö Tapio Ruuskanen.")
    save(d, "era19_06_vesiseuranta_kaiku_loppuraportti")
    expected("era19_06_vesiseuranta_kaiku_loppuraportti", "loppuraportti", [])


# ---------------------------------------------------------------------------
# 07 Arviointisuunnitelma, ikäihmisten digituki kirjastossa, .docx lomake + sisältöohjausobjektit
#    löydökset: täyttämätön paikkamerkki, ei ulkoista arviointia
# ---------------------------------------------------------------------------
def doc07():
    d = Document()
    d.add_heading("Digiapu lähelle – arviointisuunnitelma", 0)
    d.add_paragraph("Peltomäen kunta, sivistyspalvelut / kirjasto ja vanhuspalveluiden neuvonta")

    bold(d, "Hankkeen nimi *")
    d.add_paragraph("Vastaus: Digiapu lähelle – ikäihmisten digituki lähikirjastoissa")
    bold(d, "Hankeaika *")
    sdt_block(d, "Hankeaika", ["1.3.2026–28.2.2027"])
    bold(d, "Rahoittaja *")
    d.add_paragraph("Vastaus: Pohjois-Hämeen Leader ry (Leader-rahoitus)")

    bold(d, "Hankkeen tavoitteet ja kohderyhmä *")
    paras(d, """
Vastaus: Haluamme, että yli 70-vuotiaat kuntalaiset osaavat hoitaa pankki- ja terveysasiointinsa
verkossa itse tai tietävät, mistä saavat apua. Tavoitteena on myös, että kolmessa sivukirjastossa on
säännöllinen digitukivastaanotto, jonka vapaaehtoiset digikummit pitävät kirjastohenkilökunnan tuella.
Kohderyhmänä ovat kotona asuvat ikäihmiset ja heidän omaisensa sekä digikummeiksi ryhtyvät vapaaehtoiset.
""")

    bold(d, "Miten tietoa kerätään? *")
    paras(d, """
Vastaus: Digikummit kirjaavat jokaisesta vastaanottokäynnistä lomakkeelle, mihin asiaan apua haettiin
ja onnistuiko asia. Asiakkaat täyttävät käynnin lopuksi hymiöpalautteen ja kolmen kysymyksen
osaamiskyselyn (”Pystyn kirjautumaan pankkiin itse”, ”Tiedän, mistä saan apua”, ”Uskallan kokeilla uutta”).
Osaamiskysely tehdään hankkeen alussa maaliskuussa 2026 ja uudelleen tammikuussa 2027.

Vastaanottojen säännöllisyyttä seurataan kirjaston tapahtumakalenterista: kuinka monena viikkona kussakin
sivukirjastossa on ollut vastaanotto. Digikummeille pidetään ryhmähaastattelu syksyllä 2026.
""")

    bold(d, "Itsearviointi *")
    d.add_paragraph("Vastaus: Hankkeen työryhmä (kirjastonhoitaja, vanhuspalveluiden neuvoja ja kaksi digikummia) "
                    "pitää puolen vuoden välein itsearviointipalaverin ja käy läpi kirjaukset ja palautteet.")

    bold(d, "Ulkoinen arviointi")
    sdt_block(d, "Ulkoinen arviointi", [], placeholder=True)

    bold(d, "Arviointitiedon hyödyntäminen ja raportointi *")
    paras(d, """
Vastaus: Tulokset raportoidaan Leader-ryhmälle maksatushakemusten yhteydessä ja kunnan
sivistyslautakunnalle helmikuussa 2027. Arvioinnin perusteella sivistysjohtaja ja vanhuspalveluiden
päällikkö päättävät, jatketaanko digitukivastaanottoja kirjaston vakituisena palveluna.
Jatkoa on pohjustettu jo hakuvaiheessa: kirjaston ja vanhuspalveluiden neuvonnan yhteistyö on
kirjattu hyvinvointisuunnitelman luonnokseen, ja digikummien perehdytys suunnitellaan niin, että
kirjasto voi jatkaa sitä omin voimin.
""")
    save(d, "era19_07_digiapu_arviointisuunnitelma")
    expected("era19_07_digiapu_arviointisuunnitelma", "arviointisuunnitelma", [
        {"rule": "rakenne.pohjateksti"},
        {"rule": "arviointi.ei-ulkoista"}])
    # Huom. "Ulkoinen arviointi" -kenttä on täyttämätön (paikkamerkkiteksti), joten ulkoista arviointia ei ole suunniteltu.


# ---------------------------------------------------------------------------
# 08 Exit-suunnitelma, ympäristökasvatus, .docx; omistaja vain tekstiruudussa; ei löydöksiä
# ---------------------------------------------------------------------------
def doc08():
    d = Document()
    d.add_heading("Luontoluokka-hankkeen jatkuvuussuunnitelma", 0)
    d.add_paragraph("Kuusijoen kaupunki, kaupunkiympäristön toimiala, ympäristöpalvelut – Versio 1.2, 2.11.2026")
    paras(d, """
Luontoluokka-hanke (ELY-keskuksen ympäristökasvatuksen avustus, 1.8.2025–31.12.2026) on kehittänyt
kouluille ja päiväkodeille lähimetsän opetuspolkuja ja valmiita tuntisuunnitelmia. Tähän mennessä
polkuja on kahdeksan ja niitä on käyttänyt 41 ryhmää.
""")

    d.add_heading("Mikä jää käyttöön ja kuka siitä huolehtii", 1)
    paras(d, """
Opetuspolut merkitään pysyvillä opasteilla ja ne lisätään kaupungin viheralueohjelmaan, jolloin
niiden kunnossapito kuuluu puistojen hoitosopimuksiin. Tuntisuunnitelmat siirretään opetuksen
yhteiseen materiaalipankkiin. Polkujen kunnostukseen on varattu ympäristöpalveluiden
käyttötalouteen 6 000 euroa vuodessa vuodesta 2027 alkaen, ja ympäristökasvatuksen
suunnittelijan työajasta neljäsosa kohdistetaan Luontoluokkaan.
""")
    textbox(d, ["Jatkon vastuuhenkilö:",
                "Ympäristökasvatuksen suunnittelija, Kuusijoen kaupunki, ympäristöpalvelut. "
                "Varahenkilönä kasvatuksen ja opetuksen toimialan pedagoginen asiantuntija."])

    d.add_heading("Hyvien käytäntöjen levittäminen", 1)
    paras(d, """
Polkujen kartat ja tuntisuunnitelmat julkaistaan kaupungin verkkosivuilla ja Innokylässä. Keväällä
2027 järjestetään opettajille ja varhaiskasvatuksen henkilöstölle kaksi koulutusiltapäivää, ja
toimintamalli esitellään valtakunnallisilla ympäristökasvatuspäivillä. Naapurikunnat ovat saaneet
kutsun tutustumiskävelylle.
""")

    d.add_heading("Jatkokehittäminen ja seuranta", 1)
    paras(d, """
Jatkossa polkuja on tarkoitus laajentaa rantaympäristöihin ja liittää niihin kansalaistieteen
havaintotehtäviä. Käyttöä seurataan polkujen varauskalenterista ja opettajille lähetettävällä
lukuvuosittaisella palautekyselyllä; tulokset käsitellään ympäristöpalveluiden johtoryhmässä
joka kesäkuu vuosina 2027–2029.
""")
    save(d, "era19_08_luontoluokka_jatkuvuussuunnitelma")
    expected("era19_08_luontoluokka_jatkuvuussuunnitelma", "exit-suunnitelma", [])


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08):
        f()
    print("valmis")

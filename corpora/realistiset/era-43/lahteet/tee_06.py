import sys; sys.path.insert(0, "/tmp/batches/era-43/lahteet")
from apu import *

d = uusi()
alatunniste(d, "Saaristoliikennekeskus • Loppuraportti • 20.2.2025", "DIGIARKKI-hanke")
kpl(d, "KEHITTÄMISHANKKEEN LOPPURAPORTTI", bold=True)
kpl(d, "Toteuttajavirasto laatii loppuraportin kolmen kuukauden kuluessa hankkeen päättymisestä ja lähettää sen "
       "Valtion työelämän kehittämisrahastolle sähköpostin liitteenä.", italic=True)


def kysymys(teksti, vastaus=None, nimi="vastaus"):
    kpl(d, "· " + teksti)
    if vastaus is None:
        sisaltokentta(d, nimi, "")
    else:
        sisaltokentta(d, nimi, vastaus)


lihava(d, "1. Taustatiedot")
kysymys("Toteuttajaviraston tai verkoston nimi", "Saaristoliikennekeskus, hallintopalvelut")
kysymys("Hankkeen nimi ja määrärahapäätöksen diaarinumero",
        "DIGIARKKI – asiakirjahallinnon digitalisointi. Päätös SLK/244/00.01.02/2022.")

lihava(d, "2. Hankkeen teema ja tavoitteet")
kysymys("Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?",
        "Hanke liittyi teemaan 'Digitaaliset työtavat ja tiedonhallinta'. Tavoitteena oli siirtyä paperisista "
        "aluslupa-asiakirjoista sähköiseen asianhallintaan, lyhentää lupien käsittelyaikaa ja vapauttaa "
        "arkistotilaa Turun toimipisteessä.")

lihava(d, "3. Hankkeen toteutus")
kysymys("Hankkeen kesto", "1.2.2023–30.9.2024 (20 kuukautta).")
kysymys("Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa",
        "Hankkeessa kuvattiin aluslupaprosessi, otettiin käyttöön sähköinen asianhallintajärjestelmän lupamoduuli, "
        "skannattiin vuosien 2012–2022 lupa-asiakirjat (noin 48 000 sivua) ja koulutettiin 31 lupakäsittelijää. "
        "Toteutus vastasi pääosin suunnitelmaa; asiakkaiden sähköinen lomake valmistui neljä kuukautta "
        "suunniteltua myöhemmin, keväällä 2024.")
kysymys("Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen",
        "Hallintojohtaja toimi ohjausryhmän puheenjohtajana. Jokaisesta lupatiimistä oli nimetty avainkäyttäjä, "
        "joka osallistui prosessityöpajoihin ja testaukseen.")
kysymys("Luettelo käytetyistä menetelmistä ja kokemukset niistä",
        "Prosessikuvaus työpajoissa (toimi hyvin), ketterä kehitys kahden viikon sprinteissä (toimi hyvin, vaati "
        "avainkäyttäjiltä enemmän aikaa kuin arvioitiin), vertaiskoulutus avainkäyttäjien vetämänä (erittäin hyvä).")
kysymys("Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä",
        "Skannauksen teki ulkopuolinen palveluntuottaja Arkistopalvelu Lehmus Oy aikataulussa. Järjestelmän "
        "konfiguroinnin teki viraston oma tietohallinto, mikä piti osaamisen talossa.")
kysymys("Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?", None, "ongelmat")
kysymys("Miten kustannusarvio toteutui?",
        "Kustannusarvio oli 186 000 euroa, toteuma 179 300 euroa. Skannaus tuli arvioitua edullisemmaksi.")

lihava(d, "4. Tulokset ja vaikuttavuus")
kysymys("Miten tavoitteet toteutuivat?",
        "Kaikki uudet aluslupahakemukset käsitellään sähköisesti 1.6.2024 alkaen. Keskimääräinen käsittelyaika "
        "lyheni 19 päivästä 11 päivään. Arkistotilaa vapautui 140 hyllymetriä.")
kysymys("Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?",
        "Sähköinen lomake vähensi puutteellisia hakemuksia lähes puoleen, koska pakolliset liitteet tarkistetaan jo täyttövaiheessa.")
kysymys("Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?",
        "Käsittelyaikoja seurattiin asianhallinnan raporteista kuukausittain. Henkilöstölle tehtiin kysely hankkeen "
        "alussa ja lopussa, asiakkaille palautekysely sähköisen lomakkeen yhteydessä.")
kysymys("Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?",
        "Avainkäyttäjäverkosto jatkaa pysyvänä, ja prosessikuvaukset päivitetään vuosittain.")
kysymys("Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?",
        "Asiakkaat saavat päätöksen nopeammin ja voivat seurata hakemuksen tilaa verkossa. Henkilöstön kyselyssä "
        "74 prosenttia arvioi työn sujuvan aiempaa paremmin.")

lihava(d, "5. Kehitysajatukset")
kysymys("Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?",
        "Seuraavaksi samaa mallia sovelletaan luotsauslupiin. Avainkäyttäjät kokoontuvat neljästi vuodessa ja "
        "kokoavat kehitysehdotukset tietohallinnolle.")

lihava(d, "6. Suositukset muille virastoille")
kysymys("Mitä toteutuneessa hankkeessa oli sellaista innovatiivista (pienetkin ideat), jota suosittelisitte levitettäväksi myös muille työyhteisöille.",
        "Avainkäyttäjien vetämä vertaiskoulutus ja liitteiden pakollisuuden tarkistus jo lomakkeella.")
kysymys("Mitä muiden organisaatioiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?",
        "Varatkaa avainkäyttäjille oikeasti työaikaa, ja aloittakaa asiakkaan lomakkeesta, ei arkistosta.")

lihava(d, "3. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta (kohdat 4–6) (maksimissaan 1000 sanaa)")
p = sisaltokentta(d, "tiivistelma",
                  "Saaristoliikennekeskuksen DIGIARKKI-hankkeessa (2023–2024) aluslupien käsittely siirrettiin kokonaan "
                  "sähköiseen asianhallintaan. Vanhat lupa-asiakirjat skannattiin, henkilöstö koulutettiin "
                  "avainkäyttäjien vetämänä ja asiakkaille avattiin sähköinen hakulomake. Käsittelyaika lyheni 19 "
                  "päivästä 11 päivään ja puutteelliset hakemukset vähenivät lähes puoleen. ")
muutos(p, lisatty="Avainkäyttäjäverkosto jatkaa pysyvänä.", poistettu="Hanke jatkuu vuonna 2025.")

lihava(d, "6. Loppuraportin laatimispäivämäärä, yhteystiedot ja mahdollinen lisäinformaatio")
kpl(d, "Laadittu 20.2.2025")
kysymys("Yhteyshenkilöt, joilta saa lisätietoa",
        "Hankepäällikkö Eveliina Saarnio, eveliina.saarnio@saaristoliikenne.example.fi, p. 0295 410 882; "
        "hallintojohtaja Kimmo Lahdensuo.")
kysymys("Muuta materiaalia (esim. PowerPoint-esittelyjen liitteet tai linkit)", "Prosessikuvaukset liitteenä (2 kpl).")
d.save("/tmp/batches/era-43/06_loppuraportti_digiarkki.docx")

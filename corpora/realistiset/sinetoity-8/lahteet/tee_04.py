"""04: valtion viraston Kaiku-loppuraportti mallipohjan kysymysrungolla; LibreOfficella PDF:ksi.
Havainto: raportti on päivätty yli kolme kuukautta hankkeen päättymisen jälkeen."""
import os
from apu import *

NIMI = "04_loppuraportti_hybridityo"
doc = uusi("Times New Roman", 12)
tekija(doc, "Hanna Rautio", "Kaiku-loppuraportti")


def kysymys(teksti):
    p = doc.add_paragraph(style="List Bullet")
    r = p.add_run(teksti)
    r.italic = True
    return p


p = kappale(doc, "KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI", lihava=True); p.runs[0].font.size = Pt(15)

otsikko(doc, "1. Taustatiedot", 1)
kysymys("Toteuttajaviraston tai verkoston nimi")
kappale(doc, "Vesivarojen tutkimus- ja valvontavirasto (VTVV), henkilöstö- ja talousyksikkö")
kysymys("Hankkeen nimi ja määrärahapäätöksen diaarinumero")
kappale(doc, "Yhteiset pelisäännöt hybridityöhön – VTVV:n työyhteisöhanke, VK/2741/03.02.06/2022")

otsikko(doc, "2. Hankkeen teema ja tavoitteet", 1)
kysymys("Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?")
kappale(doc, "Hanke liittyi Kaiku-teemaan työhyvinvointi ja uudet työn tekemisen tavat. Koronavuosien jälkeen "
        "VTVV:ssä siirryttiin pysyvästi hybridityöhön, mutta yhteisiä käytäntöjä ei ollut: osa tiimeistä tapasi "
        "viikoittain toimistolla, osa ei lainkaan. Henkilöstökyselyssä 2022 yhteisöllisyyden kokemus oli "
        "laskenut kolmessa vuodessa 3,9:stä 3,2:een (asteikko 1–5).")
kappale(doc, "Hankkeen tavoitteet olivat:")
luettelo(doc, [
    "jokaisella tiimillä on yhdessä sovitut, kirjatut hybridityön pelisäännöt",
    "esihenkilöt osaavat johtaa hajautettua tiimiä ja tunnistaa etätyön kuormitusta",
    "yhteisöllisyyden kokemus palaa vähintään vuoden 2019 tasolle.",
], numeroitu=True)

otsikko(doc, "3. Hankkeen toteutus", 1)
kysymys("Hankkeen kesto")
kappale(doc, "1.3.2023–31.12.2024 (22 kuukautta).")
kysymys("Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa")
kappale(doc, "Hanke käynnistyi huhtikuussa 2023 koko henkilöstön aloitustilaisuudella ja alkukyselyllä. "
        "Syksyn 2023 ja kevään 2024 aikana kaikki 17 tiimiä kävivät läpi kahden työpajan sarjan, jossa "
        "sovittiin tiimin omat pelisäännöt: läsnäolopäivät, viestintäkanavat, palaverikäytännöt ja "
        "tavoitettavuus. Esihenkilöille järjestettiin neljän moduulin valmennus hajautetun tiimin "
        "johtamisesta. Syksyllä 2024 kokeiltiin kolmessa tiimissä yhteisiä toimistopäiviä ja monitilan uutta "
        "varauskäytäntöä.")
kappale(doc, "Suunnitelmasta poiketen monitilan muutostöitä ei hankkeen aikana tehty, koska "
        "toimitilahanke siirtyi Senaatin aikataulun vuoksi. Tilalle toteutettiin varauskäytännön kokeilu.")
kysymys("Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen")
kappale(doc, "Pääjohtaja toimi ohjausryhmän puheenjohtajana, ja johtoryhmä käsitteli hanketta neljännesvuosittain. "
        "Työpajoihin osallistui 86 prosenttia henkilöstöstä. Henkilöstön edustajat olivat mukana "
        "ohjausryhmässä ja suunnittelivat työpajojen sisällön yhdessä hankkeen kanssa.")
kysymys("Luettelo käytetyistä menetelmistä ja kokemukset niistä")
luettelo(doc, [
    "Tiimityöpajat (2 × 3 h): toimivin menetelmä; valmis pelisääntöpohja nopeutti työtä.",
    "Esihenkilövalmennus (4 moduulia): hyvä, mutta etäosallistujat jäivät keskustelussa sivuun.",
    "Pulssikyselyt kahden kuukauden välein: kevyitä ja niistä saatiin nopeasti tietoa tiimeille.",
    "Toimistopäiväkokeilu: jakoi mielipiteitä, mutta lisäsi kohtaamisia selvästi.",
])
kysymys("Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä")
kappale(doc, "Työpajat vetivät viraston omat HR-asiantuntijat, mikä auttoi, koska he tunsivat tiimien arjen. "
        "Esihenkilövalmennuksen toteutti ostopalveluna Työn Muutos Oy, jonka valmentajilla oli kokemusta "
        "monesta hybridiorganisaatiosta.")
kysymys("Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?")
kappale(doc, "Suurin ongelma oli aikataulu: työpajoja oli vaikea sovittaa kenttäkauden (kesä–syyskuu) "
        "aikana, joten ne siirrettiin loka–toukokuulle. Projektipäällikön perhevapaan ajaksi syksyllä 2024 "
        "nimettiin sijainen HR-yksiköstä.")
kysymys("Miten kustannusarvio toteutui?")
kappale(doc, "Kaiku-määräraha oli 38 000 euroa ja viraston oma osuus 22 000 euroa. Kokonaiskustannukset olivat "
        "56 480 euroa, eli kustannusarvio alittui noin 3 500 eurolla, koska monitilan muutostöihin varattua "
        "suunnittelurahaa ei käytetty.")

otsikko(doc, "4. Tulokset ja vaikuttavuus", 1)
kysymys("Miten tavoitteet toteutuivat?")
kappale(doc, "Kaikilla 17 tiimillä on kirjatut pelisäännöt intranetissä. Esihenkilöistä 24/26 suoritti "
        "valmennuksen. Yhteisöllisyyden kokemus nousi loppukyselyssä marraskuussa 2024 arvoon 3,7, eli "
        "tavoitetta (3,9) ei aivan saavutettu, mutta suunta on selvä.")
kysymys("Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?")
kappale(doc, "Pelisääntöjen tärkein anti ei ollut itse sääntö, vaan keskustelu: moni kertoi kuulleensa "
        "ensimmäistä kertaa, miksi kollega haluaa tehdä töitä kotona. Myös uusien työntekijöiden perehdytys "
        "parani, kun pelisäännöt olivat kirjattuina.")
kysymys("Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?")
kappale(doc, "Alku- ja loppukysely koko henkilöstölle, pulssikyselyt, työpajojen palautteet sekä ohjausryhmän "
        "väliarviointi toukokuussa 2024.")
kysymys("Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?")
kappale(doc, "Tiimien pelisäännöt tarkistetaan vuosittain kehityskeskustelukierroksen yhteydessä, ja "
        "pelisääntöpohja on osa esihenkilöiden perehdytysaineistoa. Koko viraston yhteinen toimistopäivä on "
        "tiistaisin.")
kysymys("Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?")
kappale(doc, "Tiimien tavoitettavuus on parantunut, ja sidosryhmät ovat kertoneet saavansa vastauksia "
        "nopeammin. Toimistolla on tiistaisin selvästi enemmän väkeä, ja yhteiset kahvit ovat palanneet.")

otsikko(doc, "5. Kehitysajatukset", 1)
kysymys("Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?")
kappale(doc, "Hankkeen päätyttyä pelisääntöjen ylläpito on osa HR-yksikön normaalia työtä. Hybridityön "
        "kysymykset lisätään viraston vuosittaiseen henkilöstökyselyyn. Monitilan muutostyöt suunnitellaan "
        "uudelleen, kun toimitilahankkeen aikataulu varmistuu, ja niissä hyödynnetään varauskokeilun oppeja.")

otsikko(doc, "6. Suositukset muille virastoille", 1)
kysymys("Mitä toteutuneessa hankkeessa oli sellaista innovatiivista (pienetkin ideat), jota suosittelisitte "
        "levitettäväksi myös muille työyhteisöille.")
kappale(doc, "Valmis pelisääntöpohja, jossa on vain kuusi kysymystä, ja se, että tiimi sopii säännöt itse eikä "
        "niitä tuoda ylhäältä. Pohja on vapaasti muiden käytettävissä.")
kysymys("Mitä muiden organisaatioiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?")
kappale(doc, "Aikatauluta työpajat toiminnan rytmin mukaan ja varaa hankkeelle sijaisjärjestely "
        "avainhenkilöiden poissaolojen varalle. Kytke tilamuutokset hankkeeseen vain, jos niiden aikataulu on "
        "omissa käsissä.")

otsikko(doc, "3. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta (kohdat 4–6)", 1)
kappale(doc, "Vesivarojen tutkimus- ja valvontavirasto toteutti 1.3.2023–31.12.2024 Kaiku-hankkeen Yhteiset "
        "pelisäännöt hybridityöhön. Hankkeen taustalla oli yhteisöllisyyden heikkeneminen pysyvään "
        "hybridityöhön siirtymisen jälkeen. Kaikki 17 tiimiä sopivat kahden työpajan sarjassa omat "
        "pelisääntönsä läsnäolosta, viestintäkanavista, palavereista ja tavoitettavuudesta, ja esihenkilöt "
        "osallistuivat neljän moduulin valmennukseen hajautetun tiimin johtamisesta.")
kappale(doc, "Yhteisöllisyyden kokemus nousi 3,2:sta 3,7:ään. Tavoitetasoa ei aivan saavutettu, mutta muutos on "
        "merkittävä. Pysyviä toimintatapoja ovat pelisääntöjen vuosittainen tarkistus, pelisääntöpohja osana "
        "perehdytystä ja koko viraston yhteinen toimistopäivä. Tärkein oppi on, että pelisääntöjen arvo syntyy "
        "tiimin keskustelusta. Suosittelemme muille virastoille lyhyttä, tiimin itse täyttämää "
        "pelisääntöpohjaa ja työpajojen ajoittamista toiminnan rytmin mukaan.")

otsikko(doc, "6. Kaiku-loppuraportin laatimispäivämäärä, yhteystiedot ja mahdollinen lisäinformaatio", 1)
kappale(doc, "Helsingissä 9.6.2025. Raportin valmistuminen viivästyi keväällä 2025 HR-yksikön "
        "henkilöstövaihdosten vuoksi.")
kysymys("Yhteyshenkilöt, joilta saa lisätietoa")
kappale(doc, "Kehittämispäällikkö Hanna Rautio, puh. 0295 118 402, hanna.rautio@vtvv.fi")
kappale(doc, "HR-asiantuntija Joonas Välimaa, puh. 0295 118 417, joonas.valimaa@vtvv.fi")
kysymys("Muuta materiaalia (esim. PowerPoint-esittelyjen liitteet tai linkit)")
kappale(doc, "Pelisääntöpohja ja loppuseminaarin esitys (liitteet 1 ja 2).")

lahde = tallenna(doc, os.path.join(LAHTEET, NIMI + ".docx"))
muunna(lahde, "pdf", os.path.join(KOHDE, NIMI + ".pdf"))
odotettu(os.path.join(KOHDE, NIMI), "loppuraportti", [
    {"rule": "raportti.myohassa"},
])
print("ok", NIMI)

"""04: Kaiku-loppuraportti sisältökenttineen. Myöhässä (yli 5 kk), täyttämätön kenttä kustannusarviokysymyksen alla."""
from apu import *

NIMI = "04_kaiku_loppuraportti_asiakaspalvelu"


def kysymys(d, teksti):
    d.add_paragraph(teksti, style="List Bullet")


def rakenna():
    d = uusi()
    d.add_heading("KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI", 0)
    kpl(d, "Täytä vastaukset kunkin kohdan alla olevaan kenttään.")

    d.add_heading("1. Taustatiedot", 1)
    kysymys(d, "Toteuttajaviraston tai verkoston nimi")
    sisaltokentta(d, "Rakennusperintövirasto, asiakaspalvelu- ja lupayksikkö", tag="virasto")
    kysymys(d, "Hankkeen nimi ja määrärahapäätöksen diaarinumero")
    sisaltokentta(d, "Yhdessä asiakkaan puolella – lupapalvelujen asiakaskokemuksen kehittäminen\nVK/3417/00.01.05/2024", tag="nimi")

    d.add_heading("2. Hankkeen teema ja tavoitteet", 1)
    kysymys(d, "Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?")
    sisaltokentta(d, "Hanke liittyi teemaan asiakaslähtöiset palvelut ja työn uudet tavat. Tavoitteena oli lyhentää "
                     "korjausavustus- ja lupahakemusten käsittelyaikoja, vähentää asiakkaiden yhteydenottoja "
                     "keskeneräisistä hakemuksista ja vahvistaa henkilöstön yhteistä palveluotetta. Lisäksi "
                     "halusimme, että asiakaspalvelun ja asiantuntijoiden välinen työnjako selkiytyy.", tag="tavoitteet")

    d.add_heading("3. Hankkeen toteutus", 1)
    kysymys(d, "Hankkeen kesto")
    sisaltokentta(d, "1.6.2024–31.5.2026", tag="kesto")
    kysymys(d, "Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa")
    sisaltokentta(d, "Hankkeessa kartoitettiin asiakaspolku palvelumuotoilun keinoin: haastattelimme 28 asiakasta ja "
                     "pidimme neljä työpajaa henkilöstön kanssa syksyllä 2024. Keväällä 2025 otettiin käyttöön "
                     "hakemuksen tilan seuranta asiointipalvelussa ja uudistettiin kaikki 14 päätöspohjaa selkokielisiksi. "
                     "Syksyllä 2025 kokeiltiin asiakaspalvelun ja asiantuntijoiden yhteisiä 'hakemusklinikoita'. "
                     "Toteutus vastasi pääosin suunnitelmaa; sähköisen ajanvarauksen käyttöönotto siirtyi "
                     "tietojärjestelmähankinnan viivästyttyä kevääseen 2026.", tag="toteutus")
    kysymys(d, "Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen")
    sisaltokentta(d, "Yksikön päällikkö toimi ohjausryhmän puheenjohtajana ja osallistui työpajoihin. Henkilöstöstä "
                     "41 henkilöä 52:sta osallistui vähintään yhteen työpajaan.", tag="sitoutuminen")
    kysymys(d, "Luettelo käytetyistä menetelmistä ja kokemukset niistä")
    sisaltokentta(d, "Asiakashaastattelut, asiakaspolkukartta, palvelumuotoilun työpajat, selkokielen koulutus (Selkokeskus), "
                     "kokeilukulttuurin pikakokeilut. Pikakokeilut koettiin hyödyllisimmiksi, koska niistä sai nopeasti palautetta.", tag="menetelmat")
    kysymys(d, "Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä")
    sisaltokentta(d, "Palvelumuotoilija hankittiin ostopalveluna ensimmäisen puolen vuoden ajaksi. Oman henkilöstön "
                     "osaaminen riitti hyvin kokeiluvaiheessa.", tag="asiantuntijat")
    kysymys(d, "Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?")
    sisaltokentta(d, "Tietojärjestelmähankinnan viivästys; ratkaistiin tekemällä ajanvarauksesta ensin "
                     "sähköpostipohjainen väliaikainen ratkaisu.", tag="ongelmat")
    kysymys(d, "Miten kustannusarvio toteutui?")
    sisaltokentta(d, None, tag="kustannukset")

    d.add_heading("4. Tulokset ja vaikuttavuus", 1)
    kysymys(d, "Miten tavoitteet toteutuivat?")
    sisaltokentta(d, "Korjausavustushakemusten keskimääräinen käsittelyaika lyheni 63 päivästä 41 päivään. "
                     "Keskeneräisiä hakemuksia koskevat puhelut vähenivät noin kolmanneksella hakemuksen tilan "
                     "seurannan ansiosta. Henkilöstökyselyssä yhteisen palveluotteen toteutumista koskevan väittämän "
                     "keskiarvo nousi 2,9:stä 3,8:aan.", tag="toteutuminen")
    kysymys(d, "Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?")
    sisaltokentta(d, "Selkokieliset päätöspohjat vähensivät myös oikaisuvaatimuksia.", tag="yllatykset")
    kysymys(d, "Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?")
    sisaltokentta(d, "Käsittelyaikatilastot, asiakaspalautekysely ennen ja jälkeen, henkilöstökysely kahdesti, "
                     "ohjausryhmän itsearviointi.", tag="arviointi")
    kysymys(d, "Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?")
    sisaltokentta(d, "Hakemusklinikat kahdesti viikossa, hakemuksen tilan seuranta, selkokieliset päätöspohjat.", tag="pysyvat")
    kysymys(d, "Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?")
    sisaltokentta(d, "Asiakkaat saavat tiedon hakemuksensa vaiheesta itse, ja asiantuntijoiden työ keskeytyy harvemmin.", tag="vaikutukset")

    d.add_heading("5. Kehitysajatukset", 1)
    kysymys(d, "Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?")
    sisaltokentta(d, "Pikakokeiluja jatketaan kerran kvartaalissa, ja asiakaspalautteen käsittely on lisätty "
                     "yksikön kuukausipalaverin vakiokohdaksi. Vastuu on yksikön päälliköllä.", tag="jatko")

    d.add_heading("6. Suositukset muille virastoille", 1)
    kysymys(d, "Mitä toteutuneessa hankkeessa oli sellaista innovatiivista, jota suosittelisitte levitettäväksi?")
    sisaltokentta(d, "Hakemusklinikat: asiakaspalvelija ja asiantuntija käyvät keskeneräiset hakemukset läpi yhdessä "
                     "15 minuutin jaksoissa.", tag="innovatiivista")
    kysymys(d, "Mitä muiden organisaatioiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?")
    sisaltokentta(d, "Tietojärjestelmähankinnat kannattaa aloittaa heti hankkeen alussa.", tag="huomioitavaa")

    d.add_heading("7. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta (kohdat 4–6)", 1)
    sisaltokentta(d, "Rakennusperintöviraston Yhdessä asiakkaan puolella -hankkeessa (2024–2026) kehitettiin lupa- ja "
                     "avustuspalvelujen asiakaskokemusta. Käsittelyajat lyhenivät kolmanneksella, asiakkaiden "
                     "tilannetiedustelut vähenivät ja henkilöstön yhteinen palveluote vahvistui. Pysyviksi "
                     "toimintatavoiksi jäivät hakemusklinikat, sähköinen tilanneseuranta ja selkokieliset päätökset. "
                     "Suosittelemme muille virastoille erityisesti asiakaspalvelun ja asiantuntijoiden yhteisiä "
                     "hakemusklinikoita.", tag="tiivistelma")

    d.add_heading("8. Kaiku-loppuraportin laatimispäivämäärä, yhteystiedot ja mahdollinen lisäinformaatio", 1)
    sisaltokentta(d, "Helsingissä 9.11.2026", tag="pvm")
    kysymys(d, "Yhteyshenkilöt, joilta saa lisätietoa")
    sisaltokentta(d, "Kehittämisasiantuntija Johanna Perälä, johanna.perala@rakennusperintovirasto.fi, 029 555 1234", tag="yhteys")
    kysymys(d, "Muuta materiaalia (esim. PowerPoint-esittelyjen liitteet tai linkit)")
    sisaltokentta(d, "Asiakaspolkukartta ja hakemusklinikan ohje liitteinä.", tag="muuta")
    d.save(ULOS / f"{NIMI}.docx")
    odotus(NIMI, "loppuraportti", [
        {"rule": "raportti.myohassa"},
        {"rule": "rakenne.kysymys-vastaamatta"},
        {"rule": "rakenne.pohjateksti"},
    ])

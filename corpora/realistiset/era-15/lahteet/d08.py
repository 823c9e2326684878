"""08: Kaiku-loppuraportti lomakepohjalla, vastaukset sisältökentissä. Puutteet: raportti laadittu ~5 kk
hankkeen päättymisen jälkeen (raportti.myohassa); yksi sisältökenttä täyttämättä (paikkamerkki näkyy)."""
from apu import *


def k(d, kysymys, vastaus):
    kpl(d, "· " + kysymys)
    sisaltokentta(d, kysymys[:40], vastaus if (vastaus is None or isinstance(vastaus, list)) else [vastaus])


def rakenna(polku):
    d = uusi()
    d.add_heading("KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI", 0)
    kpl(d, "Hankkeen toteuttajavirasto laatii loppuraportin kolmen kuukauden kuluessa hankkeen päättymisestä.")
    otsikko(d, "1. Taustatiedot")
    k(d, "Toteuttajaviraston tai verkoston nimi", "Valtion tilastoarkisto, Oulun ja Joensuun toimipisteet")
    k(d, "Hankkeen nimi ja määrärahapäätöksen diaarinumero",
      "Etätyön yhteiset pelisäännöt – Yhdessä erillään. Dnro VK/2291/00.01.05.01/2024")
    otsikko(d, "2. Hankkeen teema ja tavoitteet")
    k(d, "Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?", [
        "Hanke liittyi Kaikun teemaan työyhteisöjen toimintatavat ja hyvinvointi hybridityössä. Tavoitteena oli "
        "laatia kahden toimipisteen henkilöstön kanssa yhteiset pelisäännöt etä- ja lähityölle, vähentää "
        "koettua yksinäisyyttä etätyössä ja parantaa tiedonkulkua tiimien välillä."])
    otsikko(d, "3. Hankkeen toteutus")
    k(d, "Hankkeen kesto", "1.2.2025–30.6.2026")
    k(d, "Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa", [
        "Hankkeessa pidettiin kuusi työpajaa kummassakin toimipisteessä, tehtiin kaksi henkilöstökyselyä "
        "(maaliskuu 2025 ja toukokuu 2026) ja kokeiltiin kolmea käytäntöä: yhteinen lähityöpäivä tiistaisin, "
        "viikoittainen 15 minuutin tiimikahvi Teamsissa ja tiimien välinen kuukausikatsaus. Suunnitelmasta "
        "poiketen esihenkilöiden valmennus siirrettiin syksystä kevääseen 2026, koska organisaatiomuutos vei "
        "syksyn 2025 voimavarat."])
    k(d, "Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen", [
        "Johtoryhmä käsitteli hanketta neljä kertaa. Työpajoihin osallistui keskimäärin 34 henkeä 71:stä."])
    k(d, "Luettelo käytetyistä menetelmistä ja kokemukset niistä", [
        "Työpajat (hyvä), henkilöstökysely (hyvä, vastausprosentti 78 ja 74), kokeilujen pikapalaute Forms-"
        "lomakkeella (toimi, mutta vastaajia vähän), esihenkilövalmennus (koettiin hyödylliseksi)."])
    k(d, "Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä", [
        "Työpajat veti ulkopuolinen konsultti Työkaari Oy ja valmennuksen oma HR. Ulkopuolinen vetäjä helpotti "
        "vaikeiden asioiden puheeksi ottamista."])
    k(d, "Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?", [
        "Organisaatiomuutos syksyllä 2025 viivästytti aikataulua; hankkeelle haettiin ja saatiin kahden "
        "kuukauden jatkoaika."])
    k(d, "Miten kustannusarvio toteutui?", [
        "Kustannusarvio oli 38 000 euroa, ja toteutuneet kustannukset olivat 35 420 euroa. Kaikun tuki oli 50 %."])
    otsikko(d, "4. Tulokset ja vaikuttavuus")
    k(d, "Miten tavoitteet toteutuivat?", [
        "Yhteiset pelisäännöt hyväksyttiin yhteistoimintaneuvottelukunnassa toukokuussa 2026. Etätyön "
        "yksinäisyyttä kokevien osuus laski kyselyissä 31 prosentista 19 prosenttiin. Tiedonkulku tiimien "
        "välillä arvioitiin paremmaksi (3,1 → 3,7 asteikolla 1–5)."])
    k(d, "Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?", [
        "Tiistain lähityöpäivä lisäsi myös toimipisteiden välistä yhteistyötä, koska kokoukset keskitettiin "
        "samaan päivään."])
    k(d, "Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?", [
        "Kaksi henkilöstökyselyä, kokeilujen pikapalautteet ja johtoryhmän itsearviointi hankkeen lopussa."])
    k(d, "Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?", [
        "Tiistain lähityöpäivä, tiimikahvit ja pelisääntöjen vuosittainen tarkistus kehityskeskustelujen "
        "yhteydessä."])
    k(d, "Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?", [
        "Tietopyyntöjen käsittelyajat lyhenivät, kun tiimit tuntevat toistensa työn paremmin."])
    otsikko(d, "5. Kehitysajatukset")
    k(d, "Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?", [
        "Pelisäännöt tarkistetaan vuosittain. HR-päällikkö vastaa siitä, että uudet työntekijät perehdytetään "
        "niihin, ja henkilöstökysely toistetaan keväällä 2027."])
    otsikko(d, "6. Suositukset muille virastoille")
    k(d, "Mitä toteutuneessa hankkeessa oli sellaista innovatiivista (pienetkin ideat), jota suosittelisitte "
         "levitettäväksi myös muille työyhteisöille.", [
        "Yhteinen lähityöpäivä ja 15 minuutin tiimikahvi ovat kevyitä ja helposti kopioitavia."])
    k(d, "Mitä muiden organisaatioiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?", [
        "Varautukaa siihen, että organisaatiomuutokset vievät aikaa, ja sopikaa jatkoajasta ajoissa."])
    otsikko(d, "7. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta (kohdat 4–6)")
    sisaltokentta(d, "Tiivistelmä", [
        "Valtion tilastoarkiston Yhdessä erillään -hankkeessa laadittiin henkilöstön kanssa etä- ja lähityön "
        "yhteiset pelisäännöt ja kokeiltiin kolmea kevyttä käytäntöä. Etätyön yksinäisyyttä kokevien osuus laski "
        "31 prosentista 19 prosenttiin ja tiedonkulku parani. Pysyviksi jäivät tiistain lähityöpäivä, tiimikahvit "
        "ja pelisääntöjen vuosittainen tarkistus. Suosittelemme kevyitä, helposti kopioitavia käytäntöjä ja "
        "varautumista organisaatiomuutoksiin."])
    otsikko(d, "8. Kaiku-loppuraportin laatimispäivämäärä, yhteystiedot ja mahdollinen lisäinformaatio")
    k(d, "Laatimispäivämäärä", "24.11.2026")
    k(d, "Yhteyshenkilöt, joilta saa lisätietoa", [
        "HR-päällikkö Katja Pulkkinen, katja.pulkkinen@tilastoarkisto.fi, 029 555 1320"])
    k(d, "Muuta materiaalia (esim. PowerPoint-esittelyjen liitteet tai linkit)", None)
    d.save(polku)

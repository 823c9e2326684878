"""06 Kaiku-loppuraportti Wordin lomakepohjalla: vastaukset sisällönhallintaobjekteissa, ajallaan."""
from dx import *


def q(d, question, answers):
    p(d, question, style="List Bullet")
    sdt_block(d, question[:40], answers)


def build(path):
    d = new_doc()
    bold(d, "KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI")
    p(d, "Hankkeen toteuttajavirasto laatii loppuraportin kolmen kuukauden kuluessa hankkeen päättymisestä ja "
         "lähettää sen Kaiku-työelämäpalveluille. Täytä tiedot kunkin kohdan alla olevaan kenttään.")

    h(d, "1. Taustatiedot", 1)
    p(d, "Toteuttajaviraston tai verkoston nimi", style="List Bullet")
    sdt_block(d, "Virasto", ["Maanmittauslaitos, Kiinteistötoimitukset, Itä-Suomen toimitusalue (Kuopio, Joensuu, Mikkeli)"])
    par = p(d, "Hankkeen nimi ja määrärahapäätöksen diaarinumero", style="List Bullet")
    sdt_block(d, "Hankkeen nimi", ["Yhdessä, vaikka etänä – hybridityön pelisäännöt toimitustiimeihin"])
    field_line(d, "Diaarinumero:", "VK/2388/00.01.06.06/2025", alias="Diaarinumero")

    h(d, "2. Hankkeen teema ja tavoitteet", 1)
    q(d, "Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?", [
        "Hanke liittyi Kaiku-teemaan työhyvinvoinnin ja johtamisen kehittäminen muuttuvissa työn tekemisen "
        "tavoissa. Toimitusalueen 74 toimitusinsinööriä ja kartoittajaa työskentelee kolmella paikkakunnalla, "
        "ja koronavuosien jälkeen tiimit ovat hajautuneet niin, että osa työskentelee pääosin kotoa ja osa "
        "maastossa ja toimistolla. Henkilöstökyselyssä 2024 yhteisöllisyys ja tiedonkulku saivat alueen "
        "heikoimmat arviot.",
        "Tavoitteina oli (1) laatia jokaiselle tiimille yhteiset hybridityön pelisäännöt, (2) parantaa "
        "tiimien välistä tiedonkulkua ja perehdytystä ja (3) vahvistaa esihenkilöiden valmiuksia johtaa "
        "hajautettuja tiimejä."])

    h(d, "3. Hankkeen toteutus", 1)
    q(d, "Hankkeen kesto", ["1.9.2025–31.8.2026"])
    q(d, "Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa", [
        "Syys–lokakuussa 2025 tehtiin alkukartoitus (kysely ja kuusi ryhmähaastattelua). Marras–helmikuussa "
        "jokainen yhdeksästä tiimistä kävi läpi kolmen työpajan sarjan, jossa laadittiin tiimin pelisäännöt: "
        "läsnäolopäivät, viestintäkanavat, palaverikäytännöt ja uuden työntekijän perehdytys. Esihenkilöille "
        "järjestettiin neljän moduulin valmennus hajautetun tiimin johtamisesta. Keväällä 2026 pelisääntöjä "
        "kokeiltiin kolme kuukautta, minkä jälkeen ne päivitettiin. Suunnitelmasta poiketen yhteinen "
        "alueellinen lähipäivä järjestettiin kahdesti eikä kerran, koska osallistujat toivoivat sitä."])
    q(d, "Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen", [
        "Toimitusalueen johtoryhmä toimi hankkeen ohjausryhmänä. Kaikki yhdeksän tiimiä osallistuivat "
        "työpajoihin; osallistumisaste oli keskimäärin 86 prosenttia. Luottamusmies ja työsuojeluvaltuutettu "
        "olivat mukana suunnittelussa."])
    q(d, "Luettelo käytetyistä menetelmistä ja kokemukset niistä", [
        "Ryhmähaastattelut, tiimityöpajat (Learning cafe, tiimisopimuspohja), esihenkilövalmennus, "
        "kokeilujakso ja palautekysely. Tiimisopimuspohja osoittautui hyväksi, koska se antoi rungon mutta "
        "jätti tilaa tiimin omille ratkaisuille. Etätyöpajat toimivat heikommin kuin lähityöpajat."])
    q(d, "Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä", [
        "Työpajat fasilitoi ulkopuolinen konsultti (Työyhteisötaito Oy), esihenkilövalmennuksen toteutti "
        "viraston oma HR-kumppani. Ulkopuolinen fasilitaattori helpotti avointa keskustelua, ja oma HR toi "
        "valmennukseen viraston käytännöt."])
    q(d, "Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?", [
        "Maastokauden kiireet keväällä 2026 hankaloittivat kokeilujakson palautteen keräämistä. Palautteen "
        "keruuta jatkettiin kesäkuun loppuun, ja kysely lyhennettiin viiteen kysymykseen."])
    q(d, "Miten kustannusarvio toteutui?", [
        "Kaiku-rahoitus oli 18 000 euroa ja viraston oma osuus 6 000 euroa. Kustannukset toteutuivat 23 400 "
        "euron suuruisina; säästö syntyi matkakuluista."])

    h(d, "4. Tulokset ja vaikuttavuus", 1)
    q(d, "Miten tavoitteet toteutuivat?", [
        "Kaikilla yhdeksällä tiimillä on kirjalliset pelisäännöt, jotka päivitetään kerran vuodessa. "
        "Tiedonkulkua koskevan väittämän keskiarvo nousi loppukyselyssä 2,9:stä 3,6:een (asteikko 1–5). "
        "Esihenkilöistä 11/12 arvioi valmiuksiensa johtaa hajautettua tiimiä parantuneen."])
    q(d, "Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?", [
        "Yllättävin tulos oli se, että maastotyötä tekevät kartoittajat kokivat hyötyvänsä pelisäännöistä "
        "eniten, koska heidän tiedonsaantinsa parani selvästi."])
    q(d, "Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?", [
        "Alku- ja loppukysely, kokeilujakson palautekysely sekä ohjausryhmän itsearviointi hankkeen lopussa."])
    q(d, "Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?", [
        "Tiimien vuosittainen pelisääntöjen päivitys, uuden työntekijän perehdytyksen tarkistuslista ja "
        "kuukausittainen alueellinen etäaamukahvi."])
    q(d, "Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?", [
        "Palaverikäytännöt ovat yhtenäistyneet, ja asiakkaiden yhteydenottoihin vastataan sovitussa ajassa, "
        "koska tiimien vastuut on sovittu selvästi."])

    h(d, "5. Kehitysajatukset", 1)
    q(d, "Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?", [
        "Pelisääntöjen päivitys on lisätty tiimien vuosikelloon, ja toimitusalueen johtoryhmä seuraa "
        "tiedonkulkua henkilöstökyselyssä vuosittain. Seuraavaksi pelisääntömalli tarjotaan muille "
        "toimitusalueille."])

    h(d, "6. Suositukset muille virastoille", 1)
    q(d, "Mitä toteutuneessa hankkeessa oli sellaista innovatiivista, jota suosittelisitte levitettäväksi?", [
        "Tiimisopimuspohja ja kolmen työpajan sarja, jossa kolmas tapaaminen pidetään vasta kokeilujakson "
        "jälkeen."])
    q(d, "Mitä muiden organisaatioiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?", [
        "Ajoittakaa kokeilut ja palautteen keruu niin, että ne eivät osu sesonkikiireisiin."])

    h(d, "7. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta (enintään 1000 sanaa)", 1)
    sdt_block(d, "Tiivistelmä", [
        "Maanmittauslaitoksen Itä-Suomen toimitusalueella toteutettiin 1.9.2025–31.8.2026 Kaiku-hanke, jossa "
        "yhdeksän hajautettua tiimiä laati itselleen hybridityön pelisäännöt. Pelisäännöt kattavat "
        "läsnäolopäivät, viestintäkanavat, palaverikäytännöt ja perehdytyksen. Esihenkilöt osallistuivat "
        "neljän moduulin valmennukseen hajautetun tiimin johtamisesta.",
        "Tiedonkulkua koskeva arvio parani 2,9:stä 3,6:een, ja lähes kaikki esihenkilöt arvioivat "
        "johtamisvalmiuksiensa kasvaneen. Pysyviksi käytännöiksi jäivät vuosittainen pelisääntöjen "
        "päivitys, perehdytyksen tarkistuslista ja alueellinen etäaamukahvi. Suosittelemme "
        "tiimisopimuspohjaa ja kokeilujaksoon perustuvaa työpajasarjaa muille virastoille, joiden tiimit "
        "työskentelevät usealla paikkakunnalla."])

    h(d, "8. Loppuraportin laatimispäivämäärä, yhteystiedot ja lisäinformaatio", 1)
    field_line(d, "Laatimispäivämäärä:", "13.11.2026", alias="Päivämäärä")
    p(d, "Yhteyshenkilöt, joilta saa lisätietoa", style="List Bullet")
    sdt_block(d, "Yhteyshenkilöt", [
        "Toimitusalueen päällikkö Kirsi Halttunen, kirsi.halttunen@maanmittauslaitos.fi",
        "Hankkeen koordinaattori, HR-asiantuntija Pekka Ikonen, pekka.ikonen@maanmittauslaitos.fi"])
    p(d, "Muuta materiaalia (esim. PowerPoint-esittelyjen liitteet tai linkit)", style="List Bullet")
    sdt_block(d, "Muuta materiaalia", ["Tiimisopimuspohja (liite 1), päätöstilaisuuden esitys 27.8.2026 (liite 2)"])
    d.save(path)

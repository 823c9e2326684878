"""08: Leader-kehittämishankkeen loppuraportti verkkolomakkeen tulosteena: kenttäotsikot, Kysymys/Vastaus,
merkkimäärävihjeet, taustatiedot taulukkona ja tyhjä asiakaspalautelomake liitteenä."""
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from apu import *

OUT = "/tmp/batches/era-42/08_loppuraportti_kylapalvelupiste.docx"
d = uusi()
yla_ala(d, yla="Leader Koivikkoseutu ry – sähköinen asiointi – tuloste 24.6.2025 klo 13.42",
        ala="Lomake LR-2 Loppuraportti, kehittämishanke")

lihava(d, "LOPPURAPORTTI – KEHITTÄMISHANKE", koko=15)
kappale(d, "Lomakkeen tila: Lähetetty 24.6.2025")


def osio(nro, nimi):
    d.add_heading("Osio %d/8: %s" % (nro, nimi), 1)


def kysymys(k, vastaus, maks=None):
    p = d.add_paragraph()
    r = p.add_run("Kysymys: ")
    r.bold = True
    p.add_run(k + (" (enintään %d merkkiä)" % maks if maks else ""))
    kappaleet = vastaus if isinstance(vastaus, list) else [vastaus]
    for i, v in enumerate(kappaleet):
        p = d.add_paragraph()
        if i == 0:
            p.add_run("Vastaus: ").bold = True
        p.add_run(v)
    if maks:
        n = sum(len(v) for v in kappaleet)
        q = d.add_paragraph("(%d/%d merkkiä)" % (n, maks))
        q.runs[0].italic = True


osio(1, "Taustatiedot")
taulukko(d, [
    ["Kenttä", "Tieto"],
    ["Hankkeen nimi", "Kyläpalvelupiste Routakangas"],
    ["Tuensaaja", "Routakankaan kyläyhdistys ry"],
    ["Hanketunnus", "230457"],
    ["Tukipäätöksen diaarinumero", "Dnro 455/3130/2023"],
    ["Toteutusaika", "1.5.2023–30.4.2025"],
    ["Leader-ryhmä", "Leader Koivikkoseutu ry"],
    ["Hyväksytty kustannusarvio", "64 000 €"],
])

osio(2, "Hankkeen teema ja tavoitteet")
kysymys("Mihin teemaan hanke liittyi ja mitkä olivat sen tavoitteet?", [
    "Hanke liittyi Leader Koivikkoseudun strategian teemaan palvelut lähellä. Routakankaalta lakkautettiin vuonna 2022 "
    "pankkiautomaatti ja kirjastoauton pysäkki, ja lähimpään kaupungin asiointipisteeseen on 34 kilometriä.",
    "Tavoitteena oli perustaa kyläkaupan yhteyteen palvelupiste, jossa kyläläiset voivat hoitaa etäyhteydellä "
    "viranomaisasioita, saada digiopastusta ja noutaa kirjaston varauksia, sekä koota vapaaehtoisten digiopastajien "
    "porukka.",
], maks=2000)

osio(3, "Hankkeen toteutus")
kysymys("Mitä hankkeessa käytännössä tehtiin ja vastasiko toteutus suunnitelmaa?", [
    "Kyläkaupan takahuoneesta kunnostettiin talkoilla palvelupiste, joka avattiin 1.9.2023. Pisteeseen hankittiin "
    "etäasiointilaitteisto, jolla voi asioida kaupungin ja Kelan etäpalveluissa. Kirjaston varausten noutohylly otettiin "
    "käyttöön marraskuussa 2023. Keväällä 2024 koulutettiin kahdeksan vapaaehtoista digiopastajaa, jotka päivystivät "
    "pisteellä tiistaisin ja torstaisin.",
    "Toteutus vastasi suunnitelmaa. Alun perin suunniteltu pakettiautomaatti jäi pois, koska kuljetusyhtiö ei "
    "lähtenyt mukaan; tilalle kyläkauppa alkoi välittää paketteja omana palvelunaan.",
], maks=3000)
kysymys("Miten kustannusarvio toteutui?",
        "Kustannuksia toteutui 61 280 euroa eli 96 % hyväksytystä kustannusarviosta. Laitehankinnat olivat arvioitua "
        "halvempia, ja pakettiautomaatin osuus jäi käyttämättä. Talkootyötä kirjattiin 612 tuntia.", maks=1500)
kysymys("Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?",
        "Etäyhteys katkeili ensimmäisinä kuukausina. Ongelma ratkesi, kun kyläkauppaan vedettiin kiinteä "
        "valokuituliittymä joulukuussa 2023. Vapaaehtoisia oli aluksi vaikea saada, mutta kyläillassa kerrottu "
        "kokemus ensimmäisistä asiakkaista innosti lisää ihmisiä mukaan.", maks=1500)
kysymys("Ketkä osallistuivat toteutukseen?",
        "Hankkeen vetäjänä toimi osa-aikainen hanketyöntekijä, ja kyläyhdistyksen hallitus toimi ohjausryhmänä. "
        "Kyläkauppias Timo Riekkinen antoi tilat käyttöön, ja kaupungin kirjasto ja asiointipalvelut auttoivat "
        "etäpalvelujen järjestämisessä.", maks=1500)

osio(4, "Tulokset ja vaikuttavuus")
kysymys("Miten tavoitteet toteutuivat?",
        "Palvelupisteessä kävi hankeaikana 1 140 asiointikertaa. Etäasiointia käytettiin 214 kertaa ja kirjaston "
        "noutohyllystä haettiin 530 lainaa. Digiopastajia on nyt yksitoista. Tavoitteet toteutuivat kaikilta osin "
        "pakettiautomaattia lukuun ottamatta.", maks=2000)
kysymys("Mitä pysyvää hankkeesta jäi?",
        "Palvelupiste jatkaa kyläkaupan yhteydessä. Kyläyhdistys ja kyläkauppa ovat tehneet sopimuksen tilojen "
        "käytöstä, ja kaupunki jatkaa etäasiointipalvelun ylläpitoa osana lähipalveluverkostoaan. Digiopastajien "
        "päivystysvuorot jatkuvat vapaaehtoisvoimin.", maks=2000)
kysymys("Miten tuloksia arvioitiin?",
        "Asiointikerrat kirjattiin päivittäin, ja asiakkailta kerättiin palautetta lomakkeella (liite 1). "
        "Palautteen keskiarvo oli 4,6 asteikolla 1–5. Kyläyhdistyksen hallitus kävi tulokset läpi puolivuosittain.",
        maks=1500)

osio(5, "Kehitysajatukset")
kysymys("Miten toimintaa jatketaan ja kehitetään hankkeen jälkeen?",
        "Toukokuusta 2025 alkaen palvelupiste jatkaa kyläyhdistyksen ylläpitämänä kyläkaupan aukioloaikoina. "
        "Kyläyhdistys haluaa jatkossa tuoda pisteelle myös terveydenhoitajan etävastaanoton, ja asiasta on keskusteltu "
        "hyvinvointialueen kanssa. Digiopastajat kokoontuvat kerran kuukaudessa jakamaan vinkkejä.", maks=2000)

osio(6, "Suositukset muille")
kysymys("Mitä suosittelisitte muille kylille ja hankkeille, jotka suunnittelevat vastaavaa?",
        "Kannattaa rakentaa palvelu olemassa olevan kohtaamispaikan, kuten kyläkaupan, yhteyteen, koska ihmiset "
        "käyvät siellä muutenkin. Vapaaehtoisille kannattaa järjestää lyhyt koulutus ja selkeät päivystysvuorot. "
        "Kiinteä nettiyhteys on syytä varmistaa ennen laitehankintoja.", maks=2000)

osio(7, "Tiivistelmä")
kappale(d, "Tiivistelmä julkaistaan Leader Koivikkoseutu ry:n verkkosivuilla. Enintään 1 000 sanaa.")
kysymys("Tiivistelmä hankkeen tuloksista", [
    "Routakankaan kyläyhdistys perusti kyläkaupan yhteyteen palvelupisteen, jossa kyläläiset voivat asioida "
    "kaupungin ja Kelan etäpalveluissa, noutaa kirjaston varauksia ja saada apua digiasioihin. Palvelupiste avattiin "
    "syyskuussa 2023, ja hankeaikana siellä asioitiin 1 140 kertaa. Yksitoista vapaaehtoista digiopastajaa "
    "päivystää pisteellä kahdesti viikossa.",
    "Palvelupiste on vähentänyt asiointimatkoja 34 kilometrin päähän kaupungin keskustaan, ja erityisesti "
    "ikäihmiset ovat kiittäneet mahdollisuutta hoitaa asioita tutussa paikassa. Toiminta jatkuu hankkeen jälkeen "
    "kyläyhdistyksen ja kyläkaupan yhteistyönä, ja kaupunki ylläpitää etäasiointipalvelua osana lähipalveluitaan.",
], maks=6000)

osio(8, "Laatimispäivämäärä ja yhteystiedot")
taulukko(d, [
    ["Kenttä", "Tieto"],
    ["Laatimispäivämäärä", "24.6.2025"],
    ["Yhteyshenkilö", "Marjatta Kallio, hankkeen vetäjä, puh. 050 481 2297, marjatta.kallio@routakangas.example"],
    ["Tuensaajan vastuuhenkilö", "Erkki Nurmela, Routakankaan kyläyhdistys ry:n puheenjohtaja"],
    ["Liitteet", "Liite 1 Palvelupisteen asiakaspalautelomake"],
])

d.add_page_break()
d.add_heading("Liite 1 Palvelupisteen asiakaspalautelomake", 1)
kappale(d, "Lomake on palvelupisteen pöydällä, ja täytetyt lomakkeet palautetaan kyläkaupan kassalle.")
for rivi in [
    "Päivämäärä: ____________",
    "Mitä asiaa hoidit palvelupisteessä?",
    "______________________________________________",
    "Saitko asiasi hoidettua?   kyllä / osittain / ei",
    "Kuinka tyytyväinen olit palveluun? 1   2   3   4   5",
    "Mitä palvelua toivoisit pisteelle lisää?",
    "______________________________________________",
    "Kiitos palautteestasi!",
]:
    kappale(d, rivi)

d.save(OUT)
print("ok", OUT)

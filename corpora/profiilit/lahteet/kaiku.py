"""Kaiku-profiilin asiakirjat: hyvä loppuraportti (.docx) ja puutteellinen (.md)."""
from apu import Doc, JUURI, expected

KANSIO = JUURI / "kaiku"


def hyva():
    d = Doc()
    d.title("KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI")
    d.p("Palaveriton perjantai – kokouskulttuurin keventäminen Valtion kiinteistöarviointikeskuksessa")
    d.p("Versio 1.2 / lähetetty Kaiku-työelämäpalveluille")

    d.h("1. Taustatiedot", 1)
    d.label("Toteuttajavirasto:", "Valtion kiinteistöarviointikeskus (VKAK), Tampereen ja Oulun toimipisteet")
    d.label("Hankkeen nimi ja määrärahapäätöksen diaarinumero:",
            "Palaveriton perjantai – kokouskulttuurin keventäminen, VK/4821/00.01.05/2024")
    d.label("Hankkeen kesto:", "1.4.2024–30.6.2025 (15 kuukautta)")
    d.label("Myönnetty Kaiku-raha:", "38 000 euroa; viraston omarahoitus 21 500 euroa")

    d.h("2. Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?", 1)
    d.p("Hanke liittyi Kaiku-rahan teemaan työn sujuvuus ja työhyvinvointi. Henkilöstökyselyssä "
        "syksyllä 2023 peräti 61 prosenttia arvioijista kertoi, että kokouksiin kuluu niin paljon aikaa, "
        "ettei varsinaiselle arviointityölle jää yhtenäisiä työjaksoja. Vuonna 2023 keskimääräinen "
        "arvioija istui kalenterin mukaan 11,4 tuntia viikossa kokouksissa.")
    d.p("Tavoitteena oli, että kokouksiin käytetty aika vähenee viidenneksellä, että jokaisella "
        "tiimillä on sovitut kokouskäytännöt ja että perjantait vapautuvat keskittymistä vaativalle "
        "työlle. Lisäksi halusimme kokeilla, sopiiko asynkroninen viestintä (yhteiset muistiinpanot, "
        "lyhyet videopäivitykset) asiantuntijaorganisaatioon, jossa päätökset on totuttu tekemään "
        "palavereissa.")

    d.h("3. Hankkeen toteutus", 1)
    d.p("Hanke toteutettiin 1.4.2024–30.6.2025. Se eteni kolmessa vaiheessa: kartoitus (huhti–kesäkuu 2024), "
        "kokeilut kuudessa tiimissä (syyskuu 2024 – maaliskuu 2025) ja käytäntöjen vakiinnuttaminen "
        "(huhti–kesäkuu 2025). Työryhmään kuuluivat kaksi kehittäjää, kaksi esihenkilöä, "
        "luottamusmies ja työsuojeluvaltuutettu, ja hankkeen omistajana toimi hallintojohtaja.")
    d.b("Mitä käytännössä tehtiin ja vastasiko se suunnitelmaa?")
    d.p("Kartoitusvaiheessa kävimme läpi 14 viikon kalenteritiedot 212 työntekijältä (luvan "
        "antaneilta) ja haastattelimme 18 esihenkilöä. Kokeiluvaiheessa kuusi tiimiä valitsi itse "
        "kaksi tai kolme kokeilua listasta, jonka työryhmä oli koonnut: palaveriton perjantai, "
        "25 minuutin oletuskokous, asialista ja päätettävät asiat kalenterikutsuun, viikkokokouksen "
        "korvaaminen kirjallisella katsauksella. Suunnitelmasta poiketen oululaiset tiimit halusivat "
        "kokeilla myös kävelypalavereja, ja ne otettiin mukaan. Sen sijaan suunniteltu kokousrobotin "
        "hankinta jätettiin pois, koska tietohallinto ei saanut sille tietoturvahyväksyntää.")
    d.b("Johdon ja henkilöstön sitoutuminen")
    d.p("Pääjohtaja avasi hankkeen henkilöstöinfossa ja johtoryhmä sitoutui itse kokeilemaan "
        "palaveritonta perjantaita ensimmäisenä. Johtoryhmä käsitteli hankkeen tilannetta kuuden viikon "
        "välein. Henkilöstöstä 146 osallistui vähintään yhteen työpajaan. Luottamusmiehet olivat "
        "mukana työryhmässä alusta asti.")
    d.b("Käytetyt menetelmät ja kokemukset niistä")
    d.ul([
        "Kalenterianalyysi: antoi lähtötason ja vakuutti johdon, mutta vaati paljon käsityötä.",
        "Tiimikohtaiset kokeilut kahden kuukauden jaksoissa: paras menetelmä, koska tiimi sai valita itse.",
        "Retrospektiivit kokeilujakson lopussa: toivat esiin, mikä ei toiminut (esim. kirjallinen "
        "katsaus ei sovi kiireellisiin lupa-asioihin).",
        "Pulssikysely kolmen viikon välein: kevyt, vastausprosentti pysyi yli 70:ssä.",
    ])
    d.b("Omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käyttö")
    d.p("Fasilitoinnin hoitivat kaksi viraston omaa kehittäjää, mikä piti kustannukset kurissa. "
        "Ulkopuolinen konsultti (Kirjava Työelämä Oy) veti neljä esihenkilöiden valmennusta; ne "
        "saivat hyvän palautteen, mutta jälkikäteen arvioimme, että yksi valmennus olisi pitänyt "
        "korvata sparrauksella tiimin omassa kokouksessa.")
    d.b("Millaisia ongelmia ilmeni ja miten ne ratkaistiin?")
    d.p("Asiakkaiden kanssa sovitut perjantaitapaamiset eivät siirtyneet heti. Ratkaisimme asian niin, "
        "että palaveriton perjantai koskee vain sisäisiä kokouksia. Toinen ongelma oli, että "
        "pulssikyselyn tulokset näkyivät aluksi vain työryhmälle; siirsimme ne tiimien omaan Teams-kanavaan.")
    d.b("Miten kustannusarvio toteutui?")
    d.p("Kokonaiskustannukset olivat 57 300 euroa, eli 2 200 euroa alle arvion. Säästö syntyi "
        "kokousrobotin jäämisestä pois. Valmennuksiin kului 14 800 euroa, kehittäjien työaikaan "
        "36 900 euroa ja tilaisuuksiin ja materiaaleihin 5 600 euroa.")

    d.h("4. Tulokset ja vaikuttavuus", 1)
    d.b("Miten tavoitteet toteutuivat?")
    d.p("Kokouksiin käytetty aika väheni kokeilutiimeissä 11,4 tunnista 8,6 tuntiin viikossa eli "
        "25 prosenttia, mikä ylitti tavoitteen. Kaikki kuusi kokeilutiimiä ja lisäksi neljä muuta "
        "tiimiä ovat kirjanneet kokouskäytäntönsä tiimisopimukseen. Perjantain sisäiset kokoukset "
        "vähenivät 83 prosenttia.")
    d.b("Mitä yllättäviä tuloksia tuli?")
    d.p("Emme odottaneet, että lyhyet videopäivitykset innostaisivat juuri kenttätyötä tekeviä "
        "arvioijia. Toisaalta osa uusista työntekijöistä koki perjantait yksinäisiksi, joten lisäsimme "
        "vapaaehtoisen etäkahvin.")
    d.b("Millä menettelytavoilla toteutusta ja tuloksia arvioitiin?")
    d.p("Kalenterianalyysi toistettiin maaliskuussa 2025, pulssikysely kulki koko kokeilun ajan ja "
        "henkilöstöpalvelut kokosi loppukyselyn (n = 171) toukokuussa 2025.")
    d.b("Millaisia pysyviä toimintatapoja syntyi?")
    d.p("Palaveriton perjantai on kirjattu viraston työaikaohjeeseen. Kokouskutsun malli, jossa on "
        "tavoite ja päätettävät asiat, on oletuspohjana kalenterissa.")
    d.b("Miten vaikutukset näkyvät työyhteisössä ja asiakkaille?")
    d.p("Loppukyselyssä 68 prosenttia vastaajista kertoi saavansa viikossa vähintään yhden "
        "keskeytymättömän työpäivän. Arviointilausuntojen keskimääräinen käsittelyaika lyheni "
        "kolmella päivällä, vaikka siihen vaikuttivat muutkin tekijät.")

    d.h("5. Kehitysajatukset", 1)
    d.p("Jatkamme niin, että henkilöstöpalvelut seuraa kokousaikaa puolivuosittain osana "
        "työhyvinvointimittaristoa. Uudistumiskykyä pidämme yllä tiimien vuosittaisella "
        "retrospektiivillä, jossa tiimisopimus päivitetään. Seuraavaksi haluamme kokeilla samaa "
        "otetta viraston ja asiakkaiden välisiin tapaamisiin.")

    d.h("6. Suositukset muille virastoille", 1)
    d.p("Suosittelemme aloittamaan johtoryhmästä: kun johto jätti perjantain kokoukset pois, "
        "muut uskalsivat seurata. Pieni mutta toimiva idea oli 25 minuutin oletuskesto kalenterissa. "
        "Kehittämishanketta suunnittelevan kannattaa varata aikaa siihen, että tiimit saavat valita "
        "kokeilunsa itse – valmiiksi annettu malli herätti vastarintaa jo kartoitusvaiheessa.")

    d.h("Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta (kohdat 4–6)", 1)
    d.p("Valtion kiinteistöarviointikeskus kevensi kokouskulttuuriaan 15 kuukauden Kaiku-hankkeessa. "
        "Kuusi tiimiä kokeili palaveritonta perjantaita, lyhyempiä kokouksia ja kirjallisia katsauksia. "
        "Kokouksiin käytetty aika väheni kokeilutiimeissä neljänneksen, ja kaksi kolmasosaa "
        "henkilöstöstä saa nyt viikoittain vähintään yhden keskeytymättömän työpäivän. Palaveriton "
        "perjantai on kirjattu työaikaohjeeseen ja kokouskutsun malli kalenterin oletuspohjaksi. "
        "Muille virastoille suosittelemme, että johto kokeilee muutosta ensin ja että tiimit saavat "
        "valita kokeilunsa itse.")

    d.h("Laatimispäivämäärä, yhteystiedot ja lisäinformaatio", 1)
    d.p("Tampereella 12.9.2025")
    d.label("Yhteyshenkilöt:", "kehittämispäällikkö Heidi Marttinen, heidi.marttinen@vkak.fi, "
            "puh. 0295 550 118; henkilöstöpäällikkö Juho Ylikorpi, juho.ylikorpi@vkak.fi")
    d.label("Muuta materiaalia:", "Kokouskutsun malli ja tiimisopimuspohja (liitteet 1–2), "
            "päätöstilaisuuden esitys 5.6.2025")
    out = KANSIO / "kaiku-hyva-kokouskulttuuri.docx"
    d.save(out)
    expected(out, "kaiku", "loppuraportti", [])


MD_PUUTTEELLINEN = """\
# Kaiku-loppuraportti: Yhteinen perehdytys

**Valtion vesistörekisterikeskus** – loppuraportti Kaiku-työelämäpalveluille

## 1 Taustatiedot

Toteuttaja: Valtion vesistörekisterikeskus, rekisteripalvelut ja tietopalvelut -yksiköt
Hankkeen nimi: Yhteinen perehdytys – uusien työntekijöiden ensimmäinen puoli vuotta

## 2 Hankkeen teema ja tavoitteet

Hanke kuului Kaiku-rahan teemaan osaaminen ja työurat. Meille tuli vuonna 2024 yhteensä 37 uutta
työntekijää, ja lähtökyselyjen mukaan ensimmäisen vuoden aikana lähteneistä lähes puolet piti
perehdytystä hajanaisena. Tavoitteena oli rakentaa koko virastolle yhteinen perehdytyspolku,
kouluttaa perehdyttäjiksi vähintään 20 kokenutta asiantuntijaa ja puolittaa ensimmäisen vuoden
aikana lähtevien osuus.

## 3 Hankkeen toteutus

Toteutimme hankkeen pääosin suunnitellusti. Perehdytyspolku tehtiin yhdessä yksiköiden kanssa,
ja perehdyttäjät koulutettiin. Yhteistyö sujui hyvin.

## 4 Tulokset ja vaikuttavuus

**Miten tavoitteet toteutuivat?**
Yhteinen perehdytyspolku on käytössä kaikissa neljässä yksikössä. Polku on intranetissä
tarkistuslistana, jossa on jokaiselle viikolle tehtävät ja nimetty vastuuhenkilö. Perehdyttäjiä
koulutettiin 23. Ensimmäisen vuoden aikana lähteneiden osuus laski seurantajaksolla 19 prosentista
11 prosenttiin, joten puolittamistavoitteeseen ei aivan päästy.

**Mitä yllättävää?**
Perehdyttäjät kertoivat, että koulutus auttoi heitä myös omassa työssään: moni huomasi vasta
perehdytysmateriaalia tehdessään, kuinka paljon hiljaista tietoa yksiköllä on.

**Millä menettelytavoilla tuloksia arvioitiin?**
Uusille työntekijöille tehtiin kysely kuukauden ja kuuden kuukauden kohdalla (yhteensä 41 vastausta),
ja perehdyttäjien kanssa pidettiin kaksi palautekeskustelua.

**Pysyvät toimintatavat ja vaikutukset**
Perehdytyspolku on osa henkilöstöpalvelujen vakioprosessia, ja perehdyttäjän tehtävä kirjataan
tehtävänkuvaan. Asiakkaille vaikutus näkyy siinä, että uudet rekisterikäsittelijät pääsevät
itsenäisesti ratkaisemaan hakemuksia aiempaa nopeammin, keskimäärin kahdeksassa viikossa.

## 5 Kehitysajatukset

Henkilöstöpalvelut ylläpitää polkua ja päivittää sen kerran vuodessa perehdyttäjien palautteen
perusteella. Seuraavaksi laajennamme mallin määräaikaisiin ja harjoittelijoihin, joiden
perehdytys jäi tässä hankkeessa vähemmälle.

## 6 Suositukset muille virastoille

Perehdyttäjän rooli kannattaa tehdä näkyväksi ja varata siihen työaikaa, muuten tehtävä jää
muiden töiden jalkoihin. Tarkistuslista on yksinkertainen työkalu, joka toimii paremmin kuin
pitkä perehdytyskansio. Hanketta suunnittelevan kannattaa ottaa juuri aloittaneet työntekijät
mukaan suunnitteluun, koska he muistavat, mikä oli vaikeaa.

## Tiivistelmä

Valtion vesistörekisterikeskus rakensi Kaiku-rahalla koko virastolle yhteisen perehdytyspolun ja
koulutti 23 perehdyttäjää. Polku on käytössä kaikissa yksiköissä, ja ensimmäisen vuoden aikana
lähtevien osuus laski 19 prosentista 11 prosenttiin. Malli jää henkilöstöpalvelujen
vakioprosessiksi. Suosittelemme varaamaan perehdyttäjille työaikaa ja kuulemaan
suunnittelussa uusia työntekijöitä.

## Päiväys ja yhteystiedot

Helsingissä 6.3.2026

Lisätietoja: henkilöstöasiantuntija Sanni Rautakoski, sanni.rautakoski@vesistorekisteri.fi,
puh. 0295 341 207
"""


def puutteellinen():
    out = KANSIO / "kaiku-puutteellinen-perehdytys.md"
    out.write_text(MD_PUUTTEELLINEN, encoding="utf-8")
    expected(out, "kaiku", "loppuraportti", [
        {"rule": "kaiku.kesto-puuttuu"},
        {"rule": "kaiku.toteutus-suppea"},
        {"rule": "raportti.diaarinumero-puuttuu"},
    ])


if __name__ == "__main__":
    KANSIO.mkdir(parents=True, exist_ok=True)
    hyva()
    puutteellinen()

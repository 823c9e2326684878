"""03: STEA-avustushakemuksen verkkolomakkeen vienti tekstinä (kenttä: arvo, Vastaus:-rivit).
Puutteet: tavoitteelle 3 ei mittaria missään; lomakkeeseen jäänyt paikkamerkki xx.xx.2025."""

TEKSTI = """AVUSTUSHAKEMUS 2026 – TULOSTE ASIOINTIPALVELUSTA
Tulostettu 24.6.2025 klo 14.32
Hakemuksen tila: Luonnos (ei lähetetty)

== HAKIJAN TIEDOT ==
Hakijan nimi *: Lounaisrannikon Omaishoitajat ry
Y-tunnus *: 2233445-1
Kotipaikka *: Merilinna
Yhteyshenkilö *: Toiminnanjohtaja Tuula Vainio
Yhteyshenkilön sähköposti *: tuula.vainio@lounaisomaiset.fi
Hallituksen hyväksymispäivä *: xx.xx.2025

== HAETTAVA AVUSTUS ==
Avustuslaji *: Kohdennettu toiminta-avustus (Ak)
Kohteen nimi *: Jaksamispiiri – vertaistukea ja lepoa työikäisille omaishoitajille
Haettava summa *: 186 000 €
Toteutusaika *
Vastaus: 1.1.2026–31.12.2028

== 1. TOIMINNAN TARVE ==
Kysymys: Mihin tarpeeseen haettava toiminta vastaa? *
Vastaus: Merilinnan ja viiden lähikunnan alueella on arviolta 2 400 omaishoitajaa, joista vain noin 610 on
sopimusomaishoitajia. Työssäkäyviä omaishoitajia on yhdistyksen jäsenkyselyn (2024, 318 vastaajaa) mukaan
lähes 40 prosenttia, ja heistä kaksi kolmasosaa kertoi, ettei pysty osallistumaan päiväsaikaan järjestettävään
vertaistukeen. Vuonna 2023 yhdistyksen kriisipuhelimeen tuli 140 yhteydenottoa, joista useimmissa syynä oli
uupuminen. Hyvinvointialueen omaishoidon tuen palveluissa ei ole tarjolla iltaisin tai etänä toteutettavaa
ryhmätoimintaa.

Kysymys: Miten tarve on selvitetty? *
Vastaus: Jäsenkysely syksyllä 2024, kaksi työpajaa työikäisille omaishoitajille (yhteensä 23 osallistujaa)
sekä keskustelut hyvinvointialueen omaishoidon tiimin kanssa 3.2.2025 ja 14.4.2025.

== 2. KOHDERYHMÄ ==
Kysymys: Kenelle toiminta on tarkoitettu? *
Vastaus: Työikäiset (25–64-vuotiaat) omaishoitajat, jotka hoitavat läheistään kotona joko sopimusomaishoitajina
tai ilman sopimusta. Erityisesti tavoitamme työssäkäyviä omaishoitajia sekä niitä, jotka hoitavat
muistisairasta puolisoa tai vammaista lasta. Arvioimme, että toimintaan osallistuu kolmen vuoden aikana
noin 260 omaishoitajaa.

Kysymys: Miten kohderyhmä osallistuu toiminnan suunnitteluun? *
Vastaus: Jokaisesta ryhmästä valitaan edustaja kehittäjäryhmään, joka kokoontuu neljästi vuodessa.

== 3. TAVOITTEET ==
Tavoite 1 *
Vastaus: Työikäisten omaishoitajien koettu jaksaminen paranee.
Toimenpiteet, joilla tavoitteeseen pyritään *
Vastaus: Iltaisin kokoontuvat vertaisryhmät (Merilinna, Rantakylä, verkossa), 10 tapaamista per ryhmä,
ohjaajana koulutettu vertaisohjaaja ja yhdistyksen työntekijä.
Miten tavoitteen toteutumista seurataan? *
Vastaus: Jaksamisen itsearviointimittari (COPE-indeksi) ryhmän alussa ja lopussa sekä palautekysely.

Tavoite 2 *
Vastaus: Omaishoitajat saavat lepoa ja irtautumista hoitotyöstä.
Toimenpiteet, joilla tavoitteeseen pyritään *
Vastaus: Kaksi kertaa vuodessa järjestettävä viikonlopun virkistysleiri Kallioniemen kurssikeskuksessa
sekä yhteistyö hyvinvointialueen kanssa sijaishoidon järjestämiseksi leirin ajaksi.
Miten tavoitteen toteutumista seurataan? *
Vastaus: Osallistujamäärät ja leirin palautelomake, jossa kysytään levon kokemusta asteikolla 1–5.

Tavoite 3 *
Vastaus: Työnantajien ymmärrys työssäkäyvien omaishoitajien tilanteesta lisääntyy.
Toimenpiteet, joilla tavoitteeseen pyritään *
Vastaus: Työnantajille suunnatut infotilaisuudet yhdessä alueen kauppakamarin kanssa ja
"Omaishoitaja töissä" -opas henkilöstöhallinnolle.
Miten tavoitteen toteutumista seurataan? *
Vastaus: Seurataan muiden tavoitteiden yhteydessä.

== 4. TOIMINNAN SISÄLTÖ JA AIKATAULU ==
Kysymys: Kuvaa toiminta ja sen aikataulu *
Vastaus: Vuonna 2026 palkataan koordinaattori, koulutetaan kymmenen vertaisohjaajaa (tammi–maaliskuu 2026)
ja käynnistetään ensimmäiset neljä ryhmää huhtikuussa 2026. Vuosina 2027 ja 2028 ryhmiä on käynnissä
6–8 kerrallaan, leirit järjestetään toukokuussa ja syyskuussa. Työnantajainfot pidetään syksyllä 2026
ja keväällä 2027, ja opas julkaistaan keväällä 2027. Viimeisenä vuonna toiminta kootaan pysyväksi
ryhmämalliksi.

Kysymys: Kuka toimintaa toteuttaa? *
Vastaus: Hankkeeseen palkataan koordinaattori (100 %). Lisäksi toiminnanjohtaja (10 %) ja vapaaehtoiset
vertaisohjaajat. Yhteistyökumppaneita ovat Länsirannikon hyvinvointialueen omaishoidon tiimi, Merilinnan
seurakunta ja Läntisen Suomen kauppakamari.

== 5. TALOUS ==
Kysymys: Talousarvio *
Vastaus:
Henkilöstökulut 2026: 48 500 € | 2027: 49 900 € | 2028: 51 300 €
Toimintakulut 2026: 11 000 € | 2027: 12 600 € | 2028: 12 700 €
Yhteensä 186 000 €

== 6. RISKIT ==
Kysymys: Mitkä ovat toiminnan keskeiset riskit ja miten niihin varaudutaan? *
Vastaus: Omaishoitajilla ei ole aikaa osallistua -> ryhmät illalla ja verkossa, sijaishoito leirien ajaksi.
Vertaisohjaajat uupuvat -> työnohjaus ja ohjaajaparit. Hyvinvointialueen sijaishoitoa ei saada ->
varalla yhdistyksen omat vapaaehtoiset hoiva-avustajat.

== 7. VIESTINTÄ ==
Kysymys: Miten toiminnasta viestitään? *
Vastaus: Jäsenlehti Voimavara (4 numeroa/v), yhdistyksen verkkosivut ja Facebook, hyvinvointialueen
omaishoidon tuen päätösten liitteenä jaettava esite sekä paikallislehdet. Työnantajille viestitään
kauppakamarin uutiskirjeessä.

== 8. ARVIOINTI JA TULOKSET ==
Kysymys: Miten toiminnan tuloksia arvioidaan? *
Vastaus: Vertaisryhmissä kerätään COPE-mittarin tiedot ja palautteet, leireiltä palautelomake.
Kehittäjäryhmä käy tulokset läpi vuosittain, ja raportoimme ne STEAlle vuosiselvityksessä.

Kysymys: Mitä muutosta toiminnalla tavoitellaan? *
Vastaus: Omaishoitajat jaksavat paremmin ja pystyvät jatkamaan sekä työssä että hoitajina. Tuloksena on
vakiintunut iltaryhmien malli ja työnantajille suunnattu opas.

== 9. TOIMINNAN JATKUVUUS ==
Kysymys: Miten toiminta jatkuu avustuskauden jälkeen ja kuka siitä vastaa? *
Vastaus: Jatkuvuutta on suunniteltu jo hakuvaiheessa yhdessä hyvinvointialueen omaishoidon tiimin kanssa.
Vuodesta 2026 alkaen kerromme ryhmämallista hyvinvointialueen omaishoidon tiimille ja naapurijärjestöille,
ja mallista tehdään sekä muistisairaiden läheisille että vammaisten lasten vanhemmille sopivat versiot.
Vuonna 2027 Merilinnan seurakunta kokeilee mallia omassa perhetyössään. Avustuskauden jälkeen
Lounaisrannikon Omaishoitajat ry jatkaa vertaisryhmiä osana perustoimintaansa toiminnanjohtajan
vastuulla, ja hyvinvointialueen omaishoidon tiimin esihenkilö vastaa siitä, että ryhmät ovat osa
omaishoidon tuen palveluohjausta. Juurruttamiseen on varattu koordinaattorin työajasta 15 %.
Malli ja opas julkaistaan Innokylässä ja esitellään Omaishoitajaliiton alueellisessa seminaarissa 2028.

== 10. LIITTEET ==
Liite: Yhdistyksen säännöt – ladattu
Liite: Tilinpäätös 2024 – ladattu
Liite: Toimintasuunnitelma 2026 – ladattu
"""


def rakenna(polku):
    with open(polku, "w", encoding="utf-8") as f:
        f.write(TEKSTI)

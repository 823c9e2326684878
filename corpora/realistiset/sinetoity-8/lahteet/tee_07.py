"""07: ammattikorkeakoulun ESR+-hakemus verkkolomakkeen tekstivientinä (.txt): numeroidut kentät,
merkkirajat, 'Vastaus:'. Havainnot: loppuseminaari aikataulutettu hankeajan ulkopuolelle;
juurruttaminen alkaa vasta hankkeen loppupuoliskolla."""
import os
from apu import KOHDE, odotettu, kirjoita_teksti

NIMI = "07_hankesuunnitelma_tyopaikan-kielivalmennus"

TEKSTI = """HANKEHAKEMUS – tulostettu näkymä
Hakemuksen tunnus: H-2025-0417        Tila: Luonnos        Tulostettu: 28.4.2025 klo 14.12
Rahoitusohjelma: Uudistuva ja osaava Suomi 2021–2027 (ESR+)
Haku: Työllisyys, osaaminen ja osallisuus, hakujakso 3/2025
Tähdellä (*) merkityt kentät ovat pakollisia.
======================================================================

1 PERUSTIEDOT
----------------------------------------------------------------------
1.1 Hankkeen nimi *
Vastaus: Kieli työn kautta – työpaikalla oppiminen maahan muuttaneille hoiva-alan työntekijöille

1.2 Hakija (organisaatio ja Y-tunnus) *
Vastaus: Kuohujoen ammattikorkeakoulu Oy, 2419873-6

1.3 Hankkeen toteutusaika * (pp.kk.vvvv–pp.kk.vvvv)
Vastaus: 1.9.2025–31.8.2027

1.4 Yhteyshenkilö *
Vastaus: Lehtori, FT Satu Honkaniemi, satu.honkaniemi@kuamk.fi, 050 441 2876

1.5 Toteutusalue
Vastaus: Kuohujoen seutukunta

======================================================================
2 TAUSTA JA TARVE
----------------------------------------------------------------------
2.1 Kuvaa hankkeen lähtötilanne ja tarve. (max 3000 merkkiä) *
Vastaus:
Hoiva-alan työvoimapula on Kuohujoen seudulla suuri: Vellamon hyvinvointialueella oli vuoden 2024 lopussa
avoinna yli 160 lähihoitajan ja hoiva-avustajan tehtävää. Samaan aikaan seudulla asuu noin 900 työikäistä
maahan muuttanutta, joista moni on työllistynyt hoiva-avustajaksi mutta jää määräaikaisiin työsuhteisiin,
koska suomen kielen taito ei riitä kirjaamiseen ja puhelinkeskusteluihin. Työnantajien mukaan suurin este
vakinaistamiselle on juuri työkieli, ei ammattitaito.

Kielikursseja on tarjolla, mutta ne järjestetään päiväsaikaan oppilaitoksessa, eikä vuorotyötä tekevä
ehdi niihin. Kurssilla opittu kieli ei myöskään siirry suoraan työtilanteisiin. Tarvitaan malli, jossa kieltä
opitaan työpaikalla ja työn lomassa, ja jossa myös työyhteisö osaa tukea oppimista.
Merkkejä käytetty: 1 046/3000

======================================================================
3 TAVOITTEET JA KOHDERYHMÄT
----------------------------------------------------------------------
3.1 Hankkeen tavoitteet. Kirjaa tavoitteet numeroituina. (max 2000 merkkiä) *
Vastaus:
Tavoite 1: Osallistujien suomen kielen taito työtilanteissa paranee vähintään yhdellä taitotasolla.
Tavoite 2: Mukana olevat työyhteisöt osaavat tukea kielen oppimista arjen työssä.
Tavoite 3: Osallistujien työsuhteet jatkuvat tai vakinaistuvat, ja osa heistä siirtyy lähihoitajakoulutukseen.

3.2 Kohderyhmät ja niiden tavoittaminen (max 1500 merkkiä) *
Vastaus:
Välitön kohderyhmä ovat hoiva-alalla työskentelevät maahan muuttaneet, joiden suomen kielen taito on tasoa
A2–B1 (yhteensä noin 90 henkilöä kahdessa pilottiryhmässä). Osallistujat ohjautuvat hankkeeseen
työnantajien ja Kuohujoen kaupungin kotoutumispalvelujen kautta. Toinen kohderyhmä ovat osallistujien
esihenkilöt ja työkaverit (noin 120 henkilöä).

======================================================================
4 TOTEUTUS
----------------------------------------------------------------------
4.1 Toimenpiteet työpaketeittain. Kerro, mihin tavoitteeseen kukin työpaketti liittyy. (max 4000 merkkiä) *
Vastaus:
TP1 Kielivalmennus työpaikalla (tavoite 1)
Kielivalmentaja käy jokaisessa työyksikössä kahdesti viikossa. Valmennus tehdään työvuoron aikana: harjoitellaan
raportointia, kirjaamista, puhelua omaiselle ja lääkkeiden sanastoa. Lisäksi osallistujat saavat
mobiilisovellukseen ammattisanaston harjoituksia ja kerran kuussa pienryhmätapaamisen.

TP2 Kielitietoinen työyhteisö (tavoite 2)
Esihenkilöille ja työkavereille järjestetään kaksi kolmen tunnin kielitietoisuuskoulutusta: selkeä puhe,
kirjaamisen tukeminen, palautteen antaminen. Jokaiseen yksikköön nimetään kielikummi, joka tukee osallistujaa
arjessa.

TP3 Urapolut (tavoite 3)
Uraohjaaja tapaa jokaisen osallistujan kolme kertaa ja tekee hänen kanssaan urasuunnitelman. Halukkaat
ohjataan lähihoitajan oppisopimuskoulutukseen yhdessä Kuohujoen ammattiopiston kanssa.

4.2 Aikataulu *
Vastaus:
syys–marraskuu 2025    rekrytoinnit, työyksiköiden valinta, osallistujien lähtötason testaus
joulukuu 2025–joulukuu 2026    1. pilottiryhmä (45 osallistujaa), kielitietoisuuskoulutukset
tammikuu–kesäkuu 2027    2. pilottiryhmä (45 osallistujaa), uraohjaus, toimintamallin kuvaus
kesä–elokuu 2027    lopputestaukset, loppukyselyt
marraskuu 2027    hankkeen loppuseminaari Kuohujoen kampuksella

======================================================================
5 TULOKSET, INDIKAATTORIT JA SEURANTA
----------------------------------------------------------------------
5.1 Odotetut tulokset ja vaikutukset (max 2000 merkkiä) *
Vastaus:
Hankkeen tuloksena syntyy työpaikalla tapahtuvan kielivalmennuksen toimintamalli, kielitietoisuuskoulutuksen
materiaali ja kielikummin opas. Pidemmällä aikavälillä vaikutus näkyy vakinaistuneina työsuhteina ja siinä,
että seudun työnantajat saavat osaavaa ja pysyvää henkilöstöä.

5.2 Indikaattorit ja seurantatapa tavoitteittain *
Vastaus:
Tavoite 1: taitotasotesti (Kuohujoen AMK:n työkielen testi) lähtö- ja lopputilanteessa; tavoitteena, että 70 %
osallistujista nousee vähintään yhden tason. Lisäksi osallistujien oma arvio kielitaidostaan.
Tavoite 2: koulutukseen osallistuneiden määrä (tavoite 120); työyhteisökysely ennen ja jälkeen pilotin.
Tavoite 3: työsuhteessa olevien osuus 6 kuukautta pilotin jälkeen (tavoite 70 %), oppisopimuskoulutukseen
siirtyneiden määrä (tavoite 12).
Hankkeen ohjausryhmä seuraa indikaattoreita puolivuosittain. Lisäksi hanketiimi tekee itsearvioinnin
kunkin pilottiryhmän päätyttyä.

======================================================================
6 JUURRUTTAMINEN, LEVITTÄMINEN JA VIESTINTÄ
----------------------------------------------------------------------
6.1 Miten tulokset juurrutetaan ja kuka vastaa toiminnan jatkumisesta hankkeen jälkeen? (max 3000 merkkiä) *
Vastaus:
Tulosten juurruttamiseen keskitytään hankkeen loppupuoliskolla, kun toimintamalli on ensin testattu
ensimmäisessä pilottiryhmässä. Syksystä 2026 alkaen kerromme kokemuksista Vellamon hyvinvointialueen
esihenkilöfoorumeissa ja työnantajien aamukahveilla. Keväällä 2027 mallista muokataan versio
varhaiskasvatuksen ja siivousalan työpaikoille, ja kaksi hankkeen ulkopuolista työnantajaa (Hoivakoti
Aamurusko Oy ja Kuohujoen kaupungin varhaiskasvatus) kokeilee kielivalmennusta omissa yksiköissään
huhti–toukokuussa 2027.

Pysyväksi toiminnaksi malli siirtyy kahdella tavalla: Kuohujoen ammattikorkeakoulu ottaa työpaikalla
tapahtuvan kielivalmennuksen täydennyskoulutustarjontaansa, ja Vellamon hyvinvointialue liittää
kielikummitoiminnan uusien työntekijöiden perehdytysohjelmaan. Hankkeen päätyttyä toimintamallin
ylläpidosta ja kehittämisestä vastaa Kuohujoen ammattikorkeakoulun täydennyskoulutuspalvelujen päällikkö.
Hankkeen viimeisenä puolivuotena (maalis–elokuu 2027) projektipäällikön työajasta puolet ja 8 000 euroa
ostopalveluista on varattu juurruttamiseen.
Merkkejä käytetty: 1 187/3000

6.2 Viestintä ja tiedottaminen (max 1500 merkkiä) *
Vastaus:
Ulkoinen viestintä aloitetaan, kun ensimmäisen pilottiryhmän kokemukset ovat koossa syksyllä 2026. Silloin
avataan hankkeen verkkosivu KUAMK:n sivuilla ja julkaistaan blogikirjoituksia. Toimintamalli, koulutusmateriaali
ja kielikummin opas julkaistaan KUAMK:n julkaisusarjassa avoimesti, ja niistä kerrotaan loppuseminaarissa
(ks. aikataulu). Viestinnästä vastaa projektipäällikkö yhdessä KUAMK:n viestintäpalvelujen kanssa.

======================================================================
7 ORGANISOINTI
----------------------------------------------------------------------
7.1 Hallinnointi, henkilöstö ja ohjausryhmä *
Vastaus:
Hanketta hallinnoi Kuohujoen ammattikorkeakoulu. Henkilöstö: projektipäällikkö (100 %), kaksi
kielivalmentajaa (100 %) ja uraohjaaja (50 %). Ohjausryhmään kuuluvat Vellamon hyvinvointialueen
henkilöstöjohdon, Kuohujoen kaupungin kotoutumispalvelujen, Kuohujoen ammattiopiston ja kahden
yksityisen hoivayrityksen edustajat sekä osallistujien edustaja. Ohjausryhmä kokoontuu neljä kertaa vuodessa.

7.2 Yhteistyökumppanit
Vastaus: Vellamon hyvinvointialue, Kuohujoen kaupunki (kotoutumispalvelut), Kuohujoen ammattiopisto,
Palvelukoti Kuusela Oy, Hoivapalvelu Lähitie Oy.

======================================================================
8 RISKIT JA NIIDEN HALLINTA (max 1500 merkkiä)
----------------------------------------------------------------------
Vastaus:
- Työvuorot estävät osallistumisen -> valmennus tehdään työvuoron aikana, vuorosuunnittelusta sovitaan
  esihenkilön kanssa.
- Osallistujien vaihtuvuus on suuri -> toiseen pilottiin otetaan varasijoja.
- Työyhteisöt eivät sitoudu -> kielikummeille pieni korvaus työnantajan kanssa sovitusti, esihenkilöt
  mukana koulutuksessa.

======================================================================
9 KUSTANNUSARVIO JA RAHOITUS *
----------------------------------------------------------------------
Kustannuslaji              2025       2026       2027       Yhteensä
Henkilöstökulut          58 000    174 000    116 000     348 000
Ostopalvelut              2 000     14 000     12 000      28 000
Matkakulut                1 500      4 500      3 000       9 000
Flat rate 15 %            8 700     26 100     17 400      52 200
Yhteensä                 70 200    218 600    148 400     437 200

Rahoitus: ESR+-tuki 85 % (371 620 €), KUAMK:n omarahoitus 15 % (65 580 €).

======================================================================
10 LIITTEET
----------------------------------------------------------------------
Liite 1: Kustannusarvion erittely
Liite 2: Projektipäällikön tehtävänkuva
"""

kirjoita_teksti(os.path.join(KOHDE, NIMI + ".txt"), TEKSTI)
odotettu(os.path.join(KOHDE, NIMI), "hankesuunnitelma", [
    {"rule": "aikataulu.ristiriita"},
    {"rule": "juurrutus.alkaa-myohaan"},
])
print("ok", NIMI)

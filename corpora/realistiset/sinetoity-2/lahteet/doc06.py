"""06: STEA-hankkeen arviointisuunnitelma (.txt, käsin numeroidut otsikot).
Aukot: ei ulkoista arviointia -> arviointi.ei-ulkoista; kohderyhmän nuoret eivät osallistu arviointiin
(vain rekisteritiedot, henkilöstön itsearviointi, ohjausryhmä) -> arviointi.ei-kohderyhman-aanta."""
from apu import kirjoita_teksti

TEKSTI = """
MIELI MUKAAN -HANKE
ARVIOINTISUUNNITELMA
Tukiyhdistys Aalto ry / STEA-avustus C 5412
Päivitetty 4.6.2025 (versio 1.2)

1. HANKKEEN PERUSTIEDOT

Mieli mukaan -hanke (1.3.2025–28.2.2028) tarjoaa matalan kynnyksen ryhmä- ja yksilötukea
18–29-vuotiaille nuorille aikuisille, joilla on mielenterveyden haasteita ja jotka ovat jääneet
opiskelun tai työn ulkopuolelle. Toiminta-alueena on Lahdenpohjan kaupunki ja sen kaksi
naapurikuntaa. Kohderyhmään arvioidaan kuuluvan alueella noin 600 nuorta, joista hanke
tavoittaa kolmen vuoden aikana vähintään 180.

Hankkeessa työskentelee kaksi ohjaajaa ja osa-aikainen projektipäällikkö. Toiminta tapahtuu
Aallon kohtaamispaikassa Lahdenpohjan keskustassa ja jalkautuen kirjastoihin ja oppilaitoksiin.

2. MITÄ ARVIOINNILLA HALUTAAN TIETÄÄ

Hankkeen tavoitteita on kolme, ja arviointi seuraa jokaista niistä:

  a) Nuoret kiinnittyvät säännölliseen ryhmätoimintaan ja saavat arkeensa rytmiä.
  b) Nuorten siirtymät opiskeluun, työhön tai kuntouttavaan toimintaan lisääntyvät.
  c) Alueen palvelut (Ohjaamo, opiskeluhuolto, hyvinvointialueen mielenterveyspalvelut) tuntevat
     hankkeen ja ohjaavat nuoria sinne.

3. MENETELMÄT JA AINEISTOT

3.1 Asiakasrekisteri
Ohjaajat kirjaavat sähköiseen asiakasrekisteriin jokaisen nuoren käynnit, ryhmiin osallistumisen
ja mahdolliset siirtymät. Tavoitteen a mittareina ovat ryhmiin vähintään kolme kuukautta
osallistuneiden nuorten määrä ja keskimääräinen käyntimäärä kuukaudessa. Tavoitteen b mittarina on
niiden nuorten määrä, jotka ovat siirtyneet opiskeluun, työhön tai kuntouttavaan työtoimintaan.
Rekisteritiedot kootaan puolivuosittain, tammikuussa ja heinäkuussa.

3.2 Ohjaajien itsearviointi
Ohjaajat kirjoittavat jokaisen ryhmäkerran jälkeen lyhyen havaintopäiväkirjan: mitä ryhmässä
tehtiin, mikä toimi ja mitä muuttaisi. Kerran kuukaudessa työntekijät pitävät reflektiopalaverin,
jossa päiväkirjoja käydään läpi. Kerran vuodessa (joulukuussa) pidetään koko henkilöstön
itsearviointipäivä, jossa verrataan toteutunutta suunnitelmaan.

3.3 Ohjautumisen seuranta
Tavoitteen c toteutumista seurataan kirjaamalla, mistä palvelusta kukin nuori on ohjautunut
hankkeeseen. Lisäksi ohjaajat pitävät kirjaa yhteistyöpalavereista ja esittelykäynneistä
kumppaniorganisaatioissa. Mittarina on muista palveluista ohjautuneiden nuorten osuus
kaikista uusista asiakkaista (tavoite 60 % toisena toimintavuonna).

3.4 Ohjausryhmä
Ohjausryhmä (Ohjaamon esihenkilö, hyvinvointialueen psykiatrisen avohoidon osastonhoitaja,
kaupungin nuorisopalvelupäällikkö ja Aallon toiminnanjohtaja) käsittelee puolivuosittain
rekisteriraportin ja itsearvioinnin yhteenvedon ja arvioi, onko toimintaa tarpeen suunnata
uudelleen.

4. AIKATAULU

  2025  maaliskuu: asiakasrekisterin käyttöönotto, itsearvioinnin lomakkeet valmiiksi
  2025–2027  rekisteritiedot tammikuussa ja heinäkuussa, reflektiopalaverit kuukausittain
  joulukuu 2025, 2026 ja 2027  itsearviointipäivä
  tammi–helmikuu 2028  loppuarvio ja STEA:n loppuraportti

5. ARVIOINTITIEDON KÄYTTÖ

Arviointitietoa käytetään ensisijaisesti toiminnan kehittämiseen: reflektiopalaverien havainnot
siirtyvät suoraan seuraavan kuukauden ryhmäsuunnitelmaan. Puolivuosiraportit toimitetaan
ohjausryhmälle ja yhdistyksen hallitukselle, ja ne ovat pohjana STEA:n vuosittaiselle
tuloksellisuusraportoinnille.

Jo hankkeen alussa, syksyllä 2025, ensimmäiset arviointitulokset esitellään hyvinvointialueen
järjestöyhteistyön foorumissa, jotta hankkeen toimintamalli otetaan huomioon mielenterveyspalvelujen
palveluketjun suunnittelussa. Kokemuksista kootaan hankkeen lopussa toimintamallikuvaus Innokylään,
ja yhdistyksen toiminnanjohtaja Heli Rautio vastaa siitä, että ryhmätoiminnan mallista neuvotellaan
hyvinvointialueen kanssa pysyväksi osaksi palveluketjua.
"""

kirjoita_teksti("06_arviointisuunnitelma_stea_mieli_mukaan.txt", TEKSTI, {"doc_type": "arviointisuunnitelma", "findings": [
    {"rule": "arviointi.ei-ulkoista"},
    {"rule": "arviointi.ei-kohderyhman-aanta"},
]})

"""05: pienen nuorisoyhdistyksen arviointisuunnitelma Markdownina, arkinen proosa. Odotus: ei löydöksiä."""

TEKSTI = """# Iltaparkki – arviointisuunnitelma

*Nuorisoyhdistys Kipinä ry, Sotkamonniemi · päivitetty 9.1.2026 · hyväksytty hallituksessa 14.1.2026*

Iltaparkki on STEAn kohdennetulla avustuksella toteutettava hanke 1.2.2026–31.1.2029. Pidämme
perjantai- ja lauantai-iltaisin auki matalan kynnyksen tilaa 13–17-vuotiaille nuorille, joilla ei ole
harrastusta ja jotka muuten viettävät illat ostoskeskuksen parkkihallissa. Tässä suunnitelmassa kerrotaan,
miten seuraamme, onnistummeko.

## Mitä haluamme saada aikaan?

Haluamme ensinnäkin, että nuoret löytävät illoiksi turvallisen paikan ja aikuisen, jolle voi puhua.
Toiseksi tavoitteenamme on, että ainakin osa nuorista löytää Iltaparkin kautta oman harrastuksen tai
ryhmän. Kolmanneksi haluamme, että nuoret pääsevät itse päättämään toiminnan sisällöstä.

## Keitä arviointi koskee

Nuoret, jotka käyvät Iltaparkissa (arviolta 60–80 eri nuorta vuodessa), heidän vanhempansa sekä
yhteistyökumppanit: kaupungin nuorisopalvelut, koulukuraattorit ja ostoskeskuksen vartiointi.

## Miten arvioimme onnistumista?

**Turvallinen paikka ja aikuinen.** Laskemme jokaisena iltana kävijämäärän ja uusien kävijöiden määrän.
Kaksi kertaa vuodessa (maaliskuussa ja lokakuussa) teemme nuorille lyhyen puhelimella vastattavan kyselyn,
jossa kysytään, tuntuuko Iltaparkki turvalliselta ja onko siellä aikuinen, jolle voi puhua. Ohjaajat
kirjaavat illan jälkeen lyhyen havaintopäiväkirjan. Kysymme myös ostoskeskuksen vartijoilta kerran
vuodessa, näkyykö muutos parkkihallissa.

**Harrastuksen löytäminen.** Ohjaajat vievät nuoria tutustumaan seurojen ja nuorisotalon harrastuksiin
(kokeilukerrat). Seuraamme, kuinka moni on kokeillut harrastusta ja kuinka moni on mukana vielä puolen
vuoden päästä. Tiedon keräämme ohjaajien kirjaamista kokeiluista ja nuorten omasta kertomasta.

**Nuorten päätösvalta.** Nuoret valitsevat keskuudestaan Parkkiraadin, joka päättää kuukauden
ohjelmasta. Arvioimme tätä laskemalla, kuinka suuri osa illoista on nuorten itse suunnittelemia, ja
keräämällä raadin jäseniltä palautetta raadin kokouksissa pidettävillä pikapalautteilla (hymiöt ja
yksi sana).

Vuoden lopussa pidämme nuorten kanssa arviointi-illan, jossa käydään läpi kyselyjen ja kirjausten
tulokset ja kysytään, mitä pitäisi muuttaa. Tämä on meidän oma itsearviointimme; lisäksi hallitus ja
työntekijät pitävät joka kevät puolen päivän arviointipalaverin.

Ulkopuolisen näkökulman saamme Kajaanin ammattikorkeakoulun yhteisöpedagogiopiskelijoilta, jotka tekevät
opinnäytetyönään Iltaparkin ulkoisen arvioinnin vuonna 2028. Opinnäytetyö perustuu nuorten, vanhempien
ja yhteistyökumppaneiden haastatteluihin. Olemme sopineet asiasta lehtori Marja Heikuran kanssa.

## Aikataulu lyhyesti

| Mitä | Milloin |
| --- | --- |
| Kävijätilasto, havaintopäiväkirja | joka ilta koko hankkeen ajan |
| Nuorten kysely | maaliskuu ja lokakuu 2026–2028 |
| Arviointi-ilta nuorten kanssa | joulukuu 2026, 2027 ja 2028 |
| Hallituksen arviointipalaveri | huhtikuu 2026, 2027, 2028 |
| AMK:n ulkoinen arviointi | tammi–marraskuu 2028 |
| Loppuyhteenveto | tammikuu 2029 |

## Mihin arviointitietoa käytetään?

Kokoamme tulokset hallitukselle joka kevät, ja niiden perusteella muutamme aukioloaikoja ja toimintaa.
Tulokset raportoimme STEAlle vuosittain tuloksellisuusraportissa. Kerromme tuloksista myös vanhemmille
vanhempainillassa ja yhdistyksen Instagramissa.

Arviointitietoa käytämme myös toiminnan jatkon turvaamiseen. Olemme jo hakemusta tehdessämme sopineet
Sotkamonniemen kaupungin nuorisopalveluiden kanssa, että he ovat mukana arviointi-illoissa, koska
tarkoitus on, että Iltaparkki siirtyy hankkeen jälkeen osaksi nuorisopalveluiden viikonlopputoimintaa.
Nuorisopalveluiden päällikkö Jari Luukkonen vastaa kaupungin puolesta siitä, että tulokset otetaan
huomioon vuoden 2029 talousarviossa.
"""


def rakenna(polku):
    with open(polku, "w", encoding="utf-8") as f:
        f.write(TEKSTI)

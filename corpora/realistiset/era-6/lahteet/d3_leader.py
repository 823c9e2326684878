"""D3: Leader-kehittämishankkeen hakemus, Hyrrä-tyylinen tekstivienti (.txt). Ei huomautettavaa."""
from apu import write_text

NAME = "leader-hakemus-kylan-olohuone"

TEXT = """HAKEMUS – KEHITTÄMISHANKE (yleishyödyllinen)
Tulostettu asiointipalvelusta 9.4.2025 · Hakemuksen tila: Keskeneräinen · Leader Jokiseudun Kehitys ry

-----------------------------------------------------------------
PERUSTIEDOT
-----------------------------------------------------------------
Hakija:
Vastaus: Mäntyrannan kyläyhdistys ry

Hankkeen nimi:
Vastaus: Kylätalosta kylän olohuone

Hankkeen toteutusaika (alkaa – päättyy):
Vastaus: 1.8.2025 – 31.7.2027

Toimenpide / Leader-ryhmän strategian teema:
Vastaus: Elinvoimainen ja yhteisöllinen kylä

Yhteyshenkilö:
Vastaus: Helmi Vanhatalo, kyläyhdistyksen sihteeri, helmi.vanhatalo@example.fi

-----------------------------------------------------------------
HANKKEEN KUVAUS
-----------------------------------------------------------------
Lähtötilanne ja hankkeen tarve *
Vastaus: Mäntyrannassa asuu noin 430 ihmistä, ja asukkaista 38 % on yli 65-vuotiaita (tilasto 2024). Kylän
koulu lakkautettiin vuonna 2021, ja kauppa sulki ovensa keväällä 2023. Sen jälkeen kylällä ei ole ollut
paikkaa, jossa asukkaat kohtaisivat arkena. Kyläyhdistyksen omistama kylätalo (entinen nuorisoseurantalo)
on kunnossa, mutta se on käytössä vain muutamana viikonloppuna vuodessa. Syksyllä 2024 tehdyssä
kyläkyselyssä (vastaajia 96) asukkaat toivoivat eniten avointa kohtaamispaikkaa, kuljetusapua ja
digitaitojen opastusta. Kylälle on muuttanut viime vuosina myös noin 15 lapsiperhettä, jotka kaipaavat
toimintaa lapsille ja tutustumista muihin kyläläisiin.

Hankkeen kohderyhmät *
Vastaus: Mäntyrannan ja lähikylien (Kivikoski, Ahola) asukkaat, erityisesti yksin asuvat ikäihmiset ja
kylälle muuttaneet lapsiperheet. Lisäksi kohderyhmää ovat kylän yhdistykset ja yrittäjät, jotka voivat
käyttää taloa toimintaansa.

Hankkeen tavoitteet *
Vastaus: Tavoitteenamme on, että kylätalo on auki arkisin ja siitä tulee kylän yhteinen olohuone.
Haluamme, että
1) kylän ikäihmiset ja lapsiperheet kohtaavat säännöllisesti ja yksinäisyys vähenee,
2) kylätalon käyttö monipuolistuu niin, että taloa käyttää vähintään viisi eri toimijaa,
3) kyläläisten digitaidot paranevat ja asiointi verkossa helpottuu.

Toimenpiteet ja toteutustapa *
Vastaus: Hankkeeseen palkataan osa-aikainen kyläkoordinaattori (60 %), joka pitää kylätalon avoinna
kolmena päivänä viikossa ja kokoaa ohjelman yhdessä vapaaehtoisten kanssa. Avoimen olohuoneen
aikana tarjolla on kahvi, lehdet ja seuraa; kerran viikossa järjestetään perhekerho ja kerran kuussa
sukupolvien yhteinen ilta (tavoite 1). Koordinaattori kartoittaa alueen yhdistykset, yrittäjät ja
kunnan palvelut, jotka voisivat käyttää taloa, ja laatii niiden kanssa käyttövuorot ja hinnaston
(tavoite 2). Digitukea annetaan digitupana kaksi kertaa kuussa; opastajina toimivat koulutetut
vapaaehtoiset ja kunnan digituen neuvoja (tavoite 3). Kylätalolle hankitaan kaksi kannettavaa
tietokonetta, videotykki ja langaton verkko.

Aikataulu *
Vastaus:
  8–12/2025   koordinaattorin rekrytointi, olohuone auki, kartoitus toimijoista
  1–6/2026    perhekerho ja sukupolvi-illat käyntiin, digituvan vapaaehtoisten koulutus
  7–12/2026   käyttövuorot muille toimijoille, väliarviointi kyläillassa
  1–7/2027    toiminnan siirto vapaaehtoisille ja kyläyhdistyksen hallitukselle, loppuraportti

Tulokset ja vaikutukset *
Vastaus: Hankkeen tuloksena kylällä on arkisin avoin kohtaamispaikka, noin 20 vapaaehtoisen
joukko, joka osaa pitää sitä yllä, sekä käyttösopimukset muiden toimijoiden kanssa. Pitkällä
aikavälillä kylän yhteisöllisyys vahvistuu ja kylä on houkuttelevampi muuttajille.

Miten hankkeen onnistumista seurataan? *
Vastaus: Koordinaattori pitää kävijäkirjaa (kävijämäärät, ikäryhmät). Tavoite on, että olohuoneessa
käy keskimäärin 15 kävijää aukiolopäivänä. Kävijöiltä kysytään kahdesti vuodessa lyhyellä
lomakkeella, onko heillä aiempaa enemmän tuttuja ja seuraa kylällä. Talon käyttäjät ja käyttövuorot
kirjataan varauskalenteriin (tavoite vähintään viisi toimijaa). Digituvan kävijät ja heidän
kysymyksensä kirjataan, ja opastetuilta kysytään, pystyivätkö he hoitamaan asiansa. Tulokset
käsitellään hankkeen ohjausryhmässä ja kyläillassa.

Toiminnan jatkuvuus hankkeen jälkeen *
Vastaus: Jatkoa on mietitty jo hanketta valmisteltaessa: kyläyhdistyksen hallitus on päättänyt
maaliskuussa 2025, että olohuonetoiminta jatkuu yhdistyksen omana toimintana, jos hanke onnistuu.
Hallitus vastaa toiminnasta hankkeen jälkeen, ja käytännön vastuun ottaa yhdistyksen
varapuheenjohtaja. Koordinaattori perehdyttää vapaaehtoiset alusta alkaen niin, että viimeisenä
puolena vuonna he pitävät olohuonetta auki itsenäisesti ja koordinaattori toimii vain tukena.
Tähän on varattu koordinaattorin työajasta noin kolmannes keväällä 2027. Talon käyttövuoroista
saatavat vuokrat kattavat jatkossa lämmön ja sähkön.

Kerromme kokemuksistamme kylän Facebook-ryhmässä, kyläyhdistyksen verkkosivuilla ja Leader-ryhmän
uutiskirjeessä. Hankkeen lopuksi kokoamme ohjeen ”Näin avaat kylätalon arkeen”, jossa on oma osio
pienille kylille, joissa vapaaehtoisia on vähän, ja oma osio kylille, joilla on palkattu työntekijä.
Kutsumme lähikylien kyläyhdistykset tutustumaan olohuoneeseen ja autamme halukkaita kokeilemaan
avointa aukioloa omilla kylätaloillaan; Kivikosken kyläseura on jo ilmoittanut kiinnostuksestaan.

Hankkeen organisointi *
Vastaus: Hankkeen hallinnoija on Mäntyrannan kyläyhdistys ry. Hankkeelle nimetään ohjausryhmä,
johon kuuluvat kyläyhdistyksen puheenjohtaja, kunnan hyvinvointikoordinaattori, Leader-ryhmän
edustaja, perhekerhon vetäjä ja kaksi kyläläistä. Kirjanpidon hoitaa tilitoimisto.

Riskit ja niiden hallinta
Vastaus: Riskinä on, että vapaaehtoiset uupuvat tai koordinaattori vaihtuu kesken hankkeen. Tähän
varaudutaan jakamalla vuorot laajalle joukolle ja kirjaamalla toimintatavat. Jos kävijöitä on
vähän, aukioloaikoja muutetaan kävijöiden toiveiden mukaan.

Tiedottaminen
Vastaus: Tiedotamme toiminnasta kylän ilmoitustauluilla, kylätiedotteessa (4 kertaa vuodessa),
paikallislehdessä ja Facebook-ryhmässä. Leader-rahoituksen tunnukset näkyvät kaikessa materiaalissa.

-----------------------------------------------------------------
KUSTANNUSARVIO JA RAHOITUS
-----------------------------------------------------------------
Kustannukset yhteensä:
Vastaus: 68 400 euroa (palkat 52 800 €, laitehankinnat 3 600 €, muut kustannukset 12 000 €)

Rahoitus:
Vastaus: julkinen tuki 80 % (54 720 €), yksityinen rahoitus 20 % (13 680 €), josta talkootyötä 9 000 €

Arvonlisävero:
Vastaus: Kyläyhdistys ei ole alv-velvollinen; kustannukset esitetään verollisina.
"""

def run():
    write_text(NAME, "txt", TEXT, {"doc_type": "hankesuunnitelma", "findings": []})

if __name__ == "__main__":
    run()

from osa1_apu import *

MD2 = """# Iltapuhti-hankkeen arviointisuunnitelma

Nuorisoyhdistys Kipinä ry · STEA-avustus (kohdennettu toiminta-avustus)
Versio 2 – hallituksen kokous 9.9.2025

Hanke: **Iltapuhti – ohjattua iltatoimintaa 13–17-vuotiaille Haapaniemessä**
Hankeaika: 1.1.2026–31.12.2028

## Taustaa lyhyesti

- Haapaniemessä ei ole ollut nuorisotilaa vuoden 2023 jälkeen, kun kunta sulki Keskuskadun tilan.
- Kunnan kouluterveyskyselyssä (2023) 8.–9.-luokkalaisista 17 % kertoi, ettei heillä ole yhtään läheistä ystävää.
- Vapaaehtoisia meillä on nyt 14, joista 5 on itse entisiä Kipinän nuoria.

## Kenelle

- 13–17-vuotiaat haapaniemeläiset nuoret, erityisesti ne, jotka eivät käy missään harrastuksessa
- nuorten vanhemmat (vanhempainillat)
- vapaaehtoiset ohjaajat

## Tavoitteet

a. Nuorilla on turvallinen paikka ja aikuinen arki-iltaisin → iltatoiminta ti–to klo 17–21 seurakuntatalon alakerrassa
b. Yksinäisyyttä kokevat nuoret löytävät kavereita → pienryhmät (kokkaus, pelit, musiikki), joihin kutsutaan koulukuraattorin ja etsivän nuorisotyön kautta
c. Vapaaehtoisten osaaminen ja jaksaminen vahvistuu → kaksi koulutusviikonloppua vuodessa + työnohjaus kerran kuussa

## Mistä tiedämme, että onnistuimme?

Tiedämme onnistuneemme, kun…

- **tavoite a:** iltoihin osallistuu keskimäärin vähintään 25 nuorta / ilta (kävijälaskenta joka ilta, kuukausikooste hallitukselle)
- **tavoite a:** nuorten palautekyselyssä (keväisin) vähintään 80 % sanoo tilan olevan turvallinen
- **tavoite b:** pienryhmiin on osallistunut hankkeen aikana vähintään 60 nuorta, ja ryhmäläiset kertovat lopputapaamisessa saaneensa uusia kavereita (lyhyt haastattelu jokaisen ryhmän lopuksi)

(vapaaehtoisten koulutuksesta puhutaan lisää myöhemmin, katsotaan syksyllä)

## Miten arviointitietoa kerätään

- kävijälaskenta: ohjaaja merkitsee iltaan tulleet nuoret tukkimiehen kirjanpidolla, ei nimiä
- nuorten palautekysely: Google Forms, QR-koodi seinällä, toukokuussa 2026, 2027 ja 2028
- pienryhmien loppuhaastattelu: 10 min keskustelu, ohjaaja kirjaa muistiin
- oma itsearviointi: hallitus ja ohjaajat pitävät joka kevät ja syksy arviointi-illan, jossa käydään läpi luvut ja palautteet ja kirjataan, mitä muutetaan
- nuorten raati (6 nuorta) kommentoi tuloksia ennen kuin ne menevät hallitukselle

## Aikataulu

| Milloin | Mitä |
|---|---|
| joka ilta | kävijälaskenta |
| toukokuu 2026, 2027, 2028 | palautekysely |
| jokaisen pienryhmäjakson lopussa | loppuhaastattelu |
| huhtikuu ja marraskuu vuosittain | arviointi-ilta |
| joulukuu 2028 | loppukooste hallitukselle (pohja STEA:n selvitykselle) |

## Mihin tietoa käytetään

- hallitus päättää arviointi-illan jälkeen, mitä toiminnassa muutetaan (esim. aukioloajat, ryhmien aiheet)
- tulokset raportoidaan STEA:lle vuosittain Avustusten verkkopalvelussa
- kunnan nuorisopalveluille esitellään tulokset joka vuosi joulukuussa

## Jatko

- Jo hakuvaiheessa sovimme Haapaniemen kunnan nuorisopalvelujen kanssa, että kunnan nuoriso-ohjaaja on mukana illoissa kerran viikossa alusta asti ja että hankkeen jälkeen iltatoiminta siirtyy kunnan avoimen nuorisotyön osaksi.
- Tästä vastaa kunnan vapaa-aikapäällikkö; asia on kirjattu kunnan ja yhdistyksen yhteistyösopimukseen 6/2025.
"""

def doc2():
    with open(os.path.join(OUT, "iltapuhti_arviointisuunnitelma.md"), "w", encoding="utf-8") as f:
        f.write(MD2)
    expected("iltapuhti_arviointisuunnitelma", "arviointisuunnitelma",
             [{"rule": "tavoite.ei-arviointia"}, {"rule": "arviointi.ei-ulkoista"}])

TXT4 = """Leader Järvi-Kainuun Kehittämisyhdistys ry – Hanke-ehdotus / tulostettu Hyrrä-lomakkeelta
Tulostettu 3.11.2025

Hakija *
Vastaus: Hiekkalahden Kisa ry (urheiluseura, perustettu 1946)

Hankkeen nimi *
Vastaus: Kaikki mukaan kentälle – kylien lasten liikuntakerhot

Hankkeen tausta ja tarve *
Vastaus:
- seuran alueella 6 kylää, lapsia 7–12 v noin 190 (kunnan tilasto 2024)
- harrastukset keskustassa, matkaa 15–30 km, kuljetuksia ei ole
- kyläkoulujen liikuntasaleja ei käytetä iltaisin
- vanhemmat toivoivat kylätoimikuntien kyselyssä (kevät 2025) edullista, lähellä olevaa harrastusta

Tavoitteet *
Vastaus:
1) Lapset liikkuvat enemmän omassa kylässään: viikoittainen kerho kolmessa kyläkoulussa
2) Kylille syntyy omia vapaaehtoisia ohjaajia: ohjaajakoulutus kylien nuorille ja vanhemmille
3) Kerhoista tulee pysyvä osa seuran toimintaa

Hankkeen kohderyhmät *
Vastaus: 7–12-vuotiaat kylien lapset (tavoite 70 lasta), kylien nuoret ja vanhemmat ohjaajiksi (tavoite 12 ohjaajaa)

Toimenpiteet *
Vastaus:
- kerhot Kalliolan, Honkaniemen ja Ritavaaran kyläkouluilla kerran viikossa syys- ja kevätkaudella
- ohjaajakoulutus (Olympiakomitean ja aluejärjestön Starttikoulutus) syksyllä 2026 ja 2027
- kerhojen kausimaksu 20 €, välineet hankkeesta
- kerhojen toimintamalli kirjataan seuran toimintakäsikirjaan

Hankkeen toteutusaika *
Vastaus: 1.8.2026–31.7.2028

Aikataulu
Vastaus:
syksy 2026 ohjaajakoulutus 1 + kerhot alkavat kahdessa koulussa
kevät 2027 kolmas kerho
syksy 2027 ohjaajakoulutus 2
kevät 2028 kerhot kylien ohjaajien vetäminä, loppujuhla xx.xx.2028

Kustannusarvio ja rahoitus *
Vastaus: Kokonaisbudjetti 48 600 €, josta Leader-tukea 80 % (38 880 €) ja seuran oma osuus 9 720 € (josta talkootyötä 4 200 €). Suurin erä on osa-aikaisen liikuntakoordinaattorin palkka.

Miten seuraatte onnistumista? *
Vastaus: Onnistumista seurataan näin:
- kerholaisten määrä ja käyntikerrat (seuran jäsenrekisteri MyClub), tavoite 70 lasta
- vanhempien ja lasten palautekysely jokaisen kauden lopussa
- koulutettujen kyläohjaajien määrä, tavoite 12
- toimintakäsikirjan kerho-osio hyväksytty seuran hallituksessa kevät 2028

Hankkeen tulokset *
Vastaus: Kolmella kylällä on oma liikuntakerho, 12 koulutettua kyläohjaajaa ja kirjattu malli, jota muutkin seurat voivat käyttää. Lapset liikkuvat enemmän ja kyläkoulujen tilat ovat käytössä iltaisin.

Tulosten juurruttaminen ja jatkuvuus *
Vastaus:
- mietitty jo hakuvaiheessa: kerhot perustetaan seuran omiksi ryhmiksi, ei erilliseksi hankeryhmäksi
- malli kerrotaan heti alussa kylätoimikunnille ja vanhemmille (viestintä)
- kerhojen sisältö muokataan jokaisen kylän mukaan, esim. Ritavaaralla enemmän ulkoliikuntaa (variointi)
- naapuriseurat (Korpikylän Urheilijat, Vaaran Veikot) kutsutaan kokeilemaan mallia 2027 (valtavirtaistaminen)
- kerhot jatkuvat hankkeen jälkeen seuran normaalina toimintana (vakiinnuttaminen)
- juurruttamiseen varataan 15 % koordinaattorin työajasta
- hankkeen jälkeen kerhojen jatkosta ja kyläohjaajien tukemisesta vastaa hankkeen liikuntakoordinaattori
- malli jaetaan seuran verkkosivuilla ja aluejärjestön seurafoorumissa 2028

Hallinnointi ja yhteistyökumppanit
Vastaus: Hallinnoi Hiekkalahden Kisa ry, hankkeella on ohjausryhmä (seuran pj, kunnan liikuntasihteeri, kaksi kylätoimikuntaa, vanhempien edustaja). Yhteistyössä kunnan sivistystoimi (salit maksutta) ja aluejärjestö.

Viestintä
Vastaus: Facebook ja Instagram, seuran nettisivut, kyläkoulujen Wilma-tiedotteet, paikallislehti kerhojen alkaessa.

Yhteyshenkilö *
Vastaus: seuran puheenjohtaja Ritva Kemppainen, p. 040 123 9876
"""

def doc4():
    with open(os.path.join(OUT, "kisa_liikuntakerhot_hankesuunnitelma.txt"), "w", encoding="utf-8") as f:
        f.write(TXT4)
    expected("kisa_liikuntakerhot_hankesuunnitelma", "hankesuunnitelma",
             [{"rule": "rakenne.osio-puuttuu", "target": "riskit"},
              {"rule": "rakenne.pohjateksti"},
              {"rule": "exit.omistaja-hankkeen-sisalla"}])

if __name__ == "__main__":
    doc2(); doc4()

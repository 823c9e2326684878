"""s-kulttuurihyvinvointi-exit-suunnitelma.md – exit-suunnitelma Markdownina."""

TEKSTI = """# Taide kotiin – exit-suunnitelma

*Lumiahon kaupungin kulttuuripalvelut ja Lumiahon Taideyhdistys ry · Luonnos 3.3.2025 · käsitellään ohjausryhmässä 18.3.2025*

Taide kotiin -hanke (1.8.2023–31.7.2025) on tuonut taidetta ja kulttuuria kotona asuvien ikäihmisten arkeen. Hanke on saanut opetus- ja kulttuuriministeriön kulttuurihyvinvoinnin kehittämisavustusta (yhteensä 96 000 €). Tässä suunnitelmassa kuvataan, mitä hankkeesta jää elämään ja miten se tapahtuu, kun hankerahoitus päättyy heinäkuun lopussa.

## Mitä hankkeessa syntyi?

Kahden vuoden aikana kuusi ammattitaiteilijaa teki yhteensä 410 taidevierailua kotihoidon asiakkaiden luo. Vierailut olivat 45 minuutin mittaisia musiikki-, sanataide- ja kuvataidetuokioita, jotka suunniteltiin yhdessä asiakkaan kanssa. Syksystä 2024 alkaen vierailuja on täydentänyt Kulttuurikaveri-vapaaehtoistoiminta, jossa koulutetut vapaaehtoiset lähtevät ikäihmisen seuraksi konserttiin, museoon tai kirjastoon. Kulttuurikavereita on koulutettu 28.

Keskeiset tuotokset:

- taidevierailun toimintamalli ja vierailujen suunnittelukortti
- Kulttuurikaveri-koulutuksen runko (3 × 3 h) ja vapaaehtoisten perehdytysmateriaali
- *Taide kotiin -opas* kotihoidon henkilöstölle: miten kulttuuri otetaan puheeksi asiakkaan kanssa

## Juurruttaminen – mikä jää pysyväksi?

Tavoitteena on, että kulttuuri on kotihoidon asiakkaalle yhtä luonteva osa palvelua kuin ulkoilu. Tähän pyritään kolmella tavalla:

1. **Puheeksiotto kotihoidossa.** Asiakkaan kulttuuritoiveet on tarkoitus kysyä aina, kun hoito- ja palvelusuunnitelmaa päivitetään. Kysymys on lisätty suunnittelukorttiin, ja oppaan avulla hanketyöntekijät kouluttavat kesäkuuhun 2025 mennessä kaikki neljä kotihoitotiimiä.
2. **Taidevierailut tilattavaksi palveluksi.** Taidevierailusta tehdään tuotekuvaus ja hinnasto, jotta vierailuja voidaan jatkossa tilata esimerkiksi palvelukotien virkistystoiminnan määrärahoista.
3. **Kulttuurikaverit osaksi vapaaehtoistoimintaa.** Kulttuurikaverien koulutus ja koordinointi liitetään olemassa olevaan vapaaehtoistoimintaan.

## Tulosten levittäminen

Toimintamalli ja opas julkaistaan Innokylässä toukokuussa 2025. Hankkeen päätösseminaari *Kulttuuri kuuluu kaikille* pidetään Lumiahon pääkirjastossa 27.5.2025, ja se striimataan. Hankkeesta kerrotaan maakunnallisessa kulttuurihyvinvoinnin verkostossa sekä Taiteen edistämiskeskuksen alueellisessa tapaamisessa. Kulttuurikaveri-koulutuksen runko jaetaan avoimesti kaikille sitä pyytäville kunnille ja yhdistyksille.

Oppaasta tehdään myös selkokielinen versio asiakkaille ja omaisille, ja taidevierailun mallista tiivistetään versio palvelukoteja varten, joissa vierailu tehdään pienryhmälle.

## Vastuut

| Tuotos | Mitä sille tapahtuu | Vastuu |
|---|---|---|
| Taidevierailun malli ja tuotekuvaus | Viimeistellään ja julkaistaan, hinnasto tehdään | hankekoordinaattori |
| Taide kotiin -opas | Koulutetaan kotihoitotiimeille, päivitetään tarvittaessa | hanketyöntekijät |
| Kulttuurikaveri-koulutus | Koulutuksen runko ja materiaalit luovutetaan jatkokäyttöön | hanke |
| Päätösseminaari ja Innokylä-julkaisu | Järjestetään toukokuussa 2025 | hankekoordinaattori |

## Kehittämistyön jatko

Hankekoordinaattori valmistelee kevään 2025 aikana jatkohakemuksen, jossa taidevierailuja kokeiltaisiin myös omaishoitoperheille. Hanketyöntekijät kokoavat kesäkuussa 2025 taiteilijoiden ja kulttuurikaverien kokemukset jatkokehittämistä varten. Hanke huolehtii siitä, että kaikki materiaalit ovat jatkokehittäjien saatavilla myös hankkeen päätyttyä.

## Resurssit

Hankkeen viimeiselle puolivuotiskaudelle (helmi–heinäkuu 2025) on varattu noin 40 % hankekoordinaattorin työajasta juurruttamiseen ja levittämiseen. Budjetista on kohdennettu 3 500 € päätösseminaariin, oppaan taittoon ja painatukseen sekä kotihoitotiimien koulutuksiin.

---
*Laatija: Elina Rautio, hankekoordinaattori, elina.rautio@lumiaho.fi*
"""


def rakenna(polku):
    with open(polku, "w", encoding="utf-8") as f:
        f.write(TEKSTI)

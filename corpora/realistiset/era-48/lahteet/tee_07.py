"""07: hankesuunnitelma, maaseudun kehittäminen, Leader-yhdistys. Markdown.
Virhe: juurruttaminen alkaa vasta hankkeen viimeisellä neljänneksellä."""
import os
from apu import KOHDE, odotettu

NIMI = "07_hankesuunnitelma_kylapalvelut.md"

TEKSTI = """# Hankesuunnitelma: Kylätalot lähipalvelupisteiksi

Leader Vaaranseutu ry · Versio 2, 28.11.2024

## 1 Tausta ja tarve

Vaaranseudun kunnan kahdestatoista kylästä kuudessa ei ole enää kauppaa, pankkia eikä asiointipistettä. Vuonna 2023 kunnan asukkaista 31 prosenttia oli täyttänyt 65 vuotta, ja lähimpään asiointipaikkaan on monesta kylästä yli 30 kilometriä. Samaan aikaan kylätalot ovat hyvässä kunnossa mutta vähällä käytöllä: kyläyhdistysten vuonna 2023 tekemän kyselyn mukaan tiloja käytetään keskimäärin kahtena iltana kuukaudessa.

Hanke kokeilee, miten kylätaloista saadaan lähipalvelupisteitä, joissa asukas voi hoitaa etäyhteydellä kunnan, hyvinvointialueen ja Kelan asioita, saada digitukea ja hakea verkkokaupan tilaukset.

## 2 Tavoitteet

Hankkeen päätavoitteena on, että Vaaranseudun kylissä asuvat saavat arjen perusasiointinsa hoidettua omalla kylällään.

| Tavoite | Toimenpiteet | Mittari |
| --- | --- | --- |
| 1. Neljään kylätaloon syntyy toimiva lähipalvelupiste. | Etäasiointilaitteiden hankinta ja asennus, aukioloaikojen sopiminen kyläyhdistysten kanssa, noutohyllyt verkkokauppatilauksille. | Avattujen palvelupisteiden määrä (tavoite 4) ja käyntikerrat kuukaudessa. |
| 2. Kylien asukkaat osaavat käyttää sähköisiä palveluja. | Digitukihenkilöiden koulutus, viikoittaiset digitukituokiot kylätaloilla. | Digitukikäyntien määrä; asukaskysely digitaidoista tuen alussa ja kokeilun lopussa. |
| 3. Palvelupisteiden ylläpito perustuu kyläyhdistysten, kunnan ja palveluntuottajien sopimukseen. | Sopimusneuvottelut, ylläpitomallin ja kustannustenjaon laatiminen. | Allekirjoitettujen sopimusten määrä; ohjausryhmän arvio ylläpitomallin toimivuudesta. |

## 3 Kohderyhmä

Ensisijainen kohderyhmä ovat Ylikylän, Koivulahden, Kotaniemen ja Salmijärven asukkaat, yhteensä noin 1 400 henkeä, joista erityisesti ikääntyneet ja ne, joilla ei ole autoa. Välillisiä kohderyhmiä ovat kyläyhdistysten vapaaehtoiset sekä kunnan, hyvinvointialueen ja Kelan asiakaspalvelu.

## 4 Toimenpiteet

**Palvelupisteiden rakentaminen.** Jokaiseen neljään kylätaloon hankitaan etäasiointipiste (näyttö, kamera, tulostin, skanneri) ja verkkokaupan noutohylly. Aukioloajoista ja avainten hallinnasta sovitaan kyläyhdistyksen kanssa.

**Digituki.** Jokaiselta kylältä koulutetaan kaksi tai kolme vapaaehtoista digitukihenkilöä, jotka pitävät viikoittaisia tukituokioita hankekoordinaattorin tuella.

**Ylläpitomalli.** Hankekoordinaattori kokoaa kyläyhdistysten, kunnan ja palveluntuottajien kanssa mallin siitä, kuka vastaa laitteista, tilakustannuksista ja vapaaehtoisten tuesta, ja valmistelee sopimukset.

## 5 Aikataulu

Hankkeen kesto on 1.1.2025–31.12.2026.

| Ajankohta | Tehtävät |
| --- | --- |
| tammi–maaliskuu 2025 | Kylätalojen tilakartoitus, laitehankintojen kilpailutus |
| huhti–syyskuu 2025 | Ensimmäiset kaksi palvelupistettä auki, digitukihenkilöiden koulutus |
| lokakuu 2025 – syyskuu 2026 | Kaikki neljä pistettä toiminnassa, digitukituokiot, sopimusneuvottelut |
| loka–joulukuu 2026 | Juurruttaminen, ylläpitosopimukset, loppuarviointi ja päätösseminaari |

## 6 Kustannusarvio ja rahoitus

| Kustannuslaji | 2025 (€) | 2026 (€) | Yhteensä (€) |
| --- | --- | --- | --- |
| Henkilöstökulut (hankekoordinaattori 100 %) | 46 000 | 47 000 | 93 000 |
| Laitehankinnat | 18 000 | 2 000 | 20 000 |
| Koulutukset ja matkat | 5 000 | 4 000 | 9 000 |
| Juurruttaminen, viestintä ja päätösseminaari | 1 000 | 4 000 | 5 000 |
| Yhteensä | 70 000 | 57 000 | 127 000 |

Hanke haetaan rahoitettavaksi Suomen CAP-suunnitelman 2023–2027 Leader-rahoituksesta. Julkinen tuki on 90 prosenttia (114 300 euroa), ja kyläyhdistysten talkootyö ja kunnan rahoitusosuus kattavat loput 12 700 euroa.

## 7 Organisointi

Hanketta hallinnoi Leader Vaaranseutu ry, ja sen toteuttaa kokoaikainen hankekoordinaattori. Ohjausryhmään kuuluvat Vaaranseudun kunnan elinvoimajohtaja, hyvinvointialueen asiakaspalvelun edustaja, neljän kyläyhdistyksen puheenjohtajat ja Leader-ryhmän toiminnanjohtaja. Ohjausryhmä kokoontuu neljä kertaa vuodessa.

## 8 Arviointi

Tavoitteiden mittarit on esitetty tavoitetaulukossa. Hankekoordinaattori kokoaa kuukausittain palvelupisteiden käyntimäärät ja digitukikäynnit, ja asukkaille tehdään kysely digituen alussa ja kokeilun lopussa. Ohjausryhmä arvioi tulokset jokaisessa kokouksessaan. Loppuarvioinnissa kyläyhdistysten kanssa pidetään yhteinen arviointi-ilta.

## 9 Odotetut tulokset ja vaikutukset

- Neljä toimivaa lähipalvelupistettä ja niiden ylläpitomalli.
- Noin kymmenen koulutettua digitukihenkilöä.
- Asukkaiden asiointimatkat lyhenevät, ja kylätalot saavat uutta käyttöä.
- Pidemmällä aikavälillä malli on siirrettävissä muihin Vaaranseudun ja naapurikuntien kyliin.

## 10 Juurruttaminen ja tulosten hyödyntäminen

Juurruttaminen ajoitetaan hankkeen viimeiselle neljännekselle, loka–joulukuuhun 2026, jolloin palvelupisteistä on kertynyt riittävästi kokemusta. Silloin toteutetaan 4V-mallin kaikki vaiheet:

- **Viestintä:** kokeilun tulokset kootaan ja niistä kerrotaan asukkaille, kunnalle ja palveluntuottajille.
- **Variointi:** ylläpitomallista laaditaan kevyempi versio kylille, joilla on vain vähän vapaaehtoisia.
- **Valtavirtaistaminen:** malli esitellään naapurikuntien kyläyhdistyksille päätösseminaarissa joulukuussa 2026 ja julkaistaan Leader-ryhmän ja Maaseutuverkoston verkkosivuilla.
- **Vakiinnuttaminen:** kunnan ja kyläyhdistysten väliset ylläpitosopimukset allekirjoitetaan.

Loka–joulukuussa 2026 hankekoordinaattorin koko työaika käytetään juurruttamiseen, ja sen kuluihin on budjetoitu 5 000 euroa. Hankkeen päätyttyä palvelupisteiden laitteista ja sopimuksista vastaa Vaaranseudun kunnan elinvoimapalvelut, ja kunkin pisteen arkisesta toiminnasta vastaa kylän oma kyläyhdistys, esimerkiksi Ylikylän kyläyhdistys ry.

## 11 Riskit

| Riski | Hallintakeino |
| --- | --- |
| Vapaaehtoisia digitukihenkilöitä ei löydy riittävästi. | Koulutus järjestetään kylillä iltaisin, ja tukituokioita voidaan pitää myös etänä. |
| Tietoliikenneyhteydet ovat heikot. | Yhteyksien laatu tarkistetaan tilakartoituksessa, ja tarvittaessa hankitaan mobiilireititin. |
| Palveluntuottajat eivät sitoudu etäasiointiin. | Ohjausryhmässä on hyvinvointialueen edustaja, ja Kelan kanssa sovitaan etäasioinnin kokeilusta. |

## 12 Viestintä

Viestinnästä vastaa hankekoordinaattori. Asukkaille tiedotetaan kylätalojen ilmoitustauluilla, kyläyhdistysten Facebook-ryhmissä ja paikallislehti Vaaranseudun Viikossa. Kunnan ja palveluntuottajien kanssa viestitään ohjausryhmän kautta. Hankkeen aineistot kootaan Leader Vaaranseutu ry:n verkkosivuille.

Vaaranseudulla 28.11.2024
Anne Korhonen, toiminnanjohtaja, Leader Vaaranseutu ry
"""

with open(os.path.join(KOHDE, NIMI), "w", encoding="utf-8") as f:
    f.write(TEKSTI)
odotettu(NIMI, "hankesuunnitelma", [{"rule": "juurrutus.alkaa-myohaan"}])

from common import *
md = """# Hankehakemus – EURA 2021 -järjestelmästä tulostettu kopio

**Hankkeen nimi:** Polku töihin – osatyökykyisten työkokeilumalli Vesijärven seudulle
**Hakija:** Vesijärven kaupunki, työllisyyspalvelut
**Rahoittaja:** Etelä-Savon ELY-keskus, Uudistuva ja osaava Suomi 2021–2027 (ESR+), toimintalinja 4
**Tulostettu:** 18.9.2025
**Päivämäärä:** xx.xx.2025

---

## 1. Hankkeen tausta ja tarve *

Vastaus:
Vesijärven seudulla oli elokuussa 2025 noin 1 450 työtöntä työnhakijaa, joista työllisyyspalvelujen arvion mukaan runsas kolmannes on osatyökykyisiä. Pitkäaikaistyöttömien osuus on kasvanut vuodesta 2022. Nykyiset työkokeilut ovat usein yksittäisiä, ja niistä puuttuu työpaikalla tapahtuva tuki: kokeilu keskeytyy, jos työnantaja ei tiedä, miten työtehtäviä voisi muokata. Alueen yrityksissä on samaan aikaan pulaa työntekijöistä logistiikassa, kiinteistöhuollossa ja ravintola-alalla.

## 2. Hankkeen tavoitteet *

Vastaus:
Tavoitteenamme on, että osatyökykyiset työnhakijat pääsevät työkokeilun kautta palkkatyöhön tai koulutukseen nykyistä useammin. Lisäksi haluamme, että alueen työnantajat uskaltavat palkata osatyökykyisiä, kun he saavat tukea työtehtävien muokkaamiseen. Kolmanneksi hankkeen myötä työllisyyspalvelujen, TE-palvelujen ja työterveyshuollon yhteistyö osatyökykyisten asioissa paranee.

## 3. Hankkeen kohderyhmät *

Vastaus:
Kohderyhmänä ovat Vesijärven, Kaislalan ja Pitkärannan osatyökykyiset työnhakijat (n. 120 osallistujaa hankkeen aikana) sekä alueen pk-yritykset ja kolmannen sektorin työnantajat (n. 40 työnantajaa). Välillisenä kohderyhmänä ovat työllisyyspalvelujen, TE-palvelujen ja työterveyshuollon työntekijät.

## 4. Toteutus ja toimenpiteet *

Vastaus:
- **Työkokeilupolku:** Osallistuja saa työkokeiluvalmentajan, joka kulkee mukana työpaikalla kokeilun alussa ja tapaa osallistujaa viikoittain. Kokeilun päätteeksi tehdään yhdessä työnantajan kanssa jatkosuunnitelma.
- **Työn muokkaus työnantajan kanssa:** Valmentaja ja työfysioterapeutti käyvät työpaikalla ja ehdottavat tehtäviin muutoksia. Työnantajille järjestetään neljä aamukahvitilaisuutta vuodessa osatyökykyisten palkkaamisesta ja palkkatuesta.
- **Yhteinen palvelukäytäntö:** Työllisyyspalvelut, TE-palvelut ja työterveyshuolto kokoontuvat kuukausittain asiakasyhteistyöpalaveriin ja laativat yhteisen ohjausprosessin kuvauksen.

## 5. Aikataulu *

Vastaus:
Toteutusaika 1.1.2026–31.12.2027.

| Toimenpide | Q1/2026 | Q2/2026 | Q3/2026 | Q4/2026 | 2027 |
|---|---|---|---|---|---|
| Rekrytointi ja työnantajakartoitus | x | | | | |
| Työkokeilupolut | | x | x | x | x |
| Aamukahvitilaisuudet | | x | | x | x |
| Palvelukäytännön kuvaus | | | x | x | x (valmis 6/2027) |

## 6. Kustannusarvio *

Vastaus:
Kokonaisbudjetti 486 000 €, josta henkilöstökulut 392 000 € ja flat rate -kustannukset 94 000 €. Kaupungin kuntarahaosuus on 20 %.

## 7. Seuranta ja arviointi *

Vastaus:
Seuraamme, kuinka moni osallistuja siirtyy kuuden kuukauden kuluessa kokeilun päättymisestä palkkatyöhön tai koulutukseen (tavoite 35 %). Työnantajien osalta lasketaan, kuinka moni mukana ollut työnantaja on palkannut osatyökykyisen työntekijän, ja kerätään palaute aamukahvitilaisuuksista. Viranomaisyhteistyön sujuvuutta arvioidaan kyselyllä palaverien osallistujille hankkeen alussa ja lopussa sekä laskemalla yhteisesti käsiteltyjen asiakkaiden määrä. ESR+-seurantatiedot kerätään osallistujilta aloitus- ja lopetuslomakkeilla.

## 8. Tulokset ja vaikutukset *

Vastaus:
Tuloksena syntyy kuvattu työkokeilupolku, työnantajille suunnattu opas työn muokkaamisesta ja viranomaisten yhteinen ohjausprosessi. Vaikutuksena osatyökykyisten työllisyysaste seudulla nousee ja työkokeilujen keskeytykset vähenevät.

## 9. Hankkeen hallinnointi ja ohjausryhmä

Vastaus:
Hanketta hallinnoi Vesijärven kaupungin työllisyyspalvelut. Hankkeessa työskentelevät projektipäällikkö, kaksi työkokeiluvalmentajaa ja osa-aikainen työfysioterapeutti. Ohjausryhmään kuuluvat edustajat ELY-keskuksesta, TE-palveluista, Vesijärven Työterveys Oy:stä, Vesijärven Yrittäjät ry:stä ja kahdesta kolmannen sektorin järjestöstä.

## 10. Riskit

Vastaus:
Suurimmat riskit ovat työnantajien vähäinen kiinnostus ja osallistujien kokeilujen keskeytyminen terveyssyistä. Työnantajia tavoitetaan yrittäjäjärjestön kautta, ja osallistujille tehdään kokeilun alussa työkykyarvio työterveyshuollossa. Henkilöstön vaihtuvuuteen varaudutaan dokumentoimalla työ yhteiseen järjestelmään.

## 11. Viestintä

Vastaus:
Hanke viestii kaupungin verkkosivuilla, LinkedInissä ja paikallislehdessä. Osallistujien ja työnantajien onnistumistarinoita julkaistaan neljännesvuosittain.

## 12. Tulosten juurruttaminen ja levittäminen *

Vastaus:
Juurruttaminen alkaa jo hakuvaiheessa: työllisyyspalvelujen asiakasohjaajat ovat olleet mukana suunnittelemassa työkokeilupolkua. Hankkeen ensimmäisellä neljänneksellä kerromme mallista kaikille seudun työllisyystoimijoille ja koko hankkeen ajan uutiskirjeessä. Polkua muokataan eri osallistujaryhmille (esimerkiksi mielenterveyskuntoutujat ja tuki- ja liikuntaelinsairaat), ja muokatut versiot testataan. Mallia tarjotaan naapurikuntien työllisyyspalveluille, ja se kuvataan Innokylään sekä esitellään ELY-keskuksen ESR+-verkostopäivillä vuonna 2027. Juurruttamiseen on varattu 15 % projektipäällikön työajasta vuonna 2027.

Tavoitteena on, että työkokeilupolusta tulee hankkeen jälkeen seudun pysyvä tapa järjestää osatyökykyisten työkokeilut. Hankkeen päätyttyä mallin ylläpidosta ja jatkokehittämisestä vastaavat hankkeen projektipäällikkö ja työkokeiluvalmentajat, jotka kokoavat kokemukset loppuraporttiin ja huolehtivat polun kuvauksen päivittämisestä.
"""
open(os.path.join(OUT, 'hs03_polku_toihin_esr.md'), 'w', encoding='utf-8').write(md)
save_json('hs03_polku_toihin_esr', 'hankesuunnitelma', [
  {"rule": "exit.omistaja-hankkeen-sisalla"},
  {"rule": "rakenne.pohjateksti"}])

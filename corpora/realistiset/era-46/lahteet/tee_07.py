"""07: Ammattikorkeakoulun arviointisuunnitelma Markdownina (muistiinpanomainen, vähän otsikoita). Ei havaintoja."""
import os
from apu import KANSIO

TEKSTI = """# Pelikaverit – arviointisuunnitelma

Kaarteen ammattikorkeakoulu (Kaarre-AMK), liikunnan ja hyvinvoinnin TKI-ryhmä, yhdessä Kivilahden kaupungin liikuntapalvelujen kanssa
Hankeaika 1.9.2025–31.12.2027 · versio 0.9 (17.9.2025) · *kommentit ohjausryhmälle 1.10. mennessä*

---

**Mistä on kyse?**

Pelikaverit-hanke etsii ja kokeilee keinoja saada vähän liikkuvat yläkouluikäiset liikkeelle. Kivilahden
Move!-mittauksissa keväällä 2024 noin neljännes 8.-luokkalaisista jäi kestävyyskunnon osalta
terveysriskin rajalle, ja kouluterveyskyselyssä 2023 vain 31 % kertoi liikkuvansa suositusten mukaan.
Hankkeessa AMK:n liikunnanohjaajaopiskelijat ohjaavat kolmessa yläkoulussa välitunti- ja iltapäiväryhmiä,
joissa ei kilpailla eikä mitata suorituksia.

Kohderyhmä: Kivilahden kolmen yläkoulun (Keskuskoulu, Koivurinne, Salmela) 13–15-vuotiaat, joita
liikunta ei nyt kiinnosta tai jotka eivät harrasta mitään. Arvioimme tavoittavamme noin 150 nuorta.
Välillisesti mukana ovat liikunnanopettajat, koulujen nuorisotyöntekijät ja AMK:n opiskelijat (noin 40
opiskelijaa hankkeen aikana).

**Tavoitteet ja miten niitä arvioidaan**

1. Vähän liikkuvat nuoret löytävät itselleen mieluisan tavan liikkua ja liikkuvat viikoittain aiempaa enemmän.
   - Mitä tehdään: opiskelijoiden ohjaamat "Pelikaveri"-ryhmät kaksi kertaa viikossa kussakin koulussa,
     lajit valitaan nuorten toiveista (esim. frisbeegolf, tanssipelit, kuntosali, kävelyfutis).
   - Miten arvioidaan: osallistujamäärät ryhmittäin, nuorten oma liikuntapäiväkirja (mobiili, 2 viikon
     jaksot syksyllä ja keväällä), alku- ja loppukysely liikkumisesta ja liikunnan mieluisuudesta.

2. Nuoret pääsevät itse vaikuttamaan siihen, millaista liikuntaa koulupäivän yhteydessä tarjotaan.
   - Mitä tehdään: jokaiseen kouluun nuorten Pelikaveriraati (5–7 nuorta), joka kokoontuu kerran kuussa ja
     suunnittelee ryhmien lajit ja tapahtumat yhdessä opiskelijoiden kanssa.
   - Miten arvioidaan: raatien kokousten ja nuorten ehdotusten toteutumisen kirjaus, raatilaisten
     ryhmähaastattelut kerran lukuvuodessa.

3. Liikunnanopettajat ja opiskelijat osaavat ohjata vähän liikkuvia nuoria heitä motivoivalla tavalla.
   - Mitä tehdään: kaksi yhteistä koulutusiltapäivää vuodessa opettajille ja opiskelijoille, ohjaustilanteiden
     vertaispalaute (opiskelijat havainnoivat toistensa ohjausta), ohjausvinkkien kokoaminen.
   - Miten arvioidaan: osaamisen itsearviointilomake koulutusten alussa ja lopussa, opiskelijoiden
     oppimispäiväkirjat, opettajien haastattelut hankkeen lopussa.

**Arvioinnin toteutus**

Itsearviointi. Hanketiimi (projektipäällikkö, kaksi lehtoria ja liikuntapalvelujen liikuntasuunnittelija)
pitää puolen vuoden välein oppimiskahvilan, jossa käydään läpi kertynyt tieto ja päätetään, mitä
ryhmissä muutetaan. Jokainen tiimin jäsen kirjoittaa lyhyen kuukausimuistion siitä, mikä toimi ja mikä ei.

Ulkoinen arviointi. Ulkopuoliseksi arvioijaksi on kilpailutettu Tutkimustoimisto Havainto Oy, joka ei
osallistu hankkeen toteutukseen. Se tekee väliarvioinnin syksyllä 2026 ja loppuarvioinnin syksyllä 2027.
Ulkoinen arvioija haastattelee rehtoreita, opettajia ja nuoria ja käyttää lisäksi hankkeen omaa seurantadataa.

Nuorten ääni. Nuoret ovat mukana arvioinnissa kolmella tavalla: kyselyt (alku ja loppu), raatien
ryhmähaastattelut ja "palautepuu" jokaisen ryhmäkerran lopuksi (tarra vihreään, keltaiseen tai punaiseen
oksaan). Huoltajilta kysytään lyhyesti Wilman kautta lukuvuoden lopussa.

Tutkimuslupa haetaan Kivilahden kaupungin sivistystoimelta, ja alle 15-vuotiaiden osallistumisesta kyselyihin
pyydetään huoltajan suostumus.

**Aikataulu**

| Milloin | Mitä |
| --- | --- |
| syys–lokakuu 2025 | alkukysely nuorille, opettajien lähtötilannehaastattelut |
| joulukuu 2025 | 1. oppimiskahvila |
| maalis–huhtikuu 2026 | liikuntapäiväkirjajakso, raatien ryhmähaastattelut |
| kesäkuu 2026 | 2. oppimiskahvila, huoltajien kysely |
| syys–marraskuu 2026 | ulkoinen väliarviointi |
| maalis–huhtikuu 2027 | liikuntapäiväkirjajakso, ryhmähaastattelut |
| syys–lokakuu 2027 | loppukysely, opettajien haastattelut, ulkoinen loppuarviointi |
| joulukuu 2027 | loppuraportti, tulosten julkaisu |

**Mihin arviointitietoa käytetään**

- Oppimiskahviloiden päätökset viedään suoraan ryhmien toimintaan seuraavalle lukukaudelle.
- Ohjausryhmä (AMK, liikuntapalvelut, sivistystoimi, kaksi nuorta) käsittelee väli- ja loppuarvioinnin ja
  tekee niiden pohjalta esityksen jatkosta.
- Tulokset raportoidaan loppuraportissa ja Theseus-julkaisussa, ja niistä kerrotaan Liikunnan ja
  kansanterveyden päivillä sekä kaupungin koulujen liikuntavastaavien tapaamisessa.
- Jatkuvuus: liikuntapalvelujen liikuntasuunnittelija on ollut mukana jo hakemusvaiheesta ja osallistuu
  kaikkiin oppimiskahviloihin. Arviointitiedon perusteella Kivilahden liikuntapalvelujen päällikkö päättää
  keväällä 2027, mitkä ryhmistä siirretään liikuntapalvelujen ja koulujen yhteiseen iltapäivätoimintaan
  hankkeen jälkeen. Ohjausvinkit lisätään AMK:n liikunnanohjaajakoulutuksen opintojaksoon "Soveltava ohjaus".

Yhteyshenkilö: projektipäällikkö Laura Kinnunen, laura.kinnunen@kaarre-amk.fi
"""

with open(os.path.join(KANSIO, "07_arviointisuunnitelma_liikunta.md"), "w", encoding="utf-8") as f:
    f.write(TEKSTI)

# 4: OKM-rahoitteisen lukutaitohankkeen arviointisuunnitelma (.md), epätavalliset otsikot, ei huomautettavaa
import os
from yhteiset import OUT, expected
NAME = '04_okm_lukupolku_arviointisuunnitelma'
T = """# Lukupolku – arviointisuunnitelma

*Hailuodon ja Särkijärven kuntien yhteinen lukutaitohanke, opetus- ja kulttuuriministeriön erityisavustus yleisille kirjastoille. Hanke toteutetaan 1.8.2025–31.7.2027. Versio 2, hyväksytty ohjausryhmässä 9.9.2025.*

## Miksi arvioimme

Lukupolku on kahden pienen kunnan kirjastojen ja alakoulujen yhteinen hanke. Vuoden 2023 kouluterveyskyselyssä vain 29 prosenttia alueen 4.–5.-luokkalaisista kertoi lukevansa vapaa-ajallaan vähintään kerran viikossa, ja kirjastojen lainaus lasten kirjallisuudessa on laskenut vuodesta 2019 lähes viidenneksen. Arvioinnilla haluamme tietää, tavoittavatko kokeilumme ne lapset, jotka eivät nyt lue, ja mitkä toimintatavat kannattaa jättää pysyviksi kirjastojen ja koulujen arkeen.

## Mihin pyrimme

Ensimmäisenä tavoitteena on, että 3.–6.-luokkalaisten lasten lukuinto kasvaa ja vapaa-ajan lukeminen lisääntyy. Keinoina ovat luokkien kirjastovierailut kerran kuukaudessa, lukudiplomin uudistaminen pelilliseksi sovellukseksi ja kirjavinkkarin koulukierrokset. Edistymistä seuraamme oppilaiden lukutottumuskyselyllä sekä lasten lainausmäärillä.

Toisena tavoitteena on, että opettajat ja kirjaston henkilökunta suunnittelevat lukemisen edistämisen yhdessä eikä kukin erikseen. Tätä varten perustetaan kummankin kunnan kouluille ja kirjastolle yhteinen lukutiimi, joka laatii lukuvuosittain yhteisen lukusuunnitelman. Onnistumista arvioidaan lukutiimien itsearvioinnilla ja laadittujen lukusuunnitelmien toteutumisella.

Kolmantena tavoitteena on, että huoltajat saavat keinoja tukea lapsen lukemista kotona. Kirjastot järjestävät perheiden lukuiltoja ja jakavat monikielisiä lukuvinkkejä. Arvioinnissa kysymme huoltajilta lukuiltojen jälkeen, ovatko vinkit olleet käyttökelpoisia ja onko kotona luettu aiempaa enemmän.

## Ketä kuulemme

Tärkeimmät tiedon antajat ovat lapset itse: kahdeksan alakoulun 3.–6.-luokkalaiset (noin 410 oppilasta). Lisäksi kuulemme opettajia, kirjastojen henkilökuntaa ja huoltajia. Lasten vastaaminen on vapaaehtoista, ja huoltajilta pyydetään lupa haastatteluihin.

## Näin keräämme tiedon

| Mitä | Keneltä | Milloin |
| --- | --- | --- |
| Lukutottumuskysely (sama kysely alussa ja lopussa) | oppilaat | syyskuu 2025, huhtikuu 2027 |
| Ryhmähaastattelut, "lukuraati" | 4 oppilasryhmää | marraskuu 2025, marraskuu 2026 |
| Lainaustilastot lasten kirjallisuudesta | kirjastojärjestelmä | kuukausittain |
| Lukutiimien itsearviointi | lukutiimit | toukokuu 2026, toukokuu 2027 |
| Palautekysely | huoltajat | jokaisen lukuillan jälkeen |

Oman seurannan lisäksi hankkeelle tehdään ulkoinen arviointi: Pohjanrannan ammattikorkeakoulun kirjasto- ja tietopalvelualan opiskelijat tekevät opinnäytetyönään arvioinnin siitä, miten lukutiimien yhteistyö on toiminut. Ulkoisen arvioinnin raportti valmistuu kesäkuussa 2027 ennen hankkeen päättymistä.

## Mitä tiedolla tehdään

Kyselyjen ja haastattelujen tulokset käsitellään lukutiimeissä ja ohjausryhmässä lukukausittain, ja toimintaa muutetaan niiden pohjalta: jos esimerkiksi pelillinen lukudiplomi ei innosta poikia, kokeilemme toista tapaa jo seuraavalla lukukaudella. Tulokset raportoidaan opetus- ja kulttuuriministeriölle väli- ja loppuselvityksessä ja kerrotaan kuntien sivistyslautakunnille.

Juurruttamista emme jätä loppuun. Jo hankkeen alussa syyskuussa 2025 molempien kuntien sivistysjohtajat sopivat, että lukutiimi kirjataan koulujen lukuvuosisuunnitelmiin ja kirjastojen toimintasuunnitelmiin lukuvuodesta 2026–2027 alkaen. Hankkeen jälkeen lukutiimien koollekutsujana jatkaa Särkijärven kirjastotoimenjohtaja. Arvioinnin tuloksista koottu lyhyt opas julkaistaan kirjastot.fi-palvelussa muiden pienten kirjastojen käyttöön.

*Yhteyshenkilö: projektisuunnittelija Tiia Lehtola, Särkijärven kunnankirjasto*
"""
open(os.path.join(OUT, NAME + '.md'), 'w', encoding='utf-8').write(T)
expected(NAME, 'arviointisuunnitelma', [])

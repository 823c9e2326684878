from apu import *
T = """# Digiapu lähelle – exit-suunnitelma

*Hanke: Digiapu lähelle (AVI, kirjastojen kehittämisavustus), 1.8.2024–31.7.2026 · Luonnos 2, 12.3.2026*

Hankkeessa on kokeiltu Mäntykosken, Harjulan ja Saarivaaran kirjastoissa ikäihmisille ja maahan muuttaneille suunnattua digitukea: viikoittaisia "digikahviloita", ajanvarauksellista henkilökohtaista opastusta sekä kotikäyntejä liikuntarajoitteisille. Hankkeen aikana digitukea on annettu noin 1 900 kertaa. Tämä suunnitelma kuvaa, miten toiminta jatkuu, kun hankerahoitus päättyy heinäkuun lopussa 2026.

## Mitä jää pysyväksi?

Pysyvään toimintaan on tarkoitus siirtää kolme asiaa:

1. **Digikahvilat** jatkuvat jokaisessa kolmessa kirjastossa kerran viikossa. Ohjaajina toimivat vapaaehtoiset digikaverit, joita hankkeessa on koulutettu 24.
2. **Henkilökohtainen opastus** järjestetään ajanvarauksella kaksi kertaa kuukaudessa. Varaukset tehdään kirjastojen yhteisen ajanvarausjärjestelmän kautta, joka otettiin käyttöön hankkeen aikana.
3. **Digituen materiaalit** (selkokieliset ohjeet pankkitunnuksista, Omakannasta, Kelan asioinnista ja kuvaviestinnästä) jäävät kirjastojen verkkosivuille ja tulostettaviksi.

Kotikäyntejä ei pystytä jatkamaan nykyisessä laajuudessa. Niiden osalta toivotaan, että asia ratkeaa yhteistyössä hyvinvointialueen kanssa.

## Käyttöönotto ja juurruttaminen

Juurruttaminen on aloitettu kevään 2026 aikana. Digikahviloiden ajat on kirjattu kirjastojen syyskauden ohjelmaan, ja vapaaehtoisten koulutusmateriaali on tallennettu kirjastojen yhteiselle Teams-alueelle. Henkilökunnan perehdytystä jatketaan kesäkuussa 2026. Hankkeen loppubudjetista on varattu 4 500 euroa vapaaehtoisten jatkokoulutukseen ja materiaalien painatukseen, ja projektisuunnittelijan työajasta kaksi viimeistä kuukautta on varattu kokonaan siirtotyöhön.

Toiminnan jatkumisesta huolehditaan yhdessä. Kunnat ja järjestöt sopivat yhdessä, miten digikahviloiden tilat ja kahvitarjoilu jatkossa järjestetään, ja vapaaehtoisten tukeminen pyritään hoitamaan osana kirjastojen tavallista toimintaa. Tarvittaessa asioista keskustellaan alueen toimijoiden kesken.

## Hyvien käytäntöjen levittäminen

Toimintamalli kuvataan Innokylään kesäkuussa 2026. Kokemuksista kerrotaan Kirjastopäivillä toukokuussa 2026 sekä maakunnan kirjastojen yhteisessä koulutuspäivässä. Selkokieliset ohjeet julkaistaan avoimesti kirjastojen verkkosivuilla, ja niitä saa vapaasti muokata omiin tarpeisiin. Lisäksi hankkeen loppuseminaari striimataan kirjastojen YouTube-kanavalle.

## Kehittämistyön jatko

Jatkossa digitukea olisi hyvä laajentaa myös työikäisille, joilla on vaikeuksia sähköisessä asioinnissa, esimerkiksi työttömille työnhakijoille. Ideaa on alustavasti pohdittu kunnan työllisyyspalvelujen kanssa, ja uudesta hankehakemuksesta voidaan päättää syksyllä 2026. Myös kotikäyntien ja hyvinvointialueen digituen yhteensovittamista kannattaa jatkokehittää.

## Riskit

- Vapaaehtoisten määrä vähenee, kun hankkeen tuki loppuu.
- Kirjastojen aukioloaikojen supistukset voivat kaventaa digikahviloiden aikoja.
- Materiaalit vanhenevat, kun palvelujen käyttöliittymät muuttuvat.
"""
tallenna_teksti('06_digiapu_exit_suunnitelma.md', T, {"doc_type": "exit-suunnitelma", "findings": [
    {"rule": "exit.ei-omistajaa"},
    {"rule": "exit.ei-seurantaa"}]})

"""s-leader-kylatalo-hakemus.txt – verkkoasioinnin lomaketuloste (label: Vastaus:)."""

TEKSTI = """HANKEHAKEMUS – TULOSTE HAKEMUKSEN TIEDOISTA
Maaseudun kehittämishanke / Leader-rahoitus
Hakemuksen tunnus: 2025-LSS-04417          Hakemuksen tila: Luonnos (ei lähetetty)
Tulostettu 17.3.2025 klo 14.22

Tähdellä (*) merkityt kentät ovat pakollisia.

==================================================================
1. HAKIJA
==================================================================

Hakijan nimi *
Vastaus: Ylä-Koskelan kyläyhdistys ry

Y-tunnus *
Vastaus: 2874113-6

Hakijan yhteyshenkilö *
Vastaus: Pirjo Mäkelä, puheenjohtaja, pirjo.makela@ylakoskela.net, 040 555 0123

Toimintaryhmä, jolle hakemus osoitetaan *
Vastaus: Leader Salmiseutu ry

==================================================================
2. HANKKEEN PERUSTIEDOT
==================================================================

Hankkeen nimi *
Vastaus: Kylätalo kaikille – Ylä-Koskelan kylätalon monikäytön kehittäminen

Hanketyyppi *
Vastaus: Yleishyödyllinen kehittämishanke

Hankkeen alkamispäivä *
Vastaus: 1.6.2025

Hankkeen päättymispäivä *
Vastaus: 31.5.2027

Hankkeen toteutusalue *
Vastaus: Ylä-Koskelan kylä ja lähikylät (Alakoski, Pirttimäki), Salmijärven kunta

==================================================================
3. HANKKEEN SISÄLTÖ
==================================================================

Hankkeen tausta ja tarve *
Vastaus:
Ylä-Koskelan kylätalo on vanha kansakoulu, jonka yhdistys osti kunnalta vuonna 2019. Talo on
kunnossa, mutta sitä käytetään vähän: vuonna 2024 varauksia oli 46, lähes kaikki juhlia tai
yhdistyksen kokouksia. Kylässä asuu noin 310 asukasta, ja heistä noin kolmannes on yli
65-vuotiaita. Samaan aikaan kylään on muuttanut viime vuosina 14 lapsiperhettä, joilla ei ole
talvisin kokoontumispaikkaa. Kyläkyselyssä (syksy 2024, 87 vastaajaa) eniten toivottiin
säännöllistä harrastustoimintaa, lasten kerhoja ja paikkaa etätyölle. Nykyisin varaukset
hoidetaan puhelimitse puheenjohtajan kautta, mikä on hankalaa eikä kukaan tiedä, milloin talo
on vapaana.

Hankkeen tavoitteet *
Vastaus:
1. Kylätalon käyttö monipuolistuu ja käyttötunnit kaksinkertaistuvat.
2. Kylässä on säännöllistä toimintaa kaikenikäisille: lapsille, perheille, työikäisille ja
   ikäihmisille.
3. Kylän yhdistykset (kyläyhdistys, metsästysseura, martat ja nuorisoseura) tekevät yhteistyötä
   yhteisen tapahtumakalenterin kautta.

Hankkeen kohderyhmät *
Vastaus:
Ylä-Koskelan ja lähikylien asukkaat, erityisesti lapsiperheet ja ikäihmiset, sekä kylän
yhdistykset. Välillisesti kylällä käyvät mökkiläiset ja etätyöntekijät.

Toimenpiteet ja toteutustapa *
Vastaus:
- Otetaan käyttöön sähköinen varauskalenteri ja avainboksi, jolloin talon voi varata itse.
- Sisustetaan entinen opettajan asunto etätyö- ja kokoustilaksi (kalusteet, verkkoyhteys).
- Käynnistetään viikoittaiset kerhot: lasten liikuntakerho, perhekahvila ja ikäihmisten
  kuntosalivuoro. Ohjaajina toimivat vapaaehtoiset, ja ostettua ohjausta käytetään alkuun.
- Kootaan yhdistysten yhteinen tapahtumakalenteri ja pidetään kaksi kertaa vuodessa yhdistysten
  yhteinen suunnittelupalaveri.
- Järjestetään neljä kyläiltaa, joissa asukkaat pääsevät vaikuttamaan toimintaan.
- Ohjausryhmän ensimmäinen kokous pidetään xx.xx.2025.

Aikataulu
Vastaus:
Kesä–syksy 2025: varauskalenteri ja avainboksi käyttöön, etätyötilan kalustus.
Syksy 2025 – kevät 2026: kerhot käyntiin, ensimmäinen yhteinen tapahtumakalenteri.
Syksy 2026: kokemusten kokoaminen ja toimintamallin kirjaaminen, naapurikylien tutustumiskäynnit.
Kevät 2027: avoimien ovien päivä toukokuussa, loppuraportti.

Hankkeen tulokset ja vaikutukset *
Vastaus:
Hankkeen jälkeen kylätalo on kylän yhteinen olohuone, jota käytetään arkena eikä vain juhlissa.
Varauskalenteri, kerhot ja yhteinen tapahtumakalenteri jäävät käyttöön. Uskomme, että
toiminta lisää kylän vetovoimaa ja auttaa uusia asukkaita kotiutumaan.

Miten hankkeen tuloksia seurataan ja arvioidaan? *
Vastaus:
Käyttötunteja seurataan varauskalenterin kuukausiraportista (vuonna 2024 noin 190 tuntia,
tavoite 400 tuntia vuodessa). Kerhojen osallistujamäärät kirjataan joka kerta, ja syksyllä 2026
tehdään lyhyt kävijäkysely. Yhdistysten yhteistyötä mitataan yhteisen kalenterin tapahtumien
määrällä ja sillä, kuinka moni yhdistys on mukana yhteisessä suunnittelupalaverissa.

Miten toiminta jatkuu hankkeen päätyttyä? *
Vastaus:
Toimintaa jatketaan hankkeen jälkeen yhteisvoimin talkoilla. Vastuu talon ylläpidosta ja
kerhoista jaetaan kaikkien käyttäjäryhmien kesken, ja vuoroista sovitaan yhdessä. Varauskalenterin
kuukausimaksu katetaan jatkossa vuokratuloilla. Jatkuvuutta on mietitty jo hakuvaiheessa:
kyläillassa 4.3.2025 käytiin läpi, mitkä toiminnat on tarkoitus jättää pysyviksi, ja osa
vapaaehtoisista on jo ilmoittautunut kerhojen ohjaajiksi.

Toimintamallin levittäminen ja hyödyntäminen muualla
Vastaus:
Kirjaamme syksyllä 2026 kylätalon käyttömallin (varaus, avainboksi, kerhojen vuorottelu) lyhyeksi
ohjeeksi. Ohjeesta tehdään myös kevyempi versio kylille, joilla ei ole omaa taloa ja jotka
käyttävät koulun tai seurakunnan tiloja. Naapurikylät Alakoski ja Pirttimäki ovat kertoneet
haluavansa kokeilla varauskalenteria ja vuorottelumallia jo hankkeen aikana, ja heille järjestetään
tutustumiskäynnit syksyllä 2026. Varauskalenteri ja käyttömalli otetaan pysyvään käyttöön
Ylä-Koskelassa.

Tiedottaminen *
Vastaus:
Hankkeesta kerrotaan kylän Facebook-ryhmässä, kyläyhdistyksen verkkosivuilla ja kaupan
ilmoitustaululla. Tuloksista ja käyttömallista kerrotaan Leader Salmiseudun verkkosivuilla ja
uutiskirjeessä sekä Salmijärven kyläparlamentissa. Avoimien ovien päivä toukokuussa 2027 on samalla
hankkeen päätöstilaisuus.

==================================================================
4. KUSTANNUKSET JA RAHOITUS
==================================================================

Kustannusarvio *
Vastaus:
Kalusteet ja laitteet (etätyötila, avainboksi)        6 800 €
Ostopalvelut (kerhojen ohjaus alkuvaiheessa, 80 h)      4 000 €
Varauskalenterin käyttöönotto ja lisenssi 2 vuotta      1 900 €
Tiedotus ja käyttömallin kirjaaminen                    1 200 €
Kyläillat ja avoimien ovien päivä                         900 €
Talkootyö (700 h × 15 €)                               10 500 €
Yhteensä                                               25 300 €

Rahoitussuunnitelma *
Vastaus:
Julkinen tuki 55 %                                     13 915 €
Yksityinen rahoitus 45 %                               11 385 €
  josta talkootyö 10 500 € ja rahana 885 €
Yhteensä                                               25 300 €

Hankkeen toteuttajat ja yhteistyötahot
Vastaus:
Hankkeen toteuttaa Ylä-Koskelan kyläyhdistys ry. Ohjausryhmään kutsutaan kaikkien neljän
yhdistyksen edustajat, yksi nuorten edustaja ja Leader Salmiseudun hankeneuvoja. Kirjanpidon hoitaa
tilitoimisto Salmen Tili Oy.

==================================================================
5. LIITTEET
==================================================================

Liitetyt tiedostot:
- Yhdistyksen säännöt (saannot_2023.pdf)
- Kyläkyselyn yhteenveto (kylakysely_2024.pdf)
- Tarjous: avainboksi ja asennus (tarjous_lukkoliike.pdf)
- Vuosikokouksen pöytäkirjaote 20.2.2025 (hankkeeseen sitoutuminen)

Vakuutan antamani tiedot oikeiksi.
Allekirjoittaja: Pirjo Mäkelä
"""


def rakenna(polku):
    with open(polku, "w", encoding="utf-8") as f:
        f.write(TEKSTI)

"""r2-leader-hankehakemus-kylatalon-energia.txt – hankesuunnitelma, Hyrrä-hakemuksen tekstivienti.
Odotetut havainnot: paikkamerkki xx.xx.2025 jäänyt; riskiosio puuttuu kokonaan; juurruttamiselle ei
ole varhaista ankkuria (kaikki jatkuvuus sijoittuu hankkeen loppuun tai sen jälkeen)."""

TEKSTI = """HYRRÄ – MAASEUDUN TUKIEN ASIOINTIPALVELU
Hakemuksen tiedot (tulostenäkymä)
Tulostettu 28.11.2025

Hakemuksen tyyppi: Kehittämishanke, yleishyödyllinen
Leader-ryhmä: Kehittämisyhdistys Järviseudun Leader ry
Hakemuksen tila: Keskeneräinen

========================================
HANKEHAKEMUS / HANKESUUNNITELMA
Yhteistä energiaa – Rantakylän kylätalon energiansäästö ja naapurikylien malli
========================================

HAKIJAN TIEDOT
Hakijan nimi *: Rantakylän kyläyhdistys ry
Y-tunnus *: 1098772-4
Yhteyshenkilö *: Pertti Launonen, puheenjohtaja
Puhelin *: 040 733 1905
Sähköposti *: pertti.launonen@rantakyla.net
Hallituksen päätös hakea rahoitusta (pvm) *: xx.xx.2025

HANKKEEN PERUSTIEDOT
Hankkeen nimi *: Yhteistä energiaa – Rantakylän kylätalon energiansäästö ja naapurikylien malli
Hankkeen alkamispäivä *: 1.3.2026
Hankkeen päättymispäivä *: 31.8.2027
Toteutusalue *: Rantakylä ja naapurikylät (Kivijärvi, Hakola, Ylämaa)

HANKKEEN TAUSTA JA TARVE *
Vastaus:
Rantakylän kylätalo on vuonna 1952 rakennettu entinen kansakoulu, jota kyläyhdistys on ylläpitänyt
vuodesta 1991. Talossa kokoontuvat kyläyhdistys, eläkeläisten kerho, metsästysseura ja kylän lapsiperheiden
perhekerho, ja sitä vuokrataan juhliin noin 40 kertaa vuodessa. Lämmitys on öljykattilan ja suorasähkön
varassa. Vuonna 2024 lämmityksen ja sähkön kulut olivat 9 870 euroa, kun vuonna 2020 ne olivat 5 420 euroa.
Kulut syövät jo yli puolet yhdistyksen vuosituloista, ja hallitus on joutunut pohtimaan talon
myymistä.

Syyskokouksessa 2025 kyläläiset toivoivat, että talon kuluja yritetään ensin alentaa yhdessä. Samalla
todettiin, että naapurikylien taloilla on samat ongelmat: Kivijärven nuorisoseurantalo ja Hakolan
kylätalo ovat kertoneet vastaavista kustannusten noususta. Kyläyhdistyksillä ei kuitenkaan ole tietoa siitä,
mistä kannattaa aloittaa, eikä varaa palkata asiantuntijaa yksin.

HANKKEEN TAVOITTEET *
Vastaus:
Hankkeen tavoitteet ovat:
1. Kylätalon vuotuinen energiankulutus laskee vähintään 25 % vuoden 2024 tasosta.
2. Kyläläisten tieto kodin ja yhteisten tilojen energiansäästöstä lisääntyy.
3. Naapurikylien yhdistykset saavat käyttöönsä mallin, jolla ne voivat aloittaa oman talonsa
   energiansäästön.

KOHDERYHMÄ *
Vastaus:
Kohderyhmänä ovat Rantakylän noin 380 asukasta ja kylätalon käyttäjäyhdistykset sekä naapurikylien
kyläyhdistykset ja seurantalojen ylläpitäjät (arviolta 6 yhdistystä). Välillisesti hyötyvät talon
vuokraajat ja kunta, jonka kanssa kylätalolla on sopimus äänestyspaikasta.

TOIMENPITEET *
Vastaus:
1) Energiakatselmus: ostetaan kylätalolle energiakatselmus ja kulutusmittaus ulkopuoliselta
   asiantuntijalta. Katselmuksessa selvitetään, mitkä toimet kannattaa tehdä ensin.
2) Säästötoimet talkoilla: tiivistetään ikkunat ja ovet, lisätään yläpohjan eristystä ja asennetaan
   ilmalämpöpumppu sekä etäluettava sähkön- ja lämmönkulutuksen mittaus. Talkoisiin arvioidaan 600 tuntia.
3) Energiaillat: järjestetään neljä avointa energiailtaa kyläläisille (kodin energiansäästö, aurinkopaneelit,
   lämpöpumput, sähkösopimukset). Kylätalolta voi lainata lämpökameraa ja energiamittaria kotiin.
4) Malli naapurikylille: kootaan kokemuksista käyttöopas "Näin säästät seurantalossa", järjestetään
   naapurikylille opintokäynti ja lainataan mittauslaitteistoa niiden taloihin kokeiltavaksi.

AIKATAULU *
Vastaus:
3/2026 energiakatselmus ja mittauksen asennus
4–10/2026 säästötoimet talkoilla
9/2026–2/2027 energiaillat
3–6/2027 käyttöopas, opintokäynti ja laitelainat naapurikyliin
7–8/2027 kulutuksen vertailu, loppuraportti

HANKKEEN TULOKSET JA VAIKUTUKSET *
Vastaus:
Hankkeen tuloksena kylätalon lämmitys- ja sähkökulut laskevat ja talo voidaan pitää kyläläisten käytössä.
Kyläläiset saavat käytännön tietoa oman kotinsa energiansäästöstä. Syntyy käyttöopas, jota muutkin
kylätalot voivat hyödyntää. Yhteiset talkoot vahvistavat kylän yhteisöllisyyttä.

SEURANTA JA ARVIOINTI
Vastaus:
Kylätalon kulutusta seurataan etäluettavalla mittauksella kuukausittain, ja hankkeen lopussa kulutusta
verrataan vuoden 2024 sähkö- ja öljylaskuihin (tavoite –25 %). Energiailloista kerätään osallistujamäärä
(tavoite yhteensä 80 osallistujaa) ja lyhyt palautelomake siitä, mitä osallistuja aikoo kotonaan kokeilla.
Naapurikylien osalta seurataan, kuinka moni yhdistys ottaa oppaan ja mittauslaitteiston käyttöön
(tavoite vähintään kolme yhdistystä). Hallitus käy seurantatiedot läpi kokouksissaan.

TOIMINNAN JATKUVUUS HANKKEEN JÄLKEEN *
Vastaus:
Hankkeen loppuvaiheessa keväällä 2027 kootaan käyttöopas, josta tehdään kaksi versiota: pienille
seurantaloille ja isommille koulurakennuksista muutetuille kylätaloille. Oppaasta ja tuloksista kerrotaan
kylän Facebook-ryhmässä, Leader-ryhmän uutiskirjeessä ja paikallislehdessä sekä avoimessa tulosillassa
kesäkuussa 2027. Naapurikylien yhdistykset kutsutaan opintokäynnille, ja ne voivat lainata
mittauslaitteistoa omiin taloihinsa kokeiltavaksi.

Hankkeen päätyttyä energiankulutuksen seuranta kirjataan kyläyhdistyksen vuosittaiseen
toimintasuunnitelmaan. Seurannasta ja laitteiden lainaamisesta vastaa Rantakylän kyläyhdistys ry:n hallitus,
joka nimeää keskuudestaan energiavastaavan. Oppaan taittoon, tulosiltaan ja opintokäyntiin on
kustannusarviossa varattu 2 400 euroa.

HANKKEEN TOTEUTTAJAT JA YHTEISTYÖKUMPPANIT
Vastaus:
Hankkeen toteuttaa Rantakylän kyläyhdistys ry. Hankkeen vetäjäksi palkataan osa-aikainen
hankekoordinaattori (20 %, 18 kk). Ohjausryhmään kutsutaan kyläyhdistyksen, eläkeläiskerhon ja metsästysseuran
edustajat sekä Leader-ryhmän edustaja. Energiakatselmuksen tekee kilpailutettu
asiantuntijayritys. Talkoita koordinoi kyläyhdistyksen talotoimikunta.

TIEDOTTAMINEN
Vastaus:
Hankkeesta tiedotetaan kylän Facebook-ryhmässä ja ilmoitustaululla, kyläyhdistyksen verkkosivuilla ja
Leader-ryhmän uutiskirjeessä. Paikallislehdelle tarjotaan juttua talkoista ja tuloksista.

KUSTANNUSARVIO *
Vastaus:
Palkat ja sivukulut 7 200 €
Ostopalvelut (energiakatselmus, asennukset) 14 800 €
Tarvikkeet ja materiaalit (eristeet, tiivisteet, mittarit, lämpöpumppu) 11 200 €
Viestintä, opas ja tilaisuudet 2 400 €
Matkat 600 €
Talkootyö (600 h × 15 €) 9 000 €
Kustannukset yhteensä 45 200 €

RAHOITUSSUUNNITELMA *
Vastaus:
Haettava julkinen tuki 75 % 33 900 €
Kyläyhdistyksen rahallinen osuus 2 300 €
Talkootyö 9 000 €
Yhteensä 45 200 €

LIITTEET
- Hallituksen pöytäkirjanote
- Kylätalon energialaskut 2020–2024
- Yhdistyksen säännöt ja tilinpäätös 2024
"""


def rakenna(polku):
    with open(polku, "w", encoding="utf-8") as f:
        f.write(TEKSTI)

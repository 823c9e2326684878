"""05: urheiluseuran pieni Leader-hankesuunnitelma Markdownina; tavoitteet proosana, kysymysotsikot,
lyhyt talousosio, osa otsikoista lihavointeina. Ei havaintoja."""
import os
from apu import KOHDE, odotettu, kirjoita_teksti

NIMI = "05_hankesuunnitelma_kylien-liikunta"

TEKSTI = """# Liikkeelle kylillä – hankesuunnitelma

Salmenkylän Urheilijat ry
Leader Vellamon Kylät ry:n haku, kevät 2026 (hakemuksen liite 1)
luonnos 2.12.2025 / Anu Peltonen

---

## Miksi tätä tarvitaan?

Kaarnajoen kunnan sivukylillä asuu noin 2 100 ihmistä, joista reilut 1 300 on työikäisiä. Lähin kuntosali ja
uimahalli ovat kirkonkylällä, Salmenkylästä ja Vuoskoskelta matkaa tulee 25–30 kilometriä. Kunnan
hyvinvointikertomuksessa (2024) vain noin neljännes työikäisistä kertoi liikkuvansa terveytensä kannalta
riittävästi, ja sivukylillä osuus oli vielä pienempi.

Kyläkoulut suljettiin vuosina 2019 ja 2021. Salit ovat nyt kyläyhdistysten hallinnoimina kylätaloina, mutta
niissä on iltaisin harvoin mitään. Seuran kyselyssä syksyllä 2025 (vastaajia 143) moni sanoi, että liikkuisi,
jos ohjattu ryhmä olisi omalla kylällä eikä tarvitsisi lähteä autolla keskustaan.

## Mitä tavoitellaan

Tavoitteena on, että neljällä kylällä (Salmenkylä, Hiekkaranta, Korpela ja Vuoskoski) on kerran viikossa
ohjattu ja edullinen liikuntaryhmä työikäisille.

Haluamme, että kyläläiset itse ottavat ryhmien vetämisen hoitaakseen, ja siksi hankkeen aikana koulutetaan
vähintään kahdeksan vapaaehtoista ohjaajaa kylien omista asukkaista.

Hankkeen myötä vähän liikkuvien työikäisten, erityisesti miesten, liikunta lisääntyy ja kylien yhteishenki
paranee.

## Kenelle hanke on?

Ensisijaisesti 25–64-vuotiaille kyläläisille, jotka liikkuvat nyt vähän. Erityisesti haluamme tavoittaa
miehet ja vuorotyötä tekevät, jotka eivät ehdi kirkonkylän päiväryhmiin. Toinen kohderyhmä ovat kylien
aktiivit, joista koulutetaan ohjaajia. Ryhmät ovat avoimia kaikille, myös kesäasukkaille.

## Mitä teemme

**Viikoittaiset ryhmät kylätaloilla.** Huhtikuusta 2026 alkaen jokaisella neljällä kylällä on ryhmä kerran
viikossa klo 18–19.30: kahvakuulaa, kehonhuoltoa ja pallopelejä vuorotellen. Ryhmän hinta on 2 euroa kerta tai
20 euroa kausi. Ensimmäisen kauden ohjaa seuran palkkaama liikunnanohjaaja.

**Ohjaajakoulutus.** Syyskuussa 2026 ja tammikuussa 2027 järjestetään kahden viikonlopun ohjaajakoulutus
yhdessä Vellamon Liikunta ry:n kanssa. Koulutuksen jälkeen uudet ohjaajat toimivat ensin apuohjaajina ja
vetävät helmikuusta 2027 alkaen ryhmiä itsenäisesti. Ohjaajille tehdään yhteinen ohjaajakansio, jossa on
valmiit tuntirungot.

**Miehet liikkeelle.** Koska miehet eivät yleensä tule jumppaan, kokeilemme "saunavuoroa liikunnan kautta":
kerran kuussa perjantai-iltaisin sählyä tai lentopalloa ja sen jälkeen kylätalon sauna. Lisäksi kesällä 2026
järjestetään kylien välinen kävelyhaaste ja yhteiset talkoot, joissa kunnostetaan Hiekkarannan kenttä.

## Milloin

Hanke kestää vuoden: 1.3.2026–28.2.2027.

- maalis–huhtikuu 2026: suunnittelu kyläyhdistysten kanssa, ohjaajan palkkaus, alkukysely
- huhtikuu–toukokuu 2026: ensimmäinen ryhmäkausi
- kesä–elokuu 2026: kävelyhaaste, kenttätalkoot, perheliikuntakokeilu
- syys–joulukuu 2026: toinen ryhmäkausi, ohjaajakoulutuksen ensimmäinen viikonloppu
- tammi–helmikuu 2027: koulutuksen toinen viikonloppu, vapaaehtoiset vetävät ryhmiä, loppukysely, jatkosta sopiminen

**Talous**

Kustannusarvio on 48 600 euroa, josta suurin osa on koordinaattorin osa-aikainen palkka (60 %) ja
liikunnanohjaajan palkkiot; ohjaajakoulutukseen on varattu 2 400 euroa. Leader-tukea haetaan 80 % eli
38 880 euroa, ja seuran oma osuus 9 720 euroa katetaan jäsenmaksuista ja talkootyöllä.

## Miten tiedämme onnistuneemme?

- **Ryhmät:** ohjaaja kirjaa osallistujat joka kerta. Tavoite on keskimäärin vähintään 8 osallistujaa
  ryhmäkertaa kohden. Jokaisen kauden lopussa osallistujilta kerätään lyhyt palaute paperilla tai puhelimella.
- **Ohjaajat:** lasketaan koulutetut ohjaajat (tavoite 8) ja se, kuinka moni heistä vetää ryhmää
  helmikuussa 2027. Ohjaajien kanssa pidetään koulutuksen jälkeen palautekeskustelu.
- **Liikunta ja yhteishenki:** osallistujat vastaavat alussa ja lopussa muutaman kysymyksen kyselyyn
  (montako kertaa viikossa liikut, tunnetko kylän muita asukkaita, asteikolla 1–5). Lisäksi seurataan miesten
  osuutta osallistujista (tavoite 40 %) ja saunavuorojen osallistujamääriä.

Koordinaattori kokoaa luvut ohjausryhmälle jokaiseen kokoukseen, ja loppukokouksessa helmikuussa 2027
arvioidaan yhdessä kyläyhdistysten kanssa, mikä kannattaa jatkaa.

## Mitä jää käteen

Hankkeen jälkeen kylillä on toimivat viikkoryhmät, kahdeksan koulutettua omaa ohjaajaa, ohjaajakansio ja
kokemus siitä, miten miehiä saa liikkeelle. Toivomme myös, että kylätalot ovat iltaisin taas käytössä ja että
kyläläiset tuntevat toisensa vähän paremmin.

## Jatko hankkeen jälkeen

Jatkoa on mietitty jo hakuvaiheessa. Kaikki neljä kyläyhdistystä ovat sitoutuneet antamaan kylätalot
ryhmien käyttöön maksutta myös hankkeen jälkeen, ja hankkeen alussa maaliskuussa 2026 sovimme jokaisen kylän
kanssa, kuka kylältä ryhtyy ryhmän yhteyshenkilöksi.

Tuloksista kerrotaan kyläilloissa, seuran vuosikokouksessa ja Kaarnajoen kunnan vapaa-aikalautakunnalle
syksyllä 2026. Kesällä 2026 kokeilemme ryhmästä perheversiota, jossa lapset liikkuvat samassa salissa, ja
Korpelan kylätalolla senioreille sopivaa tuolijumppaa, jotta nähdään, miten malli toimii muille ryhmille.
Naapurikunnan Routasalmen Hirvelän kyläyhdistys on kiinnostunut mallista ja kokeilee omaa ryhmää
helmikuussa 2027 meidän ohjaajakansiomme avulla.

Hankkeen päätyttyä ryhmät jatkuvat Salmenkylän Urheilijat ry:n omana toimintana. Seuran hallitus on
päättänyt, että ryhmät siirtyvät kuntoliikuntajaoston alle, ja niiden jatkumisesta vastaa
kuntoliikuntajaoston puheenjohtaja. Ohjaajien pienet palkkiot maksetaan jaoston budjetista kausimaksuilla.
Koordinaattori käyttää koko hankkeen ajan noin viidenneksen työajastaan jatkon valmisteluun ja uusien
ohjaajien tukemiseen.

### Kuka tekee?

Hanketta hallinnoi Salmenkylän Urheilijat ry. Hankkeeseen palkataan osa-aikainen koordinaattori (60 %) ja
ensimmäiselle kaudelle tuntipalkkainen liikunnanohjaaja. Ohjausryhmään kuuluvat seuran puheenjohtaja, neljän
kyläyhdistyksen edustajat, Kaarnajoen kunnan liikuntasihteeri ja Leader-ryhmän edustaja. Ohjausryhmä
kokoontuu neljä kertaa hankkeen aikana.

### Mitä voi mennä pieleen?

- Ryhmiin ei tule väkeä → mainostetaan henkilökohtaisesti, kokeillaan eri lajeja ja aikoja.
- Vapaaehtoisia ohjaajia ei löydy → pyydetään mukaan jo ensimmäisen kauden aktiivisimpia osallistujia.
- Kylätalon lämmitys tai kunto ei riitä talvella → Vuoskosken ryhmä siirretään tarvittaessa koulun liikuntasaliin.
- Koordinaattori vaihtuu → kaikki sovittu kirjataan ohjaajakansioon ja seuran yhteiseen kansioon.

### Tiedottaminen

Ryhmistä tiedotetaan kylien ilmoitustauluilla, seuran verkkosivuilla ja Facebook-ryhmässä, kyläyhdistysten
WhatsApp-ryhmissä ja Kaarnajoen Sanomien menopalstalla. Hankkeen alussa ja lopussa lähetetään tiedote
paikallislehdelle. Ohjaajakansio julkaistaan seuran verkkosivuilla kaikkien vapaasti käytettäväksi.
"""

kirjoita_teksti(os.path.join(KOHDE, NIMI + ".md"), TEKSTI)
odotettu(os.path.join(KOHDE, NIMI), "hankesuunnitelma", [])
print("ok", NIMI)

"""03: Leader-hankesuunnitelma (.md). Aukot: jatkolle ei nimetä omistajaa (passiivi, "kylän toimijat")
-> exit.ei-omistajaa; juurruttaminen alkaa vasta hankkeen lopulla -> juurrutus.alkaa-myohaan;
työvaihe 2/2027 hankeajan (1.4.2025–31.12.2026) ulkopuolella -> aikataulu.ristiriita."""
from apu import kirjoita_teksti

TEKSTI = r"""
# Hankesuunnitelma – Kylätalo kaikille, Rantasalon kylä

*Leader Järvi-Kairan kehittämishanke • hakija Rantasalon Kyläseura ry • versio 2 (päivitetty 18.2.2025 hallituksen kokouksen jälkeen)*

**Hankkeen toteutusaika:** 1.4.2025–31.12.2026
**Haettava tuki:** 58 400 € (julkinen tuki 80 %), yksityinen rahoitus 14 600 € talkootyönä ja rahana

## Lähtötilanne

Rantasalo on noin 420 asukkaan kylä Järvi-Kairan reunalla. Vuonna 1954 rakennettu nuorisoseurantalo siirtyi
kyläseuralle vuonna 2016, mutta talon käyttö on jäänyt vähäiseksi: vuonna 2024 talolla oli vain 14
tilaisuutta. Talo on kylmä, esteellinen ja sen varauskäytännöt ovat epäselvät. Kyläkyselyssä (syksy 2024, 97
vastaajaa) kolme neljästä vastaajasta toivoi talosta kylän yhteistä olohuonetta, jossa olisi säännöllistä
toimintaa kaikenikäisille.

Kylässä on paljon osaamista ja halua tehdä, mutta toiminta on hajallaan kolmen yhdistyksen (kyläseura,
metsästysseura, Marttayhdistys) välillä, eikä kenelläkään ole kokonaiskuvaa.

## Mitä hankkeella halutaan saada aikaan?

Tavoitteenamme on, että kylätalosta tulee kylän yhteinen olohuone, jota eri ikäiset ja eri yhdistykset
käyttävät viikoittain. Tavoitteet tarkemmin:

1. Talolla on säännöllistä, kaikille avointa toimintaa vähintään kahtena iltana viikossa.
2. Talon käyttö helpottuu: käytössä on sähköinen varauskalenteri ja selkeät käyttösäännöt.
3. Kylän yhdistykset suunnittelevat ja toteuttavat tapahtumia yhdessä.

## Kohderyhmä

Kaikki Rantasalon ja lähikylien asukkaat, erityisesti lapsiperheet ja ikäihmiset, sekä kylän yhdistykset ja
mökkiläiset (noin 250 vapaa-ajan asuntoa).

## Toimenpiteet

**Työvaihe 1 – Avoimet illat ja kerhot (tavoite 1).** Palkataan osa-aikainen kyläkoordinaattori (50 %), joka
käynnistää talolle perhekerhon, senioriliikunnan, nuorten illan ja kuukausittaisen kyläkahvilan.
Vapaaehtoisista kootaan iltavuorolista.

**Työvaihe 2 – Varauskalenteri ja käyttösäännöt (tavoite 2).** Otetaan käyttöön sähköinen varauskalenteri,
laaditaan käyttösäännöt ja hinnasto sekä kootaan avainten luovutuskäytäntö. Tehdään talon
esteettömyyskartoitus.

**Työvaihe 3 – Yhteinen tapahtumakalenteri (tavoite 3).** Yhdistysten edustajista koottu tapahtumatiimi
tapaa neljästi vuodessa ja laatii yhteisen vuosikalenterin. Yhteisiä tapahtumia ovat ainakin
kesätori, syysmarkkinat ja joulupuuro.

## Aikataulu

| Työvaihe | 2025 | 2026 | 2027 |
| --- | --- | --- | --- |
| Koordinaattorin rekrytointi | 4–5/2025 | | |
| Avoimet illat ja kerhot | 9–12/2025 | 1–12/2026 | |
| Varauskalenteri ja säännöt | 6–8/2025 | | |
| Esteettömyyskartoitus ja korjaussuunnitelma | | | 2/2027 |
| Yhteinen tapahtumakalenteri | 8/2025 | 1–11/2026 | |
| Loppuraportti | | 12/2026 | |

## Kustannukset ja rahoitus

Kokonaiskustannukset 73 000 €: henkilöstökulut 44 000 €, ostopalvelut (varausjärjestelmä, esteettömyyskartoitus)
9 500 €, kerhotarvikkeet ja pienhankinnat 6 500 €, talkootyö 13 000 €.

## Seuranta ja mittarit

- Talon käyttökerrat ja kävijämäärät kirjataan varauskalenteriin ja iltavuorolistaan; tavoite vähintään
  80 avointa iltaa vuodessa.
- Varauskalenterin käyttöönotto ja varausten määrä kuukausittain; käyttäjäpalaute kalenterista kerätään
  talon vuokraajilta.
- Yhteisten tapahtumien määrä ja niihin osallistuneiden yhdistysten määrä; tapahtumatiimin muistiot.
- Kyläkysely toistetaan hankkeen lopulla ja verrataan syksyn 2024 tuloksiin.

## Tulokset

Hankkeen päättyessä talolla on vakiintunut viikko-ohjelma, toimiva varauskäytäntö ja yhdistysten yhteinen
vuosikalenteri. Kylän vetovoima paranee, kun uudet asukkaat ja mökkiläiset löytävät yhteisön helpommin.

## Jatkuvuus hankkeen jälkeen

Hankkeen viimeisellä neljänneksellä (loka–joulukuu 2026) kootaan kokemukset ja mietitään, miten toimintaa
jatketaan. Silloin kerrotaan tuloksista kylän Facebook-ryhmässä, kyläseuran verkkosivuilla ja Leader-ryhmän
uutiskirjeessä. Toiminnan muotoja sovitetaan eri ikäryhmille sen mukaan, mikä on toiminut. Mallia esitellään
naapurikylille Järvi-Kairan kylien yhteisessä tapaamisessa marraskuussa 2026, jotta ne voivat kokeilla sitä.
Tavoitteena on, että avoimet illat jatkuvat vapaaehtoisvoimin ja että ne kirjataan pysyvästi kylän
toimintakalenteriin. Jatkon suunnitteluun on budjetoitu henkilöstökuluista noin 3 000 euroa
(viimeisten kolmen kuukauden osa-aikatyö).

Toiminnan jatkamisesta sovitaan myöhemmin kylän toimijoiden kesken, ja vastuita pyritään jakamaan niin,
ettei kenenkään taakka kasva liian suureksi.

## Riskit

Suurin riski on vapaaehtoisten väsyminen. Siksi iltavuoroja jaetaan laajalle joukolle, ja jokaisella
kerholla on kaksi vetäjää. Toinen riski on koordinaattorin vaihtuminen, johon varaudutaan kirjaamalla
käytännöt kylätalon kansioon.

## Hallinnointi ja viestintä

Hankkeen hallinnoijana toimii Rantasalon Kyläseura ry, jonka hallitus toimii hankkeen ohjausryhmänä.
Kirjanpidosta vastaa kyläseuran rahastonhoitaja. Hankkeen tapahtumista tiedotetaan ennen kutakin tapahtumaa
kylän ilmoitustauluilla, Facebook-ryhmässä ja paikallislehti Järvi-Kairan Sanomien menopalstalla.
"""

kirjoita_teksti("03_hankesuunnitelma_leader_kylatalo.md", TEKSTI, {"doc_type": "hankesuunnitelma", "findings": [
    {"rule": "exit.ei-omistajaa"},
    {"rule": "juurrutus.alkaa-myohaan"},
    {"rule": "aikataulu.ristiriita"},
]})

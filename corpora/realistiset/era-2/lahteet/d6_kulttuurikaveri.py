"""r2-exit-suunnitelma-kulttuurikaveri.md – exit-suunnitelma (jatkuvuussuunnitelma), Markdown. Puhdas."""

TEKSTI = """# Kulttuurikaveri Pirkanmaalla – jatkuvuussuunnitelma (exit)

*Versio 2 · 12.9.2025 · laatinut projektipäällikkö Hanna Lehtimäki · käsitelty ohjausryhmässä 18.9.2025*

Kulttuurikaveri Pirkanmaalla on Pirkanmaan Vapaaehtoistyön Keskus ry:n STEA-rahoitteinen hanke
(1.1.2023–31.12.2025). Hankkeessa on koulutettu vapaaehtoisia kulttuurikavereita, jotka lähtevät
yksin asuvan, pienituloisen tai toimintarajoitteisen ihmisen seuraksi konserttiin, teatteriin, museoon
tai kirjaston tapahtumaan. Elokuun 2025 loppuun mennessä koulutettuja kavereita oli 146 ja
kulttuurikäyntejä oli tehty 1 312. Tämä suunnitelma kertoo, mikä toiminnasta jatkuu, kenen vastuulla
ja miten jatkoa seurataan.

## 1. Mikä jää pysyväksi ja kuka siitä vastaa?

Toiminnan ydin – kaverien koulutus, välitys ja vapaaliput – siirtyy 1.1.2026 alkaen kahdelle omistajalle:

- **Tampereen kaupungin kulttuuripalvelut** ottaa kulttuurikaverien välityksen osaksi
  kulttuuripalvelujen yhteisöllisen kulttuurityön tiimiä. Vastuuhenkilö on yhteisöllisen kulttuurityön
  päällikkö **Riikka Salmenkivi**. Kaupunki on varannut vuoden 2026 talousarvioon 0,5 henkilötyövuotta
  koordinaattorin tehtävään ja 4 000 euroa kaverien koulutukseen ja virkistykseen.
- **Pirkanmaan Vapaaehtoistyön Keskus ry** jatkaa kaverien koulutusta kaupungin ulkopuolisissa kunnissa
  osana vapaaehtoistoiminnan perusrahoitustaan. Vastuuhenkilö on toiminnanjohtaja **Jari Pelkonen**.

Käyttöönotto on valmisteltu hankkeen aikana vaiheittain. Kaupungin kulttuurituottaja on toiminut
hankkeen työparina syksystä 2024, ja keväällä 2025 kaupungin puolella on hoidettu jo kolmasosa
välityksistä. Kulttuurilaitosten kanssa on sovittu, että vapaalippukiintiöt (yhteensä 22 laitosta)
jatkuvat kaupungin sopimusten kautta. Välitysrekisteri siirretään kaupungin järjestelmään
joulukuussa 2025, ja tietosuojan siirrosta on tehty erillinen sopimus.

Hankkeessa laaditut materiaalit – kaverikoulutuksen runko, kaverin opas, vapaalippukäytännöt ja
välityslomakkeet – luovutetaan molemmille omistajille muokattavina tiedostoina.

## 2. Tulosten ja hyvien käytäntöjen levittäminen

Kulttuurikaveri-toimintamalli on kuvattu Innokylään (päivitys valmistuu lokakuussa 2025). Levitämme
mallia seuraavasti:

| Kanava | Kenelle | Milloin | Vastuu |
| --- | --- | --- | --- |
| Innokylä ja Vapaaehtoistyön Keskuksen verkkosivut | järjestöt, kunnat | jatkuvasti | Vapaaehtoistyön Keskus |
| Päätösseminaari "Kulttuuri kuuluu kaikille" | kuntien kulttuuritoimet, kulttuurilaitokset | 20.11.2025 | hanke |
| Kulttuurihyvinvoinnin alueverkoston tapaamiset | Pirkanmaan kunnat | 2026 kahdesti | kaupungin kulttuuripalvelut |
| Koulutuspaketti kaverikoulutuksen järjestäjille | muut vapaaehtoiskeskukset | tammikuusta 2026 | Vapaaehtoistyön Keskus |

Lisäksi Sastamalan ja Valkeakosken kulttuuritoimet ovat kokeilleet mallia syksyllä 2025 omilla
paikkakunnillaan, ja niiden kokemukset on lisätty Innokylän kuvaukseen.

## 3. Kehittämistyön jatko

Hankkeen aikana nousi esiin kaksi kehittämistarvetta, joita hanke ei ehtinyt ratkaista:

1. **Kaverit maaseudulle.** Pienissä kunnissa kulttuuritarjontaa on vähän ja matkat ovat pitkiä.
   Vapaaehtoistyön Keskus valmistelee keväällä 2026 yhdessä kolmen kunnan kanssa kokeilua, jossa
   kulttuurikaveri ja kimppakyyti yhdistetään.
2. **Digitaalinen välitys.** Nykyinen välitys tehdään puhelimella ja sähköpostilla. Kaupungin
   kulttuuripalvelut selvittää vuoden 2026 aikana, voiko välityksen liittää kaupungin
   vapaaehtoistoiminnan verkkoalustaan.

## Miten jatkoa seurataan?

Kaupungin kulttuuripalvelut kokoaa vuosittain kulttuurikäyntien, aktiivisten kaverien ja mukana
olevien kulttuurilaitosten määrät ja kerää kaveripalautteen verkkokyselyllä. Tiedot raportoidaan
kulttuuri- ja vapaa-aikalautakunnalle osana kulttuuripalvelujen vuosiraporttia ensimmäisen kerran
keväällä 2027. Vapaaehtoistyön Keskus seuraa omien koulutustensa osallistujamääriä ja raportoi ne
toimintakertomuksessaan. Omistajat tapaavat kerran vuodessa (ensimmäinen tapaaminen marraskuussa
2026) ja arvioivat, onko toiminta jatkunut suunnitellusti.

## Mitä jos jokin ei onnistu?

Suurin riski on kaupungin talous. Jos kulttuuripalvelujen resurssi pienenee, välitys voidaan hoitaa
Vapaaehtoistyön Keskuksen kautta suppeampana, ja tästä varasuunnitelmasta on sovittu molempien
vastuuhenkilöiden kesken.

---
Yhteystiedot: Hanna Lehtimäki, projektipäällikkö (31.12.2025 saakka), hanna.lehtimaki@pirkanmaanvek.fi ·
jatkossa Riikka Salmenkivi, Tampereen kaupunki, ja Jari Pelkonen, Pirkanmaan Vapaaehtoistyön Keskus ry.
"""


def rakenna(polku):
    with open(polku, "w", encoding="utf-8") as f:
        f.write(TEKSTI)

from apu import *
T = """HANKKEEN LOPPURAPORTTI
Leader Kivikko ry – Maaseudun kehittämisohjelma 2023–2027
Tulostettu Hyrrä-asiointipalvelusta 30.9.2025

==============================
1. TAUSTATIEDOT
==============================
Tuensaaja:
Vastaus: Rantakylän Nuorisoseura ry

Hankkeen nimi:
Vastaus: Seurantalo elämään – kylätalon monitoimikäytön kehittäminen

Hankenumero / päätöksen diaarinumero:
Vastaus: Dnro 4471/2023, hanketunnus 229871

Hankkeen toteutusaika:
Vastaus: 1.5.2023–30.4.2025

Toimenpide:
Vastaus: Yhteisöjen kehittämishanke (elävät kylät)

Yritysvaikutukset (yritysryhmähanke):
Vastaus: Ei koske hanketta

Laatimispäivämäärä:
Vastaus: 30.9.2025

==============================
2. HANKKEEN TEEMA JA TAVOITTEET
==============================
Mihin kehittämistarpeeseen hanke vastasi ja mitkä olivat sen tavoitteet?
Vastaus: Rantakylän seurantalo oli ollut vuosia lähes tyhjillään: tilaa käytettiin muutamaan juhlaan vuodessa, ja lämmityskulut söivät seuran talouden. Hankkeen tavoitteena oli tehdä talosta koko kylän olohuone, jossa kokoontuvat kerhot, etätyöläiset ja harrastusryhmät, sekä saada seuralle toimiva vuokrauskäytäntö ja uusia vapaaehtoisia.

==============================
3. HANKKEEN TOTEUTUS
==============================
Mitä hankkeessa tehtiin?
Vastaus: Talon keittiö ja pieni sali varustettiin monitoimikäyttöön (uusi astianpesukone, siirrettävät pöydät, videoneuvontalaitteet), ja taloon avattiin kaksi etätyöpistettä. Syksystä 2023 lähtien talossa on kokoontunut viikoittain seniorijumppa, lasten sirkuskerho ja käsityöpiiri. Vuokrauskalenteri siirrettiin verkkoon, ja kyläläisille järjestettiin kolme avointa ideailtaa.

Vastasiko toteutus suunnitelmaa?
Vastaus: Pääosin. Aurinkopaneelien hankinta jäi pois, koska tarjoukset ylittivät budjetin; tilalle hankittiin ilmalämpöpumppu seuran omalla rahoituksella.

Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?
Vastaus: Vapaaehtoisten väsyminen talkoisiin keväällä 2024. Vastuuta jaettiin tekemällä avaimenhaltijoiden vuorolista.

Miten kustannusarvio toteutui?
Vastaus:

Muu rahoitus:
Vastaus: –

==============================
4. TULOKSET JA VAIKUTTAVUUS
==============================
Miten tavoitteet toteutuivat?
Vastaus: Talon käyttöpäivät nousivat 23:sta (2022) 187:ään vuonna 2024. Seuraan liittyi 31 uutta jäsentä, ja vakituisia avaimenhaltijoita on nyt yhdeksän. Vuokratuotot kattavat lämmityskulut.

Millä tavoin tuloksia arvioitiin?
Vastaus: Käyttöpäivät laskettiin varauskalenterista, ja ideailloissa sekä kyläkyselyssä (vastaajia 64) kerättiin palautetta.

Mitä pysyviä toimintatapoja syntyi?
Vastaus: Verkkovarauskalenteri, avaimenhaltijoiden vuorolista ja vuosittainen ideailta.

Uudet työpaikat / yritykset:
Vastaus: Ei koske hanketta

==============================
5. KEHITYSAJATUKSET
==============================
Kuinka toimintaa jatketaan hankkeen jälkeen?
Vastaus: Seuran hallitus vastaa talon ylläpidosta ja vuokrauksesta. Etätyöpisteitä markkinoidaan kesäasukkaille, ja ensi vaiheessa haetaan kunnan kyläavustusta ikkunaremonttiin.

==============================
6. SUOSITUKSET MUILLE
==============================
Mitä suosittelisitte muille kyläyhdistyksille?
Vastaus: Aloittakaa pienestä ja kysykää kyläläisiltä, mitä he tarvitsevat. Verkkokalenteri ja selkeä avainkäytäntö ratkaisevat yllättävän paljon.

==============================
7. TIIVISTELMÄ (julkaistaan Leader-ryhmän verkkosivuilla, enintään 1000 sanaa)
==============================
Vastaus: Rantakylän Nuorisoseura ry kehitti vuosina 2023–2025 seurantalostaan kylän monitoimitilan. Taloon hankittiin kalusteita ja laitteita, avattiin etätyöpisteet ja käynnistettiin viikoittaiset kerhot. Talon käyttöpäivät kahdeksankertaistuivat ja seura sai uusia jäseniä ja vapaaehtoisia. Verkkovarauskalenteri ja avaimenhaltijoiden vuorolista jäävät pysyviksi käytännöiksi.

==============================
8. YHTEYSTIEDOT
==============================
Yhteyshenkilö:
Vastaus: Puheenjohtaja Kaisa Rinne-Ojala, puh. 050 332 1987, kaisa.rinneojala@rantakyla.net

Raportin hyväksyminen:
Vastaus: Hyväksytty hallituksen kokouksessa 29.9.2025.
"""
tallenna_teksti('05_leader_seurantalo_loppuraportti.txt', T, {"doc_type": "loppuraportti", "findings": [
    {"rule": "raportti.myohassa"},
    {"rule": "rakenne.kysymys-vastaamatta"}]})

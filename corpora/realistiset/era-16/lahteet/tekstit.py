"""Asiakirjat 05 (.md, hankerekisterin sivu) ja 07 (.txt, verkkohakemuksen vienti)."""
from apu import kirjoita_teksti

DOC05 = """# Lahopuuta ja lehtoja – yksityismetsien monimuotoisuus kuntoon

**Rahoittaja:** Keski-Suomen ELY-keskus, Manner-Suomen maaseudun kehittämisohjelma / yhteistyötoimenpide
**Toteuttaja:** Metsänhoitoyhdistys Keski-Suomen Kaarna ry
**Toteutusaika:** 1.4.2025–31.3.2027
**Myönnetty rahoitus:** 184 000 €
**Toimialue:** Jämsä, Kuhmoinen, Luhanka, Joutsa

Keski-Suomen yksityismetsissä on jäljellä vain vähän lahopuuta ja vanhoja lehtokuvioita. Hanke auttaa
metsänomistajia tunnistamaan omista metsistään monimuotoisuuden kannalta arvokkaat kohteet ja
huomioimaan ne hakkuiden suunnittelussa.

Hankkeessa järjestetään metsäretkiä ja iltatilaisuuksia, joissa metsäasiantuntijat ja lajituntijat
kertovat esimerkiksi kääpien, lahopuun ja lehtokasvien merkityksestä. Lisäksi noin 60 metsätilalle
tehdään maksuton luontokartoitus, ja halukkaita neuvotaan METSO-ohjelman ja Helmi-elinympäristöohjelman
tukien hakemisessa.

Hanke tekee yhteistyötä Suomen metsäkeskuksen, Jyväskylän yliopiston ekologian laitoksen ja alueen
luonnonsuojeluyhdistysten kanssa.

**Yhteyshenkilö:** projektipäällikkö Heikki Lappalainen, heikki.lappalainen@kaarna.example, 044 209 5512

*Sivua päivitetty 16.6.2025*
"""

DOC07 = """HANKEHAKEMUS – VIENTI SÄHKÖISESTÄ ASIOINTIPALVELUSTA
Euroopan sosiaalirahasto plus (ESR+) / Etelä-Pohjanmaan ELY-keskus
Hakemustunnus: 318645   Tila: Luonnos   Tallennettu: 27.1.2026

------------------------------------------------------------
1 PERUSTIEDOT
------------------------------------------------------------
Hankkeen nimi *
Vastaus: Töihin omalla kielellä – maahanmuuttaneiden työllistymisen polku Satakunnassa

Hakija *
Vastaus: Porin kaupunki, työllisyyspalvelut

Osatoteuttajat
Vastaus: Satakunnan ammattikorkeakoulu, Sataedu

Hankkeen toteutusaika *
Vastaus: 1.3.2026 - 28.2.2029

------------------------------------------------------------
2 HANKKEEN SISÄLTÖ
------------------------------------------------------------
Hankkeen tausta ja tarve *
Vastaus:
Porin seudulla asuvista vieraskielisistä työikäisistä oli työttömänä vuoden 2024 lopussa noin 28 %, kun
koko väestössä osuus oli 11 %. Työttömistä vieraskielisistä yli puolella on ammatillinen tutkinto tai
pitkä työkokemus lähtömaasta, mutta suomen kielen taito ei vielä riitä tavalliseen työhönottoon.
Samaan aikaan seudun metalli-, hoiva- ja logistiikka-alan yritykset raportoivat jatkuvasta
työvoimapulasta. Kotoutumiskoulutus ja työnhaku etenevät nykyisin peräkkäin, jolloin työhön pääsy
viivästyy usein 2–3 vuodella.

Hankkeen tavoitteet *
Vastaus:
Haluamme lyhentää aikaa, joka maahanmuuttaneelta kuluu ensimmäiseen työpaikkaan. Tavoitteet ovat:
1) 180 vieraskielistä työnhakijaa aloittaa työpaikalla tapahtuvan kielikoulutuksen, ja heistä vähintään
   puolet työllistyy tai jatkaa tutkintokoulutukseen hankkeen aikana.
2) 40 työnantajaa oppii perehdyttämään selkosuomella ja ottamaan vastaan kielitaidoltaan vasta
   kehittyvän työntekijän.
3) Työllisyyspalveluihin syntyy toimintamalli, jossa kielikoulutus ja työssäoppiminen kulkevat
   rinnakkain.

Kenelle hanke on? (kohderyhmät) *
Vastaus:
Välitön kohderyhmä ovat Porin, Ulvilan ja Harjavallan alueella asuvat maahanmuuttaneet työnhakijat,
joiden suomen kielen taito on tasolla A1–A2. Toisena kohderyhmänä ovat alueen pk-yritykset ja
hyvinvointialueen hoivayksiköt, jotka tarvitsevat työvoimaa.

Toimenpiteet *
Vastaus:
Työpaketti 1: Kieli työpaikalla. Työnhakija aloittaa 3–6 kuukauden työkokeilun tai palkkatuetun
jakson, jonka aikana Sataedun opettaja pitää työpaikalla ammattisanastoon keskittyvää kieliopetusta
kahdesti viikossa. Jakson alussa ja lopussa tehdään kielitaidon tasotesti.
Työpaketti 2: Työnantajavalmennus. SAMK järjestää työnantajille ja työpaikkaohjaajille selkosuomen ja
monikulttuurisen perehdytyksen valmennuksia, yhteensä kahdeksan neljän tunnin jaksoa.
Työpaketti 3: Toimintamalli. Kokemukset kootaan työllisyyspalvelujen toimintamalliksi ja
prosessikuvaukseksi.

Aikataulu *
Vastaus:
             2026          2027          2028          2029
TP1          Q2–Q4         Q1–Q4         Q1–Q4         Q1
TP2          Q3–Q4         Q1–Q4         Q1–Q2         -
TP3          -             Q3–Q4         Q1–Q4         Q1
Ohjausryhmän ensimmäinen kokous pidetään xx.xx.2026.

------------------------------------------------------------
3 ORGANISOINTI JA RESURSSIT
------------------------------------------------------------
Hankkeen organisointi
Vastaus:
Hanketta hallinnoi Porin kaupungin työllisyyspalvelut. Henkilöstönä on projektipäällikkö (100 %),
kaksi työvalmentajaa ja osatoteuttajien opettajat. Ohjausryhmään kutsutaan ELY-keskuksen, Satakunnan
yrittäjien, hyvinvointialueen ja maahanmuuttajajärjestö Monikko ry:n edustajat.

Kustannusarvio *
Vastaus:
Kokonaiskustannukset 1 240 000 euroa, josta ESR+-rahoitusta 85 % ja kuntarahaa 15 %. Erittely on
liitteenä olevassa budjettitaulukossa vuosittain.

------------------------------------------------------------
4 TULOKSET, ARVIOINTI JA JATKUVUUS
------------------------------------------------------------
Odotetut tulokset ja vaikutukset *
Vastaus:
Hankkeen myötä vieraskielisten työnhakijoiden työllistyminen nopeutuu ja työnantajien valmius
palkata kielitaidoltaan kehittyviä työntekijöitä paranee. Toimintamalli jää työllisyyspalvelujen
pysyväksi palveluksi.

Miten hankkeen onnistumista seurataan ja arvioidaan? *
Vastaus:
Seuraamme osallistujien määrää, työllistymistä ja koulutukseen siirtymistä kolmen ja kuuden kuukauden
kuluttua jakson päättymisestä. Kielitaidon kehitystä mitataan tasotesteillä jakson alussa ja
lopussa. Valmennuksiin osallistuneilta työnantajilta kerätään palaute ja puolen vuoden kuluttua
seurantakysely siitä, onko yritys palkannut vieraskielisiä työntekijöitä. Toimintamallin
valmistumista seurataan ohjausryhmässä, ja SAMK tekee mallista ulkoisen arvioinnin vuonna 2028.

Tulosten juurruttaminen ja hyödyntäminen hankkeen jälkeen *
Vastaus:
Juurruttaminen ajoittuu hankkeen viimeiselle vuodelle. Vuoden 2028 aikana toimintamallista tehdään
kevyempi versio, joka sopii myös pienille yrityksille ja kolmannen sektorin työpaikoille.
Syksyllä 2028 Ulvilan ja Harjavallan työllisyyspalvelut kokeilevat mallia omien asiakkaidensa kanssa.
Porin kaupungin työllisyyspalvelut ottaa mallin pysyväksi palvelukseen 1.3.2029 alkaen, ja sen
ylläpidosta vastaa työllisyyspäällikkö. Juurruttamiseen on varattu työpaketissa 3 yhteensä
0,5 henkilötyövuotta vuodelle 2028.

Viestintä ja tulosten levittäminen
Vastaus:
Hankkeella on oma sivu Porin kaupungin verkkosivuilla ja se näkyy kaupungin somekanavissa.
Tuloksista viestitään vuodesta 2028 alkaen: toimintamalli kuvataan Innokylään, ja helmikuussa 2029
järjestetään Satakunnan työllisyystoimijoille päätösseminaari.

------------------------------------------------------------
Liitteet: budjettitaulukko.xlsx, kumppanien sitoumukset (3 kpl)
"""

if __name__ == "__main__":
    kirjoita_teksti("05_metsan_monimuotoisuus_hankerekisteri.md", DOC05, {
        "doc_type": None, "findings": [{"rule": "asiakirja.tyyppi-tuntematon"}]})
    kirjoita_teksti("07_toihin_omalla_kielella_hakemus.txt", DOC07, {
        "doc_type": "hankesuunnitelma",
        "findings": [
            {"rule": "rakenne.pohjateksti"},
            {"rule": "rakenne.osio-puuttuu", "target": "riskit"},
            {"rule": "juurrutus.alkaa-myohaan"},
        ]})

"""Dokumentti A: Leader-hankesuunnitelma, otsikot vain lihavoituina riveinä."""
from apu import *


def tee_a(polku):
    d = uusi()
    kappale(d, "HANKESUUNNITELMA – Kylätalo kaikkien olohuoneeksi", lihava=True)
    kappale(d, "Kuusilahden kyläseura ry / Leader Suurten Selkien Pirtti ry:n haku 2026")
    kappale(d, "Luonnos 3.3.2026, versio 2 (kommentit hallitukselta 10.3. mennessä)")

    kappale(d, "Miksi hanketta tarvitaan?", lihava=True)
    kappale(d, "Kuusilahti on noin 340 asukkaan kylä Rautaniemen kunnan pohjoisosassa. Kylän väkiluku on "
              "laskenut vuoden 2015 412 asukkaasta nykyiseen, ja yli 65-vuotiaiden osuus on kasvanut 24 prosentista "
              "31 prosenttiin (Tilastokeskus 2015 ja 2025). Koulu lakkautettiin vuonna 2019, minkä jälkeen vanha "
              "seurantalo on ollut kylän ainoa yhteinen kokoontumispaikka. Talo on kuitenkin auki lähinnä "
              "juhannuksena ja muutamissa tilaisuuksissa vuodessa, koska varauksia hoitaa yksi vapaaehtoinen "
              "puhelimella eikä talossa ole toimivaa nettiyhteyttä.")
    kappale(d, "Kyläillassa 14.1.2026 (paikalla 38 kyläläistä) ja huhtikuussa 2025 tehdyssä kyläkyselyssä "
              "(61 vastaajaa) toivottiin eniten matalan kynnyksen yhteistä tekemistä, paikkaa etätyölle ja "
              "nuorille omaa iltaa. Rautaniemen kunnan vapaa-aikatoimen kanssa on käyty valmisteleva palaveri "
              "5.2.2026, ja kunta on valmis tukemaan talon käyttöä kyläavustuksella, jos toiminta on säännöllistä.")

    kappale(d, "Mitä haluamme saada aikaan", lihava=True)
    kappale(d, "Tavoitteenamme on, että seurantalosta tulee hankkeen aikana viikoittain avoinna oleva "
              "kylän olohuone, jossa on säännöllistä ohjelmaa eri-ikäisille. Haluamme myös, että talon "
              "varaaminen on helppoa kenelle tahansa kyläläiselle tai yhdistykselle ilman, että yksi ihminen "
              "kantaa siitä vastuun. Kolmanneksi tavoitteenamme on, että talkoisiin ja vuorovastaaviksi "
              "saadaan uusia ihmisiä, erityisesti kylään viime vuosina muuttaneita ja nuoria aikuisia.")
    kappale(d, "Pidemmällä aikavälillä hankkeen myötä kyläläisten yksinäisyys vähenee ja kylän vetovoima "
              "paranee, kun talo näkyy elävänä paikkana myös kylään muuttoa harkitseville.")

    kappale(d, "Kenelle hanke on?", lihava=True)
    kappale(d, "Hanke on kaikille Kuusilahden ja lähikylien (Pyöräsalmi, Kotaniemi) asukkaille ja "
              "vapaa-ajan asukkaille. Erityisesti haluamme tavoittaa yksin asuvat ikäihmiset, lapsiperheet "
              "sekä 15–29-vuotiaat, joille kylässä ei nyt ole mitään omaa. Välillisesti hyötyvät kylän muut "
              "yhdistykset (metsästysseura, Marttayhdistys, vanhempainyhdistys), jotka saavat tilan käyttöönsä.")

    kappale(d, "Mitä teemme", lihava=True)
    kappale(d, "Hankkeeseen palkataan osa-aikainen kyläkoordinaattori (50 %), joka rakentaa yhdessä "
              "vapaaehtoisten kanssa talon viikko-ohjelman: tiistaisin avoimet ovet ja kahvila, torstaisin "
              "nuorten ilta, kerran kuussa yhteinen kyläruokailu ja teemailta (esim. digiapua, polkujuoksu, "
              "sienikurssi). Talolle hankitaan valokuituliittymä, kaksi etätyöpistettä ja varauskalenteri, "
              "jota yhdistykset ja kyläläiset voivat käyttää verkossa. Vuorovastaaville järjestetään "
              "perehdytysilta ja kirjalliset avaamis- ja sulkemisohjeet. Talkoopäiviä pidetään keväisin ja "
              "syksyisin, ja niistä tehdään kylän yhteinen perinne.")

    kappale(d, "Aikataulu", lihava=True)
    kappale(d, "Hanke toteutetaan 1.8.2026–31.10.2027.")
    kappale(d, "elo–syyskuu 2026: koordinaattorin rekrytointi, valokuitu ja varauskalenteri käyttöön")
    kappale(d, "syys–joulukuu 2026: viikko-ohjelma käyntiin, vuorovastaavien perehdytys, ensimmäinen talkoopäivä")
    kappale(d, "tammi–toukokuu 2027: ohjelmaa kehitetään palautteen perusteella, naapurikylien vierailuillat")
    kappale(d, "kesä–lokakuu 2027: vastuunsiirto yhdistyksen hallitukselle, kyläseminaari ja loppuraportti")

    kappale(d, "Kustannukset ja rahoitus", lihava=True)
    kappale(d, "Hankkeen kokonaiskustannusarvio on 48 600 €, josta Leader-tukea haetaan 80 % (38 880 €) ja "
              "loppuosa katetaan talkootyöllä (6 200 €) ja kyläseuran omalla rahoituksella (3 520 €). Suurin "
              "kuluerä on koordinaattorin palkka sivukuluineen, 31 400 €; investointeihin (valokuitu, "
              "etätyöpisteet, kalusteet) on varattu 9 800 €.")

    kappale(d, "Kuka tekee ja päättää", lihava=True)
    kappale(d, "Hankkeen hallinnoija on Kuusilahden kyläseura ry, ja hankkeesta vastaa seuran hallitus. "
              "Hankkeelle kootaan ohjausryhmä, johon kuuluvat kyläseuran puheenjohtaja Raili Pennanen, "
              "vanhempainyhdistyksen edustaja, Marttojen edustaja, nuorten edustaja ja Rautaniemen kunnan "
              "vapaa-aikasihteeri Jouni Kärkkäinen. Ohjausryhmä kokoontuu neljä kertaa vuodessa.")

    kappale(d, "Miten arvioimme onnistumista?", lihava=True)
    kappale(d, "Koordinaattori pitää kävijäkirjaa, josta nähdään, kuinka monena päivänä viikossa talo on "
              "ollut auki ja paljonko kävijöitä eri tilaisuuksissa on ollut. Tavoitetasona pidämme, että talo on "
              "syyskuusta 2026 alkaen auki vähintään kahtena päivänä viikossa ja kävijöitä on keskimäärin 15 "
              "kertaa kohden. Varauskalenterista seurataan varausten määrää ja sitä, kuinka moni eri taho on "
              "varannut tilan itse; tavoitteena on vähintään 40 omatoimista varausta hankkeen aikana. Uusien "
              "vapaaehtoisten määrää seurataan vuorovastaavien listasta: vuorovastaavia pitäisi hankkeen lopussa "
              "olla vähintään 12, joista puolet uusia. Keväällä 2027 toistetaan kyläkysely, jossa kysytään myös "
              "yksinäisyyden kokemuksesta ja siitä, onko talon toiminta tuttua. Ohjausryhmä käy seurantatiedot "
              "läpi jokaisessa kokouksessaan.")

    kappale(d, "Mitä hankkeesta jää", lihava=True)
    kappale(d, "Hankkeen tuloksena kylässä on toimiva, viikoittain auki oleva kylätalo, verkossa toimiva "
              "varauskäytäntö, perehdytetty vuorovastaavien porukka ja kirjattu talon käyttöopas. Toivomme, että "
              "toimintamalli kiinnostaa myös muita Suurten Selkien kyliä.")
    kappale(d, "Jatkuvuutta on mietitty jo hakuvaiheessa: kunnan vapaa-aikasihteeri on mukana "
              "valmistelussa, ja varauskalenterin ylläpito sovitaan alusta asti vapaaehtoisten tehtäväksi eikä "
              "koordinaattorin. Hankkeen päätyttyä talon aukiolosta ja varauskalenterista vastaa Kuusilahden "
              "kyläseura ry:n hallitus, joka nimeää keskuudestaan talovastaavan. Rautaniemen kunta on "
              "alustavasti luvannut jatkaa kyläavustusta vuodesta 2028 alkaen, kun toiminta on vakiintunut.")
    kappale(d, "Koordinaattorin työajasta noin viidennes kesä–lokakuussa 2027 on varattu vastuunsiirtoon, "
              "ohjeiden viimeistelyyn ja naapurikylien kanssa tehtävään työhön. Viikko-ohjelmaa muokataan "
              "kyläläisten palautteen mukaan: jos nuoret toivovat toisenlaista iltaa, sitä kokeillaan. "
              "Naapurikylien kyläyhdistykset kutsutaan keväällä 2027 tutustumaan ja kokeilemaan varauskalenteria "
              "omissa taloissaan, ja lokakuussa 2027 pidettävässä kyläseminaarissa malli esitellään Leader-alueen "
              "muille kylille. Käyttöopas julkaistaan Leader-ryhmän ja kyläseuran verkkosivuilla.")

    kappale(d, "Riskit", lihava=True)
    kappale(d, "Suurin riski on vapaaehtoisten väsyminen; siksi vuoroja jaetaan usealle ja "
              "koordinaattori kantaa alkuvaiheen vastuun. Jos koordinaattorin rekrytointi viivästyy, kyläseuran "
              "sihteeri hoitaa käynnistyksen. Valokuitu voi viivästyä urakoitsijan aikataulun takia, jolloin "
              "etätyöpisteet avataan mobiiliyhteydellä.")

    kappale(d, "Tiedottaminen", lihava=True)
    kappale(d, "Viikko-ohjelmasta kerrotaan kylän Facebook-ryhmässä, kyläseuran verkkosivuilla, "
              "kaupan ilmoitustaululla ja neljä kertaa vuodessa jaettavassa paperisessa kyläkirjeessä, jotta "
              "tieto tavoittaa myös ne, jotka eivät käytä somea. Paikallislehti Selkäsanomille tarjotaan juttua "
              "avajaisista syyskuussa 2026.")
    kappale(d, "Yhteyshenkilö: Raili Pennanen, puheenjohtaja, p. 040 771 2093")
    d.save(polku)
    return {"doc_type": "hankesuunnitelma", "findings": []}

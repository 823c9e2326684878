"""05: Kaupungin työllisyyspalvelujen hankesuunnitelma, käsinumeroidut otsikot, muunnettu ODT:ksi.
Virheet: jatkuvuutta suunnitellaan vasta hankkeen loppuvaiheessa; jatkon omistajina vain hankkeen työntekijät."""
from apu import *

d = uusi()
ylatunniste(d, "Kaarnalahden kaupunki / Työllisyyspalvelut", "ESR+-hakemuksen liite: hankesuunnitelma, luonnos 2.10.2025")

kpl(d, "Hankesuunnitelma: Arjen kiinnekohta", lihava=True, koko=16)
kpl(d, "Toteuttaja: Kaarnalahden kaupunki, työllisyyspalvelut. Rahoitus haetaan Euroopan unionin osarahoittamasta "
       "Uudistuva ja osaava Suomi 2021–2027 -ohjelmasta (toimintalinja: sosiaalinen osallisuus). Toteutusaika 1.1.2026–30.6.2027.")

d.add_heading("1. Tausta", level=2)
kpl(d, "Kaarnalahdessa oli elokuussa 2025 noin 780 yli kaksi vuotta työttömänä ollutta työnhakijaa. Moni heistä "
       "ei ole ollut missään palvelussa vuoteen, ja työllisyyspalvelujen asiantuntijat kertovat, että iso osa "
       "asiakkaista elää hyvin yksinäistä arkea. Kaupungissa ei ole matalan kynnyksen paikkaa, johon voisi tulla "
       "ilman ajanvarausta. Kaarnalahden Seudun Työttömät ry:n kahvila suljettiin vuonna 2023 rahoituksen loputtua.")

d.add_heading("2 Tavoitteet ja kohderyhmä", level=2)
kpl(d, "Kohderyhmänä ovat pitkään työttömänä olleet 25–64-vuotiaat kaarnalahtelaiset, erityisesti ne, jotka eivät "
       "tällä hetkellä ole missään palvelussa. Arvioimme tavoittavamme hankkeen aikana noin 60–80 henkilöä. "
       "Välillisesti kohderyhmää ovat työllisyyspalvelujen ja hyvinvointialueen aikuissosiaalityön työntekijät.")
kpl(d, "Hankkeella on kolme tavoitetta:")
kpl(d, "a) Pitkään työttömänä olleet saavat arkeensa säännöllistä tekemistä ja porukan, johon kuulua.")
kpl(d, "b) Osallistujien arjenhallinta ja toimintakyky vahvistuvat niin, että osa heistä siirtyy kuntouttavaan "
       "työtoimintaan, opintoihin tai työhön.")
kpl(d, "c) Kokemusasiantuntijat eli työttömyyttä itse kokeneet vertaisohjaajat ovat mukana toiminnan suunnittelussa ja ohjaamisessa.")

d.add_heading("3 Toteutus", level=2)
kpl(d, "3.1 Olohuone", lihava=True)
kpl(d, "Pääkirjaston alakertaan avataan Olohuone, joka on auki tiistaista torstaihin klo 10–14. Sinne voi tulla "
       "ilman ajanvarausta juomaan kahvia ja juttelemaan. Viikko-ohjelmassa on yhteinen lounaan laitto, "
       "kävelyryhmä ja digitaitojen paja.")
kpl(d, "3.2 Omat polut", lihava=True)
kpl(d, "Ohjaaja tapaa halukkaita myös kahden kesken ja tekee heidän kanssaan suunnitelman seuraavasta askeleesta. "
       "Hän ohjaa tarvittaessa hyvinvointialueen aikuissosiaalityöhön, kuntouttavaan työtoimintaan tai "
       "aikuisopiston lyhytkursseille ja lähtee tarvittaessa mukaan ensimmäiselle käynnille.")
kpl(d, "3.3 Vertaiset", lihava=True)
kpl(d, "Vertaisohjaajia koulutetaan kaksi ryhmää (kevät 2026 ja syksy 2026), yhteensä kahdeksan henkilöä. "
       "Koulutuksen jälkeen he suunnittelevat osan viikko-ohjelmasta ja vetävät ryhmiä työparina ohjaajan kanssa. "
       "Heille maksetaan pieni palkkio.")

d.add_heading("4 Aikataulu", level=2)
taulukko(d, [
    ["Ajankohta", "Mitä tapahtuu"],
    ["1–3/2026", "ohjaajan rekrytointi, tilat kuntoon, Olohuone aukeaa maaliskuussa"],
    ["4–6/2026", "ensimmäinen vertaisohjaajakoulutus, ryhmät käyntiin"],
    ["8–12/2026", "toinen vertaisohjaajakoulutus, yksilöohjaus täydessä vauhdissa"],
    ["1–6/2027", "mallin kokoaminen ja jatkon valmistelu, loppuseminaari kesäkuussa 2027, loppuraportti"],
], leveydet=[3.5, 12.5])
kpl(d, "")

d.add_heading("5 Budjetti", level=2)
kpl(d, "Kokonaisbudjetti on 248 000 €, josta henkilöstökulut (projektikoordinaattori 100 %, ohjaaja 100 %) ovat "
       "196 000 €. Loput kuluvat tiloihin, vertaisohjaajien palkkioihin, koulutuksiin ja materiaaleihin. "
       "Kaupungin omarahoitusosuus on 20 % eli 49 600 €.")

d.add_heading("6 Seuranta ja mittarit", level=2)
viivat(d, [
    "Olohuoneen kävijät: eri henkilöiden määrä ja säännöllisesti (vähintään kerran viikossa) käyvien määrä. "
    "Tavoite 60 eri henkilöä, joista 30 käy säännöllisesti.",
    "Arjen sujuminen: osallistujat tekevät Kykyviisari-itsearvion aloittaessaan ja kuuden kuukauden kuluttua. "
    "Lisäksi seurataan, moniko on siirtynyt kuntouttavaan työtoimintaan, opintoihin tai töihin (tavoite 20 henkilöä).",
    "Vertaisohjaajat: koulutettujen määrä (8) ja heidän vetämiensä ryhmäkertojen määrä. Vertaisohjaajia "
    "haastatellaan kummankin koulutuksen jälkeen ja hankkeen lopussa.",
    "Osallistujien palaute kerätään puolivuosittain lyhyellä kyselyllä ja yhteisellä palaveripäivällä.",
])

d.add_heading("7 Odotetut tulokset", level=2)
kpl(d, "Hankkeen tuloksena Kaarnalahdessa on toimiva matalan kynnyksen kohtaamispaikka, koulutettuja vertaisohjaajia "
       "ja kirjattu toimintamalli siitä, miten pitkään työttömänä olleet saadaan palvelujen piiriin. Pidemmällä "
       "aikavälillä toivomme, että syrjäytymisen riski pienenee ja yhä useampi löytää polun työhön tai opintoihin.")

d.add_heading("8 Jatkuvuus", level=2)
kpl(d, "Hankkeen viimeisellä puolivuotiskaudella tammi–kesäkuussa 2027 kokoamme Olohuoneen toimintamallin "
       "kirjalliseksi kuvaukseksi ja esittelemme sen loppuseminaarissa kesäkuussa 2027. Silloin muokkaamme myös "
       "mallista kevyemmän version alle 30-vuotiaille, joiden tarpeet ovat erilaiset, ja tarjoamme mallia "
       "naapurikuntien työllisyyspalveluille kokeiltavaksi.")
kpl(d, "Tavoitteena on, että Olohuone jatkuu hankkeen jälkeen pysyvänä toimintana. Jatkosta ja mallin "
       "ylläpidosta vastaavat hankkeen projektikoordinaattori ja ohjaaja, jotka valmistelevat jatkoa ja "
       "hakevat toiminnalle tarvittaessa jatkorahoitusta keväällä 2027. Viimeisellä puolivuotiskaudella ohjaajan "
       "työajasta varataan 20 % jatkon valmisteluun.")

d.add_heading("9 Organisointi", level=2)
kpl(d, "Hankkeen hallinnoija on Kaarnalahden kaupungin työllisyyspalvelut. Hankkeessa työskentelevät "
       "projektikoordinaattori ja ohjaaja. Ohjausryhmään kutsutaan työllisyyspalvelujen päällikkö, hyvinvointialueen "
       "aikuissosiaalityön edustaja, kaupunginkirjasto, Kaarnalahden Seudun Työttömät ry ja kaksi kokemusasiantuntijaa. "
       "Ohjausryhmä kokoontuu noin neljä kertaa vuodessa.")

d.add_heading("10 Riskit", level=2)
kpl(d, "Suurin riski on, ettei kohderyhmä löydä Olohuonetta. Siksi työllisyyspalvelujen asiantuntijat kertovat "
       "siitä asiakkailleen, ja mainoksia jaetaan ruoka-avun jakopisteissä. Jos kirjaston tila ei sovi, "
       "varatilana on seurakuntakeskuksen kerhohuone. Henkilöstön vaihtuvuutta vähennetään perehdyttämällä "
       "vertaisohjaajat hyvin.")

d.add_heading("11 Viestintä", level=2)
kpl(d, "Hankkeesta kerrotaan kaupungin verkkosivuilla, kaupungin Facebookissa ja paikallislehti Kaarnalahden "
       "Sanomissa. Toimintamallin kuvaus julkaistaan Innokylässä, ja tuloksia esitellään loppuseminaarissa, johon "
       "kutsutaan myös naapurikuntien työllisyyspalvelut.")

lahde = tallenna(d, "05_hankesuunnitelma_osallisuus.docx", kansio=LAHTEET)
muunna(lahde, "odt")

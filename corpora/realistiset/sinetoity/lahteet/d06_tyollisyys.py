"""s-tyollisyys-jatkuvuussuunnitelma.docx – exit-/jatkuvuussuunnitelma. Toiminnan omistaja hankkeen jälkeen
on nimetty VAIN kelluvassa tekstiruudussa (mc:AlternateContent, wps + VML); muualla vastuut ovat passiivissa."""
from apu import *


def rakenna(polku):
    d = uusi_dokumentti("Jari Heikkilä", "Jatkuvuussuunnitelma – Työkykyä kaikille", pvm(2026, 3, 12))
    d.add_heading("JATKUVUUSSUUNNITELMA", 0)
    kappale(d, "Työkykyä kaikille -hanke (ESR+) · Lakeusjärven kaupunki, työllisyyspalvelut")
    kappale(d, "Versio 1.1 · 12.3.2026 · hyväksytty ohjausryhmässä 10.3.2026")

    otsikko(d, "Lähtökohta", 1)
    tekstiruutu(d, [
        "Vastuut hankkeen jälkeen",
        "Toimintamallin omistaja 1.9.2026 alkaen: työllisyyspalveluiden päällikkö Marja Kettunen, "
        "Lakeusjärven kaupunki.",
        "Työkykykoordinaattorin tehtävä siirtyy työllisyyspalveluiden vakanssiksi "
        "(kaupunginhallitus 9.2.2026 § 41).",
        "Yhteistyösopimuksen hyvinvointialueen kanssa päivittää työllisyyspalveluiden päällikkö "
        "vuosittain.",
    ], nimi="Tekstiruutu 3",
        ankkuriteksti="Työkykyä kaikille -hanke toteutetaan ajalla 1.9.2023–31.8.2026. Hankkeessa on "
                      "kehitetty työllisyyspalveluiden asiakkaille työkyvyn tunnistamisen ja tuen malli, "
                      "jossa työkykykoordinaattori selvittää yhdessä asiakkaan kanssa työkyvyn tilanteen, "
                      "ohjaa tarvittaessa terveystarkastukseen ja kuntoutukseen ja sopii jatkosta "
                      "työllisyysasiantuntijan kanssa. Hankkeen aikana mallin piirissä on ollut 640 "
                      "asiakasta, ja heistä 212:lle on tehty työkykyselvitys.")
    kappale(d, "Suunnitelma kuvaa, mitkä hankkeen tulokset jatkuvat, miten niistä kerrotaan muille ja miten "
               "kehittämistä jatketaan. Suunnitelmaa on valmisteltu koko hankkeen ajan ohjausryhmässä, ja "
               "nyt se on viimeistelty hankkeen viimeistä puolta vuotta varten.")

    otsikko(d, "1 Mitä juurrutetaan", 1)
    luettelo(d, [
        "Työkyvyn puheeksiotto: jokaisen työllisyyspalveluiden asiakkaan kanssa käydään läpi työkyvyn "
        "kysymykset alkuhaastattelussa.",
        "Työkykyselvityksen prosessi yhteistyössä hyvinvointialueen työterveyspalveluiden kanssa "
        "(ajanvaraus suoraan työllisyyspalveluista).",
        "Työkykykoordinaattorin tehtävä osana työllisyyspalveluiden pysyvää henkilöstöä.",
        "Työkykyryhmät (6 tapaamista), joissa asiakkaat käsittelevät omaa työkykyään vertaisryhmässä.",
    ])
    kappale(d, "Puheeksiotto ja työkykyselvityksen prosessi on kirjattu työllisyyspalveluiden "
               "palveluprosessikuvaukseen helmikuussa 2026. Henkilöstöstä 38 työllisyysasiantuntijaa on "
               "koulutettu puheeksiottoon, ja uusien työntekijöiden perehdytykseen lisätään työkykyosio.")

    otsikko(d, "2 Tulosten levittäminen", 1)
    kappale(d, "Malli ja sen materiaalit (puheeksioton kysymyspatteristo, työkykyryhmien ohjaajan opas ja "
               "prosessikaavio) on julkaistu Innokylässä. Keväällä 2026 tuloksista kerrotaan:")
    luettelo(d, [
        "maakunnallisen työllisyysverkoston tapaamisessa 21.4.2026",
        "hankkeen päätöswebinaarissa 20.5.2026 (avoin kaikille, tallenne kaupungin verkkosivuille)",
        "työllisyysalueiden kehittämispäivillä kesäkuussa 2026",
    ])
    kappale(d, "Työkykyryhmien ohjaajan oppaasta on tehty lyhyempi versio järjestöjen ja seurakuntien "
               "työllisyystoimintaan, ja naapurialueen Kantasalmen työllisyysalue kokeilee puheeksiottoa "
               "kahdessa tiimissään kevään 2026 aikana.")

    otsikko(d, "3 Kehittämistyön jatko", 1)
    kappale(d, "Hankkeen jälkeen mallia kehitetään edelleen yhdessä hyvinvointialueen kanssa. Seuraavana "
               "askeleena selvitetään, voidaanko työkykyselvitys tehdä osittain etävastaanottona ja miten "
               "mielenterveyspalveluiden konsultaatio saadaan osaksi prosessia. Asia on mukana "
               "työllisyyspalveluiden kehittämissuunnitelmassa vuosille 2026–2028.")

    otsikko(d, "4 Seuranta hankkeen jälkeen", 1)
    kappale(d, "Mallin käytöstä raportoidaan puolivuosittain kaupungin työllisyysjaostolle vuosina 2026–2027. "
               "Seurattavat tiedot ovat puheeksiottojen määrä, tehtyjen työkykyselvitysten määrä, "
               "työkykyryhmiin osallistuneiden määrä sekä asiakkaiden jatkopolut kolmen kuukauden kuluttua "
               "(työ, koulutus, kuntoutus, eläkeselvitys). Tiedot saadaan asiakastietojärjestelmän "
               "raportista, joka on rakennettu hankkeen aikana.")

    otsikko(d, "5 Resurssit", 1)
    kappale(d, "Hankkeen viimeisen kuuden kuukauden aikana noin 30 % hankehenkilöstön työajasta käytetään "
               "juurruttamiseen: koulutuksiin, prosessikuvausten viimeistelyyn ja materiaalien "
               "julkaisemiseen. Toiminnan jatkamiseen on varattu 62 000 € vuoden 2027 talousarvioon, ja "
               "syys–joulukuun 2026 kulut katetaan työllisyyspalveluiden vuoden 2026 määrärahoista.")
    d.save(polku)

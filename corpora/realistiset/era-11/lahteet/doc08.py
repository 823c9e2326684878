"""08: Exit-suunnitelma, jossa jatkon omistaja ja seuranta on kirjoitettu vain tekstiruutuun. Ei huomautettavaa."""
from apu import *

NIMI = "08_varhaiskasvatuksen_digiasiointi_exit"


def rakenna():
    d = uusi()
    kpl(d, "Rantalan kunta · Kasvatus- ja opetuspalvelut")
    d.add_heading("Hankkeen hallittu päättäminen", 0)
    kpl(d, "Exit-suunnitelma – Varhaiskasvatuksen sähköinen asiointi -kokeilu (valtiovarainministeriön "
           "kuntakokeiluavustus, Dnro VM/882/2025). Kokeilu päättyy 30.4.2026. Käsitelty johtoryhmässä 10.2.2026.")

    d.add_heading("1) Mitä kokeilussa syntyi", 1)
    kpl(d, "Kokeilussa otettiin käyttöön sähköinen varhaiskasvatushakemus, hoitoaikojen ilmoittaminen "
           "mobiilisovelluksella ja sähköinen maksupäätös. Kokeilun lopussa 87 % hakemuksista tehtiin sähköisesti "
           "ja hoitoaikailmoitusten käsittelyyn kuluva aika päiväkodeissa puolittui.")

    d.add_heading("2) Käyttöönotto ja pysyvyys", 1)
    kpl(d, "Sähköinen asiointi siirtyy kokeilusta pysyvään käyttöön 1.5.2026. Paperinen hakemus säilyy "
           "vaihtoehtona niille perheille, jotka eivät voi asioida sähköisesti; asiakasohjaaja auttaa heitä "
           "kunnantalon palvelupisteessä. Päiväkotien johtajat ovat saaneet koulutuksen, ja jokaisessa "
           "päiväkodissa on nimetty digiyhdyshenkilö.")
    tekstiruutu(d, [
        "Vastuut kokeilun jälkeen",
        "Palvelun omistajana toimii 1.5.2026 alkaen Rantalan kunnan varhaiskasvatuksen palvelupäällikkö "
        "Anu Karjalainen, joka vastaa palvelun kehittämisestä ja budjetista. Teknisestä ylläpidosta vastaa kunnan "
        "tietohallinto, ja järjestelmän ylläpitosopimus toimittajan kanssa on jatkettu vuoden 2028 loppuun.",
        "Käyttöönoton seuranta: palvelupäällikkö seuraa sähköisten hakemusten osuutta ja asiakaspalautetta "
        "neljännesvuosittain ja raportoi niistä kasvatus- ja opetuslautakunnalle kaksi kertaa vuodessa "
        "vuoden 2027 loppuun asti.",
    ], saate="Katso tekstiruutu:")
    kpl(d, "Ylläpidon kustannukset (noin 14 000 euroa vuodessa) on sisällytetty varhaiskasvatuksen "
           "talousarvioon vuodesta 2026 alkaen, ja digiyhdyshenkilöille on varattu kaksi tuntia kuukaudessa "
           "työaikaa.")

    d.add_heading("3) Levittäminen", 1)
    kpl(d, "Kokemukset ja toteutuksen kuvaus julkaistaan Innokylässä huhtikuussa 2026. Kokeilu esitellään "
           "Kuntamarkkinoilla syyskuussa 2026 ja Keski-Suomen digitukiverkoston webinaarissa. Naapurikunnat "
           "Myllylä ja Pohjavesi ovat pyytäneet saada hakemuslomakkeen määrittelyt käyttöönsä, ja ne luovutetaan "
           "maksutta.")

    d.add_heading("4) Jatkokehittäminen", 1)
    kpl(d, "Seuraavaksi kehitetään esiopetukseen ilmoittautuminen samaan palveluun syksyn 2026 aikana kunnan omana "
           "kehittämistyönä. Lisäksi selvitetään, voidaanko vuorohoidon vuorolistat tuoda sovellukseen suoraan "
           "työvuorojärjestelmistä. Jatkokehittämisen tarpeet kerätään digiyhdyshenkilöiltä kerran lukukaudessa.")
    d.save(ULOS / f"{NIMI}.docx")
    odotus(NIMI, "exit-suunnitelma", [])

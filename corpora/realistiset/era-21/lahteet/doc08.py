from apu import *

def rakenna(polku):
    d = uusi()
    d.add_heading("Lukuinto Hirvelässä – arviointisuunnitelma", 0)
    d.add_paragraph("Hirvelän kunta, sivistystoimi · Opetushallituksen valtionavustus (perusopetuksen laadun ja tasa-arvon vahvistaminen) · päivitetty xx.xx.2026")

    d.add_heading("1 Hanke lyhyesti", 1)
    d.add_paragraph(
        "Hanke toteutetaan Hirvelän kolmessa alakoulussa 1.8.2025–31.7.2027. PISA- ja kansallisten arviointien tulokset ovat "
        "huolestuttaneet myös meillä: Kansallisen koulutuksen arviointikeskuksen lukutaidon arvioinnissa 2023 Hirvelän "
        "kolmasluokkalaisista 24 prosenttia jäi heikoimmalle tasolle.")

    d.add_heading("2 Mihin hankkeella pyritään?", 1)
    d.add_paragraph(
        "Tavoitteenamme on, että heikoimmalla tasolla olevien oppilaiden osuus pienenee ja että oppilaat lukevat vapaa-ajallaan enemmän. "
        "Lisäksi haluamme, että opettajat käyttävät yhteisesti sovittuja lukutaidon seurannan välineitä, jotta tuki kohdistuu ajoissa.")
    d.add_paragraph(
        "Toiminnassa tämä tarkoittaa viikoittaisia lukuhetkiä, koulukirjaston uudistamista, lukukummeja (eläkeläisvapaaehtoisia) ja "
        "opettajien yhteistä täydennyskoulutusta lukutaidon seulonnasta ja tehostetusta tuesta.")

    d.add_heading("3 Keitä arviointi koskee", 1)
    d.add_paragraph("Arvioinnin kohteena ovat 1.–4.-luokkien oppilaat (noin 310), heidän huoltajansa ja opettajat (22).")

    d.add_heading("4 Arviointimenetelmät ja aineistot", 1)
    lihava(d, "Seulonnat")
    d.add_paragraph(
        "Lukutaidon seulonta (Lukimat-tehtävät) tehdään syyskuussa ja toukokuussa. Seulonnoista nähdään heikoimmalle tasolle "
        "jäävien osuus (tavoite alle 15 % keväällä 2027) sekä se, ovatko kaikki opettajat käyttäneet sovittuja välineitä.")
    lihava(d, "Kyselyt")
    d.add_paragraph(
        "Oppilaille tehdään lyhyt kuvallinen lukuharrastuskysely syksyllä 2025 ja keväällä 2027, ja huoltajilta kysytään "
        "Wilma-kyselyllä lasten vapaa-ajan lukemisesta samoina ajankohtina. Koulukirjaston lainausmääriä seurataan kuukausittain.")
    lihava(d, "Opettajien itsearviointi")
    d.add_paragraph(
        "Opettajat arvioivat omaa osaamistaan ja työtapojen muutosta tiimipalavereissa kerran lukukaudessa. Hankekoordinaattori "
        "kokoaa havainnot.")

    d.add_heading("5 Arviointitiedon hyödyntäminen", 1)
    d.add_paragraph(
        "Tulokset käsitellään koulujen johtoryhmässä jokaisen seulonnan jälkeen, ja tuen kohdentamista muutetaan niiden perusteella. "
        "Jo hankehakemusta valmisteltaessa sivistysjohtaja ja rehtorit sopivat, että seulonnat ja lukuhetket kirjataan kunnan "
        "opetussuunnitelman paikalliseen osaan lukuvuodesta 2027–2028 alkaen. Raportti toimitetaan Opetushallitukselle ja "
        "sivistyslautakunnalle.")
    d.save(polku)

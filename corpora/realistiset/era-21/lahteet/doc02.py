from apu import *

def rakenna(polku):
    d = uusi()
    d.add_heading("Hankesuunnitelma: Kylän muisti – Kurkimäen elävä kuva-arkisto", 0)
    d.add_paragraph("Leader Järvi-Sydän ry, yleishyödyllinen kehittämishanke · Hakija: Kurkimäen kyläyhdistys ry · Luonnos 3.3.2025")

    lihava(d, "Hakijan tiedot")
    p = d.add_paragraph("Hakija: Kurkimäen kyläyhdistys ry, Y-tunnus 1234567-8")
    p = d.add_paragraph("Muut rahoittajat: ")
    sisaltokentta_inline(p, "Muut rahoittajat", None)
    p = d.add_paragraph("Hankkeen toteutusaika: ")
    sisaltokentta_inline(p, "Toteutusaika", "1.5.2025–30.4.2027")

    d.add_heading("Miksi hanke tarvitaan", 1)
    d.add_paragraph(
        "Kurkimäessä asuu noin 540 asukasta, joista yli 65-vuotiaita on 38 prosenttia (vuonna 2010 osuus oli 27 %). Kylän vanha "
        "meijerirakennus kunnostettiin kylätaloksi vuonna 2016, ja sen vintille on vuosien mittaan kertynyt laatikoittain valokuvia, "
        "kirjeitä ja kyläjuhlien käsiohjelmia. Kukaan ei tiedä tarkasti, mitä aineistoa on, ja moni kuvissa esiintyvistä tunnistaa "
        "vain kylän vanhin polvi. Kyläkyselyssä keväällä 2024 (58 vastaajaa) aineiston tallentaminen nousi toiseksi tärkeimmäksi "
        "toiveeksi heti kylätalon esteettömyyden jälkeen.")

    d.add_heading("Tavoitteet", 1)
    d.add_paragraph("Hankkeen tavoitteena on")
    d.add_paragraph("kylätalon ja kyläläisten kotien vanhat valokuvat ja asiakirjat digitoidaan, tunnistetaan ja tallennetaan avoimesti saataville", style="List Number")
    d.add_paragraph("kylän nuoret ja ikäihmiset tekevät yhdessä jotakin konkreettista ja tutustuvat toisiinsa", style="List Number")
    d.add_paragraph("kyläläisten yhteisöllisyys ja ylpeys omasta kylästä ja sen historiasta vahvistuvat", style="List Number")

    d.add_heading("Kohderyhmä", 1)
    d.add_paragraph(
        "Hanke on tarkoitettu kaikille kurkimäkeläisille, mutta erityisesti kylän ikäihmisille, joilla on tieto kuvista, ja "
        "Kurkimäen koulun 5.–6.-luokkalaisille sekä kylän nuorille, jotka osaavat skannata ja käyttää verkkopalveluja. Lisäksi "
        "hyödynsaajia ovat kesäasukkaat ja kylästä poismuuttaneet, jotka voivat selata arkistoa verkossa.")

    d.add_heading("Mitä tehdään ja milloin", 1)
    d.add_paragraph(
        "Kesällä 2025 hankitaan kaksi skanneria ja palkataan osa-aikainen hanketyöntekijä (50 %). Syksystä 2025 alkaen kylätalolla "
        "pidetään joka toinen tiistai digitointipaja, johon koululaiset tulevat kerran kuussa osana valinnaisaineen tunteja. "
        "Ikäihmiset kertovat kuvista, nuoret skannaavat ja kirjaavat tiedot. Kyläläiset voivat tuoda omia kuviaan pajaan. "
        "Kuvat tallennetaan Finna-palveluun paikallismuseon kautta ja kylän omalle verkkosivulle. Talvella 2026 järjestetään "
        "kolme muistelu-iltaa, joissa kuvia heijastetaan seinälle ja niistä keskustellaan kahvin äärellä. Kesän 2026 kyläjuhlilla "
        "pidetään valokuvanäyttely. Keväällä 2027 kootaan pieni painettu kuvakirja ja pidetään päätöstilaisuus.")

    d.add_heading("Budjetti", 1)
    d.add_paragraph("Kokonaiskustannukset ovat 48 600 euroa, josta Leader-tukea haetaan 38 880 euroa ja loppu katetaan talkootyöllä ja kyläyhdistyksen omalla rahalla.")

    d.add_heading("Seuranta ja mittarit", 1)
    d.add_paragraph(
        "Digitoinnin etenemistä seurataan laskemalla skannattujen ja tunnistettujen kuvien määrä; tavoitteena on 2 000 kuvaa, "
        "joista vähintään puolet on tunnistettu ja kuvailtu. Pajoihin osallistuneet kirjataan ikäryhmittäin osallistujalistaan: "
        "tavoitteena on, että vähintään 25 nuorta ja 25 yli 65-vuotiasta on osallistunut vähintään kolmeen pajaan. Tavoitteen 2 toteutumista varten koululaisilta "
        "ja ikäihmisiltä kysytään lopuksi lyhyesti, tutustuivatko he uusiin ihmisiin. Hanketyöntekijä raportoi luvut hallitukselle "
        "puolivuosittain.")

    lihava(d, "Kuka tekee?")
    d.add_paragraph(
        "Hanketta hallinnoi Kurkimäen kyläyhdistys ry. Ohjausryhmään kuuluvat kyläyhdistyksen puheenjohtaja, Kurkimäen koulun rehtori, "
        "paikallismuseon amanuenssi ja kaksi kyläläistä. Kirjanpidon hoitaa yhdistyksen rahastonhoitaja.")
    lihava(d, "Tiedottaminen")
    d.add_paragraph("Pajoista ilmoitetaan kylän ilmoitustaululla, Facebook-ryhmässä ja koulun Wilma-tiedotteissa kuukausittain.")

    d.add_heading("Tulokset", 1)
    d.add_paragraph(
        "Hankkeen jälkeen kylällä on digitoitu ja kuvailtu kuva-arkisto verkossa, kuvakirja sekä toimintatapa, jolla uusia "
        "aineistoja voidaan ottaa vastaan ja digitoida talkoovoimin.")

    d.add_heading("Tulosten juurruttaminen ja levittäminen", 1)
    d.add_paragraph(
        "Jatkoa on mietitty jo hakemusta tehtäessä: kyläyhdistyksen hallitus päätti 12.2.2025, että digitointipajat jatkuvat "
        "hankkeen jälkeen kyläyhdistyksen omana toimintana, ja koulun rehtori on sitoutunut siihen, että yhteistyö jatkuu "
        "valinnaisaineessa. Pajoista ja niiden tuloksista kerrotaan alusta asti kylän Facebook-ryhmässä, verkkosivuilla ja "
        "paikallislehti Järviseudussa. Toimintatapa kootaan ohjeeksi, josta tehdään kaksi versiota: yksi koululle ja yksi "
        "kyläyhdistyksille. Ohje esitellään Leader Järvi-Sydämen kyläiltamassa syksyllä 2026, ja naapurikylät Vehmasjoki ja "
        "Ruokolahti ovat kiinnostuneita kokeilemaan samaa. Hankkeen jälkeen arkiston ylläpidosta vastaa Kurkimäen kyläyhdistys "
        "ry:n hallitus, ja skannerit jäävät kylätalolle. Hanketyöntekijän työajasta on varattu viimeiset kolme kuukautta "
        "ohjeen tekemiseen ja vapaaehtoisten perehdyttämiseen.")
    d.save(polku)

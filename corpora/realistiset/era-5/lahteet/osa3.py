"""Dokumentit E (exit-suunnitelma .docx, puutteita) ja F (exit-suunnitelma, PDF LibreOfficella)."""
from apu import *


def tee_e(polku):
    d = uusi()
    otsikko(d, "Exit-suunnitelma: Nuorten kohtaamo Vinkki", 0)
    kappale(d, "Lamminkosken kunta / AVI:n nuorisotyön kehittämisavustus, hankekausi 1.1.2025–31.12.2026")
    kappale(d, "Laatinut: hankekoordinaattori Jenni Aaltonen, 24.9.2026")

    otsikko(d, "Mitä hankkeessa on kehitetty", 1)
    kappale(d, "Vinkki on 13–25-vuotiaille tarkoitettu matalan kynnyksen kohtaamo, joka on ollut auki "
               "kolmena iltana viikossa kauppakeskuksen tyhjässä liiketilassa. Kohtaamossa voi pelata, "
               "tehdä läksyjä, syödä välipalaa ja jutella aikuisen kanssa ilman ajanvarausta. Vuonna 2025 "
               "kävijäkertoja oli 2 140 ja eri nuoria noin 160. Lisäksi hankkeessa kokeiltiin Discord-"
               "palvelimella toimivaa iltapäivystystä, johon osallistui kerrallaan 5–15 nuorta.")
    kappale(d, "Hankkeen aikana syntyi kolme asiaa, joiden toivomme jäävän elämään: kohtaamon "
               "toimintamalli ohjeineen, vapaaehtoisten nuorten 'vinkkari'-tehtävä sekä yhteinen "
               "lähetekäytäntö koulukuraattorin ja etsivän nuorisotyön kanssa.")

    otsikko(d, "Juurruttaminen ja jatko", 1)
    kappale(d, "Hankekoordinaattori vastaa siitä, että toimintamalli kirjoitetaan auki syys–"
               "lokakuussa 2026 ja että vinkkareiden perehdytysmateriaali päivitetään. Hanke huolehtii "
               "myös siitä, että lähetekäytäntö käydään läpi koulujen oppilashuoltoryhmien kanssa ennen "
               "hankkeen päättymistä.")
    kappale(d, "Juurruttamiseen on varattu hankekoordinaattorin työajasta 30 % syys–joulukuussa "
               "2026, ja loppuvuoden budjetista 1 200 € materiaalien taittoon ja painatukseen.")
    kappale(d, "Kohtaamon toiminnan jatkamisesta päätetään kunnassa syksyn 2026 aikana "
               "talousarviokäsittelyn yhteydessä. Tavoitteena on, että kohtaamo olisi auki ainakin kahtena "
               "iltana viikossa myös vuonna 2027. Discord-päivystystä jatketaan, jos siihen löytyy "
               "ohjaajia.")
    kappale(d, "Jatkokehittämisen ideoita on kertynyt nuorilta: kesäajan aukiolo, liikunnallinen ilta "
               "koulun salissa ja yhteistyö seurakunnan nuorisotyön kanssa. Näitä voidaan hakea "
               "toteutettavaksi uudella avustuksella.")

    otsikko(d, "Tulosten levittäminen", 1)
    kappale(d, "Toimintamalli julkaistaan Innokylässä ja kunnan verkkosivuilla joulukuussa 2026. "
               "Hankekoordinaattori esittelee Vinkin Varsinais-Suomen nuorisotyön kehittämispäivällä "
               "lokakuussa 2026, ja kokemuksista kirjoitetaan juttu Nuorisotyö-lehteen. Naapurikuntien "
               "nuorisotyöntekijöitä on kutsuttu tutustumaan kohtaamoon marraskuussa.")
    d.save(polku)
    return {"doc_type": "exit-suunnitelma", "findings": [
        {"rule": "exit.omistaja-hankkeen-sisalla"},
        {"rule": "exit.ei-seurantaa"},
    ]}


def tee_f_lahde(polku):
    d = uusi()
    otsikko(d, "Jatkuvuussuunnitelma", 0)
    kappale(d, "Kulttuurikaverit Hietasalossa -hanke (Taiteen edistämiskeskus, kulttuurihyvinvoinnin "
               "kehittämisavustus), Hietasalon kulttuuriyhdistys ry ja Hietasalon kunta")
    kappale(d, "Versio 2, 12.10.2026. Hanke päättyy 31.12.2026.")

    otsikko(d, "1. Mitä jatkuu?", 1)
    kappale(d, "Hankkeessa koulutettiin 34 vapaaehtoista kulttuurikaveria, jotka lähtevät ikäihmisen tai "
               "mielenterveyskuntoutujan seuraksi konserttiin, teatteriin, näyttelyyn tai kirjastoon. "
               "Kahden vuoden aikana kaverikäyntejä kertyi 412. Toimintamalli, kaverien koulutusrunko ja "
               "kunnan kulttuuritoimen kanssa sovittu ilmaislippukäytäntö jäävät pysyviksi.")

    otsikko(d, "2. Käyttöönotto ja vastuut hankkeen jälkeen", 1)
    kappale(d, "Kulttuurikaveritoiminta siirtyy 1.1.2027 alkaen Hietasalon kunnan vapaa-aikapalvelujen "
               "pysyväksi toiminnaksi. Toiminnasta vastaa kulttuurisihteeri Mirja Kettunen, joka "
               "koordinoi kaveripyynnöt ja yhteistyön kulttuuritoimijoiden kanssa. Vapaaehtoisten "
               "virkistyksestä ja uusien kaverien rekrytoinnista vastaa edelleen Hietasalon "
               "kulttuuriyhdistys ry, jonka kanssa kunta tekee yhteistyösopimuksen.")
    kappale(d, "Kunta on varannut vuoden 2027 talousarvioon toimintaan 5 000 euroa (lippuja, matkakuluja "
               "ja kaverien koulutusta varten), ja kulttuurisihteerin työajasta noin 20 % on kohdennettu "
               "kulttuurikaveritoimintaan. Hankkeen viimeisinä kuukausina hankekoordinaattori ja "
               "kulttuurisihteeri tekevät työtä rinnakkain, jotta kaveripyyntöjen käsittely siirtyy "
               "sujuvasti.")
    taulukko(d, [
        ("Tehtävä", "Vastuutaho 2027 alkaen", "Resurssi"),
        ("Kaveripyyntöjen vastaanotto ja välitys", "Hietasalon kunta, kulttuurisihteeri", "20 % työajasta"),
        ("Vapaaehtoisten rekrytointi ja virkistys", "Hietasalon kulttuuriyhdistys ry", "Yhdistyksen hallitus, talkootyö"),
        ("Ilmaisliput ja yhteistyösopimukset", "Hietasalon kunta, vapaa-aikapalvelut", "5 000 € / v"),
    ])
    kappale(d, "")

    otsikko(d, "3. Miten seuraamme jatkoa", 1)
    kappale(d, "Kulttuurisihteeri kirjaa kaverikäynnit ja raportoi vapaa-aikalautakunnalle kaksi "
               "kertaa vuodessa (kesäkuu ja joulukuu) vuosina 2027–2028. Yhdistys kerää vapaaehtoisilta "
               "palautteen syksyisin. Jos kaverikäyntien määrä putoaa alle 100 käynnin vuodessa, "
               "lautakunta ja yhdistys käyvät yhdessä läpi syyt.")

    otsikko(d, "4. Hyvien käytäntöjen levittäminen", 1)
    kappale(d, "Toimintamalli ja koulutusrunko on julkaistu Kulttuurihyvinvoinnin verkkosivuilla ja "
               "Innokylässä. Hanke esitteli mallin Savon kulttuurihyvinvointiseminaarissa syyskuussa 2026, "
               "ja naapurikunnista Ruokolahdelle ja Kangasvedelle on tarjottu maksutonta perehdytystä "
               "kaveritoiminnan aloittamiseen.")

    otsikko(d, "5. Kehittämistyön jatko", 1)
    kappale(d, "Jatkossa toimintaa on tarkoitus laajentaa lapsiperheisiin perhepalvelujen kanssa. "
               "Kulttuurisihteeri valmistelee kevään 2027 aikana yhdessä perhepalvelujen kanssa "
               "kokeilun, jossa kulttuurikaveri voi lähteä mukaan myös perheen retkelle. Kokeiluun haetaan "
               "rahoitusta Taiteen edistämiskeskukselta.")
    d.save(polku)
    return {"doc_type": "exit-suunnitelma", "findings": []}

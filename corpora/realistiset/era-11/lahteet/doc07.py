"""07: Hankesuunnitelman liite, joka on itse arviointisuunnitelma. Tavoitetaulukossa yhdistetty solu ja
solun sisäinen taulukko (mittarit vain sisätaulukossa). Lopussa tyhjä palautelomake liitteenä. Ei huomautettavaa."""
from apu import *

NIMI = "07_okm_yhteisopinnot_arviointisuunnitelma_liite"


def rakenna():
    d = uusi()
    kpl(d, "LIITE 2 hankesuunnitelmaan ”Yhteiset polut – lukion ja ammatillisen koulutuksen yhteisopinnot Harjulan seudulla”")
    d.add_heading("Hankkeen arviointisuunnitelma", 0)
    kpl(d, "Opetus- ja kulttuuriministeriön erityisavustus toisen asteen koulutuksen kehittämiseen · laadittu 20.1.2026")

    lihava(d, "1  Tausta, tavoitteet ja kohderyhmä")
    kpl(d, "Harjulan lukio ja Harjulan seudun ammattiopisto Virta toteuttavat hankkeen 1.2.2026–31.7.2027. "
           "Hankkeessa rakennetaan yhteisopintojen tarjotin, jonka kautta lukiolainen voi suorittaa ammatillisia "
           "tutkinnon osia ja ammattiopiston opiskelija lukion kursseja. Arviointi kohdistuu hankkeen kolmeen "
           "tavoitteeseen, jotka on esitetty alla olevassa taulukossa menetelmineen ja mittareineen.")
    kpl(d, "Kohderyhmänä ovat molempien oppilaitosten opiskelijat (noin 900 lukiolaista ja 1 400 ammattiopiston "
           "opiskelijaa), heidän opettajansa ja opinto-ohjaajansa sekä huoltajat.")

    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Tavoite"
    t.cell(0, 1).text = "Toimenpiteet"
    t.cell(0, 2).text = "Arviointi ja mittarit"
    t.cell(1, 0).text = "1. Yhä useampi opiskelija valitsee opintoja toisesta oppilaitoksesta."
    t.cell(1, 1).text = "Yhteisopintojen tarjotin Wilmaan, opinto-ohjaajien yhteiset infot, lukujärjestysten yhteensovitus."
    t.cell(2, 0).text = "2. Opiskelijat kokevat yhteisopinnot mielekkäiksi ja suorittavat ne loppuun."
    t.cell(2, 1).text = "Opintojen pilotointi syksyllä 2026, opiskelijapaneelit."
    t.cell(3, 0).text = "3. Opettajien yhteistyö oppilaitosten välillä vakiintuu."
    t.cell(3, 1).text = "Opettajatiimit, yhteiset suunnittelupäivät, yhteinen arviointiohje."
    # Yhdistetty solu: arviointisarake riveille 1–2 yhtenä soluna, jonka sisällä oma taulukko
    yhd = t.cell(1, 2).merge(t.cell(2, 2))
    yhd.text = "Tavoitteille 1 ja 2 yhteiset mittarit:"
    sisa = yhd.add_table(rows=3, cols=2)
    sisa.style = "Table Grid"
    sisa.cell(0, 0).text = "Mittari"
    sisa.cell(0, 1).text = "Lähtötaso → tavoite"
    sisa.cell(1, 0).text = "Toisen oppilaitoksen opintoja valinneiden opiskelijoiden määrä (Wilma-raportti)"
    sisa.cell(1, 1).text = "38 → 150 opiskelijaa"
    sisa.cell(2, 0).text = "Aloitettujen yhteisopintojen suoritusaste ja opiskelijapalautteen keskiarvo"
    sisa.cell(2, 1).text = "suoritusaste 85 %, palaute vähintään 4/5"
    t.cell(3, 2).text = ("Opettajakysely hankkeen alussa ja lopussa; yhteisesti suunniteltujen opintojaksojen "
                         "määrä (tavoite 12).")

    lihava(d, "2  Arvioinnin menetelmät ja tiedonkeruu")
    kpl(d, "Arviointi koostuu itsearvioinnista ja ulkoisesta arvioinnista. Itsearvioinnin toteuttaa hankkeen "
           "projektiryhmä: se käy läpi mittaritiedot jokaisen jakson päätteeksi ja kirjaa havainnot "
           "arviointipäiväkirjaan. Ulkoisen arvioinnin tekee Harjulan yliopiston koulutuksen tutkimuslaitos, "
           "joka haastattelee opiskelijoita, opettajia ja rehtoreita ja laatii arviointiraportin.")
    kpl(d, "Opiskelijoiden ääni kuuluu arvioinnissa kolmella tavalla: jokaisen yhteisopintojakson lopussa "
           "kerätään sähköinen palaute (liite A), molempien oppilaitosten opiskelijakunnat järjestävät "
           "opiskelijapaneelin kerran lukukaudessa, ja ulkoinen arvioija haastattelee kahta opiskelijaryhmää.")

    lihava(d, "3  Aikataulu")
    taulukko(d, [
        ["Ajankohta", "Tiedonkeruu"],
        ["helmi–maaliskuu 2026", "lähtötaso: Wilma-raportti, opettajakysely"],
        ["joulukuu 2026", "syksyn pilottijaksojen palaute, opiskelijapaneelit"],
        ["touko–kesäkuu 2027", "loppukysely opettajille, ulkoisen arvioijan haastattelut, raportti 30.6.2027"],
    ])

    lihava(d, "4  Miten arviointitietoa käytetään")
    kpl(d, "Projektiryhmä raportoi arvioinnin tulokset ohjausryhmälle joka lukukauden lopussa, ja tarjotinta "
           "muutetaan palautteen perusteella ennen seuraavaa valintajaksoa. Ulkoisen arvioinnin raportti "
           "julkaistaan oppilaitosten verkkosivuilla ja esitellään OKM:n toisen asteen kehittämisverkoston "
           "seminaarissa.")
    kpl(d, "Tulosten juurruttaminen on otettu huomioon jo hankkeen valmistelussa: oppilaitosten johtoryhmät ovat "
           "sopineet, että yhteisopintojen tarjotin kirjataan molempien oppilaitosten opetussuunnitelmiin "
           "keväällä 2027. Arviointitieto on tämän päätöksen perusta, ja siitä vastaavat oppilaitosten rehtorit.")

    lihava(d, "Liite A: Yhteisopintojakson palautelomake (täytetään jakson lopussa)")
    taulukko(d, [
        ["Kysymys", "Vastaus"],
        ["Mikä oli jakson nimi?", ""],
        ["Kuinka mielekkääksi koit jakson? (1–5)", ""],
        ["Mikä jaksossa toimi hyvin?", ""],
        ["Mitä muuttaisit?", ""],
        ["Suosittelisitko jaksoa kaverille?", "☐ kyllä  ☐ ei"],
    ])
    kpl(d, "Nimi (vapaaehtoinen): ______________________   Päivämäärä: ___.___.20___")
    d.save(ULOS / f"{NIMI}.docx")
    odotus(NIMI, "arviointisuunnitelma", [])

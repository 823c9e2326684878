from osa1_apu import *

def doc3():
    """Kirjaston exit-suunnitelma -> .odt; jatkovastuut vain taulukon Vastuutaho-sarakkeessa."""
    d = Document()
    h(d, "Kirjasto kulkee – exit-suunnitelma", 0)
    p(d, "Halmejoen kaupunginkirjasto · kirjastojen kehittämishanke (AVI, yleisten kirjastojen kehittämisavustus) · hankeaika 1.3.2025–28.2.2027")
    p(d, "Päivitetty 19.11.2026, käsitelty ohjausryhmässä 25.11.2026")
    boldline(d, "Mitä hankkeessa syntyi")
    p(d, "Hankkeessa kirjastoauto muutettiin kiertäväksi digituki- ja asiointipisteeksi, joka pysähtyy viikoittain "
         "yhdeksällä kylällä. Syntyneet käytännöt ovat digitukivuorot kirjastoautossa, kylien ikäihmisille suunnatut "
         "”Kysy kirjastosta” -asiointitunnit yhdessä Kelan ja kaupungin asiakaspalvelun kanssa sekä vapaaehtoisten "
         "digikaverien rinkimalli.")
    h(d, "Käyttöönotto ja pysyvyys", 1)
    p(d, "Digitukivuorot on jo nyt kirjattu kirjastoauton reittiaikatauluun keväälle 2027, eli ne jatkuvat ilman "
         "katkosta hankkeen päättyessä. Asiointitunteja jatketaan kuukausittain. Digikaverien rinki siirtyy kansalaisopiston "
         "vapaaehtoistoiminnan yhteyteen. Pysyvyyttä tukee se, että kirjaston vuoden 2027 talousarvioon on varattu "
         "6 000 euroa digitukilaitteisiin ja kirjastoautohenkilöstön työajasta 10 tuntia viikossa digitukeen. "
         "Alla on sovittu, kuka vastaa mistäkin.")
    table(d, [["Käytäntö", "Mitä tehdään", "Vastuutaho", "Alkaen"],
              ["Digitukivuorot kirjastoautossa", "2 h jokaisella pysäkillä, viikoittain", "Halmejoen kaupunginkirjasto, kirjastoautopalvelujen esihenkilö Tero Laaksonen", "1.3.2027"],
              ["”Kysy kirjastosta” -asiointitunnit", "kerran kuussa kolmella kylällä", "Halmejoen kaupungin asiakaspalvelupäällikkö + Kelan palvelupiste", "3/2027"],
              ["Digikaverien rinki", "vapaaehtoisten rekrytointi ja koulutus 2 krt/v", "Halmejoen kansalaisopisto, vapaaehtoiskoordinaattori", "syksy 2027"],
              ["Käytäntöjen seuranta", "käyntimäärät ja palaute puolivuosittain", "Kirjastotoimenjohtaja Anneli Huttunen", "2027–2028"]])
    h(d, "Tulosten levittäminen", 1)
    p(d, "Mallia on esitelty jo hankkeen aikana alueellisilla kirjastopäivillä. Levittämistä jatketaan seuraavasti: "
         "malli ja materiaalit (digituen tarkistuslista, pysäkkijulisteet, vapaaehtoisten perehdytysopas) julkaistaan "
         "Kirjastot.fi-palvelussa ja Innokylässä helmikuussa 2027, ja hankkeen loppuwebinaari pidetään 16.2.2027 kaikille "
         "maakunnan kirjastoille. Alueellisen kehittämistehtävän (AKE) kirjasto on lupautunut ottamaan mallin osaksi "
         "kirjastoautohenkilöstön koulutusta vuonna 2027.")
    h(d, "Kehittämistyön jatko", 1)
    p(d, "Seuraavaksi haluamme kokeilla asiointituntien laajentamista etäyhteyksin, jolloin kylien asukas voisi "
         "kirjastoautossa asioida videoyhteydellä esimerkiksi verotoimiston kanssa. Tätä varten valmistellaan uusi "
         "hakemus syksyllä 2027. Lisäksi kirjastoautojen uusintahankinnassa 2028 otetaan huomioon digituen vaatima "
         "tila ja sähköt.")
    h(d, "Miten seuraamme, että käytännöt jäävät elämään?", 1)
    p(d, "Kirjasto kirjaa digitukikäyntien määrän kuukausittain, ja tiedot raportoidaan kulttuuri- ja "
         "vapaa-aikalautakunnalle osana kirjaston toimintakertomusta vuosina 2027 ja 2028. Vuoden kuluttua hankkeen "
         "päättymisestä (helmikuu 2028) tehdään asiakaskysely pysäkeillä ja verrataan tuloksia hankkeen aikaisiin. "
         "Jos käyntimäärä putoaa alle puoleen hankeajan tasosta, lautakunnalle tuodaan esitys toiminnan muuttamisesta.")
    src = os.path.join(SRC, "kirjasto_kulkee_exit-suunnitelma.docx")
    d.save(src)
    os.system(f'cd "{SRC}" && soffice --headless --convert-to odt --outdir "{OUT}" "{src}" >/dev/null 2>&1')
    expected("kirjasto_kulkee_exit-suunnitelma", "exit-suunnitelma", [])

def doc5():
    """Konsultin taulukkopainotteinen Leader-hankesuunnitelma -> .pdf"""
    d = Document()
    h(d, "Kylät kuntoon 2026–2027 – hankesuunnitelma", 0)
    p(d, "Toimintaryhmä: Leader Ylä-Savon Kyläverkko ry · Hakija: Sorsajärven kyläyhdistysten yhteenliittymä ry · "
         "Laatinut: Kehitys-Kontio Oy / konsultti Juha Kontio · Versio 1.3, 20.1.2026")
    table(d, [["Perustieto", "Sisältö"],
              ["Toteutusaika", "1.3.2026–31.12.2027 (22 kk)"],
              ["Toteutusalue", "Sorsajärven kunnan 8 kylää"],
              ["Hanketyyppi", "Yleishyödyllinen kehittämishanke"],
              ["Kokonaiskustannus", "142 000 € (Leader-tuki 80 %, kuntaraha 10 %, yksityinen 10 %)"]])
    h(d, "1 Lähtötilanne", 1)
    table(d, [["Indikaattori", "2019", "2024", "Muutos"],
              ["Asukkaita kylissä yhteensä", "3 210", "2 870", "−10,6 %"],
              ["Kylätaloja, joissa säännöllistä toimintaa", "8", "4", "−4"],
              ["Aktiivisia kyläyhdistyksiä", "8", "6", "−2"]])
    p(d, "Kylätalojen käyttö on hiipunut, talojen korjausvelka kasvaa ja yhdistysten aktiivit ikääntyvät. "
         "Kyläkyselyssä (11/2025, n = 214) 68 % vastaajista piti kylätaloa tärkeänä, mutta vain 22 % oli käynyt siellä vuoden aikana.")
    h(d, "2 Kohderyhmä", 1)
    table(d, [["Kohderyhmä", "Määrä", "Miten tavoitetaan"],
              ["Kylien asukkaat", "n. 2 900", "kylätiedotteet, tapahtumat"],
              ["Kyläyhdistysten hallitukset", "6 yhdistystä, n. 45 hlöä", "yhteiset työpajat"],
              ["Kylien nuoret 15–25 v", "n. 260", "nuorisovaltuusto, somekanavat"]])
    h(d, "3 Tavoitteet, toimenpiteet ja mittarit", 1)
    table(d, [["Tavoite", "Toimenpiteet", "Mittari / tavoitetaso"],
              ["Tavoite A: Kylätalojen käyttöaste nousee", "Kylätalojen varauskalenteri yhteiseen verkkopalveluun; kahdeksan avointa kylätaloiltaa/v", "Varaukset/v: 2025 lähtötaso 140 → 260 (2027)"],
              ["Tavoite B: Kyläyhdistysten hallinto kevenee", "Yhteinen kirjanpito- ja jäsenrekisteripalvelu; kaksi hallitusosaamisen koulutusta", "Palvelussa mukana 6/6 yhdistystä; kysely hallituksille 3/2026 ja 11/2027"],
              ["Tavoite C: Nuoret osallistuvat kylätoimintaan", "Nuorten kyläraati, kaksi nuorten järjestämää tapahtumaa/v", "–"]])
    h(d, "4 Toteutus ja vaiheistus", 1)
    table(d, [["Työpaketti", "Q2/2026", "Q3/2026", "Q4/2026", "Q1/2027", "Q2/2027", "Q3/2027", "Q4/2027"],
              ["TP1 Varauskalenteri", "määrittely", "käyttöönotto", "x", "x", "x", "x", "x"],
              ["TP2 Yhteispalvelu", "kilpailutus", "käyttöönotto", "koulutus 1", "x", "x", "koulutus 2", "x"],
              ["TP3 Nuoret", "raati koolle", "tapahtuma", "x", "x", "tapahtuma", "x", "x"],
              ["TP4 Juurruttaminen", "", "", "", "", "", "", "siirtosopimukset, tulosseminaari"]])
    h(d, "5 Kustannusarvio", 1)
    table(d, [["Kustannuslaji", "2026 (€)", "2027 (€)", "Yht. (€)"],
              ["Palkat (hankevetäjä 80 %)", "38 000", "46 000", "84 000"],
              ["Ostopalvelut (verkkopalvelu, kirjanpito)", "21 000", "14 000", "35 000"],
              ["Koulutukset ja tapahtumat", "7 500", "8 500", "16 000"],
              ["Matkat ja muut", "3 000", "4 000", "7 000"],
              ["Yhteensä", "69 500", "72 500", "142 000"]])
    h(d, "6 Seuranta ja arviointi", 1)
    p(d, "Hankevetäjä raportoi ohjausryhmälle neljännesvuosittain taulukon 3 mittareista. Loppuvaiheessa tehdään "
         "itsearviointi ohjausryhmän kanssa.")
    h(d, "7 Tulokset ja vaikutukset", 1)
    table(d, [["Taso", "Kuvaus"],
              ["Tuotokset", "yhteinen varauskalenteri, yhteispalvelusopimus, nuorten kyläraati"],
              ["Tulokset", "kylätalot käytössä, hallitusten työ kevyempää"],
              ["Vaikutukset", "kylien elinvoima ja vetovoima paranevat, yhdistystoiminta uusiutuu"]])
    h(d, "8 Juurruttaminen ja jatko", 1)
    table(d, [["4V-vaihe", "Toimenpide", "Ajoitus", "Vastuu"],
              ["Viestintä", "tulokset kylätiedotteeseen ja kunnan sivuille, tulosseminaari", "Q4/2027", "hankevetäjä"],
              ["Variointi", "varauskalenterin ja yhteispalvelun mukauttaminen kunkin kylän käyttöön", "Q4/2027", "hankevetäjä + kyläyhdistykset"],
              ["Valtavirtaistaminen", "mallin esittely naapurikuntien kyläyhdistyksille Leader-ryhmän kylätapaamisessa", "Q4/2027", "Leader Ylä-Savon Kyläverkko ry"],
              ["Vakiinnuttaminen", "varauskalenterin ylläpito ja yhteispalvelusopimus siirtyvät yhteenliittymän hallitukselle", "12/2027", "Sorsajärven kyläyhdistysten yhteenliittymä ry:n hallitus"]])
    p(d, "Juurruttamiseen käytetään hankevetäjän työajasta noin kaksi kuukautta hankkeen viimeisellä neljänneksellä. "
         "Sorsajärven kunta on ilmoittanut jatkavansa varauskalenterin ylläpitomaksua 1 200 €/v vuodesta 2028.")
    h(d, "9 Organisointi", 1)
    table(d, [["Rooli", "Taho"],
              ["Hallinnoija", "Sorsajärven kyläyhdistysten yhteenliittymä ry"],
              ["Ohjausryhmä", "6 kyläyhdistystä, kunnan elinvoimapäällikkö, nuorisovaltuuston edustaja, Leader-ryhmän edustaja"],
              ["Hankevetäjä", "rekrytoidaan 3/2026"]])
    h(d, "10 Riskit", 1)
    table(d, [["Riski", "Todennäköisyys", "Vaikutus", "Hallinta"],
              ["Yhdistykset eivät sitoudu yhteispalveluun", "keskitaso", "suuri", "sopimukset ennen kilpailutusta"],
              ["Nuoria ei tavoiteta", "suuri", "keskitaso", "nuorisovaltuusto mukaan suunnitteluun"],
              ["Hankevetäjän vaihtuvuus", "pieni", "suuri", "dokumentointi yhteiseen kansioon"]])
    h(d, "11 Viestintä", 1)
    table(d, [["Kanava", "Kohde", "Tiheys"],
              ["Kylätiedote (paperi + verkko)", "asukkaat", "4 krt/v"],
              ["Instagram @kylatkuntoon", "nuoret", "viikoittain"],
              ["Kunnan verkkosivut", "kaikki", "tarvittaessa"]])
    src = os.path.join(SRC, "kylat_kuntoon_hankesuunnitelma.docx")
    d.save(src)
    os.system(f'cd "{SRC}" && soffice --headless --convert-to pdf --outdir "{OUT}" "{src}" >/dev/null 2>&1')
    expected("kylat_kuntoon_hankesuunnitelma", "hankesuunnitelma",
             [{"rule": "tavoite.ei-arviointia"}, {"rule": "juurrutus.alkaa-myohaan"}])

if __name__ == "__main__":
    doc3(); doc5()

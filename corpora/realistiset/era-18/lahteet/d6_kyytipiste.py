"""D6: Leader-hankesuunnitelma (maaseudun liikenne), lomaketaulukko sisältökontrolleilla.
Havainnot: rakenne.pohjateksti (täyttämätön kontrolli), tavoite.ei-arviointia x1 (kyläkyytirengas),
rakenne.osio-puuttuu riskit. Hankeaika löytyy VAIN sisältökontrollista."""
from apu import *

d = uusi()
lihava(d, "Leader Järviseudun Kylät ry – kehittämishankkeen hankesuunnitelma (lomake 2025)")
p(d, "Täytä lomakkeen kentät. Liitä hakemukseen Hyrrä-palvelussa.")

t = d.add_table(rows=6, cols=2)
t.style = "Table Grid"
kentat = [("Hankkeen nimi *", "Kyytipiste – kylien kutsuliikenteen ja kimppakyytien kokeilu"),
          ("Hakija *", "Sorsakosken kyläyhdistys ry, yhteistyössä Ahvenlahden ja Rautiolan kyläyhdistysten kanssa"),
          ("Yhteyshenkilö *", "Kaisa Pölönen, puh. 040 713 2290"),
          ("Hankkeen toteutusaika *", "1.4.2026–31.3.2028"),
          ("Hankkeen verkkosivut / some-kanavat", None),
          ("Haettava tuki ja kokonaiskustannukset *", "Kokonaiskustannukset 128 000 €, haettava julkinen tuki 102 400 € (80 %), yksityinen rahoitus 25 600 €, josta talkootyötä 8 000 €.")]
for i, (lbl, val) in enumerate(kentat):
    t.cell(i, 0).text = lbl
    if val is None:
        sdt_soluun(t.cell(i, 1), lbl, tyhja=True)
    else:
        sdt_soluun(t.cell(i, 1), lbl, val)

h(d, "1. Lähtötilanne", 1)
sdt_kpl(d, "Lähtötilanne", "Sorsakosken, Ahvenlahden ja Rautiolan kylät sijaitsevat 18–35 kilometrin päässä Pieksälän kaupungin keskustasta. Kylissä asuu yhteensä noin 1 150 ihmistä, joista yli 65-vuotiaita on 41 prosenttia (Tilastokeskus 2024). Linja-autovuoroja on arkisin kaksi suuntaansa, kesäisin ja koulujen lomilla ei yhtään. Kaupungin asiointiliikenne kulkee kerran viikossa. Kyläkyselyssä syksyllä 2025 (vastaajia 212) kolmannes kertoi jättäneensä lääkäri- tai kauppamatkan tekemättä kyydin puutteen vuoksi. Samaan aikaan kylillä ajetaan päivittäin kymmeniä yksityisautomatkoja keskustaan, usein yksin.")

h(d, "2. Hankkeen tavoitteet", 1)
sdt_kpl(d, "Tavoitteet", "Tavoitteena on, että kolmella kylällä toimii hankkeen aikana säännöllinen kutsuliikenne, jota asukkaat voivat tilata puhelimella tai sovelluksella. Tavoitteena on myös, että ikääntyneiden ja autottomien asukkaiden asiointi keskustassa helpottuu ja asiointimatkoja jää vähemmän tekemättä. Lisäksi tavoitteena on, että kolmen kyläyhdistyksen yhteistyö tiivistyy ja kylille syntyy pysyvä kyläkyytirengas, jossa vapaaehtoiset kuljettajat ja kyydin tarvitsijat löytävät toisensa.")

h(d, "3. Kohderyhmä", 1)
sdt_kpl(d, "Kohderyhmä", "Kolmen kylän asukkaat, erityisesti yli 65-vuotiaat, autottomat nuoret ja kotihoidon asiakkaat (yhteensä arviolta 500 henkeä), sekä kylien autoilijat mahdollisina kimppakyytikuljettajina. Välillisesti hyödynsaajia ovat Pieksälän kaupungin joukkoliikenne ja hyvinvointialueen kotihoito.")

h(d, "4. Toteutus ja aikataulu", 1)
p(d, "Toimenpiteet on kuvattu alla olevassa aikataulussa.")
taulukko(d, [["Ajankohta", "Mitä tehdään", "Kuka"],
             ["Q2/2026", "Ohjausryhmä, kuljetusyrittäjän kilpailutus, tilausnumero ja sovellus käyttöön", "hanketyöntekijä, kyläyhdistykset"],
             ["Q3/2026", "Kutsuliikenteen kokeilu alkaa: tiistaisin ja perjantaisin kylistä keskustaan ja takaisin", "taksiyrittäjä, hanketyöntekijä"],
             ["Q3–Q4/2026", "Kyläkahvilat ja opastustilaisuudet tilaamisesta; kotihoidon ja apteekin kautta tiedottaminen ikäihmisille", "hanketyöntekijä, kotihoito"],
             ["Q4/2026–Q4/2027", "Kimppakyytirenkaan kokoaminen: kuljettajien rekrytointi, vakuutus- ja korvaussäännöt, kylien yhteistapaamiset joka toinen kuukausi", "kyläyhdistykset"],
             ["Q1/2027", "Ensimmäisen kokeiluvuoden tarkistus ja reittien muutokset", "ohjausryhmä"],
             ["Q1/2028", "Siirto kaupungin asiointiliikenteeseen, loppuseminaari, loppuraportti", "kaupunki, hanketyöntekijä"]])

h(d, "5. Kustannusarvio", 1)
sdt_kpl(d, "Kustannukset", "Henkilöstö (hanketyöntekijä 60 %, 24 kk) 62 000 €, kuljetuspalvelun osto 44 000 €, tilaussovelluksen lisenssi 6 000 €, tiedotus ja tilaisuudet 4 000 €, talkootyö 8 000 €, muut 4 000 €. Yhteensä 128 000 €.")

h(d, "6. Seuranta ja arviointi", 1)
t2 = d.add_table(rows=3, cols=2)
t2.style = "Table Grid"
t2.cell(0, 0).text = "Miten seuraatte toteutumista?"
sdt_soluun(t2.cell(0, 1), "Seuranta", "Kuljetusyrittäjän ja sovelluksen tilastot: kyytien ja matkustajien määrä kuukausittain, täyttöaste ja tilausten peruutukset.")
t2.cell(1, 0).text = "Miten kohderyhmä antaa palautetta?"
sdt_soluun(t2.cell(1, 1), "Palaute", "Käyttäjäkysely ikääntyneille kyytien käyttäjille keväällä 2027 ja 2028: jäikö asiointimatkoja tekemättä, miten asiointi on helpottunut.")
t2.cell(2, 0).text = "Mittarit ja tavoitetasot"
sdt_soluun(t2.cell(2, 1), "Mittarit", "Vähintään 1 800 kutsuliikenteen matkaa kokeilun aikana; kyselyssä yli 70 % käyttäjistä kokee asioinnin helpottuneen.")

h(d, "7. Tulokset ja vaikutukset", 1)
sdt_kpl(d, "Tulokset", "Kylillä on toimiva kutsuliikennereitti, kokemus sen kysynnästä ja kustannuksista sekä toimintamalli kimppakyydeille. Ikäihmisten mahdollisuus asua kotonaan ja asioida itse paranee, ja yksityisautoilu vähenee.")

h(d, "8. Jatkuvuus ja tulosten juurruttaminen", 1)
sdt_kpl(d, "Jatkuvuus", "Pieksälän kaupungin tekninen toimi on ollut mukana jo hankkeen valmistelussa syksyllä 2025, ja hakuvaiheessa sovittiin, että kutsuliikenteen kokemukset otetaan huomioon kaupungin asiointiliikenteen uudessa kilpailutuksessa vuonna 2028. Kokeilusta kerrotaan kylille kyläkahviloissa, kaupungin verkkosivuilla, paikallislehdessä ja Leader-ryhmän uutiskirjeessä. Tilausohjeista tehdään erilliset versiot ikäihmisille (paperinen, suurella fontilla) ja nuorille (sovellus). Naapurikunnan Kalliojärven kylille tarjotaan mahdollisuutta liittyä kokeiluun vuonna 2027, ja malli esitellään Leader-ryhmien maaseutuliikenneseminaarissa. Hankkeen päätyttyä Pieksälän kaupunki (joukkoliikennesuunnittelija Ville Hartikainen) vastaa kutsuliikenteen jatkamisesta osana asiointiliikennettä, ja kimppakyytirengas jatkuu kyläyhdistysten yhteisenä toimintana Sorsakosken kyläyhdistyksen koordinoimana. Jatkon valmisteluun on varattu hanketyöntekijän työajasta noin 20 % vuoden 2027 loppupuolelta alkaen.")

h(d, "9. Hallinnointi ja viestintä", 1)
sdt_kpl(d, "Hallinnointi", "Hanketta hallinnoi Sorsakosken kyläyhdistys ry. Ohjausryhmässä ovat kolmen kyläyhdistyksen, Pieksälän kaupungin teknisen toimen, hyvinvointialueen kotihoidon ja Leader-ryhmän edustajat. Viestinnästä vastaa hanketyöntekijä: kyläkahvilat, ilmoitustaulut, kylien Facebook-ryhmät ja paikallislehti.")

d.save("../kyytipiste_hankesuunnitelma.docx")

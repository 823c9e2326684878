"""02: Leader-hankesuunnitelma (kylätalo, energiayhteisö), tallennetaan PDF:ksi.
Puutteet: juurruttaminen vasta hankkeen lopussa, jatkolle ei omistajaa, loppuseminaari hankeajan jälkeen."""
from apu import *


def rakenna(polku):
    d = uusi()
    kpl(d, "Pihlajakosken kyläyhdistys ry – hankesuunnitelma, Leader Järvi-Pohjanmaa – versio 11.11.2025")
    d.add_heading("Valoa kylälle – Pihlajakosken kylätalon energiayhteisöhanke", 0)
    lihava(d, "Hakija ja yhteystiedot")
    kpl(d, "Pihlajakosken kyläyhdistys ry, puheenjohtaja Raimo Kangas, raimo.kangas@pihlajakoski.net, 040 552 1187. "
           "Hankkeen yhteyshenkilö on sihteeri Leena Ojaniemi.")
    otsikko(d, "1. Miksi hanketta tarvitaan?")
    kpl(d, "Pihlajakosken kylässä asuu noin 340 asukasta. Kylätalo, entinen kansakoulu vuodelta 1928, on kylän ainoa "
           "yhteinen kokoontumispaikka: siellä toimivat kuoro, kuntosali, lasten kerho ja kesäisin kyläkahvila. "
           "Talon öljylämmitys maksoi vuonna 2024 yhdistykselle 11 600 euroa, mikä on yli puolet yhdistyksen "
           "vuosibudjetista. Vuosina 2022–2024 vuokratuloista ei ole jäänyt mitään korjauksiin. Jos lämmityskuluja "
           "ei saada alas, talon ylläpito ei ole pitkään mahdollista.")
    kpl(d, "Kyläkyselyssä keväällä 2025 (vastaajia 96) 71 prosenttia vastaajista kertoi olevansa kiinnostunut "
           "yhteisestä aurinkosähköstä tai energiaremontista, mutta vain harva tiesi, mistä aloittaa. Hanke vastaa "
           "molempiin tarpeisiin: kylätalo saadaan energiatehokkaaksi, ja samalla kyläläiset oppivat, miten "
           "energiayhteisö perustetaan.")
    otsikko(d, "2. Tavoitteet")
    kpl(d, "Tavoitteenamme on, että kylätalon lämmitys- ja sähkökulut puolittuvat hankkeen aikana. Lisäksi "
           "haluamme, että vähintään 25 kylän taloutta saa tiedon ja tuen oman energiaremonttinsa suunnitteluun. "
           "Kolmanneksi hankkeen myötä kylään perustetaan energiayhteisö, joka omistaa kylätalon katolle "
           "asennettavan aurinkovoimalan ja jakaa sen tuotannon jäsenilleen.")
    otsikko(d, "3. Kohderyhmä")
    kpl(d, "Hankkeen kohderyhmää ovat Pihlajakosken ja naapurikylä Haapalahden asukkaat, kylätalon käyttäjäryhmät "
           "(kuoro, kerhot, kuntosali, noin 120 säännöllistä käyttäjää) sekä kylän mökkiläiset. Välillisesti hankkeesta "
           "hyötyvät muut Järvi-Pohjanmaan kyläyhdistykset, joilla on samanlaisia vanhoja kiinteistöjä.")
    otsikko(d, "4. Toiminta")
    kpl(d, "Kylätalossa tehdään energiakatselmus keväällä 2026, minkä jälkeen öljykattila korvataan "
           "ilma-vesilämpöpumpulla ja yläpohja lisäeristetään kesällä 2026. Katolle asennetaan 30 kWp:n "
           "aurinkovoimala syksyllä 2026. Työt kilpailutetaan Leaderin ohjeiden mukaisesti, ja osa purku- ja "
           "siivoustöistä tehdään talkoilla.")
    kpl(d, "Kyläläisille järjestetään neljä energiailtaa, joissa energia-asiantuntija kertoo lämpöpumpuista, "
           "eristämisestä ja avustuksista. Lisäksi tarjotaan 25 kotitaloudelle maksuton kotikäynti, jossa "
           "asiantuntija tekee kevyen energiakartoituksen. Energiayhteisön perustaminen valmistellaan "
           "työryhmässä, joka laatii säännöt ja sopimusmallit ja järjestää perustamiskokouksen.")
    otsikko(d, "5. Aikataulu")
    kpl(d, "Hankkeen toteutusaika on 1.3.2026–29.2.2028.")
    taulukko(d, [
        ["Toimenpide", "2026", "2027", "2028"],
        ["Energiakatselmus ja kilpailutus", "kevät", "", ""],
        ["Lämpöpumppu ja eristys", "kesä", "", ""],
        ["Aurinkovoimala", "syksy", "", ""],
        ["Energiaillat (4 kpl)", "syksy", "kevät ja syksy", ""],
        ["Kotikäynnit", "syksy", "koko vuosi", ""],
        ["Energiayhteisön perustaminen", "", "kevät", ""],
        ["Tulosten levittäminen", "", "syksy", ""],
        ["Loppuseminaari naapurikylille", "", "", "huhtikuu"],
    ])
    kpl(d, "Loppuseminaari pidetään Pihlajakosken kylätalolla 15.4.2028, jolloin myös kyläyhdistyksen "
           "vuosikokous on koolla.")
    otsikko(d, "6. Kustannukset ja rahoitus")
    kpl(d, "Hankkeen kustannusarvio on 118 000 euroa, josta investointien osuus on 92 000 euroa ja "
           "kehittämistoimenpiteiden 26 000 euroa. Leader-tukea haetaan 75 prosenttia eli 88 500 euroa. "
           "Yksityinen rahoitus (29 500 euroa) koostuu yhdistyksen omasta rahoituksesta 12 000 euroa, "
           "talkootyöstä 6 000 euroa ja energiayhteisön jäsenmaksuista 11 500 euroa.")
    otsikko(d, "7. Kuka tekee?")
    kpl(d, "Hankkeen hallinnoija on Pihlajakosken kyläyhdistys ry. Hankkeelle palkataan osa-aikainen hankevetäjä "
           "(40 %) koko hankeajaksi. Hankkeen ohjausryhmässä ovat kyläyhdistyksen puheenjohtaja, Haapalahden "
           "kyläseuran edustaja, kunnan elinvoimapalveluiden edustaja ja energianeuvoja Järvi-Pohjanmaan "
           "energiatoimistosta. Energiayhteisön työryhmään kutsutaan 5–7 kyläläistä.")
    otsikko(d, "8. Mitä voi mennä pieleen?")
    kpl(d, "Suurin riski on rakennuskustannusten nousu. Siihen varaudutaan kilpailuttamalla työt ajoissa ja "
           "jättämällä budjettiin noin viiden prosentin varaus. Toinen riski on talkooväen väsyminen, jota "
           "vähennetään jakamalla talkoot lyhyisiin iltoihin. Kolmas riski on, ettei energiayhteisöön löydy "
           "riittävästi jäseniä; tämän vuoksi jäsenhankinta aloitetaan energiailloissa.")
    otsikko(d, "9. Tiedottaminen")
    kpl(d, "Hankkeesta tiedotetaan kylän Facebook-ryhmässä, kyläyhdistyksen verkkosivuilla, kylätiedotteessa "
           "ja paikallislehti Järviseudun Sanomissa. Leader-rahoitus tuodaan esiin kaikessa viestinnässä.")
    otsikko(d, "10. Seuranta ja arviointi")
    kpl(d, "Kylätalon energiankulutusta ja kustannuksia seurataan kuukausittain lukemista ja laskuista, ja niitä "
           "verrataan vuoden 2024 tasoon. Kotikäyntien ja energiailtojen osallistujamäärät kirjataan, ja "
           "kotikäynnin saaneilta kysytään puolen vuoden kuluttua, ovatko he toteuttaneet suunnittelemiaan "
           "toimia. Energiayhteisön osalta mittarina on perustettu yhteisö ja sen jäsenmäärä (tavoite 20 "
           "jäsentä). Hankevetäjä kokoaa seurantatiedot ohjausryhmälle puolen vuoden välein.")
    otsikko(d, "11. Tulokset")
    kpl(d, "Hankkeen tuloksena kylätalon vuotuiset energiakulut laskevat arviolta 11 600 eurosta noin 5 000 euroon, "
           "ja säästö voidaan käyttää talon muuhun kunnostukseen. Kylään syntyy toimiva energiayhteisö, ja "
           "kyläläisten energiaremontit vähentävät alueen päästöjä. Hanke tuottaa myös kokemuksen, jota muut "
           "kylät voivat hyödyntää.")
    otsikko(d, "12. Hankkeen jälkeen")
    kpl(d, "Hankkeen viimeisellä puolivuotiskaudella, syksyllä 2027, kootaan kokemukset kylätalon remontista ja "
           "energiayhteisön perustamisesta lyhyeksi oppaaksi. Oppaasta tehdään kaksi versiota: tarkistuslista "
           "kyläyhdistyksille ja lyhyt esite kotitalouksille. Naapurikylien yhdistyksiä kutsutaan tutustumaan "
           "kylätaloon ja kokeilemaan katselmuksen mallia omissa taloissaan. Juurruttamistyöhön varataan noin "
           "150 työtuntia syksylle 2027.")
    kpl(d, "Hankkeen päätyttyä toimintaa on tarkoitus jatkaa kyläläisten voimin. Energiailtoja järjestetään "
           "tarvittaessa jatkossakin, ja energiayhteisön toiminnasta sovitaan myöhemmin yhdessä toimijoiden kesken. "
           "Energiailtojen ja kotikäyntien malli on tarkoitus vakiinnuttaa osaksi kylän vuosittaista toimintaa.")
    d.save(polku)

import sys
from apu import *
OUT = sys.argv[1]

# ---------- 04 loppuraportti, Palveluksessa (muutosten jäljitys; diaarinumero vain poistetussa tekstissä, myöhässä) ----------
d = uusi()
d.add_heading("Kaiku-loppuraportti: Palveluksessa – kuntien yhteinen asiakaspalvelun valmennus", 0)
h(d, "1. Taustatiedot")
kpl(d, "Toteuttaja: Sarvelan seutukunnan kuntayhtymä (Sarvela, Kuusilahti ja Ojanperä)")
muutokset(d, [("t", "Hanke: Palveluksessa – kuntien yhteinen asiakaspalvelun valmennus"),
              ("del", ", määrärahapäätös VM/2231/02.07.00/2023"),
              ("ins", ". Hanketta rahoitti valtiovarainministeriö Kaiku-rahoituksella.")], pvm="2026-05-18T10:00:00Z")
kpl(d, "Hankkeen kesto: 1.1.2024–31.12.2025")
h(d, "2. Hankkeen teema ja tavoitteet")
kpl(d, "Hanke liittyi työyhteisöjen uudistumisen teemaan. Tavoitteena oli, että kolmen kunnan asiakaspalvelupisteiden "
       "väki tekisi töitä samoilla pelisäännöillä ja että asiakas saisi saman vastauksen kunnasta riippumatta. Lisäksi halusimme "
       "vähentää palvelupisteiden henkilöstön kokemaa kuormitusta hankalissa asiakastilanteissa.")
h(d, "3. Hankkeen toteutus")
kpl(d, "Järjestimme kuusi yhteistä valmennuspäivää ja niiden välissä pienryhmätapaamisia, joissa käytiin läpi oikeita "
       "asiakastilanteita. Keväällä 2025 kirjoitimme yhdessä asiakaspalvelun pelisäännöt, jotka kolmen kunnan johtoryhmät "
       "hyväksyivät kesäkuussa 2025. Alkuperäisestä suunnitelmasta poiketen vertaisvierailut toisten kuntien pisteisiin lisättiin "
       "ohjelmaan henkilöstön toiveesta.")
muutokset(d, [("t", "Johto sitoutui hyvin: kaikkien kuntien hallintojohtajat olivat ohjausryhmässä. "),
              ("del", "Henkilöstöstä osallistui noin puolet. "),
              ("ins", "Henkilöstöstä valmennuksiin osallistui 41 henkeä 47:stä. "),
              ("t", "Menetelminä käytettiin työpajoja, tapausharjoituksia, vertaisvierailuja ja työnohjauksellisia ryhmiä. "
                    "Ulkopuolinen valmentaja Taitoverso Oy veti valmennuspäivät, omat esihenkilöt taas pienryhmät.")], pvm="2026-05-18T10:05:00Z")
lihava(d, "Millaisia ongelmia ilmeni ja miten ne ratkaistiin?")
kpl(d, "Sijaisten saaminen valmennuspäiviksi oli vaikeaa pienissä kunnissa. Ratkaisimme sen sulkemalla palvelupisteet "
       "valmennusaamupäiviksi ja tiedottamalla asiasta hyvissä ajoin.")
lihava(d, "Miten kustannusarvio toteutui?")
kpl(d, "Kustannusarvio oli 58 000 euroa, josta käytettiin 55 700 euroa. Suurin erä olivat valmentajan palkkiot.")
h(d, "4. Tulokset ja vaikuttavuus")
kpl(d, "Yhteiset pelisäännöt ovat käytössä kaikissa kolmessa kunnassa. Henkilöstökyselyssä hankalien asiakastilanteiden "
       "kuormittavuus laski asteikolla 1–5 keskiarvosta 3,8 keskiarvoon 3,1. Yllättävää oli, että vertaisvierailuista tuli "
       "hankkeen suosituin osa. Toteutusta arvioitiin henkilöstökyselyillä alussa ja lopussa sekä ohjausryhmän itsearvioinnilla. "
       "Pysyväksi käytännöksi jäi kuntien yhteinen asiakaspalvelufoorumi, joka kokoontuu neljästi vuodessa.")
h(d, "5. Kehitysajatukset")
kpl(d, "Foorumi jatkaa pelisääntöjen päivittämistä, ja uudet työntekijät perehdytetään niihin. Uudistumiskykyä ylläpidetään "
       "vertaisvierailuilla, joita jatketaan kerran vuodessa.")
h(d, "6. Suositukset muille virastoille")
kpl(d, "Suosittelemme vertaisvierailuja: ne maksavat vähän ja opettavat paljon. Hanketta suunnittelevien kannattaa sopia "
       "sijaisjärjestelyt etukäteen ja ottaa johto mukaan ohjausryhmään.")
h(d, "7. Tiivistelmä")
kpl(d, "Palveluksessa-hanke (2024–2025) valmensi kolmen kunnan asiakaspalvelupisteiden henkilöstön yhteisiin pelisääntöihin. "
       "41 työntekijää osallistui, pelisäännöt ovat käytössä kaikissa kunnissa ja koettu kuormitus asiakastilanteissa väheni. "
       "Työ jatkuu kuntien yhteisessä asiakaspalvelufoorumissa.")
h(d, "8. Laatimispäivämäärä ja yhteystiedot")
kpl(d, "Raportti laadittu 20.5.2026.")
kpl(d, "Lisätietoja antaa kehittämispäällikkö Jari Honkaniemi, Sarvelan seutukunnan kuntayhtymä, jari.honkaniemi@sarvela.fi")
d.save(f"{OUT}/04_loppuraportti_palveluksessa.docx")

# ---------- 06 hankesuunnitelma, Yhteinen pöytä (hyvä, sisältöohjausobjektit) ----------
d = uusi()
d.add_heading("Hankesuunnitelma: Yhteinen pöytä", 0)
sdt(d, "Hakija", "hakija", "Kylätalo Pihlaja ry")
sdt(d, "Haettava avustus", "avustus", "STEA:n kohdennettu toiminta-avustus ja Hirvelän kaupungin yhteisöavustus")
sdt(d, "Hankeaika", "hankeaika", "1.4.2026–31.3.2028")
h(d, "1. Miksi hanketta tarvitaan?")
kpl(d, "Pihlajan kylällä asuu noin 420 yli 75-vuotiasta, ja vuonna 2024 kaupungin hyvinvointikertomuksen mukaan 38 % heistä "
       "syö useimmiten yksin. Kylän kauppa sulki ovensa 2023, ja ateriapalvelun ruoka tulee kuljetuksena. Yhdistyksen "
       "kahvilailloissa olemme kuulleet monen sanovan, että ruoka ei maistu, kun sen syö yksin.")
h(d, "2. Kenelle hanke on?")
kpl(d, "Hanke on kotona asuville pihlajalaisille ikäihmisille, erityisesti yksin asuville. Lisäksi mukaan otetaan kylän "
       "vapaaehtoiset ja lähitilojen tuottajat, jotka toimittavat raaka-aineita.")
h(d, "3. Tavoitteet ja niiden seuranta")
kpl(d, "Tavoitteet, toimenpiteet ja mittarit on koottu alla olevaan taulukkoon.")
taulukko(d, [["Tavoite", "Toimenpiteet", "Mittari / arviointi"],
             ["Ikäihmisten yksin syöminen vähenee", "Yhteislounas kylätalolla kolmesti viikossa, kimppakyydit lounaalle",
              "Lounasvieraiden määrä kirjataan joka kerta; alku- ja loppukysely ruokailutottumuksista"],
             ["Osallistujien ravitsemus paranee", "Ravitsemusterapeutin suunnittelemat ruokalistat, lähiruoan käyttö",
              "Ravitsemusterapeutin ruokalista-arvio kahdesti vuodessa; osallistujien MNA-seulonta alussa ja lopussa"],
             ["Kylän vapaaehtoistoiminta vahvistuu", "Vapaaehtoisten keittiövuorot, hygieniapassikoulutus",
              "Aktiivisten vapaaehtoisten määrä ja vapaaehtoisten palautekysely kerran vuodessa"]])
h(d, "4. Toteutus ja aikataulu")
kpl(d, "Ensimmäiset kolme kuukautta (huhti–kesäkuu 2026) kunnostamme kylätalon keittiön, koulutamme vapaaehtoiset ja "
       "sovimme tuottajien kanssa toimituksista. Yhteislounaat alkavat elokuussa 2026 ja jatkuvat koko hankeajan. Keväällä 2027 "
       "kokeilemme lounasta myös naapurikylä Kotalahden seurojentalolla. Tammi–maaliskuussa 2028 kootaan tulokset.")
h(d, "5. Talous")
kpl(d, "Kokonaisbudjetti on 148 000 euroa, josta STEA:lta haetaan 118 000 euroa ja kaupungilta 20 000 euroa; loput on yhdistyksen "
       "omaa rahoitusta ja vapaaehtoistyötä.")
taulukko(d, [["Menolaji", "2026 €", "2027 €", "2028 €"],
             ["Palkat (koordinaattori 80 %)", "28 000", "38 000", "10 000"],
             ["Raaka-aineet ja keittiö", "24 000", "22 000", "6 000"],
             ["Kyydit, koulutus, viestintä", "8 000", "9 000", "3 000"]])
h(d, "6. Organisointi ja kumppanit")
kpl(d, "Hanketta hallinnoi Kylätalo Pihlaja ry. Ohjausryhmässä ovat yhdistyksen puheenjohtaja, Hirvelän kaupungin ikääntyneiden "
       "palvelujen päällikkö, seurakunnan diakoniatyöntekijä ja kaksi lounasvierasta.")
h(d, "7. Riskit")
kpl(d, "Suurin riski on, että vapaaehtoiset väsyvät. Siksi vuorot jaetaan pieniksi ja vuoroja on korkeintaan yksi viikossa per henkilö. "
       "Jos raaka-aineiden hinnat nousevat, ruokalistaa muutetaan kauden mukaan.")
h(d, "8. Mitä hankkeesta jää ja miten siitä kerrotaan?")
kpl(d, "Tuloksista kerromme koko ajan: kylän Facebook-ryhmässä, paikallislehti Hirvelän Sanomissa ja kahdesti vuodessa "
       "avoimissa kyläilloissa. Lounaskonseptista tehdään yhdessä lounasvieraiden kanssa kaksi versiota, toinen isommalle "
       "kylätalolle ja toinen pienelle seurojentalolle, ja kevään 2027 kokeilussa Kotalahden kyläyhdistys ottaa mallin itse "
       "käyttöön meidän tuella. Hankkeen lopussa pidämme seminaarin muille kyläyhdistyksille ja kuvaamme mallin Innokylään.")
kpl(d, "Jatkoa on mietitty jo hakuvaiheessa: kaupungin ikääntyneiden palvelujen päällikön kanssa on sovittu, että kaupunki "
       "arvioi hankkeen alussa, voiko yhteislounas korvata osan kotiin kuljetettavista aterioista. Tavoitteena on, että "
       "yhteislounas kirjataan kaupungin ikääntyneiden palvelujen palvelusuunnitelmaan vuodesta 2028 alkaen ja että kaupunki "
       "maksaa keittiön käyttökulut. Toiminnan pyörittämisestä hankkeen jälkeen vastaa Kylätalo Pihlaja ry:n hallitus. "
       "Koordinaattorin työajasta noin viidennes on varattu juurruttamiseen: sopimuksiin, mallin kirjoittamiseen ja Kotalahden tukemiseen.")
h(d, "9. Tulokset ja vaikutukset")
kpl(d, "Hankkeen myötä noin 60 ikäihmistä syö säännöllisesti yhdessä, kylälle syntyy toimiva vapaaehtoisten keittiöporukka ja "
       "lounasmallista tulee kuvattu toimintamalli, jota muut kylät voivat käyttää.")
d.save(f"{OUT}/06_hankesuunnitelma_yhteinen_poyta.docx")

# ---------- 08 loppuraportti, Digiapu (lomakevienti + muutosten jäljitys, hyvä) ----------
d = uusi()
kpl(d, "Hankerekisteri – loppuraporttilomake (tulostettu 14.8.2026)")
d.add_heading("Loppuraportti: Digiapu arkeen", 0)
def kenttä(otsake, vastaus):
    lihava(d, otsake)
    kpl(d, "Vastaus: " + vastaus)
kenttä("Toteuttajaorganisaatio *", "Digisilta-säätiö sr")
kenttä("Hankkeen nimi ja rahoituspäätöksen diaarinumero *", "Digiapu arkeen, Dnro STM/3311/2024 (sosiaali- ja terveysministeriö)")
kenttä("Hankkeen kesto *", "1.9.2024–30.6.2026")
kenttä("Mihin teemaan hanke liittyi ja mitkä olivat sen tavoitteet? *",
       "Hanke kuului ministeriön digitaalisen osallisuuden teemaan. Tavoitteena oli, että ikääntyneet ja maahan muuttaneet "
       "aikuiset osaavat hoitaa tärkeimmät asiointinsa verkossa ja että heillä on paikka, josta saa apua kasvokkain. Halusimme "
       "myös, että kuntien palvelupisteiden työntekijät tuntevat digituen ja osaavat ohjata sinne.")
lihava(d, "Mitä hankkeessa tehtiin käytännössä? *")
muutokset(d, [("t", "Vastaus: Pidimme digitukipäivystyksiä neljässä kirjastossa ja kahdessa järjestötalossa kahdesti viikossa. "),
              ("del", "Päivystyksiä oli yhteensä noin 300. "),
              ("ins", "Päivystyksiä oli yhteensä 412, ja niissä autettiin 2 960 kertaa. "),
              ("t", "Lisäksi teimme selkokieliset ohjeet kymmeneen yleisimpään asiointiin ja koulutimme 38 vapaaehtoista "
                    "digitukijaa. Kuntien palvelupisteille pidettiin kuusi perehdytystä. Suunnitelmasta poiketen arabian- ja "
                    "venäjänkieliset ohjeet tehtiin jo ensimmäisenä keväänä, koska kysyntä oli suuri.")],
          tekija="Tuomas V.", pvm="2026-08-10T12:00:00Z")
kenttä("Miten johto ja henkilöstö sitoutuivat? *",
       "Säätiön toiminnanjohtaja oli ohjausryhmän jäsen ja kirjastojen johtajat sitoutuivat tilojen tarjoamiseen. "
       "Menetelminä olivat päivystykset, vertaisohjaus, selkokieliset ohjeet ja perehdytykset; omat työntekijät hoitivat "
       "päivystykset, ja selkokielen asiantuntijapalvelu ostettiin Selkopaja Oy:ltä.")
kenttä("Millaisia ongelmia ilmeni ja miten ne ratkaistiin? *",
       "Vapaaehtoisten vaihtuvuus oli suurta, joten aloimme pitää perehdytyksen joka kuukausi eikä vain kerran vuodessa.")
kenttä("Miten kustannusarvio toteutui? *",
       "Budjetti oli 210 000 euroa ja toteuma 204 800 euroa. Henkilöstökulut toteutuivat suunnitellusti, käännöskulut jäivät arviota pienemmiksi.")
kenttä("Miten tavoitteet toteutuivat? *",
       "Asiakaskyselyssä 81 % vastaajista kertoi pystyvänsä nyt hoitamaan ainakin yhden asioinnin itse. Kaikissa neljässä "
       "kunnassa palvelupisteet ohjaavat nyt asiakkaita digitukeen.")
kenttä("Mitä yllättäviä tuloksia tuli?", "Moni apua hakenut ryhtyi myöhemmin itse vapaaehtoiseksi.")
kenttä("Millä menettelytavoilla toteutusta ja tuloksia arvioitiin? *",
       "Asiakaskyselyt kahdesti vuodessa, kirjaukset päivystyksistä, vapaaehtoisten ryhmähaastattelut ja ulkoinen arviointi, jonka teki Arviointitoimisto Lumo.")
kenttä("Millaisia pysyviä toimintatapoja syntyi ja miten vaikutukset näkyvät? *",
       "Kaksi kirjastoa on ottanut päivystyksen pysyvästi ohjelmaansa, ja selkokieliset ohjeet ovat kuntien verkkosivuilla. "
       "Asiakkaat saavat apua lähellä kotia.")
kenttä("Kuinka aiotte jatkaa tästä eteenpäin? *",
       "Säätiö jatkaa vapaaehtoisten digitukijoiden koulutusta omalla rahoituksellaan, ja kirjastot pitävät päivystykset.")
kenttä("Mitä suosittelisitte muille? *",
       "Suosittelemme vertaisohjausta ja selkokielisiä ohjeita. Muiden kannattaa sopia tiloista kirjastojen kanssa jo ennen hankkeen alkua.")
kenttä("Tiivistelmä hankkeen tuloksista (enintään 1000 sanaa) *",
       "Digiapu arkeen -hanke (1.9.2024–30.6.2026) tarjosi kasvokkaista digitukea kuudessa paikassa, teki selkokieliset ohjeet "
       "kymmeneen asiointiin ja koulutti 38 vapaaehtoista. Apua annettiin 2 960 kertaa, ja 81 % kyselyyn vastanneista hoitaa "
       "nyt ainakin yhden asioinnin itse. Päivystykset jatkuvat kahdessa kirjastossa pysyvästi.")
kenttä("Laatimispäivämäärä *", "12.8.2026")
kenttä("Yhteyshenkilöt *", "Projektipäällikkö Leila Haapamäki, Digisilta-säätiö, leila.haapamaki@digisilta.fi, p. 050 765 4321")
d.save(f"{OUT}/08_loppuraportti_digiapu.docx")

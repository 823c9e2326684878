from apu import *

d = uusi()
ylatunniste(d, "Rantalan kaupunki / Työllisyyspalvelut", "Polku töihin -hankkeen loppuraportti")

kpl(d, "POLKU TÖIHIN – osatyökykyisten työllistymisen tuki", lihava=True)
kpl(d, "Hankkeen loppuraportti", lihava=True)

kpl(d, "Tiivistelmä", lihava=True)
kpl(d, "Polku töihin -hanke (1.1.2022–31.12.2023) kehitti Rantalan ja Kuusamäen alueelle mallin, jolla "
       "osatyökykyiset työnhakijat saavat työkyvyn arvioinnin, henkilökohtaisen valmennuksen ja tuetun "
       "polun työelämään samasta paikasta. Hankkeeseen osallistui kahden vuoden aikana 134 asiakasta. "
       "Heistä 36 työllistyi avoimille työmarkkinoille tai palkkatuella, ja 21 aloitti ammatillisen "
       "koulutuksen. Työnantajakumppaneita saatiin 31. Tärkein pysyvä tulos on työkykykoordinaattorin "
       "tehtävä, joka vakinaistettiin Rantalan työllisyyspalveluihin hankkeen jälkeen. Työnantajien "
       "tavoittaminen osoittautui odotettua hitaammaksi, ja parhaiten toimivat pienet, kasvokkain "
       "järjestetyt työnantajaillat. Suosittelemme muille, että työnantajayhteistyöhön varataan oma "
       "henkilö heti alusta ja että asiakkaan työkyky selvitetään ennen kuin työkokeilua aletaan etsiä.")

otsikko(d, "1. Taustatiedot", 1)
taulukko(d, [
    ["Toteuttaja", "Rantalan kaupunki, työllisyyspalvelut"],
    ["Osatoteuttajat", "Kuusamäen kunta; Rantalan seudun ammattiopisto Aitta"],
    ["Hankkeen nimi", "Polku töihin – osatyökykyisten työllistymisen tuki"],
    ["Rahoittaja", "Keski-Järvenmaan ELY-keskus, Euroopan sosiaalirahasto plus (Uudistuva ja osaava Suomi 2021–2027)"],
    ["Rahoituspäätös", "Myönteinen päätös saatu joulukuussa 2021"],
    ["Hankeaika", "1.1.2022–31.12.2023"],
    ["Hyväksytty kustannusarvio", "486 000 €"],
], otsikkorivi=False)

otsikko(d, "2. Mihin hanke pyrki?", 1)
kpl(d, "Hanke liittyi ohjelman erityistavoitteeseen, jolla edistetään työllistymistä ja erityisesti "
       "heikossa työmarkkina-asemassa olevien pääsyä töihin. Rantalan seudulla osatyökykyisiä "
       "työnhakijoita oli vuonna 2021 arviolta 900, ja moni heistä oli kiertänyt palvelusta toiseen "
       "ilman selvää suunnitelmaa.")
kpl(d, "Tavoitteena oli, että osatyökykyinen työnhakija saa työkykynsä arvioiduksi ja pääsee "
       "etenemään kohti työtä tai koulutusta. Lisäksi haluttiin, että alueen työnantajat rohkaistuvat "
       "palkkaamaan osatyökykyisiä ja että toimintatapa jää pysyväksi osaksi työllisyyspalveluja.")

otsikko(d, "3. Mitä teimme", 1)
kpl(d, "Hanke kesti suunnitellusti kaksi vuotta. Ensimmäinen puolivuotinen kului asiakasohjauksen "
       "sopimiseen TE-toimiston, sosiaalityön ja terveysasemien kanssa; asiakkaita alkoi tulla "
       "tasaisesti maaliskuusta 2022 alkaen. Toteutus vastasi pääosin alkuperäistä suunnitelmaa. "
       "Suurin muutos oli, että ryhmävalmennus siirrettiin syksyllä 2022 Aitan tiloihin, koska "
       "asiakkaat kokivat oppilaitoksen ympäristön vähemmän leimaavaksi kuin virastotalon.")
kpl(d, "Käytetyt menetelmät:")
luettelo(d, [
    "työkykykoordinaattorin palveluohjaus ja työkyvyn arviointi yhdessä työterveyshoitajan kanssa",
    "henkilökohtainen työhönvalmennus ja työkokeilut",
    "Oma polku -ryhmävalmennus (8 kertaa, neljä ryhmää vuodessa)",
    "työnantajaillat ja yrityskäynnit yhdessä Rantalan yrittäjien kanssa",
])
kpl(d, "Työllisyyspalvelujen johto osallistui ohjausryhmään, ja työllisyyspäällikkö oli mukana "
       "kaikissa työnantajailloissa. Henkilöstön sitoutuminen oli hyvää, mutta TE-toimiston "
       "asiakasohjaus vaihteli virkailijasta riippuen. Ulkopuolista osaamista ostettiin vain "
       "ulkoiseen arviointiin, jonka teki Tutkimusosuuskunta Arvio.")
kpl(d, "Ongelmia oli kaksi. Työnantajia oli vaikea tavoittaa sähköpostikampanjoilla, joten keväällä 2022 "
       "siirryttiin henkilökohtaisiin käynteihin. Syksyllä 2023 projektipäällikkö vaihtui, mikä "
       "hidasti loppuraportointia mutta ei asiakastyötä.")
kpl(d, "Kustannukset toteutuivat 461 200 euron suuruisina eli 95 prosenttia hyväksytystä "
       "kustannusarviosta. Säästö syntyi matkakuluista ja siitä, että yksi valmentajan tehtävä oli "
       "täyttämättä kaksi kuukautta.")

otsikko(d, "4. Tavoitteet ja niiden toteutuminen", 1)
kpl(d, "Alla on verrattu hankesuunnitelmassa asetettuja tavoitetasoja toteutuneisiin.")
taulukko(d, [
    ["Tavoite", "Tavoitetaso", "Toteutunut", "Huomiot"],
    ["Osatyökykyisiä asiakkaita mukana", "120", "134", "Ylittyi"],
    ["Asiakkaista työkyky arvioitu", "90 %", "96 %", "Ylittyi"],
    ["Työllistyneet (avoimet työmarkkinat tai palkkatuki)", "30 %", "27 % (36 hlöä)", "Jäi hieman alle"],
    ["Koulutuksen aloittaneet", "10 %", "16 % (21 hlöä)", "Ylittyi, Aitan ansiosta"],
    ["Uudet työnantajakumppanit", "25", "31", "Ylittyi"],
    ["Toimintamalli kuvattu ja julkaistu", "kyllä", "kyllä", "Innokylä 11/2023"],
])
kpl(d, "Yllättävää oli, kuinka moni asiakas halusi ensin koulutukseen eikä suoraan töihin. "
       "Toteutusta arvioitiin asiakaskyselyllä kahdesti vuodessa, ohjausryhmän kokouksissa ja "
       "ulkoisella arvioinnilla syksyllä 2023. Ulkoisen arvioinnin mukaan malli paransi erityisesti "
       "asiakkaiden kokemusta siitä, että joku kantaa vastuun kokonaisuudesta.")
kpl(d, "Pysyvänä toimintatapana syntyi työkykykoordinaattorin tehtävä, joka vakinaistettiin "
       "työllisyyspalveluihin 1.1.2024 alkaen, sekä Oma polku -valmennus, jota Aitta jatkaa osana "
       "valmentavaa koulutusta. Työyhteisössä näkyy, että osatyökykyiset tunnistetaan aiempaa "
       "varhemmin ja heidät ohjataan suoraan koordinaattorille.")

otsikko(d, "5. Miten tästä eteenpäin", 1)
kpl(d, "Työllisyyspalvelujen siirtyessä kunnille vuoden 2025 alussa malli liitetään Rantalan "
       "työllisyysalueen palvelukuvaukseen. Uudistumiskykyä pidetään yllä niin, että asiakaspalaute "
       "käsitellään jatkossakin puolivuosittain tiimin kehittämispäivässä.")

otsikko(d, "6. Vinkkejä muille", 1)
luettelo(d, [
    "Nimetkää työnantajayhteistyölle oma vastuuhenkilö heti hankkeen alusta.",
    "Selvittäkää työkyky ennen työkokeilun etsimistä – se säästää sekä asiakkaan että työnantajan aikaa.",
    "Oppilaitos on hyvä ja vähemmän leimaava paikka ryhmävalmennukselle.",
])

otsikko(d, "7. Laatimispäivä ja yhteystiedot", 1)
kpl(d, "Raportti on laadittu 15.5.2024. Sen valmistuminen viivästyi projektipäällikön vaihdoksen vuoksi.")
kpl(d, "Lisätietoja antaa työllisyyspäällikkö Marjo Kettunen, Rantalan kaupunki, "
       "marjo.kettunen@rantala.fi, puh. 040 718 2290.")
kpl(d, "Muuta materiaalia: Polku töihin -toimintamallin kuvaus Innokylässä sekä ulkoisen arvioinnin "
       "raportti (Tutkimusosuuskunta Arvio 2023).")

p = tallenna(d, "02_loppuraportti_tyollisyys.docx", LAHTEET)
muunna(p, "pdf")

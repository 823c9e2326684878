"""01: pitkä hankesuunnitelma (hyvinvointialue + seurakunta + järjestö), otsikot lihavoituina ja käsin numeroituina,
muutosten jäljitys, yhdistetyt solut, liitteinä tyhjät lomakkeet. Hyvä asiakirja."""
from apu import *

d = uusi()
lihava(d, "Pohjois-Lakeuden hyvinvointialue", 12)
lihava(d, "HANKESUUNNITELMA: Kotikulma – perheiden arjen tuki lähipalveluna", 16)
kpl(d, "Versio 1.3, päivitetty 12.1.2026. Luonnos ohjausryhmän esivalmistelua varten.")
kpl(d, "Hakija: Pohjois-Lakeuden hyvinvointialue, perhe- ja sosiaalipalvelut. Osatoteuttajat: Lakeuden seurakuntayhtymä "
       "(diakoniatyö ja perhetyö) sekä Perheiden Tukiverkko ry. Hanke kohdistuu pikkulapsiperheisiin, erityisesti "
       "yksinhuoltajiin ja perheisiin, joissa vanhemmat ovat uupuneita tai vailla omaa tukiverkkoa.")

lihava(d, "1) Tausta ja tarve")
kpl(d, "Pohjois-Lakeuden alueella asuu noin 14 000 alle kouluikäistä lasta. Alueen perhepalveluiden asiakaskyselyssä "
       "vuonna 2024 joka kolmas vastaaja kertoi, ettei tiennyt, mistä arjen pulmiin saa apua ennen kuin tilanne on jo "
       "kriisiytynyt. Lastensuojelun avohuollon asiakkuuksien määrä kasvoi vuosina 2021–2024 yhteensä 18 prosenttia, ja "
       "samaan aikaan kevyen perhetyön jonot venyivät pahimmillaan kahdeksaan viikkoon.")
kpl(d, "Perheiden arjen tuki on hajallaan. Neuvola, varhaiskasvatus, seurakunnan perhekerhot ja järjestöjen vertaisryhmät "
       "toimivat kukin omilla tahoillaan, eikä perhe näe niistä kokonaisuutta. Työntekijät puolestaan kertovat, etteivät "
       "he aina tiedä, mitä toisen toimijan ryhmiin kuuluu tai miten perheen voi sinne saattaa. Valmistelutapaamisissa "
       "syyskuussa ja lokakuussa 2025 neuvolan terveydenhoitajat, diakoniatyöntekijät ja järjestön vapaaehtoiset "
       "nostivat esiin saman asian: perhe jää helposti kahden luukun väliin.")
kpl(d, "Hyvinvointialueen hyvinvointisuunnitelma vuosille 2025–2029 painottaa ennaltaehkäisyä ja palveluiden "
       "yhteensovittamista järjestöjen ja seurakuntien kanssa. Kotikulma-hanke toteuttaa tätä linjausta käytännössä: "
       "se tuo perhepalvelut, seurakunnan perhetyön ja järjestön vertaistuen saman katon alle kolmeen lähipisteeseen. "
       "Hanke haetaan rahoitettavaksi sosiaali- ja terveysministeriön perheiden palvelujen kehittämisen avustuksesta, "
       "jonka rahoituskausi on 2026–2028.")
kpl(d, "Tarve on tunnistettu myös alueen lapsiperheiden palvelutarpeen selvityksessä, jonka mukaan erityisesti "
       "Kaarnikan ja Vesiperän taajamissa palvelut ovat kaukana ja julkisen liikenteen yhteydet heikot. Seurakunnan "
       "kerhotiloja on näillä paikkakunnilla vajaakäytössä arkipäivisin, mikä tarjoaa valmiin paikan lähipalvelulle.")

lihava(d, "2) Kenelle hanke on?")
kpl(d, "Ensisijaisia hyödynsaajia ovat alle kouluikäisten lasten perheet kolmessa taajamassa: Kaarnikassa, Vesiperällä "
       "ja Lakeuden keskustan itäosassa. Arvioimme, että hankkeen aikana Kotikulmien toimintaan osallistuu 250–300 "
       "perhettä. Erityisesti haluamme tavoittaa yksinhuoltajat, maahan muuttaneet perheet ja perheet, joilla ei ole "
       "lähellä sukulaisia.")
kpl(d, "Toisena ryhmänä ovat perheiden kanssa työskentelevät ammattilaiset: neuvolan terveydenhoitajat, "
       "perhetyöntekijät, varhaiskasvatuksen erityisopettajat, seurakunnan lastenohjaajat ja diakoniatyöntekijät sekä "
       "järjestön vapaaehtoiset. Heitä on alueella noin 120.")
kpl(d, "Välillisesti hanke hyödyttää hyvinvointialueen päätöksentekijöitä, jotka saavat tietoa siitä, millainen "
       "monitoimijainen lähipalvelu toimii harvaan asutulla alueella.")

lihava(d, "3) Tavoitteet ja niiden seuranta")
kpl(d, "Hankkeen päämääränä on, että lapsiperhe saa apua arjen pulmiin varhain, läheltä ja yhdestä paikasta. "
       "Päämäärä on jaettu kolmeen osatavoitteeseen. Kuvaamme kunkin kohdalla samassa yhteydessä, mitä teemme ja mistä "
       "tiedämme onnistuneemme.")
kpl(d, "Ensinnäkin tavoitteena on, että perheet löytävät arjen tuen nykyistä helpommin. Tätä varten avaamme kolme "
       "Kotikulma-lähipistettä seurakunnan kerhotiloihin, joissa on kahtena päivänä viikossa avoin perhekahvila ja "
       "perhetyöntekijän ilman ajanvarausta tapattava vastaanotto. Onnistumista seuraamme kävijämäärillä, uusien "
       "perheiden osuudella kävijöistä sekä kysymällä perheiltä puolivuosittain lyhyellä kyselyllä, kuinka helppoa "
       "avun löytäminen oli. Tavoitetaso on, että vähintään 70 prosenttia vastaajista pitää avun löytämistä helppona.")
kpl(d, "Toiseksi haluamme, että ammattilaiset tuntevat toistensa palvelut ja ohjaavat perheen oikeaan paikkaan "
       "ensimmäisellä kerralla. Järjestämme neuvolan, varhaiskasvatuksen, seurakunnan ja järjestön työntekijöille "
       "yhteiset verkostoaamupäivät neljästi vuodessa ja laadimme yhdessä sähköisen palvelukartan. Mittarina käytämme "
       "työntekijäkyselyä hankkeen alussa ja lopussa (väittämä: \"tiedän, minne ohjata perheen\") sekä kirjattujen "
       "saattaen ohjausten määrää.")
kpl(d, "Kolmanneksi tavoitteena on, että vanhempien jaksaminen ja vertaistuki vahvistuvat. Perheiden Tukiverkko ry "
       "kouluttaa vapaaehtoisia vertaisohjaajia ja käynnistää jokaiseen lähipisteeseen vanhempien vertaisryhmän. "
       "Vaikutusta seuraamme ryhmien alussa ja lopussa tehtävällä jaksamisen itsearviolla sekä ryhmäläisten "
       "palautekeskusteluilla. Lisäksi kirjaamme ryhmien määrän ja osallistujat.")

p = kpl(d, "Hankkeen tuloksia tarkastellaan myös ulkopuolisen silmin: ")
lisays(p, "Lakeuden ammattikorkeakoulun sosiaalialan opiskelijat tekevät opinnäytetyönä perheiden haastattelut "
          "hankkeen toisena vuonna, ja ohjausryhmä käsittelee kaikki seurantatiedot puolivuosittain.")

lihava(d, "4) Toteutus")
kpl(d, "Hanke etenee kolmessa työpaketissa, jotka limittyvät toisiinsa. Työpakettien sisältö ja vastuut on kuvattu alla.")
kpl(d, "Työpaketti A: Lähipisteet. Hankkeen alussa sovitaan seurakuntayhtymän kanssa tilojen käytöstä ja "
       "aukioloajoista. Perhetyöntekijä ja seurakunnan lastenohjaaja pitävät perhekahvilaa yhdessä, ja kerran "
       "kuukaudessa paikalla on myös neuvolan terveydenhoitaja. Lähipisteiden toiminnasta tehdään alueen "
       "perheille selkeä esite suomeksi, ruotsiksi, arabiaksi ja somaliksi.")
kpl(d, "Työpaketti B: Ammattilaisten verkosto. Verkostoaamupäivissä käydään läpi todellisia, tunnisteettomia "
       "perhetilanteita ja harjoitellaan saattaen ohjaamista. Palvelukartta kootaan ensimmäisen vuoden aikana ja "
       "julkaistaan hyvinvointialueen verkkosivuilla. Jokaiseen työyksikköön nimetään Kotikulma-yhdyshenkilö.")
kpl(d, "Työpaketti C: Vertaistuki. Tukiverkko ry kouluttaa kaksi ryhmää vertaisohjaajia (yhteensä noin 16 henkeä) "
       "ja tukee heitä työnohjauksella. Vertaisryhmät kokoontuvat kymmenen kertaa, ja ryhmän jälkeen perheet voivat "
       "jatkaa omaehtoisina tapaamisina lähipisteessä.")
kpl(d, "Perheen polku – esimerkki. Neuvolan terveydenhoitaja huomaa määräaikaistarkastuksessa, että yksin kolmea "
       "lasta hoitava äiti on väsynyt eikä hänellä ole lähellä ketään, joka voisi ottaa lapset hetkeksi. Hän kertoo "
       "Kotikulmasta ja sopii äidin kanssa, että perhetyöntekijä soittaa seuraavana päivänä. Äiti tulee lasten kanssa "
       "perhekahvilaan, jossa lastenohjaaja leikittää lapsia sillä välin, kun perhetyöntekijä ja äiti juttelevat. "
       "Muutaman käynnin jälkeen äiti liittyy vanhempien vertaisryhmään ja saa tietoa seurakunnan "
       "lastenhoitoavusta. Jos tilanne vaatii, perhetyöntekijä tekee ilmoituksen perhesosiaalityöhön yhdessä äidin "
       "kanssa, jolloin siirtymä tuntuu turvalliselta.")
kpl(d, "Lähipisteiden toimintaa ohjaa kuukausittainen Kotikulma-palaveri, jossa perhetyöntekijä, lastenohjaaja, "
       "vertaisohjaajien edustaja ja hankekoordinaattori sopivat seuraavan kuukauden ohjelmasta, käyvät läpi "
       "palautteen ja sopivat mahdollisista muutoksista. Palaverien muistiot tallennetaan yhteiseen kansioon, jotta "
       "toiminnan kehitys on myöhemmin jäljitettävissä.")
kpl(d, "Maahan muuttaneiden perheiden tavoittamiseksi teemme yhteistyötä alueen kotoutumispalvelujen ja "
       "monikulttuuristen yhdistysten kanssa. Teemailloissa on tarvittaessa tulkki, ja aiheet (esimerkiksi "
       "lapsen uni, ruokailu, varhaiskasvatukseen hakeminen) valitaan perheiden toiveiden mukaan.")
kpl(d, "Työpakettien välissä kulkee juurruttamisen ja viestinnän työ, jota kuvataan tarkemmin luvuissa 9 ja 11.")

lihava(d, "5) Aikataulu")
kpl(d, "Hankeaika on 1.3.2026–28.2.2028 (24 kuukautta).")
kpl(d, "Kevät 2026: hanketyöntekijöiden rekrytointi, tilasopimukset, ohjausryhmän ensimmäinen kokous ja työntekijäkyselyn "
       "alkumittaus. Ensimmäinen lähipiste Kaarnikassa avataan toukokuussa 2026.")
kpl(d, "Syksy 2026: lähipisteet Vesiperällä ja keskustan itäosassa, ensimmäinen vertaisohjaajakoulutus, "
       "verkostoaamupäivät käyntiin.")
kpl(d, "Vuosi 2027: kaikki kolme lähipistettä toiminnassa, toinen vertaisohjaajakoulutus, palvelukartta valmis "
       "alkuvuodesta 2027, opiskelijoiden haastattelut syksyllä 2027.")
p = kpl(d, "Tammi–helmikuu 2028: loppumittaukset, hankkeen loppuseminaari ")
poisto(p, "maaliskuussa 2028")
lisays(p, "helmikuussa 2028")
p.add_run(" ja toiminnan siirto hyvinvointialueen perusrakenteisiin.")

lihava(d, "6) Talous")
kpl(d, "Hankkeen kokonaiskustannusarvio on 486 000 euroa, josta haetaan avustusta 80 prosenttia ja omarahoitus "
       "(20 %) katetaan hyvinvointialueen ja seurakuntayhtymän työpanoksella. Erittely vuosittain:")
t = taulukko(d, [
    ["Kustannuslaji", "2026", "2027", "2028", "Yhteensä"],
    ["Henkilöstö (hankekoordinaattori 100 %, perhetyöntekijä 100 %)", "118 000", "142 000", "24 000", "284 000"],
    ["Järjestön osuus (vertaisohjaajakoulutus, ryhmät)", "34 000", "41 000", "5 000", "80 000"],
    ["Tilat ja toimintakulut", "22 000", "26 000", "4 000", "52 000"],
    ["Viestintä ja seminaarit", "12 000", "14 000", "9 000", "35 000"],
    ["Ostopalvelut (käännökset, tulkkaus)", "15 000", "15 000", "5 000", "35 000"],
    ["Yhteensä", "", "", "", "486 000"],
])
c = t.cell(6, 0).merge(t.cell(6, 3))
c.text = "Kokonaiskustannukset yhteensä"
kpl(d, "Hankekoordinaattorin työajasta noin 20 prosenttia on varattu koko hankkeen ajan tulosten juurruttamiseen ja "
       "siirtämiseen pysyvään toimintaan; lisäksi hankkeen viimeisenä puolena vuonna perhepalvelujen esihenkilöille "
       "on budjetoitu 0,2 henkilötyövuotta toiminnan käyttöönottoon.")

lihava(d, "7) Organisointi ja yhteistyö")
kpl(d, "Hankkeen hallinnoijana toimii Pohjois-Lakeuden hyvinvointialue. Hankkeen ohjausryhmään kuuluvat "
       "perhepalvelujen palvelualuejohtaja (puheenjohtaja), neuvolapalvelujen palvelupäällikkö, seurakuntayhtymän "
       "diakoniajohtaja, Perheiden Tukiverkko ry:n toiminnanjohtaja, kaksi perheiden edustajaa sekä "
       "varhaiskasvatuksen edustaja. Ohjausryhmä kokoontuu noin neljä kertaa vuodessa.")
kpl(d, "Hankkeessa työskentelevät hankekoordinaattori ja perhetyöntekijä. Seurakuntayhtymä osoittaa hankkeeseen "
       "lastenohjaajan työaikaa 30 prosenttia ja Tukiverkko ry osa-aikaisen vapaaehtoistyön koordinaattorin. "
       "Yhteistyöstä tehdään kumppanuussopimus, jossa sovitaan tilojen käyttö, vastuut ja tietosuoja.")
kpl(d, "Alueen muut järjestöt, kuten paikalliset MLL-yhdistykset ja monikulttuuriset yhdistykset, kutsutaan mukaan "
       "verkostoaamupäiviin ja lähipisteiden teemailtoihin.")

lihava(d, "8) Riskit ja niihin varautuminen")
taulukko(d, [
    ["Riski", "Todennäköisyys", "Varautuminen"],
    ["Perheet eivät löydä lähipisteitä", "keskisuuri", "monikielinen esite, neuvolan ja varhaiskasvatuksen suora ohjaus, somekanavat"],
    ["Henkilöstön vaihtuvuus", "keskisuuri", "työparimalli, toimintaohjeet kirjallisina, perehdytysaineisto"],
    ["Vapaaehtoisten uupuminen", "pieni", "työnohjaus, selkeä rooli, ryhmät aina kahden ohjaajan vetämiä"],
    ["Tietosuojaan liittyvät epäselvyydet", "pieni", "kumppanuussopimus, yhteinen tietosuojaohje, ei asiakastietojen kirjaamista yhteisiin järjestelmiin"],
])

lihava(d, "9) Viestintä")
kpl(d, "Viestinnällä on kaksi tehtävää: perheiden on tiedettävä Kotikulmista, ja ammattilaisten ja päättäjien on "
       "tiedettävä, mitä hankkeessa opitaan. Perheille viestimme neuvolan ja varhaiskasvatuksen kautta, "
       "seurakunnan perhetyön kanavissa, paikallislehdessä ja Facebook-ryhmissä. Ammattilaisille kerromme hankkeen "
       "etenemisestä hyvinvointialueen intranetissä ja verkostoaamupäivissä.")
kpl(d, "Hankkeen tuotokset – lähipisteen toimintamalli, palvelukartta ja vertaisryhmän ohjaajan opas – kuvataan "
       "Innokylään ja esitellään loppuseminaarissa, johon kutsutaan naapurihyvinvointialueiden perhepalvelut. "
       "Lisäksi kirjoitamme artikkelin alan ammattilehteen.")

lihava(d, "10) Tulokset ja vaikutukset")
kpl(d, "Hankkeen välittömiä tuotoksia ovat kolme toimivaa lähipistettä, koulutetut vertaisohjaajat, palvelukartta "
       "ja kirjallinen lähipisteen toimintamalli. Pidemmällä aikavälillä odotamme, että perheiden tuen tarve "
       "tunnistetaan aiemmin, kevyen perhetyön jonot lyhenevät ja lastensuojelun avohuollon asiakkuuksien kasvu "
       "taittuu. Ammattilaisten yhteistyö seurakunnan ja järjestöjen kanssa muuttuu satunnaisesta säännölliseksi.")
kpl(d, "Vaikutuksia ei voida täysin todentaa kahdessa vuodessa, mutta hankkeen seurantatiedot antavat perustan "
       "sille, että hyvinvointialue voi myöhemmin arvioida toimintamallin vaikuttavuutta omassa tietopohjassaan.")

lihava(d, "11) Miten toiminta jää elämään?")
kpl(d, "Olemme suunnitelleet toiminnan jatkumista jo hakuvaiheessa: perhepalvelujen palvelualuejohtaja ja "
       "seurakuntayhtymän diakoniajohtaja ovat olleet mukana hakemuksen valmistelussa, ja lähipisteet on sijoitettu "
       "tiloihin, joissa ne voivat jatkaa ilman uusia vuokrakuluja.")
kpl(d, "Hankkeen alusta lähtien kerromme säännöllisesti, mitä lähipisteissä tapahtuu ja mitä perheet niistä "
       "sanovat: esihenkilöt saavat neljännesvuosittain lyhyen koosteen, ja ohjausryhmä käsittelee sen. Näin "
       "toiminta on johdolle tuttu jo ennen kuin siitä pitää päättää.")
kpl(d, "Toimintamallia muokataan eri paikkakuntien tarpeisiin. Kaarnikassa perhekahvila voi toimia aamupäivisin, "
       "Vesiperällä iltapäivisin koulukuljetusten aikaan, ja maahan muuttaneille perheille kokeilemme tulkin "
       "kanssa pidettäviä teemailtoja. Kokemukset kirjataan, jotta malli sopii myöhemmin myös muihin taajamiin.")
kpl(d, "Toisena hankevuonna tarjoamme mallia kokeiltavaksi kahdelle hyvinvointialueen muulle alueelle sekä "
       "naapurihyvinvointialueelle. Hankkeen työntekijät tukevat näitä kokeiluja perehdytyksellä ja "
       "aineistoilla, mutta kokeilut tehdään paikallisten työntekijöiden voimin.")
kpl(d, "Hankkeen päättyessä lähipisteiden toiminta kirjataan perhepalvelujen palveluvalikoimaan ja talousarvioon "
       "vuodesta 2028 alkaen. Tästä vastaa perhepalvelujen palvelualuejohtaja. Seurakuntayhtymän diakoniajohtaja "
       "vastaa siitä, että kerhotilat ja lastenohjaajan työpanos sisältyvät seurakuntayhtymän toimintasuunnitelmaan, "
       "ja Perheiden Tukiverkko ry:n toiminnanjohtaja vastaa vertaisryhmien jatkumisesta järjestön perustoimintana. "
       "Jatkosta tehdään kirjallinen sopimus viimeistään joulukuussa 2027.")

lihava(d, "12) Hakijan yhteystiedot")
kpl(d, "Hankkeen valmistelija: kehittämispäällikkö Anu Rinne, Pohjois-Lakeuden hyvinvointialue, "
       "anu.rinne@pohjoislakeus.example, puh. 040 123 4567.")

# Liitteet
sivunvaihto(d)
lihava(d, "Liite 1. Kotikulman perhekyselyn lomake (täytetään puolivuosittain)", 13)
kpl(d, "Lomake jaetaan perhekahvilassa paperisena ja QR-koodilla. Vastaaminen on vapaaehtoista ja nimetöntä.")
kysymykset = [
    "Mistä kuulitte Kotikulmasta?",
    "Kuinka helppoa teidän oli löytää apua arjen kysymyksiin? (1 = hyvin vaikeaa … 5 = hyvin helppoa)",
    "Saitteko tarvitsemaanne tukea? Jos ette, mitä jäi puuttumaan?",
    "Oletteko käyttänyt joitakin näistä: perhekahvila, perhetyöntekijän vastaanotto, vertaisryhmä, teemailta?",
    "Mitä toivoisitte Kotikulmaan lisää?",
    "Muuta palautetta:",
]
for i, q in enumerate(kysymykset, 1):
    kpl(d, f"{i}. {q}")
    kpl(d, "______________________________________________")
kpl(d, "Kiitos vastauksestanne! Palauta lomake perhekahvilan palautelaatikkoon.")

sivunvaihto(d)
lihava(d, "Liite 2. Vanhempien vertaisryhmän jaksamisen itsearvio (ryhmän alussa ja lopussa)", 13)
kpl(d, "Arvioi seuraavia väittämiä asteikolla 1–5 (1 = täysin eri mieltä, 5 = täysin samaa mieltä).")
taulukko(d, [
    ["Väittämä", "1", "2", "3", "4", "5"],
    ["Jaksan arjessa useimpina päivinä hyvin.", "", "", "", "", ""],
    ["Minulla on joku, jolle voin puhua huolistani.", "", "", "", "", ""],
    ["Tiedän, mistä saan apua, jos arki käy raskaaksi.", "", "", "", "", ""],
    ["Koen olevani riittävän hyvä vanhempi.", "", "", "", "", ""],
    ["Tunnen muita samassa tilanteessa olevia vanhempia.", "", "", "", "", ""],
])
kpl(d, "Ryhmän ohjaaja kokoaa vastaukset nimettöminä ja toimittaa yhteenvedon hankekoordinaattorille.")

sivunvaihto(d)
lihava(d, "Liite 3. Työntekijäkyselyn väittämät (alku- ja loppumittaus)", 13)
for v in ["Tiedän, minne ohjata perheen, jonka arki on kuormittunut.",
          "Tunnen seurakunnan perhetyön ja järjestöjen vertaisryhmät alueellani.",
          "Olen ohjannut perheen toiselle toimijalle saattaen viimeisen puolen vuoden aikana.",
          "Yhteistyö eri toimijoiden välillä on alueellani sujuvaa.",
          "Saan riittävästi tietoa muiden toimijoiden palveluista."]:
    kpl(d, "– " + v + " (1–5)")
kpl(d, "Vastaajan taustatieto: työyksikkö ja ammattiryhmä. Kysely toteutetaan hyvinvointialueen kyselytyökalulla.")

sivunvaihto(d)
lihava(d, "Liite 4. Kumppanuussopimuksen pääkohdat (luonnos)", 13)
for v in ["Sopijaosapuolet: Pohjois-Lakeuden hyvinvointialue, Lakeuden seurakuntayhtymä, Perheiden Tukiverkko ry.",
          "Tilat: seurakuntayhtymä luovuttaa Kaarnikan, Vesiperän ja Itä-Lakeuden kerhotilat Kotikulman käyttöön "
          "tiistaisin ja torstaisin klo 9–15 korvauksetta.",
          "Henkilöstö: kukin osapuoli vastaa omien työntekijöidensä työnjohdosta; yhteinen toiminta sovitaan "
          "Kotikulman kuukausipalaverissa.",
          "Tietosuoja: asiakastietoja kirjataan vain hyvinvointialueen järjestelmiin; seurakunnan ja järjestön "
          "työntekijät eivät käsittele potilas- tai asiakastietoja.",
          "Viestintä: kaikki osapuolet käyttävät yhteistä Kotikulma-tunnusta ja mainitsevat rahoittajan.",
          "Sopimuksen kesto: hankeajan, minkä jälkeen osapuolet tekevät jatkosopimuksen."]:
    kpl(d, "– " + v)

import sys
d.save(sys.argv[1])

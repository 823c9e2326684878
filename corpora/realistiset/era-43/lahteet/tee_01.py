import sys; sys.path.insert(0, "/tmp/batches/era-43/lahteet")
from apu import *

d = uusi()
alatunniste(d, "DigiNuoska – hankehakemus, versio 3, 22.9.2025", "Ruskalahden kaupunki / Nuorisopalvelut")
kpl(d, "HANKEHAKEMUS", bold=True)
otsikko(d, "DigiNuoska – digitaalisen nuorisotyön kehittämishanke 2026–2027", 0)
kpl(d, "Haettava rahoitus: Pohjanrannan aluekehitysrahaston nuoriso- ja osallisuushaku 2025 (ohjelmakausi 2024–2029). "
       "Hakemuksen täyttöohje: vastaa jokaiseen kohtaan omin sanoin, merkkimäärät ovat ohjeellisia.", italic=True)

otsikko(d, "1. Hakijan tiedot", 1)
otsikko(d, "1.1 Hakijaorganisaatio", 2)
kpl(d, "Ruskalahden kaupunki, sivistystoimiala, nuorisopalvelut. Y-tunnus 0912345-6. Osoite: Kirkkokatu 14, 61800 Ruskalahti.")
otsikko(d, "1.2 Hankkeen yhteyshenkilö", 2)
kpl(d, "Nuorisopalvelupäällikkö Marjut Kallionpää, p. 040 123 4470, marjut.kallionpaa@ruskalahti.example.fi. "
       "Hankkeen vastuullisena johtajana toimii sivistysjohtaja Heikki Rautalahti.")

otsikko(d, "2. Hankkeen tausta ja tarve", 1)
otsikko(d, "2.1 Lähtötilanne (enintään 3000 merkkiä)", 2)
kpl(d, "Ruskalahdessa asuu noin 3 900 13–29-vuotiasta nuorta. Kaupungin nuorisotiloja on kolme, ja niiden kävijämäärät "
       "ovat laskeneet: vuonna 2019 tiloissa kirjattiin 21 400 käyntiä, vuonna 2024 enää 13 100. Samaan aikaan "
       "kouluterveyskyselyn 2023 mukaan 28 prosenttia ruskalahtelaisista 8.–9.-luokkalaisista kokee itsensä yksinäiseksi "
       "vähintään toisinaan. Nuoret ovat siirtäneet vapaa-aikaansa verkkoon, mutta nuorisotyö ei ole siellä juuri läsnä: "
       "kaupungin nuorisopalveluilla on Instagram-tili, jota päivitetään satunnaisesti, eikä yhtään verkossa tapahtuvaa ohjattua toimintaa.")
kpl(d, "Nuoriso-ohjaajat ovat itse nostaneet esiin, että heiltä puuttuu aikaa ja osaamista verkossa tehtävään työhön. "
       "Henkilöstökyselyssä (marraskuu 2024, n=14) vain kolme ohjaajaa arvioi digitaalisen nuorisotyön osaamisensa hyväksi. "
       "Lisäksi verkkotyölle ei ole sovittu pelisääntöjä: kuka päivystää, miten toimitaan huolestuttavissa tilanteissa ja miten "
       "tietosuoja hoidetaan.")
otsikko(d, "2.2 Hankkeen valmistelu", 2)
p = kpl(d, "Hanketta on valmisteltu yhdessä nuorten ja henkilöstön kanssa. Nuorisovaltuuston kanssa pidettiin ideointityöpaja "
           "14.3.2025 ja yläkoulujen oppilaskuntien kanssa kaksi kyselytuntia huhtikuussa 2025. Nuorisopalveluiden henkilöstö "
           "kävi hankeidean läpi kehittämispäivässä 2.6.2025. ")
muutos(p, lisatty="Valmisteluun osallistui myös Ruskalahden seurakunnan nuorisotyö.",
       poistettu="Valmisteluun osallistuivat kaikki halukkaat.")
kpl(d, "Valmistelun aikana sovittiin myös, että nuorisopalvelupäällikkö vie hankkeen tulosten käyttöönoton kaupungin "
       "nuorisotyön toimintasuunnitelmaan jo hakuvaiheessa, jotta verkkotyö ei jää irralliseksi kokeiluksi.")

otsikko(d, "3. Tavoitteet", 1)
kpl(d, "Hankkeen päämäärä on, että ruskalahtelainen nuori löytää aikuisen nuorisotyöntekijän myös verkosta. "
       "Päämäärää kohti edetään kolmen tavoitteen ja niiden osatavoitteiden kautta:")
lihava(d, "1. Nuoret tavoitetaan verkossa aiempaa paremmin.")
kpl(d, "1.1 Nuorisopalveluilla on säännöllinen, ohjattu chat-päivystys, jonka nuoret tuntevat.")
kpl(d, "1.2 Verkkoon syntyy pysyvä, ohjattu pelaamisen ja harrastamisen yhteisö yläkouluikäisille.")
lihava(d, "2. Nuoriso-ohjaajien digitaalisen nuorisotyön osaaminen vahvistuu.")
kpl(d, "2.1 Jokainen ohjaaja osaa toimia verkkopäivystäjänä ja tunnistaa verkossa huolta herättävät tilanteet.")
kpl(d, "2.2 Verkkotyölle on kirjalliset, yhteisesti sovitut pelisäännöt.")
lihava(d, "3. Nuoret osallistuvat verkkopalveluiden suunnitteluun ja arviointiin.")
kpl(d, "Tavoitteiden toteutumista seurataan luvussa 8 kuvatuilla mittareilla.", italic=True)

otsikko(d, "4. Kohderyhmä ja hyödynsaajat", 1)
kpl(d, "Välitön kohderyhmä ovat ruskalahtelaiset 13–17-vuotiaat nuoret (noin 1 250 nuorta) ja erityisesti ne, jotka eivät käy "
       "nuorisotiloilla. Toinen kohderyhmä ovat nuorisopalveluiden 14 ohjaajaa sekä seurakunnan ja koulujen nuorten kanssa "
       "työskentelevät aikuiset. Välillisesti hyötyvät huoltajat ja naapurikuntien nuorisopalvelut, joille verkkotyön malli levitetään.")

otsikko(d, "5. Toteutus ja toimenpiteet", 1)
kpl(d, "Hanke toteutetaan kolmena työpakettina. Työpaketit on kuvattu alla; aikataulu on luvussa 6.")
otsikko(d, "5.1 Työpaketti A: Nuorisotyö verkossa", 2)
kpl(d, "Käynnistetään nuorisopalveluiden chat-päivystys kolmena iltana viikossa (ma, ke, to klo 17–21) Ruskalahden "
       "Nuoska-chatissa. Päivystyksestä kerrotaan yläkouluilla oppituntikierroksella ja koulujen Wilma-tiedotteella. "
       "Discordiin perustetaan nuorisopalveluiden oma palvelin, jossa ohjaajat vetävät pelailta- ja harrasteryhmiä kahdesti "
       "viikossa. Yhteisön säännöt laaditaan yhdessä ensimmäisten jäsenten kanssa.")
otsikko(d, "5.2 Työpaketti B: Osaaminen ja pelisäännöt", 2)
kpl(d, "Ohjaajat osallistuvat kuuden koulutuspäivän valmennukseen (verkkopäivystys, puheeksiotto verkossa, tietosuoja ja "
       "pelikulttuuri). Koulutuksen järjestää Valtakunnallinen Verkkonuorisotyön Osaamiskeskus Vinku ry. Valmennuksen "
       "päätteeksi jokainen ohjaaja tekee ohjatun harjoituspäivystyksen työparin kanssa.")
kpl(d, "Verkkotyön pelisäännöt kirjoitetaan työryhmässä, johon kuuluu kolme ohjaajaa, kaupungin tietosuojavastaava ja "
       "kaksi nuorisovaltuutettua. Luonnos kommentoidaan henkilöstön kehittämispäivässä ja hyväksytään sivistyslautakunnassa.")
otsikko(d, "5.3 Työpaketti C: Nuoret kehittäjinä", 2)
kpl(d, "Perustetaan 8–10 nuoren kehittäjäraati, joka kokoontuu kerran kuussa (osin verkossa) ja testaa uusia "
       "toimintamuotoja ennen niiden käynnistämistä. Raatilaisille maksetaan pieni palkkio. Kaksi kertaa vuodessa raati "
       "järjestää avoimen 'Sano suoraan' -illan, jossa nuoret antavat palautetta verkkotoiminnasta.")

otsikko(d, "6. Aikataulu", 1)
kpl(d, "Hankeaika on 1.1.2026–31.12.2027 (24 kuukautta).")
t = taulukko(d, [
    ["Ajankohta", "Mitä tehdään"],
    ["Q1/2026", "Hankkeen aloitus, rekrytointi, juurruttamisen työsuunnitelma ohjausryhmälle, pelisääntötyöryhmä aloittaa"],
    ["Q2/2026", "Koulutusvalmennus alkaa, chat-päivystyksen pilotti, kehittäjäraati perustetaan"],
    ["syksy 2026", "Chat-päivystys kolmena iltana viikossa, Discord-yhteisö avataan, ensimmäinen Sano suoraan -ilta"],
    ["kevät 2027", "Pelisäännöt sivistyslautakuntaan, toimintamallin kuvaus Innokylään, naapurikuntien kokeilut"],
    ["syksy 2027", "Loppukysely, loppuseminaari, siirto perustoimintaan"],
])
p = kpl(d, "Loppuseminaari: ")
muutos(p, lisatty="25.11.2027 Ruskalahden kulttuuritalolla.", poistettu="tammikuussa 2028 verkossa.")
kpl(d, "Hankkeen päätyttyä verkkopäivystys jatkuu vuodesta 2028 alkaen osana nuorisopalveluiden perustoimintaa.")

otsikko(d, "7. Organisointi ja yhteistyö", 1)
kpl(d, "Hankkeen hallinnoija on Ruskalahden kaupunki. Hankkeeseen palkataan kokoaikainen hankekoordinaattori (24 kk) "
       "ja puolipäiväinen verkkonuoriso-ohjaaja (24 kk). Ohjausryhmään kuuluvat sivistysjohtaja (pj.), "
       "nuorisopalvelupäällikkö, yläkoulujen rehtorien edustaja, seurakunnan nuorisotyönohjaaja, kaksi nuorisovaltuutettua "
       "ja rahoittajan edustaja. Ohjausryhmä kokoontuu neljästi vuodessa.")
kpl(d, "Yhteistyökumppaneita ovat Vinku ry (koulutus), Ruskalahden seurakunta, Ruskalahden yläkoulut sekä naapurikunnat "
       "Kiviniemi ja Haapakoski, jotka kokeilevat mallia vuonna 2027.")

otsikko(d, "8. Seuranta ja arviointi", 1)
kpl(d, "Hanke kerää seurantatietoa koko hankkeen ajan ja raportoi ohjausryhmälle jokaisessa kokouksessa. "
       "Tavoitteittain seurataan seuraavia asioita:")
taulukko(d, [
    ["Mitä seurataan", "Mittari / tiedonlähde", "Tavoitetaso"],
    ["Chat-päivystyksen tunnettuus ja käyttö", "keskustelujen määrä kuukaudessa (chat-tilasto); yläkoulukysely: tunteeko nuori palvelun",
     "150 keskustelua/kk syksyllä 2027; 60 % tuntee"],
    ["Discord-yhteisö", "aktiivisten jäsenten määrä, ryhmäkertojen määrä, jäsenten palautekysely kahdesti vuodessa", "120 aktiivista jäsentä"],
    ["Ohjaajien osaaminen", "osaamisen itsearvio ennen valmennusta ja sen jälkeen; harjoituspäivystysten palaute", "kaikki 14 ohjaajaa päivystäjinä"],
    ["Pelisäännöt", "pelisäännöt hyväksytty sivistyslautakunnassa; ohjaajien kysely sääntöjen toimivuudesta", "hyväksytty kevät 2027"],
    ["Nuorten osallistuminen", "raadin kokousten ja osallistujien määrä; Sano suoraan -iltojen palaute ja niiden pohjalta tehdyt muutokset",
     "10 kokousta/v, 4 iltaa"],
    ["Nuorten tavoittaminen kokonaisuutena", "verkossa tavoitettujen eri nuorten määrä suhteessa nuorisotilojen kävijöihin", "vähintään 400 eri nuorta/v"],
])
kpl(d, "Lisäksi hanke tekee itsearvioinnin puolivuosittain ohjausryhmän kanssa. Rahoittajan edellyttämä väliraportti "
       "toimitetaan 31.1.2027 mennessä.")

otsikko(d, "9. Odotetut tulokset ja vaikutukset", 1)
kpl(d, "Hankkeen tuloksena Ruskalahdessa on toimiva verkkonuorisotyön malli: chat-päivystys, ohjattu Discord-yhteisö, "
       "koulutettu henkilöstö, hyväksytyt pelisäännöt ja nuorten kehittäjäraati. Pitkällä aikavälillä odotamme, että "
       "nuorten kokema yksinäisyys vähenee ja että nuoret, joita nuorisotyö ei nyt tavoita, saavat aikuisen tuen "
       "matalalla kynnyksellä. Malli on kuvattu niin, että muut kunnat voivat ottaa sen käyttöön.")

otsikko(d, "10. Tulosten juurruttaminen ja jatkuvuus (enintään 4000 merkkiä)", 1)
kpl(d, "Vastaus:", bold=True)
kpl(d, "Juurruttaminen alkaa jo hakuvaiheessa: nuorisopalvelupäällikkö on varannut kaupungin nuorisotyön "
       "toimintasuunnitelmaan 2026–2028 kohdan verkkonuorisotyölle, ja hankkeen ensimmäisessä ohjausryhmän kokouksessa "
       "(Q1/2026) hyväksytään juurruttamisen työsuunnitelma.")
kpl(d, "Kerromme tekemisestämme alusta asti: nuorille koulujen kautta ja somessa, henkilöstölle kuukausittaisissa "
       "tiimipalavereissa ja päättäjille sivistyslautakunnan iltakoulussa kerran vuodessa. Hankkeen verkkosivut ovat "
       "kaupungin sivuilla.")
kpl(d, "Mallia muokataan eri käyttäjille: kehittäjäraati testaa jokaisen uuden toimintatavan, ja päivystyksestä tehdään "
       "erillinen versio 18–29-vuotiaille yhdessä kaupungin työllisyyspalveluiden etsivän nuorisotyön kanssa.")
kpl(d, "Naapurikunnat Kiviniemi ja Haapakoski kokeilevat chat-päivystystä ja pelisääntöjä keväällä 2027 hankkeen "
       "ohjaajien tuella. Toimintamallin kuvaus julkaistaan Innokylässä ja esitellään maakunnallisessa nuorisotyön "
       "seminaarissa syksyllä 2027.")
kpl(d, "Pysyväksi toiminta saadaan siten, että verkkopäivystys kirjataan nuorisopalveluiden palvelukuvaukseen ja "
       "ohjaajien työaikasuunnitelmiin. Tulosten jatkosta hankkeen jälkeen vastaa Ruskalahden kaupungin "
       "nuorisopalvelupäällikkö; sivistyslautakunta on sitoutunut varaamaan vuoden 2028 talousarvioon yhden "
       "verkkonuoriso-ohjaajan toimen.")
kpl(d, "Juurruttamiseen on varattu hankkeen budjetista 20 prosenttia hankekoordinaattorin työajasta sekä 6 000 euroa "
       "seminaari-, materiaali- ja matkakuluihin (ks. luku 13).")

otsikko(d, "11. Riskit ja niiden hallinta", 1)
taulukko(d, [
    ["Riski", "Todennäköisyys", "Hallinta"],
    ["Nuoret eivät löydä päivystystä", "keskisuuri", "koulukierrokset, nuorten oma markkinointi, raadin ideat"],
    ["Ohjaajien vaihtuvuus", "pieni", "koulutusmateriaalit tallennetaan, perehdytysmalli"],
    ["Verkossa ilmenee vakavia huolitilanteita", "keskisuuri", "pelisäännöt, yhteistyö sosiaalipäivystyksen kanssa"],
])

otsikko(d, "12. Viestintä", 1)
kpl(d, "Viestinnästä vastaa hankekoordinaattori yhdessä kaupungin viestintäyksikön kanssa. Kanavat: nuorisopalveluiden "
       "Instagram ja TikTok, Wilma-tiedotteet, kaupungin verkkosivut, paikallislehti Ruskalahden Sanomat sekä hankkeen "
       "loppuseminaari. Laadimme viestintäsuunnitelman hankkeen kahden ensimmäisen kuukauden aikana.")

otsikko(d, "13. Kustannusarvio ja rahoitus", 1)
t = taulukko(d, [
    ["Kustannuslaji", "2026 (€)", "2027 (€)", "Yhteensä (€)"],
    ["Henkilöstökulut", "68 400", "70 200", "138 600"],
    ["Koulutus (Vinku ry)", "9 000", "3 000", "12 000"],
    ["Raadin palkkiot ja tarjoilut", "2 400", "2 400", "4 800"],
    ["Juurruttaminen ja levittäminen", "1 500", "4 500", "6 000"],
    ["Muut kulut", "3 100", "2 900", "6 000"],
    ["Yhteensä", "84 400", "83 000", "167 400"],
])
kpl(d, "Rahoitus: aluekehitysrahasto 80 % (133 920 €), Ruskalahden kaupunki 20 % (33 480 €).")

kpl(d, "Liitteet: 1) Nuorisovaltuuston lausunto 20.8.2025, 2) Sivistyslautakunnan päätös 9.9.2025 § 58.", italic=True)
d.save("/tmp/batches/era-43/01_hankesuunnitelma_diginuoska.docx")

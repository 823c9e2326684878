"""s-nuorisotyo-hankehakemus-esr.docx – pitkä ESR+-hankesuunnitelma, jäljitetyt muutokset ja yhdistetyt solut."""
from apu import *

A = "Sanna Koivisto"
A2 = "Timo Rantanen"
DT = "2025-10-13T14:02:00Z"
DT2 = "2025-10-14T08:40:00Z"


def rakenna(polku):
    d = uusi_dokumentti(A, "Polkuja työelämään – hankesuunnitelma", pvm(2025, 9, 1))
    d.add_heading("HANKESUUNNITELMA", 0)
    lihava_rivi(d, "Polkuja työelämään – jalkautuvan ohjaamotyön malli Harjuvaarassa")
    kappale(d, "Liite ESR+-hakemukseen (EURA 2021) · Versio 2 · 14.10.2025 · kommentit Sannalle 20.10. mennessä")

    # 1 perustiedot: toteutusaika muutettu jäljitetysti
    lihava_rivi(d, "1. Hankkeen perustiedot")
    t = taulukko(d, [
        ["Kenttä", "Tieto"],
        ["Hakija", "Harjuvaaran kaupunki, elinvoimapalvelut / Ohjaamo Harjuvaara"],
        ["Osatoteuttajat", "Harjuvaaran seudun ammattiopisto Kaari; Harjuvaaran Yrittäjät ry"],
        ["Rahoitusohjelma", "Uudistuva ja osaava Suomi 2021–2027 (ESR+), toimintalinja 4"],
        ["Rahoittava viranomainen", "Etelä-Savon ELY-keskus"],
        ["Toteutusaika", ""],
        ["Kokonaiskustannukset", "742 000 €"],
        ["Yhteyshenkilö", "kehittämispäällikkö Sanna Koivisto, sanna.koivisto@harjuvaara.fi, 044 781 2290"],
    ])
    solu = t.cell(5, 1)
    p0 = solu.paragraphs[0]._p
    raaka_kappale(solu, dele("1.1.2026–31.12.2027 (24 kk)", A2, DT) + ins("1.3.2026–28.2.2029 (36 kk)", A2, DT))
    p0.getparent().remove(p0)
    kappale(d, "")


    lihava_rivi(d, "Hankkeen tiivistelmä")
    kappale(d, "Polkuja työelämään on Harjuvaaran kaupungin kolmivuotinen ESR+-hanke, jossa Ohjaamon "
               "palvelut viedään sinne, missä nuoret ovat. Kaksi jalkautuvaa ohjaajaa työskentelee "
               "kauppakeskuksessa, asuinalueiden nuorisotiloissa, urheiluhalleilla ja sosiaalisessa mediassa ja "
               "tavoittaa nuoria, jotka eivät itse hakeudu palveluihin. Kun nuori siirtyy koulutukseen, "
               "työkokeiluun tai töihin, hänen tukenaan on siirtymäkummi kolmen kuukauden ajan. Samalla "
               "rakennetaan yhdessä Harjuvaaran Yrittäjien kanssa työnantajaverkosto, jonka työpaikkaohjaajat on "
               "valmennettu ottamaan vastaan nuoria. Hankkeen tavoitteena on tavoittaa 300 Ohjaamolle uutta "
               "nuorta, nopeuttaa ja vakauttaa siirtymiä sekä synnyttää 60 työ- tai oppisopimusta. Hankkeen "
               "tuloksena syntyy toimintamalli kolmena versiona, joista kevennettyä kokeillaan kahdessa "
               "naapurikunnassa. Toiminnan jatkuvuus on valmisteltu kaupungin johtoryhmässä jo hakuvaiheessa, ja "
               "jalkautuva työ on tarkoitus vakinaistaa osaksi kaupungin työllisyyspalveluja.")
    lihava_rivi(d, "2. Miksi hanketta tarvitaan?")
    kappale(d, "Harjuvaarassa asuu noin 58 000 asukasta, joista 15–29-vuotiaita on 9 400. Tilastokeskuksen "
               "työssäkäyntitilaston mukaan vuonna 2023 heistä 11,8 prosenttia oli työn, koulutuksen ja "
               "asevelvollisuuden ulkopuolella, kun koko maan luku oli 9,6 prosenttia. Nuorten työttömien "
               "työnhakijoiden määrä kasvoi vuosien 2022 ja 2024 välillä 612:sta 874:ään, ja yli vuoden "
               "työttömänä olleiden nuorten osuus on kaksinkertaistunut viidessä vuodessa.")
    kappale(d, "Ohjaamo Harjuvaara on toiminut vuodesta 2016. Sen asiakasmäärä kasvoi vuosina 2019–2024 "
               "640:stä 1 120:een, mutta kasvu on kohdistunut nuoriin, jotka osaavat itse hakeutua palveluun. "
               "Ohjaamon asiakaskyselyssä (2024, n = 318) 71 % vastaajista kertoi tulleensa omasta aloitteestaan "
               "tai vanhemman kehotuksesta. Etsivän nuorisotyön havaintojen mukaan juuri ne nuoret, joilla on "
               "eniten tuen tarvetta – pitkään kotona olleet, koulutuksen keskeyttäneet ja osa maahan muuttaneista "
               "nuorista – eivät tule Ohjaamon ovesta sisään. Heitä on erityisesti Kaskenniityn, Rantakylän ja "
               "Länsiharjun asuinalueilla, joilla ei ole omia nuorten palveluja.")
    kappale(d, "Toinen tunnistettu ongelma on siirtymävaihe. Kun nuori on ohjattu eteenpäin, esimerkiksi "
               "ammatilliseen koulutukseen tai työkokeiluun, yhteys katkeaa usein ensimmäisten viikkojen aikana. "
               "Ammattiopisto Kaaren tilastoissa ensimmäisen vuoden aikana keskeyttäneiden osuus oli lukuvuonna "
               "2023–2024 14 %. Työnantajat puolestaan kertovat, että nuorten palkkaamiseen liittyy epävarmuutta: "
               "Harjuvaaran Yrittäjien jäsenkyselyssä keväällä 2025 vain 23 % vastanneista yrityksistä oli "
               "palkannut alle 25-vuotiaan viimeisen kahden vuoden aikana, vaikka 58 % ilmoitti työvoimapulasta.")
    kappale(d, "Hanketta valmisteltiin syksyllä 2025 kolmessa työpajassa (2.9., 23.9. ja 7.10.2025), joihin "
               "osallistui Ohjaamon ja etsivän nuorisotyön henkilöstöä, Kaaren opinto-ohjaajia, työllisyysalueen "
               "asiantuntijoita, yrittäjiä sekä kuusi nuorta Ohjaamon nuorten raadista. Nuorten raati toi esiin, "
               "että palvelun pitää tulla sinne, missä nuoret jo ovat: kauppakeskuksen kulmille, pelitaloille, "
               "urheiluhalleille ja somessa. Tämä hankesuunnitelma rakentuu työpajojen havaintojen pohjalle.")


    lihava_rivi(d, "2.1 Aiemmat kokemukset")
    kappale(d, "Harjuvaarassa toteutettiin vuosina 2019–2021 Nuorten Kipinä -hanke, jossa kokeiltiin "
               "etsivän nuorisotyön ja Ohjaamon yhteisiä iltapäivystyksiä kirjastossa. Kokeilu osoitti, että "
               "nuoret tarttuvat tarjottuun apuun, kun ensimmäinen kohtaaminen on epävirallinen ja kun sama "
               "työntekijä on tavattavissa samassa paikassa viikosta toiseen. Hankkeen loppuarvioinnissa "
               "todettiin kuitenkin, että päivystykset loppuivat rahoituksen päättyessä, koska kenellekään ei "
               "ollut sovittu vastuuta niiden jatkamisesta eikä toiminta ollut mukana kaupungin talousarviossa. "
               "Tästä syystä Polkuja työelämään -hankkeessa jatkuvuuden suunnittelu ja vastuiden sopiminen on "
               "nostettu omaksi työpaketikseen.")
    kappale(d, "Olemme tutustuneet myös muiden kaupunkien jalkautuvan ohjauksen kokeiluihin. Niistä saatu "
               "tärkein oppi on, että jalkautuva työ tarvitsee selkeän yhteyden palveluihin: jos nuorta ei voi "
               "ohjata suoraan koulutukseen, työkokeiluun tai terveyspalveluihin, kohtaaminen jää yksittäiseksi "
               "keskusteluksi. Siksi hankkeessa rakennetaan jalkautuvan työn rinnalle siirtymäkummitoiminta ja "
               "työnantajaverkosto.")
    lihava_rivi(d, "2.2 Yhteys ohjelmaan ja kaupungin strategiaan")
    kappale(d, "Hanke toteuttaa Uudistuva ja osaava Suomi 2021–2027 -ohjelman ESR+-toimintalinjan tavoitetta "
               "parantaa työllisyyttä ja edistää erityisesti nuorten pääsyä työmarkkinoille. Kaupunkistrategiassa "
               "2030 Harjuvaara on sitoutunut siihen, että jokaisella nuorella on peruskoulun jälkeinen "
               "opiskelu- tai työpaikka, ja työllisyydenhoidon siirryttyä kunnille vuoden 2025 alussa kaupunki "
               "vastaa aiempaa laajemmin myös nuorten työnhakijoiden palveluista. Hanke tuottaa kaupungille "
               "toimintamallin, jota se tarvitsee tämän vastuun hoitamiseen.")
    lihava_rivi(d, "3. Tavoitteet")
    kappale(d, "Päätavoitteenamme on, että yhä harvempi harjuvaaralainen nuori jää työn ja koulutuksen "
               "ulkopuolelle pitkäksi aikaa. Haluamme rakentaa Ohjaamon rinnalle jalkautuvan työtavan, joka "
               "tavoittaa nuoret heidän omissa ympäristöissään ja kulkee heidän rinnallaan siirtymän yli. "
               "Hankkeen konkreettiset tavoitteet, niitä palvelevat toimenpiteet ja mittarit on koottu "
               "alla olevaan taulukkoon.")
    taulukko(d, [
        ["Tavoite", "Toimenpiteet", "Mittarit ja arviointi"],
        ["1. Jalkautuva ohjaus tavoittaa nuoret, jotka eivät itse hakeudu palveluihin.",
         "Jalkautuva ohjaus kolmella asuinalueella (TP1), yhteiset kierrokset etsivän nuorisotyön kanssa, "
         "somepäivystys.",
         "Tavoitettujen uusien nuorten määrä (tavoite 300 hankeaikana); ensikontaktista palveluun "
         "kiinnittyneiden osuus (tavoite 60 %)."],
        ["2. Nuorten siirtyminen työhön, koulutukseen tai kuntouttavaan palveluun nopeutuu ja siirtymä "
         "kestää.",
         "Yksilövalmennus, ”siirtymäkummi”-tuki kolme kuukautta siirtymän jälkeen, työkokeilupaikkojen "
         "verkosto (TP2).",
         "Siirtyneiden osuus kuuden kuukauden kuluessa (tavoite 45 %); siirtymässä pysyneiden osuus kolmen "
         "kuukauden seurannassa (tavoite 75 %)."],
        ["3. Työnantajien valmius palkata nuoria paranee.",
         "Yritysvierailut, Rekrytreffit kahdesti vuodessa, työpaikkaohjaajien lyhytvalmennus (TP3).",
         "Työnantajakysely hankkeen alussa ja lopussa; hankkeen kautta syntyneiden työ- ja "
         "oppisopimusten määrä (tavoite 60)."],
    ])
    kappale(d, "")
    kappale(d, "Onnistuessaan hanke jättää jälkeensä toimintamallin, jossa ohjaus liikkuu nuoren luo eikä "
               "toisin päin, ja työnantajaverkoston, joka on tottunut ottamaan nuoria työkokeiluun ja töihin.")

    lihava_rivi(d, "4. Kenelle hanke on?")
    kappale(d, "Ensisijainen kohderyhmä ovat 16–29-vuotiaat harjuvaaralaiset nuoret, jotka ovat työn ja "
               "koulutuksen ulkopuolella tai vaarassa pudota sen ulkopuolelle. Arvioimme, että hanke on "
               "hankeaikana yhteydessä noin 450 nuoreen, joista noin 300 on Ohjaamolle uusia. Erityisesti "
               "tavoittelemme koulutuksen keskeyttäneitä, yli puoli vuotta kotona olleita sekä maahan muuttaneita "
               "nuoria, joiden kielitaito ei vielä riitä tavallisiin palveluihin.")
    kappale(d, "Välillisiä kohderyhmiä ovat harjuvaaralaiset työnantajat, erityisesti kaupan, logistiikan, "
               "rakentamisen ja hoiva-alan pienyritykset, sekä nuorten kanssa työskentelevät ammattilaiset "
               "Ohjaamossa, etsivässä nuorisotyössä, Kaaressa, työllisyyspalveluissa ja hyvinvointialueen "
               "nuorten palveluissa. Myös nuorten vanhemmat hyötyvät, kun heillä on taho, johon olla yhteydessä.")


    kappale(d, "Kohderyhmän nuoret eivät ole yhtenäinen joukko. Osa on keskeyttänyt opintonsa, koska ala "
               "ei tuntunut omalta, osa on jäänyt kotiin mielenterveyden vaikeuksien, päihteiden tai "
               "pelaamisen vuoksi, ja osalla on takanaan pitkä työttömyysjakso ilman minkäänlaista kontaktia "
               "palveluihin. Maahan muuttaneilla nuorilla esteenä on usein kielitaito ja se, etteivät he tunne "
               "suomalaista palvelujärjestelmää. Yhteistä heille on, että tavallinen ajanvarauksella toimiva "
               "palvelu ei tavoita heitä. Siksi hanke ei edellytä nuorelta lähetettä, ajanvarausta tai "
               "asiakkuutta missään muussa palvelussa.")
    kappale(d, "Ammattilaisten osalta hankkeen kohderyhmään kuuluu arviolta 60 työntekijää eri "
               "organisaatioista. Heille järjestetään hankkeen aikana kaksi yhteistä koulutuspäivää "
               "jalkautuvasta työotteesta ja siirtymien tukemisesta, ja he osallistuvat mallin kuvaamiseen "
               "kehittäjätiimin työpajoissa. Työnantajista tavoitteena on saada mukaan vähintään 40 yritystä, "
               "joista osa sitoutuu tarjoamaan työkokeilu- tai kesätyöpaikan vuosittain.")
    lihava_rivi(d, "5. Toteutus ja työpaketit")
    kappale(d, "Hanke toteutetaan neljänä työpakettina. Työpaketit 1–3 vastaavat suoraan hankkeen kolmeen "
               "tavoitteeseen, ja työpaketti 4 kokoaa juurruttamisen ja levittämisen.")
    lihava_rivi(d, "TP1 Jalkautuva ohjaus")
    kappale(d, "Kaksi ohjaajaa työskentelee pääosin toimiston ulkopuolella: kauppakeskus Harjun aulassa "
               "kahtena iltapäivänä viikossa, Kaskenniityn ja Rantakylän nuorisotiloissa, urheiluhallien "
               "aulassa sekä kesäisin rannoilla ja tapahtumissa. Etsivän nuorisotyön kanssa tehdään yhteisiä "
               "kierroksia, ja nuorille tarjotaan mahdollisuus asioida chatissa ja Instagramin viesteillä. "
               "Ensimmäinen tapaaminen on aina matalan kynnyksen keskustelu ilman lomakkeita; palvelutarpeen "
               "arvio tehdään vasta, kun luottamus on syntynyt. Ohjaajat käyttävät Ohjaamon yhteistä "
               "asiakastietojärjestelmää, jotta nuoren ei tarvitse kertoa asioitaan uudelleen.")

    kappale(d, "Tyypillinen viikko rakentuu niin, että kumpikin ohjaaja on tavattavissa samoissa paikoissa "
               "samoina aikoina, jotta nuoret oppivat tietämään, mistä heidät löytää. Maanantai on varattu "
               "tiimin suunnittelulle ja sovituille tapaamisille, tiistai- ja torstai-iltapäivät kauppakeskukselle, "
               "keskiviikko asuinalueiden nuorisotiloille ja perjantai yhteisille kierroksille etsivän "
               "nuorisotyön kanssa. Somepäivystys on auki arkisin kello 12–18. Kesäkaudella työaikaa siirretään "
               "iltoihin ja tapahtumiin. Aikataulua tarkistetaan neljännesvuosittain kävijämäärien ja nuorten "
               "raadin palautteen perusteella.")
    kappale(d, "Ohjaajat eivät tee nuoren puolesta, vaan kulkevat rinnalla: he lähtevät tarvittaessa mukaan "
               "ensimmäiseen käyntiin oppilaitoksessa, työllisyyspalveluissa tai terveysasemalla. Nuoren luvalla "
               "tieto välitetään seuraavalle palvelulle, jotta nuoren ei tarvitse aloittaa alusta.")
    lihava_rivi(d, "TP2 Siirtymien tuki")
    kappale(d, "Jokaiselle hankkeen kautta eteenpäin siirtyvälle nuorelle nimetään siirtymäkummi, joka on "
               "yhteydessä nuoreen vähintään viikoittain kolmen kuukauden ajan siirtymän jälkeen. Kummina "
               "toimii hankkeen ohjaaja tai Kaaren opinto-ohjaaja sen mukaan, minne nuori siirtyy. Lisäksi "
               "kootaan noin 40 työkokeilupaikan verkosto, jossa työpaikkaohjaajat ovat saaneet lyhyen "
               "valmennuksen. Siirtymäkummitoiminnasta laaditaan kuvaus, jota voidaan käyttää myös Ohjaamon "
               "perustyössä.")

    kappale(d, "Siirtymäkummin tehtävä on yksinkertainen: varmistaa, että nuori pääsee uuteen paikkaan "
               "kiinni. Kummi soittaa tai viestittää ensimmäisen viikon jokaisena päivänä, tapaa nuoren "
               "kasvokkain kahden viikon kohdalla ja sopii tarvittaessa oppilaitoksen tai työpaikan kanssa "
               "yhteisestä tapaamisesta. Jos siirtymä uhkaa katketa, kummi ja nuori etsivät yhdessä uuden "
               "suunnan ennen kuin nuori ehtii jäädä kotiin. Kokemusten perusteella kummituelle laaditaan "
               "tarkistuslista, joka sopii myös Ohjaamon ja Kaaren omaan käyttöön.")
    lihava_rivi(d, "TP3 Työnantajayhteistyö")
    kappale(d, "Yrityskoordinaattori (50 %) tekee yhdessä Harjuvaaran Yrittäjien kanssa vähintään 80 "
               "yritysvierailua hankeaikana, järjestää Rekrytreffit keväisin ja syksyisin ja kokoaa "
               "työpaikkaohjaajille kolmen tapaamisen lyhytvalmennuksen nuoren perehdyttämisestä. Työnantajille "
               "kerrotaan palkkatuesta ja oppisopimuksesta käytännönläheisesti, ja heille tarjotaan "
               "yhteyshenkilö, joka vastaa puhelimeen myös nuoren ensimmäisillä työviikoilla.")

    kappale(d, "Rekrytreffit järjestetään kauppakeskuksessa, jossa nuoret jo liikkuvat. Niissä yritykset "
               "esittelevät avoimia työ- ja työkokeilupaikkoja, ja ohjaajat valmentavat nuoria etukäteen "
               "lyhyisiin työhaastatteluihin. Työpaikkaohjaajien lyhytvalmennus käsittelee nuoren "
               "perehdyttämistä, palautteen antamista ja sitä, mitä tehdä, jos nuori ei tule töihin. "
               "Valmennuksen käyneet yritykset saavat Yrittäjien kanssa yhdessä myönnettävän Nuorten "
               "työnantaja -merkin.")
    lihava_rivi(d, "Kohderyhmän osallistuminen")
    kappale(d, "Nuoret ovat mukana suunnittelussa, toteutuksessa ja arvioinnissa. Ohjaamon nuorten raati, "
               "jossa on 8–10 nuorta, kokoontuu hankkeen aikana kuukausittain. Raati testaa viestintämateriaalit, "
               "ehdottaa jalkautumispaikkoja ja osallistuu vuosittaiseen arviointityöpajaan. Raatilaisille "
               "maksetaan pieni palkkio lahjakortteina, ja kaksi raatilaista on ohjausryhmän jäseniä. Lisäksi "
               "kaksi kokemusasiantuntijaa, jotka ovat itse olleet pitkään työn ja koulutuksen ulkopuolella, "
               "osallistuvat jalkautuvaan työhön ostopalveluna noin kerran kuukaudessa.")
    lihava_rivi(d, "TP4 Juurruttaminen ja levittäminen")
    kappale(d, "Työpaketti kulkee mukana koko hankkeen ajan, ja sen sisältö kuvataan tarkemmin luvussa 11. "
               "Siihen kuuluvat toimintamallin kuvaaminen, kokeilut naapurikunnissa, tulosten viestintä sekä "
               "valmistelu siitä, miten malli rahoitetaan hankkeen jälkeen.")

    lihava_rivi(d, "6. Aikataulu")
    kappale(d, "Hankkeen 36 kuukauden toteutusaika jakautuu käynnistysvaiheeseen, kehittämis- ja "
               "kokeiluvaiheeseen sekä vakiinnuttamisvaiheeseen. Taulukossa X merkitsee toiminnan "
               "ajoittumista.")
    taulukko(d, [
        ["Toiminta", "Q1–Q2/2026", "Q3–Q4/2026", "2027", "2028", "Q1/2029"],
        ["Rekrytoinnit, perehdytys, ohjausryhmän aloitus", "X", "", "", "", ""],
        ["TP1 jalkautuva ohjaus", "X", "X", "X", "X", "X"],
        ["TP2 siirtymäkummit ja työkokeiluverkosto", "", "X", "X", "X", "X"],
        ["TP3 yritysvierailut ja Rekrytreffit", "X", "X", "X", "X", ""],
        ["TP4 mallin kuvaus ja päivitys", "X", "X", "X", "X", "X"],
        ["TP4 kokeilut Kivijärvellä ja Salmelassa", "", "", "", "X", ""],
        ["Ulkoinen arviointi (väli- ja loppuarviointi)", "", "", "X", "", "X"],
        ["Loppuseminaari ja loppuraportti", "", "", "", "", "X"],
    ])
    kappale(d, "")

    lihava_rivi(d, "7. Organisointi ja yhteistyö")
    kappale(d, "Hallinnoijana toimii Harjuvaaran kaupungin elinvoimapalvelut, jonka alaisuudessa Ohjaamo "
               "toimii. Hankkeeseen palkataan projektipäällikkö (100 %), kaksi jalkautuvaa ohjaajaa (100 %) ja "
               "yrityskoordinaattori (50 %, osatoteuttajana Harjuvaaran Yrittäjät ry). Ammattiopisto Kaari "
               "osallistuu osatoteuttajana opinto-ohjaajan työpanoksella (20 %) siirtymäkummitoimintaan.")
    kappale(d, "Hankkeelle asetetaan ohjausryhmä, jossa ovat edustettuina elinvoimapalvelut, työllisyysalue, "
               "nuorisopalvelut, Kaari, Harjuvaaran Yrittäjät, hyvinvointialueen nuorten palvelut, "
               "Etelä-Savon ELY-keskus (asiantuntijajäsenenä) ja kaksi nuorten raadin jäsentä. Ohjausryhmä "
               "kokoontuu noin neljä kertaa vuodessa. Käytännön työtä koordinoi kehittäjätiimi, joka kokoontuu "
               "kuukausittain.")

    kappale(d, "Ohjausryhmän tehtävänä on seurata hankkeen etenemistä ja taloutta, hyväksyä "
               "arviointi- ja juurruttamissuunnitelma, käsitellä väli- ja loppuarvioinnin tulokset sekä "
               "tehdä esitykset toiminnan jatkamisesta kaupungin päätöksentekoon. Ohjausryhmän puheenjohtajana "
               "toimii elinvoimajohtaja. Kehittäjätiimiin kuuluvat hankkeen työntekijöiden lisäksi Ohjaamon "
               "esihenkilö, etsivän nuorisotyön tiimivastaava ja Kaaren opinto-ohjauksen koordinaattori, "
               "jotta hankkeessa kehitetty siirtyy suoraan perustyöhön eikä jää hankkeen sisäiseksi.")
    poistettu_kappale(d, "Lisäksi yhteistyökumppaniksi on lupautunut [täytä kumppanin nimi], jonka kanssa "
                         "sovitaan työnjaosta erikseen.", A2, DT2)


    lihava_rivi(d, "Henkilöstö ja tehtävät")
    taulukko(d, [
        ["Tehtävä", "Työaika", "Keskeiset tehtävät"],
        ["Projektipäällikkö", "100 %", "Hankkeen johtaminen, raportointi, talous, juurruttamisen koordinointi "
         "(20 % työajasta), viestinnän vastuu"],
        ["Jalkautuva ohjaaja (2)", "100 %", "Jalkautuva ohjaus, somepäivystys, siirtymäkummitoiminta, "
         "yhteistyö etsivän nuorisotyön kanssa"],
        ["Yrityskoordinaattori", "50 %", "Yritysvierailut, Rekrytreffit, työpaikkaohjaajien valmennus, "
         "työkokeiluverkosto"],
        ["Opinto-ohjaaja (Kaari)", "20 %", "Siirtymäkummitoiminta ammatilliseen koulutukseen siirtyville"],
    ])
    kappale(d, "")
    kappale(d, "Hankehenkilöstön esihenkilönä toimii elinvoimapalvelujen kehittämispäällikkö. Hallinnon ja "
               "talouden tukipalvelut tuotetaan kaupungin omana työnä.")
    lihava_rivi(d, "8. Kustannusarvio ja rahoitus")
    bt = d.add_table(rows=9, cols=6)
    bt.style = "Table Grid"
    rivit = [
        ["Kustannuslaji", "Kustannukset vuosittain (€)", "", "", "", "Yhteensä"],
        ["", "2026", "2027", "2028", "2029", ""],
        ["Henkilöstökulut", "146 000", "178 000", "181 000", "30 000", "535 000"],
        ["Ostopalvelut (ulkoinen arviointi, koulutukset)", "9 000", "24 000", "12 000", "19 000", "64 000"],
        ["Matkat ja jalkautuvan työn kulut", "8 000", "9 500", "9 500", "2 000", "29 000"],
        ["Muut kulut (tilat, laitteet, viestintä)", "10 000", "8 000", "8 000", "3 000", "29 000"],
        ["Flat rate -kustannukset (15 % henkilöstökuluista)", "21 900", "26 700", "27 150", "4 500", "80 250"],
        ["Tulot ja pyöristys", "", "", "", "", "4 750"],
        ["Kokonaiskustannukset", "", "", "", "", "742 000"],
    ]
    for i, rv in enumerate(rivit):
        for j, v in enumerate(rv):
            bt.cell(i, j).text = v
    bt.cell(0, 1).merge(bt.cell(0, 4))
    bt.cell(0, 1).text = "Kustannukset vuosittain (€)"
    bt.cell(0, 0).merge(bt.cell(1, 0))
    bt.cell(0, 0).text = "Kustannuslaji"
    bt.cell(0, 5).merge(bt.cell(1, 5))
    bt.cell(0, 5).text = "Yhteensä"
    bt.cell(8, 0).merge(bt.cell(8, 4))
    bt.cell(8, 0).text = "Kokonaiskustannukset"
    kappale(d, "")
    kappale(d, "Rahoitussuunnitelma: ESR+-tuki 75 % eli 556 500 € ja Harjuvaaran kaupungin kuntarahoitus 25 % "
               "eli 185 500 €. Kaari ja Harjuvaaran Yrittäjät eivät osallistu rahoitukseen, vaan niiden "
               "työpanos korvataan osatoteuttajina. Juurruttamiseen (TP4) on kohdennettu noin 68 000 €, joka "
               "sisältää 20 % projektipäällikön työajasta koko hankkeen ajan, naapurikuntien kokeilujen "
               "perehdytyksen ja materiaalit sekä loppuseminaarin.")


    kappale(d, "Hankinnat: ulkoinen arviointi kilpailutetaan hankintalain mukaisesti syksyllä 2026, ja "
               "tietoturvalliset mobiililaitteet ohjaajille hankitaan kaupungin puitesopimuksen kautta. "
               "Kokemusasiantuntijoiden palkkiot maksetaan ostopalveluna yhdistyksen kautta.")
    lihava_rivi(d, "9. Miten arvioimme onnistumista?")
    kappale(d, "Arviointi koostuu jatkuvasta itsearvioinnista, asiakkaiden ja työnantajien palautteesta sekä "
               "ulkoisesta arvioinnista. Tarkempi arviointisuunnitelma laaditaan hankkeen kolmen ensimmäisen "
               "kuukauden aikana ja hyväksytään ohjausryhmässä.")
    luettelo(d, [
        "Itsearviointi: kehittäjätiimi käy neljännesvuosittain läpi tavoitemittarit ja pitää kerran "
        "vuodessa arviointityöpajan, jossa myös nuorten raati on mukana.",
        "Seurantatieto: tavoitetut nuoret, ensikontaktit ja siirtymät kirjataan Ohjaamon "
        "asiakastietojärjestelmään; siirtymässä pysyminen tarkistetaan kolmen kuukauden kohdalla.",
        "Nuorten palaute: lyhyt mobiilikysely jokaisen ohjausjakson päätteeksi ja vuosittain kaksi "
        "ryhmähaastattelua.",
        "Työnantajat: kysely hankkeen alussa (2026) ja lopussa (2029) sekä Rekrytreffien palautteet.",
        "Ulkoinen arviointi: kilpailutettava arvioija tekee väliarvioinnin vuonna 2027 ja loppuarvioinnin "
        "alkuvuodesta 2029.",
    ])

    kappale(d, "Arviointia ohjaavat seuraavat kysymykset, joihin ulkoinen arvioija ja kehittäjätiimi "
               "hakevat vastauksia:")
    luettelo(d, [
        "Tavoittaako jalkautuva työ ne nuoret, jotka eivät aiemmin olleet palvelujen piirissä, ja millä "
        "keinoilla se onnistuu parhaiten?",
        "Kestävätkö siirtymät paremmin, kun nuorella on siirtymäkummi?",
        "Mitkä tekijät saavat työnantajat ottamaan nuoren työkokeiluun tai töihin?",
        "Mitkä mallin osat ovat siirrettävissä pienempiin kuntiin ja mitä niiden toteuttaminen vaatii?",
    ])
    kappale(d, "Ulkoinen arvioija raportoi väliarvioinnin tulokset ohjausryhmälle, ja niiden pohjalta "
               "päätetään tarvittavista muutoksista ennen kokeiluja naapurikunnissa. Loppuarviointi toimii "
               "myös päätöksenteon pohjana, kun elinvoimalautakunta päättää toiminnan jatkamisesta.")
    kappale(d, "Arviointitieto käsitellään ohjausryhmässä, ja sen perusteella toimintaa korjataan kesken "
               "hankkeen. Seurantatiedot raportoidaan ELY-keskukselle EURA 2021 -järjestelmässä "
               "maksatushakemusten yhteydessä.")

    lihava_rivi(d, "10. Tulokset ja vaikutukset")
    kappale(d, "Hankkeen välittömiä tuloksia ovat kuvattu ja testattu jalkautuvan ohjauksen toimintamalli, "
               "siirtymäkummitoiminnan kuvaus ja ohjeistus, noin 40 työpaikan työkokeiluverkosto sekä "
               "työpaikkaohjaajien lyhytvalmennuksen materiaali. Määrällisesti tavoittelemme 300 uutta "
               "tavoitettua nuorta ja 60 hankkeen kautta syntynyttä työ- tai oppisopimusta.")
    kappale(d, "Lyhyellä aikavälillä vaikutukset näkyvät siinä, että nuoret pääsevät palvelun piiriin "
               "aiemmin ja siirtymät katkeavat harvemmin. Pitkällä aikavälillä tavoittelemme sitä, että "
               "Harjuvaaran NEET-nuorten osuus lähestyy valtakunnallista tasoa ja että työnantajat näkevät "
               "nuoret ratkaisuna työvoimapulaan. Hanke tukee myös kaupungin hyvinvointisuunnitelman "
               "tavoitetta ehkäistä nuorten syrjäytymistä.")


    kappale(d, "Hankkeen tuotokset ovat:")
    luettelo(d, [
        "Jalkautuvan ohjauksen toimintamallin kuvaus kolmena versiona (kaupunki, pieni kunta, maahan "
        "muuttaneet nuoret)",
        "Siirtymäkummitoiminnan ohje ja tarkistuslista",
        "Työpaikkaohjaajien lyhytvalmennuksen materiaali sekä verkkoversio",
        "Työkokeilu- ja työpaikkaverkoston yhteystiedot ja yhteistyösopimukset",
        "Väli- ja loppuarviointiraportti sekä hankkeen loppuraportti",
    ])
    kappale(d, "Nuorten kannalta tärkein vaikutus on, että palvelu tuntuu omalta. Nuorten raadin kanssa "
               "olemme sopineet, että hankkeen onnistumista katsotaan myös nuorten omin sanoin: raati kokoaa "
               "vuosittain nuorten kertomuksia siitä, mikä auttoi ja mikä ei. Ammattilaisten näkökulmasta "
               "vaikutus näkyy siinä, että tieto kulkee palveluiden välillä ja nuoren asiat hoidetaan yhdessä, "
               "ei rinnakkain. Työnantajille hanke tuo helpon reitin rekrytoida nuoria ja tukea ensimmäisiin "
               "viikkoihin, jolloin moni työsuhde tähän asti on katkennut.")
    lihava_rivi(d, "11. Juurruttaminen ja jatkuvuus")
    kappale(d, "Juurruttaminen alkoi jo hakuvaiheessa. Valmistelutyöpajoihin osallistuivat ne tahot, joiden "
               "on tarkoitus jatkaa toimintaa hankkeen jälkeen, ja kaupungin johtoryhmä käsitteli hankkeen "
               "jatkuvuutta 7.10.2025. Hankkeen ensimmäisessä ohjausryhmän kokouksessa keväällä 2026 "
               "hyväksytään juurruttamissuunnitelma, jota päivitetään puolivuosittain. Juurruttamista "
               "jäsennetään 4V-mallin avulla.")
    lihava_rivi(d, "Viestintä")
    kappale(d, "Toimintamallista ja sen tuloksista kerrotaan koko hankkeen ajan niille, joiden on tarkoitus "
               "ottaa se käyttöön: Ohjaamoille valtakunnallisen Ohjaamo-verkoston tapaamisissa, kuntien "
               "työllisyyspalveluille maakunnallisessa työllisyysverkostossa ja päättäjille "
               "elinvoimalautakunnan kokouksissa. Mallin kuvaus ja siirtymäkummitoiminnan ohjeet julkaistaan "
               "Innokylässä, ja loppuseminaari järjestetään alkuvuodesta 2029.")
    lihava_rivi(d, "Variointi")
    kappale(d, "Mallista tehdään kolme versiota eri käyttäjille: kaupunkiympäristön versio Harjuvaaraan, "
               "kevennetty versio pienille kunnille, joissa jalkautuvaa työtä tekee yksi työntekijä, sekä "
               "maahan muuttaneille nuorille sovitettu versio, jossa ohjausta annetaan selkokielellä ja "
               "tulkin avulla. Työpaikkaohjaajien valmennuksesta tehdään myös itsenäisesti käytettävä "
               "verkkoversio.")
    lihava_rivi(d, "Valtavirtaistaminen")
    kappale(d, "Vuonna 2028 naapurikunnat Kivijärvi ja Salmela kokeilevat mallin kevennettyä versiota omissa "
               "nuorisopalveluissaan. Hankkeen työntekijät perehdyttävät kuntien työntekijät ja tukevat "
               "kokeilua, ja kokemukset kirjataan malliin. Kaari ottaa siirtymäkummitoiminnan osaksi "
               "opiskelijoiden ohjaussuunnitelmaa jo hankeaikana.")
    lihava_rivi(d, "Vakiinnuttaminen")
    kappale(d, "Jalkautuvan ohjauksen jatkamisesta päättää elinvoimalautakunta vuoden 2029 talousarvion "
               "käsittelyn yhteydessä syksyllä 2028. Toiminnan omistajaksi hankkeen jälkeen on nimetty "
               "Harjuvaaran kaupungin työllisyyspalvelujen päällikkö, jonka vastuulle Ohjaamo ja jalkautuva "
               "työ siirtyvät 1.3.2029 alkaen. Tavoitteena on, että kaksi ohjaajan tehtävää vakinaistetaan. "
               "Työnantajaverkoston ylläpidosta vastaa hankkeen jälkeen Harjuvaaran Yrittäjät ry osana "
               "jäsenpalvelujaan.")


    kappale(d, "Juurruttamisen resurssit on kirjattu kustannusarvioon: projektipäällikön työajasta 20 % on "
               "varattu juurruttamiseen koko hankkeen ajan, ja viimeisenä hankevuonna myös ohjaajien työajasta "
               "noin neljännes käytetään mallin kuvaamiseen, naapurikuntien perehdyttämiseen ja siirtymävaiheen "
               "valmisteluun. Ohjausryhmä seuraa juurruttamissuunnitelman etenemistä jokaisessa kokouksessaan. "
               "Hankkeen jälkeen mallin toimivuutta seurataan työllisyyspalvelujen tavanomaisessa "
               "tulosseurannassa samoilla mittareilla, joita hankkeessa käytettiin.")
    lihava_rivi(d, "12. Riskit ja niiden hallinta")
    taulukko(d, [
        ["Riski", "Todennäköisyys", "Hallintakeino"],
        ["Osaavien ohjaajien rekrytointi viivästyy", "keskisuuri", "Rekrytointi käynnistetään heti "
         "rahoituspäätöksen jälkeen; Ohjaamon henkilöstö paikkaa alkuvaiheessa."],
        ["Nuoret eivät tavoitu jalkautuvalla työllä", "pieni", "Työtapoja ja paikkoja muutetaan nuorten "
         "raadin palautteen perusteella neljännesvuosittain."],
        ["Työnantajien kiinnostus hiipuu taloustilanteen heiketessä", "keskisuuri", "Painotetaan aloja, "
         "joilla on työvoimapulaa; Yrittäjät ry sitoutuu yhteistyöhön."],
        ["Jatkorahoituksesta ei päätetä ajoissa", "keskisuuri", "Jatkuvuus on ohjausryhmän vakioasia; "
         "talousarvioesitys valmistellaan kevään 2028 aikana."],
    ])
    kappale(d, "")


    kappale(d, "Riskejä käsitellään ohjausryhmän jokaisessa kokouksessa, ja riskitaulukko päivitetään "
               "puolivuosittain. Jalkautuvaan työhön liittyy myös työturvallisuuskysymyksiä: ohjaajat "
               "liikkuvat aina sovitusti, heillä on käytössään turvapuhelinsovellus ja iltaisin he työskentelevät "
               "pareittain. Tietosuojariskit hallitaan niin, että asiakastietoja käsitellään vain Ohjaamon "
               "asiakastietojärjestelmässä, eikä niitä tallenneta sosiaalisen median viesteihin. Nuorten kanssa "
               "sovitaan somessa asioinnin pelisäännöt, ja arkaluonteiset asiat siirretään aina suojattuun "
               "kanavaan tai kasvokkaiseen tapaamiseen.")
    lihava_rivi(d, "13. Viestintä")
    kappale(d, "Viestinnän tavoitteena on, että nuoret tietävät, mistä apua saa, ja että työnantajat ja "
               "yhteistyötahot tuntevat toimintamallin. Nuorille viestitään siellä, missä he ovat: "
               "Instagramissa, TikTokissa ja Discordissa sekä kauppakeskuksen ja nuorisotilojen julisteilla. "
               "Työnantajia tavoitetaan Yrittäjien uutiskirjeellä ja Rekrytreffeillä. Kaupungin verkkosivuilla "
               "on hankkeen oma sivu, ja hankkeesta kerrotaan paikallislehti Harjuvaaran Sanomissa "
               "vähintään kahdesti vuodessa. Viestinnästä vastaa projektipäällikkö yhdessä kaupungin "
               "viestintäyksikön kanssa; tarkempi viestintäsuunnitelma laaditaan käynnistysvaiheessa.")


    taulukko(d, [
        ["Kohderyhmä", "Viestinnän tavoite", "Kanavat", "Ajoitus"],
        ["Nuoret", "Nuori tietää, mistä ja miten apua saa", "Instagram, TikTok, Discord, julisteet, "
         "jalkautuva työ", "jatkuvasti"],
        ["Työnantajat", "Yritys tuntee työkokeilun ja tuen mahdollisuudet", "Yrittäjien uutiskirje, "
         "Rekrytreffit, yritysvierailut", "keväällä ja syksyllä"],
        ["Yhteistyötahot ja ammattilaiset", "Ammattilainen osaa ohjata nuoren jalkautuvaan työhön ja "
         "tuntee mallin", "verkostotapaamiset, sisäinen intranet, koulutukset", "neljännesvuosittain"],
        ["Päättäjät", "Päättäjillä on tietoa mallin tuloksista jatkopäätöksen tueksi", "lautakunnan "
         "kokoukset, vuosikatsaus", "kerran vuodessa"],
        ["Muut kunnat ja Ohjaamot", "Malli on muiden löydettävissä ja kokeiltavissa", "Innokylä, "
         "Ohjaamo-verkosto, loppuseminaari", "vuodesta 2027 alkaen"],
    ])
    kappale(d, "")
    lihava_rivi(d, "14. Yhdenvertaisuus, sukupuolten tasa-arvo ja kestävä kehitys")
    kappale(d, "Hanke edistää yhdenvertaisuutta kohdentamalla tukea nuoriin, joilla on heikoin pääsy "
               "palveluihin. Nuorten sukupuolijakaumaa seurataan, sillä Ohjaamon nykyisistä asiakkaista 62 % on "
               "miehiä ja nuorten naisten piilossa oleva tuen tarve jää helposti näkymättä; jalkautuvaa työtä "
               "suunnataan myös paikkoihin, joissa nuoria naisia on paljon. Saavutettavuus huomioidaan "
               "selkokielisellä materiaalilla ja tulkkauksella. Jalkautuvassa työssä suositaan julkista "
               "liikennettä ja kaupunkipyöriä, ja tapahtumissa vältetään kertakäyttötuotteita. Hankkeen "
               "toimet eivät aiheuta merkittävää haittaa ympäristötavoitteille (DNSH-periaate).")

    lihava_rivi(d, "15. Hankkeen lisäarvo")
    kappale(d, "Hanke ei korvaa kaupungin lakisääteisiä palveluja vaan kehittää uuden työtavan, jota "
               "nykyisillä resursseilla ei voida kokeilla. Uutta on erityisesti kolmen osan yhdistelmä: "
               "jalkautuva ohjaus, siirtymän jälkeinen kummituki ja nuorten palkkaamiseen valmennettu "
               "työnantajaverkosto. Yhdessä ne katkaisevat ketjun, jossa nuori tavoitetaan, ohjataan eteenpäin "
               "ja menetetään uudelleen muutaman viikon kuluttua. Mallin kevennetty versio tehdään tietoisesti "
               "pienten kuntien käyttöön, joten hankkeen hyöty ulottuu Harjuvaaraa laajemmalle. Toimintamallin "
               "kuvaukset, valmennusmateriaalit ja arviointiraportit ovat avoimesti kaikkien käytettävissä.")

    lihava_rivi(d, "16. Hallinnointi, raportointi ja tietosuoja")
    kappale(d, "Hankkeen kirjanpito hoidetaan kaupungin taloushallinnossa omalla kustannuspaikallaan. "
               "Maksatushakemukset ja seurantatiedot toimitetaan ELY-keskukselle EURA 2021 -järjestelmän kautta "
               "noin neljän kuukauden välein. Osallistujista kerätään ESR+-ohjelman edellyttämät "
               "osallistujatiedot aloitus- ja lopetuslomakkeella, ja nuorille kerrotaan selkokielisesti, "
               "mihin tietoja käytetään. Hankkeelle laaditaan tietosuojaseloste ja käsittelyn kuvaus ennen "
               "asiakastyön alkua, ja työntekijät suorittavat kaupungin tietosuojakoulutuksen "
               "perehdytyksen yhteydessä.")
    kappale(d, "Hankkeen aineistot arkistoidaan kaupungin asianhallintajärjestelmään. Toimintamallin "
               "kuvaukset ja materiaalit julkaistaan avoimella lisenssillä, jotta muut kunnat ja järjestöt "
               "voivat käyttää ja muokata niitä vapaasti.")

    lihava_rivi(d, "Liitteet")
    luettelo(d, [
        "Liite 1: Harjuvaaran Yrittäjät ry:n ja Ammattiopisto Kaaren osatoteuttajasitoumukset",
        "Liite 2: Kaupungin johtoryhmän muistio 7.10.2025 (hankkeen jatkuvuus)",
        "Liite 3: Valmistelutyöpajojen yhteenveto ja nuorten raadin kannanotto",
        "Liite 4: Kustannusarvion erittely henkilöstökuluista",
    ])
    kappale(d, "Vakuutamme, että hakemuksessa annetut tiedot ovat oikeita ja että kuntarahoitus on "
               "varattu kaupungin taloussuunnitelmaan. Kaupunginhallitus käsittelee hakemuksen ja "
               "kuntarahoitusosuuden kokouksessaan ennen hakemuksen lopullista jättämistä.")
    kappale(d, "Sanna Koivisto, kehittämispäällikkö, Harjuvaaran kaupunki")
    d.save(polku)

# Työpolku-suunnitelman pidemmät jaksot (pitkä hakemus, 3 000+ sanaa)
ASIAKASPOLKU = [
    "Asiakkaan polku käytännössä",
    "Jotta suunnitelma ei jäisi abstraktiksi, kuvaamme seuraavassa, miltä palvelupolku näyttää yhden kuvitteellisen "
    "asiakkaan näkökulmasta. Amina on 34-vuotias, kolmen lapsen äiti, joka muutti Kivijärvelle puolisonsa perässä vuonna "
    "2021. Hänellä on kotimaassaan suoritettu kirjanpitäjän tutkinto, mutta hän ei ole ollut Suomessa työelämässä eikä "
    "kirjautunut työnhakijaksi. Nykyisin Amina kuulisi suomen kielen kursseista ehkä naapuriltaan, mutta ei tietäisi, "
    "mihin ottaa yhteyttä, eikä lastenhoidon järjestäminen kurssin ajaksi tuntuisi mahdolliselta.",
    "Hankkeen aikana Silta ry:n äitien ryhmässä vieraileva vastuuohjaaja kertoo Aminalle kiertävästä Työpolku-pisteestä, "
    "joka on Kivijärven kirjastossa seuraavana tiistaina. Pisteessä Amina tapaa samalla kertaa työllisyysasiantuntijan, "
    "kotoutumisen ohjaajan ja kieliohjaajan. Hänen kielitaitonsa arvioidaan, hänen tutkintonsa tunnustamisen "
    "mahdollisuudet selvitetään ja hänen toiveensa kirjataan yhteiselle lomakkeelle. Hänen ei tarvitse kertoa samoja "
    "asioita uudelleen, kun hän myöhemmin aloittaa kansalaisopiston kurssin tai hakee ammattiopistoon, koska tiedot "
    "siirtyvät hänen suostumuksellaan.",
    "Alkukartoituksen jälkeen Aminalle nimetään vastuuohjaaja, joka on hänen yhteyshenkilönsä koko polun ajan. "
    "Ensimmäisenä askeleena Amina aloittaa kansalaisopiston päiväryhmän, jonka ajaksi lapsille on järjestetty hoito, ja "
    "kolmen kuukauden kuluttua hän osallistuu taloushallinnon alalle tutustumisjaksoon ammattiopiston kanssa. "
    "Työnantajakoordinaattori on samaan aikaan löytänyt Ruskealahden tilitoimiston, joka tarvitsee osa-aikaista "
    "työntekijää ja on valmis ottamaan Aminan työkokeiluun, kun kieliohjaaja käy työpaikalla tukemassa perehdytystä. "
    "Vastuuohjaaja seuraa tilannetta ja päättää asiakkuuden vasta, kun Amina on työssä tai koulutuksessa ja tietää, "
    "kenen puoleen kääntyä jatkossa.",
    "Esimerkki kuvaa, miten hankkeen kolme työpakettia kohtaavat yhden ihmisen arjessa. Yhteinen alkukartoitus, "
    "työnantajien tuki ja ammattilaisten sovittu työnjako eivät ole erillisiä toimenpiteitä, vaan saman palvelupolun "
    "osia, ja juuri siksi niitä kehitetään yhdessä samassa hankkeessa.",
]

KUMPPANIT = [
    "Osatoteuttajien ja kumppanien roolit",
    "Ruskealahden kaupunki hallinnoi hanketta ja vastaa Työpolku-pisteen henkilöstöstä, tiloista ja asiakastietojen "
    "käsittelystä. Kaupungin tietosuojavastaava on mukana alkukartoituslomakkeen suunnittelussa, jotta suostumukseen "
    "perustuva tiedonsiirto toteutuu lainmukaisesti. Kivijärven ja Lehtimaan kunnat osoittavat kiertävälle pisteelle "
    "tilat kirjastoista ja monitoimitalosta sekä nimeävät kumpikin yhteyshenkilön, joka osallistuu prosessityöpajoihin.",
    "Ruskealahden kansalaisopisto palkkaa osa-aikaisen kieliohjaajan ja vastaa työpaikkasuomen mallin pedagogisesta "
    "sisällöstä. Kansalaisopisto on jo nyt järjestänyt kotoutumiskoulutusta, joten uusi malli rakennetaan sen olemassa "
    "olevan opetussuunnitelman päälle. Silta ry vastaa etsivästä työstä yhteisöissä ja asiakasedustajien valmennuksesta "
    "ohjausryhmätyöhön. Yhdistyksellä on pitkä kokemus vertaisryhmistä, ja sen kautta tavoitamme erityisesti ne "
    "asukkaat, jotka eivät luota viranomaisiin.",
    "Ammattiopisto ja yrittäjäjärjestö eivät ole osatoteuttajia, mutta ne ovat sitoutuneet yhteistyöhön "
    "aiesopimuksella. Ammattiopisto järjestää alalle tutustumisjaksot omana toimintanaan ja ottaa niihin "
    "Työpolku-pisteen asiakkaita, ja yrittäjäjärjestö kutsuu jäsenyrityksiään työnantajailtoihin ja rekrytointitapahtumiin. "
    "ELY-keskuksen kotoutumisen asiantuntija tuo ohjausryhmään alueellisen näkökulman ja tiedon muualla "
    "käynnissä olevista hankkeista, jotta päällekkäistä kehittämistä ei synny.",
]

YHDENVERTAISUUS = [
    "Yhdenvertaisuus, sukupuolten tasa-arvo ja kestävä kehitys",
    "Hanke edistää suoraan yhdenvertaisuutta, koska sen tarkoituksena on poistaa esteitä, jotka nyt estävät maahan "
    "muuttaneita pääsemästä työelämään. Sukupuolten tasa-arvon näkökulmasta tärkein valinta on kotona lapsia hoitavien "
    "vanhempien tavoittaminen. Tiedämme, että suurin osa heistä on naisia ja että heidän kotoutumisensa on usein "
    "hitaampaa kuin puolisoiden, jotka ovat työssä tai opiskelevat. Siksi hankkeen ryhmätilaisuuksiin järjestetään "
    "lastenhoito, kiertävän pisteen aukioloajat sovitetaan koulupäiviin ja ohjausta tarjotaan myös naisohjaajan "
    "kanssa niille, jotka sitä toivovat. Seuraamme asiakasmääriä sukupuolen mukaan ja raportoimme ne "
    "ohjausryhmälle.",
    "Saavutettavuuden varmistamiseksi kaikki asiakkaille suunnattu materiaali laaditaan selkokielellä ja "
    "kuvitettuna, ja tulkkausta käytetään aina, kun asiakas sitä tarvitsee. Kiertävä piste tuo palvelun lähelle "
    "niitä, joille matka Ruskealahden keskustaan on pitkä ja julkinen liikenne harvaa. Ympäristön kannalta kiertävä "
    "malli vähentää asiakkaiden asiointimatkoja, ja hankkeen omat kokoukset pidetään mahdollisuuksien mukaan "
    "etäyhteyksin. Hankinnoissa noudatetaan kaupungin kestävien hankintojen linjausta.",
    "Hankkeen toiminta tukee myös kaupungin kotoutumisohjelmaa, jonka kaupunginvaltuusto hyväksyi vuonna 2024, sekä "
    "työllisyysalueen palvelustrategiaa. Molemmissa asiakirjoissa todetaan tarve yhteiselle asiakasprosessille, joten "
    "hanke toteuttaa jo hyväksyttyjä linjauksia eikä luo niiden rinnalle uusia rakenteita.",
]

HENKILOSTO = [
    "Hankkeen henkilöstö",
    "Hankkeeseen palkataan projektipäällikkö koko toteutusajaksi. Hän vastaa hankkeen johtamisesta, "
    "taloudesta, raportoinnista ja juurruttamisesta sekä toimii ohjausryhmän sihteerinä. Työnantajakoordinaattori "
    "palkataan maaliskuusta 2026 alkaen, ja hänen tehtävänsä on yritysyhteistyö, rekrytointien tuki ja "
    "rekrytointitapahtumien järjestäminen. Kaksi vastuuohjaajaa työskentelee Työpolku-pisteessä ja kiertävässä "
    "pisteessä; toinen heistä on Silta ry:n palveluksessa ja keskittyy etsivään työhön. Kansalaisopiston kieliohjaaja "
    "työskentelee hankkeessa 60 prosentin työajalla.",
    "Lisäksi kaupungin nykyiset työllisyysasiantuntijat ja kotoutumisen ohjaajat työskentelevät Työpolku-pisteessä "
    "vuorotellen osana omaa työtään. Tämä on tietoinen valinta: kun pysyvä henkilöstö tekee pisteen työtä alusta asti, "
    "toimintamalli ei jää hanketyöntekijöiden varaan. Henkilöstön perehdytyksestä vastaa projektipäällikkö yhdessä "
    "palvelupäällikön kanssa, ja perehdytysaineisto tallennetaan kaupungin intranetiin.",
]

AIEMMAT = [
    "Aiemmat kokemukset ja yhteys muuhun kehittämiseen",
    "Ruskealahdella on kokeiltu monialaista asiakastyötä aiemminkin. Vuosina 2019–2021 toteutettu "
    "kotoutumisen kokeiluhanke osoitti, että yhteinen vastaanotto lyhentää aikaa ensimmäiseen palveluun, mutta "
    "kokeilu jäi yhden toimipisteen varaan eikä sen käytäntöjä kirjattu. Kokeilun loppuarvioinnin keskeinen havainto "
    "oli, että toiminta hiipui, kun hanketyöntekijät siirtyivät muihin tehtäviin. Tämän hankkeen rakenne on "
    "suunniteltu juuri tuon kokemuksen pohjalta: pysyvä henkilöstö tekee työtä alusta asti, prosessi kirjataan ja "
    "hyväksytään lautakunnassa ja kustannukset siirretään talousarvioon.",
    "Hanke ei kilpaile muiden alueella käynnissä olevien hankkeiden kanssa. Maakunnan osaamiskeskus kehittää "
    "kotoutumiskoulutuksen sisältöjä, ja ammattikorkeakoulun hanke tutkii tutkintojen tunnustamista. Olemme sopineet "
    "kummankin kanssa, että vaihdamme tietoa ohjausryhmätasolla ja että Työpolku-pisteen asiakkaat voivat osallistua "
    "niiden tarjoamiin koulutuksiin. Lisäksi hyödynnämme valtakunnallisen kotoutumisen osaamiskeskuksen materiaaleja, "
    "jotta emme tee uudelleen sitä, mikä on jo tehty muualla.",
]

TIETOSUOJA = [
    "Tiedonhallinta ja tietosuoja",
    "Yhteinen alkukartoitus tarkoittaa, että asiakkaan tietoja käsittelee useampi organisaatio. Tiedot "
    "tallennetaan ensisijaisesti työllisyyspalvelujen asiakastietojärjestelmään, ja muille toimijoille ne luovutetaan "
    "vain asiakkaan kirjallisella suostumuksella. Suostumuslomake laaditaan selkokielisenä ja käännetään "
    "hankkeen tärkeimmille kielille. Asiakkaalle kerrotaan, mitä tietoja siirretään, kenelle ja mihin tarkoitukseen, "
    "ja hän voi perua suostumuksensa milloin tahansa. Järjestöjen työntekijät eivät käsittele tietoja kaupungin "
    "järjestelmissä, vaan tieto siirtyy heille asiakkaan kautta tai erikseen sovitulla suojatulla tavalla.",
    "Seurantatiedot raportoidaan ohjausryhmälle ja rahoittajalle ainoastaan koosteina, joista yksittäistä asiakasta "
    "ei voi tunnistaa. Ulkoinen arvioija saa haastatteluaineistot käyttöönsä vain haastateltavien luvalla, ja "
    "aineistot hävitetään arvioinnin valmistuttua.",
]

OHJAUS = [
    "Ohjausryhmän ja asiakasedustajien työskentely",
    "Ohjausryhmä ei ole hankkeessa muodollisuus, vaan sen tehtävänä on tehdä päätökset, joita hankkeen "
    "juurruttaminen edellyttää. Jokaisen kokouksen vakioasiana on juurruttamissuunnitelman tilanne, ja "
    "kokouksissa käsitellään seurantatiedot sekä asiakaspalautteen kooste. Ohjausryhmän jäsenet vievät tietoa "
    "omiin organisaatioihinsa, ja kuntien edustajat huolehtivat siitä, että toimintamalli on esillä "
    "talousarviovalmistelussa hyvissä ajoin.",
    "Kahdella asiakasedustajalla on ohjausryhmässä täydet jäsenen oikeudet. Silta ry valmentaa heidät tehtävään, "
    "ja kokouksissa käytetään tarvittaessa tulkkia. Asiakasedustajille maksetaan kokouspalkkio samoin perustein kuin "
    "muille jäsenille. Lisäksi Työpolku-pisteen asiakkaista kootaan kehittäjäryhmä, joka kommentoi lomakkeita, "
    "esitteitä ja palvelun aukioloaikoja ennen niiden käyttöönottoa. Näin asiakkaan näkökulma on mukana sekä "
    "strategisissa päätöksissä että käytännön yksityiskohdissa.",
    "Hankkeen alussa ohjausryhmä hyväksyy myös työjärjestyksen, jossa sovitaan päätöksenteosta, "
    "esteellisyydestä ja siitä, miten kiireellisissä asioissa toimitaan kokousten välillä. Ohjausryhmän muistiot "
    "julkaistaan kaupungin verkkosivuilla, jotta hankkeen eteneminen on kuntalaisten nähtävissä.",
]

VALITAVOITTEET = [
    "Välietapit ja niiden tarkistuspisteet",
    "Hankkeen etenemistä tarkastellaan ohjausryhmässä sovittujen välietappien avulla. Ensimmäinen etappi on "
    "saavutettu, kun Työpolku-piste on avattu kaupungintalolla, vastuuohjaajat ja työnantajakoordinaattori ovat "
    "aloittaneet ja yhteisen alkukartoituslomakkeen ensimmäinen versio on käytössä. Tämän arvioimme toteutuvan "
    "huhtikuussa 2026. Toinen etappi on kiertävän pisteen käynnistyminen Kivijärvellä ja Lehtimaalla sekä "
    "ensimmäisen rekrytointitapahtuman järjestäminen syksyllä 2026.",
    "Kolmas etappi on saavutettu, kun asiakasprosessin kuvaus on valmis ja hyväksytty pilotointiin, mikä on "
    "tavoitteena vuoden 2026 lopussa. Neljäs etappi ajoittuu syksyyn 2027: tuolloin ulkoisen arvioinnin "
    "väliraportti on valmis, levitystyöpajat naapurialueiden kanssa on pidetty ja elinvoimalautakunta on "
    "käsitellyt esityksen prosessin vakiinnuttamisesta. Viimeinen etappi on hankkeen päättyminen tammikuussa 2028, "
    "jolloin Työpolku-pisteen toiminta on siirtynyt työllisyyspalvelujen vastuulle ja loppuraportti on laadittu.",
    "Jos jokin etappi viivästyy yli kolme kuukautta, projektipäällikkö tuo ohjausryhmälle esityksen "
    "korjaavista toimista. Tällaisia voivat olla esimerkiksi työpakettien painotusten muuttaminen, tehtävien "
    "uudelleenjako kumppanien kesken tai muutoshakemus rahoittajalle. Ohjausryhmän hyväksymät muutokset "
    "kirjataan hankkeen muutoslokiin, joka on osa raportointia.",
]

MIKSI_NYT = [
    "Miksi juuri nyt?",
    "Työvoimapalvelujen uudistus on luonut kunnille tilaisuuden, jota ei ole ollut aiemmin: työllisyys- ja "
    "kotoutumispalvelut ovat ensimmäistä kertaa saman järjestäjän vastuulla. Uudistuksen alkuvaiheessa "
    "palveluprosessit ovat vielä muotoutumassa, ja jos yhteinen palvelupolku rakennetaan nyt, siitä tulee "
    "luonteva osa uusia rakenteita. Jos taas odotamme muutaman vuoden, organisaatioiden omat käytännöt ehtivät "
    "vakiintua erillisiksi, ja yhteisen prosessin rakentaminen on silloin huomattavasti vaikeampaa.",
    "Myös työmarkkinatilanne puoltaa hanketta. Seudun suurimmat työnantajat ovat ilmoittaneet laajentavansa "
    "tuotantoaan, ja hoiva-alalla eläköityy tulevina vuosina merkittävä osa henkilöstöstä. Samaan aikaan seudulla "
    "asuu satoja työikäisiä aikuisia, joiden osaaminen on käyttämättä. Hanke tuo nämä kaksi tarvetta yhteen.",
]

TIIVIS = [
    "Hankkeen lyhyt kuvaus",
    "Työpolku kokoaa Ruskealahden, Kivijärven ja Lehtimaan työllisyys- ja kotoutumispalvelut, kansalaisopiston ja "
    "järjestöt yhden palvelupolun taakse. Maahan muuttanut aikuinen saa yhdessä paikassa monialaisen "
    "alkukartoituksen ja vastuuohjaajan, joka kulkee hänen rinnallaan työhön tai koulutukseen asti. Työnantajat "
    "saavat hankkeesta käytännön apua rekrytointiin ja perehdytykseen sekä mallin, jolla suomen kieltä opitaan "
    "työpaikalla työn lomassa. Ammattilaisille hanke tuo yhteisen, kirjatun asiakasprosessin ja työnjaon, joka jää "
    "voimaan hankkeen jälkeen. Hanke toteutetaan kaupungin omissa tiloissa ja järjestelmissä, jotta sen tulokset "
    "voidaan ottaa pysyvään käyttöön ilman erillistä siirtovaihetta. Kiertävä piste vie palvelun myös pienempiin "
    "kuntiin, joissa välimatkat ovat pitkiä ja palvelut harvassa. Hankkeen kokonaisbudjetti on noin 1,2 miljoonaa "
    "euroa, ja sen tuloksista hyötyvät lopulta myös naapurialueet, joille toimintamalli levitetään.",
]

AIEMMAT.append(
    "Valmisteluvaiheessa tutustuimme lisäksi kahden muun kaupungin yhteispalvelupisteisiin. Niiden kokemusten "
    "mukaan suurin onnistumisen edellytys on se, että eri organisaatioiden työntekijät istuvat fyysisesti samassa "
    "tilassa ja että esihenkilöt ovat sopineet työnjaosta etukäteen. Toinen opittu asia on, että asiakkaat "
    "tarvitsevat ensimmäisillä käynneillä enemmän aikaa kuin virka-aikaan tottuneissa palveluissa on tavattu "
    "varata, joten Työpolku-pisteessä ensimmäinen tapaaminen kestää puolitoista tuntia. Nämä havainnot on "
    "otettu huomioon sekä tilasuunnittelussa että henkilöstön työvuorojen suunnittelussa.")

"""Reitti töihin -hakemuksen pidemmät lisäluvut (jotta hakemus on realistisen pitkä)."""

def lisaa(d, lihava):
    d.add_heading("Hankkeen suhde ohjelmaan ja aiempaan kehittämistyöhön", 1)
    d.add_paragraph(
        "Hanke toteuttaa Uudistuva ja osaava Suomi 2021–2027 -ohjelman toimintalinjaa, jonka tarkoituksena on parantaa työllisyyttä ja "
        "edistää työmarkkinoille pääsyä erityisesti niillä, joiden asema on heikko. Ohjelma-asiakirjassa korostetaan palveluiden "
        "yhteensovittamista ja asiakaslähtöisiä palvelupolkuja, ja juuri niihin hankkeemme keskittyy. Hanke ei rahoita nuorten "
        "palkkausta tai koulutusta sinänsä, vaan rakentaa tapaa, jolla olemassa olevat palvelut toimivat yhdessä.")
    d.add_paragraph(
        "Kaarnalahdessa on aiemmin toteutettu kaksi nuoriin kohdistunutta hanketta. Vuosina 2017–2019 toteutetussa Nuorten "
        "Paja-askel -hankkeessa kehitettiin työpajojen yksilövalmennusta, ja siitä jäi pysyväksi käytännöksi pajojen alkuhaastattelu. "
        "Hankkeen loppuarvioinnissa todettiin kuitenkin, että nuoret katosivat pajajakson päätyttyä, koska kukaan ei vastannut "
        "jatkosta. Vuosina 2020–2022 toteutetussa Ohjaamo-kehittämisessä rakennettiin matalan kynnyksen neuvontaa. Molempien "
        "kokemuksista olemme oppineet, että yksittäinen uusi palvelu ei riitä, jos siirtymät palvelujen välillä jäävät sopimatta.")
    d.add_paragraph(
        "Olemme tutustuneet myös muualla kehitettyihin malleihin. Innokylästä löytyy useita rinnalla kulkevan työn kuvauksia, "
        "ja olemme hyödyntäneet niistä erityisesti tapaa kirjata nuoren oma suunnitelma hänen omin sanoin. Siirtymäsopimuksen idea on "
        "peräisin lastensuojelun jälkihuollosta, jossa vastaavia sopimuksia on käytetty täysi-ikäistyvien nuorten kanssa. Emme siis "
        "keksi kaikkea alusta, vaan sovitamme toimivia käytäntöjä kaarnalahtelaiseen palvelujärjestelmään.")

    d.add_heading("Henkilöstö ja tehtävät", 1)
    d.add_paragraph(
        "Projektipäällikkö vastaa hankkeen johtamisesta, taloudesta, raportoinnista, arvioinnin koordinoinnista ja yhteistyöstä "
        "ohjausryhmän kanssa. Hänellä on oltava soveltuva korkeakoulututkinto ja kokemusta työllisyys- tai sosiaalipalvelujen "
        "kehittämisestä. Projektipäällikkö myös kirjoittaa siirtymäsopimuksen yhdessä organisaatioiden nimeämien yhdyshenkilöiden "
        "kanssa ja vastaa mallin kuvaamisesta.")
    d.add_paragraph(
        "Omavalmentajat tekevät asiakastyön. Tehtävä edellyttää sosionomin (AMK), yhteisöpedagogin tai vastaavaa tutkintoa. "
        "Omavalmentaja tapaa nuoria, osallistuu palvelunvaihtopalavereihin, kirjaa tapaamiset asiakastietojärjestelmään ja kokoaa "
        "kokemuksia siitä, missä kohdin siirtymä takkuaa. Omavalmentajat ovat mukana myös kehittäjäasiakastyöpajoissa ja "
        "työntekijöiden koulutusiltapäivissä, joissa he kertovat käytännön havainnoistaan.")
    d.add_paragraph(
        "Yrityskoordinaattori työskentelee puolella työajalla ja jakaa toisen puolen työajastaan kaupungin yrityspalvelujen kanssa. "
        "Tämä on tietoinen ratkaisu: yrityskoordinaattori tuntee jo valmiiksi paikalliset yritykset, ja yhteys yrityspalveluihin "
        "säilyy myös hankkeen jälkeen. Yrityskoordinaattori vastaa työnantajakontakteista, työnäytteiden järjestämisestä ja "
        "työpaikkaohjaajan lyhytkoulutuksesta.")
    d.add_paragraph(
        "Hankehenkilöstö perehdytetään kaupungin käytäntöihin ensimmäisen kuukauden aikana. Henkilöstölle järjestetään työnohjausta "
        "kerran kuukaudessa, koska rinnalla kulkeva työ on kuormittavaa ja vaatii kykyä sietää keskeneräisyyttä.")

    d.add_heading("Nuorten osallisuus kehittämisessä", 1)
    d.add_paragraph(
        "Nuoret eivät ole hankkeessa vain palvelun käyttäjiä vaan kehittäjiä. Hankkeeseen kutsutaan neljästä kuuteen kehittäjäasiakasta, "
        "jotka ovat itse kokeneet katkenneita palvelupolkuja. Heille maksetaan osallistumisesta palkkio kaupungin "
        "kokemusasiantuntijakäytännön mukaisesti. Kehittäjäasiakkaat osallistuvat siirtymäsopimuksen luonnosteluun, kommentoivat "
        "selkokielistä versiota ja ovat mukana ohjausryhmässä kahdella paikalla.")
    d.add_paragraph(
        "Kaikille valmennukseen tuleville nuorille kerrotaan, miten heidän kokemuksiaan käytetään kehittämiseen, ja heillä on "
        "mahdollisuus kieltäytyä. Nuoren oma suunnitelma kirjataan hänen kanssaan yhdessä, ja hän saa siitä kopion. Haluamme, että "
        "nuori kokee voivansa vaikuttaa omaan polkuunsa, ja siksi valmennuksen alussa sovitaan yhdessä, millä tavalla yhteyttä pidetään: "
        "osa nuorista haluaa viestejä, osa puheluita, osa tapaamisia kirjastossa.")

    d.add_heading("Yhdenvertaisuus, tasa-arvo ja kestävä kehitys", 1)
    d.add_paragraph(
        "Hankkeessa kiinnitetään erityistä huomiota vieraskielisiin nuoriin, joiden osuus Kaarnalahden työttömistä nuorista on noin "
        "viidennes, sekä nuoriin, joilla on neuropsykiatrisia erityispiirteitä. Materiaalit tehdään selkokielellä ja tarvittaessa "
        "käytetään tulkkia. Koulutusiltapäivissä käsitellään yhdenvertaisuutta ja syrjimätöntä rekrytointia myös yritysten kanssa.")
    d.add_paragraph(
        "Sukupuolten tasa-arvon näkökulmasta tiedämme, että nuoret miehet ovat yliedustettuina pitkäaikaistyöttömissä, kun taas "
        "nuoret naiset ohjautuvat useammin mielenterveyspalveluihin. Seurantatiedot kerätään sukupuolen mukaan eriteltyinä, jotta "
        "voimme tarkistaa, tavoittaako valmennus molempia. Ympäristön kannalta hanke suosii etätapaamisia silloin, kun se sopii "
        "nuorelle, ja tapaamiset järjestetään julkisen liikenteen ulottuvilla.")

    d.add_heading("Tietosuoja ja asiakastiedot", 1)
    d.add_paragraph(
        "Siirtymäsopimuksen keskeinen kysymys on tiedonkulku. Nuoren tietoja siirretään organisaatiolta toiselle vain hänen "
        "suostumuksellaan, ja suostumus pyydetään kirjallisena. Hankkeelle laaditaan tietosuojaseloste ja tietosuojan "
        "vaikutustenarviointi ennen kuin ensimmäiset nuoret tulevat valmennukseen. Kaupungin tietosuojavastaava on mukana "
        "siirtymäsopimuksen valmistelussa. Arviointia varten kerättävät tiedot käsitellään tunnisteettomina, ja "
        "ammattikorkeakoulun opiskelijoiden haastatteluaineistot säilytetään korkeakoulun ohjeiden mukaisesti.")
    d.add_paragraph(
        "Tietojärjestelmien osalta hanke käyttää kaupungin nykyisiä asiakastietojärjestelmiä eikä hanki uusia. Siirtymien ajallinen "
        "seuranta tehdään kirjaamalla palvelun päättymis- ja alkamispäivät, jotka järjestelmissä jo ovat, mutta joita ei ole "
        "aiemmin yhdistetty.")

def lisaa2(d, lihava):
    d.add_heading("Yhteistyökumppanit ja niiden sitoumukset", 1)
    d.add_paragraph(
        "Kaarnalahden kaupungin aikuissosiaalityö sitoutuu nimeämään hankkeelle yhdyshenkilön, osallistumaan siirtymäsopimuksen "
        "valmisteluun ja ohjaamaan hankkeeseen nuoria, joiden asiakkuus on pitkittynyt. Aikuissosiaalityön johtava sosiaalityöntekijä "
        "on ohjausryhmän jäsen. Kaarnalahden ammattiopisto sitoutuu tarjoamaan hankkeen nuorille joustavia aloituspaikkoja ja "
        "tutkinnon osia työpaikalla sekä osallistumaan koulutusiltapäiviin. Opisto on myös valmis tunnustamaan hankkeen "
        "työnäytteissä osoitettua osaamista osaksi tutkintoa, kun se vastaa tutkinnon perusteita.")
    d.add_paragraph(
        "Kaarnalahden Yrittäjät ry sitoutuu välittämään tietoa hankkeesta jäsenilleen, järjestämään yhdessä hankkeen kanssa kaksi "
        "aamukahvitilaisuutta vuodessa ja nimeämään edustajan ohjausryhmään. Kaarnalahden ammattikorkeakoulu tarjoaa "
        "sosiaalialan opiskelijoiden opinnäytetöinä tehtävän haastattelututkimuksen ja ohjaavan opettajan työpanoksen. "
        "Kumppanien kirjalliset sitoumukset ovat hakemuksen liitteinä 3–6.")
    d.add_paragraph(
        "Lisäksi teemme yhteistyötä hyvinvointialueen mielenterveys- ja päihdepalvelujen kanssa, koska osalla nuorista työelämään "
        "siirtymisen esteenä on hoitamaton mielenterveyden ongelma. Yhteistyöstä on sovittu alustavasti hyvinvointialueen nuorten "
        "palvelujen esihenkilön kanssa, ja se tarkentuu hankkeen ensimmäisen puolen vuoden aikana.")

    d.add_heading("Mitä opimme valmisteluvaiheessa", 1)
    d.add_paragraph(
        "Valmistelun aikana haastattelimme kuutta nuorta, joilla on kokemusta työllisyyspalveluista. Heidän viestinsä oli "
        "yksiselitteinen: palveluja on paljon, mutta kukaan ei kerro, mitä seuraavaksi tapahtuu. Yksi nuorista kuvasi tilannetta "
        "niin, että hän ”odotti puhelua, jota ei koskaan tullut”. Toinen kertoi, että hänen piti kertoa elämäntarinansa uudelleen "
        "jokaiselle uudelle työntekijälle. Nämä kokemukset ovat ohjanneet hankkeen suunnittelua: rinnalla kulkeva omavalmentaja ja "
        "kirjallinen siirtymäsopimus vastaavat suoraan näihin kokemuksiin.")
    d.add_paragraph(
        "Työntekijät puolestaan toivat esiin, että he haluaisivat tehdä yhteistyötä, mutta aika ei riitä ja toisen organisaation "
        "oikeaa yhteyshenkilöä on vaikea löytää. Siksi siirtymäsopimukseen kirjataan jokaisesta organisaatiosta nimetty "
        "yhdyshenkilö ja varahenkilö. Yrittäjät toivoivat erityisesti, ettei heidän tarvitse tuntea tukijärjestelmää: riittää, että "
        "he tietävät yhden puhelinnumeron.")

    d.add_heading("Kustannusten perustelut", 1)
    d.add_paragraph(
        "Henkilöstökulut perustuvat kaupungin virka- ja työehtosopimusten mukaisiin palkkoihin sivukuluineen. Projektipäällikön "
        "kokonaiskustannus on noin 5 900 euroa kuukaudessa, omavalmentajan noin 4 800 euroa ja puolipäiväisen yrityskoordinaattorin "
        "noin 2 500 euroa. Henkilöstökulut ovat yhteensä 423 000 euroa 24 kuukaudelta. Muut kulut, kuten matkat, koulutusiltapäivien "
        "tarjoilut, loppuseminaarin tilat, selkokielisen materiaalin taitto ja kehittäjäasiakkaiden palkkiot katetaan 15 prosentin "
        "flat rate -osuudella, joka on 63 400 euroa.")
    d.add_paragraph(
        "Kaupungin omarahoitusosuus on varattu työllisyyspalvelujen talousarvioon vuosille 2025–2027. Omarahoitus katetaan "
        "rahana; hankkeessa ei käytetä luontoissuorituksia. Hankkeen kirjanpito hoidetaan kaupungin taloushallinnossa omalla "
        "kustannuspaikallaan, ja maksatushakemukset tehdään neljän kuukauden välein.")

    d.add_heading("Yhteenveto", 1)
    d.add_paragraph(
        "Reitti töihin -hanke rakentaa Kaarnalahteen rinnalla kulkevan valmennuksen, kirjallisen siirtymäsopimuksen ja yhden "
        "luukun työnantajapalvelun. Hankkeen onnistumista seurataan rekisteritiedoin, kyselyin ja haastatteluin, ja hankkeen "
        "tulokset jäävät elämään kaupungin palvelukuvauksissa ja työllisyyspalvelujen päällikön vastuulla. Uskomme, että kahden "
        "vuoden kehittämistyöllä voidaan saada aikaan pysyvä muutos siihen, miten kaupungin palvelut kohtaavat nuoren, joka on "
        "jo monta kertaa pudonnut palvelujen väliin.")

def lisaa3(d, lihava):
    lihava(d, "Valmennuksen sisältö tarkemmin")
    d.add_paragraph(
        "Valmennus alkaa tutustumisjaksolla, joka kestää tyypillisesti neljästä kuuteen viikkoa. Sen aikana omavalmentaja ja nuori "
        "tapaavat useita kertoja, ja nuoren kanssa selvitetään hänen tilanteensa kokonaisuutena: asuminen, talous, terveys, "
        "aiempi koulutus ja työkokemus sekä se, mitä nuori itse haluaa. Tutustumisjakson päätteeksi laaditaan nuoren oma suunnitelma, "
        "johon kirjataan seuraavat kolme askelta ja se, kuka vastaa kustakin. Suunnitelma on lyhyt ja se kirjoitetaan nuoren omalla "
        "kielellä, ei palvelujärjestelmän termein.")
    d.add_paragraph(
        "Varsinaisessa valmennusvaiheessa nuori kokeilee työtä tai opiskelua, esimerkiksi työnäytteen, työkokeilun, kuntouttavan "
        "työtoiminnan tai ammattiopiston tutkinnon osan kautta. Omavalmentaja ei korvaa näitä palveluja, vaan on mukana siirtymissä "
        "niiden välillä. Kun nuori aloittaa uudessa palvelussa, omavalmentaja osallistuu aloituspalaveriin ja pitää nuoreen "
        "yhteyttä ensimmäisten viikkojen ajan tiiviimmin. Jos nuori jää pois, omavalmentaja ottaa yhteyttä saman viikon aikana.")
    d.add_paragraph(
        "Valmennus päättyy, kun nuori on aloittanut työn, opiskelun tai muun pysyvämmän ratkaisun ja tilanne on ollut vakaa noin "
        "kaksi kuukautta. Päätösvaiheessa sovitaan, kenelle nuori voi soittaa, jos asiat alkavat taas takkuilla. Tämä ”jälkipuhelin” "
        "on nuorten itsensä toive valmisteluhaastatteluista.")
    lihava(d, "Työnantajayhteistyön käytännöt")
    d.add_paragraph(
        "Yrityskoordinaattori käy jokaisessa uudessa yhteistyöyrityksessä paikan päällä ja kartoittaa yrityksen kanssa tehtävät, "
        "joita nuori voisi tehdä. Usein kyse on lyhyistä tai kausiluonteisista töistä: varastotyötä, kiinteistöhuoltoa, "
        "ravintolan keittiötyötä, kaupan hyllytystä tai puutarhatöitä. Yrittäjä saa kirjallisen yhteenvedon siitä, mitä tukia "
        "nuoren palkkaamiseen on saatavilla, ja koordinaattori täyttää hakemukset yhdessä yrittäjän kanssa.")
    d.add_paragraph(
        "Työnäytteessä nuori työskentelee yrityksessä kaksi päivää palkallisesti. Palkan maksaa yritys, ja kaupunki korvaa sen "
        "työllisyyspalvelujen nykyisestä määrärahasta kaupungin kesätyösetelin käytäntöä soveltaen. Työnäytteen jälkeen nuori, "
        "yrittäjä ja omavalmentaja käyvät yhdessä läpi, miten jakso meni ja mitä seuraavaksi. Työnäyte ei velvoita kumpaakaan "
        "osapuolta, mutta kokemusten mukaan se madaltaa kynnystä jatkaa työsuhteeseen.")
    d.add_paragraph(
        "Työpaikkaohjaajan lyhytkoulutus kestää kaksi tuntia. Siinä käydään läpi, miten nuoren perehdytys kannattaa tehdä, miten "
        "ohjeet annetaan selkeästi ja mitä tehdä, jos nuori ei tule töihin. Koulutus järjestetään kuusi kertaa hankkeen aikana, ja "
        "sen materiaali jää kaupungin yrityspalvelujen käyttöön.")

def lisaa4(d, lihava):
    d.add_heading("Miksi tämä kannattaa kaupungille?", 1)
    d.add_paragraph(
        "Kaarnalahti maksoi vuonna 2024 työmarkkinatuen kuntaosuutta noin 6,1 miljoonaa euroa, ja siitä arviolta 1,4 miljoonaa "
        "kohdistui alle 30-vuotiaisiin. Työllisyyspalvelujen siirryttyä kunnille vuoden 2025 alussa kaupungin rahoitusvastuu "
        "pitkäaikaistyöttömyydestä kasvoi edelleen. Jos hankkeen valmennukseen osallistuvista 120 nuoresta 45 prosenttia eli noin 54 "
        "nuorta siirtyy työhön tai koulutukseen keskimäärin vuotta aiemmin kuin muuten, kaupungin säästö pelkästään kuntaosuudessa "
        "on karkean arvion mukaan 200 000–300 000 euroa. Tämän lisäksi tulevat verotulot ja vähentyneet toimeentulotukimenot.")
    d.add_paragraph(
        "Laskelma on suuntaa antava, eikä hanke voi luotettavasti osoittaa, mikä osa nuorten työllistymisestä johtuu juuri "
        "hankkeesta. Laskelma on kuitenkin tärkeä perustelu, kun elinvoimalautakunta päättää omavalmentajan tehtävän "
        "vakinaistamisesta. Siksi projektipäällikkö päivittää laskelman väliarvioinnin yhteydessä toteutuneilla luvuilla.")
    d.add_heading("Ohjausryhmän työskentely", 1)
    d.add_paragraph(
        "Ohjausryhmä seuraa hankkeen etenemistä, taloutta ja arviointitietoja sekä tekee linjaukset mallin käyttöönotosta. "
        "Kokouksista laaditaan pöytäkirja, ja ne julkaistaan hankkeen verkkosivulla. Ohjausryhmän ensimmäisessä kokouksessa "
        "hyväksytään ohjausryhmän työjärjestys ja hankkeen tarkennettu toimintasuunnitelma. Ohjausryhmä käsittelee jokaisessa "
        "kokouksessa myös juurruttamisen tilannetta: mitä on jo viety organisaatioiden omiin rakenteisiin ja mitä vielä puuttuu.")
    d.add_paragraph(
        "Ohjausryhmän lisäksi hankkeella on työrukkanen, johon kuuluvat projektipäällikkö, omavalmentajat, yrityskoordinaattori "
        "ja organisaatioiden yhdyshenkilöt. Työrukkanen kokoontuu kerran kuukaudessa ja käsittelee käytännön kysymyksiä, kuten "
        "yksittäisten siirtymien sujumista ja koulutusiltapäivien sisältöjä. Työrukkasen havainnot viedään ohjausryhmälle "
        "kootusti.")
    d.add_paragraph(
        "Ohjausryhmän puheenjohtajana toimii työllisyyspalvelujen päällikkö. Valinta on tehty tarkoituksella, koska hän on myös "
        "se henkilö, jonka vastuulle toimintamalli siirtyy hankkeen jälkeen. Näin mallin tuleva omistaja on alusta asti mukana "
        "päättämässä sen sisällöstä eikä saa valmista mallia käsiinsä vasta viimeisinä viikkoina. Varapuheenjohtajaksi on "
        "ehdotettu aikuissosiaalityön johtavaa sosiaalityöntekijää, ja ohjausryhmän sihteerinä toimii projektipäällikkö. "
        "Rahoittajan edustaja osallistuu kokouksiin asiantuntijajäsenenä ilman äänioikeutta, ja hänelle toimitetaan kokousaineistot "
        "viikkoa ennen kokousta. Ohjausryhmän jäsenet ovat sitoutuneet osallistumaan kokouksiin koko hankkeen ajan, ja jos jäsen "
        "vaihtuu, hänen organisaationsa nimeää tilalle uuden edustajan.")

from osa1_apu import *
from osa2b_lisa import *

def jakso(d, osat):
    h(d, osat[0], 2)
    for t in osat[1:]:
        p(d, t)


def doc1():
    d = Document()
    p(d, "Ruskealahden kaupunki / Elinvoima- ja työllisyyspalvelut")
    h(d, "Työpolku – kotoutumisen ja työllisyyden yhteinen palvelupolku Ruskealahden seudulla", 0)
    p(d, "Hankesuunnitelma ESR+ -rahoitushakuun (Uudistuva ja osaava Suomi 2021–2027, toimintalinja 4)")
    p(d, "Luonnos 2, 14.10.2025 – kommentit ohjausryhmän valmisteluryhmältä 24.10.2025 mennessä")
    p(d, "Laatija: suunnittelija Sanna Virkki, Ruskealahden kaupunki")

    jakso(d, TIIVIS)
    h(d, "Lähtötilanne ja tarve", 1)
    p(d, "Ruskealahden seutu on viimeisen vuosikymmenen aikana muuttunut kieli- ja kulttuuritaustaltaan nopeammin kuin "
         "juuri mikään muu maakuntamme alue. Vuonna 2015 vieraskielisiä asukkaita oli seudun kolmessa kunnassa yhteensä noin "
         "1 900, kun vuoden 2024 lopussa heitä oli jo 4 650. Samaan aikaan vieraskielisten työttömien työnhakijoiden osuus "
         "kaikista työttömistä on noussut 8,1 prosentista (2019) 14,2 prosenttiin (2024). Luvut eivät kerro koko totuutta, "
         "sillä osa kotona lapsia hoitavista vanhemmista, erityisesti naisista, ei ole lainkaan kirjautunut työnhakijaksi eikä "
         "näin ollen näy tilastoissa. Kotoutumisen asiakasohjauksessa arvioimme, että tällaisia seudulla asuvia aikuisia on "
         "vähintään 300.")
    p(d, "Työvoimapalvelujen siirryttyä kuntien järjestettäviksi vuoden 2025 alussa Ruskealahti vastaa nyt sekä "
         "työllisyyspalveluista että kotoutumislain mukaisista palveluista koko työllisyysalueella, johon kuuluvat myös "
         "Kivijärven ja Lehtimaan kunnat. Uudistus on tuonut palvelut saman katon alle hallinnollisesti, mutta asiakkaan "
         "näkökulmasta palvelu on edelleen pirstaleista. Maahan muuttanut työnhakija saattaa kohdata ensimmäisen vuoden "
         "aikana työllisyyspalvelujen asiantuntijan, kotoutumisen ohjaajan, kansalaisopiston suomen kielen opettajan, "
         "sosiaalityöntekijän ja aikuiskoulutuskeskuksen opinto-ohjaajan, joista kukin tekee oman alkukartoituksensa ja "
         "oman suunnitelmansa. Asiakkaat kuvasivat keväällä 2025 järjestetyissä kuulemistilaisuuksissa tilannetta niin, että "
         "samat asiat kerrotaan moneen kertaan eikä kukaan tunnu näkevän kokonaisuutta.")
    p(d, "Toinen tunnistettu ongelma liittyy työnantajiin. Seudun elintarvike-, metalli- ja hoiva-aloilla on pulaa "
         "työntekijöistä, ja yrittäjäjärjestön syksyllä 2024 tekemän kyselyn mukaan 41 prosenttia vastanneista yrityksistä "
         "olisi valmis palkkaamaan maahan muuttaneen työntekijän, mutta vain 12 prosenttia oli tehnyt niin viimeisen kahden "
         "vuoden aikana. Yleisimmät syyt olivat epävarmuus kielitaidosta, tiedon puute tukimuodoista ja se, ettei "
         "yrityksessä ole ketään, jolla olisi aikaa perehdyttää. Kolmas tarve koskee henkilöstöä: kuntien, kansalaisopiston "
         "ja oppilaitosten ammattilaiset tuntevat kyllä oman palvelunsa, mutta yhteistä asiakasprosessia tai sovittuja "
         "työnjaon periaatteita ei ole. Tästä syystä asiakkaita ohjataan usein eteenpäin ilman, että vastaanottava taho "
         "tietää ohjauksesta.")
    p(d, "Hankeidea on valmisteltu laajassa yhteistyössä. Valmisteluryhmä kokoontui neljä kertaa kesäkuun ja syyskuun 2025 "
         "välillä, ja siihen osallistuivat työllisyyspalvelujen ja kotoutumispalvelujen esihenkilöt, Ruskealahden "
         "kansalaisopiston rehtori, Ruskealahden ammattiopiston aikuiskoulutuksen koulutuspäällikkö, seudun yrittäjäjärjestö "
         "sekä monikulttuurinen yhdistys Silta ry. Lisäksi asiakkaiden näkemyksiä kerättiin kolmessa kuulemistilaisuudessa, "
         "joihin osallistui yhteensä 46 maahan muuttanutta aikuista tulkin avustuksella.")

    jakso(d, MIKSI_NYT)
    h(d, "Mitä tavoittelemme", 1)
    p(d, "Hankkeen päämääränä on, että maahan muuttanut aikuinen saa Ruskealahden seudulla yhden, selkeän palvelupolun "
         "kohti työtä tai koulutusta, ja että seudun työnantajat ja ammattilaiset toimivat tämän polun varrella yhdessä. "
         "Päämäärä on purettu kolmeen tavoitteeseen, joista kukin vastaa yhteen edellä kuvatuista tarpeista.")
    p(d, "Ensimmäinen tavoitteemme on, että maahan muuttaneiden työnhakijoiden siirtyminen työhön, työkokeiluun tai "
         "tutkintoon johtavaan koulutukseen nopeutuu, koska asiakas saa yhdellä käynnillä monialaisen alkukartoituksen ja "
         "yhteisen suunnitelman sen sijaan, että hän kiertäisi palvelusta toiseen.")
    p(d, "Toiseksi tavoitteena on, että seudun pienet ja keskisuuret yritykset rekrytoivat maahan muuttaneita "
         "työntekijöitä nykyistä rohkeammin ja saavat siihen konkreettista tukea perehdytyksessä ja työpaikalla "
         "tapahtuvassa kielenoppimisessa.")
    p(d, "Kolmas tavoitteemme on, että kuntien, kansalaisopiston, ammattiopiston ja järjestöjen ammattilaisille "
         "vakiintuu yhteinen, kirjattu asiakasprosessi ja työnjako, jota noudatetaan myös hankkeen päättymisen jälkeen.")
    p(d, "Tavoitteet tukevat ESR+ -ohjelman erityistavoitetta, joka koskee työllisyyttä ja työelämään osallistumista, "
         "sekä Ruskealahden kaupunkistrategian 2025–2030 painopistettä ”Jokainen osaaja tarvitaan”. Hankkeen myötä "
         "myös asiakkaiden luottamus julkisiin palveluihin paranee, mutta tätä emme aseta erilliseksi tavoitteeksi, vaan "
         "seuraamme sitä osana asiakaspalautetta.")

    h(d, "Kenelle hanke on?", 1)
    p(d, "Hankkeen ensisijaisena kohderyhmänä ovat Ruskealahden, Kivijärven ja Lehtimaan alueella asuvat, työikäiset "
         "maahan muuttaneet, jotka ovat työttömänä tai työvoiman ulkopuolella ja joiden maassaoloaika on alle kymmenen "
         "vuotta. Arvioimme, että hankkeen aikana palvelupolun kautta kulkee noin 420 asiakasta. Erityistä huomiota "
         "kiinnitämme kotona lapsia hoitaviin vanhempiin, joita tavoitamme neuvolan, varhaiskasvatuksen ja Silta ry:n "
         "kautta, sekä korkeasti koulutettuihin, joiden tutkinto ei ole Suomessa tunnistettu.")
    p(d, "Välillisinä kohderyhminä ovat seudun työnantajat, joista tavoitamme hankkeen aikana vähintään 60 yritystä "
         "tai yhteisöä, sekä noin 80 työllisyys-, kotoutumis-, opetus- ja sosiaalialan ammattilaista. Hyödynsaajia ovat "
         "lopulta myös asiakkaiden perheet ja koko seutu, jonka työvoimapula helpottuu.")

    h(d, "Toteutus ja aikataulu", 1)
    tracked(d, [("n", "Hankkeen toteutusaika on "), ("del", "1.9.2025–31.8.2027"), ("ins", "1.2.2026–31.1.2028"),
                ("n", ". Toteutusaikaa siirrettiin rahoittajan hakuaikataulun vuoksi, ja kaikki alla kuvatut vaiheet on sovitettu uuteen aikatauluun.")])
    p(d, "Toteutus etenee kolmessa toisiaan tukevassa työpaketissa, jotka vastaavat hankkeen kolmea tavoitetta, sekä "
         "koko hankkeen ajan kulkevassa juurruttamisen ja viestinnän kokonaisuudessa, joka kuvataan tarkemmin omassa "
         "luvussaan.")
    p(d, "Ensimmäisessä työpaketissa perustamme Ruskealahden kaupungintalon katutasoon Työpolku-pisteen, jossa "
         "työllisyyspalvelujen asiantuntija, kotoutumisen ohjaaja ja kansalaisopiston kieliohjaaja ottavat asiakkaan "
         "vastaan yhdessä. Kivijärvellä ja Lehtimaalla piste toimii kiertävänä kahtena päivänä kuukaudessa kirjastojen "
         "tiloissa. Alkukartoituksen pohjaksi kehitämme kevään 2026 aikana yhteisen lomakkeen, jota kaikki toimijat "
         "käyttävät ja jonka tiedot asiakas suostumuksellaan antaa eri toimijoiden käyttöön. Kartoituksen jälkeen "
         "asiakkaalle nimetään yksi vastuuohjaaja, joka kulkee hänen rinnallaan, kunnes hän on työssä, työkokeilussa tai "
         "koulutuksessa. Lisäksi järjestämme ammattiopiston kanssa lyhyitä, 6–8 viikon alalle tutustumisjaksoja, joissa "
         "kielen oppiminen yhdistyy ammatilliseen harjoitteluun.")
    p(d, "Toinen työpaketti kohdistuu työnantajiin. Hankkeeseen palkataan työnantajakoordinaattori, joka vierailee "
         "yrityksissä, kertoo palkkatuesta, työkokeilusta ja rekrytointikoulutuksesta sekä auttaa rekrytoinnin "
         "käytännön järjestelyissä. Yhdessä kansalaisopiston kanssa rakennamme työpaikkasuomen mallin, jossa "
         "kieliohjaaja käy työpaikalla ja työyhteisöön koulutetaan kielitietoinen perehdyttäjä. Vuosittain "
         "järjestetään kaksi rekrytointitapahtumaa, ensimmäinen syksyllä 2026.")
    p(d, "Kolmannessa työpaketissa kuvaamme yhteisen asiakasprosessin. Ammattilaiset osallistuvat neljään yhteiseen "
         "kehittämistyöpajaan vuonna 2026, joissa prosessi, työnjako ja tiedonkulun periaatteet kirjataan. Vuonna 2027 "
         "prosessia pilotoidaan koko työllisyysalueella ja sitä korjataan kokemusten perusteella. Henkilöstölle "
         "järjestetään lisäksi kolme yhteistä koulutuspäivää kielitietoisesta ohjauksesta ja kulttuurisensitiivisestä "
         "asiakastyöstä.")
    p(d, "Aikataulu vuosittain on esitetty alla. Hankkeen päätösseminaari pidetään tammikuussa 2028 ennen "
         "hankkeen päättymistä, ja loppuraportti laaditaan hankkeen viimeisen kuukauden aikana.")
    table(d, [["Vaihe", "2026", "2027", "2028 (tammikuu)"],
              ["Työpolku-piste", "Avaus 4/2026, kiertävä piste syksyllä", "Täysi toiminta", "Siirto kaupungin palveluksi"],
              ["Työnantajayhteistyö", "Koordinaattori aloittaa 3/2026, rekrytointitapahtuma syksyllä", "Kaksi rekrytointitapahtumaa, työpaikkasuomi", "–"],
              ["Asiakasprosessi", "Neljä työpajaa, prosessikuvaus", "Pilotointi ja korjaus", "Hyväksyntä lautakunnassa"],
              ["Juurruttaminen ja viestintä", "Juurruttamissuunnitelma 3/2026, uutiskirje", "Levitystyöpajat naapurialueille", "Päätösseminaari"]])

    jakso(d, VALITAVOITTEET)
    jakso(d, ASIAKASPOLKU)
    jakso(d, TIETOSUOJA)
    jakso(d, HENKILOSTO)
    h(d, "Kustannukset ja rahoitus", 1)
    p(d, "Hankkeen kokonaiskustannusarvio on 1 184 000 euroa. Siitä haetaan ESR+ -rahoitusta 75 prosenttia eli "
         "888 000 euroa, ja kuntien omarahoitusosuus on 296 000 euroa, josta Ruskealahti maksaa 70 %, Kivijärvi 18 % ja "
         "Lehtimaa 12 %. Suurin kustannuserä on henkilöstö: projektipäällikkö, työnantajakoordinaattori, kaksi "
         "vastuuohjaajaa ja osa-aikainen kieliohjaaja. Juurruttamiseen ja tulosten levittämiseen on varattu "
         "projektipäällikön työajasta 20 prosenttia koko hankkeen ajan sekä erillinen 9 500 euron määräraha "
         "levitystyöpajoihin, päätösseminaariin ja käännöksiin.")
    table(d, [["Kustannuslaji (€)", "2026", "2027", "2028", "Yhteensä"],
              ["Henkilöstökulut", "468 000", "486 000", "40 000", "994 000"],
              ["Ostopalvelut (tulkkaus, arviointi)", "38 000", "41 000", "6 000", "85 000"],
              ["Tilat ja kiertävä piste", "24 000", "24 000", "2 000", "50 000"],
              ["Viestintä ja levittäminen", "12 000", "15 000", "9 500", "36 500"],
              ["Muut kulut", "8 000", "8 500", "2 000", "18 500"],
              ["Yhteensä", "550 000", "574 500", "59 500", "1 184 000"]])

    h(d, "Miten arvioimme onnistumista?", 1)
    p(d, "Onnistumista seurataan sekä määrällisesti että laadullisesti, ja seuranta on rakennettu niin, että sama "
         "tieto palvelee myöhemmin myös kaupungin omaa palvelujen seurantaa. Asiakasmäärät, palvelupolun vaiheet ja "
         "tulokset kirjataan työllisyyspalvelujen asiakastietojärjestelmään jo nyt käytössä olevin koodein, joten erillistä "
         "hankerekisteriä ei tarvita.")
    p(d, "Palvelupolun nopeutumista mittaamme sillä, kuinka suuri osa asiakkaista on kolmen kuukauden kuluttua "
         "alkukartoituksesta työssä, työkokeilussa tai tutkintoon johtavassa koulutuksessa. Lähtötaso vuodelta 2024 on 19 "
         "prosenttia ja tavoitetaso hankkeen lopussa 35 prosenttia. Lisäksi seuraamme, montako eri alkukartoitusta asiakas "
         "on käynyt läpi; tavoitteena on, että yli 90 prosentilla asiakkaista niitä on vain yksi. Asiakkaat antavat "
         "palautetta selkokielisellä, kuvin tuetulla kyselyllä kolmen kuukauden välein, ja kahdesti hankkeen aikana "
         "järjestämme tulkatut ryhmähaastattelut.")
    p(d, "Työnantajien rekrytointirohkeutta seurataan laskemalla, montako yritystä on tehnyt hankkeen tuella vähintään "
         "yhden rekrytoinnin tai työkokeilusopimuksen (tavoite 60 työnantajaa ja 90 työsuhdetta tai työkokeilua). "
         "Yrittäjäjärjestön kanssa toistamme vuoden 2024 yrityskyselyn syksyllä 2027, jolloin voimme verrata "
         "asenteiden ja käytäntöjen muutosta lähtötasoon.")
    p(d, "Ammattilaisten yhteistyön vakiintumista arvioimme henkilöstökyselyllä hankkeen alussa keväällä 2026 ja "
         "uudelleen lopussa syksyllä 2027. Lisäksi pidämme kirjaa siitä, onko yhteinen prosessikuvaus hyväksytty "
         "elinvoimalautakunnassa ja otettu käyttöön kaikissa kolmessa kunnassa. Hankkeen ulkoisen arvioinnin tekee "
         "kilpailutettava arvioija vuosina 2026–2027; oma itsearviointi tehdään ohjausryhmän kanssa puolivuosittain.")

    h(d, "Odotetut tulokset ja vaikutukset", 1)
    p(d, "Hankkeen konkreettisia tuotoksia ovat Työpolku-pisteen toimintamalli, yhteinen alkukartoituslomake, "
         "työpaikkasuomen malli työnantajille, kirjattu asiakasprosessi ja työnjakosopimus sekä koulutusmateriaali "
         "henkilöstölle. Lyhyellä aikavälillä odotamme, että asiakkaat pääsevät nopeammin oikeaan palveluun ja että "
         "työnantajat tuntevat tukimuodot paremmin. Pitkällä aikavälillä vaikutus näkyy vieraskielisten työllisyysasteen "
         "nousuna ja seudun työvoimapulan helpottumisena. Uskomme myös, että yhteinen prosessi vähentää päällekkäistä työtä "
         "ja vapauttaa ammattilaisten aikaa varsinaiseen ohjaukseen.")

    h(d, "Tulosten juurruttaminen ja jatkuvuus", 1)
    p(d, "Juurruttaminen ei ole hankkeen viimeisen puolen vuoden tehtävä, vaan se on otettu huomioon jo hakuvaiheessa. "
         "Elinvoima- ja työllisyyspalvelujen johtaja Marja Kettunen on ollut valmisteluryhmässä mukana alusta asti, ja "
         "hakemusta laadittaessa sovittiin, että Työpolku-piste rakennetaan kaupungin omiin tiloihin ja olemassa oleviin "
         "järjestelmiin eikä hankkeen erillisratkaisuksi. Juurruttamisen suunnittelussa käytämme 4V-mallia.")
    p(d, "Viestinnän vaiheessa kerromme kehitettävistä käytännöistä alusta alkaen niille, joiden pitäisi ne lopulta "
         "omaksua: työllisyysalueen henkilöstölle, lautakunnille ja naapurialueille. Juurruttamissuunnitelma laaditaan "
         "ohjausryhmän kanssa maaliskuussa 2026. Varioinnissa Työpolku-pisteen mallia testataan kolmessa erilaisessa "
         "ympäristössä – kaupungintalolla, Kivijärven kirjastossa ja Lehtimaan monitoimitalolla – ja sitä muokataan "
         "kunkin kunnan oloihin sopivaksi. Valtavirtaistamisen vaiheessa kutsumme vuonna 2027 kahden naapurityöllisyysalueen "
         "ammattilaiset levitystyöpajoihin kokeilemaan alkukartoituslomaketta ja prosessikuvausta omassa työssään. "
         "Vakiinnuttamisen vaiheessa asiakasprosessi viedään elinvoimalautakunnan hyväksyttäväksi ja Työpolku-pisteen "
         "kustannukset sisällytetään kaupungin talousarvioon vuodesta 2028 alkaen.")
    p(d, "Hankkeen päätyttyä Työpolku-pisteen toiminnasta ja asiakasprosessin ylläpidosta vastaa Ruskealahden kaupungin "
         "työllisyyspalvelujen palvelupäällikkö. Kansalaisopisto vastaa työpaikkasuomen mallista osana aikuisten "
         "kielikoulutustarjontaansa, ja yrittäjäjärjestö on sitoutunut jatkamaan työnantajaillat omana toimintanaan. "
         "Vastuut kirjataan aiesopimukseen, joka allekirjoitetaan ohjausryhmän ensimmäisessä kokouksessa.")
    p(d, "Tuloksia levitetään Innokylässä, jonne toimintamalli kuvataan vuoden 2027 aikana, kaupungin verkkosivuilla, "
         "työllisyysalueiden valtakunnallisessa verkostossa sekä tammikuun 2028 päätösseminaarissa. Asiakkaille suunnatut "
         "materiaalit käännetään viidelle kielelle.")

    h(d, "Hallinnointi ja yhteistyö", 1)
    p(d, "Hankkeen hallinnoijana toimii Ruskealahden kaupunki, ja osatoteuttajina ovat Ruskealahden kansalaisopisto ja "
         "Silta ry. Hankkeelle asetetaan ohjausryhmä, johon kuuluvat kolmen kunnan edustajat, kansalaisopisto, "
         "ammattiopisto, yrittäjäjärjestö, Silta ry, ELY-keskuksen edustaja sekä kaksi asiakasedustajaa. Ohjausryhmä "
         "kokoontuu noin neljä kertaa vuodessa. Hankkeen arjesta vastaa projektipäällikkö, jonka esihenkilö on "
         "työllisyyspalvelujen palvelupäällikkö.")

    jakso(d, KUMPPANIT)
    jakso(d, OHJAUS)
    jakso(d, AIEMMAT)
    jakso(d, YHDENVERTAISUUS)
    h(d, "Riskit", 1)
    p(d, "Suurimpana riskinä pidämme sitä, ettei kotona lapsia hoitavia vanhempia tavoiteta. Riskiä pienennetään "
         "jalkautumalla neuvoloihin ja Silta ry:n ryhmiin sekä järjestämällä lastenhoito Työpolku-pisteen ryhmätilaisuuksien "
         "ajaksi. Toinen riski on henkilöstön vaihtuvuus, johon varaudumme dokumentoimalla työn jatkuvasti yhteiseen "
         "työtilaan. Kolmas riski liittyy kuntatalouteen: jos talousarviossa ei vuodelle 2028 löydy rahaa pisteen "
         "jatkamiseen, toiminta sulautetaan työllisyyspalvelujen nykyiseen asiakaspalveluun, mikä on otettu huomioon "
         "prosessia suunniteltaessa.")

    h(d, "Viestintä", 1)
    p(d, "Hankkeen viestintää hoitaa projektipäällikkö yhdessä kaupungin viestintäyksikön kanssa. Sisäisesti "
         "käytämme kaupungin intranetiä ja kuukausittaista uutiskirjettä, ulkoisesti kaupungin verkkosivuja, paikallislehteä, "
         "yrittäjäjärjestön jäsenkirjettä ja sosiaalista mediaa. Asiakasviestinnässä käytetään selkokieltä, kuvia ja "
         "tärkeimpiä kieliä. ESR+ -rahoituksesta kerrotaan rahoittajan ohjeiden mukaisesti kaikessa materiaalissa.")
    d.save(os.path.join(OUT, "tyopolku_hankesuunnitelma.docx"))
    expected("tyopolku_hankesuunnitelma", "hankesuunnitelma", [])

if __name__ == "__main__":
    doc1()

"""r2-stea-hankehakemus-kaveriksi-nuoret.docx – hankesuunnitelma, STEA-lomakkeen vienti, pitkä, puhdas.
Hankeaika on VAIN sisällönhallintakomponentissa; seurannan ja arvioinnin vastaus on lohko-sdt:ssä."""
from apu import *


def rakenna(polku):
    d = uusi("STEA avustushakemus 2026 – hankesuunnitelma Kaveriksi", "Sanna Väisänen")
    P(d, "Sosiaali- ja terveysjärjestöjen avustuskeskus STEA · Avustushakemus 2026")
    P(d, "Tulostettu asiointipalvelusta 14.10.2025 klo 15.42 · Hakemuksen tila: Luonnos (ei lähetetty) · Sivu 1/12")
    H(d, "Hankesuunnitelma: Kaveriksi – yhteisöllistä tukea yksinäisille nuorille", 0)
    kentta(d, "Avustuslaji", "Hankeavustus (C), uusi hanke")

    H(d, "1 Hakijan ja hankkeen perustiedot", 1)
    kentta(d, "Hakijaorganisaatio *", "Pohjois-Karjalan Nuorisoverkosto ry")
    kentta(d, "Y-tunnus *", "2841957-3")
    kentta(d, "Hakemuksen yhteyshenkilö *",
           "Sanna Väisänen, toiminnanjohtaja, sanna.vaisanen@pknv.fi, puh. 050 412 7386")
    kentta(d, "Hankkeen nimi *", "Kaveriksi – yhteisöllistä tukea yksinäisille nuorille")
    kentta(d, "Haettava avustus (€) *", "412 600")
    p = d.add_paragraph()
    p.add_run("Hankkeen toteutusaika (alkaa – päättyy) *: ").bold = True
    sdt_rivi(p, "1.1.2026–31.12.2028", "Toteutusaika", "toteutusaika")
    kentta(d, "Toiminta-alue *", "Joensuu, Kontiolahti ja Lieksa (Pohjois-Karjala)")
    B(d, "Hankkeen lyhyt kuvaus (enintään 500 merkkiä) *")
    P(d, "Kaveriksi kokoaa yksinäisyyttä kokevia 16–24-vuotiaita nuoria pieniin, ohjattuihin kaveriryhmiin, "
         "kouluttaa nuoria vertaisohjaajiksi ja vahvistaa koulujen, oppilaitosten ja nuorisotyön ammattilaisten "
         "taitoa huomata yksinäisyys. Hankkeessa syntyvä kaveriryhmämalli jää Joensuun kaupungin nuorisopalvelujen "
         "ja yhdistyksen pysyväksi toiminnaksi.")

    H(d, "2 Tarve ja lähtötilanne", 1)
    B(d, "Mihin tarpeeseen hanke vastaa? *")
    P(d, "Yksinäisyys on noussut viime vuosina yhdeksi yleisimmistä syistä, joiden vuoksi nuoret ottavat yhteyttä "
         "yhdistyksemme chat-palveluun. Vuonna 2022 yksinäisyys mainittiin 118 keskustelussa, vuonna 2024 jo 263 "
         "keskustelussa. Määrä on yli kaksinkertaistunut, vaikka keskustelujen kokonaismäärä on pysynyt lähes "
         "ennallaan, noin 1 900 keskustelussa vuodessa. Moni nuori kirjoittaa, ettei hänellä ole ketään, jonka "
         "kanssa viettää viikonloppua, tai että hän on vaihtanut paikkakuntaa opiskelujen takia eikä tunne uudesta "
         "kaupungista ketään.")
    P(d, "Kouluterveyskyselyn 2023 mukaan Pohjois-Karjalassa ammatillisen koulutuksen opiskelijoista 13,8 % ja "
         "lukiolaisista 12,1 % koki olevansa yksinäinen melko tai hyvin usein. Vuonna 2019 vastaavat osuudet olivat "
         "9,6 % ja 8,9 %. Tyttöjen ja sukupuolivähemmistöihin kuuluvien nuorten osuudet ovat selvästi poikia "
         "suurempia. Lieksassa ja Kontiolahden haja-asutusalueilla nuorilla on lisäksi pitkät välimatkat "
         "harrastuksiin, eikä iltaisin kulje julkista liikennettä.")
    P(d, "Nykyiset palvelut tavoittavat yksinäisen nuoren usein vasta, kun yksinäisyyteen liittyy jo masennusta, "
         "opintojen keskeytymistä tai päihteiden käyttöä. Matalan kynnyksen ryhmätoimintaa, johon nuori voi tulla "
         "ilman lähetettä ja diagnoosia, on alueella vähän. Nuorisotalojen avoin toiminta ei sovi kaikille: moni "
         "yksinäinen nuori kertoo, ettei uskalla tulla paikkaan, jossa muut jo tuntevat toisensa. Opiskeluhuollon "
         "henkilöstö puolestaan kertoo, että yksinäisyys on vaikea ottaa puheeksi, koska ohjattavaa paikkaa ei "
         "ole tarjota.")
    P(d, "Tutkimusten mukaan pitkittynyt yksinäisyys nuoruudessa on yhteydessä myöhempiin "
         "mielenterveysongelmiin, opintojen keskeytymiseen ja heikompaan työllistymiseen. Yksinäisyys myös "
         "ruokkii itseään: mitä pidempään nuori on ilman kavereita, sitä vaikeampaa hänen on lähestyä muita. "
         "Siksi tuen olisi tärkeää tavoittaa nuori varhain, ennen kuin yksinäisyys on muuttunut osaksi "
         "hänen käsitystään itsestään. Nuoret itse kuvaavat, että kaverin löytäminen on helpompaa, kun on "
         "jotain yhteistä tekemistä eikä tarvitse heti puhua itsestään.")
    P(d, "Hanketta valmisteltiin keväällä 2025 kolmessa työpajassa, joihin osallistui yhteensä 28 nuorta sekä "
         "Joensuun kaupungin nuorisopalvelujen, Pohjois-Karjalan hyvinvointialueen (Siun sote) opiskeluhuollon ja "
         "Riveria-ammattiopiston edustajia. Nuoret toivoivat pieniä ryhmiä, selkeää alkua ja loppua, tekemistä "
         "puhumisen sijaan sekä mahdollisuutta osallistua ensin verkossa. Työpajojen muistiot ovat liitteenä 3.")
    B(d, "Miten hanke liittyy hakijan muuhun toimintaan? *")
    P(d, "Yhdistys on tehnyt etsivää ja avointa nuorisotyötä vuodesta 2009. Vuonna 2024 kohtasimme ryhmissä, "
         "tapahtumissa ja chatissa yhteensä 1 240 nuorta. Kaveriksi rakentuu olemassa olevan chat-palvelun ja "
         "nuorisotilojen varaan, mutta tuo niihin uuden, tavoitteellisen ja kestoltaan rajatun ryhmämuodon. Hanke "
         "ei korvaa kuntien lakisääteistä nuorisotyötä eikä opiskeluhuoltoa, vaan täydentää niitä. Yhdistyksen "
         "STEA-rahoitteinen yleisavustustoiminta (chat ja avoimet illat) jatkuu hankkeesta erillään, ja kustannukset "
         "pidetään kirjanpidossa erillään omilla kustannuspaikoillaan.")
    B(d, "Miten hanke eroaa alueen muusta toiminnasta? *")
    P(d, "Alueella toimii nuorille suunnattuja vertaisryhmiä lähinnä mielenterveys- ja päihdejärjestöissä, ja "
         "niihin ohjaudutaan yleensä jonkin ongelman kautta. Kaveriksi-ryhmä on tarkoitettu kenelle tahansa nuorelle, "
         "joka kaipaa kavereita. Ryhmä ei ole terapiaa eikä hoitoa, vaan ohjattua yhdessä tekemistä, jossa nuoria "
         "tuetaan tutustumaan toisiinsa. Toinen ero on vertaisohjaajuus: ryhmän ohjaajina toimivat työntekijän "
         "rinnalla nuoret, joilla on omakohtainen kokemus yksinäisyydestä.")

    B(d, "Millainen osaaminen ja kokemus hakijalla on toiminnan toteuttamiseen? *")
    P(d, "Yhdistyksen henkilöstössä on kuusi vakituista työntekijää, joista neljällä on nuoriso- ja "
         "vapaa-ajanohjaajan tai yhteisöpedagogin koulutus ja kahdella sosionomin tutkinto. Yhdistys on "
         "koordinoinut aiemmin kahta STEA-rahoitteista hanketta: vertaistukeen perustunutta nuorten "
         "mielenterveyshanketta ja sosiaalisen median nuorisotyön hanketta, jonka chat-toiminta on nykyisin "
         "osa yhdistyksen vakiintunutta toimintaa. Kokemus osoitti, että toiminta jää elämään silloin, kun "
         "pysyvä taho on mukana alusta asti, ja tämä on otettu lähtökohdaksi myös Kaveriksi-hankkeessa.")
    P(d, "Ryhmänohjauksesta meillä on pitkä kokemus: yhdistyksen pienryhmissä on viime vuosina kohdattu "
         "vuosittain noin 150 nuorta. Vertaisohjaajien kouluttamisesta yhdistyksellä on kokemusta "
         "tukihenkilötoiminnasta, jossa koulutettuja vapaaehtoisia on ollut mukana vuosittain 20–30. "
         "Hankkeen projektikoordinaattoriksi haetaan henkilöä, jolla on kokemusta ryhmätoiminnasta ja "
         "yhteistyöstä oppilaitosten kanssa.")

    H(d, "3 Tavoitteet", 1)
    B(d, "Hankkeen päätavoite *")
    P(d, "Tavoitteenamme on, että yksinäisyyttä kokevilla 16–24-vuotiailla nuorilla on hankkeen jälkeen vähintään "
         "yksi ryhmä tai yhteisö, johon he kokevat kuuluvansa, ja että heidän kokemansa yksinäisyys vähenee.")
    B(d, "Osatavoitteet *")
    P(d, "1. Yksinäisyyttä kokevat nuoret löytävät kaveriryhmän ja saavat siitä ystäviä ja rohkeutta osallistua "
         "muuhunkin toimintaan.")
    P(d, "2. Koulujen, oppilaitosten ja nuorisotyön ammattilaiset tunnistavat nuoren yksinäisyyden aiempaa "
         "paremmin ja osaavat ohjata nuoren tuen tai toiminnan piiriin.")
    P(d, "3. Nuoret suunnittelevat ja ohjaavat toimintaa itse: hankkeessa koulutetut vertaisohjaajat vetävät "
         "kaveriryhmiä työntekijän rinnalla.")

    H(d, "4 Kohderyhmä", 1)
    B(d, "Kenelle toiminta on tarkoitettu? *")
    P(d, "Ensisijainen kohderyhmä ovat 16–24-vuotiaat nuoret, jotka kokevat itsensä yksinäisiksi tai joilla ei ole "
         "lähellään ystäviä. Arvioimme, että hankkeen aikana kaveriryhmiin osallistuu noin 180 nuorta ja "
         "vertaisohjaajakoulutuksen käy 40 nuorta. Mukaan voi tulla ilman lähetettä, ja ryhmiin ohjautuu nuoria "
         "myös opiskeluhuollon, etsivän nuorisotyön ja Ohjaamon kautta.")
    P(d, "Toissijainen kohderyhmä ovat nuorten parissa työskentelevät ammattilaiset: opettajat, opinto-ohjaajat, "
         "kuraattorit, terveydenhoitajat ja nuoriso-ohjaajat. Heitä koulutetaan hankkeen aikana noin 120. "
         "Välillisesti hanke hyödyttää nuorten perheitä sekä oppilaitoksia, joissa yksinäisyys näkyy poissaoloina.")
    B(d, "Miten kohderyhmä tavoitetaan? *")
    P(d, "Yksinäisyyttä kokevaa nuorta on vaikea tavoittaa avoimella ilmoituksella, koska moni ei halua "
         "leimautua yksinäiseksi. Siksi ryhmiä markkinoidaan tekemisen kautta (\"kokkausryhmä uusille "
         "opiskelijoille\", \"pelailta ilman paineita\") ja ilmoittautua voi nimettömästi chatissa. Tärkein "
         "tavoittamisen kanava ovat kuitenkin ammattilaiset: opinto-ohjaajat, kuraattorit ja terveydenhoitajat, "
         "jotka ovat käyneet Huomaa yksinäisyys -koulutuksen ja voivat ehdottaa ryhmää nuorelle "
         "luontevasti. Lisäksi työntekijät jalkautuvat oppilaitosten välitunneille ja opiskelija-asuntoloihin "
         "lukukausien alussa, jolloin moni on uudella paikkakunnalla ilman tuttuja.")
    P(d, "Erityistä huomiota kiinnitetään nuoriin, jotka eivät opiskele eivätkä ole töissä. Heitä tavoitetaan "
         "etsivän nuorisotyön ja Ohjaamon kautta sekä verkkoryhmän avulla, johon voi osallistua kotoa käsin.")
    B(d, "Miten kohderyhmä on osallistunut hankkeen suunnitteluun? *")
    P(d, "Nuoret osallistuivat valmisteluun työpajoissa (ks. kohta 2) ja kommentoivat hakemuksen luonnosta "
         "yhdistyksen nuorisoraadissa syyskuussa 2025. Nuorisoraadin ehdotuksesta verkkoryhmä lisättiin "
         "suunnitelmaan ja ryhmien nimeksi valittiin Kaveriksi. Nuorisoraati on mukana myös hankkeen ohjausryhmässä "
         "kahdella jäsenellä.")

    H(d, "5 Toiminta ja toteutus", 1)
    B(d, "Mitä hankkeessa tehdään? Kuvaa toiminta, sen määrä ja toteutustapa. *")
    P(d, "Hankkeen toiminta muodostuu neljästä kokonaisuudesta, jotka tukevat toisiaan: ryhmistä löytyy "
         "vertaisohjaajia, vertaisohjaajat tekevät ryhmistä houkuttelevampia ja koulutetut ammattilaiset ohjaavat "
         "nuoria ryhmiin.")
    B(d, "Toimintakokonaisuus 1: Kaveriryhmät")
    P(d, "Hankkeessa järjestetään kolmen vuoden aikana 24 kaveriryhmää, kussakin 6–8 nuorta. Ryhmä kokoontuu "
         "kahdeksan kertaa, joka kerta noin kaksi tuntia. Ryhmät kokoontuvat Joensuussa, Kontiolahdella ja Lieksassa, "
         "ja joka lukukausi yksi ryhmä toimii kokonaan verkossa Discordissa niille, joille kasvokkain tuleminen on "
         "aluksi liian iso askel. Ryhmissä tehdään yhdessä jotakin konkreettista – kokataan, pelataan, retkeillään – "
         "ja puhutaan ystävyydestä, jännittämisestä ja omista vahvuuksista. Ennen ryhmän alkua työntekijä tapaa "
         "jokaisen nuoren kahden kesken tai puhelimessa, jotta ensimmäiselle kerralle on helpompi tulla.")
    P(d, "Ryhmän päätyttyä nuorta autetaan löytämään jatkopaikka: harrastus, avoin nuorisotilatoiminta, "
         "yhdistyksen vapaaehtoistehtävä tai uusi ryhmä. Ryhmä voi myös jatkaa omatoimisesti, ja yhdistys antaa "
         "sille tilan käyttöön. Lieksan ja Kontiolahden ryhmiin järjestetään kuljetus kimppataksilla.")
    P(d, "Kaveriryhmän kahdeksan kertaa etenevät saman rungon mukaan, jota ryhmä saa muokata omaan "
         "tahtiinsa:")
    taulukko(d, [
        ["Kerta", "Teema", "Esimerkki tekemisestä"],
        ["1", "Tutustuminen ja yhteiset pelisäännöt", "nimileikit, pelisääntöjen sopiminen, välipala yhdessä"],
        ["2", "Mitä minä tykkään tehdä?", "lautapelit, omien kiinnostusten kartta"],
        ["3", "Yhdessä tekeminen", "ruoanlaitto tai leipominen"],
        ["4", "Jännittäminen ja rohkeus", "pienet rohkeusharjoitukset, keskustelu pareittain"],
        ["5", "Ulos", "retki lähimetsään tai keilaamaan"],
        ["6", "Ystävyys", "keskustelukortit, mitä ystävältä toivon ja mitä voin antaa"],
        ["7", "Mihin seuraavaksi?", "vierailu harrastuspaikassa tai nuorisotilassa"],
        ["8", "Päätös ja jatko", "yhteinen juhla, jatkosuunnitelma jokaiselle"],
    ])
    P(d, "Ryhmässä on aina kaksi ohjaajaa: hankkeen työntekijä ja joko vertaisohjaaja tai kunnan "
         "nuoriso-ohjaaja. Ryhmien pelisäännöt perustuvat turvallisemman tilan periaatteisiin: kenenkään ei "
         "tarvitse kertoa itsestään enempää kuin haluaa, ketään ei painosteta osallistumaan harjoitukseen, ja "
         "kiusaamiseen tai syrjintään puututaan heti. Jos ryhmässä nousee esiin vakavaa pahoinvointia, "
         "työntekijä keskustelee nuoren kanssa kahden kesken ja ohjaa hänet nuoren luvalla opiskeluhuoltoon, "
         "mielenterveyspalveluihin tai kriisipuhelimeen. Ohjaajilla on yhteinen toimintaohje tällaisia "
         "tilanteita varten, ja lastensuojelulain mukainen ilmoitusvelvollisuus käydään läpi perehdytyksessä.")

    B(d, "Toimintakokonaisuus 2: Vertaisohjaajat")
    P(d, "Nuoret, jotka ovat käyneet kaveriryhmän tai ovat muuten kiinnostuneita, voivat hakeutua "
         "vertaisohjaajakoulutukseen. Koulutus kestää 30 tuntia ja sisältää ryhmänohjauksen perusteet, "
         "turvallisemman tilan periaatteet, omista rajoista huolehtimisen ja harjoitusryhmän. Koulutuksia "
         "järjestetään neljä, kussakin noin kymmenen nuorta. Koulutettu vertaisohjaaja ohjaa ryhmää yhdessä "
         "työntekijän kanssa ja saa siitä pienen palkkion ja todistuksen, jonka voi liittää ammatillisen tutkinnon "
         "valinnaisiin opintoihin Riverian kanssa sovitulla tavalla. Vertaisohjaajille järjestetään kerran kuussa "
         "yhteinen ilta, jossa käydään läpi ryhmien tilannetta ja tuetaan jaksamista.")
    P(d, "Vertaisohjaajaksi hakeutuva nuori tapaa ensin työntekijän, ja yhdessä arvioidaan, onko tehtävä hänelle "
         "sopiva juuri nyt. Vertaisohjaajalta ei edellytetä, että oma yksinäisyys olisi \"ratkaistu\", mutta hänen "
         "täytyy pystyä keskittymään ryhmän muihin jäseniin. Alaikäisten vertaisohjaajien huoltajille kerrotaan "
         "tehtävästä, ja kaikki vertaisohjaajat allekirjoittavat vaitiolositoumuksen. Vertaisohjaaja voi pitää "
         "taukoa milloin tahansa ilman, että se vaikuttaa hänen mahdollisuuteensa palata tehtävään.")
    B(d, "Toimintakokonaisuus 3: Huomaa yksinäisyys -koulutus ammattilaisille")
    P(d, "Ammattilaisille järjestetään 12 kahden tunnin koulutusta oppilaitoksissa ja nuorisotyön yksiköissä. "
         "Koulutuksessa käydään läpi, miten yksinäisyys näkyy nuoren arjessa, miten siitä voi kysyä loukkaamatta ja "
         "mihin nuoren voi ohjata. Kouluttajina toimivat hankkeen työntekijät ja vertaisohjaajat, jotka kertovat "
         "omasta kokemuksestaan. Koulutuksen tueksi laaditaan yhdessä nuorten kanssa keskustelukortit ja lyhyt "
         "ohjausopas, jotka ovat vapaasti käytettävissä verkossa. Koulutuksesta tehdään myös 20 minuutin "
         "tallenne niille, jotka eivät pääse paikalle.")
    P(d, "Keskustelukortit suunnitellaan työpajoissa, joihin kutsutaan kaveriryhmien nuoria ja "
         "vertaisohjaajia. Korttien kysymykset testataan ensin ryhmissä ja sitten ammattilaisten koulutuksissa, "
         "ja niitä muokataan saadun palautteen perusteella. Korteista tehdään painettu versio oppilaitoksille ja "
         "tulostettava verkkoversio. Ohjausopas kertoo lyhyesti, mistä yksinäisyyden voi tunnistaa, miten siitä "
         "voi kysyä ja mitä ryhmiä ja palveluja alueella on tarjolla.")
    B(d, "Toimintakokonaisuus 4: Mallinnus ja käyttöönotto")
    P(d, "Kaveriryhmän toimintatapa kuvataan malliksi, jota muutkin voivat käyttää. Mallinnus tehdään vaiheittain "
         "ryhmistä saatujen kokemusten perusteella: ensimmäinen versio kirjoitetaan ensimmäisen hankevuoden "
         "lopussa, ja sitä tarkennetaan jokaisen ryhmäkierroksen jälkeen. Juurruttamisesta tarkemmin kohdassa 9.")

    H(d, "6 Aikataulu", 1)
    B(d, "Toiminnan vaiheistus hankevuosittain *")
    taulukko(d, [
        ["Toiminta", "1. hankevuosi", "2. hankevuosi", "3. hankevuosi"],
        ["Kaveriryhmät", "6 ryhmää, ensimmäinen verkkoryhmä", "9 ryhmää", "9 ryhmää"],
        ["Vertaisohjaajakoulutus", "1 koulutus (syyslukukausi)", "2 koulutusta", "1 koulutus"],
        ["Huomaa yksinäisyys -koulutukset", "3 koulutusta, keskustelukorttien luonnos",
         "5 koulutusta, kortit ja opas valmiit", "4 koulutusta, tallenne"],
        ["Mallinnus ja juurruttaminen", "juurrutusryhmä aloittaa, mallin 1. versio",
         "mallin versiot kaupunkiin, pienille paikkakunnille ja verkkoon",
         "kokeilut kahdella ulkopuolisella toimijalla, loppuseminaari"],
        ["Seuranta ja arviointi", "alkumittaukset, seurantataulukko käyttöön", "väliarviointi ohjausryhmässä",
         "loppuarviointi ja vaikutusraportti"],
    ])
    P(d, "Ensimmäisen hankevuoden alussa (tammi–maaliskuu) rekrytoidaan työntekijät, kootaan ohjausryhmä ja "
         "juurrutusryhmä ja käynnistetään ensimmäiset ryhmät. Viimeisen hankevuoden syyslukukausi on varattu mallin "
         "viimeistelyyn ja toiminnan siirtämiseen.")

    H(d, "7 Tulokset ja vaikutukset", 1)
    B(d, "Mitä konkreettisia tuloksia toiminnalla saadaan aikaan? *")
    P(d, "Hankkeen tuotoksia ovat kaveriryhmämallin kuvaus ohjaajan materiaaleineen, vertaisohjaajakoulutuksen "
         "koulutuspaketti, Huomaa yksinäisyys -keskustelukortit ja ohjausopas, koulutustallenne sekä noin 24 "
         "toteutunutta kaveriryhmää ja 40 koulutettua vertaisohjaajaa.")
    B(d, "Millaista muutosta toiminnalla tavoitellaan osallistujien elämässä? *")
    P(d, "Kaveriryhmään osallistunut nuori on saanut ainakin yhden uuden kaverisuhteen ja tietää, mihin voi mennä "
         "ryhmän päätyttyä. Hän uskaltaa aiempaa helpommin osallistua opiskeluun ja harrastuksiin. Vertaisohjaajat "
         "saavat kokemuksen vastuusta ja ohjaamisesta, mikä vahvistaa heidän itsetuntoaan ja työelämävalmiuksiaan. "
         "Ammattilaisten työssä yksinäisyys otetaan puheeksi luontevammin, ja nuoren ohjaaminen ryhmään on sujuvaa, "
         "koska ammattilainen tuntee ryhmät ja niiden työntekijät.")
    B(d, "Mitä hyötyä toiminnasta on laajemmin? *")
    P(d, "Kun yksinäisyyteen tartutaan ennen kuin se johtaa opintojen keskeytymiseen tai mielenterveyden "
         "ongelmiin, säästyy sekä nuoren omaa elämää että raskaampia palveluja. Yksikin keskeytymättä jatkunut "
         "ammatillinen tutkinto merkitsee nuorelle paljon ja yhteiskunnalle huomattavaa säästöä. Lisäksi hanke "
         "tuottaa alueelle uuden tavan tehdä yhteistyötä: nuorisotyö, oppilaitokset ja järjestö ohjaavat nuoria "
         "samaan toimintaan ja tuntevat toistensa työn.")
    B(d, "Muutosketju (miten toiminta johtaa tavoiteltuun muutokseen)")
    taulukko(d, [
        ["Toiminta", "Tuotos", "Välitön muutos", "Pidemmän aikavälin muutos"],
        ["Kaveriryhmät", "24 ryhmää, noin 180 nuorta", "nuori saa kaverin ja rohkaistuu",
         "yksinäisyys vähenee, opiskelu ja harrastukset jatkuvat"],
        ["Vertaisohjaajakoulutus", "40 vertaisohjaajaa", "nuori kokee olevansa tarpeellinen",
         "itsetunto ja työelämävalmiudet vahvistuvat"],
        ["Huomaa yksinäisyys -koulutus", "12 koulutusta, kortit, opas", "ammattilainen ottaa asian puheeksi",
         "yksinäisyys tunnistetaan ajoissa osana arjen työtä"],
    ])
    P(d, "Pidemmällä aikavälillä toivomme, että alueen nuorten yksinäisyyskokemukset kääntyvät laskuun. Hanke on "
         "kuitenkin vain yksi tekijä, joten emme aseta kouluterveyskyselyn lukuja hankkeen mittariksi.")

    H(d, "8 Seuranta ja arviointi", 1)
    B(d, "Miten toiminnan toteutumista ja tuloksia seurataan ja arvioidaan? *")
    sdt_lohko(d, [
        "Seuraamme toimintaa ja sen vaikutuksia osatavoitteittain. Tiedonkeruu suunnitellaan niin, ettei se "
        "kuormita nuoria: kyselyt ovat lyhyitä, niihin voi vastata puhelimella, eikä nimiä kerätä.",
        "Kaveriryhmät (osatavoite 1 ja päätavoite): nuoret vastaavat ryhmän ensimmäisellä ja viimeisellä kerralla "
        "kolmen kysymyksen yksinäisyysmittariin (lyhyt UCLA-asteikko) sekä kysymykseen siitä, onko heillä joku, "
        "jolle voi soittaa. Tavoite on, että vähintään 60 % osallistujista kokee yksinäisyytensä vähentyneen ja "
        "70 % osallistuu vähintään viiteen kahdeksasta kokoontumisesta. Kolmen kuukauden kuluttua ryhmän "
        "päättymisestä tehdään lyhyt seurantakysely siitä, onko nuori löytänyt jatkopaikan.",
        "Ammattilaisten osaaminen (osatavoite 2): jokaisesta Huomaa yksinäisyys -koulutuksesta kerätään palaute. "
        "Kolmen kuukauden kuluttua koulutetuille lähetetään kysely siitä, ovatko he ottaneet yksinäisyyden "
        "puheeksi ja ohjanneet nuoria toimintaan. Tavoitteena on, että 120 ammattilaista on koulutettu ja että "
        "vähintään 70 % heistä kertoo osaamisensa vahvistuneen. Seuraamme myös, kuinka moni ryhmiin tulleista "
        "nuorista on ohjautunut ammattilaisen kautta.",
        "Vertaisohjaajat (osatavoite 3): seuraamme koulutettujen vertaisohjaajien määrää (tavoite 40) ja sitä, "
        "kuinka monessa ryhmässä vertaisohjaaja on mukana (tavoite vähintään puolet ryhmistä toisesta "
        "hankevuodesta alkaen). Vertaisohjaajia haastatellaan ryhmähaastattelussa kerran vuodessa.",
        "Itsearviointi ja raportointi: työntekijät kirjaavat toiminnan määrät ja havainnot yhteiseen "
        "seurantataulukkoon. Tuloksia käsitellään ohjausryhmässä puolivuosittain, ja ne raportoidaan STEAn "
        "vuosiselvityksissä ja vaikutusraportoinnissa. Viimeisenä hankevuonna kootaan loppuarviointi, jossa "
        "mukana ovat myös nuorisoraadin havainnot.",
    ], "Seuranta ja arviointi", "arviointi")

    H(d, "9 Juurruttaminen ja toiminnan jatkuvuus", 1)
    B(d, "Miten hankkeen tulokset ja toimintamallit jäävät käyttöön hankkeen päätyttyä? Kuka vastaa toiminnan "
         "jatkumisesta? *")
    P(d, "Juurruttaminen on ollut mukana jo hakuvaiheessa. Valmistelutyöpajoissa sovimme Joensuun kaupungin "
         "nuorisopalvelujen kanssa, että kaupungin nuoriso-ohjaajat osallistuvat ryhmien ohjaamiseen omalla "
         "työpanoksellaan ensimmäisestä hankevuodesta lähtien. Näin he oppivat mallin tekemällä, eikä toimintaa "
         "tarvitse siirtää heille vasta hankkeen lopussa.")
    P(d, "Juurrutamme mallia hankkeen aikana vaiheittain:")
    L(d, [
        "Viestintä: kerromme ryhmien kokemuksista nuorille ja ammattilaisille koko hankkeen ajan sosiaalisessa "
        "mediassa, ammattilaisten uutiskirjeessä ja oppilaitosten henkilöstöinfoissa. Mallin kuvaus julkaistaan "
        "Innokylässä, ja kolmannella hankevuodella järjestetään maakunnallinen loppuseminaari.",
        "Muokkaaminen eri käyttäjille: toisella hankevuodella mallista tehdään kolme versiota – kaupunkiin, "
        "pienille paikkakunnille, joissa välimatkat ovat pitkiä, ja verkkoon. Riverian kanssa muokataan lisäksi "
        "oppilaitosversio, joka sopii opiskeluhuollon ryhmätoimintaan.",
        "Kokeilu hankkeen ulkopuolella: kolmannella hankevuodella kaksi hankkeen ulkopuolista toimijaa – "
        "alustavasti Kiteen kaupungin nuorisotoimi ja Outokummun seurakunnan nuorisotyö – kokeilee mallia omassa "
        "toiminnassaan hankkeen työntekijöiden tuella.",
        "Pysyväksi toiminnaksi: Joensuun kaupungin nuorisopalvelut on sitoutunut ottamaan kaveriryhmät osaksi "
        "nuorisotyön vuosisuunnitelmaa hankkeen päätyttyä (aiesopimus, liite 4). Riveria ottaa keskustelukortit "
        "ja oppilaitosversion osaksi opiskeluhuoltosuunnitelmaansa.",
    ])
    P(d, "Jatkosta vastaavat Joensuun kaupungin nuorisopalvelupäällikkö (tällä hetkellä Mikko Hirvonen) "
         "kaupungin ryhmien osalta ja yhdistyksen toiminnanjohtaja Sanna Väisänen yhdistyksen oman ryhmätoiminnan "
         "ja vertaisohjaajaverkoston osalta. Juurrutusryhmä, jossa ovat mukana molemmat sekä Riverian "
         "opiskeluhuollon päällikkö ja kaksi nuorisoraadin jäsentä, kokoontuu ensimmäisestä hankevuodesta alkaen "
         "neljä kertaa vuodessa.")
    P(d, "Juurruttamiseen varataan projektikoordinaattorin työajasta noin 20 % kahtena ensimmäisenä hankevuonna ja "
         "40 % kolmantena. Lisäksi talousarviossa on 6 000 € mallin materiaalien taittoon ja kokeilevien "
         "toimijoiden perehdyttämiseen.")

    H(d, "10 Organisointi ja yhteistyö", 1)
    B(d, "Hankkeen henkilöstö *")
    P(d, "Projektikoordinaattori (100 %, koko hankeaika), kaksi nuoriso-ohjaajaa (100 %, koko hankeaika) sekä "
         "vertaisohjaajien palkkiot. Toiminnanjohtaja vastaa hankkeen hallinnoinnista ja taloudesta osana omaa "
         "työtään. Työntekijöillä on ryhmätyönohjaus kuuden viikon välein.")
    B(d, "Henkilöstön perehdytys ja osaamisen kehittäminen")
    P(d, "Uudet työntekijät perehdytetään yhdistyksen toimintaan, turvallisemman tilan periaatteisiin ja "
         "ryhmien toimintaohjeisiin. Hankkeen työntekijät osallistuvat ryhmänohjauksen täydennyskoulutukseen ja "
         "yksinäisyyttä käsitteleviin verkostopäiviin. Kaupungin nuoriso-ohjaajat, jotka ohjaavat ryhmiä "
         "työparina, osallistuvat samoihin perehdytyksiin, jotta toimintatapa on kaikilla sama.")
    B(d, "Ohjausryhmä ja yhteistyökumppanit *")
    P(d, "Ohjausryhmään kutsutaan Joensuun kaupungin nuorisopalvelujen, Kontiolahden ja Lieksan nuorisotoimen, "
         "Siun soten opiskeluhuollon, Riveria-ammattiopiston ja Joensuun Ohjaamon edustajat sekä kaksi "
         "nuorisoraadin jäsentä. Ohjausryhmä kokoontuu noin neljä kertaa vuodessa ja hyväksyy vuosittaisen "
         "toimintasuunnitelman. Yhteistyökumppanien aiesopimukset ovat liitteinä 4–6.")

    B(d, "Yhteistyö muiden toimijoiden ja hankkeiden kanssa")
    P(d, "Hanke tekee yhteistyötä valtakunnallisten yksinäisyyttä ehkäisevien järjestöjen verkoston kanssa ja "
         "osallistuu sen tapaamisiin. Yhteistyöstä sovitaan niin, ettei samoja nuoria ohjata päällekkäisiin "
         "ryhmiin: Joensuun Ohjaamo ja etsivä nuorisotyö tietävät ryhmien aikataulut ja ohjaavat niihin nuoria. "
         "Hankkeen kokemuksia jaetaan myös alueen muille STEA-rahoitteisille järjestöille Pohjois-Karjalan "
         "järjestöjen yhteistyöverkostossa.")
    B(d, "Hankkeen hallinnointi ja päätöksenteko")
    P(d, "Hanke on osa yhdistyksen toimintaa, ja siitä päättää yhdistyksen hallitus. Toiminnanjohtaja on "
         "hankkeen esihenkilö, ja hän raportoi hankkeen etenemisestä hallitukselle jokaisessa kokouksessa. "
         "Hankkeelle on kirjanpidossa oma kustannuspaikka, ja sen talouden seuranta tehdään kuukausittain. "
         "Tilintarkastaja tarkastaa hankkeen kirjanpidon osana yhdistyksen tilintarkastusta.")

    H(d, "11 Riskit", 1)
    B(d, "Mitkä ovat toiminnan keskeiset riskit ja miten niihin varaudutaan? *")
    taulukko(d, [
        ["Riski", "Todennäköisyys", "Miten varaudumme"],
        ["Yksinäisimmät nuoret eivät uskalla tulla ryhmään", "kohtalainen",
         "verkkoryhmä ensimmäisenä askeleena, työntekijän tapaaminen ennen ryhmää, mahdollisuus tulla kaverin kanssa"],
        ["Vertaisohjaajat kuormittuvat", "pieni",
         "työntekijä aina rinnalla, kuukausittainen vertaisohjaajien ilta, selkeät rajat tehtävälle"],
        ["Ammattilaisilla ei ole aikaa koulutuksiin", "kohtalainen",
         "lyhyt kesto, koulutus osana henkilöstökokousta, tallenne verkossa"],
        ["Avainhenkilö vaihtuu", "pieni", "toimintatavat kirjataan, kaksi työntekijää tuntee jokaisen ryhmän"],
        ["Kaupungin sitoutuminen heikkenee talouden vuoksi", "kohtalainen",
         "kaupungin työpanos mukana alusta asti, aiesopimus, tulokset lautakunnalle vuosittain"],
    ])

    H(d, "12 Viestintä", 1)
    B(d, "Miten hankkeesta ja sen tuloksista viestitään? *")
    P(d, "Nuorille viestimme siellä, missä he ovat: Instagramissa, TikTokissa ja Discordissa sekä oppilaitosten "
         "Wilma-tiedotteissa. Ammattilaisille lähetetään neljä kertaa vuodessa uutiskirje, ja hankkeella on oma "
         "sivu yhdistyksen verkkosivuilla. Paikallismedialle tarjotaan juttuaiheita nuorten luvalla. Viestinnästä "
         "vastaa projektikoordinaattori yhdessä yhdistyksen viestintäsuunnittelijan kanssa.")
    P(d, "Viestinnässä noudatetaan nuorten toivetta siitä, ettei ketään esitellä \"yksinäisenä nuorena\". "
         "Kuvissa ja tarinoissa kerrotaan yhdessä tekemisestä, ja jokaisen nuoren kanssa sovitaan erikseen, "
         "saako hänen kuvaansa tai kokemustaan käyttää. Ammattilaisille suunnattu viestintä kertoo, miten "
         "nuoren voi ohjata ryhmään ja milloin seuraavat ryhmät alkavat.")

    H(d, "13 Yhdenvertaisuus, saavutettavuus ja tietosuoja", 1)
    B(d, "Miten toiminnan yhdenvertaisuus ja saavutettavuus varmistetaan? *")
    P(d, "Ryhmät ovat maksuttomia, ja kimppataksi tasaa välimatkojen aiheuttamaa eriarvoisuutta. Tilat valitaan "
         "esteettömiksi, ja verkkoryhmään voi osallistua nimimerkillä. Ryhmien ohjaajat perehdytetään "
         "sukupuoli- ja seksuaalivähemmistöihin kuuluvien nuorten kohtaamiseen. Materiaaleista tehdään "
         "selkokieliset versiot.")
    B(d, "Miten henkilötiedot käsitellään? *")
    P(d, "Osallistujista kerätään vain yhteydenpitoon tarvittavat tiedot. Kyselyt ovat nimettömiä. Yhdistyksellä "
         "on tietosuojaseloste ja nimetty tietosuojavastaava.")

    B(d, "Miten vapaaehtoiset ja nuoret osallistuvat toiminnan kehittämiseen? *")
    P(d, "Vertaisohjaajat ja nuorisoraati ovat mukana toiminnan kehittämisessä koko hankkeen ajan. Jokaisen "
         "ryhmäkierroksen jälkeen vertaisohjaajat ja työntekijät pitävät yhteisen purkutapaamisen, jossa "
         "sovitaan muutoksista seuraavaan kierrokseen. Nuorisoraati kommentoi materiaaleja ja viestintää ja "
         "valitsee loppuseminaarin ohjelman yhdessä työntekijöiden kanssa. Nuorten kokemukset ja ehdotukset "
         "kirjataan, ja niistä kerrotaan ohjausryhmälle.")
    B(d, "Miten toiminnan ympäristövaikutukset on otettu huomioon?")
    P(d, "Kimppataksit korvaavat nuorten yksittäiset kyydit, materiaalit tehdään ensisijaisesti sähköisinä ja "
         "ryhmien välipaloissa suositaan kasvisruokaa ja paikallisia tuotteita.")

    H(d, "14 Talousarvio", 1)
    B(d, "Kustannusarvio koko hankeajalle (€) *")
    taulukko(d, [
        ["Kustannuslaji", "€"],
        ["Henkilöstökulut (3 työntekijää, sivukulut)", "318 900"],
        ["Vertaisohjaajien palkkiot", "14 400"],
        ["Toimitilat", "21 600"],
        ["Matkat ja kimppataksit", "17 800"],
        ["Materiaalit, taitto ja viestintä", "16 300"],
        ["Koulutukset ja loppuseminaari", "12 100"],
        ["Seuranta ja arviointi", "5 500"],
        ["Hallinto", "21 000"],
        ["Kustannukset yhteensä", "427 600"],
        ["Omarahoitus (yhdistyksen omat varat)", "15 000"],
        ["Haettava avustus", "412 600"],
    ])
    B(d, "Talousarvion perustelut *")
    P(d, "Henkilöstökulut perustuvat sosiaalialan järjestöjen työehtosopimukseen: projektikoordinaattorin "
         "palkka on 3 350 €/kk ja nuoriso-ohjaajien 2 900 €/kk sivukuluineen noin 25 % korotettuna. "
         "Vertaisohjaajan palkkio on 30 € ohjauskerralta, ja sitä maksetaan noin 480 ohjauskerrasta. Toimitilakulut "
         "koostuvat Lieksan ja Kontiolahden ryhmätilojen vuokrista; Joensuun ryhmät kokoontuvat yhdistyksen omissa "
         "tiloissa ja kaupungin nuorisotiloissa ilman vuokraa.")
    P(d, "Matkakuluihin sisältyvät työntekijöiden matkat kuntiin ja nuorten kimppataksikuljetukset, joita on "
         "arvioitu tarvittavan noin 300 matkaa. Materiaalikuluihin kuuluvat ryhmien tarvikkeet ja välipalat, "
         "keskustelukorttien ja oppaan taitto ja painatus sekä verkkoryhmän alustan ylläpito. Koulutuskuluihin "
         "sisältyvät vertaisohjaajakoulutusten ja loppuseminaarin tila- ja tarjoilukulut sekä työnohjaus. "
         "Hallintokulut (noin 5 % kokonaiskustannuksista) kattavat kirjanpidon, tilintarkastuksen ja "
         "henkilöstöhallinnon.")
    P(d, "Tarkempi erittely hankevuosittain on liitteessä 1. Avustus jakautuu hankevuosille lähes tasan. Jos "
         "avustus myönnetään haettua pienempänä, vähennämme ensin ryhmien määrää Joensuussa, jossa kaupungin "
         "oma ryhmätoiminta voi paikata vajetta, ja säilytämme toiminnan Lieksassa ja Kontiolahdella, joissa "
         "vastaavaa ei ole.")

    H(d, "Lisätietoja hakemukseen", 1)
    B(d, "Muuta, mitä haluatte kertoa avustuksen käsittelijälle")
    P(d, "Hakemusta on täydennetty STEAn hakuinfossa saadun palautteen perusteella: seurannan ja arvioinnin "
         "mittarit on kirjoitettu osatavoitteittain, ja juurruttamisen vastuut on nimetty. Yhdistys osallistuu "
         "mielellään myös STEAn järjestämään hankkeiden vertaisverkostoon. Toivomme, että hakemuksen "
         "käsittelyssä huomioidaan Lieksan ja Kontiolahden pitkät välimatkat, jotka näkyvät matkakuluissa.")

    H(d, "15 Liitteet", 1)
    L(d, ["Liite 1 Toimintasuunnitelma ja talousarvio hankevuosittain (Excel)",
          "Liite 2 Yhdistyksen tilinpäätös ja toimintakertomus 2024",
          "Liite 3 Valmistelutyöpajojen muistiot",
          "Liitteet 4–6 Joensuun kaupungin, Riverian ja Siun soten aiesopimukset"])
    P(d, "Hakemuksen on hyväksynyt yhdistyksen hallitus kokouksessaan 7.10.2025.")
    d.save(polku)

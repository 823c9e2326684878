"""ESR-profiilin asiakirjat: kaksi EURA-tyyppistä hankesuunnitelmaa (.docx)."""
from apu import Doc, JUURI, expected

KANSIO = JUURI / "esr"


def hyva():
    d = Doc()
    d.p("EURA 2021 – hankehakemuksen tulostus | Uudistuva ja osaava Suomi 2021–2027")
    d.p("Tulostettu 14.10.2025")
    d.title("Hankesuunnitelma: Rakennusalalle ristiin – alanvaihtajien polku")
    d.label("Hakija:", "Järvikaarron koulutuskuntayhtymä, Järvikaarron ammattiopisto")
    d.label("Rahasto ja erityistavoite:", "ESR+, työllisyys ja työmarkkinoille pääsy")
    d.label("Toteutusaika:", "1.3.2026–28.2.2028")
    d.label("Osatoteuttaja:", "Rakennusteollisuuden Järviseudun aluejärjestö ry")

    d.h("1 Hankkeen tausta ja tarve", 1)
    d.p("Järviseudun TE-palvelujen alueella oli syyskuussa 2025 työttömänä 6 820 työnhakijaa, joista "
        "yli vuoden työttömänä oli 2 410. Samaan aikaan alueen rakennusliikkeet ilmoittivat "
        "työvoimabarometrissa 2025 pulaa kirvesmiehistä, putkiasentajista ja talotekniikan "
        "asentajista. Aikuiset alanvaihtajat keskeyttävät rakennusalan koulutuksen usein ensimmäisten "
        "kuukausien aikana, koska koulutus ei joustaa perhe-elämän, aiemman osaamisen tai kielitaidon mukaan.")

    d.h("2 Tavoitteet, toimenpiteet ja mittarit", 1)
    d.p("Hankkeen päämäärä on, että pitkään työttömänä olleet aikuiset pääsevät rakennusalan töihin "
        "nopeammin ja työnantajat saavat osaavaa työvoimaa.")
    d.table([
        ["Tavoite", "Toimenpiteet", "Mittari / arviointi"],
        ["Alanvaihtajat saavat lyhyen, työpaikalla tapahtuvan polun rakennusalan perustehtäviin",
         "Työpaikkajaksoihin perustuva 6 kuukauden polku; osaamisen tunnistaminen alussa; "
         "työpaikkaohjaajien tuki",
         "Polun aloittaneet (tavoite 120) ja suorittaneet (tavoite 80); osallistujapalaute polun lopussa"],
        ["Osallistujat työllistyvät tai jatkavat tutkintoon",
         "Työnantajatapaamiset, rekrytointipäivät, palkkatuen ja oppisopimuksen neuvonta",
         "Työllistyneet tai tutkintoon siirtyneet 6 kk kuluttua polusta (tavoite 55 %), seurantakysely"],
        ["Työpaikat osaavat ohjata aikuisia alanvaihtajia",
         "Työpaikkaohjaajakoulutus (3 pv) 40 ohjaajalle, ohjaajien vertaistapaamiset",
         "Koulutetut ohjaajat; ohjaajien kysely koulutuksen jälkeen ja haastattelut keväällä 2027"],
    ])

    d.h("3 Kohderyhmä ja hyödynsaajat", 1)
    d.p("Välitön kohderyhmä ovat yli 25-vuotiaat, vähintään kuusi kuukautta työttömänä olleet "
        "Järviseudun asukkaat, jotka harkitsevat rakennusalaa, mukaan lukien maahan muuttaneet, joiden "
        "suomen kielen taito on vähintään A2-tasoa. Välillisiä hyödynsaajia ovat alueen noin 30 "
        "rakennus- ja talotekniikkayritystä sekä TE-palvelut.")

    d.h("4 Toteutus ja työpaketit", 1)
    d.p("TP1 Rekrytointi ja osaamisen tunnistaminen: haku yhdessä TE-palvelujen kanssa, "
        "kahden päivän tutustumisjakso työmaalla.")
    d.p("TP2 Työpaikkapolku: osallistuja työskentelee ohjattuna työmaalla neljä päivää viikossa ja "
        "opiskelee yhden päivän oppilaitoksessa.")
    d.p("TP3 Työpaikkaohjaajat: koulutus ja vertaistapaamiset.")
    d.p("TP4 Juurruttaminen ja levitys: polun kuvaaminen osaksi ammattiopiston tarjontaa.")

    d.h("5 Aikataulu", 1)
    d.table([
        ["Jakso", "Toimenpiteet"],
        ["Q2/2026", "Yhteistyösopimukset yritysten kanssa, ensimmäinen haku, ohjaajakoulutus 1"],
        ["Q3/2026–Q2/2027", "Polut 1–3, rekrytointipäivät, ohjaajakoulutus 2"],
        ["Q3/2027–Q4/2027", "Polut 4–5, polun kuvaus ammattiopiston opetussuunnitelmaan"],
        ["Q1/2028", "Loppuseuranta, loppuseminaari ja loppuraportti"],
    ])

    d.h("6 Kustannusarvio ja rahoitus", 1)
    d.p("Kokonaiskustannukset 684 000 euroa: henkilöstökulut 512 000 euroa (projektipäällikkö, "
        "kaksi valmentajaa), flat rate -kulut 76 800 euroa, ostopalvelut 41 000 euroa (ohjaajakoulutus, "
        "ulkoinen arviointi), matkat 9 200 euroa, muut kulut 45 000 euroa. Rahoitus: ESR+ ja valtio "
        "80 %, kuntarahoitus 15 %, yksityinen rahoitus 5 %. Juurruttamiseen varataan projektipäällikön "
        "työajasta 25 prosenttia vuonna 2027.")

    d.h("7 Seuranta ja arviointi", 1)
    d.p("Osallistujatiedot kirjataan EURA-järjestelmään alkaessa ja päättyessä. Itsearvioinnissa "
        "hyödynnetään osallistujien palautekyselyjä ja työpaikkaohjaajien haastatteluja. Ulkoisen "
        "arvioinnin tekee Järvikaarron ammattikorkeakoulun TKI-yksikkö syksyllä 2027.")

    d.h("8 Odotetut tulokset ja vaikutukset", 1)
    d.p("Tuloksena on kuvattu ja testattu työpaikkapolku, 40 koulutettua työpaikkaohjaajaa ja "
        "vähintään 44 työllistynyttä tai tutkintoon siirtynyttä osallistujaa. Pitkällä aikavälillä "
        "alueen rakennusalan työvoimapula helpottuu ja pitkäaikaistyöttömyys vähenee.")

    d.h("9 Tulosten juurruttaminen ja levittäminen", 1)
    d.p("Juurruttaminen on suunniteltu jo hakuvaiheessa yhdessä ammattiopiston koulutusjohtajan ja "
        "aluejärjestön kanssa. Viestimme polusta koko hankkeen ajan yrityksille ja TE-palveluille. "
        "Polusta muokataan vuonna 2027 versio talotekniikan tehtäviin (variointi), ja se esitellään "
        "muille koulutuksen järjestäjille rakennerahastojen teemaverkostossa ja Innokylässä "
        "(valtavirtaistaminen). Hankkeen päätyttyä polku jatkuu Järvikaarron ammattiopiston "
        "tarjonnassa; siitä vastaa ammattiopiston rakennusalan koulutuspäällikkö (vakiinnuttaminen).")

    d.h("10 Sukupuolten tasa-arvo", 1)
    d.p("Rakennusala on Järviseudulla vahvasti miesvaltainen: alan työntekijöistä naisia on noin "
        "kahdeksan prosenttia. Hanke markkinoi polkua erikseen naisille yhdessä TE-palvelujen "
        "naisvaltaisten asiakasryhmien kanssa, ja mainonnassa käytetään kuvia naisista työmailla. "
        "Yrityksiltä varmistetaan sosiaalitilat kaikille sukupuolille. Osallistujat ja keskeyttäneet "
        "seurataan sukupuolen mukaan neljännesvuosittain, ja ohjausryhmä tarkastelee jakaumaa.")

    d.h("11 Yhdenvertaisuus, syrjimättömyys ja esteettömyys", 1)
    d.p("Polkuun voi hakea suomen kielen A2-tasolla, ja työmaalla käytetään kuvallisia "
        "työohjeita ja selkokielisiä turvallisuusohjeita. Haku- ja tiedotusmateriaali tehdään "
        "saavutettavaksi verkossa. Ikä, terveydentila tai aiempi koulutustausta eivät sulje pois; "
        "osaamisen tunnistaminen tehdään yksilöllisesti. Palautekyselyssä kysytään erikseen koetusta "
        "syrjinnästä, ja työpaikkaohjaajien koulutuksessa käsitellään syrjimätöntä ohjausta.")

    d.h("12 Kestävä kehitys ja ”ei merkittävää haittaa” -periaate", 1)
    d.p("Hanke ei rakenna eikä hanki koneita, joten merkittävää ympäristöhaittaa ei synny. "
        "Polun opetuksessa painotetaan korjausrakentamista, energiatehokkuutta ja rakennusjätteen "
        "lajittelua. Työmaille kuljetaan yhteiskyydein, ja matkat raportoidaan ohjausryhmälle. "
        "Sosiaalisesti kestävää on, että pitkään työttömänä olleet saavat pysyvän ammatin.")

    d.h("13 Organisointi ja ohjausryhmä", 1)
    d.p("Hallinnoija on Järvikaarron koulutuskuntayhtymä. Projektipäällikkö vastaa toteutuksesta. "
        "Ohjausryhmään kuuluvat ammattiopiston koulutusjohtaja (pj.), TE-palvelujen, aluejärjestön, "
        "kahden yrityksen ja Etelä-Järviseudun ELY-keskuksen edustajat; ryhmä kokoontuu neljä kertaa vuodessa.")

    d.h("14 Riskit ja niiden hallinta", 1)
    d.table([
        ["Riski", "Todennäköisyys", "Hallintakeino"],
        ["Yritysten kiinnostus hiipuu suhdanteen heiketessä", "keskisuuri",
         "Laaja yritysverkosto, myös korjausrakentajat; aluejärjestö mukana"],
        ["Osallistujat keskeyttävät", "suuri", "Yksilöllinen valmennus ja joustava tahti"],
        ["Avainhenkilön vaihtuminen", "pieni", "Työt dokumentoidaan, kaksi valmentajaa"],
    ])

    d.h("15 Viestintä", 1)
    d.p("Viestintäkanavat: ammattiopiston verkkosivut, alueen yrittäjäjärjestön uutiskirje, "
        "LinkedIn, TE-palvelujen infotilaisuudet sekä loppuseminaari helmikuussa 2028.")

    d.p("Yhteyshenkilö: projektipäällikkö Teemu Lehtisalo, teemu.lehtisalo@jarvikaarto.fi")
    out = KANSIO / "esr-hyva-alanvaihtajat.docx"
    d.save(out)
    expected(out, "esr", "hankesuunnitelma", [])


def puutteellinen():
    d = Doc()
    d.b("HANKEHAKEMUS / HANKESUUNNITELMA – LUONNOS v3")
    d.b("Digiloikka kylille – mikroyrittäjien digitaidot")
    d.p("Hakija: Hirvasjoen Seudun Kehitys Oy | Ohjelma: Uudistuva ja osaava Suomi 2021–2027, ESR+ "
        "| Päiväys 2.2.2026")

    d.b("Tausta ja lähtötilanne *")
    d.p("Hirvasjoen seutukunnassa toimi vuonna 2024 noin 1 150 alle viiden hengen yritystä, joista "
        "kaksi kolmasosaa kylissä ja haja-asutusalueella. Kehitysyhtiön yrityskyselyssä (2025, n = 212) "
        "58 prosenttia yrittäjistä kertoi, ettei heillä ole verkkokauppaa tai ajanvarausta, ja yli puolet "
        "piti omaa digiosaamistaan heikkona. Yrittäjien keski-ikä on 54 vuotta.")

    d.b("Tavoitteet, toimenpiteet ja arviointi *")
    d.table([
        ["Tavoite", "Toimenpide", "Mittari"],
        ["Mikroyrittäjien digitaidot vahvistuvat",
         "Kylillä kiertävät työpajat (ajanvaraus, verkkokauppa, sähköinen laskutus), 16 pajaa",
         "Osallistuneet yrittäjät (tavoite 150); osaamisen itsearvio pajan alussa ja lopussa"],
        ["Yritykset ottavat käyttöön vähintään yhden uuden digitaalisen palvelun",
         "Henkilökohtainen sparraus yrityksessä (3 x 2 h)",
         "Käyttöönotot sparrattavissa yrityksissä (tavoite 60), seurantapuhelu 3 kk kuluttua"],
        ["Kylien yrittäjät auttavat toisiaan",
         "Digikummiverkosto: kokeneet yrittäjät tukevat muita",
         "Kummien määrä ja verkoston tapaamiset; kyselyn palaute hankkeen lopussa"],
    ])

    d.b("Kohderyhmät *")
    d.p("Seutukunnan mikroyrittäjät ja yksinyrittäjät, erityisesti kylissä toimivat palvelu-, "
        "matkailu- ja käsityöyrittäjät. Välillisesti hyötyvät yritysten asiakkaat ja kylien palvelut.")

    d.b("Toteutus")
    d.p("Hankkeessa työskentelee projektipäällikkö ja digivalmentaja. Työpajat pidetään kylätaloilla "
        "ja kirjastoissa iltaisin, jotta yrittäjät pääsevät mukaan. Sparraus tehdään yrityksen omilla "
        "laitteilla. Digikummit koulutetaan kahden illan valmennuksessa.")

    d.b("Toteutusaika ja aikataulu")
    d.p("Hanke toteutetaan 1.5.2026–30.4.2028.")
    d.ul([
        "2026 touko–joulukuu: ensimmäiset 8 työpajaa, sparrausten aloitus",
        "2027: loput työpajat, digikummiverkosto käyntiin",
        "2028 tammi–huhtikuu: loppukysely, loppuseminaari, raportointi",
    ])

    d.b("Kustannukset ja rahoitussuunnitelma")
    d.p("Kokonaiskustannukset 298 000 euroa (henkilöstö 224 000, flat rate 33 600, ostopalvelut "
        "18 000, matkat 14 400, muut 8 000). EU- ja valtion rahoitus 80 %, kuntarahoitus 20 %. "
        "Digikummiverkoston vakiinnuttamiseen varataan digivalmentajan työaikaa noin kaksi päivää "
        "kuukaudessa vuonna 2027.")

    d.b("Tulokset ja vaikutukset")
    d.p("Hankkeen jälkeen vähintään 60 kyläyritystä käyttää uutta digitaalista palvelua, ja seudulla "
        "toimii yrittäjien oma digikummiverkosto. Vaikutuksena yritysten myynti ja asiakaskunta "
        "laajenevat kylien ulkopuolelle.")

    d.b("Juurruttaminen, levittäminen ja jatko")
    d.p("Juurruttamista suunniteltiin jo hakuvaiheessa seudun yrittäjäyhdistysten kanssa. Hankkeen "
        "alusta lähtien kerromme pajoista yrittäjäyhdistysten uutiskirjeissä ja kehitysyhtiön "
        "verkkosivuilla. Työpajoista tehdään lyhyt etäversio niille, joilla ei ole aikaa iltoihin, "
        "ja pajamateriaali julkaistaan avoimesti muiden kehitysyhtiöiden käyttöön. Hankkeen jälkeen "
        "digikummiverkostoa koordinoi Hirvasjoen Yrittäjät ry:n toiminnanjohtaja, ja kehitysyhtiön "
        "yritysneuvonta ottaa digisparrauksen osaksi maksutonta neuvontaansa.")

    d.b("Sukupuolten tasa-arvo")
    d.p("Hanke on avoin kaikille sukupuolille, ja se noudattaa sukupuolten tasa-arvon periaatetta kaikessa suunnittelussa ja toiminnassaan.")

    d.b("Yhdenvertaisuus, syrjimättömyys ja esteettömyys")
    d.p("Työpajat pidetään esteettömissä kylätaloissa ja kirjastoissa, ja jokaiseen pajaan voi "
        "osallistua myös etäyhteydellä. Materiaalit tehdään selkokielisinä ja saavutettavina. "
        "Iäkkäämmille yrittäjille tarjotaan mahdollisuus henkilökohtaiseen opastukseen ennen pajaa, ja "
        "ruotsinkielisille yrittäjille järjestetään kaksi omaa pajaa.")

    d.b("Kestävä kehitys ja ”ei merkittävää haittaa” -periaate")
    d.p("Hanke ei aiheuta merkittävää haittaa ympäristölle, ja kestävä kehitys otetaan huomioon hankkeen kaikessa toiminnassa mahdollisuuksien mukaan.")

    d.b("Hallinnointi ja ohjausryhmä")
    d.p("Hanketta hallinnoi Hirvasjoen Seudun Kehitys Oy. Ohjausryhmässä ovat kehitysyhtiön "
        "toimitusjohtaja, Hirvasjoen Yrittäjät ry:n puheenjohtaja, kahden kunnan elinkeinoasiamiehet "
        "ja ELY-keskuksen edustaja.")

    d.b("Viestintä ja tiedottaminen")
    d.p("Pajoista tiedotetaan paikallislehdissä, kylätoimikuntien Facebook-ryhmissä ja "
        "yrittäjäyhdistysten kautta. Loppuseminaari pidetään huhtikuussa 2028.")

    d.p("Yhteyshenkilö: kehityspäällikkö Anu Sorvisto, anu.sorvisto@hirvasjoenkehitys.fi")
    out = KANSIO / "esr-puutteellinen-digiloikka.docx"
    d.save(out)
    expected(out, "esr", "hankesuunnitelma", [
        {"rule": "esr.tasa-arvo-ohut"},
        {"rule": "esr.kestava-kehitys-ohut"},
        {"rule": "rakenne.osio-puuttuu", "target": "riskit"},
    ])


if __name__ == "__main__":
    KANSIO.mkdir(parents=True, exist_ok=True)
    hyva()
    puutteellinen()

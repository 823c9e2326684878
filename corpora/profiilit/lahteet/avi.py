"""AVI-profiilin asiakirjat: kaksi loppuraporttia / loppuselvitystä (.docx)."""
from apu import Doc, JUURI, expected

KANSIO = JUURI / "avi"


def hyva():
    d = Doc()
    d.title("LOPPURAPORTTI – avustuksen käytön loppuselvitys")
    d.p("Yleisten kirjastojen kehittämisavustus, Etelä-Suomen aluehallintovirasto")

    d.h("Taustatiedot", 1)
    d.table([
        ["Kenttä", "Tieto"],
        ["Avustuksen saaja", "Hiekkasalmen kaupunki / Hiekkasalmen kaupunginkirjasto"],
        ["Hanke", "Lukuluotsi – lukemisen tukea 4.–6.-luokkalaisille"],
        ["Päätöksen diaarinumero", "ESAVI/5123/2024"],
        ["Myönnetty avustus", "24 000 €"],
        ["Avustuksen käyttöaika", "1.1.2025–31.12.2025"],
    ])

    d.h("Avustuksen tavoitteet", 1)
    d.p("Hiekkasalmen koulujen lukutaitoseulonnassa keväällä 2024 joka neljäs 4.-luokkalainen jäi "
        "sujuvan lukemisen tavoitetason alle, ja lasten kirjastokäynnit olivat vähentyneet vuodesta 2019 "
        "lähes kolmanneksella. Avustuksella tavoittelimme kolmea asiaa:")
    d.ol([
        "Heikosti lukevat 4.–6.-luokkalaiset saavat viikoittaista, kiireetöntä lukemisen tukea kirjastossa.",
        "Koulujen ja kirjaston yhteistyö lukemisen tukemisessa vakiintuu.",
        "Huoltajat saavat vinkkejä lukemisen tukemiseen kotona.",
    ])

    d.h("Hankkeen toteutus – mitä tehtiin ja miten?", 1)
    d.p("Kirjasto palkkasi osa-aikaisen lukuluotsin (60 %) helmikuusta joulukuuhun 2025. Lukuluotsi "
        "piti pääkirjastossa ja Rantalan lähikirjastossa viikoittain pienryhmiä, joissa luettiin ääneen "
        "vuorotellen, kuunneltiin äänikirjoja tekstin kanssa ja valittiin jokaiselle oma kirja. Opettajat "
        "ohjasivat ryhmiin oppilaita, ja ryhmät kokoontuivat koulupäivän jälkeen. Syyslukukaudella "
        "mukaan tuli lukukoira-kokeilu yhdessä paikallisen kennelkerhon kanssa. Suunnitelmasta poiketen "
        "kesäksi ei järjestetty ryhmiä, koska kyselyn mukaan perheet olivat silloin matkoilla; tilalle "
        "tehtiin kesälukudiplomi.")

    d.h("Tulokset ja vaikuttavuus", 1)
    d.p("Käymme alla läpi kunkin kolmen tavoitteen erikseen: mitä tavoittelimme, mitä saimme "
        "aikaan ja mikä jäi toteutumatta.")
    d.b("Tavoite 1: viikoittainen lukemisen tuki")
    d.p("Tavoitteena oli 40 lasta, ja ryhmiin osallistui 57 lasta kuudesta koulusta; 38 heistä kävi "
        "vähintään kymmenen kertaa. Opettajien arvion mukaan 29 lapsen lukusujuvuus parani selvästi, ja "
        "syksyn seulonnassa tavoitetason alle jääneiden osuus laski ryhmäläisten kouluissa 26 prosentista "
        "19 prosenttiin. Lasten palautteessa toistui, että ”kirjastossa saa lukea omaan tahtiin”.")
    d.b("Tavoite 2: koulujen ja kirjaston yhteistyö")
    d.p("Kaikki kuusi alakoulua nimesivät lukuluotsin yhteyshenkilön, ja yhteistyö on kirjattu "
        "kaupungin kirjastojen ja perusopetuksen uuteen yhteistyösuunnitelmaan.")
    d.b("Tavoite 3: huoltajat")
    d.p("Tämä toteutui vain osin. Huoltajien iltoja pidettiin kaksi neljän suunnitellun sijaan, ja "
        "niihin osallistui yhteensä 23 huoltajaa. Syynä oli syksyn tilaremontti; korvasimme iltoja "
        "Wilma-viesteillä, joissa oli lukuvinkit neljällä kielellä.")

    d.h("Talous ja toteutuneet kustannukset", 1)
    d.table([
        ["Kustannuslaji", "Arvio (€)", "Toteutunut (€)"],
        ["Lukuluotsin palkkakulut", "27 500", "27 940"],
        ["Materiaalit ja äänikirjalisenssit", "3 200", "2 760"],
        ["Huoltajien illat ja tarjoilut", "800", "310"],
        ["Lukukoira-kokeilu (matkakulut)", "500", "420"],
        ["Yhteensä", "32 000", "31 430"],
    ])
    d.p("Avustus (24 000 €) käytettiin kokonaan; omarahoitus oli 7 430 euroa. Huoltajien iltojen "
        "säästö johtui siitä, että iltoja pidettiin suunniteltua vähemmän.")

    d.h("Kehitysajatukset ja toiminnan jatkuminen", 1)
    d.p("Avustuskauden päätyttyä lukuluotsin ryhmät jatkuvat kirjaston omalla budjetilla, lasten- ja "
        "nuortenkirjaston palveluvastaavan vastuulla, kahtena päivänä viikossa. Lukukoira-kokeilu "
        "vakinaistetaan kerran kuussa. Huoltajille kokeilemme seuraavaksi lyhyitä iltapäiväinfoja "
        "koulun vanhempainiltojen yhteydessä.")

    d.h("Suositukset muille kirjastoille", 1)
    d.p("Ryhmien kannattaa olla pieniä (enintään viisi lasta) ja samaan aikaan joka viikko. Opettajien "
        "ohjaus on välttämätön, sillä juuri heikoimmin lukevat lapset eivät tule kirjastoon itse. "
        "Lukukoira houkuttelee ujoimpiakin lukijoita.")

    d.h("Tiivistelmä", 1)
    d.p("Hiekkasalmen kaupunginkirjaston Lukuluotsi tarjosi vuonna 2025 viikoittaista lukemisen tukea "
        "57 heikosti lukevalle 4.–6.-luokkalaiselle yhdessä kuuden koulun kanssa. Lasten lukusujuvuus "
        "parani, yhteistyö koulujen kanssa on kirjattu yhteistyösuunnitelmaan, ja toiminta jatkuu "
        "kirjaston omana palveluna. Huoltajien tavoittaminen jäi suunniteltua vähäisemmäksi.")

    d.h("Päiväys ja yhteystiedot", 1)
    d.p("Hiekkasalmella 18.2.2026")
    d.p("Yhteyshenkilö: kirjastotoimenjohtaja Riikka Savolaakso, riikka.savolaakso@hiekkasalmi.fi, "
        "puh. 044 719 3380")
    out = KANSIO / "avi-hyva-lukuluotsi.docx"
    d.save(out)
    expected(out, "avi", "loppuraportti", [])


def puutteellinen():
    d = Doc()
    d.b("Koskenperän kunta – vapaa-aikapalvelut")
    d.title("Loppuraportti: Liikkuva iltapäivä 2024–2025")
    d.p("Liikunnan valtionavustuksen loppuselvitys, Pohjois-Suomen aluehallintovirasto")

    d.b("1. Taustatiedot")
    d.p("Avustuksen saaja: Koskenperän kunta, vapaa-aikapalvelut. Päätös PSAVI/2210/2024, "
        "myönnetty avustus 15 000 euroa. Avustuksen käyttöaika 1.8.2024–31.7.2025.")

    d.b("2. Mitkä olivat avustuksen tavoitteet?")
    d.p("Kunnan kouluterveyskyselyssä 2023 vain 31 prosenttia 1.–6.-luokkalaisista liikkui suositusten "
        "mukaan tunnin päivässä. Tavoitteena oli tarjota koulupäivän jälkeen maksutonta, ohjattua "
        "liikuntaa kolmella kyläkoululla, saada mukaan vähintään 70 lasta ja kouluttaa viisi nuorta "
        "liikuntakaveria ohjaajien avuksi.")

    d.b("3. Toteutus")
    d.b("Mitä tehtiin?")
    d.p("Syyslukukaudella 2024 ja kevätlukukaudella 2025 pidettiin kolmella kyläkoululla kahdesti "
        "viikossa tunnin mittainen liikuntakerho. Ohjaajina toimivat kunnan liikunnanohjaaja ja "
        "paikallisen urheiluseuran kaksi valmentajaa. Lapset saivat itse ehdottaa lajeja; suosituimpia "
        "olivat sählyn lisäksi lumileikit ja suunnistus koulun metsässä. Kyläkoulujen välille "
        "järjestettiin toukokuussa 2025 yhteinen liikuntapäivä.")
    d.b("Poikkesiko toteutus suunnitelmasta? Jos poikkesi, miksi?")
    d.b("Keitä toteutukseen osallistui?")
    d.p("Liikunnanohjaajan ja valmentajien lisäksi mukana olivat koulujen iltapäivätoiminnan ohjaajat "
        "sekä viisi 15–17-vuotiasta liikuntakaveria, jotka koulutettiin lokakuussa 2024.")

    d.b("4. Tulokset ja vaikuttavuus")
    d.p("Toiminta onnistui hyvin ja lapset pitivät kerhoista. Tavoitteet saavutettiin pääosin, ja "
        "palaute oli myönteistä.")

    d.b("5. Talous ja toteutuneet kustannukset")
    d.table([
        ["Menoerä", "Budjetoitu €", "Toteutunut €"],
        ["Ohjaajien palkat", "14 200", "14 650"],
        ["Välineet", "3 000", "3 340"],
        ["Liikuntakaverien koulutus ja palkkiot", "1 800", "1 520"],
        ["Kuljetukset (liikuntapäivä)", "1 000", "960"],
        ["Yhteensä", "20 000", "20 470"],
    ])
    d.p("Avustus käytettiin kokonaan. Kunnan omarahoitus oli 5 470 euroa eli hieman arvioitua enemmän, "
        "koska välineitä jouduttiin uusimaan.")

    d.b("6. Kehitysajatukset: miten toimintaa jatketaan?")
    d.p("Kerhot jatkuvat syksystä alkaen kahdella koululla kunnan vapaa-aikapalvelujen budjetilla. "
        "Urheiluseura Koskenperän Kisa ottaa vastuun kolmannen koulun kerhosta, ja liikuntakaverit "
        "jatkavat seuran palkkioilla.")

    d.b("7. Suositukset muille kunnille")
    d.p("Kyläkoulujen kerho kannattaa sijoittaa heti koulupäivän jälkeen, jolloin kuljetuksia ei "
        "tarvita. Nuoret liikuntakaverit ovat lapsille tärkeitä esikuvia, ja heidän koulutukseensa "
        "kannattaa varata rahaa.")

    d.b("8. Tiivistelmä")
    d.p("Koskenperän kunta järjesti lukuvuonna 2024–2025 maksutonta ohjattua liikuntaa kolmella "
        "kyläkoululla yhdessä urheiluseuran kanssa. Kerhotoiminta jatkuu kunnan ja seuran voimin.")

    d.b("9. Päiväys ja yhteystiedot")
    d.p("Koskenperällä 14.10.2025")
    d.p("Yhteyshenkilö: vapaa-aikasihteeri Jarkko Helminen, jarkko.helminen@koskenpera.fi, "
        "puh. 040 652 8817")
    out = KANSIO / "avi-puutteellinen-liikkuva-iltapaiva.docx"
    d.save(out)
    expected(out, "avi", "loppuraportti", [
        {"rule": "raportti.myohassa"},
        {"rule": "avi.tuloksellisuus-suppea"},
        {"rule": "rakenne.kysymys-vastaamatta"},
    ])


if __name__ == "__main__":
    KANSIO.mkdir(parents=True, exist_ok=True)
    hyva()
    puutteellinen()

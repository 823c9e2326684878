"""r2-loppuraportti-lahipalvelut-etana-lomake.docx – loppuraportti, sähköisen raporttilomakkeen vienti.
Odotetut havainnot: raportti päivätty 5 kk hankkeen päättymisen jälkeen; diaarinumero puuttuu;
kysymys "Miten kustannusarvio toteutui?" jäänyt vastaamatta."""
from apu import *


def KV(d, nro, kysymys, vastaus):
    p = d.add_paragraph()
    p.add_run(f"{nro} {kysymys}").bold = True
    if isinstance(vastaus, str):
        vastaus = [vastaus]
    if not vastaus:
        P(d, "Vastaus:")
        return
    P(d, "Vastaus: " + vastaus[0])
    for v in vastaus[1:]:
        P(d, v)


def rakenna(polku):
    d = uusi("Loppuraportti – Lähipalvelut etänä", "Haapalahden kunta")
    P(d, "Sähköinen asiointi · Valtionavustuksen loppuraportti · Lomakkeen tulostus 2.6.2025")
    H(d, "LOPPURAPORTTI: Lähipalvelut etänä – etäpalvelupisteet kyläkouluille", 0)
    P(d, "Tähdellä (*) merkityt kentät ovat pakollisia.")

    H(d, "1 Taustatiedot", 1)
    KV(d, "1.1", "Avustuksen saaja *", "Haapalahden kunta, hallinto- ja elinvoimapalvelut")
    KV(d, "1.2", "Hankkeen nimi ja avustuspäätöksen diaarinumero *",
       "Lähipalvelut etänä – etäpalvelupisteet kyläkouluille")
    KV(d, "1.3", "Avustuksen myöntäjä *", "Valtiovarainministeriö, kuntien digitalisaation kokeiluavustus")
    KV(d, "1.4", "Myönnetty avustus (€) *", "86 000")

    H(d, "2 Hankkeen teema ja tavoitteet", 1)
    KV(d, "2.1", "Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet? *", [
        "Hanke liittyi asiakaslähtöisten palvelujen kehittämiseen harvaan asutulla alueella. Kunnan kolmesta "
        "kyläkoulusta on matkaa kirkonkylän palvelupisteeseen 25–48 kilometriä, eikä julkinen liikenne kulje "
        "päivittäin.",
        "Tavoitteena oli avata jokaiseen kyläkouluun etäpalvelupiste, josta kuntalainen voi hoitaa kunnan, "
        "Kelan ja hyvinvointialueen asioita videoyhteydellä, sekä kouluttaa koulujen henkilökunnasta ja kylien "
        "vapaaehtoisista digitukihenkilöitä. Tavoitteena oli myös vähentää kirkonkylälle tehtäviä asiointimatkoja.",
    ])

    H(d, "3 Hankkeen toteutus", 1)
    KV(d, "3.1", "Hankkeen kesto *", "1.1.2023–31.12.2024")
    KV(d, "3.2", "Mitä hankkeessa käytännössä tehtiin ja vastasiko toteutus suunnitelmaa? *", [
        "Vuoden 2023 aikana kolmen kyläkoulun kirjastotiloihin rakennettiin etäpalvelupisteet (näyttö, kamera, "
        "asiakirjaskanneri ja äänieristetty nurkkaus). Pisteet avattiin Honkalassa maaliskuussa 2023, "
        "Saarijärvenpäässä toukokuussa 2023 ja Leppälahdessa syyskuussa 2023. Etäasiointiin liittyivät kunnan "
        "asiakaspalvelu, sosiaalitoimisto, Kela ja hyvinvointialueen palveluohjaus.",
        "Vuonna 2024 koulutettiin 14 digitukihenkilöä, jotka päivystivät pisteissä kahtena iltapäivänä viikossa. "
        "Toteutus vastasi suunnitelmaa, lukuun ottamatta verotoimiston etäpalvelua, jota ei saatu mukaan.",
    ])
    KV(d, "3.3", "Johdon ja henkilöstön sitoutuminen *",
       "Kunnanjohtaja ja sivistysjohtaja olivat ohjausryhmässä. Kyläkoulujen rehtorit ja henkilökunta "
       "osallistuivat pisteiden sijoittamisen suunnitteluun ja digitukihenkilöiden koulutukseen.")
    KV(d, "3.4", "Käytetyt menetelmät ja kokemukset niistä *",
       "Asiakasraati (8 kyläläistä), palvelumuotoilun työpajat ja kokeilut. Asiakasraadin ehdotuksesta "
       "pisteisiin lisättiin ajanvaraus puhelimella, mikä lisäsi käyttöä selvästi.")
    KV(d, "3.5", "Kokemukset ulkopuolisten palveluntuottajien käytöstä *",
       "Laitehankinta ja asennus kilpailutettiin. Toimittajan tuki toimi hyvin, mutta laitteiden "
       "ohjelmistopäivitykset vaativat kunnan ICT-tuelta odotettua enemmän työtä.")
    KV(d, "3.6", "Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin? *",
       "Leppälahden pisteen verkkoyhteys oli aluksi liian hidas videoasiointiin. Koululle hankittiin "
       "mobiilireititin, ja valokuituliittymä valmistui marraskuussa 2023.")
    KV(d, "3.7", "Miten kustannusarvio toteutui? *", [])

    H(d, "4 Tulokset ja vaikuttavuus", 1)
    KV(d, "4.1", "Miten tavoitteet toteutuivat? *",
       "Kaikki kolme pistettä avattiin, ja niissä asioitiin hankkeen aikana yhteensä 612 kertaa. "
       "Digitukihenkilöitä koulutettiin 14 (tavoite 12). Kyselyn mukaan 71 % pisteiden käyttäjistä olisi "
       "muuten matkustanut kirkonkylään.")
    KV(d, "4.2", "Mitä yllättäviä tuloksia tuli? *",
       "Pisteitä käyttivät odotettua enemmän nuoret aikuiset, jotka hoitivat niissä Kelan ja TE-palvelujen "
       "asioita. Kyläkoulujen oppilaat opettivat isovanhemmilleen pisteen käyttöä koulun digiviikolla.")
    KV(d, "4.3", "Millä menettelytavoilla toteutusta ja tuloksia arvioitiin? *",
       "Käyttökerrat kirjattiin ajanvarausjärjestelmään. Käyttäjiltä kerättiin palaute paperilomakkeella ja "
       "tabletilla (174 vastausta), ja asiakasraati arvioi pisteitä kahdesti.")
    KV(d, "4.4", "Millaisia pysyviä toimintatapoja syntyi? *",
       "Etäpalvelupisteet ovat kunnan vakinaista palveluverkkoa 1.1.2025 alkaen. Digitukipäivystys jatkuu "
       "kansalaisopiston ja kyläyhdistysten yhteistyönä.")
    KV(d, "4.5", "Miten vaikutukset näkyvät työyhteisössä ja asiakkaille? *",
       "Sosiaalitoimiston ja asiakaspalvelun työntekijät ovat tottuneet videoasiointiin, ja sitä käytetään nyt "
       "myös kirkonkylän asiakkaiden kanssa. Asiakkaille pisteet ovat vähentäneet matkoja ja odottamista.")

    H(d, "5 Kehitysajatukset", 1)
    KV(d, "5.1", "Kuinka aiotte jatkaa tästä eteenpäin? *",
       "Kunta selvittää vuonna 2025, voidaanko etäpalvelupiste avata myös Kurjenkylän kylätaloon. Lisäksi "
       "neuvotellaan verotoimiston ja poliisin lupapalvelujen liittämisestä etäasiointiin.")

    H(d, "6 Suositukset muille", 1)
    KV(d, "6.1", "Mitä hankkeessa oli sellaista, jota suosittelisitte muille? *",
       "Etäpalvelupisteen sijoittaminen kyläkouluun, jossa on valmiiksi henkilökuntaa ja auki olevat ovet, sekä "
       "puhelinajanvaraus niille, jotka eivät käytä verkkoa.")
    KV(d, "6.2", "Mitä muiden kannattaisi ottaa huomioon kehittämishankkeita suunnitellessaan? *",
       "Verkkoyhteydet kannattaa tarkistaa ennen laitehankintoja, ja ICT-tuen työmäärä kannattaa arvioida "
       "realistisesti.")

    H(d, "7 Tiivistelmä (enintään 1 000 sanaa) *", 1)
    P(d, "Haapalahden kunta avasi valtiovarainministeriön kokeiluavustuksella kolmeen kyläkouluun "
         "etäpalvelupisteet, joissa kuntalainen voi hoitaa kunnan, Kelan ja hyvinvointialueen asioita "
         "videoyhteydellä. Kokeilu kesti vuodet 2023–2024. Pisteissä asioitiin 612 kertaa, ja 71 % käyttäjistä "
         "olisi muuten matkustanut kirkonkylään. Kylille koulutettiin 14 digitukihenkilöä. Pisteet ovat osa "
         "kunnan vakinaista palveluverkkoa vuoden 2025 alusta. Suosittelemme pisteiden sijoittamista paikkoihin, "
         "joissa on valmiiksi henkilökuntaa, sekä puhelinajanvarausta.")

    H(d, "8 Laatimispäivämäärä ja yhteystiedot", 1)
    KV(d, "8.1", "Raportin laatimispäivämäärä *", "30.5.2025")
    KV(d, "8.2", "Yhteyshenkilö, jolta saa lisätietoa *",
       "Kehittämispäällikkö Anu Kärkkäinen, anu.karkkainen@haapalahti.fi, 044 790 3321")
    KV(d, "8.3", "Muuta materiaalia (linkit, liitteet)", "Ei liitteitä.")
    d.save(polku)

"""s-kotihoito-arviointisuunnitelma.docx – arviointisuunnitelma lomakepohjalla, sisältöohjausobjektit (w:sdt).
Hankeaika ja tiedonkeruun aikataulu ovat VAIN sisältöohjausobjektien sisällä; yksi täyttämätön ohjausobjekti
näyttää pohjan paikkamerkkitekstin."""
from apu import *


def rakenna(polku):
    d = uusi_dokumentti("Riikka Halme", "Arviointisuunnitelma – EtäKoti", pvm(2026, 1, 20))
    d.add_heading("ARVIOINTISUUNNITELMA", 0)
    kappale(d, "Järviseudun hyvinvointialue · Kehittämishankkeiden arviointisuunnitelmapohja v1.2")
    raaka_kappale(d, r("Hankkeen nimi: ", b=True) + sdt_run("EtäKoti – etähoivan vakiinnuttaminen kotihoidossa", "Hankkeen nimi"))
    raaka_kappale(d, r("Rahoittaja: ", b=True) + sdt_run("Sosiaali- ja terveysministeriö, valtionavustus hyvinvointialueiden kehittämishankkeisiin", "Rahoittaja"))
    raaka_kappale(d, r("Hankkeen toteutusaika: ", b=True) + sdt_run("1.1.2026–31.12.2027", "Toteutusaika"))
    raaka_kappale(d, r("Laatija: ", b=True) + sdt_run("kehittämiskoordinaattori Riikka Halme", "Laatija"))
    raaka_kappale(d, r("Versio: ", b=True) + sdt_run("Luonnos 2, 20.1.2026", "Versio"))

    otsikko(d, "1. Tausta, tavoitteet ja kohderyhmä", 1)
    sdt_lohko(d, [
        "Järviseudun hyvinvointialueen kotihoidossa on noin 2 300 säännöllistä asiakasta ja kuusi "
        "kotihoitotiimiä. Etäkäyntejä (kuvapuhelu lääkemuistutuksiin, ateriointiin ja voinnin seurantaan) "
        "kokeiltiin vuosina 2023–2025 kahdessa tiimissä, ja vuonna 2025 etäkäyntien osuus kaikista käynneistä "
        "oli koko alueella 9 %. Samaan aikaan kotihoidon henkilöstövaje oli syksyllä 2025 noin 40 "
        "henkilötyövuotta.",
        "EtäKoti-hankkeen tavoitteena on, että etäkäynneistä tulee kaikkien tiimien tavallinen työväline. "
        "Tavoitteet ovat: (1) etäkäyntien osuus kotihoidon käynneistä kasvaa; (2) asiakkaat ja omaiset "
        "kokevat etäkäynnit turvallisiksi ja mielekkäiksi; (3) henkilöstön kokema työn kuormittavuus vähenee.",
        "Arvioinnin kohderyhmänä ovat kotihoidon asiakkaat ja heidän omaisensa, kotihoidon hoitajat ja "
        "esihenkilöt sekä etähoitokeskuksen henkilöstö.",
    ], "Tausta ja tavoitteet")

    otsikko(d, "2. Arvioinnin näkökulmat ja menetelmät", 1)
    sdt_lohko(d, [
        "Arviointi on kehittävää itsearviointia: hanketiimi ja kotihoidon esihenkilöt arvioivat toimintaa "
        "yhdessä ja muuttavat sitä saadun tiedon perusteella. Arvioinnissa käytetään rekisteritietoa, "
        "asiakkaiden ja omaisten palautetta sekä henkilöstön kokemuksia.",
        "Asiakkaiden ääni kuuluu arvioinnissa kahdella tavalla: etäkäyntiasiakkaille tehdään lyhyt "
        "puhelinkysely, ja kymmenen asiakasta ja omaista haastatellaan teemahaastatteluna. Lisäksi "
        "vanhusneuvoston kanssa pidetään arviointityöpaja.",
        "Henkilöstöltä kerätään tietoa kyselyllä ja tiimeittäin pidettävissä itsearviointityöpajoissa, "
        "joissa käydään läpi mittarit ja sovitaan korjaavista toimista.",
    ], "Menetelmät")

    lihava_rivi(d, "Arviointitaulukko")
    taulukko(d, [
        ["Tavoite", "Toimenpiteet", "Mittari / arviointimenetelmä"],
        ["1. Etäkäyntien osuus kotihoidon käynneistä kasvaa",
         "Etäkäynnit laajennetaan kaikkiin kuuteen tiimiin; hoitajien koulutus; etäkäyntikriteerit "
         "asiakkaan valintaan",
         "Etäkäyntien osuus kaikista käynneistä asiakastietojärjestelmästä (lähtötaso 9 %, tavoite 25 %)"],
        ["2. Asiakkaat ja omaiset kokevat etäkäynnit turvallisiksi ja mielekkäiksi",
         "Asiakkaan ja omaisen perehdytys laitteeseen; etäkäynnit kirjataan yksilölliseen "
         "hoito- ja palvelusuunnitelmaan",
         "Asiakkaiden puhelinkysely (turvallisuuden kokemus, asteikko 1–5); teemahaastattelut (10)"],
        ["3. Henkilöstön kokema työn kuormittavuus vähenee",
         "Työvuorosuunnittelun uudistus; etäkäynnit keskitetään etähoitokeskukseen",
         "Henkilöstökysely (koettu kuormitus); sairauspoissaolopäivät henkilötyövuotta kohden"],
    ])
    kappale(d, "")

    otsikko(d, "3. Tiedonkeruun aikataulu", 1)
    sdt_lohko(d, [
        "Lähtötason mittaus (etäkäyntien osuus, sairauspoissaolot) helmikuussa 2026.",
        "Henkilöstökysely maaliskuussa 2026 ja lokakuussa 2027.",
        "Asiakkaiden puhelinkysely syyskuussa 2026 ja syyskuussa 2027; teemahaastattelut keväällä 2027.",
        "Itsearviointityöpajat puolivuosittain (6/2026, 12/2026, 6/2027, 11/2027).",
    ], "Aikataulu")

    otsikko(d, "4. Arviointitiedon käyttö ja raportointi", 1)
    sdt_lohko(d, [
        "Arviointitieto käsitellään ohjausryhmässä jokaisen tiedonkeruun jälkeen, ja tulokset raportoidaan "
        "STM:lle väli- ja loppuraportissa. Tiimikohtaiset tulokset viedään kotihoidon esihenkilöiden "
        "kuukausipalaveriin.",
        "Juurruttaminen alkaa jo hankkeen alussa: kaikkien kotihoitotiimien esihenkilöt osallistuvat "
        "aloitustyöpajaan helmikuussa 2026, ja etäkäyntien kriteerit kirjataan kotihoidon "
        "toimintaohjeeseen sitä mukaa kuin niitä kokeillaan. Loppuarvioinnin tulosten perusteella "
        "kotihoidon johtoryhmä päättää syksyllä 2027, miten etäkäynnit vakiinnutetaan pysyväksi osaksi "
        "kotihoidon palvelua vuodesta 2028 alkaen.",
    ], "Arviointitiedon käyttö")

    otsikko(d, "5. Arvioinnin resurssit", 1)
    sdt_lohko(d, [
        "Arviointiin käytetään noin 10 % kehittämiskoordinaattorin työajasta. Kyselyt toteutetaan "
        "hyvinvointialueen omalla kyselytyökalulla, ja rekisteritiedot saadaan tietopalveluista.",
    ], "Resurssit")

    otsikko(d, "6. Lisätiedot", 1)
    sdt_lohko_tyhja(d, "Lisätiedot")
    d.save(polku)

from apu import *

def rakenna(polku):
    d = uusi()
    d.add_heading("Arviointisuunnitelma", 0)
    lihava(d, "Omaisvoimaa – vertaistuen verkko omaishoitajille 2026–2028")
    d.add_paragraph("Pohjois-Lakeuden Omaishoitajat ry · STEA-avustus (Ak) · Hyväksytty hallituksessa 20.11.2025")

    d.add_heading("Tausta, tavoitteet ja kohderyhmä", 1)
    d.add_paragraph(
        "Omaisvoimaa-hanke toteutetaan 1.1.2026–31.12.2028 kuuden kunnan alueella. Alueella on noin 2 400 sopimusomaishoitajaa ja arviolta "
        "kolme kertaa enemmän omaisiaan auttavia, jotka eivät ole palvelujen piirissä. Yhdistyksen jäsenkyselyssä 2024 puolet vastaajista "
        "kertoi olevansa usein uupunut ja kolmannes ei ollut puhunut tilanteestaan kenellekään ulkopuoliselle.")
    d.add_paragraph(
        "Hankkeella haluamme saada omaishoitajat, erityisesti sopimuksettomat ja työssäkäyvät, vertaistuen piiriin jo hoivapolun alussa. "
        "Toinen tavoitteemme on, että omaishoitajan oma jaksaminen ja kokemus siitä, ettei hän ole yksin, paranevat. Kolmanneksi tavoitteena "
        "on kouluttaa vapaaehtoisia vertaisohjaajia niin, että ryhmätoiminta voi jatkua kunnissa ilman palkattua ohjaajaa.")
    d.add_paragraph(
        "Hankkeen toimintaa ovat iltaisin ja verkossa kokoontuvat vertaisryhmät, jalkautuminen terveysasemille ja apteekkeihin tavoittamaan "
        "uusia omaishoitajia, vertaisohjaajakoulutus kahdesti vuodessa sekä puhelinkahvila. Arvioinnin kohderyhmiä ovat hankkeeseen "
        "osallistuvat omaishoitajat, vertaisohjaajat, yhteistyökumppanit (hyvinvointialueen omaishoidon tuen tiimi, seurakunnat) sekä "
        "hankkeen henkilöstö.")

    d.add_heading("Arviointikysymykset", 1)
    d.add_paragraph("Arvioinnilla haetaan vastausta kolmeen kysymykseen: Tavoitammeko ne, jotka eivät vielä ole tuen piirissä? "
                    "Muuttuuko osallistujien kokemus omasta jaksamisestaan? Onko vertaisohjaajien varassa toimiva malli kestävä?")
    d.add_paragraph("Kysymyksiin vastataan alla kuvatuilla aineistoilla, joita verrataan hankkeen alussa kerättyyn lähtötasoon.")

    d.add_heading("Tiedonkeruu ja menetelmät", 1)
    lihava(d, "Tilastointi")
    d.add_paragraph(
        "Jokaisesta ryhmäkerrasta ja jalkautumisesta kirjataan osallistujien määrä ja se, onko osallistuja uusi. Ilmoittautumisen yhteydessä "
        "kysytään, onko henkilöllä omaishoitosopimus ja kuinka kauan hän on auttanut läheistään. Tästä nähdään, kuinka suuri osa uusista "
        "osallistujista on sopimuksettomia tai alle vuoden hoitaneita (tavoite vähintään 60 %). Vertaisohjaajista tilastoidaan koulutettujen, "
        "aktiivisten ja itsenäisesti ryhmää vetävien määrä (tavoite 24 koulutettua, joista 12 vetää ryhmää itsenäisesti).")
    lihava(d, "Kyselyt osallistujille")
    d.add_paragraph(
        "Ryhmiin osallistuvat täyttävät ensimmäisellä ja viimeisellä kerralla lyhyen jaksamismittarin (STEAn Avuksi-mittaristosta valittu "
        "yksinäisyys- ja kuormittuneisuusosio) sekä vapaan palautteen. Koska mittarin alussa kysytään myös, mistä osallistuja sai tiedon "
        "ryhmästä, sama kysely kertoo sekä jalkautumisen onnistumisesta että jaksamisen muutoksesta. Vuosittainen palautekysely lähetetään "
        "kaikille osallistujille marraskuussa.")
    lihava(d, "Haastattelut ja työpajat")
    d.add_paragraph(
        "Vertaisohjaajat haastatellaan ryhmähaastatteluna keväisin; yhteistyökumppaneilta kerätään näkemyksiä kerran vuodessa pidettävässä "
        "arviointityöpajassa. Henkilöstö tekee itsearviointia kuukausipalavereissa ja kirjoittaa puolivuosittain lyhyen oppimispäiväkirjan.")
    lihava(d, "Ulkoinen arviointi")
    d.add_paragraph(
        "Loppuvaiheessa (1.3.–30.9.2028) ulkopuolinen arvioija, Pohjois-Lakeuden ammattikorkeakoulun sosiaali- ja terveysalan TKI-yksikkö, "
        "arvioi vertaisohjaajamallin kestävyyttä haastattelemalla ohjaajia ja kumppaneita sekä analysoimalla hankkeen seuranta-aineiston.")

    d.add_heading("Aikataulu", 1)
    taulukko(d, [
        ["Mitä", "2026", "2027", "2028"],
        ["Lähtötason kysely", "helmi–maaliskuu", "", ""],
        ["Tilastointi", "jatkuvasti", "jatkuvasti", "jatkuvasti"],
        ["Palautekysely", "marraskuu", "marraskuu", "syyskuu"],
        ["Vertaisohjaajien haastattelu", "toukokuu", "toukokuu", "huhtikuu"],
        ["Kumppanityöpaja", "lokakuu", "lokakuu", ""],
        ["Ulkoinen arviointi", "", "", "maalis–syyskuu"],
    ])

    d.add_heading("Arviointitiedon käyttö ja raportointi", 1)
    d.add_paragraph(
        "Arviointitulokset käsitellään ohjausryhmässä kahdesti vuodessa ja niiden perusteella tehdään muutokset seuraavan kauden "
        "toimintasuunnitelmaan. Tulokset raportoidaan STEAlle vuosiselvityksessä ja loppuraportissa. Juurruttamista on suunniteltu jo "
        "avustushakemusta tehtäessä: vertaisohjaajamallin jatkuvuudesta sovittiin hyvinvointialueen omaishoidon tuen tiimin kanssa "
        "syksyllä 2025, ja yhdistyksen toiminnanjohtaja vastaa siitä, että malli siirtyy yhdistyksen perustoimintaan vuonna 2029. "
        "Arvioinnin tulokset ja vertaisohjaajan käsikirja julkaistaan yhdistyksen verkkosivuilla ja esitellään Omaishoitajaliiton "
        "alueellisilla neuvottelupäivillä.")
    d.save(polku)

from apu import *
def build():
    d = Document()
    d.add_heading("Kaveripolku – nuorten vertaistukiryhmät Järvilahden seudulla", 0)
    d.add_paragraph("Hankesuunnitelma STEA:n avustushakemuksen liitteeksi. Hakija: Järvilahden Mielenterveysseura ry")
    para_with_changes(d, [("n", "Versio 2, 12.9.2025"), ("del", " – yhteyshenkilö: <nimi>, puh. xx.xx.2025 mennessä"), ("n", " (muutokset näkyvissä)")])
    d.add_heading("Miksi hanketta tarvitaan?", 1)
    d.add_paragraph("Kouluterveyskyselyn 2023 mukaan Järvilahden seudun 8.–9.-luokkalaisista 27 % kertoi olevansa usein tai jatkuvasti yksinäinen, "
                    "kun koko maassa osuus oli 22 %. Seudulla ei ole nuorille suunnattua matalan kynnyksen ryhmätoimintaa, ja koulujen "
                    "kuraattorit kertovat jonojen venyvän kuukausiin. Yhdistyksen aikuisten vertaisryhmistä saadut kokemukset vuosilta 2019–2024 "
                    "osoittavat, että koulutetun vertaisohjaajan vetämä ryhmä madaltaa kynnystä hakea apua.")
    d.add_heading("Mitä tavoittelemme?", 1)
    d.add_paragraph("Haluamme, että yksinäisyyttä kokevat 13–17-vuotiaat löytävät ryhmän, jossa he tulevat kuulluiksi, ja että heidän kokemansa yksinäisyys vähenee.", style="List Number")
    d.add_paragraph("Tavoitteenamme on kouluttaa nuorista aikuisista vapaaehtoisia vertaisohjaajia, jotka jaksavat toiminnassa mukana pitkään.", style="List Number")
    d.add_paragraph("Koulujen oppilashuolto tuntee ryhmät ja ohjaa nuoria niihin luontevana osana työtään.", style="List Number")
    d.add_heading("Kenelle hanke on?", 1)
    d.add_paragraph("Hankkeen kohderyhmänä ovat Järvilahden, Salmiston ja Koivurannan 13–17-vuotiaat nuoret, jotka kokevat yksinäisyyttä tai "
                    "ovat jääneet kaveriporukoiden ulkopuolelle. Välillisiä kohderyhmiä ovat vertaisohjaajiksi ryhtyvät 20–30-vuotiaat "
                    "sekä koulujen kuraattorit, terveydenhoitajat ja opettajat.")
    d.add_heading("Toiminnan kuvaus", 1)
    d.add_paragraph("Ryhmät: Kaveripolku-ryhmä kokoontuu kerran viikossa kymmenen kerran jakson ajan nuorisotalolla tai koululla koulupäivän jälkeen. "
                    "Ryhmissä tehdään toiminnallisia harjoituksia, käydään yhdessä retkillä ja harjoitellaan tutustumista. Vuodessa käynnistetään kahdeksan ryhmää.")
    d.add_paragraph("Vertaisohjaajat: vapaaehtoiset käyvät 24 tunnin ohjaajakoulutuksen, ja heille järjestetään kuukausittain työnohjaus sekä kaksi virkistyspäivää vuodessa.")
    d.add_paragraph("Yhteistyö koulujen kanssa: hanketyöntekijä esittelee ryhmät jokaisen koulun oppilashuoltoryhmälle lukuvuoden alussa ja sopii kouluille yhteyshenkilön, jonka kautta nuoria voi ohjata ryhmiin.")
    d.add_heading("Aikataulu", 1)
    para_with_changes(d, [("n", "Hanke toteutetaan "), ("del", "1.1.2025–31.12.2027"), ("ins", "1.3.2026–28.2.2029"), ("n", ". Ensimmäiset ryhmät alkavat syksyllä 2026, ohjaajakoulutuksia järjestetään keväisin ja hankkeen kokemukset kootaan talvella 2028–2029.")])
    t = d.add_table(rows=4, cols=4); t.style = "Table Grid"
    for r, vals in enumerate([("", "2026", "2027", "2028"), ("Ohjaajakoulutus", "huhti–touko", "maalis–huhti", "maalis–huhti"),
                              ("Ryhmät", "syys–joulu: 3", "8", "8"), ("Mallin kuvaus ja siirto", "", "", "syys–joulu")]):
        for c, v in enumerate(vals): t.cell(r, c).text = v
    d.add_heading("Talous", 1)
    d.add_paragraph("Kokonaiskustannukset ovat 412 000 euroa vuosille 2026–2029, josta STEA:lta haetaan 390 000 euroa ja yhdistyksen omarahoitus on 22 000 euroa. "
                    "Suurin kuluerä on hanketyöntekijän ja osa-aikaisen nuorisotyöntekijän palkat.")
    d.add_heading("Seuranta ja arviointi", 1)
    d.add_paragraph("Nuorten yksinäisyyden kokemusta mitataan ryhmän alussa ja lopussa lyhyellä nuorille muokatulla yksinäisyysmittarilla; lisäksi jokainen nuori antaa "
                    "ryhmän päätteeksi nimettömän palautteen. Vertaisohjaajien jaksamista seurataan kerran vuodessa tehtävällä kyselyllä ja sillä, kuinka moni "
                    "koulutetuista (tavoite 24) on mukana vielä vuoden kuluttua. Koulujen ohjausta seurataan kirjaamalla, kuinka moni ryhmiin tulleista nuorista tuli "
                    "oppilashuollon ohjaamana (tavoite puolet), ja haastattelemalla kuraattoreita hankkeen toisena vuonna.")
    d.add_heading("Mitä hankkeesta jää?", 1)
    d.add_paragraph("Hankkeen tuloksena syntyy kuvattu Kaveripolku-ryhmämalli ohjaajan käsikirjoineen, koulutettujen vertaisohjaajien joukko sekä koulujen kanssa sovittu ohjauskäytäntö. "
                    "Vaikutuksena odotamme, että nuorten yksinäisyys seudulla vähenee ja avun hakeminen helpottuu.")
    d.add_heading("Juurruttaminen", 1)
    d.add_paragraph("Juurruttamista on mietitty jo hakuvaiheessa: Järvilahden kaupungin nuorisopalvelut ja sivistystoimi ovat olleet mukana suunnittelemassa ryhmiä keväällä 2025. "
                    "Viestimme kokemuksista koko hankkeen ajan koulujen henkilöstölle ja vanhemmille. Ryhmämallista tehdään hankkeen aikana kaksi versiota: koulun tiloissa toimiva "
                    "ja nuorisotalolla toimiva. Kolmannella toimintavuodella mallia kokeilevat myös Salmiston seurakunnan nuorisotyö ja yksi naapurikunnan nuorisopalvelu. "
                    "Hankkeen jälkeen ryhmät jatkuvat osana yhdistyksen vakiintunutta vertaistukitoimintaa ja kaupungin nuorisopalvelujen ryhmätoimintaa.")
    d.add_paragraph("Jatkosta vastaavat Järvilahden Mielenterveysseura ry:n toiminnanjohtaja ja kaupungin nuorisopalvelupäällikkö. Viimeisenä vuonna hanketyöntekijän työajasta "
                    "30 % on varattu mallin siirtämiseen ja nuorisotyöntekijöiden perehdyttämiseen. Malli julkaistaan Innokylässä ja esitellään alueellisessa nuorisotyön seminaarissa.")
    d.add_heading("Organisointi", 1)
    d.add_paragraph("Hanketta hallinnoi yhdistys. Ohjausryhmässä ovat kaupungin nuorisopalvelut, kaksi koulukuraattoria, seurakunnan nuorisotyö, hyvinvointialueen nuorisopsykiatria ja kaksi nuorta.")
    d.add_heading("Riskit", 1)
    d.add_paragraph("Suurin riski on, että vapaaehtoisia ei saada riittävästi. Varaudumme yhteistyöllä ammattikorkeakoulun sosionomiopiskelijoiden kanssa. "
                    "Jos nuoria ei ohjaudu ryhmiin, ryhmiä esitellään suoraan luokissa.")
    d.add_heading("Viestintä", 1)
    d.add_paragraph("Viestimme nuorille Instagramissa ja TikTokissa, vanhemmille Wilman kautta ja yhteistyökumppaneille uutiskirjeellä neljä kertaa vuodessa.")
    d.save(f"{OUT}/01_stea_kaveripolku_hankesuunnitelma.docx")
    save_expected("01_stea_kaveripolku_hankesuunnitelma", "hankesuunnitelma", [])
build()

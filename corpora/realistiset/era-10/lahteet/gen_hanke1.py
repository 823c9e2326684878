"""01_projektisuunnitelma_kotikuntoutus.docx — pitkä suunnitelma, muutosten jäljitys (w:ins/w:del)."""
from docx import Document
from apu import *

def build(out):
    d = Document()
    d.add_heading("Projektisuunnitelma", 0)
    bold_line(d, "Liikkuva arki – ikääntyneiden kotikuntoutuksen uusi toimintamalli Virtalan hyvinvointialueella")
    d.add_paragraph("Versio 2, 14.11.2026 (luonnos 1 käsitelty valmisteluryhmässä 28.10.2026)")
    d.add_paragraph("Hakija: Virtalan hyvinvointialue, ikääntyneiden palvelut. Rahoitus haetaan sosiaali- ja terveysministeriön "
                    "valtionavustuksesta kotiin annettavien palvelujen kehittämiseen (hakukierros 2026–2029).")

    d.add_heading("1 Miksi tätä tarvitaan?", 1)
    paras(d, """
    Virtalan hyvinvointialueella asuu noin 41 000 yli 75-vuotiasta, ja Tilastokeskuksen väestöennusteen mukaan
    määrä kasvaa vuoteen 2035 mennessä runsaalla viidenneksellä. Vuonna 2024 säännöllisen kotihoidon asiakkaita
    oli 3 870, ja heistä lähes puolet oli kotiutunut sairaalasta edellisen vuoden aikana. Kotiutumisen jälkeinen
    ensimmäinen kuukausi on vaihe, jolloin toimintakyky joko palautuu tai lähtee laskuun. Nykyisin kuntoutus on
    tuossa vaiheessa sattumanvaraista: fysioterapeutin käynnin saa keskimäärin 19 vuorokauden kuluttua
    kotiutumisesta, ja kotihoidon työntekijät kertovat, etteivät he ehdi tukea asiakasta harjoittelemaan
    arjen askareita itse, vaan tekevät ne asiakkaan puolesta.

    Asiakaspalautteessa toistuu sama viesti. Vuoden 2025 asiakaskyselyssä 38 prosenttia kotihoidon asiakkaista
    koki, ettei heitä kannusteta tekemään itse, ja omaisten palautteessa toivottiin selkeämpää tietoa siitä,
    mitä kotona voi harjoitella. Henkilöstökyselyssä (syksy 2025) 61 prosenttia kotihoidon lähihoitajista
    arvioi kuntouttavan työotteen osaamisensa vain kohtalaiseksi. Samaan aikaan ympärivuorokautisen
    palveluasumisen jonossa on jatkuvasti noin 120 henkilöä, ja osa heistä voisi arvioiden mukaan asua kotona
    pidempään, jos toimintakyvyn lasku pysäytettäisiin ajoissa.

    Hyvinvointialueen palvelustrategiassa 2025–2030 tavoitteeksi on asetettu, että yhä useampi ikääntynyt asuu
    kotona hyvän arjen turvin. Kotikuntoutus on nostettu strategiassa yhdeksi painopisteeksi, mutta
    käytännön toimintamalli puuttuu. Naapurialueilla on kokeiltu lyhytaikaista tehostettua kotikuntoutusta
    hyvin tuloksin, ja kokemuksia on koottu Innokylään. Haluamme hyödyntää niitä, mutta Virtalan alue on harvaan
    asuttu ja välimatkat pitkiä, joten mallia ei voi kopioida sellaisenaan.

    Projektia on valmisteltu kevään ja syksyn 2026 aikana. Valmisteluun osallistuivat kotihoidon esihenkilöt,
    kuntoutuksen palvelualue, sairaalan kotiutustiimi, vanhusneuvosto ja kaksi järjestöä (Virtalan
    Muistiyhdistys ry ja Eläkeläisten Liikuntaseura Kunto ry). Asiakkaiden ja omaisten näkemyksiä kerättiin
    kolmessa kahvilatilaisuudessa toukokuussa 2026.
    """)


    bold_line(d, "Tilanne alueittain")
    paras(d, """
    Hyvinvointialue jakautuu kotihoidossa kolmeen palvelualueeseen, joiden lähtötilanne on erilainen.
    Keskustan alueella asuu runsas puolet kotihoidon asiakkaista, ja välimatkat ovat lyhyitä. Alueella on jo
    kokeiltu kotikuntoutusta yhden fysioterapeutin voimin vuonna 2023, mutta kokeilu päättyi, kun
    työntekijä siirtyi muihin tehtäviin. Kokeilusta jäi hyviä kokemuksia ja muutama tiimi jatkoi omin
    päin kuntouttavien harjoitusten tekemistä asiakkaiden kanssa.

    Pohjolan alueella asiakkaita on noin 900, mutta kotikäynnin keskimääräinen ajomatka on lähes 25
    kilometriä. Fysioterapeutin käyntejä on vähän, ja lähihoitajat kertovat, että käynnit ovat lyhyitä ja
    keskittyvät lääkehoitoon ja hygieniaan. Pohjolan alue valittiin pilottialueeksi juuri siksi, että siellä
    kuntoutuksen tarve ja etäkuntoutuksen mahdollisuudet ovat suurimmat, ja alueen esihenkilöt ilmoittautuivat
    mukaan vapaaehtoisesti.

    Etelärannan alueella on kaksi suurta palvelukeskusta, joiden yhteydessä toimii päivätoimintaa ja
    kuntosali. Alueella on vahva järjestötoiminta, ja liikuntaseuran ryhmiä kokoontuu viikoittain
    kuudessa kylässä. Etelärannan vahvuutena on valmis verkosto, johon kuntoutusjakson päättänyt asiakas
    voidaan ohjata jatkamaan harjoittelua.

    Kaikilla alueilla yhteinen haaste on kotihoidon henkilöstön vaihtuvuus: vuonna 2025 noin 16 prosenttia
    lähihoitajista vaihtoi työpaikkaa, ja sijaisia on vaikea saada. Kuntouttavan työotteen osaamisen on siksi
    oltava osa perehdytystä eikä yksittäisten työntekijöiden varassa.
    """)
    d.add_heading("2 Mitä haluamme saada aikaan", 1)
    paras(d, """
    Projektin päämääränä on, että kotiutuva ikääntynyt saa oikea-aikaisen, tavoitteellisen kuntoutusjakson
    kotonaan ja että kuntouttava työote muuttuu kotihoidossa tavaksi tehdä työtä eikä jää projektin ajaksi
    kokeiluksi. Olemme kirjoittaneet tavoitteet niin, että niiden toteutumista voi seurata (ks. luku 7).
    """)
    d.add_paragraph("Tavoitteenamme on ensinnäkin, että kotiutumisen jälkeinen kuntoutus alkaa viiveettä: tehostetun "
                    "kotikuntoutuksen jakso käynnistyy viimeistään kolmen vuorokauden kuluttua kotiutumisesta.", style="List Number")
    d.add_paragraph("Toiseksi haluamme, että kotihoidon henkilöstön kuntouttavan työotteen osaaminen vahvistuu ja näkyy "
                    "päivittäisessä työssä.", style="List Number")
    d.add_paragraph("Kolmanneksi tavoitteena on, että asiakkaat ja omaiset osallistuvat kuntoutuksen suunnitteluun ja "
                    "asiakkaan oma toimintakyky paranee tai säilyy jakson aikana.", style="List Number")
    paras(d, """
    Pidemmällä aikavälillä odotamme, että ympärivuorokautisen hoidon tarve siirtyy myöhemmäksi ja kotihoidon
    käyntimäärät asiakasta kohden vähenevät, kun asiakas selviää itse useammista askareista. Näitä vaikutuksia
    emme pysty projektin aikana todentamaan kokonaan, mutta seuraamme niiden suuntaa.
    """)

    d.add_heading("3 Kenelle projekti on?", 1)
    paras(d, """
    Ensisijainen kohderyhmä ovat yli 65-vuotiaat Virtalan hyvinvointialueen asukkaat, jotka kotiutuvat
    sairaalasta tai lyhytaikaishoidosta ja joiden toimintakyky on heikentynyt. Arvioimme, että
    projektin aikana kuntoutusjaksolle ohjautuu noin 600 asiakasta. Mukana ovat myös asiakkaiden omaiset, joille
    järjestetään ohjausta kotiharjoittelun tukemiseen.

    Toinen kohderyhmä on henkilöstö: kotihoidon noin 420 lähihoitajaa ja sairaanhoitajaa, 14 esihenkilöä sekä
    kuntoutuksen palvelualueen 22 fysio- ja toimintaterapeuttia. Välillisesti hyötyvät sairaalan
    kotiutustiimi, joka saa selkeän jatkopolun potilailleen, sekä järjestöt, joiden ryhmiin asiakkaita ohjataan
    kuntoutusjakson jälkeen.
    """)

    d.add_heading("4 Toiminnan kuvaus", 1)
    paras(d, """
    Projekti etenee kolmessa työpaketissa. Työpaketit on nimetty niiden tavoitteiden mukaan, joita ne
    palvelevat, ja jokaiselle on nimetty vastuuhenkilö.
    """)
    bold_line(d, "Työpaketti 1: Kuntoutuspolku kotiutumisesta kotiin (tavoite 1)")
    paras(d, """
    Rakennamme yhdessä sairaalan kotiutustiimin kanssa kotiutumisen kuntoutuspolun. Kotiutustiimi tunnistaa
    kuntoutusta tarvitsevan potilaan jo osastolla ja tekee sähköisen lähetteen kotikuntoutustiimille.
    Kotikuntoutustiimi (fysioterapeutti, toimintaterapeutti ja kaksi lähihoitajaa kummallakin kolmella
    alueella) tekee ensikäynnin kolmen vuorokauden sisällä ja laatii asiakkaan kanssa kuuden viikon
    kuntoutussuunnitelman. Polku pilotoidaan ensin pohjoisella alueella keväällä 2027 ja laajennetaan koko
    alueelle syksyllä 2027. Harvaan asutuilla alueilla kokeillaan etäkuntoutusta kuvapuhelimella.
    """)
    bold_line(d, "Työpaketti 2: Kuntouttava työote osaksi kotihoidon arkea (tavoite 2)")
    paras(d, """
    Kotihoidon henkilöstölle järjestetään kuntouttavan työotteen koulutus, joka koostuu neljästä
    lähipäivästä ja verkkomateriaalista. Jokaiseen kotihoidon tiimiin koulutetaan kaksi kuntoutusvastaavaa,
    jotka tukevat kollegoitaan arjessa ja pitävät kuukausittaisen tiimipalaverin kuntoutusosuuden. Fysioterapeutit
    tekevät työparikäyntejä lähihoitajien kanssa. Koulutusmateriaali tehdään niin, että se voidaan liittää
    hyvinvointialueen perehdytysohjelmaan.
    """)
    bold_line(d, "Työpaketti 3: Asiakas ja omainen kuntoutuksen tekijöinä (tavoite 3)")
    paras(d, """
    Jokaiselle asiakkaalle asetetaan yhdessä hänen kanssaan 1–3 omaa arjen tavoitetta (esimerkiksi
    ”pystyn käymään itse postilaatikolla”). Omaisille järjestetään ohjauskäynti ja annetaan selkokielinen
    kotiharjoitteluopas. Kuntoutusjakson lopuksi asiakas ohjataan tarvittaessa järjestöjen liikuntaryhmiin tai
    muistiyhdistyksen toimintaan. Asiakasraati (kuusi asiakasta tai omaista) kokoontuu neljästi vuodessa
    kommentoimaan toimintamallia.
    """)


    bold_line(d, "Kuntoutusjakson kulku asiakkaan näkökulmasta")
    paras(d, """
    Kuntoutusjakso kestää tavallisesti kuusi viikkoa, mutta sitä voidaan lyhentää tai pidentää asiakkaan
    tilanteen mukaan. Ensimmäisellä viikolla kotikuntoutustiimin fysioterapeutti tai toimintaterapeutti
    käy asiakkaan luona kahdesti. Ensikäynnillä arvioidaan toimintakyky, käydään läpi kodin
    turvallisuus ja apuvälineiden tarve sekä sovitaan asiakkaan kanssa hänen omat arjen tavoitteensa.
    Tavoitteet kirjataan asiakkaan omin sanoin, jotta ne ovat hänelle merkityksellisiä. Toisella käynnillä
    laaditaan harjoitusohjelma, jonka asiakas saa paperisena ja halutessaan myös videona tabletille.

    Viikoilla kaksi–neljä kotihoidon lähihoitajat tukevat harjoittelua jokaisella käynnillä. He eivät tee
    askareita asiakkaan puolesta, vaan kulkevat rinnalla: asiakas pukee itse, keittää itse kahvin ja
    harjoittelee portaissa kulkemista turvallisesti. Fysioterapeutti tekee vähintään kerran viikossa
    työparikäynnin lähihoitajan kanssa ja päivittää harjoitusohjelman. Harvaan asutuilla alueilla osa
    käynneistä korvataan kuvapuhelulla, jolloin asiakas tekee harjoitukset terapeutin ohjauksessa
    ruudun välityksellä.

    Viikoilla viisi ja kuusi arvioidaan, miten asiakkaan omat tavoitteet ovat toteutuneet, ja tehdään
    loppumittaus. Jos asiakas tarvitsee edelleen tukea, hänet ohjataan järjestöjen liikuntaryhmiin,
    muistiyhdistyksen vertaisryhmiin tai kuntoutuksen palvelualueen jatkokuntoutukseen. Kotihoidon
    palvelu- ja hoitosuunnitelma päivitetään jakson lopuksi niin, että siihen kirjataan, mitä asiakas
    tekee itse ja missä hän tarvitsee apua. Näin saavutettu toimintakyky ei katoa, kun jakso päättyy.

    Omaisia kutsutaan mukaan ensikäynnille ja loppuarviointiin. Omainen saa kotiharjoitteluoppaan ja
    puhelinnumeron, josta voi kysyä neuvoa arkipäivisin. Omaisten ohjauksessa korostetaan, että auttaminen
    ei aina tarkoita puolesta tekemistä, ja annetaan konkreettisia esimerkkejä siitä, miten arjen tilanteista
    voi tehdä harjoittelua.
    """)
    bold_line(d, "Yhteistyö järjestöjen ja oppilaitoksen kanssa")
    paras(d, """
    Järjestöt ovat projektissa tärkeä linkki kuntoutusjakson jälkeiseen aikaan. Eläkeläisten Liikuntaseura
    Kunto ry järjestää jo nyt kymmenellä paikkakunnalla tuolijumppa- ja kuntosaliryhmiä, ja projektin aikana
    sovitaan yhteisestä ohjauskäytännöstä: kotikuntoutustiimi voi varata asiakkaalle paikan ryhmästä
    ja seuran vapaaehtoinen soittaa asiakkaalle ennen ensimmäistä kertaa. Virtalan Muistiyhdistys ry tuo
    projektiin muistisairaiden ihmisten ja heidän läheistensä näkökulman. Yhdistys osallistuu
    kotiharjoitteluoppaan tekemiseen ja kouluttaa kuntoutusvastaavia muistisairaan ihmisen kohtaamisessa.

    Virtalan ammattikorkeakoulun fysioterapian ja sosionomikoulutuksen opiskelijat tekevät projektissa
    harjoittelujaksoja ja opinnäytetöitä. Suunnitteilla on kaksi opinnäytetyötä: toinen etäkuntoutuksen
    asiakaskokemuksesta ja toinen kuntoutusvastaavan roolin kehittymisestä. Opiskelijoiden mukanaolo tuo
    projektiin uutta tietoa ja samalla tulevat ammattilaiset tutustuvat kuntouttavaan työotteeseen jo
    opiskeluaikanaan.
    """)
    bold_line(d, "Tietosuoja ja asiakasturvallisuus")
    paras(d, """
    Projektissa käsitellään asiakastietoja vain hyvinvointialueen asiakastietojärjestelmässä. Arviointia
    varten poimittavat tiedot pseudonymisoidaan ennen kuin ne luovutetaan ulkoiselle arvioijalle.
    Asiakashaastatteluihin pyydetään kirjallinen suostumus, ja muistisairaiden asiakkaiden kohdalla
    huomioidaan läheisen osallistuminen suostumuksen antamiseen. Etäkuntoutuksessa käytetään vain
    hyvinvointialueen hyväksymää tietoturvallista videoyhteyttä. Kotikäynneillä arvioidaan kaatumisriski
    ja kodin turvallisuus, ja tarvittaessa asiakkaalle järjestetään apuvälineet ennen harjoittelun alkua.
    """)
    d.add_heading("5 Aikataulu", 1)
    tracked_par(d, [("n", "Projektin toteutusaika on "), ("d", "1.1.2027–31.12.2028"), ("i", "1.3.2027–28.2.2029"),
                    ("n", ". Aikataulua on siirretty, koska avustuspäätökset tehdään alkuvuodesta.")])
    paras(d, """
    Ensimmäinen puolivuotiskausi käytetään kuntoutuspolun ja koulutuksen suunnitteluun ja pilottiin.
    Toisena vuonna painopiste on laajentamisessa ja osaamisen vahvistamisessa, ja viimeinen puolivuotiskausi
    varataan toimintamallin vakiinnuttamiseen ja kuvaamiseen.
    """)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Vaihe", "2027 kevät", "2027 syksy", "2028", "2029 alku"]):
        c.text = h
    for row in [["Kuntoutuspolun suunnittelu ja pilotti", "x", "", "", ""],
                ["Koulutukset ja kuntoutusvastaavat", "x", "x", "x", ""],
                ["Laajennus koko alueelle", "", "x", "x", ""],
                ["Arviointi ja raportointi", "x", "x", "x", "x"],
                ["Vakiinnuttaminen ja mallin kuvaus", "", "", "x", "x"]]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    d.add_heading("6 Rahat", 1)
    paras(d, """
    Projektin kokonaiskustannusarvio on 684 000 euroa, josta haetaan valtionavustusta 80 prosenttia
    (547 200 euroa) ja hyvinvointialueen omarahoitus on 136 800 euroa. Suurin kuluerä ovat palkat:
    projektipäällikkö (100 %), kaksi kuntoutuksen asiantuntijaa (100 %) ja kotikuntoutustiimien
    lisäresurssi projektin ajan.
    """)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kuluerä (€)", "2027", "2028", "2029", "Yhteensä"]):
        c.text = h
    for row in [["Henkilöstökulut", "228 000", "262 000", "44 000", "534 000"],
                ["Koulutus ja materiaalit", "34 000", "28 000", "4 000", "66 000"],
                ["Ulkoinen arviointi", "12 000", "14 000", "8 000", "34 000"],
                ["Viestintä ja levittäminen", "8 000", "12 000", "6 000", "26 000"],
                ["Matkat ja etäkuntoutuksen laitteet", "14 000", "8 000", "2 000", "24 000"],
                ["Yhteensä", "296 000", "324 000", "64 000", "684 000"]]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    paras(d, """
    Viestintään ja levittämiseen on varattu 26 000 euroa sekä projektipäällikön työajasta noin viidennes.
    Lisäksi kuntoutusvastaavien työajasta varataan kaksi tuntia viikossa mallin juurruttamiseen omassa
    tiimissään; hyvinvointialue on sitoutunut vastaamaan tästä työajasta myös projektin jälkeen.
    """)

    d.add_heading("7 Miten arvioimme onnistumista?", 1)
    paras(d, """
    Arviointi on osa projektin arkea, ei erillinen loppurutistus. Projekti tekee itsearviointia koko
    toteutusajan, ja lisäksi hankimme ulkoisen arvioinnin kilpailutuksella (arvio 34 000 euroa). Ulkoinen
    arvioija tarkastelee erityisesti sitä, onko toimintamalli siirrettävissä muille hyvinvointialueille.
    Alla oleva taulukko kokoaa, miten kunkin tavoitteen toteutumista seurataan.
    """)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Tavoite", "Toimenpiteet", "Mittari / arviointimenetelmä", "Tiedonkeruun ajankohta"]):
        c.text = h
    rows = [
        ["1. Kuntoutus alkaa viimeistään kolmen vuorokauden kuluttua kotiutumisesta",
         "Työpaketti 1: kotiutumisen kuntoutuspolku, sähköinen lähete, kotikuntoutustiimit, etäkuntoutus",
         "Viive kotiutumisesta ensikäyntiin (asiakastietojärjestelmä); tavoitetaso: 80 % jaksoista alkaa ≤ 3 vrk",
         "Kuukausittain, lähtötaso maaliskuu 2027"],
        ["2. Kotihoidon henkilöstön kuntouttavan työotteen osaaminen vahvistuu",
         "Työpaketti 2: koulutus, kuntoutusvastaavat, työparikäynnit",
         "Osaamiskysely ennen ja jälkeen koulutuksen; havainnointi työparikäynneillä; koulutukseen osallistuneiden osuus",
         "Kysely huhtikuussa 2027 ja lokakuussa 2028"],
        ["3. Asiakkaat ja omaiset osallistuvat kuntoutuksen suunnitteluun ja toimintakyky paranee tai säilyy",
         "Työpaketti 3: omat arjen tavoitteet, omaisten ohjaus, asiakasraati, ohjaus järjestöjen ryhmiin",
         "RAI-mittaukset jakson alussa ja lopussa; asiakkaan oman tavoitteen saavuttaminen (GAS-asteikko); "
         "palautekysely asiakkaille ja omaisille; asiakasraadin kommentit",
         "Jokaisen jakson alussa ja lopussa; palaute jatkuvasti"],
    ]
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    paras(d, """
    Itsearvioinnin välineinä käytämme projektiryhmän kuukausittaisia reflektiopalavereja, joissa käydään läpi
    mittaritiedot ja työntekijöiden havainnot, sekä puolivuosittaista itsearviointityöpajaa ohjausryhmän
    kanssa. Henkilöstön kokemuksia kerätään lisäksi ryhmähaastatteluilla kahdesti projektin aikana.
    Asiakkaiden ääni kuuluu arvioinnissa palautekyselyn, asiakasraadin ja ulkoisen arvioijan tekemien
    asiakashaastattelujen (noin 20 haastattelua syksyllä 2028) kautta.

    Arviointitieto käsitellään ohjausryhmässä neljästi vuodessa, ja sen perusteella toimintaa korjataan. Jos
    esimerkiksi viivetavoite ei toteudu jollakin alueella, selvitetään syy yhdessä kotiutustiimin kanssa ja
    muutetaan lähetekäytäntöä. Väliraportti valmistuu maaliskuussa 2028 ja ulkoisen arvioijan
    loppuraportti tammikuussa 2029, jolloin sen tulokset ehtivät mukaan toimintamallin lopulliseen kuvaukseen.
    """)

    d.add_heading("8 Mitä odotamme syntyvän", 1)
    paras(d, """
    Projektin tuotoksena syntyy kuvattu ja testattu kotikuntoutuksen toimintamalli, joka sisältää
    kotiutumisen kuntoutuspolun, lähetekäytännön, kuntoutusvastaavien roolikuvauksen, koulutuskokonaisuuden
    sekä asiakkaan ja omaisen kotiharjoitteluoppaan. Toimintamalli kuvataan Innokylään.

    Odotamme, että projektin päättyessä kuntoutus alkaa selvästi nykyistä nopeammin, kotihoidon henkilöstö
    kokee osaavansa tukea asiakkaan omaa tekemistä ja asiakkaat kokevat olevansa oman arkensa asiantuntijoita.
    Vaikuttavuutta arvioidaan myös kotihoidon käyntimäärien kehityksenä kuntoutusjakson jälkeen, vaikka
    lopulliset vaikutukset ympärivuorokautisen hoidon tarpeeseen näkyvät vasta vuosien kuluttua.
    """)


    bold_line(d, "Vaikutukset asiakkaille, henkilöstölle ja palvelujärjestelmälle")
    paras(d, """
    Asiakkaan kannalta tärkein vaikutus on, että kotona asuminen on turvallisempaa ja mielekkäämpää, kun
    hän pystyy itse tekemään hänelle tärkeitä asioita. Moni asukaskahviloihin osallistunut kertoi, että
    oman postin hakeminen tai kahvin keittäminen itse on arvokkaampaa kuin mikään palvelu. Omaisten
    huoli vähenee, kun he tietävät, miten voivat tukea läheistään turvallisesti.

    Henkilöstön kannalta odotamme, että työ muuttuu mielekkäämmäksi, kun asiakkaiden edistyminen näkyy.
    Kuntoutusvastaavien verkosto tarjoaa lähihoitajille mahdollisuuden kehittyä työssään ja tuo
    kotihoitoon uuden asiantuntijaroolin. Tämä voi osaltaan helpottaa myös rekrytointia ja vähentää
    vaihtuvuutta, vaikka sen todentaminen projektin aikana ei ole mahdollista.

    Palvelujärjestelmän kannalta nopeasti alkava kuntoutus voi vähentää sairaalan uusintakäyntejä ja
    kotihoidon käyntien tarvetta. Seuraamme näitä tietoja suuntaa antavina ja vertaamme niitä
    lähtötasoon, mutta emme aseta niille projektin aikana tavoitelukua, koska niihin vaikuttavat monet
    muutkin tekijät.
    """)
    d.add_heading("9 Mitä jää, kun projekti loppuu?", 1)
    paras(d, """
    Tässä luvussa kerrotaan, miten projektin tulokset siirretään pysyviksi käytännöiksi ja kuka niistä
    vastaa projektin jälkeen. Olemme käyttäneet suunnittelussa juurruttamisen neljän V:n mallia, koska se
    auttaa muistamaan, että juurruttaminen ei ole yksi tapahtuma projektin lopussa vaan koko ajan
    etenevä prosessi, joka alkaa jo ennen kuin ensimmäinen asiakas on kuntoutusjaksolla.

    Emme halua, että toimintamalli jää hyllyyn. Siksi juurruttaminen on suunniteltu neljän V:n mallin
    mukaan ja se on aloitettu jo hakuvaiheessa: kotihoidon ja kuntoutuksen esihenkilöt ovat olleet mukana
    kirjoittamassa tätä suunnitelmaa, ja ikääntyneiden palvelujen johtoryhmä käsitteli suunnitelman
    10.11.2026 ja sitoutui mallin jatkamiseen, jos tulokset ovat hyviä.

    Viestintä: kerromme projektista alusta asti henkilöstön intrassa, tiimipalavereissa ja asukkaille
    hyvinvointialueen verkkosivuilla. Henkilöstön on tärkeää tietää heti projektin alussa, miksi työtapaa
    muutetaan.

    Variointi: malli muokataan kolmen alueen erilaisiin oloihin. Kaupunkialueella painottuvat lähikäynnit,
    harvaan asutuilla alueilla etäkuntoutus. Asiakasraati ja kuntoutusvastaavat testaavat materiaalit
    ennen käyttöönottoa, ja niitä muokataan palautteen perusteella.

    Valtavirtaistaminen: toimintamalli esitellään muille hyvinvointialueille kahdessa alueellisessa
    seminaarissa (2028) ja ikääntyneiden palvelujen valtakunnallisessa verkostossa. Koulutusmateriaali
    julkaistaan avoimesti, ja kaksi naapurialuetta on ilmoittanut kiinnostuksestaan kokeilla lähetekäytäntöä.

    Vakiinnuttaminen: kotikuntoutustiimit siirtyvät projektin päättyessä pysyviksi osaksi kuntoutuksen
    palvelualuetta. Vastuu toimintamallista siirtyy 1.3.2029 alkaen kuntoutuksen palvelualueen
    palvelupäällikölle (nykyisin Riikka Halttunen), joka vastaa myös mallin päivittämisestä.
    Kuntoutusvastaavien tehtävä kirjataan kotihoidon tehtäväkuvauksiin, ja koulutus liitetään
    uusien työntekijöiden perehdytysohjelmaan, josta vastaa kotihoidon johtaja. Hyvinvointialue on varannut
    talousarviosuunnitelmaansa vuodelle 2029 kotikuntoutustiimien palkkakulut.
    """)

    d.add_heading("10 Kuka tekee mitä", 1)
    paras(d, """
    Projektin hallinnoija on Virtalan hyvinvointialue. Projektia johtaa projektipäällikkö, joka aloittaa
    projektin ensimmäisenä päivänä; rekrytointi käynnistetään heti avustuspäätöksen jälkeen. Työpakettien vastuuhenkilöt ovat kotiutustiimin osastonhoitaja (TP1),
    kotihoidon kehittämispäällikkö (TP2) ja kuntoutuksen palvelualueen asiantuntija (TP3).

    Ohjausryhmään kuuluvat ikääntyneiden palvelujen johtaja (puheenjohtaja), kotihoidon johtaja, kuntoutuksen
    palvelupäällikkö, sairaalan ylilääkäri, vanhusneuvoston edustaja, järjestöjen edustaja sekä
    henkilöstön edustaja. Ohjausryhmä kokoontuu neljästi vuodessa. Yhteistyökumppaneina ovat Virtalan
    Muistiyhdistys ry, Eläkeläisten Liikuntaseura Kunto ry ja Virtalan ammattikorkeakoulu, jonka
    fysioterapiaopiskelijat tekevät opinnäytetöitä projektin aineistosta.
    """)


    bold_line(d, "Projektiryhmä ja työnjako")
    paras(d, """
    Projektiryhmään kuuluvat projektipäällikkö, kaksi kuntoutuksen asiantuntijaa (fysioterapeutti ja
    toimintaterapeutti) sekä työpakettien vastuuhenkilöt. Projektipäällikkö vastaa projektin
    kokonaisuudesta, taloudesta, raportoinnista rahoittajalle ja viestinnän koordinoinnista. Kuntoutuksen
    asiantuntijat suunnittelevat kuntoutusjakson sisällön, kouluttavat kuntoutusvastaavat ja tekevät
    työparikäyntejä erityisesti projektin alkuvaiheessa, jolloin kotikuntoutustiimit vasta aloittavat.

    Projektiryhmä kokoontuu viikoittain lyhyeen tilannepalaveriin ja kuukausittain pidempään
    kehittämispalaveriin, jossa käydään läpi seurantatiedot. Esihenkilöiden kanssa pidetään
    kuukausittain yhteinen katsaus, koska heidän tukensa on ratkaisevaa sille, että kuntouttavalle
    työotteelle annetaan aikaa käynneillä. Projektiryhmän työtä tukee hyvinvointialueen
    kehittämisyksikkö, joka neuvoo hankinnoissa, tietosuojassa ja raportoinnissa.

    Projektin henkilöstö sijoittuu kuntoutuksen palvelualueelle eikä erilliseen projektiyksikköön.
    Ratkaisu on tehty tarkoituksella: kun projekti päättyy, kotikuntoutustiimit jatkavat samassa
    organisaatiossa ja samojen esihenkilöiden alaisuudessa, eikä toimintaa tarvitse siirtää paikasta toiseen.
    """)
    d.add_heading("11 Riskit ja niihin varautuminen", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Riski", "Todennäköisyys", "Varautuminen"]):
        c.text = h
    for row in [["Fysioterapeuttien rekrytointi viivästyy", "Keskisuuri", "Aloitetaan rekrytointi heti päätöksen jälkeen; sijaisjärjestelyt kuntoutuksen palvelualueelta"],
                ["Kotihoidon kiire estää koulutuksiin osallistumisen", "Suuri", "Koulutukset työvuorosuunnitteluun ajoissa; verkkomateriaali omaan tahtiin"],
                ["Etäkuntoutus ei sovi kaikille asiakkaille", "Keskisuuri", "Lähikäynti aina vaihtoehtona; laitteiden käytön opastus omaisille"],
                ["Tietojärjestelmästä ei saada viivetietoa", "Pieni", "Varmistetaan raportointi tietohallinnon kanssa jo suunnitteluvaiheessa"]]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v


    paras(d, """
    Riskejä seurataan projektiryhmän kuukausipalaverissa ja ohjausryhmässä. Suurimpana riskinä pidämme
    kotihoidon kiirettä: jos käynneille ei ole aikaa, kuntouttava työote jää puheeksi. Siksi
    kotikuntoutustiimien lisäresurssi on budjetoitu projektin ajalle, ja esihenkilöiden kanssa sovitaan,
    että kuntoutusjaksolla olevien asiakkaiden käynteihin varataan tavallista pidempi aika. Jos
    rekrytoinnit viivästyvät, pilotti voidaan aloittaa yhdellä kotikuntoutustiimillä ja laajentaa
    vaiheittain. Etäkuntoutuksen laitteiden toimivuus testataan ennen käyttöönottoa viiden asiakkaan
    kanssa, ja omaisille järjestetään opastus. Muutokset aikatauluun tai sisältöön sovitaan aina
    ohjausryhmässä ja niistä ilmoitetaan rahoittajalle.
    """)
    d.add_heading("12 Viestintä", 1)
    paras(d, """
    Viestintäsuunnitelma laaditaan ensimmäisen kuukauden aikana. Sisäisessä viestinnässä käytetään intraa,
    esihenkilöinfoja ja kuntoutusvastaavien verkostoa. Ulkoisessa viestinnässä käytetään hyvinvointialueen
    verkkosivuja, paikallislehtiä, vanhusneuvostoa ja järjestöjen jäsenkirjeitä. Asiakkaille ja omaisille
    tehdään selkokielinen esite, jota jaetaan sairaalan osastoilla. Tuloksista kerrotaan
    loppuseminaarissa helmikuussa 2029 ja Innokylässä, ja projektin kokemuksista kirjoitetaan artikkeli
    alan ammattilehteen.
    """)


    paras(d, """
    Viestinnän kohderyhmät ja tavoitteet vaihtelevat projektin vaiheen mukaan. Alussa tärkeintä on, että
    kotihoidon ja sairaalan henkilöstö tietää, mitä muutos tarkoittaa heidän työssään ja keneen voi ottaa
    yhteyttä. Pilotin aikana kerromme asiakkaille ja omaisille, mitä kuntoutusjakso sisältää ja miten siihen
    pääsee, ja keräämme heiltä kokemuksia, joita voidaan kertoa eteenpäin omin sanoin. Laajennusvaiheessa
    painopiste siirtyy esihenkilöihin ja muihin alueisiin, jotta uudet tiimit tietävät, mitä odottaa.
    Viimeisenä puolivuotiskautena viestintä kohdistuu päättäjiin ja muihin hyvinvointialueisiin: kerromme,
    mitä tuloksia saatiin ja mitä mallin jatkaminen vaatii.

    Viestinnästä vastaa projektipäällikkö yhdessä hyvinvointialueen viestintäyksikön kanssa. Jokaisella
    alueella yksi kuntoutusvastaava toimii viestinnän yhteyshenkilönä, joka kerää tiimistään
    onnistumisia ja kysymyksiä. Henkilöstölle tehdään lyhyitä videoita, joissa lähihoitajat kertovat,
    miten kuntouttava työote näkyy heidän käynneillään. Kokemuksemme mukaan kollegan kertomus vakuuttaa
    paremmin kuin ohje, ja samalla videoita voidaan käyttää myös perehdytyksessä.
    """)
    d.add_heading("Liite 1. Kuntoutusvastaavan tehtävät", 1)
    paras(d, """
    Kuntoutusvastaava on kotihoidon lähihoitaja tai sairaanhoitaja, joka toimii oman tiiminsä
    kuntouttavan työotteen tukena. Tehtävään käytetään kaksi tuntia viikossa. Kuntoutusvastaava osallistuu
    projektin koulutukseen laajempana versiona, ja hänelle järjestetään kuukausittain verkostotapaaminen,
    jossa vaihdetaan kokemuksia eri alueiden välillä.

    Kuntoutusvastaavan tehtäviin kuuluu pitää tiimipalaverissa lyhyt kuntoutusosuus, jossa käydään läpi
    kuntoutusjaksolla olevat asiakkaat ja heidän tavoitteensa, auttaa kollegoita harjoitusohjelmien
    toteuttamisessa, perehdyttää uudet työntekijät kuntouttavaan työotteeseen ja välittää tietoa
    kotikuntoutustiimin ja oman tiimin välillä. Kuntoutusvastaava kerää myös tiiminsä havaintoja siitä,
    mikä mallissa toimii ja mikä ei, ja tuo ne projektiryhmän tietoon.

    Kuntoutusvastaavien ensimmäinen ryhmä koulutetaan kevään 2027 aikana pohjoisella alueella ja toinen
    ryhmä syksyllä 2027 muilla alueilla. Projektin lopussa jokaisessa kotihoidon tiimissä on kaksi
    koulutettua kuntoutusvastaavaa. Tehtävä kirjataan kotihoidon tehtäväkuvauksiin ennen projektin
    päättymistä, jotta sen jatkuminen ei riipu yksittäisten henkilöiden innostuksesta.
    """)
    d.add_heading("Liite 2. Valmisteluvaiheen tilaisuudet", 1)
    paras(d, """
    Valmistelun aikana järjestettiin seuraavat tilaisuudet: kotihoidon esihenkilöiden työpaja 14.3.2026,
    asukaskahvilat Pohjolan, Keskustan ja Etelärannan palvelukeskuksissa 6.–8.5.2026, vanhusneuvoston
    kokous 22.5.2026, sairaalan kotiutustiimin ja kuntoutuksen palvelualueen yhteinen tapaaminen
    2.9.2026 sekä järjestöjen kuulemistilaisuus 30.9.2026. Tilaisuuksissa nousi esiin erityisesti
    kotiutumisen jälkeisen ensimmäisen viikon merkitys, omaisten tiedontarve ja pitkien välimatkojen
    haasteet. Nämä havainnot on otettu huomioon toimintamallin suunnittelussa ja etäkuntoutuksen
    kokeilussa.

    Asukaskahviloissa osallistujat kertoivat, että sairaalasta kotiin palaaminen tuntuu usein
    turvattomalta, koska ei tiedä, kuka seuraavaksi ottaa yhteyttä. Moni toivoi, että joku tulisi käymään
    heti ensimmäisinä päivinä. Omaiset puolestaan kertoivat, että he tekevät paljon läheisensä puolesta,
    koska pelkäävät kaatumisia, eivätkä tiedä, millainen harjoittelu on turvallista. Kotihoidon
    esihenkilöt toivat esiin, että kuntouttava työote vaatii aikaa käynneillä, joten käyntien
    mitoitusta on tarkasteltava kuntoutusjakson aikana. Tämä on otettu huomioon projektin budjetissa
    kotikuntoutustiimien lisäresurssina.
    """)

    d.add_heading("Liite 3. Kuntouttavan työotteen koulutuskokonaisuus", 1)
    paras(d, """
    Koulutus koostuu neljästä lähipäivästä ja niiden välissä tehtävistä verkkotehtävistä. Ensimmäinen
    lähipäivä käsittelee kuntouttavan työotteen periaatteita: miksi asiakkaan oma tekeminen on tärkeää,
    miten toimintakyky heikkenee vuodelevossa ja miten tavoitteet asetetaan yhdessä asiakkaan kanssa.
    Toinen lähipäivä keskittyy liikkumisen ja siirtymisten turvalliseen ohjaamiseen, ja se toteutetaan
    käytännön harjoituksina kuntoutuksen palvelualueen tiloissa. Kolmas lähipäivä käsittelee
    päivittäisiä toimintoja, kuten pukeutumista, peseytymistä ja ruoanlaittoa, sekä apuvälineitä ja kodin
    muutostöitä. Neljännellä lähipäivällä käydään läpi osallistujien omat kokemukset työparikäynneiltä ja
    sovitaan, miten oppia jaetaan oman tiimin kanssa.

    Verkkotehtävät ovat lyhyitä, ja ne tehdään työajalla. Osallistujat kuvaavat esimerkiksi yhden
    asiakastilanteen, jossa he tukivat asiakasta tekemään itse, ja pohtivat, mikä tilanteessa auttoi.
    Verkkomateriaali jää hyvinvointialueen oppimisympäristöön, jossa se on projektin jälkeenkin kaikkien
    kotihoidon työntekijöiden käytettävissä. Koulutuksen suunnittelussa ovat mukana kuntoutuksen
    palvelualueen fysioterapeutit, ammattikorkeakoulun opettajat ja kaksi kotihoidon lähihoitajaa, jotta
    sisältö vastaa arjen tilanteita.

    Koulutukseen osallistuu projektin aikana arviolta 350 kotihoidon työntekijää. Koulutuksen aikataulu
    suunnitellaan yhdessä esihenkilöiden kanssa niin, että tiimistä on kerrallaan poissa enintään kaksi
    työntekijää. Yövuorossa työskenteleville järjestetään mahdollisuus osallistua iltapäivän
    ryhmään, ja koulutuspäivät tallennetaan niiltä osin kuin se on mahdollista.
    """)
    d.add_paragraph("Lisätietoja: kotihoidon kehittämispäällikkö Maija Koskela, p. 040 123 4567")
    d.save(out)

if __name__ == "__main__":
    import sys
    build(sys.argv[1])

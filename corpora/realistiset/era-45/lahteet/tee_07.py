"""07: Pitkä EAKR-hankesuunnitelma, ympäristö (luontopohjaiset hulevesiratkaisut), ammattikorkeakoulu
+ kolme kuntaa. Ei havaintoja. Piirteet: tekstiruutu kannessa, alaviitteet, ylä-/alatunnisteet,
kysymysotsikot isoin kirjaimin, tavoitteet proosana ja a)–d)-kappaleina, toimenpiteet ja mittarit
muualla eri sanoin, puolivuosisarakkeinen aikataulutaulukko ja vuosisarakkeinen budjetti
yhdistetyin otsikkosoluin, henkilöstötaulukossa pystysuunnassa yhdistetyt solut."""
from apu import *

doc = uusi(fontti="Calibri", koko=11)
tunnisteet(doc, yla="Järvilaakson ammattikorkeakoulu  |  Viherhule  |  Hankesuunnitelma, versio 2 (30.4.2026)",
           ala="Viherhule – luontopohjaiset hulevesiratkaisut pieniin taajamiin")

t = doc.add_paragraph()
r = t.add_run("HANKESUUNNITELMA")
r.bold = True
r.font.size = Pt(20)
lihava(doc, "Viherhule – luontopohjaiset hulevesiratkaisut pieniin taajamiin", koko=14)
kappale(doc, "Euroopan aluekehitysrahasto (EAKR), Uudistuva ja osaava Suomi 2021–2027, erityistavoite 2.4 "
             "(ilmastonmuutokseen sopeutuminen). Rahoittava viranomainen: Järvi-Suomen liitto.")
kappale(doc, "Päätoteuttaja: Järvilaakson ammattikorkeakoulu, tekniikan ja ympäristön yksikkö. "
             "Osatoteuttajat: Kuusirannan kaupunki, Pajulan kunta ja Ylä-Vieskan kunta.")
tekstiruutu(doc, [
    "Kesto: 1.9.2026–31.8.2029 (36 kk). Kokonaisbudjetti 612 400 €.",
    "Mitä tehdään: rakennetaan kolmeen pieneen taajamaan esimerkkikohteet, joissa sadevesi imeytetään ja "
    "viivytetään kasvillisuuden ja maaperän avulla putkiston sijaan, ja koulutetaan kuntien väki suunnittelemaan "
    "ja hoitamaan tällaisia ratkaisuja.",
    "Mitä jää: toimivat kohteet, osaavat kuntatoimijat, avoin ohjeisto ja asukkaat, jotka tietävät, mitä "
    "omalla tontilla voi tehdä.",
    "Yhteyshenkilö: projektipäällikkö Elina Vartiainen, elina.vartiainen@jvamk.fi",
], korkeus_pt=150, otsikko_teksti="HANKE LYHYESTI")

lihava(doc, "Sisällys")
for rivi in ["1 Johdanto", "2 Miksi hanketta tarvitaan?", "3 Mitä haluamme saada aikaan?", "4 Kenelle?",
             "5 Toteutus ja työpaketit", "6 Aikataulu", "7 Seuranta ja arviointi", "8 Tulokset ja vaikutukset",
             "9 Tulosten juurruttaminen ja hyödyntäminen", "10 Viestintä", "11 Organisointi ja henkilöstö",
             "12 Riskit", "13 Kustannusarvio ja rahoitus", "Liitteet"]:
    kappale(doc, rivi)
sivunvaihto(doc)

otsikko(doc, "1 JOHDANTO", 1)
kappale(doc, "Tämä hankesuunnitelma on Viherhule-hankkeen rahoitushakemuksen liite. Suunnitelma on laadittu "
             "Järvilaakson ammattikorkeakoulun ja kolmen kunnan yhteistyönä talven 2025–2026 aikana. Versio 2 "
             "sisältää rahoittajan ennakkoneuvottelussa 14.4.2026 pyytämät tarkennukset budjettiin ja "
             "juurruttamisen resursointiin.")

otsikko(doc, "2 MIKSI HANKETTA TARVITAAN?", 1)
p = kappale(doc, "Rankkasateet ovat Järvi-Suomessa yleistyneet. Ilmatieteen laitoksen havaintoasemilla yli 30 "
                 "millimetrin vuorokausisateita mitattiin 2010-luvulla keskimäärin kaksi kertaa useammin kuin "
                 "1980-luvulla")
alaviite(doc, p, "Ilmastohavainnot 1981–2020, alueelliset yhteenvedot. Luvut ovat kolmen lähimmän sääaseman keskiarvoja.")
p.add_run(", ja ilmastoskenaarioiden mukaan voimakkaat kesäsateet lisääntyvät edelleen vuosisadan puoliväliin "
          "mennessä. Pienissä taajamissa hulevedet johdetaan yhä pääosin putkiin ja ojiin, joiden mitoitus on "
          "tehty 1970- ja 1980-luvuilla. Kesällä 2023 Kuusirannan keskustassa kellareita tulvi kahdesti, ja "
          "Pajulan kunnan korjauskulut hulevesiverkostosta olivat vuonna 2024 noin 86 000 euroa.")
kappale(doc, "Luontopohjaiset ratkaisut, kuten viherpainanteet, biosuodatusalueet ja pienet hulevesikosteikot, "
             "viivyttävät ja puhdistavat vettä ja ovat usein putkiston laajentamista edullisempia. Suurissa "
             "kaupungeissa niitä on jo rakennettu paljon, mutta pienissä kunnissa ei ole ollut osaamista eikä "
             "kokemusta niiden suunnittelusta, hankinnasta ja hoidosta. Kun kunnassa on yksi kunnossapidon "
             "työnjohtaja ja osa-aikainen kaavoittaja, uutta ratkaisua ei uskalleta kokeilla ilman esimerkkiä.")
p = kappale(doc, "Lainsäädäntö velvoittaa kunnat huolehtimaan hulevesien hallinnasta asemakaava-alueilla")
alaviite(doc, p, "Hulevesisäännökset tulivat voimaan vuonna 2014 (maankäyttö- ja rakennuslain 13 a luku, nykyisin "
                 "alueidenkäyttölaki) samalla kun vesihuoltolakia muutettiin. Vastuu on kunnalla, ellei tehtävää ole "
                 "annettu vesihuoltolaitokselle.")
p.add_run(". Tehdyssä kyselyssä (Järvilaakson AMK, syksy 2025, 19 kuntaa) 14 kuntaa kertoi, ettei sillä ole "
          "hulevesiohjelmaa, ja 16 toivoi käytännön esimerkkejä luontopohjaisista ratkaisuista.")

otsikko(doc, "3 MITÄ HALUAMME SAADA AIKAAN?", 1)
kappale(doc, "Haluamme, että pienissä kunnissa luontopohjainen hulevesien hallinta on tavallinen "
             "vaihtoehto eikä kokeilu. Hankkeen päämäärä on, että hulevesiin liittyvät tulvaongelmat ja "
             "vesistöjen kuormitus vähenevät taajamissa, joissa niihin on tähän asti vastattu vain putkia "
             "suurentamalla. Tätä kohti etenemme neljän tavoitteen kautta:")
kappale(doc, "a) Kolmessa taajamassa on toimivat ja mitoitetut luontopohjaiset hulevesikohteet, joita kunnat ja "
             "muut voivat käydä katsomassa ja joista on mittaustietoa.")
kappale(doc, "b) Osatoteuttajakuntien kaavoittajat, rakennusvalvonta ja kunnossapito osaavat suunnitella, "
             "hankkia ja hoitaa luontopohjaisia ratkaisuja.")
kappale(doc, "c) Pienten kuntien käytössä on avoin suunnittelu- ja hoito-ohjeisto, joka pysyy ajan tasalla myös "
             "hankkeen jälkeen.")
kappale(doc, "d) Pilottitaajamien asukkaat ja taloyhtiöt tietävät, miten sadevettä voi hallita omalla tontilla, "
             "ja osa heistä ryhtyy toimeen.")

otsikko(doc, "4 KENELLE?", 1)
kappale(doc, "Hankkeen ensisijainen kohderyhmä ovat kolmen osatoteuttajakunnan teknisen toimen, "
             "kaavoituksen ja rakennusvalvonnan työntekijät, yhteensä noin 35 henkeä. Toinen kohderyhmä ovat "
             "muiden maakunnan pienten kuntien vastaavat viranhaltijat (15 kuntaa) sekä alueella toimivat "
             "maanrakennusurakoitsijat ja suunnittelutoimistot. Kolmas kohderyhmä ovat pilottitaajamien asukkaat "
             "ja taloyhtiöt, joita on yhteensä noin 4 200 taloutta.")
kappale(doc, "Lisäksi hanke palvelee ammattikorkeakoulun rakennus- ja ympäristötekniikan opiskelijoita, jotka "
             "tekevät kohteilla harjoitustöitä ja opinnäytetöitä.")

otsikko(doc, "5 TOTEUTUS JA TYÖPAKETIT", 1)
kappale(doc, "Hanke on jaettu viiteen työpakettiin. Työpaketit 1–4 vastaavat kukin yhtä luvun 3 tavoitteista, "
             "ja työpaketti 0 sisältää hallinnoinnin.")
otsikko(doc, "5.1 Työpaketti 0: Hallinnointi", 2)
kappale(doc, "Projektipäällikkö vastaa hankkeen taloudesta, raportoinnista, ohjausryhmän työskentelystä ja "
             "osatoteuttajien välisestä koordinaatiosta. Hankinnat tehdään ammattikorkeakoulun ja kuntien "
             "hankintaohjeiden mukaisesti.")
otsikko(doc, "5.2 Työpaketti 1: Esimerkkikohteet (tavoite a)", 2)
kappale(doc, "Jokaiseen kolmeen taajamaan suunnitellaan ja rakennetaan yksi esimerkkikohde: Kuusirannan "
             "keskustaan biosuodatusalue pysäköintialueen yhteyteen, Pajulaan viherpainannejakso "
             "asuinkadun varteen ja Ylä-Vieskaan pieni hulevesikosteikko koulun viereen. Kohteiden "
             "yleissuunnitelmat tehdään ammattikorkeakoulun asiantuntijoiden ja opiskelijoiden voimin "
             "ensimmäisen vuoden aikana, ja rakentaminen kilpailutetaan kunnissa.")
kappale(doc, "Kohteisiin asennetaan virtaama- ja vedenlaatumittarit, ja niistä kerätään tietoa kahden "
             "kasvukauden ajan. Mittaustiedon avulla nähdään, paljonko rakenteet viivyttävät ja puhdistavat vettä "
             "tämän alueen oloissa ja maaperillä.")
otsikko(doc, "5.3 Työpaketti 2: Kuntien osaaminen (tavoite b)", 2)
kappale(doc, "Kuntien työntekijät ovat mukana esimerkkikohteiden suunnittelussa alusta asti. Lisäksi "
             "järjestetään kuusi koulutuspäivää, joissa käydään läpi mitoitus, kasvillisuuden valinta, "
             "hankinta-asiakirjat ja hoito. Kunnossapidon työntekijät harjoittelevat hoitotöitä kohteilla "
             "käytännössä. Jokaisella kunnalla on hankkeen asiantuntija mentorina, jolta voi kysyä myös omien "
             "kaava- ja katusuunnitelmien hulevesiratkaisuista.")
otsikko(doc, "5.4 Työpaketti 3: Avoin ohjeisto (tavoite c)", 2)
kappale(doc, "Kohteista ja koulutuksista saadun kokemuksen pohjalta laaditaan suunnittelu- ja hoito-ohjeisto, "
             "jossa on mitoitusohjeet, tyyppipiirustukset, kasvilistat, hankinta-asiakirjamallit ja hoitokortit. "
             "Ohjeisto julkaistaan avoimella lisenssillä ammattikorkeakoulun julkaisusarjassa ja verkkosivulla, "
             "josta kuka tahansa voi ladata sen muokattavassa muodossa.")
otsikko(doc, "5.5 Työpaketti 4: Asukkaat mukaan (tavoite d)", 2)
kappale(doc, "Pilottitaajamissa järjestetään asukasiltoja ja kohteiden avoimia ovia, ja taloyhtiöille tarjotaan "
             "maksuton tonttikäynti, jossa katsotaan yhdessä, mihin katoilta ja pihoilta tuleva vesi menee. "
             "Kesällä järjestetään sadepuutarhatalkoita, joissa asukkaat rakentavat yhdessä pienen "
             "imeytyspainanteen jonkun pihaan tai yleiselle alueelle.")
tpt = [
    ["Työpaketti", "Keskeiset toimenpiteet", "Ajoitus", "Vastuutaho"],
    ["TP0 Hallinnointi", "Ohjausryhmä, raportointi, talous, hankinnat", "9/2026–8/2029", "JVAMK"],
    ["TP1 Esimerkkikohteet", "Yleissuunnitelmat, kilpailutus, rakentaminen, mittaukset", "9/2026–6/2029", "JVAMK, kunnat"],
    ["TP2 Kuntien osaaminen", "Yhteissuunnittelu, 6 koulutuspäivää, hoitoharjoitukset, mentorointi", "11/2026–5/2029", "JVAMK"],
    ["TP3 Avoin ohjeisto", "Ohjeiston kokoaminen, kommentointikierros, julkaisu", "1/2028–6/2029", "JVAMK"],
    ["TP4 Asukkaat mukaan", "Asukasillat, tonttikäynnit, sadepuutarhatalkoot", "3/2027–8/2029", "kunnat, JVAMK"],
]
taulukko(doc, tpt, leveydet=[3.8, 7.5, 2.8, 2.6], koko=9)

otsikko(doc, "6 AIKATAULU", 1)
kappale(doc, "Hanke toteutetaan 1.9.2026–31.8.2029. Alla olevassa taulukossa on työpakettien pääasiallinen "
             "ajoitus puolivuosittain (S = syksy, K = kevät ja kesä).")
aik = [
    ["Toimenpide", "2026", "2027", "", "2028", "", "2029"],
    ["", "S", "K", "S", "K", "S", "K"],
    ["Kohteiden yleissuunnitelmat", "x", "x", "", "", "", ""],
    ["Rakentaminen", "", "x", "x", "", "", ""],
    ["Mittaukset", "", "", "x", "x", "x", "x"],
    ["Koulutuspäivät ja mentorointi", "x", "x", "x", "x", "x", "x"],
    ["Ohjeisto", "", "", "", "x", "x", "x"],
    ["Asukastoiminta", "", "x", "x", "x", "x", "x"],
    ["Loppuseminaari (toukokuu 2029)", "", "", "", "", "", "x"],
]
taulukko(doc, aik, otsikkorivit=2, yhdista=[((0, 0), (1, 0)), ((0, 2), (0, 3)), ((0, 4), (0, 5))],
         leveydet=[6, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5], koko=9)

otsikko(doc, "7 SEURANTA JA ARVIOINTI", 1)
kappale(doc, "Hankkeen onnistumista seurataan tavoitteittain. Mittarit on valittu niin, että tieto kertyy "
             "hankkeen tavallisesta työstä eikä vaadi erillisiä selvityksiä.")
kappale(doc, " Esimerkkikohteiden toimivuutta mitataan virtaama- ja vedenlaatumittauksilla kahden "
             "kasvukauden ajan (viivytetyn veden määrä, kiintoaineen ja fosforin väheneminen). Lisäksi "
             "seurataan, kuinka monta kohdevierailua kohteille tehdään.", lihavaalku="Tavoite a.")
kappale(doc, " Kuntien työntekijät arvioivat omaa osaamistaan kyselyllä ennen ensimmäistä koulutuspäivää ja "
             "hankkeen lopussa. Koulutuspäivistä kerätään palaute. Seuraamme myös, kuinka moneen kuntien omaan "
             "kaava- tai katusuunnitelmaan luontopohjainen ratkaisu on hankkeen aikana otettu mukaan.",
        lihavaalku="Tavoite b.")
kappale(doc, " Ohjeiston käyttöä seurataan latausmäärillä ja kommentointikierroksen palautteella. Mittarina on "
             "myös niiden hankkeen ulkopuolisten kuntien määrä, jotka ilmoittavat käyttävänsä ohjeistoa.",
        lihavaalku="Tavoite c.")
kappale(doc, " Asukastilaisuuksien ja tonttikäyntien osallistujat lasketaan, ja tonttikäynnin saaneilta "
             "taloyhtiöiltä kysytään vuoden kuluttua, ovatko ne tehneet pihallaan muutoksia.",
        lihavaalku="Tavoite d.")
ind = [
    ["Mittari", "Lähtötaso", "Odotettu taso 8/2029"],
    ["Rakennetut esimerkkikohteet", "0", "3"],
    ["Koulutetut kuntien työntekijät", "0", "35"],
    ["Luontopohjaisen ratkaisun sisältävät kuntien suunnitelmat", "0", "6"],
    ["Ohjeiston käyttöön ottaneet muut kunnat", "0", "5"],
    ["Tonttikäynnit", "0", "40"],
]
taulukko(doc, ind, leveydet=[9, 3, 4], koko=9)
kappale(doc, "Hanketiimi tekee itsearvioinnin puolen vuoden välein ja raportoi sen ohjausryhmälle. Hankkeen "
             "loppuvaiheessa kevään 2029 aikana Järvilaakson AMK:n tutkimuspalveluiden hankkeen ulkopuolinen "
             "arvioija haastattelee kuntien työntekijöitä ja ohjausryhmää.")

otsikko(doc, "8 TULOKSET JA VAIKUTUKSET", 1)
kappale(doc, "Hankkeen konkreettisia tuloksia ovat kolme rakennettua ja mitattua esimerkkikohdetta, koulutetut "
             "kuntien työntekijät, avoin suunnittelu- ja hoito-ohjeisto sekä pilottitaajamien asukkaille "
             "tehdyt tonttikäynnit. Mittausaineisto julkaistaan avoimena datana.")
kappale(doc, "Pidemmällä aikavälillä odotamme, että pilottikunnissa ja ohjeiston käyttöön ottavissa kunnissa "
             "luontopohjaiset ratkaisut otetaan huomioon jokaisessa uudessa kaava- ja katusuunnitelmassa, "
             "tulvavahingot vähenevät ja taajamien vesistöjen kuormitus pienenee. Hanke tukee myös "
             "taajamien viihtyisyyttä ja luonnon monimuotoisuutta.")

otsikko(doc, "9 TULOSTEN JUURRUTTAMINEN JA HYÖDYNTÄMINEN", 1)
kappale(doc, "Juurruttaminen on rakennettu hankkeeseen alusta asti eikä jätetty viimeisille kuukausille. Jo "
             "hakuvaiheessa kaikki kolme kuntaa ovat sitoumuskirjeissään (liite 1) sitoutuneet siihen, että "
             "esimerkkikohteet siirtyvät kuntien omaisuudeksi ja kunnossapitoon heti valmistuttuaan ja että "
             "kuntien omat työntekijät osallistuvat suunnitteluun hankkeen ensimmäisestä kuukaudesta.")
kappale(doc, "Kerromme kohteista ja kokemuksista kuntien henkilöstölle ja luottamushenkilöille koko hankkeen "
             "ajan, jotta päätöksentekijät tuntevat ratkaisut ennen kuin niitä esitetään talousarvioihin.",
        lihavaalku="Tieto päättäjille ja henkilöstölle. ")
kappale(doc, "Ohjeistosta tehdään kuntien suunnittelijoille tarkoitetun version lisäksi kevyt versio "
             "taloyhtiöille ja omakotiasukkaille sekä urakoitsijoille tarkoitettu työmaaohje, koska samaa asiaa "
             "tarvitaan hyvin erilaisissa tilanteissa.", lihavaalku="Eri käyttäjille omat versiot. ")
kappale(doc, "Hankkeen kolmantena vuonna kaksi maakunnan muuta pientä kuntaa saa hankkeen mentorin tuen "
             "oman ensimmäisen luontopohjaisen kohteensa suunnitteluun. Ohjeisto esitellään maakunnan "
             "kuntatekniikan päivillä.", lihavaalku="Kokeilu hankkeen ulkopuolella. ")
kappale(doc, "Kunnat kirjaavat esimerkkikohteiden hoidon kunnossapito-ohjelmiinsa ja luontopohjaiset "
             "ratkaisut rakentamistapaohjeisiinsa. Ammattikorkeakoulu liittää aiheen rakennus- ja "
             "ympäristötekniikan opetussuunnitelmaan lukuvuodesta 2028–2029 alkaen.",
        lihavaalku="Osaksi pysyviä käytäntöjä. ")
kappale(doc, "Esimerkkikohteiden hoidosta hankkeen jälkeen vastaavat Kuusirannan kaupungin kuntatekniikan "
             "päällikkö, Pajulan kunnan tekninen johtaja ja Ylä-Vieskan kunnan kunnossapitoinsinööri. Ohjeiston "
             "päivittämisestä vastaa Järvilaakson ammattikorkeakoulun vesitekniikan yliopettaja osana "
             "tutkimus- ja opetustyötään, ja ohjeisto tarkistetaan kahden vuoden välein.",
        lihavaalku="Vastuut hankkeen jälkeen. ")
kappale(doc, "Juurruttamiseen on varattu projektipäällikön työajasta 15 prosenttia koko hankkeen ajan ja "
             "kolmantena vuonna 30 prosenttia sekä budjetissa oma 12 000 euron rivi ohjeiston versioihin, "
             "mentorointiin ja kuntatekniikan päiville.", lihavaalku="Resurssit. ")

otsikko(doc, "10 VIESTINTÄ", 1)
kappale(doc, "Hankkeella on oma sivu ammattikorkeakoulun verkkosivuilla, ja kunnat kertovat kohteista omissa "
             "kanavissaan ja asukastiedotteissa. Kohteille tehdään opastaulut. Ammattilaisille viestitään "
             "kuntatekniikan päivillä, Kuntaliiton hulevesiverkostossa ja alan ammattilehdissä. Ohjeisto "
             "julkaistaan ammattikorkeakoulun avoimessa julkaisuarkistossa ja loppuseminaarissa toukokuussa 2029.")

otsikko(doc, "11 ORGANISOINTI JA HENKILÖSTÖ", 1)
kappale(doc, "Hanketta hallinnoi Järvilaakson ammattikorkeakoulu. Ohjausryhmään kuuluvat kunkin kunnan "
             "teknisen toimen edustaja, Järvi-Suomen liiton ja ELY-keskuksen vesitalousasiantuntijat, "
             "alueellisen vesihuoltolaitoksen edustaja sekä ammattikorkeakoulun tutkimusjohtaja. Ohjausryhmä "
             "kokoontuu kolme kertaa vuodessa.")
hen = [
    ["Organisaatio", "Tehtävä", "Työaika"],
    ["Järvilaakson AMK", "Projektipäällikkö", "100 %"],
    ["", "Vesitekniikan asiantuntija", "60 %"],
    ["", "Maisemasuunnittelija", "40 %"],
    ["", "Opiskelijaharjoittelijat (kesät)", "3 × 3 kk"],
    ["Kunnat (3)", "Yhteyshenkilö kustakin kunnasta", "10 %"],
]
taulukko(doc, hen, yhdista=[((1, 0), (4, 0))], leveydet=[5, 7, 3], koko=9)

otsikko(doc, "12 RISKIT", 1)
ris = [
    ["Riski", "Miten varaudumme"],
    ["Rakentamisen kilpailutus viivästyy tai tarjoukset ylittävät arvion", "Kilpailutus aloitetaan heti "
     "yleissuunnitelmien valmistuttua; kohteet mitoitetaan niin, että niitä voi tarvittaessa supistaa."],
    ["Kuiva kesä, jolloin mittausaineistoa ei kerry", "Mittaukset kahden kasvukauden ajan; lisäksi keinotekoiset "
     "kuormituskokeet vesisäiliöautolla."],
    ["Kuntien henkilöstö vaihtuu", "Kustakin kunnasta mukaan vähintään kaksi työntekijää; ohjeisto ja "
     "hoitokortit kirjallisina."],
]
taulukko(doc, ris, leveydet=[6, 10.5], koko=9)

otsikko(doc, "13 KUSTANNUSARVIO JA RAHOITUS", 1)
bud = [
    ["Kustannuslaji", "Vuosi", "", "", "", "Yhteensä"],
    ["", "2026", "2027", "2028", "2029", ""],
    ["Henkilöstökustannukset", "41 200", "124 600", "126 300", "84 100", "376 200"],
    ["Ostopalvelut (mm. mittalaitteiden asennus, taitto)", "3 000", "14 500", "9 000", "6 500", "33 000"],
    ["Rakentaminen (kuntien hankinnat)", "0", "96 000", "24 000", "0", "120 000"],
    ["Juurruttaminen (ohjeiston versiot, mentorointi, kuntatekniikan päivät)", "0", "2 000", "4 000", "6 000", "12 000"],
    ["Matkat ja muut kustannukset", "2 400", "6 800", "6 800", "4 200", "20 200"],
    ["Välilliset kustannukset (flat rate)", "3 250", "10 850", "10 450", "6 450", "31 000"],
    ["Rakentamisen lisätyöt ja varaus", "0", "12 000", "8 000", "0", "20 000"],
    ["Yhteensä", "49 850", "266 750", "188 550", "107 250", "612 400"],
]
taulukko(doc, bud, otsikkorivit=2, yhdista=[((0, 0), (1, 0)), ((0, 1), (0, 4)), ((0, 5), (1, 5))],
         leveydet=[6.5, 2, 2, 2, 2, 2.2], koko=9)
kappale(doc, "Rahoitus: EAKR- ja valtion rahoitus 70 % (428 680 €), kuntien rahoitus 20 % (122 480 €) ja "
             "Järvilaakson ammattikorkeakoulun omarahoitus 10 % (61 240 €).")

otsikko(doc, "Liitteet", 1)
luettelo(doc, ["Liite 1 Kuntien sitoumuskirjeet (Kuusiranta 2.3.2026, Pajula 9.3.2026, Ylä-Vieska 11.3.2026)",
               "Liite 2 Esimerkkikohteiden alustavat sijainnit",
               "Liite 3 Kuntakyselyn tulokset (syksy 2025)"])

tallenna(doc, "07_hankesuunnitelma_hulevedet.docx", tekija="Elina Vartiainen",
         otsikko_meta="Viherhule hankesuunnitelma")

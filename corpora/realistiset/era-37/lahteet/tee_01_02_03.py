import sys
from apu import *
OUT = sys.argv[1]

# ---------- 01 arviointisuunnitelma, Kohtaamo (hyvä) ----------
d = uusi()
d.add_heading("Kohtaamo-hankkeen arviointisuunnitelma", 0)
kpl(d, "Nuorten Tuki ry | STEA-rahoitteinen kehittämishanke | Versio 2, päivitetty 14.1.2026")
h(d, "Mistä hankkeessa on kyse ja kenelle se on?")
kpl(d, "Meidän yhdistys on pyörittänyt Rantalan Kalliorinteellä nuorten iltatoimintaa jo vuodesta 2015. "
       "Vuoden 2024 kouluterveyskyselyssä noin joka viides alueen nuori kertoi, ettei hänellä ole ketään, "
       "jonka kanssa puhua omista asioista, ja tämä luku on kasvanut. Kohtaamo-hanke käynnistyy 1.3.2026 ja "
       "päättyy 28.2.2029. Hanke on tarkoitettu 16–25-vuotiaille kalliorinteläisille nuorille, erityisesti niille, "
       "jotka eivät ole koulussa tai töissä tai jotka jäävät muuten helposti kaiken ulkopuolelle. Toinen tärkeä "
       "ryhmä ovat alueen koulujen kuraattorit ja nuorisotyöntekijät, joiden kautta nuoret löytävät meidät.")
h(d, "Mitä haluamme saada aikaan?")
kpl(d, "Ensinnäkin haluamme, että nuori saa keskusteluapua silloin kun sitä tarvitsee, myös iltaisin, ilman ajanvarausta tai lähetettä.")
kpl(d, "Toiseksi tavoitteena on, että nuorten kokema yksinäisyys vähenee ja heillä on hankkeen jälkeen enemmän ihmisiä, joihin tukeutua.")
kpl(d, "Kolmanneksi haluamme, että alueen koulut ja nuorisopalvelut osaavat ohjata nuoria meille ja että ohjaaminen on sujuvaa.")
h(d, "Mitä teemme ja miten tiedämme onnistuneemme?")
kpl(d, "Iltojen keskusteluavun turvaamme niin, että kohtaamopiste on auki tiistaista torstaihin klo 16–21 ja "
       "chat-päivystys toimii samoina iltoina. Tätä seuraamme laskemalla käynnit ja chat-keskustelut kuukausittain, ja "
       "jokaisen keskustelun lopuksi nuori voi vastata kolmen kysymyksen palautekyselyyn (oliko apua, tulisitko uudestaan, mitä jäi puuttumaan).")
kpl(d, "Yksinäisyyttä lievitämme pienryhmillä: kokkikerho, pelikerho ja keväisin retkiryhmä, joissa on korkeintaan kahdeksan nuorta. "
       "Ryhmiin tulevilta kysytään alussa lyhyellä yksinäisyysmittarilla (UCLA-3), miten he kokevat ystävyyssuhteensa, ja sama mittari "
       "toistetaan puolen vuoden kuluttua. Lisäksi haastattelemme vuosittain 6–8 ryhmäläistä siitä, mitä porukka on heille merkinnyt.")
kpl(d, "Ohjauspolkuja rakennetaan pitämällä kuraattorien ja nuorisopalvelujen kanssa yhteistyöpalaveri joka lukukausi ja tekemällä "
       "yhdessä ohjauskortti, jonka ammattilainen voi antaa nuorelle. Seuraamme, kuinka moni nuori tulee kumppanin ohjaamana "
       "(kirjaamme tulotavan ensikäynnillä), ja kumppaneille tehdään kerran vuodessa lyhyt sähköinen kysely yhteistyön toimivuudesta.")
lihava(d, "Kuka arvioi?")
kpl(d, "Hanketiimi tekee itsearviointia koko hankkeen ajan: kerran puolessa vuodessa pidämme arviointipäivän, jossa käydään läpi "
       "tilastot, palautteet ja omat havaintopäiväkirjat ja mietitään mitä pitää muuttaa. Ulkoisen arvioinnin tekee "
       "Tutkimusosuuskunta Kaarna, jonka kanssa on sovittu väliarvioinnista ja loppuarvioinnista. Nuorten äänen saamme mukaan "
       "myös nuorten raadin kautta: raati kokoontuu neljästi vuodessa ja saa kommentoida arvioinnin tuloksia ennen kuin ne viedään ohjausryhmälle.")
h(d, "Milloin tietoa kerätään?")
taulukko(d, [["Mitä", "Milloin"],
             ["Ryhmäläisten alkumittaus", "huhtikuu 2026 ja jokaisen uuden ryhmän alussa"],
             ["Kumppanikysely", "marraskuu 2026, marraskuu 2027, marraskuu 2028"],
             ["Ulkoinen väliarviointi", "syksy 2027"],
             ["Ulkoinen loppuarviointi ja nuorten haastattelut", "syys–joulukuu 2028"],
             ["Tilastojen koonti", "kuukausittain koko hankkeen ajan"]])
h(d, "Mihin arviointitietoa käytetään?")
kpl(d, "Arvioinnin tulokset käsitellään ohjausryhmässä kahdesti vuodessa ja niiden perusteella muutetaan toimintaa, esimerkiksi "
       "aukioloaikoja tai ryhmien teemoja. Tulokset raportoidaan STEA:lle vuosiselvityksissä, ja loppuarvioinnin raportti "
       "julkaistaan yhdistyksen verkkosivuilla ja toimintamalli kuvataan Innokylään.")
kpl(d, "Toiminnan jatkuminen on ollut mielessä alusta asti. Jo hakuvaiheessa sovimme Rantalan kaupungin nuorisopalvelujen kanssa, "
       "että nuorisopalvelujen päällikkö istuu ohjausryhmässä ja että arviointitieto käytetään, kun kaupunki päättää vuonna 2028, "
       "ottaako se iltapäivystyksen osaksi omaa nuorisotyötään. Hankkeen alussa kirjaamme yhdessä kaupungin kanssa, millä tiedolla "
       "päätös tehdään, jotta arviointi kerää juuri sitä.")
d.save(f"{OUT}/01_arviointisuunnitelma_kohtaamo.docx")

# ---------- 02 loppuraportti, Lukuiloa (hyvä, PDF) ----------
d = uusi()
d.add_heading("Loppuraportti: Lukuiloa lähikirjastoihin -hanke", 0)
h(d, "1. Taustatiedot")
kpl(d, "Toteuttaja: Oravalan kaupunginkirjasto yhdessä Lukukeskus Sanaseppo ry:n kanssa")
kpl(d, "Hanke: Lukuiloa lähikirjastoihin, opetus- ja kulttuuriministeriön erityisavustus, määrärahapäätöksen Dnro OKM/418/523/2024")
kpl(d, "Hankkeen kesto: 1.8.2024–31.7.2026")
h(d, "2. Mihin hanke liittyi ja mitä tavoittelimme?")
kpl(d, "Hanke kuului ministeriön lukutaidon edistämisen teemaan. Me halusimme, että alakouluikäiset lapset löytäisivät taas "
       "lähikirjastot ja että lukeminen olisi heille vapaa-ajan juttu eikä vain koulutehtävä. Toinen tavoite oli, että kirjaston "
       "henkilökunta osaisi vetää lukupiirejä ja vinkkaustuokioita itse, ilman ulkopuolisia vetäjiä.")
h(d, "3. Hankkeen toteutus")
kpl(d, "Käytännössä teimme kolmea asiaa. Syksystä 2024 alkaen kolmessa lähikirjastossa (Keskusta, Harju ja Niittylä) kokoontui "
       "viikoittainen lukupiiri 8–12-vuotiaille, yhteensä 11 piiriä kahden vuoden aikana. Keväällä 2025 kävimme kirjavinkkaamassa "
       "kaikissa kaupungin kahdeksassa alakoulussa. Lisäksi Sanaseppo koulutti kirjaston väkeä neljänä koulutuspäivänä. "
       "Suunnitelmasta poikettiin sen verran, että Niittylän piiri aloitti vasta tammikuussa 2025, koska tilaremontti viivästyi.")
kpl(d, "Kirjastotoimenjohtaja oli ohjausryhmän puheenjohtaja ja kävi itse parissa piirissä, mikä näkyi henkilökunnan innostuksessa. "
       "Menetelminä käytimme lukupiirejä, kirjavinkkausta, lukudiplomia ja lasten omia kirja-arvosteluja kirjaston somessa. "
       "Omat työntekijät osasivat parhaiten paikalliset lapset, ulkopuolinen kouluttaja taas toi uusia vinkkaustapoja.")
lihava(d, "Millaisia ongelmia ilmeni ja miten ne ratkaistiin?")
kpl(d, "Suurin ongelma oli Niittylän tilojen viivästys; ratkaisimme sen pitämällä piiriä syksyn ajan koulun kirjastossa. "
       "Toinen hankaluus oli poikien vähäinen osallistuminen alussa, mihin auttoi sarjakuva- ja peliteemaiset kerrat.")
lihava(d, "Miten kustannusarvio toteutui?")
kpl(d, "Kustannusarvio oli 86 000 euroa ja toteutuneet kulut 83 450 euroa. Säästö syntyi matkakuluista, kun osa koulutuksista pidettiin etänä.")
t = taulukko(d, [["Kustannuslaji", "Arvio €", "Toteuma €"],
                 ["Henkilöstökulut", "62 000", "61 200"],
                 ["Koulutukset ja vetäjät", "14 000", "14 300"],
                 ["Materiaalit ja matkat", "10 000", "7 950"],
                 ["Yhteensä", "86 000", "83 450"],
                 ["Omarahoitusosuus 20 % sisältyy lukuihin", "", ""]])
t.cell(5, 0).merge(t.cell(5, 2))
h(d, "4. Tulokset ja vaikuttavuus")
lihava(d, "Miten tavoitteet toteutuivat?")
kpl(d, "Lukupiireissä kävi kahden vuoden aikana 164 eri lasta, ja lasten lainausmäärät kolmessa lähikirjastossa kasvoivat 18 %. "
       "Henkilökunnasta yhdeksän on nyt vetänyt piiriä itsenäisesti, eli toinenkin tavoite toteutui.")
lihava(d, "Mitä yllättävää tuli?")
kpl(d, "Vanhemmat alkoivat lainata itsekin enemmän, kun he tulivat hakemaan lapsia piiristä. Sitä emme osanneet odottaa.")
lihava(d, "Miten toteutusta ja tuloksia arvioitiin?")
kpl(d, "Keräsimme lapsilta palautteen hymiökyselyllä jokaisen piirikauden lopussa, seurasimme lainaustilastoja ja "
       "haastattelimme henkilökuntaa. Sanaseppo teki lisäksi lyhyen ulkoisen arvion koulutuksista.")
lihava(d, "Mitä pysyvää syntyi ja miten vaikutukset näkyvät?")
kpl(d, "Lukupiiri on nyt kirjaston vakituista toimintaa ja se on kirjattu kirjaston toimintasuunnitelmaan. Asiakkaille tämä "
       "näkyy niin, että lähikirjastossa on aina joku, joka tuntee lasten kirjat.")
h(d, "5. Kehitysajatukset")
kpl(d, "Jatkamme piirejä omalla väellä, ja vuoden 2027 talousarvioon on varattu vetäjien työaika. Uudistumiskykyä pidämme yllä "
       "niin, että lapset saavat joka kausi itse ehdottaa teemoja.")
h(d, "6. Suositukset muille kirjastoille")
kpl(d, "Suosittelemme kokeilemaan lasten omia kirja-arvosteluja somessa, ne olivat halpa ja hauska tapa saada lapset innostumaan. "
       "Hankkeita suunnittelevien kannattaa varata tilat hyvissä ajoin ja ottaa henkilökunta mukaan suunnitteluun heti alussa.")
h(d, "7. Tiivistelmä")
kpl(d, "Lukuiloa lähikirjastoihin -hanke (1.8.2024–31.7.2026) toi viikoittaiset lukupiirit kolmeen Oravalan lähikirjastoon ja "
       "kirjavinkkauksen kaikkiin alakouluihin. Piireissä kävi 164 lasta, lasten lainaus kasvoi 18 % ja yhdeksän kirjaston "
       "työntekijää vetää nyt piirejä itsenäisesti. Lukupiiri jatkuu kirjaston vakituisena toimintana.")
h(d, "8. Raportin päivämäärä ja yhteystiedot")
kpl(d, "Raportti laadittu 15.9.2026.")
kpl(d, "Yhteyshenkilö: Sanna Lehtikangas, lastenkirjastonhoitaja, Oravalan kaupunginkirjasto, sanna.lehtikangas@oravala.fi, p. 040 123 4567")
d.save(f"{OUT}/02_loppuraportti_lukuiloa.docx")

# ---------- 03 arviointisuunnitelma, Liikkuva seniori (PDF; ei ulkoista, tavoite 3 ilman mittaria) ----------
d = uusi()
d.add_heading("Arviointisuunnitelma – Liikkuva seniori 2026–2027", 0)
kpl(d, "Hirvelän Eläkeläiset ry, Hirvelän kaupungin kehittämisavustus (avustusohjelma 2025–2028)")
lihava(d, "Tausta ja kohderyhmä")
kpl(d, "Yhdistyksessä on noin 340 jäsentä, ja jäsenkyselyssä syksyllä 2025 moni kertoi, että liikkuminen on vähentynyt koronavuosien "
       "jälkeen eikä ole palannut ennalleen. Hanke toteutetaan 1.1.2026–31.12.2027 ja se on suunnattu yli 70-vuotiaille "
       "hirveläläisille, jotka asuvat kotona ja liikkuvat nyt vähän. Mukaan toivotaan myös muita kuin yhdistyksen jäseniä.")
lihava(d, "Tavoitteet")
for t_ in ["Ikäihmisten arkiliikunta lisääntyy ja tasapaino paranee.",
           "Osallistujat löytävät liikkumisesta uusia sosiaalisia suhteita.",
           "Yhdistyksen vapaaehtoisten liikuntavetäjien määrä kasvaa."]:
    kpl(d, t_, "List Number")
lihava(d, "Miten toimitaan ja miten seurataan?")
kpl(d, "Arkiliikunnan lisäämiseksi järjestämme kaksi kertaa viikossa kävelyryhmän ja kerran viikossa tuolijumpan kolmessa "
       "kylätalossa. Tasapainoa ja liikkumista mittaamme fysioterapeutin tekemällä lyhyellä testillä (tuolilta nousu ja yhdellä "
       "jalalla seisominen) ryhmän alussa ja kuuden kuukauden kohdalla, ja osallistujat täyttävät liikuntapäiväkirjaa kuukauden ajan "
       "alussa ja lopussa.")
kpl(d, "Ryhmien jälkeen juodaan aina kahvit yhdessä, ja kerran kuukaudessa on retki. Sitä, onko porukasta tullut uusia tuttuja, "
       "kysymme osallistujilta palautelomakkeella kevään ja syksyn lopussa sekä muutamassa ryhmäkeskustelussa.")
kpl(d, "Vetäjiä koulutamme yhdessä Hirvelän kansalaisopiston kanssa: kaksi vetäjäkoulutusta vuodessa, ja uudet vetäjät pääsevät "
       "ensin kokeneen vetäjän pariksi.")
lihava(d, "Kuka arvioi ja milloin?")
kpl(d, "Arvioinnin teemme itse. Hankkeen työntekijä ja vapaaehtoisista koottu arviointiporukka käyvät tulokset läpi kahdesti "
       "vuodessa, kesäkuussa ja joulukuussa, ja miettivät, mitä ryhmissä muutetaan. Alkutestit tehdään helmi–maaliskuussa 2026 ja "
       "toistot syyskuussa 2026 ja syyskuussa 2027. Palautelomakkeet kerätään touko- ja marraskuussa.")
lihava(d, "Mihin tietoa käytetään ja miten toiminta jatkuu?")
kpl(d, "Tulokset kerrotaan yhdistyksen hallitukselle ja kaupungin liikuntapalveluille, ja niistä kirjoitetaan juttu paikallislehteen ja "
       "yhdistyksen jäsenkirjeeseen. Jatkoa on mietitty jo hakuvaiheessa: kaupungin liikuntapalvelujen liikuntasuunnittelija on "
       "mukana ohjausryhmässä hankkeen alusta asti, ja arvioinnin tuloksilla perustellaan, että kävelyryhmät siirtyvät hankkeen "
       "jälkeen liikuntapalvelujen senioriohjelmaan.")
d.save(f"{OUT}/03_arviointisuunnitelma_liikkuva_seniori.docx")

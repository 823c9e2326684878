"""07: Kaupungin ruokapalvelujen lähiruokahankkeen arviointisuunnitelma. Muutosten jäljitys siirtää kaksi
päivämäärää hankeajan sisään (poistettu teksti ei ole sisältöä), sisältökomponentti versiokentässä,
yhdistetyt otsikot ("Tavoitteet ja niiden seuranta")."""
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from apu import *

OUT = "/tmp/batches/era-42/07_arviointisuunnitelma_lahiruoka.docx"
d = uusi()
yla_ala(d, yla="Sarvijärven kaupunki, ruokapalvelut – Lähiruokaa lautaselle – arviointisuunnitelma",
        ala="Tallennettu 2.10.2025 – muutokset näkyvissä")

d.add_heading("Arviointisuunnitelma: Lähiruokaa lautaselle", 0)
p = d.add_paragraph("Versio: ")
sdt_ajo(p, "2.0 (2.10.2025), ohjausryhmän kommentit huomioitu", "Versio")
p = d.add_paragraph("Laatija: ")
sdt_ajo(p, "hankekoordinaattori Anu Kettunen", "Laatija")

d.add_heading("1 Hanke lyhyesti ja kohderyhmät", 1)
kappale(d, "Lähiruokaa lautaselle on Sarvijärven kaupungin ruokapalvelujen ja Ammattiopisto Rantalan yhteinen "
           "maaseudun kehittämishanke, jota rahoittaa Salmenkaaren ELY-keskus. Hankeaika on 1.9.2025–31.8.2027. "
           "Kaupungin ruokapalvelut valmistavat päivittäin noin 4 200 ateriaa kouluihin, päiväkoteihin ja "
           "palvelutaloihin. Vuonna 2024 lähiruoan osuus elintarvikehankinnoista oli 18 %.")
kappale(d, "Kohderyhmät ovat kaupungin 14 keittiön henkilöstö (noin 60 työntekijää), ruokailijat eli koululaiset, "
           "päiväkotilapset ja palvelutalojen asukkaat, seudun noin 20 ruoantuottajaa sekä Ammattiopisto Rantalan "
           "kokkiopiskelijat.")

d.add_heading("2 Tavoitteet ja niiden seuranta", 1)
kappale(d, "Hankkeella on kolme tavoitetta. Kunkin kohdalla kerrotaan, mitä tehdään ja miten onnistumista arvioidaan.")
kappale(d, "1. Lähiruoan osuus kaupungin ruokapalvelujen elintarvikehankinnoista nousee 18 %:sta 30 %:iin. "
           "Toimenpiteet: hankinnat jaetaan pienempiin osiin, tuottajille järjestetään hankintainfoja ja otetaan käyttöön "
           "dynaaminen hankintajärjestelmä. Arviointi: hankintatilastot puolivuosittain ja tuottajien haastattelut.")
kappale(d, "2. Keittiöhenkilöstö osaa käyttää lähiraaka-aineita ja suunnitella kausiruokalistoja. Toimenpiteet: neljä "
           "koulutuspäivää, keittiöiden väliset vierailut ja kokkiopiskelijoiden kanssa kehitetyt kausireseptit. "
           "Arviointi: henkilöstökysely hankkeen alussa ja lopussa sekä koulutuspäivien palaute; mittarina niiden "
           "keittiöiden määrä, joilla on käytössä kausiruokalista (tavoite 14/14).")
kappale(d, "3. Ruokailijat tietävät, mistä ruoka tulee, ja ovat tyytyväisiä lähiruokapäiviin. Toimenpiteet: "
           "lähiruokapäivä kerran kuukaudessa ja tuottajien vierailut kouluissa. Arviointi: koululaisten makuraadit, "
           "palvelutalojen asukkaiden haastattelut ja lautashävikin punnitus lähiruokapäivinä.")

d.add_heading("3 Arvioinnin toteutus: itsearviointi ja ulkoinen arviointi", 1)
kappale(d, "Itsearvioinnista vastaa hanketiimi yhdessä keittiöiden esihenkilöiden kanssa. Tiimi kokoontuu kahden kuukauden "
           "välein käymään läpi hankinta- ja hävikkitiedot sekä palautteet, ja kokouksista kirjataan muistio. "
           "Lisäksi jokaisen koulutuspäivän jälkeen kouluttaja ja hanketiimi arvioivat päivän onnistumisen.")
p = kappale(d, "Ulkoisen arvioinnin tekee Tutkimusosuuskunta Kaari. Se tekee väliarvioinnin syksyllä 2026 "
               "haastattelemalla keittiöhenkilöstöä, tuottajia ja ohjausryhmää. Ulkoisen arvioinnin loppuraportti valmistuu ")
poistettu(p, "lokakuussa 2027")
lisatty(p, "elokuussa 2027")
p.add_run(".")

d.add_heading("4 Tiedonkeruun aikataulu", 1)
kappale(d, "Ruokailijoiden ja henkilöstön ääni kuuluu arvioinnissa makuraatien, haastattelujen ja kyselyjen kautta.")
t = taulukko(d, [
    ["Tiedonkeruu", "Keneltä", "Ajankohta"],
    ["Henkilöstökysely, alkumittaus", "keittiöhenkilöstö", "lokakuu 2025"],
    ["Tuottajahaastattelut", "seudun tuottajat", ""],
    ["Hankintatilastot", "ruokapalvelujen hankinnat", "puolivuosittain 12/2025–6/2027"],
    ["Koululaisten makuraadit", "4.–9.-luokkalaiset", "lähiruokapäivien yhteydessä kerran kuukaudessa"],
    ["Asukashaastattelut", "palvelutalojen asukkaat", "keväällä 2026 ja keväällä 2027"],
    ["Väliarviointi", "henkilöstö, tuottajat, ohjausryhmä", "syksy 2026"],
    ["Henkilöstökysely, loppumittaus", "keittiöhenkilöstö", ""],
])
# muutosten jäljitys taulukon soluihin
c = t.cell(2, 2).paragraphs[0]
poistettu(c, "xx.xx.20xx", tekija="Anu K.", pvm="2025-09-29T13:02:00Z")
lisatty(c, "marras–joulukuu 2025", tekija="Anu K.", pvm="2025-09-29T13:02:00Z")
c = t.cell(7, 2).paragraphs[0]
poistettu(c, "syyskuu 2027", tekija="Mikko L.", pvm="2025-10-01T08:40:00Z")
lisatty(c, "toukokuu 2027", tekija="Mikko L.", pvm="2025-10-01T08:40:00Z")
p = kappale(d, "Lautashävikki punnitaan jokaisena lähiruokapäivänä koko hankkeen ajan.")
poistettu(p, " Punnitustulokset kirjataan [täydennetään myöhemmin].", tekija="Mikko L.", pvm="2025-10-01T08:44:00Z")
lisatty(p, " Punnitustulokset kirjataan keittiöiden yhteiseen hävikkitaulukkoon.", tekija="Mikko L.", pvm="2025-10-01T08:44:00Z")

d.add_heading("5 Arviointitiedon käyttö ja tulosten juurruttaminen", 1)
kappale(d, "Tulosten käyttöönottoa on suunniteltu jo hakuvaiheessa: ruokapalvelupäällikkö ja kaupungin hankinta-"
           "asiantuntija osallistuivat hakemuksen tekoon, ja heti hankkeen alussa syksyllä 2025 perustetaan keittiöiden "
           "esihenkilöistä lähiruokatiimi, joka ottaa uudet käytännöt käyttöön keittiö kerrallaan.")
kappale(d, "Itsearvioinnin tuloksia käytetään heti: jos makuraadin tai hävikin perusteella ruokalaji ei toimi, "
           "resepti muutetaan ennen seuraavaa lähiruokapäivää. Väliarvioinnin tulokset käsitellään ohjausryhmässä ja "
           "kaupungin ruokapalvelujen johtoryhmässä, ja hankkeen loppuvuoden toimet suunnataan niiden perusteella.")
kappale(d, "Tulokset kootaan loppuseminaariin kesäkuussa 2027 ja julkaistaan kaupungin verkkosivuilla. Kausireseptit "
           "jaetaan avoimesti muiden kuntien ammattikeittiöille. Hankkeen päätyttyä lähiruoan hankinnoista ja "
           "kausiruokalistoista vastaa Sarvijärven kaupungin ruokapalvelupäällikkö osana tavallista toimintaa.")
poistettu_kappale(d, "Tähän lisätään vielä ohjausryhmän jäsenten nimet.", tekija="Anu K.", pvm="2025-10-02T09:20:00Z")

d.save(OUT)
print("ok", OUT)

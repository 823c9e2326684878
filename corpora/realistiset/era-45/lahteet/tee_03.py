"""03: Exit-suunnitelma maaseuturahaston hakemuksen liitteenä, lähiruoka/maaseudun kehittäminen,
kehitysyhtiö. Muunnetaan .odt:ksi. Viat: exit.omistaja-hankkeen-sisalla (vastuu vain
projektipäälliköllä, hankkeen työntekijällä ja "hankkeella"), exit.ei-seurantaa (ei sanaakaan
käyttöönoton seurannasta hankkeen jälkeen). Piirteet: digikuntakokeilumallin kysymykset
vastauksineen, vastuutaulukko, kysymysmuotoiset väliotsikot."""
from apu import *

doc = uusi(fontti="Liberation Sans", koko=11)
tunnisteet(doc, yla="Kivilahden Seutukehitys Oy  |  Lähiruoka lautaselle  |  Hakemuksen liite 4", sivunumero=True)

kappale(doc, "Hankehakemuksen liite 4")
t = doc.add_paragraph()
r = t.add_run("EXIT-SUUNNITELMA eli jatkuvuussuunnitelma")
r.bold = True
r.font.size = Pt(16)
kappale(doc, "Lähiruoka lautaselle – pientuottajat julkisiin keittiöihin. Yleishyödyllinen kehittämishanke, "
             "Euroopan maaseudun kehittämisen maatalousrahasto (CAP-suunnitelma 2023–2027). Hakija Kivilahden "
             "Seutukehitys Oy. Suunniteltu toteutusaika 1.6.2026–31.5.2028. Laadittu 3.3.2026.")

otsikko(doc, "Mitä hankkeesta jää jäljelle?", 2)
kappale(doc, "Kivilahden seudulla on noin 60 pientä elintarviketuottajaa, mutta koulujen, päiväkotien ja "
             "palvelutalojen keittiöihin heiltä ostetaan vain vähän, koska tilaaminen on hankalaa ja "
             "tarjouspyynnöt ovat pientuottajalle liian suuria. Hankkeessa rakennetaan keittiöiden ja tuottajien "
             "välille yhteistilausmalli, kootaan tuottajaverkosto ja laaditaan keittiöille opas lähiruoan "
             "hankintaan. Hankkeen päättyessä käytössä pitäisi olla seuraavat tulokset:")
luettelo(doc, ["yhteistilauskalenteri, jolla keittiöt tilaavat kausituotteita suoraan tuottajilta",
               "noin 25 tuottajan verkosto, joka toimittaa yhteisellä jakelureitillä",
               "opas lähiruoan hankintaan ja tarjouspyyntöjen jakamiseen osiin",
               "kausiruokalistojen malli, jossa lähiruoka on mukana joka viikko."])

otsikko(doc, "1. Tulosten juurruttaminen", 2)
lihava(doc, "Mitkä ovat niitä tuloksia, joiden käyttöönotto ja juurruttaminen perustyöhön vaativat jatkotoimia?")
kappale(doc, "Eniten työtä vaatii yhteistilauskalenteri. Se toimii hankkeen aikana, koska hanke kokoaa tilaukset "
             "ja sopii toimitukset, mutta kalenterin pitää toimia myös ilman hankkeen kokoajaa. Toinen "
             "jatkotoimia vaativa tulos on yhteinen jakelureitti, jonka kustannukset on saatava tuottajien "
             "kesken jaetuksi niin, että reitti kannattaa.")
lihava(doc, "Mitä toimenpiteitä käyttöönotto ja juurruttaminen vaativat?")
kappale(doc, "Tilauksia tehdään uudella mallilla heti ensimmäisestä syksystä 2026 alkaen, eli kalenteri ei ole "
             "erillinen kokeilu vaan keittiöiden tavallinen tapa tilata. Keittiöhenkilöstölle järjestetään kaksi "
             "koulutusiltaa keväällä 2027, ja tuottajille tehdään yhteinen toimitusohje. Hankkeen viimeisenä "
             "puolena vuotena kalenterin käyttö opetetaan kaikille mukana oleville tuottajille.")
lihava(doc, "Mitä resursseja juurruttamisen toimenpiteet vaativat?")
kappale(doc, "Juurruttamiseen on varattu projektipäällikön työajasta noin 30 prosenttia hankkeen toisena vuonna "
             "ja tuottajayhteyshenkilön työajasta noin viidennes koko hankkeen ajan. Koulutuksiin ja "
             "toimitusohjeen taittoon on budjetoitu 4 500 euroa.")
lihava(doc, "Kuka tai ketkä vastaavat juurruttamisen onnistumisesta?")
kappale(doc, "Juurruttamisen onnistumisesta vastaa hankkeen projektipäällikkö. Hanke huolehtii siitä, että "
             "kalenteri ja toimitusohjeet ovat valmiina ennen hankkeen päättymistä, ja projektipäällikkö sopii "
             "käytännöistä tuottajien ja keittiöiden kanssa. Tarkoitus on, että kalenteri jää käyttöön hankkeen "
             "jälkeenkin.")
vastuu = [
    ["Tulos", "Mitä tarvitaan", "Vastuu", "Milloin"],
    ["Yhteistilauskalenteri", "Ylläpito-ohje, tunnukset, koulutus keittiöille", "projektipäällikkö", "kevät 2027 – kevät 2028"],
    ["Tuottajaverkosto ja jakelureitti", "Kustannusten jakomalli, toimitusohje", "tuottajayhteyshenkilö (hanke)", "syksy 2027"],
    ["Hankintaopas", "Oppaan viimeistely ja jakaminen keittiöille", "hanke", "talvi 2027–2028"],
    ["Kausiruokalistojen malli", "Mallilistat neljälle vuodenajalle", "projektipäällikkö", "koko hankkeen ajan"],
]
taulukko(doc, vastuu, leveydet=[4, 6, 3.6, 3.2], koko=10)

otsikko(doc, "2. Tulosten levittäminen", 2)
lihava(doc, "Mitkä tulokset tulisi ottaa laajemmin käyttöön ja ketkä niistä hyötyvät?")
kappale(doc, "Hankintaopas ja tarjouspyyntöjen jakaminen osiin sopivat mille tahansa kunnalle, jonka alueella "
             "on pientuottajia. Hyödynsaajia ovat muiden kuntien ja hyvinvointialueiden ruokapalvelut sekä "
             "tuottajat, joille julkinen keittiö on tasainen ja varma asiakas.")
lihava(doc, "Minkälaisia kanavia ja toimintatapoja levittämiselle tarvitaan?")
kappale(doc, "Opas julkaistaan Kivilahden Seutukehityksen ja Leader-ryhmän verkkosivuilla sekä Maaseutuverkoston "
             "hanketorilla. Tuloksia esitellään maakunnan ruokapalvelupäälliköiden tapaamisessa syksyllä 2027 ja "
             "hankkeen loppuseminaarissa toukokuussa 2028. Lisäksi hanke kirjoittaa kokemuksistaan jutun "
             "maatalousalan ammattilehteen ja kertoo onnistumisista Facebookissa ja Instagramissa koko hankkeen ajan.")
lihava(doc, "Minkälaisia ongelmia levittämiseen liittyy ja miten ne voidaan ehkäistä?")
kappale(doc, "Suurimmissa kunnissa hankinnat tehdään isoina kilpailutuksina, joihin pientuottajien on vaikea "
             "osallistua. Tähän vastataan oppaan esimerkeillä siitä, miten kilpailutus jaetaan tuoteryhmittäin ja "
             "alueittain. Ongelmana voi olla myös se, että oppaan tekijöitä ei enää tavoita hankkeen jälkeen, "
             "joten opas kirjoitetaan niin, että sitä voi käyttää ilman neuvontaa.")

otsikko(doc, "3. Kehittämistyön jatko", 2)
kappale(doc, "Hankkeessa ei ehditä rakentaa kalenterista sähköistä tilausalustaa, vaikka keittiöt ovat sitä "
             "toivoneet. Projektipäällikkö valmistelee hankkeen viimeisellä puolivuotiskaudella jatkohankkeen "
             "suunnitelman, jossa tilausalusta toteutettaisiin yhdessä naapuriseutujen kanssa. Jatkokehittämisen "
             "aiheita ovat myös luomutuotteiden osuuden kasvattaminen ja yhteisen jakelureitin laajentaminen "
             "palvelutaloihin.")
kappale(doc, "Hankkeen tuottajayhteyshenkilö kokoaa hankkeen lopussa tuottajilta ja keittiöiltä listan "
             "kehittämisideoista, jotta jatkohankkeen suunnittelu voi alkaa niistä.")

tallenna(doc, "03_exit-suunnitelma_lahiruoka.docx", kansio=LAHTEET, tekija="Kivilahden Seutukehitys Oy",
         otsikko_meta="Exit-suunnitelma Lähiruoka lautaselle")
print(muunna(os.path.join(LAHTEET, "03_exit-suunnitelma_lahiruoka.docx"), "odt"))

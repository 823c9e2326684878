# w35: dokumentit 07 (arviointisuunnitelma -> ODT) ja 08 (hankesuunnitelma, kaksi aukkoa)
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from apu import *
OUT = sys.argv[1]
LAH = os.path.dirname(os.path.abspath(__file__))

# ---------- 07 Kylien kyytirengas, arviointisuunnitelma, hyvä ----------
d = uusi()
d.add_heading("Kylien kyytirengas – arviointisuunnitelma", 0)
p(d, "Leader Pohjoisten Vaarojen rahoittama kehittämishanke, toteuttaja Vaarakylien kyläyhdistys ry. "
     "Hankeaika 1.8.2025–31.7.2027. Suunnitelma hyväksytty ohjausryhmässä 9.9.2025.")
d.add_heading("Tausta, tavoitteet ja kohderyhmä", 1)
p(d, "Vaarakylien viidessä kylässä ei ole julkista liikennettä, ja moni ikäihminen ja nuori on kyydin varassa. "
     "Hanke kokoaa vapaaehtoiset kuljettajat ja kunnan asiointiliikenteen yhteiseen tilausjärjestelmään. "
     "Kohderyhmänä ovat kylien asukkaat, erityisesti ilman omaa autoa olevat ikäihmiset ja koululaiset, "
     "sekä vapaaehtoiset kuljettajat.")
p(d, "Hankkeen tavoitteet ja niiden arviointi on koottu alla olevaan taulukkoon.")
taulukko(d, [["Tavoite", "Toimenpiteet", "Mittari / arviointitapa"],
             ["Kyytien saatavuus paranee kaikissa viidessä kylässä",
              "Yhteinen tilausnumero ja verkkolomake; kuljettajien vuorolista",
              "Toteutuneiden kyytien määrä kuukausittain; tilauksista toteutumatta jääneiden osuus"],
             ["Vapaaehtoisia kuljettajia on vähintään 25",
              "Kuljettajailtojen järjestäminen, perehdytys ja vakuutusten hoitaminen",
              "Perehdytettyjen ja aktiivisten kuljettajien määrä; kuljettajien palautekysely"],
             ["Asukkaat kokevat pääsevänsä asioimaan aiempaa helpommin",
              "Asiointikyydit kirkonkylään kahdesti viikossa, kyytien yhdistäminen kunnan asiointiliikenteeseen",
              "Asukaskysely alussa ja lopussa; asiakkaiden ryhmähaastattelu"]])
d.add_heading("Arvioinnin menetelmät ja tiedonkeruu", 1)
p(d, "Arviointi on pääosin itsearviointia: hanketyöntekijä kokoaa tilausjärjestelmän tilastot kuukausittain, "
     "ja ohjausryhmä käy ne läpi jokaisessa kokouksessaan. Kylien asukkaille tehdään kysely syksyllä 2025 ja "
     "uudelleen keväällä 2027. Kyydin käyttäjien kanssa pidetään ryhmähaastattelu kahdessa kylässä talvella 2026, "
     "ja kuljettajat vastaavat lyhyeen palautekyselyyn puolivuosittain.")
p(d, "Ulkoisena arvioijana toimii Pohjoisen ammattikorkeakoulun sosionomiopiskelijaryhmä ohjaavan opettajan "
     "johdolla. He haastattelevat kunnan asiointiliikenteen vastaavaa ja kyläyhdistysten edustajia kesällä 2026 "
     "ja kirjoittavat arviointiraportin kesäkuuhun 2027 mennessä.")
d.add_heading("Arviointitiedon käyttö ja raportointi", 1)
p(d, "Väliarvioinnin tulokset esitellään ohjausryhmälle elokuussa 2026, ja niiden perusteella korjataan "
     "kyytien aikatauluja ja kuljettajien perehdytystä. Loppuarvioinnin tulokset liitetään loppuraporttiin "
     "ja julkaistaan Leader-ryhmän verkkosivuilla.")
p(d, "Toiminnan jatkoa on mietitty jo hakuvaiheessa: kunnan tekninen johtaja on ollut mukana suunnittelussa, "
     "jotta tilausjärjestelmä voidaan liittää kunnan asiointiliikenteeseen pysyvästi hankkeen jälkeen. "
     "Arviointitiedon avulla kunnalle näytetään, paljonko kyytejä tarvitaan ja mitä ne maksavat.")
d.save(os.path.join(LAH, "07_arviointisuunnitelma_kyytirengas.docx"))

# ---------- 08 Hankesuunnitelma, Kotiseutumuseo: juurrutus myöhään + yhden tavoitteen mittari puuttuu ----------
d = uusi()
p(d, "HANKESUUNNITELMA", bold=True)
p(d, "Museo kylän keskelle – Rautakosken kotiseutumuseon uusi elämä", bold=True)
p(d, "Hakija: Rautakosken kotiseutuyhdistys ry yhdessä Rautakosken kunnan kanssa · Versio 0.9, 3.10.2025")
p(d, "Valmistelupalaveri pidettiin 12.9.2025 kunnantalolla, ja siihen osallistui yhdistyksen hallitus, "
     "kunnan sivistysjohtaja ja koulun rehtori.")
p(d, "1 Miksi hanke tarvitaan?", bold=True)
p(d, "Kotiseutumuseo on ollut auki vain kesäsunnuntaisin, ja vuonna 2023 siellä kävi 180 vierasta. Kokoelmat "
     "ovat luetteloimatta, ja vapaaehtoisten keski-ikä on yli 70 vuotta. Kylän koululaiset eivät ole käyneet "
     "museossa moneen vuoteen.")
p(d, "2 Tavoitteet ja niiden seuranta", bold=True)
taulukko(d, [["Tavoite", "Toimenpiteet", "Mittarit"],
             ["Museon kävijämäärä kasvaa ja museo on auki ympäri vuoden",
              "Talviaukiolot lauantaisin, teemanäyttelyt kahdesti vuodessa",
              "Kävijämäärä vuosittain (tavoite 800 vuonna 2027)"],
             ["Kokoelmat luetteloidaan sähköisesti",
              "Luettelointitalkoot, luettelointiohjelman käyttöönotto",
              "Luetteloitujen esineiden määrä (tavoite 1 500)"],
             ["Nuoret ja koululaiset osallistuvat museon toimintaan",
              "Koulun museopäivät, nuorten oppaiden koulutus",
              ""]])
p(d, "3 Kenelle hanke on?", bold=True)
p(d, "Kohderyhmänä ovat kylän asukkaat ja kesäasukkaat, alakoulun ja yläkoulun oppilaat sekä "
     "kotiseutuyhdistyksen vapaaehtoiset.")
p(d, "4 Toteutus ja aikataulu", bold=True)
p(d, "Hanke toteutetaan 1.1.2026–31.12.2027. Keväällä 2026 hankitaan luettelointiohjelma ja koulutetaan "
     "luetteloijat. Talviaukiolot alkavat marraskuussa 2026. Koulun museopäivät pidetään lukuvuosina 2026–2027 "
     "kerran kuussa, ja nuorille oppaille järjestetään koulutus kesällä 2026.")
p(d, "5 Budjetti", bold=True)
taulukko(d, [["Kustannuslaji", "2026", "2027", "Yhteensä"],
             ["Hanketyöntekijän palkka (50 %)", "21 000", "21 000", "42 000"],
             ["Luettelointiohjelma ja laitteet", "6 000", "1 000", "7 000"],
             ["Näyttelyt ja tapahtumat", "3 500", "4 500", "8 000"],
             ["Yhteensä", "30 500", "26 500", "57 000"]])
p(d, "Rahoitus: Leader-tuki 80 %, kunnan rahoitusosuus 10 % ja yhdistyksen talkootyö 10 %.")
p(d, "6 Tulokset ja vaikutukset", bold=True)
p(d, "Hankkeen myötä museo on kylän ympärivuotinen kohtaamispaikka, kokoelmat ovat haettavissa verkossa ja "
     "museossa toimii nuorten opasryhmä. Kylän historia tulee tutummaksi koululaisille.")
p(d, "7 Mitä hankkeen jälkeen?", bold=True)
p(d, "Juurruttamiseen keskitytään hankkeen viimeisenä puolena vuotena syksyllä 2027. Silloin kokemuksista "
     "kerrotaan kunnan verkkosivuilla ja maakunnan kotiseutupäivien seminaarissa. Opastusmallia muokataan "
     "erikseen koululaisryhmille ja matkailijoille, ja naapurikunnan kotiseutuyhdistykset kutsutaan "
     "kokeilemaan luettelointitalkoita omissa museoissaan.")
p(d, "Hankkeen jälkeen talviaukiolot ja koulun museopäivät siirtyvät osaksi kunnan kulttuuripalveluja. "
     "Kunnan sivistysjohtaja vastaa siitä, että museopäivät kirjataan koulujen vuosisuunnitelmaan, ja "
     "kotiseutuyhdistyksen puheenjohtaja vastaa aukioloista. Tähän siirtoon varataan hanketyöntekijän "
     "työajasta noin kolmannes syksyllä 2027, ja kunta varaa vuoden 2028 talousarvioon 4 000 euroa museon "
     "aukioloihin.")
p(d, "8 Riskit", bold=True)
p(d, "Suurin riski on vapaaehtoisten uupuminen. Siihen varaudutaan jakamalla vuorot pienempiin osiin ja "
     "kouluttamalla uusia vapaaehtoisia nuorten oppaiden rinnalle.")
p(d, "9 Hallinnointi ja viestintä", bold=True)
p(d, "Hanketta hallinnoi kotiseutuyhdistys, ja ohjausryhmässä ovat yhdistyksen, kunnan ja koulun edustajat. "
     "Hanke tiedottaa tapahtumista paikallislehdessä ja yhdistyksen Facebook-sivulla.")
d.save(os.path.join(OUT, "08_hankesuunnitelma_kotiseutumuseo.docx"))

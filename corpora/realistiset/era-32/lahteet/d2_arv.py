from apu import *
import subprocess, shutil
doc = Document()
doc.add_heading("Arviointisuunnitelma – Työkuntoon!-hanke", 0)
doc.add_paragraph("Kaarnamäen kaupungin työllisyyspalvelut | Rahoitus: Etelä-Savon ELY-keskus / ESR+ | Laadittu 12.11.2025")
bold_line(doc, "Tausta, tavoitteet ja kohderyhmä")
paras(doc, """
Työkuntoon!-hanke (1.1.2026–31.12.2027) tukee pitkään työttömänä olleita, joiden työkyky on heikentynyt.
Kaarnamäellä yli kaksi vuotta työttömänä olleita oli syyskuussa 2025 yhteensä 880, ja heistä noin
kolmanneksella on työllisyyspalvelujen arvion mukaan työkykyyn liittyviä esteitä. Hankkeen kohderyhmänä
ovat nämä asiakkaat sekä heidän kanssaan työskentelevät työllisyyspalvelujen ja hyvinvointialueen
työkykykoordinaattorit.

Hankkeella on kolme tavoitetta, joiden toteutumista tämä suunnitelma seuraa:
""")
table(doc, [
    ["Tavoite", "Menetelmä (mitä tehdään)", "Arviointi ja mittari"],
    ["1. Asiakkaiden työkyky selvitetään kolmen kuukauden kuluessa asiakkuuden alusta",
     "Työkykykoordinaattorin ja työllisyysasiantuntijan yhteinen työkykyarvio, nopea pääsy työterveyshuollon tutkimuksiin",
     "Työkyvyn selvittämiseen kulunut aika (asiakastietojärjestelmä), lähtötaso 7 kk, tavoite 3 kk"],
    ["2. Asiakas löytää itselleen sopivan polun: työ, kuntoutus tai eläkeselvitys",
     "Yksilöllinen suunnitelma, ammatillinen kuntoutus Kelan kautta, työkokeilut",
     "Polun saaneiden osuus, asiakkaan itse arvioima työkyky (WAI-lyhytmuoto) alussa ja lopussa"],
    ["3. Työllisyyspalvelut ja hyvinvointialue tekevät työkykytyötä yhteisellä mallilla",
     "Yhteiset asiakaskokoukset, konsultaatiokäytäntö, koulutukset",
     "Ammattilaiskysely kahdesti, yhteisten asiakaskokousten määrä"],
])
doc.add_heading("Arvioinnin menetelmät ja tiedonkeruu", 1)
paras(doc, """
Arviointi on hankkeen omaa itsearviointia. Hanketiimi pitää joka kuukausi arviointipalaverin, jossa
käydään läpi mittaritiedot ja asiakaspalaute, ja kirjaa havainnot oppimispäiväkirjaan. Ohjausryhmä
tekee itsearvioinnin puolivuosittain SWOT-työpajana.

Asiakkaat antavat palautetta jokaisen tapaamisjakson päätteeksi lyhyellä hymiölomakkeella, ja kahdesti
hankkeen aikana (syksyllä 2026 ja syksyllä 2027) haastattelemme 10–12 asiakasta heidän kokemuksistaan.
Haastattelut tekee hankkeen projektisuunnittelija, ja niissä on mukana kokemusasiantuntija.

Tiedonkeruun aikataulu: lähtötason mittaus tammi–helmikuussa 2026, ammattilaiskysely maaliskuussa 2026
ja syyskuussa 2027, WAI-kysely asiakkuuden alussa ja päättyessä, rekisteritiedot neljännesvuosittain.
""")
doc.add_heading("Arviointitiedon käyttö ja raportointi", 1)
paras(doc, """
Arviointitieto ohjaa toimintaa koko hankkeen ajan: neljännesvuosiraportti menee ohjausryhmälle, ja
havainnoista sovitaan korjaavat toimet. Juurruttamista valmistellaan jo hankkeen ensimmäisestä
kuukaudesta lähtien: tammikuussa 2026 työllisyyspalvelujen päällikkö ja hyvinvointialueen
kuntoutuspalvelujen esihenkilö nimeävät ne käytännöt, joiden jatkosta päätetään arviointitiedon
perusteella vuoden 2027 talousarviokäsittelyssä. Tulokset raportoidaan rahoittajalle
maksatushakemusten yhteydessä ja loppuraportissa sekä kuvataan Innokylään.
""")
os.makedirs("pdf", exist_ok=True)
doc.save("pdf/tyokuntoon_arviointisuunnitelma.docx")
subprocess.run(["soffice","--headless","--convert-to","pdf","--outdir",OUT,"pdf/tyokuntoon_arviointisuunnitelma.docx"],check=True,capture_output=True)
expected("tyokuntoon_arviointisuunnitelma","arviointisuunnitelma",[{"rule":"arviointi.ei-ulkoista"}])

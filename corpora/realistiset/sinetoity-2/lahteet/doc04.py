"""04: OKM:n yleisten kirjastojen kehittämisavustuksen hankesuunnitelma, PDF (LibreOffice).
Neljännesvuositaulukko, taustatilastot vuosilta, jatko hankkeen jälkeen. Ei huomautettavaa."""
import subprocess
from apu import *

d = uusi()
kpl(d, "Hiekkaharjun kaupunginkirjasto  |  Hakemus OKM:n yleisten kirjastojen erityisavustukseen 2026  |  20.10.2025")
d.add_heading("Hankesuunnitelma: Lukupiiri liikkeelle – lukemisen ilo kouluikäisille ja heidän perheilleen", 0)

lihava(d, "Miksi hanketta tarvitaan?")
kpl(d, "PISA 2022 -tulokset osoittivat, että suomalaisten 15-vuotiaiden lukutaito on heikentynyt selvästi "
       "vuodesta 2009, ja erot sukupuolten ja perhetaustojen välillä ovat kasvaneet. Hiekkaharjussa "
       "lasten lainaus väheni vuosina 2019–2024 yhteensä 17 prosenttia. Koulujen kirjastoyhteistyö on "
       "pitkään perustunut yksittäisten opettajien aktiivisuuteen, eikä kaikkia luokkia tavoiteta.")
kpl(d, "Kirjastossa on tunnistettu, että erityisesti 9–12-vuotiaat pojat ja monikieliset perheet jäävät "
       "kirjaston palvelujen ulkopuolelle. Heille tarvitaan toimintaa, joka tulee sinne, missä lapset jo ovat: "
       "kouluun, iltapäiväkerhoon ja harrastuksiin.")

lihava(d, "Tavoitteet ja kohderyhmät")
kpl(d, "Tavoitteenamme on, että jokainen Hiekkaharjun 3.–6.-luokkalainen osallistuu lukuvuoden aikana "
       "vähintään yhteen kirjaston lukupiiriin. Lisäksi tavoitteena on, että monikieliset perheet löytävät "
       "kirjaston omakielisen aineiston ja satutuokiot. Kolmanneksi tavoitteena on, että opettajat ja "
       "kirjastohenkilöstö suunnittelevat lukemisen edistämisen yhdessä lukuvuosittain.")
kpl(d, "Kohderyhmänä ovat kaupungin kuuden alakoulun 3.–6.-luokkalaiset (noin 1 150 oppilasta), "
       "monikieliset perheet (kaupungissa puhutaan kotona yli 40:tä kieltä) sekä alakoulujen opettajat.")

lihava(d, "Toteutus")
kpl(d, "Lukupiirit kiertävät kouluilla: kirjastonhoitaja ja lukulähettiläs vetävät kullekin luokalle "
       "kuuden kerran lukupiirin, jossa luetaan, kuunnellaan äänikirjoja ja tehdään kirjavinkkivideoita. "
       "Iltapäiväkerhoihin viedään kuukausittain vaihtuva kirjakassi.")
kpl(d, "Monikielisille perheille järjestetään kerran kuussa satutuokio vuorotellen arabiaksi, somaliksi, "
       "ukrainaksi ja venäjäksi yhteistyössä monikulttuurisen yhdistyksen Silta ry:n kanssa, ja perheille "
       "esitellään omakielinen kokoelma ja e-aineistot.")
kpl(d, "Opettajien kanssa pidetään lukuvuoden alussa suunnittelupäivä, jossa sovitaan koulukohtainen "
       "lukemisen vuosikello. Keväällä pidetään yhteinen palaveri, jossa katsotaan, mikä toimi.")

lihava(d, "Aikataulu ja kesto")
kpl(d, "Hankkeen kesto on 1.1.2026–31.12.2026.")
taulukko(d, [
    ["Toiminto", "Q1/2026", "Q2/2026", "Q3/2026", "Q4/2026"],
    ["Lukulähettilään rekrytointi, materiaalit", "x", "", "", ""],
    ["Lukupiirit kouluilla", "x", "x", "", "x"],
    ["Satutuokiot monikielisille perheille", "x", "x", "x", "x"],
    ["Opettajien suunnittelupäivä ja kevätpalaveri", "", "x", "x", ""],
    ["Kyselyt ja loppuraportti", "", "x", "", "x"],
])

lihava(d, "Budjetti")
kpl(d, "Kustannusarvio on 48 500 euroa, josta haettava avustus 38 800 euroa (80 %) ja kaupungin omarahoitus "
       "9 700 euroa. Suurin kuluerä on lukulähettilään palkka (12 kk, 100 %).")

lihava(d, "Arviointi ja mittarit")
kpl(d, "Lukupiireihin osallistuneiden luokkien ja oppilaiden määrä kirjataan kirjaston tilastoihin; tavoitteena "
       "on, että kaikki kuuden koulun 3.–6.-luokat ovat mukana vuoden loppuun mennessä. Oppilaat vastaavat "
       "lukupiirin viimeisellä kerralla lyhyeen lukuintoa kartoittavaan kyselyyn.")
kpl(d, "Satutuokioiden kävijämäärät kielittäin ja omakielisen aineiston lainamäärät seurataan "
       "kuukausittain, ja perheiltä kysytään palautetta suullisesti tulkin avulla.")
kpl(d, "Yhteistyön onnistumista arvioidaan opettajille tehtävällä sähköisellä kyselyllä kevätpalaverin "
       "yhteydessä sekä sillä, kuinka monella koululla on valmis lukemisen vuosikello.")

lihava(d, "Odotetut tulokset ja vaikutukset")
kpl(d, "Tuloksena syntyy koulujen ja kirjaston yhteinen lukupiirimalli, kuusi koulukohtaista vuosikelloa ja "
       "monikielisten satutuokioiden vakiintunut käytäntö. Pitkällä aikavälillä lasten lainaus kääntyy nousuun "
       "ja lukemisesta tulee osa tavallista koulupäivää.")

lihava(d, "Juurruttaminen: miten toiminta jatkuu?")
kpl(d, "Toiminnan jatkuvuus on otettu huomioon jo hakuvaiheessa: sivistysjohtaja ja rehtorit ovat "
       "sitoutuneet hankkeeseen, ja lukemisen vuosikello liitetään koulujen lukuvuosisuunnitelmiin heti "
       "ensimmäisenä lukuvuonna. Tuloksista viestitään koko vuoden ajan kirjaston verkkosivuilla ja "
       "kirjastojen valtakunnallisessa Lukuliike-verkostossa. Lukupiirin malli muokataan erikseen pienille "
       "kyläkouluille ja erityisluokille. Naapurikuntien kirjastoille järjestetään marraskuussa 2026 "
       "etäkoulutus, jossa malli annetaan niiden kokeiltavaksi.")
kpl(d, "Hankkeen jälkeen (vuodesta 2027) lukupiirit jatkuvat kirjaston perustoimintana: kirjastotoimenjohtaja "
       "Sari Nevalainen vastaa siitä, että lukulähettilään tehtävät siirtyvät kahden vakinaisen "
       "kirjastonhoitajan toimenkuviin. Juurruttamiseen on varattu lukulähettilään työajasta viimeiset kaksi "
       "kuukautta perehdytykseen ja materiaalipankin kokoamiseen.")

lihava(d, "Organisointi")
kpl(d, "Hankkeen toteuttaa Hiekkaharjun kaupunginkirjasto. Ohjausryhmässä ovat kirjastotoimenjohtaja, "
       "sivistysjohtaja, kaksi rehtoria ja Silta ry:n edustaja.")
lihava(d, "Riskit")
kpl(d, "Jos koulujen aikataulut eivät jousta, lukupiirit pidetään osin iltapäiväkerhoissa. Jos lukulähettilään "
       "rekrytointi viivästyy, kirjastonhoitajat aloittavat piirit ensimmäisillä kouluilla.")
lihava(d, "Viestintä")
kpl(d, "Koteihin tiedotetaan Wilman kautta, satutuokioista myös Silta ry:n kanavilla ja kirjaston somessa.")
kpl(d, "Yhteyshenkilö: kirjastotoimenjohtaja Sari Nevalainen, sari.nevalainen@hiekkaharju.fi")

docx = tallenna(d, "04_hankesuunnitelma_okm_lukupiiri.docx", None, alikansio="lahteet/pdf-lahteet")
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(ULOS), str(docx)], check=True,
               capture_output=True)
kirjoita_odotus("04_hankesuunnitelma_okm_lukupiiri.pdf", {"doc_type": "hankesuunnitelma", "findings": []})

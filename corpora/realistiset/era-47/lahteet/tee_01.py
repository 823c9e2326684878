from apu import *

d = uusi()
ylatunniste(d, "Länsi-Kairan hyvinvointialue | Silta-hanke | Arviointisuunnitelma, versio 1.2",
            "Luonnos päivitetty 14.10.2024 ohjausryhmän kommenttien jälkeen")

kpl(d, "SILTA – matalan kynnyksen mielenterveystuki 18–29-vuotiaille", lihava=True)
d.add_heading("Arviointisuunnitelma", 0)

kenttarivi(d, "Hankkeen nimi:", "Silta – matalan kynnyksen mielenterveystuki nuorille aikuisille")
kenttarivi(d, "Hallinnoija:", "Länsi-Kairan hyvinvointialue, mielenterveys- ja päihdepalvelut")
kenttarivi(d, "Hankeaika:", "1.9.2024–31.12.2026")
kenttarivi(d, "Arvioinnin vastuuhenkilö:", "kehittämisasiantuntija Riikka Halme")

taulukko(d, [
    ["Versio", "Päivämäärä", "Muutokset"],
    ["1.0", "2.10.2024", "Ensimmäinen luonnos hanketiimissä"],
    ["1.1", "9.10.2024", "Lisätty mittaristo (liite 1)"],
    ["1.2", "14.10.2024", "Ohjausryhmän kommentit, ulkoisen arvioijan tehtävät tarkennettu"],
])

otsikko(d, "1 Hankkeen tausta, tavoitteet ja kohderyhmä")
kpl(d, "Länsi-Kairan alueella nuorten aikuisten mielenterveyspalveluihin pääsy on ollut hidasta. "
       "Vuonna 2023 alueen 18–29-vuotiaista noin 1 400 ohjattiin mielenterveyden vuoksi jatkohoitoon, ja "
       "odotusaika ensimmäiseen käyntiin oli mediaanina 38 vuorokautta. Moni nuori jää jonottamaan "
       "erikoissairaanhoitoon, vaikka apu lievään tai keskivaikeaan ahdistukseen ja masennukseen olisi "
       "annettavissa perustasolla, kunhan työntekijöillä on siihen menetelmät ja aikaa.")
kpl(d, "Silta-hanketta hallinnoi Länsi-Kairan hyvinvointialue, ja se rahoitetaan sosiaali- ja "
       "terveysministeriön valtionavustuksella. Hankkeessa työskentelevät projektipäällikkö ja kaksi "
       "hanketyöntekijää (psykiatrinen sairaanhoitaja ja sosiaalityöntekijä).")
kpl(d, "Kohderyhmänä ovat 18–29-vuotiaat alueen asukkaat, joilla on lieviä tai keskivaikeita "
       "mielenterveyden pulmia, sekä heidän kanssaan työskentelevät sote-keskusten, opiskeluterveydenhuollon "
       "ja Ohjaamon työntekijät. Välillisesti hyötyvät myös psykiatrian poliklinikat, joiden jonot lyhenevät.")
kpl(d, "Hankkeella on kolme tavoitetta, jotka on avattu tarkemmin arviointitaulukossa (luku 3):")
luettelo(d, [
    "Nuori aikuinen saa ensimmäisen tuen mielenterveyden pulmiin viikon sisällä yhteydenotosta.",
    "Sote-keskusten ja opiskeluterveydenhuollon työntekijät osaavat käyttää lyhytterapeuttisia menetelmiä.",
    "Perustason ja psykiatrian poliklinikan välinen palveluketju on sovittu ja kirjattu yhteiseksi toimintamalliksi.",
], numeroitu=True)

otsikko(d, "2 Mitä arvioinnilla halutaan tietää?")
kpl(d, "Arvioinnin tehtävä on tukea hankkeen ohjausta sen aikana ja tuottaa hyvinvointialueelle tietoa "
       "päätöksentekoon siitä, kannattaako Silta-toimintaa jatkaa. Arvioinnilla haetaan vastauksia "
       "seuraaviin kysymyksiin:")
for i, k in enumerate([
    "Lyheneekö nuorten aikuisten odotusaika ensimmäiseen tukeen?",
    "Kokevatko nuoret saaneensa apua ja tulleensa kuulluiksi?",
    "Ottavatko työntekijät koulutuksessa opitut menetelmät käyttöön omassa työssään?",
    "Toimiiko sovittu palveluketju käytännössä, ja mitkä tekijät sitä edistävät tai estävät?",
    "Mitä toimintamallin vakiinnuttaminen vaatii hyvinvointialueelta hankkeen jälkeen?",
], 1):
    kpl(d, f"{i}) {k}")

otsikko(d, "3 Arviointitaulukko")
kpl(d, "Taulukkoon on koottu tavoitteet, niihin liittyvä toiminta ja se, millä tavoitteen toteutumista seurataan. "
       "Mittareiden lähtö- ja tavoitetasot ovat liitteessä 1.")
t = taulukko(d, [
    ["Tavoite", "Toimenpiteet", "Arviointimenetelmä ja mittarit", "Aikataulu"],
    ["1. Nuori aikuinen saa ensimmäisen tuen mielenterveyden pulmiin viikon sisällä yhteydenotosta.",
     "Chat- ja puhelinneuvonta sekä ilman ajanvarausta toimiva Silta-vastaanotto kolmessa sote-keskuksessa "
     "(Kairala, Uusijärvi, Pohjankylä).",
     "Odotusaika yhteydenotosta ensimmäiseen tapaamiseen (potilastietojärjestelmän raportti); käyntimäärät; "
     "asiakaspalaute jokaisen tukijakson lopussa (lyhyt kysely QR-koodilla).",
     "Vastaanotot auki 1/2025 alkaen; tiedot kootaan neljännesvuosittain"],
    ["2. Sote-keskusten ja opiskeluterveydenhuollon työntekijät osaavat käyttää lyhytterapeuttisia menetelmiä.",
     "",
     "Osaamiskysely ennen koulutusta ja puoli vuotta sen jälkeen; niiden käyntien osuus, joihin menetelmä on kirjattu.",
     "Alkukysely 11/2024, seurantakyselyt 10/2025 ja 9/2026"],
    ["3. Perustason ja psykiatrian poliklinikan välinen palveluketju on sovittu ja kirjattu yhteiseksi toimintamalliksi.",
     "Yhteiskehittämisen työpajat perustason, psykiatrian poliklinikan ja kokemusasiantuntijoiden kanssa; "
     "palveluketjun kuvaus ja konsultaatiokäytäntö.",
     "Ulkoisen arvioijan haastattelut (työntekijät ja esihenkilöt); konsultaatioiden ja lähetteiden määrä; "
     "palautetyöpaja kokemusasiantuntijoiden kanssa.",
     "Työpajat keväällä 2025; haastattelut syksyllä 2025 ja 2026"],
])
# rivin 2 toimenpidesarakkeeseen seurattu muutos
solu = t.cell(2, 1).paragraphs[0]
muutokset(solu, [("n", "IPC-koulutus (4 pv) ja kognitiivisen lyhytterapian koulutus (6 pv) "),
                 ("d", "30"), ("i", "40"),
                 ("n", " työntekijälle; tapausryhmät kerran kuukaudessa koulutuksen jälkeen.")])

otsikko(d, "4 Miten arvioimme?")
kpl(d, "Itsearviointi", lihava=True)
kpl(d, "Hanketiimi käy arviointitaulukon läpi kuukausittain tiimipalaverissa ja kirjaa havainnot "
       "yhteiseen oppimispäiväkirjaan. Kesä- ja joulukuussa projektipäällikkö kokoaa niistä "
       "itsearviointiraportin ohjausryhmälle. Raportissa verrataan toteutunutta toimintaa suunnitelmaan "
       "ja nostetaan esiin, mitä pitää muuttaa.")
kpl(d, "Ulkoinen arviointi", lihava=True)
muutoskpl(d, [("n", "Ulkoisen arvioinnin toteuttaa "),
              ("d", "erikseen kilpailutettava arviointikonsultti"),
              ("i", "Kaira-ammattikorkeakoulun TKI-yksikkö ostopalveluna"),
              ("n", ". Arvioija tekee väliarvioinnin syksyllä 2025 ja loppuarvioinnin syys–marraskuussa 2026. "
                    "Aineistona ovat haastattelut, rekisteritiedot ja hankkeen omat dokumentit. Arvioija "
                    "osallistuu ohjausryhmän kokouksiin kaksi kertaa vuodessa.")],
          tekija="Riikka Halme", pvm="2024-10-14T08:40:00Z")
kpl(d, "Nuorten ja kokemusasiantuntijoiden ääni", lihava=True)
kpl(d, "Jokaisen tukijakson päätteeksi nuorelta kysytään, saiko hän apua ja tuliko hän kuulluksi "
       "(viisi kysymystä, vastaaminen puhelimella). Kaksi kertaa vuodessa nuorten raati ja hankkeen "
       "kokemusasiantuntijat arvioivat palvelua ryhmähaastattelussa, jossa käydään läpi myös "
       "asiakaspalautteen tulokset. Raadin huomiot viedään sellaisenaan ohjausryhmälle.")
kpl(d, "Tiedonkeruun aikataulu", lihava=True)
taulukko(d, [
    ["Ajankohta", "Mitä kerätään"],
    ["11/2024", "Lähtötason kartoitus: odotusajat ja lähetemäärät, työntekijöiden osaamiskysely"],
    ["1/2025 alkaen neljännesvuosittain", "Rekisteritiedot (odotusaika, käynnit, lähetteet)"],
    ["Jatkuvasti 1/2025 alkaen", "Asiakaspalaute tukijaksojen lopussa"],
    ["Touko- ja marraskuu 2025 ja 2026", "Nuorten raadin ryhmähaastattelut"],
    ["10/2025", "Väliarviointi (ulkoinen) ja osaamisen seurantakysely"],
    ["9–11/2026", "Osaamisen loppukysely ja ulkoinen loppuarviointi, raportti 30.11.2026 mennessä"],
])
tekstiruutu(d, ["Huom! Arviointisuunnitelma on elävä asiakirja. Sitä päivitetään ohjausryhmän kokouksissa, "
                "jos toiminta tai mittarit muuttuvat."])

otsikko(d, "5 Arviointitiedon käyttö ja toimintamallin jatkuvuus")
kpl(d, "Arviointitietoa käytetään ensisijaisesti hankkeen ohjaamiseen: ohjausryhmä käsittelee "
       "itsearviointiraportit ja ulkoisen arvioinnin tulokset ja päättää tarvittavista muutoksista. "
       "Tulokset raportoidaan rahoittajalle väli- ja loppuraportissa, ja toimintamallin kuvaus "
       "tallennetaan Innokylään. Lisäksi tuloksista kerrotaan hyvinvointialueen henkilöstöinfoissa "
       "ja alueellisessa mielenterveysseminaarissa syksyllä 2026.")
kpl(d, "Toiminnan jatkuvuutta on mietitty jo hakuvaiheessa: mielenterveys- ja päihdepalvelujen "
       "johtoryhmä sitoutui hakemuksessa siihen, että Silta-vastaanotto arvioidaan osaksi sote-keskusten "
       "perustoimintaa. Hankkeen alussa syys–lokakuussa 2024 jokaiseen sote-keskukseen nimettiin "
       "yhdyshenkilö, joka osallistuu kehittämiseen ja vie mallia omaan yksikköönsä. Arvioinnin "
       "viidennen kysymyksen vastaukset kootaan johtoryhmälle keväällä 2026, jotta mahdollinen "
       "jatkorahoitus ehditään käsitellä vuoden 2027 talousarviossa.")
kpl(d, "Hyväksytty ohjausryhmässä 21.10.2024.", kursiivi=True)

d.add_page_break()
otsikko(d, "Liite 1. Mittaristo: lähtötaso ja tavoitetaso")
rivit = [
    ["Mittari", "Lähtötaso", "Tavoitetaso 12/2026", "Tietolähde"],
    ["Tavoite 1 – nopea ensimmäinen tuki", "", "", ""],
    ["Odotusaika ensimmäiseen käyntiin, mediaani", "38 vrk (2023)", "alle 7 vrk", "Potilastietojärjestelmä"],
    ["Nuoria Silta-vastaanotoilla vuodessa", "0 (uusi palvelu)", "600", "Potilastietojärjestelmä"],
    ["Asiakkaat, jotka kokevat saaneensa apua", "ei mitattu", "vähintään 80 %", "Asiakaspalaute"],
    ["Tavoite 2 – osaaminen", "", "", ""],
    ["Koulutetut työntekijät, jotka käyttävät menetelmää viikoittain", "10 % (11/2024)", "60 %", "Osaamiskysely"],
    ["Käynnit, joihin lyhytterapeuttinen menetelmä on kirjattu", "ei mitattu", "30 % Silta-käynneistä", "Kirjaukset"],
    ["Tavoite 3 – palveluketju", "", "", ""],
    ["18–29-vuotiaiden lähetteet psykiatrian poliklinikalle vuodessa", "620 (2023)", "enintään 450", "Lähetetilasto"],
    ["Palveluketju hyväksytty johtoryhmässä", "ei", "kyllä", "Johtoryhmän pöytäkirja"],
]
t = taulukko(d, rivit)
for i in (1, 5, 8):
    a = t.cell(i, 0).merge(t.cell(i, 3))
    for r in a.paragraphs[0].runs:
        r.bold = True
    # poista yhdistämisestä syntyneet tyhjät kappaleet
    for p in a.paragraphs[1:]:
        p._p.getparent().remove(p._p)

tallenna(d, "01_arviointisuunnitelma_mielenterveys.docx")

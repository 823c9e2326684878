"""04: Kaiku-loppuraportti, kulttuuri (valtion taidekokoelmakeskus), tallennettu PDF:ksi LibreOfficella.
Ei havaintoja. Piirteet: Kaiku-pohjan kysymykset vastauksineen, pohjan omituinen numerointi
(3. Tiivistelmä, 6. Laatimispäivämäärä) säilytetty, kustannustaulukko, jatkosuunnitelma hankkeen jälkeen."""
from apu import *

doc = uusi(fontti="Times New Roman", koko=11)
tunnisteet(doc, ala="Valtion taidekokoelmakeskus – Kaiku-loppuraportti", sivunumero=True)

t = doc.add_paragraph()
r = t.add_run("KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI")
r.bold = True
r.font.size = Pt(15)


def kysymys(teksti):
    p = doc.add_paragraph(style="List Bullet")
    r = p.add_run(teksti)
    r.bold = True
    return p


otsikko(doc, "1. Taustatiedot", 1)
kysymys("Toteuttajaviraston tai verkoston nimi")
kappale(doc, "Valtion taidekokoelmakeskus, kokoelmapalvelut (Helsinki, Kuopio ja Oulu)")
kysymys("Hankkeen nimi ja määrärahapäätöksen diaarinumero")
kappale(doc, "Kokoelma kulkee – monipaikkaisen kokoelmatyön yhteiset pelisäännöt. Määrärahapäätös "
             "VK/1187/02.07.00/2023.")

otsikko(doc, "2. Hankkeen teema ja tavoitteet", 1)
kysymys("Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?")
kappale(doc, "Hanke liittyi Kaiku-teemaan ”uudistuvat työn tekemisen tavat”. Kokoelmapalveluiden 38 "
             "työntekijää työskentelee kolmessa toimipisteessä ja yhä useammin myös etänä, mutta kokoelmatyön "
             "käytännöt (teosten siirrot, kuntotarkastukset, luettelointi) oli rakennettu sen varaan, että kaikki "
             "ovat samassa talossa. Tavoitteena oli, että kokoelmapalveluilla on yhteiset pelisäännöt "
             "monipaikkaiseen työhön, että tieto teosten liikkeistä kulkee toimipisteiden välillä ilman "
             "katkoksia ja että työntekijät kokevat kuuluvansa yhteen työyhteisöön asuinpaikastaan riippumatta.")

otsikko(doc, "3. Hankkeen toteutus", 1)
kysymys("Hankkeen kesto")
kappale(doc, "Hanke kesti 1.9.2023–30.6.2025, eli 22 kuukautta. Alkuperäinen päättymispäivä oli 31.5.2025, "
             "ja Kaiku-työelämäpalvelut hyväksyi kuukauden jatkon keväällä 2025.")
kysymys("Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa")
kappale(doc, "Syksyllä 2023 teimme koko henkilöstölle kartoituskyselyn ja haastattelimme kaikkien kolmen "
             "toimipisteen tiimit. Tammi–maaliskuussa 2024 järjestimme neljä yhteistä työpajaa, joissa kuvasimme "
             "teoksen siirron ja kuntotarkastuksen prosessit ja sovimme, mitkä asiat tehdään aina samalla tavalla "
             "toimipisteestä riippumatta. Näiden pohjalta laadittiin pelisääntökortit, joita kokeiltiin syksyllä "
             "2024 kahdessa näyttelyhankkeessa. Kevään 2025 aikana pelisäännöt päivitettiin kokeilujen perusteella "
             "ja otettiin käyttöön kaikissa toimipisteissä.")
kappale(doc, "Suunnitelmasta poiketen emme rakentaneet omaa sähköistä siirtoseurantaa, koska viraston "
             "kokoelmanhallintajärjestelmään tuli samaan aikaan vastaava ominaisuus. Säästynyt työaika käytettiin "
             "etätyön perehdytysmallin tekemiseen.")
kysymys("Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen")
kappale(doc, "Kokoelmajohtaja osallistui kaikkiin työpajoihin ja ohjausryhmän kokouksiin. Henkilöstöstä 34 "
             "osallistui vähintään kahteen työpajaan. Sitoutumista lisäsi se, että pelisäännöt kirjoitettiin "
             "työntekijöiden omista esimerkeistä.")
kysymys("Luettelo käytetyistä menetelmistä ja kokemukset niistä")
kappale(doc, "Kartoituskysely ja tiimihaastattelut; prosessikuvaus post-it-seinällä ja etäyhteydellä yhtä aikaa; "
             "pelisääntökortit; kokeilut todellisissa näyttelyhankkeissa; loppukysely. Parhaiten toimi kokeilu "
             "oikeissa töissä, koska se paljasti ne kohdat, joissa pelisäännöt olivat liian yleisiä.")
kysymys("Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä")
kappale(doc, "Työpajat fasilitoi ulkopuolinen konsultti (Työyhteisötalo Virtanen & Co), mikä vapautti "
             "esihenkilöt osallistumaan tasavertaisina. Prosessikuvaukset teki viraston oma laatukoordinaattori, "
             "ja se oli hyvä ratkaisu, koska hän tuntee järjestelmät.")
kysymys("Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?")
kappale(doc, "Etäosallistujat jäivät ensimmäisessä työpajassa sivurooliin. Toisesta työpajasta alkaen jokaiseen "
             "pienryhmään otettiin vähintään yksi etäosallistuja ja kaikki käyttivät samaa sähköistä taulua.")
kysymys("Miten kustannusarvio toteutui?")
kappale(doc, "Kustannukset jäivät hieman arviosta, koska sähköistä siirtoseurantaa ei rakennettu:")
kust = [
    ["Kustannuserä", "Arvio, €", "Toteutunut, €"],
    ["Ulkopuolinen fasilitointi", "14 000", "13 200"],
    ["Sähköinen siirtoseuranta", "6 000", "0"],
    ["Perehdytysmallin taitto ja kuvitus", "–", "3 100"],
    ["Matkat ja tilat", "5 000", "5 640"],
    ["Yhteensä", "25 000", "21 940"],
]
taulukko(doc, kust, leveydet=[8, 3, 3])

otsikko(doc, "4. Tulokset ja vaikuttavuus", 1)
kysymys("Miten tavoitteet toteutuivat?")
kappale(doc, "Yhteiset pelisäännöt ovat käytössä kaikissa toimipisteissä, ja ne on liitetty kokoelmapalveluiden "
             "laatukäsikirjaan. Teosten siirroissa ei loppukyselyn mukaan enää ole ”kenen vastuulla” -tilanteita "
             "yhtä usein: vastaajista 71 % koki tiedonkulun parantuneen (alkukyselyssä tyytyväisiä oli 38 %). "
             "Yhteisöllisyyden kokemus parani vähemmän kuin toivoimme, erityisesti Oulun pienessä tiimissä.")
kysymys("Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?")
kappale(doc, "Perehdytysmallista tuli hankkeen suosituin tuote, vaikka sitä ei ollut suunnitelmassa lainkaan. "
             "Kaksi muuta valtion museoalan virastoa on jo pyytänyt sen käyttöönsä.")
kysymys("Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?")
kappale(doc, "Alku- ja loppukysely koko henkilöstölle (vastausprosentit 82 ja 76), työpajojen palautteet, "
             "kokeiluista kirjatut poikkeamat sekä ohjausryhmän arviointikeskustelu hankkeen lopussa.")
kysymys("Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?")
kappale(doc, "Pelisääntökortit ja niiden vuosittainen päivitys laatukäsikirjan yhteydessä, etätyön "
             "perehdytysmalli sekä kuukausittainen kaikkien toimipisteiden yhteinen kokoelmapalaveri.")
kysymys("Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?")
kappale(doc, "Näyttelyitä järjestäville kumppanimuseoille siirtojen aikataulut pitävät paremmin, ja "
             "kuntotarkastusraportit ovat yhtenäisiä toimipisteestä riippumatta. Työyhteisössä uudet työntekijät "
             "pääsevät sisään töihin nopeammin.")

otsikko(doc, "5. Kehitysajatukset", 1)
kysymys("Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?")
kappale(doc, "Pelisäännöt päivitetään kerran vuodessa laatukäsikirjan katselmoinnissa, ja vastuu on "
             "laatukoordinaattorilla. Keväällä 2026 teemme lyhyen seurantakyselyn, jolla katsomme, ovatko "
             "hankkeen aikana saavutetut muutokset pysyneet. Oulun tiimin yhteisöllisyyteen palaamme "
             "kehityskeskusteluissa ja seuraavassa työhyvinvointikyselyssä.")

otsikko(doc, "6. Suositukset muille virastoille", 1)
kysymys("Mitä toteutuneessa hankkeessa oli sellaista innovatiivista (pienetkin ideat), jota suosittelisitte "
        "levitettäväksi myös muille työyhteisöille?")
kappale(doc, "Pelisääntökortit: yksi asia yhdellä kortilla, kirjoitettuna työntekijöiden omilla sanoilla. "
             "Lisäksi sääntö, että jokaisessa pienryhmässä on vähintään yksi etäosallistuja.")
kysymys("Mitä muiden organisaatioiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?")
kappale(doc, "Kokeilkaa uusia toimintatapoja oikeissa töissä mahdollisimman varhain. Varatkaa suunnitelmaan "
             "tilaa myös asioille, joita ei osaa ennakoida.")

otsikko(doc, "3. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta (kohdat 4–6)", 1)
kappale(doc, "Valtion taidekokoelmakeskuksen kokoelmapalvelut kehitti Kaiku-hankkeessa 1.9.2023–30.6.2025 "
             "yhteiset pelisäännöt monipaikkaiseen kokoelmatyöhön. Kolmessa toimipisteessä ja etänä työskentelevä "
             "henkilöstö kuvasi yhdessä teosten siirron ja kuntotarkastuksen prosessit ja kirjasi sovitut "
             "käytännöt pelisääntökorteiksi, joita kokeiltiin kahdessa näyttelyhankkeessa ennen käyttöönottoa.")
kappale(doc, "Pelisäännöt ovat nyt osa laatukäsikirjaa. Loppukyselyssä 71 % henkilöstöstä koki tiedonkulun "
             "toimipisteiden välillä parantuneen, kun alkukyselyssä tyytyväisiä oli 38 %. Hankkeen sivutuotteena "
             "syntynyt etätyön perehdytysmalli on herättänyt kiinnostusta myös muissa virastoissa. Yhteisöllisyyden "
             "kokemus parani vähemmän kuin tavoiteltiin, ja siihen palataan työhyvinvointityössä.")
kappale(doc, "Suosittelemme muille kokeilemaan uusia käytäntöjä oikeissa töissä mahdollisimman varhain ja "
             "kirjoittamaan säännöt työntekijöiden omilla sanoilla.")

otsikko(doc, "6. Kaiku-loppuraportin laatimispäivämäärä, yhteystiedot ja mahdollinen lisäinformaatio", 1)
kappale(doc, "Helsingissä 18.9.2025")
kysymys("Yhteyshenkilöt, joilta saa lisätietoa")
kappale(doc, "Kokoelmajohtaja Helena Aaltonen-Rissanen, helena.aaltonen-rissanen@taidekokoelmakeskus.fi, "
             "p. 0295 330 481")
kappale(doc, "Laatukoordinaattori Janne Pyykkö, janne.pyykko@taidekokoelmakeskus.fi, p. 0295 330 517")
kysymys("Muuta materiaalia (esim. PowerPoint-esittelyjen liitteet tai linkit)")
kappale(doc, "Pelisääntökortit ja etätyön perehdytysmalli (PDF) liitteinä; loppuseminaarin esitys 12.6.2025.")

src = tallenna(doc, "04_loppuraportti_kokoelmatyo.docx", kansio=LAHTEET, tekija="Janne Pyykkö",
               otsikko_meta="Kaiku-loppuraportti Kokoelma kulkee")
print(muunna(src, "pdf"))

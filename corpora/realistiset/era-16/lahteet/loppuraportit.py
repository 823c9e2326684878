"""Asiakirjat 01 (Leader-loppuraportti, myöhässä) ja 02 (kirjaston loppuraportti, PDF)."""
import os
import subprocess

from apu import *  # noqa


def doc01():
    d = uusi()
    d.add_heading("Loppuraportti – Verkkoaitat ja venevajat: rannikkokylien kalastusperinne talteen", 0)
    kpl(d, "Leader Rannikkoportti ry / kehittämishanke, toimenpide 19.2")
    # Laatimispäivä vain muutosmerkinnän sisällä: poistettu päivä olisi ollut ajoissa.
    muutoskpl(d, [("n", "Laadittu "), ("d", "29.8.2025"), ("i", "14.11.2025"),
                  ("n", ", Pyhämaan kyläyhdistys ry:n hallituksen hyväksymä versio")])

    otsikko(d, "1. Taustatiedot")
    t = taulukko(d, [
        ["Kenttä", "Tieto"],
        ["Toteuttaja", "Pyhämaan kyläyhdistys ry (Y-tunnus 1846302-7)"],
        ["Hankkeen nimi", "Verkkoaitat ja venevajat – rannikkokylien kalastusperinne talteen"],
        ["Rahoituspäätös", "Dnro 51870/2023, Varsinais-Suomen ELY-keskus / Leader Rannikkoportti"],
        ["Toteutusaika", "1.6.2023–31.5.2025"],
        ["Kokonaisbudjetti", "68 400 euroa, josta julkista rahoitusta 80 %"],
    ])
    kpl(d, "")

    otsikko(d, "2. Tavoitteet ja niiden toteutuminen")
    kpl(d, "Hanke syntyi kyläillassa keväällä 2022, kun huomasimme, että kylän viimeiset ammattikalastajat "
           "ovat yli 75-vuotiaita eikä heidän tietojaan verkkojen kunnostuksesta, kalastuspaikoista ja "
           "venevajojen rakentamisesta ollut tallennettu mihinkään. Kylällä on noin 40 vanhaa verkkoaittaa "
           "ja venevajaa, joista vuoden 2021 kyläkartoituksen mukaan lähes puolet oli huonossa kunnossa.")
    kpl(d, "Tavoitteenamme oli ensinnäkin kerätä kalastusperinne talteen haastatteluina ja valokuvina. "
           "Toiseksi halusimme, että vähintään kymmenen vanhaa rakennusta kunnostetaan talkoilla perinteisin "
           "menetelmin. Kolmanneksi tavoitteena oli, että kylän nuoret ja kesäasukkaat oppivat perinteisiä "
           "taitoja ja että rannasta tulee taas kylän yhteinen kokoontumispaikka.")
    kpl(d, "Tallennustavoite toteutui yli odotusten: haastattelimme 23 kyläläistä ja saimme arkistoon noin 900 "
           "valokuvaa. Rakennusten kunnostuksessa jäimme hieman tavoitteesta, sillä kunnostettuja aittoja ja "
           "vajoja on yhdeksän. Kymmenes, Lahdenperän venevaja, osoittautui niin lahoksi, että sen korjaus "
           "siirtyi kyläyhdistyksen omaksi työksi. Taitojen oppimisen tavoite toteutui hyvin: työpajoihin "
           "osallistui yhteensä 146 henkeä, joista kolmannes oli alle 25-vuotiaita.")

    otsikko(d, "3. Hankkeen toteutus")
    kpl(d, "Hanke kesti 24 kuukautta. Ensimmäisenä kesänä 2023 keskityimme haastatteluihin ja rakennusten "
           "kuntokartoitukseen, jonka teki rakennusperinteeseen perehtynyt restaurointikisälli Oona Virtanen. "
           "Talvella 2023–2024 järjestimme kuusi verkonkutomisen ja -paikkauksen iltaa kylätalolla. Kesällä "
           "2024 pidettiin neljä kunnostustalkoota ja syksyllä 2024 koottiin verkkonäyttely. Keväällä 2025 "
           "valmistui painettu kirjanen ja kyläreitin opastaulut.")
    kpl(d, "Suunnitelmasta poikettiin kahdessa kohdassa. Museoviraston lausunnon odottaminen viivästytti "
           "kahden aitan kattotöitä noin kaksi kuukautta, ja opastaulut tilattiin lopulta yhdessä naapurikylä "
           "Kettelin kanssa, mikä säästi kustannuksia.")
    kpl(d, "Talkoisiin osallistui kyläläisiä noin 1 100 tunnin edestä. Kustannusarvio toteutui lähes "
           "suunnitellusti: toteutuneet kustannukset olivat 66 920 euroa.")

    otsikko(d, "4. Tulokset ja vaikuttavuus")
    kpl(d, "Pysyvinä tuloksina kylään jäi haastatteluarkisto, joka on luovutettu Uudenkaupungin museolle, "
           "yhdeksän kunnostettua rakennusta, kyläreitti opastauluineen sekä 48-sivuinen kirjanen "
           "”Verkot kuivumassa”. Arvioimme toimintaa keräämällä työpajoista palautteen ja pitämällä "
           "hankkeen lopuksi kyläillan, jossa kävimme läpi mitä onnistui ja mitä ei.")
    kpl(d, "Yllättävää oli, kuinka paljon kesäasukkaat innostuivat. Heistä muodostui talkooporukan runko, ja "
           "kolme kesäasukasperhettä on sittemmin vuokrannut kunnostetun aitan omaan käyttöönsä.")

    otsikko(d, "5. Miten tästä eteenpäin?")
    kpl(d, "Kyläyhdistys jatkaa verkkoiltoja omana toimintanaan talvikaudella 2025–2026. Rakennusten "
           "kunnossapidosta on tehty vuosikello, ja Lahdenperän venevajan korjaus tehdään talkoilla kesällä "
           "2026. Haaveena on kalastusperinteen kesäpäivä, joka voisi vakiintua vuosittaiseksi.")

    otsikko(d, "6. Suositukset muille kylille")
    kpl(d, "Aloittakaa haastatteluista ajoissa, sillä muistitieto katoaa nopeasti. Kuntokartoitus kannattaa "
           "teettää ammattilaisella ennen kuin talkoot luvataan, ja lausunnot kannattaa pyytää heti hankkeen "
           "alussa. Kesäasukkaat ovat voimavara, joka kannattaa kutsua mukaan henkilökohtaisesti.")

    otsikko(d, "7. Tiivistelmä")
    kpl(d, "Pyhämaan kyläyhdistyksen Leader-hanke tallensi rannikkokylän kalastusperinteen haastatteluin ja "
           "valokuvin, kunnosti talkoilla yhdeksän vanhaa verkkoaittaa ja venevajaa sekä opetti perinteisiä "
           "taitoja 146 osallistujalle. Tuloksena syntyi kyläreitti, kirjanen ja museolle luovutettu arkisto. "
           "Toiminta jatkuu kyläyhdistyksen omana työnä.")

    otsikko(d, "8. Yhteystiedot")
    kpl(d, "Lisätietoja antaa kyläyhdistyksen puheenjohtaja Aila Korhonen, aila.korhonen@pyhamaankyla.fi, "
           "puh. 040 718 2235. Hankkeen kuvat ja kirjanen: www.pyhamaankyla.fi/verkkoaitat")
    return tallenna(d, "01_leader_kalastusperinne_loppuraportti.docx", {
        "doc_type": "loppuraportti",
        "findings": [{"rule": "raportti.myohassa"}]})


def doc02():
    d = uusi()
    d.add_heading("Loppuraportti: Kirjastoauto kylille – lukemisen ja digituen kiertävä palvelu", 0)
    kpl(d, "Raportointi opetus- ja kulttuuriministeriölle yleisten kirjastojen kehittämisavustuksesta")
    lihava(d, "Taustatiedot")
    kpl(d, "Toteuttaja: Kuusamon kaupunginkirjasto yhteistyössä Posion kunnankirjaston kanssa.")
    kpl(d, "Hankkeen nimi: Kirjastoauto kylille. Avustuspäätös OKM/412/09.01.04/2024, myönnetty 38 000 euroa.")
    kpl(d, "Toteutusaika 1.8.2024–30.6.2025.")

    lihava(d, "Mihin hanke liittyi ja mitä tavoittelimme?")
    kpl(d, "Hanke liittyi ministeriön painopisteeseen lukutaidon ja digitaalisen osallisuuden vahvistamisesta. "
           "Kuusamon ja Posion syrjäkylissä asuu paljon ikäihmisiä, joille lähin kirjasto on yli 40 kilometrin "
           "päässä. Tavoitteenamme oli, että kirjastoauton pysäkeillä tarjotaan lukemisen lisäksi "
           "henkilökohtaista digitukea ja että kyläkoulujen oppilaat saavat säännöllisen lukutuokion.")

    lihava(d, "Toteutus")
    kpl(d, "Kirjastoauton reittiä muutettiin niin, että 14 kyläpysäkillä auto viipyi 45 minuuttia aiempaa "
           "pidempään. Pysäkeillä kirjastovirkailija Juha Tervonen ja digitutor Sanna Kela opastivat "
           "pankkitunnusten, Omakannan ja kirjaston e-aineistojen käytössä. Kyläkouluissa järjestettiin joka "
           "toinen viikko lukutuokio. Syksyllä 2024 koulutimme lisäksi kuusi vapaaehtoista digikaveria.")
    kpl(d, "Suunnitelmasta poiketen emme saaneet Posion puolella kahta pysäkkiä toimimaan talvella tiestön "
           "vuoksi, joten ne korvattiin kyläkaupan tiloissa pidetyillä digitukipäivillä. Kustannukset "
           "toteutuivat 37 260 euron suuruisina.")

    lihava(d, "Tulokset ja vaikuttavuus")
    taulukko(d, [
        ["Mittari", "Tavoite", "Toteuma"],
        ["Digitukikäynnit pysäkeillä", "300", "412"],
        ["Lukutuokioihin osallistuneet oppilaat", "120", "131"],
        ["Koulutetut digikaverit", "6", "6"],
        ["Asiakaspalautteen keskiarvo (1–5)", "4,0", "4,6"],
    ])
    kpl(d, "Digituen kysyntä yllätti: moni asiakas tuli pysäkille pelkästään digituen vuoksi ja lainasi samalla "
           "kirjoja ensimmäistä kertaa vuosiin. Arvioimme toimintaa asiakaskyselyllä pysäkeillä sekä opettajien "
           "haastatteluilla keväällä 2025. Pysyväksi toimintatavaksi on jäänyt digituki kirjastoauton "
           "pysäkeillä kerran kuussa.")

    lihava(d, "Kehitysajatukset")
    kpl(d, "Kirjastoauton digituki on kirjattu Kuusamon kirjaston toimintasuunnitelmaan vuodelle 2026, ja "
           "Posion kanssa selvitetään yhteistä kirjastoautoa. Digikaverit jatkavat kansalaisopiston "
           "vapaaehtoisverkostossa.")

    lihava(d, "Suositukset muille kirjastoille")
    kpl(d, "Kirjastoauto on luonteva digituen paikka, koska asiakkaat jo tuntevat henkilökunnan. Suosittelemme "
           "varaamaan pysäkeille riittävästi aikaa ja yhdistämään digituen lukutuokioihin, jolloin myös "
           "isovanhemmat tulevat paikalle lastenlasten kanssa.")

    lihava(d, "Tiivistelmä")
    kpl(d, "Kirjastoauto kylille -hanke toi Kuusamon ja Posion syrjäkylien kirjastoautopysäkeille "
           "henkilökohtaisen digituen ja kyläkouluille säännölliset lukutuokiot. Digitukikäyntejä oli 412 ja "
           "lukutuokioihin osallistui 131 oppilasta. Digituki jatkuu kirjastoauton vakituisena palveluna.")

    lihava(d, "Laatimispäivä ja yhteyshenkilö")
    kpl(d, "12.9.2025. Yhteyshenkilö: kirjastotoimenjohtaja Marjatta Hyvönen, Kuusamon kaupunginkirjasto, "
           "marjatta.hyvonen@kuusamo.example, 050 331 4470.")
    polku = tallenna(d, "02_kirjastoauto_loppuraportti.docx", {"doc_type": "loppuraportti", "findings": []},
                     kansio=SRC)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, polku], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    doc01()
    doc02()

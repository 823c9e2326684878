"""r2-arviointisuunnitelma-koulupolku.pdf – arviointisuunnitelma (ESR+), LibreOfficella PDF:ksi. Puhdas."""
from apu import *


def rakenna(polku):
    d = uusi("Koulupolku – arviointisuunnitelma", "Järvi-Hämeen koulutuskuntayhtymä")
    P(d, "Järvi-Hämeen koulutuskuntayhtymä · Koulupolku-hanke (ESR+) · Versio 2 · 15.10.2025")
    H(d, "KOULUPOLKU – ARVIOINTISUUNNITELMA", 0)
    P(d, "Hyväksytty ohjausryhmässä 22.10.2025. Suunnitelma päivitetään tarvittaessa lukuvuosittain.")

    H(d, "1 Hanke lyhyesti: tausta, tavoitteet ja kohderyhmä", 1)
    P(d, "Koulupolku on Järvi-Hämeen koulutuskuntayhtymän ja Hämeenlinnan seudun ohjaamon yhteinen hanke, jota "
         "rahoittaa Hämeen ELY-keskus Euroopan sosiaalirahasto plussasta. Hanke toteutetaan 1.9.2025–31.8.2027 "
         "ammattiopiston kolmella pilottialalla: logistiikassa, sosiaali- ja terveysalalla sekä rakennusalalla.")
    P(d, "Lukuvuonna 2023–2024 pilottialojen opiskelijoista 9,1 % erosi koulutuksesta, kun koko oppilaitoksen "
         "luku oli 7,4 %. Eroamista edeltää lähes aina pitkä poissaolojen ja keskeneräisten tutkinnon osien jakso, "
         "mutta tieto siitä ei nykyisin kulje opettajalta ohjaukseen riittävän nopeasti.")
    P(d, "Hankkeen tavoitteet ovat:")
    P(d, "1. Keskeyttämisriskissä olevat opiskelijat tunnistetaan aiemmin, ja heidät ohjataan tukeen viipymättä.")
    P(d, "2. Eroamisten osuus pilottialoilla laskee 9,1 %:sta enintään 6 %:iin.")
    P(d, "3. Opettajien ja ohjaushenkilöstön osaaminen opintojen tukemisessa ja puheeksiotossa vahvistuu.")
    P(d, "Kohderyhmänä ovat pilottialojen noin 650 opiskelijaa, erityisesti ensimmäisen vuoden opiskelijat ja "
         "ne, joilla on toistuvia poissaoloja, sekä alojen noin 70 opettajaa, opinto-ohjaajaa ja "
         "opiskeluhuollon työntekijää. Välillisesti hanke koskee opiskelijoiden huoltajia ja työpaikkaohjaajia.")

    H(d, "2 Arvioinnin tarkoitus ja arviointikysymykset", 1)
    P(d, "Arvioinnin tarkoitus on tuottaa hankkeen aikana tietoa, jolla toimintaa voidaan suunnata, ja hankkeen "
         "lopussa tietoa siitä, kannattaako toimintamalli ottaa käyttöön koko oppilaitoksessa. Arviointi vastaa "
         "kolmeen kysymykseen:")
    L(d, ["Tavoittaako varhaisen tunnistamisen malli ne opiskelijat, jotka ovat vaarassa keskeyttää?",
          "Muuttuuko pilottialojen eroaminen ja opintojen eteneminen, ja mitkä toimet siihen vaikuttavat?",
          "Miten henkilöstö ja opiskelijat kokevat uudet käytännöt, ja mitä niistä kannattaa pysyvästi jatkaa?"])

    H(d, "3 Arvioinnin toteutus", 1)
    H(d, "3.1 Itsearviointi", 2)
    P(d, "Hanketiimi (projektipäällikkö, kaksi opintovalmentajaa ja erityisopettaja) arvioi omaa työtään "
         "arviointitaulukon (luku 4) mittareiden avulla. Seurantatiedot kootaan kuukausittain, ja tiimi pitää "
         "jokaisen jakson lopussa reflektiotapaamisen, jossa käydään läpi, mikä toimi ja mitä muutetaan. "
         "Itsearvioinnin havainnot kirjataan hankkeen väliraportteihin.")
    H(d, "3.2 Opiskelijoiden ja henkilöstön osallistuminen", 2)
    P(d, "Opiskelijat ovat mukana arvioinnissa kolmella tavalla. Pilottialojen opiskelijoille tehdään "
         "lyhyt kysely opintojen alussa ja lukuvuoden lopussa. Tukea saaneita opiskelijoita haastatellaan "
         "(noin 15 haastattelua lukuvuodessa). Lisäksi oppilaitoksen opiskelijakunnan hallituksesta koottu "
         "viiden hengen opiskelijaraati kommentoi välituloksia kahdesti lukuvuodessa. Henkilöstöltä kerätään "
         "palaute jokaisesta koulutuksesta ja osaamiskysely hankkeen alussa ja lopussa.")
    H(d, "3.3 Ulkoinen arviointi", 2)
    P(d, "Ulkoisen arvioinnin tekee kilpailutuksen perusteella valittu Arviointiyhtiö Reunus Oy. Ulkoinen "
         "arvioija tekee väliarvioinnin syksyllä 2026 ja loppuarvioinnin keväällä 2027. Se käyttää hankkeen "
         "keräämää seurantatietoa, haastattelee henkilöstöä ja yhteistyökumppaneita ja järjestää "
         "arviointityöpajan ohjausryhmälle. Ulkoisen arvioinnin kustannukset (14 000 €) sisältyvät hankkeen "
         "ostopalveluihin.")

    H(d, "4 Arviointitaulukko", 1)
    P(d, "Taulukko kokoaa hankkeen tavoitteet, toimenpiteet ja mittarit.")
    taulukko(d, [
        ["Tavoite", "Toimenpiteet", "Mittarit ja tiedonkeruu", "Ajoitus"],
        ["1. Riskissä olevat opiskelijat tunnistetaan aiemmin",
         "Varhaisen tunnistamisen malli: poissaolojen ja opintojen etenemisen hälytysrajat Wilmassa, "
         "viikoittainen ohjaustiimi, opintovalmentajan yhteydenotto",
         "Aika hälytysrajan ylittymisestä ensimmäiseen ohjauskeskusteluun (tavoite alle 10 arkipäivää); "
         "tavoitettujen opiskelijoiden määrä; opiskelijakysely",
         "seuranta kuukausittain, kysely syys- ja toukokuussa"],
        ["2. Eroamisten osuus laskee enintään 6 %:iin",
         "Opintovalmentajat, joustavat opintopolut, tutkinnon osien rästipajat",
         "Eronneiden osuus pilottialoilla (opiskelijahallintojärjestelmä) lukuvuosittain verrattuna lukuvuoteen "
         "2023–2024; tukea saaneiden haastattelut",
         "tilastot elokuussa 2026 ja 2027, haastattelut keväisin"],
        ["3. Henkilöstön osaaminen vahvistuu",
         "Kuuden koulutuksen sarja puheeksiotosta ja opintojen tukemisesta, työpariohjaus",
         "Osaamiskysely (alku ja loppu), koulutuspalaute, ulkoisen arvioijan henkilöstöhaastattelut",
         "osaamiskysely 10/2025 ja 4/2027"],
    ])

    H(d, "5 Tiedonkeruun aikataulu", 1)
    taulukko(d, [
        ["Tiedonkeruu", "2025", "2026", "2027"],
        ["Seurantatiedot (poissaolot, ohjauskeskustelut)", "syys–joulu kuukausittain", "kuukausittain",
         "tammi–kesä kuukausittain"],
        ["Opiskelijakysely", "syyskuu", "toukokuu ja syyskuu", "toukokuu"],
        ["Haastattelut", "–", "maalis–huhtikuu", "maalis–huhtikuu"],
        ["Henkilöstön osaamiskysely", "lokakuu", "–", "huhtikuu"],
        ["Ulkoinen arviointi", "–", "väliarviointi syksy", "loppuarviointi kevät"],
    ])

    H(d, "6 Arviointitiedon käyttö ja juurruttaminen", 1)
    P(d, "Arviointitietoa käytetään kolmella tasolla. Hanketiimi muuttaa toimintaansa jaksoittain seurantatiedon "
         "perusteella. Ohjausryhmä käsittelee väliraportit ja ulkoisen väliarvioinnin ja päättää tarvittavista "
         "painopisteiden muutoksista. Koulutuskuntayhtymän johtoryhmä käyttää loppuarviointia päättäessään, "
         "laajennetaanko malli kaikille aloille lukuvuodesta 2027–2028 alkaen.")
    P(d, "Juurruttaminen on aloitettu jo hankkeen valmisteluvaiheessa keväällä 2025, jolloin opiskeluhuollon "
         "päällikkö ja pilottialojen koulutuspäälliköt osallistuivat mallin suunnitteluun. Hankkeen ensimmäisten "
         "kolmen kuukauden aikana (syys–marraskuu 2025) perustetaan juurrutustiimi, jota johtaa opiskeluhuollon "
         "päällikkö Tarja Nieminen. Tiimi vastaa siitä, että hälytysrajat ja ohjaustiimin toimintatapa kirjataan "
         "oppilaitoksen ohjaussuunnitelmaan jo hankkeen aikana.")
    P(d, "Tuloksista raportoidaan ELY-keskukselle EURA-järjestelmän maksatushakemusten yhteydessä sekä "
         "loppuraportissa. Hankkeen tulokset ja ulkoisen arvioinnin raportti julkaistaan kuntayhtymän "
         "verkkosivuilla, ja toimintamalli kuvataan Innokylään. Tuloksia esitellään Hämeen ammatillisten "
         "oppilaitosten ohjausverkoston seminaarissa keväällä 2027.")

    H(d, "7 Vastuut ja resurssit", 1)
    P(d, "Arviointisuunnitelman toteutumisesta vastaa projektipäällikkö Jaana Koskela. Seurantatiedon "
         "kokoamiseen on varattu noin 10 % molempien opintovalmentajien työajasta. Ulkoisen arvioinnin "
         "yhteyshenkilö on projektipäällikkö.")
    d.save(polku)

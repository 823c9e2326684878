"""02 Pohjanrannan AMK – arviointisuunnitelma, kaikki taulukoina. Muutosten jäljitys: ulkoinen arviointi
on vain poistetussa tekstissä (w:del), itsearviointi vain lisätyssä (w:ins). Tavoitteen 3 mittari vain
sisältöohjausobjektissa taulukon solussa. Yksi täyttämätön sisältöohjausobjekti (paikkamerkki)."""
import sys; sys.path.insert(0, __file__.rsplit('/', 1)[0])
from apu import *

OUT = sys.argv[1]
d = Document()
d.add_heading("ARVIOINTISUUNNITELMA", 0)
d.add_paragraph("DigiKotihoito – kotihoidon henkilöstön ja asiakkaiden digivalmennus (ESR+, Euroopan sosiaalirahasto plus, Manner-Suomen ohjelma 2021–2027)")
d.add_paragraph("Pohjanrannan ammattikorkeakoulu, Hyvinvointi ja terveys -yksikkö | Versio 1.3 | 18.6.2025")

d.add_heading("1. Perustiedot", 1)
table(d, [
 ["Tieto", "Sisältö"],
 ["Hankkeen nimi", "DigiKotihoito"],
 ["Toteuttaja", "Pohjanrannan ammattikorkeakoulu (päätoteuttaja), Rannikon hyvinvointialue (osatoteuttaja)"],
 ["Toteutusaika", "1.3.2025–28.2.2027"],
 ["Rahoittaja", "Etelä-Pohjanmaan ELY-keskus, ESR+"],
 ["Arvioinnin vastuuhenkilö", "lehtori Sanna Viitamäki, hankkeen projektipäällikkö"],
])
add_inline_sdt_para(d, "Arvioinnin vastuuhenkilön varahenkilö:", None)

d.add_heading("2. Hankkeen tausta, tavoitteet ja kohderyhmä", 1)
table(d, [
 ["", ""],
 ["Tausta", "Rannikon hyvinvointialueen kotihoidossa otettiin vuosina 2023–2024 käyttöön etähoitaja-palvelu ja "
  "sähköinen toiminnanohjaus. Henkilöstökyselyssä (2024, n = 212) 41 % vastaajista koki, ettei osaa neuvoa "
  "asiakasta etäyhteyden käytössä, ja etäkäyntien osuus jäi 9 %:iin tavoitellusta 25 %:sta."],
 ["Kohderyhmä", "Kotihoidon lähihoitajat ja sairaanhoitajat neljällä alueella (noin 260 henkilöä) sekä kotihoidon "
  "asiakkaat, joille etäkäyntejä tarjotaan (noin 400 asiakasta), ja heidän omaisensa."],
])
d.add_paragraph("Tavoitteet, arviointikysymykset ja mittarit:")
t = table(d, [
 ["Tavoite", "Toimenpide", "Arviointikysymys", "Mittari / aineisto", "Ajoitus"],
 ["T1 Henkilöstön digiosaaminen vahvistuu.", "Digivalmennukset (6 moduulia), digitukihenkilöverkosto",
  "Miten osaaminen muuttui?", "Osaamiskysely alussa ja lopussa; valmennusten palaute", "3/2025, 1/2027"],
 ["T2 Asiakkaat saavat tukea etäpalvelujen käyttöön.", "Asiakkaiden kotona annettava laiteopastus, omaisten opastusillat",
  "Kokevatko asiakkaat etäkäynnit turvallisiksi?", "Asiakashaastattelut (n = 20), omaisten palaute", "syksy 2025 ja syksy 2026"],
 ["T3 Etäkäyntien osuus kotihoidon käynneistä kasvaa.", "Etäkäyntien kriteerien päivitys, tiimikohtaiset kokeilut",
  "Kasvoiko etäkäyntien osuus?", "", "neljännesvuosittain"],
])
cellp = t.cell(3, 3).paragraphs[0]._p
cellp.append(parse_xml(
 f'<w:sdt {W}><w:sdtPr><w:alias w:val="Mittari"/><w:id w:val="{nid()}"/><w:text/></w:sdtPr><w:sdtContent>'
 + run("Etäkäyntien osuus kaikista käynneistä toiminnanohjausjärjestelmästä (lähtötaso 9 %, tavoite 20 %)") +
 '</w:sdtContent></w:sdt>'))

d.add_heading("3. Arvioinnin menetelmät ja tiedonkeruu", 1)
table(d, [
 ["Menetelmä", "Kuvaus", "Kuka kerää"],
 ["Kyselyt", "Osaamiskysely henkilöstölle kaksi kertaa; valmennusten lyhyt palaute jokaisen moduulin jälkeen.", "Projektipäällikkö"],
 ["Haastattelut", "Asiakkaiden ja omaisten teemahaastattelut kotikäyntien yhteydessä, 10 kumpanakin syksynä.", "Sairaanhoitajaopiskelijat ohjattuina"],
 ["Rekisteritieto", "Etäkäyntien määrä ja osuus hyvinvointialueen toiminnanohjauksesta.", "Hyvinvointialueen kehittäjähoitaja"],
 ["Työpajat", "Digitukihenkilöiden reflektiotyöpajat kaksi kertaa vuodessa.", "Hanketiimi"],
])
add_raw_para(d, ins("Itsearviointi tehdään hanketiimin puolivuosittaisissa työpajoissa, joissa tavoitetaulukko käydään läpi rivi riviltä. ")
             + run("Ohjausryhmä käsittelee arviointitiedot jokaisessa kokouksessaan. ")
             + dele("Ulkoinen arvioija kilpailutetaan syksyllä 2025, ja ulkoinen arviointi raportoidaan tammikuussa 2027."))

d.add_heading("4. Arviointitiedon käyttö ja raportointi", 1)
table(d, [
 ["Käyttö", "Miten ja milloin"],
 ["Toiminnan ohjaus", "Puolivuosittainen koonti ohjausryhmälle; valmennusten sisältöä muutetaan palautteen perusteella."],
 ["Juurruttaminen", "Jo hakuvaiheessa hyvinvointialueen kotihoidon johtaja Pia Rinne sitoutui siihen, että toimivaksi "
  "arvioidut valmennusmoduulit siirretään hyvinvointialueen perehdytysohjelmaan. Siirto valmistellaan hankkeen "
  "ensimmäisestä puolivuotiskoonnista lähtien."],
 ["Raportointi", "Väliraportit rahoittajalle EURA 2021 -järjestelmässä; loppuraportti 2/2027; tulokset AMK:n julkaisusarjassa ja Theseuksessa."],
])
d.save(OUT)

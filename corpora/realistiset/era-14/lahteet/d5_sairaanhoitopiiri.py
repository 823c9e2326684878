"""05 Järvi-Hämeen sairaanhoitopiiri – loppuraportti (Kaiku-tyyppinen pohja kysymyksineen), PDF:ksi LibreOfficella.
Raportti päivätty 12.2.2025, hanke päättyi 31.8.2024 (yli 3 kk). Yksi pohjan kysymys jäänyt vastaamatta."""
import sys; sys.path.insert(0, __file__.rsplit('/', 1)[0])
from apu import *
OUT = sys.argv[1]
d = Document()
d.add_heading("KOTIUTUSTIIMI 2.0 – HANKKEEN LOPPURAPORTTI", 0)
d.add_paragraph("Järvi-Hämeen sairaanhoitopiiri / Järvi-Hämeen hyvinvointialue 1.1.2023 alkaen")

d.add_heading("1. Taustatiedot", 1)
d.add_paragraph("• Toteuttajaorganisaatio: Järvi-Hämeen keskussairaala, sisätautien tulosalue, ja alueen kuuden kunnan kotihoito (1.1.2023 alkaen hyvinvointialueen kotihoito)")
d.add_paragraph("• Hankkeen nimi ja avustuspäätöksen diaarinumero: Kotiutustiimi 2.0, STM/3184/2022")
d.add_paragraph("• Rahoittaja: sosiaali- ja terveysministeriö, valtionavustus 312 000 €")

d.add_heading("2. Hankkeen teema ja tavoitteet", 1)
bold_line(d, "Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?")
d.add_paragraph(
 "Hanke liittyi iäkkäiden potilaiden turvalliseen kotiutumiseen erikoissairaanhoidosta. Vuonna 2021 "
 "keskussairaalan sisätautien osastoilta kotiutetuista yli 75-vuotiaista 17 % palasi päivystykseen 30 päivän "
 "kuluessa. Tavoitteena oli vähentää näitä paluita, tehdä kotiutuksesta suunniteltu prosessi, jossa kotihoito "
 "on mukana jo osastojakson aikana, ja luoda liikkuva kotiutustiimi, joka käy potilaan luona ensimmäisten "
 "kolmen vuorokauden aikana.")

d.add_heading("3. Hankkeen toteutus", 1)
bold_line(d, "Hankkeen kesto")
d.add_paragraph("1.9.2022–31.8.2024")
bold_line(d, "Mitä käytännössä tehtiin ja vastasiko se alkuperäistä suunnitelmaa?")
d.add_paragraph(
 "Syksyllä 2022 koottiin kotiutustiimi (kaksi sairaanhoitajaa, fysioterapeutti ja osa-aikainen geriatri) ja "
 "laadittiin kotiutuksen tarkistuslista. Tammikuusta 2023 alkaen tiimi teki kotikäyntejä kaikille "
 "kriteerit täyttäville potilaille neljältä sisätautiosastolta, yhteensä 1 126 potilaalle hankkeen aikana. "
 "Alkuperäisestä suunnitelmasta poiketen etäkäynnit otettiin käyttöön jo keväällä 2023, koska kuntien "
 "etäisyydet olivat suunniteltua suurempi ongelma. Hyvinvointialueen käynnistyminen 1.1.2023 viivästytti "
 "kotihoidon tietojärjestelmäyhteyttä noin puoli vuotta.")
bold_line(d, "Johdon ja henkilöstön sitoutuminen")
d.add_paragraph(
 "Sisätautien ylilääkäri ja kotihoidon johtaja istuivat ohjausryhmässä, ja osastojen osastonhoitajat "
 "nimesivät kotiutusyhdyshenkilöt. Sitoutuminen vaihteli osastoittain; kahdella osastolla tarkistuslista "
 "otettiin käyttöön vasta toisena hankevuonna.")
bold_line(d, "Käytetyt menetelmät ja kokemukset niistä")
d.add_paragraph(
 "Kotiutuksen tarkistuslista, moniammatillinen kotiutuspalaveri (etänä), kotikäynti 72 tunnin sisällä ja "
 "puhelinsoitto 14 vuorokauden kohdalla. Puhelinsoitto osoittautui yllättävän tehokkaaksi: joka viides "
 "soitto johti lääkityksen tarkistukseen.")
bold_line(d, "Miten hankkeen kustannusarvio toteutui?")
bold_line(d, "Mitkä olivat hankkeen keskeiset haasteet?")
d.add_paragraph(
 "Henkilöstön vaihtuvuus kotihoidossa ja tietojärjestelmien yhteensopimattomuus. Geriatrin rekrytointi "
 "onnistui vasta toisella hakukierroksella maaliskuussa 2023.")

d.add_heading("4. Tulokset ja vaikuttavuus", 1)
d.add_paragraph(
 "Päivystykseen 30 päivän kuluessa palanneiden osuus laski kotiutustiimin potilailla 11 %:iin (vertailuryhmä "
 "16 %). Potilaskyselyyn vastanneista (n = 318) 87 % koki kotiutuksen turvalliseksi. Kotihoidon henkilöstö arvioi "
 "tiedonkulun parantuneen asteikolla 1–5 keskiarvosta 2,4 keskiarvoon 3,6. Tiimin toiminta vakinaistettiin "
 "hyvinvointialueen kotisairaalan yhteyteen 1.9.2024 alkaen.")

d.add_heading("5. Kehitysajatukset", 1)
d.add_paragraph(
 "Tarkistuslista kannattaa rakentaa suoraan potilastietojärjestelmään, jotta se ei jää erilliseksi paperiksi. "
 "Etäkäynnit sopivat hyvin seurantaan, mutta ensimmäisen käynnin on syytä olla fyysinen.")

d.add_heading("6. Suositukset muille", 1)
d.add_paragraph(
 "Ottakaa kotihoito mukaan jo osastojakson alussa ja sopikaa yksi nimetty yhdyshenkilö osastoa kohden. "
 "Puhelinsoitto kahden viikon kohdalla on halpa ja vaikuttava käytäntö.")

d.add_heading("7. Tiivistelmä", 1)
d.add_paragraph(
 "Kotiutustiimi 2.0 kehitti vuosina 2022–2024 Järvi-Hämeessä iäkkäiden potilaiden kotiutusmallin, jossa "
 "liikkuva tiimi käy potilaan kotona kolmen vuorokauden kuluessa kotiutuksesta ja soittaa kahden viikon "
 "kohdalla. Päivystykseen palanneiden osuus laski 16 prosentista 11 prosenttiin, ja malli jatkuu "
 "hyvinvointialueen kotisairaalan toimintana.")

d.add_heading("8. Laatimispäivämäärä ja yhteystiedot", 1)
d.add_paragraph("Hämeenkoski 12.2.2025")
d.add_paragraph("Yhteyshenkilö: projektipäällikkö Riikka Hallamaa, riikka.hallamaa@jarvihame.fi, p. 044 560 1187")
d.add_paragraph("Raportin hyväksyi: tulosaluejohtaja Petri Junttila")
d.save(OUT)

"""02: Kunnan ja vesiensuojeluyhdistyksen hankesuunnitelma ELY-keskukselle. Tavoitteet kirjaimin A–D,
työpaketit ja mittarit viittaavat kirjaimiin. Word-otsikkotyylit, alaviite, tekstiruutu, yhdistetyt solut."""
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from apu import *

OUT = "/tmp/batches/era-42/02_hankesuunnitelma_kosteikot.docx"
d = uusi()
yla_ala(d, yla="Tammelanmäen kunta | Hankesuunnitelma | versio 1.3 | 21.11.2025",
        ala="Puhdas Kirvesjoki – ELY-keskukselle jätettävä avustushakemuksen liite")
av = Alaviitteet(d)

d.add_heading("Hankesuunnitelma: Puhdas Kirvesjoki – valuma-alueen kosteikot ja vesiensuojelu yhteistyönä", 0)
kappale(d, "Hakija: Tammelanmäen kunta, ympäristöpalvelut. Osatoteuttaja: Kirvesjoen vesiensuojeluyhdistys ry. "
           "Rahoitusta haetaan Kaakkois-Hämeen ELY-keskukselta vesistökunnostusten avustuksena.")

d.add_heading("1 Tausta ja tarve", 1)
tekstiruutu(d, ["Kirvesjoki lyhyesti", "Pituus 23 km", "Valuma-alue 146 km²", "Maatiloja 38", "Kyliä 2"], leveys="160pt", korkeus="150pt")
p = kappale(d, "Kirvesjoki laskee Ylä-Kirvesjärveen, joka on kunnan tärkein virkistysvesistö. Joen valuma-alue on "
               "146 km², josta peltoa on 31 % ja metsää 58 %. Kunnan vesistöseurannan mukaan vuosina 2019–2023 joen "
               "kokonaisfosforipitoisuus oli keskimäärin 84 µg/l, ja tulvien aikaan kiintoainetta mitattiin jopa 40 mg/l.")
av.lisaa(p, "Tammelanmäen kunnan ympäristönsuojelun vesistöseurantaraportti 2024, taulukot 3–5.")
kappale(d, "Vesienhoitosuunnitelmassa 2022–2027 joen ekologinen tila on luokiteltu välttäväksi. Järven rannoilla "
           "asuvat ovat valittaneet sameudesta ja sinileväkukinnoista, ja asukaskyselyssä syksyllä 2024 vastaajista 71 % "
           "piti järven tilaa huonontuneena. Hanketta on valmisteltu yhdessä viljelijöiden kanssa kahdessa työpajassa "
           "5.9.2025 ja 14.10.2025.")

d.add_heading("2 Tavoitteet", 1)
kappale(d, "Hankkeen päämäärä on, että Kirvesjoen ja Ylä-Kirvesjärven vedenlaatu paranee ja valuma-alueella toimitaan "
           "pysyvästi vesiensuojelua tukevalla tavalla. Osatavoitteet on merkitty kirjaimin; työpaketit (luku 4) ja "
           "mittarit (luku 7) viittaavat näihin kirjaimiin.")
for t in [
    "A) Joen ravinne- ja kiintoainekuorma pienenee, kun valuma-alueelle rakennetaan kolme kosteikkoa ja kaksi laskeutusallasta.",
    "B) Valuma-alueen viljelijät ja metsänomistajat ottavat käyttöön vesiensuojelukeinoja, kuten suojavyöhykkeitä, "
    "talviaikaista kasvipeitteisyyttä ja säätösalaojitusta.",
    "C) Kyläläiset ja Kirvesjoen koulun oppilaat osallistuvat vedenlaadun seurantaan ja tietävät, miten joki voi.",
    "D) Kunnostuksen toimintamalli kirjataan ja otetaan käyttöön myös naapurivaluma-alueilla.",
]:
    kappale(d, t)

d.add_heading("3 Kohderyhmät ja hyödynsaajat", 1)
kappale(d, "Välitön kohderyhmä ovat valuma-alueen 38 maatilaa ja noin 120 metsänomistajaa, Kirvesjoen koulun 5.–6.-"
           "luokkien oppilaat (noin 40 oppilasta vuosittain) sekä Kirvesjoen ja Alakylän kyläyhdistykset. Välillisiä "
           "hyödynsaajia ovat Ylä-Kirvesjärven ranta-asukkaat ja mökkiläiset (noin 600 taloutta), Ylä-Kirvesjärven "
           "osakaskunta sekä naapurikunnat, joiden vesistöt kärsivät samasta ongelmasta.")

d.add_heading("4 Toteutus: työpaketit", 1)
for otsikko, teksti in [
    ("TP1 Kosteikot ja laskeutusaltaat (tavoite A). ",
     "Sijainnit valitaan maastokäynneillä, maanomistajien kanssa tehdään sopimukset, suunnittelu ostetaan "
     "vesitalousasiantuntijalta ja rakentaminen kilpailutetaan urakkana. Luvat haetaan kunnan ympäristönsuojeluviranomaiselta."),
    ("TP2 Tilakohtainen vesiensuojelu (tavoite B). ",
     "Tehdään tilakäynnit ja tilakohtaiset vesiensuojelusuunnitelmat 25 tilalle yhdessä Maaseutuneuvonta "
     "Hämeenkylän kanssa, järjestetään pellonpiennarpäiviä ja metsänomistajien retki ojitusten vesiensuojeluun."),
    ("TP3 Vesistöseuranta ja koulu (tavoitteet A ja C). ",
     "Joen alajuoksulle asennetaan automaattinen vedenlaatuanturi, vesinäytteet otetaan kuukausittain ja "
     "koululaisille järjestetään vesitutkijapäiviä. Kyläläiset kirjaavat näkösyvyys- ja levähavaintoja "
     "Järvihavainto-sovellukseen."),
    ("TP4 Toimintamalli, levitys ja juurruttaminen (tavoite D). ",
     "Kunnostuksen vaiheet kirjoitetaan oppaaksi, naapurivaluma-alueille järjestetään työpajoja ja kunnan pysyvät "
     "käytännöt valmistellaan päätöksentekoon (ks. luku 9)."),
    ("TP5 Hallinnointi. ", "Kirjanpito, maksatushakemukset, ohjausryhmän työ ja raportointi rahoittajalle."),
]:
    p = d.add_paragraph()
    r = p.add_run(otsikko)
    r.bold = True
    p.add_run(teksti)

d.add_heading("5 Aikataulu", 1)
kappale(d, "Hankeaika on 1.3.2026–28.2.2029 (36 kuukautta).")
taulukko(d, [
    ["Vaihe", "Ajankohta", "Työpaketti"],
    ["Aloitus, ohjausryhmän ensimmäinen kokous, jatkuvuustyöryhmän perustaminen", "maalis–huhtikuu 2026", "TP4, TP5"],
    ["Kosteikkojen sijaintien valinta ja maanomistajasopimukset", "kevät–syksy 2026", "TP1"],
    ["Seuranta-anturin asennus, kuukausinäytteet alkavat", "toukokuu 2026", "TP3"],
    ["Tilakäynnit ja tilakohtaiset suunnitelmat", "syksy 2026 – kevät 2028", "TP2"],
    ["Kosteikkojen suunnittelu ja luvat", "talvi 2026–2027", "TP1"],
    ["Rakentaminen", "kesä–syksy 2027", "TP1"],
    ["Vesitutkijapäivät koululla", "keväisin ja syksyisin 2026–2028", "TP3"],
    ["Naapurivaluma-alueiden työpajat", "syksy 2027 ja kevät 2028", "TP4"],
    ["Opas valmis, loppuseminaari", "tammikuu 2029", "TP4"],
    ["Loppuraportti rahoittajalle", "helmikuu 2029", "TP5"],
])

d.add_heading("6 Kustannusarvio ja rahoitus", 1)
rivit = [
    ["Kustannuslaji", "Vuosi", "", "", "", "Yhteensä"],
    ["", "2026", "2027", "2028", "2029", ""],
    ["Henkilöstö (projektipäällikkö 100 %)", "42 000", "52 000", "53 000", "9 000", "156 000"],
    ["Ostopalvelut (suunnittelu, urakat, analyysit)", "35 000", "148 000", "12 000", "0", "195 000"],
    ["Seurantalaitteet ja tarvikkeet", "14 000", "2 000", "2 000", "0", "18 000"],
    ["Matkat ja tilaisuudet", "3 000", "5 000", "6 000", "3 000", "17 000"],
    ["Viestintä ja opas", "1 000", "2 000", "5 000", "6 000", "14 000"],
    ["Yhteensä", "95 000", "209 000", "78 000", "18 000", "400 000"],
]
t = d.add_table(rows=len(rivit), cols=6)
t.style = "Table Grid"
for i, rivi in enumerate(rivit):
    for j, arvo in enumerate(rivi):
        if arvo:
            t.cell(i, j).text = arvo
t.cell(0, 1).merge(t.cell(0, 4))
t.cell(0, 0).merge(t.cell(1, 0))
t.cell(0, 5).merge(t.cell(1, 5))
for c in (t.cell(0, 0), t.cell(0, 1), t.cell(0, 5)):
    for r in c.paragraphs[0].runs:
        r.bold = True
kappale(d, "Rahoitus: ELY-keskuksen avustus 70 % (280 000 €), Tammelanmäen kunta 25 % (100 000 €) ja Kirvesjoen "
           "vesiensuojeluyhdistys ry 5 % (20 000 €, josta talkootyötä 8 000 €). Työpaketille TP4 (toimintamalli, levitys "
           "ja juurruttaminen) on varattu noin 15 % projektipäällikön työajasta sekä viestinnän ja oppaan kulut 14 000 euroa.")

d.add_heading("7 Seuranta ja arviointi", 1)
kappale(d, "Ohjausryhmä käsittelee seurantatiedot puolen vuoden välein. Mittarit on koottu osatavoitteittain:")
taulukko(d, [
    ["Tavoite", "Mittari", "Lähtötaso", "Tavoitetaso", "Tiedonlähde"],
    ["A Kuorma pienenee", "Rakennetut kosteikot ja altaat; fosforin ja kiintoaineen pitoisuus alajuoksulla",
     "0 kpl; 84 µg/l", "5 kpl; alle 65 µg/l vuoden 2028 keskiarvona", "Urakan vastaanotto, anturi ja kuukausinäytteet"],
    ["B Vesiensuojelukeinot käyttöön", "Tilat, joilla on vesiensuojelusuunnitelma; uusien suojavyöhykkeiden pinta-ala",
     "0 tilaa; 0 ha", "25 tilaa; 15 ha", "Tilakäyntien kirjaukset, tukihakemukset"],
    ["C Kyläläiset ja oppilaat mukana seurannassa", "Vesitutkijapäiviin osallistuneet oppilaat; kansalaishavaintojen määrä; "
     "asukkaiden palautekysely", "–", "80 oppilasta; 300 havaintoa; 70 % vastaajista kokee saavansa tietoa joen tilasta",
     "Osallistujalistat, sovellus, kysely syksyllä 2028"],
    ["D Toimintamalli käyttöön muualla", "Oppaan julkaisu; mallia kokeilevat naapurivaluma-alueet", "–",
     "Opas julkaistu; kaksi aluetta aloittanut", "Työpajojen muistiot, ohjausryhmän pöytäkirjat"],
])

d.add_heading("8 Tulokset ja vaikutukset", 1)
kappale(d, "Hankkeen tuotoksia ovat kolme kosteikkoa, kaksi laskeutusallasta, 25 tilakohtaista vesiensuojelusuunnitelmaa, "
           "jatkuvatoiminen seuranta-asema ja opas valuma-aluekunnostuksen toteuttamisesta. Tuloksena joen ravinnekuorma "
           "pienenee ja viljelijöiden, kunnan ja kyläläisten yhteistyö vesistön hyväksi vakiintuu. Pitkällä aikavälillä "
           "Ylä-Kirvesjärven virkistyskäyttö paranee ja kalakannat elpyvät.")

d.add_heading("9 Tulosten juurruttaminen ja jatkuvuus", 1)
kappale(d, "Jatkuvuutta on suunniteltu jo hakuvaiheessa: kunnan tekninen lautakunta ja vesiensuojeluyhdistyksen hallitus "
           "ovat käsitelleet hakemuksen ja sopineet alustavasti vastuista hankkeen jälkeen. Heti hankkeen alussa, "
           "maalis–huhtikuussa 2026, perustetaan jatkuvuustyöryhmä, johon kuuluvat kunnan ympäristöpäällikkö, "
           "yhdistyksen puheenjohtaja ja kaksi viljelijää.")
luettelo(d, [
    "Tiedon jakaminen: tuloksista ja mittaustiedoista kerrotaan koko hankkeen ajan (ks. luku 12).",
    "Mallin muokkaaminen eri käyttäjille: oppaasta tehdään omat osat karjatiloille, kasvinviljelytiloille ja "
    "metsänomistajille, ja koululaisten seurantatehtävistä kootaan opettajan materiaali.",
    "Muiden kokeilut: Sammaljoen ja Ruokojan valuma-alueiden yhdistykset sekä Kolkanpään kunta kutsutaan työpajoihin "
    "syksyllä 2027 ja keväällä 2028 kokeilemaan mallia omilla alueillaan.",
    "Pysyvät rakenteet: Tammelanmäen kunta ottaa kosteikkojen kunnossapidon ja seuranta-anturin osaksi ympäristöpalvelujen "
    "vuosittaista talousarviota ja vesistöseurantaohjelmaa.",
])
kappale(d, "Maaliskuusta 2029 alkaen kosteikkojen kunnossapidosta vastaa Tammelanmäen kunnan ympäristöpäällikkö, ja "
           "Kirvesjoen vesiensuojeluyhdistys ry huolehtii talkoista ja kansalaishavainnoinnin jatkumisesta. Kirvesjoen "
           "koulu on sopinut, että vesitutkijapäivät jatkuvat osana 5.–6. luokkien ympäristöopin opetusta. Juurruttamisen "
           "työhön varatut resurssit on kuvattu luvussa 6.")

d.add_heading("10 Organisointi ja ohjausryhmä", 1)
kappale(d, "Hanketta hallinnoi Tammelanmäen kunta. Hankkeeseen palkataan kokoaikainen projektipäällikkö, jonka esihenkilö "
           "on ympäristöpäällikkö Sari Koivisto. Ohjausryhmään kutsutaan ELY-keskuksen, kunnan, vesiensuojeluyhdistyksen, "
           "Maaseutuneuvonta Hämeenkylän ja Tammelanmäen tuottajayhdistyksen edustajat sekä Kirvesjoen koulun rehtori.")

d.add_heading("11 Riskit ja niiden hallinta", 1)
luettelo(d, [
    "Maanomistajat eivät suostu kosteikkoihin: kartoitetaan useita vaihtoehtoisia sijainteja ja neuvotellaan ajoissa.",
    "Luvat viivästyvät: lupahakemukset jätetään heti suunnittelun valmistuttua ja aikataulussa on varaa.",
    "Urakkahinnat nousevat: ostopalveluihin on laskettu 10 %:n varaus, ja rakennettavien kohteiden järjestys priorisoidaan.",
    "Sääolot vaikeuttavat mittausten vertailua: tuloksia verrataan kunnan pitkään seurantasarjaan.",
])

d.add_heading("12 Viestintä", 1)
kappale(d, "Hankkeella on oma sivu kunnan verkkosivuilla, ja kyläyhdistykset jakavat uutisia Facebookissa. Paikallislehti "
           "Tammelanmäen Viikolle tarjotaan juttuja rakentamisesta ja mittaustuloksista. Viljelijöitä tavoitetaan "
           "pellonpiennarpäivillä ja tuottajayhdistyksen kokouksissa. Opas julkaistaan kunnan verkkosivuilla ja ELY-keskuksen "
           "vesistökunnostusverkoston sivuilla, ja tuloksia esitellään valtakunnallisessa vesistökunnostusseminaarissa vuonna 2028.")

av.kirjoita()
d.save(OUT)
print("ok", OUT)

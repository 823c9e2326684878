from common import *

# ---------- 04 OKM hankesuunnitelma, pitkä, sisäkkäinen taulukko ----------
d = Document()
d.add_heading("Hankesuunnitelma: Lukutaito kuuluu kaikille – Kivikosken koulujen lukemisen tuen malli", 0)
d.add_paragraph("Opetus- ja kulttuuriministeriö, erityisavustus perusopetuksen laadun kehittämiseen · Hakija: Kivikosken kaupunki, sivistystoimiala · Versio 4, 14.5.2025")
d.add_paragraph("Valmistelu: hanketta on valmisteltu rehtorikokouksissa 12.2.2025 ja 19.3.2025 sekä kirjastotoimen kanssa pidetyssä työpajassa 2.4.2025.")

d.add_heading("1 Lähtötilanne ja tarve", 1)
T = [
"Kivikosken kaupungissa on yhdeksän perusopetuksen koulua ja noin 2 850 oppilasta. Kansallisen arvioinnin mukaan lukutaidon "
"erot oppilaiden välillä ovat kasvaneet koko maassa, ja sama näkyy meillä: kaupungin omassa lukusujuvuuden seulassa syksyllä 2023 "
"kolmasluokkalaisista 21 prosenttia jäi alle tavoitetason, kun osuus oli vuonna 2019 vielä 14 prosenttia. Kuudennella luokalla "
"heikkojen lukijoiden osuus oli 18 prosenttia. Erityisesti pojat ja oppilaat, joiden kotikieli on muu kuin suomi, ovat yliedustettuina "
"heikoimmin lukevien joukossa.",
"Lukemisen tukea annetaan kouluissa nyt hyvin eri tavoin. Osassa kouluja erityisopettaja tekee seulat ja tukijaksot, osassa tuki jää "
"luokanopettajan oman aktiivisuuden varaan. Yhteistä mallia tai yhteisiä seulontamenetelmiä ei ole, joten oppilaan siirtyessä "
"koulusta toiseen tieto tuen tarpeesta ei aina siirry mukana. Opettajat kertoivat maaliskuussa 2025 tehdyssä kyselyssä (vastaajia 212), "
"että he kaipaavat ennen kaikkea valmiita materiaaleja, aikaa yhteissuunnitteluun ja selkeää tietoa siitä, milloin oppilas pitäisi ohjata "
"tehostettuun tukeen.",
"Samalla kaupunginkirjaston koululaispalvelut ovat vähentyneet: kirjastoautoreittejä on karsittu, ja koulujen omat kirjastot ovat "
"monin paikoin pelkkiä hyllyjä käytävällä. Lukemisen ilo ja lukemisen taito kulkevat kuitenkin käsi kädessä, ja siksi hankkeessa "
"yhdistetään systemaattinen tuki ja lukemaan innostaminen. Hanke liittyy kaupungin hyvinvointisuunnitelman 2025–2028 tavoitteeseen "
"oppimiserojen kaventamisesta sekä valtakunnalliseen lukutaitostrategiaan.",
]
for x in T: d.add_paragraph(x)



for x in [
"Hakemuksen valmistelussa kuultiin myös oppilashuoltoa. Koulukuraattorit ja -psykologit kertoivat, että lukemisen vaikeudet "
"näkyvät heidän työssään usein vasta, kun oppilaalla on jo koulunkäyntiin liittyviä muita pulmia: hän välttelee kirjoittamista "
"vaativia tehtäviä, häiritsee tunneilla tai jää pois kokeista. Varhainen lukemisen tuki on siis myös oppilashuollon kannalta "
"ennaltaehkäisevää työtä, ja siksi oppilashuollon edustaja on mukana hankkeen ohjausryhmässä.",
"Yläkoulujen opettajat toivat esiin, että seitsemännelle luokalle tulevista oppilaista noin joka kuudes tarvitsee heidän arvionsa "
"mukaan tukea tekstin ymmärtämisessä, mutta tieto tästä tulee usein vasta ensimmäisten kokeiden jälkeen. Tiedonsiirron "
"parantaminen nivelvaiheessa hyödyttää siis myös yläkouluja, vaikka hankkeen toimenpiteet kohdistuvat alakouluihin.",
"Kaupungin taloustilanne on tiukka, eikä lukemisen tuen yhtenäistämistä ole pystytty tekemään tavallisen toiminnan ohessa. "
"Erityisavustus mahdollistaa kehittämistyön, jonka tulokset jäävät pysyvästi koulujen käyttöön.",
"Sivistyslautakunta käsitteli hakemuksen kokouksessaan 6.5.2025 ja puolsi hankkeen käynnistämistä sekä kaupungin omarahoitusosuuden varaamista talousarvioon. Lautakunnan päätös on hakemuksen liitteenä, ja siihen on kirjattu myös lautakunnan toive saada hankkeen etenemisestä väliraportti syksyllä 2026."]:
    d.add_paragraph(x)

d.add_heading("1.1 Koulukohtaiset lähtötilanteet", 2)
SCH = [
("Keskuskoulu (1–6, 412 oppilasta)", "Koulussa on kaksi erityisopettajaa ja vakiintunut tapa tehdä lukusujuvuuden seula jokaiselle luokalle syyskuussa. Tukijaksoja on pidetty, mutta niiden sisältö vaihtelee opettajan mukaan. Koulu on valmis toimimaan mallin pilottikouluna ja jakamaan omat materiaalinsa muille."),
("Jokirannan koulu (1–6, 305 oppilasta)", "Noin kolmanneksella oppilaista on muu kotikieli kuin suomi. S2-opetusta on tarjolla, mutta lukemisen tuki ja S2-opetus eivät ole yhteydessä toisiinsa. Rehtori nostaa suurimmaksi tarpeeksi huoltajien tavoittamisen ja kotikieliset ohjeet."),
("Mäntylän koulu (1–9, 520 oppilasta)", "Yhtenäiskoulussa nivelvaihe kuudennelta seitsemännelle luokalle toimii talon sisällä, mutta muista kouluista tulevien oppilaiden tiedot puuttuvat usein. Koulussa on aktiivinen oppilaskunta, joka on jo aiemmin kunnostanut koulun aulakirjaston."),
("Kallioniemen koulu (1–6, 188 oppilasta)", "Koulussa ei ole omaa erityisopettajaa, vaan laaja-alainen erityisopettaja on paikalla kaksi päivää viikossa. Seuloja ei ole tehty säännöllisesti vuoden 2021 jälkeen. Opettajat toivovat erityisesti valmiita tuokiomalleja."),
("Pohjolan koulu (1–6, 244 oppilasta)", "Koululla on pitkä yhteistyöhistoria kirjaston kanssa, ja kirjastoauto on käynyt koululla viikoittain. Reittimuutoksen jälkeen käynnit harvenivat kerran kuukaudessa tapahtuviksi. Lukuintoa on pidetty yllä lukuhaasteilla."),
("Hakalan kyläkoulu (1–6, 46 oppilasta)", "Yhdysluokkaopetuksessa pienryhmien muodostaminen on vaikeaa, joten koulu tarvitsee mallista oman version. Opettajat ovat kiinnostuneita etäyhteydellä toteutettavista valmennustuokioista."),
("Rantalan koulu (1–6, 276 oppilasta)", "Koulussa on kokeiltu tietokoneavusteista lukemisen harjoittelua, ja kokemukset ovat olleet vaihtelevia. Opettajat haluavat tietää, mitkä menetelmät on todettu tutkimuksessa toimiviksi."),
("Asemanseudun koulu (1–6, 331 oppilasta)", "Oppilaiden määrä on kasvanut viidessä vuodessa lähes sadalla, ja luokat ovat suuria. Tehostettuun tukeen ohjattujen määrä on kaupungin suurin, mutta tukijaksot alkavat usein vasta keväällä."),
("Salmen koulu (1–6, 128 oppilasta)", "Koulu on pieni ja opettajat tuntevat oppilaansa hyvin, mutta tieto tuen tarpeista on opettajien päässä eikä kirjattuna. Eläkkeelle jäävien opettajien myötä hiljaista tietoa on jo kadonnut."),
]
for h, x in SCH:
    bold_line(d, h); d.add_paragraph(x)
d.add_paragraph("Koulukohtaisista kuvauksista näkyy, että yhteinen malli tarvitsee joustoa: isoissa kouluissa pienryhmät ovat luonteva "
    "ratkaisu, pienissä kouluissa taas tuki on rakennettava yhdysluokan arkeen ja etäyhteyksien varaan. Tämä on otettu huomioon "
    "työpakettien suunnittelussa.")

d.add_heading("2 Hankkeen tavoitteet", 1)
d.add_paragraph("Hankkeen päämääränä on, että jokainen kivikoskelainen oppilas saa lukemisen tukea ajoissa ja samoin perustein koulusta "
    "riippumatta. Päämäärä on jaettu neljään osatavoitteeseen:")
G = ["Kaikissa kouluissa on käytössä yhteinen lukemisen tuen malli, joka kattaa seulonnan, tukijaksot ja tiedonsiirron.",
     "Heikosti lukevien oppilaiden lukusujuvuus paranee.",
     "Opettajien osaaminen lukemisen opetuksessa ja tuessa vahvistuu.",
     "Oppilaiden lukuinto kasvaa ja koulujen ja kirjaston yhteistyö vakiintuu."]
for g in G: d.add_paragraph(g, style="List Number")
d.add_paragraph("Tavoitteisiin liittyvät toimenpiteet ja mittarit on koottu taulukkoon luvussa 4. Hankkeen myötä lukemisen tuki muuttuu "
    "satunnaisesta suunnitelmalliseksi, ja opettajalla on käsissään keinot toimia heti, kun huoli herää.")

d.add_heading("3 Kohderyhmät ja hyödynsaajat", 1)
d.add_paragraph("Välitön kohderyhmä ovat vuosiluokkien 1–6 oppilaat (noin 1 900) ja erityisesti heistä ne noin 350, joiden lukusujuvuus "
    "jää seulassa alle tavoitetason. Toinen kohderyhmä ovat luokanopettajat, erityisopettajat ja S2-opettajat (noin 140 henkilöä) sekä "
    "koulujen rehtorit. Välillisesti hyötyvät oppilaiden huoltajat, joille tarjotaan lukemisen tukemisen vinkkejä, sekä kaupunginkirjasto, "
    "jonka koululaispalveluja kehitetään yhdessä koulujen kanssa. Yläkoulut hyötyvät paremmasta tiedonsiirrosta nivelvaiheessa.")

d.add_heading("4 Toteutus", 1)
d.add_paragraph("Hanke toteutetaan neljänä työpakettina. Alla olevassa taulukossa on kunkin tavoitteen toimenpiteet sekä seuranta; "
    "seurannan mittarit on eritelty solun sisäiseen taulukkoon.")
t = d.add_table(rows=5, cols=3); t.style = "Table Grid"
t.cell(0, 0).text = "Tavoite"; t.cell(0, 1).text = "Toimenpiteet"; t.cell(0, 2).text = "Seuranta"
acts = ["TP1: yhteisen mallin laatiminen työryhmässä, seulontamenetelmien valinta, tiedonsiirtolomake ja sen käyttöönotto kaikissa kouluissa",
        "TP2: 8 viikon tehostetut lukujaksot pienryhmissä kahdesti lukuvuodessa, lukuvalmentajat (2 htv) kouluilla",
        "TP3: täydennyskoulutus (4 koulutuspäivää), koulukohtaiset samanaikaisopetuksen kokeilut, materiaalipankki",
        "TP4: lukudiplomi, kirjaston lukukummit, koulukirjastojen kunnostus oppilaskuntien kanssa, vanhempainillat"]
mit = [[("Mittari", "Lähtötaso / tavoite"), ("Koulujen määrä, joissa malli käytössä", "0 / 9"), ("Tiedonsiirtolomakkeiden osuus siirtyvistä oppilaista", "– / 90 %")],
       [("Mittari", "Lähtötaso / tavoite"), ("Alle tavoitetason jäävien 3.-luokkalaisten osuus seulassa", "21 % / 15 %"), ("Lukujakson käyneiden lukusujuvuuden muutos (sanaa/min)", "mitataan jakson alussa ja lopussa")],
       [("Mittari", "Lähtötaso / tavoite"), ("Koulutuksiin osallistuneet opettajat", "– / 120"), ("Opettajakysely: osaamisen itsearvio 1–5", "2,9 / 3,8")],
       [("Mittari", "Lähtötaso / tavoite"), ("Oppilaskysely: ”luen mielelläni vapaa-ajalla”", "38 % / 50 %"), ("Kirjaston koululaislainat vuodessa", "41 000 / 50 000")]]
for i in range(4):
    t.cell(i + 1, 0).text = G[i]; t.cell(i + 1, 1).text = acts[i]
    c = t.cell(i + 1, 2); c.text = ""
    inner = c.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate(mit[i]):
        inner.cell(r, 0).text = a; inner.cell(r, 1).text = b
LONG = [
("Työpaketti 1: Yhteinen lukemisen tuen malli",
 ["Ensimmäisen puolen vuoden aikana koottu työryhmä, jossa on jokaisesta koulusta yksi opettaja, kaksi erityisopettajaa, S2-opettaja "
  "ja kirjaston edustaja, laatii mallin luonnoksen. Työryhmä kokoontuu kerran kuukaudessa. Mallissa kuvataan, mitkä seulat tehdään "
  "millä luokka-asteella ja mihin aikaan lukuvuodesta, mitä tukikeinoja käytetään missäkin vaiheessa ja miten tieto kirjataan ja siirtyy. "
  "Luonnos pilotoidaan kolmessa koulussa kevätlukukaudella 2026, ja palautteen jälkeen se otetaan käyttöön kaikissa kouluissa "
  "lukuvuoden 2026–2027 alusta.",
  "Tiedonsiirtoa varten tehdään yksinkertainen lomake, joka liitetään oppimisen tuen asiakirjoihin oppilashallintojärjestelmässä. "
  "Näin tieto ei ole yksittäisen opettajan muistin varassa. Lomakkeen käyttöä seurataan nivelvaiheissa: 2.–3. luokan vaihteessa, "
  "koulusta toiseen siirryttäessä ja alakoulusta yläkouluun siirryttäessä."]),
("Työpaketti 2: Tehostetut lukujaksot",
 ["Kaksi lukuvalmentajaa kiertää kouluilla ja vetää yhdessä koulun opettajien kanssa kahdeksan viikon lukujaksoja pienryhmissä. "
  "Jakso koostuu neljästä 30 minuutin tuokiosta viikossa, ja siinä käytetään toistavaa lukemista, parilukemista ja tekstin "
  "ymmärtämisen strategioita. Valmentajat mallintavat työtapaa, ja tavoitteena on, että toisella jaksolla koulun oma opettaja vetää "
  "ryhmää itse. Jokaisen jakson alussa ja lopussa mitataan lukusujuvuus samalla testillä.",
  "Monikielisille oppilaille jaksoihin lisätään sanavarastoa kartuttavia tehtäviä, ja huoltajille annetaan kotikielisiä ohjeita "
  "ääneen lukemisesta. Kotikielen opettajat osallistuvat materiaalin kääntämiseen kolmelle yleisimmälle kielelle."]),
("Työpaketti 3: Opettajien osaaminen",
 ["Opettajille järjestetään neljä koulutuspäivää: lukemisen kehitys ja sen pulmat, seulonnan tulkinta, tehokkaat tukikeinot sekä "
  "monikielinen oppilas lukijana. Kouluttajina toimivat yliopiston lukemisen tutkijat ja omat erityisopettajamme. Koulutusten välissä "
  "kokeillaan samanaikaisopetusta, ja kokemukset jaetaan koulujen välisissä verkostotapaamisissa. Materiaalipankki kootaan kaupungin "
  "opettajien yhteiseen työtilaan, ja sitä päivitetään koko hankkeen ajan."]),
("Työpaketti 4: Lukuinto ja kirjasto",
 ["Kirjasto ja koulut laativat yhdessä lukudiplomin, joka on kaikkien 1.–6.-luokkalaisten käytössä. Eläkeläisvapaaehtoisista koottavat "
  "lukukummit käyvät kouluilla lukemassa pienryhmien kanssa. Oppilaskunnat suunnittelevat omien koulukirjastojensa kunnostuksen, ja "
  "hankkeesta ostetaan jokaiselle koululle uutta, erityisesti selkokielistä ja monikielistä kirjallisuutta. Vanhempainilloissa "
  "kerrotaan, miten kotona voi tukea lukemista ilman, että siitä tulee pakkopullaa."]),
]
for h, ps in LONG:
    bold_line(d, h)
    for x in ps: d.add_paragraph(x)


d.add_heading("4.1 Koulutuspäivien sisällöt", 2)
KP = [
("Koulutuspäivä 1, syyskuu 2025: Lukemisen kehitys ja sen pulmat", "Päivän aikana käydään läpi, miten lukutaito kehittyy tekniseen lukemiseen ja ymmärtämiseen, mistä lukemisen vaikeus voi johtua ja miten vaikeudet näkyvät luokassa. Osallistujat harjoittelevat havainnointia videoiduista lukutilanteista."),
("Koulutuspäivä 2, tammikuu 2026: Seulonta ja sen tulkinta", "Opettajat perehtyvät valittuihin seulontamenetelmiin, harjoittelevat niiden tekemistä ja tulkintaa sekä sopivat, miten tulokset kirjataan. Erityisopettajat toimivat pienryhmien vetäjinä."),
("Koulutuspäivä 3, elokuu 2026: Tehokkaat tukikeinot", "Päivä keskittyy toistavaan lukemiseen, parilukemiseen ja ymmärtämisen strategioihin. Lukuvalmentajat esittelevät ensimmäisten lukujaksojen kokemuksia ja materiaaleja, ja opettajat suunnittelevat oman koulunsa jakson."),
("Koulutuspäivä 4, tammikuu 2027: Monikielinen oppilas lukijana", "Päivän kouluttajina ovat S2-opettajat ja kotikielen opettajat. Aiheina ovat sanavarasto, kulttuurisesti tuttu kirjallisuus ja yhteistyö huoltajien kanssa, kun yhteistä kieltä ei ole."),
]
for h, x in KP:
    bold_line(d, h); d.add_paragraph(x)
d.add_paragraph("Koulutuspäivien väliin sijoittuvat koulujen väliset verkostotapaamiset, joissa opettajat esittelevät toisilleen "
    "samanaikaisopetuksen kokeilujaan. Verkostotapaamisia pidetään kaksi lukukaudessa, ja niihin voi osallistua myös etänä. "
    "Jokaisesta tapaamisesta kirjataan lyhyesti, mitä kokeiltiin, mikä toimi ja mitä kannattaisi muuttaa. Nämä kirjaukset ovat "
    "tärkeä osa mallin kehittämistä, koska niistä nähdään, miten malli toimii eri kokoisissa kouluissa.")
d.add_heading("4.2 Tietosuoja ja eettiset periaatteet", 2)
d.add_paragraph("Seulojen ja kyselyjen tiedot käsitellään kaupungin perusopetuksen rekisterinpitäjän ohjeiden mukaisesti. Yliopiston "
    "tutkijoille luovutetaan vain pseudonymisoitua aineistoa, ja tutkimusyhteistyölle haetaan kaupungin tutkimuslupa syksyllä 2025. "
    "Huoltajille kerrotaan kirjeellä, mitä tietoja kerätään ja mihin niitä käytetään. Oppilaskyselyyn vastaaminen on vapaaehtoista. "
    "Lukujaksoille osallistuminen ei saa leimata oppilasta: ryhmiä kutsutaan lukuklubeiksi, ja niihin voivat tulla myös hyvät lukijat "
    "parilukemisen pareiksi.")
d.add_heading("4.3 Yhteys muuhun kehittämistyöhön", 2)
d.add_paragraph("Hanke tukee kaupungin hyvinvointisuunnitelmaa ja perusopetuksen laatukriteerejä. Se täydentää aiemmin toteutettua "
    "Oppimisen tuen vahvistamisen hanketta, jossa luotiin tehostetun tuen pedagogisen arvion pohjat, sekä kirjaston Lukulähettiläs-"
    "toimintaa. Päällekkäisyyksiä ei ole: tämän hankkeen painopiste on lukemisessa, seulonnan yhtenäistämisessä ja tiedonsiirrossa. "
    "Hankekoordinaattori osallistuu alueellisen kehittämisverkoston tapaamisiin, jotta hankkeessa hyödynnetään muiden kuntien "
    "kokemuksia eikä tehdä kaikkea alusta asti uudelleen.")


d.add_heading("4.4 Lukemisen tuen mallin alustava sisältö", 2)
MS = [
"Mallin ensimmäinen porras on kaikille yhteinen laadukas opetus. Luokanopettaja seuraa jokaisen oppilaan lukemista arjessa, ja "
"koulun lukuvuosisuunnitelmaan kirjataan, milloin seulat tehdään. Ehdotuksemme on, että lukusujuvuus seulotaan 1. luokan "
"tammikuussa sekä 2. ja 3. luokan syyskuussa, ja luetun ymmärtäminen 4. ja 6. luokan syyskuussa. Näin tieto saadaan niin "
"varhain, että tukijakso ehditään aloittaa saman syksyn aikana.",
"Toinen porras on tehostettu lukujakso. Jos oppilas jää seulassa alle sovitun rajan, opettaja keskustelee huoltajan kanssa ja "
"oppilas ohjataan seuraavalle lukujaksolle. Jakso on kahdeksan viikon mittainen, ja sen alussa ja lopussa tehdään sama mittaus. "
"Jakson päätteeksi opettaja, erityisopettaja ja tarvittaessa S2-opettaja katsovat yhdessä, riittääkö edistyminen vai tarvitaanko "
"toinen jakso tai pedagoginen arvio.",
"Kolmas porras on erityisopettajan yksilöllinen tuki ja oppimisen tuen asiakirjat. Tähän ohjataan oppilaat, joiden lukeminen ei "
"edisty kahden jakson jälkeenkään. Portaalta toiselle siirtymisen perusteet kirjataan malliin mahdollisimman yksiselitteisesti, "
"jotta ratkaisut eivät riipu koulusta. Samalla kuvataan, mitä tietoja siirtyy, kun oppilas vaihtaa koulua tai siirtyy yläkouluun.",
"Mallin liitteeksi tulee vuosikello, joka näyttää opettajalle yhdellä silmäyksellä, mitä lukuvuoden kussakin vaiheessa tehdään: "
"seulat, lukujaksot, huoltajien tapaamiset, tiedonsiirrot ja lukudiplomin kausi. Vuosikello laaditaan yhdessä rehtorien kanssa, "
"jotta se sopii koulujen lukuvuosisuunnitelmien rytmiin.",
]
for x in MS: d.add_paragraph(x)
d.add_heading("4.5 Huoltajien ja oppilaiden osallisuus", 2)
HO = [
"Huoltajat ovat lukemisen tuessa tärkein voimavara, mutta heitä on vaikea tavoittaa koulun tavallisin keinoin. Siksi hankkeessa "
"kokeillaan kolmea eri tapaa: lyhyitä videoita, joissa opettaja näyttää, miten lapsen kanssa voi lukea; kotikielisiä ohjekortteja; "
"ja koulun pihalla järjestettäviä lukupiknikkejä, joihin koko perhe voi tulla ilman ennakkoilmoittautumista. Kokeilujen jälkeen "
"huoltajilta kysytään, mikä tapa tavoitti heidät parhaiten.",
"Oppilaat osallistuvat hankkeeseen oppilaskuntien kautta. Oppilaskunnat suunnittelevat koulukirjastonsa kunnostuksen, valitsevat "
"osan hankittavista kirjoista ja keksivät lukudiplomiin omia tehtäviä. Lukujaksoille osallistuneilta oppilailta kysytään jakson "
"lopussa kuvakortein, mikä jaksossa oli mukavaa ja mikä vaikeaa. Näin pienetkin oppilaat pääsevät kertomaan kokemuksistaan.",
"Lisäksi hankkeessa kootaan oppilasraati, jossa on kaksi oppilasta jokaisesta koulusta. Raati kokoontuu kerran lukukaudessa "
"koordinaattorin kanssa ja antaa palautetta materiaaleista ja kirjavalinnoista. Raadin ehdotuksia esitellään myös ohjausryhmälle.",
]
for x in HO: d.add_paragraph(x)
d.add_heading("4.6 Henkilöstö ja työnjako", 2)
d.add_paragraph("Hankekoordinaattori (100 %) vastaa hankkeen käytännön johtamisesta, raportoinnista, työryhmän työskentelyn "
    "fasilitoinnista, viestinnästä ja yhteistyöstä yliopiston kanssa. Koordinaattorilta edellytetään opettajan kelpoisuutta ja "
    "kokemusta kehittämistyöstä. Kaksi lukuvalmentajaa (kumpikin 100 %) ovat erityisopettajia tai lukemisen opetukseen perehtyneitä "
    "luokanopettajia; he jakavat koulut keskenään niin, että kummallakin on sekä suuria että pieniä kouluja. Valmentajat pitävät "
    "viikoittain yhteisen suunnittelupalaverin ja kirjaavat lukujaksojen kulun yhteiseen seurantapohjaan. Rehtorit vastaavat siitä, "
    "että koulun opettajat pääsevät osallistumaan koulutuksiin ja että lukujaksoille löytyy tila ja aika lukujärjestyksestä.")


d.add_heading("4.7 Materiaalipankki ja digitaaliset välineet", 2)
for x in [
"Materiaalipankkiin kootaan lukujaksojen tuokiosuunnitelmat, tekstit eri tasoisille lukijoille, seulojen ohjeet ja "
"tulkintataulukot, huoltajille tarkoitetut ohjekortit eri kielillä sekä koulutuspäivien diat ja tallenteet. Materiaalit "
"nimetään ja luokitellaan yhtenäisesti, jotta opettaja löytää esimerkiksi kolmannen luokan ymmärtämisen tuokiot muutamalla "
"napsautuksella. Jokaisen materiaalin yhteyteen kirjataan, kuka sen on tehnyt ja milloin sitä on viimeksi päivitetty.",
"Digitaalisia lukusovelluksia käytetään harkiten. Hanke ei hanki uusia lisenssejä, vaan hyödyntää kaupungilla jo käytössä olevia "
"välineitä ja maksuttomia äänikirjapalveluja. Rantalan koulun kokemusten pohjalta laaditaan opettajille lyhyt ohje siitä, "
"milloin sovelluksesta on hyötyä ja milloin parempi tulos saadaan aikuisen kanssa ääneen lukemalla.",
"Materiaalipankki säilyy kaupungin opettajien yhteisessä työtilassa myös hankkeen jälkeen, ja sen ylläpito kuuluu "
"lukemisen tuen mallin ylläpitoon."]:
    d.add_paragraph(x)

d.add_heading("5 Aikataulu", 1)
d.add_paragraph("Hankkeen toteutusaika on 1.8.2025–31.7.2027.")
table(d, [["Työpaketti", "Q3/2025", "Q4/2025", "Q1/2026", "Q2/2026", "Q3/2026", "Q4/2026", "Q1/2027", "Q2/2027", "Q3/2027"],
          ["TP1 malli", "työryhmä", "luonnos", "pilotti", "korjaus", "käyttöön", "", "", "arvio", ""],
          ["TP2 lukujaksot", "", "jakso 1", "", "jakso 2", "", "jakso 3", "", "jakso 4", ""],
          ["TP3 koulutus", "koulutus 1", "", "koulutus 2", "", "koulutus 3", "", "koulutus 4", "", ""],
          ["TP4 lukuinto", "", "diplomi", "kummit", "", "kirjastot", "", "", "", ""],
          ["Arviointi ja raportointi", "lähtötaso", "", "", "väliraportti", "", "", "", "", "loppuraportti"]])

d.add_heading("6 Organisointi ja yhteistyö", 1)
d.add_paragraph("Hankkeen hallinnoija on Kivikosken kaupungin sivistystoimiala. Hankkeelle palkataan päätoiminen hankekoordinaattori ja "
    "kaksi lukuvalmentajaa. Ohjausryhmän puheenjohtajana toimii opetuspäällikkö Marja Hietanen, ja jäseninä ovat kaksi rehtoria, "
    "erityisopetuksen koordinaattori, kirjastotoimenjohtaja, oppilashuollon edustaja, huoltajien edustaja sekä yliopiston "
    "kasvatustieteiden laitoksen edustaja. Ohjausryhmä kokoontuu neljä kertaa vuodessa. Yhteistyökumppaneita ovat kaupunginkirjasto, "
    "alueen yliopisto sekä Kivikosken eläkeläisjärjestöjen yhteistyöryhmä, joka auttaa lukukummien rekrytoinnissa.")

d.add_heading("7 Budjetti", 1)
d.add_paragraph("Hankkeen kokonaiskustannukset ovat 318 000 euroa, josta haetaan OKM:n erityisavustusta 286 200 euroa (90 %) ja kaupungin "
    "omarahoitus on 31 800 euroa.")
table(d, [["Kustannuslaji", "2025", "2026", "2027", "Yhteensä"],
          ["Henkilöstö (koordinaattori, 2 lukuvalmentajaa)", "48 000", "144 000", "96 000", "288 000"],
          ["Koulutukset ja kouluttajat", "3 000", "6 000", "3 000", "12 000"],
          ["Kirjat ja materiaalit", "2 000", "8 000", "2 000", "12 000"],
          ["Matkat ja tilaisuudet", "1 000", "3 000", "2 000", "6 000"],
          ["Yhteensä", "54 000", "161 000", "103 000", "318 000"]])
d.add_paragraph("Henkilöstökuluihin sisältyy koordinaattorin työaika juurruttamiseen ja levittämiseen (noin 20 % työajasta), ja "
    "matkoihin ja tilaisuuksiin on varattu 3 000 euroa loppuseminaaria varten.")

d.add_heading("8 Arviointi ja seuranta", 1)
d.add_paragraph("Hankkeen onnistumista seurataan luvun 4 taulukon mittareilla. Lähtötaso mitataan syksyllä 2025. Seulojen tulokset kootaan "
    "kerran lukuvuodessa, opettaja- ja oppilaskysely tehdään hankkeen alussa ja lopussa. Hankekoordinaattori kokoaa tulokset "
    "ohjausryhmälle, joka arvioi edistymistä ja tekee tarvittaessa muutoksia toimenpiteisiin. Yliopiston tutkijat analysoivat "
    "lukujaksojen alku- ja loppumittaukset ja kirjoittavat niistä lyhyen raportin, joka toimii hankkeen ulkoisena arviona.")

d.add_heading("9 Odotetut tulokset ja vaikutukset", 1)
d.add_paragraph("Hankkeen tuotoksina syntyvät kirjallinen lukemisen tuen malli, tiedonsiirtolomake, lukujaksojen materiaalipaketti, "
    "lukudiplomi sekä koulutusmateriaalit. Pidemmällä aikavälillä odotamme, että heikkojen lukijoiden osuus pienenee, tehostettuun "
    "tukeen ohjaaminen aikaistuu ja lukemisen tuen laatu ei enää riipu siitä, mihin kouluun oppilas sattuu menemään. Opettajien "
    "yhteistyö koulujen välillä lisääntyy, ja kirjasto löytää uudelleen paikkansa koulujen arjessa.")

d.add_heading("10 Tulosten juurruttaminen ja levittäminen", 1)
J = [
"Juurruttaminen on suunniteltu jo hakuvaiheessa: rehtorikokous on keväällä 2025 sitoutunut siihen, että malli otetaan kaikkien koulujen "
"käyttöön, ja mallin luonnostelu tehdään työryhmässä, jossa on edustaja jokaisesta koulusta. Näin malli ei ole hankkeen ulkopuolelta "
"tuotu, vaan koulujen oma.",
"Viestintä: hankkeesta kerrotaan heti alussa opettajille rehtorien kautta ja huoltajille Wilmassa. Tuloksista tiedotetaan kaupungin "
"verkkosivuilla, ja lukujaksojen malli ja materiaalit kuvataan Innokylään. Hankkeen lopussa kesäkuussa 2027 järjestetään avoin "
"loppuseminaari naapurikuntien opettajille.",
"Variointi: lukujaksojen mallia kokeillaan myös yläkoulun valmistavassa opetuksessa ja kahdessa naapurikunnassa, joiden "
"erityisopettajat osallistuvat koulutuksiin. Kokemusten perusteella malliin tehdään versio pienille kyläkouluille.",
"Valtavirtaistaminen: lukemisen tuen malli kirjataan kaupungin perusopetuksen opetussuunnitelman paikalliseen osaan ja oppimisen "
"ja koulunkäynnin tuen käsikirjaan keväällä 2027, ja sen seuranta liitetään hyvinvointikertomukseen.",
"Vakiinnuttaminen: hankkeen päätyttyä mallin ylläpidosta ja päivittämisestä vastaa Kivikosken kaupungin opetuspäällikkö, ja seulojen "
"koonnista erityisopetuksen koordinaattori. Kaupunki on varannut vuoden 2028 talousarvioesitykseen yhden lukuvalmentajan toimen, "
"jonka täyttämisestä päättää sivistyslautakunta syksyllä 2027. Kirjasto jatkaa lukukummitoimintaa omana palvelunaan.",
]
for x in J: d.add_paragraph(x)

d.add_heading("11 Riskit ja niiden hallinta", 1)
table(d, [["Riski", "Todennäköisyys", "Hallintakeino"],
          ["Lukuvalmentajien rekrytointi viivästyy", "keskisuuri", "Rekrytointi käynnistetään heti myönteisen päätöksen jälkeen; väliaikaisesti erityisopettajien lisätunnit"],
          ["Opettajat eivät ehdi osallistua koulutuksiin", "suuri", "Koulutukset VESO-päivinä, sijaiskulut kaupungin budjetista"],
          ["Malli jää paperiksi", "keskisuuri", "Rehtorien sitoutuminen, seuranta ohjausryhmässä, malli osaksi opetussuunnitelmaa"],
          ["Huoltajia ei tavoiteta", "keskisuuri", "Kotikieliset ohjeet, vanhempainillat tulkin kanssa"]])

d.add_heading("12 Viestintä", 1)
d.add_paragraph("Hankkeen viestintää koordinoi hankekoordinaattori yhdessä kaupungin viestintäyksikön kanssa. Sisäisessä viestinnässä "
    "käytetään opettajien yhteistä työtilaa ja rehtorikokouksia, ulkoisessa kaupungin verkkosivuja, paikallislehteä ja sosiaalista "
    "mediaa. Oppilaat ja oppilaskunnat tuottavat itse sisältöä lukudiplomista ja koulukirjastojen kunnostuksesta. Jokaisesta "
    "koulutuspäivästä kootaan lyhyt tiivistelmä niille, jotka eivät päässeet paikalle.")


d.add_heading("13 Yhdenvertaisuus, saavutettavuus ja kestävyys", 1)
for x in [
"Hankkeen lähtökohta on yhdenvertaisuus: lukemisen tuki ei saa riippua oppilaan asuinalueesta, koulun koosta tai huoltajien "
"mahdollisuuksista tukea lasta kotona. Siksi malli kuvataan niin, että se toimii myös kyläkoulussa, ja tuki kohdennetaan "
"seulan perusteella eikä sen mukaan, kuka ehtii tai muistaa pyytää apua. Monikielisten oppilaiden tarpeet on otettu huomioon "
"jokaisessa työpaketissa eikä erillisenä lisänä.",
"Saavutettavuuden vuoksi huoltajien materiaalit tehdään selkokielellä ja kolmella yleisimmällä kotikielellä, ja vanhempainilloissa "
"on tarvittaessa tulkki. Koulutustallenteet tekstitetään. Hankittavassa kirjallisuudessa suositaan selkokirjoja, äänikirjoja ja "
"kuvakirjoja, joita myös heikosti lukeva oppilas voi lukea itsenäisesti.",
"Sukupuolten väliset erot lukemisessa huomioidaan kirjavalinnoissa ja lukudiplomin tehtävissä: mukaan otetaan sarjakuvia, "
"tietokirjoja, pelejä käsitteleviä kirjoja ja urheilukirjallisuutta, joiden on todettu houkuttelevan erityisesti poikia. "
"Hankkeen ympäristövaikutukset ovat vähäiset. Koulutukset ja verkostotapaamiset järjestetään mahdollisuuksien mukaan etänä tai "
"koulujen omissa tiloissa, ja koulukirjastojen kunnostuksessa käytetään ensisijaisesti kierrätyskalusteita kaupungin "
"kalustevarastosta.",
"Taloudellinen kestävyys on huomioitu siten, että hankkeen jälkeen mallin pyörittäminen ei edellytä lisähenkilöstöä yhtä "
"lukuvalmentajaa lukuun ottamatta: seulat, lukujaksot ja tiedonsiirto kuuluvat koulujen tavalliseen työhön, kun opettajat on "
"koulutettu ja materiaalit ovat valmiina."]:
    d.add_paragraph(x)

d.add_heading("Liite: Huoltajille annettava lukemisen tuen vinkkilista (luonnos)", 2)
for x in ["Lukekaa yhdessä ääneen vaikka kymmenen minuuttia päivässä – millä kielellä tahansa.",
          "Anna lapsen valita itse kirja kirjastosta, myös sarjakuvat ja tietokirjat käyvät.",
          "Kysy luetusta: mitä tapahtui, mitä luulet seuraavaksi tapahtuvan?",
          "Kerro opettajalle, jos lukeminen tuntuu kotona vaikealta tai vastenmieliseltä."]:
    d.add_paragraph(x, style="List Bullet")

d.add_heading("Liite 2: Opettajakyselyn (maaliskuu 2025) keskeiset tulokset", 2)
for x in [
"Kyselyyn vastasi 212 opettajaa, mikä on noin 62 prosenttia kaupungin perusopetuksen opettajista. Vastaajista 71 prosenttia oli "
"luokanopettajia, 14 prosenttia erityisopettajia ja loput aineenopettajia tai S2-opettajia.",
"Kysymykseen siitä, tietääkö opettaja, miten toimia, kun oppilaan lukemisesta herää huoli, myönteisesti vastasi 48 prosenttia. "
"Yhteisiä seulontakäytäntöjä koulussaan kertoi olevan 39 prosenttia vastaajista. Tiedonsiirron koulujen välillä koki toimivaksi "
"vain 22 prosenttia.",
"Avovastauksissa toistuivat kolme toivetta: valmiit tuokiomallit, joita voi käyttää ilman pitkää perehtymistä; yhteinen aika "
"erityisopettajan kanssa suunnitteluun; sekä selkeä, kirjallinen kuvaus siitä, mitä missäkin vaiheessa tehdään. Moni vastaaja "
"mainitsi myös huolen monikielisten oppilaiden lukemisesta ja toivoi tukea huoltajien kanssa toimimiseen.",
"Kyselyn tulokset käsiteltiin kirjastotoimen kanssa pidetyssä työpajassa 2.4.2025 valmistelun pohjana, ja sama kysely toistetaan hankkeen lopussa, jotta "
"muutos voidaan todentaa."]:
    d.add_paragraph(x)

d.save(os.path.join(OUT, "04_okm_hankesuunnitelma_lukutaito.docx"))
expected("04_okm_hankesuunnitelma_lukutaito", "hankesuunnitelma", [])

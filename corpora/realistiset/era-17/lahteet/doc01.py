from apu import *
OUT = '/work/main/corpora/realistiset/era-17/'

def build():
    d = Document()
    d.add_heading('Polkuja töihin – nuorten aikuisten työllistymisen ja koulutuspolkujen hanke', 0)
    paras(d, """
Hankesuunnitelma (ESR+ -hakemuksen liite 1), Euroopan sosiaalirahasto plus, Suomen EU- ja alueelliset ohjelmat 2021–2027, toimintalinja 4, erityistavoite 4.1

Hakija: Kaukolan kaupunki, työllisyyspalvelut. Osatoteuttaja: Kaukolan seudun ammattiopisto Kasvo.

Versio 2, 12.9.2025 (päivitetty Etelä-Savon ELY-keskuksen hakuvaiheen palautteen perusteella)
""")
    tracked_par(d, [('b', 'Hankkeen toteutusaika: '), ('d', '1.9.2025–31.8.2027'), ('i', '1.1.2026–31.12.2027'),
                    ('n', ' (24 kuukautta).')])

    d.add_heading('1 Tausta ja tarve', 1)
    paras(d, """
Kaukolan kaupungissa asuu noin 41 000 asukasta, joista 18–29-vuotiaita on runsaat 5 200. Nuorten alle 25-vuotiaiden työttömien määrä on vaihdellut viime vuosina selvästi enemmän kuin muissa ikäryhmissä. Työ- ja elinkeinoministeriön työnvälitystilaston mukaan kaupungissa oli joulukuussa 2024 yhteensä 486 alle 30-vuotiasta työtöntä työnhakijaa, kun vastaava luku vuonna 2021 oli 401. Pitkäaikaistyöttömien osuus nuorista työnhakijoista nousi samana aikana 11 prosentista 17 prosenttiin. Toisen asteen tutkinnon puuttuminen on yleisin yksittäinen tekijä nuorten pitkittyneen työttömyyden taustalla: noin 38 prosentilla kaupungin alle 30-vuotiaista työttömistä ei ole perusasteen jälkeistä tutkintoa.

Työllisyyden kuntakokeilun päätyttyä ja työllisyyspalvelujen siirryttyä kuntien vastuulle 1.1.2025 Kaukolan työllisyyspalvelut vastaa nyt itse nuorten työnhakijoiden palveluista. Siirto on tuonut mukanaan uuden asiakasmäärän, mutta henkilöstöä ja palveluvalikoimaa ei ole ehditty rakentaa vastaavassa tahdissa. Nuorten palveluohjauksessa yksi asiantuntija vastaa tällä hetkellä keskimäärin 142 asiakkaasta. Keväällä 2025 tehdyssä asiakaskyselyssä (n = 213) nuoret kertoivat, että palvelu tuntuu katkonaiselta: omaohjaaja vaihtuu, samaa asiaa kysytään monta kertaa ja koulutukseen hakeutumisen tuki on yksittäisiä tapaamisia eikä polku, joka jatkuisi opintojen alkamiseen asti.

Samaan aikaan alueen yrityksillä on pulaa erityisesti logistiikan, kiinteistöhuollon, ravintola-alan ja hoiva-alan osaajista. Kaukolan Yrittäjien jäsenkyselyssä syksyllä 2024 kolmannes vastanneista yrityksistä kertoi jättäneensä avoimen työpaikan täyttämättä sopivan hakijan puuttuessa. Ammattiopisto Kasvo on kehittänyt työpaikalla tapahtuvaa oppimista ja oppisopimuskoulutusta, mutta nuoret työttömät eivät löydä näihin väyliin, ja yritykset kokevat nuoren perehdyttämisen raskaaksi ilman tukea.

Hankkeen valmistelu aloitettiin kesäkuussa 2025 kolmella työpajalla, joihin osallistui työllisyyspalvelujen henkilöstöä, ammattiopiston opinto-ohjaajia, Ohjaamo Kaukolan nuoria ja kuusi paikallista työnantajaa. Työpajoissa tunnistettiin kolme kehittämiskohdetta: nuoren ohjauksen jatkuvuus, matalan kynnyksen väylät työpaikalla tapahtuvaan oppimiseen ja työnantajien valmiudet ottaa vastaan nuoria, joilla on tuen tarvetta. Hakemus on valmisteltu yhteistyössä Etelä-Savon ELY-keskuksen kanssa, jonka rahoitusasiantuntija kommentoi hakemuksen ensimmäistä versiota elokuussa 2025.

Hanke liittyy Kaukolan kaupunkistrategiaan 2022–2030, jonka yksi painopiste on "jokaiselle nuorelle paikka koulutuksessa tai työssä", sekä kaupungin työllisyysohjelmaan 2025–2027. Hanke täydentää valtakunnallista Ohjaamo-toimintaa: Ohjaamo tarjoaa matalan kynnyksen neuvontaa, kun taas Polkuja töihin -hanke rakentaa pidemmän, henkilökohtaisen polun niille nuorille, joiden tilanne ei ratkea muutamalla tapaamisella.
""")

    d.add_heading('Aiemmat kokemukset ja hankkeen lisäarvo', 2)
    paras(d, """
Kaukolassa on toteutettu nuorten työllisyyttä tukevia hankkeita aiemminkin. Vuosina 2019–2022 toteutetussa Starttipaja-hankkeessa kehitettiin ryhmämuotoista valmennusta, ja sen loppuarvioinnin mukaan ryhmävalmennus sopi hyvin nuorille, joilla oli jo selkeä ammatillinen suunta, mutta ei niille, joiden elämäntilanne oli kuormittunut. Arvioinnin keskeinen suositus oli, että nuoren pitää saada yksi pysyvä aikuinen, joka kulkee mukana myös siirtymävaiheissa. Polkuja töihin -hanke rakentuu suoraan tälle suositukselle.

Ammattiopisto Kasvossa puolestaan on kehitetty vuodesta 2023 alkaen joustavia opintojen aloituksia, ja jatkuvan haun kautta opintonsa aloitti lukuvuonna 2024–2025 noin 310 opiskelijaa. Kasvon oman seurannan mukaan jatkuvassa haussa aloittaneista alle 25-vuotiaista joka neljäs keskeytti opintonsa ensimmäisen puolen vuoden aikana. Keskeyttämisen syiksi kirjattiin useimmiten elämänhallinnan vaikeudet, taloudelliset huolet ja se, ettei nuori ollut saanut riittävästi tietoa alasta ennen opintojen alkua. Kokeile ja opi -jaksot vastaavat erityisesti viimeksi mainittuun: nuori näkee alan työtä ennen kuin sitoutuu koko tutkintoon.

Hankkeen lisäarvo on siinä, että se yhdistää kolme nykyisin erillistä palvelua – työllisyyspalvelujen valmennuksen, ammatillisen koulutuksen ja työnantajayhteistyön – yhdeksi polun kaltaiseksi kokonaisuudeksi. Mikään toimija ei pysty rakentamaan tällaista kokonaisuutta yksin nykyisillä resursseillaan, eikä sitä voida rakentaa perustoiminnan ohessa ilman kehittämiseen varattua aikaa.
""")

    d.add_heading('2 Hankkeen tavoitteet', 1)
    paras(d, """
Hankkeen päätavoitteena on, että kaukolalaisilla 18–29-vuotiailla työttömillä nuorilla on katkeamaton, henkilökohtainen polku työhön tai tutkintoon johtavaan koulutukseen ja että kaupungin työllisyyspalvelut, ammattiopisto ja työnantajat toimivat tämän polun ympärillä yhtenä kokonaisuutena. Päätavoite jakautuu kolmeen osatavoitteeseen, joiden toimenpiteet ja mittarit on koottu alla olevaan taulukkoon. Lähtötasot perustuvat työllisyyspalvelujen asiakastietojärjestelmän tietoihin vuodelta 2024 ja kevään 2025 asiakaskyselyyn.
""")
    t = d.add_table(rows=4, cols=3); t.style = 'Table Grid'
    hdr = ['Tavoite', 'Toimenpiteet', 'Mittarit ja seuranta']
    for i, h in enumerate(hdr):
        t.cell(0, i).text = h; t.cell(0, i).paragraphs[0].runs[0].bold = True
    t.cell(1, 0).text = '1. Nuoren ohjaus on jatkuvaa: samalla nuorella on sama omavalmentaja koko polun ajan, ja polku jatkuu koulutuksen tai työn alkuun saakka.'
    t.cell(1, 1).text = 'Omavalmennusmallin kehittäminen ja pilotointi (TP1), yhteinen palvelupolkukuvaus työllisyyspalvelujen ja Kasvon kesken, jälkiohjaus kolme kuukautta työn tai opintojen alkamisesta.'
    t.cell(1, 2).text = 'Omavalmennukseen osallistuvien määrä (tavoite 160 nuorta); omavalmentajan vaihtuminen kesken polun (tavoite alle 10 % poluista); nuorten kokemus ohjauksen jatkuvuudesta asiakaskyselyssä asteikolla 1–5 (lähtötaso 2,6, tavoite 3,8).'
    t.cell(2, 0).text = '2. Nuorilla on matalan kynnyksen väylät työpaikalla tapahtuvaan oppimiseen ja oppisopimukseen.'
    t.cell(2, 1).text = 'Työpaikkakokeilujen ja tutkinnon osien yhdistelmä "Kokeile ja opi" (TP2), lyhyet valmentavat jaksot ammattiopistolla, oppisopimuksen käynnistämisen tuki.'
    c = t.cell(2, 2)
    c.text = 'Seurataan taulukon mukaisesti:'
    nt = c.add_table(rows=4, cols=3)
    nt.style = 'Table Grid'
    for ri, row in enumerate([['Mittari', 'Lähtötaso 2024', 'Tavoite 2027'],
                              ['Kokeile ja opi -jaksolle osallistuneet nuoret', '0', '90'],
                              ['Jaksolta oppisopimukseen tai tutkintokoulutukseen siirtyneet', '–', '45 %'],
                              ['Suoritetut tutkinnon osat', '–', '120']]):
        for ci, v in enumerate(row):
            nt.cell(ri, ci).text = v
    t.cell(3, 0).text = '3. Työnantajien valmius perehdyttää ja palkata tukea tarvitsevia nuoria paranee.'
    t.cell(3, 1).text = 'Työnantajayhteistyön malli ja työpaikkaohjaajien koulutus (TP3), työnantajille nimetty yhteyshenkilö, perehdytyksen tukipaketti.'
    t.cell(3, 2).text = 'Koulutukseen osallistuneet työpaikkaohjaajat (tavoite 60); mukana olevat työnantajat (tavoite 40); työnantajapalautteen keskiarvo perehdytyksen tuesta (tavoite vähintään 4/5).'
    paras(d, """
Pidemmällä aikavälillä hankkeen myötä nuorten pitkäaikaistyöttömyys kaupungissa vähenee ja yhä useampi nuori suorittaa toisen asteen tutkinnon. Näitä vaikutuksia ei voida luotettavasti mitata hankkeen 24 kuukauden aikana, mutta niiden kehitystä seurataan tilastoista myös hankkeen jälkeen (ks. luku 9).
""")

    d.add_heading('3 Kenelle hanke on? – kohderyhmät', 1)
    paras(d, """
Hankkeen välitön kohderyhmä ovat kaukolalaiset 18–29-vuotiaat työttömät tai työvoiman ulkopuolella olevat nuoret, joilla ei ole toisen asteen tutkintoa tai joiden tutkinto ei ole johtanut työllistymiseen. Arvioimme, että tällaisia nuoria on kaupungissa noin 700, joista hanke tavoittaa polkupalveluun 160. Erityisesti pyrimme tavoittamaan nuoria, joilla on takanaan keskeytynyt koulutus, maahan muuttaneita nuoria, joiden suomen kielen taito on vähintään tasolla A2, sekä nuoria, jotka ovat olleet työttömänä yli 12 kuukautta.

Toinen välitön kohderyhmä ovat Kaukolan työllisyyspalvelujen ja ammattiopisto Kasvon työntekijät (noin 45 henkilöä), joiden yhteistä työtapaa hanke kehittää, sekä alueen työnantajat ja niiden työpaikkaohjaajat. Työnantajista tavoitellaan mukaan erityisesti pieniä ja keskisuuria yrityksiä logistiikan, kiinteistöpalvelujen, ravintola-alan ja hoiva-alan toimialoilta sekä kaupungin omia yksiköitä.

Välillisiä hyödynsaajia ovat nuorten perheet, Kaukolan seudun muut kunnat, jotka voivat ottaa hankkeessa kehitetyt mallit käyttöön, sekä Ohjaamo Kaukola, jonka asiakkaille hanke avaa uuden jatkopolun.
""")

    d.add_heading('Miten nuoret tavoitetaan?', 2)
    paras(d, """
Kohderyhmän nuoret eivät useinkaan hakeudu palveluihin itse, ja osa heistä on kokenut aiemmat palvelut epäonnistumisina. Siksi tavoittamisessa käytetään useita reittejä samanaikaisesti. Työllisyyspalvelujen asiantuntijat tunnistavat asiakkaistaan nuoret, joiden työttömyys on pitkittymässä, ja tarjoavat heille polkua jo toisen tapaamisen yhteydessä. Ohjaamo Kaukola, Etelä-Savon hyvinvointialueen aikuissosiaalityö ja nuorisopalvelujen etsivä nuorisotyö voivat ohjata nuoria suoraan omavalmentajille ilman erillistä lähetettä, ja ohjaavien tahojen kanssa sovitaan yhteiset ohjauskriteerit hankkeen kahden ensimmäisen kuukauden aikana.

Lisäksi omavalmentajat jalkautuvat kerran viikossa Ohjaamoon ja kirjastoon, ja hankkeen nuoret lähettiläät kertovat polusta omissa kanavissaan. Ammattiopisto Kasvo ottaa yhteyttä nuoriin, jotka ovat keskeyttäneet opintonsa viimeisen kahden vuoden aikana, ja kertoo heille mahdollisuudesta palata opintoihin Kokeile ja opi -jakson kautta. Maahan muuttaneita nuoria tavoitetaan kotoutumispalvelujen ja alueen monikulttuuristen yhdistysten kautta.

Polulle osallistuminen on vapaaehtoista, eikä se vaikuta nuoren työttömyysetuuteen. Nuorelle kerrotaan ensimmäisessä tapaamisessa selkeästi, mitä polku sisältää, miten hänen tietojaan käsitellään ja että hän voi keskeyttää polun milloin tahansa. Tavoittamisen onnistumista seurataan kuukausittain ohjauskanavittain, jotta voidaan nähdä, mitkä reitit toimivat ja mihin pitää panostaa lisää.
""")

    d.add_heading('4 Toteutus', 1)
    paras(d, """
Hanke toteutetaan kolmena työpakettina, jotka vastaavat hankkeen kolmea osatavoitetta, sekä hallinnoinnin ja juurruttamisen läpileikkaavana työpakettina. Kehittämistyössä käytetään palvelumuotoilun ja yhteiskehittämisen menetelmiä: nuoret ja työnantajat osallistuvat mallien suunnitteluun jo ensimmäisestä puolivuotiskaudesta alkaen, ja mallit testataan ja korjataan lyhyissä kierroksissa.
""")
    d.add_heading('TP1 Omavalmennus', 2)
    paras(d, """
Työpaketissa kehitetään omavalmennuksen malli, jossa nuorella on yksi nimetty omavalmentaja polun alusta loppuun. Omavalmentaja tapaa nuoren ensimmäisen kuukauden aikana vähintään viikoittain, kulkee tarvittaessa mukana koulutuksen hakutilanteissa ja työhaastatteluissa ja pitää yhteyttä ammattiopistoon ja työnantajaan. Hankkeeseen palkataan kaksi omavalmentajaa, ja lisäksi kolme työllisyyspalvelujen nykyistä asiantuntijaa toimii omavalmentajina osalla työajastaan, jotta malli rakentuu alusta asti osaksi palvelun perustyötä.

Malli suunnitellaan kevään 2026 aikana yhdessä nuorten kanssa (kolme yhteiskehittämisen työpajaa ja palvelupolun kuvaus). Ensimmäinen pilottiryhmä aloittaa toukokuussa 2026 ja toinen tammikuussa 2027. Omavalmennukseen kuuluu jälkiohjaus: omavalmentaja pitää yhteyttä nuoreen kolme kuukautta opintojen tai työn alkamisen jälkeen, koska keskeyttämisriski on suurimmillaan ensimmäisinä viikkoina.
""")
    d.add_heading('TP2 Kokeile ja opi', 2)
    paras(d, """
Ammattiopisto Kasvo ja työllisyyspalvelut rakentavat yhdessä 6–10 viikon jaksoja, joissa nuori tekee työkokeilua alueen yrityksessä ja suorittaa samalla yhden ammatillisen tutkinnon osan tai sen osa-alueen. Jakson aikana nuori käy ammattiopistolla yhtenä päivänä viikossa. Jakson päätteeksi nuoren, työpaikan ja opettajan kesken sovitaan jatkosta: oppisopimus, tutkintokoulutus, palkkatuettu työ tai muu jatkopolku.

Kokeile ja opi -jaksoja toteutetaan neljällä alalla, ja jaksoja käynnistetään hankkeen aikana yhteensä kuusi kierrosta. Kasvo nimeää jokaiselle alalle vastuuopettajan. Jaksojen aikana kerätään tietoa siitä, mitkä tekijät auttavat nuorta jatkamaan opintoja, ja jaksojen rakennetta muokataan jokaisen kierroksen jälkeen.
""")
    d.add_heading('TP3 Työnantajayhteistyö', 2)
    paras(d, """
Työpaketissa kehitetään työnantajayhteistyön malli, jossa jokaisella mukana olevalla työnantajalla on yksi yhteyshenkilö työllisyyspalveluissa. Työpaikkaohjaajille järjestetään kolmen iltapäivän koulutuskokonaisuus, jonka aiheita ovat nuoren perehdyttäminen, selkokielinen ohjaus, tuen tarpeen tunnistaminen ja palkkatuen ja oppisopimuksen käytännöt. Koulutus järjestetään neljä kertaa hankkeen aikana, ja kaksi kertaa se toteutetaan verkossa, jotta myös pienten yritysten työpaikkaohjaajat pääsevät mukaan.

Lisäksi kootaan perehdytyksen tukipaketti: tarkistuslista, selkokieliset perehdytysohjeet neljälle alalle ja lyhyt video-opas. Tukipaketti tehdään yhdessä työnantajien kanssa ja testataan ensimmäisillä Kokeile ja opi -jaksoilla.
""")
    d.add_heading('Polku nuoren näkökulmasta', 2)
    paras(d, """
Nuori tulee polulle usein työllisyyspalvelujen asiantuntijan, Ohjaamon, aikuissosiaalityön tai ammattiopiston opinto-ohjaajan ohjaamana, mutta myös omalla ilmoittautumisella hankkeen verkkosivun tai somekanavien kautta. Ensimmäinen tapaaminen järjestetään viikon kuluessa yhteydenotosta nuorelle sopivassa paikassa: työllisyyspalvelujen toimistolla, Ohjaamossa, kirjastossa tai tarvittaessa kotikäyntinä.

Polun ensimmäisessä vaiheessa (noin 1–2 kuukautta) omavalmentaja ja nuori kartoittavat yhdessä nuoren tilanteen, vahvuudet ja kiinnostuksen kohteet. Tässä vaiheessa ratkaistaan myös arjen esteitä, kuten toimeentuloon, asumiseen tai terveyteen liittyviä asioita, yhdessä hyvinvointialueen palvelujen kanssa. Toisessa vaiheessa nuori tutustuu vaihtoehtoihin: hän voi käydä ammattiopistolla tutustumassa, osallistua työnantajavierailuun tai aloittaa Kokeile ja opi -jakson. Kolmannessa vaiheessa sovitaan jatkopolusta, ja omavalmentaja tukee hakemisessa, haastatteluissa ja aloituksessa. Neljäs vaihe on jälkiohjaus, jossa omavalmentaja pitää yhteyttä nuoreen ja tarvittaessa työpaikkaan tai oppilaitokseen vielä kolmen kuukauden ajan.

Polun kesto on yksilöllinen, mutta arvioimme sen olevan keskimäärin kuudesta yhdeksään kuukautta. Jokaiselle nuorelle laaditaan yhdessä hänen kanssaan polkusuunnitelma, joka kirjataan työllisyyspalvelujen asiakastietojärjestelmään niin, että se on myös Kasvon opinto-ohjaajan käytettävissä nuoren suostumuksella. Näin nuoren ei tarvitse kertoa tilannettaan uudelleen jokaiselle uudelle työntekijälle.
""")

    d.add_heading('TP4 Hallinnointi ja juurruttaminen', 2)
    paras(d, """
Läpileikkaava työpaketti sisältää hankkeen hallinnoinnin, ohjausryhmätyön, seurannan ja arvioinnin sekä tulosten juurruttamisen ja levittämisen. Juurruttamisen toimenpiteet on kuvattu tarkemmin luvussa 10.
""")

    d.add_heading('5 Aikataulu', 1)
    paras(d, 'Hankkeen keskeiset toimenpiteet puolivuosittain:')
    table(d, [
        ['Toimenpide', 'I/2026', 'II/2026', 'I/2027', 'II/2027'],
        ['Yhteiskehittämisen työpajat, palvelupolun kuvaus', 'x', '', '', ''],
        ['Omavalmennuksen pilottiryhmät', 'x (5/2026)', 'x', 'x (1/2027)', 'x'],
        ['Kokeile ja opi -kierrokset (6 kpl)', 'x', 'xx', 'xx', 'x'],
        ['Työpaikkaohjaajien koulutukset (4 kpl)', '', 'x', 'xx', 'x'],
        ['Väliarviointi ja mallien korjaus', '', 'x', '', ''],
        ['Mallien kuvaaminen Innokylään, päätösseminaari', '', '', '', 'x'],
        ['Loppuraportti ja ulkoisen arvioinnin raportti', '', '', '', 'x'],
    ])
    paras(d, """
Hankkeen aloitusseminaari pidetään helmikuussa 2026 ja päätösseminaari marraskuussa 2027. Loppuraportti toimitetaan ELY-keskukselle kahden kuukauden kuluessa hankkeen päättymisestä.
""")

    d.add_heading('6 Organisointi ja yhteistyökumppanit', 1)
    paras(d, """
Hankkeen päätoteuttaja on Kaukolan kaupungin työllisyyspalvelut, joka vastaa hankkeen hallinnoinnista, raportoinnista ja maksatuksista. Osatoteuttaja ammattiopisto Kasvo vastaa työpaketti 2:n koulutuksellisesta sisällöstä ja nimeää hankkeeseen koulutussuunnittelijan 50 %:n työajalla.

Hankkeen henkilöstö: projektipäällikkö (100 %, työllisyyspalvelut), kaksi omavalmentajaa (100 %, työllisyyspalvelut), työnantajakoordinaattori (100 %, työllisyyspalvelut) ja koulutussuunnittelija (50 %, Kasvo). Hankkeen talousasioita hoitaa työllisyyspalvelujen controller 10 %:n työajalla.

Hankkeelle perustetaan ohjausryhmä, johon kutsutaan edustajat Kaukolan työllisyyspalveluista (puheenjohtaja työllisyyspäällikkö), ammattiopisto Kasvosta, Ohjaamo Kaukolasta, Etelä-Savon ELY-keskuksesta, Kaukolan Yrittäjistä, Etelä-Savon hyvinvointialueen aikuissosiaalityöstä sekä kaksi nuorten edustajaa. Ohjausryhmä kokoontuu noin neljä kertaa vuodessa. Lisäksi hankkeessa toimii operatiivinen työryhmä, joka kokoontuu kahden viikon välein.
""")

    d.add_heading('Henkilöstön tehtävät', 2)
    paras(d, """
Projektipäällikkö johtaa hanketta, vastaa budjetin seurannasta yhdessä controllerin kanssa, valmistelee ohjausryhmän kokoukset ja maksatushakemukset sekä koordinoi arviointia ja juurruttamista. Projektipäällikkö toimii myös hankkeen viestinnän vastuuhenkilönä ja yhteyshenkilönä ELY-keskukseen päin. Projektipäällikön tehtävään on tarkoitus valita henkilö, jolla on kokemusta työllisyyspalvelujen kehittämisestä ja monialaisesta yhteistyöstä.

Omavalmentajat työskentelevät nuorten kanssa, vastaavat polkusuunnitelmista ja jälkiohjauksesta ja osallistuvat omavalmennusmallin kuvaamiseen. Kummallakin omavalmentajalla on kerrallaan noin 25 nuorta, mikä on selvästi vähemmän kuin nykyisessä palveluohjauksessa ja mahdollistaa tiiviin tuen polun alussa. Omavalmentajat toimivat työparina kolmen vakituisen asiantuntijan kanssa, jotta osaaminen siirtyy perustoimintaan.

Työnantajakoordinaattori rakentaa työnantajaverkoston, on mukana olevien työnantajien yhteyshenkilö, järjestää työpaikkaohjaajien koulutukset ja kokoaa perehdytyksen tukipaketin. Koordinaattori vastaa myös Kokeile ja opi -jaksojen työpaikkojen hankinnasta yhdessä Kasvon vastuuopettajien kanssa.

Koulutussuunnittelija suunnittelee Kokeile ja opi -jaksojen opinnollistamisen, sovittaa jaksot tutkinnon perusteisiin ja henkilökohtaistamiseen ja huolehtii siitä, että nuoren osaaminen tunnistetaan ja kirjataan. Koulutussuunnittelija osallistuu myös opettajien perehdyttämiseen malliin.

Henkilöstön osaamista vahvistetaan hankkeen alussa kahden päivän yhteisellä perehdytyksellä, jossa käsitellään palvelumuotoilun menetelmiä, traumatietoista työotetta ja tietosuojaa. Hanketiimi osallistuu ESR+ -ohjelman hallinnoijien koulutuksiin ja valtakunnalliseen nuorten työllisyyden teemaverkostoon.
""")

    d.add_heading('7 Kustannusarvio ja rahoitus', 1)
    paras(d, 'Hankkeen kokonaiskustannukset ovat 612 360 euroa. Kustannukset on laskettu flat rate -mallilla (henkilöstökustannukset + 40 %).')
    table(d, [
        ['Kustannuslaji', '2026', '2027', 'Yhteensä'],
        ['Henkilöstökustannukset', '218 700', '218 700', '437 400'],
        ['Flat rate 40 % muista kustannuksista', '87 480', '87 480', '174 960'],
        ['Yhteensä', '306 180', '306 180', '612 360'],
    ])
    paras(d, """
Rahoitus: ESR+ -tuki 80 % (489 888 €), Kaukolan kaupungin kuntarahoitus 15 % (91 854 €) ja ammattiopisto Kasvon omarahoitus 5 % (30 618 €).
""")

    d.add_heading('Kustannusten perustelut', 2)
    paras(d, """
Henkilöstökustannukset perustuvat Kaukolan kaupungin palkkaluokituksiin ja Kasvon työehtosopimukseen. Projektipäällikön kokonaispalkka sivukuluineen on arviolta 5 450 euroa kuukaudessa, omavalmentajien ja työnantajakoordinaattorin noin 4 300 euroa kuukaudessa ja koulutussuunnittelijan 50 %:n osuus noin 2 450 euroa kuukaudessa. Controllerin 10 %:n työaikaosuus sisältyy henkilöstökustannuksiin. Flat rate -osuudella katetaan muut kustannukset, kuten työpajojen tarjoilut, työpaikkaohjaajien koulutusten kouluttajat, perehdytyksen tukipaketin taitto ja video, ulkoisen arvioinnin ostopalvelu (arviolta 28 000 euroa), matkat, tilat ja viestintä.
""")

    d.add_heading('8 Miten seuraamme ja arvioimme onnistumista?', 1)
    paras(d, """
Hankkeen seuranta perustuu luvun 2 taulukon mittareihin. Omavalmennukseen ja Kokeile ja opi -jaksoille osallistuvien nuorten tiedot kirjataan työllisyyspalvelujen asiakastietojärjestelmään, ja projektipäällikkö kokoaa mittaritiedot neljännesvuosittain ohjausryhmälle. ESR+ -ohjelman yhteiset indikaattorit kerätään EURA 2021 -järjestelmään osallistujan alku- ja lopputietolomakkeilla.

Itsearviointia tehdään koko hankkeen ajan. Nuoret antavat palautetta jokaisen polun vaiheen jälkeen lyhyellä mobiilikyselyllä, ja omavalmennuksen asiakaskysely toistetaan kevään 2025 kyselyn pohjalta keväällä 2026, keväällä 2027 ja syksyllä 2027, jotta ohjauksen jatkuvuuden kokemusta voidaan verrata lähtötasoon. Hanketiimi pitää puolivuosittain arviointityöpajan, jossa mittaritiedot ja palautteet käydään läpi ja mallien muutoksista päätetään. Työnantajilta kerätään palaute jokaisen koulutuksen ja Kokeile ja opi -jakson jälkeen.

Hankkeelle hankitaan ulkoinen arvioija kilpailutuksella keväällä 2026. Ulkoinen arviointi keskittyy siihen, miten omavalmennus ja Kokeile ja opi -malli toimivat nuorten näkökulmasta ja millä edellytyksillä mallit voidaan vakiinnuttaa. Arvioija haastattelee nuoria, työntekijöitä ja työnantajia kahdessa vaiheessa (syksy 2026 ja syksy 2027) ja laatii väliraportin ja loppuraportin. Arvioinnin tuloksia käytetään mallien korjaamiseen ja juurruttamispäätösten tukena.
""")

    d.add_heading('9 Tulokset ja vaikutukset', 1)
    paras(d, """
Hankkeen konkreettiset tuotokset ovat: omavalmennuksen toimintamalli ja palvelupolun kuvaus, Kokeile ja opi -jakson malli neljälle alalle, työnantajayhteistyön malli, työpaikkaohjaajien koulutuskokonaisuus ja perehdytyksen tukipaketti. Kaikki mallit kuvataan Innokylään ja julkaistaan kaupungin verkkosivuilla avoimesti muiden kuntien käyttöön.

Välittöminä tuloksina hankkeen aikana odotamme, että 160 nuorta saa omavalmennusta, 90 nuorta osallistuu Kokeile ja opi -jaksolle ja vähintään puolet polun päättäneistä nuorista on siirtynyt työhön, koulutukseen tai oppisopimukseen. Työllisyyspalvelujen ja Kasvon työntekijät saavat yhteisen työtavan, ja vähintään 40 työnantajaa on mukana verkostossa.

Pitkän aikavälin vaikutuksena tavoittelemme, että nuorten pitkäaikaistyöttömyys Kaukolassa kääntyy laskuun ja toisen asteen tutkinnon suorittaneiden osuus nuorista kasvaa. Vaikutuksia seurataan hankkeen jälkeen kaupungin työllisyyskatsauksessa, jota työllisyyspalvelut laatii vuosittain. Hankkeella on myönteisiä vaikutuksia myös yhdenvertaisuuteen, koska polkupalvelu on suunnattu erityisesti nuorille, joiden on vaikeinta päästä palvelujen piiriin.

Organisaatioiden tasolla odotamme, että työllisyyspalvelujen ja ammattiopiston välinen yhteistyö muuttuu yksittäisten työntekijöiden henkilökohtaisista kontakteista sovituksi käytännöksi, jolla on yhteiset prosessikuvaukset, kirjaamisen tavat ja säännölliset yhteiset palaverit. Työnantajille hanke tuo matalan kynnyksen reitin rekrytoida nuoria ja tukea heidän perehdyttämiseensä. Kaupungille hankkeen taloudellinen vaikutus syntyy ennen kaikkea työmarkkinatuen kuntaosuuden pienenemisestä: jos 80 nuoren työttömyys lyhenee keskimäärin puolella vuodella, kaupungin säästö on arviolta useita satojatuhansia euroja.
""")

    d.add_heading('Horisontaaliset periaatteet', 2)
    paras(d, """
Yhdenvertaisuus ja yhdenvertaisuuden edistäminen ovat hankkeen ydintä, sillä polku on tarkoitettu nuorille, joiden on vaikeinta hyötyä nykyisistä palveluista. Hankkeen materiaalit tehdään selkokielellä, ja maahan muuttaneille nuorille tarjotaan tarvittaessa tulkkaus ensimmäisiin tapaamisiin. Sukupuolten tasa-arvoa edistetään purkamalla alavalintojen sukupuolittuneisuutta: Kokeile ja opi -jaksoilla nuoria kannustetaan kokeilemaan myös aloja, joilla oman sukupuolen edustajia on vähän, ja jaksoille osallistuvien sukupuolijakaumaa seurataan.

Ekologista kestävyyttä tuetaan järjestämällä osa koulutuksista ja kokouksista verkossa ja valitsemalla tapaamispaikat niin, että niihin pääsee julkisella liikenteellä. Kiinteistöhuollon Kokeile ja opi -jaksolla yhtenä teemana on energiatehokas kiinteistönhoito. Hanke noudattaa EU:n perusoikeuskirjaa ja YK:n vammaisyleissopimusta: tilat valitaan esteettömiksi, ja nuoren tarvitsemat kohtuulliset mukautukset suunnitellaan polkusuunnitelmassa.
""")

    d.add_heading('10 Tulosten juurruttaminen ja levittäminen', 1)
    paras(d, """
Juurruttaminen on suunniteltu 4V-mallin (viestintä, variointi, valtavirtaistaminen, vakiinnuttaminen) mukaan, ja se on aloitettu jo hakuvaiheessa: hakemus on käsitelty työllisyyspalvelujen johtoryhmässä ja Kasvon johtoryhmässä elokuussa 2025, ja molemmat ovat sitoutuneet siihen, että toimivaksi todetut mallit otetaan osaksi perustoimintaa. Omavalmennuksen kehittämiseen osallistuu hankkeen alusta lähtien kolme työllisyyspalvelujen vakituista asiantuntijaa, jotta osaaminen ei jää hanketyöntekijöille.

Viestintä: hankkeen kehittämistyöstä kerrotaan säännöllisesti työllisyyspalvelujen henkilöstöinfoissa, Kasvon opettajakokouksissa ja yrittäjäyhdistyksen aamukahveilla. Ensimmäinen henkilöstöinfo pidetään tammikuussa 2026.

Variointi: malleja sovelletaan eri kohderyhmille ja aloille. Kokeile ja opi -malli muokataan jokaisen alan työpaikkojen tarpeisiin, ja omavalmennuksesta tehdään keväällä 2027 kevyempi versio maahan muuttaneille nuorille yhdessä kotoutumispalvelujen kanssa.

Valtavirtaistaminen: hankkeen loppuvaiheessa mallit tarjotaan seudun muiden kuntien työllisyyspalveluille. Pieksälän ja Ylämaan kuntien työllisyyskoordinaattorit osallistuvat kevään 2027 arviointityöpajaan ja voivat kokeilla omavalmennusta omissa palveluissaan syksyllä 2027. Mallit esitellään alueellisessa työllisyyspalvelujen verkostossa ja valtakunnallisessa ESR+ -hankkeiden teemaverkostossa.

Vakiinnuttaminen: Kaukolan työllisyyspäällikkö vastaa siitä, että omavalmennus ja työnantajayhteistyön malli sisällytetään työllisyyspalvelujen palvelukuvaukseen ja vuoden 2028 talousarvioesitykseen. Ammattiopisto Kasvon rehtori vastaa siitä, että Kokeile ja opi -jakso kirjataan Kasvon opetussuunnitelmaan ja henkilökohtaistamisen käytäntöihin lukuvuodesta 2027–2028 alkaen. Päätökset valmistellaan hankkeen viimeisellä puolivuotiskaudella, ja ne käsitellään ohjausryhmässä syyskuussa 2027.

Juurruttamiseen varataan resursseja: projektipäällikön työajasta noin 20 % kohdistuu juurruttamiseen koko hankkeen ajan ja 40 % viimeisten kuuden kuukauden aikana. Vakituisten asiantuntijoiden työaika (yhteensä noin 0,6 henkilötyövuotta vuodessa) on kaupungin omarahoitusosuutta.

Levittäminen: mallit kuvataan Innokylään ja kaupungin verkkosivuille, ja niistä järjestetään päätösseminaari marraskuussa 2027 sekä kaksi webinaaria seudun kunnille. Lisäksi Kasvo esittelee Kokeile ja opi -mallin ammatillisen koulutuksen valtakunnallisilla kehittämispäivillä.
""")

    d.add_heading('11 Riskit ja niiden hallinta', 1)
    table(d, [
        ['Riski', 'Todennäköisyys', 'Hallintakeino'],
        ['Nuoria ei tavoiteta polkupalveluun', 'keskisuuri', 'Ohjaukset Ohjaamosta, aikuissosiaalityöstä ja Kasvosta; jalkautuva työ; nuorten tekemä markkinointi somessa'],
        ['Työnantajia ei saada mukaan riittävästi', 'keskisuuri', 'Yrittäjäyhdistyksen kautta tavoittaminen; työnantajille nimetty yhteyshenkilö; kevyt aloitus työkokeilulla'],
        ['Henkilöstön vaihtuvuus hankkeessa', 'pieni', 'Työparityöskentely; vakituisten asiantuntijoiden osallistuminen; dokumentointi'],
        ['Mallit eivät siirry perustoimintaan', 'keskisuuri', 'Johdon sitoutuminen hakuvaiheessa; päätösten valmistelu syyskuussa 2027; resurssit talousarvioesitykseen'],
    ])

    paras(d, """
Riskejä seurataan ohjausryhmän jokaisessa kokouksessa, ja riskitaulukko päivitetään puolivuosittain arviointityöpajan yhteydessä. Jos nuorten tavoittamisen tavoitteista jäädään ensimmäisen vuoden aikana yli neljänneksen, ohjausryhmä päättää lisätoimista, kuten jalkautuvan työn lisäämisestä tai kohderyhmän ikärajan tarkistamisesta ELY-keskuksen kanssa sovitusti.
""")

    d.add_heading('12 Viestintä', 1)
    paras(d, """
Hankkeelle laaditaan viestintäsuunnitelma ensimmäisen kahden kuukauden aikana. Viestinnän päävastuu on projektipäälliköllä, ja kaupungin viestintäyksikkö tukee tiedotteiden ja somekampanjoiden tekemisessä. Nuorille viestitään ensisijaisesti Instagramissa ja TikTokissa sekä Ohjaamon kanavissa, ja nuoret osallistuvat sisältöjen tekemiseen. Työnantajille viestitään Kaukolan Yrittäjien uutiskirjeessä ja aamukahvitilaisuuksissa. Hankkeen verkkosivu avataan kaupungin sivustolle helmikuussa 2026. Kaikessa viestinnässä noudatetaan EU-rahoituksen näkyvyysvaatimuksia.
""")
    paras(d, """
Viestinnän tavoitteena on, että nuoret tietävät polun olemassaolosta ja uskaltavat tarttua siihen, työnantajat näkevät nuoren palkkaamisen mahdollisuutena eivätkä riskinä ja että kaupungin päättäjät saavat ajantasaista tietoa hankkeen tuloksista juurruttamispäätösten pohjaksi. Päättäjille hankkeesta raportoidaan kaupunginhallituksen elinvoimajaostolle kerran vuodessa. Nuorten kokemuksia polusta kerrotaan heidän luvallaan lyhyinä tarinoina, koska vertaisen kokemus on nuorille usein uskottavampi kuin palvelun esite.

Sisäisessä viestinnässä työllisyyspalvelujen ja Kasvon henkilöstö saa kuukausittain lyhyen hankekirjeen, jossa kerrotaan kokeiluista, muutoksista ja seuraavista vaiheista. Hankkeen päätösvaiheessa tuotetaan mallien esittelymateriaali ja tallenne päätösseminaarista, jotka jäävät kaupungin verkkosivuille myös hankkeen jälkeen.
""")

    d.save(OUT + '01_polkuja_toihin_esr_hankesuunnitelma.docx')
    return {"doc_type": "hankesuunnitelma", "findings": []}

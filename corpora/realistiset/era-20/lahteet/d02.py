from apu import *
d = uusi()
d.add_heading('Polku työhön – nuorten työllisyyspalvelujen kehittämishanke', 0)
kpl(d, 'Hankehakemus, Uudistuva ja osaava Suomi 2021–2027 -ohjelma (ESR+), toimintalinja 4, erityistavoite 4.1')
kpl(d, 'Hakija: Haapaniemen kaupunki, työllisyyspalvelut · Osatoteuttajat: Koillismaan ammattiopisto Kipinä ja Nuorten Tuki Haapaniemi ry')
kpl(d, 'Versio 2 · 30.5.2025 · Valmistelija: hankevalmistelija Timo Rautakorpi')

d.add_heading('1 Tiivistelmä', 1)
kpl(d, 'Polku työhön -hanke kehittää Haapaniemen seudulle nuorten työllisyyspalveluihin mallin, jossa ohjaus, lyhyet työelämäjaksot ja työnantajayhteistyö muodostavat yhden katkeamattoman polun. Hanke toteutetaan 1.9.2025–31.8.2028. Hankkeen keskiössä ovat 18–29-vuotiaat työttömät nuoret, joilla ei ole toisen asteen tutkintoa tai joiden työttömyys on kestänyt yli puoli vuotta. Hankkeessa kehitetään jalkautuvan ohjauksen toimintatapa, työnantajien kanssa rakennettu työkokeilujen "pikakaista" sekä nuorten itse suunnittelema digitaalinen palveluvalikko. Tulokset juurrutetaan kaupungin työllisyyspalvelujen ja ammattiopiston perustoimintaan.')

d.add_heading('2 Lähtötilanne ja tarve', 1)
kpl(d, 'Haapaniemen työllisyysalueella oli vuoden 2024 lopussa 1 140 alle 30-vuotiasta työtöntä työnhakijaa, mikä on 14 % enemmän kuin vuotta aiemmin. Nuorisotyöttömyysaste (15,9 %) on selvästi maan keskiarvon yläpuolella. Erityisen huolestuttavaa on pitkäaikaistyöttömien nuorten osuuden kasvu: vuonna 2022 heitä oli 190, vuonna 2024 jo 276. Alueen koulutustason tarkastelu osoittaa, että noin kolmannes työttömistä nuorista on pelkän perusasteen varassa.')
kpl(d, 'Työllisyyspalvelujen siirtyminen kunnille vuoden 2025 alussa (TE24-uudistus) on muuttanut toimintaympäristöä. Kaupunki vastaa nyt koko palvelusta, mutta resurssit ovat rajalliset ja asiakasmäärä asiantuntijaa kohden on kasvanut noin 180 asiakkaaseen. Nuorilta saadun palautteen mukaan palvelu koetaan etäiseksi ja lomakkeelliseksi: moni ei vastaa puhelinsoittoihin eikä saavu varattuihin tapaamisiin. Ohjaamon kävijämäärät laskivat vuodesta 2023 vuoteen 2024 noin viidenneksellä.')
kpl(d, 'Samaan aikaan alueen yritykset kertovat rekrytointivaikeuksista. Elinkeinopalvelujen yrityskyselyssä syksyllä 2024 41 % vastanneista yrityksistä arvioi, että osaavan työvoiman puute rajoittaa kasvua. Yrityksillä on halukkuutta ottaa nuoria työkokeiluun ja oppisopimukseen, mutta prosessi koetaan hitaaksi ja byrokraattiseksi: nykyisin työkokeilun sopiminen kestää keskimäärin viisi viikkoa ensimmäisestä yhteydenotosta.')
kpl(d, 'Hanketta on valmisteltu kevään 2025 aikana. Valmistelutapaamiset pidettiin 4.2.2025 (työllisyyspalvelut, ammattiopisto, järjestö), 11.3.2025 (yrittäjäyhdistys ja kuusi yritystä) sekä 8.4.2025, jolloin Ohjaamon nuorista koottu ryhmä kommentoi hankeideaa. Nuorten työpajan keskeinen viesti oli, että "ensimmäisen askeleen pitää olla helppo ja ihmisen, ei lomakkeen".')
kpl(d, 'Hanke liittyy Haapaniemen kaupunkistrategiaan 2030, jonka mukaan "jokaisella nuorella on polku koulutukseen tai työhön", sekä Koillismaan seutukunnan elinvoimaohjelmaan. Hanke täydentää ELY-keskuksen rahoittamaa Osaajat kotiin -hanketta, joka keskittyy korkeakoulutettuihin paluumuuttajiin; päällekkäisyyttä ei ole, ja hankkeiden välillä on sovittu säännöllisestä tiedonvaihdosta.')

d.add_heading('3 Tavoitteet', 1)
kpl(d, 'Hankkeen päämääränä on, että haapaniemeläiset nuoret löytävät nykyistä nopeammin ja pysyvämmin polun työhön tai koulutukseen ja että työllisyyspalvelut toimivat nuorten näkökulmasta saavutettavasti. Alla olevassa taulukossa on hankkeen osatavoitteet, niiden toimenpiteet ja arviointi. Mittarien lähtötaso kirjataan hankkeen kolmen ensimmäisen kuukauden aikana.')
t = d.add_table(rows=4, cols=3); t.style = 'Table Grid'
t.cell(0, 0).text = 'Tavoite'; t.cell(0, 1).text = 'Toimenpiteet'; t.cell(0, 2).text = 'Arviointi ja mittarit'
t.cell(1, 0).text = '1. Palveluista syrjään jääneet nuoret tavoitetaan ja heidän asiointinsa palveluissa jatkuu.'
t.cell(1, 1).text = 'Jalkautuva ohjaus (työpaketti 1): ohjaajat tapaavat nuoria kirjastossa, nuorisotiloilla ja oppilaitoksissa; matalan kynnyksen "kahvipisteet"; tekstiviesti- ja WhatsApp-yhteydenpito.'
t.cell(1, 2).text = 'Tavoitettujen uusien nuorten määrä (tavoite 350); osuus nuorista, joiden asiointi jatkuu kolmen kuukauden jälkeen (tavoite 70 %); nuorten palautekysely puolivuosittain.'
t.cell(2, 0).text = '2. Nuorten siirtymät työelämäjaksoille ja työhön nopeutuvat.'
t.cell(2, 1).text = 'Työkokeilujen pikakaista (työpaketti 2): työnantajakumppanuudet, valmiit sopimuspohjat, nimetty yhteyshenkilö yrityksille, lyhyet tutustumisjaksot.'
sis = t.cell(2, 2)
sis.text = 'Mittarit:'
n = sis.add_table(rows=3, cols=3); n.style = 'Table Grid'
for i, rivi in enumerate([['Mittari', 'Lähtötaso', 'Tavoite 2028'],
                          ['Työkokeilun sopimiseen kuluva aika', '5 viikkoa', '1 viikko'],
                          ['Työhön tai koulutukseen siirtyneet 6 kk kuluessa jakson jälkeen', 'ei tiedossa', '45 %']]):
    for j, a in enumerate(rivi):
        n.cell(i, j).text = a
t.cell(3, 0).text = '3. Nuorten näkemys ohjaa palvelujen kehittämistä.'
t.cell(3, 1).text = 'Nuorten kehittäjäryhmä ja yhteiskehittämisen työpajat; digitaalisen palveluvalikon suunnittelu yhdessä nuorten kanssa (työpaketti 3).'
t.cell(3, 2).text = 'Kehittäjäryhmän kokoontumiset ja niissä tehtyjen ehdotusten toteutumisen seuranta (kirjanpito ehdotuksista ja niiden käsittelystä); nuorten arvio palveluvalikon käytettävyydestä käyttäjätestauksessa.'

d.add_heading('4 Kohderyhmät', 1)
kpl(d, 'Välitön kohderyhmä ovat Haapaniemen, Pohjalahden ja Kivijärven 18–29-vuotiaat työttömät tai työvoiman ulkopuolella olevat nuoret. Hankkeen aikana tavoitetaan vähintään 350 nuorta, joista noin puolet arvioidaan olevan pelkän perusasteen varassa. Erityistä huomiota kiinnitetään maahan muuttaneisiin nuoriin, joiden osuus alueen työttömistä nuorista on noin 12 %, sekä nuoriin, joilla on mielenterveyden haasteita.')
kpl(d, 'Välillisiä kohderyhmiä ovat alueen työnantajat (tavoitteena 40 kumppaniyritystä), kaupungin työllisyyspalvelujen, Ohjaamon ja ammattiopiston henkilöstö (noin 60 työntekijää) sekä nuorten parissa toimivat järjestöt ja seurakunta. Hankkeen tuloksista hyötyvät myös muut Koillismaan kunnat, joissa työllisyyspalvelujen järjestäminen on vastaavassa murroksessa.')
kpl(d, 'Hankkeen toimenpiteisiin osallistuvien nuorten tiedot kerätään ESR+-ohjelman edellyttämällä tavalla osallistujalomakkeella. Tietoja käsitellään tietosuoja-asetuksen mukaisesti, ja nuorille kerrotaan selkokielellä, mihin tietoja käytetään.')

d.add_heading('5 Toteutus ja työpaketit', 1)
d.add_heading('Työpaketti 1: Jalkautuva ohjaus', 2)
kpl(d, 'Hankkeessa työskentelee kaksi jalkautuvaa ohjaajaa, jotka viettävät suurimman osan työajastaan siellä, missä nuoret jo ovat: kirjastossa, nuorisotiloilla, ammattiopiston kampuksella, kauppakeskus Torin nuorten tilassa ja tarvittaessa nuoren kotona. Ensimmäinen tapaaminen ei edellytä ajanvarausta eikä asiakkuutta työllisyyspalveluissa. Ohjaajat käyttävät motivoivan haastattelun ja ratkaisukeskeisen ohjauksen menetelmiä, ja he ovat tavoitettavissa myös tekstiviestillä ja WhatsAppilla virka-ajan ulkopuolella kahtena iltana viikossa.')
kpl(d, 'Ohjaajat tekevät tiivistä yhteistyötä työllisyyspalvelujen asiantuntijoiden kanssa: kun nuori on valmis, ohjaaja saattaa hänet asiantuntijan luo ja on mukana ensimmäisissä tapaamisissa. Näin palvelupolulle ei synny katkoksia. Työpaketin aikana laaditaan jalkautuvan ohjauksen käsikirja, jossa kuvataan työtapa, yhteistyökäytännöt, tietosuoja ja kirjaaminen.')
kpl(d, 'Kahvipisteet ovat kerran viikossa vaihtuvissa paikoissa järjestettäviä avoimia kohtaamisia, joissa nuori voi kysyä mitä tahansa työstä, opiskelusta, asumisesta tai toimeentulosta. Kahvipisteissä on mukana vuorotellen ammattiopiston opinto-ohjaaja, Kelan asiantuntija ja järjestön vertaistyöntekijä.')
d.add_heading('Työpaketti 2: Työkokeilujen pikakaista', 2)
kpl(d, 'Työpaketissa rakennetaan työnantajien kanssa toimintatapa, jolla työkokeilu tai lyhyt tutustumisjakso voidaan sopia viikossa. Yrityksille nimetään yksi yhteyshenkilö (yrityskoordinaattori), joka hoitaa sopimukset, vakuutukset ja perehdytyksen tuen. Sopimuspohjat ja perehdytyksen muistilistat laaditaan yhdessä yrittäjäyhdistyksen kanssa.')
kpl(d, 'Hankkeessa kokeillaan myös "työpäivä kaverin kanssa" -malli, jossa nuori voi tulla yritykseen yhdeksi päiväksi yhdessä ohjaajan tai toisen nuoren kanssa. Kokeilusta saadut kokemukset kootaan ja mallia muokataan kolmen kokeilukierroksen perusteella. Ammattiopisto tarjoaa työkokeilun aikana mahdollisuuden tunnistaa osaamista ja suorittaa tutkinnon osia oppisopimuksella.')
kpl(d, 'Työnantajille järjestetään kaksi kertaa vuodessa aamukahvitilaisuus, jossa kerrotaan nuorten palkkaamisen tuista ja kuullaan yritysten kokemuksia. Tilaisuuksien yhteydessä kerätään yritysten palaute pikakaistan toimivuudesta.')
d.add_heading('Työpaketti 3: Nuoret palvelujen kehittäjinä', 2)
kpl(d, 'Nuorista koottava kehittäjäryhmä (8–10 nuorta) kokoontuu kuukausittain, ja osallistumisesta maksetaan kulukorvaus. Ryhmä osallistuu jalkautuvan ohjauksen ja pikakaistan suunnitteluun, testaa materiaaleja ja on mukana rekrytoimassa hankkeen työntekijöitä. Lisäksi järjestetään vuosittain kaksi laajempaa yhteiskehittämisen työpajaa, joihin kutsutaan myös työntekijöitä ja työnantajia.')
kpl(d, 'Työpaketin konkreettinen tuotos on digitaalinen palveluvalikko: mobiililaitteelle sopiva sivusto, jossa nuori näkee yhdellä silmäyksellä, mitä palveluja alueella on ja miten niihin pääsee, ja voi jättää yhteydenottopyynnön. Palveluvalikko toteutetaan kaupungin verkkosivualustalle, jotta sen ylläpito voi jatkua hankkeen jälkeen ilman erillisiä lisenssikuluja.')
d.add_heading('Työpaketti 4: Hallinnointi, juurruttaminen ja viestintä', 2)
kpl(d, 'Työpaketti kattaa hankkeen hallinnoinnin, talouden seurannan, raportoinnin rahoittajalle sekä juurruttamisen ja viestinnän toimenpiteet, jotka on kuvattu tarkemmin luvuissa 9 ja 10.')

d.add_heading('6 Aikataulu', 1)
kpl(d, 'Hankkeen toteutusaika on 1.9.2025–31.8.2028. Toimenpiteiden vaiheistus neljännesvuosittain:')
a = d.add_table(rows=6, cols=5); a.style = 'Table Grid'
yl = a.cell(0, 1).merge(a.cell(0, 4)); yl.text = 'Toteutus (neljännesvuodet)'
a.cell(0, 0).text = 'Työpaketti'
for j, v in enumerate(['Q4/2025–Q1/2026', 'Q2/2026–Q4/2026', 'Q1/2027–Q4/2027', 'Q1/2028–Q3/2028']):
    a.cell(1, j + 1).text = v
a.cell(1, 0).text = ''
for i, rivi in enumerate([['TP1 Jalkautuva ohjaus', 'rekrytointi, käynnistys', 'toiminta', 'toiminta, käsikirja', 'siirto perustoimintaan'],
                          ['TP2 Pikakaista', 'yrityskumppanit, sopimuspohjat', '1. kokeilukierros', '2.–3. kokeilukierros', 'mallin viimeistely'],
                          ['TP3 Nuoret kehittäjinä', 'kehittäjäryhmä koolle', 'palveluvalikon suunnittelu', 'palveluvalikko käyttöön', 'käyttäjätestaus, päivitys'],
                          ['TP4 Hallinnointi ja juurruttaminen', 'juurruttamissuunnitelma, ohjausryhmä', 'väliarviointi', 'levitys muihin kuntiin', 'loppuseminaari, loppuraportti']]):
    for j, v in enumerate(rivi):
        a.cell(i + 2, j).text = v

d.add_heading('7 Organisointi ja yhteistyökumppanit', 1)
kpl(d, 'Hankkeen päätoteuttaja on Haapaniemen kaupungin työllisyyspalvelut, joka vastaa hallinnoinnista ja rahoittajaraportoinnista. Osatoteuttajat ovat Koillismaan ammattiopisto Kipinä (osaamisen tunnistaminen, oppisopimukset, opinto-ohjaus) ja Nuorten Tuki Haapaniemi ry (vertaistyö, kehittäjäryhmän koordinointi). Osapuolten välinen yhteistyösopimus on allekirjoitettu 20.5.2025.')
kpl(d, 'Henkilöstö: projektipäällikkö (100 %, kaupunki), kaksi jalkautuvaa ohjaajaa (100 %, kaupunki), yrityskoordinaattori (100 %, kaupunki), opinto-ohjaaja (30 %, ammattiopisto) ja vertaistyöntekijä (50 %, järjestö). Projektipäällikkö raportoi työllisyyspalvelujen päällikölle.')
kpl(d, 'Hankkeelle asetetaan ohjausryhmä, jossa ovat edustettuina kaupungin työllisyyspalvelut ja nuorisopalvelut, ammattiopisto, järjestö, yrittäjäyhdistys, Kela, Pohjois-Pohjanmaan ELY-keskus (asiantuntijajäsen) sekä kaksi nuorten kehittäjäryhmän jäsentä. Ohjausryhmä kokoontuu vähintään neljä kertaa vuodessa.')

d.add_heading('8 Seuranta ja arviointi', 1)
kpl(d, 'Hankkeen seuranta perustuu tavoitetaulukon (luku 3) mittareihin. Lähtötasot kerätään syys–marraskuussa 2025 asiakastietojärjestelmästä ja yrityskyselystä. Projektipäällikkö kokoaa seurantatiedot neljännesvuosittain ohjausryhmälle, ja ESR+-ohjelman yhteiset indikaattorit raportoidaan EURA 2021 -järjestelmään maksatushakemusten yhteydessä.')
kpl(d, 'Itsearviointia tehdään hanketiimin puolivuosittaisissa arviointipäivissä, joissa käydään läpi mittaritiedot, nuorten ja yritysten palaute sekä ohjaajien havaintopäiväkirjat. Väliarvioinnin keväällä 2027 tekee ulkopuolinen arvioija (Koillismaan ammattikorkeakoulun TKI-yksikkö), joka haastattelee nuoria, työntekijöitä ja työnantajia. Väliarvioinnin suositukset käsitellään ohjausryhmässä ja niiden perusteella päivitetään toteutussuunnitelma.')
kpl(d, 'Nuorten palautetta kerätään lyhyellä mobiilikyselyllä (liite 1) jokaisen ohjausjakson päätteeksi sekä kehittäjäryhmän kautta. Yritysten palaute kerätään aamukahvitilaisuuksissa ja kokeilukierrosten jälkeen.')

d.add_heading('9 Tulokset, vaikutukset ja juurruttaminen', 1)
kpl(d, 'Hankkeen tuloksena syntyy kolme toimintamallia: jalkautuvan ohjauksen toimintatapa ja käsikirja, työkokeilujen pikakaista sopimuspohjineen sekä nuorten kanssa kehitetty digitaalinen palveluvalikko. Välittömänä vaikutuksena nuorten asiointi palveluissa jatkuu aiempaa useammin ja siirtymät työelämään nopeutuvat. Pitkällä aikavälillä tavoitellaan nuorten pitkäaikaistyöttömyyden kääntymistä laskuun ja työnantajien luottamuksen vahvistumista julkisiin työllisyyspalveluihin.')
kpl(d, 'Juurruttaminen on aloitettu jo hakuvaiheessa: hankkeen toimintamallit on valmisteltu yhdessä niiden tahojen kanssa, joiden perustoimintaan ne on tarkoitus siirtää, ja työllisyyspalvelujen päällikkö on sitoutunut valmistelemaan jalkautuvan ohjauksen vakanssien sisällyttämisen kaupungin talousarvioon vuodesta 2028. Juurruttamisessa sovelletaan 4V-mallia:')
kpl(d, '• Viestintä: hankkeen alusta alkaen toiminnasta kerrotaan avoimesti sekä nuorille että työntekijöille ja päättäjille; kaupunginhallitukselle ja työllisyysjaostolle raportoidaan puolivuosittain.')
kpl(d, '• Variointi: toimintamalleja muokataan kokeilukierrosten ja väliarvioinnin perusteella eri ryhmille – esimerkiksi maahan muuttaneille nuorille tehdään pikakaistasta kieli- ja kulttuurituella täydennetty versio.')
kpl(d, '• Valtavirtaistaminen: vuodesta 2027 Pohjalahden ja Kivijärven työllisyyspalvelujen työntekijät kokeilevat jalkautuvaa ohjausta ja pikakaistaa omissa kunnissaan hankkeen tuella; mallit esitellään Koillismaan kuntien työllisyysverkostossa.')
kpl(d, '• Vakiinnuttaminen: hankkeen viimeisenä puolena vuotena jalkautuva ohjaus ja yrityskoordinaattorin tehtävä siirretään työllisyyspalvelujen perustoimintaan, käsikirja hyväksytään palvelun toimintaohjeeksi ja palveluvalikon ylläpito siirtyy kaupungin viestintäyksikölle.')
kpl(d, 'Vastuu toiminnan jatkumisesta hankkeen jälkeen on Haapaniemen kaupungin työllisyyspalvelujen päälliköllä Anne Siikalalla; ammattiopiston osalta vastuu on koulutuspäällikkö Jari Poutiaisella. Juurruttamiseen on varattu projektipäällikön työajasta noin neljännes koko hankkeen ajan sekä 12 000 euroa levitystilaisuuksiin ja materiaaleihin.')

d.add_heading('10 Viestintä ja tulosten levittäminen', 1)
kpl(d, 'Viestinnän tavoitteena on, että nuoret tietävät palveluista, työnantajat tuntevat pikakaistan ja päättäjät saavat ajantasaista tietoa tuloksista. Viestintää suunnitellaan yhdessä kehittäjäryhmän kanssa, ja nuorille suunnattu viestintä tehdään ensisijaisesti Instagramissa ja TikTokissa. Työnantajaviestinnän kanavia ovat yrittäjäyhdistyksen uutiskirje ja aamukahvitilaisuudet.')
kpl(d, 'Tuloksia levitetään kaupungin verkkosivuilla, Innokylässä (toimintamallien kuvaukset), Kuntaliiton työllisyyspalvelujen verkostotapaamisissa sekä loppuseminaarissa kesäkuussa 2028. Käsikirja ja sopimuspohjat julkaistaan avoimesti CC BY -lisenssillä.')

d.add_heading('11 Riskit ja niiden hallinta', 1)
taulu(d, [['Riski', 'Todennäköisyys', 'Hallintakeino'],
          ['Nuoria ei tavoiteta suunnitellusti', 'keskisuuri', 'kohtaamispaikkojen monipuolistaminen, nuorten kehittäjäryhmän ideat, yhteistyö oppilaitosten kanssa'],
          ['Yritysten kiinnostus hiipuu', 'pieni', 'nimetty yhteyshenkilö, nopeat prosessit, onnistumisista viestiminen'],
          ['Henkilöstön vaihtuvuus', 'keskisuuri', 'työtapojen dokumentointi käsikirjaan, perehdytysmalli'],
          ['Rahoitus ei jatku hankkeen jälkeen', 'keskisuuri', 'talousarvioesitys valmistellaan jo 2027, kustannusvaikutusten laskenta väliarvioinnissa']])

d.add_heading('12 Kustannusarvio ja rahoitus', 1)
kpl(d, 'Hankkeen kokonaiskustannukset ovat 1 284 000 euroa, josta haetaan ESR+-tukea 80 % (1 027 200 €). Kuntarahoitus 20 % (256 800 €) jakautuu Haapaniemen kaupungin (80 %) ja osatoteuttajien (20 %) kesken. Kustannukset on laskettu käyttäen 40 %:n flat rate -mallia henkilöstökuluista.')
taulu(d, [['', '2025', '2026', '2027', '2028', 'Yhteensä'],
          ['Henkilöstökulut', '101 800', '305 400', '305 400', '204 500', '917 100'],
          ['Flat rate 40 %', '40 700', '122 200', '122 200', '81 800', '366 900'],
          ['Yhteensä', '142 500', '427 600', '427 600', '286 300', '1 284 000']])

d.add_heading('13 Yhdenvertaisuus, sukupuolten tasa-arvo ja kestävä kehitys', 1)
kpl(d, 'Hankkeen palvelut ovat maksuttomia ja saavutettavia, ja materiaalit tehdään selkokielellä sekä suomeksi, englanniksi ja arabiaksi. Nuorten työttömyys on alueella miesvaltaista (61 %), mutta naisten osuus on kasvanut erityisesti maahan muuttaneiden nuorten joukossa; jalkautuvassa ohjauksessa huomioidaan molempien ryhmien tavoittaminen. Hankkeen ilmastovaikutuksia vähennetään suosimalla joukkoliikennettä ja etätapaamisia silloin, kun se on nuoren kannalta mielekästä.')

d.add_heading('14 Hankkeen lisäarvo ja uutuus', 1)
kpl(d, 'Nuorten työllisyyspalveluja on kehitetty Suomessa useissa hankkeissa, ja Polku työhön hyödyntää niiden kokemuksia. Valmistelussa tutustuttiin muun muassa Innokylässä kuvattuihin jalkautuvan nuorisotyön malleihin sekä aiempien ESR-hankkeiden loppuraportteihin. Haapaniemen ratkaisu eroaa aiemmista siinä, että ohjaus, työnantajayhteistyö ja nuorten osallisuus kehitetään yhtenä kokonaisuutena ja heti alusta lähtien osaksi kunnan omaa, uudistunutta työllisyyspalvelua. Monessa aiemmassa hankkeessa jalkautuva työ on jäänyt erilliseksi projektitoiminnaksi, jonka yhteys varsinaiseen palveluun on katkennut rahoituksen päättyessä. Tässä hankkeessa ohjaajat ovat kaupungin työntekijöitä, istuvat samassa tiimissä työllisyyspalvelujen asiantuntijoiden kanssa ja käyttävät samaa asiakastietojärjestelmää.')
kpl(d, 'Toinen uutuus on työnantajien palvelulupaus. Pikakaistassa kaupunki sitoutuu siihen, että yrityksen yhteydenottoon vastataan kahden arkipäivän kuluessa ja että työkokeilun käytännön järjestelyt ovat valmiina viikossa. Lupaus on valmisteltu yrittäjäyhdistyksen kanssa, ja sen toteutumista seurataan osana tavoitteen 2 mittareita. Kolmanneksi nuoret eivät ole hankkeessa vain palautteen antajia vaan kehittäjiä, joilla on todellista päätösvaltaa: kehittäjäryhmällä on oma pieni budjetti (3 000 € vuodessa) kokeiluihin, joista se päättää itse.')
d.add_heading('15 Henkilöstön osaamisen vahvistaminen', 1)
kpl(d, 'Hankkeen työntekijöille ja työllisyyspalvelujen asiantuntijoille järjestetään koulutusta motivoivasta haastattelusta, traumatietoisesta kohtaamisesta sekä selkokielisestä viestinnästä. Koulutukset ovat avoimia myös Pohjalahden ja Kivijärven työntekijöille, mikä tukee mallien siirtymistä naapurikuntiin. Lisäksi ohjaajille järjestetään ryhmätyönohjausta kerran kuukaudessa. Jalkautuva työ on henkisesti kuormittavaa, ja työnohjaus on keskeinen keino ehkäistä uupumista ja vaihtuvuutta.')
kpl(d, 'Ammattiopiston opettajat ja opinto-ohjaajat perehdytetään työkokeilun aikaisen osaamisen tunnistamiseen. Tavoitteena on, että työkokeilussa hankittu osaaminen voidaan kirjata tutkinnon osiksi ilman erillistä näyttöä silloin, kun se on tutkinnon perusteiden mukaan mahdollista. Tästä laaditaan yhdessä ammattiopiston kanssa lyhyt ohje, joka liitetään pikakaistan sopimuspohjiin.')
d.add_heading('16 Tietosuoja ja asiakastietojen käsittely', 1)
kpl(d, 'Hankkeessa käsitellään nuorten henkilötietoja, osa niistä arkaluonteisia. Rekisterinpitäjänä toimii Haapaniemen kaupunki. Jalkautuvan ohjauksen kirjaukset tehdään kaupungin asiakastietojärjestelmään vasta, kun nuori on antanut suostumuksensa asiakkuuden avaamiseen; sitä ennen kohtaamisista kirjataan vain anonyymi tilastotieto (paikka, ajankohta, aihe). WhatsApp-viestinnässä ei käsitellä terveystietoja eikä henkilötunnuksia, ja käytössä on kaupungin hallinnoima työpuhelin. Osatoteuttajien kanssa laaditaan henkilötietojen käsittelysopimus ennen toiminnan alkamista.')
d.add_heading('17 Hankkeen vaikutusten arviointi pidemmällä aikavälillä', 1)
kpl(d, 'Hankkeen vaikutuksia ei voi arvioida pelkästään hankeaikana kerätyillä luvuilla, koska työllistymisen pysyvyys näkyy vasta myöhemmin. Siksi hankkeen aikana sovitaan yhdessä työllisyyspalvelujen tietohallinnon kanssa, millä tavoin hankkeeseen osallistuneiden nuorten tilannetta voidaan seurata rekisteritietojen avulla myös hankkeen päätyttyä. Tämä seuranta on osa kaupungin omaa työllisyyspalvelujen tietojohtamista, eikä sitä rahoiteta hankkeesta.')
kpl(d, 'Hankkeen aikana lasketaan myös, mitä toimintamallit maksavat ja mitä niillä säästetään. Kaupunki maksaa pitkäaikaistyöttömyyden perusteella Kelalle työmarkkinatuen kuntaosuutta, joten jokainen nuori, jonka työttömyys ei pitkity, vähentää kaupungin menoja. Väliarvioinnin yhteydessä tehdään karkea kustannus–hyöty-laskelma, jota käytetään kaupungin talousarviovalmistelussa. Laskelmassa hyödynnetään vertailutietoa muista kunnista ja Työ- ja elinkeinoministeriön julkaisemia tilastoja.')
d.add_heading('18 Yhteys muihin hankkeisiin ja verkostoihin', 1)
kpl(d, 'Hanke osallistuu ESR+-ohjelman valtakunnalliseen nuorten työllisyyden teemaverkostoon, jonka tapaamisissa jaetaan kokemuksia muiden hankkeiden kanssa. Koillismaan seudulla toimivien hankkeiden kesken järjestetään kahdesti vuodessa yhteinen hanketori, jossa esitellään käynnissä olevia kokeiluja ja sovitaan yhteistyöstä. Hanke tekee yhteistyötä myös alueen Ohjaamon, etsivän nuorisotyön ja nuorten mielenterveyspalvelujen kanssa, jotta nuori saa tarvittaessa tukea myös elämänhallintaan.')
kpl(d, 'Erityisen tärkeää on yhteistyö hyvinvointialueen sosiaalipalvelujen kanssa. Osa hankkeen kohderyhmän nuorista tarvitsee sosiaalista kuntoutusta ennen kuin työkokeilu on realistinen vaihtoehto. Hankkeen ja hyvinvointialueen kesken sovitaan konsultaatiokäytäntö, jolla ohjaaja voi nopeasti ottaa yhteyttä sosiaalityöntekijään ja jolla nuori voidaan tarvittaessa ohjata kuntouttavaan työtoimintaan ja takaisin pikakaistalle.')
d.add_heading('19 Hakijan kyky toteuttaa hanke', 1)
kpl(d, 'Haapaniemen kaupungilla on kokemusta useista ESR- ja ELY-rahoitteisista hankkeista, viimeksi Työllisyyden kuntakokeilun ja sitä seuranneen Työvoimapalvelut lähelle -hankkeen hallinnoinnista. Kaupungin talouspalveluissa on hankekirjanpitoon perehtynyt controller, ja hankkeen maksatushakemukset laaditaan yhteistyössä hänen kanssaan. Ammattiopistolla ja järjestöllä on pitkä yhteistyöhistoria nuorten parissa; järjestö on toteuttanut STEA-rahoitteista vertaistoimintaa vuodesta 2016.')
d.add_heading('20 Raportointi ja hankkeen päättäminen', 1)
kpl(d, 'Hanke raportoi rahoittajalle EURA 2021 -järjestelmässä maksatushakemusten yhteydessä neljän kuukauden välein. Raporteissa kuvataan toteutuneet toimenpiteet, osallistujamäärät, mittaritiedot ja mahdolliset poikkeamat suunnitelmasta. Ohjausryhmä käsittelee jokaisen väliraportin ennen sen lähettämistä. Kaupunginhallitukselle ja työllisyysjaostolle annetaan puolivuosittain lyhyt katsaus, jossa painotetaan sitä, mitä hankkeen kokemukset tarkoittavat kaupungin omalle työllisyyspalvelulle.')
kpl(d, 'Hankkeen viimeiset kuukaudet on varattu tulosten viimeistelyyn ja siirtoon. Käsikirja, sopimuspohjat ja palveluvalikon ylläpito-ohje luovutetaan työllisyyspalveluille, ammattiopistolle ja kaupungin viestintäyksikölle erillisissä luovutuspalavereissa, joissa käydään läpi vastuut ja avoimet kysymykset. Hankkeen kokemuksista kootaan loppuseminaariin nuorten itse tekemä lyhyt video, ja loppuraportti laaditaan rahoittajan ohjeen mukaisesti. Loppuraportissa arvioidaan myös, mitkä hankkeen toimintatavoista eivät toimineet ja miksi, jotta muut kunnat voivat välttää samat karikot.')
kpl(d, 'Hakija vakuuttaa, että hakemuksessa annetut tiedot ovat oikeita ja että hankkeelle ei ole haettu eikä myönnetty muuta julkista rahoitusta samoihin kustannuksiin. Kaupunginhallitus on käsitellyt hakemuksen ja kuntarahoitusosuuden 26.5.2025 (§ 212).')
kpl(d, 'Yhteyshenkilöt hakemusta koskevissa asioissa: hankevalmistelija Timo Rautakorpi, p. 040 123 4567, ja työllisyyspalvelujen päällikkö Anne Siikala, p. 040 765 4321, etunimi.sukunimi@haapaniemi.fi.')
d.add_heading('Liite 1. Nuorten palautekysely (lomakepohja)', 1)
kpl(d, 'Kysely täytetään mobiilisti ohjausjakson päätteeksi. Vastaukset ovat nimettömiä.')
kpl(d, 'Ikä: ____   Kunta: ______________')
kpl(d, 'Kuinka helppoa oli saada yhteys ohjaajaan? (1 = todella vaikeaa … 5 = todella helppoa) ____')
kpl(d, 'Mikä auttoi sinua eniten? ___________________________________')
kpl(d, 'Mitä toivoisit tehtävän toisin? ________________________________')
d.add_heading('Liite 2. Yhteistyösopimus', 1)
kpl(d, 'Allekirjoitettu yhteistyösopimus Haapaniemen kaupungin, Koillismaan ammattiopisto Kipinän ja Nuorten Tuki Haapaniemi ry:n välillä 20.5.2025 (erillinen PDF).')
d.add_heading('Liite 3. Hanketyöntekijöiden tehtäväkuvaukset', 1)
lihava(d, 'Projektipäällikkö (100 %)')
kpl(d, 'Projektipäällikkö vastaa hankkeen kokonaisuudesta: toteutussuunnitelman mukaisesta etenemisestä, talouden seurannasta, raportoinnista rahoittajalle, ohjausryhmän valmistelusta ja sihteerin tehtävistä sekä osatoteuttajien välisestä yhteistyöstä. Hän vastaa myös juurruttamissuunnitelman laatimisesta ja sen päivittämisestä väliarvioinnin jälkeen, viestinnän suunnittelusta yhdessä kaupungin viestintäyksikön kanssa sekä levitystilaisuuksien järjestämisestä. Projektipäällikkö toimii hankkeen yhteyshenkilönä ELY-keskukseen päin ja osallistuu valtakunnallisen teemaverkoston tapaamisiin. Tehtävä edellyttää soveltuvaa korkeakoulututkintoa sekä kokemusta hanketyöstä ja työllisyyspalveluista.')
lihava(d, 'Jalkautuvat ohjaajat (2 × 100 %)')
kpl(d, 'Ohjaajat tavoittavat nuoria heidän omissa ympäristöissään, tekevät alkukartoituksen yhdessä nuoren kanssa ja kulkevat nuoren rinnalla siihen asti, että hän on kiinnittynyt sopivaan palveluun, koulutukseen tai työhön. He järjestävät kahvipisteet, pitävät yhteyttä nuoriin digitaalisesti sovittuina aikoina, kirjaavat asiakastyön ja kokoavat havaintoja palvelujen toimivuudesta kehittämistyön tueksi. Ohjaajat osallistuvat käsikirjan kirjoittamiseen ja perehdyttävät naapurikuntien työntekijöitä vuodesta 2027 alkaen. Tehtävään haetaan sosionomin, yhteisöpedagogin tai vastaavan tutkinnon suorittaneita henkilöitä, joilla on kokemusta nuorten kohtaamisesta.')
lihava(d, 'Yrityskoordinaattori (100 %)')
kpl(d, 'Yrityskoordinaattori rakentaa ja ylläpitää kumppanuuksia alueen työnantajien kanssa, hoitaa työkokeilujen ja tutustumisjaksojen sopimisen, tukee työpaikkojen perehdyttäjiä ja kokoaa yritysten palautteen. Hän järjestää aamukahvitilaisuudet yhdessä yrittäjäyhdistyksen kanssa ja vastaa palvelulupauksen toteutumisen seurannasta. Yrityskoordinaattori tekee tiivistä yhteistyötä kaupungin elinkeinopalvelujen yritysneuvojien kanssa, jotta yrityksille ei muodostu useita rinnakkaisia yhteyshenkilöitä.')
lihava(d, 'Opinto-ohjaaja (30 %, ammattiopisto) ja vertaistyöntekijä (50 %, järjestö)')
kpl(d, 'Opinto-ohjaaja vastaa osaamisen tunnistamisesta työkokeilun aikana, tutkinnon osien ja oppisopimusten suunnittelusta sekä nuorten ohjaamisesta koulutukseen hakeutumisessa. Vertaistyöntekijä koordinoi nuorten kehittäjäryhmää, on mukana kahvipisteissä ja tukee nuoria, joille ryhmämuotoinen tai vertaisen kanssa tapahtuva kohtaaminen on helpompi kuin viranomaisen tapaaminen. Vertaistyöntekijällä on itsellään kokemusta työttömyydestä ja palvelujärjestelmästä, ja hänen työtään tuetaan järjestön vertaistoiminnan työnohjauksella.')
d.add_heading('Liite 4. Nuorten työpajan 8.4.2025 keskeiset havainnot', 1)
kpl(d, 'Valmisteluvaiheen työpajaan osallistui yksitoista 17–27-vuotiasta nuorta. Työpajassa käytiin läpi nuorten omia kokemuksia työllisyyspalveluista ja ideoitiin, millainen palvelu olisi heidän mielestään hyvä. Havainnot on tiivistetty alle sellaisina kuin nuoret ne ilmaisivat.')
kpl(d, 'Palvelujen ongelmat: "En tiedä, kenelle soittaa." "Viesteissä on liikaa virallisia sanoja." "Ajanvaraus on kolmen viikon päähän, ja siinä ajassa on jo luovuttanut." "Tuntuu, että kukaan ei katso kokonaisuutta." Nuoret toivat esiin myös sen, että moni jättää menemättä tapaamiseen jännityksen vuoksi eikä kehtaa jälkikäteen ottaa uudelleen yhteyttä.')
kpl(d, 'Toiveet: ensimmäinen kohtaaminen tutussa paikassa ilman ajanvarausta, sama työntekijä koko ajan, mahdollisuus laittaa viesti illalla, lyhyet kokeilut ennen sitoutumista pitkään jaksoon, työnantajat, jotka "oikeasti haluavat nuoren". Nuoret toivoivat myös, että palveluista kertovat jatkossa muut nuoret eivätkä pelkästään viranomaiset. Nämä toiveet ovat hankkeen kolmen työpaketin lähtökohta.')
kpl(d, 'Työpajan jälkeen neljä osallistujaa ilmoitti halukkuutensa jatkaa hankkeen kehittäjäryhmässä, jos hanke saa rahoituksen.')
kpl(d, 'Työpajan fasilitoi Nuorten Tuki Haapaniemi ry:n vertaistyöntekijä yhdessä Ohjaamon ohjaajan kanssa. Osallistujille tarjottiin ruokailu ja elokuvalippu kiitokseksi. Työpajan menetelminä käytettiin palvelupolun kuvaamista post-it-lapuilla, "unelmapalvelun" piirtämistä pienryhmissä sekä äänestystä, jossa jokainen osallistuja sai jakaa kolme tarraa mielestään tärkeimmille ideoille. Eniten ääniä saivat ilman ajanvarausta toimiva kohtaamispaikka, mahdollisuus viestiä iltaisin ja lyhyet tutustumispäivät yrityksissä. Samat teemat nousivat esiin myös Ohjaamon asiakaspalautteessa vuosilta 2023 ja 2024, mikä vahvistaa käsitystä siitä, että havainnot eivät ole vain yksittäisten nuorten näkemyksiä vaan kuvaavat laajemmin alueen nuorten kokemusta palveluista. Työpajan dokumentaatio valokuvineen on hakijan arkistossa, ja se luovutetaan hankkeen käyttöön heti toiminnan alkaessa.')
kpl(d, 'Hakemuksen valmisteluun osallistuneet tahot ovat nähneet tämän version ja hyväksyneet sen sähköpostitse 28.–29.5.2025. Osatoteuttajien omat hallitukset ja johtoryhmät ovat käsitelleet osuutensa toukokuussa 2025, ja niiden pöytäkirjaotteet toimitetaan rahoittajalle pyydettäessä.')
kpl(d, 'Hakemukseen liitetään lisäksi kaupungin talousarviosta ote, josta kuntarahoitusosuuden varaaminen näkyy.')
kpl(d, 'Huomautus lukijalle: tämä versio 2 korvaa 16.5.2025 päivätyn luonnoksen. Muutokset koskevat erityisesti tavoitetaulukon mittareita, joita tarkennettiin ELY-keskuksen rahoitusasiantuntijan kommenttien perusteella, sekä juurruttamisen vastuita, jotka sovittiin työllisyyspalvelujen päällikön ja ammattiopiston koulutuspäällikön kanssa. Budjettiin ei tehty muutoksia edelliseen versioon verrattuna, ja työpakettien sisältö säilyi ennallaan lukuun ottamatta kahvipisteiden lisäämistä työpakettiin 1.')
tallenna(d, '02_esr_polku_tyohon_hakemus.docx', {"doc_type": "hankesuunnitelma", "findings": []})

# 2: ESR+-projektisuunnitelma, pitkä (3000+ sanaa), .docx, muutosten jäljitys.
# Aukot: tavoite 3 ilman mittaria; riskiosio on vain poistettuna (w:del) -> puuttuu.
import os
from yhteiset import *
NAME = '02_esr_osaava_pohjoisranta_projektisuunnitelma'
d = new_doc()
d.add_heading('Osaava Pohjoisranta – työelämäpolut maahan muuttaneille', 0)
para(d, 'Projektisuunnitelma, Euroopan sosiaalirahasto plus (ESR+), Uudistuva ja osaava Suomi 2021–2027 -ohjelma, toimintalinja 4, erityistavoite 4.1')
para(d, 'Hakija: Pohjoisrannan kaupunki, työllisyyspalvelut. Osatoteuttaja: Jokisuun aikuisopisto. Versio 3 (luonnos 4.11.2025), kommentit ohjausryhmän valmistelukokouksesta 28.10.2025 lisätty.')
tracked(d, [('n', 'Projektin toteutusaika: '), ('d', '1.1.2026–31.12.2028'), ('i', '1.3.2026–28.2.2029 (siirretty rahoittajan hakuaikataulun vuoksi)')])

bold(d, '1 Lähtötilanne ja tarve')
for t in [
 'Pohjoisrannan kaupungin työllisyyspalveluiden asiakkaista noin 3 900 on vieraskielisiä, ja heidän osuutensa pitkäaikaistyöttömistä on kasvanut tasaisesti: vuonna 2021 se oli 17 prosenttia, vuonna 2024 jo 26 prosenttia. Työllisyyden kuntakokeilun ja sitä seuranneen työllisyyspalveluiden siirron (TE24-uudistus) aikana olemme nähneet, että nykyiset palvelut toimivat hyvin niille, joilla on jo suomen kielen perustaito ja selkeä ammatillinen tausta. Suuri joukko jää kuitenkin palveluiden väliin: kotoutumiskoulutuksen käyneet, joiden kielitaito on tasolla A2 mutta joilla ei ole suomalaista tutkintoa, sekä kotona lapsia hoitaneet naiset, joiden viimeisestä työ- tai opiskelukokemuksesta on kulunut vuosia.',
 'Alueen työnantajat kertovat samaan aikaan työvoimapulasta erityisesti siivous-, kiinteistö-, logistiikka-, ravintola- ja hoiva-alalla. Elinkeinoyhtiö Pohjoisranta Businessin syksyllä 2024 tekemässä yrityskyselyssä (n=214) 58 prosenttia yrityksistä kertoi, että rekrytointi on vaikeutunut edellisvuodesta, mutta vain 19 prosenttia oli palkannut viimeisen vuoden aikana työntekijän, jonka äidinkieli ei ole suomi tai ruotsi. Yleisimmät syyt olivat epävarmuus työnhakijan kielitaidosta, perehdyttämisen vaativuus ja se, ettei yrityksellä ole kokemusta monikielisestä työyhteisöstä.',
 'Digitaaliset taidot ovat nousseet kolmanneksi pullonkaulaksi. Työnhaku, työvuorojen hallinta, palkkalaskelmat ja perehdytysmateriaalit ovat yhä useammin sähköisiä. Työllisyyspalveluiden asiakasohjaajien arvion mukaan noin puolella kohderyhmästä ei ole riittäviä taitoja käyttää vahvaa sähköistä tunnistautumista, työnhakusivustoja tai työnantajan mobiilisovelluksia itsenäisesti. Kirjastojen digituen tilastoissa vieraskielisten asiakkaiden osuus on kaksinkertaistunut vuodesta 2022.',
 'Aiemmissa hankkeissa on kehitetty hyviä yksittäisiä ratkaisuja. Pohjoisrannassa toteutettiin vuosina 2019–2022 Kielipolku-hanke, jossa kokeiltiin työpaikalla tapahtuvaa kielenopetusta kahdessa hoivakodissa. Tulokset olivat lupaavia, mutta toiminta päättyi hankkeen mukana, koska sille ei ollut sovittu pysyvää omistajaa eikä rahoitusta. Tässä projektissa haluamme välttää saman virheen ja rakentaa polun alusta asti osaksi kaupungin työllisyyspalveluiden ja aikuisopiston perustoimintaa.',
 'Projektin valmistelussa on kuultu kohderyhmää kolmessa työpajassa keväällä 2025 (yhteensä 46 osallistujaa, tulkkaus arabiaksi, somaliksi, darin kielelle ja ukrainaksi), työllisyyspalveluiden asiakasohjaajia sekä kahdeksaa alueen työnantajaa. Työpajoissa toistuivat samat toiveet: halutaan oppia kieltä oikeissa työtehtävissä, saada joku, jolta voi kysyä työpaikalla, ja päästä kokeilemaan alaa ennen kuin on sitouduttava pitkään koulutukseen.',
]: para(d, t)


bold(d, '1.1 Toimintaympäristö ja aiemmat kokemukset')
for t in [
 'Pohjoisranta on noin 68 000 asukkaan kaupunki, jonka elinkeinorakenne on viime vuosikymmeninä muuttunut teollisuusvaltaisesta palveluvaltaiseksi. Satama ja siihen liittyvä logistiikka työllistävät edelleen merkittävästi, ja uusien logistiikkakeskusten rakentaminen kaupungin itäpuolelle on lisännyt varastotyön kysyntää. Samaan aikaan väestö ikääntyy: yli 75-vuotiaiden määrän ennustetaan kasvavan kolmanneksella vuoteen 2035 mennessä, mikä lisää hoiva-alan työvoiman tarvetta.',
 'Vieraskielisen väestön osuus on kasvanut vuoden 2015 3,1 prosentista 7,4 prosenttiin vuonna 2024. Suurimmat kieliryhmät ovat arabia, ukraina, somali, venäjä ja dari. Suuri osa on tullut Suomeen pakolaisina tai perheenyhdistämisen kautta, jolloin työelämään siirtyminen on hitaampaa kuin työn perusteella muuttaneilla. Ukrainasta tilapäisen suojelun perusteella tulleista moni on korkeasti koulutettu, mutta heidän tutkintonsa tunnustaminen ja suomen kielen oppiminen vievät aikaa.',
 'Työllisyyspalveluiden asiakasohjaajat ovat tunnistaneet, että polut katkeavat usein siirtymävaiheissa: kotoutumiskoulutuksen päätyttyä, työkokeilun jälkeen tai silloin, kun ammatillisen koulutuksen hakuvaihe on vasta puolen vuoden päästä. Näissä väleissä ihmiset jäävät ilman säännöllistä toimintaa, ja motivaatio heikkenee. Projektin ajatuksena on tarjota yhtäjaksoinen polku, jossa ohjaaja pysyy samana koko ajan.',
 'Kielipolku-hankkeesta saatiin kaksi keskeistä oppia. Ensinnäkin työpaikalla tapahtuva kielenopetus toimi selvästi paremmin kuin luokkaopetus, kun tavoitteena oli työssä selviytyminen. Toiseksi työpaikan lähiesihenkilön sitoutuminen ratkaisi, jatkuiko työsuhde kokeilun jälkeen. Näiden oppien pohjalta Osaava Pohjoisranta yhdistää kielenopetuksen ja työnantajayhteistyön samaan polkuun ja panostaa esihenkilöiden tukemiseen.',
]: para(d, t)

bold(d, '2 Mihin pyrimme?')
para(d, 'Projektin päämääränä on, että maahan muuttaneet pitkään työttömänä olleet pohjoisrantalaiset pääsevät töihin tai ammatilliseen koulutukseen ja että alueen työnantajat saavat osaavaa työvoimaa. Tavoitteet ovat seuraavat:')
for t in [
 '1. Osallistujien työelämässä tarvittava suomen kieli ja ammattisanasto vahvistuvat niin, että he selviävät työtehtävistään ja perehdytyksestä.',
 '2. Osallistujien digitaidot paranevat: he osaavat käyttää työnhaussa ja työelämässä tarvittavia sähköisiä palveluja itsenäisesti.',
 '3. Työnantajien valmius rekrytoida ja perehdyttää maahan muuttaneita työnhakijoita paranee.',
 '4. Osallistujat siirtyvät työhön, palkkatuettuun työhön tai ammatilliseen koulutukseen.',
]: para(d, t)
tracked(d, [('d', '5. Kaupungin maahanmuuttopalveluiden asiakasprosessi uudistetaan kokonaan. '), ('i', 'Kaupungin maahanmuuttopalveluiden kehittäminen ei ole projektin tavoite, vaan sitä tehdään erillisessä hankkeessa; projekti tekee sen kanssa yhteistyötä.')])
para(d, 'Tavoitteet tukevat ohjelman erityistavoitetta työllisyyden ja työllistyvyyden parantamisesta sekä Pohjoisrannan kaupunkistrategian tavoitetta, jonka mukaan työllisyysaste nousee 75 prosenttiin vuoteen 2030 mennessä.')

bold(d, '3 Kenelle hanke on?')
for t in [
 'Varsinaisen kohderyhmän muodostavat Pohjoisrannassa asuvat maahan muuttaneet 18–63-vuotiaat työnhakijat, jotka ovat olleet työttömänä yli 12 kuukautta tai jotka ovat palaamassa työmarkkinoille pitkän kotona olon jälkeen, ja joiden suomen kielen taito on vähintään tasolla A1.3. Tavoitteena on, että projektiin osallistuu kolmen vuoden aikana 240 henkilöä, joista vähintään puolet on naisia. Arviomme perustuu työllisyyspalveluiden asiakasrekisteriin, jossa kuvattuja kriteerejä vastaavia asiakkaita oli syyskuussa 2025 noin 1 100.',
 'Välillisenä kohderyhmänä ovat alueen työnantajat erityisesti kiinteistö-, siivous-, logistiikka-, ravintola- ja hoiva-aloilla, joista osa on jo ilmaissut kiinnostuksensa valmistelun aikana, sekä työllisyyspalveluiden asiakasohjaajat ja aikuisopiston opettajat, joiden työtapoja projektissa kehitetään.',
 'Osallistujat ohjautuvat projektiin pääasiassa työllisyyspalveluiden asiakasohjaajien kautta, mutta tavoitamme myös niitä, jotka eivät ole palveluiden aktiivisia käyttäjiä: järjestämme infotilaisuuksia yhdessä monikulttuuristen yhdistysten, seurakuntien ja kirjaston kanssa, ja projektin ohjaajat jalkautuvat asuinalueiden olohuonetoimintaan Koivikon ja Satamanrannan kaupunginosissa.',
]: para(d, t)

bold(d, '4 Toteutus työpaketeittain')
para(d, 'Projekti toteutetaan kolmena toisiinsa kytkeytyvänä työpakettina. Jokainen osallistuja kulkee oman polkunsa, joka kestää tyypillisesti 6–9 kuukautta. Polku alkaa alkukartoituksella, jossa selvitetään osaaminen, kielitaito, digitaidot, terveydelliset rajoitteet ja toiveet, ja se päättyy siirtymään työhön, koulutukseen tai muuhun palveluun.')
bold(d, 'Työpaketti 1: Kieli työn äärellä (tavoite 1)')
for t in [
 'Aikuisopisto järjestää ammattialakohtaisia kieliryhmiä, joissa opiskellaan kunkin alan työtehtävissä tarvittavaa sanastoa ja viestintää: siivous- ja kiinteistöala, logistiikka ja varastotyö, ravintola- ja keittiötyö sekä hoiva-avustajan tehtävät. Ryhmä kokoontuu kolmesti viikossa aikuisopiston tiloissa ja kerran viikossa työpaikalla, jossa opettaja ja osallistuja käyvät läpi todellisia työtilanteita. Opetus perustuu toimintaan: harjoitellaan perehdytyskeskusteluja, työturvallisuusohjeiden lukemista, asiakkaan kohtaamista ja työvuorosta sopimista.',
 'Kieliryhmien rinnalla osallistujalla on mahdollisuus työkokeiluun tai lyhyeen harjoitteluun. Jokaiselle osallistujalle nimetään työpaikalta kielikaveri, joka on perehdytetty tukemaan selkeää suomen kieltä. Kielikaverit saavat aikuisopistolta kahden tunnin perehdytyksen ja kirjallisen oppaan.',
 'Kieliryhmät käynnistyvät vaiheittain: ensimmäiset kaksi ryhmää (siivous- ja kiinteistöala sekä ravintola-ala) aloittavat syksyllä 2026, logistiikan ja hoiva-alan ryhmät keväällä 2027. Ryhmiä on kerrallaan enintään neljä, ja kuhunkin otetaan 12–14 osallistujaa.',
]: para(d, t)
bold(d, 'Työpaketti 2: Digitaidot arkeen ja työhön (tavoite 2)')
for t in [
 'Digitaitojen opetus toteutetaan pienryhmissä ja yksilöohjauksena yhdessä kaupunginkirjaston digituen kanssa. Sisältöinä ovat vahva sähköinen tunnistautuminen, sähköposti, työnhakusivustot ja työnhakuprofiilin laatiminen, OmaKanta ja Kela-asiointi sekä työnantajien yleisimmät työvuoro- ja perehdytyssovellukset. Opetus tapahtuu osallistujan omalla puhelimella aina kun mahdollista, koska tietokonetta ei useimmilla kotona ole.',
 'Digiopetukseen liitetään kielituki: ohjeet tehdään selkosuomeksi ja kuvitettuina, ja ohjauksessa on mukana vertaisohjaajia, jotka puhuvat osallistujien äidinkieliä. Vertaisohjaajiksi koulutetaan projektin aiempia osallistujia, jotka saavat tehtävästä palkkiota.',
 'Lisäksi kootaan "digipassi", johon osallistuja kerää merkinnät hallitsemistaan taidoista. Digipassi on osallistujan oma, ja hän voi näyttää sen työnantajalle.',
]: para(d, t)
bold(d, 'Työpaketti 3: Työnantajayhteistyö (tavoite 3)')
for t in [
 'Työnantajayhteistyöstä vastaa projektin yrityskoordinaattori yhdessä Pohjoisranta Businessin yritysasiantuntijoiden kanssa. Työnantajille järjestetään vuosittain kolme työpajaa, joiden teemoina ovat selkeä suomi perehdytyksessä, monikulttuurinen työyhteisö ja palkkatuen sekä rekrytointituen käytännöt. Lisäksi yrityskoordinaattori käy yrityksissä kartoittamassa tehtäviä, joihin kohderyhmää voisi rekrytoida, ja auttaa tehtävien räätälöinnissä.',
 'Yhdessä viiden pilottiyrityksen kanssa laaditaan perehdytysmallin pohja, jota jokainen yritys voi muokata omiin tarpeisiinsa. Pohja sisältää kuvalliset työohjeet, sanastolistat ja ohjeen kielikaverin tehtävistä. Pilottiyritykset valitaan alkuvuodesta 2027.',
 'Työnantajien kanssa järjestetään myös rekrytointitapahtumia, joissa osallistujat ja yritykset tapaavat toisensa ilman perinteistä työhakemusta. Tapahtumia pidetään kaksi vuodessa, ja niiden muoto vaihtelee työmaakäynneistä pikahaastatteluihin.',
]: para(d, t)
bold(d, 'Henkilökohtainen ohjaus ja siirtymävaihe (tavoite 4)')
for t in [
 'Koko polun ajan osallistujalla on oma ohjaaja, joka tapaa hänet vähintään kahden viikon välein. Ohjaaja kokoaa yhdessä osallistujan kanssa polkusuunnitelman, seuraa sen etenemistä ja sopii jatkosta. Polun viimeisen kuukauden aikana ohjaaja ja asiakasohjaaja sopivat osallistujan kanssa siirtymästä: työsuhteeseen, palkkatuettuun työhön, ammatilliseen koulutukseen tai, jos nämä eivät vielä ole realistisia, muuhun palveluun kuten työkykykoordinaattorille.',
 'Erityistä huomiota kiinnitetään naisiin, jotka ovat olleet pitkään kotona. Heille järjestetään oma aloitusryhmä, jonka ajaksi on mahdollisuus lastenhoitoon yhteistyössä seurakunnan perhekerhon kanssa. Aloitusryhmän jälkeen he jatkavat muiden tavoin alakohtaisiin ryhmiin.',
 'Ohjauksessa hyödynnetään työllisyyspalveluiden nykyisiä palveluja, kuten palkkatukea, työkokeilua ja työvoimakoulutusta. Projekti ei rakenna rinnakkaista palvelujärjestelmää, vaan sovittaa nämä palvelut yhteen osallistujan kannalta.',
]: para(d, t)


bold(d, '4.1 Esimerkki osallistujan polusta')
for t in [
 'Seuraava kuvitteellinen esimerkki havainnollistaa, miten polku etenee käytännössä. Amina on 41-vuotias kolmen lapsen äiti, joka on asunut Pohjoisrannassa seitsemän vuotta. Hän kävi kotoutumiskoulutuksen vuosina 2018–2019, mutta on sen jälkeen hoitanut lapsia kotona. Hänen suomen kielen taitonsa on puhumisessa tasolla A2.1, ja kirjoittaminen tuntuu hänestä vaikealta. Kotimaassaan hän työskenteli ompelimossa ja auttoi sukulaistensa ravintolassa.',
 'Asiakasohjaaja ohjaa Aminan projektiin, ja ensimmäisessä tapaamisessa ohjaaja tekee hänen kanssaan alkukartoituksen tulkin avulla. Amina kertoo haluavansa töihin keittiöön, mutta pelkää, ettei ymmärrä työohjeita. Hän aloittaa naisten aloitusryhmässä, jonka ajaksi nuorin lapsi on seurakunnan perhekerhossa. Kahden kuukauden jälkeen hän siirtyy ravintola-alan kieliryhmään ja aloittaa samalla digiohjauksen, jossa hän oppii käyttämään vahvaa tunnistautumista ja työnhakusivustoa omalla puhelimellaan.',
 'Neljännellä kuukaudella Amina aloittaa työkokeilun henkilöstöravintolassa. Hänen kielikaverinsa on ravintolan kokki, joka on käynyt aikuisopiston perehdytyksen. Opettaja vierailee työpaikalla viikoittain ja harjoittelee Aminan kanssa hygieniaohjeiden ja annoskorttien sanastoa. Polun lopussa ravintola tarjoaa Aminalle palkkatuettua työtä, ja ohjaaja sopii hänen kanssaan, että hän suorittaa hygieniapassin ja hakee seuraavana syksynä ammatilliseen koulutukseen oppisopimuksella.',
 'Kaikki polut eivät etene näin suoraviivaisesti. Osalla osallistujista on terveydellisiä rajoitteita, traumataustaa tai vaikea elämäntilanne, jolloin ohjaaja ohjaa heidät tarvittaessa hyvinvointialueen palveluihin tai työkykykoordinaattorille. Polku voi myös katketa ja jatkua myöhemmin. Ohjaajat kirjaavat syyt, jotta mallia voidaan kehittää.',
]: para(d, t)
bold(d, '4.2 Yhteys muihin palveluihin ja hankkeisiin')
for t in [
 'Projekti ei korvaa työllisyyspalveluiden, kotoutumispalveluiden tai ammatillisen koulutuksen palveluja, vaan toimii niiden välissä ja kokoaa ne osallistujan kannalta yhteen. Osallistujan palvelutarpeen arviointi ja työllistymissuunnitelma tehdään edelleen työllisyyspalveluissa, ja projektin polkusuunnitelma liitetään niihin osallistujan luvalla.',
 'Projektilla on yhteistyösopimus kaupungin maahanmuuttopalveluiden Kotoutuminen kuuluu kaikille -hankkeen kanssa. Hankkeet järjestävät yhteisiä infotilaisuuksia ja vaihtavat tietoa kohderyhmän tavoittamisesta, mutta niiden toiminnot eivät ole päällekkäisiä: maahanmuuttopalveluiden hanke kehittää kotoutumisohjelman alkuvaihetta, tämä projekti työelämään siirtymistä.',
 'Kaupunginkirjaston digituki on luonteva jatko projektin digiohjaukselle. Kirjaston digitukihenkilöt osallistuvat projektin vertaisohjaajakoulutukseen, ja polun päätyttyä osallistujat voivat jatkaa digitaitojen harjoittelua kirjaston viikoittaisissa digikahviloissa.',
 'Lisäksi projekti hyödyntää Jokisuun aikuisopiston ja Pohjoisrannan ammattiopiston yhteistyötä: ammatilliseen koulutukseen siirtyvät osallistujat saavat ammattiopistolta nimetyn opinto-ohjaajan, joka tapaa heidät jo ennen opintojen alkua.',
]: para(d, t)
bold(d, '4.3 Henkilöstön osaaminen ja työtavat')
for t in [
 'Projektin ohjaajilta edellytetään sosiaali-, kasvatus- tai humanistisen alan korkeakoulututkintoa sekä kokemusta maahan muuttaneiden ohjaamisesta. Vähintään toisella ohjaajalla toivotaan olevan jonkin kohderyhmän yleisen kielen taito. Yrityskoordinaattorilta edellytetään kokemusta yritysyhteistyöstä tai rekrytoinnista.',
 'Henkilöstö perehdytetään selkokieleen, kulttuurisensitiiviseen ohjaukseen ja traumatietoiseen työotteeseen projektin alussa. Henkilöstö saa työnohjausta kerran kuukaudessa. Tiimi kokoontuu viikoittain, ja polkujen etenemistä käsitellään yhteisesti, jotta osallistujan siirtymät eri työpakettien välillä sujuvat.',
 'Tulkkauspalveluja käytetään alkukartoituksessa, polkusuunnitelman laatimisessa ja aina, kun osallistuja sitä toivoo. Tulkkauskuluihin on varattu määräraha projektin budjetissa.',
]: para(d, t)
bold(d, '4.4 Horisontaaliset periaatteet')
for t in [
 'Sukupuolten tasa-arvo: Projekti kiinnittää erityistä huomiota maahan muuttaneiden naisten työllistymiseen, koska heidän työllisyysasteensa on selvästi miesten työllisyysastetta matalampi. Naisten aloitusryhmä ja lastenhoidon järjestäminen ryhmien ajaksi madaltavat osallistumisen kynnystä. Samalla varmistetaan, ettei ohjaus ohjaa naisia vain perinteisille naisvaltaisille aloille, vaan kaikille kohdealoille.',
 'Yhdenvertaisuus ja syrjimättömyys: Projektin materiaalit laaditaan selkokielellä ja tarvittaessa käännetään. Tiloina käytetään esteettömiä tiloja, ja ohjausta voidaan antaa myös etänä. Työnantajatyöpajoissa käsitellään rekrytointisyrjinnän tunnistamista ja ehkäisemistä.',
 'Ekologinen kestävyys: Projektissa suositaan kävelymatkan päässä olevia toimitiloja ja yhteiskuljetuksia työpaikkakäynneille. Materiaalit tuotetaan ensisijaisesti sähköisinä. Kiinteistö- ja siivousalan kieliryhmässä käsitellään myös jätteiden lajittelua ja ympäristöystävällisiä puhdistusmenetelmiä, jotka ovat alan työpaikoilla arkea.',
 'Tietosuoja: Osallistujien henkilötietoja käsitellään EU:n yleisen tietosuoja-asetuksen mukaisesti. Rekisterinpitäjänä toimii Pohjoisrannan kaupunki. Osallistujille kerrotaan omalla kielellään, mitä tietoja heistä kerätään ja mihin niitä käytetään, ja seurantasoittoihin pyydetään erillinen suostumus.',
]: para(d, t)

bold(d, '5 Vaiheistus ja aikataulu')
table(d, [
 ['Vaihe', '2026 (Q2–Q4)', '2027', '2028', '2029 (Q1)'],
 ['Käynnistys, henkilöstön rekrytointi, ohjausryhmä', 'Q2', '', '', ''],
 ['TP1 kieliryhmät', 'Q3–Q4: 2 ryhmää', '4 ryhmää', '4 ryhmää', 'viimeiset polut päättyvät'],
 ['TP2 digiohjaus ja vertaisohjaajat', 'Q3 alkaen', 'jatkuu', 'jatkuu', ''],
 ['TP3 työnantajatyöpajat, perehdytysmalli', 'ensimmäinen työpaja Q4', 'pilottiyritykset Q1', 'mallin viimeistely', ''],
 ['Ulkoinen arviointi', 'arvioijan kilpailutus Q3', 'väliarviointi Q4', '', 'loppuarviointi Q1'],
 ['Loppuseminaari ja raportointi', '', '', 'seminaari marraskuu', 'loppuraportti helmikuu'],
])
para(d, 'Projektin ensimmäiset kuukaudet käytetään henkilöstön rekrytointiin, ohjausryhmän perustamiseen, alkukartoitusmallin viimeistelyyn ja yhteistyösopimusten tekemiseen. Ensimmäiset osallistujat aloittavat elokuussa 2026.')

bold(d, '6 Organisointi ja yhteistyökumppanit')
for t in [
 'Projektia hallinnoi Pohjoisrannan kaupungin työllisyyspalvelut, joka vastaa kokonaisuudesta, taloushallinnosta ja raportoinnista rahoittajalle. Osatoteuttaja Jokisuun aikuisopisto vastaa työpaketista 1 ja osasta työpakettia 2. Kummallakin toteuttajalla on oma budjettinsa, ja niiden välillä tehdään yhteistyösopimus ennen projektin alkua.',
 'Projektissa työskentelevät projektipäällikkö (100 %), yrityskoordinaattori (100 %), kaksi ohjaajaa (100 %), kaksi kieltenopettajaa aikuisopistosta (yhteensä 1,5 henkilötyövuotta vuodessa) sekä osa-aikaisia vertaisohjaajia. Taloussihteerin työpanoksesta 20 prosenttia kohdistetaan projektille.',
 'Ohjausryhmässä ovat edustettuina kaupungin työllisyyspalvelut, aikuisopisto, Pohjoisranta Business, kaupunginkirjasto, Hämeenselän ELY-keskus (asiantuntijajäsen), kaksi työnantajaa, alueen monikulttuurinen yhdistys Silta ry sekä kaksi kohderyhmän edustajaa. Ohjausryhmä kokoontuu neljä kertaa vuodessa.',
]: para(d, t)


bold(d, '6.1 Kumppanien roolit')
for t in [
 'Pohjoisrannan kaupungin työllisyyspalvelut: hallinnointi, projektipäällikkö, ohjaajat ja yrityskoordinaattori, osallistujien ohjaus projektiin ja siirtymien tukeminen, yhteys EURA 2021 -järjestelmään ja rahoittajaan.',
 'Jokisuun aikuisopisto: alakohtaiset kieliryhmät, kielikavereiden perehdytys, taitotasotestit, digiopetuksen sisällöt yhdessä kirjaston kanssa.',
 'Pohjoisranta Business: yrityskontaktit, työnantajatyöpajojen markkinointi, rekrytointitapahtumat ja perehdytysmallin levittäminen yrityksille.',
 'Kaupunginkirjasto: digituki, tilat pienryhmille, digikahvilat polun jälkeen.',
 'Silta ry ja muut monikulttuuriset yhdistykset: kohderyhmän tavoittaminen, infotilaisuudet, vertaisohjaajien rekrytointi.',
 'Pohjoisrannan seurakunta: perhekerho naisten aloitusryhmän ajaksi.',
]: para(d, t)
para(d, 'Kumppanit ovat osallistuneet projektin valmisteluun, ja niiltä on saatu kirjalliset sitoumukset, jotka ovat hakemuksen liitteenä. Kumppanien tehtävät tarkennetaan yhteistyösopimuksissa projektin alussa.')

bold(d, '6.3 Ohjausryhmän tehtävät ja päätöksenteko')
for t in [
 'Ohjausryhmä seuraa projektin etenemistä ja taloutta, käsittelee seurantatiedot ja väliarvioinnin tulokset, hyväksyy merkittävät muutokset toteutussuunnitelmaan ennen niiden viemistä rahoittajalle sekä tukee tulosten siirtämistä kumppaniorganisaatioiden toimintaan. Ohjausryhmän puheenjohtajana toimii työllisyysjohtaja, ja sihteerinä projektipäällikkö.',
 'Ohjausryhmän kokoukset pidetään pääsääntöisesti kaupungintalolla, ja kohderyhmän edustajille maksetaan kokouspalkkio sekä tarvittaessa tulkkaus. Kohderyhmän edustajat valitaan palautetyöpajoihin osallistuneiden joukosta, ja heidät perehdytetään tehtäväänsä. Näin osallistujien ääni kuuluu myös projektin päätöksenteossa eikä vain palautelomakkeissa.',
 'Projektin operatiivisesta johtamisesta vastaa projektipäällikkö. Projektin tiimi ja aikuisopiston opettajat muodostavat toteutusryhmän, joka kokoontuu kahden viikon välein. Toteutusryhmä sopii ryhmien aikatauluista, osallistujien siirtymistä työpaketista toiseen ja työnantajayhteistyön painopisteistä.',
 'Rahoittajan kanssa pidetään ohjauskeskustelu vähintään kerran vuodessa. Lisäksi projekti osallistuu ESR+-ohjelman työllisyysteeman verkostotapaamisiin, joissa vaihdetaan kokemuksia samankaltaisten hankkeiden kanssa eri puolilta Suomea ja joissa projektin toimintamallia voidaan esitellä muille toteuttajille.',
 'Mikäli projektin aikana havaitaan, ettei jokin toimenpide toimi suunnitellusti, toteutusryhmä tekee muutosehdotuksen ohjausryhmälle. Tällaisia muutoksia voivat olla esimerkiksi kieliryhmien alojen vaihtaminen työvoiman kysynnän mukaan tai digiohjauksen painottaminen yksilöohjaukseen, jos ryhmämuotoinen opetus ei tavoita osallistujia. Muutokset kirjataan ja niistä kerrotaan seurantaraporteissa.',
]: para(d, t)

bold(d, '6.2 Osallistujien rekrytointi')
for t in [
 'Osallistujien rekrytointi alkaa keväällä 2026 heti, kun ohjaajat ovat aloittaneet. Asiakasohjaajat käyvät asiakasrekisteristä läpi kriteerit täyttävät asiakkaat ja kertovat heille projektista tapaamisissa. Lisäksi projekti järjestää avoimia infotilaisuuksia kirjastossa ja yhdistysten tiloissa. Infotilaisuuksissa on tulkkaus, ja niihin voi tulla lasten kanssa.',
 'Aiempien hankkeiden kokemuksen mukaan osa kohderyhmästä ei koe hyötyvänsä uusista palveluista, koska on jo osallistunut moneen. Siksi rekrytoinnissa korostetaan konkreettista hyötyä: pääsyä oikeisiin työpaikkoihin ja mahdollisuutta ansaita palkkaa. Aiemmat osallistujat kertovat kokemuksistaan infotilaisuuksissa projektin toisesta vuodesta alkaen.',
]: para(d, t)

bold(d, '7 Seuranta ja indikaattorit')
for t in [
 'Projektin etenemistä seurataan ESR+-ohjelman yhteisillä indikaattoreilla, jotka kirjataan EURA 2021 -järjestelmään osallistujien alku- ja lopputietolomakkeiden perusteella, sekä projektin omilla mittareilla. Seurantatiedot kootaan puolivuosittain ohjausryhmän käsiteltäväksi.',
 'Kielitaidon kehittymistä mitataan aikuisopiston käyttämällä taitotasotestillä polun alussa ja lopussa; tavoitteena on, että vähintään 70 prosenttia osallistujista nostaa puhumisen taitotasoaan vähintään yhdellä alatasolla. Lisäksi osallistuja ja kielikaveri arvioivat yhdessä, miten perehdytys työpaikalla sujui.',
 'Digiosaamista seurataan digipassin merkinnöillä: polun päättyessä vähintään kahdella kolmesta osallistujasta on merkintä vahvasta tunnistautumisesta, työnhakuprofiilin laatimisesta ja vähintään yhden työvuorosovelluksen käytöstä.',
 'Siirtymiä seurataan lopputietolomakkeella sekä kolmen ja kuuden kuukauden seurantasoitolla. Tavoitteena on, että vähintään 40 prosenttia osallistujista on kuuden kuukauden kuluttua polun päättymisestä työssä tai ammatillisessa koulutuksessa.',
 'Osallistujilta kerätään palautetta jokaisen ryhmäjakson lopussa kuvallisella lomakkeella, joka on käännetty yleisimmille kielille. Kerran vuodessa järjestetään palautetyöpaja, jossa osallistujat kertovat, mitä polussa pitäisi muuttaa.',
 'Lisäksi projektille hankitaan ulkoinen arvioija, joka arvioi erityisesti toimintamallin siirrettävyyttä ja kustannusvaikuttavuutta. Arvioija kilpailutetaan syksyllä 2026.',
]: para(d, t)

bold(d, '8 Odotetut tulokset ja vaikutukset')
for t in [
 'Projektin välittöminä tuloksina syntyy alakohtaisten kieliryhmien toimintamalli, digipassi ja siihen liittyvä selkokielinen ohjemateriaali, työnantajien perehdytysmallin pohja sekä koulutettu vertaisohjaajien joukko. Kolmen vuoden aikana 240 osallistujaa käy polun läpi.',
 'Pidemmän aikavälin vaikutuksena maahan muuttaneiden pitkäaikaistyöttömyys Pohjoisrannassa vähenee, työnantajien rekrytointiongelmat helpottuvat kohdealoilla ja työllisyyspalveluiden ja aikuisopiston yhteistyö tiivistyy pysyväksi käytännöksi. Naisten osallistuminen työelämään vahvistaa koko perheen kotoutumista.',
 'Kaupungin kannalta merkittävä tulos on myös tieto: projektin aikana kertyy kokemusta siitä, millaiset polut johtavat työhön ja missä kohdissa ihmiset putoavat pois. Tätä tietoa voidaan käyttää työllisyyspalveluiden palveluvalikoiman suunnittelussa ja hankinnoissa vielä pitkään projektin päättymisen jälkeen, ja se auttaa kohdentamaan kaupungin omia työllisyysmäärärahoja nykyistä paremmin niihin palveluihin, jotka todella vievät ihmisiä työhön.',
 'Projektilla on myös välillisiä vaikutuksia tasa-arvoon ja yhdenvertaisuuteen: kun työnantajat oppivat perehdyttämään selkeällä suomella, hyötyvät siitä myös muut työntekijät, esimerkiksi lukivaikeuksiset ja nuoret ensimmäisessä työpaikassaan.',
]: para(d, t)

bold(d, '9 Tulosten juurruttaminen ja levittäminen')
for t in [
 'Kielipolku-hankkeen kokemusten perusteella juurruttaminen on suunniteltu alusta alkaen. Jo hakuvaiheessa työllisyyspalveluiden johtoryhmä on päättänyt (kokous 7.10.2025), että projektin toimintamallista tehdään projektin jälkeen pysyvä osa työllisyyspalveluiden palveluvalikoimaa, mikäli tulokset ovat tavoitteiden mukaiset. Aikuisopiston rehtori on sitoutunut siihen, että alakohtaiset kieliryhmät siirretään aikuisopiston vapaan sivistystyön opetussuunnitelmaan.',
 'Juurruttaminen etenee neljässä vaiheessa. Viestinnässä kerromme kokeiluista ja tuloksista koko projektin ajan kohderyhmille, työnantajille ja päättäjille. Mallia muokataan eri kohderyhmille: naisten aloitusryhmä, eri alojen kieliryhmät ja omalla kielellä annettava digiohjaus ovat esimerkkejä siitä. Valtavirtaistamiseksi tarjoamme mallia naapurikuntien työllisyysalueille ja muille aikuisopistoille, ja perehdytysmallin pohjaa tarjotaan pilottiyritysten lisäksi kaikille Pohjoisranta Businessin asiakasyrityksille. Lopuksi malli vakiinnutetaan kaupungin ja aikuisopiston rakenteisiin.',
 'Vakiinnuttamisesta vastaa Pohjoisrannan kaupungin työllisyyspalveluiden palvelupäällikkö Hannele Kostiainen, jonka vastuulle toimintamallin jatko siirtyy 1.3.2029. Aikuisopiston osalta vastuu on rehtori Jukka Eerolalla. Projektin viimeisen vuoden budjetissa on varattu 30 prosenttia projektipäällikön työajasta siirron valmisteluun, henkilöstön perehdytykseen ja prosessikuvausten laatimiseen.',
 'Tuloksia levitetään kaupungin verkkosivuilla, Innokylässä, ESR+-ohjelman teemaverkostossa sekä loppuseminaarissa marraskuussa 2028. Perehdytysmallin pohja ja digipassi julkaistaan avoimesti ladattavina.',
]: para(d, t)
# riskiosio on poistettu muutosten jäljityksellä -> ei saa laskea
deleted_paragraph(d, '10 Riskit ja niiden hallinta', heading=True)
deleted_paragraph(d, 'Keskeisin riski on, ettei osallistujia saada rekrytoitua suunniteltua määrää. Riskiä hallitaan tiiviillä yhteistyöllä asiakasohjaajien ja yhdistysten kanssa. Toinen riski liittyy henkilöstön vaihtuvuuteen, jota ehkäistään kirjaamalla prosessit huolellisesti.')

bold(d, '10 Viestintä')
for t in [
 'Projektin viestinnästä vastaa projektipäällikkö yhdessä kaupungin viestintäyksikön kanssa. Viestintäsuunnitelma laaditaan projektin kolmen ensimmäisen kuukauden aikana. Ulkoisen viestinnän kanavia ovat kaupungin verkkosivut ja sosiaalisen median kanavat, paikallismedia, Pohjoisranta Businessin yrityskirje ja työnantajatapahtumat. Kohderyhmää tavoitetaan selkokielisillä ja käännetyillä esitteillä sekä yhdistysten ja asiakasohjaajien kautta.',
 'Sisäisessä viestinnässä hyödynnetään kaupungin Teams-ympäristöä, johon perustetaan projektin työtila kumppaneille. Työtilaan tallennetaan kokousmuistiot, seurantaraportit ja materiaalit, jotta kaikilla kumppaneilla on sama tieto käytössään. Asiakasohjaajille lähetetään kuukausittain lyhyt katsaus siitä, mitä ryhmiä on alkamassa ja keitä projektiin voi ohjata.',
 'Työnantajaviestinnässä painotetaan konkreettisia esimerkkejä: lyhyitä videoita ja tarinoita työpaikoilta, joissa maahan muuttanut työntekijä ja hänen kielikaverinsa kertovat, miten perehdytys sujui. Tarinoita julkaistaan Pohjoisranta Businessin uutiskirjeessä ja kaupungin LinkedIn-sivulla. Päättäjille raportoidaan projektin etenemisestä kaupunginhallituksen elinvoimajaostossa kerran vuodessa.',
 'Osallistujille viestitään ensisijaisesti kasvokkain ja ryhmissä, mutta heitä varten avataan myös WhatsApp-ryhmät, joissa kerrotaan ryhmien aikatauluista ja rekrytointitapahtumista. Viestinnän onnistumista tarkastellaan ohjausryhmässä puolivuosittain.',
 'Noudatamme EU-rahoitteisten hankkeiden viestintävelvoitteita: rahoittajan logot näkyvät kaikessa materiaalissa ja projektista julkaistaan kuvaus kaupungin verkkosivuilla ja rakennerahastojen hankesivulla.',
]: para(d, t)

bold(d, '11 Kustannusarvio ja rahoitus')
para(d, 'Projektin kokonaisbudjetti on 1 486 000 euroa. ESR+-rahoituksen osuus on 80 prosenttia (1 188 800 euroa) ja kuntarahoitus 20 prosenttia (297 200 euroa). Kustannukset on laskettu henkilöstökulujen perusteella käyttäen 40 prosentin flat rate -mallia muille kustannuksille.')
table(d, [
 ['Kustannuslaji', '2026', '2027', '2028', '2029', 'Yhteensä'],
 ['Henkilöstökulut', '262 000', '362 000', '362 000', '75 400', '1 061 400'],
 ['Flat rate 40 %', '104 800', '144 800', '144 800', '30 200', '424 600'],
 ['Yhteensä', '366 800', '506 800', '506 800', '105 600', '1 486 000'],
])

para(d, 'Talouden seurannasta vastaa taloussihteeri, joka raportoi toteutuneet kustannukset projektipäällikölle kuukausittain ja ohjausryhmälle neljännesvuosittain. Maksatushakemukset tehdään neljän kuukauden välein. Omarahoitusosuus katetaan kaupungin työllisyyspalveluiden talousarviosta, ja siitä on tehty varaus vuosien 2026–2029 taloussuunnitelmaan.')
para(d, 'Yhteyshenkilö: projektin valmistelija Mervi Kantola, työllisyyspalvelut, mervi.kantola@pohjoisranta.example')
d.save(os.path.join(OUT, NAME + '.docx'))
expected(NAME, 'hankesuunnitelma', [
 {"rule": "tavoite.ei-arviointia"},
 {"rule": "rakenne.osio-puuttuu", "target": "riskit"},
])

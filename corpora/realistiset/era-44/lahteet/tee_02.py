import sys; sys.path.insert(0, '/tmp/batches/era-44/lahteet')
from apu import *
d = uusi()
yla_ala(d, 'Asumisen Turva ry – avustushakemus 2026', 'Tulostettu verkkolomakkeelta 28.11.2025')
B(d, 'HANKEHAKEMUS – KEHITTÄMISAVUSTUS')
P(d, 'Hakija: Asumisen Turva ry (Y-tunnus 3345120-8)')
P(d, 'Hankkeen nimi: Ajoissa apua – vuokralaisten varhainen asumisneuvonta')
P(d, 'Haettava avustus: 186 000 €   Hakukierros: Järjestöavustukset 2026')
def kentta(otsikko, vihje, kappaleet):
    B(d, otsikko)
    if vihje:
        p = P(d, vihje); p.runs[0].italic = True
    for i, k in enumerate(kappaleet):
        P(d, ('Vastaus: ' if i == 0 else '') + k)
kentta('1. Hankkeen tarve ja lähtötilanne', '(enintään 2 000 merkkiä)', [
 'Koskenrannan seudulla vireille pantiin vuonna 2024 yhteensä 318 häätöhakemusta, mikä on neljännes enemmän kuin vuonna 2021. Suurin osa häädöistä johtuu vuokrarästeistä, jotka olisi voitu ratkaista, jos vuokralainen olisi saanut apua ajoissa. Nykyinen talous- ja velkaneuvonta tavoittaa asukkaan yleensä vasta, kun asia on jo käräjäoikeudessa.',
 'Yhdistyksemme on tehnyt vapaaehtoisvoimin asumisneuvontaa vuodesta 2019, ja näemme päivittäin, että varhainen yhteydenotto ratkaisee.'])
kentta('2. Hankkeen tavoitteet', '(enintään 1 500 merkkiä; kirjoita tavoitteet konkreettisesti)', [
 'Tarkoituksena on, että maksuvaikeuksiin joutuneet vuokralaiset saavat henkilökohtaista asumisneuvontaa ennen kuin vuokrarästi kasvaa yli kahden kuukauden vuokran suuruiseksi.',
 'Tarkoituksena on myös, että vuokrataloyhtiöiden isännöitsijät ja asukasisännät tunnistavat maksuvaikeudet varhain ja ohjaavat asukkaan neuvontaan.',
 'Lisäksi tarkoituksena on perustaa vertaistukiryhmä vuokralaisille, jotka ovat itse selvinneet vuokrarästeistä ja haluavat tukea muita samassa tilanteessa olevia.'])
kentta('3. Kohderyhmä', '(keitä hanke hyödyttää, arvio määrästä)', [
 'Välitön kohderyhmä ovat Koskenrannan, Iivaaran ja Lammelan vuokra-asukkaat, joilla on maksuvaikeuksia tai uhkaava vuokrarästi; arvioimme tavoittavamme kolmessa vuodessa noin 450 kotitaloutta. Toinen kohderyhmä ovat alueen kolmen vuokrataloyhtiön noin 40 isännöitsijää ja asukasisäntää.'])
kentta('4. Toteutus ja toimenpiteet', '(mitä tehdään, miten ja missä)', [
 'Palkkaamme kaksi asumisneuvojaa, jotka tapaavat asukkaita kotikäynneillä, puhelimitse ja yhdistyksen toimistolla. Vuokrataloyhtiöt lähettävät asukkaalle ensimmäisen maksumuistutuksen yhteydessä neuvojan yhteystiedot, ja asukkaan luvalla neuvoja ottaa itse yhteyttä. Neuvontaan kuuluu maksusuunnitelma, etuuksien tarkistus ja tarvittaessa ohjaus talous- ja velkaneuvontaan.',
 'Isännöitsijöille ja asukasisännille järjestetään vuosittain kaksi koulutusta maksuvaikeuksien tunnistamisesta ja puheeksi ottamisesta, ja heille laaditaan lyhyt ohjauskortti.',
 'Vertaistukiryhmä kokoontuu kahden viikon välein yhdistyksen tiloissa; ryhmää vetää vapaaehtoinen vertaisohjaaja yhdessä asumisneuvojan kanssa. Vertaisohjaajat koulutetaan keväällä 2026.'])
kentta('5. Aikataulu', '(hankkeen alkamis- ja päättymispäivä sekä keskeiset vaiheet)', [
 'Hanke toteutetaan 1.1.2026–31.12.2028.',
 'Tammi–maaliskuu 2026: neuvojien rekrytointi, sopimukset vuokrataloyhtiöiden kanssa. Kevät 2026: vertaisohjaajien koulutus, ensimmäiset isännöitsijäkoulutukset. Syksystä 2026 vuoden 2028 loppuun: neuvonta ja vertaisryhmä. Syksy 2028: mallin kuvaus ja loppuraportti.'])
kentta('6. Talousarvio', '(kustannukset pääryhmittäin)', [
 'Henkilöstökulut 156 000 €, toimitila- ja matkakulut 18 000 €, koulutukset ja vertaistoiminta 9 000 €, viestintä 3 000 €. Yhteensä 186 000 € (2026: 60 000 €, 2027: 63 000 €, 2028: 63 000 €).'])
kentta('7. Hankkeen hallinnointi ja yhteistyötahot', '', [
 'Hankkeen hallinnoija on Asumisen Turva ry, ja hanketta johtaa osa-aikainen hankekoordinaattori. Ohjausryhmässä ovat yhdistyksen puheenjohtaja, kolmen vuokrataloyhtiön asukaspalvelupäälliköt, talous- ja velkaneuvonnan edustaja ja kaksi asukasedustajaa.'])
kentta('8. Seuranta ja arviointi', '(miten tavoitteiden toteutumista seurataan)', [
 'Neuvonnan onnistumista seurataan neuvonta-asiakkaiden määrällä, vuokrarästin suuruudella neuvonnan alkaessa ja päättyessä sekä toteutuneiden häätöjen määrällä. Asiakkailta kerätään lyhyt palautekysely neuvontajakson lopussa.',
 'Isännöitsijäkoulutuksista kerätään koulutuspalaute, ja vuokrataloyhtiöiltä seurataan, kuinka moni asukas ohjataan neuvontaan ensimmäisen muistutuksen yhteydessä.',
 'Tiedot kootaan puolivuosittain ohjausryhmälle.'])
kentta('9. Odotetut tulokset', '', [
 'Hankkeen tuloksena syntyy varhaisen asumisneuvonnan toimintamalli, joka on kuvattu ja testattu kolmen vuokrataloyhtiön kanssa. Odotamme häätöjen vähenevän hankealueella ja asukkaiden hakevan apua aiempaa aikaisemmin.'])
kentta('10. Tulosten juurruttaminen ja jatkuvuus', '(miten toiminta jatkuu hankkeen päätyttyä)', [
 'Jatkuvuutta on suunniteltu jo hakuvaiheessa: hakemusta valmisteltiin syksyllä 2025 yhdessä vuokrataloyhtiöiden asukaspalvelupäälliköiden kanssa, ja mallia rakennetaan hankkeen alusta asti heidän nykyisiin maksumuistutuskäytäntöihinsä.',
 'Tuloksista kerrotaan hankkeen aikana asukkaille ja vuokrataloyhtiöiden henkilöstölle. Mallia muokataan kokemusten perusteella eri asukasryhmille sopivaksi, esimerkiksi opiskelija-asuntoihin ja senioritaloihin. Vuonna 2028 kahden muun seutukunnan vuokrataloyhtiöt kokeilevat ohjauskorttia ja yhteydenottokäytäntöä. Pyrimme siihen, että varhainen neuvonta vakiintuu pysyväksi osaksi vuokrataloyhtiöiden perintäprosessia.',
 'Hankkeen päätyttyä hankekoordinaattori ja hanketyöntekijät huolehtivat siitä, että toimintamalli jää käyttöön ja ohjauskortti pidetään ajan tasalla. Juurruttamistyöhön on varattu 15 % hankekoordinaattorin työajasta koko hankkeen ajan.'])
kentta('11. Riskit', '', [
 'Riskinä on, etteivät asukkaat anna lupaa yhteydenottoon. Tähän varaudutaan tekemällä yhteydenottopyynnöstä mahdollisimman helppo (tekstiviesti tai QR-koodi muistutuksessa). Toinen riski on vertaisohjaajien vähäisyys; siksi koulutamme heitä kaksi kertaa hankkeen aikana.'])
kentta('12. Viestintä', '', [
 'Viestimme yhdistyksen verkkosivuilla ja sosiaalisessa mediassa, vuokrataloyhtiöiden asukaslehdissä ja porraskäytävien ilmoitustauluilla. Toimintamalli julkaistaan Innokylässä, ja tuloksia esitellään alueellisessa asumisneuvonnan seminaarissa syksyllä 2028.'])
d.save('/tmp/batches/era-44/02_hankesuunnitelma_asumisneuvonta.docx')

"""02: STEA-avustushakemus (Ak) asiointipalvelun tulosteena, tavoitteet proosana.
Tarkoitukselliset puutteet: tavoite 3 ilman mittaria, jatkon vastuu vain hankehenkilöstöllä,
loppuseminaari hankeajan ulkopuolella."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from apu import *

d = uusi(oletusfontti='Arial', koko=10)
yla_ja_alatunniste(d, 'STEA – Avustushakemus 2026 – Tulostettu asiointipalvelusta 28.5.2025',
                   'Suvannon Mielenterveysseura ry | Hakemus A-2026-00731 | Kohtaamo')


def kentta(otsikko, vastaus, merkit):
    kappale(d, otsikko, lihava=True)
    vv = vastaus if isinstance(vastaus, list) else [vastaus]
    for v in vv:
        kappale(d, v)
    enint = merkit.split('/')[1]
    n = sum(len(v) for v in vv) + len(vv) - 1
    kappale(d, f'(merkkejä {n}/{enint})', kursiivi=True)


kappale(d, 'AVUSTUSHAKEMUS – KOHDENNETTU TOIMINTA-AVUSTUS (Ak)', lihava=True)
kappale(d, 'Hankkeen nimi: Kohtaamo – vertaistukea nuorille aikuisille')
kappale(d, 'Hakija: Suvannon Mielenterveysseura ry')
kappale(d, 'Haettava avustus vuodelle 2026: 118 400 €')
kappale(d, 'Toiminnan kesto: 1.1.2026–31.12.2028')
kappale(d, 'Yhteyshenkilö: toiminnanjohtaja Henna Kuusisto, henna.kuusisto@suvannonmielenterveysseura.fi')

kappale(d, 'OSA 1 – TOIMINNAN PERUSTELUT', lihava=True)
kentta('1. Kuvaa lyhyesti avustettavan toiminnan tausta ja tarve.', [
    'Suvannon alueella asuu noin 6 300 18–29-vuotiasta nuorta aikuista. Alueellisen hyvinvointikertomuksen (2024) mukaan '
    'joka viides heistä kokee itsensä usein yksinäiseksi, ja mielenterveyssyistä myönnetyt sairauspäivärahat ovat nuorilla '
    'aikuisilla kasvaneet selvästi vuodesta 2019.',
    'Hyvinvointialueen nuorten mielenterveyspalveluihin jonotetaan keskimäärin kahdeksan viikkoa. Yhdistyksen nykyiset '
    'vertaisryhmät on suunnattu pääosin yli 40-vuotiaille, eikä nuorille aikuisille ole alueella omaa matalan kynnyksen '
    'kohtaamispaikkaa. Kyselyssämme keväällä 2025 (vastaajia 212) kaksi kolmesta nuoresta toivoi ryhmää, johon voi '
    'tulla ilman lähetettä.'], '812/3000')

kentta('2. Mitkä ovat toiminnan tavoitteet?', [
    'Haluamme, että yhdenkään nuoren aikuisen ei Suvannossa tarvitse jäädä mielenterveyden haasteidensa kanssa yksin.',
    'Ensimmäisenä tavoitteena on, että 18–29-vuotiaat nuoret aikuiset, joilla on mielenterveyden haasteita, löytävät '
    'itselleen sopivan vertaisryhmän ilman lähetettä ja jonoa. Toisena tavoitteena on, että ryhmiin osallistuvien nuorten '
    'yksinäisyyden kokemus vähenee ja arjen hallinta vahvistuu. Kolmantena tavoitteena on, että nuorten aikuisten oma ääni '
    'kuuluu Suvannon kaupungin ja Louhivaaran hyvinvointialueen mielenterveyspalvelujen suunnittelussa.'], '611/2000')

kentta('3. Ketkä ovat toiminnan kohderyhmä ja miten heidät tavoitetaan?', [
    'Kohderyhmänä ovat 18–29-vuotiaat suvantolaiset ja kalliojärveläiset nuoret aikuiset, jotka kokevat yksinäisyyttä tai '
    'joilla on mielenterveyden haasteita, opiskelijat mukaan lukien. Tavoitamme heidät oppilaitosten opiskeluhuollon, '
    'hyvinvointialueen nuorten mielenterveyspalvelujen, etsivän nuorisotyön ja Instagramin kautta.',
    'Arvioimme, että kolmen vuoden aikana toimintaan osallistuu noin 90 eri nuorta.'], '498/2000')

kappale(d, 'OSA 2 – TOTEUTUS', lihava=True)
kentta('4. Miten toiminta toteutetaan?', [
    'Vertaisryhmät. Käynnistämme kuusi vertaisryhmää Suvantoon ja Kalliojärvelle. Ryhmät kokoontuvat kerran viikossa, '
    'ja niitä ohjaavat yhdessä projektityöntekijä ja koulutettu vertaisohjaaja. Ryhmään voi tulla ilman lähetettä, ja '
    'ensimmäinen käynti sovitaan tekstiviestillä tai Instagramissa.',
    'Yhteinen tekeminen. Ryhmien lisäksi järjestämme kuukausittain teemailtoja, retkiä ja yhteisiä ruokailuja, joissa '
    'nuoret tutustuvat toisiinsa ja harjoittelevat arjen asioita, kuten asiointia ja ruoanlaittoa pienellä budjetilla.',
    'Vertaisohjaajakoulutus. Koulutamme vuosittain 6–8 vapaaehtoista vertaisohjaajaa. Koulutus kestää viisi iltaa.',
    'Nuorten raati. Ryhmiin osallistuvista nuorista kootaan raati, joka kokoontuu neljä kertaa vuodessa. Raati valmistelee '
    'nuorten näkemyksiä hyvinvointialueen mielenterveys- ja päihdepalvelujen asiakasraadille ja Suvannon kaupungin '
    'nuorisovaltuustolle sekä osallistuu kerran vuodessa palvelujen kehittämistyöpajaan.'], '1 344/6000')

kentta('5. Toiminnan aikataulu', [
    '2026: Projektityöntekijöiden perehdytys tammikuussa, ensimmäiset ryhmät käynnistyvät helmikuussa 2026, ensimmäinen '
    'vertaisohjaajakoulutus keväällä 2026 ja nuorten raati aloittaa syksyllä 2026.',
    '2027: Ryhmiä on kuusi. Verkkoryhmä ja oppilaitosten drop-in-malli kokeillaan. Naapurikunnan yhdistys kokeilee mallia.',
    '2028: Ryhmämallin ja vertaisohjaajakoulutuksen materiaalit viimeistellään ja kuvataan.',
    'Hankkeen loppuseminaari järjestetään tammikuussa 2029 Suvannon pääkirjastossa.'], '497/2000')

kentta('6. Mitä resursseja toimintaan tarvitaan? (henkilöstö ja talousarvio)', [
    'Henkilöstö: projektikoordinaattori (100 %) ja projektityöntekijä (100 %) koko toiminta-ajan. Toiminnanjohtaja '
    'vastaa hallinnosta ja taloudesta osana omaa työtään.'], '217/2000')
taulukko(d, [
    ['Kustannuslaji', '2026 (€)', '2027 (€)', '2028 (€)'],
    ['Henkilöstökulut', '92 500', '95 200', '97 900'],
    ['Toimitilat', '9 600', '9 800', '10 000'],
    ['Ryhmätoiminta ja tapahtumat', '8 300', '8 300', '7 100'],
    ['Vertaisohjaajakoulutus', '4 000', '3 500', '3 500'],
    ['Viestintä ja levittäminen', '2 000', '1 500', '3 000'],
    ['Hallinto', '2 000', '2 000', '2 000'],
    ['Yhteensä', '118 400', '120 300', '123 500'],
])

kentta('7. Miten toiminta on organisoitu ja kenen kanssa sitä tehdään?', [
    'Hanketta hallinnoi Suvannon Mielenterveysseura ry, ja sitä ohjaa yhdistyksen hallituksen asettama '
    'ohjausryhmä. Ohjausryhmässä on edustajat hyvinvointialueen nuorten mielenterveyspalveluista, Suvannon '
    'ammattiopistosta, Suvannon seurakunnan nuorisotyöstä ja kaksi nuorta.',
    'Hyvinvointialueen kanssa on sovittu, että sen työntekijät kertovat ryhmistä nuorille asiakkailleen.'], '421/2000')

kappale(d, 'OSA 3 – SEURANTA, TULOKSET JA JATKUVUUS', lihava=True)
kentta('8. Miten toiminnan toteutumista ja vaikutuksia seurataan ja arvioidaan?', [
    'Ryhmien osalta kirjaamme jokaisen kokoontumisen osallistujamäärän ja sen, montako eri nuorta ryhmissä käy '
    '(tavoite 90 eri nuorta). Kysymme uusilta osallistujilta, mistä he kuulivat ryhmästä, jotta tiedämme, mitkä '
    'reitit ryhmiin toimivat.',
    'Yksinäisyyttä ja arjen hallintaa seuraamme lyhyellä kyselyllä, jonka nuori täyttää ryhmään tullessaan ja uudelleen '
    'puolen vuoden kuluttua. Kysely perustuu STEAn Avustuksella vaikutuksia -mittaristoon.',
    'Vertaisohjaajakoulutuksista kerätään palaute jokaisen koulutuksen lopussa, ja vertaisohjaajien määrää seurataan '
    'vuosittain.'], '568/3000')

kentta('9. Mitä tuloksia ja vaikutuksia toiminnalla tavoitellaan?', [
    'Tuloksena on nuorille aikuisille sopiva, kuvattu vertaisryhmämalli ja vertaisohjaajakoulutuksen materiaali, jota '
    'myös muut yhdistykset voivat käyttää. Nuoret saavat tukea nopeasti, eikä heidän tarvitse odottaa jonossa '
    'yksin. Pidemmällä aikavälillä tavoittelemme sitä, että nuorten aikuisten mielenterveyssyistä johtuvat '
    'opintojen keskeytykset vähenevät alueella.'], '433/2000')

kentta('10. Miten toiminnan tulokset juurrutetaan ja miten toiminta jatkuu avustuksen päätyttyä?', [
    'Juurruttaminen on ollut mukana jo tätä hakemusta valmistellessa: kävimme keväällä 2025 keskustelut '
    'hyvinvointialueen nuorten mielenterveyspalvelujen ja oppilaitosten kanssa siitä, miten ryhmät sopivat heidän '
    'työhönsä.',
    'Alusta alkaen kerromme ryhmistä oppilaitosten opiskeluhuollolle, hyvinvointialueen työntekijöille ja nuorille '
    'itselleen Instagramissa ja yhdistyksen verkkosivuilla. Ryhmämallista tehdään vuonna 2027 verkkoversio niille, '
    'jotka eivät pääse paikalle, sekä kevyempi drop-in-malli oppilaitoksiin. Kalliojärven Mielenterveysyhdistys ry '
    'kokeilee mallia omassa toiminnassaan vuonna 2027, ja perehdytämme sen vapaaehtoiset. Pyrimme siihen, että '
    'vertaisryhmät vakiintuvat pysyväksi osaksi alueen nuorten palveluja ja että ne mainitaan hyvinvointialueen '
    'mielenterveyspalvelujen palveluohjauksen ohjeissa.',
    'Projektikoordinaattori vastaa juurruttamisesta ja laatii viimeisenä toimintavuonna jatkosuunnitelman. '
    'Projektityöntekijät kouluttavat vertaisohjaajat niin, että ryhmiä toivotaan voitavan jatkaa vapaaehtoisvoimin. '
    'Juurruttamiseen ja levittämiseen on varattu noin 15 % projektikoordinaattorin työajasta sekä talousarvion rivillä '
    '”Viestintä ja levittäminen” yhteensä 6 500 euroa. Toimintamalli kuvataan Innokylään vuonna 2028.'], '1 402/3000')

kentta('11. Mitä riskejä toimintaan liittyy ja miten niihin varaudutaan?', [
    'Riskinä on, että nuoret eivät löydä ryhmiin tai että vertaisohjaajat vaihtuvat nopeasti. Varaudumme tähän '
    'monipuolisella viestinnällä, ohjaajien työnohjauksella ja kouluttamalla uusia vertaisohjaajia joka vuosi.'], '278/1500')

kentta('12. Miten toiminnasta viestitään?', [
    'Viestimme ensisijaisesti Instagramissa ja TikTokissa, koska kohderyhmä on siellä. Lisäksi kerromme toiminnasta '
    'yhdistyksen verkkosivuilla, jäsenlehdessä ja oppilaitosten infonäytöillä. Nuoret osallistuvat viestinnän '
    'suunnitteluun.'], '301/1500')

kappale(d, '')
kappale(d, 'Hakemus tallennettu 28.5.2025 klo 16.02. Allekirjoittaja: Henna Kuusisto, toiminnanjohtaja.', kursiivi=True)

out = os.path.join(os.path.dirname(__file__), '..', '02_hankesuunnitelma_kohtaamo.docx')
d.save(out)
print('tallennettu', out)

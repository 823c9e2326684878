"""03: Hyvinvointialueen arviointisuunnitelma; ulkoinen arvioija nimetään vain alaviitteessä. Ei havaintoja."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from apu import *

d = uusi()
av = Alaviitteet(d)
yla_ja_alatunniste(d, 'Louhivaaran hyvinvointialue | KOTIVIRTA-hanke | Arviointisuunnitelma v1.2 | 12.5.2025',
                   'Käsitelty hankkeen ohjausryhmässä 8.5.2025. Päivitetään tarvittaessa.')

kappale(d, 'KOTIVIRTA – kotikuntoutus arjen tueksi', tyyli='Title')
kappale(d, 'Hankkeen arviointisuunnitelma', tyyli='Subtitle')
kappale(d, 'Versiohistoria', lihava=True)
taulukko(d, [
    ['Versio', 'Päivämäärä', 'Muutokset', 'Laatija'],
    ['1.0', '14.4.2025', 'Ensimmäinen luonnos', 'Anu Kivelä'],
    ['1.1', '29.4.2025', 'Lisätty arviointitaulukko ja liite 1', 'Anu Kivelä, Jussi Pelkonen'],
    ['1.2', '12.5.2025', 'Ohjausryhmän kommentit 8.5.2025', 'Anu Kivelä'],
])

kappale(d, '1 Hankkeen tausta, tavoitteet ja kohderyhmä', tyyli='Heading 1')
kappale(d, 'Louhivaaran hyvinvointialueella asui vuoden 2024 lopussa noin 14 200 yli 75-vuotiasta, ja säännöllisen '
           'kotihoidon asiakkaiden määrä on kasvanut vuodesta 2021 noin 11 prosenttia. Sairaalajakson jälkeen moni '
           'iäkäs kotiutuu heikentyneellä toimintakyvyllä, mutta kuntoutus alkaa usein vasta viikkojen kuluttua, jos '
           'ollenkaan. Tällöin kotihoidon käynnit lisääntyvät ja osa asiakkaista päätyy ympärivuorokautiseen hoivaan '
           'aiemmin kuin olisi tarpeen.')
kappale(d, 'KOTIVIRTA-hanke toteutetaan 1.4.2025–31.3.2027 Louhivaaran hyvinvointialueen ikääntyneiden palveluissa. '
           'Hanke rahoitetaan valtionavustuksella (päätös 3.3.2025) ja hyvinvointialueen omalla rahoitusosuudella.')
kappale(d, 'Hankkeessa halutaan, että kuntoutus alkaa heti kotiutumisen jälkeen, että iäkkäät pärjäävät kotonaan '
           'paremmin ja että kotihoidon henkilöstö tukee asiakkaiden omatoimisuutta joka käynnillä. Tavoitteet ja '
           'niihin liittyvät toimenpiteet ja mittarit on koottu arviointitaulukkoon (luku 4).')
kappale(d, 'Kohderyhmänä ovat kotona asuvat yli 75-vuotiaat, joiden toimintakyky on heikentynyt äkillisesti '
           'esimerkiksi sairaalajakson tai kaatumisen vuoksi, heidän omaisensa sekä kotihoidon ja kotikuntoutuksen '
           'henkilöstö. Hankkeen aikana kotikuntoutusjakson arvioidaan saavan noin 400 asiakasta.')

kappale(d, '2 Mitä arvioinnilla halutaan tietää?', tyyli='Heading 1')
kappale(d, 'Arvioinnin tarkoitus on tukea hankkeen ohjausta ja tuottaa päätöksentekijöille tietoa siitä, kannattaako '
           'kotikuntoutuksen toimintamalli vakinaistaa koko hyvinvointialueelle. Arvioinnilla haetaan vastauksia '
           'seuraaviin kysymyksiin:')
for k in ['Alkaako kotikuntoutus aiempaa nopeammin kotiutumisen jälkeen?',
          'Paraneeko asiakkaiden toimintakyky kuntoutusjakson aikana, ja miten asiakkaat itse kokevat muutoksen?',
          'Muuttuuko kotihoidon henkilöstön työote omatoimisuutta tukevaksi?',
          'Mitä toimintamallin vakinaistaminen edellyttää?']:
    kappale(d, k, tyyli='List Number')

kappale(d, '3 Arvioinnin menetelmät ja tiedonkeruu', tyyli='Heading 1')
kappale(d, '3.1 Itsearviointi', tyyli='Heading 2')
kappale(d, 'Hanketiimi (projektipäällikkö, kaksi fysioterapeuttia ja toimintaterapeutti) käy kuukausittaisessa '
           'tiimipalaverissa läpi, mikä on toiminut ja mikä ei, ja kirjaa havainnot yhteiseen oppimispäiväkirjaan. '
           'Puolen vuoden välein pidetään itsearviointityöpaja, johon kutsutaan myös kotihoidon tiiminvetäjät '
           '(syyskuu 2025, maaliskuu 2026, syyskuu 2026 ja helmikuu 2027).')
kappale(d, '3.2 Asiakkaiden ja omaisten kokemukset', tyyli='Heading 2')
kappale(d, 'Asiakkaiden omaa kokemusta kuullaan haastattelemalla puolivuosittain kymmentä kuntoutusjakson päättänyttä '
           'asiakasta (haastattelurunko liitteenä). Omaisille lähetetään lyhyt palautekysely jakson päätyttyä. '
           'Lisäksi kaksi kehittäjäasiakasta osallistuu itsearviointityöpajoihin.')
kappale(d, '3.3 Rekisteri- ja asiakastiedot', tyyli='Heading 2')
kappale(d, 'Asiakastietojärjestelmästä poimitaan kuukausittain viive kotiutuksesta ensimmäiseen kuntoutuskäyntiin, '
           'kotihoidon käyntimäärät sekä RAI-arvioinnin toimintakykytiedot jakson alussa ja lopussa.')
kappale(d, '3.4 Vaikuttavuuden tarkastelu', tyyli='Heading 2')
p = kappale(d, 'Palvelutarpeen ja kustannusten muutosta tarkastellaan lisäksi erillisessä vaikuttavuusselvityksessä, '
               'jossa verrataan kotikuntoutusjakson saaneiden asiakkaiden kotihoidon käyntejä ennen ja jälkeen jakson.')
av.lisaa(p, 'Vaikuttavuusselvityksen tekee hankkeen ulkoisena arviointina Arviointiosuuskunta Verso '
            '(tarjouspyyntö LHA/412/2025, sopimus allekirjoitettu 28.4.2025). Verso haastattelee lisäksi kotihoidon '
            'esihenkilöitä ja raportoi ohjausryhmälle väliraportin lokakuussa 2026 ja loppuraportin maaliskuussa 2027.')

kappale(d, '4 Arviointitaulukko', tyyli='Heading 1')
kappale(d, 'Taulukossa on hankkeen tavoitteet, niihin liittyvä toiminta sekä mittarit ja ajankohdat.')
t = taulukko(d, [
    ['Tavoite', 'Toimenpiteet', 'Arviointimenetelmä ja mittari', 'Ajankohta'],
    ['Äkillisesti heikentyneen toimintakyvyn asiakkaan kotikuntoutus alkaa kolmen vuorokauden kuluessa kotiutumisesta.',
     'Kotiutustiimin ja kotikuntoutuksen yhteinen kotiutusprosessi; fysioterapeutti mukana kotiutuspäivän käynnillä.',
     'Viive kotiutuksesta ensimmäiseen kuntoutuskäyntiin (asiakastietojärjestelmä, tavoite alle 3 vrk); '
     'kotiutusprosessin käsittely itsearviointityöpajoissa.',
     'Kuukausittain kesäkuusta 2025 alkaen'],
    ['Asiakkaiden toimintakyky ja arjessa pärjääminen paranevat kuntoutusjakson aikana.',
     '6–8 viikon kotikuntoutusjakso, jossa asiakkaan kanssa sovitaan omat arjen tavoitteet (esim. peseytyminen itse, '
     'kauppareissu).',
     'RAI-toimintakykymittari jakson alussa ja lopussa; asiakashaastattelut; omaisten palautekysely.',
     'Puolivuosittain syyskuusta 2025 helmikuuhun 2027'],
    ['Kotihoidon henkilöstö osaa tukea asiakkaan omatoimisuutta.',
     'Kuntouttavan työotteen koulutus kaikille kotihoidon tiimeille ja työparikäynnit fysioterapeutin kanssa.',
     'Koulutuspalaute; henkilöstökysely syksyllä 2025 ja syksyllä 2026; itsearviointityöpajat.',
     ''],
])
m = t.cell(2, 3).merge(t.cell(3, 3))
m.text = 'Puolivuosittain syyskuusta 2025 helmikuuhun 2027'

kappale(d, '5 Tiedonkeruun aikataulu', tyyli='Heading 1')
for r in ['Huhti–toukokuu 2025: lähtötason tiedot asiakastietojärjestelmästä.',
          'Kesäkuusta 2025 alkaen: kuukausittaiset poiminnat (viive, käyntimäärät).',
          'Syksy 2025: ensimmäinen henkilöstökysely ja ensimmäiset asiakashaastattelut.',
          'Kevät 2026 ja syksy 2026: asiakashaastattelut, toinen henkilöstökysely syksyllä 2026.',
          'Helmikuu 2027: viimeinen itsearviointityöpaja ja aineistojen yhteenveto.']:
    kappale(d, r, tyyli='List Bullet')

kappale(d, '6 Arviointitiedon käyttö, raportointi ja juurruttaminen', tyyli='Heading 1')
kappale(d, 'Arviointitieto käsitellään hanketiimissä kuukausittain ja ohjausryhmässä neljä kertaa vuodessa. '
           'Ohjausryhmä päättää tarvittavista muutoksista toimintaan. Hankkeesta laaditaan väliraportti lokakuussa '
           '2026 ja loppuraportti maaliskuussa 2027, ja molemmat viedään tiedoksi ikääntyneiden palvelujen johtoryhmälle.')
kappale(d, 'Toimintamallin juurruttaminen alkoi jo hakuvaiheessa, kun kotihoidon esihenkilöt kirjoittivat hakemusta '
           'mukana. Hankkeen alusta lähtien kotikuntoutus tehdään kotihoidon tiimien kanssa yhdessä eikä rinnakkaisena '
           'palveluna, ja arviointitiedon perusteella päätetään, mitkä käytännöt kirjataan kotihoidon toimintaohjeisiin. '
           'Tulokset kuvataan Innokylään ja esitellään hyvinvointialueen henkilöstöinfossa keväällä 2027.')

kappale(d, 'Liite 1. Asiakashaastattelun runko', tyyli='Heading 1')
kappale(d, 'Haastattelija täyttää lomakkeen haastattelun aikana. Vastaukset kirjataan ilman asiakkaan nimeä.', kursiivi=True)
for q in ['Haastattelun päivämäärä:', 'Kuntoutusjakson pituus (viikkoa):',
          '1. Mitä tavoitteita asetitte kuntoutusjaksolle?',
          '2. Miten arkesi on muuttunut jakson aikana?',
          '3. Mikä kuntoutuksessa auttoi eniten?',
          '4. Mitä olisit toivonut tehtävän toisin?']:
    kappale(d, q)
    kappale(d, '_' * 60)

av.tallenna_osa()
out = os.path.join(os.path.dirname(__file__), '..', '03_arviointisuunnitelma_kotivirta.docx')
d.save(out)
print('tallennettu', out)

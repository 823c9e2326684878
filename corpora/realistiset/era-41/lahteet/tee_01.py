"""01: ESR+-hankehakemus verkkolomakkeen vientinä, tavoitteet taulukkona. Ei havaintoja."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from apu import *

d = uusi()
yla_ja_alatunniste(d, 'EURA 2021 – hakemuksen tulosteversio | Tulostettu 15.10.2024 klo 14.32',
                   'Hakemus 0412-2024 TYÖSILTA | Hakemuksen tila: Jätetty | Vääräsalmen kaupunki')

kappale(d, 'Hankehakemus: TYÖSILTA – osatyökykyisten polut työhön', tyyli='Title')
kappale(d, 'Ohjelma: Uudistuva ja osaava Suomi 2021–2027 (ESR+), toimintalinja 4, erityistavoite 4.1')
kappale(d, 'Haku: Järvi-Suomen ELY-keskuksen työllisyyshaku syksy 2024 (hakuaika 2.9.–18.10.2024)')
kappale(d, 'Lomakkeen kentät on tulostettu siinä järjestyksessä kuin ne ovat sähköisessä asioinnissa. '
           'Merkkimäärärajat on ilmoitettu kunkin kentän kohdalla.', kursiivi=True)

# 1 perustiedot
kappale(d, '1 HAKIJAN JA HANKKEEN PERUSTIEDOT', tyyli='Heading 1')
vastauskentta(d, '1.1 Hankkeen nimi', 'TYÖSILTA – osatyökykyisten polut työhön')
vastauskentta(d, '1.2 Hakija ja päätoteuttaja', 'Vääräsalmen kaupunki, elinvoimapalvelut / työllisyyspalvelut')
vastauskentta(d, '1.3 Osatoteuttaja', 'Louhivaaran hyvinvointialue, aikuissosiaalityö ja kuntoutuspalvelut')
kappale(d, '1.4 Hankkeen toteutusaika', lihava=True)
p = muutokset(d, [('Vastaus: ', 'b'), ('1.1.2025–31.12.2026', 'del'), ('1.3.2025–28.2.2027', 'ins')],
              tekija='Riikka Vainionpää', pvm='2024-10-14T13:05:00Z')
sisaltokenttaan(p, 'Toteutusaika')
vastauskentta(d, '1.5 Hakemuksen yhteyshenkilö',
              'Kehittämiskoordinaattori Riikka Vainionpää, Vääräsalmen kaupunki, riikka.vainionpaa@vaarasalmi.fi, p. 040 318 2290')

# 2 tausta
kappale(d, '2 TAUSTA JA TARVE', tyyli='Heading 1')
vastauskentta(d, '2.1 Kuvaa hankkeen lähtötilanne ja tarve (enintään 4000 merkkiä)', [
    'Vääräsalmen työllisyyspalveluiden asiakkaista noin 1 150 oli ollut työttömänä yli vuoden (tilanne 31.12.2023). '
    'Kaupungin omassa asiakaskartoituksessa vuonna 2023 arvioitiin, että lähes kolmanneksella heistä on terveyteen tai '
    'muuhun toimintakykyyn liittyviä rajoitteita, jotka eivät näy työnhakijan tiedoissa. Moni on käynyt vuosien mittaan '
    'useissa palveluissa, mutta kokonaiskuva työkyvystä puuttuu, eikä kukaan kokoa tietoja yhteen.',
    'Työllisyyspalvelut siirtyivät kunnan vastuulle 1.1.2025 alkaen. Siirto on hyvä hetki rakentaa kaupungin ja '
    'hyvinvointialueen välille yhteinen tapa selvittää asiakkaan työ- ja toimintakyky. Nykyisin työkyvyn selvittäminen '
    'kestää keskimäärin neljä kuukautta, ja noin neljännes asiakkaista jää kokonaan ilman selvitystä.',
    'Hanketta on valmisteltu kolmessa työpajassa syys–lokakuussa 2024. Mukana olivat työllisyyspalveluiden '
    'työntekijät, hyvinvointialueen sosiaalityön ja kuntoutuksen esihenkilöt, kaksi paikallista työnantajaa sekä '
    'kolme työllisyyspalveluiden asiakasta.'])
vastauskentta(d, '2.2 Miten hanke liittyy alueen strategioihin ja muihin hankkeisiin? (enintään 2000 merkkiä)',
              'Hanke toteuttaa Vääräsalmen kaupunkistrategian 2022–2025 tavoitetta ”jokaiselle polku työhön tai '
              'osallisuuteen” ja Louhivaaran hyvinvointialueen palvelustrategian painotusta kuntouttavista palveluista. '
              'Hanke hyödyntää päättyneen Kiinnekohta-hankkeen (2019–2022) kokemuksia työkokeiluista.')

# 3 tavoitteet
kappale(d, '3 TAVOITTEET', tyyli='Heading 1')
kappale(d, '3.1 Kuvaa hankkeen tavoitteet sekä niihin liittyvät toimenpiteet ja mittarit. Käytä tarvittaessa taulukkoa.', lihava=True)
kappale(d, 'Vastaus: tavoitteet, toimenpiteet ja mittarit on koottu alla olevaan taulukkoon.')
taulukko(d, [
    ['Tavoite', 'Toimenpiteet', 'Mittari ja arviointi'],
    ['Osatyökykyisten asiakkaiden työ- ja toimintakyky selvitetään yhtenäisellä tavalla kaupungin ja hyvinvointialueen yhteistyönä.',
     'Työkykykoordinaattori ja hyvinvointialueen kuntoutusohjaaja laativat yhteisen työkyvyn selvittämisen polun. '
     'Asiakkaalle tehdään työkykykartoitus kahden ensimmäisen tapaamisen aikana.',
     'Kartoitettujen asiakkaiden määrä (tavoite 120). Aika ensitapaamisesta valmiiseen selvitykseen (tavoite alle 6 viikkoa). '
     'Työntekijäkysely polun toimivuudesta syksyllä 2025 ja syksyllä 2026.'],
    ['Vähintään 45 osallistujaa siirtyy hankkeen aikana työhön, koulutukseen tai palkkatuettuun työhön.',
     'Yksilöllinen työvalmennus, työkokeilut paikallisissa yrityksissä ja ryhmämuotoinen Työelämätaidot-valmennus.',
     'Sijoittuminen EURA 2021 -järjestelmän osallistujan loppulomakkeen mukaan. Tilanne tarkistetaan lisäksi kolme kuukautta hankkeesta poistumisen jälkeen.'],
    ['Paikallisten työnantajien valmius palkata osatyökykyisiä paranee.',
     'Työnantajakäynnit, kaksi työnantaja-aamua vuodessa ja työnantajille koottu opas työtehtävien muokkaamisesta.',
     'Työnantajakäyntien ja -tilaisuuksien määrä. Työnantajakysely hankkeen alussa (kevät 2025) ja lopussa (tammikuu 2027).'],
    ['Asiakkaat osallistuvat palvelun kehittämiseen kokemusasiantuntijoina.',
     'Kehittäjäasiakasryhmä kokoontuu kuusi kertaa vuodessa, ja sen jäsenet testaavat työkykypolun vaiheita.',
     'Kehittäjäasiakasryhmän kokoontumiset ja osallistujamäärä. Ryhmän kanssa käytävä palautekeskustelu kerran vuodessa.'],
])
kappale(d, '')
vastauskentta(d, '3.2 Miten tavoitteet edistävät ohjelman erityistavoitetta? (enintään 1500 merkkiä)',
              'Hanke parantaa työmarkkinoilta syrjässä olevien pääsyä työhön: kun työkyky tiedetään, '
              'palvelut osuvat kohdalleen, työnantajat uskaltavat palkata ja asiakkaat saavat äänensä kuuluviin. '
              'Tämä tukee erityistavoitteen 4.1 pyrkimystä pitkäaikaistyöttömyyden vähentämiseen.')

# 4 kohderyhmä
kappale(d, '4 KOHDERYHMÄ', tyyli='Heading 1')
vastauskentta(d, '4.1 Kuvaa hankkeen kohderyhmä ja arvioitu osallistujamäärä (enintään 2000 merkkiä)',
              'Välitön kohderyhmä ovat 25–64-vuotiaat vääräsalmelaiset, jotka ovat olleet yli vuoden työttöminä ja '
              'joiden työ- tai toimintakyvyssä on rajoitteita. Arvioimme, että hankkeeseen osallistuu 150 henkilöä. '
              'Välillisiä hyödynsaajia ovat paikalliset työnantajat sekä työllisyyspalveluiden ja hyvinvointialueen henkilöstö.')
vastauskentta(d, '4.2 Miten kohderyhmä on osallistunut hankkeen suunnitteluun? (enintään 1500 merkkiä)',
              'Kolme työllisyyspalveluiden asiakasta osallistui valmistelutyöpajaan 26.9.2024 ja kommentoi '
              'työkykypolun luonnosta. Heidän toiveestaan kartoitus tehdään asiakkaan tutussa asiointipisteessä.')

# 5 toteutus
kappale(d, '5 TOTEUTUS JA TOIMENPITEET', tyyli='Heading 1')
vastauskentta(d, '5.1 Kuvaa hankkeen toimenpiteet työpaketeittain (enintään 6000 merkkiä)', [
    'TP1 Työkykypolku (3/2025–8/2026). Työkykykoordinaattori ja hyvinvointialueen kuntoutusohjaaja kuvaavat nykyiset '
    'käytännöt, laativat yhteisen polun ja pilotoivat sen syksyllä 2025. Polkua muokataan kokemusten perusteella keväällä 2026.',
    'TP2 Valmennus ja työkokeilut (5/2025–1/2027). Työvalmentaja tekee yksilövalmennusta ja järjestää työkokeiluja. '
    'Työelämätaidot-ryhmä (8 tapaamista) käynnistyy kolme kertaa vuodessa.',
    'TP3 Työnantajayhteistyö (4/2025–2/2027). Työnantajakäynnit, työnantaja-aamut yhdessä Vääräsalmen Yrittäjien kanssa '
    'sekä opas työtehtävien muokkaamisesta (valmis joulukuussa 2025).',
    'TP4 Juurruttaminen ja levittäminen (3/2025–2/2027). Kuvattu tarkemmin kohdassa 11.'])

# 6 aikataulu
kappale(d, '6 AIKATAULU', tyyli='Heading 1')
vastauskentta(d, '6.1 Hankkeen vaiheistus ja keskeiset välitavoitteet (enintään 2000 merkkiä)', [
    'Maalis–huhtikuu 2025: henkilöstö aloittaa, ohjausryhmän ensimmäinen kokous, työnantajakyselyn ensimmäinen kierros.',
    'Syksy 2025: työkykypolun pilotti, ensimmäinen työntekijäkysely, työnantajaopas valmis.',
    'Kevät 2026: polun muokkaus, naapurikuntien kokeilu alkaa.',
    'Syksy 2026: toinen työntekijäkysely, polku kirjataan palvelukuvaukseen.',
    'Tammi–helmikuu 2027: työnantajakyselyn toinen kierros, loppuseminaari ja loppuraportti.'])

# 7 organisointi
kappale(d, '7 ORGANISOINTI JA YHTEISTYÖ', tyyli='Heading 1')
vastauskentta(d, '7.1 Kuvaa hankkeen hallinnointi, henkilöstö ja ohjausryhmä (enintään 3000 merkkiä)',
              'Hanketta hallinnoi Vääräsalmen kaupungin työllisyyspalvelut. Hankkeessa työskentelevät projektipäällikkö, '
              'työkykykoordinaattori ja työvalmentaja (kaikki kokoaikaisia). Hyvinvointialue osoittaa hankkeeseen '
              'kuntoutusohjaajan työpanoksesta 40 %. Ohjausryhmään kuuluvat työllisyyspalveluiden palvelupäällikkö, '
              'hyvinvointialueen kuntoutuspalveluiden vastuualuepäällikkö, Vääräsalmen Yrittäjien edustaja, '
              'kehittäjäasiakasryhmän edustaja ja ELY-keskuksen edustaja asiantuntijajäsenenä.')

# 8 kustannusarvio
kappale(d, '8 KUSTANNUSARVIO JA RAHOITUS', tyyli='Heading 1')
kappale(d, '8.1 Kustannukset ja rahoitus vuosittain', lihava=True)
t = taulukko(d, [
    ['Kustannuslaji', 'Kustannukset vuosittain (€)', '', '', 'Yhteensä (€)'],
    ['', '2025', '2026', '2027', ''],
    ['Henkilöstökustannukset', '152 000', '184 000', '31 000', '367 000'],
    ['Ostopalvelut', '12 000', '14 500', '4 500', '31 000'],
    ['Flat rate 15 % henkilöstökustannuksista', '22 800', '27 600', '4 650', '55 050'],
    ['Juurruttaminen ja levittäminen (TP4, sisältyy yllä oleviin)', '4 000', '8 500', '6 000', '18 500'],
    ['Kustannukset yhteensä', '186 800', '226 100', '40 150', '453 050'],
])
a = t.cell(0, 1).merge(t.cell(0, 3)); a.text = 'Kustannukset vuosittain (€)'
b = t.cell(0, 0).merge(t.cell(1, 0)); b.text = 'Kustannuslaji'
c = t.cell(0, 4).merge(t.cell(1, 4)); c.text = 'Yhteensä (€)'
kappale(d, '')
vastauskentta(d, '8.2 Rahoitussuunnitelma',
              'EU- ja valtion rahoitus 75 % (339 788 €), Vääräsalmen kaupungin rahoitusosuus 20 % (90 610 €) ja '
              'Louhivaaran hyvinvointialueen rahoitusosuus 5 % (22 652 €).')

# 9 seuranta
kappale(d, '9 SEURANTA JA ARVIOINTI', tyyli='Heading 1')
vastauskentta(d, '9.1 Miten hankkeen etenemistä ja tuloksia seurataan ja arvioidaan? (enintään 3000 merkkiä)',
              ['Jokaiselle tavoitteelle on taulukossa 3.1 oma mittarinsa. Osallistujatiedot kirjataan EURA 2021 '
               '-järjestelmään ohjelman ohjeiden mukaisesti. Hanketiimi tekee itsearvioinnin puolen vuoden välein, '
               'ja ohjausryhmä käsittelee seurantatiedot jokaisessa kokouksessaan.',
               'Asiakkailta kerätään lyhyt palaute valmennuksen päättyessä. Työnantajille ja työntekijöille tehtävät kyselyt '
               'toteutetaan Webropolilla. Hankkeen loppuvaiheessa kootaan yhteenveto siitä, mitä mittarit kertovat '
               'tavoitteiden toteutumisesta.'])

# 10 tulokset
kappale(d, '10 TULOKSET JA VAIKUTUKSET', tyyli='Heading 1')
vastauskentta(d, '10.1 Mitä konkreettisia tuloksia hankkeella tavoitellaan? (enintään 2000 merkkiä)',
              'Tuloksena on kaupungin ja hyvinvointialueen yhteinen, kirjattu työkykypolku, työnantajaopas sekä '
              'kokemusasiantuntijoiden kanssa testattu malli asiakkaiden osallistamisesta. Vähintään 45 osallistujaa '
              'on siirtynyt työhön, koulutukseen tai palkkatuettuun työhön.')
vastauskentta(d, '10.2 Millaisia pidemmän aikavälin vaikutuksia hankkeella on? (enintään 2000 merkkiä)',
              'Työkyvyn selvittäminen nopeutuu pysyvästi, asiakkaat eivät kierrä palvelusta toiseen ja '
              'osatyökykyisten työllistyminen Vääräsalmella paranee myös hankkeen jälkeen.')

# 11 juurruttaminen
kappale(d, '11 TULOSTEN HYÖDYNTÄMINEN JA JATKUVUUS', tyyli='Heading 1')
vastauskentta(d, '11.1 Miten hankkeen tulokset jäävät käyttöön hankkeen päätyttyä? Kuka vastaa toiminnan jatkosta? (enintään 4000 merkkiä)', [
    'Emme halua, että työkykypolku jää hankkeen päättyessä pöytälaatikkoon. Siksi sitä on rakennettu jo hakuvaiheessa '
    'yhdessä niiden esihenkilöiden kanssa, jotka vastaavat palvelusta hankkeen jälkeenkin. Olemme jäsentäneet työn '
    '4V-mallin avulla.',
    'Hankkeen alusta asti kerromme kokeiluista työllisyyspalveluiden ja hyvinvointialueen henkilöstölle kuukausittaisissa '
    'tiimipalavereissa ja kaupungin intranetissä, jotta polku on tuttu jo ennen kuin se otetaan käyttöön.',
    'Polusta tehdään eri kohderyhmille sopivia versioita: alle 30-vuotiaille kevyempi versio ja maahan muuttaneille '
    'selkokielinen versio, jossa kartoitus tehdään tulkin kanssa.',
    'Keväästä 2026 alkaen naapurikuntien Kalliojärven ja Honkamäen työllisyyspalvelut kokeilevat polkua omassa työssään. '
    'Hanke perehdyttää niiden työntekijät ja kokoaa kokemukset.',
    'Syksyllä 2026 polku kirjataan työllisyyspalveluiden palvelukuvaukseen ja kaupungin ja hyvinvointialueen väliseen '
    'yhteistyösopimukseen. Työkykykoordinaattorin tehtävä on tarkoitus vakinaistaa kaupungin talousarviossa vuodesta 2027 alkaen.',
    'Hankkeen päätyttyä toiminnasta vastaa Vääräsalmen kaupungin työllisyyspalveluiden palvelupäällikkö Tuomas Lehtikangas. '
    'Hyvinvointialueen puolella polun ylläpidosta vastaa kuntoutuspalveluiden vastuualuepäällikkö.',
    'Juurruttamiseen ja levittämiseen (TP4) on varattu 20 % projektipäällikön työajasta koko hankkeen ajan sekä 18 500 euroa '
    'perehdytyksiin, materiaaleihin ja loppuseminaariin. Toimintamalli kuvataan Innokylään, ja tuloksista kerrotaan '
    'kaupungin verkkosivuilla, alueen työllisyyspalveluiden verkostotapaamisissa ja loppuseminaarissa helmikuussa 2027.'])

# 12 riskit
kappale(d, '12 RISKIT', tyyli='Heading 1')
vastauskentta(d, '12.1 Hankkeen keskeiset riskit ja niiden hallinta (enintään 2000 merkkiä)',
              'Suurimmat riskit ovat henkilöstön vaihtuvuus, asiakkaiden sitoutuminen ja työnantajien vähäinen kiinnostus. '
              'Varaudumme niihin dokumentoimalla työn tiimin yhteiseen kansioon, tarjoamalla asiakkaille joustavia '
              'tapaamisaikoja ja tekemällä työnantajayhteistyötä Vääräsalmen Yrittäjien kautta.')

# 13 viestintä
kappale(d, '13 VIESTINTÄ', tyyli='Heading 1')
vastauskentta(d, '13.1 Kuvaa hankkeen viestintä (enintään 2000 merkkiä)',
              'Hankkeella on viestintäsuunnitelma, jonka ohjausryhmä hyväksyy ensimmäisessä kokouksessaan. '
              'Viestimme kaupungin verkkosivuilla ja somekanavissa, paikallislehdessä sekä työnantajille suunnatuissa '
              'uutiskirjeissä. Viestinnässä noudatetaan ESR+-rahoituksen näkyvyysohjeita.')

# 14 horisontaaliset
kappale(d, '14 HORISONTAALISET PERIAATTEET', tyyli='Heading 1')
vastauskentta(d, '14.1 Miten hanke edistää sukupuolten tasa-arvoa ja yhdenvertaisuutta? (enintään 1500 merkkiä)',
              'Seuraamme osallistujien sukupuolijakaumaa ja sitä, ohjautuvatko miehet ja naiset eri tavoin työkokeiluihin. '
              'Selkokielinen versio ja tulkkauksen käyttö parantavat maahan muuttaneiden yhdenvertaisuutta.')
vastauskentta(d, '14.2 Miten hanke edistää kestävää kehitystä? (enintään 1500 merkkiä)',
              'Tapaamiset järjestetään asiakkaiden lähellä, ja osa ohjauksesta tehdään etänä, mikä vähentää matkustamista.')

kappale(d, '')
kappale(d, 'Lomakkeen tallennustiedot: viimeksi muokattu 15.10.2024, Riikka Vainionpää. Hakemuksen liitteet: '
           'kumppanuussopimus (hyvinvointialue), Vääräsalmen Yrittäjien tukikirje.', kursiivi=True)

out = os.path.join(os.path.dirname(__file__), '..', '01_hankesuunnitelma_tyosilta.docx')
d.save(out)
print('tallennettu', out)

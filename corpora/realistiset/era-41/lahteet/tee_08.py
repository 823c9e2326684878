"""08: Hyvinvointialueen ja omaishoitajayhdistyksen yhteishankkeen loppuraportti, omin sanoin otsikoitu,
tekstiruutu ja jäljitetty muutos. Ei havaintoja."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from apu import *

d = uusi()
av = Alaviitteet(d)
yla_ja_alatunniste(d, 'Louhivaaran hyvinvointialue | Omaisen Olkapää -hanke | Loppuraportti',
                   'Versio 1.0, 22.4.2025')
T, P = 'Leena Honkavaara', '2025-04-17T10:42:00Z'

kappale(d, 'Omaisen Olkapää – omaishoitajien jaksamisen tuki', tyyli='Title')
kappale(d, 'Hankkeen loppuraportti', tyyli='Subtitle')

kappale(d, '1 Taustatiedot', tyyli='Heading 1')
kappale(d, 'Hankkeen toteuttivat Louhivaaran hyvinvointialueen ikääntyneiden palvelut (omaishoidon tuki) ja '
           'Kalliojärven Omaishoitajat ry. Hallinnoijana toimi hyvinvointialue.')
kappale(d, 'Hankkeen nimi: Omaisen Olkapää – omaishoitajien jaksamisen tuki. Rahoituspäätöksen diaarinumero '
           'LHA/1187/2023.')
tekstiruutu(d, [('Hanke lyhyesti', True),
                ('Kesto: 1.3.2023–28.2.2025', False),
                ('Kokonaisbudjetti: 264 000 €, toteutuneet kustannukset 251 700 €', False),
                ('Henkilöstö: projektipäällikkö, kaksi omaishoidon ohjaajaa (yhdistys)', False),
                ('Alue: Louhivaaran hyvinvointialueen kuusi kuntaa', False)], korkeus_pt=125)

kappale(d, '2 Mihin pyrimme? Hankkeen teema ja tavoitteet', tyyli='Heading 1')
kappale(d, 'Hanke liittyi omaishoitajien jaksamisen tukemiseen ja omaishoidon tuen palvelujen yhdenmukaistamiseen '
           'hyvinvointialueen kunnissa. Tavoitteina oli, että omaishoitajat saavat tukea ennen kuin he uupuvat, että '
           'omaishoitajan vapaiden käyttö lisääntyy ja että hyvinvointialueen ja järjestön työ omaishoitajien tukena '
           'muodostaa yhden selkeän kokonaisuuden.')

kappale(d, '3 Mitä teimme – hankkeen toteutus', tyyli='Heading 1')
kappale(d, 'Hanke kesti kaksi vuotta (1.3.2023–28.2.2025). Käytännössä teimme seuraavaa:')
for r in ['Kehitimme omaishoitajan jaksamisen puheeksioton mallin, jota omaishoidon tuen työntekijät käyttävät '
          'vuosittaisessa kotikäynnissä (kevät 2023).',
          'Järjestimme yhdeksän omaishoitajien valmennusryhmää syksyn 2023 ja tammikuun 2025 välillä.',
          'Kokeilimme vapaiden käytön tueksi sijaishoitajapankkia kahdessa kunnassa vuonna 2024.',
          'Kokosimme hyvinvointialueen ja yhdistyksen palvelut yhteiseen omaishoitajan palvelukarttaan.']:
    kappale(d, r, tyyli='List Bullet')
kappale(d, 'Toteutus vastasi suunnitelmaa lukuun ottamatta sijaishoitajapankkia, joka kokeiltiin suunnitellun neljän '
           'kunnan sijaan kahdessa. Hyvinvointialueen omaishoidon tuen vastuualuepäällikkö ja yhdistyksen '
           'toiminnanjohtaja istuivat ohjausryhmässä, ja omaishoidon tuen työntekijät osallistuivat mallin '
           'kehittämiseen työpajoissa. Menetelminä käytimme yhteiskehittämisen työpajoja, ryhmävalmennusta ja '
           'kokeilua. Kokemukset olivat hyviä, mutta työpajoihin oli vaikea saada omaishoitajia mukaan ilman '
           'hoidettavan sijaishoitoa.')
kappale(d, 'Miten kustannusarvio toteutui?', lihava=True)
kappale(d, 'Kustannusarvio oli 264 000 euroa ja toteutuneet kustannukset 251 700 euroa. Alitus johtui '
           'sijaishoitajapankin suppeammasta kokeilusta.')

kappale(d, '4 Tulokset ja vaikuttavuus', tyyli='Heading 1')
muutokset(d, [('Valmennusryhmiin osallistui ', None), ('64', 'del'), ('71', 'ins'),
              (' omaishoitajaa. Puheeksiottomalli on käytössä kaikissa kuudessa kunnassa, ja sen avulla tehtiin '
               'hankeaikana 388 jaksamisen arviointia.', None)], tekija=T, pvm=P)
p = kappale(d, 'Omaishoitajan vapaiden käyttöaste nousi kokeilukunnissa 52 prosentista 67 prosenttiin.')
av.lisaa(p, 'Käyttöaste = pidettyjen vapaiden osuus myönnetyistä vapaista; lähtötaso vuodelta 2022 (omaishoidon tuen tilasto).')
kappale(d, 'Yllättävää oli, että monelle omaishoitajalle tärkeintä oli vertaisryhmä eikä vapaa: ryhmistä '
           'muodostui kolme omaehtoisesti jatkavaa vertaisporukkaa. Toteutusta ja tuloksia arvioitiin '
           'palautekyselyillä, omaishoitajien haastatteluilla ja ohjausryhmän itsearvioinnilla. Pysyviksi '
           'toimintatavoiksi jäivät puheeksiottomalli ja palvelukartta, ja omaishoitajat kertovat saavansa apua '
           'aiempaa nopeammin.')

kappale(d, '5 Kehitysajatukset – miten jatkamme', tyyli='Heading 1')
kappale(d, 'Maaliskuusta 2025 alkaen valmennusryhmät jatkuvat Kalliojärven Omaishoitajat ry:n perustoimintana, ja '
           'puheeksiottomalli on osa omaishoidon tuen työohjetta. Sijaishoitajapankin laajentamista muihin kuntiin '
           'selvitetään vuoden 2025 aikana. Uudistumiskykyä pidämme yllä kokoamalla omaishoitajien palautteen '
           'kerran vuodessa yhteiseen kehittämispäivään.')

kappale(d, '6 Suositukset muille hyvinvointialueille ja järjestöille', tyyli='Heading 1')
kappale(d, 'Suosittelemme puheeksiottomallia kaikille omaishoidon tuen yksiköille: se on kevyt ja tuo uupumisen '
           'näkyviin ajoissa. Hankkeita suunnitteleville suosittelemme, että järjestö ja hyvinvointialue tekevät '
           'hakemuksen yhdessä ja että sijaishoito varataan aina, kun omaishoitajia kutsutaan mukaan kehittämiseen.')

kappale(d, '7 Tiivistelmä', tyyli='Heading 1')
kappale(d, 'Omaisen Olkapää -hanke (1.3.2023–28.2.2025) vahvisti omaishoitajien jaksamisen tukea Louhivaaran '
           'hyvinvointialueella. Hyvinvointialueen omaishoidon tuki ja Kalliojärven Omaishoitajat ry kehittivät '
           'yhdessä jaksamisen puheeksiottomallin, joka on käytössä kaikissa kuudessa kunnassa, sekä yhteisen '
           'palvelukartan. Yhdeksään valmennusryhmään osallistui 71 omaishoitajaa, ja ryhmistä syntyi kolme '
           'omaehtoisesti jatkavaa vertaisporukkaa. Sijaishoitajapankin kokeilu kahdessa kunnassa nosti vapaiden '
           'käyttöastetta 52 prosentista 67 prosenttiin. Valmennusryhmät jatkuvat yhdistyksen perustoimintana ja '
           'puheeksiottomalli on kirjattu omaishoidon tuen työohjeeseen. Tärkein oppi oli, että omaishoitajien '
           'osallistuminen kehittämiseen edellyttää sijaishoidon järjestämistä.')

kappale(d, '8 Laatimispäivä ja yhteystiedot', tyyli='Heading 1')
kappale(d, 'Raportti on laadittu 22.4.2025.')
kappale(d, 'Lisätietoja antavat projektipäällikkö Leena Honkavaara (leena.honkavaara@louhivaara.fi, p. 040 551 2390) '
           'ja Kalliojärven Omaishoitajat ry:n toiminnanjohtaja Päivi Karhunen (p. 050 318 4472).')
kappale(d, 'Liitteet: puheeksiottomallin kuvaus ja omaishoitajan palvelukartta (julkaistu myös Innokylässä).')

av.tallenna_osa()
out = os.path.join(os.path.dirname(__file__), '..', '08_loppuraportti_omaisen_olkapaa.docx')
d.save(out)
print('tallennettu', out)

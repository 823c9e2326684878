import sys; sys.path.insert(0, sys.path[0])
from ooxml import *
d = uusi()
d.add_heading('Arviointisuunnitelma – Kotona Kalliorannassa -kotoutumishanke', 0)
P(d, 'Laatija: Kalliorannan kaupunki, maahanmuuttajapalvelut. Luonnos 3, 20.1.2026.')
P(d, 'Hankeaika: 1.2.2026–31.1.2028')
H(d, 'Tausta, tavoitteet ja kohderyhmä')
P(d, 'Kalliorantaan on muuttanut viime vuosina noin 400 kansainvälistä suojelua saanutta henkilöä, joista moni '
     'on kotiäiti tai ikääntynyt eikä kuulu kotoutumiskoulutuksen piiriin. Hankkeen kohderyhmänä ovat nämä '
     'koulutuksen ulkopuolelle jääneet aikuiset sekä heidän kanssaan työskentelevät järjestöt.')
P(d, 'Hankkeella on kolme tavoitetta. Ensinnäkin haluamme, että koulutuksen ulkopuolella olevat aikuiset '
     'oppivat arjessa tarvittavaa suomea. Toiseksi tavoitteena on, että he tuntevat lähipalvelunsa '
     '(terveysasema, Kela, kirjasto) ja osaavat asioida niissä itse. Kolmanneksi pyrimme siihen, että '
     'kaupungin ja järjestöjen kotoutumistyö sovitetaan yhteen niin, ettei asiakas putoa palvelujen väliin.')
H(d, 'Mitä tehdään')
P(d, 'Naapurustojen kielikahvilat kokoontuvat kahdesti viikossa kolmessa asuinalueessa, ja niissä harjoitellaan '
     'kauppa-, lääkäri- ja koulukeskusteluja. Palveluopastuksissa kotoutumisohjaaja ja vertaisohjaaja käyvät '
     'ryhmän kanssa paikan päällä terveysasemalla, Kelan toimistossa ja kirjastossa. Yhteensovittamista varten '
     'perustetaan kaupungin ja kuuden järjestön yhteinen kotoutumisverkosto, joka kokoontuu kuukausittain ja '
     'laatii yhteisen palvelukartan.')
H(d, 'Arvioinnin menetelmät ja tiedonkeruu')
P(d, 'Puhutun kielen edistymistä arvioidaan kielikahviloissa lyhyellä kuvatehtävällä hankkeen alussa ja lopussa; '
     'lisäksi osallistujat täyttävät omalla kielellään kyselyn siitä, missä tilanteissa he uskaltavat puhua suomea. '
     'Itsenäistä asiointia seurataan palveluopastusten jälkeen tehtävillä puhelinhaastatteluilla (noin 40 '
     'osallistujaa) ja kysymällä terveysaseman ja Kelan neuvojilta, onko tulkin tai saattajan tarve vähentynyt. '
     'Verkoston toimivuutta mitataan kumppanikyselyllä ja laskemalla, kuinka moni asiakas ohjautui järjestöltä '
     'kaupungille tai päinvastoin.')
PT(d, [('t', 'Hanketiimi tekee itsearvioinnin puolivuosittain työpajassa, jossa käydään läpi kerätyt luvut ja '
              'osallistujien palaute. '),
       ('del', 'Lisäksi ulkoinen arvioija, Arviointitoimisto Selkeä Oy, tekee väliarvioinnin keväällä 2027 ja '
               'loppuarvioinnin hankkeen päättyessä. '),
       ('ins', 'Ulkopuolisen arvioinnin kustannukset on poistettu budjetista rahoittajan pyynnöstä. ')])
H(d, 'Milloin tietoa kerätään')
P(d, 'Alkukartoitukset tehdään maalis–huhtikuussa 2026, väliaineisto syyskuussa 2026 ja huhtikuussa 2027 ja '
     'loppuaineisto marras–joulukuussa 2027. Ohjautumistilastot kootaan kuukausittain koko hankkeen ajan.')
H(d, 'Arviointitiedon hyödyntäminen ja raportointi')
P(d, 'Arviointitiedon perusteella kielikahviloiden sisältöjä ja palveluopastusten kohteita muutetaan kesken '
     'hankkeen. Tulokset raportoidaan ohjausryhmälle puolivuosittain ja rahoittajalle väli- ja loppuraportissa.')
P(d, 'Juurruttaminen aloitetaan jo hankkeen alussa: maahanmuuttajapalvelujen päällikkö osallistuu verkoston '
     'kokouksiin ensimmäisestä kuukaudesta lähtien, jotta toimivat käytännöt voidaan siirtää kaupungin '
     'perustoimintaan. Hankkeen jälkeen kotoutumisverkoston koordinoinnista vastaa Kalliorannan kaupungin '
     'kotoutumiskoordinaattori. Kokemukset kuvataan Innokylään ja esitellään alueellisessa kotoutumisfoorumissa.')
d.save(sys.argv[1])

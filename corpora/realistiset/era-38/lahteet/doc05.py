from apu import *
import sys
d = uusi()
otsikko(d, 'JATKUVUUSSUUNNITELMA', 0)
kappale(d, 'Hanke: Yhteinen kunnossapito – Alajoen kylien vesiosuuskuntien verkostohanke (1.1.2025–31.12.2026)')
kappale(d, 'Laatija: hankekoordinaattori Tiina Rautio. Yhteyshenkilö osuuskunnissa: [Kirjoita tähän]')

otsikko(d, '1. Käyttöönotto ja pysyvyys')
kappale(d, 'Hankkeessa viisi kyläosuuskuntaa sopi yhteisestä kunnossapitomallista: verkostojen vuototarkastukset, '
  'varaosavarasto ja päivystysvuorot hoidetaan yhdessä. Malli on otettu käyttöön kaikissa viidessä osuuskunnassa '
  'syksyllä 2026, ja yhteistyösopimus on hyväksytty osuuskuntien kokouksissa.')
muutokset(d, [('n', 'Hankkeen jälkeen mallin ylläpidosta vastaa '), ('del', 'hankekoordinaattori'),
  ('ins', 'Alajoen Vesihuolto Oy:n toimitusjohtaja'),
  ('n', ', joka kutsuu osuuskuntien puheenjohtajat koolle ja pitää päivystyslistan ajan tasalla. '),
  ('del', 'Käyttöönottoa seurataan vuosittain osuuskuntien yhteisessä kevätkokouksessa, jossa käydään läpi vuotojen määrä ja päivystyskäynnit. ')])
kappale(d, 'Resurssit: osuuskunnat maksavat Alajoen Vesihuolto Oy:lle yhteensä 12 000 euroa vuodessa '
  'koordinoinnista, ja kukin osuuskunta nimeää päivystysvuoroon kaksi vapaaehtoista.')

otsikko(d, '2. Hyvien käytäntöjen levittäminen')
kappale(d, 'Kunnossapitomallin ohjeet ja sopimuspohja julkaistaan Vesiosuuskuntaliiton verkkosivuilla. '
  'Malli esitellään Vesihuoltopäivien seminaarissa toukokuussa 2027, ja liiton koulutuksiin lisätään '
  'tunnin osuus pienten osuuskuntien yhteistyöstä.')

otsikko(d, '3. Kehittämistyön jatko')
kappale(d, 'Seuraavaksi osuuskunnat haluavat yhteisen kaukoluettavien vesimittarien hankinnan. '
  'Alajoen Vesihuolto Oy valmistelee hankinnan vuoden 2027 aikana ja selvittää, liittyykö mukaan myös '
  'naapurikunnan kaksi osuuskuntaa.')
d.save(sys.argv[1])

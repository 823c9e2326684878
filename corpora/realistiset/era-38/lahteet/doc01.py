from apu import *
import sys
d = uusi()
kappale(d, 'HANKESUUNNITELMA', True)
sisalto_ohjain(d, 'Hankkeen nimi', 'hanke_nimi', 'AURA – Aurinkosähköä Järvi-Hämeen maatiloille', 'Hankkeen nimi: ')
sisalto_ohjain(d, 'Hakija', 'hakija', 'Järvi-Hämeen maaseutukeskus ry', 'Hakija: ')
sisalto_ohjain(d, 'Versio', 'versio', 'Luonnos 3, 28.9.2026', 'Versio: ')

otsikko(d, '1. Miksi hanke tarvitaan?')
kappale(d, 'Järvi-Hämeen noin 620 aktiivitilasta vain 38 tuotti omaa aurinkosähköä vuoden 2025 lopussa. '
  'Sähkön hintapiikit talvella 2022–2023 näkyivät kotieläintilojen tuloksessa, ja monella tilalla on '
  'laajat konehallien katot, jotka sopisivat paneeleille. Tilat kertovat maaseutukeskuksen neuvojille, '
  'että investointi jää tekemättä, koska kannattavuutta on vaikea arvioida ja luotettavia asentajia on '
  'seudulla vähän. Hankkeen valmistelukokouksessa 12.5.2026 mukana olleet kuusi tilaa ja kaksi '
  'sähköurakoitsijaa toivoivat puolueetonta laskelmaa ja yhteishankintaa.')

otsikko(d, '2. Kenelle hanke on?')
kappale(d, 'Hankkeen hyödynsaajia ovat Järvi-Hämeen maatilat, erityisesti maito- ja sikatilat, joiden '
  'sähkönkulutus on suuri, sekä alueen pienet sähkö- ja asennusyritykset.')

otsikko(d, '3. Tavoitteet')
kappale(d, 'Hankkeella on kolme tavoitetta:')
lista(d, [
  'Tilojen tieto aurinkosähkön kannattavuudesta paranee niin, että vähintään 40 tilaa saa oman laskelman.',
  'Vähintään 15 tilaa tekee investointipäätöksen aurinkovoimalasta hankkeen aikana.',
  'Alueen asennusyritysten osaaminen maatilojen aurinkovoimaloiden asentamisessa vahvistuu.'],
  'List Number')

otsikko(d, '4. Toteutus ja työpaketit')
kappale(d, 'Työpaketti A – Tilakohtaiset laskelmat', True)
kappale(d, 'Energianeuvoja käy tiloilla, mittaa kattopinnat ja kulutusprofiilin ja laatii jokaiselle '
  'tilalle kannattavuuslaskelman takaisinmaksuaikoineen. Tilailtoja pidetään neljässä kunnassa.')
kappale(d, 'Työpaketti B – Yhteishankinta', True)
kappale(d, 'Kiinnostuneet tilat kootaan hankintarenkaaksi. Hanke valmistelee tarjouspyynnön, vertailee '
  'tarjoukset tilojen kanssa ja auttaa investointitukihakemuksissa, jotta päätös voidaan tehdä nopeasti.')
kappale(d, 'Työpaketti C – Asentajien koulutus', True)
kappale(d, 'Paikallisille sähköurakoitsijoille järjestetään kolmen päivän koulutus maatalousrakennusten '
  'kattoasennuksista, paloturvallisuudesta ja eläinsuojien sähköturvallisuudesta.')

otsikko(d, '5. Aikataulu')
kappale(d, 'Hankeaika on 1.2.2027–31.1.2029.')
taulukko(d, [
  ['Ajankohta', 'Tehtävä'],
  ['Q1–Q2/2027', 'Neuvojan perehdytys, tilaillat, ensimmäiset tilakäynnit'],
  ['Q3/2027–Q2/2028', 'Laskelmat 40 tilalle, hankintarenkaan kilpailutus'],
  ['syksy 2027', 'Asentajakoulutus'],
  ['2028', 'Investointipäätökset ja asennukset'],
  ['tammikuu 2029', 'Loppuseminaari'],
])

otsikko(d, '6. Talous')
muutokset(d, [('n', 'Hankkeen kokonaiskustannukset ovat '), ('del', '198 000'), ('ins', '214 500'),
  ('n', ' euroa, josta 80 % haetaan maaseuturahoituksesta ja loput katetaan maaseutukeskuksen ja kuntien rahoituksella. '
   'Kustannukset jakautuvat vuosittain seuraavasti.')])
taulukko(d, [
  ['Kustannuslaji', '2027', '', '2028', '', '2029'],
  ['', 'H1', 'H2', 'H1', 'H2', 'tammi'],
  ['Henkilöstö', '32 000', '34 000', '34 000', '34 000', '6 000'],
  ['Koulutus ja tilaisuudet', '6 000', '14 000', '4 000', '4 000', '3 500'],
  ['Matkat', '4 000', '6 000', '6 000', '4 000', '500'],
  ['Viestintä', '3 000', '2 000', '2 000', '2 000', '2 000'],
  ['Yhteensä', '45 000', '56 000', '46 000', '44 000', '12 000'],
], yhdista=[(0, 1, 0, 2), (0, 3, 0, 4)])
kappale(d, 'Yhteensä 203 000 euroa suoria kuluja ja 11 500 euroa flat rate -yleiskuluja.')

otsikko(d, '7. Miten tiedämme onnistuneemme?')
kappale(d, 'Seuraamme tavoitteita näillä mittareilla:')
lista(d, [
  'kannattavuuslaskelman saaneiden tilojen määrä (tavoite 40) ja tilojen arvio laskelman hyödyllisyydestä palautekyselyssä',
  'investointipäätöksen tehneiden tilojen määrä ja asennetun tehon yhteismäärä kilowatteina',
  'koulutukseen osallistuneiden asentajien määrä, koulutuksen alku- ja loppukyselyn osaamisarvio sekä asentajien tekemät maatila-asennukset'])
kappale(d, 'Ohjausryhmä käy mittarit läpi puolen vuoden välein.')

otsikko(d, '8. Tulokset ja vaikutukset')
kappale(d, 'Hankkeen jälkeen alueella on 15–20 uutta maatilan aurinkovoimalaa, tilojen sähkökulut '
  'laskevat ja uusiutuvan energian osuus kasvaa. Seudulle syntyy asentajaverkosto, joka osaa '
  'maatilakohteet.')

otsikko(d, '9. Tulosten juurruttaminen ja jatkuvuus')
kappale(d, 'Juurruttaminen alkoi jo hakuvaiheessa: maaseutukeskuksen hallitus on sitoutunut siihen, että '
  'kannattavuuslaskelmasta tehdään pysyvä neuvontatuote. Hankkeen alusta asti kerromme tiloille ja '
  'kunnille kokemuksista tilailloissa ja uutiskirjeessä. Laskelmapohja muokataan erikseen maito-, '
  'sika- ja kasvitiloille, koska niiden kulutus vaihtelee eri vuorokaudenaikoina. Vuonna 2028 kutsumme '
  'naapurimaakuntien maaseutukeskusten energianeuvojat kokeilemaan laskelmaa omilla asiakastiloillaan. '
  'Hankkeen lopussa laskelma lisätään maaseutukeskuksen palveluhinnastoon.')
kappale(d, 'Järvi-Hämeen maaseutukeskuksen toiminnanjohtaja vastaa siitä, että neuvontapalvelu jatkuu hankkeen jälkeen '
  'osana keskuksen energianeuvontaa. Juurruttamiseen varataan 20 % hankekoordinaattorin työajasta ja '
  '8 000 euroa.')

otsikko(d, '10. Organisointi ja ohjausryhmä')
kappale(d, 'Hankkeen hallinnoija on Järvi-Hämeen maaseutukeskus ry. Hankkeessa työskentelevät '
  'hankekoordinaattori (100 %) ja energianeuvoja (60 %). Ohjausryhmään kuuluvat tuottajajärjestön, '
  'kahden kunnan, sähköurakoitsijoiden ja rahoittajan edustajat.')

otsikko(d, '11. Riskit')
kappale(d, 'Jos paneelien hinnat nousevat, investointipäätöksiä voi syntyä vähemmän. Varaudumme '
  'tarjouspyynnön joustavilla toimitusajoilla. Neuvojan sairastuminen on riski, johon varaudumme '
  'toisen neuvojan perehdytyksellä.')

otsikko(d, '12. Viestintä')
kappale(d, 'Kanavat: maaseutukeskuksen verkkosivut, uutiskirje, tilaillat, alan lehdet ja loppuseminaari. '
  'Valmis laskelmapohja kuvataan Innokylässä.')
d.save(sys.argv[1])

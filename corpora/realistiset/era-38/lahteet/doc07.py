from apu import *
import sys
d = uusi()
otsikko(d, 'Pyörällä kouluun – arviointisuunnitelma', 0)
kappale(d, 'Koskelan kaupunki, liikennesuunnittelu. Hankeaika 1.8.2027–31.7.2029. Versio 15.6.2027.')
otsikko(d, 'Tausta, tavoitteet ja kohderyhmä')
kappale(d, 'Hankkeessa parannetaan koulureittejä ja kannustetaan 4.–9.-luokkalaisia pyöräilemään kouluun '
  'kolmessa koulussa. Kohderyhmänä ovat oppilaat ja heidän huoltajansa sekä koulujen henkilöstö.')
taulukko(d, [
  ['Tavoite', 'Toimenpiteet', 'Arviointimenetelmä ja mittari'],
  ['Kouluun pyöräilevien oppilaiden osuus kasvaa.', 'Pyöräkoulut, pyöräpysäköinnin parantaminen', 'Pyöräparkkilaskennat ja oppilaskysely kulkutavoista'],
  ['Huoltajat kokevat koulureitit turvallisiksi.', 'Risteysten korjaukset, reittikartat kotiin', 'Huoltajakysely ja kävelykierrokset huoltajien kanssa'],
])
otsikko(d, 'Arvioinnin menetelmät ja tiedonkeruu')
kappale(d, 'Arviointi tehdään hankkeen omana itsearviointina. Hankeryhmä pitää itsearviointityöpajan '
  'lukukausittain ja vertaa mittareita lähtötasoon. Oppilaskysely tehdään syyskuussa 2027 ja toukokuussa 2029, '
  'huoltajakysely lokakuussa 2027 ja huhtikuussa 2029. Pyöräparkit lasketaan kuukausittain syys- ja toukokuussa. '
  'Oppilaskunnat kommentoivat tuloksia työpajoissa, joten oppilaiden oma ääni kuuluu arvioinnissa.')
otsikko(d, 'Arviointitiedon käyttö')
kappale(d, 'Jo hakuvaiheessa sovittiin, että arviointitieto viedään suoraan kaupungin '
  'liikenneturvallisuussuunnitelman päivitykseen. Tulokset raportoidaan lautakunnalle vuosittain, ja '
  'koulujen rehtorit käyttävät niitä lukuvuosisuunnitelmissa. Toimiva pyöräkoulumalli siirretään '
  'hankkeen jälkeen liikuntapalveluiden pysyväksi toiminnaksi.')
d.save(sys.argv[1])

import sys; sys.path.insert(0, '/tmp/batches/era-44/lahteet')
from apu import *
d = uusi()
yla_ala(d, 'Vaaralan kaupunki | Ikäihmisten palvelut', 'Exit-suunnitelma v1.0 – 4.11.2026')
d.add_heading('Exit-suunnitelma: Digiolohuone päivätoimintaan', 0)
sdt(d, 'Hanke: Digiolohuone – ikäihmisten digituki päivätoiminnassa', 'Hankkeen nimi')
sdt(d, 'Hankeaika: 1.1.2025–31.12.2026', 'Hankeaika')
tekstilaatikko(d, ['Tiivistettynä:', 'Digiolohuoneen tablettiryhmät ja digitukivuorot jatkuvat päivätoiminnan perustyönä 1.1.2027 alkaen.', 'Vastuu: päivätoiminnan palveluesimies Riikka Salmi.'])
H(d, '1 Juurruttaminen ja käyttöönotto')
P(d, 'Hankkeessa kehitetyt tablettiryhmät (kaksi kertaa viikossa kolmessa päivätoimintakeskuksessa) ja viikoittaiset digitukivuorot siirtyvät päivätoiminnan vakituiseen viikko-ohjelmaan. Päivätoiminnan ohjaajat ovat vetäneet ryhmiä hankkeen toisesta vuodesta lähtien itse, joten siirto ei vaadi uutta henkilöstöä.')
P(d, 'Päivätoiminnan talousarvioon on varattu vuodelle 2027 yhteensä 6 500 euroa laitteiden ylläpitoon ja liittymiin, ja jokaisen keskuksen ohjaajalle on merkitty työvuorosuunnitelmaan kaksi tuntia viikossa digitukea.')
t = taulukko(d, [
 ['Tehtävä', 'Vastuutaho', 'Aikataulu'],
 ['Ryhmien ja tukivuorojen jatkuminen', 'Vaaralan kaupungin päivätoiminnan palveluesimies Riikka Salmi', '1.1.2027 alkaen'],
 ['Laitteiden ylläpito ja päivitykset', 'Kaupungin ICT-palvelut', '1.1.2027 alkaen'],
 ['Uusien ohjaajien perehdytys', 'Kaupungin ICT-palvelut', 'Tarvittaessa'],
])
a = t.cell(2, 1).merge(t.cell(3, 1)); a.text = 'Vaaralan kaupungin ICT-palvelut ja päivätoiminnan vastaava ohjaaja'
P(d, '')
H(d, '2 Hyvien käytäntöjen levittäminen')
P(d, 'Toimintamalli, ohjaajan käsikirja ja ryhmien harjoitukset on kuvattu Innokylään. Kokemuksia esitellään alueellisessa vanhustyön seminaarissa helmikuussa 2027 ja kaupungin verkkosivuilla. Kotihoidon ja palvelutalojen ohjaajille järjestetään keväällä 2027 kaksi koulutusta, jotta digituki voidaan aloittaa myös niissä.')
H(d, '3 Seuranta hankkeen jälkeen')
P(d, 'Ikäihmisten palvelujen johtoryhmä seuraa puolivuosittain vuosina 2027–2028 ryhmien osallistujamääriä, digitukivuorojen käyntikertoja ja asiakkaiden palautetta. Palveluesimies kokoaa tiedot johtoryhmälle kesä- ja joulukuussa.')
H(d, '4 Kehittämistyön jatko')
P(d, 'Jatkokehittämisen kohteena on etäyhteyksien käyttö: vuonna 2027 kokeillaan videoyhteydellä pidettäviä tuokioita kotona asuville päivätoiminnan asiakkaille. Kokeilusta vastaa päivätoiminnan palveluesimies yhdessä kotihoidon kanssa, ja sen tulokset käsitellään johtoryhmässä joulukuussa 2027.')
d.save('/tmp/batches/era-44/07_exit-suunnitelma_digiolohuone.docx')

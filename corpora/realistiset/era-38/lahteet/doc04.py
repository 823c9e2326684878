from apu import *
import sys
d = uusi()
otsikko(d, 'Elämyksiä Latvalan tiloilta – hankesuunnitelma', 0)
kappale(d, 'Maatilamatkailun yhteismarkkinointi- ja tuotteistushanke. Hakija: Latvalan seudun matkailuyhdistys ry. Päivitetty 3.11.2026.')

otsikko(d, 'Lähtötilanne')
kappale(d, 'Latvalan seudulla toimii 14 maatilamatkailuyritystä, joista useimmat ovat yhden tai kahden hengen '
  'sivuelinkeinoja. Yöpymisiä kertyi vuonna 2025 noin 9 800, mutta käyttöaste jää syys- ja talvikuukausina '
  'alle 20 prosentin. Yritykset markkinoivat kukin omilla sivuillaan, eikä seudulla ole yhteistä '
  'varauskanavaa tai pakettituotteita, joita matkanjärjestäjät voisivat myydä.')

otsikko(d, 'Hankkeen kohderyhmä')
kappale(d, 'Kohderyhmänä ovat seudun maatilamatkailu- ja elämysyrittäjät (14 yritystä) sekä yhteistyöhön '
  'halukkaat lähiruokatuottajat. Välillisesti hyötyvät kotimaiset ja saksalaiset matkailijat.')

otsikko(d, 'Tavoitteet')
lista(d, [
  'Yritysten yöpymiset kasvavat sesongin ulkopuolella.',
  'Seudulle syntyy yhteinen verkkovarauskanava, jonka kautta myydään tilojen majoitusta ja elämyksiä.',
  'Yrittäjien keskinäinen yhteistyö ja luottamus tiivistyvät.'], 'List Number')

otsikko(d, 'Toimenpiteet')
kappale(d, 'Talvi- ja syyskauden tuotteet. Jokainen mukana oleva yritys kehittää asiantuntijan tuella '
  'vähintään yhden syys- tai talvikauden elämystuotteen (esim. sadonkorjuuviikonloppu, kelkkaretki, '
  'saunailta). Tuotteet testataan kahdella testiryhmällä.')
kappale(d, 'Yhteinen varauskanava. Kilpailutamme valmiin varausjärjestelmän syksyllä 2027, siirrämme yritysten kohteet '
  'siihen ja koulutamme yrittäjät käyttäjiksi.')
kappale(d, 'Yrittäjien yhteistyö. Järjestämme kuusi yrittäjätapaamista kiertävästi eri tiloilla ja '
  'opintomatkan Itävallan maatilamatkailukohteisiin. Tapaamisissa sovitaan yhteisistä '
  'laatukriteereistä ja tehtävänjaosta.')

otsikko(d, 'Aikataulu')
kappale(d, 'Hanke toteutetaan 1.4.2027–31.3.2029.')
taulukko(d, [
  ['Vaihe', '2027', '2028', '2029'],
  ['Tuotekehitys ja testiryhmät', 'touko–joulukuu', 'tammi–maaliskuu', ''],
  ['Varauskanavan kilpailutus ja avaaminen', 'loka–joulukuu', '', ''],
  ['Yrittäjätapaamiset', '2 kpl', '3 kpl', '1 kpl'],
  ['Opintomatka', '', 'lokakuu', ''],
])

otsikko(d, 'Kustannusarvio')
kappale(d, 'Kokonaisbudjetti on 146 000 euroa: henkilöstö 88 000 €, ostopalvelut (tuotekehitysasiantuntija, '
  'varausjärjestelmä) 38 000 €, matkat 12 000 € ja viestintä 8 000 €. Yritykset maksavat omarahoitusosuutena 10 %.')

otsikko(d, 'Mittarit')
kappale(d, 'Yöpymisten kasvua seuraamme yritysten yöpymistilastoilla syys–huhtikuun ajalta verrattuna '
  'vuoteen 2025 (tavoite +25 %). Varauskanavan toimivuutta mittaamme kanavan kautta tehtyjen '
  'varausten määrällä ja sillä, kuinka moni yritys on kanavassa mukana (tavoite 12).')

otsikko(d, 'Odotetut tulokset')
kappale(d, 'Hankkeen päättyessä seudulla on vähintään 12 uutta sesongin ulkopuolista elämystuotetta '
  'ja toimiva yhteinen myyntikanava. Yritysten liikevaihto kasvaa ja työ jakautuu tasaisemmin ympäri vuoden.')

otsikko(d, 'Tulosten levittäminen ja jatkuvuus')
kappale(d, 'Hankkeen viimeisellä puolivuotiskaudella, syksystä 2028 alkaen, tulokset ja tuotekortit kootaan '
  'ja niistä viestitään yhdistyksen verkkosivuilla sekä maakunnan matkailuseminaarissa. Tuotekortit '
  'muokataan silloin erikseen kotimaisille perheille ja saksankielisille ryhmille. Talvella 2029 '
  'naapuriseutujen matkailuyhdistykset kutsutaan kokeilemaan varauskanavaa omien yritystensä kanssa.')
kappale(d, 'Varauskanavan ylläpito siirretään hankkeen päättyessä matkailuyhdistyksen pysyväksi '
  'tehtäväksi. Latvalan seudun matkailuyhdistyksen toiminnanjohtaja vastaa kanavan ylläpidosta ja '
  'jäsenyritysten yhteismarkkinoinnin jatkumisesta. Tähän varataan 0,3 henkilötyövuotta ja jäsenmaksuista '
  '5 000 euroa vuodessa.')

otsikko(d, 'Hallinnointi ja riskit')
kappale(d, 'Hallinnoijana toimii Latvalan seudun matkailuyhdistys ry; hankkeessa on projektipäällikkö (100 %). '
  'Ohjausryhmässä ovat kunnan elinkeinojohtaja, kaksi yrittäjää ja alueen kehittämisyhtiön edustaja. '
  'Riskinä on, että pienimmät yritykset eivät ehdi osallistua; siksi tapaamiset pidetään iltaisin ja '
  'tuotekehitystä voi tehdä myös etänä.')

otsikko(d, 'Viestintä')
kappale(d, 'Hankkeesta tiedotetaan yhdistyksen verkkosivuilla, sosiaalisessa mediassa ja paikallislehdessä.')
d.save(sys.argv[1])

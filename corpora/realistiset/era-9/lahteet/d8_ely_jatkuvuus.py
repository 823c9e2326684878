# 8: ELY-keskuksen vesistökunnostusavustuksella toteutetun hankkeen jatkuvuussuunnitelma (.docx).
# Epätavalliset otsikot; yhdistetty solu ja solun sisäinen taulukko; jatkon omistajat ovat VAIN sisäkkäisessä taulukossa.
# Ei huomautettavaa.
import os
from yhteiset import *
NAME = '08_ely_kalliojoki_jatkuvuussuunnitelma'
d = new_doc()
d.add_heading('Jatkuvuussuunnitelma', 0)
para(d, 'Kalliojoen valuma-alueen kunnostusverkosto 2024–2026 | Pohjois-Savon ELY-keskus, vesistöjen kunnostusavustus | Hankeaika 1.4.2024–31.10.2026 | Versio 2 (10.6.2026)')
para(d, 'Hankkeessa Kallioniemen kunta, Kalliojoen vesiensuojeluyhdistys ry, kaksi osakaskuntaa ja alueen maanviljelijät kunnostivat Kalliojoen latvaosan kosteikkoja ja koskia sekä kokosivat vapaaehtoisten vedenlaadun seurantaverkoston. Kunnostuskohteita valmistui yhdeksän, ja seurantaverkostossa on 23 vapaaehtoista tarkkailijaa.')
d.add_heading('Mikä jää elämään?', 1)
for t in [
 'Pysyviksi jäävät rakennetut kosteikot ja kunnostetut kosket, vapaaehtoisten vesinäytteenoton seurantaverkosto sekä kunnostuskohteiden hoito-ohjelma. Niiden käytöstä ja ylläpidosta sovittiin periaatteessa jo hankkeen alussa keväällä 2024, kun kunta ja yhdistys allekirjoittivat yhteistyösopimuksen, jossa kunta sitoutui kohteiden ylläpitoon hankkeen jälkeen.',
 'Vedenlaadun seuranta siirtyy osaksi kunnan ympäristöterveydenhuollon vuosittaista seurantaohjelmaa vuodesta 2027. Hoito-ohjelma liitetään kunnan vesihuollon ja hulevesien kehittämissuunnitelmaan, joka päivitetään syksyllä 2026.',
]: para(d, t)
t = d.add_table(rows=4, cols=2); t.style = 'Table Grid'
top = t.cell(0, 0).merge(t.cell(0, 1)); top.text = 'Vastuut ja resurssit hankkeen päättyessä 31.10.2026'
t.cell(1, 0).text = 'Kunnostuskohteiden hoito ja vedenlaadun seuranta'
inner_cell = t.cell(1, 1); inner_cell.text = 'Vastuutahot:'
it = inner_cell.add_table(rows=3, cols=2); it.style = 'Table Grid'
for i, (a, b) in enumerate([('Tehtävä', 'Vastuussa'),
                            ('Kohteiden vuosihuolto, seurantaohjelma', 'Kallioniemen kunnan ympäristöpalvelut, ympäristöpäällikkö Satu Rinne'),
                            ('Vapaaehtoisverkoston koordinointi', 'Kalliojoen vesiensuojeluyhdistys ry, puheenjohtaja Mikko Heiskanen')]):
    it.cell(i, 0).text = a; it.cell(i, 1).text = b
t.cell(2, 0).text = 'Resurssit'
t.cell(2, 1).text = 'Kunta varaa vuosille 2027–2029 ympäristöpalveluiden talousarvioon 0,3 henkilötyövuotta ja 8 000 euroa vuodessa kohteiden hoitoon ja näytteiden analysointiin. Hankkeen viimeisen puolen vuoden aikana hankekoordinaattori perehdyttää ympäristötarkastajan tehtäviin.'
t.cell(3, 0).text = 'Kalusto'
t.cell(3, 1).text = 'Näytteenottovälineet ja kenttämittarit siirtyvät yhdistykselle.'
d.add_heading('Kenelle kerromme ja miten?', 1)
for t_ in [
 'Hankkeen tuloksia ja kokemuksia jaetaan muille vesistökunnostajille: kunnostuskohteiden kuvaukset ja ennen–jälkeen-mittaukset julkaistaan Vesistökunnostusverkoston sivuilla ja kunnan verkkosivuilla, ja hoito-ohjelman malli on vapaasti muiden kuntien käytettävissä.',
 'Syyskuussa 2026 järjestetään maastoseminaari kunnostuskohteilla naapurikuntien ympäristöviranomaisille, maanviljelijöille ja osakaskunnille. Lisäksi hanke esittäytyy Pohjois-Savon vesistöpäivillä lokakuussa 2026 ja kirjoittaa artikkelin Vesitalous-lehteen.',
]: para(d, t_)
d.add_heading('Mitä seuraavaksi?', 1)
for t_ in [
 'Jatkokehittämisen kohteena on valuma-alueen alajuoksu, jossa kiintoainekuormitus on suurin. Yhdistys valmistelee alajuoksun kunnostuksista jatkohakemuksen ELY-keskukselle vuoden 2027 hakuun, ja kunta osallistuu omarahoitusosuuteen.',
 'Seuranta hankkeen jälkeen: ympäristöpalvelut kokoaa vapaaehtoisverkoston ja omien näytteiden tulokset vuosittain raportiksi, joka käsitellään ympäristölautakunnassa ja lähetetään ELY-keskukselle vuosina 2027–2029. Raportissa seurataan myös, kuinka moni tarkkailija on yhä mukana ja onko hoito-ohjelma toteutunut.',
]: para(d, t_)
para(d, 'Suunnitelman laati hankekoordinaattori Laura Pitkänen yhdessä ohjausryhmän kanssa.')
d.save(os.path.join(OUT, NAME + '.docx'))
expected(NAME, 'exit-suunnitelma', [])

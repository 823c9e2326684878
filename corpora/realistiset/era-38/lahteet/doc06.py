from apu import *
import sys
d = uusi()
kappale(d, 'Hankehakemus – Maaseudun yritys- ja yhteisöhankkeet', True)
kappale(d, 'Tulostettu asiointipalvelusta 21.10.2026. Tähdellä (*) merkityt kentät ovat pakollisia.')
def kentta(nimi, *vast):
    kappale(d, nimi, True)
    for i, v in enumerate(vast):
        kappale(d, ('Vastaus: ' if i == 0 else '') + v)
kentta('Hankkeen nimi *', 'Kylälämpö – hakelämpölaitos Rantasalon kyläkouluun ja palvelutaloon')
kentta('Hakija *', 'Rantasalon Lämpö osuuskunta (perustettu 2026)')
kappale(d, 'Hankkeen tausta ja tarve * (max 2000 merkkiä)', True)
tekstiruutu(d, 'Vastaus: Rantasalon kyläkoulu, palvelutalo ja kahdeksan rivitaloa lämpenevät nyt öljyllä. '
  'Öljyn kulutus oli vuonna 2025 noin 86 000 litraa. Kylän ympärillä on yksityismetsää, josta harvennuspuuta '
  'jää korjaamatta, ja kolme metsänomistajaa on valmis toimittamaan haketta. Paikallinen lämpölaitos korvaisi '
  'öljyn ja toisi metsätuloja kylään.',
  ['Hanke lyhyesti', 'Kesto: 1.5.2027–30.4.2029', 'Budjetti: 172 000 €', 'Kumppanit: Rantasalon kunta, kolme metsätilaa'])
kentta('Hankkeen kohderyhmät *', 'Rantasalon kylän metsänomistajat ja lämmön käyttäjät: kunnan koulu ja palvelutalo sekä rivitaloyhtiöt.')
kappale(d, 'Tavoitteet ja niiden seuranta * (max 3000 merkkiä)', True)
kappale(d, 'Vastaus: Tavoitteet, toimenpiteet ja mittarit on koottu alla olevaan taulukkoon.')
t = taulukko(d, [
  ['Tavoite', 'Toimenpiteet', 'Mittari'],
  ['Öljylämmitys korvataan kotimaisella hakkeella kylän julkisissa rakennuksissa.', '', 'Öljyn kulutus litroina ennen ja jälkeen (tavoite −90 %)'],
  ['Kylän metsänomistajat saavat pysyvän hakkeen toimitussopimuksen.', 'Toimitussopimusmallin laatiminen metsänhoitoyhdistyksen kanssa; hankintailtoja metsänomistajille', 'Solmittujen toimitussopimusten määrä (tavoite 3) ja toimitettu hake MWh:na'],
  ['Osuuskunta osaa käyttää ja huoltaa laitosta itse.', 'Laitoshoitajien koulutus, käyttö- ja huolto-ohje', 'Koulutetut hoitajat (tavoite 4) ja käyttökatkojen määrä'],
])
# sisäkkäinen taulukko ensimmäisen tavoitteen toimenpidesoluun
solu = t.cell(1, 1)
solu.paragraphs[0].text = 'Työpaketit:'
s = solu.add_table(rows=3, cols=2)
for i, (a, b) in enumerate([('TP1', 'Laitoksen ja lämpöverkon suunnittelu ja kilpailutus'),
                            ('TP2', 'Rakentaminen ja kytkentä kouluun ja palvelutaloon'),
                            ('TP3', 'Koekäyttö ja säätö ensimmäisenä lämmityskautena')]):
    s.cell(i, 0).text = a; s.cell(i, 1).text = b
kentta('Toteutustapa *', 'Työ tehdään kolmessa työpaketissa (ks. taulukko). Osuuskunta ostaa suunnittelun ja '
  'rakentamisen urakkana, ja hanketyöntekijä koordinoi hankintoja ja sopimuksia.')
kentta('Hankkeen toteutusaika *', '1.5.2027–30.4.2029')
kappale(d, 'Aikataulu ja kustannukset vuosittain *', True)
taulukko(d, [
  ['', '2027', '2028', '2029', 'Yhteensä'],
  ['Suunnittelu ja kilpailutus (TP1)', '38 000', '', '', '38 000'],
  ['Rakentaminen (TP2)', '', '96 000', '', '96 000'],
  ['Koekäyttö ja koulutus (TP3)', '', '14 000', '6 000', '20 000'],
  ['Hanketyö ja viestintä', '8 000', '7 000', '3 000', '18 000'],
  ['Yhteensä', '46 000', '117 000', '9 000', '172 000'],
  ['Rahoitus: maaseuturahoitus 60 %, osuuskunta ja kunta 40 %', '', '', '', ''],
], yhdista=[(6, 0, 6, 4)])
kentta('Odotetut tulokset ja vaikutukset *', 'Kylän julkiset rakennukset lämpiävät hakkeella, hiilidioksidipäästöt '
  'vähenevät noin 230 tonnia vuodessa ja hakkeen myyntitulot jäävät kylään.')
kappale(d, 'Tulosten juurruttaminen ja jatkuvuus * (max 2000 merkkiä)', True)
kappale(d, 'Vastaus: Jatkuvuutta on rakennettu jo hakuvaiheessa: osuuskunta on perustettu ennen hanketta, ja kunta '
  'on sitoutunut 15 vuoden lämmönostosopimukseen. Koko hankkeen ajan kerromme kyläläisille ja kunnille etenemisestä '
  'kyläillassa ja osuuskunnan verkkosivuilla. Käyttö- ja huolto-ohje tehdään kahtena versiona, '
  'laitoshoitajille ja kiinteistöjen isännöitsijöille. Vuonna 2028 kutsumme kahden naapurikylän kyläyhdistykset '
  'tutustumaan laitokseen ja kokeilemaan laskentamallia omissa kohteissaan. Lopuksi laitoksen hoito siirtyy '
  'osuuskunnan vuosisuunnitelmaan ja talousarvioon.')
kappale(d, 'Hankkeen päätyttyä Rantasalon Lämpö osuuskunnan hallituksen puheenjohtaja vastaa laitoksen käytöstä ja '
  'sopimusten jatkumisesta. Juurruttamiseen on varattu 10 % hanketyöntekijän työajasta ja 3 000 euroa kyläiltoihin.')
kentta('Hankkeen organisointi', 'Hallinnoija Rantasalon Lämpö osuuskunta. Hanketyöntekijä 50 %. Ohjausryhmässä '
  'kunnan tekninen johtaja, metsänhoitoyhdistyksen edustaja ja kaksi osakasta.')
kentta('Riskit', 'Rakennuskustannusten nousu: varaudumme urakan kiinteällä hinnalla. Hakkeen saatavuus: '
  'varasopimus metsänhoitoyhdistyksen kanssa.')
kentta('Viestintä', 'Kyläillat, osuuskunnan verkkosivut, paikallislehti ja laitoksen avoimet ovet -päivä syksyllä 2028.')
d.save(sys.argv[1])

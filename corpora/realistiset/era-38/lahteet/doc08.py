from apu import *
import sys
d = uusi()
otsikko(d, 'LOPPURAPORTTI – Latausverkko kyläkeskuksiin', 0)
otsikko(d, '1. Taustatiedot')
kappale(d, 'Toteuttaja: Pohjois-Savilahden kehittämisyhtiö Oy. Hankkeen nimi: Latausverkko kyläkeskuksiin. '
  'Rahoituspäätöksen diaarinumero: Dnro 318/2026/ELY-PS.')
otsikko(d, '2. Hankkeen teema ja tavoitteet')
kappale(d, 'Hanke liittyi liikenteen sähköistämiseen maaseudulla. Tavoitteena oli rakentaa julkinen '
  'latauspiste kuuteen kyläkeskukseen ja saada kyläkaupat mukaan latauspalvelun ylläpitoon.')
otsikko(d, '3. Hankkeen toteutus')
kappale(d, 'Hanke kesti 1.9.2026–30.4.2028. Kilpailutimme laitteet syksyllä 2026 ja asensimme pisteet '
  'kesällä 2027. Kyläkaupat tekivät ylläpitosopimuksen latausoperaattorin kanssa. Kustannusarvio (240 000 €) '
  'alittui 6 %, koska kaksi pistettä voitiin liittää olemassa oleviin liittymiin.')
otsikko(d, '4. Tulokset ja vaikuttavuus')
kappale(d, 'Kaikki kuusi latauspistettä ovat käytössä. Vuonna 2027 latauksia kertyi 3 900, ja kyläkauppojen '
  'myynti latausaikoina kasvoi. Tuloksia arvioitiin käyttäjäkyselyllä ja latausoperaattorin tilastoilla.')
otsikko(d, '5. Kehitysajatukset')
kappale(d, 'Jatkossa kehittämisyhtiö selvittää raskaan liikenteen latausta kahdessa kylässä ja seuraa '
  'käyttöasteita vuosittain.')
otsikko(d, '6. Suositukset muille')
kappale(d, 'Sopikaa ylläpidosta paikallisen yrityksen kanssa jo ennen asennuksia ja hyödyntäkää olemassa '
  'olevia sähköliittymiä.')
otsikko(d, '7. Tiivistelmä')
kappale(d, 'Hanke rakensi kuusi julkista latauspistettä kyläkeskuksiin ja teki kyläkaupoista niiden '
  'ylläpitäjiä. Pisteet ovat vakiintuneet osaksi kylien palveluja, ja malli sopii muillekin maaseutualueille.')
otsikko(d, '8. Laatimispäivämäärä ja yhteystiedot')
kappale(d, 'Raportti laadittu 12.6.2028. Yhteyshenkilö: projektipäällikkö Oona Karvinen, '
  'oona.karvinen@savilahdenkehitys.example, puh. 040 123 4567.')
d.save(sys.argv[1])

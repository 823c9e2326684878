"""04: Exit-suunnitelma (hyvinvointialue, ESR+); vastuu siirtyy nimetylle yksikön päällikölle arkikielellä.
Tehdään .docx ja muunnetaan .odt:ksi. Ei havaintoja."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from apu import *

d = uusi(oletusfontti='Liberation Sans', koko=11)
yla_ja_alatunniste(d, 'Louhivaaran hyvinvointialue – TYÖKYKYVERSO-hanke – luonnos 16.3.2026',
                   'Exit-suunnitelma | käsittelyyn ohjausryhmään 7.4.2026')

kappale(d, 'TYÖKYKYVERSO – exit-suunnitelma', tyyli='Title')
kappale(d, 'Jatkuvuussuunnitelma hankkeen päättymisvaiheeseen. Hanke: TYÖKYKYVERSO – monialaiset työkykytiimit '
           '(ESR+, toteutusaika 1.9.2023–31.8.2026), jonka toteuttaa Louhivaaran hyvinvointialue yhdessä alueen kuntien '
           'työllisyyspalveluiden kanssa. Suunnitelma on tehty hanketiimin ja aikuissosiaalityön '
           'esihenkilöiden yhteisessä työpajassa 10.3.2026.', kursiivi=True)

kappale(d, 'Mitä hankkeesta jää käyttöön?', lihava=True)
kappale(d, 'Hankkeen aikana Pohjoisen ja Itäisen palvelualueen aikuissosiaalityöhön on muodostettu neljä monialaista '
           'työkykytiimiä. Tiimissä työskentelevät sosiaalityöntekijä, fysioterapeutti ja kunnan työllisyyspalveluiden '
           'asiantuntija, ja ne selvittävät yhdessä asiakkaan työ- ja toimintakyvyn yhdellä tai kahdella tapaamisella. '
           'Lisäksi käyttöön jäävät:')
for r in ['työkyvyn selvittämisen tarkistuslista, jota tiimit käyttävät jokaisen asiakkaan kanssa',
          'kriteerit sille, milloin asiakas ohjataan tiimiin ja milloin suoraan muihin palveluihin',
          'sopimusmalli hyvinvointialueen ja kuntien työllisyyspalveluiden yhteisistä asiakastapaamisista']:
    kappale(d, r, tyyli='List Bullet')

kappale(d, 'Miten tiimit jäävät pysyväksi osaksi tavallista työtä?', lihava=True)
kappale(d, 'Kun hanke päättyy elokuun lopussa 2026, työkykytiimien arjesta huolehtii aikuissosiaalityön ja '
           'työkykypalvelujen yksikön päällikkö Marjut Kallioniemi. Hän on luvannut, että tiimit jatkavat hänen '
           'yksikössään samalla kokoonpanolla, ja hän pitää huolen siitä, että uudet työntekijät perehdytetään '
           'tarkistuslistan käyttöön. Kuntien työllisyyspalveluiden puolelta yhteistyöstä sopii Marjutin kanssa '
           'kunkin kunnan työllisyyspäällikkö.')
kappale(d, 'Tiimityöhön tarvittava työaika on laskettu yksikön vuoden 2027 talousarvioesitykseen: kaksi '
           'sosiaalityöntekijää ja fysioterapeutti käyttävät tiimityöhön yhteensä noin 1,2 henkilötyövuotta. '
           'Syksyn 2026 osalta kustannukset katetaan yksikön nykyisestä budjetista. Hankkeen viimeisille kuukausille '
           '(kesä–elokuu 2026) on varattu projektipäällikön työaikaa perehdytykseen ja siihen, että tiimien '
           'vetovastuu siirtyy hallitusti yksikön esihenkilöille.')

kappale(d, 'Miten tiedämme, että malli on jäänyt elämään?', lihava=True)
kappale(d, 'Marjut Kallioniemi käy tiimien kanssa läpi puolen vuoden välein, montako asiakasta tiimeissä on käynyt, '
           'kuinka kauan tiimiin pääsyä on pitänyt odottaa ja onko tarkistuslista edelleen käytössä. Ensimmäinen '
           'tällainen katsaus tehdään maaliskuussa 2027. Hän kertoo tilanteesta palvelualueen johtoryhmälle, joka '
           'päättää, tarvitaanko tiimeihin lisää väkeä tai muutoksia.')

kappale(d, 'Levittäminen – kenelle ja miten kerromme?', lihava=True)
kappale(d, 'Työkykytiimien mallia voisivat käyttää myös hyvinvointialueen Läntinen ja Eteläinen palvelualue sekä '
           'naapurihyvinvointialueet. Kerromme mallista näin:')
t = taulukko(d, [
    ['Mitä tehdään', 'Kenelle', 'Milloin', 'Kuka tekee'],
    ['Toimintamallin kuvaus Innokylään', 'Muut hyvinvointialueet ja kunnat', 'Toukokuu 2026', 'Projektipäällikkö'],
    ['Alueellinen työkykyseminaari', 'Hyvinvointialueen ja kuntien työntekijät ja esihenkilöt', '4.6.2026', 'Projektipäällikkö ja Marjut Kallioniemi'],
    ['Juttu hyvinvointialueen intranetiin (Louhinetti)', 'Koko henkilöstö', 'Kesäkuu 2026', 'Viestintäpalvelut'],
    ['Esittely kuntien työllisyyspalveluiden verkostotapaamisessa', 'Työllisyyspalveluiden esihenkilöt', 'Elokuu 2026', ''],
    ['Perehdytys Läntisen ja Eteläisen palvelualueen sosiaalityölle', 'Sosiaalityöntekijät ja fysioterapeutit', 'Syksy 2026', ''],
])
m = t.cell(4, 3).merge(t.cell(5, 3))
m.text = 'Marjut Kallioniemi ja tiimien työntekijät'

kappale(d, 'Mitä jää kesken ja miten kehittäminen jatkuu?', lihava=True)
kappale(d, 'Hankkeessa ei ehditty rakentaa sähköistä ajanvarausta tiimeihin, ja alle 25-vuotiaiden asiakkaiden '
           'ohjaus tiimeihin on vielä sattumanvaraista. Nämä jatkokehittämisen asiat on kirjattu aikuissosiaalityön '
           'vuoden 2027 kehittämissuunnitelmaan. Alle 25-vuotiaiden osalta yhteistyötä jatketaan Ohjaamon kanssa, '
           'ja sähköisen ajanvarauksen mahdollisuus selvitetään hyvinvointialueen digipalveluiden kanssa keväällä 2027.')
kappale(d, 'Lisäksi tiimien työntekijät tapaavat kahdesti vuodessa kokemusten vaihtoon, jotta neljä tiimiä eivät '
           'ajaudu tekemään työtä kovin eri tavoin.')

out_docx = os.path.join(os.path.dirname(__file__), '04_exit-suunnitelma_tyokykyverso.docx')
d.save(out_docx)
print('tallennettu', out_docx)

"""07: STEA-rahoitteisen yhdistyksen jatkuvuussuunnitelma, lihavoidut kappaleotsikot, jäljitetyt muutokset.
Tarkoitukselliset puutteet: seurantaa koskeva lause on poistettu jäljitettynä muutoksena (ei sisältöä),
juurruttamiseen ei ole varattu aikaa, henkilöstöä eikä rahaa."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from apu import *

d = uusi()
yla_ja_alatunniste(d, 'Kalliojärven Kotiapu ry – luonnos 30.9.2025 – hallituksen kokoukseen 14.10.2025',
                   'Naapuriapu-hanke (STEA Ak, 1.1.2023–31.12.2025)')
T, P = 'Sirpa Heinämäki', '2025-09-29T15:20:00Z'

kappale(d, 'Naapuriapu-hankkeen jatkuvuussuunnitelma', tyyli='Title')
kappale(d, 'Tämä exit-suunnitelma kertoo, mitä Naapuriapu-hankkeesta jää käyttöön hankkeen päättyessä 31.12.2025 '
           'ja miten toiminta jatkuu. Suunnitelma on koottu hanketiimin ja vapaaehtoisten yhteisessä illassa 9.9.2025.')

lihava_otsikko(d, 'Lähtötilanne')
kappale(d, 'Hanke aloitti vuonna 2023 vapaaehtoisen asiointiavun kotona asuville ikäihmisille Kalliojärvellä. '
           'Vuoden 2025 syyskuuhun mennessä 46 koulutettua vapaaehtoista on tehnyt yli 1 900 asiointikäyntiä '
           '(kauppa, apteekki, pankki, lääkärikäynnit), ja apua on saanut 212 ikäihmistä.')

lihava_otsikko(d, '1. Mitä juurrutetaan ja kenen vastuulla toiminta jatkuu')
kappale(d, 'Käyttöön jäävät asiointiavun toimintamalli, vapaaehtoisten perehdytyspaketti (kaksi koulutusiltaa ja '
           'ohjekirja) sekä Louhivaaran hyvinvointialueen kotihoidon kanssa sovittu tapa, jolla kotihoito ohjaa '
           'asiakkaita asiointiavun piiriin.')
muutokset(d, [('Hankkeen jälkeen asiointiavun koordinoinnista vastaa Kalliojärven Kotiapu ry:n toiminnanjohtaja '
               'Sirpa Heinämäki', None),
              (' osana yhdistyksen perustoimintaa', 'ins'),
              ('. Kotihoidon ohjauskäytäntö on kirjattu hyvinvointialueen kotihoidon palveluohjauksen ohjeeseen.', None)], tekija=T, pvm=P)
kappale(d, 'Erillistä rahoitusta jatkoon ei ole haettu, vaan koordinointi hoidetaan muun työn ohessa. '
           'Vapaaehtoisten koulutus järjestetään jatkossa yhdistyksen muun koulutustoiminnan yhteydessä.')
muutokset(d, [('Seuranta: yhdistys kokoaa vuosittain asiointikäyntien ja vapaaehtoisten määrät ja raportoi ne '
               'hallitukselle, ja kotihoidon kanssa käydään kerran vuodessa läpi, toimiiko ohjauskäytäntö.', 'del')],
          tekija=T, pvm=P)

lihava_otsikko(d, '2. Tulosten levittäminen')
kappale(d, 'Haluamme, että muutkin yhdistykset voivat aloittaa asiointiavun ilman, että kaikki keksitään alusta. '
           'Siksi toimintamalli ja perehdytyspaketti kuvataan Innokylään marraskuussa 2025, ja perehdytyspaketti '
           'julkaistaan yhdistyksen verkkosivuilla vapaasti käytettäväksi.')
kappale(d, 'Esittelemme mallin Louhivaaran alueellisella järjestöpäivällä 14.11.2025 ja hyvinvointialueen '
           'järjestöyhteistyön verkostotapaamisessa. Paikallislehti Kalliojärven Sanomat on lupautunut tekemään '
           'jutun vapaaehtoisista joulukuussa 2025.')

lihava_otsikko(d, '3. Kehittämistyön jatko')
kappale(d, 'Hankkeen aikana moni ikäihminen on pyytänyt apua myös verkkopankin ja sähköisten reseptien kanssa. '
           'Jatkossa haluamme kehittää asiointiavun rinnalle digiasioinnin tuen, jossa vapaaehtoinen auttaa '
           'ikäihmistä käyttämään palveluja omalla laitteellaan. Ideaa viedään eteenpäin yhdessä Kalliojärven '
           'kirjaston digituen kanssa, ja toiminnanjohtaja selvittää vuoden 2026 aikana, voisiko digituen liittää '
           'yhdistyksen vapaaehtoistoimintaan.')
muutokset(d, [('Hallitus päättää asiasta keväällä 2026.', 'del'),
              ('Asia tuodaan hallituksen päätettäväksi, kun selvitys on valmis.', 'ins')], tekija=T, pvm=P)

out = os.path.join(os.path.dirname(__file__), '..', '07_exit-suunnitelma_naapuriapu.docx')
d.save(out)
print('tallennettu', out)

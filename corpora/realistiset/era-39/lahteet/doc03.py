"""03: exit-suunnitelma (hyvinvointialue + järjestöt), lähde PDF:lle. Otsikot lihavoituina, osin kysymyksinä.
Puute: jatkon vastuu on nimetty vain hankkeen omalle henkilöstölle (hankekoordinaattori, hanketiimi)."""
from apu import *
import sys

d = uusi()
lihava(d, "Vertaisluotsit-hanke", 12)
lihava(d, "Jatkuvuussuunnitelma (exit-suunnitelma)", 16)
kpl(d, "Päivitetty ohjausryhmän kokoukseen 9.3.2026. Hankeaika 1.9.2024–31.8.2026.")
kpl(d, "Vertaisluotsit-hankkeessa päihde- ja mielenterveyskuntoutujat toimivat koulutettuina vertaisluotseina "
       "Rannikon hyvinvointialueen päihdepoliklinikalla ja A-klinikan odotustiloissa. Hanketta toteuttavat "
       "Kuntoutujien Yhdistys Majakka ry ja Rannikon Kriisikeskus ry yhteistyössä hyvinvointialueen kanssa. "
       "Tämä suunnitelma kuvaa, miten toiminta jatkuu, kun hankerahoitus päättyy.")

lihava(d, "Mitä juurrutetaan ja miten?")
kpl(d, "Juurrutettavia asioita on kolme: vertaisluotsin tehtävänkuva ja koulutuspaketti, luotsien päivystys "
       "poliklinikan aulassa sekä työnohjausmalli, jolla luotseja tuetaan. Hankkeen aikana on koulutettu 24 luotsia, "
       "ja päivystys toimii neljänä päivänä viikossa.")
kpl(d, "Hankkeen viimeisen puolen vuoden aikana päivystys siirretään vähitellen pysyväksi osaksi poliklinikan "
       "arkea: luotsien vuorot merkitään poliklinikan viikkosuunnitelmaan ja uudet työntekijät perehdytetään "
       "luotsitoimintaan. Hankekoordinaattori vastaa siitä, että tehtävänkuva, koulutusaineisto ja "
       "työnohjausmalli ovat valmiina ja kirjallisina ennen hankkeen päättymistä. Juurruttamiseen on varattu "
       "hankekoordinaattorin työajasta 40 prosenttia maalis–elokuussa 2026 sekä 6 000 euroa luotsien "
       "jatkokoulutukseen.")

lihava(d, "Miten tuloksista kerrotaan muille?")
kpl(d, "Vertaisluotsien toimintamalli ja koulutuspaketti kuvataan Innokylään kesäkuussa 2026. Toukokuussa 2026 "
       "järjestetään alueellinen seminaari, johon kutsutaan hyvinvointialueen päihde- ja mielenterveyspalvelut, "
       "naapurialueiden järjestöt ja kokemusasiantuntijaverkosto. Lisäksi hanketiimi kirjoittaa kokemuksista "
       "artikkelin järjestöjen yhteiseen verkkojulkaisuun ja esittelee mallia sosiaalialan opiskelijoille "
       "ammattikorkeakoulun luentopäivänä.")

lihava(d, "Kehittämistyön jatko hankkeen jälkeen")
kpl(d, "Hankkeen jälkeen luotsien koulutusta on tarkoitus jatkaa kerran vuodessa ja laajentaa päivystys myös "
       "psykiatrian poliklinikalle. Hankekoordinaattori vastaa jatkorahoituksen hakemisesta ennen hankkeen "
       "päättymistä, ja hanketiimi huolehtii siitä, että luotsien vuorot ja työnohjaus on sovittu syksylle 2026.")
kpl(d, "Jatkon rahoitukseksi haetaan järjestöavustusta, ja hyvinvointialueen kanssa neuvotellaan "
       "ostopalvelusopimuksesta.")

lihava(d, "Seuranta")
kpl(d, "Toiminnan jatkumista seurataan kuusi ja kaksitoista kuukautta hankkeen päättymisen jälkeen: luotsien "
       "päivystysvuorot ja kohtaamisten määrät kootaan, ja poliklinikan henkilökunnalle sekä luotseille tehdään "
       "lyhyt kysely siitä, miten toiminta on jatkunut.")
d.save(sys.argv[1])

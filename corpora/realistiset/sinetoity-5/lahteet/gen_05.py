from common import *
txt = """PUHDAS PIKKUJÄRVI -HANKE
ARVIOINTISUUNNITELMA

Hankkeen toteuttaja: Pikkujärven suojeluyhdistys ry yhdessä Rautalahden kunnan ympäristönsuojelun kanssa
Rahoittaja: Pohjois-Karjalan ELY-keskus, vesistöjen kunnostuksen avustus
Hankeaika: 1.4.2025 - 31.10.2026
Päivitetty 12.5.2025

HANKKEEN TAUSTA, TAVOITTEET JA KOHDERYHMÄ

Pikkujärvi (pinta-ala 310 ha) on rehevöitynyt 1990-luvulta alkaen. Kesällä 2023 järvellä havaittiin sinilevää 19 päivänä, ja näkösyvyys oli elokuussa vain 0,9 metriä. Valuma-alueen kuormituksesta suurin osa tulee peltojen ja metsäojitusten kautta.

Hankkeen tavoitteet ovat:
1) Järveen tuleva fosforikuormitus pienenee Kotiojan ja Myllypuron valuma-alueilla.
2) Järven särkikalakanta harvenee niin, että vesi kirkastuu.
3) Valuma-alueen maanomistajat ottavat käyttöön vesiensuojelurakenteita omilla mailla.

Kohderyhmänä ovat valuma-alueen noin 70 maanomistajaa ja viljelijää, järven rantojen 240 kiinteistön asukkaat ja kesäasukkaat sekä osakaskunta.

ARVIOINNIN TOTEUTUS

Tavoite 1: Kotiojaan ja Myllypuroon rakennetaan kaksi kosteikkoa ja kolme laskeutusallasta. Arvioinnin menetelmänä on vedenlaadun näytteenotto purojen alajuoksulta. Mittarina on kokonaisfosforin pitoisuus ja laskennallinen kuorma (kg/v) verrattuna vuoden 2024 tasoon.

Tavoite 2: Tehostettu hoitokalastus kahtena kalastuskautena osakaskunnan kanssa. Mittareina saaliin määrä (kg/ha) ja näkösyvyys elokuussa.

Tavoite 3: Hankkeen vesiensuojeluneuvoja tekee maanomistajille tilakohtaisia suunnitelmia suojavyöhykkeistä ja kosteikoista. Mittarina on toteutettujen rakenteiden ja suunnitelmien määrä; tavoitteena vähintään 12 tilakohtaista suunnitelmaa ja 6 toteutettua rakennetta.

Arvioinnin tekee hankkeen työryhmä itse. Työryhmä kokoaa mittaustulokset puolivuosittain ja kirjoittaa niistä lyhyen itsearvioinnin, jossa pohditaan, mikä on toiminut ja mitä pitää muuttaa. Vesinäytteet analysoi akkreditoitu laboratorio, mutta tulosten tulkinnan tekee työryhmä.

ARVIOINNIN AIKATAULU

Vesinäytteet otetaan kuukausittain huhti-lokakuussa 2025 ja 2026 sekä tulvahuippujen aikaan. Hoitokalastuksen saalis kirjataan kalastuskausittain. Itsearviointi tehdään marraskuussa 2025 ja lokakuussa 2026.

MITEN ARVIOINTITIETOA KÄYTETÄÄN

Tuloksia käytetään hoitokalastuksen ja kosteikkojen mitoituksen tarkentamiseen jo hankkeen aikana. Väli- ja loppuraportit toimitetaan ELY-keskukselle, ja tiivistelmä tuloksista julkaistaan yhdistyksen verkkosivuilla ja kunnan tiedotteessa.

Hankkeen alusta lähtien työskentelemme yhdessä Rautalahden kunnan ympäristönsuojelun kanssa niin, että mittausohjelma voidaan siirtää osaksi kunnan vesistöseurantaa. Tästä on sovittu jo hakemusvaiheessa. Hankkeen jälkeen purojen vedenlaadun seurannasta vastaa Rautalahden kunnan ympäristönsuojelusihteeri ja kosteikkojen kunnossapidosta Pikkujärven suojeluyhdistys ry.
"""
open(os.path.join(OUT, 'as05_pikkujarvi_ely.txt'), 'w', encoding='utf-8').write(txt)
save_json('as05_pikkujarvi_ely', 'arviointisuunnitelma', [
  {"rule": "arviointi.ei-ulkoista"},
  {"rule": "arviointi.ei-kohderyhman-aanta"}])

"""04: arviointisuunnitelma, museon elämysreitti (muunnetaan .odt:ksi). Tahalliset puutteet: ei ulkoista arviointia,
pohjan jäänne (xx.xx.2027)."""
import sys
from apu import *

d = uusi()
d.add_heading("Tarinoiden rantareitti – arviointisuunnitelma", 0)
kpl(d, "Kaislaniemen kotiseutumuseo / Kaislaniemen kaupunki, kulttuuripalvelut")
kpl(d, "Käsitelty ohjausryhmässä xx.xx.2027")

otsikko(d, "Hanke lyhyesti")
kpl(d, "Tarinoiden rantareitti -hanke toteutetaan 1.4.2027–30.9.2028. Hankkeessa museon kokoelmien tarinat tuodaan museon "
       "seinien ulkopuolelle: järven rantaan rakennetaan kolmen kilometrin reitti, jonka varrella on kymmenen tarinapistettä "
       "äänitiedostoineen ja opastauluineen. Reittiä käyttävät matkailijat, paikalliset perheet ja koululuokat.")

otsikko(d, "Tavoitteet ja niiden seuranta")
kpl(d, "Arvioinnilla seurataan, miten hankkeen kaksi tavoitetta toteutuvat ja mitä niistä opitaan jatkoa varten.")
taulukko(d, [
    ["Tavoite", "Toimenpiteet", "Miten arvioidaan"],
    ["Museon tarinat tavoittavat uusia kävijöitä, erityisesti kesämatkailijoita.",
     "Tarinapisteet ja ääniopas rantareitille; reitin markkinointi matkailuneuvonnassa ja majoituspaikoissa.",
     "Ääniopastuksen latausmäärät kuukausittain; reitin kävijälaskuri; kävijäkysely tarinapisteiden QR-koodin kautta."],
    ["Paikalliset asukkaat osallistuvat tarinoiden keräämiseen ja kertomiseen.",
     "Kolme tarinailtaa kylätaloilla; asukkaiden omien muistojen äänitys tarinapisteisiin.",
     "Tarinailtoihin osallistuneiden ja tarinansa antaneiden määrä; osallistujien palaute iltojen lopussa."],
])

otsikko(d, "Keitä arviointi koskee")
kpl(d, "Arvioinnin kohderyhmiä ovat reitin käyttäjät (matkailijat, perheet ja koululuokat), tarinoita antaneet asukkaat sekä "
       "museon henkilökunta, joka ylläpitää reittiä.")

otsikko(d, "Arvioinnin menetelmät ja aikataulu")
kpl(d, "Arviointi tehdään itsearviointina. Ulkopuolista arvioijaa ei hankkeen pienen koon vuoksi käytetä. Museonjohtaja ja "
       "hankkeen museolehtori kokoavat aineiston ja arvioivat sitä yhdessä museon henkilökunnan kanssa.")
luettelo(d, [
    "Latausmäärät ja kävijälaskurin tiedot kootaan kuukausittain toukokuusta 2027 alkaen.",
    "Kävijäkysely on auki koko reitin käyttöajan; vastaukset puretaan syyskuussa 2027 ja syyskuussa 2028.",
    "Tarinailtojen palaute kerätään paperilomakkeella jokaisen illan lopussa (syksy 2027 ja kevät 2028).",
    "Henkilökunta pitää itsearviointipajan kahdesti: tammikuussa 2028 ja elokuussa 2028.",
])

otsikko(d, "Arviointitiedon käyttö ja raportointi")
kpl(d, "Arviointitietoa käytetään reitin muokkaamiseen kesken hankkeen: jos jokin tarinapiste ei kiinnosta, sen sisältö vaihdetaan "
       "seuraavaksi kesäksi. Tulokset raportoidaan ohjausryhmälle puolivuosittain ja kootaan loppuraporttiin.")
kpl(d, "Arviointi palvelee myös reitin jatkoa. Jo hankkeen alussa sovitaan kaupungin kulttuuripalvelujen kanssa, mitä tietoja "
       "kaupunki tarvitsee päättääkseen reitin ylläpidosta hankkeen jälkeen, ja ne kerätään arvioinnin yhteydessä. "
       "Kulttuurijohtaja tuo tiedot kaupungin talousarviovalmisteluun keväällä 2028, jotta reitti siirtyy museon perustoimintaan.")

d.save(sys.argv[1])

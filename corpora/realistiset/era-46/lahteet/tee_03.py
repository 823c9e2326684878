"""03: Hyvinvointialueen kotihoidon jatkuvuussuunnitelma ilman vakiotermejä. Tekstilaatikko, yhdistetyt solut,
ylä- ja alatunniste. Ei havaintoja."""
from apu import *

d = uusi()
ylatunniste(d, "Järvi-Hämeen hyvinvointialue | Ikääntyneiden palvelut | Arjen askeleet -hanke")
sivunumero_alatunnisteeseen(d, "Käsitelty kotihoidon johtoryhmässä 20.10.2025 – sivu ")

kpl(d, "Mitä Arjen askeleista jää?", lihava=True, koko=16)
kpl(d, "Jatkuvuussuunnitelma, versio 1.2", kursiivi=True)
p = kpl(d, "")
tekstilaatikko(p, [
    "Lyhyesti: kuuden viikon arkikuntoutusjakso jatkuu kotihoidon perustyönä 1.1.2026 alkaen.",
    "Vastuu: kotihoidon palvelupäällikkö Riitta Vainionpää. Seuranta kotihoidon johtoryhmässä kuukausittain vuoden 2026 ajan.",
], korkeus="62pt")

kpl(d, "Hanke pähkinänkuoressa", lihava=True, koko=12)
kpl(d, "Arjen askeleet -hanke (1.9.2023–31.12.2025) kehitti Järvi-Hämeen hyvinvointialueen kotihoitoon mallin, "
       "jossa jokainen uusi kotihoidon asiakas saa alkuun kuuden viikon arkikuntoutusjakson. Fysioterapeutti tekee "
       "alkuarvion, ja lähihoitajat harjoittelevat asiakkaan kanssa arjen askareita – pukeutumista, suihkussa käyntiä, "
       "kaupassa käyntiä – sen sijaan, että tekisivät ne hänen puolestaan. Kokeilu tehtiin ensin Rautalahden ja Kivikosken "
       "tiimeissä ja laajennettiin keväällä 2025 kaikkiin kuuteen kotihoidon tiimiin.")
kpl(d, "Tuloksia: 412 asiakasta kävi jakson, ja 38 %:lla kotihoidon käyntitarve väheni jakson aikana. "
       "Asiakkaat ja omaiset antoivat jaksosta keskimäärin arvosanan 4,5/5.")

kpl(d, "Mikä jää pysyväksi käytännöksi?", lihava=True, koko=12)
kpl(d, "Arkikuntoutusjakso kirjataan kotihoidon palvelukuvaukseen ja myöntämisperusteisiin 1.1.2026 alkaen. "
       "Se on siis jatkossa tavallinen tapa aloittaa kotihoito, ei erillinen kokeilu. Hankkeessa tehdyt "
       "lomakkeet (alkuarvio, harjoitteluohjelma, loppuarvio) siirretään asiakastietojärjestelmän vakiolomakkeiksi.")
kpl(d, "Resurssit: hankkeessa palkatut kaksi fysioterapeuttia siirtyvät vakinaisiin toimiin, jotka on hyväksytty "
       "hyvinvointialueen vuoden 2026 talousarviossa. Jokaiseen tiimiin nimetään arkikuntoutuksen vastuuhoitaja, "
       "jolle varataan työaikaa 4 tuntia viikossa. Uusien työntekijöiden perehdytykseen lisätään puolen päivän "
       "koulutus arkikuntoutuksesta.")

t = taulukko(d, [
    ["Asia", "Kuka vastaa", "Milloin"],
    ["Palvelukuvauksen ja myöntämisperusteiden päivitys", "Kotihoidon palvelupäällikkö Riitta Vainionpää", "marraskuu 2025"],
    ["Lomakkeet asiakastietojärjestelmään", "Tietohallinnon pääkäyttäjä Juho Lampinen", "joulukuu 2025"],
    ["Fysioterapeuttien vakinaistaminen", "Ikääntyneiden palvelujen johtaja Anne Kivilahti", "1.1.2026"],
    ["Vastuuhoitajien nimeäminen tiimeihin", "Kotihoidon tiimien esihenkilöt", ""],
    ["Perehdytyskoulutus uusille työntekijöille", "Kotihoidon fysioterapeutit", "jatkuvasti 2026 alkaen"],
], leveydet=[6, 6.5, 3.5])
a = t.cell(4, 2).merge(t.cell(5, 2))
a.text = "tammikuu 2026, sen jälkeen jatkuvasti"
kpl(d, "")

kpl(d, "Kenelle kerromme ja miten?", lihava=True, koko=12)
viivat(d, [
    "Toimintamallin kuvaus julkaistaan Innokylässä joulukuussa 2025 (lomakkeet liitteinä).",
    "Hyvinvointialueen intranetiin ja verkkosivuille tulee arkikuntoutuksesta oma sivu asiakkaille ja omaisille.",
    "Hankkeen loppuseminaari 27.11.2025 Vaaranlinnassa, kutsuttuina myös naapurialueiden kotihoidon esihenkilöt.",
    "Fysioterapeutit esittelevät mallia Kuntoutuspäivillä keväällä 2026.",
    "Asiakkaille ja omaisille tehty esite \"Kuusi viikkoa omin jaloin\" jaetaan ensikäynnillä.",
])
kpl(d, "Kaksi naapurialuetta on jo kysynyt lomakkeita omaan käyttöönsä, ja ne lähetetään heille seminaarin jälkeen. "
       "Omaishoidon tiimi on kiinnostunut kokeilemaan lyhennettyä kolmen viikon jaksoa omaishoitajan lomien aikana.")

kpl(d, "Miten seuraamme, että malli pysyy käytössä?", lihava=True, koko=12)
kpl(d, "Kotihoidon johtoryhmä saa kuukausittain raportin aloitetuista ja päättyneistä arkikuntoutusjaksoista "
       "sekä käyntitarpeen muutoksesta jakson jälkeen. Raportin kokoaa kotihoidon controller. Kesäkuussa 2026 "
       "palvelupäällikkö esittelee puolivuotiskatsauksen ikääntyneiden palvelujen johtoryhmälle. Jos jaksojen osuus "
       "uusista asiakkaista laskee alle 70 %:n, syyt käydään läpi tiimien kanssa.")

kpl(d, "Mitä pitää vielä kehittää?", lihava=True, koko=12)
viivat(d, [
    "Kotiharjoittelun tueksi tarvitaan videoita, joita asiakas voi katsoa tabletilta. Tämä on mukana "
    "hyvinvointialueen digipalvelujen kehittämissuunnitelmassa vuodelle 2026.",
    "Mallia kokeillaan ympärivuorokautisessa palveluasumisessa kahdessa yksikössä syksyllä 2026.",
    "Muistisairaiden asiakkaiden jakso vaatii omat ohjeensa; niitä työstetään yhdessä muistikoordinaattorien kanssa.",
])
kpl(d, "Jatkokehittämistä vetää hyvinvointialueen kehittämisyksikön kehittämispäällikkö Marja Honkanen yhdessä "
       "kotihoidon palvelupäällikön kanssa.")

kpl(d, "")
kpl(d, "Laatinut: projektipäällikkö Elina Ketola, 14.10.2025")

tallenna(d, "03_exit-suunnitelma_vanhuspalvelut.docx")

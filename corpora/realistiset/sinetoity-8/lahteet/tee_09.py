"""09: omaishoitajayhdistyksen exit-suunnitelma, seuratut muutokset ja jatkotaulukko.
Havainnot: jatkon omistajaksi ei nimetä ketään (vain passiivi ja 'yhteisesti'); käyttöönoton
seurantaa hankkeen jälkeen ei kuvata."""
import os
from apu import *

NIMI = "09_exit-suunnitelma_omaishoitajien-vertaisryhmat"
doc = uusi("Calibri", 11)
tekija(doc, "Merja Toivanen", "Omaisverkko exit")
yla_ala(doc, "Vellamon Omaishoitajat ry – Omaisverkko-hanke 2024–2026", "luonnos ohjausryhmälle")
MT = "Merja Toivanen"
KR = "Kari Rinne"

p = kappale(doc, "Omaisverkko-hankkeen exit-suunnitelma", lihava=True); p.runs[0].font.size = Pt(16)
kappale(doc, "Jatkuvuussuunnitelma hankkeen tulosten turvaamiseksi  |  20.10.2026", kursiivi=True)

otsikko(doc, "Mistä on kyse", 1)
p = kappale(doc, "Omaisverkko-hanke (1.1.2024–31.12.2026) on kehittänyt omaishoitajien vertaistukea Kaarnajoen, "
            "Routasalmen, Lehtovaaran ja Haapakosken alueella. Hankkeen aikana on perustettu yhdeksän "
            "vertaisryhmää, koulutettu ")
poisto(p, "22", KR, "2026-10-18T16:41:00Z")
lisays(p, "24", KR, "2026-10-18T16:41:00Z")
ajo(p, " vapaaehtoista vertaisohjaajaa ja koottu omaishoitajan palvelukartta, johon on kerätty alueen tuki- ja "
       "vapaa-ajan palvelut. Ryhmiin on osallistunut hankkeen aikana yhteensä noin 170 omaishoitajaa.")
kappale(doc, "Tässä suunnitelmassa kuvataan, mitä hankkeesta halutaan jäävän pysyvästi käyttöön, miten "
        "tuloksia levitetään ja mitä kehittämistä on vielä tekemättä. Suunnitelma käsitellään ohjausryhmän "
        "kokouksessa 3.11.2026.")

otsikko(doc, "1 Mitä hankkeesta jää elämään", 1)
kappale(doc, "Tärkein tulos ovat vertaisryhmät. Omaishoitajat kertovat palautteissa, että ryhmä on usein ainoa "
        "paikka, jossa he voivat puhua omasta jaksamisestaan. Siksi tavoitteena on, että kaikki yhdeksän "
        "ryhmää jatkavat kokoontumistaan myös vuonna 2027 ja että ryhmiin ohjataan uusia omaishoitajia.")
kappale(doc, "Käytännössä ryhmät siirretään hankkeen jälkeen osaksi kuntien ja alueen järjestöjen tavallista "
        "toimintaa. Vertaisohjaajat jatkavat vapaaehtoisina, ja heidän jaksamisestaan huolehditaan "
        "työnohjauksella ja yhteisillä virkistyspäivillä. Uusia omaishoitajia pyritään ohjaamaan ryhmiin "
        "omaishoidon tuen hakemisen yhteydessä. Palvelukartta päivitetään kerran vuodessa.")
p = kappale(doc, "Jatkoa varten kuntien järjestöavustuksista on alustavasti varattu yhteensä 9 000 euroa vuodelle "
            "2027 vertaisohjaajien työnohjaukseen ja virkistykseen, ja ryhmien kokoontumistilat saadaan "
            "kunnilta maksutta.")
lisays(p, " Vertaisohjaajien uusi peruskoulutus järjestetään tarvittaessa hankkeessa tehdyn koulutusrungon "
          "pohjalta.", MT, "2026-10-19T08:12:00Z")

taulukko(doc, [
    ["Tulos", "Mitä jatko vaatii", "Vastuu jatkossa"],
    ["Vertaisryhmät (9 kpl)", "kokoontumistilat, vertaisohjaajien tuki, ryhmien markkinointi", "kunnat ja järjestöt yhdessä"],
    ["Vertaisohjaajat (24)", "työnohjaus 4 krt/v, virkistyspäivä, uusien ohjaajien koulutus", "sovitaan alkuvuodesta 2027"],
    ["Palvelukartta", "vuosittainen päivitys, painatus", "kaikki toimijat yhteisesti"],
    ["Koulutusrunko ja ohjaajan opas", "saatavilla verkossa", "yhteisesti"],
], leveydet=[4.5, 7, 5])
kappale(doc, "")
kappale(doc, "Ryhmien jatkosta sovitaan tarkemmin kuntien ja järjestöjen kesken yhdessä vuoden 2027 alussa. "
        "Vastuu toiminnan jatkumisesta on kaikilla hankkeessa mukana olleilla toimijoilla yhteisesti.")

otsikko(doc, "2 Tulosten levittäminen", 1)
kappale(doc, "Vertaisryhmien toimintamalli, vertaisohjaajan opas ja koulutusrunko on kuvattu Innokylään, ja ne "
        "ovat ladattavissa yhdistyksen verkkosivuilta. Mallia esitellään Vellamon alueen omaishoidon "
        "seminaarissa marraskuussa 2026 sekä kuntien vanhus- ja vammaisneuvostoille. Palvelukarttaa jaetaan "
        "painettuna terveysasemille, apteekkeihin ja kirjastoihin.")
p = kappale(doc, "Mallista kiinnostuneille muille alueille tarjotaan mahdollisuus tutustua ryhmiin ja "
            "vertaisohjaajien koulutukseen.")
lisays(p, " Hankkeesta on tulossa juttu myös alueen paikallislehtiin joulukuussa 2026.", MT, "2026-10-19T08:20:00Z")

otsikko(doc, "3 Kehittämistyön jatko", 1)
kappale(doc, "Kaikkea suunniteltua ei saatu valmiiksi. Työssäkäyville omaishoitajille sopivaa iltaryhmää ja "
        "verkossa kokoontuvaa vertaisryhmää kokeiltiin vain lyhyesti syksyllä 2026, ja kokemukset olivat "
        "lupaavia. Verkkoryhmän kehittämistä olisi tärkeää jatkaa, koska haja-asutusalueilla pitkät matkat "
        "estävät monen osallistumisen.")
kappale(doc, "Jatkokehittämiselle voidaan hakea rahoitusta esimerkiksi STEA:lta tai kunnilta. Hakemuksen "
        "valmistelusta päätetään myöhemmin.")

tallenna(doc, os.path.join(KOHDE, NIMI + ".docx"))
odotettu(os.path.join(KOHDE, NIMI), "exit-suunnitelma", [
    {"rule": "exit.ei-omistajaa"},
    {"rule": "exit.ei-seurantaa"},
])
print("ok", NIMI)

"""06: urheiluseuran exit-suunnitelma Wordissa seurattavin muutoksin. Poistetussa tekstissä (w:del) oli
nimetty kaupungin vastuutaho ja jälkiseuranta; voimaan jäänyt teksti nimeää vain hankekoordinaattorin.
Puutteet: exit.omistaja-hankkeen-sisalla, exit.ei-seurantaa."""
from apu import *

T = "Mervi H."


def rakenna(polku):
    d = uusi()
    kpl(d, "Tanhuvaaran Kisa ry · Liikkuva iltapäivä -hanke (AVI, liikunnan kehittämisavustus 2025–2027) · Versio 2 / 3.2.2027")
    d.add_heading("Exit-suunnitelma: miten Liikkuva iltapäivä jatkuu", 0)
    kpl(d, "Liikkuva iltapäivä on järjestänyt 1.8.2025 alkaen maksuttomia liikuntakerhoja 1.–4.-luokkalaisille "
           "Tanhuvaaran kolmessa alakoulussa heti koulupäivän jälkeen. Hanke päättyy 31.7.2027. Kerhoissa on "
           "käynyt lukuvuonna 2025–2026 yhteensä 212 lasta, ja kerhoja on ollut viikossa yhdeksän. Tässä "
           "suunnitelmassa kuvataan, miten kerhot jäävät elämään hankkeen jälkeen.")
    lihava(d, "Mitä juurrutetaan?")
    kpl(d, "Juurrutettava asia on kerhomalli: koulun liikuntasalissa heti koulun jälkeen pidettävä 60 minuutin "
           "kerho, jossa ohjaajana on seuran valmentaja tai koulutettu nuori apuohjaaja, ja jossa ei ole "
           "kilpailullista tavoitetta. Malliin kuuluu myös apuohjaajakoulutus 13–17-vuotiaille seuran "
           "junioreille sekä yhteinen ilmoittautumiskäytäntö Wilman kautta.")
    kpl(d, "Kevään 2027 aikana kerhoja on kokeiltu koulujen iltapäivätoiminnan yhteydessä: Kirkonkylän koulussa "
           "iltapäivätoiminnan lapset osallistuvat kerhoon, jota hankkeen valmentaja vetää kerran viikossa. Apuohjaajakoulutus on pidetty kolme kertaa, ja koulutettuja apuohjaajia on "
           "27. Juurruttamiseen on varattu kevätlukukaudelle 2027 noin puolet hankekoordinaattorin työajasta sekä "
           "3 000 euroa ohjaajien perehdytykseen ja välineisiin.")
    lihava(d, "Kuka vastaa jatkosta?")
    muutos_kpl(d, [
        ("del", "Tanhuvaaran kaupungin sivistystoimi vastaa kerhojen järjestämisestä 1.8.2027 alkaen osana "
                "perusopetuksen iltapäivätoimintaa, ja sivistysjohtaja Eija Sundström on sitoutunut tähän. "),
        ("ins", "Hankekoordinaattori Mervi Halonen huolehtii kerhojen siirtämisestä ja ohjaajien perehdytyksestä "
                "ennen hankkeen päättymistä, ja jatkosta sovitaan koordinaattorin johdolla hankkeen viimeisinä "
                "kuukausina. "),
        ("n", "Hanke kokoaa kerhojen vuosikellon ja ohjaajan muistilistan kansioon, joka jätetään kouluille."),
    ], tekija=T, pvm="2027-02-03T08:40:00Z")
    muutos_kpl(d, [
        ("n", "Apuohjaajien rekrytoinnista vastaavat hankkeen valmentajat kevään 2027 ajan."),
        ("del", " Kaupungin liikuntakoordinaattori seuraa kerhojen osallistujamääriä lukukausittain vuosina "
                "2027–2028 ja raportoi ne sivistyslautakunnalle."),
    ], tekija=T, pvm="2027-02-03T08:41:00Z")
    lihava(d, "Tulosten levittäminen")
    kpl(d, "Kerhomallista on tehty neljän sivun opas, joka julkaistaan seuran verkkosivuilla ja Innokylässä. "
           "Mallia esitellään Etelä-Savon Liikunnan seuraseminaarissa huhtikuussa 2027 ja alueen "
           "rehtorikokouksessa toukokuussa 2027. Lisäksi naapurikunnan Kuusiston Urheilijat ovat pyytäneet "
           "apuohjaajakoulutuksen materiaalit käyttöönsä, ja ne lähetetään heille kesäkuussa.")
    lihava(d, "Kehittämistyön jatko")
    kpl(d, "Jatkossa kerhoihin halutaan mukaan myös 5.–6.-luokkalaisia ja erityisesti niitä lapsia, jotka eivät "
           "liiku muuten. Hankkeen lopussa kootaan lasten ja huoltajien palautteet, ja niiden perusteella "
           "kerhojen sisältöä voidaan kehittää. Hankkeen viimeisinä kuukausina selvitetään myös mahdollisuutta "
           "hakea jatkorahoitusta uusien lajien kokeiluihin.")
    d.save(polku)

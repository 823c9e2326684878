"""08: ammattikorkeakoulun arviointisuunnitelma ilman otsikkotyylejä (lihavoidut kappaleet),
perustiedot tekstiruudussa, tavoitteet kirjainluettelona. Ei havaintoja."""
import os
from apu import *

NIMI = "08_arviointisuunnitelma_simulaatio-opetus"
doc = uusi("Verdana", 10)
tekija(doc, "Noora Kettunen", "SimuSilta arviointisuunnitelma")
yla_ala(doc, "Järvi-Vellamon ammattikorkeakoulu • Sosiaali- ja terveysala", None)

p = kappale(doc, "SimuSilta – simulaatio-opetus harjoittelun siltana", lihava=True); p.runs[0].font.size = Pt(16)
p = kappale(doc, "ARVIOINTISUUNNITELMA", lihava=True); p.runs[0].font.size = Pt(12)
kappale(doc, "Versio 1.1 – hyväksytty ohjausryhmässä 11.3.2025", kursiivi=True)

tekstilaatikko(doc, [
    ("Hankkeen perustiedot", True),
    "Toteuttaja: Järvi-Vellamon ammattikorkeakoulu (JVAMK), sairaanhoitajakoulutus",
    "Kumppani: Keski-Vellamon hyvinvointialue, Vellamon keskussairaala",
    "Rahoitus: opetus- ja kulttuuriministeriön erityisavustus (OKM/412/2024)",
    "Hankeaika: 1.1.2025–31.12.2026",
    "Projektipäällikkö: Noora Kettunen, noora.kettunen@jvamk.fi",
], korkeus_pt=150)
kappale(doc, "")

lihava(doc, "Hankkeen tausta, tavoitteet ja kohderyhmät", 12)
kappale(doc, "Sairaanhoitajaopiskelijat kohtaavat ensimmäisessä sairaalaharjoittelussaan usein tilanteita, joihin "
        "heillä ei ole ollut mahdollisuutta harjoitella: potilaan äkillinen heikentyminen, hätäkutsu tai "
        "vaikea keskustelu omaisen kanssa. Harjoittelun ohjaajat kertovat, että opiskelijat jäävät näissä "
        "tilanteissa sivustakatsojiksi. JVAMK:n simulaatiotiloja on käytetty lähinnä tekniikan harjoitteluun, "
        "ja sairaalan omat simulaatiot ovat henkilökunnan käytössä. SimuSilta yhdistää nämä kaksi. Hanke "
        "alkoi tammikuussa 2025 ja päättyy joulukuun 2026 lopussa.")
kappale(doc, "Hankkeen tavoitteet ovat:")
for t in [
    "a) Sairaanhoitajaopiskelijoiden valmiudet toimia akuuteissa potilastilanteissa paranevat ennen ensimmäistä "
    "sairaalaharjoittelua.",
    "b) Sairaalan harjoittelun ohjaajat osaavat käyttää simulaatiota ja jälkipurkua opiskelijoiden ohjauksessa.",
    "c) Ammattikorkeakoululla ja sairaalalla on yhteinen simulaatiokalenteri ja skenaariopankki, jotka ovat "
    "molempien käytössä.",
]:
    kappale(doc, t)
kappale(doc, "Kohderyhmänä ovat toisen vuoden sairaanhoitajaopiskelijat (noin 180 opiskelijaa hankkeen aikana), "
        "Vellamon keskussairaalan sisätautien, kirurgian ja päivystyksen harjoittelun ohjaajat (noin 60 "
        "hoitajaa) sekä JVAMK:n simulaatio-opettajat.")

lihava(doc, "Mitä tehdään ja miten kunkin tavoitteen toteutumista arvioidaan", 12)
sekakappale(doc, [("Tavoite a. ", {"b": True}),
                  "Jokainen opiskelijaryhmä osallistuu ennen harjoittelua kolmeen simulaatiopäivään, joissa "
                  "harjoitellaan sairaalan oikeilla skenaarioilla ja välineillä. Jokaista skenaariota seuraa "
                  "ohjattu jälkipurku. ",
                  ("Arviointi: ", {"i": True}),
                  "opiskelijat täyttävät osaamisen itsearvioinnin ennen ensimmäistä simulaatiopäivää ja "
                  "viimeisen päivän jälkeen; harjoittelun ohjaaja arvioi opiskelijan toimintaa akuuteissa "
                  "tilanteissa harjoittelun puolivälissä samalla lomakkeella kuin vertailuryhmän "
                  "(lukuvuoden 2023–2024 opiskelijat)."])
sekakappale(doc, [("Tavoite b. ", {"b": True}),
                  "Harjoittelun ohjaajille järjestetään kahden päivän simulaatiopedagogiikan koulutus, ja he "
                  "toimivat simulaatiopäivissä JVAMK:n opettajien työpareina. ",
                  ("Arviointi: ", {"i": True}),
                  "koulutukseen osallistuneiden määrä (tavoite 40), ohjaajien kysely koulutuksen jälkeen ja "
                  "puolen vuoden kuluttua sekä ohjaajien fokusryhmähaastattelu syksyllä 2026."])
sekakappale(doc, [("Tavoite c. ", {"b": True}),
                  "Perustetaan yhteinen sähköinen simulaatiokalenteri ja kootaan skenaariopankki (tavoite 20 "
                  "skenaariota), jota sekä opettajat että sairaalan kouluttajat täydentävät. ",
                  ("Arviointi: ", {"i": True}),
                  "kalenterin varausten määrä ja jakautuminen organisaatioiden kesken, skenaarioiden määrä "
                  "sekä käyttäjien arviointityöpaja kesäkuussa 2026."])

lihava(doc, "Miten arvioimme?", 12)
kappale(doc, "Arviointi koostuu itsearvioinnista, ulkoisesta arvioinnista ja kohderyhmien palautteesta. "
        "Tarkoitus on tuottaa tietoa sekä hankkeen ohjaamiseen sen aikana että päätökseen siitä, jatkuuko "
        "toiminta hankkeen jälkeen.")
sekakappale(doc, [("Itsearviointi. ", {"b": True}),
                  "Hanketiimi (projektipäällikkö, kaksi simulaatio-opettajaa ja sairaalan opetuskoordinaattori) "
                  "käy jokaisen lukukauden lopussa läpi kerätyn aineiston ja tekee lyhyen itsearvioinnin: mitä "
                  "tavoitteista on saavutettu, mikä on jäänyt tekemättä ja mitä muutetaan. Itsearvioinnit "
                  "kirjataan ja viedään ohjausryhmälle."])
sekakappale(doc, [("Ulkoinen arviointi. ", {"b": True}),
                  "Ulkoisen arvioinnin tekee ostopalveluna Pohjoisrannikon yliopiston hoitotieteen laitos. "
                  "Arvioija tekee väliarvioinnin syksyllä 2025 dokumenttien ja haastattelujen perusteella sekä "
                  "loppuarvioinnin syys–marraskuussa 2026, jossa verrataan hankeryhmän ja vertailuryhmän "
                  "osaamisarviointeja. Arvioija ei osallistu hankkeen toteutukseen."])
sekakappale(doc, [("Opiskelijoiden ja ohjaajien ääni. ", {"b": True}),
                  "Jokaisen simulaatiopäivän lopuksi opiskelijat antavat nimettömän palautteen (viisi kysymystä "
                  "puhelimella). Kerran lukukaudessa pidetään opiskelijoiden fokusryhmä, ja opiskelijakunnan "
                  "edustaja on ohjausryhmän jäsen. Ohjaajien kokemukset kerätään kyselyillä ja fokusryhmässä."])

lihava(doc, "Arvioinnin aikataulu", 12)
taulukko(doc, [
    ["Aineisto", "Kuka kerää", "Milloin"],
    ["Osaamisen itsearviointi (opiskelijat)", "simulaatio-opettajat", "ennen 1. ja jälkeen 3. simulaatiopäivän, jokainen ryhmä"],
    ["Ohjaajan arvio harjoittelussa", "harjoittelun ohjaajat", "harjoittelun puoliväli, jokainen ryhmä"],
    ["Palaute simulaatiopäivistä", "projektipäällikkö", "jokaisen päivän lopuksi"],
    ["Opiskelijoiden fokusryhmä", "projektipäällikkö", "touko- ja marraskuu 2025 ja 2026"],
    ["Ohjaajakyselyt", "opetuskoordinaattori", "koulutuksen jälkeen ja 6 kk myöhemmin"],
    ["Kalenterin ja skenaariopankin käyttö", "projektipäällikkö", "neljännesvuosittain"],
    ["Väli- ja loppuarviointi", "ulkoinen arvioija", "syksy 2025; syys–marraskuu 2026"],
], leveydet=[6, 4, 6.5])
kappale(doc, "")

lihava(doc, "Mihin arviointitietoa käytetään?", 12)
kappale(doc, "Palautteet ja itsearvioinnit käytetään heti: skenaarioita ja jälkipurkua muokataan seuraavaa "
        "ryhmää varten. Ohjausryhmä käsittelee arviointitiedon jokaisessa kokouksessaan, ja ulkoisen "
        "arvioinnin raportti julkaistaan JVAMK:n julkaisusarjassa ja Theseuksessa.")
kappale(doc, "Arviointitieto on myös juurruttamisen perusta. Jo hankehakemusta laadittaessa "
        "sairaanhoitajakoulutuksen koulutuspäällikkö ja sairaalan hoitotyön johtaja sopivat, että "
        "simulaatiopäivät kirjataan opetussuunnitelmaan, jos arviointi osoittaa ne hyödyllisiksi. Hankkeen "
        "alussa, helmi–maaliskuussa 2025, perustettiin JVAMK:n ja sairaalan yhteinen simulaatiotyöryhmä, "
        "joka valmistelee opetussuunnitelmamuutoksen syksyn 2026 opetussuunnitelmatyöhön. Hankkeen jälkeen "
        "simulaatiokalenterista ja skenaariopankista vastaa JVAMK:n simulaatiokeskuksen vastaava opettaja. "
        "Tuloksista kerrotaan myös valtakunnallisilla simulaatiopäivillä ja Innokylässä.")

tallenna(doc, os.path.join(KOHDE, NIMI + ".docx"))
odotettu(os.path.join(KOHDE, NIMI), "arviointisuunnitelma", [])
print("ok", NIMI)

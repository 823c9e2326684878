"""02: yhdistyksen arviointisuunnitelma, kysymysotsikot, seuratut muutokset, arviointitaulukko.
Havainnot: ulkoista arviointia ei suunniteltu; yhdeltä tavoitteelta puuttuu arviointitapa."""
import os
from apu import *

NIMI = "02_arviointisuunnitelma_nuorten-tyopaja"
doc = uusi("Arial", 10)
tekija(doc, "Petra Salonen", "Polku eteenpäin arviointisuunnitelma")
yla_ala(doc, "Routasalmen Nuorten Verstas ry", "Polku eteenpäin 2025–2027 / arviointisuunnitelma")
PS = "Petra Salonen"
TL = "Toni Lindholm"

p = kappale(doc, "POLKU ETEENPÄIN -HANKE", lihava=True)
p.runs[0].font.size = Pt(15)
p = kappale(doc, "Arviointisuunnitelma", lihava=True)
p.runs[0].font.size = Pt(13)
kappale(doc, "Routasalmen Nuorten Verstas ry  •  päivitetty 3.2.2025  •  laatija: Petra Salonen, hankekoordinaattori")

otsikko(doc, "1 Hanke lyhyesti: tausta ja tavoitteet", 1)
kappale(doc, "Routasalmen Nuorten Verstas ry on vuonna 1998 perustettu yhdistys, joka ylläpitää nuorten "
        "työpajaa Routasalmen keskustassa. Pajalla on puu- ja metallipuoli, keittiö sekä media- ja "
        "kierrätyspaja. Polku eteenpäin on STEA:n rahoittama kolmivuotinen hanke, joka toteutetaan "
        "1.1.2025–31.12.2027.")
kappale(doc, "Hankkeen tarve tuli esiin pajan arjesta: vuonna 2023 noin kolmannes pajajaksolle tulleista "
        "nuorista keskeytti jakson ensimmäisen kuukauden aikana, ja monella syy oli arjen rytmin ja "
        "asumisen ongelmissa eikä itse työssä. Pelkkä työtoiminta ei riitä, vaan nuori tarvitsee rinnalleen "
        "valmentajan, joka auttaa myös arjen asioissa ja jatkopolun löytämisessä.")
kappale(doc, "Hankkeen tavoitteet ovat lyhyesti:")
luettelo(doc, [
    "nuorten arjenhallinta vahvistuu",
    "nuoret löytävät jatkopolun opintoihin tai työhön",
    "yhdistyksen ja kaupungin nuorisopalvelujen yhteistyö tiivistyy.",
])
kappale(doc, "Tarkemmin tavoitteet, toiminta ja arviointi on kuvattu luvun 3 arviointitaulukossa.")

otsikko(doc, "Kenelle toiminta on tarkoitettu?", 2)
kappale(doc, "Hankkeen kohderyhmänä ovat 16–29-vuotiaat routasalmelaiset nuoret, jotka ovat koulutuksen ja "
        "työn ulkopuolella tai vaarassa keskeyttää opintonsa. Vuosittain hankkeeseen osallistuu arviolta 45 "
        "nuorta. Lisäksi hankkeessa ovat mukana pajan työvalmentajat (6 henkilöä), Routasalmen kaupungin "
        "etsivä nuorisotyö ja nuorisopalvelut sekä paikalliset työnantajat, jotka tarjoavat työkokeilupaikkoja.")

otsikko(doc, "2 Miten arvioimme?", 1)
kappale(doc, "Arvioinnilla haluamme tietää, muuttuuko nuorten tilanne pajajakson aikana ja mitkä asiat "
        "toiminnassa auttavat. Arviointi on kevyttä ja kuuluu arkeen: emme halua, että nuoret kokevat olevansa "
        "jatkuvasti mittauksen kohteena.")
lihava(doc, "Hanketiimin itsearviointi")
p = kappale(doc, "Valmentajat kirjaavat jokaisen nuoren etenemisen valmennussuunnitelmaan, ja tiimi käy "
            "kirjaukset läpi ")
poisto(p, "joka toinen viikko", TL, "2025-01-28T14:02:00Z")
lisays(p, "kuukausittaisessa tiimipalaverissa", TL, "2025-01-28T14:02:00Z")
ajo(p, ". Jokaisen vuoden joulukuussa pidetään koko tiimin arviointipäivä, jossa katsotaan vuoden tulokset, "
       "mietitään mikä toimi ja mitä muutetaan seuraavana vuonna. Arviointipäivästä tehdään muistio.")
lihava(doc, "Nuorten oma arvio ja palaute")
kappale(doc, "Jakson alussa ja lopussa nuori täyttää valmentajan kanssa Arjen taidot -itsearviointilomakkeen "
        "(asuminen, raha-asiat, vuorokausirytmi, ruoka, asiointi, sosiaaliset suhteet, asteikko 1–5). "
        "Loppukeskustelussa nuori kertoo omin sanoin, mikä jaksossa auttoi ja mikä ei. Lisäksi kerran vuodessa "
        "keväällä tehdään nimetön palautekysely kaikille pajan nuorille, ja nuorten raati kokoontuu kahdesti "
        "vuodessa kommentoimaan toimintaa.")
lihava(doc, "Seurantatiedot")
p = kappale(doc, "Pajan asiakastietojärjestelmästä kootaan osallistujamäärät, jaksojen kestot, keskeytykset ja "
            "jatkosijoittuminen. Jatkosijoittuminen tarkistetaan puhelimitse ")
lisays(p, "tai tekstiviestillä ", PS, "2025-02-03T09:40:00Z")
ajo(p, "kolmen kuukauden kuluttua jakson päättymisestä.")

lihava(doc, "Arvioinnin aikataulu")
luettelo(doc, [
    "Arjen taidot -lomake: jokaisen nuoren jakson alussa ja lopussa (jatkuvasti 2025–2027)",
    "tiimin kirjausten läpikäynti: kuukausittain",
    "nuorten palautekysely: huhtikuussa 2025, 2026 ja 2027",
    "nuorten raati: maaliskuu ja lokakuu vuosittain",
    "jatkosijoittumisen tarkistus: 3 kk jakson jälkeen",
    "tiimin arviointipäivä: joulukuu 2025, 2026 ja 2027",
])

otsikko(doc, "3 Arviointitaulukko", 1)
taulukko(doc, [
    ["Tavoite", "Mitä tehdään", "Miten arvioidaan", "Milloin"],
    ["1. Nuorten arjenhallinta vahvistuu pajajakson aikana.",
     "Yksilövalmennus (valmentaja jokaiselle nuorelle), arjen taitojen ryhmä kerran viikossa: ruoanlaitto, "
     "raha-asiat, asiointi.",
     "Arjen taidot -itsearviointilomake alussa ja lopussa; loppukeskustelu; nuorten palautekysely.",
     "jakson alku ja loppu; kevät"],
    ["2. Nuoret löytävät jatkopolun opintoihin, työhön tai muuhun sopivaan palveluun.",
     "Työkokeilut yhteistyöyrityksissä, oppilaitosvierailut, opinto-ohjaajan tapaamiset pajalla.",
     "Jatkosijoittuminen 3 kk jakson jälkeen (tavoite 60 % opinnoissa, työssä tai muussa palvelussa); "
     "keskeytysten määrä.",
     "3 kk jakson jälkeen; vuosittain"],
    ["3. Yhdistyksen ja Routasalmen kaupungin nuorisopalvelujen yhteistyö nuorten ohjauksessa tiivistyy.",
     "Yhteinen tiimipalaveri etsivän nuorisotyön kanssa kerran kuussa, yhteinen kuvaus nuoren ohjauspolusta "
     "pajalle ja pajalta eteenpäin.",
     "",
     ""],
], leveydet=[4.2, 4.8, 4.8, 2.6])
kappale(doc, "")

otsikko(doc, "4 Mihin arviointitietoa käytetään?", 1)
kappale(doc, "Arviointitietoa käytetään ensisijaisesti oman toiminnan kehittämiseen: jos Arjen taidot "
        "-lomakkeen tuloksissa tai nuorten palautteessa näkyy, ettei jokin osa toimi, muutamme sitä jo saman "
        "vuoden aikana. Tiimin arviointipäivän muistio ja vuoden luvut käsitellään yhdistyksen hallituksessa, ja "
        "ne ovat pohjana STEA:lle tehtävälle vuosiraportille.")
kappale(doc, "Haluamme, että valmennusmalli jää pysyväksi osaksi pajan toimintaa. Jo hakuvaiheessa "
        "sovimme Routasalmen kaupungin nuorisopalvelujen kanssa, että heti hankkeen alussa, helmikuussa 2025, "
        "laaditaan yhdessä luonnos siitä, miten valmennus voisi jatkua hankkeen jälkeen osana kaupungin "
        "ostamaa pajapalvelua. Arviointitulokset tuodaan näihin neuvotteluihin, jotta päätös jatkosta "
        "perustuu tietoon eikä tuntumaan. Kokemuksistamme kerromme myös alueen muille työpajoille "
        "työpajayhdistysten verkostotapaamisissa ja yhdistyksen verkkosivuilla.")
kappale(doc, "Arviointisuunnitelmaa päivitetään tarvittaessa, vähintään kerran vuodessa tiimin arviointipäivän "
        "yhteydessä.")

tallenna(doc, os.path.join(KOHDE, NIMI + ".docx"))
odotettu(os.path.join(KOHDE, NIMI), "arviointisuunnitelma", [
    {"rule": "arviointi.ei-ulkoista"},
    {"rule": "tavoite.ei-arviointia", "count": 1},
])
print("ok", NIMI)

"""06: Järjestön loppuraportti omin kysymysotsikoin, muutosseuranta (lisäykset ja poistot). Ei havaintoja."""
from apu import *

T1, P1 = "Pirjo Halttunen", "2025-09-11T13:05:00Z"
T2, P2 = "Aleksi M", "2025-09-12T08:40:00Z"

d = uusi()
ylatunniste(d, "Lähimmäisten Pöytä ry", "Loppuraportti STEA:lle – Yhteinen pöytä -hanke")

kpl(d, "Yhteinen pöytä -hankkeen loppuraportti", lihava=True, koko=15)
kpl(d, "")
kpl(d, "Taustatiedot", lihava=True)
taulukko(d, [
    ["Järjestö", "Lähimmäisten Pöytä ry, Mäntyvaara"],
    ["Hanke", "Yhteinen pöytä – yhteisöruokailusta osallisuutta"],
    ["Avustuspäätös", "STEA, kohdenumero C 8241, päätöksen Dnro STEA/1547/2022"],
    ["Hankeaika", "1.1.2023–30.6.2025"],
], otsikkorivi=False, leveydet=[4, 12])
kpl(d, "")

kpl(d, "Mitä hankkeella tavoiteltiin?", lihava=True)
p = kpl(d, "Hanke syntyi ruoka-avun jonoista. Halusimme, että ruoka-apua hakevat ihmiset voisivat jonottamisen sijaan "
           "istua yhteisen pöydän ääreen, tutustua toisiinsa ja osallistua itse ruoan laittoon. Tavoitteina oli, että "
           "yksinäisyys osallistujien keskuudessa vähenee, että osallistujat pääsevät itse vaikuttamaan toimintaan "
           "vapaaehtoisina ")
poisto(p, "[täydennä tavoite 3]", T1, P1)
lisays(p, "ja että ruoka-avun saaminen ei enää tunnu häpeälliseltä.", T1, P1)

kpl(d, "Mitä käytännössä tehtiin? Menikö niin kuin suunniteltiin?", lihava=True)
kpl(d, "Järjestimme kolme kertaa viikossa seurakuntatalon keittiössä lounaan, joka maksoi "
       "2 € tai oli maksuton. Ruoka tehtiin pääosin kauppojen hävikkiruoasta. Keittiössä oli aina yksi palkattu "
       "kokki ja 3–6 vapaaehtoista, joista suurin osa oli itse ruokailijoita. Lisäksi järjestettiin kerran kuussa "
       "teemailta (esimerkiksi edunvalvonta, Kelan etuudet, lautapelit).")
p = kpl(d, "Suunnitelmasta poiketen emme saaneet toista toimipistettä Harjulaan, koska tila ei läpäissyt "
           "elintarvikeviranomaisen tarkastusta. ")
lisays(p, "Sen sijaan lisäsimme kolmannen ruokailupäivän keskustaan syksyllä 2023.", T2, P2)

kpl(d, "Mitä ongelmia tuli ja miten ne ratkaistiin?", lihava=True)
kpl(d, "Hävikkiruoan määrä vaihteli paljon, joten menu piti suunnitella aamulla. Kokki teki pohjareseptit, joita voi "
       "muunnella. Vapaaehtoisten jaksaminen oli välillä koetuksella; aloitimme kuukausittaiset "
       "vapaaehtoisten illat ja vuorolistan, jossa kukaan ei tee yli kahta vuoroa viikossa.")

kpl(d, "Miten budjetti toteutui?", lihava=True)
p = kpl(d, "Hankkeen budjetti oli 182 000 € ja käytimme ")
poisto(p, "noin 175 000 €", T1, P1)
lisays(p, "176 430 €", T1, P1)
teksti_ajo(p, ". Säästö syntyi tilavuokrista, koska seurakunta antoi keittiön käyttöön pienemmällä vuokralla kuin arvioimme.")

kpl(d, "Mitä saatiin aikaan? Toteutuivatko tavoitteet?", lihava=True)
viivat(d, [
    "Ruokailuja oli hankkeen aikana yhteensä 21 600, ja eri ruokailijoita noin 540.",
    "Loppukyselyssä (n = 118) 64 % kertoi, että yhteisöruokailu on vähentänyt yksinäisyyttä. Alkukyselyssä 2023 "
    "58 % oli kertonut olevansa usein yksinäinen, lopussa 31 %.",
    "Vapaaehtoisia oli kaikkiaan 47, ja heistä 36 oli itse ruokailijoita. Ruokalistasta ja teemailloista päätti "
    "ruokailijoiden ja vapaaehtoisten yhteinen pöytäraati.",
    "Kysyimme myös häpeästä: 78 % vastaajista koki, että yhteisöruokailuun on helpompi tulla kuin ruoka-avun jonoon.",
])
kpl(d, "Yllätys oli, että noin kymmenen vapaaehtoista on hankkeen aikana hakeutunut opiskelemaan tai töihin, "
       "kolme heistä ravintola-alalle.")

kpl(d, "Miten toimintaa ja tuloksia arvioitiin?", lihava=True)
kpl(d, "Alku- ja loppukysely ruokailijoille, vapaaehtoisten ryhmähaastattelut kerran vuodessa sekä ruokailu- ja "
       "vapaaehtoistilastot. Lisäksi STEA:n tuloksellisuusraportoinnin mittarit. Hallitus kävi tulokset läpi "
       "jokaisessa kokouksessaan.")

kpl(d, "Miten tästä eteenpäin?", lihava=True)
kpl(d, "Yhteisöruokailu jatkuu kahtena päivänä viikossa järjestön omalla varainhankinnalla ja Mäntyvaaran kaupungin "
       "järjestöavustuksella. Olemme hakeneet STEA:lta kohdennettua toiminta-avustusta vuodesta 2026 alkaen, "
       "jotta kolmas päivä voisi palata. Pöytäraati jatkaa, ja vapaaehtoisten illat pidetään jatkossakin. "
       "Haluamme kokeilla seuraavaksi lapsiperheille suunnattua lauantailounasta.")

kpl(d, "Mitä suosittelemme muille?", lihava=True)
kpl(d, "Ruokailijat kannattaa ottaa heti mukaan keittiöön – se muuttaa asetelman avun antajista ja saajista "
       "yhteiseksi tekemiseksi. Pieni maksu (2 €) oli monelle tärkeä, koska silloin ei tarvitse tuntea olevansa "
       "armopalojen varassa, mutta maksuttomuus on oltava mahdollista kysymättä. Elintarviketurvallisuus ja "
       "tilojen hyväksyntä kannattaa selvittää ennen kuin lupaa mitään rahoittajalle.")

kpl(d, "Tiivistelmä", lihava=True)
kpl(d, "Lähimmäisten Pöytä ry:n Yhteinen pöytä -hanke (1.1.2023–30.6.2025) muutti ruoka-avun jonon yhteiseksi "
       "lounaaksi. Mäntyvaaran seurakuntatalolla tarjottiin kolmesti viikossa hävikkiruoasta valmistettu lounas "
       "2 eurolla tai maksutta, ja ruokailijat osallistuivat itse ruoan laittoon vapaaehtoisina. Ruokailuja oli "
       "21 600 ja eri ruokailijoita noin 540. Usein yksinäiseksi itsensä kokevien osuus laski 58 prosentista "
       "31 prosenttiin, ja 36 ruokailijaa toimi vapaaehtoisena. Toiminta jatkuu kahtena päivänä viikossa järjestön "
       "omalla rahoituksella ja kaupungin avustuksella.")

kpl(d, "Päiväys ja yhteystiedot", lihava=True)
kpl(d, "Mäntyvaarassa 15.9.2025")
kpl(d, "Lisätietoja: toiminnanjohtaja Pirjo Halttunen, pirjo.halttunen@lahimmaistenpoyta.fi, puh. 050 447 1820")
kpl(d, "Hankkeen kokki ja vapaaehtoiskoordinaattori Aleksi Mäenpää, aleksi.maenpaa@lahimmaistenpoyta.fi")

tallenna(d, "06_loppuraportti_osallisuus.docx")

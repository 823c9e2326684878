import sys; sys.path.insert(0, "/tmp/batches/era-43/lahteet")
from apu import *

d = uusi()
alatunniste(d, "Asiointi sujuvaksi -hanke | Arviointisuunnitelma | päivitetty 12.5.2026", "Kaarnamäen kaupunki")
otsikko(d, "Asiointi sujuvaksi – hankkeen arviointisuunnitelma", 0)
kpl(d, "Hyväksytty ohjausryhmässä 12.5.2026. Hanketta rahoittaa Länsirannikon digitalisaatio-ohjelma (2025–2028).", italic=True)

otsikko(d, "1 Hanke lyhyesti", 1)
kpl(d, "Asiointi sujuvaksi on Kaarnamäen kaupungin digitaalisten palveluiden kehittämishanke, jonka toteutusaika on "
       "1.3.2026–31.8.2027. Hankkeessa uudistetaan kolme kaupungin yleisintä sähköistä asiointipalvelua "
       "(varhaiskasvatushakemus, liikuntavuorojen varaus ja rakennusvalvonnan neuvontapyyntö) ja perustetaan "
       "kirjastoon digiasioinnin tukipiste. Vuonna 2025 kaupungin sähköisistä lomakkeista keskeytyi kesken täytön "
       "41 prosenttia, ja asiakaspalvelupisteen käynneistä lähes kolmannes koski neuvontaa sähköisessä asioinnissa.")
kpl(d, "Kohderyhmänä ovat kaupungin asukkaat, erityisesti ikääntyneet ja maahan muuttaneet asukkaat, joille "
       "sähköinen asiointi on hankalaa, sekä palveluja ylläpitävät kaupungin työntekijät (noin 25 henkilöä).")

otsikko(d, "2 Tavoitteet ja niiden seuranta", 1)
kpl(d, "Arviointi kohdistuu hankesuunnitelman kolmeen tavoitteeseen. Taulukossa on kunkin tavoitteen toimenpiteet, "
       "arviointimenetelmä ja tiedonkeruun ajankohta.")
taulukko(d, [
    ["Tavoite", "Toimenpiteet", "Arviointimenetelmä / mittari", "Milloin"],
    ["Asiointipalvelut ovat helppokäyttöisiä ja ne saadaan täytettyä loppuun.",
     "Palveluiden uudistus palvelumuotoilun keinoin, käytettävyystestaus asukkaiden kanssa, lomakkeiden selkokielistäminen",
     "keskeytysprosentti (verkkoanalytiikka), käytettävyystestien havainnot, asiakaspalautekysely lomakkeen lopussa",
     "lähtötaso 3/2026, seuranta kuukausittain, vertailu 6/2027"],
    ["Asukkaat saavat apua sähköiseen asiointiin läheltä.",
     "Digiasioinnin tukipiste pääkirjastoon kahtena päivänä viikossa, vapaaehtoisten digikummien koulutus",
     "tukipisteen käyntimäärät ja asiointiaiheet, asiakkaiden palautelomake, digikummien haastattelut",
     "käynnit jatkuvasti, palaute 10/2026 ja 4/2027"],
    ["Kaupungin työntekijöillä on valmiudet kehittää palveluja asiakkaan näkökulmasta.",
     "Palvelumuotoilun työpajasarja (5 työpajaa) ylläpitäjille, oma kehittämistehtävä jokaiselle tiimille",
     "työpajojen palautekysely, osaamisen itsearvio alussa ja lopussa, valmiiden kehittämistehtävien määrä",
     "9/2026 ja 5/2027"],
])

otsikko(d, "3 Arvioinnin menetelmät ja tiedonkeruu", 1)
kpl(d, "Arviointi tehdään hankkeen omin voimin. Hankepäällikkö kokoaa tiedot, ja hanketiimi pitää itsearviointipalaverin "
       "kolmen kuukauden välein. Itsearvioinnissa käydään läpi mittaritiedot, kerätty palaute ja toteutuneet "
       "toimenpiteet sekä kirjataan, mitä muutetaan seuraavalla jaksolla.")
kpl(d, "Asukkaat ovat mukana arvioinnissa käytettävyystesteissä (vähintään 24 testaajaa, joista puolet yli 65-vuotiaita "
       "tai maahan muuttaneita), lomakkeiden palautekyselyssä ja tukipisteen palautteessa. Keväällä 2027 järjestetään "
       "kaksi asukasraatia, joissa asukkaat arvioivat uudistettuja palveluja.")
kpl(d, "Tiedonkeruun pääajankohdat: lähtötason mittaus maaliskuu 2026, väliarviointi lokakuu 2026, loppumittaus ja "
       "asukasraadit huhti–kesäkuu 2027.")

otsikko(d, "4 Raportointi ja arviointitiedon käyttö", 1)
kpl(d, "Arviointitulokset esitellään ohjausryhmälle sen kokouksissa. Väliraportti rahoittajalle laaditaan marraskuussa "
       "2026 ja loppuraportti elokuussa 2027.")
kpl(d, "Hankkeen viimeisellä puolivuotiskaudella (maaliskuu–elokuu 2027) arviointitulosten pohjalta valmistellaan "
       "uudistettujen palveluiden ja tukipisteen siirto pysyvään käyttöön. Palveluiden ylläpidosta vastaa "
       "hankkeen jälkeen kaupungin digipalveluyksikkö, ja tukipiste jatkaa kirjastopalveluiden toimintana. "
       "Kokemukset kootaan toimintamalliksi, joka julkaistaan Innokylässä ja kaupungin verkkosivuilla.")
d.save("/tmp/batches/era-43/lahteet/03_arviointisuunnitelma_asiointi_sujuvaksi.docx")

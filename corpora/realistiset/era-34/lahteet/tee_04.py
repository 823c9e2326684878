"""w34 / 04: arviointisuunnitelma, oppisopimuskoulutuksen työpaikkaohjaus. Muunnetaan .odt:ksi.
Puutteet: ei ulkoista arviointia; pohjatekstiä jäljellä (xx.xx.2028, [Kirjoita tähän])."""
import sys
from apu import *

d = uusi()
d.add_heading("Arviointisuunnitelma", 0)
kpl(d, "OSAVA – Osaava työpaikkaohjaaja oppisopimuskoulutuksessa")
kpl(d, "Itä-Uudenmaan aikuisopisto, versio 1.2 (syyskuu 2026)")

otsikko(d, "1 Tausta, tavoitteet ja kohderyhmä")
kpl(d, "OSAVA-hanke toteutetaan 1.9.2026–31.8.2028. Oppisopimusopiskelijoiden määrä aikuisopistossa on kasvanut kolmessa vuodessa 540:stä 820:een, mutta työpaikkaohjaajista vain noin kolmannes on käynyt työpaikkaohjaajakoulutuksen. Hankkeen kohderyhmänä ovat oppisopimusopiskelijat, heidän työpaikkaohjaajansa sekä aikuisopiston koulutustarkastajat.")
kpl(d, "Arvioinnin kohteena ovat hankkeen kolme tavoitetta:")
lista(d, [
 "Työpaikkaohjaajien ohjaustaidot vahvistuvat.",
 "Oppisopimusopiskelijoiden opinnot etenevät suunnitellusti ja keskeytykset vähenevät.",
 "Oppilaitoksen ja työpaikan yhteistyö tiivistyy niin, että kolmikantakeskustelut käydään säännöllisesti.",
], "List Number")

otsikko(d, "2 Arviointikysymykset ja menetelmät")
kpl(d, "Arviointi toteutetaan hankkeen omana itsearviointina. Hanketiimi kokoaa ja analysoi aineistot, ja ohjausryhmä käsittelee tulokset.")
taulukko(d, [["Tavoite", "Toimenpide", "Arviointimenetelmä ja aineisto", "Ajankohta"],
 ["Työpaikkaohjaajien ohjaustaidot vahvistuvat", "Verkkopohjainen työpaikkaohjaajakoulutus (3 osp) ja ohjaajatapaamiset", "Ohjaajien itsearviointilomake ennen ja jälkeen koulutuksen; opiskelijoiden arvio saamastaan ohjauksesta", "koulutuksen alussa ja lopussa, syksy 2026 – kevät 2028"],
 ["Opinnot etenevät ja keskeytykset vähenevät", "Koulutustarkastajan tiivistetty seuranta ensimmäisten kuuden kuukauden aikana", "Keskeytysten ja tutkinnon osien suoritusten seuranta opintohallintojärjestelmästä", "lukukausittain"],
 ["Kolmikantayhteistyö tiivistyy", "Kolmikantakeskustelujen malli ja muistutuskäytäntö", "Toteutuneiden kolmikantakeskustelujen määrä; opiskelijoiden ja työpaikkaohjaajien ryhmähaastattelut", "kevät 2027 ja kevät 2028"]])
kpl(d, "Opiskelijoilta kerätään lisäksi palautetta lyhyellä mobiilikyselyllä jokaisen tutkinnon osan päätteeksi. Työpaikkaohjaajille järjestetään kaksi arviointityöpajaa, joissa tuloksia tulkitaan yhdessä.")

otsikko(d, "3 Arviointitiedon hyödyntäminen ja raportointi")
kpl(d, "Arviointitiedon käyttöä on mietitty jo hakuvaiheessa: hankkeen alussa sovimme koulutuspäällikön kanssa, että arvioinnin tulokset käsitellään aikuisopiston laatutyöryhmässä kahdesti vuodessa ja toimivaksi todetut käytännöt siirretään oppisopimustoiminnan laatukäsikirjaan. Koulutuspäällikkö vastaa siitä, että työpaikkaohjaajakoulutus jatkuu aikuisopiston omana toimintana hankkeen jälkeen.")
kpl(d, "Väliraportti laaditaan elokuussa 2027 ja arvioinnin loppuraportti julkaistaan xx.xx.2028 aikuisopiston verkkosivuilla. Tuloksista kerrotaan myös alueellisessa oppisopimusseminaarissa.")
kpl(d, "Arviointiin käytettävät resurssit: [Kirjoita tähän]")
d.save(sys.argv[1])

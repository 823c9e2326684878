"""08: arviointisuunnitelma (hyvinvointialue + liikuntajärjestö + seurakunnat), tavoitetaulukko,
arviointi kerrottuna tarinana siitä, mitä keneltä kysytään; sisältöohjausobjektit perustiedoissa,
sisäkkäinen taulukko aikataulussa, lihavoidut otsikot. Hyvä asiakirja."""
from apu import *
import sys

d = uusi()
lihava(d, "ARVIOINTISUUNNITELMA", 16)
sdt_kappale(d, "Hankkeen nimi", "hanke_nimi", "Liikkuva arki – kumppanuushanke ikääntyvien ja työelämän ulkopuolella olevien liikkumisen tueksi", lihavoi=True)
p = kpl(d, "Hankeaika: ")
sdt_rivi(p, "Hankeaika", "hankeaika", "1.2.2026–31.1.2028")
p = kpl(d, "Hallinnoija: ")
sdt_rivi(p, "Hallinnoija", "hallinnoija", "Etelä-Kairan hyvinvointialue, hyvinvoinnin ja terveyden edistämisen yksikkö")
p = kpl(d, "Arvioinnin vastuuhenkilö: ")
sdt_rivi(p, "Vastuuhenkilö", "vastuuhenkilo", "hyte-suunnittelija Tiina Lehtola")

lihava(d, "Hankkeen tausta, tavoitteet ja kohderyhmä")
kpl(d, "Liikkuva arki on Etelä-Kairan hyvinvointialueen, Kairan Liikunta ry:n ja alueen kolmen seurakunnan "
       "yhteinen hanke. Sen kohderyhmänä ovat yli 65-vuotiaat kotona asuvat, jotka liikkuvat vähän, sekä "
       "työelämän ulkopuolella olevat työikäiset, joiden arki on kaventunut. Välillisesti kohderyhmään kuuluvat "
       "kotihoidon ja työllisyyspalvelujen työntekijät, jotka ohjaavat asiakkaita liikkeelle.")
kpl(d, "Arvioinnilla seurataan hankkeen kolmen tavoitteen toteutumista. Taulukko kokoaa, mitä kunkin tavoitteen "
       "eteen tehdään ja millä sitä arvioidaan.")
taulukko(d, [
    ["Tavoite", "Toimenpiteet", "Arviointimenetelmä ja mittari"],
    ["1. Vähän liikkuvat ikääntyneet aloittavat säännöllisen liikkumisen.",
     "Liikuntaneuvonta kotikäynnillä, kävelyryhmät seurakuntien pihoilla, kuntosaliryhmät.",
     "Osallistujien oma arvio liikkumisesta (viikoittaiset liikuntakerrat) alussa ja 6 kk kohdalla; "
     "tuolilta nousu -testi; ryhmien kävijämäärät."],
    ["2. Työelämän ulkopuolella olevien työikäisten arkirytmi ja osallisuus vahvistuvat.",
     "Aamupäivän liikuntaryhmät työllisyyspalvelujen asiakkaille, vertaisohjaajakoulutus.",
     "Osallisuusmittari alussa ja lopussa; haastattelut; vertaisohjaajiksi koulutettujen määrä."],
    ["3. Ammattilaiset ohjaavat asiakkaita liikuntaan osana omaa työtään.",
     "Liikuntaneuvonnan koulutus kotihoidolle ja työllisyyspalveluille, ohjauskortti.",
     "Työntekijäkysely alussa ja lopussa; liikuntaneuvontaan ohjattujen asiakkaiden määrä."],
])

lihava(d, "Miten arvioimme? – Arvioinnin menetelmät ja tiedonkeruu")
kpl(d, "Arviointi etenee kuin tarina hankkeen kulusta. Heti alussa, helmi–maaliskuussa 2026, kysymme kotihoidon ja "
       "työllisyyspalvelujen työntekijöiltä verkkokyselyllä, kuinka usein he puhuvat asiakkaan kanssa "
       "liikkumisesta ja mitä siihen tarvitsisivat. Samaan aikaan ensimmäisiin ryhmiin tulevat osallistujat "
       "täyttävät ohjaajan kanssa lyhyen alkukartoituksen.")
kpl(d, "Kun ryhmät ovat pyörineet puoli vuotta, syksyllä 2026, ohjaajat kysyvät osallistujilta uudelleen, kuinka "
       "monena päivänä viikossa he liikkuvat, ja tekevät tuolilta nousu -testin. Samalla kutsumme kuusi–kahdeksan "
       "osallistujaa kustakin ryhmästä palautekeskusteluun kahvin äärelle: mikä sai lähtemään, mikä meinasi "
       "estää ja mitä he muuttaisivat.")
kpl(d, "Keväällä 2027 hanketiimi ja kumppanit pitävät itsearviointityöpajan, jossa käydään läpi kerätty tieto "
       "ja päätetään, mitä toiminnassa muutetaan. Työpajaan kutsutaan myös kaksi osallistujien edustajaa.")
kpl(d, "Ulkoisen arvioinnin tekee Arviointitoimisto Sointu Oy. Se haastattelee syksyllä 2027 kumppanien johtoa, "
       "työntekijöitä ja osallistujia sekä analysoi hankkeen seurantatiedot. Loppuvuodesta 2027 työntekijäkysely "
       "toistetaan ja osallisuusmittari täytetään toisen kerran.")

lihava(d, "Aikataulu")
t = taulukko(d, [["Ajankohta", "Mitä tehdään"],
                 ["2026", ""],
                 ["2027", ""],
                 ["tammikuu 2028", "Loppuraportti ja arvioinnin tulosten esittely ohjausryhmälle."]])
sis = t.cell(1, 1).add_table(rows=2, cols=2)
sis.style = "Table Grid"
for (i, j), v in {(0, 0): "helmi–maaliskuu", (0, 1): "työntekijäkysely, alkukartoitukset",
                  (1, 0): "syys–lokakuu", (1, 1): "6 kk mittaukset, palautekeskustelut"}.items():
    sis.cell(i, j).text = v
sis2 = t.cell(2, 1).add_table(rows=2, cols=2)
sis2.style = "Table Grid"
for (i, j), v in {(0, 0): "huhtikuu", (0, 1): "itsearviointityöpaja",
                  (1, 0): "syys–joulukuu", (1, 1): "ulkoinen arviointi, loppumittaukset"}.items():
    sis2.cell(i, j).text = v
kpl(d, "")

lihava(d, "Arviointitiedon käyttö ja raportointi")
kpl(d, "Arviointitieto käsitellään ohjausryhmässä puolivuosittain, ja sen perusteella ryhmien aikoja, paikkoja ja "
       "sisältöjä muutetaan. Väliraportti laaditaan helmikuussa 2027 ja loppuraportti tammikuussa 2028. Ulkoisen "
       "arvioinnin raportti julkaistaan hyvinvointialueen verkkosivuilla.")
kpl(d, "Arviointi palvelee myös toiminnan jatkumista. Jo hakuvaiheessa sovimme hyvinvointialueen hyte-johtoryhmän "
       "kanssa, että arvioinnin tulokset tuodaan sen käsittelyyn, kun päätetään liikuntaneuvonnan vakinaistamisesta "
       "osaksi kotihoidon ja työllisyyspalvelujen perustyötä. Hankkeen alusta saakka seurantatiedot kootaan "
       "muotoon, jota hyvinvointialueen hyvinvointikertomus voi käyttää myöhemminkin.")
d.save(sys.argv[1])

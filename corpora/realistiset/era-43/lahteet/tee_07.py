import sys; sys.path.insert(0, "/tmp/batches/era-43/lahteet")
from apu import *

d = uusi()
alatunniste(d, "Taidetta arkeen – arviointisuunnitelma v1.2 – 4.2.2026", "Vaahterasalon hyvinvointialue / Kulttuurihyvinvoinnin yksikkö")
otsikko(d, "ARVIOINTISUUNNITELMA", 0)
sisaltokentta(d, "Hankkeen nimi", "Taidetta arkeen – kulttuuria kotihoidon asiakkaille", etu="Hanke: ")
sisaltokentta(d, "Hallinnoija", "Vaahterasalon hyvinvointialue", etu="Hallinnoija: ")
sisaltokentta(d, "Toteutusaika", "1.1.2026–31.12.2028", etu="Toteutusaika: ")
sisaltokentta(d, "Rahoittaja", "Kulttuurihyvinvoinnin kehittämisrahasto Kehrä, hakukierros 2025", etu="Rahoittaja: ")

otsikko(d, "1. Hankkeen tausta, tavoitteet ja kohderyhmä", 1)
kpl(d, "Vaahterasalon hyvinvointialueella on noin 2 300 säännöllisen kotihoidon asiakasta. Asiakaskyselyssä 2024 "
       "lähes puolet kertoi, ettei ole osallistunut mihinkään kulttuuritoimintaan viimeisen vuoden aikana. Hanke tuo "
       "taiteilijoiden työtä kotihoidon asiakkaiden koteihin ja lähipalvelukeskuksiin ja kouluttaa kotihoidon "
       "henkilöstöä käyttämään taidelähtöisiä menetelmiä arjessa.")
kpl(d, "Kohderyhmänä ovat kotihoidon asiakkaat ja heidän omaisensa sekä kotihoidon lähihoitajat ja "
       "sairaanhoitajat neljällä kotihoitoalueella. Hankkeen tavoitteet ja niiden arviointi on koottu taulukkoon.")

t = taulukko(d, [
    ["Tavoite", "Miten tavoitteeseen päästään ja miten sitä arvioidaan", "", ""],
    ["", "Toimenpiteet", "Arviointimenetelmä / mittari", "Ajankohta"],
    ["Kotihoidon asiakkaat osallistuvat kulttuuritoimintaan omassa arjessaan.",
     "Taiteilijoiden kotikäynnit (musiikki, sanataide, kuvataide) ja viikoittaiset kulttuurituokiot lähipalvelukeskuksissa",
     "osallistuneiden asiakkaiden määrä; asiakkaiden kokemus kuvakortein ja lyhyellä haastattelulla käynnin jälkeen",
     "käynnit kirjataan jatkuvasti, haastattelut keväisin 2026–2028"],
    ["Henkilöstö käyttää taidelähtöisiä menetelmiä osana hoitotyötä.",
     "Kulttuurihyvinvoinnin koulutus (4 moduulia) ja alueittaiset kulttuuriagentit",
     "koulutukseen osallistuneiden määrä; menetelmien käyttö asiakaskäynneillä (kirjaus asiakastietojärjestelmään); henkilöstökysely",
     "henkilöstökysely 3/2026 ja 10/2028"],
    ["Omaiset ja vapaaehtoiset ovat mukana kulttuuritoiminnassa.",
     "Omaisille suunnatut kulttuuri-illat, yhteistyö Vaahterasalon Eläkeläiset ry:n vapaaehtoisten kanssa",
     "omaisten ja vapaaehtoisten määrä tilaisuuksissa; omaisten palautekysely",
     "palautekysely jokaisen illan jälkeen, koonti syksyisin"],
])
yhdista(t, 0, 0, 1, 0, "Tavoite")
yhdista(t, 0, 1, 0, 3, "Miten tavoitteeseen päästään ja miten sitä arvioidaan")

otsikko(d, "2. Arvioinnin näkökulmat ja tiedonkeruu", 1)
otsikko(d, "2.1 Itsearviointi", 2)
kpl(d, "Hanketiimi (projektipäällikkö, kaksi taiteilijakoordinaattoria) arvioi työtään kuukausittaisissa "
       "tiimipalavereissa ja kirjaa havainnot arviointipäiväkirjaan. Kerran vuodessa marraskuussa pidetään "
       "itsearviointityöpaja, johon osallistuvat myös kulttuuriagentit.")
otsikko(d, "2.2 Asiakkaiden ja omaisten ääni", 2)
kpl(d, "Kaikki kotihoidon asiakkaat eivät pysty vastaamaan kirjalliseen kyselyyn, joten kokemus kysytään "
       "kuvakorteilla tai lyhyellä haastattelulla käynnin jälkeen. Omaisille tehdään palautekysely. Keväällä 2027 "
       "järjestetään kaksi asiakasraatia lähipalvelukeskuksissa.")
otsikko(d, "2.3 Ulkoinen arviointi", 2)
kpl(d, "Ulkoisen arvioinnin tekee Sarastia-instituutin hyvinvointitutkimuksen yksikkö tarjouskilpailun perusteella. "
       "Ulkoinen arvioija tekee väliarvioinnin syksyllä 2027 ja loppuarvioinnin syys–marraskuussa 2028; "
       "aineistona ovat hankkeen seurantatiedot sekä arvioijan omat henkilöstö- ja johdon haastattelut.")

otsikko(d, "3. Arviointitiedon käyttö ja tulosten juurruttaminen", 1)
kpl(d, "Arviointitiedot käsitellään ohjausryhmässä neljännesvuosittain, ja toimintaa muutetaan niiden perusteella. "
       "Väliarvioinnin tulokset julkaistaan hyvinvointialueen verkkosivuilla ja loppuraportti Innokylässä.")
kpl(d, "Juurruttamisesta sovittiin jo hakuvaiheessa: kotihoidon palvelupäällikkö on ohjausryhmän jäsen, ja "
       "hankkeen ensimmäisen puolen vuoden aikana (kevät 2026) kulttuuritoiminta kirjataan kotihoidon "
       "palvelukuvaukseen kokeiluna. Kulttuuriagenttien tehtävä kirjataan toimenkuviin vuonna 2027, ja "
       "arviointitulosten perusteella hyvinvointialue päättää toiminnan jatkamisesta syksyllä 2028 vuoden 2029 talousarvion valmistelussa.")
d.save("/tmp/batches/era-43/07_arviointisuunnitelma_taidetta_arkeen.docx")

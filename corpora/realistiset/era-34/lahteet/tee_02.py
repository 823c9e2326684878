"""w34 / 02: pitkä projektisuunnitelma, aikuisten perustaitokoulutus. Tallennetaan PDF:ksi LibreOfficella.
Puutteet: juurruttaminen alkaa vasta hankkeen lopussa; jatkon omistajina vain hankehenkilöstö."""
import sys
from apu import *

d = uusi()
d.add_heading("PROJEKTISUUNNITELMA", 0)
lihava(d, "Taitoa työhön – aikuisten perustaitojen koulutusmalli Kesä-Hämeen kansanopistossa")
kpl(d, "Hakija: Kesä-Hämeen kansanopiston kannatusyhdistys ry. Laadittu 5.10.2026.")

lihava(d, "1 LÄHTÖTILANNE")
kpl(d, "Kansainvälisen aikuistutkimuksen (PIAAC) tuoreimpien tulosten mukaan noin joka kuudennella suomalaisella aikuisella on heikot luku- ja numerotaidot. Osuus on suurempi ikäryhmässä 45–65 vuotta ja niillä, joilla ei ole toisen asteen tutkintoa. Kesä-Hämeen seutukunnassa ilman perusasteen jälkeistä tutkintoa oli vuoden 2024 lopussa 18 prosenttia 25–64-vuotiaista, kun koko maan osuus oli 14 prosenttia.")
kpl(d, "Seudun työvoimapalveluiden asiakkaista noin 1 900 on ollut työttömänä yli vuoden. Työvoimapalveluiden ohjaajien arvion mukaan merkittävä osa heistä tarvitsisi perustaitojen vahvistamista ennen kuin ammatillinen koulutus tai työllistyminen on realistista. Digitaaliset asiointipalvelut ovat lisänneet vaatimuksia: työnhaku, Kela-asiointi ja verkkopankki edellyttävät sujuvaa lukutaitoa ja laitteiden käyttöä.")
kpl(d, "Kansanopisto on järjestänyt vapaan sivistystyön kursseja vuodesta 1952. Lukuvuonna 2025–2026 opistossa oli 3 100 kurssilaista, mutta perustaitoja vahvistavia kursseja oli tarjolla vain kaksi, ja niille osallistui yhteensä 34 henkeä. Kurssien markkinointi ei ole tavoittanut niitä, jotka kursseista hyötyisivät eniten: heikot perustaidot ovat usein häpeän aihe, eikä koulutukseen hakeuduta itse.")
kpl(d, "Vapaan sivistystyön lainsäädäntöön tehdyt muutokset mahdollistavat aiempaa paremmin osaamisen tunnistamisen ja sen kirjaamisen. Seudulla ei kuitenkaan ole toimintamallia, jossa perustaitojen koulutus, osaamisen tunnistaminen ja ohjaus jatkopoluille kytkeytyisivät toisiinsa. Tähän aukkoon projekti vastaa.")
kpl(d, "Projektin valmistelussa kuultiin kesällä 2026 työvoimapalveluiden ohjaajia, kahden kunnan aikuissosiaalityötä ja Kesä-Hämeen ammattiopiston aikuiskoulutusta. Työpajoissa nousi esiin, että tarve on suurin ikääntyvillä työnhakijoilla ja maahan muuttaneilla, joiden suomen kielen taito on jo kohtuullinen mutta luku- ja numerotaidot tai digitaidot ovat puutteellisia.")
sivunvaihto(d)

lihava(d, "2 KOHDERYHMÄT")
kpl(d, "Ensisijainen kohderyhmä ovat seudun 25–64-vuotiaat aikuiset, joilla on heikot luku-, numero- tai digitaidot ja jotka ovat työttömiä tai vaarassa jäädä työttömiksi. Tavoittelemme projektin aikana 240 osallistujaa. Toissijaisena kohderyhmänä ovat työvoimapalveluiden ja aikuissosiaalityön ohjaajat sekä kansanopiston opettajat.")

lihava(d, "3 TAVOITTEET")
kpl(d, "Tavoitteena on kehittää seudulle pysyvä perustaitojen koulutusmalli. Osatavoitteet ovat seuraavat:")
lista(d, [
 "Osallistujien luku-, numero- ja digitaidot paranevat niin, että he selviytyvät arjen ja työnhaun asioinnista itsenäisesti.",
 "Ohjaajat tunnistavat heikot perustaidot ja osaavat ohjata asiakkaan koulutukseen matalalla kynnyksellä.",
 "Osallistujien osaaminen tulee näkyväksi ja heillä on suunnitelma jatkopolusta koulutukseen tai työhön.",
], "List Number")

lihava(d, "4 TOTEUTUS")
kpl(d, "Projekti toteutetaan neljän työpaketin avulla.")
lihava(d, "Työpaketti 1: Lähikurssit ja verkkotuki")
kpl(d, "Järjestämme kolmella paikkakunnalla 8 viikon perustaitokursseja, joissa harjoitellaan lukemista, laskemista ja laitteiden käyttöä aidoissa tilanteissa: työpaikkailmoitusten lukeminen, palkkalaskelman tulkinta, verkkoasiointi. Kurssit pidetään kirjastojen ja työllisyyspalveluiden tiloissa, jotta kynnys osallistua on matala. Kurssien välillä osallistujat saavat tukea digineuvonnasta kahtena iltana viikossa.")
lihava(d, "Työpaketti 2: Ohjaajien koulutus")
kpl(d, "Koulutamme työvoimapalveluiden ja sosiaalityön ohjaajille puolen päivän mittaisen työpajasarjan heikkojen perustaitojen tunnistamisesta ja puheeksi ottamisesta. Laadimme ohjaajille lyhyen tunnistamisen tarkistuslistan sekä esitteen, jonka asiakas voi viedä mukanaan.")
lihava(d, "Työpaketti 3: Osaamisen tunnistaminen ja jatkopolut")
kpl(d, "Jokaisen kurssin lopuksi osallistujan osaaminen kuvataan osaamismerkein, ja hänen kanssaan laaditaan henkilökohtainen jatkopolkusuunnitelma yhdessä työvoimapalveluiden ohjaajan kanssa. Jos osallistuja hakeutuu ammatilliseen koulutukseen, hänen luvallaan jatkopolkusuunnitelma välitetään ammattiopiston hakijapalveluille.")
lihava(d, "Työpaketti 4: Hallinnointi, arviointi ja mallinnus")
kpl(d, "Neljäs työpaketti kattaa projektin hallinnoinnin, seurannan ja toimintamallin kuvaamisen.")
sivunvaihto(d)

lihava(d, "5 AIKATAULU")
kpl(d, "Projektin kesto on 17 kuukautta, 1.8.2027–31.12.2028.")
taulukko(d, [["Vaihe", "Ajankohta", "Sisältö"],
 ["Käynnistys", "elo–syyskuu 2027", "Rekrytointi, kurssipaikkojen sopiminen, ohjaajien ensimmäinen työpaja"],
 ["Ensimmäiset kurssit", "loka–joulukuu 2027", "Kurssit kahdella paikkakunnalla"],
 ["Laajentaminen", "tammi–toukokuu 2028", "Kurssit kolmella paikkakunnalla, osaamismerkit käyttöön"],
 ["Kesätauko ja välikatsaus", "kesä–heinäkuu 2028", "Palautteen koonti, kurssisisältöjen päivitys"],
 ["Viimeiset kurssit", "elo–marraskuu 2028", "Kurssit ja jatkopolkusuunnitelmat"],
 ["Päättäminen", "joulukuu 2028", "Loppuraportti ja loppuseminaari"]])

sivunvaihto(d)
lihava(d, "6 ARVIOINTI JA SEURANTA")
kpl(d, "Projektin tuloksia seurataan seuraavilla mittareilla:")
lista(d, [
 "Taitojen kehittyminen: osallistujat tekevät kurssin alussa ja lopussa lyhyen luku- ja laskutaitojen sekä laitteiden käytön taitotestin; tavoitteena on, että 70 % osallistujista parantaa tulostaan.",
 "Ohjaajien valmiudet: koulutettujen ohjaajien määrä (tavoite 60) ja heidän kauttaan kursseille ohjattujen asiakkaiden osuus kaikista osallistujista.",
 "Jatkopolut: myönnettyjen osaamismerkkien määrä ja niiden osallistujien osuus, joilla on kuuden kuukauden kuluttua opiskelu- tai työpaikka tai muu sovittu jatkopolku.",
])
kpl(d, "Lisäksi jokaiselta kurssilta kerätään osallistujapalaute suullisesti ja lyhyellä selkokielisellä lomakkeella.")

lihava(d, "7 ODOTETUT TULOKSET")
kpl(d, "Projektin tuloksena seudulla on kuvattu ja kokeiltu perustaitojen koulutusmalli, johon kuuluvat matalan kynnyksen kurssit, ohjaajien tunnistamisen työkalut ja osaamismerkit. Vaikutuksena odotamme, että heikoista perustaidoista kärsivät aikuiset hakeutuvat aiempaa useammin koulutukseen ja työllistyvät.")

sivunvaihto(d)
lihava(d, "8 TULOSTEN HYÖDYNTÄMINEN JA JATKUVUUS")
kpl(d, "Projektin viimeisellä puolivuotiskaudella, syksyllä 2028, keskitymme siihen, että malli jää elämään. Kerromme tuloksista seudun kunnille ja työvoimapalveluille sekä projektin verkkosivuilla ja loppuseminaarissa joulukuussa 2028. Syyskuusta 2028 alkaen muokkaamme kurssisisällöt kahdeksi versioksi, toisen ikääntyville työnhakijoille ja toisen maahan muuttaneille. Tarjoamme mallia kokeiltavaksi naapuriseudun kansalaisopistoille, ja pyrimme siihen, että perustaitokurssit sisällytetään kansanopiston vuosittaiseen opetussuunnitelmaan.")
kpl(d, "Tähän työhön käytetään projektipäällikön työajasta 30 prosenttia syys–joulukuussa 2028. Jatkosta vastaavat projektipäällikkö ja projektin kouluttajat, jotka kokoavat materiaalit ja ohjeet projektin päättyessä.")

lihava(d, "9 KUSTANNUSARVIO")
kpl(d, "Projektin kokonaiskustannukset ovat 268 500 euroa. Haettava tuki on 241 650 euroa (90 %), omarahoitus 26 850 euroa.")
taulukko(d, [["Kustannuslaji", "2027", "2028", "Yhteensä"],
 ["Palkat ja sivukulut", "62 000", "148 000", "210 000"],
 ["Ostopalvelut", "4 000", "12 500", "16 500"],
 ["Tilat ja laitteet", "9 000", "14 000", "23 000"],
 ["Matkat", "3 500", "7 500", "11 000"],
 ["Viestintä ja tilaisuudet", "2 000", "6 000", "8 000"],
 ["Yhteensä", "80 500", "188 000", "268 500"]])

sivunvaihto(d)
lihava(d, "10 ORGANISOINTI")
kpl(d, "Projektia hallinnoi Kesä-Hämeen kansanopiston kannatusyhdistys ry. Projektihenkilöstöön kuuluvat projektipäällikkö (100 %) ja kaksi kouluttajaa (yhteensä 1,5 henkilötyövuotta). Ohjausryhmässä ovat edustettuina kansanopisto, seudun työvoimapalvelut, kaksi kuntaa, ammattiopisto ja osallistujien edustaja.")

lihava(d, "11 RISKIT")
kpl(d, "Suurin riski on, etteivät kohderyhmään kuuluvat aikuiset hakeudu kursseille. Riskiä pienennetään ohjaajien koulutuksella ja sillä, että kurssit järjestetään tutuissa paikoissa. Toinen riski on kouluttajien vaihtuvuus; sitä hallitaan kirjaamalla kurssisisällöt yhteiseen materiaalipankkiin.")

lihava(d, "12 VIESTINTÄ")
kpl(d, "Viestinnässä käytetään selkokieltä. Kursseista tiedotetaan paikallislehdissä, kirjastoissa, työvoimapalveluiden asiakastiloissa ja ohjaajien kautta. Projektin verkkosivuilla julkaistaan kurssiaikataulut ja projektin uutiset.")

sivunvaihto(d)
lihava(d, "LIITE 1 TEHTÄVÄT KUUKAUSITTAIN")
kpl(d, "Alla on projektin työsuunnitelma kuukausittain. Taulukkoa päivitetään ohjausryhmän kokouksissa.")
T1 = ["Kurssipaikkojen ja -aikojen sopiminen kirjastojen kanssa", "Kurssilaisten haku ohjaajien kautta", "Lähikurssit ja digineuvonta", "Kurssilaisten alku- ja lopputestit", "Kurssipalautteen koonti"]
T2 = ["Ohjaajien työpaja: heikkojen perustaitojen tunnistaminen", "Tarkistuslistan ja esitteen laadinta", "Ohjaajien työpaja: puheeksi ottaminen", "Ohjaajien vertaistapaaminen"]
T3 = ["Osaamismerkkien määrittely", "Jatkopolkukeskustelut kurssien lopussa", "Jatkopolkusuunnitelmien välitys hakijapalveluille"]
def teht(v, k, i):
    if (v, k) == (2027, 8): return ("TP4", "Projektipäällikön ja kouluttajien aloitus, ohjausryhmän ensimmäinen kokous", "projektipäällikkö")
    if k == 7: return ("–", "Kesätauko, palautteen koonti", "projektipäällikkö")
    lst = [T1, T2, T3][i % 3]
    return (["TP1", "TP2", "TP3"][i % 3], lst[i % len(lst)], ["kouluttajat", "projektipäällikkö", "kouluttajat"][i % 3])
tehtavataulukko(d, (2027, 8), (2028, 12), teht)
sivunvaihto(d)
lihava(d, "LIITE 2 KURSSIEN SISÄLTÖ")
for nimi, kuvaus in [
 ("Kurssi A: Lukeminen arjessa", "Kurssilla luetaan aitoja arjen tekstejä, kuten kirjeitä viranomaisilta, työpaikkailmoituksia, lääkkeiden pakkausselosteita ja vuokrasopimuksia. Jokainen kerta alkaa lyhyellä keskustelulla siitä, mitä tekstejä osallistujat ovat viikon aikana kohdanneet. Osallistujat saavat harjoitella omaan tahtiinsa, eikä ketään pyydetä lukemaan ääneen muiden kuullen. Kouluttaja tekee jokaisen osallistujan kanssa lyhyen henkilökohtaisen tavoitteen, joka kirjataan osaamismerkkiä varten."),
 ("Kurssi B: Numerot ja raha", "Kurssilla harjoitellaan prosenttilaskua, palkkalaskelman ja laskujen tulkintaa, kotitalouden budjetin laatimista sekä ajan ja mittojen laskemista työtehtävissä. Harjoitukset perustuvat osallistujien omiin esimerkkeihin: moni haluaa ymmärtää, miksi työttömyysetuuden määrä vaihtelee kuukaudesta toiseen. Kurssin lopuksi jokainen laatii itselleen kuukausibudjetin."),
 ("Kurssi C: Laitteet haltuun", "Kurssilla opetellaan älypuhelimen, tabletin ja tietokoneen perustoiminnot, vahva sähköinen tunnistautuminen, sähköposti, työnhakuportaalin käyttö sekä turvallinen verkkoasiointi. Osallistujat voivat tuoda oman laitteensa, ja opistolla on lainattavia laitteita niille, joilla omaa laitetta ei ole. Digineuvonnan illoissa kurssilaiset voivat jatkaa harjoittelua kurssin päätyttyä."),
]:
    lihava(d, nimi)
    kpl(d, kuvaus)
    kpl(d, "Kurssin kesto on 8 viikkoa, kaksi kertaa viikossa kolme tuntia kerrallaan. Ryhmän koko on enintään 10 osallistujaa, ja ryhmässä on kouluttajan lisäksi tarvittaessa avustaja. Kurssi on osallistujille maksuton, ja matkakulut korvataan niille, joiden matka on yli viisi kilometriä.")
d.save(sys.argv[1])

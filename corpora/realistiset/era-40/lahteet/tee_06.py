"""06: loppuraportti (Kaiku-mallin tapaan), liikuntaleirit. Muunnetaan .pdf:ksi. Tahalliset puutteet:
ei diaarinumeroa, raportti laadittu yli kolme kuukautta hankkeen päättymisen jälkeen."""
import sys
from apu import *

d = uusi()
d.add_heading("Kesäliikkujat-hankkeen loppuraportti", 0)

otsikko(d, "1. Taustatiedot")
kpl(d, "Toteuttaja: Pohjanmaan Palloilijat ry yhdessä Lakeuden kunnan liikuntatoimen kanssa")
kpl(d, "Hankkeen nimi: Kesäliikkujat – matalan kynnyksen liikuntaleirit 7–13-vuotiaille")
kpl(d, "Rahoittaja: Lakeuden seudun lasten ja nuorten liikunnan kehittämisavustus, myönteinen rahoituspäätös kahdelle kesälle")

otsikko(d, "2. Hankkeen teema ja tavoitteet")
kpl(d, "Hanke liittyi lasten ja nuorten liikunnallisen elämäntavan edistämiseen. Tavoitteina oli, että kesälomalla vähän liikkuvat "
       "lapset saavat maksuttoman ja helposti saavutettavan leiripaikan, että leireillä kokeillaan useita lajeja ja että vähintään "
       "kolmannes leiriläisistä jatkaa jossakin seuran harrastusryhmässä leirin jälkeen.")

otsikko(d, "3. Hankkeen toteutus")
lihava(d, "Hankkeen kesto")
kpl(d, "Hanke kesti 1.3.2025–30.9.2026.")
lihava(d, "Mitä käytännössä tehtiin ja vastasiko se suunnitelmaa?")
kpl(d, "Järjestimme kahtena kesänä yhteensä kahdeksan viiden päivän päiväleiriä kolmella paikkakunnalla. Leireille osallistui "
       "312 lasta. Suunnitelmasta poiketen kesän 2026 leirit pidettiin koulujen sijaan urheilukentillä, koska koulujen "
       "remontit veivät tilat. Lajikokeilujen määrä kasvoi kuudesta yhdeksään, kun mukaan tulivat myös frisbeegolf ja melonta.")
lihava(d, "Millaisia ongelmia ilmeni ja miten ne ratkaistiin?")
kpl(d, "Ohjaajia oli ensimmäisenä kesänä liian vähän. Ratkaisimme asian palkkaamalla lukiolaisia kesätyöntekijöiksi ja "
       "kouluttamalla heidät ennen leirejä. Kuljetukset syrjäkyliltä hoidettiin lopulta kunnan koulukuljetusten kalustolla.")
lihava(d, "Miten kustannusarvio toteutui?")
kpl(d, "Kustannukset olivat 41 800 euroa, kun arvio oli 44 000 euroa. Säästö syntyi tilavuokrista, koska kentät saatiin "
       "kunnalta maksutta.")

otsikko(d, "4. Tulokset ja vaikuttavuus")
lihava(d, "Miten tavoitteet toteutuivat?")
kpl(d, "Leiripaikka oli maksuton kaikille, ja hakijoista kaikki pääsivät mukaan. Leiriläisistä 44 prosenttia oli kertonut "
       "ilmoittautuessaan, ettei heillä ole ohjattua harrastusta. Syksyllä 2026 seuran ryhmissä jatkoi 109 leiriläistä eli 35 prosenttia, "
       "joten jatkamisen tavoite saavutettiin niukasti.")
lihava(d, "Millä tavoin tuloksia arvioitiin?")
kpl(d, "Keräsimme lapsilta hymiöpalautteen joka leirin lopussa ja huoltajilta sähköisen kyselyn. Harrastuksen jatkaminen "
       "selvitettiin seuran jäsenrekisteristä syyskuun lopussa 2026.")
lihava(d, "Millaisia pysyviä toimintatapoja syntyi?")
kpl(d, "Lakeuden kunnan liikuntatoimi on ottanut leirit osaksi kesän vakituista ohjelmaansa, ja seura tuo leireille ohjaajat. "
       "Lukiolaisten ohjaajakoulutus jatkuu kevään vakiotapahtumana.")

otsikko(d, "5. Kehitysajatukset")
kpl(d, "Jatkossa haluamme tavoittaa paremmin maahanmuuttajaperheiden lapsia, joita leireillä oli vähän. Seuraavia "
       "leirejä varten ilmoittautumislomake käännetään neljälle kielelle ja leireistä kerrotaan kotoutumispalvelujen kautta.")

otsikko(d, "6. Suositukset muille")
kpl(d, "Suosittelemme muille seuroille lukiolaisten kouluttamista leiriohjaajiksi: nuoret ohjaajat ovat lapsille esikuvia, ja "
       "samalla seura saa uusia valmentajia. Hanketta suunnittelevan kannattaa sopia kunnan kanssa tiloista ja kuljetuksista jo ennen "
       "hakemuksen jättämistä.")

otsikko(d, "7. Tiivistelmä")
kpl(d, "Kesäliikkujat-hanke järjesti kesinä 2025 ja 2026 kahdeksan maksutonta päiväleiriä, joille osallistui 312 lasta. Leireillä "
       "kokeiltiin yhdeksää lajia, ja 35 prosenttia leiriläisistä jatkoi harrastusta seuran ryhmissä. Leirit jatkuvat kunnan "
       "liikuntatoimen vakituisena toimintana, ja seuran lukiolaisohjaajien koulutus on vakiintunut.")

otsikko(d, "8. Laatimispäivämäärä ja yhteystiedot")
kpl(d, "Raportti laadittu 20.1.2027.")
kpl(d, "Yhteyshenkilö: Tiina Rautio, toiminnanjohtaja, Pohjanmaan Palloilijat ry, tiina.rautio@pohjanmaanpalloilijat.fi, 050 412 7783")

d.save(sys.argv[1])

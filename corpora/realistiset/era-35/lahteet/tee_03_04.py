# w35: dokumentit 03 (loppuraportti -> PDF) ja 04 (loppuraportti, muutosten jäljitys, yhdistetyt solut)
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from apu import *
OUT = sys.argv[1]
LAH = os.path.dirname(os.path.abspath(__file__))

# ---------- 03 Lähiruoka, Leader, hyvä ----------
d = uusi()
d.add_heading("Loppuraportti – Koskenrannan lähiruokarengas", 0)
d.add_heading("1. Taustatiedot", 1)
p(d, "Toteuttaja: Koskenrannan kehittämisyhdistys ry")
p(d, "Hankkeen nimi: Koskenrannan lähiruokarengas")
p(d, "Rahoittaja: Leader Koskien Kylät ry, rahoituspäätös Dnro 1187/3520-2024 (tukipäätös 14.3.2024)")
d.add_heading("2. Hankkeen teema ja tavoitteet", 1)
p(d, "Hanke kuului Leader-strategian painopisteeseen elinvoimainen maaseutuyrittäjyys. Tavoitteena oli saada "
     "alueen pientuottajat myymään yhteisen noutopisteen kautta ja kasvattaa lähiruoan osuutta koulujen ja "
     "päiväkotien ruokalistoilla. Lisäksi haluttiin, että tuottajat oppivat hinnoittelemaan ja markkinoimaan "
     "tuotteitaan yhdessä.")
d.add_heading("3. Hankkeen toteutus", 1)
p(d, "Hanke kesti 1.4.2024–31.3.2026. Ensimmäisenä keväänä kartoitettiin 31 tuottajaa ja kerättiin heidän "
     "tuotteensa yhteiseen luetteloon. Noutopiste avattiin Koskenrannan koulun pihaan syyskuussa 2024, ja "
     "tilaukset tehtiin verkkokaupan kautta. Tuottajille pidettiin neljä hinnoittelu- ja markkinointikoulutusta.")
p(d, "Kunnan ruokapalvelupäällikkö oli mukana ohjausryhmässä alusta asti, mikä helpotti kilpailutuksen "
     "pienhankintojen järjestämistä. Ulkopuolista osaamista ostettiin verkkokaupan pystyttämiseen.")
p(d, "Miten kustannusarvio toteutui?", bold=True)
p(d, "Kustannusarvio oli 86 000 euroa, ja toteutuneet kulut olivat 82 450 euroa. Säästö syntyi matkakuluista, "
     "koska osa koulutuksista pidettiin etänä.")
d.add_heading("4. Tulokset ja vaikuttavuus", 1)
p(d, "Noutopisteen kautta myi hankkeen lopussa 19 tuottajaa, ja viikkotilauksia oli keskimäärin 140. "
     "Lähiruoan osuus koulujen raaka-ainehankinnoista nousi 9 prosentista 17 prosenttiin. Tuottajat ovat "
     "perustaneet oman osuuskunnan, joka jatkaa noutopisteen ylläpitoa.")
p(d, "Yllättävää oli, että noutopisteestä tuli myös kyläläisten kohtaamispaikka: torstai-iltaisin paikalla "
     "on ollut kahvitarjoilu ja pieniä tapahtumia.")
d.add_heading("5. Kehitysajatukset", 1)
p(d, "Osuuskunta jatkaa verkkokauppaa omalla kustannuksellaan. Seuraavaksi selvitetään toisen noutopisteen "
     "avaamista Alavedelle syksyllä 2026 ja yhteistä kylmäkuljetusta.")
d.add_heading("6. Suositukset muille", 1)
p(d, "Suosittelemme, että kunnan ruokapalvelut otetaan mukaan heti suunnitteluvaiheessa. Yhteinen verkkokauppa "
     "kannattaa valita niin, että tuottajat voivat päivittää tuotteensa itse puhelimella.")
d.add_heading("7. Tiivistelmä", 1)
p(d, "Koskenrannan lähiruokarengas kokosi 31 pientuottajaa yhteisen verkkokaupan ja noutopisteen ympärille. "
     "Hankkeen päättyessä 19 tuottajaa myi säännöllisesti, koulujen lähiruoan osuus lähes kaksinkertaistui ja "
     "tuottajat perustivat osuuskunnan jatkamaan toimintaa. Kokemukset on koottu oppaaseen, joka on "
     "Leader-ryhmän verkkosivuilla.")
d.add_heading("8. Laatimispäivämäärä ja yhteystiedot", 1)
p(d, "Raportti laadittu 12.5.2026.")
p(d, "Yhteyshenkilö: hankevetäjä Sanna Huttunen, Koskenrannan kehittämisyhdistys ry, puh. 040 123 4567, sanna.huttunen@koskenranta.example")
d.save(os.path.join(LAH, "03_loppuraportti_lahiruoka.docx"))

# ---------- 04 Liikkuva iltapäivä, urheiluseura: myöhässä + tyhjä kehitysajatukset ----------
d = uusi()
p(d, "POHJANPURON PYRINTÖ RY", bold=True)
d.add_heading("Liikkuva iltapäivä -hankkeen loppuraportti", 0)
d.add_heading("Taustatiedot", 1)
p(d, "Toteuttaja: Pohjanpuron Pyrintö ry. Hanke: Liikkuva iltapäivä. Rahoittajan päätös: OKM/412/626/2024, "
     "myönnetty 2.12.2024.")
d.add_heading("Teema ja tavoitteet", 1)
p(d, "Hankkeen teemana oli alakouluikäisten liikunta koulupäivän jälkeen. Tavoitteina olivat:")
p(d, "Ensinnäkin maksuton ohjattu liikuntakerho kolmeen kyläkouluun. Toiseksi vanhempien ja seuran "
     "vapaaehtoisten saaminen mukaan ohjaajiksi. Kolmanneksi liikkumattomien lasten tavoittaminen.")
d.add_heading("Toteutus", 1)
para = p(d, "Hanke toteutettiin 1.1.2025–30.6.2026. Kerhot alkoivat tammikuussa 2025 Ylikylän, Rantalan ja "
            "Koiviston kouluilla, kahdesti viikossa. Ohjaajina toimivat seuran valmentajat ja 14 koulutettua "
            "vapaaehtoista. ")
dele(para, "Kesällä 2025 järjestettiin lisäksi liikuntaleiri.", author="Marja Kettunen", date="2026-11-14T10:00:00Z")
ins(para, "Koulukuljetusten aikataulut sovitettiin kerhoihin yhdessä kunnan sivistystoimen kanssa.",
    author="Marja Kettunen", date="2026-11-14T10:02:00Z")
p(d, "Kustannukset", bold=True)
t = taulukko(d, [["Kululaji", "Arvio (€)", "Toteutunut (€)"],
                 ["Ohjaajien palkkiot", "24 000", "23 100"],
                 ["Välineet ja salivuokrat", "6 500", "7 050"],
                 ["Yhteensä", "30 500", "30 150"],
                 ["Omarahoitus 10 % katettiin talkootyöllä.", "", ""]])
m = t.cell(4, 0).merge(t.cell(4, 2))
m.text = "Omarahoitus 10 % katettiin talkootyöllä."
d.add_heading("Tulokset ja vaikuttavuus", 1)
p(d, "Kerhoissa kävi lukukausittain 58–71 lasta, joista vajaa kolmannes ei harrastanut muuta liikuntaa. "
     "Vapaaehtoisista yhdeksän jatkaa seuran ohjaajina. Kaksi koulua on ottanut kerhon osaksi omaa "
     "kerhotoimintaansa, ja vanhempainkyselyssä 86 % piti kerhoa tärkeänä.")
d.add_heading("Kehitysajatukset", 1)
p(d, "Kirjoitetaan hallituksen kokouksen jälkeen.")
d.add_heading("Suositukset muille seuroille", 1)
p(d, "Kyläkouluilla kerhon kannattaa sijoittaa heti koulupäivän perään ja sopia kuljetuksista ajoissa. "
     "Vapaaehtoisille kannattaa tarjota lyhyt ohjaajakoulutus ja mahdollisuus ohjata parin kanssa.")
d.add_heading("Tiivistelmä", 1)
p(d, "Liikkuva iltapäivä toi maksuttoman liikuntakerhon kolmeen kyläkouluun puoleksitoista vuodeksi. "
     "Kerhot tavoittivat noin 70 lasta, joista monelle kerho oli ainoa harrastus. Koulutetuista "
     "vapaaehtoisista suurin osa jatkaa seurassa, ja kaksi koulua jatkaa kerhoa omana toimintanaan.")
d.add_heading("Yhteystiedot", 1)
p(d, "Raportin päiväys 15.11.2026.")
para = p(d, "")
ins(para, "Yhteyshenkilö: toiminnanjohtaja Marja Kettunen, marja.kettunen@pyrinto.example, puh. 050 765 4321.",
    author="Marja Kettunen", date="2026-11-14T10:06:00Z")
settings_track(d)
d.save(os.path.join(OUT, "04_loppuraportti_liikkuva_iltapaiva.docx"))

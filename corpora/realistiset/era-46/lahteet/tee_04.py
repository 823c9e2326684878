"""04: Urheiluseuran loppuraportti kysymys–vastaus-muodossa, tallennettu LibreOfficella PDF:ksi.
Virheet: raportti laadittu yli kolme kuukautta hankkeen päättymisen jälkeen; yhteyshenkilöä ei nimetä."""
from apu import *

d = uusi(fontti="Times New Roman", koko=12)

kpl(d, "LOPPURAPORTTI", lihava=True, koko=14)
kpl(d, "Kaikki mukaan! – matalan kynnyksen liikuntaryhmät 7–12-vuotiaille", lihava=True)
kpl(d, "Virranmaan Urheilijat ry", kursiivi=True)
kpl(d, "")

def kysymys(k, *vastaukset):
    kpl(d, k, lihava=True)
    for v in vastaukset:
        kpl(d, v)

kpl(d, "1. Taustatiedot", lihava=True, koko=13)
kysymys("Toteuttajan nimi", "Virranmaan Urheilijat ry (yleisseura, noin 900 jäsentä)")
kysymys("Hankkeen nimi ja avustuspäätöksen diaarinumero",
        "Kaikki mukaan! – matalan kynnyksen liikuntaryhmät 7–12-vuotiaille, OKM/1184/626/2023 "
        "(seuratoiminnan kehittämistuki)")

kpl(d, "2. Hankkeen teema ja tavoitteet", lihava=True, koko=13)
kysymys("Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?",
        "Hanke liittyi lasten liikunnan lisäämiseen ja harrastamisen hinnan laskemiseen. Tavoitteena oli, että "
        "Virranmaan alakouluikäisillä lapsilla on mahdollisuus harrastaa liikuntaa ilman kilpailullisuutta ja "
        "kalliita kausimaksuja. Halusimme myös, että seuraan saadaan uusia vapaaehtoisia ohjaajia ja että "
        "maahan muuttaneiden perheiden lapset löytävät seuran toiminnan.")

kpl(d, "3. Hankkeen toteutus", lihava=True, koko=13)
kysymys("Hankkeen kesto", "1.8.2023–31.7.2025 (kaksi toimintakautta)")
kysymys("Mitä käytännössä tehtiin ja vastasiko se alkuperäistä suunnitelmaa?",
        "Perustimme kolme lajikokeiluryhmää (Keskusta, Myllykylä ja Honkaharju), jotka kokoontuivat kerran "
        "viikossa koulujen saleissa heti koulupäivän jälkeen. Joka kuukausi vaihtui laji: pesäpallo, futsal, "
        "yleisurheilu, salibandy, tanssi ja talvella luistelu. Kausimaksu oli 20 € lukukaudelta, ja vähävaraisille "
        "perheille maksu oli ilmainen. Lainavälineitä (mailat, luistimet, kypärät) oli koko ajan saatavilla.",
        "Suunnitelmasta poiketen Honkaharjun ryhmä aloitti vasta tammikuussa 2024, koska sali ei vapautunut "
        "aiemmin. Toisena vuonna lisäsimme neljännen ryhmän Myllykylään, koska jonossa oli yli 20 lasta.")
kysymys("Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen",
        "Seuran hallitus käsitteli hanketta jokaisessa kokouksessaan, ja kaikki lajijaostot osallistuivat "
        "lajikuukausien ohjaamiseen. Hankkeessa työskenteli osa-aikainen koordinaattori (50 %) koko hankeajan.")
kysymys("Luettelo käytetyistä menetelmistä ja kokemukset niistä",
        "- lajikuukaudet: lapset pitivät vaihtelusta, ja moni löysi uuden lajin",
        "- nuoret apuohjaajat (15–17-vuotiaat seuran juniorit), joille maksettiin pieni palkkio: erittäin toimiva",
        "- vanhempien kahvihetket kerran lukukaudessa: tavoittivat etenkin uudet perheet",
        "- WhatsApp-ryhmät perheille: nopein tapa tiedottaa, myös käännöstyökalun avulla")
kysymys("Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä",
        "Käytimme omien valmentajien lisäksi alueen liikuntajärjestön kouluttajaa apuohjaajakoulutuksessa. "
        "Koulutus oli hyvä, mutta jatkossa seura kouluttaa apuohjaajat itse.")
kysymys("Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?",
        "Salivuoroja oli vaikea saada heti koulupäivän jälkeen. Ratkaisimme asian sopimalla kaupungin "
        "liikuntapalvelujen kanssa vuorojen vaihdosta kahden kilpajoukkueen kanssa. Toinen ongelma oli "
        "ohjaajien vaihtuvuus syksyllä 2024; apuohjaajista kolme siirtyi vastuuohjaajiksi.")
kysymys("Miten kustannusarvio toteutui?",
        "Kustannusarvio oli 64 000 €, ja toteutuneet kulut olivat 61 870 €. Palkkakulut alittuivat, koska "
        "koordinaattorin sairausloman ajalta ei palkattu sijaista. Välinehankintoihin kului arvioitua enemmän, "
        "1 900 € yli budjetin, koska luistimia tarvittiin lisää.")

kpl(d, "4. Tulokset ja vaikuttavuus", lihava=True, koko=13)
kysymys("Miten tavoitteet toteutuivat?",
        "Ryhmissä kävi kahden kauden aikana yhteensä 236 eri lasta, joista 61 % ei ollut aiemmin mukana "
        "missään ohjatussa harrastuksessa. Maksuttomana osallistui 48 lasta. Uusia vapaaehtoisia ohjaajia saatiin 14, "
        "joista yhdeksän jatkaa seurassa. Maahan muuttaneiden perheiden lapsia oli ryhmissä noin kolmannes.")
kysymys("Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?",
        "Vanhempien kahvihetkistä syntyi oma vanhempien sählyvuoro, joka jatkuu edelleen. Emme myöskään "
        "odottaneet, että 23 lasta siirtyisi lajikokeilujen kautta seuran tavallisiin joukkueisiin.")
kysymys("Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?",
        "Keräsimme osallistujamäärät jokaiselta kerralta, teimme perheille kyselyn kummankin kauden lopussa "
        "(vastauksia 112 ja 97) ja lapsille hymiöpalautteen lajikuukauden päätteeksi. Hallitus arvioi hankkeen "
        "etenemistä puolivuosittain.")
kysymys("Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?",
        "Lajikokeiluryhmät jatkuvat seuran omana toimintana kahdessa koulussa. Apuohjaajamalli otettiin käyttöön "
        "kaikissa junioriryhmissä, ja sosiaalinen maksualennus on nyt kirjattu seuran hinnoitteluperiaatteisiin.")
kysymys("Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?",
        "Seuran junioritoiminta on monipuolistunut, ja seuraan on tullut uusia perheitä, jotka eivät aiemmin "
        "tunteneet urheiluseuroja. Vapaaehtoisten ohjaajien joukko on nuorentunut.")

kpl(d, "5. Kehitysajatukset", lihava=True, koko=13)
kysymys("Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?",
        "Jatkamme ryhmiä seuran omalla rahoituksella ja kaupungin kohdeavustuksella. Hallitus kokoaa kerran "
        "vuodessa perheiltä palautteen ja päättää sen perusteella, mitä lajeja seuraavalla kaudella kokeillaan. "
        "Haluamme kokeilla samaa mallia myös yläkouluikäisille.")

kpl(d, "6. Suositukset muille", lihava=True, koko=13)
kysymys("Mitä toteutuneessa hankkeessa oli sellaista innovatiivista, jota suosittelisitte levitettäväksi myös muille?",
        "Nuorten apuohjaajien palkkaaminen pienellä palkkiolla oli paras oivalluksemme: se toi ohjaajia ja samalla "
        "juniorit saivat ensimmäisen työkokemuksensa. Suosittelemme myös lainavälineitä, koska välineiden hinta "
        "on monelle perheelle kynnys.")
kysymys("Mitä muiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?",
        "Salivuoroista kannattaa sopia kaupungin kanssa jo ennen hakemuksen jättämistä. Vähintään yhden palkatun "
        "koordinaattorin tuntimäärä kannattaa laskea reilusti, koska vapaaehtoisten ohjaajien tukeminen vie aikaa.")

kpl(d, "7. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta", lihava=True, koko=13)
kpl(d, "Virranmaan Urheilijat ry:n Kaikki mukaan! -hanke (2023–2025) järjesti alakouluikäisille lapsille "
       "matalan kynnyksen lajikokeiluryhmiä, joissa laji vaihtui kuukausittain. Ryhmät kokoontuivat koulujen "
       "saleissa heti koulupäivän jälkeen, kausimaksu oli 20 € ja vähävaraisille maksuton. Ryhmissä kävi 236 lasta, "
       "joista 61 % ei ollut ennen harrastanut ohjatusti. Nuoret apuohjaajat ja lainavälineet madalsivat kynnystä, "
       "ja 23 lasta siirtyi seuran joukkueisiin. Toiminta jatkuu seuran omana työnä kahdessa koulussa, "
       "apuohjaajamalli on käytössä kaikissa junioriryhmissä ja maksualennus on kirjattu seuran hinnoitteluun.")

kpl(d, "8. Laatimispäivämäärä, yhteystiedot ja lisätiedot", lihava=True, koko=13)
kpl(d, "Raportti on laadittu Virranmaalla 9.12.2025 ja hyväksytty seuran hallituksen kokouksessa samana päivänä.")
kpl(d, "Lisätietoja antaa seuran toimisto: toimisto@virranmaanurheilijat.fi, puh. 040 719 2044 (arkisin klo 9–14). "
       "Postiosoite: Virranmaan Urheilijat ry, Kisatie 4, 48710 Virranmaa.")
kpl(d, "Muuta materiaalia: hankkeen kuvat ja perhekyselyn tulokset seuran verkkosivuilla "
       "(www.virranmaanurheilijat.fi/kaikkimukaan).")

lahde = tallenna(d, "04_loppuraportti_liikunta.docx", kansio=LAHTEET)
muunna(lahde, "pdf")

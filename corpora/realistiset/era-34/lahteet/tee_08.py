"""w34 / 08: loppuraportti lomakkeen muodossa, ammattiopiston työpaikkaopiskelu. Muutosjäljet.
Puutteet: päätöksen diaarinumero puuttuu (poistettu muutosjäljellä); raportti laadittu yli 3 kk hankkeen päättymisen jälkeen."""
import sys
from apu import *

d = uusi()
d.add_heading("Loppuraportti", 0)
kpl(d, "Kehittämishanke: Työpaikalla oppien – työpaikalla järjestettävän koulutuksen laatu Saarijoen ammattiopistossa")

def kentta(nimi, *vastaukset):
    lihava(d, nimi)
    for v in vastaukset:
        kpl(d, "Vastaus: " + v)

lihava(d, "1. Taustatiedot")
kentta("Toteuttajaorganisaation nimi *", "Saarijoen koulutuskeskus, Saarijoen ammattiopisto")
lihava(d, "Hankkeen nimi ja rahoituspäätöksen diaarinumero *")
muutoskpl(d, [("n", "Vastaus: Työpaikalla oppien"), ("del", ", Dnro 77/2024")])
kentta("Hankkeen toteutusaika *", "1.6.2024–31.5.2026")

lihava(d, "2. Hankkeen teema ja tavoitteet")
kentta("Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet? *",
 "Hanke liittyi työpaikalla järjestettävän koulutuksen laatuun. Tavoitteena oli, että työpaikkaohjaajat saavat tukea ohjaustehtäväänsä, opiskelijoiden työpaikkajaksot suunnitellaan yhdessä työpaikan kanssa ja opiskelijoiden palaute työpaikkajaksoista paranee.")

lihava(d, "3. Hankkeen toteutus")
kentta("Konkreettinen kuvaus siitä, mitä käytännössä tehtiin *",
 "Hankkeessa koulutettiin 148 työpaikkaohjaajaa lyhytkoulutuksissa, jotka pidettiin työpaikoilla. Kehitimme työpaikkajakson suunnittelupohjan, jota käytettiin 11 tutkinnossa. Syksyllä 2025 aloitimme työpaikkaohjaajien vertaisillat, joita pidettiin yhteensä seitsemän. Toteutus vastasi pääosin suunnitelmaa; verkkokoulutuksen osuus jäi suunniteltua pienemmäksi, koska työpaikat toivoivat lähikoulutusta.")
kentta("Johdon ja henkilöstön sitoutuminen *", "Rehtori toimi ohjausryhmän puheenjohtajana. Opettajista 46 osallistui työpaikkakäynteihin.")

lihava(d, "4. Tulokset ja vaikuttavuus")
kentta("Mitä tuloksia saavutettiin? *",
 "Opiskelijoiden Amispalautteen työpaikkajaksoa koskeva keskiarvo nousi 3,9:stä 4,3:een. Suunnittelupohja on otettu pysyvään käyttöön ja työpaikkaohjaajien lyhytkoulutus on osa ammattiopiston vuosittaista koulutustarjontaa.")

lihava(d, "5. Kehitysajatukset")
kentta("Mitä kehittäisitte edelleen? *", "Työpaikkaohjaajien koulutukseen tarvitaan lisää alakohtaisia esimerkkejä. Suunnittelupohja kannattaa liittää sähköiseen opintohallintojärjestelmään, jotta se ei jää erilliseksi lomakkeeksi.")

lihava(d, "6. Suositukset muille")
kentta("Mitä suosittelette muille oppilaitoksille? *", "Kouluttakaa työpaikkaohjaajat heidän omilla työpaikoillaan lyhyissä jaksoissa. Sopikaa työpaikkajakson tavoitteista kolmikantaisesti ennen jakson alkua.")

lihava(d, "7. Tiivistelmä")
kentta("Tiivistelmä (enintään 1 sivu) *", "Työpaikalla oppien -hanke kehitti Saarijoen ammattiopistossa työpaikalla järjestettävän koulutuksen laatua vuosina 2024–2026. Hankkeessa koulutettiin 148 työpaikkaohjaajaa, kehitettiin työpaikkajakson suunnittelupohja ja käynnistettiin vertaisillat. Opiskelijoiden palaute työpaikkajaksoista parani selvästi, ja tärkeimmät käytännöt jäivät pysyviksi.")

lihava(d, "8. Yhteystiedot")
kentta("Raportin laatimispäivämäärä *", "15.11.2026")
kentta("Yhteyshenkilö *", "Jaana Rautiainen, koulutuspäällikkö, jaana.rautiainen@saarijoenkoulutus.fi, 040 123 4567")
d.save(sys.argv[1])

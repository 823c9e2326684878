"""03 Leader-hakemuksen hankesuunnitelma (muunnetaan PDF:ksi LibreOfficella)."""
from dx import *


def build(path):
    d = new_doc()
    bold(d, "LEADER JÄRVIEN KYLÄT RY – KEHITTÄMISHANKKEEN HANKESUUNNITELMA")
    bold(d, "Lämpöä kylille – viiden kylätalon energiaviisas korjaus ja yhteiskäyttö")
    p(d, "Hakija: Saarikylien kehittämisyhdistys ry · Hyrynjärvi, Tervaharju, Kaitaniemi, Murtola ja Ylikylä\n"
         "Liite Hyrrä-hakemukseen, päivitetty 21.10.2025")

    bold(d, "1. Lähtötilanne")
    p(d, "Saarikylien viisi kylätaloa on rakennettu 1930–1960-luvuilla kansakouluiksi ja nuorisoseurantaloiksi. "
         "Talot ovat kylien ainoita yhteisiä kokoontumistiloja, mutta niiden lämmittäminen on käynyt niin "
         "kalliiksi, että kolme taloa on pidetty talvella 2024–2025 lähes kylmillään. Talojen yhteenlaskettu "
         "sähkönkulutus oli vuonna 2024 noin 148 000 kWh ja lämmityskulut yli 31 000 euroa. Kyläyhdistysten "
         "vuosikokouksissa keväällä 2025 energiakustannukset nimettiin suurimmaksi uhaksi kylätalojen "
         "säilymiselle. Hanke perustuu kyläkyselyyn (kesäkuu 2025, 212 vastaajaa) ja kahteen kyläiltaan, "
         "joissa hankeidea muotoiltiin.")

    bold(d, "2. Hankkeen tavoitteet")
    p(d, "Tavoitteenamme on, että kylätalot pysyvät auki ympäri vuoden ja kyläläiset osaavat itse huolehtia "
         "talojen energiankäytöstä. Tarkemmin:")
    bullets(d, [
        "Viiden kylätalon energiankulutus pienenee vähintään 25 prosenttia vuoden 2024 tasosta.",
        "Kyläläisten ja talkooväen osaaminen energiansäästöstä ja kiinteistön ylläpidosta kasvaa.",
        "Kylätalojen käyttö talvikaudella lisääntyy, ja taloissa järjestetään talvella vähintään kaksi kertaa "
        "enemmän tapahtumia kuin nyt.",
    ], numbered=True)

    bold(d, "3. Kohderyhmä")
    p(d, "Hankkeen hyödynsaajia ovat viiden kylän noin 1 900 asukasta, kylätaloja ylläpitävät kyläyhdistykset "
         "ja nuorisoseurat sekä taloja käyttävät harrastusryhmät, kuten kuorot, liikuntaryhmät ja "
         "4H-kerho. Talkooväkeen arvioidaan osallistuvan noin 60 kyläläistä.")

    bold(d, "4. Toteutus")
    p(d, "Hanke alkaa energiakatselmuksilla, jotka tehdään kaikille viidelle talolle ensimmäisenä syksynä "
         "ostopalveluna. Katselmusten perusteella laaditaan talokohtaiset korjaussuunnitelmat. Korjaukset – "
         "yläpohjan lisäeristys, ikkunoiden tiivistys, ilma-vesilämpöpumput kahteen taloon ja "
         "lämmityksen etäohjaus – tehdään urakoitsijoiden ja talkooväen yhteistyönä. Talkoita varten "
         "järjestetään ohjatut talkoopäivät, joissa ammattilainen opastaa työssä.")
    p(d, "Kylillä järjestetään kierrätysperiaatteella viisi energiailtaa, joissa käsitellään kiinteistön "
         "energiansäästöä, lämmityksen ohjausta ja kulutuksen seurantaa. Kun talot ovat lämpimiä, kyläyhdistysten kanssa "
         "suunnitellaan talvikauden tapahtumakalenteri ja otetaan käyttöön yhteinen sähköinen varauskalenteri.")

    bold(d, "5. Aikataulu")
    p(d, "Hankeaika: 1.6.2026–31.5.2028")
    table(d, [
        ["Toimenpide", "2026", "2027", "2028"],
        ["Energiakatselmukset ja korjaussuunnitelmat", "syys–marraskuu", "", ""],
        ["Korjaukset Hyrynjärvi, Kaitaniemi", "", "touko–syyskuu", ""],
        ["Korjaukset Murtola, Ylikylä", "", "kesä–lokakuu", ""],
        ["Aurinkopaneelien asennus Tervaharjun kylätalolle", "", "", "heinä–elokuu"],
        ["Energiaillat (5 kpl)", "marraskuu", "helmi-, maalis- ja lokakuu", "helmikuu"],
        ["Varauskalenteri ja talvitapahtumat", "", "marraskuusta alkaen", "tammi–huhtikuu"],
        ["Loppuraportti ja päätösilta", "", "", "toukokuu"],
    ])

    bold(d, "6. Kustannusarvio ja rahoitus")
    p(d, "Kokonaiskustannukset ovat 186 000 euroa, josta julkisen tuen osuus on 75 % (139 500 €) ja yksityisen "
         "rahoituksen osuus 25 % (46 500 €), josta talkootyötä 28 000 euroa. Suurimmat erät ovat korjausurakat "
         "(112 000 €) ja projektipäällikön palkka (48 000 €, 50 % työaika).")

    bold(d, "7. Seuranta ja arviointi")
    p(d, "Energiankulutusta seurataan kuukausittain sähköyhtiön kulutustiedoista ja etäohjauksen raporteista, "
         "ja tuloksia verrataan vuoden 2024 kulutukseen. Energiailtojen osallistujilta kerätään lyhyt "
         "palaute siitä, mitä he oppivat ja aikovatko he soveltaa oppimaansa. Talvikäytön kasvua seurataan "
         "varauskalenterin käyttöpäivillä ja tapahtumien määrällä talvikausina 2026–2027 ja 2027–2028. "
         "Projektipäällikkö raportoi seurantatiedot Leader-ryhmälle maksuhakemusten yhteydessä.")

    bold(d, "8. Tulokset")
    p(d, "Hankkeen jälkeen viisi kylätaloa on korjattu energiatehokkaiksi, niillä on talokohtainen "
         "huolto- ja seurantaohje, ja kylillä on koulutettu talkooväki, joka osaa ohjata lämmitystä ja "
         "seurata kulutusta. Lämmityskulujen arvioidaan laskevan noin 8 000 euroa vuodessa, mikä turvaa "
         "talojen säilymisen kylien yhteisinä tiloina.")

    bold(d, "9. Tulosten hyödyntäminen ja jatkuvuus")
    p(d, "Jatkuvuutta on mietitty jo hakuvaiheessa: kylätalojen edustajat ovat olleet mukana laatimassa "
         "suunnitelmaa, ja talkooväen koulutus on rakennettu hankkeeseen alusta asti, jotta osaaminen jää "
         "kylille.")
    p(d, "Hankkeen tuloksista kerrotaan kyläilloissa, kyläyhdistysten Facebook-sivuilla, Leader Järvien "
         "Kylien verkkosivuilla ja paikallislehti Saarikylän Sanomissa. Energiaohje tehdään kahtena "
         "versiona: kylätalojen hallituksille tarkoitettuna ylläpito-ohjelmana sekä talkoolaisille "
         "tarkoitettuna yksisivuisena tarkistuslistana, joka kiinnitetään jokaisen talon tekniseen tilaan.")
    p(d, "Energiakirjanpidosta ja lämmityksen ohjauksesta on tarkoitus tulla pysyvä osa kylätalojen "
         "vuosikelloa. Hankkeen aikana tästä vastaa hanke: projektipäällikkö laatii jokaiselle talolle "
         "ylläpito-ohjelman ja huolehtii siitä, että ohjeet otetaan käyttöön ennen hankkeen päättymistä. "
         "Ohjeiden laatimiseen ja käyttöönoton tukeen on varattu 10 prosenttia projektipäällikön työajasta.")

    bold(d, "10. Riskit")
    p(d, "Suurin riski on rakennuskustannusten nousu, johon varaudutaan kilpailuttamalla urakat ajoissa ja "
         "priorisoimalla korjaukset katselmusten perusteella. Talkooväen jaksamista tuetaan jakamalla työt "
         "lyhyisiin talkoopäiviin. Jos jonkin talon korjaus osoittautuu kannattamattomaksi, varat "
         "kohdennetaan Leader-ryhmän luvalla muihin taloihin.")

    bold(d, "11. Organisointi ja tiedottaminen")
    p(d, "Hanketta hallinnoi Saarikylien kehittämisyhdistys ry. Hankkeeseen palkataan osa-aikainen "
         "projektipäällikkö. Ohjausryhmässä on yksi edustaja jokaisesta kylästä sekä Leader Järvien Kylien "
         "ja kunnan tekninen edustaja. Ohjausryhmä kokoontuu neljä kertaa vuodessa. Hankkeen etenemisestä "
         "tiedotetaan kylien ilmoitustauluilla, kyläyhdistysten Facebook-sivuilla ja kerran vuodessa "
         "jaettavassa kylätiedotteessa; tiedottamisesta huolehtii projektipäällikkö.")
    d.save(path)

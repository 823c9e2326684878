"""07_loppuraportti_kaiku_asiakaspalvelu.docx — Kaiku-mallin otsikot, yksi täyttämätön sisältöohjausobjekti."""
from docx import Document
from apu import *

def build(out):
    d = Document()
    d.add_heading("KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI", 0)
    d.add_heading("1. Taustatiedot", 1)
    d.add_paragraph("Toteuttajaviraston tai verkoston nimi", style="List Bullet")
    sdt_block(d, "Itä-Suomen aluehallintovirasto, asiakaspalveluyksikkö", "Virasto")
    d.add_paragraph("Hankkeen nimi ja määrärahapäätöksen diaarinumero", style="List Bullet")
    sdt_block(d, "Yhteinen asiakaspalvelu – palvelupuhelimen uudistus; VK/2218/02.07.00/2024", "Hanke ja diaari")

    d.add_heading("2. Hankkeen teema ja tavoitteet", 1)
    d.add_paragraph("Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?", style="List Bullet")
    sdt_block(d, "Hanke liittyi teemaan asiakaslähtöiset palvelut ja työn sujuvuus. Tavoitteena oli yhdistää kolmen "
                 "vastuualueen erilliset palvelupuhelimet yhdeksi palvelunumeroksi, lyhentää jonotusaikaa alle viiteen "
                 "minuuttiin ja vähentää asiantuntijoiden keskeytyksiä ohjaamalla yleiset kysymykset asiakaspalvelijoille.",
              "Tavoitteet")

    d.add_heading("3. Hankkeen toteutus", 1)
    d.add_paragraph("Hankkeen kesto", style="List Bullet")
    sdt_block(d, "1.2.2025–31.5.2026", "Kesto")
    d.add_paragraph("Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa",
                    style="List Bullet")
    sdt_block(d, "Keväällä 2025 kartoitimme puheluiden aiheet kahden viikon ajan (yhteensä 3 140 puhelua). Syksyllä 2025 "
                 "laadimme yhteisen vastausohjeiston ja koulutimme kahdeksan asiakaspalvelijaa. Yhteinen palvelunumero "
                 "avattiin 12.1.2026. Alkuperäisestä suunnitelmasta poiketen takaisinsoittopalvelu otettiin käyttöön jo "
                 "pilottivaiheessa, koska jonot kasvoivat ensimmäisellä viikolla.", "Toteutus")
    d.add_paragraph("Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen", style="List Bullet")
    sdt_block(d, "Ylijohtaja toimi ohjausryhmän puheenjohtajana. Henkilöstö osallistui kolmeen työpajaan, ja jokaisesta "
                 "vastuualueesta nimettiin yhteyshenkilö asiakaspalvelijoiden tueksi.", "Sitoutuminen")
    d.add_paragraph("Luettelo käytetyistä menetelmistä ja kokemukset niistä", style="List Bullet")
    sdt_block(d, "Puheluiden aiheseuranta, palvelumuotoilun työpajat, asiakaskysely ja viikoittaiset lyhyet "
                 "tiimipalaverit. Aiheseuranta oli työläs mutta antoi parhaan pohjan ohjeistolle.", "Menetelmät")
    d.add_paragraph("Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä",
                    style="List Bullet")
    sdt_block(d, "Palvelumuotoilun työpajat ostettiin konsulttiyritykseltä (9 800 €); muut työt tehtiin omin voimin. "
                 "Ulkopuolinen fasilitaattori auttoi saamaan eri vastuualueet samaan pöytään.", "Asiantuntijat")
    d.add_paragraph("Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?", style="List Bullet")
    sdt_block(d, "Puhelinjärjestelmän jonotusominaisuus viivästyi toimittajasta johtuen kuusi viikkoa. Ratkaisimme "
                 "tilanteen väliaikaisella vuorolistalla.", "Ongelmat")
    d.add_paragraph("Miten kustannusarvio toteutui?", style="List Bullet")
    sdt_block(d, "Kaiku-määrärahaa myönnettiin 28 000 euroa, josta käytettiin 26 450 euroa.", "Kustannukset")

    d.add_heading("4. Tulokset ja vaikuttavuus", 1)
    d.add_paragraph("Miten tavoitteet toteutuivat?", style="List Bullet")
    sdt_block(d, "Yhteinen palvelunumero on käytössä. Keskimääräinen jonotusaika laski 11 minuutista 4,5 minuuttiin. "
                 "Asiantuntijoille ohjautuvien puheluiden määrä väheni noin 40 prosenttia.", "Toteutuminen")
    d.add_paragraph("Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?", style="List Bullet")
    sdt_block(d, "", "Yllättävät tulokset", placeholder=True)
    d.add_paragraph("Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?", style="List Bullet")
    sdt_block(d, "Seurasimme puhelinjärjestelmän raportteja kuukausittain ja teimme asiakaskyselyn ennen ja jälkeen "
                 "uudistuksen. Henkilöstöltä kerättiin palautetta loppukyselyllä toukokuussa 2026.", "Arviointi")
    d.add_paragraph("Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?", style="List Bullet")
    sdt_block(d, "Yhteinen vastausohjeisto, jota päivitetään kuukausittain, ja vastuualueiden yhteyshenkilöiden verkosto.",
              "Pysyvät toimintatavat")
    d.add_paragraph("Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?", style="List Bullet")
    sdt_block(d, "Asiakkaat saavat vastauksen nopeammin, ja asiantuntijat kertovat voivansa keskittyä päätösvalmisteluun.",
              "Vaikutukset")

    d.add_heading("5. Kehitysajatukset", 1)
    d.add_paragraph("Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?", style="List Bullet")
    sdt_block(d, "Seuraavaksi liitämme sähköpostineuvonnan samaan palvelumalliin vuoden 2027 aikana. Ohjeiston "
                 "päivittämisestä vastaa asiakaspalveluyksikön esihenkilö.", "Kehitysajatukset")

    d.add_heading("6. Suositukset muille virastoille", 1)
    d.add_paragraph("Mitä toteutuneessa hankkeessa oli sellaista innovatiivista (pienetkin ideat), jota suosittelisitte "
                    "levitettäväksi myös muille työyhteisöille.", style="List Bullet")
    sdt_block(d, "Kahden viikon puheluiden aiheseuranta ennen suunnittelua – yksinkertainen ja paljastava.", "Innovatiivista")
    d.add_paragraph("Mitä muiden organisaatioiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?",
                    style="List Bullet")
    sdt_block(d, "Varatkaa aikaa järjestelmätoimittajan viiveisiin ja ottakaa asiakaspalvelijat mukaan heti alussa.",
              "Huomioitavaa")

    d.add_heading("7. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta (kohdat 4–6)", 1)
    sdt_block(d, "Itä-Suomen aluehallintovirasto yhdisti kolmen vastuualueen palvelupuhelimet yhdeksi palvelunumeroksi. "
                 "Keskimääräinen jonotusaika laski 11 minuutista 4,5 minuuttiin ja asiantuntijoille ohjautuvat puhelut "
                 "vähenivät noin 40 prosenttia. Pysyviksi toimintatavoiksi jäivät yhteinen vastausohjeisto ja "
                 "yhteyshenkilöiden verkosto. Suosittelemme muille virastoille puheluiden aiheseurantaa ennen "
                 "palvelun uudistamista.", "Tiivistelmä")

    d.add_heading("8. Laatimispäivämäärä ja yhteystiedot", 1)
    sdt_block(d, "Joensuussa 3.11.2026\nYhteyshenkilö: asiakaspalvelupäällikkö Leena Tuovinen, "
                 "leena.tuovinen@avi.example.fi, p. 0295 000 123", "Yhteystiedot")
    d.save(out)

if __name__ == "__main__":
    import sys
    build(sys.argv[1])

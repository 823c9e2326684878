"""05: ELY-keskuksen Kaiku-mallin mukainen loppuraportti. Taustatiedot sisältökomponenteissa (w:sdt),
pitkä tiivistelmä (yli 1 000 sanaa), yksi mallin kysymys jäänyt vastaamatta."""
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from apu import *

HERE = __file__.rsplit("/", 1)[0]
OUT = "/tmp/batches/era-42/05_loppuraportti_kalatiekimppa.docx"
d = uusi()
yla_ala(d, yla="Vuoksenlaakson ELY-keskus – Kalatiekimppa – loppuraportti 12.12.2024", ala="Kaiku-kehittämishankkeen loppuraportti")
av = Alaviitteet(d)

lihava(d, "KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI", koko=16)
kappale(d, "Kalatiekimppa – kalatalous- ja ympäristöasiantuntijoiden yhteinen toimintamalli virtavesikunnostusten ohjaukseen")


def kohta(teksti):
    return d.add_paragraph(teksti, style="List Bullet")


def vastaus(*kappaleet):
    for k in kappaleet:
        p = d.add_paragraph(k)
        p.paragraph_format.left_indent = Pt(18)


d.add_heading("1. Taustatiedot", 1)
kohta("Toteuttajaviraston tai verkoston nimi")
p = d.add_paragraph()
sdt_ajo(p, "Vuoksenlaakson elinkeino-, liikenne- ja ympäristökeskus (ELY-keskus): kalatalouspalvelut sekä "
           "ympäristö ja luonnonvarat -vastuualue", "Toteuttaja")
kohta("Hankkeen nimi ja määrärahapäätöksen diaarinumero")
p = d.add_paragraph()
sdt_ajo(p, "Kalatiekimppa – kalatalous- ja ympäristöasiantuntijoiden yhteinen toimintamalli virtavesikunnostusten "
           "ohjaukseen; määrärahapäätös VK/812/00.03.05/2023", "Hanke ja diaarinumero")

d.add_heading("2. Hankkeen teema ja tavoitteet", 1)
kohta("Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?")
vastaus("Hanke liittyi teemaan toimintatapojen uudistaminen ja asiakaslähtöisyys. Virtavesikunnostusten ohjaus oli "
        "jakautunut kalatalouspalvelujen ja ympäristö ja luonnonvarat -vastuualueen kesken, ja asiakkaat joutuivat "
        "asioimaan usean asiantuntijan kanssa.",
        "Tavoitteena oli (1) luoda vastuuparimalli, jossa yksi kalatalous- ja yksi ympäristöasiantuntija ohjaavat "
        "kunnostuskohdetta yhdessä alusta loppuun, (2) lyhentää käsittelyaikoja ja vähentää päällekkäistä työtä, "
        "(3) ottaa käyttöön yhteinen sähköinen työtila ja (4) parantaa asiakkaiden kokemusta asioinnista.")

d.add_heading("3. Hankkeen toteutus", 1)
kohta("Hankkeen kesto")
vastaus("1.3.2023–30.9.2024 (19 kuukautta).")
kohta("Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa")
vastaus("Keväällä 2023 kuvasimme nykyiset prosessit ja järjestimme aloitustilaisuuden. Kesän ja syksyn 2023 sekä "
        "kesän 2024 aikana kokeilimme vastuuparimallia kahdessatoista kunnostuskohteessa. Yhteisiä työpajoja pidettiin "
        "kuusi, ja niistä kaksi oli arviointityöpajoja. Yhteinen työtila otettiin käyttöön syyskuussa 2023. "
        "Loppuseminaari pidettiin 18.9.2024.",
        "Toteutus vastasi pääosin suunnitelmaa. Kokeilukohteita oli suunniteltu kymmenen, mutta niitä tuli kaksitoista, "
        "koska asiakkaat toivoivat malliin mukaan. Asiakaskyselyä ei suunnitelmassa ollut, se lisättiin ohjausryhmän "
        "ehdotuksesta.")
kohta("Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen")
vastaus("Vastuualueiden johtajat osallistuivat aloitustilaisuuteen ja loppuseminaariin, ja yksikön päälliköt olivat "
        "mukana kaikissa työpajoissa. Henkilöstöstä 23 asiantuntijaa 26:sta osallistui vähintään yhteen työpajaan.")
kohta("Luettelo käytetyistä menetelmistä ja kokemukset niistä")
vastaus("Prosessikuvaus yhdessä henkilöstön kanssa – paljasti päällekkäisyydet nopeasti.",
        "Tapausperustaiset työpajat (jo päättyneet tapaukset) – koettiin hyödyllisimmäksi menetelmäksi.",
        "Vastuuparikokeilut maastossa – toimivat, kun maastopäivät varattiin kalentereihin etukäteen.",
        "Alku- ja loppukysely henkilöstölle sekä asiakaskysely – antoivat vertailukelpoista tietoa.")
kohta("Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä")
p = d.add_paragraph("Työpajojen fasilitointiin ostettiin ulkopuolinen palveluntuottaja, mikä toi keskusteluun "
                    "puolueettomuutta. Sisällöstä, maastokäynneistä ja asiakaskeskusteluista vastasivat viraston omat asiantuntijat.")
p.paragraph_format.left_indent = Pt(18)
av.lisaa(p, "Fasilitoinnin toteutti Osallistava Oivallus Oy puitesopimuksen perusteella.")
kohta("Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?")
vastaus("Kevättulva lyhensi kesän 2023 maastokautta, ja osa maastokäynneistä siirrettiin syksyyn. Yhteisten aikojen "
        "löytäminen ratkaistiin kiinteillä viikoittaisilla maastopäivillä. Työtilan käyttöönottoon tarvittiin kaksi "
        "lisäkoulutusta ja nimetyt tukihenkilöt.")
kohta("Miten kustannusarvio toteutui?")

d.add_heading("4. Tulokset ja vaikuttavuus", 1)
kohta("Miten tavoitteet toteutuivat?")
vastaus("Vastuuparimalli on kirjattu viraston toimintaohjeeseen. Kokeilukohteissa aika ensimmäisestä yhteydenotosta "
        "päätökseen lyheni keskimäärin 7,5 kuukaudesta 4,8 kuukauteen. Yhteinen työtila on käytössä kaikissa kohteissa. "
        "Asiakkaiden antama arvosana asioinnin sujuvuudelle oli 4,3/5, vertailuryhmässä 3,4/5.")
kohta("Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?")
vastaus("Asiakkaat alkoivat ehdottaa yhteisiä maastokäyntejä jo ennen hakemuksen jättämistä, ja vapaaehtoiset toivat "
        "paikallista tietoa kutupaikoista ja vanhoista perkauksista. Työpajoista tuli myös tärkeä perehdytyksen muoto.")
kohta("Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?")
vastaus("Henkilöstön alku- ja loppukysely, asiakaskysely jokaisen kokeilukohteen päätöksen jälkeen, käsittelyajat "
        "asianhallintajärjestelmästä sekä ohjausryhmän viisi kokousta.")
kohta("Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?")
vastaus("Vastuuparit kaikille uusille kunnostuskohteille, kuukausittainen kunnostusfoorumi, yhteinen työtila, "
        "maastokäynnin tarkistuslista ja kahden vastuualueen yhteiset maastokäynnit uusien työntekijöiden perehdytyksessä.")
kohta("Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?")
vastaus("Vastuualueiden välinen raja on madaltunut ja avun kysyminen on helpompaa. Asiakkaat saavat nopeampaa ja "
        "johdonmukaisempaa palvelua ja tietävät heti alussa, keneen ottaa yhteyttä.")

d.add_heading("5. Kehitysajatukset", 1)
kohta("Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?")
vastaus("Vuodesta 2025 alkaen kunnostusfoorumi jatkuu kuukausittain osana vastuualueiden tavallista toimintaa, ja "
        "vastuuparimallin toimivuus käydään läpi vuosittain yhteisessä kehittämispäivässä. Mallia laajennetaan "
        "vähitellen kosteikkojen ja valuma-alueiden kunnostuksiin. Asiakkaat kutsutaan jatkossakin mukaan kehittämiseen.")

d.add_heading("6. Suositukset muille virastoille", 1)
kohta("Mitä toteutuneessa hankkeessa oli sellaista innovatiivista (pienetkin ideat), jota suosittelisitte "
      "levitettäväksi myös muille työyhteisöille.")
vastaus("Vastuuparin ajatus: kaksi eri alan asiantuntijaa ottaa yhdessä vastuun asiakkaan asiasta. Pienistä ideoista "
        "suosittelemme yhteistä maastokäynnin tarkistuslistaa ja kehittämisen aloittamista jo päättyneistä tapauksista.")
kohta("Mitä muiden organisaatioiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?")
vastaus("Johdon tuki on välttämätön, mutta muutos syntyy asiantuntijoiden omasta kokemuksesta. Kokeilut kannattaa "
        "aloittaa pienestä ja kerätä palautetta henkilöstöltä ja asiakkailta alusta asti.")

d.add_heading("7. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta (kohdat 4–6) (maksimissaan 1000 sanaa)", 1)
kappale(d, "Tiivistelmä julkaistaan hankerekisterissä.")
for k in open(HERE + "/tiivistelma_05.txt", encoding="utf-8").read().strip().split("\n\n"):
    kappale(d, k.strip())

d.add_heading("8. Kaiku-loppuraportin laatimispäivämäärä, yhteystiedot ja mahdollinen lisäinformaatio", 1)
kappale(d, "Laatimispäivämäärä: 12.12.2024")
kohta("Yhteyshenkilöt, joilta saa lisätietoa")
vastaus("Projektipäällikkö, kalatalousasiantuntija Tuomas Rinne, Vuoksenlaakson ELY-keskus, "
        "tuomas.rinne@vuoksenlaakso-ely.example, puh. 0295 038 412",
        "Yksikön päällikkö Helena Vartia, ympäristö ja luonnonvarat -vastuualue, helena.vartia@vuoksenlaakso-ely.example")
kohta("Muuta materiaalia (esim. PowerPoint-esittelyjen liitteet tai linkit)")
vastaus("Toimintamallin kuvaus (14 s.) ja loppuseminaarin 18.9.2024 esitykset ovat saatavilla ELY-keskuksen intranetissä "
        "ja pyydettäessä yhteyshenkilöiltä.")

av.kirjoita()
d.save(OUT)
print("ok", OUT)

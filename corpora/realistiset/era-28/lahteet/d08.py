from apu import *
name = "08_nuorisotyo-loppuraportti"
d = Document()
d.add_heading("Loppuraportti – Digitaalinen nuorisotyö Keski-Pohjanmaalla (DINUKE)", 0)
bold(d, "1 Taustatiedot")
t = d.add_table(rows=4, cols=3); t.style = "Table Grid"
t.cell(0, 0).text = "Toteuttaja"; m = t.cell(0, 1).merge(t.cell(0, 2)); m.text = "Kokkolan kaupunki, nuorisopalvelut (hallinnoija); Kannuksen ja Kruunupyyn nuorisotoimet"
t.cell(1, 0).text = "Rahoittaja ja päätös"; m = t.cell(1, 1).merge(t.cell(1, 2)); m.text = "Länsi- ja Sisä-Suomen aluehallintovirasto, nuorisotyön kehittämisavustus, päätös LSSAVI/2231/2023"
t.cell(2, 0).text = "Hankeaika"; t.cell(2, 1).text = "1.6.2023"; t.cell(2, 2).text = "31.5.2025"
t.cell(3, 0).text = "Myönnetty avustus"; m = t.cell(3, 1).merge(t.cell(3, 2)); m.text = "96 000 €"

bold(d, "2 Hankkeen teema ja tavoitteet")
paras(d, """
Hanke liittyi nuorisotyön digitalisaation kehittämiseen. Tavoitteena oli tavoittaa ne nuoret, jotka eivät käy nuorisotiloilla, tarjoamalla heille ohjattua toimintaa verkossa, sekä lisätä nuorisotyöntekijöiden osaamista digitaalisessa nuorisotyössä.
""")
bold(d, "3 Hankkeen toteutus")
paras(d, """
Mitä käytännössä tehtiin ja vastasiko se suunnitelmaa?

Hankkeessa avattiin kolmen kunnan yhteinen Discord-palvelin, jossa nuorisotyöntekijät päivystivät neljänä iltana viikossa. Lisäksi järjestettiin pelikerhoja, striimattuja keskusteluiltoja ja kesällä 2024 verkkoleiri. Toiminta vastasi pääosin suunnitelmaa; alun perin suunniteltu mobiilisovellus jätettiin tekemättä, koska nuoret toivoivat toimintaa jo käyttämissään palveluissa.

Millaisia ongelmia ilmeni ja miten ne ratkaistiin?

Iltapäivystyksen vuorot olivat aluksi vaikea järjestää pienissä kunnissa. Ratkaisimme asian yhteisellä vuorolistalla, jolloin kukin kunta päivysti yhtenä tai kahtena iltana.

Miten kustannusarvio toteutui?

Miten johto ja henkilöstö sitoutuivat toteutukseen?

Kaikkien kolmen kunnan nuorisopalvelujen esihenkilöt osallistuivat ohjausryhmään. Ohjausryhmän viimeinen kokous pidettiin xx.xx.2025, ja siinä hyväksyttiin hankkeen jatkosuunnitelma.
""")
bold(d, "4 Tulokset ja vaikuttavuus")
paras(d, """
Discord-palvelimella oli hankkeen lopussa 412 rekisteröitynyttä 13–19-vuotiasta nuorta, joista arviolta 60 prosenttia ei ollut käynyt nuorisotiloilla. Keskusteluja käytiin noin 1 900 ja niistä noin 150 johti ohjaukseen muihin palveluihin, kuten opiskeluhuoltoon tai Ohjaamoon. Henkilöstön osaamista vahvistettiin kuudella koulutuspäivällä, ja loppukyselyssä 14 työntekijästä 12 arvioi osaavansa toimia verkkoympäristössä aiempaa paremmin. Nuorten palautetta kerättiin palvelimen kyselyillä ja kahdella nuorten raatikokoontumisella.
""")
bold(d, "5 Kehitysajatukset")
paras(d, """
Verkkopäivystys jatkuu kolmen kunnan yhteisenä toimintana vuonna 2026. Kokkolan nuorisopalvelut vastaa palvelimen ylläpidosta ja vuorolistasta. Seuraavaksi haluamme kokeilla ruotsinkielistä päivystysiltaa Kruunupyyn kanssa.
""")
bold(d, "6 Suositukset muille")
paras(d, """
Menkää sinne, missä nuoret jo ovat, älkää rakentako omaa sovellusta. Pienten kuntien kannattaa jakaa päivystysvuorot keskenään. Moderointiin ja työntekijöiden turvallisuuteen verkossa on syytä sopia selkeät pelisäännöt ennen aloittamista.
""")
bold(d, "7 Tiivistelmä")
paras(d, """
DINUKE-hankkeessa Kokkola, Kannus ja Kruunupyy rakensivat yhteisen verkkonuorisotyön päivystyksen Discordiin. Kahdessa vuodessa palveluun rekisteröityi yli 400 nuorta, joista suurin osa ei käyttänyt nuorisotiloja. Noin 150 keskustelua johti ohjaukseen muihin palveluihin. Työntekijöiden osaaminen vahvistui, ja toiminta jatkuu kuntien yhteisenä.
""")
bold(d, "8 Laatimispäivämäärä ja yhteystiedot")
paras(d, """
Kokkolassa 3.11.2025

Lisätietoja: nuorisotyön suunnittelija Jenni Rautio, Kokkolan kaupunki, p. 044 780 1234
""")
d.save(os.path.join(OUT, name + ".docx"))
expected(name, "loppuraportti", [
  {"rule": "raportti.myohassa"},
  {"rule": "rakenne.pohjateksti"},
  {"rule": "rakenne.kysymys-vastaamatta"}])

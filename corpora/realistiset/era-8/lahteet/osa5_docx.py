from osa1_apu import *

def doc6():
    """Loppuraportti, työllisyys/kotoutuminen: raportti 5 kk myöhässä + täyttämätön sisältöohjausobjekti."""
    d = Document()
    h(d, "Loppuraportti: Työkokeilusta töihin – maahan muuttaneiden työllistymisen tuki Kaarnalan seudulla", 0)
    h(d, "1. Taustatiedot", 1)
    table(d, [["Kenttä", "Tieto"],
              ["Toteuttaja", "Kaarnalan kaupunki, työllisyyspalvelut, ja Kaarnalan Setlementti ry"],
              ["Rahoittaja ja päätös", "Etelä-Pohjanmaan ELY-keskus, ESR+; päätöksen diaarinumero EPOELY/1187/2023"],
              ["Hankeaika", "1.5.2024–30.4.2026"],
              ["Kokonaiskustannukset", "toteutuneet 612 400 € (budjetti 640 000 €)"]])
    h(d, "2. Hankkeen teema ja tavoitteet", 1)
    p(d, "Hanke liittyi maahan muuttaneiden työllistymiseen ja työkokeilun käyttöön polkuna palkkatyöhön. "
         "Tavoitteina oli, että 150 asiakasta aloittaa työkokeilun, että vähintään 40 prosenttia heistä siirtyy "
         "palkkatyöhön tai koulutukseen kuuden kuukauden kuluessa ja että työkokeilupaikkoja tarjoavien työnantajien määrä "
         "kaksinkertaistuu 30:stä 60:een.")
    h(d, "3. Hankkeen toteutus", 1)
    p(d, "Hanke kesti kaksi vuotta. Käytännössä rakensimme työkokeilujen ympärille tukimallin, jossa setlementin "
         "työhönvalmentaja kävi työpaikalla viikoittain ja kaupungin kieliohjaaja piti työkokeilijoille työpaikkasuomen "
         "ryhmiä. Alkuperäisestä suunnitelmasta poiketen emme toteuttaneet erillistä mentorointiohjelmaa, koska "
         "työnantajat kokivat valmentajan käynnit riittäviksi. Johto osallistui ohjausryhmään, ja työllisyyspalvelujen "
         "henkilöstöstä 14 osallistui tukimallin koulutukseen.")
    h(d, "4. Tulokset ja vaikuttavuus", 1)
    p(d, "Työkokeilun aloitti hankkeen aikana 171 asiakasta, eli määrällinen tavoite ylittyi. Siirtymissä tulos jäi "
         "hieman tavoitteesta: kuuden kuukauden seurannassa 36 prosenttia oli palkkatyössä tai koulutuksessa, kun "
         "tavoite oli 40 prosenttia. Ero selittyy osin sillä, että viimeisten kuukausien asiakkaiden seuranta-aika jäi "
         "lyhyeksi. Työnantajien määrä nousi 30:stä 54:ään, joten tavoitteesta jäätiin kuusi työnantajaa, mutta "
         "työnantajakyselyn mukaan 88 prosenttia mukana olleista aikoo jatkaa työkokeilupaikkojen tarjoamista. "
         "Tukimalli on otettu pysyvästi käyttöön kaupungin työllisyyspalveluissa 1.5.2026 alkaen.")
    h(d, "5. Kehitysajatukset", 1)
    p(d, "Työkokeilun rinnalle tarvitaan nopeampi reitti palkkatukeen silloin, kun työnantaja on valmis palkkaamaan jo "
         "kokeilun aikana. Kieliohjaus kannattaisi jatkossa aloittaa jo ennen työkokeilun alkua.")
    h(d, "6. Suositukset muille", 1)
    p(d, "Suosittelemme muille työllisyysalueille, että työhönvalmentaja ja kieliohjaaja käyvät työpaikalla yhdessä "
         "ainakin ensimmäisellä viikolla ja että työnantajalle nimetään yksi yhteyshenkilö koko prosessiin.")
    h(d, "7. Tiivistelmä", 1)
    p(d, "Työkokeilusta töihin -hanke kehitti Kaarnalassa työkokeilun tukimallin maahan muuttaneille. 171 asiakasta "
         "aloitti työkokeilun, 36 % siirtyi työhön tai koulutukseen ja työnantajien määrä kasvoi 54:ään. Malli on "
         "vakiinnutettu kaupungin työllisyyspalveluihin.")
    h(d, "8. Laatimispäivämäärä ja yhteystiedot", 1)
    p(d, "Laadittu Kaarnalassa 29.9.2026")
    p(d, "Yhteyshenkilö:")
    sdt_block(d, "Projektipäällikkö Leena Öhman, Kaarnalan kaupunki, leena.ohman@kaarnala.fi, p. 044 567 2210", tag="yhteyshenkilo")
    p(d, "Lisätietoja raportista:")
    sdt_block(d, "", tag="lisatietoja", placeholder=True)
    d.save(os.path.join(OUT, "tyokokeilusta_toihin_loppuraportti.docx"))
    expected("tyokokeilusta_toihin_loppuraportti", "loppuraportti",
             [{"rule": "raportti.myohassa"}, {"rule": "rakenne.pohjateksti"}])

def doc7():
    """Nuorisotyön loppuraportti: yhteyshenkilö vain tekstiruudussa, diaarinumero yhdistetyssä solussa. Ei löydöksiä."""
    d = Document()
    h(d, "Loppuraportti – Nuorisotilat verkkoon -hanke", 0)
    p(d, "Pellavaniemen kaupunki, nuorisopalvelut · Nuorisotyön kehittämisavustus (Lounais-Suomen AVI)")
    boldline(d, "Taustatiedot")
    t = table(d, [["Toteuttaja", "Hankkeen nimi", "Hankeaika"],
                  ["Pellavaniemen kaupungin nuorisopalvelut", "Nuorisotilat verkkoon", "1.9.2024–31.8.2026"],
                  ["Avustuspäätös: Dnro LSAVI/3318/2024, 27.6.2024", "", ""]])
    a = t.cell(2, 0).merge(t.cell(2, 2))
    boldline(d, "Hankkeen teema ja tavoitteet")
    p(d, "Hankkeessa kehitettiin digitaalista nuorisotyötä niin, että kaupungin neljä nuorisotilaa toimivat myös "
         "verkossa. Tavoitteena oli, että verkkonuorisotalo on auki kolmena iltana viikossa, että sen tavoittaa "
         "vähintään 400 eri nuorta vuodessa ja että kaikki 16 nuoriso-ohjaajaa osaavat ohjata verkossa.")
    boldline(d, "Hankkeen toteutus")
    p(d, "Verkkonuorisotalo avattiin Discord-palvelimelle marraskuussa 2024. Ohjaajat saivat neljä koulutuspäivää "
         "ja työnohjausta. Keväällä 2025 lisäsimme pelillisen e-urheilukerhon, jota ei alun perin suunniteltu, koska "
         "nuoret toivoivat sitä palautteessaan. Nuorisovaltuusto osallistui sääntöjen laatimiseen.")
    boldline(d, "Tulokset ja vaikuttavuus")
    p(d, "Verrattuna tavoitteisiin onnistuimme hyvin: verkkotalo oli auki suunnitellusti kolmena iltana viikossa ja "
         "kesällä 2025 lisäksi yhtenä päivänä. Tavoitetuksi tuli ensimmäisenä vuonna 356 ja toisena 512 eri nuorta, "
         "joten 400 nuoren tavoite saavutettiin vasta toisena vuonna. Ohjaajista 15/16 on ohjannut verkossa vähintään "
         "kymmenen kertaa; yksi ohjaaja jäi pois virkavapaan vuoksi. Nuorten kyselyssä 74 % kertoi saaneensa verkkotalosta "
         "aikuisen, jolle voi puhua.")
    boldline(d, "Kehitysajatukset")
    p(d, "Seuraavaksi verkkotalon ja fyysisten tilojen toimintaa pitäisi suunnitella yhdessä, jotta nuori voi siirtyä "
         "verkosta tilaan ja päinvastoin. Myös ruotsinkielisten nuorten tavoittaminen vaatii omaa työtä.")
    boldline(d, "Suositukset muille")
    p(d, "Muille kunnille suosittelemme, että verkkotyölle varataan kiinteät vuorot ohjaajien työvuorolistaan eikä sitä "
         "tehdä muun työn ohessa, ja että nuoret ovat mukana laatimassa sääntöjä alusta asti.")
    boldline(d, "Tiivistelmä")
    p(d, "Nuorisotilat verkkoon -hanke avasi Pellavaniemelle verkkonuorisotalon, joka tavoitti toisena vuonna 512 "
         "nuorta. Kaikki nuorisotilat ovat nyt myös verkossa, ja verkkoillat jatkuvat osana nuorisopalvelujen "
         "perustoimintaa syksystä 2026.")
    boldline(d, "Laatimispäivämäärä ja yhteystiedot")
    p(d, "Pellavaniemellä 12.10.2026")
    textbox(d, ["Yhteyshenkilö", "Nuorisotyön koordinaattori Joonas Rantala", "joonas.rantala@pellavaniemi.fi, puh. 050 321 7788"])
    d.save(os.path.join(OUT, "nuorisotilat_verkkoon_loppuraportti.docx"))
    expected("nuorisotilat_verkkoon_loppuraportti", "loppuraportti", [])

def doc8():
    """Ohjaamon arviointisuunnitelma: hankeaika ja aikataulu sisältöohjausobjekteissa, mittarit sisäkkäisessä taulukossa."""
    d = Document()
    h(d, "Arviointisuunnitelma – Ohjaamo Liikkeelle", 0)
    p(d, "Routavaaran Ohjaamo / Routavaaran kaupunki, työllisyyspalvelut · ESR+ · Versio 1, 5.3.2026")
    p(d, "Hankkeen toteutusaika *", style=None).runs[0].bold = True
    sdt_block(d, "1.2.2026–31.1.2028", tag="toteutusaika")
    h(d, "Tausta, tavoitteet ja kohderyhmä", 1)
    p(d, "Ohjaamo Liikkeelle vie Ohjaamon palvelut kauppakeskuksesta kouluihin, urheiluseuroihin ja nuorten "
         "vapaa-ajan paikkoihin. Kohderyhmänä ovat 16–29-vuotiaat routavaaralaiset nuoret, jotka eivät ole työssä "
         "eivätkä opiskele, erityisesti ne, jotka eivät itse hakeudu palveluihin. Arvioinnilla seurataan kahta tavoitetta:")
    t = d.add_table(rows=3, cols=3); t.style = "Table Grid"
    for j, v in enumerate(["Tavoite", "Menetelmä", "Mittarit ja tiedonlähteet"]):
        t.cell(0, j).text = v
    t.cell(1, 0).text = "1) Ohjaamo tavoittaa nuoria, jotka eivät aiemmin ole olleet palvelujen piirissä"
    t.cell(1, 1).text = "Jalkautuva ohjaus kouluilla ja seuroissa, 3 kertaa viikossa"
    t.cell(1, 2).text = "Uusien asiakkaiden määrä kuukausittain asiakastietojärjestelmästä (tavoite 250 uutta nuorta); nuorten lyhyt palautekysely jalkautumisen yhteydessä"
    t.cell(2, 0).text = "2) Nuorten polku työhön tai opiskeluun jatkuu ilman katkoksia"
    t.cell(2, 1).text = "Nimetty omaohjaaja ja saattaen vaihto oppilaitoksiin ja työnantajille"
    c = t.cell(2, 2); c.text = "Ks. sisataulukko:"
    inner = c.add_table(rows=3, cols=2)
    inner.style = "Table Grid"
    inner.cell(0, 0).text = "Mittari"; inner.cell(0, 1).text = "Tavoitetaso"
    inner.cell(1, 0).text = "Työssä tai opiskelemassa 6 kk asiakkuuden jälkeen"; inner.cell(1, 1).text = "55 %"
    inner.cell(2, 0).text = "Nuorten haastattelu polun katkoskohdista (12 nuorta/vuosi)"; inner.cell(2, 1).text = "raportti vuosittain"
    h(d, "Arvioinnin menetelmät ja tiedonkeruu", 1)
    p(d, "Itsearviointi: hanketiimi pitää kvartaaleittain arviointipalaverin, jossa mittarit ja palautteet käydään läpi. "
         "Ulkoinen arviointi: ostetaan ammattikorkeakoulun tutkimusryhmältä; se tekee väliarvioinnin ja loppuarvioinnin sekä "
         "haastattelee yhteistyökumppaneita. Nuorten ääni: palautekysely, vuosittaiset haastattelut ja nuorten kehittäjäraati, "
         "joka kommentoi väliarvioinnin tuloksia.")
    boldline(d, "Tiedonkeruun aikataulu")
    sdt_block(d, "Palautekysely jatkuvasti; nuorten haastattelut lokakuussa 2026 ja 2027; väliarviointi 12/2026; "
                 "loppuarviointi 11/2027–1/2028.", tag="aikataulu")
    h(d, "Arviointitiedon käyttö ja raportointi", 1)
    p(d, "Arviointitiedon perusteella ohjausryhmä päättää puolivuosittain jalkautumispaikkojen painotuksista. "
         "Väliarvioinnin tulokset raportoidaan rahoittajalle maksatushakemuksen liitteenä ja loppuarviointi loppuraportissa. "
         "Juurruttaminen on mukana arvioinnissa hankkeen alusta alkaen: ensimmäisessä ohjausryhmän kokouksessa 2/2026 sovittiin, "
         "että jalkautuvan ohjauksen mallin siirtämisestä Ohjaamon pysyväksi toiminnaksi päättää työllisyyspalvelujen johtaja "
         "väliarvioinnin ja loppuarvioinnin tietojen perusteella, ja mallin kustannukset sisällytetään vuoden 2028 talousarvioesitykseen.")
    d.save(os.path.join(OUT, "ohjaamo_liikkeelle_arviointisuunnitelma.docx"))
    expected("ohjaamo_liikkeelle_arviointisuunnitelma", "arviointisuunnitelma", [])

if __name__ == "__main__":
    doc6(); doc7(); doc8()

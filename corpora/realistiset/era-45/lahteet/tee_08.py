"""08: Loppuraportti, nuorten työllisyys, hyvinvointialue. Viat: raportti.diaarinumero-puuttuu
(rahoituspäätöksen diaarinumeroa ei ole missään), raportti.myohassa (hanke päättyi 31.12.2024,
raportti laadittu 12.6.2025). Piirteet: lihavoidut numeroidut väliotsikot ilman otsikkotyylejä,
jäljitetyt muutokset (lisäykset ja poistot), perustietotaulukko, tulostaulukko."""
from apu import *

doc = uusi(fontti="Verdana", koko=10)
tunnisteet(doc, yla="Järvi-Pohjanmaan hyvinvointialue", ala="Nuorten työkykytiimi – loppuraportti")
TEKIJA = "Lauronen Henna"

t = doc.add_paragraph()
r = t.add_run("LOPPURAPORTTI")
r.bold = True
r.font.size = Pt(18)
lihava(doc, "Nuorten työkykytiimi – matalan kynnyksen tukea työelämän ulkopuolella oleville nuorille", koko=12)

lihava(doc, "1. Taustatiedot")
perus = [["Toteuttaja", "Järvi-Pohjanmaan hyvinvointialue, aikuissosiaalityö ja nuorten palvelut"],
         ["Hankkeen nimi", "Nuorten työkykytiimi"],
         ["Rahoittaja", "Sisä-Suomen ELY-keskus, Euroopan sosiaalirahasto plus (ESR+)"],
         ["Toteutusaika", "1.1.2023–31.12.2024"],
         ["Kokonaiskustannukset", "410 000 € (toteutuneet 388 620 €)"],
         ["Kumppanit", "Ohjaamo Järvikaupunki, Järvikaupungin työllisyyspalvelut, Järvi-Pohjanmaan ammattiopisto"]]
tb = taulukko(doc, perus, otsikkorivit=0, leveydet=[4.5, 12], koko=9)
for i in range(len(perus)):
    tb.cell(i, 0).paragraphs[0].runs[0].bold = True

lihava(doc, "2. Hankkeen teema ja tavoitteet")
kappale(doc, "Hanke kuului ESR+-ohjelman erityistavoitteeseen, jossa edistetään syrjäytymisvaarassa olevien "
             "nuorten pääsyä koulutukseen ja työhön. Lähtökohtana oli, että alueella oli vuoden 2022 lopussa "
             "noin 900 alle 30-vuotiasta, jotka eivät olleet töissä, opiskelemassa eivätkä minkään palvelun "
             "piirissä, ja että monella heistä taustalla oli selvittämätön mielenterveyden tai oppimisen pulma.")
kappale(doc, "Tavoitteena oli 1) koota moniammatillinen tiimi (sosiaaliohjaaja, psykiatrinen sairaanhoitaja, "
             "toimintaterapeutti ja työhönvalmentaja), joka tavoittaa nuoren yhdellä yhteydenotolla, 2) selvittää "
             "vähintään 150 nuoren työ- ja opiskelukyky ja 3) saada puolet tiimin asiakkaista eteenpäin työhön, "
             "koulutukseen tai kuntoutukseen.")

lihava(doc, "3. Hankkeen toteutus")
kappale(doc, "Tiimi aloitti toimintansa helmikuussa 2023 Ohjaamon tiloissa. Nuoret ohjautuivat tiimiin "
             "Ohjaamosta, työllisyyspalveluista, sosiaalityöstä ja oppilaitoksista, ja noin viidennes otti "
             "yhteyttä itse. Ensimmäinen tapaaminen järjestettiin nuoren toivomassa paikassa, usein kahvilassa "
             "tai kotona. Työkyvyn selvitys tehtiin enintään kuuden tapaamisen aikana, ja sen päätteeksi nuori sai "
             "kirjallisen yhteenvedon ja jatkosuunnitelman.")
muutoksin(doc, [("t", "Syksyllä 2023 aloitettiin "),
                ("del", "kokeiluna "),
                ("t", "ryhmämuotoinen valmennus, jossa "),
                ("del", "8–10"),
                ("ins", "6–8"),
                ("t", " nuorta harjoitteli arjen taitoja ja kävi tutustumassa työpaikkoihin. Vuoden 2024 aikana "
                      "ryhmiä oli neljä.")], tekija=TEKIJA, pvm="2025-06-05T10:20:00Z")
kappale(doc, "Käytetyt menetelmät: motivoiva haastattelu, toimintaterapeuttinen arviointi (MOHOST), "
             "työkokeilut ammattiopiston työsaleissa, ryhmävalmennus ja verkostopalaverit nuoren ja hänen "
             "läheistensä kanssa. Parhaiten toimi se, että sama työntekijä pysyi nuoren rinnalla koko ajan.")
kappale(doc, "Suurin ongelma oli psykiatrisen sairaanhoitajan tehtävän täyttäminen: tehtävä oli auki "
             "maalis–elokuun 2023. Tuona aikana nuoria ohjattiin nuorisopsykiatrian poliklinikalle, mikä "
             "pidensi odotusta. Kustannukset jäivät noin 21 000 euroa arviosta juuri tämän vuoksi.")

lihava(doc, "4. Tulokset ja vaikuttavuus")
tul = [["Mittari", "Tavoite", "Toteutunut"],
       ["Tiimin asiakkaat", "150", "187"],
       ["Työ- ja opiskelukyky selvitetty", "150", "164"],
       ["Siirtyi työhön, koulutukseen tai kuntoutukseen", "50 %", "54 % (101 nuorta)"],
       ["Nuorten palaute (asteikko 1–5)", "4,0", "4,4"]]
taulukko(doc, tul, leveydet=[9, 3, 4.5], koko=9)
kappale(doc, "Tavoitteet toteutuivat. Yllättävää oli, kuinka moni nuori otti yhteyttä itse sen jälkeen, kun "
             "tiimin työntekijät alkoivat käydä Ohjaamon avoimissa illoissa. Toteutusta arvioitiin nuorten "
             "palautteella, kuukausittaisella asiakasseurannalla, ohjausryhmän arviointikeskusteluilla ja "
             "ulkopuolisen arvioijan (Arviointitoimisto Kaari Oy) haastatteluilla syksyllä 2024.")
kappale(doc, "Pysyväksi toimintatavaksi jäi ”yhden oven” periaate: nuoren ei tarvitse itse etsiä oikeaa "
             "palvelua, vaan tiimi kokoaa tarvittavat ammattilaiset hänen ympärilleen.")

lihava(doc, "5. Kehitysajatukset")
kappale(doc, "Hyvinvointialueen aluehallitus päätti syyskuussa 2024, että tiimi jatkaa vakinaisena osana "
             "nuorten palveluja 1.1.2025 alkaen. Jatkossa tiimin toimintaa laajennetaan alueen kahteen muuhun "
             "Ohjaamoon, ja yhteistyötä ammattiopiston kanssa jatketaan työkokeilujen osalta.")

lihava(doc, "6. Suositukset muille")
kappale(doc, "Suosittelemme, että tiimiin otetaan mukaan alusta asti mielenterveystyön ammattilainen ja että "
             "ensimmäinen tapaaminen sovitaan nuoren ehdoilla. Kannattaa myös varata aikaa sille, että "
             "lähettävät tahot oppivat tuntemaan tiimin: ohjautuminen lähti kunnolla käyntiin vasta puolen vuoden "
             "kuluttua aloituksesta.")

lihava(doc, "7. Tiivistelmä")
kappale(doc, "Nuorten työkykytiimi toimi Järvi-Pohjanmaan hyvinvointialueella 2023–2024. Moniammatillinen tiimi "
             "tavoitti 187 työelämän ja koulutuksen ulkopuolella ollutta nuorta, selvitti 164 nuoren työ- ja "
             "opiskelukyvyn, ja 54 % asiakkaista siirtyi työhön, koulutukseen tai kuntoutukseen. Toiminta "
             "vakinaistettiin vuoden 2025 alusta. Keskeinen oppi on, että nuori tarvitsee yhden oven ja yhden "
             "tutun työntekijän, ei pitkää lähetteiden ketjua.")

lihava(doc, "8. Päiväys ja yhteystiedot")
kappale(doc, "Raportti laadittu Järvikaupungissa 12.6.2025.")
muutoksin(doc, [("ins", "Raportin valmistuminen viivästyi, koska projektipäällikön tehtävä oli avoinna "
                        "tammi–huhtikuussa 2025 ja raportti kirjoitettiin vasta uuden työntekijän aloitettua.")],
          tekija=TEKIJA, pvm="2025-06-11T13:02:00Z")
kappale(doc, "Yhteyshenkilöt: projektipäällikkö Henna Lauronen, henna.lauronen@jarvipohjanmaa.fi, p. 050 448 1902; "
             "nuorten palveluiden palvelupäällikkö Tuomas Kiiskinen, tuomas.kiiskinen@jarvipohjanmaa.fi.")

tallenna(doc, "08_loppuraportti_nuorten_tyokyky.docx", tekija=TEKIJA, otsikko_meta="Loppuraportti Nuorten työkykytiimi")

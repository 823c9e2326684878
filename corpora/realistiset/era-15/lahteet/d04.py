"""04: ELY-keskuksen sähköisen hakemuksen vienti Wordiin: kenttien vastaukset sisältökentissä (w:sdt),
hankeaika vain sisältökentässä, tavoitetaulukossa yhdistetty solu ja solun sisäinen taulukko (mittarit).
Odotus: ei löydöksiä."""
from apu import *


def kentta(d, nimi, vastaus):
    lihava(d, nimi)
    sisaltokentta(d, nimi.strip(" *"), vastaus if isinstance(vastaus, list) else [vastaus])


def rakenna(polku):
    d = uusi()
    kpl(d, "Hyrrä-asiointipalvelu – hakemuksen tiedot (vienti 2.10.2025). Hakemustunnus 78455120")
    d.add_heading("Hankehakemus: Kurjenjoen valuma-alueen vesiensuojeluhanke", 0)
    kentta(d, "Hakija *", "Kurjenjärven suojeluyhdistys ry, Kuopionlahden kunta")
    kentta(d, "Rahoittaja *", "Pohjois-Karjalan ELY-keskus, vesistöjen kunnostus ja vesienhoidon edistäminen")
    kentta(d, "Hankkeen toteutusaika *", "1.1.2026–31.12.2027")
    kentta(d, "Yhteyshenkilö *", "Heikki Rautiainen, sihteeri, 050 339 4021")
    kentta(d, "Hankkeen tausta ja tarve *", [
        "Kurjenjärven ekologinen tila on vesienhoidon kolmannella kaudella luokiteltu tyydyttäväksi. Järven "
        "kokonaisfosforipitoisuus on noussut 1990-luvun noin 18 µg/l:sta vuosien 2020–2024 keskiarvoon 31 µg/l. "
        "Suurin osa kuormituksesta tulee Kurjenjoen valuma-alueen pelloilta ja ojitetuilta metsiltä. Kesällä "
        "2023 ja 2024 järvellä esiintyi runsaita sinileväkukintoja, ja rantojen asukkaat ovat huolissaan.",
        "Valuma-alueella on 46 maatilaa ja noin 3 200 hehtaaria metsää, josta kolmannes on yksityisten "
        "pienmetsänomistajien. Alueella ei ole aiemmin tehty suunnitelmallista vesiensuojelutyötä yhdessä "
        "maanomistajien kanssa."])
    kentta(d, "Hankkeen tavoitteet *", [
        "Hankkeen päätavoite on vähentää Kurjenjärveen tulevaa ravinnekuormitusta. Osatavoitteet, niiden "
        "toimenpiteet ja mittarit on esitetty alla olevassa taulukossa."])
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    ots = t.cell(0, 0).merge(t.cell(0, 2))
    ots.text = "Tavoitteet, toimenpiteet ja mittarit (täytä jokaiselle tavoitteelle)"
    for j, h in enumerate(["Tavoite", "Toimenpiteet", "Mittarit"]):
        t.cell(1, j).text = h
    rivit = [
        ("1. Valuma-alueelle rakennetaan vesiensuojelurakenteita, jotka pidättävät kiintoainetta ja fosforia.",
         "Kaksi kosteikkoa ja kuusi laskeutusallasta Kurjenjoen sivuojiin; suunnittelu yhdessä maanomistajien kanssa.",
         [["Mittari", "Tavoitearvo"], ["Rakennetut kosteikot", "2 kpl, yht. 3,5 ha"],
          ["Laskeutusaltaat", "6 kpl"], ["Fosforipitoisuus joen alaosassa", "−15 % vuoteen 2027"]]),
        ("2. Maanomistajat tuntevat ja ottavat käyttöön vesiensuojelun keinoja omilla tiloillaan.",
         "Tilakäynnit (30 tilaa), kaksi pelto- ja metsäpäivää, suojavyöhykkeiden ja kerääjäkasvien neuvonta.",
         [["Mittari", "Tavoitearvo"], ["Tilakäynnit", "30 tilaa"],
          ["Uudet suojavyöhykkeet tai kerääjäkasvit", "vähintään 12 tilaa"]]),
        ("3. Järven tilan seuranta paranee ja asukkaat osallistuvat siihen.",
         "Automaattinen vedenlaatuasema Kurjenjoen suulle, vapaaehtoisten näkösyvyys- ja leväseuranta.",
         [["Mittari", "Tavoitearvo"], ["Mittausasema toiminnassa", "touko–lokakuu 2026 ja 2027"],
          ["Vapaaehtoiset seurantahavainnoijat", "15 henkeä"]]),
    ]
    for i, (tav, toim, mitt) in enumerate(rivit, start=2):
        t.cell(i, 0).text = tav
        t.cell(i, 1).text = toim
        c = t.cell(i, 2)
        c.text = ""
        nt = c.add_table(rows=len(mitt), cols=2)
        nt.style = "Table Grid"
        for a, rivi in enumerate(mitt):
            for b, v in enumerate(rivi):
                nt.cell(a, b).text = v
    kentta(d, "Kohderyhmät *", [
        "Valuma-alueen maanviljelijät ja metsänomistajat (noin 120 maanomistajaa), Kurjenjärven rantojen "
        "asukkaat ja mökkiläiset (noin 400 taloutta) sekä Kuopionlahden kunnan ympäristönsuojelu."])
    kentta(d, "Toteutus ja työvaiheet *", [
        "Vuoden 2026 alussa palkataan hankekoordinaattori (80 %) ja tehdään vesiensuojelurakenteiden "
        "yleissuunnitelma. Kevään ja kesän 2026 aikana tehdään tilakäynnit ja sovitaan rakenteiden paikat. "
        "Kosteikot ja altaat rakennetaan syksyllä 2026 ja kesällä 2027 urakoitsijan toimesta. Mittausasema "
        "asennetaan toukokuussa 2026. Pelto- ja metsäpäivät järjestetään elokuussa 2026 ja kesäkuussa 2027.",
        "Hankkeen ohjausryhmässä ovat yhdistyksen puheenjohtaja, MTK:n paikallisyhdistyksen edustaja, "
        "metsänhoitoyhdistyksen edustaja, kunnan ympäristönsuojelusihteeri ja ELY-keskuksen vesitalousasiantuntija."])
    kentta(d, "Kustannusarvio ja rahoitus *", [
        "Kokonaiskustannukset 214 000 €, josta ELY-keskuksen avustus 60 % (128 400 €), Kuopionlahden kunta "
        "40 000 €, osakaskunta 15 000 € ja yhdistyksen oma rahoitus ja talkootyö 30 600 €."])
    kentta(d, "Riskit *", [
        "Maanomistajat eivät anna lupaa rakenteille: varaudutaan neuvottelemalla varapaikat jo "
        "yleissuunnitelmassa. Sateinen syksy viivästyttää kaivutöitä: rakentaminen jaetaan kahdelle kaudelle. "
        "Mittausaseman tekninen vika: huoltosopimus toimittajan kanssa."])
    kentta(d, "Viestintä *", [
        "Yhdistyksen verkkosivut, Facebook-ryhmä Kurjenjärven ystävät, paikallislehti, tilakäyntien yhteydessä "
        "jaettava esite ja järvi-ilta asukkaille kesäisin. Mittausaseman tiedot näkyvät avoimesti verkossa."])
    kentta(d, "Seuranta ja arviointi *", [
        "Mittarit on esitetty tavoitetaulukossa. Lisäksi koordinaattori kokoaa ohjausryhmälle puolivuosittain "
        "seurantaraportin, ja maanomistajilta kerätään palautekysely pelto- ja metsäpäivien jälkeen."])
    kentta(d, "Odotetut tulokset ja vaikutukset *", [
        "Hankkeen tuloksena valuma-alueella on kahdeksan toimivaa vesiensuojelurakennetta, ja vähintään 12 tilaa "
        "on ottanut käyttöön uusia vesiensuojelukeinoja. Pitkällä aikavälillä fosforikuorma vähenee ja "
        "sinileväkukinnat harvenevat."])
    kentta(d, "Tulosten hyödyntäminen ja toiminnan jatkuvuus *", [
        "Jatkuvuutta on valmisteltu jo hakuvaiheessa: rakenteiden sijainnit on käyty läpi osakaskunnan ja "
        "MTK:n paikallisyhdistyksen kanssa keväällä 2025. Hankkeen alusta lähtien tuloksista kerrotaan "
        "maanomistajille tilakäynneillä ja järvi-illoissa. Yleissuunnitelmasta tehdään erilliset tiivistelmät "
        "viljelijöille ja metsänomistajille, ja naapurivaluma-alueen Loukkujärven osakaskunta kokeilee "
        "tilakäyntimallia vuonna 2027. Juurruttamistyöhön on varattu noin 10 % koordinaattorin työajasta.",
        "Hankkeen päätyttyä rakenteiden hoidosta vastaavat maanomistajat hoitosopimusten mukaisesti, ja "
        "Kurjenjärven suojeluyhdistys ry vastaa rakenteiden tarkastuksista kahdesti vuodessa. Kuopionlahden "
        "kunnan ympäristönsuojelusihteeri ottaa mittausaseman tiedot osaksi kunnan vesistöseurantaa vuodesta "
        "2028. Kunnostuksen ylläpitoon on varattu kunnan talousarviossa 4 000 € vuodessa. Kokemukset "
        "esitellään ELY-keskuksen vesienhoidon yhteistyöryhmässä ja Järvipäivien seminaarissa."])
    d.save(polku)

"""06: kaupungin hankkeen loppuraportti rahoittajan lomakepohjalla; vastaukset sisällönhallintakomponenteissa
(w:sdt), tulostaulukossa yhdistettyjä soluja. Ei havaintoja."""
import os
from apu import *

NIMI = "06_loppuraportti_ruokahavikki"
doc = uusi("Calibri", 11)
tekija(doc, "Elina Kuusisto", "Loppuraportti")
yla_ala(doc, "LOPPURAPORTTI – valtionavustuksella toteutettu kehittämishanke", "Routasalmen kaupunki")


def kentta(otsikko_, kappaleet, tag):
    lihava(doc, otsikko_)
    sdt_lohko(doc, tag, otsikko_, kappaleet)


p = kappale(doc, "LOPPURAPORTTI", lihava=True); p.runs[0].font.size = Pt(18)
p = kappale(doc, "Hävikki kuriin – koulujen ja päiväkotien ruokahävikin vähentäminen", lihava=True)
p.runs[0].font.size = Pt(13)

otsikko(doc, "1 Taustatiedot", 1)
p = kappale(doc, "Avustuksen saaja: "); p.runs[0].bold = True
sdt_rivi(p, "saaja", "Avustuksen saaja", "Routasalmen kaupunki, ateria- ja puhtauspalvelut")
p = kappale(doc, "Hankkeen nimi: "); p.runs[0].bold = True
sdt_rivi(p, "nimi", "Hankkeen nimi", "Hävikki kuriin – koulujen ja päiväkotien ruokahävikin vähentäminen")
p = kappale(doc, "Avustuspäätöksen diaarinumero: "); p.runs[0].bold = True
sdt_rivi(p, "dnro", "Diaarinumero", "VN/18842/2023")
p = kappale(doc, "Toteutusaika: "); p.runs[0].bold = True
sdt_rivi(p, "aika", "Toteutusaika", "1.8.2023–31.7.2025")
p = kappale(doc, "Kokonaiskustannukset: "); p.runs[0].bold = True
sdt_rivi(p, "kust", "Kokonaiskustannukset", "118 420 € (avustus 94 000 €, kaupungin osuus 24 420 €)")

otsikko(doc, "2 Hankkeen teema ja tavoitteet", 1)
kentta("Mihin teemaan hanke liittyi ja mitkä olivat sen tavoitteet?", [
    "Hanke kuului kiertotalouden ja ruokahävikin vähentämisen teemaan. Routasalmen kouluissa ja päiväkodeissa "
    "valmistetaan päivittäin noin 4 800 ateriaa. Vuoden 2022 kertamittauksessa biojätteeksi päätyi noin 18 "
    "prosenttia valmistetusta ruoasta, mikä vastasi noin 60 000 euroa vuodessa.",
    "Tavoitteena oli (1) vähentää koulujen ja päiväkotien ruokahävikkiä kolmanneksella, (2) ottaa kaikissa "
    "keittiöissä käyttöön säännöllinen hävikin mittaaminen ja (3) saada oppilaat ja lapset mukaan hävikin "
    "vähentämiseen."], "tavoitteet")

otsikko(doc, "3 Hankkeen toteutus", 1)
kentta("Mitä hankkeessa tehtiin ja vastasiko toteutus suunnitelmaa?", [
    "Syksyllä 2023 kaikkiin 14 koulu- ja 11 päiväkotikeittiöön hankittiin vaa'at ja otettiin käyttöön "
    "yhteinen sähköinen punnituslomake. Hävikki punnittiin ensin neljän viikon jaksoissa, keväästä 2024 "
    "alkaen päivittäin. Punnitustulosten perusteella muutettiin ruokalistaa (vähiten syödyt ruoat "
    "korvattiin), annoskokoja ja valmistusmääriä sekä kokeiltiin ennakkoilmoittautumista välipaloille.",
    "Oppilaiden osallistamiseksi jokaiseen kouluun perustettiin hävikkiraati, ja syksyn 2024 aikana "
    "järjestettiin koulujen välinen Lautanen tyhjäksi -kilpailu. Päiväkodeissa lapset saivat itse "
    "annostella ruokansa pienistä kulhoista.",
    "Toteutus vastasi pääosin suunnitelmaa. Välipalojen ennakkoilmoittautuminen jätettiin kokeilun jälkeen "
    "pois, koska se lisäsi henkilöstön työtä enemmän kuin vähensi hävikkiä."], "toteutus")
kentta("Miten kustannusarvio toteutui?", [
    "Kustannusarvio oli 122 000 euroa, ja toteutuneet kustannukset olivat 118 420 euroa. Säästö syntyi "
    "vaakahankinnoista, jotka saatiin kilpailutuksessa arvioitua edullisemmin."], "kustannukset")

otsikko(doc, "4 Tulokset ja vaikuttavuus", 1)
t = taulukko(doc, [
    ["Tavoite", "Tulos", "Toteutuiko"],
    ["Hävikki vähenee kolmanneksella", "Hävikki laski 18 %:sta 11,5 %:iin (–36 %)", "kyllä"],
    ["Säännöllinen mittaaminen kaikissa keittiöissä", "25/25 keittiötä punnitsee päivittäin", "kyllä"],
    ["Oppilaat ja lapset mukana", "Hävikkiraati 14 koulussa; päiväkodeissa itse annostelu 9/11 yksikössä", "osittain"],
    ["Yhteensä arvioitu säästö", "noin 21 000 € vuodessa raaka-ainekuluissa", ""],
], leveydet=[5.5, 8, 3])
m = t.cell(4, 1).merge(t.cell(4, 2))
m.text = "noin 21 000 € vuodessa raaka-ainekuluissa"
kappale(doc, "")
kentta("Miten tuloksia arvioitiin ja millaisia pysyviä toimintatapoja syntyi?", [
    "Tuloksia seurattiin punnitustiedoista kuukausittain, ja keittiöiden henkilöstölle sekä hävikkiraadeille "
    "tehtiin kysely keväällä 2025. Pysyviä toimintatapoja ovat päivittäinen punnitus, hävikkitietoon "
    "perustuva ruokalistasuunnittelu ja koulujen hävikkiraadit, jotka jatkavat osana oppilaskuntien "
    "toimintaa. Yllättävää oli, kuinka paljon pelkkä tulosten näyttäminen ruokalan seinällä vähensi "
    "lautashävikkiä."], "tulokset")

otsikko(doc, "5 Kehitysajatukset", 1)
kentta("Miten työ jatkuu hankkeen jälkeen?", [
    "Punnitus ja hävikkiraportointi ovat syyslukukaudesta 2025 alkaen osa ateriapalvelujen omavalvontaa, ja "
    "niistä vastaa ateriapalvelupäällikkö. Seuraavaksi haluamme selvittää, voiko ylijäämäruokaa myydä "
    "iltapäivisin edullisesti kuntalaisille, kuten monessa kunnassa jo tehdään."], "kehitys")

otsikko(doc, "6 Suositukset muille", 1)
kentta("Mitä suosittelette muille organisaatioille?", [
    "Aloittakaa mittaamisesta: ilman omaa lukua on vaikea keskustella hävikistä. Vaaka ja yksinkertainen "
    "lomake riittävät. Ottakaa oppilaat mukaan alusta asti, sillä heidän ideansa (esim. kasvisruoan nimien "
    "muuttaminen) toimivat usein paremmin kuin aikuisten. Kokeilkaa muutoksia yksi kerrallaan, jotta tiedätte, "
    "mikä vaikutti."], "suositukset")

otsikko(doc, "7 Tiivistelmä", 1)
kentta("Tiivistelmä (enintään 1 000 sanaa)", [
    "Routasalmen kaupungin ateria- ja puhtauspalvelut toteutti 1.8.2023–31.7.2025 hankkeen Hävikki kuriin, "
    "jonka tavoitteena oli vähentää koulujen ja päiväkotien ruokahävikkiä kolmanneksella. Kaikissa 25 "
    "keittiössä otettiin käyttöön päivittäinen hävikin punnitus ja yhteinen sähköinen lomake. Punnitustiedon "
    "avulla muutettiin ruokalistaa, annoskokoja ja valmistusmääriä. Kouluihin perustettiin oppilaiden "
    "hävikkiraadit, ja päiväkodeissa lapset alkoivat annostella ruokansa itse.",
    "Hävikki laski hankkeen aikana 18 prosentista 11,5 prosenttiin, mikä tarkoittaa noin 21 000 euron "
    "vuotuista säästöä raaka-ainekuluissa. Punnitus ja hävikkiraportointi jatkuvat osana omavalvontaa. "
    "Tärkein suositus muille on aloittaa mittaamisesta ja ottaa lapset ja nuoret mukaan alusta asti."],
    "tiivistelma")

otsikko(doc, "8 Laatimispäivämäärä ja yhteystiedot", 1)
p = kappale(doc, "Päivämäärä: "); p.runs[0].bold = True
sdt_rivi(p, "pvm", "Päivämäärä", "26.9.2025")
kentta("Yhteyshenkilöt", [
    "Ateriapalvelupäällikkö Elina Kuusisto, puh. 044 718 2290, elina.kuusisto@routasalmi.fi",
    "Projektisuunnittelija Aleksi Happonen (hankeaikana), puh. 044 718 2315"], "yhteys")
kentta("Liitteet ja lisämateriaali", [
    "Punnituslomake ja ohje keittiöille; Lautanen tyhjäksi -kilpailun materiaalit."], "liitteet")

tallenna(doc, os.path.join(KOHDE, NIMI + ".docx"))
odotettu(os.path.join(KOHDE, NIMI), "loppuraportti", [])
print("ok", NIMI)

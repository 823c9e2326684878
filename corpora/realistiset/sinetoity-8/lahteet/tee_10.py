"""10: hyvinvointialueen hankesuunnitelma hyvinvointialueen lomakepohjalla: sisällönhallintakomponentit,
yhdistetyt solut, tavoitetaulukko. Havainnot: viestintäosio on jäänyt pohjan ohjetekstiksi ([täytä]);
yhden tavoitteen toimenpidesolu on tyhjä eikä tavoitteelle ole toimenpiteitä muuallakaan."""
import os
from apu import *

NIMI = "10_hankesuunnitelma_nuorten-aikuisten-mielenterveys"
doc = uusi("Calibri", 11)
tekija(doc, "Jenni Saarikoski", "Hankesuunnitelma")
yla_ala(doc, "POHJOIS-VELLAMON HYVINVOINTIALUE | Hankesuunnitelma (hankepohja v2.3)", "Mielipiste-hanke")


def osio(otsikko_, kappaleet, tag, taso=1, plc=False):
    otsikko(doc, otsikko_, taso)
    sdt_lohko(doc, tag, otsikko_, kappaleet, paikkamerkki=plc)


p = kappale(doc, "HANKESUUNNITELMA", lihava=True); p.runs[0].font.size = Pt(18)
p = kappale(doc, "Mielipiste – matalan kynnyksen mielenterveystuki nuorille aikuisille", lihava=True)
p.runs[0].font.size = Pt(13)
kappale(doc, "Päivitetty 5.9.2025 / Jenni Saarikoski", kursiivi=True)

otsikko(doc, "1 Perustiedot", 1)
t = taulukko(doc, [
    ["Hankkeen perustiedot", "", ""],
    ["Hallinnoija", "Pohjois-Vellamon hyvinvointialue, aikuisten mielenterveys- ja päihdepalvelut", ""],
    ["Rahoitus", "Sosiaali- ja terveysministeriön valtionavustus (haku 2025) ja hyvinvointialueen omarahoitus", ""],
    ["Toteutusaika", "1.1.2026–31.12.2027", ""],
    ["Kokonaisbudjetti", "684 000 €", ""],
    ["Yhteyshenkilöt", "Projektipäällikkö", "Jenni Saarikoski, jenni.saarikoski@pohjoisvellamo.fi"],
    ["", "Palvelupäällikkö", "Tuomas Karhu, tuomas.karhu@pohjoisvellamo.fi"],
], leveydet=[4, 5, 7.5])
m = t.cell(0, 0).merge(t.cell(0, 2)); m.text = "Hankkeen perustiedot"; m.paragraphs[0].runs[0].bold = True
for r in range(1, 5):
    c = t.cell(r, 1).merge(t.cell(r, 2))
    c.text = [None, "Pohjois-Vellamon hyvinvointialue, aikuisten mielenterveys- ja päihdepalvelut",
              "Sosiaali- ja terveysministeriön valtionavustus (haku 2025) ja hyvinvointialueen omarahoitus",
              "1.1.2026–31.12.2027", "684 000 €"][r]
v = t.cell(5, 0).merge(t.cell(6, 0)); v.text = "Yhteyshenkilöt"
kappale(doc, "")

osio("2 Tausta ja tarve", [
    "Nuorten aikuisten mielenterveysongelmat ovat lisääntyneet selvästi. Pohjois-Vellamon alueella "
    "18–29-vuotiaiden mielenterveysperusteiset sairauspäivärahakaudet kasvoivat vuosina 2019–2024 noin 40 "
    "prosenttia, ja opiskeluterveydenhuollon psykologille jonotettiin keväällä 2025 keskimäärin seitsemän "
    "viikkoa.",
    "Nykyisissä palveluissa nuori aikuinen tarvitsee usein lähetteen, ja hän joutuu kertomaan tilanteensa "
    "monelle eri työntekijälle. Moni jättää hakeutumatta tai keskeyttää, kun apua ei saa heti. Alueella ei "
    "ole paikkaa, johon nuoren aikuisen voisi ohjata ilman lähetettä ja jonoa. Tarve on kirjattu myös "
    "hyvinvointialueen mielenterveys- ja päihdestrategiaan 2024–2030."], "tausta")

otsikko(doc, "3 Tavoitteet", 1)
taulukko(doc, [
    ["Tavoite", "Toimenpiteet", "Mittarit", "Aikataulu"],
    ["1. Nuoret aikuiset saavat mielenterveyden tukea ilman lähetettä viimeistään viikon kuluessa yhteydenotosta.",
     "Kaksi Mielipiste-pistettä (Vellamonlinna ja Kuohukoski), walk-in-ajat, chat ja puhelinneuvonta (TP1).",
     "Aika yhteydenotosta ensikäyntiin; käyntimäärät; asiakaspalaute jokaisen jakson lopussa.",
     "1–12/2026 käynnistys, 2027 vakiintunut toiminta"],
    ["2. Lyhytinterventioiden avulla nuorten aikuisten oireet lievittyvät ja toimintakyky paranee.",
     "Lyhytinterventiot (IPC, kognitiivinen lyhytterapia, 6–10 tapaamista) ja ryhmämuotoinen tuki (TP2).",
     "CORE-10-oiremittari alussa ja lopussa; toimintakykyarvio; keskeytysten osuus.",
     "3/2026–12/2027"],
    ["3. Nuorten aikuisten ohjautuminen palvelujen välillä sujuvoituu.",
     "Yhteinen palveluohjauksen prosessikuvaus, sähköinen ohjauslomake ja viikoittainen konsultaatioaika "
     "psykiatrian poliklinikan kanssa (TP3).",
     "Ohjautumisaika; lähetteet erikoissairaanhoitoon; yhteistyötahojen kysely.",
     "6/2026–12/2027"],
    ["4. Perustason ammattilaisten osaaminen nuorten aikuisten mielenterveyden häiriöiden tunnistamisessa ja "
     "puheeksi ottamisessa vahvistuu.",
     "",
     "Osaamiskysely (tunnistaminen ja puheeksiotto) opiskeluhuollon, työllisyyspalvelujen ja aikuissosiaalityön "
     "työntekijöille hankkeen alussa ja lopussa.",
     "2026–2027"],
], leveydet=[4.8, 4.8, 4.8, 2.6])
kappale(doc, "")

osio("4 Kohderyhmät", [
    "Ensisijainen kohderyhmä ovat 18–29-vuotiaat nuoret aikuiset, joilla on lieviä tai keskivaikeita "
    "mielenterveyden oireita (ahdistus, masennus, uupumus, unettomuus) ja jotka eivät ole "
    "erikoissairaanhoidon asiakkaita. Arvioimme, että Mielipisteessä asioi hankkeen aikana noin 900 nuorta "
    "aikuista.",
    "Välillisiä kohderyhmiä ovat opiskeluterveydenhuolto, työllisyyspalvelut, aikuissosiaalityö ja "
    "psykiatrian poliklinikka sekä nuorten aikuisten läheiset."], "kohderyhma")

osio("5 Toteutus", [
    "TP1 Mielipiste-pisteet. Vellamonlinnan ja Kuohukosken sosiaali- ja terveyskeskuksiin avataan "
    "Mielipiste, jossa on walk-in-aika neljänä päivänä viikossa. Lisäksi toimii chat ja takaisinsoitto. "
    "Ensikäynnillä tilanne kartoitetaan ja sovitaan jatkosta heti.",
    "TP2 Lyhytinterventiot. Mielipisteen työntekijät (kaksi psykiatrista sairaanhoitajaa ja psykologi) "
    "toteuttavat lyhytinterventioita. Työntekijät rekrytoidaan niin, että heillä on valmiina "
    "lyhytterapeuttinen koulutus. Syksystä 2026 kokeillaan myös ryhmämuotoista uni- ja "
    "ahdistusryhmää.",
    "TP3 Palveluohjaus. Yhdessä opiskeluterveydenhuollon, työllisyyspalvelujen ja psykiatrian kanssa "
    "kuvataan, miten nuori ohjautuu Mielipisteeseen ja sieltä eteenpäin. Käyttöön otetaan sähköinen "
    "ohjauslomake, ja psykiatrian poliklinikan kanssa sovitaan viikoittainen konsultaatioaika."], "toteutus")

osio("6 Aikataulu", [
    "Hanke toteutetaan 1.1.2026–31.12.2027. Tammi–maaliskuussa 2026 rekrytoidaan henkilöstö ja laaditaan "
    "juurruttamissuunnitelma, huhtikuussa 2026 avataan Vellamonlinnan ja elokuussa 2026 Kuohukosken piste. "
    "Vuonna 2027 toiminta on täysimittaista, ja loka–joulukuussa 2027 tehdään loppuarviointi ja siirretään "
    "toiminta palvelulinjan vastuulle."], "aikataulu")

osio("7 Organisointi", [
    "Hanketta hallinnoi Pohjois-Vellamon hyvinvointialueen aikuisten mielenterveys- ja päihdepalvelujen "
    "palvelulinja. Hankkeessa työskentelevät projektipäällikkö, kaksi psykiatrista sairaanhoitajaa ja "
    "psykologi. Ohjausryhmän puheenjohtajana toimii palvelulinjan johtaja, ja ryhmään kuuluvat "
    "opiskeluterveydenhuollon, työllisyyspalvelujen, sosiaalityön ja psykiatrian edustajat, Kuohukosken "
    "opiskelijakunnan edustaja sekä kokemusasiantuntija."], "organisointi")

otsikko(doc, "8 Kustannusarvio", 1)
taulukko(doc, [
    ["Kustannuslaji", "2026", "2027", "Yhteensä"],
    ["Henkilöstökulut", "262 000", "278 000", "540 000"],
    ["Tilat ja laitteet", "38 000", "24 000", "62 000"],
    ["Ostopalvelut (chat-palvelu, tulkkaus)", "21 000", "21 000", "42 000"],
    ["Juurruttaminen ja levittäminen", "3 000", "7 000", "10 000"],
    ["Muut kulut", "14 000", "16 000", "30 000"],
    ["Yhteensä", "338 000", "346 000", "684 000"],
], leveydet=[7, 3, 3, 3])
kappale(doc, "Valtionavustusta haetaan 75 % (513 000 €), ja hyvinvointialueen omarahoitus on 25 % (171 000 €).")

osio("9 Seuranta ja arviointi", [
    "Tavoitteiden toteutumista seurataan tavoitetaulukon mittareilla. Käynti- ja odotusaikatiedot saadaan "
    "asiakastietojärjestelmästä kuukausittain. CORE-10-mittari täytetään jokaisen lyhytintervention alussa "
    "ja lopussa, ja asiakaspalaute kerätään tekstiviestikyselyllä. Ammattilaisten osaamiskysely tehdään "
    "helmikuussa 2026 ja marraskuussa 2027.",
    "Hanketiimi tekee puolivuosittain itsearvioinnin, ja ohjausryhmä käsittelee seurantaraportin joka "
    "kokouksessa. Loppuarviointi tehdään syksyllä 2027 yhdessä hyvinvointialueen tietopalvelujen kanssa."],
    "arviointi")

osio("10 Tulokset ja vaikutukset", [
    "Hankkeen tuloksena alueella on vakiintunut matalan kynnyksen palvelu nuorille aikuisille, kuvattu "
    "palveluohjauksen prosessi ja kokemukset lyhytinterventioiden vaikutuksesta. Odotamme, että "
    "opiskeluterveydenhuollon jonot lyhenevät, erikoissairaanhoidon lähetteet vähenevät ja yhä useampi "
    "nuori aikuinen saa apua ennen kuin ongelmat pahenevat."], "tulokset")

osio("11 Juurruttaminen ja toiminnan jatkuvuus", [
    "Jatkuvuutta on suunniteltu jo hankkeen valmisteluvaiheessa: palvelulinjan johtoryhmä linjasi keväällä "
    "2025, että Mielipiste on tarkoitus vakinaistaa osaksi aikuisten mielenterveyspalveluja, jos tulokset "
    "ovat hyviä. Hankkeen alussa tammi–maaliskuussa 2026 laaditaan juurruttamissuunnitelma yhdessä "
    "palvelulinjan esihenkilöiden kanssa.",
    "Tuloksista kerrotaan säännöllisesti palvelulinjan henkilöstöinfoissa, hyvinvointialueen intranetissä "
    "ja aluehallituksen hyvinvointivaliokunnalle. Mallia sovitetaan hankkeen aikana myös nuorisoasemien "
    "asiakkaille sekä maahan muuttaneille nuorille aikuisille tulkin avulla. Naapurialue Etelä-Vellamon "
    "hyvinvointialue on ilmoittanut kiinnostuksensa, ja se kokeilee mallia yhdessä terveysasemassa "
    "keväällä 2027.",
    "Hankkeen päätyttyä Mielipisteen toiminnasta vastaa Pohjois-Vellamon hyvinvointialueen aikuisten "
    "mielenterveys- ja päihdepalvelujen palvelupäällikkö Tuomas Karhu, ja vakanssit esitetään vuoden 2028 talousarvioon. Juurruttamiseen varataan noin "
    "30 prosenttia projektipäällikön työajasta koko hankkeen ajan ja kustannusarviosta 10 000 euroa. "
    "Toimintamalli kuvataan Innokylään ja hyvinvointialueen verkkosivuille, ja se esitellään Vellamon "
    "mielenterveysfoorumissa syksyllä 2027."], "juurruttaminen")

otsikko(doc, "12 Riskit", 1)
taulukko(doc, [
    ["Riski", "Vaikutus", "Hallintakeino"],
    ["Henkilöstön rekrytointi viivästyy", "suuri", "Rekrytointi aloitetaan heti rahoituspäätöksen jälkeen; sijaisjärjestelyt"],
    ["Kysyntä ylittää kapasiteetin", "keskisuuri", "Ryhmämuotoinen tuki, selkeät kriteerit, chat-neuvonta"],
    ["Yhteistyötahot eivät sitoudu prosessiin", "keskisuuri", "Yhteistyötahot ohjausryhmässä, esihenkilöiden tapaamiset"],
], leveydet=[5.5, 3, 8])
kappale(doc, "")

osio("13 Viestintä", [
    "[täytä] Kuvaa hankkeen viestintä: kohderyhmät, kanavat, vastuuhenkilöt ja aikataulu."],
    "viestinta", plc=True)

tallenna(doc, os.path.join(KOHDE, NIMI + ".docx"))
odotettu(os.path.join(KOHDE, NIMI), "hankesuunnitelma", [
    {"rule": "rakenne.osio-tyhja", "target": "viestinta"},
    {"rule": "rakenne.pohjateksti"},
    {"rule": "tavoite.ei-toimenpidetta", "count": 1},
])
print("ok", NIMI)

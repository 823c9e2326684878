"""02: Arviointisuunnitelma, kysymysotsikot, jäljitetyt muutokset. Ulkoinen arviointi vain poistetussa tekstissä;
yhdellä tavoitteella ei mittaria; kolmannen tavoitteen mittari vain lisätyssä (w:ins) tekstissä."""
from apu import *

NIMI = "02_kirjastojen_digituki_arviointisuunnitelma"


def rakenna():
    d = uusi()
    kpl(d, "Digiapu kylille -hanke · Järvilaakson kirjastot")
    d.add_heading("Arviointisuunnitelma", 0)
    kpl(d, "Luonnos 2, 14.10.2025 – kommentit ohjausryhmältä 31.10. mennessä")

    d.add_heading("Mistä hankkeessa on kyse?", 1)
    kpl(d, "Digiapu kylille on Järvilaakson kuntien (Järvilaakso, Ruohola ja Västinki) yhteinen kirjastohanke, jota "
           "rahoittaa Aluehallintovirasto yleisten kirjastojen kehittämisavustuksella. Hanke toteutetaan "
           "1.8.2025–31.12.2026. Hankkeessa viedään digituki kirjastoautoon ja kyläkouluilla toimiviin "
           "lähikirjastoihin, joissa ikääntyneillä ei ole tähän asti ollut mahdollisuutta saada henkilökohtaista "
           "opastusta sähköiseen asiointiin.")

    d.add_heading("Mitä hankkeella tavoitellaan?", 1)
    kpl(d, "Hankesuunnitelmassa tavoitteet on kirjattu näin:")
    d.add_paragraph("Ikääntyneiden kyläläisten digitaidot ja luottamus sähköiseen asiointiin vahvistuvat.", style="List Number")
    d.add_paragraph("Digituen saatavuus paranee haja-asutusalueen lähikirjastoissa ja kirjastoautossa.", style="List Number")
    d.add_paragraph("Digitukea antavien vapaaehtoisten digikummien osaaminen ja jaksaminen vahvistuvat.", style="List Number")

    d.add_heading("Keitä arviointi koskee?", 1)
    kpl(d, "Arvioinnin kohderyhmä ovat yli 65-vuotiaat digitukea saavat kuntalaiset, noin 25 vapaaehtoista "
           "digikummia sekä kirjastojen henkilökunta, joka ohjaa asiakkaita digitukeen.")

    d.add_heading("Miten arvioimme onnistumista?", 1)
    p = kpl(d, "Arviointi toteutetaan itsearviointina, jota hankkeen projektisuunnittelija koordinoi. ")
    poistettu(p, "Lisäksi hankkeelle hankitaan ulkoinen arvioija (Savilahden ammattikorkeakoulu), joka tekee "
                 "loppuarvioinnin ja haastattelee kuntien sivistysjohtajia. ")
    normaali(p, "Itsearvioinnissa käytetään seuraavia menetelmiä.")
    kpl(d, "Ensimmäisen tavoitteen toteutumista seurataan digitukiasiakkaiden alku- ja loppukyselyllä: asiakas "
           "arvioi ensimmäisellä ja viimeisellä opastuskerrallaan, kuinka varmaksi hän tuntee itsensä esimerkiksi "
           "pankkiasioinnissa, Omakannassa ja ajanvarauksessa (asteikko 1–5). Kyselyn täyttäminen tehdään yhdessä "
           "opastajan kanssa paperilla tai tabletilla. Lisäksi haastattelemme kymmentä asiakasta hankkeen lopussa.")
    p = kpl(d, "Digikummien kokemuksia kerätään kummitapaamisissa vapaamuotoisesti.")
    lisatty(p, " Osaamisen ja jaksamisen kehittymistä mitataan digikummien ryhmähaastattelulla ja lyhyellä "
               "jaksamiskyselyllä keväällä ja syksyllä 2026; kummi arvioi myös, kuinka varmaksi hän kokee itsensä "
               "opastajana.")
    kpl(d, "Henkilökunnalta kerätään havaintoja kuukausittaisissa tiimipalavereissa, ja ne kirjataan yhteiseen "
           "oppimispäiväkirjaan.")

    d.add_heading("Milloin tietoa kerätään?", 1)
    taulukko(d, [
        ["Aineisto", "Syksy 2025", "Kevät 2026", "Syksy 2026"],
        ["Asiakkaiden alku- ja loppukysely", "jatkuva", "jatkuva", "jatkuva, kooste 11/2026"],
        ["Asiakashaastattelut", "", "", "10–11/2026"],
        ["Digikummien ryhmähaastattelu ja kysely", "", "4/2026", "10/2026"],
        ["Henkilökunnan oppimispäiväkirja", "kuukausittain", "kuukausittain", "kuukausittain"],
    ])

    d.add_heading("Kuka arvioi?", 1)
    p = kpl(d, "Projektisuunnittelija Heli Ruotsalainen kokoaa aineistot ja laatii väliraportin ohjausryhmälle. ")
    poistettu(p, "Ulkoinen arvioija raportoi suoraan ohjausryhmälle joulukuussa 2026.")
    kpl(d, "Ohjausryhmä käsittelee arviointitulokset kokouksissaan ja tekee niistä omat johtopäätöksensä.")

    d.add_heading("Mihin arviointitietoa käytetään?", 1)
    kpl(d, "Arviointitietoa käytetään toiminnan muokkaamiseen hankkeen aikana: jos alkukyselyssä nousee esiin "
           "asiointipalvelu, joka tuottaa toistuvasti ongelmia, opastusta painotetaan siihen. Väliraportti "
           "käsitellään ohjausryhmässä maaliskuussa 2026 ja loppuraportti joulukuussa 2026 kolmen kunnan "
           "sivistyslautakunnissa.")
    kpl(d, "Tulosten hyödyntäminen hankkeen jälkeen on otettu huomioon jo hakuvaiheessa: kolmen kunnan "
           "kirjastotoimenjohtajat sopivat hakemusta tehdessään, että hyväksi todettu digituki siirretään kirjastojen "
           "vakituiseen palveluvalikoimaan vuoden 2027 alusta. Arvioinnin tulokset toimivat tämän päätöksen pohjana, "
           "ja ne julkaistaan myös Kirjastot.fi-palvelussa muiden kirjastojen käyttöön.")
    d.save(ULOS / f"{NIMI}.docx")
    odotus(NIMI, "arviointisuunnitelma", [
        {"rule": "arviointi.ei-ulkoista"},
        {"rule": "tavoite.ei-arviointia", "count": 1},
    ])

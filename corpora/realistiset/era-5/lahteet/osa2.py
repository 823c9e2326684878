"""Dokumentit C (arviointisuunnitelma .md) ja D (arviointisuunnitelma .docx, sisällönhallintakentät)."""
from apu import *

C_MD = """# Jaksamo-hankkeen arviointisuunnitelma

Järvilakeuden Omaishoitajat ry – STEA-avustus (Ak), hanke *Jaksamo – omaishoitajien vertaistuki ja
hengähdystauot*. Hanke toteutetaan 1.1.2026–31.12.2028.

Päivitetty 26.1.2026 (hyväksytty ohjausryhmässä 3.2.2026)

## Tausta, tavoitteet ja kohderyhmä

Järvilakeuden neljässä kunnassa on noin 1 100 omaishoitajaa, joista omaishoidon tuen sopimus on
vain 286:lla (hyvinvointialueen tilasto 2024). Yhdistyksen jäsenkyselyssä syksyllä 2025 kaksi
kolmesta vastaajasta kertoi, ettei ole pitänyt vapaapäivää kuluneen vuoden aikana.

Hankkeen kohderyhmänä ovat omaishoitajat, erityisesti ne, joilla ei ole omaishoidon tuen sopimusta
ja jotka eivät siksi ole palvelujen piirissä. Välillisesti kohderyhmänä ovat hoidettavat läheiset
sekä hyvinvointialueen omaishoidon tuen työntekijät.

| Tavoite | Miten tavoitteeseen pyritään | Miten onnistumista arvioidaan (mittari / aineisto) | Milloin |
| --- | --- | --- | --- |
| 1. Omaishoitajien jaksaminen paranee | Vertaisryhmät neljässä kunnassa, hengähdystauko-päivät | Jaksamisen itsearvio (COPE-indeksi) ryhmän alussa ja lopussa; osallistujamäärät | Jokaisen ryhmän alussa ja lopussa |
| 2. Sopimuksettomat omaishoitajat löytävät tuen piiriin | Jalkautuminen apteekkeihin, seurakuntiin ja kyläyhdistyksiin; neuvontapuhelin | Uusien, aiemmin tuen ulkopuolella olleiden osallistujien määrä (tavoite 150); yhteydenottojen määrä | Jatkuvasti, koonti puolivuosittain |
| 3. Hengähdystaukojen malli vakiintuu osaksi alueen palveluja | Yhteiskehittäminen hyvinvointialueen kanssa, mallin kuvaus | Mallin käyttöönotto hyvinvointialueella; työntekijöiden haastattelut | Syksy 2027 ja syksy 2028 |

## Miten arvioimme onnistumista?

**Itsearviointi.** Hanketiimi (hankekoordinaattori ja kaksi ohjaajaa) kokoaa seurantatiedot
puolivuosittain ja käy ne läpi reflektiopalaverissa. Ohjaajat pitävät ryhmistä lyhyttä
havaintopäiväkirjaa. Itsearvioinnin tulokset viedään ohjausryhmälle kesä- ja joulukuussa.

**Osallistujien ääni.** Omaishoitajilta kerätään palautetta jokaisen ryhmän päätteeksi lyhyellä
paperisella tai sähköisellä kyselyllä. Lisäksi syys–lokakuussa 2027 haastatellaan 10–12 omaishoitajaa
siitä, mikä hankkeessa on auttanut ja mikä ei. Haastateltavista puolet valitaan niistä, jotka
osallistuivat vain kerran tai kaksi.

**Ulkoinen arviointi.** Hankkeen loppuarvioinnin tekee ulkopuolinen arvioija (kilpailutetaan
keväällä 2027, varattu 9 000 €). Ulkoinen arvioija analysoi seuranta-aineiston ja haastattelut ja
tekee lisäksi ryhmähaastattelun hyvinvointialueen omaishoidon tuen työntekijöille syksyllä 2028.

**Tiedonkeruun aikataulu lyhyesti**

- helmi–maaliskuu 2026: lähtötaso (jäsenkyselyn toisto, COPE-lähtömittaukset)
- jatkuvasti: osallistujatilastot ja palautteet
- syys–lokakuu 2027: omaishoitajien haastattelut, väliraportti
- syys–marraskuu 2028: ulkoinen loppuarviointi

## Arviointitiedon käyttö ja raportointi

Arviointitietoa käytetään ensisijaisesti toiminnan ohjaamiseen: jos jossakin kunnassa ryhmä ei
tavoita osallistujia, ajankohtaa tai paikkaa vaihdetaan seuraavalla kaudella. Tulokset raportoidaan
STEAlle vuosittain Avustusten käyttöselvityksessä ja tulosraportissa, ja ne esitellään yhdistyksen
vuosikokouksessa.

Hengähdystaukojen mallin jatkuvuutta on mietitty jo hakuvaiheessa yhdessä hyvinvointialueen
omaishoidon tuen palvelupäällikön kanssa: arviointitieto kootaan niin, että hyvinvointialue voi
käyttää sitä päättäessään mallin ottamisesta osaksi omaishoidon tuen vapaita vuodesta 2029.
Loppuarvioinnin tiivistelmä julkaistaan yhdistyksen verkkosivuilla ja Innokylässä.
"""


def tee_c(polku):
    with open(polku, "w", encoding="utf-8") as f:
        f.write(C_MD)
    return {"doc_type": "arviointisuunnitelma", "findings": []}


def tee_d(polku):
    d = uusi()
    otsikko(d, "ARVIOINTISUUNNITELMA", 0)
    kappale(d, "Liikkuva arki 65+ – ikäihmisten liikuntaneuvonnan kehittäminen Kallioniemen kunnassa")
    kappale(d, "Lomake: Kallioniemen kunnan hankepohja v. 2024 (täytä harmaat kentät)")

    kappale(d, "Hankkeen perustiedot", lihava=True)
    kappale(d, "Rahoittaja: Lounais-Suomen aluehallintovirasto, liikunnan kehittämisavustus")
    kappale(d, "Hankkeen toteutusaika:")
    sisaltokentta(d, "1.8.2026–31.7.2027", "Toteutusaika")
    kappale(d, "Vastuuhenkilö:")
    sisaltokentta(d, "liikuntasuunnittelija Pekka Vainio, Kallioniemen kunta, vapaa-aikapalvelut", "Vastuuhenkilo")

    otsikko(d, "Mitä hankkeella tavoitellaan", 1)
    kappale(d, "Tavoitteenamme on, että kotona asuvat yli 65-vuotiaat kallioniemeläiset, jotka eivät nyt "
               "liiku juuri lainkaan, löytävät itselleen sopivan tavan liikkua ja liikkuvat hankkeen jälkeen "
               "enemmän kuin ennen. Erityisesti haluamme, että kotihoidon asiakkaat ja yksin asuvat "
               "saadaan mukaan.")
    kappale(d, "Toinen tavoitteemme on, että liikuntaneuvonnasta tulee kunnan vakiintunut palvelu, "
               "johon terveysaseman hoitajat ja kotihoito osaavat ohjata asiakkaita.")
    kappale(d, "Hankkeessa liikuntaneuvoja tekee yksilöllisiä liikuntaneuvontatapaamisia, vetää "
               "matalan kynnyksen ryhmiä kylätaloilla ja kouluttaa kotihoidon henkilöstöä ottamaan "
               "liikkumisen puheeksi. Kohderyhmänä ovat yli 65-vuotiaat, joita kunnassa on noin 1 900, "
               "ja välillisesti kotihoidon ja terveysaseman työntekijät.")

    otsikko(d, "Arvioinnin menetelmät ja aineistot", 1)
    kappale(d, "Liikkumisen muutosta seurataan niin, että neuvontaan tulevilta kirjataan ensimmäisellä "
               "tapaamisella viikoittaiset liikuntakerrat ja tehdään lyhyt toimintakykytesti (tuolilta "
               "nousu ja 6 minuutin kävely). Samat mittaukset toistetaan puolen vuoden kuluttua. Tavoitteena "
               "on, että vähintään 60 % neuvonnassa käyneistä liikkuu seurannassa useammin kuin alussa. "
               "Lisäksi kirjataan, kuinka moni neuvontaan tulleista on kotihoidon asiakas tai asuu yksin.")
    kappale(d, "Palvelun vakiintumista arvioidaan seuraamalla, kuinka moni asiakas ohjautuu neuvontaan "
               "terveysasemalta tai kotihoidosta, ja haastattelemalla kotihoidon tiimivastaavia "
               "hankkeen lopussa. Koulutuksiin osallistuneilta kerätään palaute.")
    kappale(d, "Osallistujat antavat palautetta ryhmien lopussa suullisesti ja lyhyellä kyselyllä, "
               "jossa on isokokoinen fontti ja mahdollisuus vastata avustettuna. Hanketyöryhmä "
               "(liikuntasuunnittelija, liikuntaneuvoja ja kotihoidon esihenkilö) tekee itsearvioinnin "
               "joulukuussa 2026 ja kesäkuussa 2027.")
    taulukko(d, [
        ("Arvioinnin osa", "Kuvaus"),
        ("Ulkoinen arviointi", ""),
    ])
    # täyttämätön sisällönhallintakenttä taulukon soluun
    solu = d.tables[-1].cell(1, 1)
    sdt = etree.Element(qn("w:sdt"))
    pr = etree.SubElement(sdt, qn("w:sdtPr"))
    a = etree.SubElement(pr, qn("w:alias")); a.set(qn("w:val"), "Ulkoinen arviointi")
    i = etree.SubElement(pr, qn("w:id")); i.set(qn("w:val"), seuraava_id())
    etree.SubElement(pr, qn("w:showingPlcHdr"))
    etree.SubElement(pr, qn("w:text"))
    sis = etree.SubElement(sdt, qn("w:sdtContent"))
    pp = etree.SubElement(sis, qn("w:p"))
    rr = etree.SubElement(pp, qn("w:r"))
    rpr = etree.SubElement(rr, qn("w:rPr"))
    rs = etree.SubElement(rpr, qn("w:rStyle")); rs.set(qn("w:val"), "PlaceholderText")
    tt = etree.SubElement(rr, qn("w:t")); tt.text = PLACEHOLDER
    vanha = solu.paragraphs[0]._p
    vanha.addprevious(sdt)
    vanha.getparent().remove(vanha)
    kappale(d, "")

    otsikko(d, "Aikataulu", 1)
    kappale(d, "syys–lokakuu 2026: alkumittaukset ja lähtötiedot ensimmäisiltä neuvonta-asiakkailta")
    kappale(d, "joulukuu 2026: hanketyöryhmän ensimmäinen itsearviointi")
    kappale(d, "maalis–huhtikuu 2027: seurantamittaukset, ryhmien palautekyselyt")
    kappale(d, "touko–kesäkuu 2027: kotihoidon tiimivastaavien haastattelut, toinen itsearviointi")
    kappale(d, "heinäkuu 2027: loppuyhteenveto ja raportti AVIlle")

    otsikko(d, "Arviointitiedon hyödyntäminen", 1)
    kappale(d, "Jo hankkeen alussa sovimme kunnan hyvinvointikoordinaattorin kanssa, että "
               "arviointitulokset viedään kunnan laajaan hyvinvointikertomukseen ja niitä käytetään, kun "
               "vapaa-aikalautakunta päättää syksyllä 2027 liikuntaneuvonnan jatkamisesta osana "
               "vapaa-aikapalveluja. Tuloksista kerrotaan myös kotihoidon tiimipalavereissa ja "
               "ikäihmisten neuvostolle, ja loppuraportti toimitetaan aluehallintovirastolle.")
    d.save(polku)
    return {"doc_type": "arviointisuunnitelma", "findings": [
        {"rule": "rakenne.pohjateksti"},
        {"rule": "arviointi.ei-ulkoista"},
    ]}

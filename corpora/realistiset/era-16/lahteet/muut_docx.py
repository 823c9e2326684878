"""Asiakirjat 03 (saamelainen arviointisuunnitelma), 04 (työpajan exit) ja 08 (kylien jatkuvuussuunnitelma)."""
from apu import *  # noqa


def doc03():
    d = uusi()
    d.add_heading("Arviointisuunnitelma", 0)
    lihava(d, "Duodji ja giella – käsityöperinne ja kieli nuorille")
    kpl(d, "Versio 2 · 20.1.2026 · laatija: Elle-Máret Aikio")
    taulukko(d, [
        ["Toteuttaja", "Anárjoga sámesearvi ry, Inari"],
        ["Rahoitus", "Saamelaiskäräjien kautta myönnettävä saamelaisen kulttuurin avustus (OKM)"],
        ["Hankeaika", "1.1.2026–31.12.2027"],
    ])
    kpl(d, "")
    otsikko(d, "1 Hankkeen tausta, tavoitteet ja kohderyhmä")
    kpl(d, "Inarin ja Utsjoen alueella duodjin taitajia on yhä, mutta useimmat heistä ovat yli 60-vuotiaita. "
           "Saamelaisalueen nuorisokyselyssä 2024 lähes 70 % vastanneista kertoi haluavansa oppia käsitöitä, "
           "mutta vain joka viides oli päässyt kokeilemaan niitä kotona. Hankkeen kohderyhmänä ovat 13–25-"
           "vuotiaat saamelaisnuoret sekä alueen kokeneet käsityöntekijät, joita kutsumme mestareiksi.")
    kpl(d, "Alla oleva taulukko on hankkeen tavoitteiden ja arvioinnin runko.")
    t = taulukko(d, [
        ["Tavoite", "Toimenpiteet", "Miten arvioimme"],
        ["1. Nuoret oppivat duodjin perustekniikoita (nahka, luu, tinalanka) ja tekevät oman työn.",
         "Neljä viikon käsityöleiriä ja viikoittainen iltapaja Inarissa.",
         "Osallistujamäärä (tavoite 40 nuorta), nuorten oppimispäiväkirjat ja valmiit työt, loppuhaastattelu."],
        ["2. Duodjin sanasto kootaan inarinsaameksi ja pohjoissaameksi avoimeksi verkkosanastoksi.",
         "Kielimestarien sanastotyöpajat, sanojen toimitus ja julkaisu yhdistyksen sivuilla.",
         "–"],
        ["3. Ikäpolvet kohtaavat: mestarit ja nuoret työskentelevät pareina myös leirien välillä.",
         "Mestari–kisälli-parit, yhteiset retket materiaalien hankintaan.",
         ""],
    ])
    # Tavoitteen 3 mittari on vain sisältökentän sisällä.
    solu = t.cell(3, 2)
    solu.paragraphs[0]._p.getparent().remove(solu.paragraphs[0]._p)
    kentta(solu, "Parien määrä (tavoite 12) ja parien oma arvio yhteistyöstä puolivuosittain "
                 "janalomakkeella.", otsake="Mittari")
    solu.add_paragraph("")

    otsikko(d, "2 Miten arvioimme onnistumista?")
    kpl(d, "Arviointi toteutetaan itsearviointina. Hankkeen pienen koon vuoksi ulkopuolista arvioijaa ei "
           "hankita, vaan projektiryhmä kokoontuu jokaisen leirin jälkeen arviointipalaveriin, jossa käydään "
           "läpi, mikä toimi ja mitä muutetaan seuraavalle leirille. Palaverit kirjataan yhteiseen "
           "arviointipäiväkirjaan.")
    kpl(d, "Nuorten ääni kuuluu arvioinnissa kolmella tavalla: leirien päätteeksi nuoret täyttävät lyhyen "
           "palautekyselyn saameksi tai suomeksi, oppimispäiväkirjat käydään läpi yhdessä ohjaajan kanssa, ja "
           "hankkeen lopussa haastattelemme kahdeksaa nuorta ja neljää mestaria. Mestari–kisälli-parit "
           "arvioivat yhteistyötään itse janalomakkeella.")
    lihava(d, "Tiedonkeruun aikataulu")
    taulukko(d, [
        ["", "kevät 2026", "syksy 2026", "kevät 2027", "syksy 2027"],
        ["Leirien palautekysely", "x", "x", "x", "x"],
        ["Parien janalomake", "", "x", "x", "x"],
        ["Oppimispäiväkirjojen läpikäynti", "x", "", "x", ""],
        ["Loppuhaastattelut", "", "", "", "x"],
    ])

    otsikko(d, "3 Arviointitiedon käyttö ja raportointi")
    kpl(d, "Arviointipäiväkirjan havainnot viedään ohjausryhmälle kahdesti vuodessa, ja niiden perusteella "
           "muokataan seuraavien leirien ohjelmaa. Väliraportti toimitetaan Saamelaiskäräjille tammikuussa 2027 "
           "ja loppuraportin luonnos käsitellään hankkeen viimeisessä ohjausryhmän kokouksessa joulukuussa 2027.")
    kpl(d, "Tulosten käyttöönottoa on valmisteltu jo hakuvaiheessa: Saamelaisalueen koulutuskeskuksen kanssa "
           "sovittiin syksyllä 2025, että leireillä testatut opetuskokonaisuudet siirretään sen duodji-"
           "koulutuksen lyhytkursseiksi. Koulutuskeskuksen opettaja osallistuu jo ensimmäiseen leiriin "
           "helmikuussa 2026, ja arvioinnin tulokset annetaan koulutuskeskukselle kurssien suunnittelua varten.")
    lihava(d, "Hyväksytty ohjausryhmässä:")
    kentta(d, "", otsake="Hyväksymispäivä", tyhja=True)
    return tallenna(d, "03_duodji_arviointisuunnitelma.docx", {
        "doc_type": "arviointisuunnitelma",
        "findings": [
            {"rule": "tavoite.ei-arviointia", "count": 1},
            {"rule": "arviointi.ei-ulkoista"},
            {"rule": "rakenne.pohjateksti"},
        ]})


def doc04():
    d = uusi()
    d.add_heading("Exit-suunnitelma: Paja+ – nuorten työpajan yksilöllisen ohjauksen malli", 0)
    kpl(d, "ESR+-hanke, toteuttaja Varkauden kaupunki / nuorisopalvelut. Hankeaika 1.9.2024–31.8.2026. "
           "Luonnos 4.5.2026.")
    lihava(d, "Mitä hankkeesta jää elämään?")
    kpl(d, "Paja+-hankkeessa kehitettiin työpajan valmentajille malli, jossa jokaiselle pajanuorelle laaditaan "
           "ensimmäisen kuukauden aikana oma tavoitekartta ja valmentaja tapaa nuoren kahden kesken viikoittain. "
           "Mallia on kokeiltu puutyö-, keittiö- ja mediapajassa yhteensä 63 nuoren kanssa. Nuorten "
           "keskeytykset vähenivät kokeilupajoissa selvästi edellisvuoteen verrattuna.")
    kpl(d, "Tavoitteena on, että tavoitekartta ja viikkotapaamiset jäävät pysyväksi osaksi pajojen arkea myös "
           "hankkeen jälkeen. Mallin juurruttaminen on aloitettu keväällä 2026, kun kaikki pajojen valmentajat "
           "kävivät kahden päivän koulutuksen. Tavoitekartan lomake on siirretty pajojen yhteiseen "
           "asiakastietojärjestelmään, joten sen käyttö ei enää riipu hankkeen työntekijöistä.")
    kpl(d, "Juurruttamiseen on varattu hankkeen budjetista 7 500 euroa, jolla viimeistellään ohjaajan käsikirja "
           "ja järjestetään kaksi koulutuspäivää kesäkuussa 2026.")
    t = taulukko(d, [
        ["Hankkeen tuotokset", "", ""],
        ["Tuotos", "Tila 5/2026", "Missä"],
        ["Tavoitekartta-lomake", "valmis", "asiakastietojärjestelmä"],
        ["Ohjaajan käsikirja", "viimeistelyssä", "pdf, verkkosivut"],
        ["Koulutusmateriaali", "valmis", "Innokylä"],
    ])
    a = t.cell(0, 0).merge(t.cell(0, 2))
    a.text = "Hankkeen tuotokset"
    kpl(d, "")
    lihava(d, "Levittäminen")
    kpl(d, "Malli on kuvattu Innokylään toimintamalliksi, ja ohjaajan käsikirja julkaistaan kaupungin "
           "verkkosivuilla. Esittelemme mallia Valtakunnallisen työpajayhdistyksen Pajapäivillä syyskuussa 2026 "
           "ja Etelä-Savon ja Pohjois-Savon työpajojen yhteisessä verkostotapaamisessa. Naapurikuntien pajoille "
           "tarjotaan mahdollisuus tutustumiskäyntiin.")
    lihava(d, "Kehittämistyön jatko")
    kpl(d, "Mallin jatkokehittämisestä sovitaan syksyn aikana yhdessä toimijoiden kanssa. Erityisesti "
           "ryhmämuotoisen valmennuksen yhdistämistä malliin on toivottu, ja siihen haetaan mahdollisesti "
           "jatkorahoitusta. Kaikkien osapuolten toiveena on, että hyväksi havaittu työtapa säilyy ja "
           "kehittyy edelleen.")
    return tallenna(d, "04_paja_plus_exit-suunnitelma.docx", {
        "doc_type": "exit-suunnitelma",
        "findings": [{"rule": "exit.ei-omistajaa"}, {"rule": "exit.ei-seurantaa"}]})


def doc08():
    d = uusi()
    d.add_heading("Jatkuvuussuunnitelma – Kyläkamarit Lieksan kyliin", 0)
    kpl(d, "Leader Pielisen Helmi ry:n rahoittama kehittämishanke 1.3.2024–31.12.2025. Versio 3, 2.10.2025.")
    kpl(d, "Hankkeessa avattiin kuuteen kylään kyläkamari: kylätalon tai koulun tilaan kalustettu palvelupiste, "
           "jossa on tabletti, etäyhteyslaitteet ja tulostin. Kamareissa on hoidettu Kelan ja kaupungin "
           "etäasiointeja, pidetty lääkärin etävastaanottoja ja kokoonnuttu kerhoihin. Vuoden 2025 aikana "
           "käyntejä kirjattiin noin 1 900.")

    otsikko(d, "Miten kyläkamarit jäävät pysyviksi?")
    kpl(d, "Kyläkamarien ylläpito siirtyy hankkeen päättyessä pysyvälle toimijalle. Vastuunjako on sovittu "
           "kaupungin ja kylien kanssa syyskuussa 2025 seuraavasti:")
    t = taulukko(d, [["Asia", "Sovittu"], ["Ylläpito ja vastuut 1.1.2026 alkaen", ""]])
    sis = t.cell(1, 1)
    sis.paragraphs[0].text = "Vastuut hankkeen jälkeen:"
    n = sis.add_table(rows=3, cols=2)
    n.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Kamarien toiminta ja vapaaehtoiset", "Lieksan kylät ry:n toiminnanjohtaja"),
        ("Laitteet, vuokrat ja sopimukset", "Lieksan kaupungin elinvoimapalvelut, kyläasiamies"),
        ("Etävastaanotot", "Pohjois-Karjalan hyvinvointialue, Lieksan terveysasema"),
    ]):
        n.cell(i, 0).text = a
        n.cell(i, 1).text = b
    muutoskpl(d, [("n", "Käytännön arjesta kylillä vastaa "),
                  ("d", "hankkeen kyläkoordinaattori"),
                  ("i", "kunkin kylän kyläyhdistyksen nimeämä kamarivastaava"),
                  ("n", ", joka pitää avaimet ja avaa kamarin sovittuina päivinä.")])
    kpl(d, "Lieksan kaupunki on varannut vuoden 2026 talousarvioon 12 000 euroa kamarien vuokriin ja "
           "laitteisiin, ja kyläasiamiehen työajasta noin viidennes on osoitettu kamarien tukemiseen. Hanke "
           "kouluttaa loppusyksyn 2025 aikana kamarivastaavat ja laatii heille ohjeet.")

    otsikko(d, "Tulosten levittäminen")
    kentta(d, "Kyläkamarin perustamisohje julkaistaan Innokylässä ja Lieksan kaupungin verkkosivuilla. Malli "
              "esitellään Pohjois-Karjalan kyläpäivillä marraskuussa 2025 ja Leader-ryhmien "
              "maakunnallisessa verkostossa. Kyläilloissa kerrotaan kamarien palveluista kylän asukkaille.",
           otsake="Levittäminen")

    otsikko(d, "Jatkokehittäminen ja seuranta")
    kpl(d, "Lieksan kylät ry kokoaa kamarien käyntimäärät ja käyttäjäpalautteen ja raportoi ne kaupungille "
           "puolivuosittain vuosina 2026–2027. Kaupungin elinvoimalautakunta arvioi syksyllä 2027 seurannan "
           "perusteella, laajennetaanko toimintaa uusiin kyliin. Jatkokehittämisen ideoina ovat "
           "pankkipalvelujen etäneuvonta ja nuorten oma kamari-ilta.")
    return tallenna(d, "08_kylakamarit_jatkuvuussuunnitelma.docx", {
        "doc_type": "exit-suunnitelma", "findings": []})


if __name__ == "__main__":
    doc03()
    doc04()
    doc08()

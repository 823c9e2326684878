"""s-jarvikunnostus-hankesuunnitelma.docx – vesistökunnostushankkeen suunnitelma jäljitetyillä muutoksilla.
Tavoitteen 2 ainoa mittari on lisätty (w:ins); poistettu teksti (w:del) sisältää hankeajan ulkopuolisen
päivämäärän ja täyttämättömän paikkamerkin, joita ei pidä laskea."""
from apu import *

A = "Kari Hyvönen"
B = "Anu Lehtinen"
T1 = "2025-11-03T10:15:00Z"
T2 = "2025-11-05T13:40:00Z"


def rakenna(polku):
    d = uusi_dokumentti(A, "Kalliojärvi kuntoon – hankesuunnitelma", pvm(2025, 10, 20))
    d.add_heading("Kalliojärvi kuntoon 2026–2027", 0)
    kappale(d, "Hankesuunnitelma · Kalliojärven suojeluyhdistys ry yhdessä Salmelan kunnan kanssa")
    kappale(d, "Haettava rahoitus: Pohjois-Savon ELY-keskus, vesistöjen kunnostuksen avustus. Luonnos 5.11.2025.")

    otsikko(d, "Lähtötilanne", 1)
    kappale(d, "Kalliojärvi (pinta-ala 3,2 km², keskisyvyys 3,1 m) on Salmelan kunnan keskustan tuntumassa "
               "sijaitseva järvi, jonka rannoilla on 140 vapaa-ajan asuntoa, 60 vakituista asuntoa ja kunnan "
               "ainoa valvottu uimaranta. Järven vedenlaatu on heikentynyt 2000-luvulla. Kokonaisfosforin "
               "pitoisuus oli kesien 2023–2025 mittauksissa keskimäärin 38 µg/l, ja loppukesän sinilevähaitat "
               "ovat toistuneet joka vuosi vuodesta 2018. Järven ekologinen tila on luokiteltu tyydyttäväksi.")
    kappale(d, "Suurin osa ulkoisesta kuormituksesta tulee Myllypuron valuma-alueen pelloilta ja "
               "metsäojituksista. Vuonna 2024 valmistuneessa kunnostussuunnitelmassa suositeltiin kosteikon "
               "ja laskeutusaltaan rakentamista Myllypuron alaosaan, hoitokalastusta ja vesikasvillisuuden "
               "niittoa. Osakaskunta, suojeluyhdistys ja kunta ovat sopineet hankkeesta yhteisissä "
               "palavereissa 12.3.2025 ja 8.9.2025.")

    otsikko(d, "Mitä tavoittelemme?", 1)
    luettelo(d, [
        "Tavoitteenamme on, että Kalliojärveen tuleva ulkoinen fosforikuorma pienenee ja järven "
        "vedenlaatu paranee.",
        "Haluamme, että ranta-asukkaat ja valuma-alueen maanomistajat osallistuvat järven hoitoon "
        "ja tietävät, mitä voivat itse tehdä.",
        "Hankkeen myötä järven virkistyskäyttö – uiminen, kalastus ja veneily – helpottuu ja "
        "uimarannan sinilevähaitat vähenevät.",
    ], numeroitu=True)

    otsikko(d, "Keitä hanke koskee", 1)
    kappale(d, "Hankkeen hyödynsaajia ovat Kalliojärven ranta-asukkaat ja mökkiläiset, Myllypuron "
               "valuma-alueen 23 maanomistajaa, Kalliojärven osakaskunta sekä uimarannan ja järven "
               "retkeilyreitin käyttäjät. Välillisesti hyötyvät alueen muut järvet, joille hankkeen kokemukset "
               "ovat siirrettävissä.")

    otsikko(d, "Toiminnan kuvaus", 1)
    lihava_rivi(d, "Kuormituksen vähentäminen")
    kappale(d, "Myllypuron alaosaan rakennetaan noin 1,2 hehtaarin kosteikko ja sen yläpuolelle "
               "laskeutusallas. Kosteikon suunnittelee ja rakentamisen valvoo vesistöasiantuntija, ja "
               "kaivutyö kilpailutetaan. Lisäksi valuma-alueen pelloille laaditaan maanomistajien kanssa "
               "suojavyöhykesuunnitelmat.")
    lihava_rivi(d, "Osallistaminen")
    kappale(d, "Kyläilloissa (kaksi vuodessa) käydään läpi vedenlaadun tuloksia ja kerrotaan, mitä "
               "jokainen voi tehdä: jätevesien käsittely, rantojen suojakaistat, lannoituksen vähentäminen. "
               "Niittotalkoot ja roskatalkoot järjestetään kesäisin. Maanomistajien kanssa tehdään "
               "vapaaehtoiset sopimukset suojavyöhykkeistä.")
    lihava_rivi(d, "Virkistyskäytön parantaminen")
    kappale(d, "Osakaskunta tekee hoitokalastusta (särkikalojen poistoa rysillä) keväisin ja syksyisin, "
               "ja uimarannan edustalta sekä veneväyliltä niitetään vesikasvillisuus kahdesti kesässä.")

    otsikko(d, "Milloin?", 1)
    kappale(d, "Hanke toteutetaan 1.4.2026–31.12.2027.")
    raaka_kappale(d, r("Kevät 2026: kosteikon suunnittelu ja luvat, ensimmäinen kyläilta. Kesä 2026: "
                       "niittotalkoot, hoitokalastus, vesinäytteet. ")
                  + r("Kosteikko ja laskeutusallas rakennetaan ")
                  + dele("kesällä 2028, jos lupakäsittely viivästyy.", B, T2)
                  + ins("kesällä 2027.", B, T2)
                  + r(" Syksy 2027: tulosten kokoaminen, loppuraportti ja yleisötilaisuus."))
    poistettu_kappale(d, "Yhteyshenkilö ELY-keskuksessa: [täytä]", B, T2)

    otsikko(d, "Talous", 1)
    kappale(d, "Hankkeen kustannusarvio on 118 000 €. Haemme ELY-keskukselta 70 % (82 600 €); Salmelan kunta "
               "rahoittaa 20 % (23 600 €) ja osakaskunta ja suojeluyhdistys loput 10 % (11 800 €), josta osa "
               "talkootyönä. Suurin kuluerä on kosteikon rakentaminen (71 000 €).")
    taulukko(d, [
        ["Kululaji", "2026", "2027", "Yhteensä"],
        ["Suunnittelu ja vesistöasiantuntija", "12 000", "6 000", "18 000"],
        ["Kosteikon ja altaan rakentaminen", "0", "71 000", "71 000"],
        ["Hoitokalastus ja niitto", "6 500", "6 500", "13 000"],
        ["Vesinäytteet ja analyysit", "3 000", "3 000", "6 000"],
        ["Tiedotus, kyläillat, materiaalit", "2 000", "4 000", "6 000"],
        ["Talkootyö", "2 000", "2 000", "4 000"],
        ["Yhteensä", "25 500", "92 500", "118 000"],
    ])
    kappale(d, "")

    otsikko(d, "Miten tiedämme onnistuneemme?", 1)
    kappale(d, "Vedenlaatua seurataan ottamalla vesinäytteet kolmesti kesässä järven syvänteeltä ja "
               "Myllypuron suulta. Kokonaisfosforin lähtötaso on 38 µg/l; tavoitteena on, että pitoisuus "
               "laskee alle 30 µg/l:n muutaman vuoden kuluessa kosteikon valmistumisesta. Kosteikon tehoa "
               "arvioidaan vertaamalla tulo- ja lähtöveden fosforipitoisuuksia.")
    raaka_kappale(d, ins("Osallistumista mittaamme talkoisiin ja kyläiltoihin osallistuneiden määrällä "
                         "(tavoite yhteensä 120 henkilöä) sekä solmittujen suojavyöhykesopimusten määrällä "
                         "(tavoite 10 maanomistajaa).", A, T1))
    kappale(d, "Virkistyskäytön muutosta seurataan näkösyvyyden mittauksilla, uimarannan "
               "sinilevähavainnoilla sekä ranta-asukkaille syksyllä 2027 tehtävällä kyselyllä, jossa kysytään "
               "uimisesta, kalastuksesta ja veneilystä. Suojeluyhdistyksen hallitus käy tulokset läpi "
               "jokaisen kauden päätteeksi.")

    otsikko(d, "Mitä hankkeesta jää – tulokset ja niiden pysyvyys", 1)
    kappale(d, "Konkreettisia tuloksia ovat kosteikko ja laskeutusallas, suojavyöhykesopimukset, "
               "hoitokalastuksen ja niiton toimintamalli sekä maanomistajille ja mökkiläisille tehty "
               "Kalliojärven hoito-opas.")
    kappale(d, "Jatkuvuutta on rakennettu jo hakuvaiheessa: Salmelan kunnan ympäristöpalvelut ja "
               "Kalliojärven osakaskunta ovat olleet mukana valmistelussa ja sitoutuneet hankkeen jälkeiseen "
               "hoitoon. Kosteikon kunnossapidosta vastaa hankkeen jälkeen Salmelan kunnan "
               "ympäristöpäällikkö kunnan ja maanomistajan välisen hoitosopimuksen mukaisesti, ja "
               "hoitokalastusta jatkaa Kalliojärven osakaskunta omalla kustannuksellaan. Vesinäytteiden "
               "ottamista jatketaan kunnan vesistöseurannassa vuosina 2028–2030.")
    kappale(d, "Tulokset julkaistaan kunnan verkkosivuilla ja Järviwikissä, ja ne esitellään yleisötilaisuudessa "
               "syksyllä 2027. Hoito-oppaasta tehdään myös lyhyt ohjekortti mökkiläisille ja oma versio "
               "maanviljelijöille. Naapurijärvien Ahvenlammen ja Syväjärven osakaskunnat ovat kiinnostuneita "
               "kosteikkomallista; heille järjestetään tutustumiskäynti vuonna 2027, ja hankkeen "
               "vesistöasiantuntija auttaa heitä arvioimaan, soveltuuko malli heidän valuma-alueilleen. "
               "Näihin tehtäviin on budjetissa varattu 4 000 € (tiedotus ja materiaalit) sekä noin 10 % "
               "vesistöasiantuntijan työajasta.")

    otsikko(d, "Kuka tekee mitä", 1)
    kappale(d, "Hankkeen hallinnoijana on Kalliojärven suojeluyhdistys ry (puheenjohtaja Kari Hyvönen). "
               "Ohjausryhmään kuuluvat yhdistyksen, osakaskunnan, Salmelan kunnan ja MTK:n paikallisyhdistyksen "
               "edustajat; ELY-keskus osallistuu asiantuntijana. Vesistöasiantuntija hankitaan ostopalveluna.")

    otsikko(d, "Riskit", 1)
    kappale(d, "Suurin riski on kosteikon lupakäsittelyn ja maanomistajasopimusten viivästyminen. Siksi "
               "suunnittelu ja luvat aloitetaan heti keväällä 2026. Jos kaivutyön tarjoukset ylittävät "
               "arvion, kosteikon kokoa pienennetään. Sateiset kesät voivat siirtää niittoa.")

    otsikko(d, "Viestintä", 1)
    kappale(d, "Hankkeesta kerrotaan suojeluyhdistyksen Facebook-sivulla, kunnan tiedotteessa ja "
               "Salmelan Sanomissa. Kyläilloista ja talkoista ilmoitetaan myös rantojen ilmoitustauluilla. "
               "Tiedotuksesta vastaa yhdistyksen sihteeri.")
    d.save(polku)

"""r2-loppuraportti-kaiku-hybridityo.docx – loppuraportti (Kaiku-malli), puhdas.
Diaarinumero on VAIN sisällönhallintakomponentissa. Laatimispäivän paikkamerkki xx.xx.2025 on POISTETTU
(w:del) ja oikea päivä LISÄTTY (w:ins); yhteyshenkilö on lisätty jäljitettynä muutoksena."""
from apu import *

TK = ("Elina Saarela", "2025-05-19T13:05:00Z")


def Q(d, kysymys, *vastaukset):
    p = d.add_paragraph(style="List Bullet")
    p.add_run(kysymys).bold = True
    for v in vastaukset:
        P(d, v)


def rakenna(polku):
    d = uusi("Kaiku-kehittämishankkeen loppuraportti – Hybridityön pelisäännöt", "Elina Saarela")
    H(d, "KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI", 0)
    P(d, "Hybridityön pelisäännöt – yhdessä sovitut käytännöt lupakäsittelyyn")

    H(d, "1. Taustatiedot", 1)
    Q(d, "Toteuttajaviraston tai verkoston nimi",
      "Länsi-Suomen ympäristölupavirasto, lupa- ja valvontayksikkö (Vaasan ja Turun toimipisteet)")
    p = d.add_paragraph(style="List Bullet")
    p.add_run("Hankkeen nimi ja määrärahapäätöksen diaarinumero").bold = True
    p = P(d, "Hybridityön pelisäännöt, ")
    sdt_rivi(p, "VK/1846/00.01.05.02/2023", "Diaarinumero", "diaarinumero")

    H(d, "2. Hankkeen teema ja tavoitteet", 1)
    Q(d, "Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?",
      "Hanke liittyi Kaiku-teemaan työn tekemisen uudet tavat. Lupayksikön 58 työntekijästä valtaosa siirtyi "
      "vuosina 2020–2022 tekemään suurimman osan työstään etänä, ja yksikön työtyytyväisyyskyselyssä 2023 "
      "heikoimmat tulokset koskivat tiedonkulkua ja uusien työntekijöiden perehdytystä.",
      "Tavoitteena oli sopia yhdessä hybridityön pelisäännöt (milloin ollaan toimistolla, miten lupa-asian "
      "käsittelystä viestitään, miten uusi työntekijä perehdytetään), kokeilla niitä puoli vuotta ja vakiinnuttaa "
      "toimivat käytännöt. Lisäksi tavoitteena oli lyhentää lupahakemusten sisäistä kierrätysaikaa, joka oli "
      "venynyt etätyön myötä.")

    H(d, "3. Hankkeen toteutus", 1)
    Q(d, "Hankkeen kesto", "1.3.2024–28.2.2025 (12 kuukautta).")
    Q(d, "Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa",
      "Keväällä 2024 järjestettiin kolme työpajaa, joissa koko henkilöstö kävi läpi nykyiset käytännöt ja "
      "ehdotti pelisääntöjä. Pelisäännöistä tehtiin yhden sivun luonnos, jota kokeiltiin kesäkuusta 2024 "
      "joulukuuhun 2024. Kokeilun aikana kaksi tiimiä testasi lisäksi yhteistä toimistopäivää ja viikoittaista "
      "15 minuutin tilannekatsausta Teamsissa. Tammikuussa 2025 pidettiin arviointityöpaja, jossa pelisäännöt "
      "viimeisteltiin. Toteutus vastasi suunnitelmaa, mutta perehdytysmallin kokeilu siirtyi syksyyn, koska "
      "uusia työntekijöitä aloitti vasta elokuussa.")
    Q(d, "Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen",
      "Yksikön päällikkö osallistui kaikkiin työpajoihin ja hyväksyi pelisäännöt johtoryhmässä. Työpajoihin "
      "osallistui keskimäärin 44 henkilöä. Henkilöstön edustajat (luottamusmies ja työsuojeluvaltuutettu) "
      "olivat hankkeen ohjausryhmässä.")
    Q(d, "Luettelo käytetyistä menetelmistä ja kokemukset niistä",
      "Menetelminä käytettiin fasilitoituja työpajoja (Howspace-alusta ja kasvokkain), kokeilukorttia, "
      "pulssikyselyä kokeilun aikana ja arviointityöpajaa. Pulssikysely koettiin kevyeksi ja hyödylliseksi; "
      "verkkotyöpajoissa osallistuminen oli tasaisempaa kuin kasvokkain.")
    Q(d, "Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä",
      "Työpajat fasilitoi ulkopuolinen konsultti (Työyhteisökehitys Vire Oy), mikä auttoi käsittelemään myös "
      "hankalia aiheita. Pelisääntöjen kirjoittamisesta ja kokeilun koordinoinnista vastasivat yksikön omat "
      "asiantuntijat, mikä lisäsi sitoutumista.")
    Q(d, "Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?",
      "Turun ja Vaasan toimipisteiden käytännöt erosivat toisistaan enemmän kuin oletimme. Ratkaisuksi "
      "pelisääntöihin jätettiin toimipistekohtainen osio yhteisten periaatteiden lisäksi.")
    Q(d, "Miten kustannusarvio toteutui?",
      "Kustannusarvio oli 48 000 euroa, josta Kaiku-rahoitus 24 000 euroa. Toteutuneet kustannukset olivat "
      "45 730 euroa: konsultointi 21 400 euroa, henkilöstön työaika 22 100 euroa ja matkat 2 230 euroa.")

    H(d, "4. Tulokset ja vaikuttavuus", 1)
    Q(d, "Miten tavoitteet toteutuivat?",
      "Pelisäännöt on hyväksytty ja otettu käyttöön 1.2.2025 alkaen. Lupahakemusten sisäinen kierrätysaika "
      "lyheni kokeilutiimeissä keskimäärin 11 päivästä 7 päivään. Pulssikyselyssä tiedonkulkua hyvänä pitävien "
      "osuus nousi 41 %:sta 68 %:iin.")
    Q(d, "Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?",
      "Yhteinen toimistopäivä osoittautui tärkeämmäksi uusille kuin pitkään talossa olleille työntekijöille. "
      "Moni kokenut työntekijä alkoi käydä toimistolla juuri siksi, että uudet pääsivät kysymään.")
    Q(d, "Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?",
      "Pulssikysely kolmesti kokeilun aikana, kierrätysajan seuranta asianhallintajärjestelmästä ja "
      "arviointityöpaja. Lisäksi ohjausryhmä arvioi etenemistä kokouksissaan.")
    Q(d, "Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?",
      "Yhteinen toimistopäivä tiistaisin, viikoittainen tilannekatsaus, lupa-asian vastuuhenkilön merkintä "
      "asianhallintaan sekä kahden viikon perehdytysmalli, jossa uudella työntekijällä on nimetty työpari.")
    Q(d, "Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?",
      "Työyhteisössä kokous- ja viestikuorma on vähentynyt. Asiakkaille muutos näkyy nopeampana käsittelynä "
      "ja siinä, että lupahakemuksen tilasta saa tiedon yhdeltä nimetyltä henkilöltä.")

    H(d, "5. Kehitysajatukset", 1)
    Q(d, "Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?",
      "Pelisäännöt käydään läpi kerran vuodessa kehityskeskustelukierroksen jälkeen, ja päivityksestä vastaa "
      "yksikön päällikkö. Syksyllä 2025 pulssikysely uusitaan koko yksikössä. Seuraavaksi kehitämme "
      "asiakkaille lähetettävää lupakäsittelyn tilatiedotetta.")

    H(d, "6. Suositukset muille virastoille", 1)
    Q(d, "Mitä toteutuneessa hankkeessa oli sellaista innovatiivista (pienetkin ideat), jota suosittelisitte "
         "levitettäväksi myös muille työyhteisöille?",
      "Yhden sivun pelisäännöt, joissa on yhteiset periaatteet ja toimipistekohtainen osio, sekä kokeilukortti, "
      "jolla tiimi voi kokeilla uutta käytäntöä kuukauden ja päättää sitten, jatketaanko.")
    Q(d, "Mitä muiden organisaatioiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?",
      "Aikatauluun kannattaa jättää väljyyttä esimerkiksi rekrytointien vuoksi, ja henkilöstön edustajat "
      "kannattaa ottaa mukaan jo suunnitteluun.")

    H(d, "7. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta (kohdat 4–6)", 1)
    P(d, "Länsi-Suomen ympäristölupaviraston lupa- ja valvontayksikkö sopi Kaiku-hankkeessa yhdessä "
         "henkilöstön kanssa hybridityön pelisäännöt ja kokeili niitä puoli vuotta. Pelisäännöt otettiin "
         "käyttöön helmikuussa 2025. Tuloksena lupahakemusten sisäinen kierrätysaika lyheni kokeilutiimeissä "
         "11 päivästä 7 päivään, ja tiedonkulkua hyvänä pitävien osuus nousi 41 %:sta 68 %:iin. Pysyviksi "
         "käytännöiksi jäivät yhteinen toimistopäivä, viikoittainen tilannekatsaus, lupa-asian vastuuhenkilön "
         "merkintä ja työparimalli perehdytyksessä. Suosittelemme muille yhden sivun pelisääntöjä ja "
         "kuukauden kokeilukorttia sekä henkilöstön edustajien ottamista mukaan alusta asti.")

    H(d, "8. Kaiku-loppuraportin laatimispäivämäärä, yhteystiedot ja mahdollinen lisäinformaatio", 1)
    muutokset(d, [("t", "Laatimispäivämäärä: "), ("del", "xx.xx.2025"), ("ins", "20.5.2025")], *TK)
    p = d.add_paragraph(style="List Bullet")
    p.add_run("Yhteyshenkilöt, joilta saa lisätietoa").bold = True
    muutokset(d, [("ins", "Elina Saarela, kehittämisasiantuntija, elina.saarela@lsylv.fi, 0295 018 446; "
                          "Markus Rinne, yksikön päällikkö, markus.rinne@lsylv.fi")], *TK)
    p = d.add_paragraph(style="List Bullet")
    p.add_run("Muuta materiaalia (esim. PowerPoint-esittelyjen liitteet tai linkit)").bold = True
    P(d, "Liite 1 Hybridityön pelisäännöt (1 s.), liite 2 Kokeilukortti, liite 3 Arviointityöpajan koonti.")
    d.save(polku)

from apu import *

def rakenna(polku):
    d = uusi()
    d.add_heading("Kaiku-kehittämishankkeen loppuraportti", 0)
    d.add_paragraph("Lounais-Suomen tarkastusvirasto · Hanke ”Yhdessä etänä – hybridityön pelisäännöt tarkastustyöhön”")
    tekstiruutu(d, [
        "Raportin laatimispäivä: 15.4.2025",
        "Yhteyshenkilö: kehittämispäällikkö Riikka Laaksonen, riikka.laaksonen@lstv.example.fi, puh. 0295 123 456",
        "Toinen yhteyshenkilö: pääluottamusmies Jari Vuorela",
    ])

    d.add_heading("1. Taustatiedot", 1)
    d.add_paragraph("Toteuttajavirasto: Lounais-Suomen tarkastusvirasto (Turku ja Pori)")
    d.add_paragraph("Hanke ja määrärahapäätöksen diaarinumero: Yhdessä etänä, VM/845/02.07.00/2023")

    d.add_heading("2. Hankkeen teema ja tavoitteet", 1)
    d.add_paragraph(
        "Hanke liittyi Kaiku-teemaan hyvinvoiva ja uudistuva työyhteisö. Virastossa oli siirrytty koronavuosien jälkeen pysyvästi "
        "hybridityöhön, mutta tarkastajat kokivat, että tiimit hajoavat ja uudet työntekijät jäävät yksin. Tavoitteena oli, että "
        "jokainen tiimi sopii omat hybridityön pelisääntönsä, että perehdytys toimii myös etänä ja että esihenkilöt saavat välineitä "
        "etäjohtamiseen.")

    d.add_heading("3. Hankkeen toteutus", 1)
    d.add_paragraph("Kesto: 1.2.2024–31.1.2025 (12 kuukautta).")
    d.add_paragraph(
        "Hankkeessa pidettiin jokaiselle yhdelletoista tiimille kaksi fasilitoitua työpajaa, joissa tiimi laati oman pelisääntökorttinsa. "
        "Esihenkilöille järjestettiin kolmen kerran etäjohtamisen valmennus, ja perehdytysprosessi käytiin läpi uusien työntekijöiden "
        "kanssa. Toteutus vastasi pääosin suunnitelmaa; Porin yksikön työpajat siirtyivät keväästä syksyyn organisaatiomuutoksen vuoksi.")
    d.add_paragraph(
        "Johto oli mukana ohjausryhmässä, ja ylijohtaja avasi molemmat yhteiset tilaisuudet. Henkilöstön osallistumisaktiivisuus "
        "oli hyvä: työpajoihin osallistui 142 henkilöä 168:sta. Fasilitoinnista vastasi ulkopuolinen konsultti, valmennuksesta "
        "viraston oma HR. Kokemukset molemmista olivat hyviä; ulkopuolinen fasilitaattori helpotti vaikeistakin asioista puhumista.")
    d.add_paragraph(
        "Kustannusarvio oli 38 000 euroa, josta Kaiku-rahoitusta 19 000 euroa. Toteutuneet kustannukset olivat 35 700 euroa.")

    d.add_heading("4. Tulokset ja vaikuttavuus", 1)
    d.add_paragraph(
        "Kaikki tiimit laativat pelisääntökortin, ja ne on otettu käyttöön. Henkilöstökyselyssä (tammikuu 2025) 78 % vastaajista "
        "koki, että tiimin yhteiset käytännöt ovat selkeämmät kuin vuosi sitten (lähtötaso 41 %). Yllättävää oli, että eniten hyötyivät "
        "kokeneet tarkastajat, jotka olivat kokeneet etätyön yksinäisenä. Toteutusta arvioitiin työpajapalautteilla ja alku- ja "
        "loppukyselyllä. Pysyvänä käytäntönä pelisääntökortit päivitetään vuosittain kehityskeskustelukierroksen yhteydessä.")

    d.add_heading("5. Kehitysajatukset", 1)
    d.add_paragraph(
        "Jatkamme vuosittaisella pelisääntökortin päivityksellä ja otamme etäperehdytyksen tarkistuslistan osaksi viraston "
        "perehdytysohjelmaa. Uudistumiskykyä ylläpidetään esihenkilöiden vertaisryhmällä, joka kokoontuu neljästi vuodessa.")

    d.add_heading("6. Suositukset muille virastoille", 1)
    d.add_paragraph(
        "Suosittelemme tiimikohtaisia pelisääntöjä koko viraston ohjeen sijaan – ne sitouttavat paremmin. Hanketta suunnitteleville: "
        "varatkaa aikaa organisaatiomuutoksille ja ottakaa luottamushenkilöt mukaan alusta asti.")

    d.add_heading("7. Tiivistelmä", 1)
    d.add_paragraph(
        "Lounais-Suomen tarkastusviraston Kaiku-hanke (2/2024–1/2025) loi jokaiselle tiimille hybridityön pelisäännöt, "
        "etäperehdytyksen tarkistuslistan ja esihenkilöiden etäjohtamisen valmennuksen. Selkeiden yhteisten käytäntöjen kokemus nousi "
        "41 prosentista 78 prosenttiin.")
    d.save(polku)

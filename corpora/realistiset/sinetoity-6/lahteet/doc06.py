from apu import *
def build():
    d = Document()
    d.add_heading("KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI", 0)
    d.add_paragraph("Hanke: Yhdessä etänä – hybridityön pelisäännöt Tilastoviraston aluetoimipisteissä")
    bold_line(d, "1. Taustatiedot")
    d.add_paragraph("Toteuttajaviraston tai verkoston nimi")
    sdt_block(d, "Tilastovirasto, aluetoimipisteet Kuopio, Oulu ja Seinäjoki", tag="virasto")
    d.add_paragraph("Hankkeen nimi ja määrärahapäätöksen diaarinumero")
    sdt_block(d, "Yhdessä etänä, VK/412/03.01.06/2025", tag="diaari")
    bold_line(d, "2. Hankkeen teema ja tavoitteet")
    d.add_paragraph("Hanke liittyi Kaiku-teemaan työn tekemisen uudet tavat. Tavoitteena oli sopia kolmessa toimipisteessä yhteiset hybridityön pelisäännöt, "
                    "vähentää kokouskuormaa ja vahvistaa yhteenkuuluvuutta tiimeissä, joiden jäsenet työskentelevät eri paikkakunnilla.")
    bold_line(d, "3. Hankkeen toteutus")
    d.add_paragraph("Hanke kesti 1.3.2025–28.2.2026. Käytännössä järjestettiin jokaisessa toimipisteessä kolme työpajaa, joissa tiimit laativat omat pelisääntönsä, "
                    "ja lopuksi yhteinen verkkotyöpaja, jossa säännöt koottiin koko aluehallinnon yhteiseksi ohjeeksi. Toteutus vastasi pääosin suunnitelmaa; "
                    "Seinäjoen toimipisteen työpajat siirtyivät syksyyn organisaatiomuutoksen vuoksi. Johto osallistui jokaiseen työpajaan. Ulkopuolisena "
                    "fasilitaattorina toimi Työyhteisövalmennus Kaari Oy, jonka kokemukset olivat hyviä: ulkopuolinen vetäjä sai hiljaisemmatkin äänet kuuluviin.")
    d.add_paragraph("Miten kustannusarvio toteutui?")
    d.add_paragraph("Kustannusarvio oli 38 000 euroa, josta Kaiku-rahoitusta 19 000 euroa. Toteutuneet kustannukset olivat 36 200 euroa.")
    bold_line(d, "4. Tulokset ja vaikuttavuus")
    d.add_paragraph("Tavoitteet toteutuivat pääosin. Kaikki 14 tiimiä laativat pelisäännöt, ja yhteinen ohje hyväksyttiin johtoryhmässä tammikuussa 2026. "
                    "Työhyvinvointikyselyssä kokouskuormaa liialliseksi kokevien osuus laski 48 prosentista 31 prosenttiin.")
    d.add_paragraph("Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?")
    d.add_paragraph("Yllätys oli, että tärkeimmäksi asiaksi nousi ei-kiireellisten viestien kanava: tiimit halusivat sopia, mitä ei tarvitse lukea heti.")
    d.add_paragraph("Toteutusta arvioitiin työpajojen palautteella ja työhyvinvointikyselyn vertailulla. Pysyviksi toimintatavoiksi jäivät tiimien pelisääntökortit ja neljännesvuosittainen pelisääntöjen tarkistus.")
    bold_line(d, "5. Kehitysajatukset")
    d.add_paragraph("Kuinka aiotte jatkaa tästä eteenpäin?")
    d.add_paragraph("Pelisäännöt tarkistetaan jokaisessa tiimissä kerran vuodessa kehityskeskustelujen yhteydessä, ja ohje päivitetään henkilöstöyksikössä syksyllä 2026.")
    d.add_paragraph("Miten pidätte uudistumiskykyä yllä jatkossa?")
    bold_line(d, "6. Suositukset muille virastoille")
    d.add_paragraph("Suosittelemme aloittamaan tiimien omista pelisäännöistä eikä ylhäältä annetusta ohjeesta. Pienetkin sopimukset, kuten kameran käyttö, vähentävät kitkaa. "
                    "Muiden kannattaa varata aikaa siihen, että sääntöjä kokeillaan ennen niiden hyväksymistä.")
    bold_line(d, "7. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta")
    d.add_paragraph("Tilaston aluetoimipisteiden 14 tiimiä laativat yhdessä hybridityön pelisäännöt, joista koottiin yhteinen ohje. Kokouskuorma keveni ja tiimit "
                    "sopivat viestinnän pelisäännöistä. Malli soveltuu kaikille hajautetuille virastoille.")
    bold_line(d, "8. Laatimispäivämäärä, yhteystiedot ja lisäinformaatio")
    d.add_paragraph("Laadittu 15.4.2026. Yhteyshenkilö: kehittämispäällikkö Jaana Mäkitalo, jaana.makitalo@tilastovirasto.example, puh. 0295 441 820")
    d.add_paragraph("Muuta materiaalia (esim. PowerPoint-esittelyjen liitteet tai linkit)")
    sdt_block(d, "", placeholder=True, tag="liitteet")
    d.save(f"{OUT}/06_kaiku_hybridityo_loppuraportti.docx")
    save_expected("06_kaiku_hybridityo_loppuraportti", "loppuraportti", [
        {"rule": "rakenne.pohjateksti"},
        {"rule": "rakenne.kysymys-vastaamatta"},
    ])
build()

from apu import *
name = "07_etatyo-kaiku-loppuraportti"
d = Document()
d.add_heading("KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI", 0)
d.add_paragraph("Hanke: Yhdessä etänä – hybridityön pelisäännöt Maanmittauslaitoksen aluetoimistoissa")

d.add_heading("1. Taustatiedot", 1)
paras(d, """
Toteuttajavirasto: Maanmittauslaitos, Kiinteistötoimitukset-yksikkö (Itä-Suomen alue). Määrärahapäätöksen diaarinumero VK/418/00.03.05/2024. Hankkeen kesto 1.3.2024–28.2.2025.
""")
d.add_heading("2. Hankkeen teema ja tavoitteet", 1)
paras(d, """
Hanke liittyi Kaikun teemaan "työhyvinvointi ja johtaminen muuttuvassa työssä". Tavoitteena oli sopia yhteiset pelisäännöt hybridityölle neljässä aluetoimistossa, vähentää etätyön aiheuttamaa yksinäisyyden kokemusta ja tukea esihenkilöitä hajautettujen tiimien johtamisessa.
""")
d.add_heading("3. Hankkeen toteutus", 1)
paras(d, """
Hanke toteutettiin suunnitellusti vuoden mittaisena. Jokaisessa neljässä aluetoimistossa (Joensuu, Kuopio, Mikkeli, Savonlinna) pidettiin kaksi tiimityöpajaa, joissa henkilöstö sopi läsnäolopäivistä, yhteydenpidon välineistä ja palaverikäytännöistä. Esihenkilöille järjestettiin viiden kerran valmennus, jonka toteutti ulkopuolinen palveluntuottaja Työterveys Kunto Oy. Oma henkilöstö toimi työpajojen fasilitaattoreina, mikä osoittautui hyväksi ratkaisuksi: keskustelu oli avointa ja ratkaisut käytännöllisiä.

Johto sitoutui hankkeeseen hyvin; alueen johtaja osallistui jokaisen toimiston ensimmäiseen työpajaan. Ongelmana oli aluksi Savonlinnan toimiston vähäinen osallistuminen, joka ratkaistiin siirtämällä työpaja toimiston omalle tiimipäivälle. Kustannusarvio (38 000 €) alittui noin 3 000 eurolla, koska osa valmennuksesta pidettiin etänä.
""")
d.add_heading("4. Tulokset ja vaikuttavuus", 1)
paras(d, """
Kaikki neljä toimistoa kirjasivat omat hybridityön pelisääntönsä, ja ne on otettu käyttöön. Henkilöstökyselyssä yksinäisyyttä kokevien osuus laski 31 prosentista 19 prosenttiin. Yllättävä tulos oli, että yhteiset läsnäolopäivät lisäsivät myös toimistojen välistä yhteistyötä. Toteutusta arvioitiin alku- ja loppukyselyllä sekä esihenkilöiden haastatteluilla. Pysyväksi toimintatavaksi jäi pelisääntöjen vuosittainen päivitys kehityskeskustelujen yhteydessä.
""")
d.add_heading("5. Kehitysajatukset", 1)
paras(d, """
Jatkossa pelisäännöt päivitetään kerran vuodessa tiimeittäin. Esihenkilövalmennuksen aineisto siirretään laitoksen sisäiseen koulutusportaaliin, ja uudet esihenkilöt käyvät sen osana perehdytystä.
""")
d.add_heading("6. Suositukset muille virastoille", 1)
paras(d, """
Suosittelemme, että pelisäännöt sovitaan tiimin omana työnä eikä ylhäältä annettuina. Oman henkilöstön kouluttaminen fasilitaattoreiksi on edullinen ja toimiva ratkaisu. Kehittämishanketta suunnittelevan kannattaa varata aikaa toimipisteiden erilaisuudelle.
""")
d.add_heading("7. Tiivistelmä", 1)
paras(d, """
Yhdessä etänä -hanke loi Maanmittauslaitoksen Itä-Suomen aluetoimistoihin hybridityön pelisäännöt, jotka henkilöstö laati itse tiimityöpajoissa. Esihenkilöt saivat valmennuksen hajautettujen tiimien johtamiseen. Yksinäisyyden kokemus väheni selvästi ja toimistojen välinen yhteistyö lisääntyi. Pelisäännöt päivitetään vuosittain, ja valmennusaineisto on osa esihenkilöiden perehdytystä.
""")
d.add_heading("8. Laatimispäivämäärä ja yhteystiedot", 1)
paras(d, """
Raportti laadittu 22.4.2025.

Yhteyshenkilö: Petri Koistinen, kehittämispäällikkö, Maanmittauslaitos, petri.koistinen@maanmittauslaitos.fi
""")
d.save(os.path.join(SRC, name + ".docx"))
expected(name, "loppuraportti", [])

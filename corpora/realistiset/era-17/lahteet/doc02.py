from apu import *
OUT = '/work/main/corpora/realistiset/era-17/'

def build():
    d = Document()
    d.add_heading('Hankesuunnitelma: Kylätuvat – yhdessä yksinäisyyttä vastaan 2026–2028', 0)
    paras(d, """
Hakija: Hopeasiipi ry (Y-tunnus 1234567-8), Itä-Harjun seutu
Haettava avustus: STEA, kohdennettu toiminta-avustus (Ak), uusi hanke
Luonnos 3.10.2025 / käsitelty hallituksessa 14.10.2025
""")
    d.add_heading('1. Miksi hanketta tarvitaan?', 1)
    paras(d, """
Itä-Harjun seudun neljässä kunnassa asuu noin 6 900 yli 75-vuotiasta, ja heistä lähes puolet asuu yksin. Alueen hyvinvointikertomuksen mukaan vuonna 2024 jo 14 prosenttia yli 75-vuotiaista koki itsensä yksinäiseksi usein tai jatkuvasti, kun vuonna 2020 osuus oli 9 prosenttia. Kyläkoulujen, pankkien ja kauppojen sulkeutuminen on vienyt sivukyliltä paikat, joissa ennen tavattiin luontevasti.

Hopeasiipi ry on järjestänyt vuodesta 2019 alkaen vapaaehtoisvoimin kahvitupia kahdessa kylässä. Kokemukset ovat hyviä, mutta toiminta on ollut muutaman aktiivin varassa, eikä se ole tavoittanut niitä, jotka eivät jo ennestään kuulu järjestöihin. Keväällä 2025 teimme yhdessä seurakuntien diakoniatyön kanssa kartoituksen, jossa haastateltiin 58 kotona asuvaa ikäihmistä. Haastateltavat toivoivat lähellä olevaa, säännöllistä ja maksutonta kohtaamispaikkaa sekä kuljetusapua.
""")
    d.add_heading('2. Tavoitteet', 1)
    paras(d, 'Hankkeen päämääränä on, että seudun ikäihmisten kokema yksinäisyys vähenee ja jokaisessa mukana olevassa kylässä on pysyvä kohtaamispaikka. Osatavoitteet:')
    for g in ['Yksinäisyyttä kokevat kotona asuvat ikäihmiset löytävät kylätuvan ja osallistuvat sen toimintaan säännöllisesti.',
              'Kylätupien vapaaehtoisten määrä kasvaa ja heidän osaamisensa vahvistuu niin, että toiminta ei ole muutaman henkilön varassa.',
              'Ikäihmisten omaiset tietävät, mistä yksinäisyyteen ja arjen jaksamiseen saa tukea, ja osaavat ohjata läheisensä toimintaan.']:
        d.add_paragraph(g, style='List Number')

    d.add_heading('3. Kohderyhmä', 1)
    paras(d, """
Ensisijainen kohderyhmä ovat yli 70-vuotiaat kotona asuvat ikäihmiset kuudessa kylässä (Harjula, Koivusalmi, Ristinkylä, Ylä-Soini, Peltoniemi ja Vaaralahti), erityisesti yksin asuvat ja ne, joilla on vähän sosiaalisia kontakteja. Arvioimme tavoittavamme hankkeen aikana noin 300 ikäihmistä. Toinen kohderyhmä ovat vapaaehtoiset (tavoitteena 40 koulutettua vapaaehtoista) ja kolmas ikäihmisten omaiset.
""")
    d.add_heading('4. Toiminta', 1)
    paras(d, """
Kylätupa kokoontuu kerran viikossa jokaisessa kuudessa kylässä kylätaloilla, seurakuntien tiloissa tai koulujen tiloissa. Ohjelmassa on kahvittelua, keskustelua, muistelua, tuolijumppaa ja vierailijoita, kuten hyvinvointialueen terveydenhoitaja tai poliisin ennalta estävä työ. Kuljetusapu järjestetään vapaaehtoisten kimppakyydein ja asiointiliikenteen kanssa sovituilla vuoroilla.

Vapaaehtoisille järjestetään kaksi kertaa vuodessa peruskoulutus (kolme iltaa), jossa käsitellään yksinäisyyden tunnistamista, kohtaamista, vaitiolovelvollisuutta ja omaa jaksamista. Vapaaehtoisille pidetään kuukausittain vertaistapaaminen.

Omaisille järjestetään kylätuvan yhteydessä iltoja, joissa esitellään seudun tukimuotoja, ja tehdään yhdessä hyvinvointialueen neuvonnan kanssa esite "Kun läheinen jää yksin".
""")
    d.add_heading('5. Aikataulu', 1)
    paras(d, """
Hanke toteutetaan 1.3.2026–28.2.2029. Ensimmäisenä vuonna käynnistetään kylätuvat kolmessa kylässä ja koulutetaan ensimmäiset vapaaehtoiset; toisena vuonna toiminta laajenee kaikkiin kuuteen kylään ja omaisten illat alkavat; kolmas vuosi keskittyy toiminnan vakiinnuttamiseen.
""")
    d.add_heading('6. Budjetti', 1)
    paras(d, """
Haettava avustus on yhteensä 268 500 euroa (noin 89 500 euroa vuodessa), josta suurin osa on koordinaattorin (100 %) ja osa-aikaisen ohjaajan (50 %) palkkakuluja. Lisäksi kuluja ovat tilavuokrat, kuljetukset, kahvitarjoilu ja vapaaehtoisten koulutus. Yhdistys osoittaa omarahoitukseksi vapaaehtoistyötä ja kylätalojen maksuttomat tilat.
""")
    d.add_heading('7. Hallinnointi ja yhteistyö', 1)
    paras(d, """
Hankkeen hallinnoija on Hopeasiipi ry, jonka hallitus vastaa hankkeesta STEA:lle. Hankkeella on ohjausryhmä, jossa ovat mukana Itä-Harjun seurakuntayhtymän diakoniatyö, hyvinvointialueen ikäihmisten neuvonta, kaksi kyläyhdistystä ja kaksi ikäihmisten edustajaa. Ohjausryhmä kokoontuu kolme kertaa vuodessa.
""")
    d.add_heading('8. Seuranta ja arviointi', 1)
    paras(d, """
Kylätupien osallistujamäärät kirjataan jokaisella kokoontumiskerralla, ja tavoitteena on, että vähintään 150 ikäihmistä käy kylätuvassa vähintään kerran kuukaudessa. Kylätupiin osallistuvat ikäihmiset vastaavat yksinäisyyttä ja osallisuutta koskevaan lyhyeen kyselyyn toiminnan alussa ja vuoden välein, ja kyselyssä käytetään STEA:n Avustetun toiminnan tulokset -kysymyksiä. Vapaaehtoisista seurataan koulutukseen osallistuneiden ja aktiivisesti toimivien määrää (tavoite 40 koulutettua, joista 30 toimii aktiivisesti), ja vapaaehtoiset arvioivat koulutuksen hyödyllisyyttä palautelomakkeella. Hanketiimi tekee itsearvioinnin vuosittain ja raportoi tulokset STEA:lle vuosiselvityksessä.
""")
    d.add_heading('9. Tulokset', 1)
    paras(d, """
Hankkeen tuloksena kuudessa kylässä on toimiva kylätupa ja koulutettujen vapaaehtoisten joukko. Kylätupamallista tehdään kuvaus ja käsikirja, joita muut yhdistykset voivat käyttää. Odotamme, että osallistujien kokema yksinäisyys vähenee ja heidän yhteytensä muihin kyläläisiin lisääntyvät.
""")
    d.add_heading('10. Toiminnan jatkuminen hankkeen jälkeen', 1)
    paras(d, """
Kylätupien jatkuvuutta on mietitty jo hakuvaiheessa, ja siksi kylätupia perustetaan kyläyhdistysten tiloihin ja vapaaehtoisten varaan alusta alkaen. Ensimmäisestä hankevuodesta lähtien kerromme toiminnasta säännöllisesti kuntien vanhusneuvostoille, seurakunnille ja kyläyhdistyksille, jotta toiminta tulee tutuksi.

Malli muokataan kunkin kylän tarpeisiin: suuremmissa kylissä kylätupa voi kokoontua kahdesti viikossa, pienimmissä kerran kahdessa viikossa, ja kolmantena vuonna kokeillaan etäyhteydellä toimivaa kylätupaa niille, jotka eivät pääse paikalle. Toisen hankevuoden lopulla kutsumme seudun muut eläkeläisjärjestöt ja Marttapiirit tutustumaan toimintaan ja kokeilemaan kylätupaa omilla alueillaan.

Hankkeen jälkeen toiminnan on tarkoitus jatkua vapaaehtoisvoimin. Jatkumista pyritään turvaamaan keskustelemalla kuntien kanssa tilojen maksuttomasta käytöstä ja selvittämällä mahdollisuutta saada kylätupatoiminta osaksi alueen ikäihmisten palveluverkostoa. Kunnat, seurakunnat ja järjestöt sopivat yhdessä, miten toimintaa tuetaan jatkossa. Viimeisenä hankevuonna koordinaattorin työajasta noin neljännes käytetään toiminnan siirtämiseen vapaaehtoisille ja käsikirjan tekemiseen.

Kylätupamalli ja käsikirja julkaistaan Innokylässä ja yhdistyksen verkkosivuilla, ja ne esitellään hankkeen päätösseminaarissa helmikuussa 2029.
""")
    d.add_heading('11. Riskit', 1)
    paras(d, """
Suurin riski on, ettei kaikkein yksinäisimpiä tavoiteta. Tähän varaudumme tekemällä yhteistyötä kotihoidon ja diakoniatyön kanssa, jotka voivat ohjata ikäihmisiä toimintaan, sekä järjestämällä kuljetusapua. Toinen riski on vapaaehtoisten uupuminen, jota ehkäistään kuukausittaisilla vertaistapaamisilla ja jakamalla vastuuta useammalle.
""")
    d.add_heading('12. Viestintä', 1)
    paras(d, """
Kylätuvista kerrotaan paikallislehdissä, kuntatiedotteissa, seurakuntien ilmoituksissa ja kauppojen ilmoitustauluilla, koska suuri osa kohderyhmästä ei käytä sosiaalista mediaa. Omaisia tavoitetaan yhdistyksen Facebook-sivulla ja hyvinvointialueen neuvonnan kautta.
""")
    p = d.add_paragraph()
    sdt_inline(p, 'Verkkosivu', placeholder=True, label='Hankkeen verkkosivun osoite: ')
    d.save(OUT + '02_kylatuvat_stea_hankesuunnitelma.docx')
    return {"doc_type": "hankesuunnitelma", "findings": [
        {"rule": "tavoite.ei-arviointia"},
        {"rule": "rakenne.pohjateksti"},
        {"rule": "exit.ei-omistajaa"}]}

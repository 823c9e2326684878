OUT = '/work/main/corpora/realistiset/era-17/'
TEXT = """KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI

Hanke: Asiakaspalvelu yhdeksi – puhelin- ja chat-palvelun yhteinen toimintamalli
Toteuttaja: Maanmittauksen ja rekisteripalvelujen virasto MARA, asiakaspalvelukeskus

1. TAUSTATIEDOT

Toteuttajavirasto: Maanmittauksen ja rekisteripalvelujen virasto MARA, asiakaspalvelukeskus (Kuopio ja Vaasa)
Hankkeen nimi: Asiakaspalvelu yhdeksi
Määrärahapäätöksen diaarinumero: VK/4471/02.02.05/2024

2. HANKKEEN TEEMA JA TAVOITTEET

Hanke kuului Kaiku-työelämäpalvelujen teemaan "työn sujuvuus ja johtaminen muutoksessa". Viraston puhelinpalvelu ja chat-palvelu olivat toimineet erillisinä tiimeinä eri toimipaikoissa, ja asiakas saattoi saada samaan kysymykseen eri vastauksen kanavasta riippuen. Tavoitteena oli rakentaa yhteinen toimintamalli, jossa kaikki asiakaspalvelijat hallitsevat molemmat kanavat, tietopankki on yhteinen ja tiimien työvuorot suunnitellaan yhdessä. Toisena tavoitteena oli vähentää kuormitusta: kevään 2024 työhyvinvointikyselyssä 42 % asiakaspalvelijoista koki työmääränsä liian suureksi.

3. HANKKEEN TOTEUTUS

Hankkeen kesto: 1.2.2024–31.12.2025.

Mitä tehtiin: Syksyllä 2024 pidettiin kuusi yhteiskehittämisen työpajaa, joihin osallistuivat kaikki 38 asiakaspalvelijaa ja esihenkilöt. Työpajoissa kuvattiin nykyiset palvelupolut ja sovittiin yhteiset vastausperiaatteet. Keväällä 2025 rakennettiin yhteinen tietopankki ja järjestettiin ristiinkoulutus: puhelinpalvelun työntekijät harjoittelivat chat-työtä ja päinvastoin työparina. Syksyllä 2025 otettiin käyttöön yhteinen työvuorosuunnittelu. Toteutus vastasi pääosin alkuperäistä suunnitelmaa, mutta työvuorosuunnittelun käyttöönotto siirtyi puolella vuodella järjestelmähankinnan viivästymisen vuoksi.

Johdon ja henkilöstön sitoutuminen: Asiakaspalvelujohtaja toimi ohjausryhmän puheenjohtajana ja osallistui kahteen työpajaan. Henkilöstön osallistuminen oli aktiivista; kaikista työpajoista kerättiin palaute.

Menetelmät: yhteiskehittämisen työpajat, palvelupolkujen kuvaaminen, työparioppiminen, kaksi kehittämispäivää ulkopuolisen fasilitaattorin kanssa.

Asiantuntijat ja palveluntuottajat: Työpajat fasilitoi Työyhteisökonsultointi Virta Oy. Ulkopuolinen fasilitointi auttoi saamaan molempien toimipaikkojen äänet kuuluviin; viraston omat HR-asiantuntijat vastasivat työhyvinvointikyselyistä.

Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?
Työvuorosuunnittelujärjestelmän hankinta viivästyi, ja sitä ennen vuorot suunniteltiin taulukkolaskennalla. Lisäksi chat-työ tuntui aluksi osalle puhelinpalvelun työntekijöistä raskaalta, mihin vastattiin pidentämällä työparijaksoa kahdesta viikosta neljään.

Miten kustannusarvio toteutui?
Kaiku-rahoitusta myönnettiin 38 000 euroa, ja siitä käytettiin 35 600 euroa. Säästö syntyi, kun yksi kehittämispäivä pidettiin viraston omissa tiloissa.

4. TULOKSET JA VAIKUTTAVUUS

Miten tavoitteet toteutuivat?
Yhteinen toimintamalli on käytössä: 34 asiakaspalvelijaa 38:sta työskentelee nyt molemmissa kanavissa, ja tietopankissa on 410 yhteistä vastausohjetta. Syksyn 2025 työhyvinvointikyselyssä työmääränsä liian suureksi kokevien osuus oli laskenut 29 prosenttiin. Asiakastyytyväisyys chat-palvelussa nousi 3,9:stä 4,3:een (asteikko 1–5).

Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?

Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?
Arvioinnissa käytettiin työhyvinvointikyselyä (kevät 2024 ja syksy 2025), asiakastyytyväisyysmittausta, työpajapalautteita ja ohjausryhmän itsearviointia hankkeen päättyessä.

Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?
Yhteinen tietopankki, kuukausittainen tietopankkipalaveri, yhteinen työvuorosuunnittelu ja uusien työntekijöiden perehdytys molempiin kanaviin.

Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?
Asiakkaat saavat yhtenäisempiä vastauksia, ja jonotusajat puhelinpalvelussa lyhenivät keskimäärin 6 minuutista 4 minuuttiin. Työyhteisössä toimipaikkojen välinen yhteistyö on tiivistynyt.

5. KEHITYSAJATUKSET

Toimintamallin kehittäminen jatkuu osana asiakaspalvelukeskuksen toimintasuunnitelmaa. Vuonna 2026 tarkastellaan, voidaanko sähköpostipalvelu liittää samaan malliin. Uudistumiskykyä pidetään yllä puolivuosittaisilla kehittämispäivillä.

6. SUOSITUKSET MUILLE VIRASTOILLE

Suosittelemme työparioppimista: kokenut kollega toisesta kanavasta opettaa parhaiten. Kannattaa varata järjestelmähankinnoille reilusti aikaa ja aloittaa henkilöstön osallistaminen jo suunnitteluvaiheessa.

7. TIIVISTELMÄ

MARAn asiakaspalvelukeskus yhdisti Kaiku-hankkeessa puhelin- ja chat-palvelun yhdeksi toimintamalliksi. Kaikki asiakaspalvelijat koulutettiin molempiin kanaviin, rakennettiin yhteinen tietopankki ja otettiin käyttöön yhteinen työvuorosuunnittelu. Työn kuormittavuuden kokemus väheni ja asiakastyytyväisyys nousi.

8. YHTEYSTIEDOT

Raportin laatimispäivä: 29.5.2026
Yhteyshenkilö: kehittämispäällikkö Tarja Hiltunen, tarja.hiltunen@mara.example.fi, puh. 029 530 1122
"""

def build():
    open(OUT + '07_asiakaspalvelu_yhdeksi_kaiku_loppuraportti.txt', 'w', encoding='utf-8').write(TEXT)
    return {"doc_type": "loppuraportti", "findings": [
        {"rule": "raportti.myohassa"},
        {"rule": "rakenne.kysymys-vastaamatta"}]}

# 1: STEA-avustushakemuksen verkkolomakevienti (.txt), hankesuunnitelma, ei huomautettavaa
import os
from yhteiset import OUT, expected
NAME = '01_stea_omaishoitajat_hakemus'
T = """STEA – Avustushakemus vuodelle 2026
Lomakkeen tulostus 14.9.2025 klo 15.42 | Hakemuksen tila: Luonnos (tallennettu)
Hakemuksen tyyppi: Hankehakemus (Ak-avustus, hanke)

Hakijaorganisaatio *
Vastaus: Kaarimaan Omaishoitajat ry (Y-tunnus 2214587-6)

Hankkeen nimi *
Vastaus: Jaksamisen verkko – omaishoitajien vertaistuki ja hengähdystauot Kaarimaan seudulla

Haettava avustus (euroa) *
Vastaus: 412 600

Hankkeen toteutusaika *
Vastaus: 1.1.2026–31.12.2028

----------------------------------------------------------------
OSA 2: HANKKEEN TARVE JA KOHDERYHMÄ
----------------------------------------------------------------

Kuvaa hankkeen tarve ja lähtötilanne *
Vastaus:
Kaarimaan seutukunnan neljässä kunnassa oli vuonna 2023 yhteensä 1 240 voimassa olevaa omaishoidon tuen sopimusta, ja hyvinvointialueen arvion mukaan sopimuksen ulkopuolella läheistään hoitaa vähintään kolminkertainen määrä ihmisiä. Yhdistyksen jäsenkyselyssä keväällä 2025 (n=186) 61 prosenttia vastaajista kertoi, ettei ole pitänyt lakisääteisiä vapaapäiviään lainkaan, koska sijaishoitoa ei ole saatavilla tai siihen ei luoteta. Vertaisryhmiä on nyt vain Kaarimaan keskustassa, ja haja-asutusalueilta matka sinne on pahimmillaan 70 kilometriä. Erityisen heikosti tavoitetaan työikäisiä omaishoitajia ja niitä, jotka eivät itse tunnista olevansa omaishoitajia.

Ketkä ovat hankkeen kohderyhmät? *
Vastaus:
Ensisijainen kohderyhmä ovat Kaarimaan, Hirvelän, Loukon ja Vähäjoen omaishoitajat, myös ne, joilla ei ole omaishoidon tukea. Arvioimme tavoittavamme kolmen vuoden aikana noin 450 omaishoitajaa. Erityisesti haluamme tavoittaa työssäkäyvät omaishoitajat sekä muistisairaiden puolisoaan hoitavat yli 75-vuotiaat. Välillisiä kohderyhmiä ovat hoidettavat läheiset, vapaaehtoiset vertaisohjaajat sekä hyvinvointialueen kotihoidon ja omaishoidon tuen työntekijät.

Kohderyhmän osallistuminen hankkeen suunnitteluun
Vastaus:
Hanketta valmisteltiin kahdessa omaishoitajien illassa (huhtikuu ja toukokuu 2025), joihin osallistui yhteensä 38 omaishoitajaa. Ryhmien kokoontumisajat ja -paikat perustuvat heidän toiveisiinsa.

----------------------------------------------------------------
OSA 3: TAVOITTEET JA TOIMINTA
----------------------------------------------------------------

Hankkeen tavoitteet *
Vastaus:
Tavoitteenamme on, että omaishoitajat jaksavat paremmin ja kokevat, etteivät ole yksin. Tavoite jakautuu kolmeen osatavoitteeseen:
1. Omaishoitajien kokema yksinäisyys vähenee ja vertaistuki on saatavilla kaikissa neljässä kunnassa.
2. Omaishoitajat pitävät vapaapäiviään nykyistä useammin, koska heillä on luotettava tapa järjestää hengähdystauko.
3. Hyvinvointialueen työntekijät tunnistavat piilo-omaishoitajat ja ohjaavat heidät tuen piiriin.

Kuvaa hankkeen toiminta ja toteutustapa *
Vastaus:
Vertaisryhmät (osatavoite 1): Perustamme jokaiseen kuntaan vähintään yhden säännöllisesti kokoontuvan vertaisryhmän ja lisäksi iltaryhmän työssäkäyville sekä etäryhmän Teamsissa. Koulutamme vuosittain 8–10 vapaaehtoista vertaisohjaajaa, jotka ohjaavat ryhmiä työparina hankkeen ohjaajan kanssa.
Hengähdystauot (osatavoite 2): Kokeilemme yhdessä Kaarimaan seurakunnan ja MLL:n paikallisyhdistyksen kanssa vapaaehtoisten "tuokiohoitajien" mallia, jossa koulutettu vapaaehtoinen on hoidettavan seurana 2–4 tuntia. Järjestämme lisäksi neljä virkistysviikonloppua vuodessa.
Ammattilaisten osaaminen (osatavoite 3): Pidämme kotihoidon, terveysasemien ja apteekkien henkilöstölle lyhyitä "tunnista omaishoitaja" -koulutuksia ja laadimme yhdessä heidän kanssaan ohjauskortin, jolla asiakas ohjataan yhdistyksen toimintaan.

Hankkeen aikataulu *
Vastaus:
2026: ryhmien käynnistys Kaarimaassa ja Hirvelässä (Q1–Q2), vertaisohjaajakoulutus syksyllä, ensimmäiset tuokiohoitokokeilut Q4.
2027: ryhmät Loukkoon ja Vähäjoelle, tuokiohoidon laajentaminen, ammattilaiskoulutukset.
2028: toiminnan vakiinnuttaminen ja siirto yhdistyksen perustoimintaan, loppuarviointi Q3, loppuseminaari marraskuussa 2028.

----------------------------------------------------------------
OSA 4: SEURANTA JA TULOKSET
----------------------------------------------------------------

Miten hankkeen onnistumista seurataan? *
Vastaus:
Kerromme onnistumisesta kolmella tavalla. Ryhmien osallistujat vastaavat alussa ja vuoden kuluttua lyhyeen kyselyyn, jossa käytetään yksinäisyyttä ja jaksamista mittaavia kysymyksiä (osatavoite 1). Tuokiohoitokäyntien määrää ja omaishoitajien itse ilmoittamia pidettyjä vapaapäiviä seurataan puolivuosittain (osatavoite 2). Ohjauskortilla yhdistykseen tulleiden uusien omaishoitajien määrä kirjataan, ja koulutuksiin osallistuneilta ammattilaisilta kerätään palaute (osatavoite 3). Tulokset käsitellään ohjausryhmässä kahdesti vuodessa, ja hankkeelle tehdään lisäksi STEAn ohjeen mukainen tulosraportointi vuosittain.

Mitä hankkeella saadaan aikaan? *
Vastaus:
Hankkeen päättyessä jokaisessa seudun kunnassa on toimiva vertaisryhmä ja koulutettujen vapaaehtoisten joukko, tuokiohoidon toimintamalli on kuvattu ja kokeiltu, ja ammattilaisilla on käytössään ohjauskortti. Pitkän aikavälin vaikutuksena omaishoitajien uupumisesta johtuvat hoitosuhteiden katkeamiset vähenevät.

Miten toiminta ja tulokset jatkuvat hankkeen jälkeen? *
Vastaus:
Juurruttaminen on otettu huomioon jo hakuvaiheessa: hyvinvointialueen omaishoidon tuen yksikön kanssa on sovittu (neuvottelu 22.5.2025), että ohjauskortti liitetään omaishoidon tuen palveluohjauksen prosessiin jo hankkeen ensimmäisenä vuonna. Vertaisryhmät ja vapaaehtoistoiminta siirtyvät vuoden 2029 alusta Kaarimaan Omaishoitajat ry:n perustoimintaan; siirrosta vastaa yhdistyksen hallitus ja toiminnanjohtaja Raili Heinämaa. Tuokiohoidon mallin jatkosta neuvotellaan seurakunnan diakoniatyön kanssa vuoden 2028 aikana.
Tuloksista kerrotaan koko hankkeen ajan yhdistyksen verkkosivuilla, jäsenlehdessä ja paikallislehdissä. Mallia muokataan eri ryhmille: työssäkäyville on oma iltaryhmä ja etäryhmä, ja ohjausmateriaali tehdään myös selkokielisenä. Jotta malli leviäisi muuallekin, kuvaamme tuokiohoidon ja ohjauskortin Innokylään ja esittelemme ne Omaishoitajaliiton alueellisilla neuvottelupäivillä, jolloin muut yhdistykset voivat ottaa ne käyttöön. Vakiinnuttamista varten vuoden 2028 budjettiin on varattu 20 prosenttia ohjaajan työajasta toiminnan siirtoon, vertaisohjaajien perehdytysmateriaaliin ja toimintaohjeisiin.

----------------------------------------------------------------
OSA 5: ORGANISOINTI, RISKIT JA VIESTINTÄ
----------------------------------------------------------------

Hankkeen organisointi ja yhteistyötahot
Vastaus:
Hanke toteutetaan Kaarimaan Omaishoitajat ry:n hallinnoimana. Hankkeessa työskentelee kokoaikainen hankekoordinaattori ja osa-aikainen ohjaaja (60 %). Ohjausryhmään kutsutaan edustajat hyvinvointialueelta, seurakunnalta, MLL:n paikallisyhdistyksestä, kahdesta kunnasta sekä kaksi omaishoitajaa.

Hankkeen riskit ja niiden hallinta
Vastaus:
Suurin riski on, ettei vapaaehtoisia tuokiohoitajia saada riittävästi. Varaudumme tähän rekrytoimalla yhteistyössä seurakunnan ja eläkeläisjärjestöjen kanssa ja tarjoamalla vapaaehtoisille työnohjausta. Toinen riski on, että uupuneet omaishoitajat eivät jaksa lähteä ryhmiin; siksi tarjoamme etäryhmän ja järjestämme hoidettavalle seuraa ryhmän ajaksi.

Viestintä
Vastaus:
Viestintäsuunnitelma laaditaan hankkeen ensimmäisen kuukauden aikana. Pääkanavat ovat yhdistyksen verkkosivut ja Facebook-sivu, jäsenkirje neljästi vuodessa, paikallislehdet sekä hyvinvointialueen asiakastiedotteet.

----------------------------------------------------------------
OSA 6: TALOUS
----------------------------------------------------------------

Kustannusarvio *
Vastaus:
Hankkeen kokonaiskustannukset ovat 431 600 euroa, josta haetaan STEAlta 412 600 euroa ja yhdistyksen omarahoitus on 19 000 euroa.
Vuosi | 2026 | 2027 | 2028
Henkilöstökulut | 98 400 | 101 300 | 104 200
Toimintakulut | 38 900 | 44 600 | 44 200
Yhteensä | 137 300 | 145 900 | 148 400

Lisätietoja
Vastaus: -

Hakemuksen on tallentanut: Raili Heinämaa, toiminnanjohtaja
"""
with open(os.path.join(OUT, NAME + '.txt'), 'w', encoding='utf-8') as f:
    f.write(T)
expected(NAME, 'hankesuunnitelma', [])

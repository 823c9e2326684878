from common import *
MD = """# Loppuraportti: Puuhiili 2.0 – biohiilen jatkojalostuksen tuotekehitys

**Business Finland, Tempo-rahoitus** · Yritys: Hiilikko Oy (Y-tunnus 3312876-4)
Hankkeen kesto 1.9.2025–31.8.2026 · Raportti laadittu 20.10.2026

## 1 Taustatiedot

Hiilikko Oy on vuonna 2022 perustettu neljän hengen yritys Juvalta. Yritys valmistaa biohiiltä sahateollisuuden sivuvirroista ja
myy sitä toistaiseksi lähinnä kotipuutarhoille. Hankkeen nimi: Puuhiili 2.0.

## 2 Hankkeen teema ja tavoitteet

Tempo-vaiheen tarkoitus oli selvittää, kannattaako biohiilestä jalostaa viherrakentamisen kasvualustaseosta ammattiasiakkaille.
Tavoitteenamme oli

- testata kolme seosreseptiä kahden viherrakentajan kanssa,
- haastatella vähintään 25 potentiaalista asiakasta Suomessa ja Ruotsissa sekä
- laatia kansainvälistymissuunnitelma ja päättää jatkorahoituksen hakemisesta.

## 3 Hankkeen toteutus

**Mitä käytännössä tehtiin?**

Seoksia tehtiin lopulta neljä, koska ensimmäinen resepti paakkuuntui märkänä. Koeviljelyt tehtiin kahdessa kohteessa Mikkelissä
touko–elokuussa 2026. Haastatteluja pidettiin 31, joista 12 Ruotsissa Tukholman puutarhamessujen yhteydessä.

**Käytetyt menetelmät ja ulkopuoliset palvelut**

Laboratorioanalyysit ostettiin Luonnonvarakeskukselta, ja asiakashaastattelujen rungon suunnitteli konsultti Kasvupolku Oy.
Omat asiantuntijat vastasivat reseptien kehittämisestä ja koeviljelyistä.

**Millaisia ongelmia ilmeni?**

Kesäkuussa koekohteen kastelujärjestelmä rikkoutui kahdeksi viikoksi, joten yhden kohteen tulokset ovat vain suuntaa-antavia.

**Miten kustannusarvio toteutui?**

## 4 Tulokset ja vaikuttavuus

Kolmesta seoksesta (tavoite) päädyttiin neljään, ja niistä paras lisäsi nurmen juuriston kasvua 18 % verrokkiin nähden. 31 haastattelusta
kävi ilmi, että ammattiasiakkaat ovat valmiita maksamaan seoksesta, jos sen hiilensidontavaikutus voidaan todentaa. Kansainvälistymis-
suunnitelma valmistui elokuussa 2026, ja yritys hakee seuraavaksi Business Finlandin kehitysrahoitusta.

Arvioimme hanketta kuukausittaisissa ohjausryhmän palavereissa, joissa mukana oli myös yrityksen hallituksen ulkopuolinen jäsen.

## 5 Kehitysajatukset

Jatkamme kasvualustaseoksen tuotteistamista ja haemme hiilensidonnan todentamiseen yhteistyökumppaniksi yliopiston.

## 6 Suositukset muille

Pienen yrityksen kannattaa hankkia asiakashaastattelujen runko ammattilaiselta – omat kysymyksemme olisivat johdatelleet vastaajia.
Koeviljelyt kannattaa aloittaa heti kasvukauden alussa, jotta ongelmista ehtii toipua.

## 7 Tiivistelmä

Hiilikko Oy testasi Tempo-rahoituksella neljä biohiilipohjaista kasvualustaseosta ja haastatteli 31 ammattiasiakasta. Paras seos
paransi juuriston kasvua 18 %. Yritys hakee jatkossa kehitysrahoitusta tuotteistamiseen ja vientiin Ruotsiin.

## 8 Yhteystiedot

Toimitusjohtaja Ville Hämäläinen, ville@hiilikko.fi, 044 908 1120
"""
open(os.path.join(OUT, "05_bf_loppuraportti_biohiili.md"), "w", encoding="utf-8").write(MD)
expected("05_bf_loppuraportti_biohiili", "loppuraportti",
    [{"rule": "raportti.diaarinumero-puuttuu"}, {"rule": "rakenne.kysymys-vastaamatta"}])

TXT = """EXIT-SUUNNITELMA
Hanke: Arjen turvaa kotiin – ikäihmisten etähoivan kokeilu
Rahoittaja: Sosiaali- ja terveysministeriö / Pohjois-Karjalan hyvinvointialue, kehittämisavustus
Tallennettu lomakkeesta 28.9.2026

Hankkeen toteutusaika *
Vastaus: 1.1.2025–31.12.2026

Hankkeen kohderyhmät *
Vastaus: Kotihoidon asiakkaat kolmessa kunnassa (noin 260 asiakasta, joista etähoivan piirissä 84), heidän omaisensa sekä kotihoidon työntekijät.

1. Mitkä hankkeen tuloksista vakiinnutetaan pysyväksi toiminnaksi? *
Vastaus: Etähoivakäynnit (videoyhteydellä tehtävät lääkemuistutukset ja iltakäynnit) jäävät osaksi kotihoidon tavallisia palveluja kaikissa kolmessa kunnassa. Myös hankkeessa laadittu asiakkaan soveltuvuuden arviointilomake otetaan käyttöön kotihoidon palvelutarpeen arvioinnissa. Toiminnan jatkamiseen on varattu kotihoidon vuoden 2027 käyttösuunnitelmassa 42 000 euroa laitteiden leasingiin ja kaksi etähoitajan tointa siirretään hankkeesta kotihoidon vakansseiksi.

2. Kuka vastaa toiminnan jatkumisesta hankkeen jälkeen? *
Vastaus: Etähoivan jatkamisesta huolehditaan yhdessä kuntien kesken. Toimijat sopivat tarkemmista käytännöistä syksyn aikana.

3. Miten hankkeen hyviä käytäntöjä levitetään? *
Vastaus: Etähoivan toimintamalli ja soveltuvuuden arviointilomake kuvataan Innokylään marraskuussa 2026. Tuloksia esitellään hyvinvointialueen loppuseminaarissa 3.12.2026 ja kotihoidon esihenkilöiden valtakunnallisessa verkostossa. Koulutusvideot työntekijöille julkaistaan hyvinvointialueen intranetissä.

4. Miten kehittämistyötä jatketaan? *
Vastaus: Seuraavaksi on tarkoitus kokeilla etähoivaa myös omaishoitajien tukena sekä liittää etäkäynteihin lääkeautomaatin hälytykset. Näistä valmistellaan hakemus vuoden 2027 kehittämisrahoitukseen.

5. Lisätietoja
Vastaus: Suunnitelma on käsitelty hankkeen ohjausryhmässä 22.9.2026.
"""
open(os.path.join(OUT, "06_sote_exit_etahoiva.txt"), "w", encoding="utf-8").write(TXT)
expected("06_sote_exit_etahoiva", "exit-suunnitelma",
    [{"rule": "exit.ei-omistajaa"}, {"rule": "exit.ei-seurantaa"}])

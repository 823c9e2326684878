"""02: ESR+-hankehakemuksen lomakevienti (.docx) sisältökentillä.
Aukot: riskikenttä jäänyt pohjatekstiin (showingPlcHdr) -> rakenne.pohjateksti + rakenne.osio-tyhja/riskit;
tavoitteella 3 (työnantajayhteistyö) ei mittaria missään -> tavoite.ei-arviointia ×1."""
from apu import *

d = uusi()
kpl(d, "EURA 2021 – Hakemuksen tulostettava versio • Tulostettu 30.9.2025 klo 14.12")
d.add_heading("Hankehakemus – Euroopan sosiaalirahasto plus (ESR+)", 0)
kpl(d, "Toimintalinja 4: Sosiaalisesti oikeudenmukaisempi Suomi • Erityistavoite 4.1")

lihava(d, "1 Hakijan ja hankkeen perustiedot")
sisaltokentta_rivi(d, "Hankkeen nimi *", "Polku töihin – nuorten aikuisten työllistymisen tuki Koskelan seudulla")
sisaltokentta_rivi(d, "Hakijaorganisaatio *", "Koskelan kaupunki, työllisyyspalvelut")
sisaltokentta_rivi(d, "Vastuuhenkilö *", "työllisyyspäällikkö Jari Lehtonen, jari.lehtonen@koskela.fi")
sisaltokentta_rivi(d, "Hankkeen toteutusaika *", "1.8.2025–31.7.2027", tag="Toteutusaika")
sisaltokentta_rivi(d, "Toteutusalue *", "Koskelan kaupunki sekä Niittylän ja Ahoskylän kunnat")

lihava(d, "2 Hankkeen tausta ja tarve *")
kpl(d, "Vastaus:")
sisaltokentta_lohko(d, "Tausta", [
    "Koskelan seudulla oli kesäkuussa 2025 työttömänä 612 alle 30-vuotiasta, mikä on 38 prosenttia enemmän kuin "
    "kesäkuussa 2022. Heistä noin kolmannes on ollut työttömänä yli vuoden. TE-palvelujen siirto kunnille 1.1.2025 "
    "toi työllisyyspalveluille vastuun myös niistä nuorista, joilla ei ole ammatillista koulutusta ja jotka "
    "eivät ole aiemmin olleet kunnan palvelujen piirissä.",
    "Nuorten kanssa tehty haastattelukierros keväällä 2025 osoitti, että suurin este työllistymiselle ei ole "
    "osaamisen puute vaan se, ettei työnantajaa ole koskaan tavattu kasvokkain. Yritykset taas kertovat "
    "yrittäjäjärjestön kyselyssä (2024), että niillä on vaikeuksia löytää motivoituneita tekijöitä, mutta "
    "kunnan palveluja ne eivät tunne.",
])

lihava(d, "3 Hankkeen tavoitteet *")
kpl(d, "Ohje: Kuvaa hankkeen tavoitteet. Tavoitteiden tulee olla konkreettisia ja todennettavia.")
kpl(d, "Vastaus:")
lista(d, [
    "Nuorten aikuisten työ- ja koulutuspolut selkiytyvät: jokaiselle osallistujalle laaditaan oma polkusuunnitelma.",
    "Osallistujat siirtyvät työhön, oppisopimukseen tai tutkintotavoitteiseen koulutukseen.",
    "Paikallisten työnantajien ja työllisyyspalvelujen yhteistyö tiivistyy ja muuttuu arkiseksi.",
], numeroitu=True)

lihava(d, "4 Hankkeen kohderyhmät *")
kpl(d, "Vastaus:")
sisaltokentta_lohko(d, "Kohderyhma", [
    "Varsinainen kohderyhmä: 18–29-vuotiaat työttömät tai työelämän ulkopuolella olevat nuoret aikuiset, joilla "
    "ei ole toisen asteen tutkintoa tai joiden tutkinto ei ole johtanut työhön. Tavoitteena on tavoittaa "
    "hankkeen aikana 140 osallistujaa.",
    "Välilliset kohderyhmät: seudun pk-yritykset, työllisyyspalvelujen ja sosiaalipalvelujen henkilöstö sekä "
    "ammatillinen oppilaitos Koskelan seudun ammattiopisto.",
])

lihava(d, "5 Toimenpiteet ja toteutustapa *")
kpl(d, "Vastaus:")
kpl(d, "Työpaketti 1 – Polkuvalmennus (tavoite 1): jokaiselle osallistujalle nimetään oma valmentaja, joka "
       "tapaa nuoren vähintään kerran kahdessa viikossa. Ensimmäisen kuukauden aikana laaditaan yhdessä "
       "polkusuunnitelma, jota päivitetään kolmen kuukauden välein.")
kpl(d, "Työpaketti 2 – Työhön ja koulutukseen (tavoite 2): työkokeilut, palkkatuettu työ, oppisopimuksen "
       "valmistelu yhdessä ammattiopiston kanssa sekä lyhyet täsmäkoulutukset (hygieniapassi, työturvallisuuskortti, "
       "trukkikortti).")
kpl(d, "Työpaketti 3 – Työnantajat mukaan (tavoite 3): valmentajat ja yrityskoordinaattori tekevät "
       "yritysvierailuja, järjestävät neljästi vuodessa työnantajaillan ja kokoavat seudun yrityksille "
       "yhteisen rekrytointikanavan. Työnantajille tarjotaan perehdyttämisen tukea ensimmäisten viikkojen ajan.")

lihava(d, "6 Aikataulu *")
kpl(d, "Vastaus: Syksy 2025 käynnistys ja rekrytointi; 1/2026–3/2027 valmennukset ja työnantajayhteistyö; "
       "4–7/2027 toimintamallin viimeistely ja luovutus.")

lihava(d, "7 Kustannusarvio ja rahoitus *")
kpl(d, "Vastaus: Kokonaiskustannukset 684 000 euroa, josta ESR+-rahoitusta 70 prosenttia (478 800 €) ja "
       "kuntarahaa 30 prosenttia (205 200 €). Henkilöstöön kuuluu projektipäällikkö, kolme valmentajaa ja "
       "yrityskoordinaattori.")

lihava(d, "8 Seuranta ja arviointi *")
kpl(d, "Vastaus:")
kpl(d, "Hankkeen itsearvioinnissa seurataan, että jokaisella osallistujalla on voimassa oleva "
       "polkusuunnitelma: osuutta mitataan neljännesvuosittain asiakastietojärjestelmästä, tavoitteena 95 %. "
       "Osallistujilta kerätään palaute valmennuksen päättyessä.")
kpl(d, "Siirtymiä työhön ja koulutukseen seurataan EURA-järjestelmän lähtö- ja seurantatiedoilla. Mittarina on "
       "niiden osallistujien osuus, jotka ovat työssä, oppisopimuksessa tai koulutuksessa kuusi kuukautta "
       "valmennuksen päättymisen jälkeen (tavoite 45 %).")

lihava(d, "9 Tulokset ja vaikutukset *")
kpl(d, "Vastaus: Hankkeen tuloksena seudulle syntyy polkuvalmennuksen toimintamalli, joka on kuvattu ja "
       "otettu käyttöön työllisyyspalveluissa. Vaikutukset näkyvät nuorten työttömyyden vähenemisenä ja siinä, "
       "että nuoret pysyvät palvelujen piirissä.")

lihava(d, "10 Tulosten hyödyntäminen, levittäminen ja juurruttaminen *")
kpl(d, "Vastaus:")
kpl(d, "Juurruttaminen on suunniteltu jo hakuvaiheessa yhdessä työllisyyspalvelujen johdon kanssa, ja "
       "hankkeen alussa (syksy 2025) perustetaan kehittäjäryhmä, jossa ovat mukana myös vakinaiset "
       "työllisyysasiantuntijat. Viestintä: mallin kokemuksista kerrotaan kaupungin verkkosivuilla ja "
       "Työllisyyden kuntakokeilujen verkostossa. Variointi: polkuvalmennus sovitetaan erikseen "
       "maahanmuuttajataustaisille nuorille yhdessä kotoutumispalvelujen kanssa. Valtavirtaistaminen: "
       "Niittylän ja Ahoskylän kunnat kokeilevat mallia omissa palveluissaan vuonna 2026, ja malli esitellään "
       "alueellisessa ESR+-seminaarissa sekä Innokylässä. Vakiinnuttaminen: Koskelan kaupungin työllisyyspalvelut "
       "vastaa toimintamallin jatkamisesta hankkeen jälkeen, ja työllisyyspäällikkö Jari Lehtonen esittää "
       "valmentajien tehtävien siirtoa vuoden 2027 talousarvioon.")
kpl(d, "Juurruttamiseen varataan projektipäällikön työajasta 20 prosenttia koko hankkeen ajan, ja vakinaisten "
       "työntekijöiden perehdytykseen on budjetoitu 12 000 euroa.")

lihava(d, "11 Hallinnointi ja yhteistyökumppanit")
kpl(d, "Vastaus: Hanketta hallinnoi Koskelan kaupungin työllisyyspalvelut. Ohjausryhmään kuuluvat edustajat "
       "Niittylän ja Ahoskylän kunnista, ammattiopistosta, yrittäjäjärjestöstä, hyvinvointialueen "
       "sosiaalipalveluista ja Etelä-Kairan ELY-keskuksesta sekä kaksi osallistujien edustajaa.")

lihava(d, "12 Viestintä")
kpl(d, "Vastaus: Hankkeella on viestintäsuunnitelma. Nuoria tavoitetaan somessa (Instagram, TikTok) ja "
       "Ohjaamon kautta, työnantajia yrittäjäjärjestön uutiskirjeessä ja työnantajailloissa.")

lihava(d, "13 Riskit ja niiden hallinta *")
kpl(d, "Vastaus:")
sisaltokentta_lohko(d, "Riskit", [], tyhja=True)

lihava(d, "14 Horisontaaliset periaatteet")
kpl(d, "Vastaus: Hanke edistää yhdenvertaisuutta ja sukupuolten tasa-arvoa kohdentamalla tukea erityisesti "
       "nuorille, joilla on kieli- tai terveysperusteisia esteitä. Ympäristövaikutukset ovat vähäiset; "
       "valmennustapaamiset järjestetään mahdollisuuksien mukaan etänä tai julkisen liikenteen varrella.")

tallenna(d, "02_hankehakemus_esr_polku_toihin.docx", {"doc_type": "hankesuunnitelma", "findings": [
    {"rule": "rakenne.pohjateksti"},
    {"rule": "rakenne.osio-tyhja", "target": "riskit"},
    {"rule": "tavoite.ei-arviointia", "count": 1},
]})

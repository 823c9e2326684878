"""08: exit-suunnitelma, terveys, hyvinvointialue. Ei havaintoja."""
from apu import uusi, h, p, lista, taulukko, tallenna, odotettu

NIMI = "08_exit-suunnitelma_diabetes.docx"

doc = uusi(
    "Etäpolku-hankkeen jatkuvuussuunnitelma (exit-suunnitelma)",
    ["Kymijoen hyvinvointialue, perusterveydenhuollon vastaanottopalvelut",
     "Hankeaika 1.1.2024–31.12.2025 · Versio 1.0, 9.6.2025"],
    tekija="Kymijoen hyvinvointialue",
)

h(doc, "1 Tausta ja hankkeen tulokset")
p(doc,
  "Kymijoen hyvinvointialueella oli vuoden 2023 lopussa noin 14 600 tyypin 2 diabetesta sairastavaa, ja "
  "hoitotasapainon tavoitteen saavutti vain runsas puolet heistä. Etäpolku-hankkeessa on rakennettu "
  "digitaalinen hoitopolku, jossa potilas mittaa verensokeriaan kotona, mittaustulokset siirtyvät "
  "Omapolku-palveluun ja diabeteshoitaja antaa palautteen viestillä tai videovastaanotolla.",
  "Kesäkuuhun 2025 mennessä hoitopolulla on ollut 620 potilasta kuudella terveysasemalla. Hankkeen "
  "tuotoksia ovat hoitopolun prosessikuvaus, diabeteshoitajien ohjeistus, potilasohjeet neljällä kielellä "
  "sekä seurantamittaristo.")

h(doc, "2 Juurruttaminen ja käyttöönotto")
p(doc,
  "Hoitopolku otetaan syksyllä 2025 käyttöön hyvinvointialueen kaikilla yhdellätoista terveysasemalla. "
  "Käyttöönotto etenee kahdessa aallossa: syyskuussa viidellä ja marraskuussa loppujen kuudella asemalla. "
  "Ennen käyttöönottoa jokaisen aseman diabeteshoitajat osallistuvat kahden tunnin koulutukseen, ja "
  "pilottiasemien hoitajat toimivat uusien asemien tukihenkilöinä.",
  "Hoitopolun prosessikuvaus viedään hyvinvointialueen laatujärjestelmään, ja etävastaanottojen ajanvaraus "
  "liitetään osaksi terveysasemien tavallista ajanvarauskäytäntöä. Näin polku ei jää erilliseksi "
  "hankekäytännöksi.")

h(doc, "3 Tulosten levittäminen")
lista(doc, [
    "Hoitopolku kuvataan Innokylään syyskuussa 2025.",
    "Hankkeen päätösseminaari pidetään marraskuussa 2025 hybriditilaisuutena, johon kutsutaan myös "
    "naapurihyvinvointialueiden perusterveydenhuolto.",
    "Hyvinvointialueen intranetiin kootaan ohjeet ja koulutustallenteet, ja potilasohjeet julkaistaan "
    "hyvinvointialueen verkkosivuilla.",
    "Tuloksista kirjoitetaan artikkeli Diabetes ja lääkäri -lehteen.",
])

h(doc, "4 Kehittämistyön jatko")
p(doc,
  "Jatkokehittämisen kohteina ovat hoitopolun laajentaminen raskausdiabetekseen ja mittauslaitteiden "
  "suora tiedonsiirto ilman potilaan omaa kirjausta. Kehittämistyö jatkuu hyvinvointialueen "
  "digipalvelujen kehittämisohjelmassa vuonna 2026, ja sen valmistelusta vastaa digipalvelujen "
  "kehittämispäällikkö.")

h(doc, "5 Vastuut hankkeen jälkeen")
taulukko(doc, ["Tehtävä", "Vastuutaho hankkeen päätyttyä"], [
    ["Hoitopolun omistajuus ja ylläpito", "Kymijoen hyvinvointialueen vastaanottopalvelujen palvelupäällikkö"],
    ["Hoitajien perehdytys ja tukihenkilöverkosto", "Terveysasemien osastonhoitajat"],
    ["Omapolku-palvelun tekninen tuki", "Kymijoen hyvinvointialueen digipalvelujen yksikkö"],
    ["Prosessikuvauksen päivittäminen laatujärjestelmässä", "Vastaanottopalvelujen laatukoordinaattori"],
])

h(doc, "6 Seuranta hankkeen jälkeen")
p(doc,
  "Hoitopolun käyttöä ja vaikutuksia seurataan hankkeessa laaditulla mittaristolla: polulla olevien "
  "potilaiden määrä, etävastaanottojen osuus diabeteshoitajan käynneistä ja hoitotasapainon tavoitteen "
  "saavuttaneiden osuus. Vastaanottopalvelujen palvelupäällikkö raportoi mittarit perusterveydenhuollon "
  "johtoryhmälle neljännesvuosittain vuoden 2026 loppuun ja sen jälkeen osana vuosittaista laatuarviota.")

h(doc, "7 Resurssit")
p(doc,
  "Hankkeen viimeisellä puolivuotiskaudella projektipäällikön ja hankesuunnittelijan työajasta puolet "
  "kohdennetaan käyttöönottoon, koulutuksiin ja siirtoon. Koulutuksiin ja päätösseminaariin on varattu "
  "hankkeen budjetista 9 000 euroa. Hankkeen jälkeen hoitopolun ylläpito katetaan vastaanottopalvelujen "
  "talousarviosta, johon on vuodelle 2026 varattu 0,5 henkilötyövuotta diabeteshoitajan työtä "
  "etävastaanottoihin.")

p(doc, "Hyväksytty vastaanottopalvelujen johtoryhmässä 9.6.2025.")

tallenna(doc, NIMI)
odotettu(NIMI, "exit-suunnitelma", [])

"""07: hyvinvointialueen exit-suunnitelma (.docx) muutosten jäljityksellä ja tekstilaatikolla.
Jatkon omistaja on nimetty VAIN lisäyksessä (w:ins), poistettu teksti (w:del) oli epämääräinen;
seuranta hankkeen jälkeen on VAIN tekstilaatikossa. Ei huomautettavaa."""
from apu import *

d = uusi()
kpl(d, "Pohjois-Kairan hyvinvointialue • Perhekeskus digiksi -hanke (Kestävän kasvun ohjelma, RRF) • "
       "Luonnos 3, kommenttikierros 20.11.2025")
d.add_heading("Exit-suunnitelma: perhekeskuksen sähköinen ajanvaraus ja chat-neuvonta", 0)
kpl(d, "Hanke päättyy 31.12.2025. Tämä suunnitelma kuvaa, miten hankkeessa kehitetyt palvelut siirtyvät "
       "hyvinvointialueen perustoimintaan ja miten niitä levitetään ja kehitetään edelleen.")

otsikko(d, "Mitä hankkeessa syntyi?")
kpl(d, "Hankkeessa otettiin käyttöön neuvolan ja perheneuvolan sähköinen ajanvaraus sekä arkipäivisin "
       "auki oleva chat-neuvonta, jossa perheohjaaja vastaa vanhempien kysymyksiin. Pilotissa (syksy 2024 – "
       "syksy 2025) ajanvarausta käytti 3 900 perhettä ja chatissa käytiin 5 200 keskustelua. Asiakaspalautteen "
       "keskiarvo oli 4,4/5.")

otsikko(d, "1. Käyttöönotto ja pysyvyys")
kpl(d, "Sähköinen ajanvaraus on jo käytössä kaikissa alueen 11 neuvolassa, ja se siirtyy osaksi "
       "asiakasportaalia 1.1.2026. Chat-neuvonta jatkuu perhekeskuksen perustoimintana: "
       "chat-vuorot on lisätty perheohjaajien työvuorosuunnitteluun, ja toimintaan on vakinaistettu "
       "kaksi perheohjaajan tehtävää (yhteensä 1,6 htv) vuoden 2026 talousarviossa. Lisäksi järjestelmän "
       "ylläpitoon on varattu vuodelle 2026 18 000 euroa.")
muutokset(d, [
    ("t", "Vastuu palvelujen jatkosta: "),
    ("del", "Vastuu sovitaan toimijoiden kesken hankkeen loppuvaiheessa."),
    ("ins", "Vastuu siirtyy 1.1.2026 alkaen perhekeskuspalvelujen palvelupäällikkö Anne Koskiselle; "
            "ajanvarausjärjestelmän teknisestä ylläpidosta vastaa hyvinvointialueen tietohallinto."),
], tekija="Anne Koskinen")
kpl(d, "Henkilöstön perehdytys on tehty hankkeen aikana: jokainen perheohjaaja on käynyt chat-koulutuksen, "
       "ja uusille työntekijöille on laadittu perehdytysmateriaali intraan.")

otsikko(d, "2. Tulosten ja hyvien käytäntöjen levittäminen")
kpl(d, "Chat-neuvonnan toimintamalli on kuvattu Innokylään, ja se esitellään Kansallisen perhekeskusverkoston "
       "webinaarissa. Naapurihyvinvointialueille on tarjottu mahdollisuus tutustua chatiin ja sen "
       "vastauspohjiin. Tulokset julkaistaan hyvinvointialueen verkkosivuilla sekä THL:n Perhekeskus-sivuston "
       "hyvät käytännöt -osiossa. Henkilöstölle käytännöt on esitelty perhekeskuksen henkilöstöinfoissa.")

otsikko(d, "3. Kehittämistyön jatko")
kpl(d, "Jatkokehittämisen kohteiksi on tunnistettu chatin laajentaminen iltaan kahtena päivänä viikossa, "
       "ajanvarauksen kieliversiot (ruotsi, englanti, arabia) ja chatbotti tavallisimpiin kysymyksiin. "
       "Kehittämiskohteet priorisoidaan kevään 2026 aikana.")
tekstilaatikko(d, [
    "Seuranta hankkeen jälkeen",
    "Palvelupäällikkö raportoi perhekeskuksen johtoryhmälle neljännesvuosittain vuoden 2026 ajan: sähköisten "
    "ajanvarausten osuus kaikista varauksista, chat-keskustelujen määrä ja asiakaspalautteen keskiarvo. "
    "Vuoden 2026 lopussa tehdään käyttäjäkysely, jonka tuloksia verrataan pilotin tuloksiin.",
])

otsikko(d, "Yhteystiedot")
kpl(d, "Hankepäällikkö Jussi Mäkelä (31.12.2025 asti), palvelupäällikkö Anne Koskinen.")

tallenna(d, "07_exit_suunnitelma_hva_perhekeskus.docx", {"doc_type": "exit-suunnitelma", "findings": []})

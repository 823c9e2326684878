"""05: exit-suunnitelma, melontareitti (matkailu). Sisällönhallintaobjektit, muutosten jäljitys, yhdistetyt solut."""
import sys
from apu import *

d = uusi()
d.add_heading("Vesireitit vetovoimaksi – exit-suunnitelma", 0)
sdt_rivi(d, "Versio", "versio", "1.2", "Versio: ")
sdt_rivi(d, "Päivämäärä", "pvm", "27.11.2026", "Päivämäärä: ")
sdt_rivi(d, "Laatija", "laatija", "Minna Hyvönen, hankekoordinaattori, Vaara-Karjalan Matkailu ry", "Laatija: ")

otsikko(d, "Lähtökohta")
kpl(d, "Vesireitit vetovoimaksi -hanke (1.5.2025–30.4.2027) on rakentanut Kuuhankaan kunnan alueelle 62 kilometrin merkityn "
       "melontareitin taukopaikkoineen, reitin verkko-oppaan ja kolmen paikallisen yrittäjän yhteisen kanoottivuokrauksen. "
       "Tässä suunnitelmassa sovitaan, kuka hoitaa mitäkin hankkeen päätyttyä, jotta reitti pysyy kunnossa ja matkailijat löytävät sen.")

otsikko(d, "1. Mitä jää pysyväksi ja kuka siitä vastaa?")
kpl(d, "Hankkeen tuotokset siirtyvät kumppaneille seuraavasti:")
t = taulukko(d, [
    ["Tuotos", "Vastaanottaja", "Vastuuhenkilö", "Alkaen"],
    ["Reitin merkinnät ja taukopaikat", "Kuuhankaan kunta, elinvoimapalvelut", "elinvoimajohtaja", "1.5.2027"],
    ["Laiturit ja kuivakäymälät", "", "kunnan kiinteistöpäällikkö", "1.5.2027"],
    ["Verkko-opas ja karttasovellus", "Vaara-Karjalan Matkailu ry", "toiminnanjohtaja", "1.4.2027"],
    ["Yhteinen kanoottivuokraus ja varausjärjestelmä", "Kuuhankaan Elämysvesi Oy (yrittäjien yhteisyritys)", "toimitusjohtaja", "1.4.2027"],
])
a = t.cell(1, 1).merge(t.cell(2, 1))
a.text = "Kuuhankaan kunta, elinvoimapalvelut"
muutos(d, [("n", "Reitin vuosittaisesta kunnossapidosta "),
           ("del", "huolehtii hanke yhdessä muiden toimijoiden kanssa"),
           ("ins", "vastaa Kuuhankaan kunnan elinvoimajohtaja, ja kunnossapito on kirjattu kunnan talousarvioon 2027 omana kohtanaan"),
           ("n", ". Kunta on varannut reitin hoitoon 9 000 euroa vuodessa ja kesäkauden ajaksi puolet yhden puistotyöntekijän työajasta.")],
       tekija="Minna H.")
kpl(d, "Matkailuyhdistyksen toiminnanjohtaja päivittää verkko-oppaan keväisin, ja yhdistys on varannut siihen kymmenen työpäivää vuodessa.")

otsikko(d, "2. Juurruttaminen käytäntöön")
kpl(d, "Juurruttaminen aloitettiin jo hankkeen ensimmäisenä kesänä, kun kunnan puistotyöntekijät tekivät taukopaikkojen huollon "
       "yhdessä hankkeen työntekijöiden kanssa. Kesällä 2026 huolto tehtiin jo kokonaan kunnan omana työnä, ja hanke vain seurasi sitä. "
       "Yrittäjät ovat hoitaneet vuokrauksen itse kaudesta 2026, ja hanke on tukenut varausjärjestelmän käyttöönottoa.")
kpl(d, "Kunnanhallitus hyväksyi 14.10.2026 periaatepäätöksen, jonka mukaan melontareitti on osa kunnan virkistysreittiverkostoa "
       "samalla tavalla kuin latu- ja vaellusreitit.")

otsikko(d, "3. Tulosten levittäminen")
kpl(d, "Reitin suunnittelumalli ja yrittäjien yhteisvuokrauksen sopimuspohja kuvataan Innokylään ja matkailuyhdistyksen verkkosivuille. "
       "Hankkeen loppuseminaari pidetään huhtikuussa 2027 Kuuhankaan kunnantalolla, ja sinne kutsutaan Pohjois-Karjalan kuntien "
       "matkailu- ja liikuntavastaavat. Lisäksi toiminnanjohtaja esittelee mallin valtakunnallisilla Matkailuforum-päivillä.")

otsikko(d, "4. Kehittämistyön jatko ja seuranta")
kpl(d, "Hankkeen jälkeen reittiä kehitetään kumppanien omana työnä. Matkailuyhdistys hakee vuonna 2027 rahoitusta reitin "
       "jatkamiseen naapurikunnan puolelle. Yrittäjät suunnittelevat opastettuja iltamelontoja ja talviretkiä luistellen.")
kpl(d, "Käyttöönottoa seurataan reitin kahdella kävijälaskurilla, vuokrauksen varausmäärillä ja verkko-oppaan käyntitilastoilla. "
       "Elinvoimajohtaja kokoaa luvut ja raportoi ne kunnanhallitukselle vuosittain syyskuussa vuosina 2027–2029. Matkailuyhdistyksen "
       "hallitus arvioi samassa yhteydessä, tarvitseeko verkko-opasta uudistaa.")

d.save(sys.argv[1])

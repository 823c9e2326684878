"""w34 / 06: exit-suunnitelma, jatkuvan oppimisen ohjauspiste. Sisällönhallintakentät. Hyvä dokumentti."""
import sys
from apu import *

d = uusi()
d.add_heading("Exit-suunnitelma: Jatkuvan oppimisen ohjauspiste OPPIVA", 0)
sisaltokentta(d, "Hanke", "hanke", "Hanke: OPPIVA – aikuisten opinto-ohjauksen yhteinen ohjauspiste, 1.1.2027–31.12.2028")
sisaltokentta(d, "Laatija", "laatija", "Laatija: Henna Kivimäki, projektipäällikkö, Länsiväylän kaupunki")
sisaltokentta(d, "Päivitetty", "pvm", "Päivitetty: 25.11.2026")
kpl(d, "Tämä suunnitelma kertoo, miten ohjauspisteen toiminta jatkuu, kun hankerahoitus päättyy. Suunnitelma hyväksytään ohjausryhmässä ja päivitetään puolen vuoden välein.")

otsikko(d, "Mitä jää pysyväksi?")
kpl(d, "Hankkeessa rakennetaan Länsiväylän kaupungin pääkirjastoon aikuisten opinto-ohjauksen ohjauspiste, jossa kansalaisopiston, ammattiopiston ja työllisyyspalveluiden ohjaajat päivystävät yhdessä. Pysyväksi jäävät ohjauspisteen vuoroviikkomalli, yhteinen ajanvarauskalenteri sekä ohjaajien yhteinen palvelukuvaus. Ohjauspisteen toiminta siirtyy hankkeen päättyessä sivistystoimen pysyväksi palveluksi 1.1.2029 alkaen.")
kpl(d, "Käyttöönotosta ja toiminnan jatkumisesta vastaa Länsiväylän kaupungin sivistystoimen opintopalvelupäällikkö. Kaupunki on varannut vuoden 2029 talousarvioesitykseen 0,5 henkilötyövuotta koordinointiin ja 8 000 euroa tilavuokriin ja materiaaleihin. Kumppaniorganisaatiot osoittavat päivystykseen omaa henkilöstöään kaksi päivää viikossa yhteistyösopimuksen mukaisesti.")

otsikko(d, "Tulosten ja hyvien käytäntöjen levittäminen")
kpl(d, "Vuoroviikkomalli ja palvelukuvaus kuvataan Innokylään hankkeen viimeisellä neljänneksellä. Kerromme mallista maakunnan jatkuvan oppimisen verkoston seminaarissa ja kaupungin verkkosivuilla. Lisäksi järjestämme naapurikuntien kirjastoille ja kansalaisopistoille kaksi koulutusiltapäivää, joissa ohjauspisteen perustamista voi harjoitella käytännössä.")

otsikko(d, "Kehittämistyön jatko")
kpl(d, "Hankkeen jälkeen kehitetään etäohjauksen mahdollisuutta haja-asutusalueiden asukkaille. Jatkokehittämisen ideat kootaan ohjaajien kuukausitapaamisissa, ja opintopalvelupäällikkö vie ne sivistyslautakunnan käsittelyyn vuosittain.")

otsikko(d, "Seuranta hankkeen jälkeen")
kpl(d, "Opintopalvelupäällikkö seuraa ohjauspisteen käyttöä kuukausittain ajanvarauskalenterin tilastoista ja kokoaa asiakaspalautteen kahdesti vuodessa. Ohjausryhmän pohjalta muodostettava yhteistyöryhmä tarkastelee vuosina 2029 ja 2030 puolivuosittain, onko malli pysynyt käytössä ja tavoittaako se aikuiset, joille se on tarkoitettu.")
d.save(sys.argv[1])

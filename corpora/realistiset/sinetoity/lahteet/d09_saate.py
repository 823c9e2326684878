"""s-saatekirje-stea-avustushakemus.docx – saatekirje avustushakemuksen liitteeksi (ei suunnitelma)."""
from apu import *


def rakenna(polku):
    d = uusi_dokumentti("Leena Nyberg", "Saatekirje", pvm(2025, 5, 28))
    kappale(d, "Mielenmaja ry\tSAATEKIRJE")
    kappale(d, "Koulukatu 14 B, 40100 Jyväskylä\t28.5.2025")
    kappale(d, "")
    kappale(d, "Sosiaali- ja terveysjärjestöjen avustuskeskus STEA")
    kappale(d, "")
    lihava_rivi(d, "Asia: Avustushakemus vuodelle 2026 – Vertaisena eteenpäin -hanke (kohdennettu toiminta-avustus)")
    kappale(d, "Hyvä vastaanottaja,")
    kappale(d, "Mielenmaja ry hakee STEAlta avustusta Vertaisena eteenpäin -hankkeelle, jossa kehitämme "
               "mielenterveyskuntoutujien vertaisohjaajien koulutusta ja iltaryhmiä Keski-Suomen pienille "
               "paikkakunnille. Hakemus on jätetty sähköisessä asiointipalvelussa 28.5.2025.")
    kappale(d, "Yhdistyksemme on toiminut vuodesta 1998, ja meillä on 420 jäsentä. Viime vuonna "
               "vertaisryhmissämme kävi 310 eri henkilöä. Hankkeen tarve nousee suoraan jäsenistöltä: "
               "iltaisin ja viikonloppuisin ei pienillä paikkakunnilla ole tarjolla muuta tukea.")
    kappale(d, "Lähetämme tämän kirjeen ohessa hakemuksen liitteet, joita asiointipalveluun ei voinut "
               "tallentaa yhtenä tiedostona:")
    luettelo(d, [
        "hankesuunnitelma ja talousarvio (erillinen tiedosto)",
        "yhdistyksen toimintakertomus ja tilinpäätös 2024",
        "toimintasuunnitelma ja talousarvio 2025",
        "yhteistyökumppanien (Hyvinvointialue Keski-Suomi ja kaksi seurakuntaa) tukikirjeet",
    ])
    kappale(d, "Vastaamme mielellämme lisäkysymyksiin. Yhteyshenkilönä hakemusta koskevissa asioissa "
               "toimii toiminnanjohtaja Leena Nyberg, leena.nyberg@mielenmaja.fi, puh. 050 448 2211.")
    kappale(d, "")
    kappale(d, "Ystävällisin terveisin")
    kappale(d, "")
    kappale(d, "Leena Nyberg\ntoiminnanjohtaja, Mielenmaja ry")
    kappale(d, "Tapio Salo\nhallituksen puheenjohtaja")
    d.save(polku)

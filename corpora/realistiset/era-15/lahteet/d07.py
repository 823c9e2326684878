"""07: muistiyhdistyksen jatkuvuussuunnitelma. Jatkon vastuutahot vain solun sisäisessä taulukossa
(yhdistetyssä solussa), jälkiseuranta vain tekstilaatikossa. Odotus: ei löydöksiä."""
from apu import *


def rakenna(polku):
    d = uusi()
    d.add_heading("Jatkuvuussuunnitelma – Muistikahvila kylille", 0)
    kpl(d, "Järvi-Hämeen Muistiyhdistys ry · STEA-hanke 1.1.2024–31.12.2026 · laadittu 18.9.2026, käsitelty "
           "ohjausryhmässä 25.9.2026")
    kpl(d, "Muistikahvila kylille -hankkeessa on kolmen vuoden aikana perustettu seitsemän muistikahvilaa "
           "Järvi-Hämeen kyliin. Kahviloissa muistisairaat ja heidän läheisensä tapaavat kerran kuukaudessa, "
           "juovat kahvit, kuulevat lyhyen alustuksen ja saavat neuvontaa. Vuonna 2025 käyntikertoja oli 1 460. "
           "Tässä suunnitelmassa kerrotaan, miten toiminta jatkuu vuoden 2027 alusta.")
    otsikko(d, "Toiminnan juurruttaminen kyliin")
    kpl(d, "Jokaisella kahvilalla on paikallinen vetäjäpari, joka on käynyt yhdistyksen vapaaehtoiskoulutuksen. "
           "Kahvilat kokoontuvat kylätaloilla, seurakuntien kerhotiloissa ja yhdessä palvelutalossa, ja "
           "tilojen käytöstä on tehty kirjalliset sopimukset vuoden 2027 loppuun. Vuoden 2026 syksyllä vetäjät "
           "ovat pitäneet kahvilat itsenäisesti, ja hankkeen työntekijä on ollut paikalla vain pyydettäessä. "
           "Juurruttamiseen on käytetty hankkeen viimeisenä vuonna noin puolet muistiohjaajan työajasta.")
    kpl(d, "Vastuut hankkeen jälkeen on sovittu seuraavasti:")
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Asia"
    t.cell(0, 1).text = "Sovittu"
    t.cell(1, 0).text = "Kahviloiden jatko 1.1.2027 alkaen"
    yhd = t.cell(1, 1).merge(t.cell(2, 1))
    yhd.text = "Ks. alla oleva vastuunjako (sovittu 25.9.2026):"
    nt = yhd.add_table(rows=4, cols=2)
    nt.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Tehtävä", "Vastuutaho"),
        ("Vapaaehtoisten vetäjien tuki, koulutus ja kahviloiden koordinointi",
         "Järvi-Hämeen Muistiyhdistys ry, toiminnanjohtaja Anneli Sarkkinen"),
        ("Muistihoitajan käynti kahvilassa kahdesti vuodessa",
         "Kanta-Järven hyvinvointialueen muistipoliklinikka, osastonhoitaja Riikka Nurmela"),
        ("Tilat ja kahvitarjoilu", "kyläyhdistykset ja seurakunnat tilasopimusten mukaan"),
    ]):
        nt.cell(i, 0).text = a
        nt.cell(i, 1).text = b
    t.cell(2, 0).text = "Kustannukset"
    kpl(d, "Yhdistys on varannut vuoden 2027 talousarvioonsa koordinointiin 20 prosenttia toiminnanjohtajan "
           "työajasta ja 2 500 euroa vapaaehtoisten koulutukseen. Summa katetaan STEAn yleisavustuksesta.")
    otsikko(d, "Hyvien käytäntöjen levittäminen")
    kpl(d, "Muistikahvilan käsikirja (vetäjän opas, alustusten aiheet, tilasopimuksen malli) on julkaistu "
           "Innokylässä ja yhdistyksen verkkosivuilla. Käsikirjaa esitellään Muistiliiton "
           "jäsenyhdistysten alueellisessa koulutuspäivässä marraskuussa 2026 ja hankkeen päätösseminaarissa "
           "4.12.2026. Kaksi naapuriyhdistystä on jo aloittanut oman kahvilan mallin mukaan.")
    otsikko(d, "Mitä seuraavaksi?")
    kpl(d, "Jatkokehittämisen kohteena on kahviloiden tavoittavuus: nyt mukana on vähän miehiä ja vähän "
           "työikäisiä muistisairaita. Yhdistys kokeilee vuonna 2027 iltaisin kokoontuvaa kahvilaa "
           "Hämeenkosken kaupungissa ja hakee tarvittaessa erillistä avustusta digitaalisten kahviloiden "
           "kehittämiseen.")
    tekstilaatikko(d, [
        "Seuranta 2027–2028: Vetäjäparit ilmoittavat kävijämäärät yhdistykselle kuukausittain sähköisellä "
        "lomakkeella, ja toiminnanjohtaja kokoaa niistä puolivuosiraportin yhdistyksen hallitukselle. "
        "Kävijöiden palautekysely tehdään kerran vuodessa syyskuussa.",
    ], ennen="Seuranta:")
    d.save(polku)

from apu import *

d = uusi()
ylatunniste(d, "Itä-Harjun hyvinvointialue – Tiivis-hanke", None)

d.add_heading("Tiivis-hankkeen exit-suunnitelma", 0)
kpl(d, "Kotiin annettava intensiivinen perhetyö lastensuojelun avohuollossa", kursiivi=True)
kpl(d, "Versio 0.9 – käsitelty hanketiimissä 8.9.2025", kursiivi=True)

otsikko(d, "1 Mistä on kyse")
kpl(d, "Tiivis-hanke (1.1.2024–31.12.2025) on kehittänyt Itä-Harjun lastensuojelun avohuoltoon "
       "intensiivisen perhetyön mallin. Siinä perhetyöntekijäpari käy perheessä 2–4 kertaa viikossa "
       "kahdeksan viikon ajan silloin, kun perheen tilanne on kriisiytymässä ja sijoitus on harkinnassa. "
       "Mallia on kokeiltu kolmessa avohuollon tiimissä, ja siihen on osallistunut 48 perhettä.")
kpl(d, "Tämä suunnitelma kertoo, miten hankkeen tulokset otetaan pysyvästi käyttöön, miten niistä "
       "kerrotaan muille ja miten kehittämistä jatketaan hankkeen päätyttyä.")

otsikko(d, "2 Mitä jää elämään – käyttöönotto ja pysyvyys")
kpl(d, "Pysyvään käyttöön tavoitellaan seuraavia tuloksia:")
luettelo(d, [
    "Tiivis-mallin käsikirja (työskentelyn vaiheet, perheen kanssa tehtävä viikkosuunnitelma, lomakkeet)",
    "työparityöskentelyn käytäntö, jossa toinen työntekijä on perhetyöntekijä ja toinen sosiaaliohjaaja",
    "perheen oma palautelomake jakson lopussa",
])
kpl(d, "Malli otetaan käyttöön kaikissa viidessä avohuollon tiimissä syksyn 2025 aikana. "
       "Juurruttamisesta vastaa hankekoordinaattori, joka perehdyttää tiimit ja sopii jokaisen tiimin "
       "kanssa, miten malli sovitetaan tiimin omiin työvuoroihin. Hanketyöntekijät toimivat "
       "perehdytysvaiheessa uusien työparien rinnalla ensimmäisissä perheissä.")
kpl(d, "Hankkeen päätyttyä mallin ylläpito ja käsikirjan päivittäminen jatkuvat hanketyöntekijöiden "
       "toimesta. Hanke huolehtii myös siitä, että uudet työntekijät saavat perehdytyksen malliin.")

otsikko(d, "3 Tulosten levittäminen")
kpl(d, "Malli on tarkoitettu lastensuojelun avohuollon työntekijöille, mutta siitä on hyötyä myös "
       "perhesosiaalityölle ja perheneuvoloille. Levittämisen kanavat:")
luettelo(d, [
    "mallin kuvaus ja käsikirja Innokylään lokakuussa 2025",
    "alueellinen lastensuojelun seminaari 13.11.2025 Harjulassa (noin 120 osallistujaa)",
    "perhepalvelujen henkilöstöinfot ja hyvinvointialueen intranet",
    "artikkeli sosiaalialan ammattilehteen loppuvuodesta 2025",
])
kpl(d, "Levittämisestä vastaavat hanketyöntekijät yhdessä hankekoordinaattorin kanssa.")

otsikko(d, "4 Kehittämistyön jatko")
kpl(d, "Kaikkea ei saatu valmiiksi. Jatkokehittämistä tarvitaan ainakin kahdessa asiassa: mallin "
       "sovittamisessa perheisiin, joissa vanhemmalla on päihdeongelma, sekä jakson jälkeisessä "
       "kevyemmässä tuessa. Hanke valmistelee näistä jatkohakemuksen joulukuuhun 2025 mennessä.")

otsikko(d, "5 Vastuut ja aikataulu")
taulukko(d, [
    ["Tehtävä", "Vastuu", "Aikataulu"],
    ["Tiimien perehdytys malliin", "hankekoordinaattori", "9–11/2025"],
    ["Käsikirjan viimeistely ja taitto", "hanketyöntekijät", "10/2025"],
    ["Innokylä-kuvaus ja seminaari", "hanketyöntekijät ja hankekoordinaattori", "10–11/2025"],
    ["Mallin ylläpito hankkeen jälkeen", "hanketyöntekijät", "1/2026 alkaen"],
    ["Jatkohakemus", "hanke", "12/2025"],
])

otsikko(d, "6 Resurssit")
kpl(d, "Hankkeen viimeisen puolen vuoden aikana kahden hanketyöntekijän työajasta puolet käytetään "
       "perehdytyksiin ja levittämiseen (yhteensä noin 0,5 henkilötyövuotta). Käsikirjan taittoon ja "
       "painatukseen on varattu hankkeen budjetista 3 500 euroa ja seminaarin järjestämiseen 2 000 euroa.")

p = tallenna(d, "05_exit-suunnitelma_lastensuojelu.docx", LAHTEET)
muunna(p, "odt")

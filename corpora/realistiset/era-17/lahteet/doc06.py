from apu import *
OUT = '/work/main/corpora/realistiset/era-17/lahteet/'

def build():
    d = Document()
    d.add_heading('Kyläraitti – kulttuuripolut Honkavaaran kylissä', 0)
    d.add_heading('Jatkuvuussuunnitelma', 1)
    paras(d, """
Leader Kaksi Virtaa ry:n rahoittama kehittämishanke (Manner-Suomen CAP-suunnitelma 2023–2027), hanketunnus 284511
Hankeaika 1.5.2024–30.4.2026. Suunnitelma laadittu 12.1.2026.
""")
    d.add_heading('Hankkeen tuotokset', 2)
    paras(d, """
Hankkeessa suunniteltiin ja merkittiin maastoon viisi kulttuuripolkua Honkavaaran, Sarvilahden ja Kirkkoniemen kylissä. Poluilla on yhteensä 46 opastaulua, joissa kerrotaan kylien historiasta, rakennusperinnöstä ja tarinoista. Taulujen tekstit kirjoitettiin yhdessä kyläläisten kanssa kahdeksassa muistelutyöpajassa, ja poluista tehtiin mobiiliopas, jossa on ääniversiot tarinoista suomeksi ja englanniksi. Lisäksi hankkeessa järjestettiin kaksi kesän kyläraittitapahtumaa, joissa kävi yhteensä noin 1 400 vierailijaa.
""")
    d.add_heading('Tulosten juurruttaminen', 2)
    paras(d, """
Polkujen ylläpito ja mobiilioppaan päivittäminen ovat toimintoja, joiden pitää jatkua hankkeen jälkeen. Hankkeen viimeisinä kuukausina hankekoordinaattori laatii polkujen ylläpito-ohjeen, jossa kerrotaan, miten taulujen vauriot korjataan ja miten mobiiliopasta päivitetään. Hankekoordinaattori vastaa myös siitä, että mobiilioppaan sisällöt ja tunnukset dokumentoidaan ennen hankkeen päättymistä.

Juurruttamiseen on varattu hankkeen viimeiseltä kolmelta kuukaudelta koordinaattorin työajasta noin puolet sekä 2 800 euroa varaosiin ja taulujen korjauksiin. Hanke huolehtii siitä, että varaosat ja ylläpito-ohjeet ovat olemassa, kun hanke päättyy 30.4.2026.
""")
    d.add_heading('Tulosten levittäminen', 2)
    paras(d, """
Kulttuuripolkujen malli ja kokemukset kootaan lyhyeksi oppaaksi ("Näin teet kyläraitin"), joka julkaistaan Leader Kaksi Virtaa ry:n verkkosivuilla ja jaetaan Kylien Pohjois-Savo ry:n uutiskirjeessä. Mallia esitellään maaseudun kulttuurihankkeiden verkostotapaamisessa maaliskuussa 2026. Hankkeen somekanavat (Instagram ja Facebook) jätetään auki, ja niihin lisätään linkki mobiilioppaaseen.
""")
    d.add_heading('Kehittämistyön jatko', 2)
    paras(d, """
Hankkeen aikana nousi esiin ideoita, joita voidaan jatkaa uusilla hankkeilla: polkujen yhdistäminen naapurikuntien reitteihin, esteettömän polkuosuuden rakentaminen Kirkkoniemen kirkon ympäristöön ja kouluille suunnattu kulttuuriperintöpaketti. Hanketyöryhmä kokoaa ideat listaksi ja valmistelee jatkohankkeen hakemusluonnoksen ennen hankkeen päättymistä. Hankekoordinaattori esittelee ideat hankkeen viimeisessä ohjausryhmän kokouksessa huhtikuussa 2026.
""")
    d.save(OUT + '06_kylaraitti_jatkuvuussuunnitelma.docx')
    return {"doc_type": "exit-suunnitelma", "findings": [
        {"rule": "exit.omistaja-hankkeen-sisalla"},
        {"rule": "exit.ei-seurantaa"}]}

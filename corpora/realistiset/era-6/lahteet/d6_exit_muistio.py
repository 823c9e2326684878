"""D6: Exit-suunnitelma kokousmuistiona (kulttuuri, kaupunki). Jälkiseuranta on kirjattu VAIN tekstiruutuun.
Ei huomautettavaa."""
from apu import *

NAME = "exit-muistio-kulttuurikaveri"

def run():
    d = new_doc()
    p(d, "RANTALAN KAUPUNKI · Kulttuuripalvelut", bold=True)
    p(d, "MUISTIO", bold=True)
    label_value(d, "Aika:", "15.9.2026 klo 13.00–15.10")
    label_value(d, "Paikka:", "Kulttuuritalo Satama, neuvotteluhuone Kaisla, ja Teams")
    label_value(d, "Läsnä:", "Riikka Holm (kulttuuripalvelupäällikkö, pj.), Jani Leppälä (projektipäällikkö, sihteeri), "
                "Outi Savela (kotihoidon palvelupäällikkö), Mervi Kangas (kirjastotoimenjohtaja), "
                "Lasse Oinonen (Rantalan Eläkeläiset ry), Tiina Aho (vapaaehtoinen kulttuurikaveri)")
    label_value(d, "Asia:", "Kulttuurikaveri-hankkeen (1.1.2025–31.12.2026, AVI:n kulttuurin erityisavustus) "
                "jatkuvuussuunnitelma eli exit-suunnitelma")

    bold_line(d, "1. Kokouksen avaus ja lähtötilanne")
    p(d, "Puheenjohtaja avasi kokouksen. Projektipäällikkö kertasi hankkeen tilanteen: kulttuurikavereita on "
         "koulutettu 46, ja he ovat tehneet kotihoidon asiakkaiden kanssa 1 180 kulttuurikäyntiä (konsertit, "
         "museot, kirjaston lukupiirit, kotiin tuodut pienkonsertit). Asiakkaita on ollut mukana 212. Kokouksen "
         "tarkoitus on sopia, mikä hankkeesta jää pysyväksi, kuka siitä vastaa ja miten kokemuksia jaetaan.")

    bold_line(d, "2. Mitä otetaan pysyvään käyttöön")
    p(d, "Todettiin, että kulttuurikaveritoiminta siirtyy 1.1.2027 alkaen Rantalan kaupungin kulttuuripalvelujen "
         "perustoiminnaksi. Toiminnasta vastaa kulttuuripalvelupäällikkö, ja käytännön koordinoinnin hoitaa "
         "kulttuuripalvelujen kulttuurituottaja, jonka työajasta 30 prosenttia on varattu tähän vuoden 2027 "
         "talousarvioesityksessä. Kotihoito sitoutuu siihen, että kotihoidon tiimit kysyvät asiakkaan "
         "kulttuuritoiveet osana hoito- ja palvelusuunnitelman päivitystä. Tästä vastaa kotihoidon "
         "palvelupäällikkö, ja kirjaus lisätään kotihoidon prosessiohjeeseen lokakuussa 2026.")
    p(d, "Pysyvään käyttöön otetaan myös kulttuurikavereiden perehdytyspaketti (kaksi iltaa) ja "
         "käyntien varauslomake, joka siirretään kaupungin sähköiseen asiointiin. Kirjasto jatkaa "
         "kotiin tuotavia lukupiirejä omana toimintanaan.")

    bold_line(d, "3. Seuranta")
    textbox_para(d, [
        "Kulttuurituottaja kokoaa käyntien ja asiakkaiden määrät puolen vuoden välein ja raportoi ne "
        "kulttuuri- ja vapaa-aikalautakunnalle vuosina 2027 ja 2028.",
        "Asiakkailta ja kulttuurikavereilta kysytään kerran vuodessa lyhyellä kyselyllä, miten toiminta on "
        "jatkunut ja mitä pitäisi muuttaa.",
        "Kotihoidon palvelupäällikkö seuraa, kuinka monen asiakkaan suunnitelmaan kulttuuritoiveet on kirjattu.",
        "Jos käyntimäärä putoaa alle puoleen hankeajan tasosta, asia tuodaan kulttuuripalvelujen johtoryhmään.",
    ], title="Näin seuraamme toiminnan jatkumista hankkeen jälkeen")
    p(d, "(Kohta hyväksyttiin yllä olevan kehyksen mukaisena.)", italic=True)

    bold_line(d, "4. Kokemusten jakaminen muille")
    p(d, "Sovittiin, että hankkeen toimintamalli kuvataan Innokylään marraskuussa 2026. Hankkeen päätösseminaari "
         "pidetään 2.12.2026 kulttuuritalo Satamassa, ja siihen kutsutaan lähialueen kuntien kulttuuri- ja "
         "kotihoidon väki sekä hyvinvointialueen edustajat. Projektipäällikkö esittelee mallin Taiteen edistämiskeskuksen "
         "kulttuurihyvinvoinnin verkostotapaamisessa lokakuussa. Kulttuurikaveriopas julkaistaan kaupungin verkkosivuilla "
         "sekä selkokielisenä versiona, ja siitä tehdään lyhyempi versio yhdistyksille, jotka haluavat aloittaa "
         "vastaavan toiminnan vapaaehtoisvoimin. Rantalan Eläkeläiset ry levittää tietoa omille jäsenilleen ja "
         "piirinsä yhdistyksille.")

    bold_line(d, "5. Jatkokehittäminen")
    p(d, "Keskusteltiin siitä, miten toimintaa kehitetään hankkeen jälkeen. Kirjastotoimenjohtaja esitti, että "
         "vuonna 2027 kokeillaan etäyhteydellä toteutettavia kulttuurihetkiä niille, jotka eivät pääse liikkeelle. "
         "Kulttuuripalvelut selvittää yhdessä hyvinvointialueen kanssa, voisiko toiminnan laajentaa "
         "omaishoitoperheisiin. Jatkokehittämisen ideat kootaan kulttuuripalvelupäällikön johdolla, ja niitä "
         "varten haetaan tarvittaessa uutta avustusta. Vapaaehtoisten jaksamista tuetaan kahdella "
         "virkistystilaisuudella vuodessa.")

    bold_line(d, "6. Seuraava kokous")
    p(d, "Ohjausryhmä kokoontuu seuraavan kerran 24.11.2026, jolloin hyväksytään loppuraportin luonnos.")
    p(d, "Muistion vakuudeksi: Jani Leppälä, projektipäällikkö")
    save_docx(d, NAME, {"doc_type": "exit-suunnitelma", "findings": []})

if __name__ == "__main__":
    run()

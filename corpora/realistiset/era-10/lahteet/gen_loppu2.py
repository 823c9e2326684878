"""08_loppuraportti_kulttuurikasvatus.docx — vapaamuotoinen; yhdistetty solu, sisäkkäinen taulukko, tekstiruutu."""
from docx import Document
from apu import *

def build(out):
    d = Document()
    d.add_heading("Loppuraportti: Taidetta joka kouluun – kulttuurikasvatussuunnitelman käyttöönotto Saarilahdessa", 0)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 1))
    top.text = "Hankkeen perustiedot"
    t.cell(1, 0).text = "Toteuttaja"
    t.cell(1, 1).text = "Saarilahden kaupunki, sivistyspalvelut, yhteistyössä Saarilahden taidekoulu ja kaupunginmuseo"
    t.cell(2, 0).text = "Rahoitus"
    cell = t.cell(2, 1)
    cell.text = "Opetus- ja kulttuuriministeriön erityisavustus"
    inner = cell.add_table(rows=2, cols=2)
    inner.style = "Table Grid"
    inner.cell(0, 0).text = "Päätöksen diaarinumero"
    inner.cell(0, 1).text = "OKM/1187/09.01.00/2024"
    inner.cell(1, 0).text = "Myönnetty"
    inner.cell(1, 1).text = "62 000 €"
    t.cell(3, 0).text = "Hankeaika"
    t.cell(3, 1).text = "1.8.2024–31.7.2026"

    textbox_par(d, [("Lyhyesti", True),
                    ("Saarilahden kaikki kahdeksan perusopetuksen koulua ottivat hankkeen aikana käyttöön "
                     "kulttuurikasvatussuunnitelman, ja jokainen vuosiluokka teki vähintään yhden kulttuurikäynnin "
                     "lukuvuodessa. Taidekoulu ja museo tarjosivat 46 työpajaa, joihin osallistui noin 2 300 oppilasta. "
                     "Opettajista 71 prosenttia piti suunnitelmaa käyttökelpoisena. Kulttuuripolku jatkuu kaupungin "
                     "omalla rahoituksella, ja suosittelemme muille kunnille kulttuuriyhdysopettajien verkostoa.", False)])

    d.add_heading("Mistä lähdettiin ja mitä tavoiteltiin", 1)
    paras(d, """
    Ennen hanketta oppilaiden kulttuurikokemukset riippuivat siitä, mihin kouluun tai luokalle he sattuivat.
    Lukuvuonna 2023–2024 vain kolme koulua kahdeksasta teki säännöllisiä museo- tai teatterikäyntejä.
    Hankkeen tavoitteena oli, että jokainen saarilahtelainen peruskoululainen pääsee tasapuolisesti
    osallistumaan kulttuuritoimintaan, että opettajat saavat valmiin kulttuuripolun opetuksen tueksi ja että
    kaupungin kulttuurilaitokset tekevät yhteistyötä koulujen kanssa suunnitelmallisesti.
    """)
    d.add_heading("Mitä tehtiin", 1)
    paras(d, """
    Syksyllä 2024 kokosimme työryhmän, johon kuului opettajia jokaisesta koulusta sekä taidekoulun ja museon
    edustajat. Työryhmä laati kulttuuripolun, jossa kullekin vuosiluokalle on oma teemansa ja kohteensa.
    Keväällä 2025 polkua kokeiltiin neljässä koulussa ja syksystä 2025 kaikissa kahdeksassa. Jokaiseen
    kouluun nimettiin kulttuuriyhdysopettaja, ja yhdysopettajat tapasivat kerran kuukaudessa.

    Suunnitelmasta poiketen kuljetuksia ei kilpailutettu erikseen, vaan käynnit liitettiin koulukyyditysten
    sopimukseen. Se säästi rahaa ja aikaa.
    """)
    d.add_heading("Mitä saatiin aikaan", 1)
    paras(d, """
    Kulttuurikasvatussuunnitelma on käytössä kaikissa kouluissa, ja kaikki vuosiluokat tekivät lukuvuonna
    2025–2026 vähintään yhden polun mukaisen käynnin. Työpajoja järjestettiin 46, ja niihin osallistui noin
    2 300 oppilasta. Opettajakyselyssä (toukokuu 2026, 118 vastaajaa) 71 prosenttia piti suunnitelmaa
    käyttökelpoisena ja 64 prosenttia kertoi suunnittelevansa opetusta aiempaa enemmän yhdessä
    kulttuurilaitosten kanssa. Oppilaiden palautteessa eniten kiitosta saivat työpajat, joissa sai tehdä itse.
    """)
    d.add_heading("Rahat", 1)
    paras(d, "Avustusta käytettiin 60 850 euroa ja kaupungin omarahoitus oli 15 300 euroa. Käyttämättä jäänyt "
             "1 150 euroa palautetaan.")
    d.add_heading("Mihin tästä jatketaan", 1)
    paras(d, """
    Sivistyslautakunta päätti kesäkuussa 2026, että kulttuuripolku jatkuu kaupungin talousarviosta, ja
    kulttuurikasvatussuunnitelman päivittämisestä vastaa jatkossa kulttuuripalvelujen päällikkö.
    Seuraavaksi haluamme ottaa mukaan varhaiskasvatuksen ja kokeilla oppilaiden omaa kulttuuriraatia.
    """)
    d.add_heading("Vinkkejä muille kunnille", 1)
    paras(d, """
    Suosittelemme kulttuuriyhdysopettajien verkostoa: se teki suunnitelmasta koulujen omaa eikä ylhäältä
    annettua. Kuljetukset kannattaa ratkaista heti alussa, koska ne ovat usein suurin este käynneille.
    """)
    d.add_heading("Yhteyshenkilö ja allekirjoitus", 1)
    paras(d, "Saarilahdessa 14.9.2026\n\nHankekoordinaattori Elina Vartiainen, elina.vartiainen@saarilahti.example.fi, "
             "p. 044 765 4321\n\nSivistysjohtaja Markku Peltola")
    d.save(out)

if __name__ == "__main__":
    import sys
    build(sys.argv[1])

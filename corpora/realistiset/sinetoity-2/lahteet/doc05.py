"""05: AVI:n rahoittaman Liikkuva koulu -hankkeen arviointisuunnitelma (.docx).
Arviointitaulukossa yhdistetty solu ja soluun upotettu taulukko, jossa mittarit ovat. Ei huomautettavaa."""
from apu import *

d = uusi()
kpl(d, "Versio 2 – hyväksytty ohjausryhmässä 9.10.2025")
d.add_heading("Välkkä liikkeelle -hankkeen arviointisuunnitelma", 0)
kpl(d, "Pohjois-Kairan aluehallintoviraston liikunnan edistämisen erityisavustus • Mäntykylän kunta, "
       "perusopetus • Hankeaika 1.8.2025–31.7.2026")

otsikko(d, "1 Hankkeen tausta, tavoitteet ja kohderyhmä")
kpl(d, "Move!-mittausten mukaan Mäntykylän 5. ja 8. luokkalaisista vain noin kolmannes liikkui suositusten "
       "mukaisesti vuonna 2024. Välitunnit ovat kouluissa usein passiivisia, ja ulkovälineet ovat vähissä. "
       "Välkkä liikkeelle -hanke tuo kunnan kolmeen kouluun välituntiohjaajat, uudet välineet ja oppilaiden "
       "suunnittelemat välituntipisteet.")
kpl(d, "Hankkeen tavoitteet ovat:")
lista(d, [
    "Oppilaiden liikkuminen välitunneilla lisääntyy.",
    "Oppilaat osallistuvat välituntien suunnitteluun ja ohjaamiseen.",
    "Välkkätoiminta tulee osaksi koulujen toimintakulttuuria ja lukuvuosisuunnitelmia.",
], numeroitu=True)
kpl(d, "Kohderyhmänä ovat Koivulan, Harjun ja Mäntykylän kirkonkylän koulujen 1.–9.-luokkalaiset (noin 640 "
       "oppilasta), heistä koulutettavat välkkäohjaajat (noin 45 oppilasta) sekä koulujen opettajat ja rehtorit.")

otsikko(d, "2 Arvioinnin näkökulmat ja menetelmät")
kpl(d, "Arviointi yhdistää itsearvioinnin ja ulkoisen arvioinnin. Hankkeen työryhmä (hankekoordinaattori, "
       "kolme liikunnanopettajaa ja oppilaskuntien edustajat) tekee itsearviointia kuukausittaisissa "
       "tapaamisissaan. Ulkoisen arvioinnin tekee Kairan ammattikorkeakoulun liikunnan ja hyvinvoinnin "
       "tutkimusryhmä, joka analysoi mittaus- ja kyselyaineistot ja kirjoittaa arviointiraportin.")
kpl(d, "Arviointitaulukko kokoaa, millä menetelmillä kunkin tavoitteen toteutumista tarkastellaan.")

t = d.add_table(rows=4, cols=4)
t.style = "Table Grid"
for j, h in enumerate(["Tavoite", "Menetelmä", "Mittarit", "Aikataulu"]):
    t.cell(0, j).text = h
    t.cell(0, j).paragraphs[0].runs[0].bold = True
t.cell(1, 0).text = "1. Liikkuminen välitunneilla lisääntyy"
t.cell(1, 1).text = "Välituntihavainnointi (SOPLAY-menetelmä) ja oppilaskysely"
t.cell(2, 0).text = "2. Oppilaat osallistuvat suunnitteluun ja ohjaamiseen"
t.cell(2, 1).text = "Välkkäohjaajien ryhmähaastattelut ja oppilaskuntien työpaja"
t.cell(3, 0).text = "3. Välkkätoiminta osaksi toimintakulttuuria"
t.cell(3, 1).text = "Rehtori- ja opettajahaastattelut, lukuvuosisuunnitelmien dokumenttianalyysi"
# mittarit upotettuina taulukkoina soluihin
for rivi, mittarit in [(1, [("Aktiivisesti liikkuvien osuus välitunnilla", "lähtötaso syksy 2025, tavoite +15 %-yks."),
                            ("Oppilaiden oma arvio välituntiliikkumisesta", "oppilaskysely, asteikko 1–5")]),
                       (2, [("Koulutettujen välkkäohjaajien määrä", "tavoite 45"),
                            ("Oppilaiden suunnittelemien välituntipisteiden määrä", "tavoite 3 / koulu")]),
                       (3, [("Välkkätoiminta kirjattu lukuvuosisuunnitelmaan 2026–2027", "kyllä/ei, 3 koulua"),
                            ("Opettajien arvio toiminnan pysyvyydestä", "haastattelut")])]:
    c = t.cell(rivi, 2)
    c.text = ""
    sis = c.add_table(rows=len(mittarit), cols=2)
    sis.style = "Table Grid"
    for i, (m, tv) in enumerate(mittarit):
        sis.cell(i, 0).text = m
        sis.cell(i, 1).text = tv
yh = t.cell(1, 3).merge(t.cell(3, 3))
yh.text = ("Lähtötason havainnointi ja kysely syyskuussa 2025; haastattelut ja työpaja helmi–maaliskuussa 2026; "
           "loppuhavainnointi ja -kysely toukokuussa 2026.")

otsikko(d, "2.1 Oppilaiden ääni arvioinnissa", 2)
kpl(d, "Oppilaat ovat arvioinnissa tiedon tuottajia eivätkä vain kohteita. Oppilaskysely tehdään koulupäivän "
       "aikana tableteilla, ja 1.–2.-luokkalaisille kysymykset luetaan ääneen kuvakorttien avulla. "
       "Välkkäohjaajien ryhmähaastatteluissa oppilaat kertovat, mikä ohjaamisessa on ollut helppoa ja mikä vaikeaa. "
       "Maaliskuun 2026 työpajassa oppilaskuntien hallitukset käyvät läpi alustavat tulokset ja ehdottavat muutoksia.")

otsikko(d, "3 Arviointitiedon käyttö ja raportointi")
kpl(d, "Arviointitietoa käytetään hankkeen ohjaamiseen koko hankkeen ajan: työryhmä käy kuukausittain läpi "
       "havainnot ja muuttaa välituntipisteitä niiden perusteella. Syyskuun 2025 lähtötason tulokset käsitellään "
       "hankkeen alussa rehtorien kokouksessa, jotta välkkätoiminta otetaan mukaan lukuvuosisuunnitelman "
       "seuraavaan päivitykseen jo ensimmäisenä syksynä. Ulkoinen arvioija toimittaa väliraportin maaliskuussa "
       "2026 ja loppuraportin kesäkuussa 2026.")
kpl(d, "Loppuraportti esitellään sivistyslautakunnalle ja koulujen henkilöstölle, ja se julkaistaan kunnan "
       "verkkosivuilla. Tulokset toimitetaan aluehallintovirastolle loppuselvityksen liitteenä ja Liikkuva "
       "koulu -verkostolle. Sivistysjohtaja Tuula Saarinen vastaa siitä, että hyviksi todetut käytännöt "
       "kirjataan koulujen lukuvuosisuunnitelmiin 2026–2027.")

otsikko(d, "4 Arvioinnin resurssit")
kpl(d, "Ulkoisen arvioinnin hinta on 6 800 euroa, joka sisältyy hankkeen budjettiin. Itsearviointiin "
       "käytetään hankekoordinaattorin työajasta noin 10 prosenttia.")

tallenna(d, "05_arviointisuunnitelma_avi_valkka.docx", {"doc_type": "arviointisuunnitelma", "findings": []})

"""10: ESR+-hankkeen loppuraportti (.docx, lihavoidut käsin numeroidut otsikot).
Aukot: raportti päivätty 5 kk hankkeen päättymisen jälkeen -> raportti.myohassa; kaksi mallin kysymystä
ilman vastausta -> rakenne.kysymys-vastaamatta ×2; suositukset muille puuttuvat -> rakenne.osio-puuttuu/suositukset."""
from apu import *

d = uusi()
d.add_heading("Loppuraportti – Osaajat kasvuun -hanke", 0)
kpl(d, "Euroopan sosiaalirahasto plus (ESR+) • Välittävä toimielin: Keski-Kairan ELY-keskus")

lihava(d, "TIIVISTELMÄ")
kpl(d, "Osaajat kasvuun -hanke tuki 27 pienen teknologiayrityksen henkilöstön osaamisen kehittämistä "
       "Keski-Kairassa. Yrityksille tehtiin osaamiskartoitukset, ja niiden pohjalta järjestettiin 18 "
       "räätälöityä koulutusta, joihin osallistui 212 työntekijää. Lisäksi kehitettiin yritysten yhteinen "
       "mentorointiohjelma. Hankkeen jälkeen koulutukset jatkuvat ammattikorkeakoulun täydennyskoulutuksena.")

lihava(d, "1 TAUSTATIEDOT")
kpl(d, "Toteuttaja: Keski-Kairan Kehitys Oy, osatoteuttaja Kairan ammattikorkeakoulu")
kpl(d, "Hankkeen nimi ja rahoituspäätös: Osaajat kasvuun, EURA-tunnus S30211, päätös Dnro KESELY/1187/2023")
kpl(d, "Toteutusaika: 1.9.2023–31.8.2025")

lihava(d, "2 HANKKEEN TEEMA JA TAVOITTEET")
kpl(d, "Hanke kuului ESR+-ohjelman erityistavoitteeseen 4.4 (työntekijöiden ja yritysten sopeutuminen "
       "muutokseen). Tavoitteena oli, että pienten teknologiayritysten henkilöstön digitaalinen ja "
       "johtamisosaaminen vahvistuu ja että yritykset ennakoivat osaamistarpeitaan järjestelmällisesti.")

lihava(d, "3 HANKKEEN TOTEUTUS")
kpl(d, "Syksyllä 2023 hanke rekrytoi yritykset ja teki niille osaamiskartoitukset. Vuosina 2024–2025 "
       "järjestettiin koulutuksia kolmessa teemassa: pilvipalvelut ja tietoturva, tuotannon digitalisointi "
       "sekä lähiesihenkilötyö. Keväällä 2025 käynnistettiin mentorointiohjelma, jossa kokeneet johtajat "
       "tukivat nuoria esihenkilöitä.")
kpl(d, "Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?")
kpl(d, "Yritysten oli vaikea irrottaa työntekijöitä koulutuksiin kesken tuotantojaksojen. Koulutukset "
       "siirrettiin osin iltaan ja verkkoon, mikä nosti osallistumista.")
kpl(d, "Miten kustannusarvio toteutui?")

lihava(d, "4 TULOKSET JA VAIKUTTAVUUS")
kpl(d, "Miten tavoitteet toteutuivat?")
kpl(d, "Koulutuksiin osallistui 212 työntekijää (tavoite 180), ja 24 yritystä laati osaamissuunnitelman. "
       "Osallistujapalautteen keskiarvo oli 4,2/5. Yrityksistä 19 kertoi loppukyselyssä ennakoivansa "
       "osaamistarpeita aiempaa järjestelmällisemmin.")
kpl(d, "Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?")
kpl(d, "Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?")
kpl(d, "Mentorointiohjelma jatkuu yrittäjäyhdistyksen vetämänä, ja ammattikorkeakoulu tarjoaa "
       "pilvipalvelu- ja tietoturvakoulutuksia osana täydennyskoulutustaan.")

lihava(d, "5 KEHITYSAJATUKSET")
kpl(d, "Jatkossa osaamiskartoitus kannattaa liittää yritysten kehityskeskusteluihin. Yrittäjäyhdistys ja "
       "ammattikorkeakoulu valmistelevat yhteistä osaamisfoorumia vuodelle 2026.")

lihava(d, "6 LAATIMISPÄIVÄMÄÄRÄ JA YHTEYSTIEDOT")
kpl(d, "Raportti laadittu 3.2.2026")
kpl(d, "Yhteyshenkilö: projektipäällikkö Mikko Heinonen, Keski-Kairan Kehitys Oy, "
       "mikko.heinonen@kkkehitys.fi, puh. 044 765 4321")

tallenna(d, "10_loppuraportti_esr_osaajat_kasvuun.docx", {"doc_type": "loppuraportti", "findings": [
    {"rule": "raportti.myohassa"},
    {"rule": "rakenne.kysymys-vastaamatta", "count": 2},
    {"rule": "rakenne.osio-puuttuu", "target": "suositukset"},
]})

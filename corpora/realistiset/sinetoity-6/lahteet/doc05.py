from apu import *
def build():
    d = Document()
    d.add_heading("Loppuraportti – Saariston äänet: muistitietoa ja yhteisöteatteria Ulkoluodon kylissä", 0)
    d.add_paragraph("Taiteen edistämiskeskuksen alueellisen kehittämisavustuksen loppuraportointi")
    d.add_heading("Taustatiedot", 1)
    d.add_paragraph("Toteuttaja: Ulkoluodon Kotiseutuyhdistys ry yhteistyössä Saaristoteatteri Aallon kanssa. Avustuspäätös Dnro TAIKE/2024/1187, 14.12.2024. "
                    "Myönnetty avustus 45 000 euroa.")
    d.add_heading("Hankkeen teema ja tavoitteet", 1)
    d.add_paragraph("Hankkeen teemana oli saariston ikääntyvien kylien muistitiedon tallentaminen ja sen muuttaminen yhteisöteatteriksi. Tavoitteena oli koota "
                    "vähintään 40 haastattelua, tuottaa niistä kyläläisten itse esittämä näytelmä ja saada kylien nuoret ja vanhat tekemään yhdessä.")
    d.add_heading("Miten hanke toteutettiin?", 1)
    d.add_paragraph("Hanke toteutettiin 1.1.2025–30.6.2026. Keväällä 2025 koulutettiin kahdeksan vapaaehtoista haastattelijaa, jotka tekivät kesän ja syksyn aikana 46 "
                    "muistitietohaastattelua kolmessa kylässä. Talvella 2025–2026 teatteriohjaaja Pirjo Lindén kirjoitti haastatteluista yhdessä kyläläisten kanssa "
                    "näytelmän Luodon valot, jota harjoiteltiin maaliskuusta alkaen. Esityksiä oli kesäkuussa 2026 yhdeksän, ja niitä näki yhteensä 1 240 katsojaa.")
    d.add_paragraph("Alkuperäisestä suunnitelmasta poikettiin siten, että kolmannen kylän esitykset siirrettiin yhteiseen kesäteatterikatokseen lautan aikataulujen vuoksi. "
                    "Kustannusarvio 58 000 euroa toteutui lähes sellaisenaan (toteutuma 57 300 euroa).")
    d.add_heading("Tulokset ja vaikuttavuus", 1)
    d.add_paragraph("Tavoitteet toteutuivat: haastatteluja kertyi 46, ne on arkistoitu Saaristomuseon kokoelmiin, ja näytelmässä esiintyi 31 kyläläistä, joista 11 oli alle 20-vuotiaita. "
                    "Yllättävää oli, että esitysten jälkeen kolme kylää perusti yhteisen kyläteatteriryhmän. Katsojapalautteen (212 vastausta) keskiarvo oli 4,7/5. "
                    "Pysyväksi toimintatavaksi jäi haastattelijaverkosto, joka jatkaa muistitiedon keruuta.")
    d.add_heading("Kehitysajatukset", 1)
    d.add_paragraph("Kyläteatteriryhmä hakee toiminta-avustusta vuodelle 2027, ja haastatteluaineistosta suunnitellaan äänikävelyä saariston matkailijoille yhdessä kunnan matkailupalvelujen kanssa.")
    d.add_heading("Suositukset muille", 1)
    d.add_paragraph("Suosittelemme muille yhteisöille haastattelijoiden kouluttamista kyläläisistä itsestään: tuttu kysyjä saa kertojat avautumaan. "
                    "Aikataulussa kannattaa varata aikaa saariston liikenneyhteyksille ja kesäasukkaiden tavoittamiselle.")
    d.add_heading("Tiivistelmä", 1)
    d.add_paragraph("Saariston äänet keräsi 46 muistitietohaastattelua Ulkoluodon kylistä ja teki niistä yhteisöteatteriesityksen, jota näki 1 240 katsojaa. "
                    "Hanke toi yhteen eri-ikäiset kyläläiset, ja sen jälkeen kylät perustivat yhteisen teatteriryhmän. Haastattelut ovat Saaristomuseon arkistossa.")
    d.add_heading("Yhteystiedot", 1)
    d.add_paragraph("Raportin laati hankekoordinaattori Tuula Sjöberg, tuula.sjoberg@ulkoluoto.example, puh. 050 338 1902. Ulkoluodossa 30.11.2026.")
    d.save("05_taike_saariston_aanet_loppuraportti.docx")
    save_expected("05_taike_saariston_aanet_loppuraportti", "loppuraportti", [{"rule": "raportti.myohassa"}])
build()

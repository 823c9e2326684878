# 5: Kaiku-kehittämishankkeen loppuraportti (.docx), vastaukset sisältöohjausobjekteissa (w:sdt).
# Aukot: raportti 5 kk hankkeen päättymisen jälkeen; "Miten kustannusarvio toteutui?" jäi täyttämättä
# (näkyy pohjan paikkamerkki -> myös rakenne.pohjateksti). Diaarinumero on vain sdt:n sisällä.
import os
from yhteiset import *
NAME = '05_kaiku_lupapalvelut_loppuraportti'
d = new_doc()
d.add_heading('KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI', 0)
para(d, 'Raportti palautetaan Kaiku-työelämäpalveluille sähköpostin liitteenä.')
def q(text):
    para(d, '• ' + text)
d.add_heading('1. Taustatiedot', 1)
q('Toteuttajaviraston tai verkoston nimi')
sdt_block(d, 'Itä-Suomen ympäristölupavirasto, lupapalveluiden vastuualue (Kuopion ja Joensuun toimipaikat)', 'virasto')
q('Hankkeen nimi ja määrärahapäätöksen diaarinumero')
sdt_block(d, 'Yhteinen pöytä – lupakäsittelijöiden työn tauotus ja palautuminen hybridityössä, VK/3318/00.03.05/2024', 'nimi')
d.add_heading('2. Hankkeen teema ja tavoitteet', 1)
q('Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?')
sdt_block(d, 'Hanke liittyi työhyvinvoinnin ja työkyvyn teemaan. Lupakäsittelijät tekevät pitkäkestoista keskittymistä vaativaa työtä, ja vuoden 2024 henkilöstökyselyssä 44 prosenttia kertoi, ettei ehdi pitää taukoja. Tavoitteena oli, että työpäivään tulee luontevia palautumisen hetkiä, että etä- ja lähityöpäivien rytmi sovitaan tiimeissä yhdessä ja että esihenkilöt osaavat ottaa kuormituksen puheeksi.', 'tavoitteet')
d.add_heading('3. Hankkeen toteutus', 1)
q('Hankkeen kesto')
sdt_block(d, '1.2.2025–30.9.2025', 'kesto')
q('Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa')
sdt_block(d, 'Kaikki neljä lupatiimiä kävivät kolmen työpajan sarjan, jossa tiimi laati oman "tiimisopimuksen" taukokäytännöistä, palaverittomista aamupäivistä ja lähityöpäivistä. Kokeilimme kahden kuukauden ajan Teams-kalenteriin merkittyjä yhteisiä taukoja ja kävelypalavereita. Suunnitelmasta poiketen esihenkilövalmennus toteutettiin kahtena lyhyenä verkkotapaamisena yhden lähipäivän sijaan, koska lomakausi osui suunniteltuun ajankohtaan.', 'toteutus')
q('Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen')
sdt_block(d, 'Vastuualueen johtaja osallistui avaus- ja päätöstilaisuuteen ja hyväksyi tiimisopimukset osaksi vastuualueen toimintatapoja. Työpajoihin osallistui 52 henkilöä 61:stä.', 'sitoutuminen')
q('Luettelo käytetyistä menetelmistä ja kokemukset niistä')
sdt_block(d, 'Tiimityöpajat (hyvä), tiimisopimuspohja (hyvä, helppo päivittää), kalenteritauot (toimi aluksi, unohtui elokuussa), kävelypalaverit (suosittu Joensuussa), esihenkilöiden verkkovalmennus (liian lyhyt).', 'menetelmat')
q('Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä')
sdt_block(d, 'Työpajat veti työterveyshuollon työpsykologi yhdessä viraston oman HR-asiantuntijan kanssa. Yhdistelmä toimi: psykologi toi menetelmät, HR tunsi organisaation.', 'asiantuntijat')
q('Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?')
sdt_block(d, 'Kesälomat katkaisivat kokeilun. Ratkaisimme asian siirtämällä kokeilujakson toisen puoliskon syyskuulle.', 'ongelmat')
q('Miten kustannusarvio toteutui?')
sdt_block(d, '', 'kustannukset', placeholder=True)
d.add_heading('4. Tulokset ja vaikuttavuus', 1)
q('Miten tavoitteet toteutuivat?')
sdt_block(d, 'Kaikilla neljällä tiimillä on voimassa oleva tiimisopimus. Loppukyselyssä (n=47) taukoja pitämättömien osuus laski 44 prosentista 27 prosenttiin. Esihenkilöiden osaamistavoite toteutui vain osin.', 'toteutuminen')
q('Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?')
sdt_block(d, 'Palaverittomat aamupäivät nopeuttivat lupapäätösten luonnostelua käsittelijöiden oman arvion mukaan.', 'yllatykset')
q('Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?')
sdt_block(d, 'Alku- ja loppukysely henkilöstölle, työpajojen palautteet sekä esihenkilöiden ryhmähaastattelu syyskuussa 2025.', 'arviointi')
q('Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?')
sdt_block(d, 'Tiimisopimukset päivitetään vuosittain kehityskeskustelukierroksen yhteydessä, ja palaverittomat aamupäivät (tiistai ja torstai) jäivät käyttöön.', 'pysyvat')
d.add_heading('5. Kehitysajatukset', 1)
q('Mitä tekisitte toisin, jos aloittaisitte hankkeen nyt?')
sdt_block(d, 'Emme ajoittaisi kokeilua kesälle, ja esihenkilöiden valmennukseen varaisimme enemmän aikaa.', 'toisin')
d.add_heading('6. Suositukset muille virastoille', 1)
sdt_block(d, 'Aloittakaa tiimin omasta sopimuksesta eikä ylhäältä annetusta ohjeesta. Yhteiset tauot kannattaa merkitä kalenteriin, mutta niitä täytyy muistutella.', 'suositukset')
d.add_heading('7. Tiivistelmä', 1)
sdt_block(d, 'Yhteinen pöytä -hankkeessa neljä lupatiimiä sopi yhdessä tauko- ja työrytmikäytännöistä hybridityössä. Taukoja pitämättömien osuus laski 44 prosentista 27 prosenttiin, ja tiimisopimukset sekä palaverittomat aamupäivät jäivät pysyviksi käytännöiksi.', 'tiivistelma')
d.add_heading('8. Raportin laatimispäivämäärä ja yhteystiedot', 1)
p = para(d, 'Päivämäärä: '); sdt_inline(p, '26.2.2026', 'pvm')
p = para(d, 'Yhteyshenkilö: '); sdt_inline(p, 'HR-asiantuntija Kaisa Tolvanen, kaisa.tolvanen@ymparistolupa.example, puh. 0295 000 123', 'yhteys')
d.save(os.path.join(OUT, NAME + '.docx'))
expected(NAME, 'loppuraportti', [
 {"rule": "raportti.myohassa"},
 {"rule": "rakenne.kysymys-vastaamatta"},
 {"rule": "rakenne.pohjateksti"},
])

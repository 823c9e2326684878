from apu import *
I = [
 ('title', 'LOPPURAPORTTI – Kotoutumisen kielipolku -hanke'),
 ('p', 'Laadittu 15.12.2025'),
 ('h1', 'Hankkeen perustiedot'),
 ('kv', 'Toteuttaja', 'Vihervaaran kaupunki, maahanmuuttajapalvelut, ja Vihervaaran kansalaisopisto'),
 ('kv', 'Hankkeen nimi', 'Kotoutumisen kielipolku – työpaikalla oppiminen osaksi suomen kielen opetusta'),
 ('kv', 'Rahoittaja ja päätös', 'Kaakkois-Suomen ELY-keskus, ESR+, päätöksen Dnro KASELY/1823/2023'),
 ('kv', 'Toteutusaika', '1.11.2023–31.10.2025'),
 ('kv', 'Kokonaisbudjetti', '412 000 euroa, toteutuneet kustannukset 398 650 euroa'),
 ('h1', 'Tiivistelmä'),
 ('p', 'Kielipolku-hankkeessa rakennettiin Vihervaaraan malli, jossa maahan muuttaneet aikuiset opiskelevat suomea osittain omalla työpaikallaan tai työkokeilupaikassa. Hankkeeseen osallistui 186 opiskelijaa ja 41 työpaikkaa. Työpaikkajaksoille osallistuneista 58 % oli hankkeen päättyessä työssä tai ammatillisessa koulutuksessa. Malli jatkuu kansalaisopiston ja maahanmuuttajapalvelujen perustoimintana vuodesta 2026.'),
 ('h1', 'Mitä tavoittelimme'),
 ('p', 'Hankkeen tavoitteena oli, että maahan muuttaneiden suomen kielen taito kehittyy työelämässä tarvittavalle tasolle nopeammin kuin pelkässä luokkaopetuksessa, että työpaikat saavat valmiudet tukea kielenoppimista ja että kotoutumiskoulutuksesta siirrytään sujuvammin työhön.'),
 ('h1', 'Miten hanke toteutettiin'),
 ('p', 'Kansalaisopiston opettajat suunnittelivat kuusi työpaikkakielen moduulia (hoiva, siivous ja kiinteistönhoito, ravintola, logistiikka, kauppa sekä varhaiskasvatus). Jokainen opiskelija vietti opintojaksosta kaksi päivää viikossa työpaikalla, jossa häntä tuki koulutettu kielimentori. Opettaja kävi työpaikalla kahden viikon välein. Kielimentoreita koulutettiin 64. Alkuperäisestä suunnitelmasta poiketen varhaiskasvatuksen moduuli lisättiin vasta toisena vuonna, kun kaupungin päiväkodit ilmoittivat tarpeensa.'),
 ('p', 'Ongelmia tuotti opiskelijoiden vuorotyö, joka vaikeutti lähiopetukseen osallistumista. Ratkaisimme tämän tallentamalla oppitunnit ja avaamalla iltaryhmän keväällä 2024. Kustannukset alittuivat hieman, koska yksi opettajan työsuhde alkoi suunniteltua myöhemmin.'),
 ('h1', 'Tulokset ja vaikuttavuus'),
 ('p', 'Opiskelijoiden kielitaito arvioitiin YKI-tyyppisellä testillä jakson alussa ja lopussa. Puhumisen taito nousi keskimäärin yhden taitotason, ja 71 % saavutti tason B1.1 (verrokkiryhmässä luokkaopetuksessa 52 %). Työpaikoista 88 % kertoi palautekyselyssä, että kielimentorikoulutus auttoi heitä ohjaamaan työntekijää. Työhön tai koulutukseen siirtyi 108 opiskelijaa. Ulkopuolinen arvioija (Kaakon tutkimusosuuskunta) totesi loppuarvioinnissa, että mallin vahvuus on opettajan ja mentorin säännöllinen yhteistyö.'),
 ('h1', 'Jatko – kehitysajatukset'),
 ('p', 'Vihervaaran kaupunginvaltuusto hyväksyi talousarviossa vuodelle 2026 kaksi kielikouluttajan vakanssia kansalaisopistoon, ja maahanmuuttajapalvelut jatkaa työpaikkojen rekrytointia. Seuraavaksi kehitämme digitaalista sanastovihkoa, jota työpaikat voivat täydentää itse, ja kokeilemme mallia myös ammattiopiston kanssa.'),
 ('h1', 'Suosituksia muille'),
 ('p', 'Suosittelemme, että kielimentorit koulutetaan ennen kuin ensimmäinen opiskelija aloittaa työpaikalla, ja että työpaikan kanssa sovitaan kirjallisesti, milloin mentori on käytettävissä. Muiden kuntien kannattaa aloittaa muutamalla alalla ja laajentaa vasta, kun opettajien ja työpaikkojen yhteistyö toimii. Materiaalit ovat vapaasti saatavilla Innokylässä.'),
 ('h1', 'Yhteystiedot'),
 ('p', 'Projektipäällikkö Aino Lehtola, Vihervaaran kaupunki, aino.lehtola@vihervaara.fi, puh. 044 719 2280'),
 ('p', 'Kansalaisopiston rehtori Markus Ojanen, markus.ojanen@vihervaara.fi'),
]
if __name__ == '__main__':
    name = 'r3-08-kielipolku-loppuraportti'
    open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8').write(render_text(I, md=False))
    save_expected(name, 'loppuraportti', [])
    print('d8', words(I))

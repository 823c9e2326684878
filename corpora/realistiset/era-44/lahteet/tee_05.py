import sys; sys.path.insert(0, '/tmp/batches/era-44/lahteet')
from apu import *
d = uusi()
yla_ala(d, 'Nuorten Asuntopolku ry', 'Arviointisuunnitelma – päivitetty 20.2.2026')
d.add_heading('Oma ovi -hanke: arviointisuunnitelma', 0)
sdt(d, 'Hankkeen toteutusaika: 1.1.2026–31.12.2027', 'Toteutusaika')
sdt(d, 'Hallinnoija: Nuorten Asuntopolku ry, Vaskiniemi', 'Hallinnoija')
H(d, '1. Tausta, tavoitteet ja kohderyhmä')
P(d, 'Oma ovi -hanke tukee 18–29-vuotiaita nuoria, jotka muuttavat ensimmäiseen omaan vuokra-asuntoonsa lastensuojelun jälkihuollosta, tukiasunnosta tai asunnottomuuden jälkeen. Vaskiniemessä nuorten vuokrasopimuksista purettiin vuonna 2024 lähes joka kymmenes ensimmäisen vuoden aikana. Hankkeen kohderyhmä ovat nämä nuoret (noin 120 nuorta hankeaikana).')
P(d, 'Hankkeen tavoitteet ja niiden toteutus on koottu taulukkoon:')
taulukko(d, [
 ['Tavoite', 'Toimenpiteet', 'Mittarit ja aineisto'],
 ['Nuorten vuokrasuhteet säilyvät ensimmäisen asumisvuoden ajan.', 'Asumisvalmentajan tuki muuttovaiheessa ja ensimmäisen vuoden ajan, kotikäynnit 2–4 viikon välein.', 'Purettujen vuokrasopimusten osuus, vuokrarästien määrä (asiakastietojärjestelmä).'],
 ['Nuorten arjen taidot (raha-asiat, asumisen säännöt) vahvistuvat.', 'Pienryhmät ja yksilöohjaus raha-asioista, asumisen pelisäännöistä ja naapurisovusta.', 'Asumisvalmentajan arvio arjen taidoista arviointilomakkeella jakson alussa ja lopussa.'],
 ['Vuokranantajien ja sosiaalitoimen yhteistyö nuoren asumisen tukemisessa sujuvoituu.', 'Yhteiset asiakaspalaverit, sovittu ilmoitusmenettely maksuhäiriöistä.', 'Ilmoitusten määrä ja käsittelyaika, yhteistyötahojen haastattelut.'],
])
P(d, '')
H(d, '2. Arvioinnin menetelmät')
B(d, 'Itsearviointi')
P(d, 'Hanketiimi arvioi omaa työtään neljännesvuosittain arviointipalaverissa, jossa käydään läpi mittaritiedot ja asumisvalmentajien havainnot. Työntekijät pitävät työskentelystään oppimispäiväkirjaa.')
B(d, 'Ulkoinen arviointi')
P(d, 'Ulkoisen arvioinnin tekee Arviointiosuuskunta Luotain. Arvioija tekee väliarvion syksyllä 2026 ja loppuarvion syksyllä 2027. Aineistona ovat hankkeen rekisteritiedot, työntekijöiden oppimispäiväkirjat sekä vuokranantajien ja sosiaalitoimen työntekijöiden haastattelut.')
B(d, 'Aineistonkeruun aikataulu')
bullets(d, [
 'Tammi–maaliskuu 2026: lähtötason rekisteritiedot ja arjen taitojen alkuarviot.',
 'Neljännesvuosittain: mittaritiedot asiakastietojärjestelmästä.',
 'Syyskuu 2026: yhteistyötahojen haastattelut (väliarvio).',
 'Syys–lokakuu 2027: toiset haastattelut, arjen taitojen loppuarviot, loppuarvio.',
])
H(d, '3. Raportointi ja arviointitiedon käyttö')
p = P(d, 'Arviointitiedot raportoidaan ohjausryhmälle ')
dele(p, 'kahdesti vuodessa. ')
ins(p, 'syyskuussa 2026, maaliskuussa 2027 ja joulukuussa 2027, ja ohjausryhmä päättää niiden perusteella toiminnan painotuksista.', author='Jussi T.', date='2026-02-20T13:40:00Z')
P(d, 'Ulkoisen arvioijan väli- ja loppuraportti toimitetaan rahoittajalle.')
H(d, '4. Tulosten hyödyntäminen')
P(d, 'Hankkeen viimeisenä puolivuotena, syksyllä 2027, asumisvalmennuksen malli kuvataan ja sitä esitellään Vaskiniemen kaupungin sosiaalitoimelle ja alueen vuokranantajille. Pyrimme siihen, että kaupunki sisällyttää asumisvalmennuksen jälkihuollon palveluihin vuodesta 2028 alkaen.')
d.save('/tmp/batches/era-44/05_arviointisuunnitelma_nuorten_asuminen.docx')

from apu import *
OUT = '/work/main/corpora/realistiset/era-17/lahteet/'

def build():
    d = Document()
    d.add_heading('Lukupolku-hankkeen arviointisuunnitelma', 0)
    paras(d, """
Sammalmäen kaupunginkirjasto – opetus- ja kulttuuriministeriön yleisten kirjastojen kehittämisavustus (OKM/kirjastojen kehittämishankkeet 2025)
Hankeaika 1.8.2025–31.12.2026 · Arviointisuunnitelma hyväksytty ohjausryhmässä 9.9.2025
""")
    d.add_heading('1 Hanke lyhyesti', 1)
    paras(d, """
Lukupolku-hanke kehittää Sammalmäen kaupunginkirjaston ja perusopetuksen yhteistä lukemisen edistämisen mallia vuosiluokille 3–6. Lähtökohtana on PISA 2022 -tulosten ja kaupungin oman kouluterveyskyselyn huoli: yhä harvempi alakoululainen lukee vapaa-ajallaan, ja kirjastokortin haltijoiden osuus 9–12-vuotiaista laski kaupungissa 71 prosentista (2019) 58 prosenttiin (2024). Hankkeessa kokeillaan luokkien säännöllisiä kirjastokäyntejä, kirjavinkkausta, lukudiplomin digitaalista versiota ja huoltajille suunnattuja lukuiltoja neljässä koulussa.
""")
    d.add_heading('2 Tavoitteet ja arvioinnin kohteet', 1)
    paras(d, 'Arviointi rakentuu hankesuunnitelman kolmen tavoitteen varaan. Taulukko kokoaa, mitä kustakin tavoitteesta kysytään, millä menetelmällä tietoa kerätään ja milloin.')
    table(d, [
        ['Tavoite', 'Arviointikysymys', 'Menetelmä ja aineisto', 'Ajankohta'],
        ['1. Oppilaiden lukuinnostus ja vapaa-ajan lukeminen lisääntyvät.', 'Lukevatko oppilaat enemmän ja kokevatko he lukemisen mieluisammaksi?', 'Oppilaskysely (lukumotivaatio, lukemisen määrä) kaikille pilottiluokkien oppilaille; lainausmäärät pilottikoulujen oppilaiden kirjastokorteilta', 'Lähtökysely 9/2025, loppukysely 11/2026; lainaustiedot puolivuosittain'],
        ['2. Kirjaston ja koulujen yhteistyöstä tulee suunnitelmallista ja säännöllistä.', 'Toteutuvatko sovitut kirjastokäynnit ja vinkkaukset, ja miten opettajat kokevat yhteistyön?', 'Kirjastokäyntien ja vinkkausten seurantataulukko; opettajien ryhmähaastattelut; kirjaston henkilöstön reflektiopäiväkirja', 'Seuranta kuukausittain; haastattelut 3/2026 ja 10/2026'],
        ['3. Huoltajat tukevat lasten lukemista kotona.', 'Osallistuvatko huoltajat lukuiltoihin ja saavatko he niistä keinoja?', 'Lukuiltojen osallistujamäärät ja lyhyt palautelomake; huoltajakysely Wilmassa', 'Jokaisen illan jälkeen; kysely 5/2026 ja 11/2026'],
    ])
    d.add_heading('3 Keiden näkökulmasta arvioidaan?', 1)
    paras(d, """
Arvioinnin keskeinen kohderyhmä ovat pilottiluokkien noin 240 oppilasta, heidän opettajansa (14) ja huoltajat. Lisäksi arviointiin osallistuvat kirjaston lasten- ja nuortenosaston kuusi työntekijää. Oppilaat eivät ole vain vastaajia: jokaisesta pilottiluokasta valitaan kaksi lukulähettilästä, jotka osallistuvat kahteen arviointityöpajaan (2/2026 ja 10/2026) ja kertovat, mikä heidän mielestään toimi ja mikä ei.
""")
    d.add_heading('4 Arvioinnin toteutus ja menetelmät', 1)
    paras(d, """
Arviointi on sekä itsearviointia että ulkoista arviointia. Itsearvioinnista vastaa hankkeen projektisuunnittelija yhdessä hanketyöryhmän kanssa. Hanketyöryhmä käy seurantatiedot läpi kuukausittaisissa palavereissa ja pitää kaksi itsearviointityöpajaa (tammikuu 2026 ja marraskuu 2026), joissa toimintaa peilataan tavoitteisiin ja tehdään tarvittavat muutokset.

Ulkoisena arvioijana toimii Tutkimusosuuskunta Kartta, joka on valittu hankintamenettelyllä elokuussa 2025. Ulkoinen arvioija analysoi oppilas- ja huoltajakyselyt, toteuttaa opettajien ryhmähaastattelut ja lukulähettiläiden työpajat sekä laatii arviointiraportin joulukuussa 2026. Ulkoiseen arviointiin on varattu 9 800 euroa.

Kyselyissä käytetään samoja kysymyksiä alussa ja lopussa, jotta muutosta voidaan verrata. Oppilaskysely tehdään tunnilla paperilla tai tabletilla, ja 3.-luokkalaisille kysymykset luetaan ääneen. Aineistot käsitellään tietosuojaselosteen mukaisesti, ja tulokset raportoidaan niin, ettei yksittäistä oppilasta voi tunnistaa.
""")
    d.add_heading('5 Arviointitiedon hyödyntäminen ja raportointi', 1)
    paras(d, """
Arviointitieto on mukana hankkeen ohjauksessa alusta asti: lähtökyselyn tulokset käsitellään lokakuussa 2025 ohjausryhmässä, ja niiden perusteella tarkennetaan, mihin luokkiin ja teemoihin vinkkaus kohdistetaan. Ohjausryhmä saa seurantatiedot jokaiseen kokoukseensa.

Tavoitteena on, että toimiviksi todetut käytännöt jäävät pysyviksi. Siksi juurruttamista valmistellaan hankkeen alusta lähtien: sivistysjohtaja ja kirjastotoimenjohtaja ovat ohjausryhmän jäseniä, ja kirjaston ja koulujen yhteistyösuunnitelma päivitetään syksyllä 2026 arvioinnin tulosten pohjalta. Kirjastotoimenjohtaja vastaa siitä, että säännölliset luokkakäynnit kirjataan kirjaston palvelusuunnitelmaan vuodelle 2027.

Arviointiraportti liitetään hankkeen loppuselvitykseen opetus- ja kulttuuriministeriölle, ja tulokset esitellään Varsinais-Suomen alueellisen kehittämistehtävän kirjastopäivillä ja kirjaston verkkosivuilla. Lukudiplomin digitaalinen versio ja vinkkausmateriaalit julkaistaan avoimesti muiden kirjastojen käyttöön.
""")
    d.add_heading('6 Arvioinnin aikataulu', 1)
    table(d, [
        ['Ajankohta', 'Arviointitoimenpide'],
        ['9/2025', 'Lähtökysely oppilaille; seurantataulukon käyttöönotto'],
        ['10/2025', 'Lähtötulokset ohjausryhmälle'],
        ['1/2026', 'Ensimmäinen itsearviointityöpaja'],
        ['2–3/2026', 'Lukulähettiläiden työpaja, opettajien ryhmähaastattelu'],
        ['5/2026', 'Huoltajakysely'],
        ['10–11/2026', 'Toinen haastattelukierros, loppukyselyt, toinen itsearviointityöpaja'],
        ['12/2026', 'Ulkoisen arvioinnin raportti; loppuselvitys'],
    ])
    d.save(OUT + '03_lukupolku_arviointisuunnitelma.docx')
    return {"doc_type": "arviointisuunnitelma", "findings": []}

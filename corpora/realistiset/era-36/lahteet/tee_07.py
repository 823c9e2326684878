import sys; sys.path.insert(0, sys.path[0])
from ooxml import *
d = uusi()
d.add_heading('Arviointisuunnitelma', 0)
P(d, 'Hanke: Sähköinen lupa-asiointi Pohjanvaaran kunnassa (1.1.2026–31.12.2027)')
P(d, 'Hyväksytty ohjausryhmässä 9.12.2025')
H(d, '1 Hankkeen lähtökohdat ja tavoitteet')
P(d, 'Pohjanvaaran rakennus- ja ympäristöluvat haetaan nyt paperilomakkeilla, ja käsittelyaika on '
     'keskimäärin kymmenen viikkoa. Hankkeessa otetaan käyttöön sähköinen lupapalvelu. Kohderyhmänä ovat '
     'kunnan asukkaat ja yritykset, jotka hakevat lupia.')
P(d, 'Hankkeen päätavoitteena on, että lupa-asiointi siirtyy verkkoon ja nopeutuu. Tämä jakautuu kahteen osaan:')
L(d, ['lupahakemuksista valtaosa jätetään sähköisesti', 'lupien käsittelyaika lyhenee puoleen nykyisestä'])
H(d, '2 Toimenpiteet lyhyesti')
P(d, 'Kunta hankkii sähköisen lupapalvelun, siirtää lomakkeet siihen ja kouluttaa käsittelijät. '
     'Käsittelyprosessi kuvataan uudelleen, ja turhat kierrätysvaiheet poistetaan. Asukkaille laaditaan '
     'videotallenteet palvelun käytöstä.')
H(d, '3 Arvioinnin menetelmät')
P(d, 'Arviointi perustuu ensisijaisesti lupajärjestelmän tilastoihin: seuraamme sähköisten hakemusten osuutta '
     'kaikista hakemuksista kuukausittain sekä käsittelyaikaa hakemuksen saapumisesta päätökseen. '
     'Vertailukohtana ovat vuoden 2025 paperihakemukset.')
P(d, 'Itsearviointina lupakäsittelijät pitävät puolivuosittain työpajan, jossa he arvioivat uuden prosessin '
     'sujuvuutta ja kirjaavat kehittämisehdotukset. Ulkoisen arvioinnin tekee ammattikorkeakoulu '
     'Pohjoisranta, joka haastattelee lupakäsittelijöitä ja esimiehiä ja analysoi järjestelmätiedot '
     'loppuvaiheessa.')
H(d, '4 Aineistonkeruun aikataulu')
taulukko(d, [['Aineisto', 'Ajankohta'], ['Lähtötason tilastot', 'tammi–helmikuu 2026'],
             ['Itsearviointityöpajat', 'kesäkuu 2026, joulukuu 2026, kesäkuu 2027'],
             ['Ulkoisen arvioijan haastattelut', 'syyskuu 2027'], ['Järjestelmätilastot', 'kuukausittain']])
H(d, '5 Arviointitiedon käyttö')
P(d, 'Kuukausitilastot käsitellään lupatiimin palaverissa, ja niiden perusteella palvelun ohjeita ja lomakkeita '
     'korjataan. Arvioinnin tulokset raportoidaan ohjausryhmälle ja rahoittajalle loppuraportissa.')
P(d, 'Tulosten juurruttaminen toteutetaan hankkeen viimeisellä neljänneksellä loka–joulukuussa 2027, jolloin '
     'rakennusvalvonnan päällikkö laatii palvelun ylläpitosuunnitelman ja toimintamalli esitellään '
     'naapurikunnille seminaarissa.')
d.save(sys.argv[1])

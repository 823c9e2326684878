import sys; sys.path.insert(0, sys.path[0])
from ooxml import *
d = uusi()
d.add_heading('Projektisuunnitelma – Asiointi yhdestä ovesta: Kuusirannan kaupungin chat- ja ajanvarauspalvelu', 0)
P(d, 'Hakija: Kuusirannan kaupunki, keskushallinto / digipalvelut. Päivätty 3.10.2025.')
B(d, 'Lähtötilanne')
P(d, 'Kuusirannan kaupungin asiakaspalveluun tulee vuodessa noin 60 000 puhelua, joista puolet koskee '
     'samoja asioita: laskuja, tilavarauksia ja rakennuslupien tilannetta. Puhelinjonot ovat ruuhka-aikoina '
     'yli 20 minuuttia, eikä asukkailla ole mahdollisuutta asioida iltaisin. Vuoden 2024 asiakaskyselyssä '
     'sähköisen asioinnin puute oli yleisin moite.')
B(d, 'Kenelle palvelu tehdään')
P(d, 'Kohderyhmänä ovat kaupungin asukkaat ja yritykset, erityisesti työikäiset, jotka haluavat hoitaa asiansa '
     'virka-ajan ulkopuolella. Toinen kohderyhmä ovat asiakaspalvelun kymmenen neuvojaa.')
B(d, 'Tavoitteet')
L(d, ['Asukkaat saavat vastauksen yleisimpiin kysymyksiin verkossa ympäri vuorokauden.',
      'Tilojen ja neuvonta-aikojen varaaminen onnistuu sähköisesti ilman puhelua.',
      'Neuvojien työaikaa vapautuu vaativampaan asiakastyöhön.'], 'List Number')
B(d, 'Toteutus')
P(d, 'Työpaketti A (verkkoneuvonta): rakennetaan kaupungin verkkosivuille chat-palvelu, jossa '
     'usein kysyttyihin kysymyksiin vastaa ensin ohjattu kysymyspuu ja tarvittaessa neuvoja. Neuvojat '
     'kirjoittavat vastauspankin 150 yleisimpään kysymykseen.')
P(d, 'Työpaketti B (sähköinen varaaminen): otetaan käyttöön ajanvarauskalenteri liikuntatiloille, '
     'kokoustiloille ja rakennusvalvonnan neuvonta-ajoille, ja se liitetään Suomi.fi-tunnistukseen.')
P(d, 'Työpaketti C (työn uudelleenjako): neuvojien työvuorot suunnitellaan uudelleen niin, että osa ajasta '
     'kohdennetaan vaativiin tapauksiin ja kotikäynteihin ikääntyneiden luona.')
B(d, 'Aikataulu')
P(d, 'Hanke toteutetaan 1.3.2026–31.12.2027. Kevät 2026: määrittely ja hankinta. Syksy 2026: chat-palvelun '
     'pilotti rakennusvalvonnassa. Kevät 2027: ajanvarauskalenteri käyttöön kaikissa kohteissa. '
     'Syksy 2027: työvuorojen uudelleenjako. Hankkeen loppuarviointi ja loppuraportin kirjoittaminen '
     'marras–joulukuussa 2029.')
B(d, 'Kustannukset')
P(d, 'Kustannusarvio on yhteensä 240 000 euroa: ohjelmistot ja käyttöönotto 110 000 euroa, projektipäällikön ja '
     'suunnittelijan palkat 115 000 euroa sekä koulutus ja viestintä 15 000 euroa.')
B(d, 'Seuranta ja mittarit')
P(d, 'Verkkoneuvonnan onnistumista mitataan chat-keskustelujen määrällä ja sillä, kuinka moni keskustelu '
     'ratkeaa ilman siirtoa neuvojalle. Varausten osalta seurataan sähköisten varausten osuutta kaikista '
     'varauksista. Henkilöstön ajankäyttöä verrataan työajanseurannalla ennen ja jälkeen uudistuksen, ja '
     'neuvojilta kysytään kahdesti, onko vaativalle asiakastyölle jäänyt enemmän aikaa.')
B(d, 'Odotetut tulokset')
P(d, 'Puhelujen määrän arvioidaan laskevan kolmanneksella, ja asukkaat voivat hoitaa tavallisimmat asiat '
     'itse verkossa. Hankkeesta jää kaupungille toimiva chat- ja varauspalvelu sekä vastauspankki.')
B(d, 'Juurruttaminen ja levittäminen')
P(d, 'Juurruttaminen alkaa jo hakuvaiheessa, sillä neuvojat ovat olleet mukana kokoamassa yleisimpiä kysymyksiä. '
     'Hankkeen alusta alkaen kerromme etenemisestä henkilöstöinfoissa ja kaupungin verkkosivuilla. '
     'Rakennusvalvonnan pilotin kokemusten pohjalta palvelua sovitetaan muiden toimialojen tarpeisiin. '
     'Tulokset esitellään kaupunginhallitukselle, jotta sähköinen asiointi kirjataan kaupungin '
     'digitalisaatio-ohjelmaan, ja tavoitteena on, että palvelu jää pysyväksi osaksi asiakaspalvelua.')
P(d, 'Projektipäällikkö vastaa palvelun ylläpitoon liittyvien ohjeiden laatimisesta ja jatkosuunnitelmasta, ja '
     'hankkeen suunnittelija vastaa vastauspankin päivittämisestä. Juurruttamistyöhön on varattu '
     'suunnittelijan työajasta neljännes. Kokemukset jaetaan Innokylässä ja Kuntaliiton digiverkoston '
     'webinaarissa.')
B(d, 'Organisointi ja riskit')
P(d, 'Hanketta hallinnoi Kuusirannan kaupungin keskushallinto. Riskinä on järjestelmätoimittajan '
     'viivästyminen, mihin varaudutaan sopimussakoilla ja vaiheistamalla hankinta.')
B(d, 'Viestintä')
P(d, 'Asukkaille kerrotaan uusista palveluista kaupungin tiedotteilla, somekanavissa ja kirjastojen näytöillä. Neuvojat kertovat chatista myös puhelinasiakkaille, ja käyttöönotosta tehdään lehdistötiedote.')
d.save(sys.argv[1])

import sys; sys.path.insert(0, '/tmp/batches/era-44/lahteet')
from apu import *
d = uusi()
yla_ala(d, 'Lehtovaaran kunta, vanhus- ja vammaispalvelut', 'Käsitelty perusturvalautakunnassa 3.12.2025 § 88')
d.add_heading('Turvallisesti kotona – hankesuunnitelma', 0)
P(d, 'Ikääntyneiden kotona asumisen tukihanke 2026–2028. Laatija: vanhuspalvelujen kehittämistiimi. Versio 1.2 / 25.11.2025.')
H(d, 'Miksi hanke tarvitaan?', 2)
P(d, 'Lehtovaaran 75 vuotta täyttäneistä asuu kotona noin 91 prosenttia, ja osuuden halutaan pysyvän korkeana. Tilastokeskuksen väestöennusteen mukaan yli 80-vuotiaiden määrä kunnassa kasvaa vuoteen 2035 mennessä lähes puolella. Kotihoidon asiakaskyselyssä (2024) joka kolmas vastaaja kertoi pelkäävänsä kaatumista kotona, ja kotitapaturmien vuoksi tehtiin vuonna 2024 yhteensä 164 päivystyskäyntiä.')
P(d, 'Nykyisin kodin muutostöitä ja apuvälineitä mietitään yleensä vasta kaatumisen tai sairaalajakson jälkeen. Haluamme kääntää järjestyksen.')
H(d, 'Mitä tavoittelemme?', 2)
bullets(d, [
 'Kotona asuvien yli 75-vuotiaiden kodin turvallisuus arvioidaan ennakoivasti ennen kuin tapaturmia sattuu.',
 'Ikääntyneet ja heidän omaisensa tietävät, mistä saa apua kodin muutostöihin ja apuvälineisiin.',
 'Kotihoidon, kotikuntoutuksen ja kunnan teknisen toimen yhteinen toimintatapa kodin muutostöissä sovitaan ja otetaan käyttöön.',
])
H(d, 'Keitä hanke palvelee?', 2)
P(d, 'Kohderyhmä ovat kotona asuvat yli 75-vuotiaat lehtovaaralaiset ja heidän omaisensa, arviolta 900 henkilöä, sekä kotihoidon ja kotikuntoutuksen työntekijät (noin 60 henkilöä).')
H(d, 'Miten teemme sen?', 2)
P(d, 'Kotikuntoutuksen fysioterapeutti ja hankkeen kotiturvallisuusohjaaja tekevät ennakoivia kotikäyntejä, joilla käydään läpi kodin turvallisuus tarkistuslistan avulla: kynnykset, valaistus, kylpyhuone, portaat. Käynnille kutsutaan kaikki 75 vuotta täyttävät ja kotihoidon uudet asiakkaat.')
P(d, 'Kirjastoissa, kylätaloilla ja eläkeläisjärjestöjen tilaisuuksissa pidetään neuvontatilaisuuksia apuvälineistä ja asuntojen korjausavustuksista, ja omaisille tehdään selkokielinen opas.')
P(d, 'Kotihoito, kotikuntoutus ja tekninen toimi sopivat yhteisessä työpajasarjassa, miten muutostyötarve ilmoitetaan, kuka sen arvioi ja kuka tilaa työn. Toimintatapa kirjataan kotihoidon prosessikuvaukseen.')
H(d, 'Milloin?', 2)
P(d, 'Hankeaika on 1.4.2026–31.3.2028.')
taulukko(d, [
 ['Ajankohta', 'Mitä tapahtuu'],
 ['Huhti–kesäkuu 2026', 'Ohjaajan rekrytointi, tarkistuslistan laadinta, työpajasarjan aloitus'],
 ['Syksy 2026 – talvi 2028', 'Ennakoivat kotikäynnit ja neuvontatilaisuudet'],
 ['Kevät 2027', 'Omaisten oppaan julkaisu'],
 ['Lokakuu 2028', 'Loppuseminaari ja kokemusten kokoaminen'],
])
P(d, '')
H(d, 'Mitä se maksaa?', 2)
P(d, 'Kokonaiskustannusarvio on 212 000 €, josta henkilöstökulut 176 000 €, pienapuvälineiden kokeilu 14 000 €, neuvontatilaisuudet ja opas 12 000 € sekä matkat 10 000 €. Kunnan omarahoitusosuus on 20 %.')
H(d, 'Kuka tekee ja kenen kanssa?', 2)
P(d, 'Hankkeen omistaa Lehtovaaran kunnan vanhus- ja vammaispalvelut. Hankkeeseen palkataan kotiturvallisuusohjaaja (100 %) ja kotikuntoutuksesta irrotetaan fysioterapeutin työpanosta 40 %. Ohjausryhmän puheenjohtaja on vanhuspalvelujen johtaja; jäseninä ovat kotihoidon esihenkilö, teknisen toimen rakennusmestari, vanhusneuvoston edustaja ja Lehtovaaran Eläkeläiset ry:n edustaja.')
H(d, 'Miten seuraamme onnistumista?', 2)
P(d, 'Ennakoivien kotikäyntien määrää ja niillä havaittuja korjaustarpeita seurataan kuukausittain. Kotitapaturmien vuoksi tehtyjä päivystyskäyntejä verrataan vuoden 2024 tasoon.')
P(d, 'Neuvontatilaisuuksien osallistujilta ja oppaan käyttäjiltä kysytään lyhyellä kyselyllä, tietävätkö he nyt, mistä apua saa. Yhteisen toimintatavan käyttöönottoa seurataan muutostyöilmoitusten käsittelyajalla ilmoituksesta työn tilaamiseen sekä työntekijäkyselyllä hankkeen lopussa.')
H(d, 'Mitä odotamme saavamme aikaan?', 2)
P(d, 'Tuloksena on ennakoivan kotiturvallisuuskäynnin malli, omaisten opas ja yhteinen toimintatapa muutostöihin. Odotamme, että kotitapaturmat vähenevät ja että ikääntyneet voivat asua kotona turvallisesti pidempään.')
H(d, 'Miten toiminta jatkuu hankkeen jälkeen?', 2)
P(d, 'Jatkoa on mietitty jo suunnitteluvaiheessa: ennakoiva kotikäynti rakennetaan hankkeen alusta lähtien osaksi kotikuntoutuksen nykyistä työtä eikä erilliseksi hankepalveluksi. Kerromme tuloksista säännöllisesti henkilöstölle ja vanhusneuvostolle. Tarkistuslistaa muokataan kokemusten perusteella myös muistisairaiden ja omaishoitoperheiden tarpeisiin. Naapurikunta Kallioniemi on lupautunut kokeilemaan mallia kotihoidossaan vuonna 2027. Lopuksi ennakoiva kotikäynti kirjataan kunnan vanhuspalvelusuunnitelmaan ja kotikuntoutuksen vakituisiin tehtäviin.')
P(d, 'Lehtovaaran kunnan vanhuspalvelujen johtaja vastaa siitä, että ennakoivat kotikäynnit jatkuvat kotikuntoutuksen perustyönä hankkeen päätyttyä. Jatkon valmisteluun varataan hankkeen viimeisenä puolivuotena 30 % kotiturvallisuusohjaajan työajasta.')
H(d, 'Miten tuloksista kerrotaan?', 2)
P(d, 'Kerromme hankkeesta kunnan verkkosivuilla, paikallislehdessä ja eläkeläisjärjestöjen kokouksissa. Malli ja tarkistuslista julkaistaan Innokylässä, ja kokemuksia esitellään loppuseminaarissa.')
d.save('/tmp/batches/era-44/lahteet/03_hankesuunnitelma_kotiturvallisuus.docx')

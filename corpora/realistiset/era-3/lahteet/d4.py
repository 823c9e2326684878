from apu import *
I = [
 ('title', 'Taidepolku – hankesuunnitelma'),
 ('p', 'Keskijärven kunta, sivistyspalvelut. Luonnos 3.3.2026, versio 2. Liitteenä haettaessa lastenkulttuurin kehittämisavustusta.'),
 ('b', 'Miksi tätä tarvitaan?'),
 ('p', 'Keskijärvellä on 1 140 alle 16-vuotiasta lasta, ja heistä joka kolmas käy koulua jossakin neljästä kyläkoulusta. Kunnan kulttuuritoimen kävijätilastojen mukaan vuonna 2024 koululuokista vain 38 prosenttia kävi lukuvuoden aikana yhdessäkään taide- tai kulttuurilaitoksessa, ja kyläkoulujen luokista osuus oli 14 prosenttia. Matkat kirkonkylän kirjastoon, museoon ja nuorisotalon esiintymistilaan ovat pitkiä, eikä koulujen kuljetusmäärärahoihin ole varattu retkiä.'),
 ('p', 'Lokakuussa 2025 pidetyssä rehtorikokouksessa todettiin, että kulttuurikasvatus on jäänyt yksittäisten innokkaiden opettajien varaan. Osa lapsista käy peruskoulunsa aikana teatterissa useita kertoja, osa ei kertaakaan. Perheille suunnatut kyselyt kertovat samaa: kyläkoulujen vanhemmista 61 prosenttia toivoi lapselleen enemmän taidekokemuksia.'),
 ('b', 'Mitä haluamme saada aikaan'),
 ('p', 'Haluamme, että jokainen keskijärveläinen lapsi esiopetuksesta yhdeksännelle luokalle pääsee vähintään kahdesti lukuvuodessa kokemaan taidetta tai kulttuuriperintöä koulupäivän aikana, asuinpaikasta riippumatta. Tämä on hankkeen ydin, ja sen varaan rakennamme kunnan oman kulttuuripolun.'),
 ('p', 'Yksin käynnit eivät riitä. Toiseksi tavoitteenamme on, että opettajat ja varhaiskasvatuksen työntekijät kokevat osaavansa käyttää taiteen menetelmiä omassa opetuksessaan ja kytkeä polun käynnit opetussuunnitelman sisältöihin. Nyt moni opettaja kertoo jättävänsä taideprojektit väliin, koska ei tiedä, mistä aloittaa.'),
 ('p', 'Kolmas asia koskee kyliä. Hankkeen myötä syrjäkylien lasten ja heidän perheidensä mahdollisuus osallistua kulttuuriin paranee niin, että kyläkoulujen lapset eivät enää jää jälkeen kirkonkylän lapsista.'),
 ('p', 'Näistä kolmesta asiasta syntyy kokonaisuus, jonka kunnan on tarkoitus pitää yllä myös hankkeen jälkeen.'),
 ('b', 'Kenelle hanke on?'),
 ('p', 'Hanke on Keskijärven esiopetuksen ja perusopetuksen lapsille (noin 920 lasta), heidän opettajilleen ja varhaiskasvattajilleen (noin 85 henkilöä) sekä kyläkoulujen perheille. Mukana ovat myös alueen taiteilijat ja kulttuuritoimijat, joille hanke tarjoaa työtilaisuuksia.'),
 ('b', 'Näin teemme'),
 ('p', 'Kulttuuritoimi ja koulut laativat syksyllä 2026 yhdessä kulttuuripolun: jokaiselle luokka-asteelle nimetään kaksi käyntiä tai vierailua, esimerkiksi kolmasluokkalaisille kotiseutumuseon käsityöpaja ja kuudesluokkalaisille teatteriesitys. Paikallisten toimijoiden kanssa tehdään vuosisopimukset, ja kuljetukset kilpailutetaan kerralla koko lukuvuodeksi.'),
 ('p', 'Opettajille järjestetään taiteilija–opettaja-työpareja: taiteilija työskentelee luokassa viiden viikon jakson opettajan kanssa, ja jakson jälkeen opettaja jatkaa menetelmän käyttöä itse. Lukuvuoden aikana työpareja on kymmenen. Lisäksi pidetään kaksi koko henkilöstön koulutusiltapäivää.'),
 ('p', 'Kyliin viedään Taidebussi: kerran kuukaudessa kiertävä taiteilija tai esiintyjä käy kyläkoululla koulupäivän aikana ja pitää illalla perheille avoimen työpajan. Kuljetuksia järjestetään kylistä myös kirkonkylän viikonlopputapahtumiin.'),
 ('b', 'Milloin?'),
 ('tb', ['Aikataulu', 'Hankeaika 1.8.2026–31.7.2028.', 'Syksy 2026: kulttuuripolun laatiminen, sopimukset ja kuljetusten kilpailutus, ensimmäiset työparit.', 'Kevät 2027: polku käytössä kaikissa kouluissa, Taidebussi aloittaa.', 'Lukuvuosi 2027–2028: toinen polkuvuosi, kokemusten kokoaminen.', 'Kevät 2028: sivistyslautakunnan päätös polun jatkosta, loppuraportti.']),
 ('b', 'Raha'),
 ('p', 'Kustannusarvio on yhteensä 148 000 euroa. Haemme avustusta 103 600 euroa (70 %), ja kunnan omarahoitus on 44 400 euroa. Suurimmat erät ovat taiteilijapalkkiot (62 000 €), kuljetukset (38 000 €) ja kulttuurituottajan osa-aikainen palkka (36 000 €).'),
 ('b', 'Kuka tekee'),
 ('p', 'Hanketta johtaa Keskijärven sivistysjohtaja Heli Rantanen. Käytännön työstä vastaa kulttuurituottaja (60 %), joka palkataan hankkeeseen. Ohjausryhmässä ovat kaksi rehtoria, varhaiskasvatuksen päällikkö, kulttuurisihteeri, kotiseutumuseon johtaja, kaksi vanhempien edustajaa ja oppilaskunnan edustaja.'),
 ('b', 'Miten tiedämme onnistuneemme?'),
 ('p', 'Kulttuurituottaja kirjaa jokaisen polkukäynnin luokittain, joten näemme lukuvuoden lopussa, kuinka moni luokka sai kaksi käyntiä. Tavoite on, että kaikki luokat saavat ne. Opettajille tehdään kysely hankkeen alussa elokuussa 2026 ja uudelleen toukokuussa 2028; siinä kysytään, kuinka varmaksi he kokevat itsensä taiteen menetelmien käyttäjinä ja kuinka usein he käyttävät niitä. Kyläkouluissa lasketaan Taidebussin työpajoihin osallistuneet lapset ja perheet sekä verrataan kyläkoulujen ja kirkonkylän luokkien käyntimääriä. Lapsilta kerätään palaute kuvin ja hymiöin jokaisen käynnin jälkeen, ja oppilaskunnat arvioivat polkua kerran vuodessa.'),
 ('b', 'Mitä jää käteen'),
 ('p', 'Tuloksena on kirjattu kulttuuripolku, joka liitetään opetussuunnitelman paikalliseen osaan, toimivat sopimukset paikallisten toimijoiden kanssa, kymmenen opettajaa, jotka ovat työskennelleet taiteilijan parina, ja kyläkoulujen perheille vakiintunut tapa kohdata taidetta omassa kylässä. Pidemmällä aikavälillä lapset kasvavat kulttuurin käyttäjiksi ja kylien yhteisöllisyys vahvistuu.'),
 ('b', 'Kuka jatkaa, kun hanke loppuu?'),
 ('p', 'Polun jatkuvuutta on valmisteltu jo hakemusta tehtäessä: rehtorit, kulttuurisihteeri ja sivistysjohtaja sopivat valmistelukokouksessa, että kulttuuripolku kirjataan opetussuunnitelmaan ja sen kuljetuskustannukset siirretään sivistystoimen talousarvioon hankkeen päätyttyä. Jatkosta vastaa Keskijärven kunnan sivistysjohtaja, ja polun vuosittaisesta päivittämisestä vastaa kunnan kulttuurisihteeri.'),
 ('b', 'Viestintä ja levittäminen'),
 ('p', 'Viestimme polusta alusta alkaen koulujen Wilma-tiedotteissa, kunnan verkkosivuilla ja paikallislehdessä, jotta perheet tietävät, mitä lapset kokevat. Toisena lukuvuonna polkua muokataan varhaiskasvatuksen ja erityisluokkien tarpeisiin sopivaksi. Keväällä 2028 esittelemme mallin maakunnan lastenkulttuuriverkoston seminaarissa ja tarjoamme sitä kahdelle naapurikunnalle kokeiltavaksi; mallin kuvaus julkaistaan myös Innokylässä. Lopuksi sivistyslautakunta päättää polun vakinaistamisesta keväällä 2028, jotta se on käytössä lukuvuonna 2028–2029 ilman hankerahaa. Kulttuurituottajan työajasta viidennes on viimeisellä lukukaudella varattu juurruttamiseen, ja budjetissa on 3 000 euroa materiaalien ja seminaarin kuluihin.'),
 ('b', 'Mikä voi mennä pieleen'),
 ('p', 'Kuljetusten hinnat voivat nousta, jolloin käyntejä joudutaan yhdistämään niin, että kaksi luokkaa matkustaa samalla kyydillä. Opettajien kiire voi estää työparijaksot; siksi jaksot sovitaan jo edellisenä keväänä lukuvuoden suunnittelun yhteydessä. Jos kunnan talous kiristyy, polun jatko voi vaarantua, ja tähän varaudumme tuomalla polun kustannukset lautakunnalle tiedoksi jo ensimmäisen vuoden talousarviokäsittelyssä.'),
]
if __name__ == '__main__':
    name = 'r3-04-taidepolku-hankesuunnitelma'
    render_docx(new_doc(), I).save(os.path.join(OUT, name + '.docx'))
    save_expected(name, 'hankesuunnitelma', [])
    print('d4', words(I))

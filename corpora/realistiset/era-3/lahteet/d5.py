from apu import *
I = [
 ('title', 'Chattipiste – exit-suunnitelma'),
 ('p', 'Nuorten matalan kynnyksen chat-neuvonta, Länsirannikon hyvinvointialue. Rahoitus: Kestävän kasvun ohjelma / RRF, hankeaika 1.1.2024–31.12.2025. Päivitetty 15.9.2025 ohjausryhmän kokouksen jälkeen.'),
 ('h1', '1. Mistä on kyse'),
 ('p', 'Chattipiste on 13–25-vuotiaille tarkoitettu anonyymi chat-neuvonta, jossa sairaanhoitaja, psykiatrinen sairaanhoitaja tai sosiaaliohjaaja vastaa nuoren kysymyksiin arkisin klo 12–20. Hankkeen aikana chat on avattu kaikille alueen nuorille, ja syyskuuhun 2025 mennessä keskusteluja on käyty 5 870. Keskusteluista 41 % liittyi mielialaan ja jaksamiseen, 22 % ihmissuhteisiin ja 14 % päihteisiin. Noin joka viides keskustelu päättyi siihen, että nuori ohjattiin varaamaan aika koulu- tai opiskeluterveydenhuoltoon tai nuorten mielenterveyspalveluihin.'),
 ('p', 'Tämä suunnitelma kuvaa, miten chat-neuvonta jatkuu ja miten sen opit levitetään, kun hankerahoitus päättyy vuoden 2025 lopussa.'),
 ('h1', '2. Juurruttaminen ja käyttöönotto'),
 ('p', 'Chat on tarkoitus ottaa pysyväksi osaksi nuorten palveluja. Juurruttamista on tehty koko hankkeen ajan: chat-päivystäjinä ovat toimineet hyvinvointialueen omat työntekijät vuorolistan mukaan, joten toiminta ei ole ollut erillään perustyöstä. Keväällä 2025 chatin vastausohjeet ja ohjauspolut yhtenäistettiin, ja ne on tallennettu yhteiseen ohjepankkiin.'),
 ('p', 'Hankepäällikkö vastaa siitä, että chatin käyttöönotto pysyvänä palveluna valmistellaan loppuvuoden 2025 aikana. Hanketiimi huolehtii vuorolistojen suunnittelusta, päivystäjien perehdytyksestä ja chat-alustan sopimusasioista. Hankekoordinaattori kokoaa käyttöönoton tarkistuslistan ja päivittää ohjepankin.'),
 ('p', 'Juurruttamiseen on varattu hankkeen viimeiselle puolivuotiskaudelle hankepäällikön työajasta 40 % ja 12 000 euroa päivystäjien koulutukseen ja alustan lisenssin jatkamiseen kevääseen 2026 asti.'),
 ('h1', '3. Tulosten levittäminen'),
 ('p', 'Chattipisteen toimintamalli ja vastausohjeet kuvataan Innokylään lokakuussa 2025. Tuloksia esitellään hyvinvointialueen nuorten palvelujen verkostopäivässä marraskuussa 2025 ja valtakunnallisessa Nuorten mielenterveyspäivät -seminaarissa. Hankkeen verkkosivuille kootaan avoimesti käytettävät materiaalit: vastaajan käsikirja, esimerkkikeskustelut (anonymisoituina) ja ohjauspolkujen kaavio. Koulujen ja oppilaitosten kuraattoreille järjestetään kaksi etäkoulutusta, joissa kerrotaan, miten chatiin voi ohjata nuoria.'),
 ('p', 'Naapurihyvinvointialueilta on kysytty mallia, ja hanketiimi lähettää heille materiaalit ja pitää esittelytilaisuuden joulukuussa 2025.'),
 ('h1', '4. Kehittämistyön jatko'),
 ('p', 'Nuorilta kerätyn palautteen perusteella chatin aukioloa toivotaan myös viikonloppuihin ja iltaan klo 22 asti. Lisäksi on tunnistettu tarve ruotsinkieliselle chatille, sillä alueen nuorista noin 12 % on ruotsinkielisiä. Nämä kehitysehdotukset kirjataan hankkeen loppuraporttiin jatkokehittämistä varten.'),
 ('p', 'Jatkokehittämistä varten hanketiimi on laatinut ehdotuksen chatin ja ajanvarausjärjestelmän yhdistämisestä, jotta nuori voisi varata ajan suoraan keskustelun lopuksi. Ehdotus viedään eteenpäin hankkeen loppuseminaarissa.'),
 ('h1', '5. Aikataulu'),
 ('table', [
   ['Tehtävä', 'Ajankohta', 'Vastuu'],
   ['Innokylä-kuvaus', 'lokakuu 2025', 'hankekoordinaattori'],
   ['Käyttöönoton tarkistuslista', 'lokakuu 2025', 'hankekoordinaattori'],
   ['Verkostopäivä ja kuraattorikoulutukset', 'marraskuu 2025', 'hanketiimi'],
   ['Esittely naapurihyvinvointialueille', 'joulukuu 2025', 'hankepäällikkö'],
   ['Siirto pysyväksi palveluksi', '31.12.2025 mennessä', 'hankepäällikkö'],
 ]),
]
if __name__ == '__main__':
    name = 'r3-05-chattipiste-exit-suunnitelma'
    open(os.path.join(OUT, name + '.md'), 'w', encoding='utf-8').write(render_text(I, md=True))
    save_expected(name, 'exit-suunnitelma', [
        {"rule": "exit.omistaja-hankkeen-sisalla"},
        {"rule": "exit.ei-seurantaa"}])
    print('d5', words(I))

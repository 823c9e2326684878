"""05: Loppuraportti Kaiku-tyyppisellä pohjalla, tehdään .docx ja muunnetaan .pdf:ksi.
Tarkoitukselliset puutteet: raportti laadittu yli kolme kuukautta hankkeen päättymisen jälkeen;
yksi pohjan kysymys jäänyt vastaamatta."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from apu import *

d = uusi(oletusfontti='Liberation Serif', koko=11)
yla_ja_alatunniste(d, 'Honkamäen kaupunki / Työllisyyspalvelut – DIGIVALMENNUS – Loppuraportti',
                   'Laadittu 12.5.2025 | Loppuraportti lähetetään rahoittajalle sähköisesti')


def kysymys(q, vastaukset):
    kappale(d, '• ' + q, lihava=True)
    for v in vastaukset:
        kappale(d, v)


kappale(d, 'DIGIVALMENNUS-HANKKEEN LOPPURAPORTTI', tyyli='Title')

kappale(d, '1. Taustatiedot', tyyli='Heading 1')
kysymys('Toteuttajaorganisaation tai verkoston nimi',
        ['Honkamäen kaupunki, työllisyyspalvelut. Kumppaneina Honkamäen ammattiopisto ja Työvalmennussäätiö Kide.'])
kysymys('Hankkeen nimi ja rahoituspäätöksen diaarinumero',
        ['DIGIVALMENNUS – työvalmennuksen etäpalvelut. Rahoituspäätös Dnro POLELY/318/2023, Pohjois-Louhivaaran '
         'ELY-keskus, 17.1.2023.'])

kappale(d, '2. Hankkeen teema ja tavoitteet', tyyli='Heading 1')
kysymys('Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?',
        ['Hanke liittyi työllisyyspalvelujen digitalisointiin. Tavoitteena oli, että pitkään työttömänä olleet ja '
         'haja-asutusalueilla asuvat asiakkaat saavat työvalmennusta myös etänä, että valmentajat osaavat käyttää '
         'etävalmennuksen menetelmiä ja että vähintään 30 % valmennuksista voidaan tehdä etänä ilman, että '
         'asiakkaiden eteneminen heikkenee.'])

kappale(d, '3. Hankkeen toteutus', tyyli='Heading 1')
kysymys('Hankkeen kesto', ['1.2.2023–31.12.2024 (23 kuukautta).'])
kysymys('Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa',
        ['Keväällä 2023 kartoitimme asiakkaiden laitteet ja yhteydet sekä valmentajien osaamisen. Syksyllä 2023 '
         'koulutimme 14 työvalmentajaa etävalmennukseen ja otimme käyttöön videotapaamiset sekä ryhmävalmennuksen '
         'verkkoalustan. Vuonna 2024 etävalmennusta tarjottiin kaikille uusille asiakkaille, ja ammattiopiston kanssa '
         'kokeiltiin etänä ohjattuja työkokeiluja. Toteutus vastasi pääosin suunnitelmaa; laitelainaamo perustettiin '
         'suunniteltua myöhemmin, vasta maaliskuussa 2024.'])
kysymys('Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen',
        ['Työllisyyspalveluiden johtaja osallistui ohjausryhmään ja linjasi etävalmennuksen osaksi palvelulupausta. '
         'Valmentajien sitoutuminen vaihteli: noin puolet otti etävalmennuksen nopeasti käyttöön, osa tarvitsi '
         'pidemmän tuen.'])
kysymys('Luettelo käytetyistä menetelmistä ja kokemukset niistä',
        ['Videotapaamiset (Teams), ryhmävalmennus verkkoalustalla, tekstiviestimuistutukset ja laitelainaamo. '
         'Parhaiten toimivat lyhyet, sovitut videotapaamiset tavallisten käyntien välissä. Pelkkä verkkoalusta ilman '
         'henkilökohtaista yhteydenpitoa ei toiminut.'])
kysymys('Kokemukset oman organisaation asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä',
        ['Valmentajien koulutuksen hankimme Työvalmennussäätiö Kideltä, ja se sai hyvää palautetta. Oman '
         'tietohallinnon tuki oli välillä hidasta, mikä viivästytti laitelainaamon perustamista.'])
kysymys('Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?',
        ['Osalla asiakkaista ei ollut toimivaa laitetta tai nettiyhteyttä. Ratkaisimme tämän laitelainaamolla ja '
         'järjestämällä etätapaamisia kirjastojen hiljaisista huoneista.'])
kysymys('Miten kustannusarvio toteutui?',
        ['Kustannusarvio oli 212 000 euroa, ja toteutuneet kustannukset olivat 198 400 euroa. Säästö syntyi '
         'henkilöstökuluista, kun yksi valmentajan tehtävä oli täyttämättä kolme kuukautta.'])

kappale(d, '4. Tulokset ja vaikuttavuus', tyyli='Heading 1')
kysymys('Miten tavoitteet toteutuivat?',
        ['Etävalmennusta sai hankkeen aikana 236 asiakasta, ja vuonna 2024 noin 38 % kaikista valmennustapaamisista '
         'tehtiin etänä. Etänä valmennettujen asiakkaiden siirtyminen työhön tai koulutukseen oli samaa tasoa kuin '
         'lähivalmennuksessa (27 % ja 28 %). Kaikki 14 valmentajaa käyttävät etävalmennusta.'])
kysymys('Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?', [])
kysymys('Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?',
        ['Seurasimme tapaamisten määrää ja etätapaamisten osuutta asiakastietojärjestelmästä kuukausittain. '
         'Asiakkailta kerättiin palaute valmennuksen päättyessä, ja valmentajat arvioivat työtään kahdessa '
         'itsearviointityöpajassa (kesäkuu 2023 ja marraskuu 2024).'])
kysymys('Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?',
        ['Etävalmennus on kirjattu työllisyyspalveluiden palvelukuvaukseen, ja laitelainaamo jatkaa kirjaston '
         'yhteydessä. Uudet valmentajat perehdytetään etävalmennukseen osana tavallista perehdytystä.'])
kysymys('Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?',
        ['Haja-asutusalueen asiakkaiden ei tarvitse matkustaa jokaiseen tapaamiseen, ja tapaamisia peruuntuu '
         'aiempaa vähemmän. Valmentajien kalenterit ovat joustavampia.'])

kappale(d, '5. Kehitysajatukset', tyyli='Heading 1')
kysymys('Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?',
        ['Vuodesta 2025 alkaen etävalmennus on osa tavallista palvelua. Seuraavaksi haluamme kokeilla '
         'etävalmennusta työnantajayhteistyössä. Valmentajat kokoontuvat kerran kuussa jakamaan hyviä käytäntöjä.'])

kappale(d, '6. Suositukset muille', tyyli='Heading 1')
kysymys('Mitä toteutuneessa hankkeessa oli sellaista innovatiivista, jota suosittelisitte levitettäväksi muille?',
        ['Laitelainaamo kirjaston yhteydessä on yksinkertainen ja edullinen tapa madaltaa etäpalvelun kynnystä.'])
kysymys('Mitä muiden organisaatioiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?',
        ['Tietohallinto kannattaa ottaa mukaan jo suunnitteluvaiheessa, ja etäpalvelu toimii parhaiten '
         'lähipalvelun rinnalla, ei sen korvaajana.'])

kappale(d, '7. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta', tyyli='Heading 1')
kappale(d, 'DIGIVALMENNUS-hanke (1.2.2023–31.12.2024) toi Honkamäen työllisyyspalveluihin etävalmennuksen. '
           'Hankkeessa koulutettiin 14 työvalmentajaa, otettiin käyttöön videotapaamiset ja ryhmävalmennuksen '
           'verkkoalusta sekä perustettiin laitelainaamo kirjaston yhteyteen. Etävalmennusta sai 236 asiakasta, ja '
           'vuonna 2024 noin 38 % valmennustapaamisista tehtiin etänä. Etänä valmennettujen asiakkaiden '
           'työllistyminen ja koulutukseen siirtyminen oli samaa tasoa kuin lähivalmennuksessa. Etävalmennus on nyt '
           'osa työllisyyspalveluiden tavallista palvelua, ja laitelainaamo jatkaa toimintaansa. Tärkein oppi oli, '
           'että etäpalvelu toimii lähipalvelun rinnalla ja vaatii henkilökohtaista yhteydenpitoa.')

kappale(d, '8. Loppuraportin laatimispäivämäärä ja yhteystiedot', tyyli='Heading 1')
kappale(d, 'Laatimispäivämäärä: 12.5.2025')
kappale(d, 'Yhteyshenkilö: projektipäällikkö Jari Mäntyranta, Honkamäen kaupunki, työllisyyspalvelut, '
           'jari.mantyranta@honkamaki.fi, p. 044 672 1180')
kappale(d, 'Muuta materiaalia: etävalmennuksen opas valmentajille (liite) ja loppuseminaarin esitys.')

out_docx = os.path.join(os.path.dirname(__file__), '05_loppuraportti_digivalmennus.docx')
d.save(out_docx)
print('tallennettu', out_docx)

from apu import *

d = uusi()
ylatunniste(d, "Kaakkoisrannikon ammattikorkeakoulu, TKI-palvelut", "Etäfysioterapia tutuksi – loppuraportti")
A = dict(tekija="Jari Honkanen", pvm="2024-09-06T13:05:00Z")

d.add_heading("ETÄFYSIOTERAPIA TUTUKSI", 0)
kpl(d, "Kehittämishankkeen loppuraportti", lihava=True)

otsikko(d, "1. Taustatiedot")
kpl(d, "Toteuttajaviraston tai verkoston nimi", kursiivi=True)
kpl(d, "Kaakkoisrannikon ammattikorkeakoulu (KRAMK), TKI-palvelut, yhteistyössä Rannikon "
       "hyvinvointialueen kuntoutuspalvelujen kanssa.")
kpl(d, "Hankkeen nimi ja määrärahapäätöksen diaarinumero", kursiivi=True)
kpl(d, "Etäfysioterapia tutuksi – videovälitteisen kuntoutuksen kokeilu. Diaarinumero OKM/144/523/2022.")

otsikko(d, "2. Hankkeen teema ja tavoitteet")
kpl(d, "Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?", kursiivi=True)
kpl(d, "Hanke liittyi sote-alan digitaalisten palvelujen ja työelämälähtöisen opetuksen kehittämiseen. "
       "Tavoitteena oli kokeilla, miten videovälitteinen fysioterapia sopii lonkka- ja "
       "polviproteesileikkauksesta toipuville, kouluttaa fysioterapeutteja ja fysioterapeuttiopiskelijoita "
       "etävastaanoton pitämiseen sekä tuottaa etäfysioterapian opintojakso ammattikorkeakoulun "
       "opetussuunnitelmaan.")

otsikko(d, "3. Hankkeen toteutus")
kpl(d, "Hankkeen kesto", kursiivi=True)
kpl(d, "1.1.2023–30.6.2024 (18 kuukautta).")
kpl(d, "Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa", kursiivi=True)
muutoskpl(d, [("n", "Kevään 2023 aikana rakennettiin etävastaanoton toimintamalli ja harjoitusvideopankki. "
                    "Kokeilu alkoi elokuussa 2023, ja siihen osallistui "),
              ("d", "52"), ("i", "58"),
              ("n", " leikkauspotilasta. Jokainen sai kuuden viikon ajan kaksi videovastaanottoa viikossa. "
                    "Vastaanotot pitivät hyvinvointialueen fysioterapeutit ja fysioterapeuttiopiskelijat "
                    "työpareina. Suunnitelmasta poiketen ryhmämuotoinen etäjumppa jätettiin pois, koska "
                    "potilaiden toipumisvaiheet erosivat liikaa toisistaan.")], **A)
kpl(d, "Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen", kursiivi=True)
kpl(d, "Kuntoutuspalvelujen palvelupäällikkö osallistui ohjausryhmään ja vapautti kolmelle "
       "fysioterapeutille kaksi päivää kuukaudessa hankkeeseen. Ammattikorkeakoulussa mukana oli "
       "kaksi lehtoria ja 24 opiskelijaa.")
kpl(d, "Luettelo käytetyistä menetelmistä ja kokemukset niistä", kursiivi=True)
luettelo(d, [
    "videovastaanotto hyvinvointialueen asiointialustalla – toimi, kun yhteys testattiin etukäteen",
    "harjoitusvideopankki (42 videota) – potilaat katsoivat videoita myös vastaanottojen välillä",
    "opiskelija–fysioterapeutti-työparit – opiskelijat oppivat nopeasti, fysioterapeutit saivat tukea tekniikkaan",
])
kpl(d, "Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä", kursiivi=True)
kpl(d, "Ulkopuolisia palveluntuottajia ei käytetty. Hyvinvointialueen digituki auttoi alustan käytössä.")
kpl(d, "Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?", kursiivi=True)
kpl(d, "Osa iäkkäistä potilaista ei saanut yhteyttä toimimaan. Heille järjestettiin ennen ensimmäistä "
       "vastaanottoa opiskelijan kotikäynti, jolla laite ja yhteys laitettiin kuntoon.")
kpl(d, "Miten kustannusarvio toteutui?", kursiivi=True)
muutoskpl(d, [("n", "Kustannusarvio oli 212 000 euroa. Toteutuneet kustannukset olivat "),
              ("d", "noin 200 000"), ("i", "204 870"),
              ("n", " euroa.")], **A)

otsikko(d, "4. Tulokset ja vaikuttavuus")
kpl(d, "Miten tavoitteet toteutuivat?", kursiivi=True)
taulukko(d, [
    ["Tavoite", "Suunniteltu", "Toteutui", "Arvio"],
    ["Etäfysioterapian kokeilu leikkauspotilailla", "50 potilasta", "58 potilasta", "toteutui"],
    ["Fysioterapeuttien ja opiskelijoiden koulutus", "10 fysioterapeuttia, 20 opiskelijaa",
     "12 fysioterapeuttia, 24 opiskelijaa", "toteutui"],
    ["Opintojakso opetussuunnitelmaan", "5 op:n opintojakso", "5 op:n opintojakso hyväksytty; ensimmäinen toteutus hankkeen päätyttyä syksyllä 2024",
     "toteutui"],
])
kpl(d, "Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?", kursiivi=True)
kpl(d, "Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?", kursiivi=True)
kpl(d, "Potilaat täyttivät toimintakykymittarin ja palautekyselyn kokeilun alussa ja lopussa. "
       "Fysioterapeuteille ja opiskelijoille tehtiin ryhmähaastattelut keväällä 2024. Potilaista 91 % "
       "suosittelisi etävastaanottoa muille.")
kpl(d, "Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?", kursiivi=True)
kpl(d, "Rannikon hyvinvointialue jatkaa etävastaanottoja proteesileikkauksen jälkeisessä kuntoutuksessa "
       "osana perustoimintaa, ja etäfysioterapian opintojakso on KRAMKin opetussuunnitelmassa.")
kpl(d, "Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?", kursiivi=True)
kpl(d, "Potilaiden ei tarvitse matkustaa jokaiselle kontrollikäynnille, ja fysioterapeuteilla on "
       "valmis toimintamalli etävastaanotolle.")

otsikko(d, "5. Kehitysajatukset")
kpl(d, "Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?", kursiivi=True)
kpl(d, "Seuraavaksi mallia on tarkoitus kokeilla selkäkipupotilaiden kuntoutuksessa. Harjoitusvideopankkia "
       "päivitetään opiskelijoiden opinnäytetöinä.")

otsikko(d, "6. Suositukset muille virastoille")
kpl(d, "Mitä toteutuneessa hankkeessa oli sellaista innovatiivista, jota suosittelisitte levitettäväksi?", kursiivi=True)
kpl(d, "Opiskelija–ammattilainen-työparit etävastaanotolla sekä ennen ensimmäistä vastaanottoa tehtävä "
       "laitteen ja yhteyden testaus kotona.")
kpl(d, "Mitä muiden organisaatioiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?", kursiivi=True)
kpl(d, "Kokeiluun osallistuvien työntekijöiden työaika pitää sopia esihenkilön kanssa etukäteen.")

otsikko(d, "7. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta")
muutoskpl(d, [("n", "Etäfysioterapia tutuksi -hanke kokeili videovälitteistä fysioterapiaa lonkka- ja "
                    "polviproteesileikkauksesta toipuvilla. Kokeiluun osallistui 58 potilasta, ja heistä 91 % "
                    "suosittelisi etävastaanottoa muille. Hankkeessa koulutettiin 12 fysioterapeuttia ja 24 "
                    "opiskelijaa, ja ammattikorkeakoulun opetussuunnitelmaan saatiin viiden opintopisteen "
                    "etäfysioterapian opintojakso. "),
              ("i", "Etävastaanotot jatkuvat Rannikon hyvinvointialueella osana perustoimintaa.")], **A)

otsikko(d, "8. Laatimispäivämäärä, yhteystiedot ja mahdollinen lisäinformaatio")
kpl(d, "Rannikkola 10.9.2024")
kpl(d, "Yhteyshenkilöt, joilta saa lisätietoa", kursiivi=True)
kpl(d, "Projektipäällikkö, lehtori Sini Aaltonen, sini.aaltonen@kramk.fi, p. 050 447 1930")
kpl(d, "Muuta materiaalia (esim. PowerPoint-esittelyjen liitteet tai linkit)", kursiivi=True)
kpl(d, "[täytä]")

tallenna(d, "07_loppuraportti_etafysioterapia.docx")

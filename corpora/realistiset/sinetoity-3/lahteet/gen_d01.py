import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from apu import *

OUT = os.path.join(os.path.dirname(__file__), '..')
doc = new_doc()
doc.add_heading('Hankesuunnitelma: Kimppa – yhdessä yksinäisyyttä vastaan', 0)
p = doc.add_paragraph('Harjuseudun Nuorten Tuki ry | STEA-avustushakemuksen liite 1 | Versio 3, 14.9.2025')
para_mixed(doc, [('r', 'Laatijat: toiminnanjohtaja Sanna Kettunen ja suunnittelija Joonas Ahonen. '),
                 ('del', 'Luonnos, ei jaettavaksi. '),
                 ('ins', 'Hyväksytty hallituksen kokouksessa 11.9.2025.')])

doc.add_heading('1. Miksi hanketta tarvitaan?', 1)
doc.add_paragraph(
    'Yksinäisyys on noussut viime vuosina yhdeksi nuorten aikuisten hyvinvoinnin suurimmista uhista. '
    'Kouluterveyskyselyn 2023 mukaan ammattiin opiskelevista noin joka kuudes koki olevansa yksinäinen usein '
    'tai jatkuvasti, ja osuus oli kasvanut selvästi vuoteen 2019 verrattuna. Harjuseudun kolmessa kunnassa – '
    'Harjulassa, Pitkäjärvellä ja Lehtovaarassa – asuu noin 4 800 iältään 18–29-vuotiasta nuorta aikuista. '
    'Etsivän nuorisotyön tilastojen mukaan vuonna 2024 yhteyttä otettiin 312 nuoreen, ja heistä lähes puolet '
    'kertoi, ettei heillä ole ketään, jonka kanssa viettää vapaa-aikaa. Sama viesti toistuu oppilaitosten '
    'opiskeluhuollossa ja työllisyyspalveluissa: nuori saattaa hoitaa asiansa moitteettomasti, mutta hänen '
    'arjestaan puuttuvat ihmiset.')
doc.add_paragraph(
    'Yhdistyksemme on tehnyt nuorten parissa ryhmätoimintaa vuodesta 2011. Nykyiset ryhmämme tavoittavat '
    'hyvin alaikäisiä, mutta täysi-ikäistymisen jälkeen moni jää tyhjän päälle. Nuorisotalojen toiminta on '
    'suunnattu pääosin alle 18-vuotiaille, eikä aikuisten palveluissa ole matalan kynnyksen paikkaa, jonne '
    'voisi tulla ilman asiaa. Erityisesti opintojen tai työn vuoksi paikkakunnalle muuttaneet, työttömät ja '
    'opinnot keskeyttäneet nuoret aikuiset jäävät helposti kaikkien toimintojen ulkopuolelle. Koronavuosien '
    '2020–2022 jälkeen moni nuori kertoo, että kynnys lähteä ihmisten ilmoille on noussut pysyvästi.')
doc.add_paragraph(
    'Keräsimme hakemuksen valmisteluvaiheessa keväällä 2025 tietoa kolmella tavalla. Järjestimme kaksi '
    'työpajaa nuorille aikuisille (yhteensä 23 osallistujaa), haastattelimme etsivän nuorisotyön, '
    'opiskeluhuollon ja TE-palvelujen työntekijöitä sekä teimme verkkokyselyn, johon vastasi 141 nuorta. '
    'Kyselyyn vastanneista 62 prosenttia toivoi toimintaa, jossa voi tehdä jotain konkreettista yhdessä '
    'muiden kanssa ilman, että pitää puhua omista ongelmistaan. Moni toivoi myös, että toimintaan voisi '
    'tulla kaverin kanssa ja että ensimmäinen kerta olisi helppo: tieto etukäteen siitä, keitä paikalla on '
    'ja mitä tehdään. Nämä toiveet ovat suunnitelman lähtökohta.')
doc.add_paragraph(
    'Hanke liittyy Harjulan hyvinvointisuunnitelmaan 2025–2028, jossa yksinäisyyden vähentäminen on nostettu '
    'yhdeksi neljästä painopisteestä, sekä alueen hyvinvointialueen nuorten mielenterveystyön linjauksiin. '
    'Kimppa ei korvaa julkisia palveluja, vaan täydentää niitä: se tarjoaa paikan, johon ammattilaiset voivat '
    'ohjata nuoren ja jossa nuori voi olla mukana ilman asiakkuutta.')

doc.add_paragraph(
    'Tutkimustieto tukee havaintojamme. Yksinäisyyden on todettu olevan yhteydessä masennukseen, '
    'ahdistukseen ja heikompaan opiskelu- ja työkykyyn, ja pitkittyessään se lisää syrjäytymisen riskiä. '
    'Toisaalta tutkimusten mukaan yksinäisyyttä vähentävät parhaiten toiminnot, joissa ihmiset tekevät '
    'jotain yhdessä säännöllisesti ja joissa heillä on mahdollisuus ottaa vastuuta. Pelkkä tieto '
    'palveluista ei riitä, vaan nuori tarvitsee usein ihmisen, joka tulee mukaan ensimmäisellä kerralla. '
    'Tästä syystä Kimpassa yhdistetään ryhmätoiminta, vertaisohjaajuus ja ammattilaisten saattava ohjaus.')
doc.add_paragraph(
    'Alueella on jo joitakin toimintoja, joihin Kimppa voi tukeutua. Harjulan kirjastossa toimii '
    'lautapeli-ilta, seurakunnalla on nuorten aikuisten ryhmä, ja Lehtovaaran liikuntatoimi järjestää '
    'matalan kynnyksen sählyvuoron. Nämä toiminnot ovat kuitenkin pieniä ja riippuvaisia yksittäisistä '
    'vapaaehtoisista, eikä niistä ole koottua tietoa. Kimppa ei kilpaile niiden kanssa, vaan kokoaa ne '
    'yhteisen kohtaamispaikan ympärille ja tarjoaa niille vertaisohjaajia. Valmistelutapaamisissa sovimme, '
    'että kirjaston lautapeli-illasta tulee yksi Kimppa-ryhmistä Harjulassa.')

doc.add_heading('2. Mitä hankkeella tavoitellaan?', 1)
doc.add_paragraph(
    'Hankkeen päämääränä on, että Harjuseudun nuorilla aikuisilla on nykyistä enemmän merkityksellisiä '
    'ihmissuhteita ja että yksinäisyyden kokemus vähenee. Haluamme, että jokaisessa kolmessa kunnassa on '
    'hankkeen jälkeen pysyvä, nuorten itsensä näköinen kohtaamispaikka ja että ammattilaiset osaavat ohjata '
    'sinne. Päämäärää tavoitellaan kolmen osatavoitteen kautta, jotka on koottu alla olevaan taulukkoon '
    'yhdessä toimenpiteiden ja mittareiden kanssa.')
table(doc, [
    ['Tavoite', 'Toimenpiteet', 'Mittarit ja arviointi'],
    ['1. Nuorten aikuisten yksinäisyyden kokemus vähenee ja heillä on ainakin yksi uusi ihmissuhde toiminnan kautta.',
     'Kimppa-ryhmät (TP1), vertaisohjaajien tuki, kaveritoiminta ”ota kaveri mukaan”.',
     'Yksinäisyyskysely (UCLA-3) alussa, 6 kk kohdalla ja lopussa; osuus osallistujista, jotka kertovat saaneensa uuden ystävän; tavoite 60 %.'],
    ['2. Nuoret aikuiset toimivat itse vertaisohjaajina ja suunnittelevat toimintaa.',
     'Vertaisohjaajakoulutus (TP2) kahdesti vuodessa, nuorten suunnitteluraati.',
     'Koulutettujen vertaisohjaajien määrä (tavoite 30), nuorten itse ohjaamien kertojen osuus (tavoite 40 % vuonna 2028), raadin kokousmuistiot.'],
    ['3. Ammattilaiset tuntevat toiminnan ja ohjaavat nuoria siihen.',
     'Yhteistyöverkosto (TP3), ohjauskortti, ammattilaisten infot oppilaitoksissa ja työllisyyspalveluissa.',
     'Ammattilaisten kautta tulleiden nuorten määrä, ohjaavien tahojen määrä, ammattilaiskysely kerran vuodessa.'],
])
doc.add_paragraph(
    'Tavoitteet on valittu yhdessä nuorten kanssa valmisteluvaiheen työpajoissa. Niistä ensimmäinen kuvaa '
    'muutosta nuoren elämässä, toinen nuorten omaa toimijuutta ja kolmas palvelujärjestelmän muutosta. '
    'Lyhyesti sanottuna: nuori löytää seuraa, nuori tekee itse, ja ammattilainen tietää, minne ohjata.')

doc.add_heading('Kenelle Kimppa on?', 1)
doc.add_paragraph(
    'Ensisijainen kohderyhmä ovat Harjuseudun 18–29-vuotiaat nuoret aikuiset, jotka kokevat yksinäisyyttä '
    'tai joilla ei ole vapaa-ajan sosiaalisia suhteita. Arvioimme, että kolmen vuoden aikana toimintaan '
    'osallistuu vähintään 350 eri nuorta, joista noin 120 sitoutuu pidempiaikaisesti. Erityisesti haluamme '
    'tavoittaa paikkakunnalle muuttaneet opiskelijat, työttömät nuoret sekä nuoret, joilla on kokemusta '
    'mielenterveyden haasteista mutta jotka eivät ole palvelujen piirissä.')
doc.add_paragraph(
    'Välillinen kohderyhmä ovat nuorten kanssa työskentelevät ammattilaiset: etsivä nuorisotyö, '
    'oppilaitosten kuraattorit ja opinto-ohjaajat, työllisyyspalvelujen valmentajat, hyvinvointialueen '
    'nuorisoasema sekä seurakuntien nuorisotyö. Heitä on alueella arviolta 90. Lisäksi hyödynsaajia ovat '
    'nuorten läheiset sekä kuntien hyvinvointityöstä vastaavat viranhaltijat, jotka saavat tietoa nuorten '
    'aikuisten tilanteesta.')

doc.add_heading('3. Toteutus', 1)
doc.add_paragraph(
    'Hanke toteutetaan kolmena työpakettina, jotka kulkevat rinnakkain koko hankkeen ajan. Työpaketit on '
    'nimetty sen mukaan, mihin osatavoitteeseen ne ensisijaisesti vastaavat, mutta käytännössä ne tukevat '
    'toisiaan: vertaisohjaajat ohjaavat ryhmiä ja ammattilaisverkosto tuo ryhmiin uusia nuoria.')
bold_line(doc, 'TP1 Kimppa-ryhmät ja kohtaamispaikat')
doc.add_paragraph(
    'Jokaiseen kuntaan perustetaan viikoittain kokoontuva Kimppa-ilta sekä teemallisia ryhmiä, esimerkiksi '
    'ruokaryhmä, lautapeliryhmä, liikuntaryhmä ja ”tee itse” -paja. Ryhmät ovat avoimia, maksuttomia ja '
    'niihin voi tulla ilman ilmoittautumista. Ensimmäistä kertaa tulevalle nuorelle tarjotaan mahdollisuus '
    'tutustumistapaamiseen ohjaajan kanssa etukäteen sekä ”kaveripassi”, jolla voi tuoda ystävän mukaan. '
    'Ryhmien lisäksi järjestetään kaksi kertaa vuodessa isompi yhteinen tapahtuma, kuten retki tai '
    'kesäleiri. Kohtaamispaikkoina käytetään kuntien nuorisotiloja iltaisin, kirjastoja ja yhdistyksen omaa '
    'tilaa Harjulan keskustassa.')
doc.add_paragraph(
    'Ryhmätoimintaa ohjaa kaksi nuorisotyöntekijää, joiden lisäksi ryhmiä vetävät vertaisohjaajat '
    'työntekijän tuella. Ryhmissä ei käsitellä ongelmia, vaan tehdään asioita yhdessä; ohjaajat ovat '
    'kuitenkin koulutettuja tunnistamaan nuoren, joka tarvitsee lisätukea, ja ohjaamaan hänet palveluihin. '
    'Tämä tehdään aina nuoren kanssa yhdessä sopien.')
bold_line(doc, 'TP2 Vertaisohjaajat ja nuorten suunnitteluraati')
doc.add_paragraph(
    'Vertaisohjaajakoulutus on 20 tunnin kokonaisuus, joka sisältää ryhmänohjauksen perusteet, '
    'vuorovaikutuksen, kohtaamisen ja oman jaksamisen. Koulutus järjestetään kahdesti vuodessa, ja sen '
    'käyneet saavat todistuksen, jonka voi liittää opintoihin osaamismerkkinä. Vertaisohjaajat saavat '
    'kuukausittaisen työnohjauksen ja pienen kulukorvauksen. Nuorten suunnitteluraati kokoontuu kerran '
    'kuukaudessa; se päättää ryhmien teemoista, tapahtumista ja osallistuu hankkeen ohjausryhmän työhön '
    'kahden edustajan kautta.')
bold_line(doc, 'TP3 Ammattilaisverkosto ja ohjaus')
doc.add_paragraph(
    'Hankkeen alussa kootaan yhteistyöverkosto, johon kutsutaan etsivä nuorisotyö, oppilaitokset, '
    'työllisyyspalvelut, nuorisoasema ja seurakunnat. Verkosto tapaa neljä kertaa vuodessa. Ammattilaisille '
    'laaditaan ohjauskortti ja lyhyt video, joiden avulla he voivat kertoa toiminnasta nuorelle. '
    'Hanketyöntekijät käyvät esittelemässä toimintaa oppilaitosten ja työllisyyspalvelujen tiimeissä ja '
    'ovat tavattavissa oppilaitosten aulassa kerran kuukaudessa. Verkostossa sovitaan myös saattaen '
    'siirtämisen käytännöistä: ammattilainen voi tulla nuoren mukaan ensimmäiseen Kimppa-iltaan.')

bold_line(doc, 'Toiminta vuosi vuodelta')
doc.add_paragraph(
    'Ensimmäisenä hankevuonna 2026 painopiste on käynnistyksessä. Maalis–toukokuussa rekrytoidaan '
    'nuorisotyöntekijät, sovitaan tilojen käytöstä kuntien kanssa ja kootaan yhteistyöverkosto. Kesällä '
    'järjestetään kolme avointa ”tule katsomaan” -tapahtumaa, joissa nuoret voivat tutustua työntekijöihin '
    'ja toisiinsa ilman sitoumusta. Syyskuusta alkaen Kimppa-illat pyörivät viikoittain kaikissa kolmessa '
    'kunnassa, ja ensimmäinen vertaisohjaajakoulutus pidetään loka–marraskuussa. Vuoden lopussa nuorten '
    'suunnitteluraati tekee ensimmäisen kierroksen arvion siitä, mitä ryhmiä seuraavana vuonna tarvitaan.')
doc.add_paragraph(
    'Toisena vuonna 2027 toimintaa laajennetaan teemaryhmiin ja kiertävään malliin Pitkäjärven kylillä. '
    'Vertaisohjaajakoulutus järjestetään keväällä ja syksyllä, ja ensimmäiset vertaisohjaajat alkavat '
    'vetää ryhmiä työparina. Kesällä järjestetään kolmen päivän kesäleiri, jonka suunnittelee '
    'suunnitteluraati. Naapurikuntien nuorisotyö ja kaksi muuta yhdistystä kutsutaan kokeilemaan '
    'Kimppa-iltaa, ja heidän kokemuksistaan kootaan muistio käsikirjaa varten. Ammattilaisille tehdään '
    'ensimmäinen laaja kysely ja ohjauskortti päivitetään sen perusteella.')
doc.add_paragraph(
    'Kolmantena vuonna 2028 toiminnan vetovastuuta siirretään yhä enemmän vertaisohjaajille ja kuntien '
    'nuoriso-ohjaajille, jotka tulevat ryhmiin työpariksi hanketyöntekijöiden rinnalle. Näin kunnan '
    'työntekijät oppivat toimintatavan käytännössä ennen kuin vastuu siirtyy heille. Käsikirja kirjoitetaan '
    'valmiiksi syksyllä, ja ulkoinen arvioija toteuttaa haastattelut ja raportoi tuloksista vuoden lopussa. '
    'Hankkeen viimeiset kaksi kuukautta, tammi–helmikuu 2029, käytetään loppuseminaariin, raportointiin ja '
    'siihen, että kuntien vastuulle siirtyvät ryhmät jatkuvat ilman katkosta.')

bold_line(doc, 'Toimintaa ohjaavat periaatteet')
doc.add_paragraph(
    'Kimppa-toiminnassa noudatetaan kolmea periaatetta. Ensinnäkin toiminta on matalan kynnyksen toimintaa: '
    'mukaan voi tulla ilman ilmoittautumista, lähetettä tai diagnoosia, eikä keneltäkään kysytä syytä '
    'tulla. Toiseksi toiminta on nuorten näköistä: ryhmien teemat, ajat ja paikat päätetään yhdessä '
    'nuorten kanssa, ja suunnitteluraadilla on todellista päätösvaltaa toimintabudjetin käytöstä. '
    'Kolmanneksi toiminta on turvallista: ohjaajat sitoutuvat yhteisiin turvallisemman tilan periaatteisiin, '
    'häirintään puututaan heti, ja jokaisessa ryhmässä on aina vähintään yksi koulutettu aikuinen.')
doc.add_paragraph(
    'Yhdenvertaisuus otetaan huomioon tilojen esteettömyydessä, viestinnän selkeydessä ja siinä, että '
    'toiminta on maksutonta. Harjuseudulla julkinen liikenne on iltaisin harvaa, joten hankkeessa '
    'kokeillaan kimppakyytien järjestämistä ja korvataan tarvittaessa matkakuluja niille, joille matka on '
    'este osallistumiselle. Kielitaito ei saa olla este: osa materiaaleista tehdään selkokielellä ja '
    'englanniksi, ja kotoutumispalvelujen kanssa suunnitellaan yhteisiä ryhmiä.')
doc.add_paragraph(
    'Tietosuojasta huolehditaan niin, että osallistujista kerätään vain toiminnan ja arvioinnin kannalta '
    'välttämättömät tiedot. Yksinäisyyskyselyyn vastataan nimettömästi tunnisteella, jonka nuori valitsee '
    'itse, jotta mittausten muutosta voidaan seurata ilman nimiä. Hankkeelle laaditaan tietosuojaseloste, '
    'ja vertaisohjaajat sitoutuvat vaitioloon.')

doc.add_heading('Aikataulu', 1)
para_mixed(doc, [('r', 'Hankkeen toteutusaika on '),
                 ('del', 'xx.xx.2026–xx.xx.2028'),
                 ('ins', '1.3.2026–28.2.2029'),
                 ('r', ' (36 kuukautta). Alla on päävaiheet vuosittain.')])
table(doc, [
    ['Vaihe', '2026', '2027', '2028', '2029 (tammi–helmi)'],
    ['Käynnistys, rekrytoinnit, verkoston kokoaminen', 'maalis–touko', '', '', ''],
    ['Kimppa-ryhmät kolmessa kunnassa', 'syksystä alkaen', 'koko vuosi', 'koko vuosi', 'jatkuu'],
    ['Vertaisohjaajakoulutukset', '1 koulutus', '2 koulutusta', '2 koulutusta', ''],
    ['Mittaukset (yksinäisyyskysely)', 'alkumittaus', 'välimittaus', 'loppumittaus syksy', ''],
    ['Siirto vakinaiseksi toiminnaksi', 'neuvottelujen aloitus', 'kuntasopimusten valmistelu', 'päätökset budjetteihin', 'toiminta siirtyy'],
    ['Loppuseminaari ja raportointi', '', '', '', 'helmikuu'],
])
doc.add_paragraph(
    'Ensimmäisen vuoden painopiste on toiminnan käynnistämisessä ja nuorten tavoittamisessa, toisena vuonna '
    'toiminta vakiintuu ja vertaisohjaajien osuus kasvaa, ja kolmantena vuonna keskitytään mallin siirtämiseen '
    'kuntien ja yhdistyksen pysyvään toimintaan.')

doc.add_heading('Talous ja henkilöstö', 1)
doc.add_paragraph(
    'Hankkeen kokonaiskustannusarvio on 486 000 euroa kolmelle vuodelle, josta STEA-avustusta haetaan '
    '462 000 euroa ja yhdistyksen omarahoitus (talkootyö ja tilat) on 24 000 euroa. Suurin kuluerä ovat '
    'henkilöstökulut: hankkeessa työskentelee projektipäällikkö (100 %), kaksi nuorisotyöntekijää (100 %) '
    'sekä viestintäsuunnittelija (20 %).')
table(doc, [
    ['Kuluerä', '2026 (10 kk)', '2027', '2028', '2029 (2 kk)', 'Yhteensä'],
    ['Henkilöstökulut', '98 000', '121 000', '124 000', '21 000', '364 000'],
    ['Vertaisohjaajien kulukorvaukset ja koulutus', '6 000', '12 000', '12 000', '1 000', '31 000'],
    ['Toimintakulut (tilat, materiaalit, tapahtumat)', '18 000', '22 000', '22 000', '4 000', '66 000'],
    ['Arviointi ja juurruttaminen', '3 000', '5 000', '11 000', '6 000', '25 000'],
    ['Yhteensä', '125 000', '160 000', '169 000', '32 000', '486 000'],
])
doc.add_paragraph(
    'Juurruttamiseen on varattu oma rivi: siihen sisältyvät vaikuttavuuden ulkoisen arvioinnin osto, '
    'toimintamallin käsikirjan taitto sekä loppuseminaari. Lisäksi projektipäällikön työajasta noin '
    'viidennes on kolmantena vuonna varattu kuntaneuvotteluihin ja mallin siirtoon.')

doc.add_heading('Miten arvioimme onnistumista?', 1)
doc.add_paragraph(
    'Arviointi on osa arkea eikä erillinen loppurutistus. Osallistujat täyttävät lyhyen yksinäisyyskyselyn '
    '(kolmen kysymyksen UCLA-mittari) liittyessään toimintaan, puolen vuoden kuluttua ja hankkeen lopussa. '
    'Lisäksi jokaisen ryhmäkerran jälkeen kerätään hymiöpalaute, ja kerran vuodessa järjestetään nuorten '
    'arviointipaja, jossa pohditaan, mikä toimii ja mitä pitäisi muuttaa. Ammattilaisille tehdään vuosittain '
    'kysely, jolla selvitetään, tuntevatko he toiminnan ja ovatko he ohjanneet siihen nuoria.')
doc.add_paragraph(
    'Seurattavat luvut: osallistujamäärät ja käyntikerrat kunnittain, uusien osallistujien määrä ja '
    'tulokanava, vertaisohjaajien määrä ja heidän ohjaamiensa kertojen osuus, ohjaavien tahojen määrä sekä '
    'yksinäisyysmittarin muutos. Itsearvioinnin lisäksi hankkeen kolmantena vuonna ostetaan ulkoinen '
    'arviointi, joka kohdistuu erityisesti siihen, onko Kimppa-malli siirrettävissä muihin kuntiin. '
    'Arviointitulokset käsitellään ohjausryhmässä kaksi kertaa vuodessa, ja toimintaa muutetaan niiden pohjalta.')

doc.add_paragraph(
    'Yksinäisyysmittarin lisäksi kysymme nuorilta kahdesti hankkeen aikana avoimin kysymyksin, mitä '
    'Kimppa on heille merkinnyt. Vastaukset analysoidaan teemoittain, ja niistä nostetaan esimerkkejä '
    'raportointiin nuorten luvalla. Vertaisohjaajat pitävät lyhyttä ohjaajapäiväkirjaa, johon kirjataan '
    'kunkin kerran osallistujamäärä, sisältö ja havainnot. Päiväkirjat käydään läpi työnohjauksessa, ja ne '
    'ovat samalla aineisto toisen osatavoitteen eli nuorten oman toimijuuden arvioinnille. Ammattilaisilta '
    'kerätään tieto siitä, kuinka monta nuorta he ovat ohjanneet toimintaan ja millaisia kokemuksia heillä '
    'on saattaen siirtämisestä; tämä on kolmannen osatavoitteen keskeinen mittari.')
doc.add_paragraph(
    'Arvioinnista vastaa projektipäällikkö, ja aineistojen keruuseen osallistuvat kaikki työntekijät. '
    'Arviointiin on varattu talousarviossa rahaa ulkoisen arvioijan ostoon sekä kyselytyökalun lisenssiin. '
    'Arvioinnin tulokset kootaan vuosiraportteihin STEA:lle sekä hankkeen loppuraporttiin, ja niistä '
    'kerrotaan nuorille suunnitteluraadissa ymmärrettävässä muodossa.')

doc.add_heading('Tulokset ja vaikutukset', 1)
doc.add_paragraph(
    'Hankkeen välittöminä tuotoksina syntyy kolme toimivaa kohtaamispaikkaa, vähintään 30 koulutettua '
    'vertaisohjaajaa, ammattilaisten ohjauskortti ja -video sekä Kimppa-toimintamallin käsikirja, joka '
    'kuvaa ryhmien perustamisen, vertaisohjaajakoulutuksen ja verkostotyön. Käsikirja julkaistaan avoimesti.')
doc.add_paragraph(
    'Pidemmän aikavälin vaikutuksena odotamme, että nuorten aikuisten yksinäisyys alueella vähenee ja että '
    'heidän osallisuutensa omassa yhteisössään vahvistuu. Kun nuorilla on ihmissuhteita, myös '
    'mielenterveyden ongelmat tunnistetaan aiemmin ja avun hakeminen helpottuu. Palvelujärjestelmän '
    'näkökulmasta vaikutus näkyy siinä, että ammattilaisilla on konkreettinen paikka, johon ohjata nuori, '
    'jonka ongelma ei ole palvelulla ratkaistavissa. Vertaisohjaajat saavat työelämässä ja opinnoissa '
    'hyödynnettävää osaamista, mikä on monelle heistä ensimmäinen kokemus vastuullisesta tehtävästä.')

doc.add_paragraph(
    'Muutosta voi kuvata nuoren näkökulmasta: hankkeen alussa nuori istuu illat yksin asunnossaan eikä '
    'tiedä, minne mennä. Hankkeen aikana hän tulee kaverin tai ammattilaisen kanssa Kimppa-iltaan, löytää '
    'ryhmän, jossa viihtyy, ja saa sieltä tuttuja. Myöhemmin hän ehkä käy vertaisohjaajakoulutuksen ja '
    'vetää itse ryhmää. Hankkeen tulos ei siis ole vain osallistujamäärä vaan se, että nuoren elämään tulee '
    'ihmisiä ja tekemistä, jotka säilyvät myös hankkeen jälkeen.')

doc.add_paragraph(
    'Hankkeen tuloksia voidaan hyödyntää myös alueen ulkopuolella. Kimppa-malli soveltuu erityisesti '
    'pienille ja keskisuurille kunnille, joissa nuorten aikuisten palveluja on vähän ja joissa järjestöjen '
    'ja kunnan yhteistyö on luontevaa. Käsikirjassa kuvataan, mitä mallin käynnistäminen vaatii: '
    'tilat, ohjaajaresurssin, yhteistyöverkoston ja vertaisohjaajakoulutuksen. Lisäksi käsikirjaan '
    'kootaan hankkeen aikana kertyneet kokemukset siitä, mikä ei toiminut, jotta muut voivat välttää '
    'samat virheet. Tavoitteena on, että käsikirja on käyttökelpoinen työkalu eikä pelkkä raportti, ja '
    'sitä testataan valtavirtaistamisen kokeiluissa mukana olevien kuntien ja yhdistysten kanssa ennen '
    'julkaisua.')

doc.add_heading('Juurruttaminen – miten toiminta jää elämään', 1)
doc.add_paragraph(
    'Olemme suunnitelleet juurruttamisen 4V-mallin mukaan, ja se on alkanut jo hakuvaiheessa: kaikkien '
    'kolmen kunnan nuorisopalvelut osallistuivat valmistelutyöpajoihin keväällä 2025 ja ovat antaneet '
    'hankkeelle tukikirjeen. Tavoitteena on, että Kimppa-toiminta siirtyy hankkeen jälkeen pysyväksi osaksi '
    'kuntien nuorisopalveluja ja yhdistyksen perustoimintaa.')
doc.add_paragraph(
    'Viestintä: kerromme toiminnasta alusta lähtien nuorille, ammattilaisille ja päättäjille. Hankkeen '
    'ensimmäisen puolen vuoden aikana pidetään esittely jokaisen kunnan hyvinvointityöryhmässä, ja '
    'päättäjille lähetetään puolivuosittain lyhyt tilannekatsaus.')
doc.add_paragraph(
    'Variointi: toimintamallia muokataan kunkin kunnan ja nuorten ryhmän tarpeisiin. Pitkäjärven '
    'pienemmässä kunnassa kokeilemme kiertävää mallia kylätaloilla, ja maahanmuuttajataustaisille nuorille '
    'tehdään yhdessä kotoutumispalvelujen kanssa oma selkokielinen versio ryhmistä.')
doc.add_paragraph(
    'Valtavirtaistaminen: toisena hankevuonna kutsumme naapurikuntien nuorisotyön ja kaksi muuta '
    'nuorisoalan yhdistystä kokeilemaan Kimppa-iltaa omassa toiminnassaan. Tuemme heitä perehdytyksellä ja '
    'vertaisohjaajakoulutukseen osallistumisella.')
doc.add_paragraph(
    'Vakiinnuttaminen: hankkeen kolmantena vuonna valmistellaan kuntien kanssa sopimukset, joilla '
    'Kimppa-illat siirtyvät kuntien nuorisopalvelujen toiminnaksi. Harjulan kaupungin nuorisopalvelut '
    '(vastuuhenkilö nuorisopalvelupäällikkö Tero Laitinen) on sitoutunut ottamaan kohtaamispaikan '
    'toiminnan vastuulleen 1.3.2029 alkaen, ja Pitkäjärven sekä Lehtovaaran sivistystoimet käsittelevät '
    'asiaa talousarvioidensa valmistelussa syksyllä 2028. Vertaisohjaajakoulutus jää yhdistyksen '
    'perustoiminnaksi, ja siitä vastaa Harjuseudun Nuorten Tuki ry:n toiminnanjohtaja.')
doc.add_paragraph(
    'Tulokset levitetään Innokylässä, jonne toimintamalli kuvataan toisen hankevuoden aikana, sekä '
    'alueellisessa loppuseminaarissa helmikuussa 2029 ja Nuorisoalan kattojärjestön verkostotapaamisissa.')

doc.add_heading('Hallinnointi ja yhteistyö', 1)
doc.add_paragraph(
    'Hanketta hallinnoi Harjuseudun Nuorten Tuki ry, jonka hallitus vastaa hankkeen taloudesta ja '
    'työnantajavelvoitteista. Hankkeella on ohjausryhmä, johon kuuluvat kolmen kunnan nuorisopalvelujen '
    'edustajat, hyvinvointialueen nuorisoaseman edustaja, Harjulan ammattiopiston opiskeluhuollon edustaja, '
    'seurakuntayhtymän nuorisotyön edustaja ja kaksi nuorten suunnitteluraadin jäsentä. Ohjausryhmä kokoontuu '
    'neljä kertaa vuodessa. Projektipäällikkö vastaa hankkeen käytännön johtamisesta ja raportoinnista.')

doc.add_paragraph(
    'Keskeiset yhteistyökumppanit ja niiden roolit: Harjulan kaupungin nuorisopalvelut tarjoaa tilat '
    'Harjulan nuorisotalolla ja osallistuu ohjaukseen; Pitkäjärven kunta tarjoaa kylätalojen tilat ja '
    'kuljetustukea; Lehtovaaran kunnan liikuntatoimi tuo liikuntaryhmät osaksi toimintaa; Harjulan '
    'ammattiopisto ja Harjuseudun lukio ohjaavat opiskelijoita ja tunnustavat vertaisohjaajakoulutuksen '
    'osaksi opintoja; hyvinvointialueen nuorisoasema ja etsivä nuorisotyö ohjaavat nuoria ja osallistuvat '
    'verkostoon. Yhteistyöstä on sovittu valmistelutapaamisissa, ja kumppaneiden tukikirjeet ovat '
    'hakemuksen liitteenä 3.')
doc.add_paragraph(
    'Henkilöstön rekrytoinnissa painotetaan kokemusta ryhmätoiminnasta ja nuorten aikuisten kohtaamisesta. '
    'Toisen nuorisotyöntekijän tehtävään toivomme henkilöä, jolla on omaa kokemusta yksinäisyydestä tai '
    'kokemusasiantuntijan koulutus. Työntekijät saavat säännöllisen työnohjauksen, ja heidän osaamistaan '
    'vahvistetaan koulutuksella esimerkiksi traumatietoisesta työotteesta.')

doc.add_heading('Riskit ja niihin varautuminen', 1)
table(doc, [
    ['Riski', 'Todennäköisyys', 'Varautuminen'],
    ['Nuoria ei tavoiteta riittävästi', 'keskisuuri', 'Tiivis yhteistyö ohjaavien ammattilaisten kanssa, kaveripassi, sosiaalinen media, toiminnan sisältö nuorten itse suunnittelemaa.'],
    ['Vertaisohjaajat eivät sitoudu', 'keskisuuri', 'Kulukorvaus, työnohjaus, osaamismerkki, vastuuta voi ottaa vähitellen.'],
    ['Kunnat eivät jatka rahoitusta', 'pieni–keskisuuri', 'Kunnat mukana valmistelusta asti, tulokset päättäjille säännöllisesti, sopimusneuvottelut aloitetaan ajoissa.'],
    ['Henkilöstön vaihtuvuus', 'pieni', 'Työparityöskentely, käsikirja dokumentoi käytännöt koko hankkeen ajan.'],
])

doc.add_paragraph(
    'Riskejä arvioidaan ohjausryhmän jokaisessa kokouksessa, ja taulukkoa päivitetään tarpeen mukaan. '
    'Suurimpana riskinä pidämme sitä, että toiminta ei tavoita juuri niitä nuoria, jotka ovat kaikkein '
    'yksinäisimpiä, vaan valikoituu jo valmiiksi aktiivisille. Tähän varaudumme etsivän nuorisotyön '
    'kanssa tehtävällä saattavalla työllä ja sillä, että jokaisessa kunnassa on tarjolla myös pienryhmä, '
    'johon tullaan sovitusti ohjaajan kanssa. Jos alkuvaiheen seurannassa havaitaan, että uusia nuoria tulee '
    'ammattilaisten kautta vähän, ohjauksen käytäntöjä muutetaan verkostossa yhdessä sovitulla tavalla. '
    'Taloudellisena riskinä on kustannusten nousu esimerkiksi tilavuokrissa; tähän on varauduttu sopimalla '
    'kuntien tilojen käytöstä maksutta koko hankkeen ajaksi.')

doc.add_heading('Viestintä', 1)
doc.add_paragraph(
    'Hankkeen viestinnästä vastaa viestintäsuunnittelija yhdessä projektipäällikön kanssa. Nuorille '
    'viestitään pääasiassa Instagramissa ja TikTokissa sekä oppilaitosten omissa kanavissa; nuoret itse '
    'tuottavat osan sisällöistä. Ammattilaisille viestitään verkostotapaamisissa, ohjauskortilla ja '
    'uutiskirjeellä neljä kertaa vuodessa. Päättäjille ja suurelle yleisölle kerrotaan tuloksista '
    'paikallislehdissä, yhdistyksen verkkosivuilla ja kuntien valtuustoinfoissa. Viestintäsuunnitelma '
    'tarkennetaan ensimmäisten kahden kuukauden aikana.')

doc.add_paragraph(
    'Viestinnän tavoitteet on jaettu kohderyhmittäin. Nuorille viestinnän tavoite on madaltaa kynnystä: '
    'kuvat ja videot näyttävät, miltä Kimppa-illassa oikeasti näyttää, ketkä ohjaajat ovat ja mitä '
    'tehdään. Jokaisesta illasta julkaistaan etukäteen ohjelma, jotta ensimmäistä kertaa tuleva tietää, '
    'mitä odottaa. Ammattilaisille tavoitteena on, että he tuntevat toiminnan niin hyvin, että osaavat '
    'kertoa siitä nuorelle luontevasti osana omaa työtään. Päättäjille viestitään tuloksista ja '
    'kustannuksista, jotta toiminnan jatkamisesta voidaan päättää tietoon perustuen. Suurelle yleisölle '
    'kerrotaan nuorten aikuisten yksinäisyydestä ilmiönä ja siitä, mitä jokainen voi tehdä.')
doc.add_paragraph(
    'Viestinnässä kunnioitetaan osallistujien yksityisyyttä. Kenenkään kuvaa tai tarinaa ei julkaista '
    'ilman kirjallista lupaa, ja nuorilla on oikeus perua lupa milloin tahansa. Kriisiviestinnän '
    'periaatteet sovitaan ohjausryhmässä hankkeen ensimmäisessä kokouksessa. Viestinnän onnistumista '
    'seurataan some-kanavien tavoittavuudella, uutiskirjeen avausprosentilla ja sillä, mistä uudet '
    'osallistujat kertovat kuulleensa toiminnasta.')

doc.add_heading('Nuorten osallisuus hankkeessa', 1)
doc.add_paragraph(
    'Nuoret eivät ole Kimpassa vain osallistujia, vaan toiminnan suunnittelijoita ja arvioijia. Jo '
    'hakemuksen valmistelussa nuoret vaikuttivat siihen, millaisia ryhmiä tarjotaan ja mitä hankkeessa '
    'mitataan: esimerkiksi ajatus kaveripassista ja tutustumistapaamisesta tuli suoraan työpajoista. '
    'Hankkeen aikana suunnitteluraati päättää vuosittain noin 6 000 euron toimintabudjetin käytöstä, ja '
    'raadin kaksi jäsentä istuu ohjausryhmässä täysivaltaisina jäseninä. Raadin jäsenille maksetaan '
    'kokouspalkkio, jotta osallistuminen on mahdollista myös niille, joilla on vähän rahaa.')
doc.add_paragraph(
    'Nuorten osallisuutta vahvistetaan myös niin, että vastuuta voi ottaa vähitellen. Ensin nuori voi '
    'auttaa illan järjestelyissä, sitten toimia työparina, ja vasta koulutuksen jälkeen vetää ryhmää. '
    'Jokaisella askeleella on oma tunnustuksensa: todistus, osaamismerkki tai suositus työnhakua varten. '
    'Vertaisohjaajista kootaan myös ”Kimppa-lähettiläiden” joukko, joka käy kertomassa toiminnasta '
    'oppilaitoksissa ja tapahtumissa. Nuoren oma kertomus on usein paras tapa madaltaa toisen nuoren '
    'kynnystä tulla mukaan.')
doc.add_paragraph(
    'Nuorten kanssa sovitaan yhteiset pelisäännöt ensimmäisissä Kimppa-illoissa, ja niitä päivitetään '
    'tarpeen mukaan. Pelisäännöt koskevat esimerkiksi sitä, että ryhmissä ei kysellä toisten henkilökohtaisia '
    'asioita, että puhelimet voi pitää mukana mutta yhdessä tekeminen on pääasia, ja että päihteiden '
    'vaikutuksen alaisena ei voi osallistua. Sääntöjen laatiminen yhdessä on jo itsessään ryhmäytymistä.')

doc.add_heading('Yhteys avustusohjelman tavoitteisiin', 1)
doc.add_paragraph(
    'Hanke vastaa STEA:n avustusstrategian tavoitteeseen vahvistaa ihmisten sosiaalisia suhteita ja '
    'osallisuutta sekä ehkäistä yksinäisyyttä. Se kohdistuu ryhmään, joka jää helposti sekä lasten ja '
    'nuorten että aikuisten palvelujen väliin. Kimppa on kehittämishanke siinä mielessä, että se kokoaa '
    'uudella tavalla yhteen ryhmätoiminnan, vertaisohjaajuuden ja ammattilaisten saattavan ohjauksen, ja '
    'tuottaa toimintamallin, jota muutkin järjestöt ja kunnat voivat käyttää. Samalla toiminta on '
    'tarkoitettu pysyväksi: kehittämisvaiheen jälkeen se ei tarvitse erillistä hankerahoitusta, vaan '
    'pyörii kuntien nuorisopalvelujen ja yhdistyksen perustoiminnan osana.')
doc.add_paragraph(
    'Yhdistyksellämme on kokemusta kahdesta aiemmasta STEA-rahoitteisesta hankkeesta. Nuorten '
    'kesätyöhönvalmennuksen hanke vuosina 2018–2020 vakiintui yhdistyksen perustoiminnaksi, ja sen aikana '
    'opimme, kuinka tärkeää on sitoa kunnat mukaan jo suunnitteluvaiheessa. Tätä kokemusta on hyödynnetty '
    'Kimpan valmistelussa.')

doc.add_heading('Liitteet', 1)
doc.add_paragraph(
    'Liite 2: Valmistelutyöpajojen ja kyselyn yhteenveto (kevät 2025). Liite 3: Yhteistyökumppaneiden '
    'tukikirjeet (Harjula, Pitkäjärvi, Lehtovaara, Harjulan ammattiopisto, hyvinvointialueen nuorisoasema). '
    'Liite 4: Yksityiskohtainen talousarvio. Liite 5: Alustava viestintäsuunnitelma.')

doc.add_heading('Lopuksi', 1)
doc.add_paragraph(
    'Kimppa rakentuu sille, mitä nuoret itse kertoivat valmisteluvaiheessa: he haluavat tekemistä, '
    'seuraa ja helpon tavan tulla mukaan. Hankkeen myötä nuorten aikuisten arki Harjuseudulla muuttuu '
    'vähemmän yksinäiseksi, ja toiminnalle on hankkeen päättyessä valmiit omistajat.')
doc.save(os.path.join(OUT, 'kimppa_hankesuunnitelma.docx'))

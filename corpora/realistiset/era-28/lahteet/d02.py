from apu import *
name = "02_polku-tekijaksi_esr-hakemus"
d = Document()
d.add_heading("POLKU TEKIJÄKSI – hankesuunnitelma (ESR+)", 0)
d.add_paragraph("Luonnos 3.3.2025 – Minnan muutokset näkyvissä, hyväksytään ohjausryhmän jälkeen")
sdt_para(d, "Hakija:", "Kaakkois-Suomen ammattiopisto Kasvu, Kouvolan toimipiste")
sdt_para(d, "Toteutusaika:", "1.8.2025–31.7.2027")
sdt_para(d, "Haettava rahoitus:", "ESR+ / Hämeen ELY-keskus, erityistavoite 4.1")

bold(d, "Lähtötilanne")
paras(d, """
Kouvolan seudulla oli vuoden 2024 lopussa noin 1 150 alle 30-vuotiasta työtöntä työnhakijaa, joista kolmannes ilman toisen asteen tutkintoa. Samaan aikaan alueen metalli- ja logistiikkayritykset kertovat, etteivät ne löydä osaavia työntekijöitä edes perustehtäviin. Oppilaitoksen omien lukujen mukaan logistiikan ja kone- ja tuotantotekniikan opinnoista keskeytti lukuvuonna 2023–2024 noin 18 prosenttia aloittaneista, useimmiten ensimmäisen vuoden aikana.
""")

bold(d, "Mitä tavoittelemme")
paras(d, """
Tavoitteenamme on, että opintonsa keskeyttämässä olevat nuoret pysyvät koulutuksessa ja suorittavat tutkinnon osia työpaikoilla.

Lisäksi haluamme, että työpaikkaohjaajien ohjausosaaminen vahvistuu niin, että nuori saa työpaikalla riittävästi tukea.

Kolmanneksi hankkeen myötä alueen yritysten ja oppilaitoksen yhteistyö tiivistyy ja muuttuu suunnitelmalliseksi.
""")

bold(d, "Kohderyhmä")
paras(d, """
Hankkeen kohderyhmänä ovat 16–29-vuotiaat logistiikan ja kone- ja tuotantotekniikan opiskelijat, joilla on riski keskeyttää opintonsa (arviolta 80 nuorta), sekä alueen yritysten työpaikkaohjaajat (noin 40 henkilöä 15 yrityksestä).
""")

bold(d, "Toteutus")
paras(d, """
Hankkeessa kokeillaan työpaikkapainotteista opintopolkua, jossa nuori siirtyy riskin tunnistamisen jälkeen nopeasti oppimaan työpaikalle. Opintopolun rakentaa nuoren kanssa hankkeen valmentaja, joka tapaa nuoren viikoittain ja pitää yhteyttä työpaikkaan. Nuorelle laaditaan henkilökohtainen suunnitelma, johon kirjataan tutkinnon osat, tuki ja tavoiteaikataulu.

Työpaikkaohjaajille järjestetään neljän kerran ohjaajavalmennus, jossa käsitellään nuoren kohtaamista, palautteen antamista ja osaamisen arviointia. Valmennus toteutetaan yritysten tiloissa aamuvuoron jälkeen.

Yhteistyön tiivistämiseksi järjestetään yritysvierailuja ja kaksi kertaa vuodessa yritysaamu, jossa yritykset ja opettajat sopivat tulevan kauden harjoittelupaikoista ja koulutustarpeista.
""")

bold(d, "Aikataulu")
paras(d, """
Syksy 2025: valmentajien rekrytointi, nuorten ohjautumisen mallin sopiminen, ensimmäiset nuoret mukaan. Kevät 2026: ensimmäinen ohjaajavalmennus. Lukuvuosi 2026–2027: toiminta täydessä laajuudessa, toinen valmennus. Kesä 2027: loppuarviointi ja raportointi.
""")

bold(d, "Seuranta ja arviointi")
tracked_para(d, [("n", "Ensimmäisen tavoitteen toteutumista seurataan sillä, kuinka moni mukana olleista nuorista on kuuden kuukauden kuluttua edelleen opinnoissa ja kuinka monta tutkinnon osaa he ovat suorittaneet työpaikalla. "),
                 ("i", "Tavoitteena on, että vähintään 70 % nuorista jatkaa opintojaan.")])
tracked_para(d, [("n", "Työpaikkaohjaajat arvioivat omaa ohjausosaamistaan kyselyllä ennen valmennusta ja sen jälkeen, ja nuorilta kerätään palaute työpaikalla saadusta ohjauksesta. "),
                 ("d", "Yritysyhteistyön tiivistymistä seurataan solmittujen yhteistyösopimusten määrällä ja yritysaamujen osallistujamäärillä.")])
paras(d, """
Hankkeen itsearviointi tehdään puolivuosittain ohjausryhmässä. Arvioinnin tulokset raportoidaan ELY-keskukselle maksatushakemusten yhteydessä.
""")

bold(d, "Tulokset")
paras(d, """
Hankkeen tuloksena syntyy kuvattu työpaikkapainotteisen opintopolun malli, työpaikkaohjaajan valmennuksen materiaali ja yritysyhteistyön vuosikello. Odotamme, että keskeyttämiset logistiikassa ja tuotantotekniikassa vähenevät ja nuoret työllistyvät tutkinnon jälkeen alueen yrityksiin.
""")

bold(d, "Juurruttaminen")
paras(d, """
Mallin juurruttaminen on aloitettu jo valmisteluvaiheessa: opintopolkua on suunniteltu tammikuussa 2025 yhdessä oppilaitoksen koulutuspäälliköiden ja kolmen yrityksen kanssa. Viestimme mallista alusta asti opettajille ja työpaikoille oppilaitoksen verkkosivuilla ja yritysaamuissa. Mallia varioidaan eri aloille: logistiikassa ja tuotannossa on erilaiset työvuorot ja ohjauksen tarpeet, joten molemmille tehdään omat versiot. Valtavirtaistamiseksi malli esitellään Kymenlaakson ammatillisten oppilaitosten verkostossa ja Innokylässä, ja kutsumme kaksi muuta alaa kokeilemaan sitä keväällä 2027. Vakiinnuttaminen: koulutusjohtaja Riikka Paajanen vastaa siitä, että opintopolku kirjataan oppilaitoksen ohjaussuunnitelmaan ja valmentajan tehtävä siirtyy opinto-ohjauksen vakinaisiin resursseihin syksystä 2027. Juurruttamiseen on varattu hankkeen viimeisestä puolesta vuodesta puolet projektipäällikön työajasta.
""")

bold(d, "Hankkeen organisointi")
paras(d, """
Hankkeessa työskentelevät projektipäällikkö (100 %) ja kaksi valmentajaa (100 %). Ohjausryhmässä ovat oppilaitoksen, TE-palvelujen, Kouvolan kaupungin työllisyyspalvelujen ja kahden yrityksen edustajat.
""")

bold(d, "Viestintä")
paras(d, """
Hankkeesta tiedotetaan oppilaitoksen verkkosivuilla, LinkedInissä ja paikallislehdissä. Yrityksille lähetetään uutiskirje kahdesti vuodessa.
""")

bold(d, "Budjetti")
paras(d, """
Kokonaisbudjetti on 486 000 euroa (ESR+ ja valtion rahoitus 437 400 €, omarahoitus 48 600 €). Kustannuksista valtaosa on henkilöstökuluja; ne on laskettu EURA-järjestelmän flat rate -mallilla.
""")
d.save(os.path.join(OUT, name + ".docx"))
expected(name, "hankesuunnitelma", [
  {"rule": "tavoite.ei-arviointia", "count": 1},
  {"rule": "rakenne.osio-puuttuu", "target": "riskit"}])

# -*- coding: utf-8 -*-
"""Era-30 -aineiston generaattori. Aja: python tee_era30.py (tarvitsee python-docx, lxml, soffice)."""
import json, os, subprocess, shutil
from docx import Document
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.dirname(os.path.abspath(__file__))
_ID = [100]
PLH = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."

def expected(name, doc_type, findings):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"doc_type": doc_type, "findings": findings}, f, ensure_ascii=False, indent=1)

def bold(doc, text):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; return p

def para(doc, text):
    return doc.add_paragraph(text)

def _run(text, deltext=False):
    r = OxmlElement("w:r"); t = OxmlElement("w:delText" if deltext else "w:t")
    t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t); return r

def sdt_par(doc, text=None, tag="vastaus"):
    """Sisältökenttä (block-level w:sdt). text=None -> täyttämätön, näyttää paikkamerkin."""
    body = doc.element.body
    sdt = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias"); al.set(qn("w:val"), tag); pr.append(al)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
    if text is None:
        pr.append(OxmlElement("w:showingPlcHdr"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    p = OxmlElement("w:p"); p.append(_run(PLH if text is None else text)); content.append(p)
    sdt.append(content)
    body.insert(len(body) - 1, sdt)  # ennen sectPr:ää
    return sdt

def tracked_par(doc, parts):
    """parts: lista (tyyppi, teksti), tyyppi 'n' normaali, 'i' lisätty, 'd' poistettu."""
    p = doc.add_paragraph()
    for i, (k, t) in enumerate(parts):
        if k == "n":
            p._p.append(_run(t))
        else:
            el = OxmlElement("w:ins" if k == "i" else "w:del")
            _ID[0] += 1; el.set(qn("w:id"), str(_ID[0])); el.set(qn("w:author"), "Riikka Salmela")
            el.set(qn("w:date"), "2025-02-18T10:12:00Z")
            el.append(_run(t, deltext=(k == "d"))); p._p.append(el)
    return p

def table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    return t

def field(doc, label, answer, vastaus=True):
    bold(doc, label)
    if isinstance(answer, str):
        answer = [answer]
    for k, a in enumerate(answer):
        para(doc, ("Vastaus: " if vastaus and k == 0 else "") + a)

def esr_extra(d):
    bold(d, "7.1 TYÖPAKETTIEN TARKENNETTU KUVAUS")
    para(d, "Täytä jokaisesta työpaketista kentät Työpaketin sisältö, Tuotokset ja Vastuut. (Kenttä toistuu työpaketeittain.)")
    wp = [
      ("Työpaketti 1 – Yhteinen palvelupolku", [
        "Ensimmäisten kuukausien aikana hankepäällikkö ja työkykykoordinaattori haastattelevat noin 25 asiakasta ja 20 työntekijää siitä, "
        "missä kohdin nykyinen polku katkeaa. Haastattelujen pohjalta piirretään asiakaspolkukartta, joka käydään läpi kahdessa "
        "yhteiskehittämisen työpajassa. Työpajoihin kutsutaan myös Kelan ammatillisen kuntoutuksen asiantuntija ja Ohjaamon edustaja.",
        "Pilotin aikana jokaiselle asiakkaalle nimetään vastuuvalmentaja, joka kutsuu tarvittaessa koolle monialaisen asiakaspalaverin. "
        "Palaverin käytäntö, asiakkaan suostumus tiedonsiirtoon ja kirjaamisen tapa sovitaan kirjallisesti kaikkien kolmen organisaation kesken. "
        "Pilotin kokemukset kootaan joulukuussa 2025, ja polkua korjataan ennen laajentamista ympäryskuntiin.",
        "Ympäryskunnissa palvelu toteutetaan osin etänä. Outokummussa, Ilomantsissa ja Juuassa valmentaja on paikalla kahtena päivänä "
        "viikossa kunnan yhteispalvelupisteessä, ja muina päivinä asiakas voi varata ajan videoyhteydellä."],
       "Asiakaspolkukartta, kirjallinen yhteistyösopimus, tiedonsiirron ohje, palvelukuvausluonnos.",
       "Hankepäällikkö (koordinointi), Siun soten työkykykoordinaattori (työkyvyn arvioinnin osuus), ammattiopiston opettaja-koordinaattori (koulutusosuus)."),
      ("Työpaketti 2 – Työkyvyn ja osaamisen vahvistaminen", [
        "Ryhmävalmennus Arjen taidot työhön kestää kahdeksan viikkoa, ja siinä käsitellään vuorokausirytmiä, jaksamista, omien vahvuuksien "
        "tunnistamista ja työnhakua. Ryhmät ovat 6–10 hengen kokoisia, ja niitä järjestetään noin neljä vuodessa. Ryhmää vetää työhönvalmentaja "
        "yhdessä kokemusasiantuntijan kanssa.",
        "Yksilövalmennuksessa asiakkaan kanssa tehdään työllistymissuunnitelma, jota päivitetään kuukausittain. Työkokeilupaikat haetaan "
        "ensisijaisesti yrityksistä, jotka ovat osallistuneet työpaketin 3 koulutuksiin. Ammattiopisto tarjoaa lyhyitä, 5–15 osaamispisteen "
        "kokonaisuuksia, joita voi suorittaa työpaikalla, ja tunnustaa aiemmin hankitun osaamisen.",
        "Digitaitojen pajoissa harjoitellaan verkkoasiointia, sähköistä työnhakua ja tavallisimpia työpaikan sovelluksia. Pajoja pidetään kirjastoissa "
        "Joensuussa ja Outokummussa yhteistyössä Vaara-kirjastojen kanssa."],
       "Valmennusmateriaali selkokielellä, työllistymissuunnitelman pohja, työkokeilujen yhteistyökäytäntö.",
       "Työhönvalmentajat; ammattiopiston osatoteutuksen vastuuhenkilö."),
      ("Työpaketti 3 – Työnantajayhteistyö", [
        "Yritysasiantuntija tekee hankkeen aikana noin 80 yrityskäyntiä. Käynnillä käydään läpi yrityksen rekrytointitarpeet ja etsitään "
        "tehtäviä, joita voidaan jakaa tai muokata niin, että ne sopivat osatyökykyiselle. Esimerkkejä ovat varastotyön osatehtävät, "
        "kiinteistöjen ulkoalueiden hoito ja asiakaspalvelun tukitehtävät.",
        "Työnantajakoulutukset järjestetään yhdessä Pohjois-Karjalan Yrittäjien kanssa aamupäivätilaisuuksina. Kouluttajina ovat työterveyshuollon "
        "asiantuntija, TE-palveluiden tukien asiantuntija ja yrittäjä, joka on palkannut osatyökykyisen. Jokaisesta koulutuksesta tehdään "
        "tallenne, joka julkaistaan työllisyyspalveluiden verkkosivuilla.",
        "Rekrytoinnin jälkeen työnantaja voi pyytää yritysasiantuntijalta sparrausta kolmen kuukauden ajan. Sparrauksessa ratkotaan käytännön "
        "kysymyksiä, kuten perehdytystä, työaikoja ja työvälineiden hankintaa."],
       "Työnantajan pikaopas, koulutustallenteet, yritysverkosto.",
       "Yritysasiantuntija; Pohjois-Karjalan Yrittäjät (koulutusten markkinointi)."),
    ]
    for name, content, outputs, owners in wp:
        bold(d, name)
        field(d, "Työpaketin sisältö *", content)
        field(d, "Tuotokset *", outputs)
        field(d, "Vastuut *", owners)
    field(d, "Hankkeen yhteys alueellisiin ja kansallisiin strategioihin *", [
        "Hanke toteuttaa Pohjois-Karjalan maakuntaohjelman POKAT 2025 tavoitetta työvoiman saatavuuden parantamisesta sekä Joensuun "
        "seudun työllisyysohjelman linjausta, jonka mukaan osatyökykyisten työllistymistä edistetään yhteistyössä hyvinvointialueen kanssa.",
        "Kansallisesti hanke liittyy työkykyohjelman jatkotyöhön ja työllisyyspalveluiden uudistukseen, jossa kunnat vastaavat työnhakijoiden "
        "palveluista 1.1.2025 alkaen."])
    field(d, "Miten hanke hyödyntää aiempien hankkeiden tuloksia?",
          "Hankkeessa hyödynnetään Työkykyohjelman (2019–2023) työkykykoordinaattorimallia sekä Pohjois-Karjalassa toteutetun Työkyky kuntoon "
          "-hankkeen (2020–2022) kokemuksia työkokeilujen järjestämisestä. Aiempien hankkeiden toteuttajia on haastateltu valmisteluvaiheessa.")
    field(d, "Hankkeen innovatiivisuus", [
        "Uutta on kolmen organisaation yhteinen, yhdellä suostumuksella toimiva asiakaspolku sekä se, että ammatillisen koulutuksen osia "
        "suoritetaan osana työkokeilua. Myös kokemusasiantuntijan rooli ryhmävalmennuksen toisena ohjaajana on seudulla uusi."])
    field(d, "Kustannusten perustelut *", [
        "Henkilöstökustannukset muodostavat valtaosan budjetista, koska hankkeen työ on asiakastyötä ja yhteiskehittämistä. Palkat on "
        "mitoitettu kunnallisen yleisen virka- ja työehtosopimuksen mukaan. Ostopalveluihin sisältyvät ulkoinen arviointi, palvelumuotoilun "
        "fasilitointi (8 000 €) ja selkokielistäminen (3 500 €). Muut kustannukset katetaan 24 %:n flat rate -osuudella."])

def esr_extra2(d):
    bold(d, "7.2 ASIAKKAAN POLKU ESIMERKIN AVULLA")
    field(d, "Kuvaa, miten asiakas kulkee hankkeen palveluissa (vapaaehtoinen kenttä, max 3000 merkkiä)", [
        "Esimerkkiasiakas on 48-vuotias entinen varastotyöntekijä, jolla on selkävaivoja ja joka on ollut työttömänä kaksi vuotta. Nykyisin hän "
        "asioi työllisyyspalveluissa, käy työterveyshuollon sijaan terveysasemalla ja on kuullut työkokeilusta vain sattumalta. Hän ei tiedä, "
        "kuka hänen asiaansa kokonaisuutena hoitaa.",
        "TyöTaito-polulla hänen omavalmentajansa ohjaa hänet ensimmäisen kuukauden aikana työkykykoordinaattorin vastaanotolle. Koordinaattori "
        "arvioi työkyvyn ja kirjaa suositukset, jotka asiakkaan suostumuksella siirtyvät suoraan valmentajalle. Monialaisessa palaverissa "
        "sovitaan, että asiakas aloittaa Arjen taidot työhön -ryhmän ja hakee samalla työkokeilupaikkaa varaston keräilytehtävistä, joita on "
        "muokattu niin, ettei niissä tarvitse nostaa raskaita taakkoja.",
        "Työkokeilun aikana asiakas suorittaa ammattiopiston kautta logistiikan perustutkinnon osan Varastotoiminnot. Kolmen kuukauden kuluttua "
        "työnantaja tarjoaa hänelle osa-aikaista työsuhdetta palkkatuella, ja yritysasiantuntija auttaa työnantajaa järjestämään "
        "työolosuhteiden järjestelytuen sähköisen nostopöydän hankintaan. Valmentaja pitää yhteyttä vielä kolme kuukautta työsuhteen alkamisen jälkeen.",
        "Esimerkki kuvaa sitä, mitä tavoittelemme: asiakas ei jää odottamaan siirtymissä, ja jokaisella vaiheella on nimetty tekijä."])
    bold(d, "9.1 OSATOTEUTTAJIEN ROOLIT")
    field(d, "Osatoteuttaja 1: Karjalan ammattiopisto – rooli ja vastuut *", [
        "Ammattiopisto vastaa koulutusosuuksista, osaamisen tunnistamisesta ja tunnustamisesta sekä työpaikalla tapahtuvan oppimisen "
        "ohjauksesta. Opettaja-koordinaattori osallistuu monialaisiin asiakaspalavereihin silloin, kun asiakkaan suunnitelmaan sisältyy "
        "koulutusta. Ammattiopisto kattaa omasta budjetistaan opetuksen kustannukset, ja hankkeelle kohdistetaan vain koordinaattorin palkka."])
    field(d, "Osatoteuttaja 2: Siun sote – rooli ja vastuut *", [
        "Siun soten työkykykoordinaattori tekee asiakkaiden työkyvyn arvioinnit ja ohjaa tarvittaessa jatkotutkimuksiin ja kuntoutukseen. "
        "Siun sote vastaa siitä, että tiedonsiirto terveydenhuollosta työllisyyspalveluihin tapahtuu asiakkaan suostumuksella ja tietosuojan "
        "mukaisesti. Koordinaattori osallistuu myös palvelupolun kuvaamiseen ja pilotin arviointiin."])
    field(d, "Osatoteuttaja 1: Karjalan ammattiopisto – osuus kustannuksista", "142 000 €")
    field(d, "Osatoteuttaja 2: Siun sote – osuus kustannuksista", "118 500 €")
    bold(d, "9.2 HALLINNOINTI JA TALOUDEN SEURANTA")
    field(d, "Miten hankkeen hallinnointi ja talouden seuranta järjestetään? *", [
        "Päätoteuttaja vastaa hankkeen kokonaishallinnoinnista ja maksatushakemuksista. Kirjanpito hoidetaan liikelaitoksen kirjanpidossa "
        "omalla kustannuspaikalla, ja hankepäällikkö seuraa budjetin toteutumista kuukausittain. Osatoteuttajat toimittavat kustannustositteensa "
        "päätoteuttajalle neljännesvuosittain. Maksatushakemukset tehdään neljän kuukauden välein EURA 2021 -järjestelmässä.",
        "Liikelaitoksen talouspäällikkö käy hankkeen taloustilanteen läpi ohjausryhmän kanssa kahdesti vuodessa."])
    field(d, "Tietosuoja ja asiakastietojen käsittely *", [
        "Asiakastiedot kirjataan kunkin organisaation omiin asiakastietojärjestelmiin. Hankkeessa ei perusteta uutta rekisteriä, vaan tiedonsiirto "
        "perustuu asiakkaan kirjalliseen suostumukseen. Seurantaa varten kerättävät tiedot käsitellään tunnisteettomina. Tietosuojaseloste "
        "laaditaan ennen pilotin alkua, ja se tarkistetaan liikelaitoksen tietosuojavastaavan kanssa."])
    field(d, "Saavutettavuus", [
        "Palvelupisteet ovat esteettömiä, ja verkkomateriaalit tehdään saavutettavuusdirektiivin mukaisina. Valmennuksiin voi osallistua "
        "myös etänä, ja tulkkauspalvelut hankitaan tarvittaessa."])
    bold(d, "9.3 EURA-INDIKAATTORIT")
    para(d, "Vastaus: Hankkeen tavoitearvot yhteisille indikaattoreille (täytetään EURA-järjestelmän indikaattorilomakkeelle).")
    table(d, [["Indikaattori", "Tavoitearvo"],
              ["Osallistujat yhteensä", "180"],
              ["joista työttömät, myös pitkäaikaistyöttömät", "170"],
              ["joista vammaiset henkilöt / osatyökykyiset", "180"],
              ["Osallistujat, jotka ovat työssä kuuden kuukauden kuluttua osallistumisesta", "45"],
              ["Osallistujat, jotka ovat koulutuksessa kuuden kuukauden kuluttua osallistumisesta", "18"],
              ["Tuetut yritykset ja työnantajat", "45"]])
    field(d, "Miten indikaattoritieto kerätään?", [
        "Osallistujien aloitustiedot kerätään EURA-järjestelmän osallistujalomakkeella hankkeeseen tullessa. Kuuden kuukauden seurantatieto "
        "kootaan puhelinsoitolla tai tekstiviestikyselyllä ja tarkistetaan työllisyyspalveluiden asiakastietojärjestelmästä."])
    bold(d, "9.4 PITKÄN AIKAVÄLIN VAIKUTUKSET")
    field(d, "Millaisia vaikutuksia hankkeella tavoitellaan pitkällä aikavälillä?", [
        "Pitkällä aikavälillä hanke vähentää osatyökykyisten pitkäaikaistyöttömyyttä seudulla ja siirtää painopistettä passiivisesta tuesta "
        "aktiiviseen tukeen. Kun työnantajat oppivat muokkaamaan tehtäviä, myös ikääntyvien työntekijöiden työurat pitenevät. Kunnalle tämä "
        "näkyy pienempinä työmarkkinatuen kuntaosuuksina; karkean arviomme mukaan jokainen työllistynyt pitkäaikaistyötön vähentää kunnan "
        "kustannuksia 3 000–6 000 € vuodessa.",
        "Palveluiden näkökulmasta tavoittelemme sitä, että kolme organisaatiota toimivat asiakkaan suuntaan yhtenä palveluna ja että "
        "yhteistyön rakenteet – yhteinen alkuarviointi, monialainen palaveri ja suostumuksella toimiva tiedonsiirto – säilyvät henkilöstön vaihtuessa."])
    bold(d, "9.5 VALMISTELUN VAIHEET")
    field(d, "Kuvaa hankkeen valmisteluprosessi", [
        "Hankeidea syntyi keväällä 2024 työllisyysuudistuksen valmistelutyöryhmässä. Kesäkuussa 2024 työllisyyspalvelut, ammattiopisto ja "
        "Siun sote sopivat yhteisestä hakemuksesta, ja syksyn aikana pidettiin kolme valmistelupalaveria. Rahoittajan kanssa hanketta "
        "esiteltiin ELY-keskuksen hakuinfossa 14.11.2024, ja saadun palautteen perusteella indikaattorien tavoitearvoja tarkennettiin.",
        "Hakemusluonnos kommentoitiin ohjausryhmäksi aiotussa kokoonpanossa tammikuussa 2025."])

def esr_extra3(d):
    bold(d, "9.6 HENKILÖSTÖN TEHTÄVÄNKUVAUKSET")
    roles = [
      ("Hankepäällikkö", "100 %", "Vastaa hankkeen johtamisesta, suunnitelman toteutumisesta, raportoinnista ja taloudesta. Koordinoi palvelupolun "
       "kuvaamista ja pilottia, valmistelee ohjausryhmän kokoukset ja vastaa yhteistyöstä rahoittajan kanssa. Toimii myös juurruttamistyön "
       "käytännön vetäjänä ja pitää yhteyttä liikelaitoksen palvelupäällikköön, jolle palvelupolku siirtyy."),
      ("Työhönvalmentaja (2 henkilöä)", "100 %", "Toimivat asiakkaiden omavalmentajina, laativat työllistymissuunnitelmat, vetävät ryhmävalmennuksia "
       "ja etsivät työkokeilupaikkoja yhdessä yritysasiantuntijan kanssa. Toinen valmentajista työskentelee pääosin ympäryskunnissa."),
      ("Yritysasiantuntija", "100 % 1.8.2025 alkaen", "Tekee yrityskäynnit, järjestää työnantajakoulutukset, kokoaa työnantajan pikaoppaan ja "
       "tarjoaa rekrytoinnin jälkeistä sparrausta. Pitää yhteyttä yrittäjäjärjestöihin ja kauppakamariin."),
      ("Työkykykoordinaattori (Siun sote)", "40 %", "Tekee työkyvyn arvioinnit, osallistuu monialaisiin palavereihin ja vastaa terveydenhuollon "
       "osuudesta palvelupolussa."),
      ("Opettaja-koordinaattori (KAO)", "50 %", "Suunnittelee koulutusosuudet, tunnistaa asiakkaan aiemman osaamisen ja ohjaa työpaikalla "
       "tapahtuvaa oppimista yhdessä työpaikkaohjaajan kanssa."),
    ]
    for r, share, desc in roles:
        field(d, "Tehtävänimike *", r)
        field(d, "Työaikaosuus hankkeessa *", share)
        field(d, "Tehtävän kuvaus (max 1000 merkkiä) *", desc)
    bold(d, "9.7 OHJAUSRYHMÄN TEHTÄVÄT")
    field(d, "Ohjausryhmän kokoonpano ja tehtävät", [
        "Ohjausryhmän puheenjohtajana toimii työllisyyspalveluiden johtaja. Ryhmä seuraa hankkeen etenemistä ja taloutta, hyväksyy "
        "toimintasuunnitelmat ja väliraportit sekä tekee linjaukset siitä, mitkä toimintatavat siirretään organisaatioiden perustoimintaan. "
        "Kokemusasiantuntijan osallistuminen ohjausryhmään korvataan palkkiona.",
        "Ohjausryhmän lisäksi perustetaan operatiivinen työryhmä, johon kuuluvat hankkeen työntekijät ja osatoteuttajien yhteyshenkilöt. "
        "Työryhmä kokoontuu kahden viikon välein ja käsittelee asiakastyön käytännön kysymyksiä."])
    bold(d, "9.8 KOKEMUSASIANTUNTIJOIDEN PALAUTE VALMISTELUSSA")
    field(d, "Tiivistelmä kohderyhmältä saadusta palautteesta", [
        "Kokemusasiantuntijaryhmän mukaan suurin ongelma on se, että asiakas joutuu kertomaan tarinansa moneen kertaan ja ettei kukaan ota "
        "kokonaisvastuuta. Ryhmä toivoi, että asiakkaalla olisi yksi tuttu ihminen koko polun ajan ja että tapaamisia voisi järjestää myös "
        "kotikunnassa. Lisäksi toivottiin, että työkokeilun jälkeen ei jäätäisi tyhjän päälle, vaan siirtymää työhön tuettaisiin.",
        "Työnantajat puolestaan kertoivat yrittäjäaamiaisilla, että tukien hakeminen on työlästä ja että he tarvitsisivat nopean yhteyshenkilön, "
        "jos työsuhteessa tulee ongelmia. Nämä toiveet näkyvät hankkeen rakenteessa: omavalmentaja, etäpalvelut ympäryskunnissa, jälkiseuranta "
        "ja työnantajan sparraus ovat kaikki suoraan palautteen pohjalta syntyneitä ratkaisuja."])
    field(d, "Miten kohderyhmä osallistuu hankkeen toteutukseen?", [
        "Kokemusasiantuntijat ovat mukana ryhmävalmennusten ohjaajina, palvelupolun työpajoissa ja ohjausryhmässä. Asiakaspalautetta kerätään "
        "jokaisen valmennusjakson lopussa, ja palautteen perusteella tehdyt muutokset kerrotaan asiakkaille ryhmissä."])

def esr_extra4(d):
    bold(d, "13.1 VIESTINNÄN KOHDERYHMÄT JA KANAVAT")
    table(d, [["Viestinnän kohderyhmä", "Viestin ydin", "Kanavat", "Ajoitus"],
              ["Osatyökykyiset työnhakijat", "Apua saa yhdestä paikasta, polulla on tuttu valmentaja", "selkoesite, palveluohjaus, kirjastot, Ohjaamo", "koko hankkeen ajan"],
              ["Työnantajat", "Osatyökykyinen on osaava työntekijä, tukea on saatavilla", "yrittäjäjärjestöjen uutiskirjeet, yritysvierailut, LinkedIn", "Q4/2025 alkaen"],
              ["Ammattilaiset", "Yhteinen polku säästää aikaa", "henkilöstöinfot, intranet, työpajat", "Q2/2025 alkaen"],
              ["Päättäjät", "Polku on kustannustehokas ja kannattaa vakinaistaa", "johtokunta, valtuustoseminaari, tulosraportit", "Q1/2026, Q1/2027"],
              ["Muut työllisyysalueet", "Mallia voi soveltaa omiin oloihin", "Innokylä, Työllisyysfoorumi, loppuseminaari", "2026–2027"]])
    bold(d, "14.1 KUSTANNUSTEN JAKAUTUMINEN VUOSINELJÄNNEKSITTÄIN (arvio)")
    table(d, [["", "Q2/2025", "Q3/2025", "Q4/2025", "Q1/2026", "Q2/2026", "Q3/2026", "Q4/2026", "Q1/2027", "Q2/2027", "Q3/2027"],
              ["Kustannukset, €", "88 000", "108 000", "115 616", "124 000", "124 000", "124 000", "124 040", "126 000", "126 000", "124 944"]])
    field(d, "Hakijan taloudelliset edellytykset *",
          "Liikelaitoksen talous on vakaa, ja kuntarahoitusosuus 236 920 € on varattu liikelaitoksen talousarvioon ja -suunnitelmaan vuosille 2025–2027. "
          "Hanke pystyy kattamaan kustannukset maksatusten välillä liikelaitoksen kassavaroista.")
    field(d, "Valtiontuki", "Hankkeessa ei myönnetä tukea yrityksille; työnantajille annettava neuvonta on yleishyödyllistä eikä muodosta valtiontukea.")
    field(d, "Ei merkittävää haittaa -periaate (DNSH) *",
          "Hanke ei aiheuta merkittävää haittaa ympäristötavoitteille. Tapahtumat järjestetään ensisijaisesti joukkoliikenteellä saavutettavissa "
          "paikoissa, materiaalit tehdään sähköisinä ja tarjoilut kasvispainotteisina.")
    bold(d, "16. HANKKEEN ETENEMINEN VUOSITTAIN")
    field(d, "Kuvaa lyhyesti, mitä kunakin toteutusvuonna tehdään", [
        "Vuosi 2025: Henkilöstö rekrytoidaan ja perehdytetään huhti–toukokuussa. Lähtötason mittaukset tehdään kevään aikana, ja asiakaspolku "
        "kuvataan kesään mennessä. Pilotti käynnistyy Joensuussa syyskuussa, ensimmäinen ryhmävalmennus alkaa lokakuussa ja ensimmäinen "
        "työnantajakoulutus pidetään marraskuussa. Vuoden lopussa pilotin kokemukset käydään läpi ohjausryhmässä.",
        "Vuosi 2026: Polku laajennetaan ympäryskuntiin. Valmennukset, työkokeilut ja koulutusosuudet ovat täydessä käynnissä, ja yrityskäyntejä "
        "tehdään noin kolme viikossa. Ulkoinen arvioija aloittaa työnsä keväällä ja antaa väliarvion syksyllä. Päättäjille järjestetään "
        "valtuustoseminaari, jossa esitellään ensimmäiset tulokset. Mallin soveltamisesta sovitaan Keski-Karjalan ja Pielisen Karjalan kanssa.",
        "Vuosi 2027: Palvelukuvaus ja talousarvioesitys palvelupolun jatkamisesta valmistellaan liikelaitoksen johtokunnalle. Asiakastyötä "
        "jatketaan kesäkuuhun, jonka jälkeen keskitytään tulosten kokoamiseen, loppuseminaariin ja loppuraportointiin. Toimintamallin kuvaus "
        "viimeistellään Innokylään elokuussa."])
    field(d, "Miten hankkeen edistymisestä raportoidaan rahoittajalle?",
          "Maksatushakemusten yhteydessä toimitetaan seurantatiedot ja lyhyt sanallinen väliraportti. Loppuraportti laaditaan EURA-järjestelmään "
          "hankkeen päättymisen jälkeen rahoittajan ohjeiden mukaisesti.")
    field(d, "Hankkeen päättymisen jälkeen", [
        "Kun hanke päättyy, asiakkaat siirtyvät suoraan liikelaitoksen omille valmentajille, eikä kenenkään polku katkea. Yritysverkoston "
        "ylläpito siirtyy liikelaitoksen yrityspalveluihin, ja ammattiopisto jatkaa työpaikalla suoritettavien tutkinnon osien tarjoamista "
        "osana normaalia toimintaansa. Siun sote on sitoutunut pitämään työkykykoordinaattorin tehtävän jatkossakin osana työkykypalveluita."])

def esr_extra5(d):
    bold(d, "7.3 LISÄKYSYMYKSET (ESR+)")
    field(d, "Miten hankkeessa kehitetään henkilöstön osaamista? *", [
        "Hankkeen alussa koko henkilöstö ja osatoteuttajien yhteyshenkilöt osallistuvat kahden päivän yhteiseen perehdytykseen, jossa käydään "
        "läpi työkyvyn arvioinnin perusteet, palkkatuen ja muiden tukien ehdot sekä ratkaisukeskeisen valmennuksen menetelmät. Lisäksi "
        "työhönvalmentajat suorittavat IPS-työhönvalmennuksen verkkokoulutuksen ensimmäisen puolen vuoden aikana.",
        "Osaamista jaetaan myös työllisyyspalveluiden muulle henkilöstölle: hankkeen työntekijät pitävät kuukausittain lyhyen klinikan, jossa "
        "käsitellään osatyökykyisten asiakkaiden tilanteita ja hyviksi todettuja ratkaisuja. Näin osaaminen ei jää vain hankkeen työntekijöille."])
    field(d, "Sukupuolivaikutusten arviointi *", [
        "Työllisyyspalveluiden osatyökykyisistä asiakkaista noin 58 % on miehiä (2024), mutta naiset osallistuvat palveluihin aktiivisemmin. "
        "Työkokeilupaikkoja tarjoavat toimialat ovat osin vahvasti sukupuolittuneita, mikä voi ohjata miehiä logistiikkaan ja naisia "
        "puhtausalalle. Valmennuksessa tämä otetaan puheeksi, ja asiakkaita rohkaistaan kokeilemaan myös toisen sukupuolen enemmistöaloja.",
        "Seurantatiedot raportoidaan sukupuolittain ohjausryhmälle, ja jos jompikumpi sukupuoli jää selvästi aliedustetuksi, ohjauskanavia muutetaan."])
    field(d, "Digitaalisuuden hyödyntäminen hankkeessa", [
        "Etävalmennus ja videoyhteydellä pidettävät monialaiset palaverit vähentävät matkoja pitkien etäisyyksien kunnissa. Asiakkaille "
        "tarjotaan lainaksi tabletteja, jos omaa laitetta ei ole. Työnantajan pikaopas toteutetaan verkkosivuna, jota on helppo päivittää, "
        "kun tukien ehdot muuttuvat. Hankkeessa ei hankita uusia tietojärjestelmiä, vaan hyödynnetään olemassa olevia."])
    field(d, "Hankkeen kytkeytyminen muihin käynnissä oleviin hankkeisiin", [
        "Hanke tekee yhteistyötä Siun soten Työkyky kaikille -kehittämishankkeen (RRP, päättyy 2025) kanssa siten, että päällekkäisyyttä ei synny: "
        "RRP-hanke kehittää työkyvyn arvioinnin sisältöä, TyöTaito sen liittämistä työllisyyspalveluihin. Lisäksi hanke hyödyntää Karjalan "
        "ammattiopiston Työelämäsilta-hankkeessa kehitettyjä työpaikalla oppimisen ohjausmateriaaleja."])
    field(d, "Onko hankkeelle haettu tai myönnetty muuta rahoitusta? *", "Ei.")
    field(d, "Sisältyykö hankkeeseen investointeja? *", "Ei.")

# ---------------------------------------------------------------- 1 ESR+ EURA, pitkä
def esr():
    d = Document()
    para(d, "EURA 2021 – Hakemuksen tulostenäkymä    Tulostettu 14.2.2025 klo 13.41")
    para(d, "Hakemuksen tila: Luonnos    Hakemusversio: 3")
    d.add_heading("Hankehakemus: TyöTaito – osatyökykyisten polut työhön Pohjois-Karjalassa", 1)
    bold(d, "1. HAKIJAN TIEDOT")
    field(d, "Hakijaorganisaation nimi *", "Joensuun seudun työllisyyspalvelut -liikelaitos (Y-tunnus 3201458-6)")
    field(d, "Hakijan organisaatiotyyppi *", "Kunta tai kuntayhtymä")
    field(d, "Yhteyshenkilö *", "Kehittämispäällikkö Marjo Hyvärinen, marjo.hyvarinen@jstp.example.fi, puh. 050 417 2290")
    field(d, "Osatoteuttajat", ["Karjalan ammattiopisto (KAO) ja Pohjois-Karjalan hyvinvointialue Siun sote. Osatoteuttajien osuudet on kuvattu kohdassa 9 ja kustannusarviossa."])
    bold(d, "2. HANKKEEN PERUSTIEDOT")
    field(d, "Hankkeen nimi *", "TyöTaito – osatyökykyisten polut työhön Pohjois-Karjalassa")
    field(d, "Erityistavoite *", "4.1 (ESR+) Työllisyyden edistäminen ja työmarkkinoiden toimivuuden parantaminen")
    field(d, "Toimintalinja", "Toimintalinja 4: Työllisyys, osaaminen ja osallisuus, Itä- ja Pohjois-Suomi")
    bold(d, "Hankkeen toteutusaika * (pp.kk.vvvv–pp.kk.vvvv)")
    sdt_par(d, "Vastaus: 1.4.2025–30.9.2027", tag="toteutusaika")
    field(d, "Hankkeen toteutusalue *", "Joensuun seutu: Joensuu, Kontiolahti, Liperi, Outokumpu, Polvijärvi, Ilomantsi ja Juuka")
    bold(d, "3. HANKKEEN TIIVISTELMÄ (max 2000 merkkiä) *")
    para(d, "Vastaus: TyöTaito-hanke tukee osatyökykyisten työnhakijoiden siirtymistä avoimille työmarkkinoille Joensuun seudulla. "
         "Hankkeessa rakennetaan työllisyyspalveluiden, ammatillisen koulutuksen ja hyvinvointialueen työkykypalveluiden yhteinen "
         "palvelupolku, jossa asiakas saa yhdeltä luukulta työkyvyn arvioinnin, räätälöidyn osaamisen kehittämisen ja työhönvalmennuksen. "
         "Samalla hanke kehittää seudun pk-yritysten valmiuksia palkata osatyökykyisiä ja muokata työtehtäviä. "
         "Hankkeen aikana palvelupolkuun ohjataan vähintään 180 asiakasta ja mukaan saadaan 45 työnantajaa. "
         "Toimintamalli vakiinnutetaan työllisyyspalveluiden pysyväksi palveluksi ennen hankkeen päättymistä.")
    bold(d, "4. TAUSTA JA TARVE")
    field(d, "Kuvaa hankkeen lähtötilanne ja tarve. Millaiseen ongelmaan hanke vastaa? (max 4000 merkkiä) *", [
        "Joensuun seudulla oli Tilastokeskuksen mukaan joulukuussa 2023 noin 1 950 pitkäaikaistyötöntä, ja heistä arviolta kolmanneksella on "
        "terveydellisiä rajoitteita, jotka vaikeuttavat työllistymistä. Työllisyyspalveluiden asiakaskyselyssä syksyllä 2024 lähes puolet "
        "osatyökykyisistä vastaajista kertoi, ettei ollut saanut tietoa työkyvyn arvioinnista tai työkokeilun mahdollisuuksista.",
        "Seudun palvelut ovat hajallaan. Työkyvyn arviointi tehdään hyvinvointialueella, ammatillinen koulutus ammattiopistossa ja "
        "työnhakijan ohjaus työllisyyspalveluissa, ja tieto kulkee järjestelmästä toiseen hitaasti. Asiakas joutuu kertomaan tilanteensa "
        "moneen kertaan ja odottamaan kuukausia seuraavaa askelta. Valmentajien mukaan moni putoaa polulta juuri näissä siirtymissä.",
        "Työnantajapuolella tarve on yhtä selvä. Pohjois-Karjalan kauppakamarin jäsenkyselyssä 2024 yli 60 % pk-yrityksistä ilmoitti "
        "kärsivänsä työvoimapulasta, mutta vain 12 % oli palkannut osatyökykyisen työntekijän viimeisen kolmen vuoden aikana. "
        "Yleisin syy oli tiedon puute tuista ja työn muokkaamisen keinoista. Työllisyydenhoidon siirtyminen kunnille 1.1.2025 "
        "(TE24-uudistus) antaa mahdollisuuden rakentaa palvelut uudelleen, ja siihen tämä hanke tarttuu.",
        "Hanketta on valmisteltu syksyn 2024 aikana kolmessa yhteistyöpalaverissa (24.9., 22.10. ja 3.12.2024), joihin osallistuivat "
        "työllisyyspalveluiden, Karjalan ammattiopiston, Siun soten työkykykoordinaattorit sekä kaksi yrittäjäjärjestöä. Lisäksi "
        "kokemusasiantuntijaryhmä kommentoi palvelupolun luonnosta marraskuussa 2024."])
    bold(d, "5. HANKKEEN TAVOITTEET")
    field(d, "Hankkeen päätavoite *",
          "Tavoitteenamme on, että osatyökykyinen työnhakija Joensuun seudulla pääsee yhden, katkeamattoman palvelupolun kautta työhön tai koulutukseen "
          "ja että seudun työnantajat uskaltavat ja osaavat palkata osatyökykyisiä.")
    bold(d, "Hankkeen osatavoitteet * (kirjaa jokainen osatavoite omalle rivilleen)")
    para(d, "Vastaus:")
    for g in ["1. Työllisyyspalveluiden, ammattiopiston ja Siun soten yhteinen palvelupolku on käytössä ja asiakkaan siirtymät palvelusta toiseen nopeutuvat.",
              "2. Osatyökykyisten asiakkaiden työ- ja toimintakyky sekä työelämävalmiudet vahvistuvat.",
              "3. Seudun pk-yritysten osaaminen osatyökykyisten rekrytoinnissa ja työn muokkaamisessa kasvaa.",
              "4. Palvelupolku vakiintuu osaksi kunnan työllisyyspalveluita hankkeen jälkeen."]:
        para(d, g)
    field(d, "Miten hanke edistää valitun erityistavoitteen tavoitteita? *",
          "Hanke lisää heikossa työmarkkina-asemassa olevien osallistumista työmarkkinoille ja parantaa palveluiden yhteensovittamista, mikä on "
          "erityistavoitteen 4.1 ydintä. Hankkeen tulokset raportoidaan EURA-järjestelmän yhteisillä indikaattoreilla.")
    bold(d, "6. KOHDERYHMÄT")
    field(d, "Hankkeen kohderyhmät *", [
        "Ensisijainen kohderyhmä ovat 25–64-vuotiaat Joensuun seudun työttömät työnhakijat, joilla on terveydellinen tai muu työkyvyn rajoite "
        "(arviolta 180 henkilöä hankkeen aikana). Mukaan otetaan myös alle 25-vuotiaita, jos Ohjaamo ohjaa heidät palveluun.",
        "Välillinen kohderyhmä ovat seudun pk-yritykset ja kolmannen sektorin työnantajat (tavoitteena 45 työnantajaa) sekä työllisyyspalveluiden, "
        "ammattiopiston ja Siun soten työntekijät, noin 60 henkilöä."])
    field(d, "Miten kohderyhmä on osallistunut hankkeen suunnitteluun?",
          "Kokemusasiantuntijaryhmä (7 henkilöä) kommentoi palvelupolkua marraskuussa 2024, ja työnantajien näkemyksiä kerättiin kahdessa "
          "yrittäjäaamiaisessa lokakuussa 2024.")
    bold(d, "7. TOTEUTUS JA TOIMENPITEET")
    field(d, "Kuvaa hankkeen toimenpiteet työpaketeittain. Kerro, mihin osatavoitteeseen kukin työpaketti liittyy. (max 6000 merkkiä) *", [
        "Työpaketti 1: Yhteinen palvelupolku (osatavoite 1). Hankkeen alussa kuvataan nykyinen asiakaspolku palvelumuotoilun keinoin yhdessä "
        "kokemusasiantuntijoiden kanssa ja tunnistetaan katkoskohdat. Sen pohjalta sovitaan yhteinen alkuarviointi, monialainen "
        "asiakaspalaveri ja tiedonsiirron käytäntö. Uutta polkua pilotoidaan Joensuussa syksyllä 2025 ja laajennetaan ympäryskuntiin keväällä 2026. "
        "Työpaketin vastuuhenkilö on hankepäällikkö, ja työhön osallistuu Siun soten työkykykoordinaattori 40 %:n työajalla.",
        "Työpaketti 2: Työkyvyn ja osaamisen vahvistaminen (osatavoite 2). Asiakkaalle laaditaan yhdessä työhönvalmentajan kanssa henkilökohtainen "
        "työllistymissuunnitelma. Tarjolla on ryhmävalmennusta (Arjen taidot työhön, 8 kertaa), työkokeiluja, lyhyitä ammattiopiston osatutkintojen "
        "osia esimerkiksi logistiikassa, kiinteistöpalveluissa ja puhtausalalla sekä digitaitojen pajoja. Ammattiopisto toteuttaa koulutusosuudet "
        "omana osatoteutuksenaan ja nimeää jokaiselle opiskelijalle yhteyshenkilön.",
        "Työpaketti 3: Työnantajayhteistyö (osatavoite 3). Hankkeen yritysasiantuntija käy yrityksissä, kartoittaa työtehtäviä, joita voidaan "
        "muokata, ja järjestää työnantajille neljä Osatyökykyisyys ja rekrytointi -koulutusta. Lisäksi kootaan verkkoon työnantajan "
        "pikaopas palkkatuesta, työolosuhteiden järjestelytuesta ja työn muokkaamisesta. Työnantajille tarjotaan mahdollisuus "
        "sparraukseen rekrytoinnin ensimmäisten kuukausien ajan.",
        "Työpaketti 4: Juurruttaminen ja levittäminen (osatavoite 4). Kuvattu tarkemmin kohdassa 11.",
        "Hankkeen hallinnointi: hankepäällikkö vastaa raportoinnista, maksatushakemuksista ja ohjausryhmän työskentelystä."])
    field(d, "Miten hankkeessa huomioidaan yhdenvertaisuus, sukupuolten tasa-arvo ja syrjimättömyys? *", [
        "Palvelupolun kuvauksessa tarkastellaan erikseen, miten polku toimii maahan muuttaneille, näkövammaisille ja kuulovammaisille asiakkaille. "
        "Materiaalit tehdään selkokielellä ja tarvittaessa venäjäksi ja englanniksi. Asiakasmäärät seurataan sukupuolen ja ikäryhmän mukaan.",
        "Tiedämme, että miehet hakeutuvat työkyvyn arviointiin naisia harvemmin, joten ohjausta tehdään myös jalkautumalla työpajoihin ja kuntosaleille."])
    field(d, "Hankkeen vaikutukset ympäristöön ja kestävään kehitykseen", "Hankkeella ei ole merkittäviä ympäristövaikutuksia. Etäpalveluita käytetään, jotta asiakkaiden matkat pitkien etäisyyksien kunnissa vähenevät.")
    esr_extra(d)
    esr_extra5(d)
    bold(d, "8. AIKATAULU")
    para(d, "Vastaus: Keskeiset toimenpiteet vuosineljänneksittäin (X = toteutetaan).")
    table(d, [["Toimenpide", "Q2/2025", "Q3/2025", "Q4/2025", "Q1/2026", "Q2/2026", "Q3/2026", "Q4/2026", "Q1/2027", "Q2/2027", "Q3/2027"],
              ["TP1 Polun kuvaus ja pilotti", "X", "X", "X", "X", "", "", "", "", "", ""],
              ["TP1 Laajennus ympäryskuntiin", "", "", "", "X", "X", "X", "", "", "", ""],
              ["TP2 Valmennukset ja työkokeilut", "", "X", "X", "X", "X", "X", "X", "X", "X", ""],
              ["TP3 Työnantajakoulutukset", "", "", "X", "", "X", "", "X", "", "X", ""],
              ["TP4 Juurruttaminen ja levittäminen", "X", "X", "X", "X", "X", "X", "X", "X", "X", "X"],
              ["Loppuseminaari ja loppuraportti", "", "", "", "", "", "", "", "", "X", "X"]])
    bold(d, "9. ORGANISOINTI JA HENKILÖSTÖ")
    field(d, "Hankkeen henkilöstö ja työnjako *", [
        "Hankepäällikkö (100 %, koko hankkeen ajan), kaksi työhönvalmentajaa (100 %), yritysasiantuntija (100 %, 1.8.2025 alkaen) ja "
        "Siun soten työkykykoordinaattori (40 %). Ammattiopiston osatoteutuksessa työskentelee opettaja-koordinaattori 50 %:n työajalla.",
        "Hankkeelle asetetaan ohjausryhmä, jossa ovat edustettuina työllisyyspalvelut, Karjalan ammattiopisto, Siun sote, Joensuun Yrittäjät, "
        "Pohjois-Karjalan ELY-keskus, kokemusasiantuntija ja Kelan Joensuun toimisto. Ohjausryhmä kokoontuu noin neljä kertaa vuodessa."])
    field(d, "Yhteistyökumppanit", "Ohjaamo Joensuu, Pohjois-Karjalan Yrittäjät, Joensuun seudun mielenterveysyhdistys Mielikki ry, Kela.")
    esr_extra2(d)
    esr_extra3(d)
    bold(d, "10. SEURANTA JA ARVIOINTI")
    field(d, "Miten hankkeen tavoitteiden toteutumista seurataan ja arvioidaan? Nimeä mittarit. *", [
        "Palvelupolun toimivuutta seurataan mittaamalla, kuinka monta päivää kuluu alkuarvioinnista ensimmäiseen palveluun; lähtötaso mitataan "
        "keväällä 2025 ja tavoitteena on puolittaa odotusaika. Lisäksi työntekijöille tehdään yhteistyökysely pilotin alussa ja lopussa.",
        "Asiakkaiden työ- ja toimintakyvyn muutos mitataan valmennuksen alussa ja lopussa Kykyviisari-itsearviolla. Tavoitteena on, että "
        "vähintään 60 % asiakkaista kokee työkykynsä parantuneen ja 35 % siirtyy työhön, työkokeiluun tai koulutukseen kuuden kuukauden kuluessa.",
        "Työnantajayhteistyön onnistumista kuvaa se, kuinka moni koulutukseen osallistunut yritys tarjoaa työkokeilu- tai työpaikan; "
        "tavoitteena 20 yritystä. Koulutuksista kerätään palaute jokaisen tilaisuuden jälkeen.",
        "Vakiintumista arvioidaan sillä, onko palvelupolku kirjattu työllisyyspalveluiden palvelukuvaukseen ja talousarvioon vuodelle 2027.",
        "Hanke tilaa ulkoisen arvioinnin (noin 25 000 €) vuosille 2026–2027. Itsearviointia tehdään ohjausryhmän kanssa puolivuosittain."])
    bold(d, "11. TULOSTEN JUURRUTTAMINEN JA LEVITTÄMINEN")
    field(d, "Miten hankkeen tulokset otetaan käyttöön ja miten ne jäävät elämään hankkeen jälkeen? (max 4000 merkkiä) *", [
        "Juurruttaminen on mukana jo hakuvaiheessa: palvelupolun omistajaksi on sovittu Joensuun seudun työllisyyspalvelut -liikelaitos, ja "
        "liikelaitoksen johtokunta on 10.12.2024 kirjannut tavoitteeksi polun vakinaistamisen. Hankkeen jälkeen polun ylläpidosta vastaa "
        "liikelaitoksen palvelupäällikkö ja Siun soten osuudesta työkykypalveluiden palvelualueen päällikkö.",
        "Hankkeen alusta lähtien jokaisessa ohjausryhmän kokouksessa käsitellään, mitkä toimintatavat siirretään perustoimintaan. Työhönvalmentajien "
        "työajasta 15 % ja hankepäällikön työajasta 25 % on varattu juurruttamiseen ja levittämiseen, ja talousarviossa on 6 760 € "
        "viestintään ja levittämiseen.",
        "Tuloksista viestitään hankkeen verkkosivuilla, työllisyyspalveluiden uutiskirjeessä ja LinkedInissä, ja toimintamalli kuvataan Innokylään. "
        "Mallia muokataan yhdessä Pohjois-Karjalan muiden työllisyysalueiden (Keski-Karjala, Pielisen Karjala) kanssa niiden oloihin sopivaksi, "
        "ja sitä esitellään Työllisyysfoorumissa 2026. Kokemuksista laaditaan suositus seudun kuntien päättäjille, jotta osatyökykyisten "
        "palvelut otetaan huomioon kuntien työllisyysstrategioissa ja hyvinvointisuunnitelmissa.",
        "Hankkeen päätyttyä palvelupolku jatkuu liikelaitoksen omana toimintana ja rahoitetaan sen talousarviosta vuodesta 2028 alkaen."])
    bold(d, "12. RISKIT")
    bold(d, "Kuvaa hankkeen keskeiset riskit ja niiden hallintakeinot (max 2000 merkkiä) *")
    sdt_par(d, None, tag="riskit")
    bold(d, "13. VIESTINTÄ")
    field(d, "Viestintäsuunnitelma pääpiirteissään *",
          "Hankkeen viestinnästä vastaa hankepäällikkö yhdessä liikelaitoksen viestintäsuunnittelijan kanssa. Asiakkaille tiedotetaan "
          "selkokielisillä esitteillä ja palveluohjauksessa, työnantajille yrittäjäjärjestöjen kanavissa ja yritysvierailuilla. Hankkeen "
          "alussa järjestetään avausseminaari ja lopussa loppuseminaari.")
    bold(d, "14. KUSTANNUSARVIO")
    para(d, "Vastaus: Hankkeen kokonaiskustannukset ovat 1 184 600 €. Tukea haetaan 80 % (947 680 €), kuntarahoitus on 236 920 €.")
    table(d, [["Kustannuslaji", "2025", "2026", "2027", "Yhteensä"],
              ["Henkilöstökustannukset", "238 400", "371 000", "281 600", "891 000"],
              ["Ostopalvelut (ml. ulkoinen arviointi)", "14 000", "32 000", "27 000", "73 000"],
              ["Flat rate 24 %", "57 216", "89 040", "67 584", "213 840"],
              ["Viestintä ja levittäminen", "2 000", "4 000", "760", "6 760"],
              ["Yhteensä", "311 616", "496 040", "376 944", "1 184 600"]])
    esr_extra4(d)
    bold(d, "15. LIITTEET")
    para(d, "Liite 1 Osatoteuttajien sitoumukset    Liite 2 Johtokunnan pöytäkirjaote 10.12.2024    Liite 3 Kokemusasiantuntijaryhmän palaute")
    d.save(os.path.join(OUT, "esr_eura_tyotaito_hakemus.docx"))
    expected("esr_eura_tyotaito_hakemus", "hankesuunnitelma",
             [{"rule": "rakenne.osio-tyhja", "target": "riskit"}, {"rule": "rakenne.pohjateksti"}])

# ---------------------------------------------------------------- 2 Leader Hyrrä -> PDF
def leader():
    d = Document()
    para(d, "Hyrrä – Hakemuksen tiedot (tuloste)    Maaseuturahasto / Leader-ryhmä Joensuun Seudun Leader ry")
    d.add_heading("Hankesuunnitelma: Kylätalot soimaan 2025–2026", 1)
    para(d, "Hakemustunnus: 2041877    Tallennettu 27.1.2025")
    bold(d, "Hakijan tiedot")
    para(d, "Hakija *: Kuusjärven kyläyhdistys ry")
    para(d, "Yhteyshenkilö *: Satu Partanen, puheenjohtaja, p. 040 772 1045")
    bold(d, "Hankkeen nimi *")
    para(d, "Kylätalot soimaan 2025–2026")
    bold(d, "Hankkeen toteutusaika *")
    para(d, "Alkamispäivä: 1.3.2025    Päättymispäivä: 31.12.2026")
    bold(d, "Lähtötilanne ja tarve *")
    para(d, "Outokummun ja Polvijärven alueella on yksitoista kylätaloa, joista seitsemässä järjestettiin vuonna 2023 alle viisi yleisötilaisuutta. "
         "Talojen ylläpito on raskasta, ja talkoolaiset ikääntyvät. Samaan aikaan alueen kunnissa ei ole kulttuuritaloa, ja lähin konserttisali on "
         "Joensuussa 50 kilometrin päässä. Kyläkyselyssä syksyllä 2024 (vastaajia 214) kaksi kolmasosaa toivoi kylälle enemmän musiikkia ja teatteria.")
    bold(d, "Hankkeen tavoitteet *")
    para(d, "Haluamme, että kylätaloista tulee taas elävän kulttuurin kohtaamispaikkoja. Tavoitteena on, että hankkeen aikana kylätaloilla "
         "järjestetään vähintään 30 ammattilais- tai harrastajaesitystä ja että kylien asukkaat osallistuvat niiden tuottamiseen. "
         "Toisena tavoitteena on, että kylätaloille saadaan 20 uutta vapaaehtoista tapahtumatuottajaa, jotka osaavat järjestää tilaisuuden alusta loppuun.")
    bold(d, "Kohderyhmä *")
    para(d, "Kuusjärven, Sysmäjärven, Sotkuman ja Maarianvaaran kylien asukkaat, erityisesti ikäihmiset ja lapsiperheet, sekä kylätaloja ylläpitävät yhdistykset.")
    bold(d, "Toimenpiteet *")
    para(d, "Hankkeessa kootaan kylätalojen yhteinen kulttuurikalenteri ja esiintyjäpankki, ja kiertävä tuottaja auttaa kyliä esitysten järjestämisessä. "
         "Esiintyjinä ovat Pohjois-Karjalan ammattimuusikot, Outokummun kesäteatterin ryhmä ja paikalliset kuorot. Vapaaehtoisille järjestetään "
         "tapahtumatuottajan koulutus (4 iltaa) sekä mentorointi, jossa kokenut tuottaja on mukana ensimmäisen oman tapahtuman järjestämisessä.")
    bold(d, "Aikataulu")
    table(d, [["Toimenpide", "Ajankohta"],
              ["Kulttuurikalenterin ja esiintyjäpankin kokoaminen", "3–5/2025"],
              ["Tapahtumatuottajakoulutus, ryhmä 1", "syksy 2025"],
              ["Esityskausi 1 (15 esitystä)", "9/2025–5/2026"],
              ["Tapahtumatuottajakoulutus, ryhmä 2", "kevät 2026"],
              ["Esityskausi 2 (15 esitystä)", "6–12/2026"],
              ["Hankkeen kesäkiertue kylätaloilla, toinen kesä", "6–8/2027"],
              ["Loppuraportti ja päätöstilaisuus", "12/2026"]])
    bold(d, "Tulokset ja vaikutukset *")
    para(d, "Hankkeen tuloksena kylätaloilla on säännöllistä ohjelmaa, toimiva esiintyjäpankki ja joukko koulutettuja vapaaehtoisia. Vaikutuksena "
         "kylien vetovoima ja yhteisöllisyys vahvistuvat ja kylätalojen käyttöaste nousee.")
    bold(d, "Seuranta ja mittarit *")
    para(d, "Seuraamme esitysten ja yleisön määrää tapahtumakohtaisesti (tavoite 30 esitystä, 1 500 kävijää). Koulutuksen suorittaneet ja omia "
         "tapahtumia järjestäneet vapaaehtoiset kirjataan (tavoite 20 henkilöä). Yleisöltä kerätään lyhyt palaute QR-koodilla jokaisessa tilaisuudessa.")
    bold(d, "Tulosten hyödyntäminen ja jatkuvuus *")
    para(d, "Jatkuvuutta on mietitty jo hakuvaiheessa, ja kylätalojen kanssa on keskusteltu kalenterin ylläpidosta. Kiertävän tuottajan työajasta "
         "10 % on varattu toimintamallin kirjaamiseen ja jatkon valmisteluun. Hankkeen jälkeen toimintaa on tarkoitus jatkaa kylätoimijoiden "
         "kesken yhdessä, ja kalenteria pyritään päivittämään jatkossakin. Esitysten rahoitukseen haetaan myöhemmin muita avustuksia.")
    para(d, "Toimintamallista tehdään kuvaus, jota muut Leader-alueen kylät voivat soveltaa omiin taloihinsa, ja kokemukset viedään kuntien "
         "kulttuuripalveluiden ja hyvinvointikertomuksen valmisteluun, jotta kylätalot huomioidaan kuntien kulttuurisuunnitelmissa. Tavoitteena "
         "on, että kylätalojen yhteinen ohjelmisto on pysyvä osa alueen kulttuuritarjontaa.")
    bold(d, "Tiedottaminen *")
    para(d, "Tapahtumista tiedotetaan Facebookissa, Outokummun Seutu -lehdessä, kyläyhdistysten ilmoitustauluilla ja Leader-ryhmän verkkosivuilla. "
         "Hankkeen päätöstilaisuus on avoin kaikille.")
    bold(d, "Kustannusarvio ja rahoitus *")
    para(d, "Kokonaiskustannukset 68 400 €: palkat 41 200 €, esiintyjäpalkkiot ja ostopalvelut 21 000 €, matkat 3 200 €, muut 3 000 €. "
         "Julkinen tuki 80 % (54 720 €), yksityinen rahoitus 20 % (13 680 €, josta talkootyötä 8 000 €).")
    bold(d, "Riskit")
    para(d, "Suurin riski on vapaaehtoisten uupuminen; siksi vastuuta jaetaan ja mentorointi on mukana. Yleisömäärien jäädessä pieniksi markkinointia lisätään.")
    src = os.path.join(SRC, "leader_kylatalot_hankesuunnitelma.docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    expected("leader_kylatalot_hankesuunnitelma", "hankesuunnitelma",
             [{"rule": "aikataulu.ristiriita"}, {"rule": "exit.ei-omistajaa"}])

# ---------------------------------------------------------------- 3 AVI arviointisuunnitelma, muutosten jäljitys
def avi():
    d = Document()
    para(d, "Liikkuva Kaarina 65+ – liikunnan paikallinen kehittämishanke (AVI, kuntien liikunnan kehittämisavustus)")
    d.add_heading("ARVIOINTISUUNNITELMA", 1)
    para(d, "Versio 2, päivitetty ohjausryhmän kommenttien jälkeen 18.2.2025")
    bold(d, "1. Hankkeen perustiedot")
    para(d, "Hakija: Kaarinan kaupunki, vapaa-aikapalvelut / liikuntapalvelut")
    tracked_par(d, [("n", "Hankeaika: "), ("d", "1.6.2025–31.5.2026"), ("i", "1.8.2025–31.7.2027")])
    para(d, "Arvioinnin vastuuhenkilö: liikuntasuunnittelija Henna Kivistö")
    bold(d, "2. Tausta, tavoitteet ja kohderyhmä")
    para(d, "Kaarinassa on noin 8 900 yli 65-vuotiasta (2024). Hyvinvointikertomuksen mukaan heistä vain neljännes liikkuu terveytensä kannalta riittävästi, "
         "ja ohjattuihin ryhmiin osallistuvat lähinnä jo valmiiksi aktiiviset. Hanke tavoittaa vähän liikkuvia ikääntyneitä kotihoidon, "
         "seurakunnan ja eläkeläisjärjestöjen kautta.")
    para(d, "Kohderyhmä: vähän liikkuvat kotona asuvat 65 vuotta täyttäneet kaarinalaiset (tavoitteena 250 henkilöä) sekä kotihoidon ja "
         "liikuntapalveluiden työntekijät.")
    para(d, "Arvioitavat tavoitteet:")
    table(d, [["Tavoite", "Miten tietoa kerätään", "Mittari", "Milloin"],
              ["1. Vähän liikkuvat ikääntyneet löytävät itselleen sopivan liikuntaryhmän", "Ryhmien osallistujakirjanpito; liikuntaneuvonnan asiakaskirjaukset",
               "uusien osallistujien määrä (250), joista vähän liikkuvia vähintään 60 %", "jatkuvasti, koonti puolivuosittain"],
              ["2. Osallistujien toimintakyky ja liikkumisen määrä paranevat", "Alku- ja loppumittaus (SPPB-testi, 6 min kävely) ja liikuntapäiväkirja",
               "toimintakykymittausten muutos, osuus joiden liikkuminen lisääntyy", "ryhmän alussa ja 6 kk kuluttua"],
              ["3. Kotihoito ohjaa asiakkaita liikuntaan osana arkeaan", "Kotihoidon työntekijöiden kysely ja ryhmähaastattelu",
               "liikuntaneuvontaan ohjattujen määrä, työntekijöiden arvio", "syksy 2026 ja kevät 2027"]])
    bold(d, "3. Arvioinnin toteutus ja menetelmät")
    para(d, "Hanke tekee arvioinnin itse. Itsearviointia tehdään hanketiimin ja ohjausryhmän kanssa kahdesti vuodessa SWOT-työpajoissa, "
         "joissa käydään läpi kerätty seurantatieto ja päätetään tarvittavista muutoksista.")
    tracked_par(d, [("n", "Osallistujilta kerätään palaute jokaisen ryhmäkauden lopussa lyhyellä kyselyllä (paperilla ja puhelimitse), ja kahdeksan "
                     "osallistujan kanssa tehdään teemahaastattelu hankkeen puolivälissä."),
                    ("d", " Lisäksi tilataan ulkoinen arviointi UKK-instituutilta vuodelle 2026.")])
    bold(d, "4. Arvioinnin aikataulu")
    table(d, [["Vaihe", "2025", "2026", "2027"],
              ["Lähtötilanteen mittaukset", "syys–lokakuu", "", ""],
              ["Palautekyselyt ryhmäkausien lopussa", "joulukuu", "touko- ja joulukuu", "toukokuu"],
              ["Itsearviointityöpajat", "marraskuu", "huhtikuu, marraskuu", "kesäkuu"],
              ["Loppuarvio ja raportti", "", "", "heinäkuu"]])
    bold(d, "5. Arviointitiedon käyttö ja raportointi")
    para(d, "Arviointitieto käsitellään ohjausryhmässä ja liikuntapalveluiden tiimipalavereissa, ja sen perusteella ryhmätarjontaa muutetaan "
         "jo hankkeen aikana. Väli- ja loppuraportti toimitetaan AVI:lle ja vapaa-aikalautakunnalle.")
    para(d, "Tulosten käyttöönottoa on suunniteltu jo hakuvaiheessa yhdessä liikuntapalveluiden päällikön kanssa: hyväksi todetut ryhmät ja "
         "kotihoidon ohjauskäytäntö siirretään liikuntapalveluiden perustoimintaan 1.8.2027 alkaen, ja arviointitulokset ovat "
         "päätöksenteon pohjana vuoden 2028 talousarviota valmisteltaessa.")
    d.save(os.path.join(OUT, "avi_liikkuva_kaarina_arviointisuunnitelma.docx"))
    expected("avi_liikkuva_kaarina_arviointisuunnitelma", "arviointisuunnitelma", [{"rule": "arviointi.ei-ulkoista"}])

# ---------------------------------------------------------------- 4 STEA loppuraportti, sisältökentät, myöhässä
def stea_lr():
    d = Document()
    d.add_heading("Kohtaamo-hanke 2022–2024 – LOPPURAPORTTI", 1)
    para(d, "Raportointilomake (yhdistyksen oma pohja, laadittu Kaiku-mallin mukaan)")
    bold(d, "1. Taustatiedot")
    para(d, "Toteuttajaorganisaation nimi:")
    sdt_par(d, "Lahden Seudun Nuorten Aikuisten Tuki ry (NAT ry)", tag="organisaatio")
    para(d, "Hankkeen nimi ja avustuspäätöksen diaarinumero:")
    sdt_par(d, "Kohtaamo – nuorten aikuisten vertaistukitoiminta, STEA Dnro 4518/2021", tag="diaari")
    bold(d, "2. Hankkeen teema ja tavoitteet")
    para(d, "Mihin teemaan hanke liittyi ja mitkä olivat sen tavoitteet?")
    sdt_par(d, "Hanke liittyi nuorten aikuisten yksinäisyyden ja syrjäytymisen ehkäisyyn. Tavoitteena oli, että 18–29-vuotiaat, "
               "opintojen tai työn ulkopuolella olevat lahtelaiset saavat vertaistukea ja löytävät itselleen mielekästä toimintaa, ja että "
               "yhdistykseen syntyy pysyvä vertaisohjaajien joukko.", tag="tavoitteet")
    bold(d, "3. Hankkeen toteutus")
    para(d, "Hankkeen kesto:")
    sdt_par(d, "1.1.2022–31.12.2024", tag="kesto")
    para(d, "Mitä käytännössä tehtiin ja vastasiko se suunnitelmaa?")
    sdt_par(d, "Kohtaamo-olohuone oli auki kolmena iltana viikossa Lahden keskustassa, ja sen lisäksi toimi kuusi teemaryhmää (mm. peli-, "
               "liikunta- ja kokkiryhmä). Vertaisohjaajakoulutuksia järjestettiin viisi, ja niihin osallistui 41 nuorta aikuista. "
               "Suunnitelmasta poiketen verkkotoiminta (Discord-ryhmä) kasvoi odotettua suuremmaksi, ja siihen siirrettiin osa resursseista.", tag="toteutus")
    para(d, "Miten kustannusarvio toteutui?")
    sdt_par(d, "Kolmen vuoden avustus 312 000 € käytettiin 98-prosenttisesti. Tilavuokrat jäivät arvioitua pienemmiksi, ja säästö käytettiin verkkotoimintaan.", tag="kustannukset")
    bold(d, "4. Tulokset ja vaikuttavuus")
    para(d, "Miten tavoitteet toteutuivat?")
    sdt_par(d, "Toimintaan osallistui kolmen vuoden aikana 386 eri nuorta aikuista (tavoite 300). Osallistujakyselyssä 72 % kertoi "
               "yksinäisyyden kokemuksensa vähentyneen. Vertaisohjaajia on raportin kirjoitushetkellä 23, ja heistä 17 jatkaa vapaaehtoisina.", tag="tulokset")
    para(d, "Millä tavoin tuloksia arvioitiin?")
    sdt_par(d, "Osallistujakysely kahdesti vuodessa, vertaisohjaajien ryhmähaastattelut ja STEAn tulosraportoinnin mittarit. Loppuvaiheessa "
               "Lahden ammattikorkeakoulun opiskelijat tekivät toiminnasta opinnäytetyönä arvioinnin.", tag="arviointi")
    bold(d, "5. Kehitysajatukset")
    para(d, "Kuinka aiotte jatkaa tästä eteenpäin?")
    sdt_par(d, "Olohuonetoiminta jatkuu yhdistyksen perustoimintana STEAn Ak-avustuksella vuodesta 2025. Verkkotoimintaa kehitetään yhdessä "
               "Päijät-Hämeen hyvinvointialueen nuorten palveluiden kanssa.", tag="kehitys")
    bold(d, "6. Suositukset muille")
    para(d, "Mitä suosittelisitte muille toimijoille?")
    sdt_par(d, "Vertaisohjaajat kannattaa ottaa mukaan suunnitteluun heti alusta. Matalan kynnyksen olohuone toimii, kun se on auki iltaisin "
               "ja siellä on aina sama tuttu työntekijä.", tag="suositukset")
    bold(d, "7. Tiivistelmä")
    sdt_par(d, "Kohtaamo-hanke (2022–2024) tarjosi lahtelaisille nuorille aikuisille olohuonetoimintaa, teemaryhmiä ja vertaisohjaajakoulutusta. "
               "Toimintaan osallistui 386 nuorta, ja 72 % koki yksinäisyytensä vähentyneen. Toiminta jatkuu yhdistyksen perustoimintana.", tag="tiivistelma")
    bold(d, "8. Laatimispäivämäärä ja yhteystiedot")
    para(d, "Laatimispäivämäärä:")
    sdt_par(d, "Lahdessa 2.6.2025", tag="pvm")
    para(d, "Yhteyshenkilöt, joilta saa lisätietoa:")
    sdt_par(d, "Toiminnanjohtaja Jussi Laaksonen, jussi.laaksonen@natry.example.fi, 044 318 2670", tag="yhteys")
    para(d, "Muuta materiaalia (esim. linkit):")
    sdt_par(d, None, tag="muuta")
    d.save(os.path.join(OUT, "stea_kohtaamo_loppuraportti.docx"))
    expected("stea_kohtaamo_loppuraportti", "loppuraportti", [{"rule": "raportti.myohassa"}, {"rule": "rakenne.pohjateksti"}])

# ---------------------------------------------------------------- 5 Kaiku loppuraportti .md, puhdas
KAIKU_MD = """# Kaiku-kehittämishankkeen loppuraportti

**Hanke:** Asiakaspalvelun sujuvuus ja jaksaminen – Itä-Suomen lupa- ja valvontayksikön kehittämishanke

## 1. Taustatiedot

- Toteuttajavirasto: Lupa- ja valvontavirasto, Itä-Suomen ympäristöluvat -yksikkö (Kuopio)
- Hankkeen nimi ja määrärahapäätöksen diaarinumero: Sujuva lupa, VM/842/02.07.00/2023

## 2. Mihin teemaan hanke liittyi ja mitkä olivat sen tavoitteet?

Hanke liittyi Kaikun teemaan työn sujuvuus ja hyvinvointi. Tavoitteena oli lyhentää ympäristölupahakemusten
käsittelyn alkuvaihetta selkeyttämällä neuvontaa ja samalla vähentää esittelijöiden kokemaa kiirettä.
Lisäksi halusimme, että neuvontakäytännöt olisivat yhtenäiset kaikilla esittelijöillä.

## 3. Hankkeen toteutus

Hanke kesti 1.2.2024–31.1.2025. Kevään 2024 aikana kuvasimme lupahakemuksen kulun kolmessa työpajassa
(yhteensä 22 osallistujaa) ja tunnistimme, että suurin osa täydennyspyynnöistä johtui puutteellisista
liitteistä. Syksyllä otimme käyttöön ennakkoneuvonnan ajanvarauksen ja hakijan tarkistuslistan.

Johto osallistui ohjausryhmään, ja yksikön päällikkö avasi jokaisen työpajan. Menetelminä käytimme
prosessikuvausta, Lean-tyyppisiä parannuspalavereja ja lyhyitä pulssikyselyjä. Ulkopuolinen konsultti
(Muutosvalmennus Kivelä Oy) veti kaksi ensimmäistä työpajaa; myöhemmin työpajat vedimme itse.

Suurin ongelma oli, että ruuhkahuippu osui kesään 2024, jolloin työpajoja oli siirrettävä. Ratkaisimme tämän
pitämällä syksyllä kaksi tiiviimpää puolen päivän tilaisuutta.

Kustannusarvio (Kaiku-tuki 18 000 € ja oma työ) toteutui suunnitellusti; konsulttikuluissa säästyi 1 400 €.

## 4. Tulokset ja vaikuttavuus

**Miten tavoitteet toteutuivat?** Täydennyspyyntöjen osuus laski 58 prosentista 41 prosenttiin, ja
pulssikyselyssä kiireen kokemus väheni selvästi (asteikolla 1–5 keskiarvo 3,9 → 3,1).

**Mitä yllättävää tuli?** Hakijoilta tuli kiitosta erityisesti tarkistuslistasta, jota alettiin käyttää myös
naapuriyksikössä jo hankkeen aikana.

**Millä menettelytavoilla tuloksia arvioitiin?** Vertasimme asianhallinnan tilastoja vuoden 2023 tasoon ja
teimme pulssikyselyn kolmesti.

**Millaisia pysyviä toimintatapoja syntyi?** Ennakkoneuvonnan ajanvaraus ja tarkistuslista ovat pysyvästi
käytössä, ja parannuspalaveri pidetään kuukausittain.

## 5. Kehitysajatukset

Jatkamme parannuspalavereja omana toimintanamme. Seuraavaksi tarkastelemme päätösten viimeistelyvaihetta.
Yksikön päällikkö vastaa siitä, että aihe pysyy tulos- ja kehityskeskusteluissa.

## 6. Suositukset muille virastoille

Aloittakaa pienestä ja mitattavasta asiasta. Hakijan tarkistuslista on helppo monistaa muihinkin
lupaprosesseihin. Varatkaa työpajoille aikaa ruuhkakausien ulkopuolelta.

## 7. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta

Sujuva lupa -hanke selkeytti ympäristölupien ennakkoneuvontaa Itä-Suomessa. Hakijan tarkistuslista ja
ennakkoneuvonnan ajanvaraus vähensivät täydennyspyyntöjä 58 prosentista 41 prosenttiin, ja esittelijöiden
kokema kiire väheni. Toimintatavat jäivät pysyviksi.

## 8. Laatimispäivämäärä ja yhteystiedot

Kuopiossa 14.3.2025

Yhteyshenkilö: ylitarkastaja Anneli Ruotsalainen, anneli.ruotsalainen@luvy.example.fi, p. 0295 016 442
"""

def kaiku_md():
    with open(os.path.join(OUT, "kaiku_sujuva_lupa_loppuraportti.md"), "w", encoding="utf-8") as f:
        f.write(KAIKU_MD)
    expected("kaiku_sujuva_lupa_loppuraportti", "loppuraportti", [])

# ---------------------------------------------------------------- 6 STEA-arviointisuunnitelma lomakkeena .txt, puhdas
STEA_TXT = """STEA Avustukset-verkkopalvelu – Liite: Arviointisuunnitelma
Hakija: Keski-Suomen Omaishoitajat ry
Hanke: Omaishoitajan vapaa – uudet lomitusmallit Jyväskylän seudulle
Tallennettu luonnoksena 5.5.2025 (versio 1.2)

------------------------------------------------------------
Kenttä 1 * Hankkeen toteutusaika
Vastaus: 1.1.2026–31.12.2028

Kenttä 2 * Hankkeen tavoitteet, joiden toteutumista arvioidaan (max 1500 merkkiä)
Vastaus:
Tavoite 1: Omaishoitajat pystyvät pitämään vapaansa, koska tarjolla on joustavia, tuttuun hoitajaan perustuvia lomitusvaihtoehtoja.
Tavoite 2: Omaishoitajien jaksaminen ja sosiaaliset suhteet vahvistuvat vertaisryhmien ja virkistyspäivien kautta.
Tavoite 3: Vapaaehtoisten lomittajien (ns. tuttulomittajat) joukko kasvaa ja he kokevat saavansa riittävästi tukea.

Kenttä 3 * Arvioinnin kohderyhmä
Vastaus: Hankkeen toimintaan osallistuvat omaishoitajat (noin 160 perhettä), hoidettavat läheiset sekä vapaaehtoiset lomittajat.

Kenttä 4 * Miten ja millä menetelmillä tavoitteiden toteutumista arvioidaan? (max 3000 merkkiä)
Vastaus:
- Tavoite 1: Seurantatilastoon kirjataan toteutuneet vapaapäivät ja käytetty lomitusmuoto. Mittarina on niiden
  omaishoitajien osuus, jotka pitivät vähintään 80 % heille kuuluvista vapaista (lähtötaso 2025: 46 %, tavoite 70 %).
- Tavoite 2: Omaishoitajille tehdään alku- ja loppukysely COPE-indeksillä sekä lyhyt palaute jokaisen vertaisryhmäkauden lopussa.
  Lisäksi järjestetään vuosittain kehittämistyöpaja, jossa omaishoitajat itse arvioivat toimintaa ja ehdottavat muutoksia.
- Tavoite 3: Vapaaehtoisten määrä seurataan rekisteristä, ja heille tehdään vuosittainen vapaaehtoiskysely sekä kaksi ryhmähaastattelua.

Kenttä 5 * Itsearviointi
Vastaus: Henkilöstö tekee itsearvioinnin puolivuosittain tiimipäivässä tulosketjumallin avulla. Itsearvioinnin tulokset
käsitellään ohjausryhmässä.

Kenttä 6 Ulkoinen arviointi
Vastaus: Ulkoisena arvioijana toimii Jyväskylän ammattikorkeakoulun hyvinvointiyksikkö, joka tekee väliarvioinnin syksyllä 2027
ja loppuarvioinnin syksyllä 2028 (varattu 14 000 €).

Kenttä 7 * Arvioinnin aikataulu
Vastaus:
  Q1/2026       lähtötilanteen kysely ja tilastopohjan käyttöönotto
  Q2/2026–Q4/2028  jatkuva seuranta, palautteet ryhmäkausien lopussa
  Q4/2026, Q4/2027 kehittämistyöpajat omaishoitajien kanssa
  Q3/2027       väliarviointi (JAMK)
  Q3–Q4/2028    loppukysely ja loppuarviointi

Kenttä 8 * Miten arviointitietoa hyödynnetään? (max 2000 merkkiä)
Vastaus: Arviointitieto käsitellään ohjausryhmässä kahdesti vuodessa ja toimintaa muutetaan sen perusteella. Tulokset raportoidaan
STEAlle vuosittain tuloksellisuusraportissa, ja loppuarviointi julkaistaan yhdistyksen verkkosivuilla.

Kenttä 9 * Tulosten juurruttaminen
Vastaus: Juurruttamista on valmisteltu jo hakuvaiheessa yhdessä Keski-Suomen hyvinvointialueen omaishoidon tuen yksikön kanssa,
joka on kirjallisesti sitoutunut arvioimaan tuttulomituksen ottamista osaksi omaishoitajien vapaiden järjestämistä. Hankkeen
ensimmäisestä vuodesta lähtien arviointituloksia viedään hyvinvointialueen omaishoidon työryhmään. Hankkeen päätyttyä
tuttulomittajien koordinointi jatkuu yhdistyksen toiminnanjohtajan vastuulla.
------------------------------------------------------------
"""

def stea_txt():
    with open(os.path.join(OUT, "stea_omaishoitajan_vapaa_arviointisuunnitelma.txt"), "w", encoding="utf-8") as f:
        f.write(STEA_TXT)
    expected("stea_omaishoitajan_vapaa_arviointisuunnitelma", "arviointisuunnitelma", [])

# ---------------------------------------------------------------- 7 exit-suunnitelma, yhdistetty solu, puhdas
def exit_docx():
    d = Document()
    d.add_heading("Jatkuvuussuunnitelma – Puroille elämää -vesistökunnostushanke", 1)
    para(d, "ELY-keskuksen rahoittama (Vesien ja ympäristön hoidon edistäminen), hankeaika 1.4.2024–31.3.2026. Luonnos 12.1.2026.")
    bold(d, "Mitä jätämme jälkeemme?")
    para(d, "Hankkeessa kunnostettiin yhdeksän taimenpuroa Jämsän ja Kuhmoisten alueella talkoovoimin, ja syntyi malli, jossa osakaskunta, "
         "kalastusalue ja paikallinen yhdistys sopivat yhdessä kunnostuksesta ja sen jälkeisestä hoidosta.")
    bold(d, "Juurruttaminen – kuka jatkaa ja miten?")
    para(d, "Purojen hoito ja vuosittaiset kutusorahuollot siirtyvät hankkeen jälkeen pysyviksi tehtäviksi alla olevan taulukon mukaisesti. "
         "Sopimukset on allekirjoitettu helmikuun 2026 aikana.")
    t = table(d, [["Tehtävä", "Vastuutaho", "Resurssi"],
                  ["Purojen vuosihuolto ja talkoiden järjestäminen", "", "kalastusalueen hoitomaksuista 3 500 €/v"],
                  ["Sähkökoekalastukset ja seurannan raportointi", "", "2 htp/v"],
                  ["Uusien kunnostuskohteiden valmistelu", "Päijänteen vesiensuojeluyhdistys ry, toiminnanjohtaja", "oma työ ja haettavat avustukset"]])
    a = t.cell(1, 1).merge(t.cell(2, 1))
    a.text = "Keski-Päijänteen kalastusalue (kalastusaluepäällikkö Tuomas Niemelä)"
    bold(d, "Tulosten ja hyvien käytäntöjen levittäminen")
    para(d, "Kunnostusmalli ja talkoo-opas julkaistaan Vesiensuojeluyhdistyksen verkkosivuilla ja Virtavesien hoitoyhdistyksen (Vesihiisi) "
         "kunnostuspankissa. Mallia esitellään Virtavesipäivillä toukokuussa 2026 ja kahdessa osakaskuntien koulutusillassa. "
         "Päättyvän hankkeen varoista on varattu 2 000 € oppaan taittoon ja painatukseen.")
    bold(d, "Kehittämistyön jatko")
    para(d, "Kalastusalue ja vesiensuojeluyhdistys valmistelevat jatkohanketta, jossa mallia sovelletaan Keski-Suomen muihin vesistöihin. "
         "Rahoitusta haetaan ELY-keskukselta syksyllä 2026.")
    bold(d, "Miten seuraamme?")
    para(d, "Kalastusalue tekee kunnostetuilla puroilla sähkökoekalastuksen joka toinen vuosi ja raportoi tulokset ELY-keskukselle ja "
         "Luonnonvarakeskuksen koekalastusrekisteriin. Vesiensuojeluyhdistys kokoaa vuosittain katsauksen talkoiden määrästä.")
    d.save(os.path.join(OUT, "ely_puroille_elamaa_jatkuvuussuunnitelma.docx"))
    expected("ely_puroille_elamaa_jatkuvuussuunnitelma", "exit-suunnitelma", [])

# ---------------------------------------------------------------- 8 STEA hankehakemus (verkkopalvelun vienti), puhdas
def stea_hanke():
    d = Document()
    para(d, "Avustukset.stea.fi – Hakemuksen tiedot    Hakemus tallennettu 29.4.2025")
    d.add_heading("Hankehakemus: Kylän kaveri – ikäihmisten ystävätoiminta Etelä-Pohjanmaan kylissä", 1)
    field(d, "Hakija *", "Etelä-Pohjanmaan Kylät ry")
    field(d, "Avustuksen käyttötarkoitus *", "Kohdennettu toiminta-avustus (Ak) / hanke, kesto 3 vuotta")
    field(d, "Toiminnan toteutusaika *", "1.1.2026–31.12.2028")
    bold(d, "Kenelle toiminta on? *")
    para(d, "Vastaus: Yksin asuville, yli 70-vuotiaille kyläläisille Kauhavan, Alajärven ja Vimpelin sivukylillä, joiden kotiin ei kulje "
         "julkista liikennettä. Lisäksi toiminta tavoittaa vapaaehtoisia kyläkavereita, arviolta 60 henkilöä.")
    bold(d, "Miksi toimintaa tarvitaan? *")
    para(d, "Vastaus: Alueen kunnissa yli 75-vuotiaiden osuus väestöstä on 14–17 % (2024), ja hyvinvointialueen kotihoidon asiakaskyselyssä "
         "joka kolmas kertoi tuntevansa itsensä usein yksinäiseksi. Kylien palvelut ovat vähentyneet, eikä ystävätoimintaa ole tarjolla sivukylillä.")
    bold(d, "Mitä toiminnalla tavoitellaan? *")
    para(d, "Vastaus: Hankkeen myötä sivukylien ikäihmisten yksinäisyys vähenee ja heillä on säännöllinen kontakti toiseen ihmiseen. "
         "Lisäksi haluamme, että kyliin syntyy pysyvä vapaaehtoisten kyläkaverien verkosto, joka saa tukea ja koulutusta.")
    bold(d, "Mitä toiminnassa tehdään? *")
    para(d, "Vastaus: Kyläkaverit koulutetaan (kolmen illan peruskurssi) ja heille etsitään ikäihminen, jota he tapaavat viikoittain kotona tai "
         "puhelimitse. Kylätaloilla järjestetään kuukausittain kahvila, johon ikäihmiset kuljetetaan talkookyydein. Vapaaehtoisille "
         "järjestetään työnohjauksellisia tapaamisia neljästi vuodessa ja virkistyspäivä kerran vuodessa.")
    bold(d, "Miten seuraatte tavoitteiden toteutumista? *")
    para(d, "Vastaus: Ikäihmisiltä kysytään yksinäisyyden kokemus (UCLA-3-mittari) kaveritoiminnan alussa ja vuoden kuluttua; tavoitteena on, "
         "että 60 % kokee yksinäisyytensä vähentyneen. Kaveruussuhteiden määrä ja tapaamiskerrat kirjataan. Kyläkavereille tehdään vuosittain "
         "kysely tuen riittävyydestä, ja aktiivisten kaverien määrää seurataan (tavoite 60 vuoden 2028 lopussa).")
    bold(d, "Aikataulu *")
    table(d, [["", "2026", "2027", "2028"],
              ["Kaverikoulutukset", "2 kurssia", "2 kurssia", "1 kurssi"],
              ["Kyläkahvilat", "Kauhava", "Kauhava, Alajärvi", "kaikki kolme kuntaa"],
              ["Mallin kuvaus ja siirto", "aloitus", "muut kylät mukaan", "Innokylä, päätösseminaari"]])
    bold(d, "Tulokset ja vaikutukset")
    para(d, "Vastaus: Tuotoksena syntyy kyläkaveritoiminnan malli, koulutusmateriaali ja vapaaehtoisten verkosto. Vaikutuksena ikäihmisten "
         "yksinäisyys vähenee ja kotona asumisen turvallisuus paranee.")
    bold(d, "Miten toiminta jatkuu avustuksen päätyttyä? *")
    para(d, "Vastaus: Jatkuvuutta suunnitellaan jo hakuvaiheessa: kyläyhdistykset ovat sitoutuneet kyläkahviloiden järjestämiseen, ja "
         "Etelä-Pohjanmaan Kylät ry:n toiminnanjohtaja vastaa siitä, että vapaaehtoiskoordinointi siirtyy yhdistyksen perustoimintaan vuonna 2029. "
         "Koordinaattorin työajasta 20 % varataan koko hankkeen ajan mallin kirjaamiseen, levittämiseen ja jatkon valmisteluun.")
    para(d, "Toiminnasta kerrotaan kylälehdissä, paikallisradiossa ja yhdistyksen verkkosivuilla, ja valmis malli kuvataan Innokylään. "
         "Vuonna 2027 mallia sovelletaan kahteen uuteen kuntaan niiden kyläyhdistysten tarpeiden mukaan. Kokemukset viedään "
         "hyvinvointialueen ikäihmisten palvelujen suunnitteluun ja kuntien hyvinvointisuunnitelmiin, jotta ystävätoiminta tunnustetaan "
         "osaksi ennaltaehkäisevää työtä.")
    bold(d, "Hallinnointi ja yhteistyö")
    para(d, "Vastaus: Hanketta ohjaa ohjausryhmä, jossa ovat mukana yhdistyksen hallitus, kolme kyläyhdistystä, Hyvinvointialue Hyvaks ja "
         "seurakuntayhtymä. Henkilöstö: koordinaattori (100 %) ja ohjaaja (60 %).")
    bold(d, "Riskit ja niihin varautuminen")
    para(d, "Vastaus: Vapaaehtoisten vähyys (varaudumme rekrytoimalla eläkeläisjärjestöjen kautta) ja pitkät välimatkat (puhelinkaveruus vaihtoehtona).")
    bold(d, "Talousarvio *")
    para(d, "Vastaus: Haettava avustus 2026–2028 yhteensä 276 000 € (92 000 €/v), josta henkilöstökulut 210 000 € ja toimintakulut 66 000 €.")
    d.save(os.path.join(OUT, "stea_kylan_kaveri_hankehakemus.docx"))
    expected("stea_kylan_kaveri_hankehakemus", "hankesuunnitelma", [])

if __name__ == "__main__":
    esr(); leader(); avi(); stea_lr(); kaiku_md(); stea_txt(); exit_docx(); stea_hanke()

"""s-koulu-lukutaito-projektisuunnitelma.odt – projektisuunnitelma lomakemuotoisena taulukkona;
tavoitetaulukko on SISÄKKÄISENÄ taulukkona ulomman taulukon solussa. Muunnetaan LibreOfficella .odt:ksi."""
from apu import *


def _rivi(t, i, otsikko_, teksti=None):
    c0, c1 = t.cell(i, 0), t.cell(i, 1)
    c0.text = ""
    c0.paragraphs[0].add_run(otsikko_).bold = True
    if teksti is not None:
        kappaleet = teksti if isinstance(teksti, list) else [teksti]
        c1.text = kappaleet[0]
        for k in kappaleet[1:]:
            c1.add_paragraph(k)
    return c1


def rakenna(polku):
    d = uusi_dokumentti("Mikko Lahtinen", "Projektisuunnitelma – Lukutaito nousuun", pvm(2025, 4, 24))
    d.add_heading("PROJEKTISUUNNITELMA", 0)
    kappale(d, "Lukutaito nousuun – Kuusiston yhtenäiskoulun lukutaitohanke 2025–2027")
    kappale(d, "Liite valtionavustushakemukseen: Opetushallitus, perusopetuksen laadun ja yhdenvertaisuuden "
               "vahvistaminen (OKM:n rahoitus) · päivitetty 24.4.2025")

    t = d.add_table(rows=13, cols=2)
    t.style = "Table Grid"
    _rivi(t, 0, "Hakija", "Kuusiston kunta, sivistyspalvelut / Kuusiston yhtenäiskoulu (vuosiluokat 1–9, 410 oppilasta)")
    _rivi(t, 1, "Toteutusaika", "1.8.2025–31.7.2027 (lukuvuodet 2025–2026 ja 2026–2027)")
    _rivi(t, 2, "Tausta", [
        "Kuusiston yhtenäiskoulussa tehdyissä lukusujuvuuden seulonnoissa syksyllä 2024 vuosiluokkien 3–6 "
        "oppilaista 22 % tarvitsi tehostettua tukea lukemisessa, kun osuus vuonna 2019 oli 13 %. Samaa "
        "kehitystä on näkynyt kansallisissa arvioinneissa. Opettajat kertovat, että pitkien tekstien "
        "lukeminen on vähentynyt ja että oppilaiden on vaikea keskittyä lukemiseen.",
        "Koulussa on hyviä yksittäisiä käytäntöjä, mutta ne vaihtelevat luokittain. Huoltajien tuki "
        "lukemiselle vaihtelee paljon, ja koulun ja lähikirjaston yhteistyö on ollut satunnaista.",
    ])
    _rivi(t, 3, "Kohderyhmä", "Vuosiluokkien 3–6 oppilaat (n. 180), heidän opettajansa (12) ja huoltajansa. "
                              "Välillisesti koulun muut opettajat ja Kuusiston lähikirjasto.")
    c = _rivi(t, 4, "Tavoitteet, toimenpiteet ja arviointi")
    c.text = "Hankkeella on kolme tavoitetta:"
    nt = c.add_table(rows=4, cols=3)
    nt.style = "Table Grid"
    data = [
        ["Tavoite", "Toimenpiteet", "Arviointi / mittari"],
        ["1. Oppilaiden lukusujuvuus paranee vuosiluokilla 3–6.",
         "Päivittäinen 15 minuutin lukuhetki, lukupari-toiminta (isompi ja pienempi oppilas), "
         "lukudiplomi.",
         "Lukusujuvuuden seulonta syksyllä ja keväällä; tehostettua tukea tarvitsevien osuus laskee "
         "22 %:sta 15 %:iin."],
        ["2. Opettajat osaavat käyttää monilukutaitoa tukevia menetelmiä.",
         "Kaksi koulutuspäivää, samanaikaisopetus erityisopettajan kanssa, vertaismentorointi.",
         "Opettajakysely hankkeen alussa ja lopussa; erityisopettajan havainnointi oppitunneilla."],
        ["3. Huoltajat osallistuvat lasten lukemisen tukemiseen kotona.",
         "Lukukassit kotiin, lukemista käsittelevät vanhempainillat, yhteistyö lähikirjaston kanssa "
         "(kirjastokortti jokaiselle).",
         ""],
    ]
    for i, rv in enumerate(data):
        for j, v in enumerate(rv):
            nt.cell(i, j).text = v
    _rivi(t, 5, "Toteutus", [
        "Lukuhetki aloitetaan kaikilla vuosiluokilla 3–6 syyslukukaudella 2025. Koordinoiva opettaja "
        "(resurssi 4 h/vko) kokoaa lukuhetkien materiaalipankin ja tukee opettajia. Erityisopettaja "
        "toimii samanaikaisopettajana kussakin luokassa vähintään kahdeksan tuntia lukukaudessa.",
        "Huoltajille järjestetään lukuvuosittain kaksi vanhempainiltaa, ja lukukassit kiertävät luokissa "
        "viikoittain. Lähikirjasto pitää luokille kirjavinkkauksen kerran lukukaudessa.",
    ])
    _rivi(t, 6, "Aikataulu", [
        "Syyslukukausi 2025: lukuhetket ja lukuparit käyntiin, alkumittaukset, ensimmäinen koulutuspäivä.",
        "Kevätlukukausi 2026: lukukassit ja vanhempainillat, vertaismentorointi.",
        "Lukuvuosi 2026–2027: toiminta jatkuu, toinen koulutuspäivä syyskuussa 2026, loppumittaukset "
        "toukokuussa 2027.",
        "Lokakuu 2027: hankkeen loppuseminaari kunnan opettajille ja huoltajille.",
    ])
    _rivi(t, 7, "Budjetti", "Kokonaiskustannukset 86 400 €, josta haettava valtionavustus 70 % (60 480 €) ja "
                            "kunnan omarahoitus 30 % (25 920 €). Suurin kuluerä ovat opettajien "
                            "resurssitunnit ja sijaiskulut koulutuspäivien ajalta.")
    _rivi(t, 8, "Odotetut tulokset", "Hankkeen tuloksena lukemisen tuki on koulussa yhtenäinen ja "
                                    "suunnitelmallinen, lukuhetket ovat osa koulupäivää ja opettajilla on "
                                    "yhteinen materiaalipankki. Odotamme, että lukusujuvuus paranee ja "
                                    "lukuinto kasvaa.")
    _rivi(t, 9, "Tulosten juurruttaminen ja levittäminen", [
        "Kevätlukukaudella 2027 koottava materiaalipankki ja lukuhetkien malli kirjataan koulun "
        "lukuvuosisuunnitelmaan 2027–2028. Lukuhetkien jatkumisesta vastaa Kuusiston yhtenäiskoulun "
        "rehtori, ja kunnan sivistysjohtaja tuo mallin esiin kunnan muiden koulujen rehtorikokouksessa.",
        "Keväällä 2027 naapurikoulut Rantalan koulu ja Mäntylän koulu kokeilevat lukuhetkimallia "
        "yhden jakson ajan. Materiaalipankista tehdään samalla versio suomi toisena kielenä -oppilaille "
        "ja pienille yhdysluokille.",
        "Tuloksista kerrotaan kunnan verkkosivuilla, Wilma-tiedotteella huoltajille ja alueellisessa "
        "äidinkielen opettajien verkostotapaamisessa toukokuussa 2027. Juurruttamiseen on varattu "
        "kevätlukukaudelle 2027 koordinoivan opettajan resurssista puolet (2 h/vko) sekä 2 000 € "
        "materiaalin taittoon ja painatukseen.",
    ])
    _rivi(t, 10, "Organisointi", "Hankkeen vastuuhenkilö on rehtori Mikko Lahtinen. Ohjausryhmään kuuluvat "
                                 "sivistysjohtaja, rehtori, koordinoiva opettaja, erityisopettaja, lähikirjaston "
                                 "johtaja ja kaksi huoltajaedustajaa. Ohjausryhmä kokoontuu kerran lukukaudessa.")
    _rivi(t, 11, "Riskit", "Opettajien sijaisten saatavuus koulutuspäivinä voi olla heikkoa; koulutukset "
                           "sijoitetaan veso-päiviin. Jos huoltajien osallistuminen jää vähäiseksi, "
                           "vanhempainiltoja järjestetään myös etänä ja eri kielillä.")
    _rivi(t, 12, "Viestintä", "Hankkeen etenemisestä raportoidaan sivistyslautakunnalle lukukausittain. "
                              "Huoltajille kerrotaan lukukasseista ja vanhempainilloista Wilma-viesteillä.")
    d.save(polku)

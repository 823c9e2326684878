from apu import *
import subprocess, shutil
d = uusi()
d.add_heading('Arviointisuunnitelma', 0)
kpl(d, 'Luontoa lähelle – koulujen ympäristökasvatushanke (Leader Sydänmaa, Manner-Suomen maaseudun kehittämisohjelma / CAP 2023–2027)')
kpl(d, 'Toteuttaja: Kuusiston kunta, sivistystoimi · Hankeaika 1.1.2026–31.12.2027 · Luonnos 3.11.2025')
lihava(d, 'Tausta, tavoitteet ja kohderyhmä')
kpl(d, 'Hankkeessa kehitetään Kuusiston viiden alakoulun ja yhtenäiskoulun kanssa koulupihoista ja lähimetsistä säännöllisiä oppimisympäristöjä. Haluamme, että oppilaat viettävät enemmän oppitunteja ulkona ja että opettajat kokevat osaavansa opettaa luonnossa. Kohderyhmänä ovat kunnan noin 620 perusopetuksen oppilasta ja 48 opettajaa; lisäksi mukana ovat vanhempainyhdistykset ja kyläyhdistykset, jotka osallistuvat lähimetsien reittien kunnostukseen.')
kpl(d, 'Hankkeen osatavoitteet ja niiden arviointi on koottu alla olevaan taulukkoon. Arviointi on ensisijaisesti kehittävää: tietoa kerätään, jotta toimintaa voidaan muuttaa jo hankkeen aikana.')
taulu(d, [['Tavoite', 'Toimenpide', 'Mittari / arviointitapa', 'Tiedonkeruun ajankohta', 'Vastuu'],
          ['1. Ulkona tapahtuvan opetuksen määrä kasvaa.', 'Ulko-opetuksen vuosikello jokaiselle koululle; välinelainaamo', 'Ulkona pidettyjen oppituntien määrä viikossa (opettajien seurantalomake); tavoite 3 t/luokka/vko', 'lähtötaso tammikuu 2026, sitten kuukausittain', 'koulujen rehtorit'],
          ['2. Opettajien osaaminen luonnossa opettamisesta vahvistuu.', 'Neljä koulutuspäivää ja vertaismentorointi', 'Opettajien osaamiskysely (itsearvio asteikolla 1–5) alussa ja lopussa; koulutuspalaute', 'helmikuu 2026 ja marraskuu 2027; palaute jokaisen koulutuksen jälkeen', 'hankekoordinaattori'],
          ['3. Oppilaat kokevat ulko-opetuksen mielekkääksi.', 'Oppilaiden suunnittelemat ulkotehtävät; oppilasraadit', 'Oppilaskysely (3.–9. lk) ja toiminnalliset palautetuokiot 1.–2. luokkalaisille; oppilasraatien haastattelut', 'toukokuu 2026 ja toukokuu 2027', 'hankekoordinaattori ja oppilaskuntien ohjaajat'],
          ['4. Lähimetsien reitit ovat koulujen ja kyläläisten käytössä.', 'Reittien kunnostustalkoot, opastaulut', 'Kunnostettujen reittien määrä (tavoite 6); kyläyhdistysten palautekeskustelu', 'syksy 2026 ja syksy 2027', 'kyläyhdistykset ja hankekoordinaattori']])
lihava(d, 'Arvioinnin menetelmät ja näkökulmat')
kpl(d, 'Itsearviointi: hankeryhmä (koordinaattori, rehtorit, kaksi opettajaedustajaa) pitää puolivuosittain arviointipalaverin, jossa käydään läpi taulukon mittaritiedot ja päätetään korjausliikkeistä. Ulkoinen arviointi: Itä-Suomen yliopiston ympäristökasvatuksen tutkimusryhmä tekee hankkeen lopussa arviointiraportin, joka perustuu kyselyaineistoihin ja kolmen koulun havainnointikäynteihin syksyllä 2027. Oppilaiden ja opettajien ääni kuuluu kyselyissä, oppilasraatien haastatteluissa ja työpajoissa.')
lihava(d, 'Arviointitiedon käyttö ja raportointi')
kpl(d, 'Arviointitulokset raportoidaan ohjausryhmälle puolivuosittain ja Leader Sydänmaalle maksatushakemusten yhteydessä. Tuloksia käytetään jo hankkeen alusta lähtien juurruttamisen tukena: sivistyslautakunta käsittelee ensimmäisen seurantakoosteen keväällä 2026, ja ulko-opetuksen vuosikello kirjataan koulujen lukuvuosisuunnitelmiin lukuvuodesta 2026–2027 alkaen. Loppuarviointi julkaistaan kunnan verkkosivuilla ja esitellään maakunnallisessa ympäristökasvatuspäivässä.')
d.save('03_luontoa_lahelle_arviointisuunnitelma.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, '03_luontoa_lahelle_arviointisuunnitelma.docx'], check=True, capture_output=True)
kirjoita_odotus('03_luontoa_lahelle_arviointisuunnitelma.pdf', {"doc_type": "arviointisuunnitelma", "findings": []})

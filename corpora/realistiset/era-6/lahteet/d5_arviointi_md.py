"""D5: Arviointisuunnitelma Markdown-muodossa (ympäristö, ELY-rahoitus). Ulkoista arviointia ei ole,
eikä tiedonkeruulle ole annettu ajoitusta."""
from apu import write_text

NAME = "arviointisuunnitelma-purot-kuntoon"

TEXT = """# Purot kuntoon yhdessä – hankkeen arviointisuunnitelma

*Savijoen vesiensuojeluyhdistys ry · versio 1.1 · laadittu 15.5.2025 ohjausryhmän kokousta varten*

Hanke toteutetaan 1.4.2025–31.3.2027, ja sitä rahoittaa Järvi-Suomen ELY-keskus vesistöjen kunnostuksen
avustuksella. Hankkeessa kunnostetaan Savijoen valuma-alueen pienvesiä talkoovoimin: puroihin rakennetaan
kutusoraikkoja, perataan rumpuja ja istutetaan suojavyöhykkeitä.

## Lähtökohdat ja kohderyhmä

Savijoen sivupurojen taimenkanta on heikentynyt. Kalatalouskeskuksen sähkökoekalastuksissa vuosina
2019–2023 taimenen poikasia tavattiin enää kolmesta purosta yhdestätoista. Syinä ovat liettyminen,
nousuesteinä toimivat rummut ja rantapuuston puuttuminen.

Hankkeen kohderyhmänä ovat valuma-alueen maanomistajat (noin 120 tilaa), paikalliset kalastuskunnat ja
osakaskunnat sekä talkoisiin osallistuvat vapaaehtoiset, joita arvioimme tulevan mukaan noin 150.
Lisäksi hanke tekee yhteistyötä kunnan ympäristönsuojelun ja koulujen kanssa.

## Mitä haluamme saada aikaan?

Arvioinnin lähtökohtana ovat hankesuunnitelman tavoitteet:

1. **Purojen elinympäristöt paranevat.** Kunnostamme vähintään kahdeksan kohdetta, ja taimen palaa
   kunnostettuihin puroihin.
2. **Maanomistajat ja asukkaat sitoutuvat purojen hoitoon.** Haluamme, että kunnostetuilla puroilla on
   hankkeen jälkeen nimetty hoitaja ja että maanomistajat ovat itse mukana suunnittelemassa kohteita.
3. **Talkootoiminnasta tulee pysyvää.** Yhdistykseen syntyy vapaaehtoisten puroryhmä, joka osaa suunnitella ja
   toteuttaa pieniä kunnostuksia.

## Arvioinnin menetelmät

| Tavoite | Mitä teemme | Miten arvioimme |
| --- | --- | --- |
| 1. Elinympäristöt paranevat | Kutusoraikot, rumpujen korjaus, suojavyöhykkeet | Kunnostetut kohteet ja metrit; sähkökoekalastus kunnostetuilla kohteilla; valokuvaseuranta samoista kuvauspisteistä |
| 2. Maanomistajat sitoutuvat | Kyläkohtaiset purokävelyt, maanomistajien suunnitteluillat | Mukana olleiden maanomistajien määrä; hoitosopimukset; maanomistajien haastattelut |
| 3. Talkootoiminta pysyväksi | Talkoot, vapaaehtoisten kunnostuskoulutus | Talkoolaisten ja talkootuntien määrä; talkoolaisten palautekysely; puroryhmän oma arviointikeskustelu |

Arviointi tehdään itsearviointina. Hanketyöntekijä kokoaa seurantatiedot taulukkoon, ja ohjausryhmä
käy niiden pohjalta läpi, mikä on onnistunut ja mitä on syytä muuttaa. Vapaaehtoisten puroryhmä pitää
oman arviointikeskustelunsa, jossa se pohtii talkoiden järjestämistä ja omaa jaksamistaan.

Talkoolaisilta kysytään lyhyellä kyselyllä, mikä talkoissa oli mielekästä, mitä he oppivat ja
haluavatko he jatkaa. Maanomistajia haastatellaan puhelimitse tai purokävelyjen yhteydessä: heiltä
kysytään, miten he kokivat yhteistyön ja ovatko he valmiita hoitamaan kohdetta jatkossa.

Ulkopuolista arvioijaa ei hankkeen pienen koon vuoksi käytetä.

## Arviointitiedon käyttö

Arviointitiedot raportoidaan Järvi-Suomen ELY-keskukselle sen raportointiohjeiden mukaisesti.
Koekalastusten tulokset toimitetaan myös kalatalouskeskukselle valtakunnalliseen
koekalastusrekisteriin. Kokemuksista kirjoitetaan juttu yhdistyksen jäsenlehteen ja kunnan
verkkosivuille, ja onnistuneet kohteet esitellään yleisölle avoimella purokävelyllä.

Tavoitteena on, että arvioinnista on hyötyä myös hankkeen jälkeen. Jo hanketta valmisteltaessa sovimme
Savijoen osakaskunnan kanssa, että se ottaa kunnostettujen kohteiden hoidon vastuulleen, ja
arviointitiedon perusteella laaditaan kohteille hoito-ohjeet. Puroryhmän toiminta jatkuu yhdistyksen
pysyvänä toimintana, ja siitä vastaa yhdistyksen hallitus.
"""

def run():
    write_text(NAME, "md", TEXT, {"doc_type": "arviointisuunnitelma", "findings": [
        {"rule": "arviointi.ei-ulkoista"},
        {"rule": "arviointi.ei-aikataulua"},
    ]})

if __name__ == "__main__":
    run()

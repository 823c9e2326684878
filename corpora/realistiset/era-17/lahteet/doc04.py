OUT = '/work/main/corpora/realistiset/era-17/'
TEXT = """# Puhtaat purot – Sorvajärven valuma-alueen vesiensuojeluhanke

## Arviointisuunnitelma

*Sorvajärven suojeluyhdistys ry · Pirkanmaan ELY-keskus, vesistöjen kunnostuksen avustus · versio 1.2, 20.5.2025*

**Hankeaika:** 1.4.2025–31.10.2026

## 1. Tausta ja tavoitteet

Sorvajärvi (pinta-ala 11,4 km²) on luokiteltu ekologiselta tilaltaan tyydyttäväksi. Järven kokonaisfosforipitoisuus on noussut seurantajaksolla 2010–2023 keskimäärin 18 µg/l:sta 26 µg/l:aan, ja sinileväkukintoja on havaittu joka kesä vuodesta 2018 lähtien. Suurin osa kuormituksesta tulee järveen laskevista kolmesta purosta (Myllyoja, Rantaoja ja Kaislaoja), joiden valuma-alueella on peltoviljelyä, metsätaloutta ja haja-asutusta.

Hankkeen tavoitteet ovat:

1. Purojen kautta järveen tuleva fosfori- ja kiintoainekuormitus vähenee rakennettavien kosteikkojen ja laskeutusaltaiden ansiosta.
2. Valuma-alueen maanomistajat ja viljelijät tuntevat vesiensuojelun keinot ja ottavat niitä käyttöön omilla tiloillaan.
3. Järven vesistöseurantaan saadaan mukaan vapaaehtoisia, ja seurantatieto on kaikkien saatavilla.

## 2. Arvioinnin kohderyhmä

Arvioinnin kohderyhmä ovat valuma-alueen noin 60 maanomistajaa ja 14 aktiivitilaa, järven rantojen mökkiläiset ja vakituiset asukkaat sekä yhdistyksen jäsenet. Arviointiin osallistuvat myös Sorvalan kunnan ympäristönsuojelu ja ProAgria Pirkanmaan neuvojat.

## 3. Miten arvioimme onnistumista?

Arviointi toteutetaan hankkeen omana itsearviointina. Hankkeella ei ole ulkopuolista arvioijaa, koska hankkeen koko ei mahdollista erillisen arvioinnin hankkimista eikä siihen ole budjetissa varattu rahaa. Itsearvioinnista vastaa hankekoordinaattori, ja hankkeen työryhmä (koordinaattori, yhdistyksen puheenjohtaja ja vesistöasiantuntija) käsittelee arviointitiedot neljännesvuosittain.

| Tavoite | Toimenpide | Arviointimenetelmä / mittari | Aikataulu |
| --- | --- | --- | --- |
| 1. Kuormitus vähenee | Kaksi kosteikkoa Myllyojalle ja Rantaojalle, laskeutusallas Kaislaojalle | Vesinäytteet (kokonaisfosfori, kiintoaine, sameus) kosteikkojen ylä- ja alapuolelta; rakennettujen kohteiden pinta-ala (tavoite 2,1 ha) | Näytteet kuukausittain 5–10/2025 ja 4–10/2026 |
| 2. Maanomistajat ottavat keinoja käyttöön | Tilakäynnit, kaksi pelto- ja metsäiltaa, suojavyöhykeneuvonta | Tilakäyntien ja osallistujien määrä; maanomistajakysely käyttöön otetuista keinoista (suojavyöhykkeet, talviaikainen kasvipeite, kipsikäsittely) | Tilakäynnit 2025–2026; kysely syksyllä 2026 |
| 3. Vapaaehtoinen vesistöseuranta | Vedenlaatupäivät ja näkösyvyysmittausten koulutus, Järvi-meriwikin käyttöönotto | Mukana olevien vapaaehtoisten määrä (tavoite 20); Järvi-meriwikiin kirjattujen havaintojen määrä | Kesät 2025 ja 2026 |

Maanomistajilta ja asukkailta kerätään palautetta pelto- ja metsäiltojen jälkeen lyhyellä palautelomakkeella, ja hankkeen loppupuolella pidetään avoin asukasilta, jossa osallistujat arvioivat hankkeen tuloksia ja kertovat, mitä järven hoidossa pitäisi tehdä seuraavaksi. Asukasillan ajankohta: xx.xx.2026.

Vesinäytteiden analyysit tekee akkreditoitu laboratorio (Pirkanmaan Vesilaboratorio Oy). Vertailutietona käytetään ELY-keskuksen pintavesiseurannan aineistoa vuosilta 2010–2023.

## 4. Arviointitiedon hyödyntäminen

Arviointitiedolla ohjataan hankkeen työtä jo ensimmäisestä kesästä alkaen: jos kosteikkojen alapuolella fosforipitoisuus ei laske, rakenteita muokataan syksyllä 2025. Hankkeen tulokset raportoidaan ELY-keskukselle väliraportissa 1/2026 ja loppuraportissa, joka laaditaan lokakuussa 2026 ennen hankkeen päättymistä.

Kosteikkojen hoidosta tehdään hankkeen alussa sopimukset maanomistajien kanssa, ja Sorvajärven suojeluyhdistys ry vastaa kosteikkojen hoidosta ja vapaaehtoisen vedenlaatuseurannan koordinoinnista hankkeen päätyttyä. Sorvalan kunnan ympäristönsuojelu sisällyttää purojen vesinäytteet kunnan vesistöseurantaohjelmaan vuodesta 2027 alkaen. Tuloksista kerrotaan yhdistyksen verkkosivuilla, paikallislehti Sorvalan Sanomissa ja Pirkanmaan vesistökunnostusverkoston seminaarissa.
"""

def build():
    open(OUT + '04_puhtaat_purot_arviointisuunnitelma.md', 'w', encoding='utf-8').write(TEXT)
    return {"doc_type": "arviointisuunnitelma", "findings": [
        {"rule": "arviointi.ei-ulkoista"},
        {"rule": "rakenne.pohjateksti"}]}

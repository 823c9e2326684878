import os
from apu import KANSIO

TEKSTI = """\
# Ohjaamo liikkeelle – arviointisuunnitelma

*Jalkautuva ohjaus 16–29-vuotiaille Harjulassa*
Laatija: Sosiaalialan osaamiskeskus Verkko, tutkija Elina Vartiainen · luonnos 2, 20.1.2025

---

## Mistä hankkeessa on kyse?

Harjulan kaupungin työllisyyspalvelut toteuttaa Ohjaamo liikkeelle -hanketta **1.2.2025–31.1.2027**. Hanke vie Ohjaamon ohjauksen sinne, missä nuoret jo ovat: kauppakeskukseen, kirjastoon, nuorisotiloille ja oppilaitosten käytäville. Taustalla on huoli siitä, että vuonna 2024 Harjulassa oli noin 480 alle 30-vuotiasta, jotka eivät olleet töissä, opiskelemassa eivätkä minkään palvelun asiakkaina.

Kenelle hanke on? Ensisijaisesti 16–29-vuotiaille nuorille, jotka eivät ole työssä tai koulutuksessa ja joille virastoon tuleminen on korkea kynnys. Toinen kohderyhmä ovat Harjulan pienet ja keskisuuret työnantajat sekä Ohjaamon yhteistyöverkoston työntekijät (nuorisotyö, etsivä nuorisotyö, oppilaitokset, sosiaalityö).

Verkko toimii hankkeen **ulkoisena arvioijana**. Tämä suunnitelma on laadittu yhdessä hanketiimin kanssa kahdessa työpajassa joulu–tammikuussa.

## Mitä tavoitellaan

1. **Nuoret löytävät palvelun helpommin.** Tavoitteena on, että Ohjaamoon ohjautuu vuosittain vähintään 150 nuorta, jotka eivät aiemmin ole asioineet missään palvelussa. Tätä tehdään jalkautumalla kahdesti viikossa kauppakeskus Harjunportiin, pääkirjastoon ja nuorisotiloille sekä avaamalla Instagram-chat. Toteutumista seurataan asiakastilastosta uusien asiakkaiden määränä (lähtötaso 2024: 62 nuorta) ja kirjaamalla ensikäynnillä, mitä kautta nuori tuli.

2. **Ohjaus ei katkea siirtymissä.** Haluamme, ettei nuori putoa väliin siirtyessään palvelusta toiseen. Jokaiselle nuorelle nimetään omaohjaaja, ja palvelusta toiseen siirrytään saattaen: ensimmäinen tapaaminen uudessa paikassa on yhteinen. Mittarina on niiden nuorten osuus, joilla on voimassa oleva jatkosuunnitelma kolme kuukautta ensikäynnin jälkeen (tavoite 75 %). Lisäksi nuoria haastatellaan siitä, miltä siirtymät tuntuivat.

3. **Työnantajat palkkaavat nuoria rohkeammin.** Työnantajakäynnit ja neljä kertaa vuodessa järjestettävät Duunitreffit tuovat nuoret ja työnantajat samaan tilaan. Seuraamme työhön, oppisopimukseen tai työkokeiluun päässeiden nuorten määrää (tavoite 60 hankkeen aikana) ja kysymme työnantajilta kyselyllä, miten valmiita he ovat palkkaamaan nuoren jatkossa.

## Miten arvioimme?

**Itsearviointi.** Hanketiimi (projektipäällikkö ja kolme ohjaajaa) kirjaa jalkautumiskerrat ja havainnot yhteiseen lokiin. Kerran kuukaudessa tiimi pitää reflektiopalaverin, jossa se käy läpi lokin ja tilastot ja arvioi itse, mikä toimii. Puolen vuoden välein tiimi täyttää Verkon laatiman itsearviointilomakkeen.

**Ulkoinen arviointi.** Verkko kokoaa aineistot, analysoi ne ja kirjoittaa väliraportin (syyskuu 2025) ja loppuraportin (joulukuu 2026). Verkko haastattelee myös yhteistyöverkoston työntekijöitä ja kahta työllisyyspalvelujen esihenkilöä.

**Nuorten ääni.** Nuorilta kysytään jokaisen jalkautumiskerran jälkeen yksi kysymys QR-koodilla (”Oliko tästä hyötyä?”). Lisäksi Verkko haastattelee 15–20 nuorta kahdesti hankkeen aikana, ja keväällä 2026 järjestetään nuorten arviointityöpaja, jossa nuoret itse pisteyttävät hankkeen toimintoja.

## Milloin tietoa kerätään?

| Ajankohta | Mitä kerätään | Keneltä |
|---|---|---|
| helmi–maaliskuu 2025 | lähtötilanne: asiakastilastot, verkoston haastattelut | työllisyyspalvelut, verkosto |
| jatkuvasti | jalkautumisloki, QR-palaute | hanketiimi, nuoret |
| toukokuu 2025 | nuorten haastattelut (1. kierros) | nuoret |
| syyskuu 2025 | väliraportti | Verkko |
| maaliskuu 2026 | nuorten arviointityöpaja, työnantajakysely | nuoret, työnantajat |
| syys–lokakuu 2026 | nuorten haastattelut (2. kierros), verkoston haastattelut | nuoret, verkosto |
| joulukuu 2026 | loppuraportti | Verkko |

## Mihin arviointitietoa käytetään?

Arviointitieto palautuu hanketiimille heti: kuukausipalaverissa katsotaan, mihin kannattaa jalkautua seuraavaksi. Ohjausryhmä käsittelee väliraportin ja päättää mahdollisista painopisteiden muutoksista. Loppuraportti julkaistaan Verkon verkkosivuilla, ja tuloksista kerrotaan Ohjaamojen valtakunnallisilla verkostopäivillä.

Jatkuvuus on ollut mukana jo hakuvaiheessa: työllisyysjohtaja ja nuorisopalvelujen päällikkö sopivat hakemusta tehtäessä, että toimivaksi todettu jalkautuva ohjaus siirretään Ohjaamon vakituiseen toimintaan, ja siksi he istuvat ohjausryhmässä hankkeen alusta alkaen. Verkon loppuraportissa on oma lukunsa siitä, mitä pysyvä jalkautuva ohjaus vaatisi (henkilöstö, tilat, yhteistyösopimukset), jotta asia voidaan käsitellä kaupungin talousarviossa hyvissä ajoin ennen hankkeen loppua.

*Muutokset suunnitelmaan sovitaan ohjausryhmässä.*
"""

with open(os.path.join(KANSIO, "06_arviointisuunnitelma_nuorten_ohjaus.md"), "w", encoding="utf-8") as f:
    f.write(TEKSTI)

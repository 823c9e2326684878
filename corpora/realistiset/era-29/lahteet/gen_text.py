"""Erän .md- ja .txt-asiakirjat on kirjoitettu käsin suoraan erän kansioon
(hankehakemus-mielen-tuki.md, arviointisuunnitelma-nuorisotila.txt); niitä ei generoida,
jotta sama asiakirja ei esiinny kansiossa kahdesti."""
def build(out):
    pass

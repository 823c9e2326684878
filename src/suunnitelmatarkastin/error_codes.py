"""`error_code`: a stable code beside the Finnish reason of a document that could not be checked.

A funder's system branches on the code ("vanha-doc": ask for .docx; "salattu": ask for the password
to be removed) while a person reads the reason. The reasons are written where the failure is found;
the code is derived from them here, in one place, so that the list in the README is this table.
Codes are never renamed; new ones may be added. A reason no pattern knows is "muu".
"""

from __future__ import annotations

import re

# (code, pattern of the Finnish reason), first match wins: specific before general.
ERROR_CODES: tuple[tuple[str, str], ...] = (
    ("vanha-doc", r"vanhaa \.doc-muotoa"),
    ("salattu", r"salasanalla suojattu|salattu Word"),
    ("skannattu-pdf", r"PDF-tiedostossa ei ole tekstiä"),
    ("vaara-paate", r"vaikka sen pääte on"),
    ("ei-tuettu-muoto", r"tiedostomuotoa .* ei tueta|OpenDocument-paketti mutta ei tekstiasiakirja"),
    ("tyhja", r"^tiedosto on tyhjä|asiakirjasta ei löytynyt tekstiä"),
    ("zip-pommi", r"zip-pommi|pakkaussuhde|paketissa on yli|purettuna"),
    ("vihamielinen", r"tehty kaatamaan lukijan"),
    ("liian-suuri", r"liian suuri|liian pitkä|muisti loppui"),
    ("ei-loydy", r"ei löydy"),
    ("lukuoikeus", r"lukuoikeus puuttuu"),
    ("kansio-ohitettu", r"kansiota ei voitu käydä läpi"),
    ("linkki-ulos", r"linkki osoittaa kansion ulkopuolelle"),
    ("ei-tiedosto", r"polku on kansio|ei ole tavallinen tiedosto"),
    ("aikaraja", r"aikarajan .* ylittyessä"),
    ("keskeytetty", r"tarkastusprosessi|kaatui odottamattomasti"),
    ("raporttivirhe", r"raportin laatiminen"),
    ("tarkastusvirhe", r"tarkastus epäonnistui odottamattomasti"),
    ("vioittunut", r"vioittunut|katkennut|ei ole luettava|ei ole kelvollista XML|binääridataa|ei ole PDF-asiakirja|ei ole zip-paketti|zip-paketti ei ole|ei voitu lukea"),
)
OTHER = "muu"
_COMPILED = tuple((code, re.compile(pattern)) for code, pattern in ERROR_CODES)


def error_code(reason: str | None) -> str | None:
    """The code of a Finnish failure reason; None when the document was checked."""
    if reason is None:
        return None
    return next((code for code, pattern in _COMPILED if pattern.search(reason)), OTHER)

"""Laatijan oma tarkistus: poimii .docx:n näkyvän tekstin (w:t, ei w:delText) ja laskee sanat."""
import re, sys, zipfile
from lxml import etree
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def teksti(polku):
    if polku.endswith(".docx"):
        x = etree.fromstring(zipfile.ZipFile(polku).read("word/document.xml"))
        kapp = []
        for p in x.iter(W + "p"):
            # vain kappaleen omat tekstit, ei sisäkkäisten tekstiruutujen kappaleita kahdesti
            osat = [t.text or "" for t in p.iter(W + "t") if t.getparent().getparent() is p or
                    t.getparent().getparent().tag in (W + "ins", W + "sdtContent", W + "hyperlink")]
            kapp.append("".join(osat))
        return "\n".join(kapp)
    return open(polku, encoding="utf-8").read()

if __name__ == "__main__":
    for f in sys.argv[1:]:
        s = teksti(f)
        print(f, len(re.findall(r"\w+", s)), "sanaa")
        if "-v" in sys.argv[0:1]:
            print(s)

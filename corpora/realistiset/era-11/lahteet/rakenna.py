"""Rakentaa era-11-erän dokumentit uudelleen: /tmp/writer11-venv/bin/python rakenna.py"""
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import doc01, doc02, doc03, doc04, doc07, doc08  # noqa: E402
from apu import ULOS, odotus  # noqa: E402

for m in (doc01, doc02, doc03, doc04, doc07, doc08):
    m.rakenna()
    print("valmis:", m.NIMI)

HERE = Path(__file__).resolve().parent
shutil.copy(HERE / "doc05.md", ULOS / "05_leader_kosteikot_hankesuunnitelma.md")
odotus("05_leader_kosteikot_hankesuunnitelma", "hankesuunnitelma", [])
shutil.copy(HERE / "doc06.txt", ULOS / "06_stea_omaisten_vertaistuki_hankesuunnitelma.txt")
odotus("06_stea_omaisten_vertaistuki_hankesuunnitelma", "hankesuunnitelma", [
    {"rule": "rakenne.osio-puuttuu", "target": "riskit"},
    {"rule": "rakenne.pohjateksti"},
    {"rule": "exit.omistaja-hankkeen-sisalla"},
])

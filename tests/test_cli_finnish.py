"""The command line misused as a new user would: every answer Finnish, with the documented status."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from suunnitelmatarkastin.cli import main, tarkasta
from suunnitelmatarkastin.cli_fi import default_workers

from .conftest import KAIKU

# click's own English texts: none of them may reach a user.
ENGLISH = re.compile(r"Usage:|Options:|Commands:|Error:|Try '|Missing|No such|Invalid value|is not|does not|Show this|default:|required|INTEGER|TEXT|PATH|FILE\b|RANGE|Aborted")


def run(*args: str, command=tarkasta):
    return CliRunner().invoke(command, list(args), prog_name="tarkasta" if command is tarkasta else "suunnitelmatarkastin")


def finnish(result, status: int) -> str:
    """The whole output, after checking the status and that no English click text is in it."""
    text = result.output
    assert result.exit_code == status, text
    assert not ENGLISH.search(text), text
    return text


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((), "Anna ainakin yksi tarkastettava tiedosto tai kansio"),
        (("--kieli", "fi", "a.docx"), "Tuntematon valinta --kieli. Valinnat näet komennolla tarkasta --ohje."),
        (("--muto", "json", "a.docx"), "Tuntematon valinta --muto. Tarkoititko --muoto?"),
        (("--tyyppi", "suunnitelma", "a.docx"), "--tyyppi: ”suunnitelma” ei ole sallittu; vaihtoehdot: hankesuunnitelma, arviointisuunnitelma"),
        (("--muoto", "word", "a.docx"), "--muoto: ”word” ei ole sallittu; vaihtoehdot: teksti, json, html, csv, xlsx"),
        (("--rinnakkain", "0", "a.docx"), "--rinnakkain: 0 ei käy; arvon pitää olla vähintään 1"),
        (("--rinnakkain", "kaksi", "a.docx"), "--rinnakkain: ”kaksi” ei ole kokonaisluku"),
        (("--aikaraja", "-1", "a.docx"), "--aikaraja: -1 ei käy; arvon pitää olla vähintään 0"),
        (("a.docx", "--muoto"), "Valinta --muoto tarvitsee arvon."),
        (("--merkitse=kyllä", "a.docx"), "Valinta --merkitse ei ota arvoa."),
    ],
)
def test_misuse_is_answered_in_finnish_with_status_two(args, expected):
    text = finnish(run(*args), 2)
    assert expected in text
    assert "Virhe: " in text


def test_usage_line_and_help_pointer_come_with_the_error():
    text = finnish(run("--kieli", "fi"), 2)
    assert text.startswith("Käyttö: tarkasta [VALINNAT] POLUT...")
    assert "Ohje: tarkasta --ohje" in text


def test_help_is_finnish_with_examples_exit_statuses_and_chosen_parallelism():
    for flag in ("-h", "--ohje"):
        text = finnish(run(flag), 0)
        assert text.startswith("Käyttö: tarkasta [VALINNAT] POLUT...")
        assert "Valinnat:" in text and "Esimerkkejä:" in text and "Paluukoodit:" in text
        assert "tarkasta --merkitse suunnitelma.docx" in text
        assert "[oletus: teksti]" in text and "[oletus: 120; vähintään 0]" in text
        assert f"Oletus tällä koneella: {default_workers()} (" in " ".join(text.split())
        assert "Näytä tämä ohje ja lopeta." in text


def test_version():
    result = run("--versio")
    assert result.exit_code == 0 and re.fullmatch(r"suunnitelmatarkastin \d+\.\d+\.\d+\S*\n", result.output)


def test_main_command_help_unknown_command_and_subcommand_errors(tmp_path):
    text = finnish(run("--ohje", command=main), 0)
    assert "Komennot:" in text and "KOMENTO [ARGUMENTIT]..." in text
    assert "Tuntematon komento ”tarkistaa”. Tarkoititko tarkasta?" in finnish(run("tarkistaa", command=main), 2)
    assert "KANSIO: kansio ”" in finnish(run("arvioi", str(tmp_path / "eiole"), command=main), 2)
    assert "Ylimääräinen argumentti: b." in finnish(run("saannot", "a", "b", command=main), 2)
    assert "[oletus: 8000; 1–65535]" in finnish(run("palvelin", "--ohje", command=main), 0)


def test_missing_path_is_reported_with_status_two(tmp_path):
    result = run("--muoto", "json", str(tmp_path / "eiole.docx"))
    assert result.exit_code == 2
    [document] = json.loads(result.stdout)["documents"]
    assert document["error"] == "tiedostoa tai kansiota ei löydy" and document["error_code"] == "ei-loydy"


def test_folder_without_documents_is_a_finnish_message_and_status_two(tmp_path):
    empty = tmp_path / "tyhja"
    empty.mkdir()
    text = finnish(run(str(empty)), 2)
    assert f"polusta ”{empty}” ei löytynyt tarkastettavia asiakirjoja." in text
    (empty / "laskelma.xlsx").write_bytes(b"")
    (empty / "kuva.png").write_bytes(b"")
    text = finnish(run(str(empty)), 2)
    assert "(ohitettiin 2 tiedostoa: 1 .png, 1 .xlsx)" in text


def test_unwritable_output_is_refused_before_checking(tmp_path):
    missing = tmp_path / "eiole" / "raportti.txt"
    text = finnish(run("--tuloste", str(missing), str(KAIKU)), 2)
    assert "kansiota ei ole olemassa" in text
    if os.path.isdir("/sys"):  # Linux: no one, not even root, creates a file there
        text = finnish(run("--tuloste", "/sys/raportti.txt", str(KAIKU)), 2)
        assert "raporttia ei voi kirjoittaa tiedostoon /sys/raportti.txt: " in text
    assert "Asiakirjatyyppi" not in text  # nothing was checked


@pytest.mark.skipif(os.geteuid() == 0, reason="pääkäyttäjä voi kirjoittaa kansioon oikeuksista huolimatta")
def test_read_only_folder_is_refused_before_checking(tmp_path):
    locked = tmp_path / "lukittu"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        text = finnish(run("--tuloste", str(locked / "r.txt"), str(KAIKU)), 2)
    finally:
        locked.chmod(0o700)
    assert "kirjoitusoikeus puuttuu" in text


@pytest.mark.slow
def test_folder_run_counts_skipped_files_and_never_checks_own_outputs(tmp_path):
    folder = tmp_path / "hakemukset"
    folder.mkdir()
    shutil.copy(KAIKU, folder / "raportti.docx")
    shutil.copy(KAIKU, folder / "raportti.tarkastettu.docx")
    (folder / "budjetti.xlsx").write_bytes(b"")
    (folder / "liite.xlsx").write_bytes(b"")
    report = tmp_path / "vanha.txt"
    assert run("--aikaraja", "0", "--tuloste", str(report), str(folder / "raportti.docx")).exit_code in (0, 1)
    shutil.copy(report, folder / "edellinen-raportti.txt")
    result = run("--aikaraja", "0", "--muoto", "json", str(folder))
    assert "Ohitettiin 4 tiedostoa: 2 .xlsx, 1 aiemmin kommentoitu kopio, 1 tarkastimen oma raportti." in result.stderr
    assert [Path(d["path"]).name for d in json.loads(result.stdout)["documents"]] == ["raportti.docx"]

"""The web service through its HTTP interface (FastAPI's TestClient): page, API, limits, privacy.

One service with one real worker process serves the tests of this module; its limits are small so
that the refusals can be shown with the corpus's own small documents.
"""

from __future__ import annotations

import base64
import io
import json
import logging
import os
import re
import zipfile
from collections import Counter
from html import unescape
from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from suunnitelmatarkastin import cli
from suunnitelmatarkastin.judge.rules import load_rules
from suunnitelmatarkastin.models import DocumentReport, Finding
from suunnitelmatarkastin.web.app import Settings, create_app, safe_name, verdict

from .conftest import CORPORA, OSMO

KAJAANI = CORPORA / "kajaani-suunta-hankesuunnitelma.docx"
MARKDOWN = CORPORA / "exit-kirjastojen-digituki.md"
LIMITS = {"max_file_bytes": 100_000, "max_files": 3, "max_total_bytes": 250_000}


@pytest.fixture(scope="module")
def temp_root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("lataukset")


@pytest.fixture(scope="module")
def client(temp_root):
    app = create_app(Settings(workers=1, temp_root=str(temp_root), **LIMITS))
    with TestClient(app) as test_client:
        yield test_client


def upload(*paths: Path, names: tuple[str, ...] = ()) -> list[tuple[str, tuple[str, bytes]]]:
    names = names or tuple(p.name for p in paths)
    return [("tiedosto", (name, path.read_bytes())) for name, path in zip(names, paths)]


def timeless(report: str) -> str:
    """A JSON report without its audit block's time, which is the one thing two runs cannot share."""
    return re.sub(r'"time": "[^"]+"', '"time": "…"', report)


def cli_json(*paths: Path, extra: tuple[str, ...] = ()) -> str:
    """What `tarkasta --muoto json NAME…` prints, run in the documents' folder so paths are bare names."""
    runner = CliRunner()
    here = os.getcwd()
    os.chdir(paths[0].parent)
    try:
        result = runner.invoke(cli.tarkasta, ["--muoto", "json", *extra, *(p.name for p in paths)])
    finally:
        os.chdir(here)
    assert result.exit_code in (0, 1, 2), result.output
    return timeless(result.stdout)


def downloads(page: str) -> dict[str, bytes]:
    """The page's own downloads: file name → bytes (they are data: links, nothing stays on the server)."""
    found = re.findall(r'<a href="data:[^;]+(?:;charset=utf-8)?;base64,([^"]+)" download="([^"]+)"', page)
    return {unescape(name): base64.b64decode(data) for data, name in found}


def test_start_page_is_finnish_labelled_and_safe(client):
    response = client.get("/")
    page = response.text
    assert response.status_code == 200
    assert '<html lang="fi">' in page
    assert '<form class="lomake" method="post" action="/tarkasta" enctype="multipart/form-data">' in page
    assert '<label for="tiedosto">' in page and 'id="tiedosto" name="tiedosto" multiple' in page
    assert '<label for="tyyppi">' in page and '<option value="loppuraportti">' in page
    assert not re.search(r"<script(?![^>]*\ssrc=)", page), "no inline script"
    assert " style=" not in page and "<style" not in page
    headers = response.headers
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["cache-control"] == "no-store"


def test_api_gives_exactly_the_command_lines_json(client):
    response = client.post("/api/tarkasta", files=upload(OSMO, KAJAANI))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert timeless(response.text) == cli_json(OSMO, KAJAANI)
    assert response.json()["tool"]["name"] == "suunnitelmatarkastin"
    documents = response.json()["documents"]
    assert [d["path"] for d in documents] == [OSMO.name, KAJAANI.name]


def test_api_type_override_and_unknown_type(client):
    forced = client.post("/api/tarkasta", files=upload(MARKDOWN), data={"tyyppi": "hankesuunnitelma"})
    assert timeless(forced.text) == cli_json(MARKDOWN, extra=("--tyyppi", "hankesuunnitelma"))
    assert forced.json()["documents"][0]["doc_type"] == "hankesuunnitelma"
    wrong = client.post("/api/tarkasta", files=upload(MARKDOWN), data={"tyyppi": "resepti"})
    assert wrong.status_code == 400
    assert wrong.json() == {
        "virhe": "Tuntematon asiakirjatyyppi ”resepti”; sallitut: hankesuunnitelma, arviointisuunnitelma, exit-suunnitelma, loppuraportti.",
        "kentta": "tyyppi",
    }


def test_hostile_files_get_the_command_lines_reasons(client, tmp_path):
    legacy = tmp_path / "vanha.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    bomb = tmp_path / "pommi.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<a>" + "x" * 30_000_000 + "</a>")
    renamed = tmp_path / "kuva.pdf"
    renamed.write_bytes(OSMO.read_bytes())  # a Word document under a PDF name
    response = client.post("/api/tarkasta", files=upload(legacy, bomb, renamed))
    assert timeless(response.text) == cli_json(legacy, bomb, renamed)
    errors = [d["error"] for d in response.json()["documents"]]
    assert all(errors) and "tallenna asiakirja .docx-muodossa" in errors[0]


def test_limits_are_refused_in_finnish(client, tmp_path):
    big = tmp_path / "iso.md"
    big.write_text("# Tausta\n\n" + "Hanke kehittää palveluja. " * 5000, encoding="utf-8")
    too_big = client.post("/api/tarkasta", files=upload(big))
    assert too_big.status_code == 413
    assert too_big.json()["virhe"].startswith("Tiedosto iso.md on liian suuri")
    too_many = client.post("/api/tarkasta", files=upload(OSMO, OSMO, OSMO, OSMO, names=("a.docx", "b.docx", "c.docx", "d.docx")))
    assert too_many.status_code == 413
    assert too_many.json()["virhe"] == "Liian monta tiedostoa: kerralla voi tarkastaa enintään 3."
    part = tmp_path / "osa.md"
    part.write_text("Sanoja " * 13_000, encoding="utf-8")  # 91 kB: each fits, three together do not
    too_much = client.post("/api/tarkasta", files=upload(part, part, part, names=("1.md", "2.md", "3.md")))
    assert too_much.status_code == 413 and too_much.json()["virhe"].startswith("Tiedostot ovat yhteensä liian suuria")
    nothing = client.post("/api/tarkasta", data={"tyyppi": ""}, files=[("tiedosto", ("", b""))])
    assert nothing.status_code == 400 and nothing.json()["virhe"].startswith("Valitse vähintään yksi")
    not_a_form = client.post("/api/tarkasta", content=b"{}", headers={"content-type": "application/json"})
    assert not_a_form.status_code == 400 and "multipart/form-data" in not_a_form.json()["virhe"]


def test_form_error_is_tied_to_its_field(client, tmp_path):
    big = tmp_path / "iso.md"
    big.write_text("Sana " * 30_000, encoding="utf-8")
    response = client.post("/tarkasta", files=upload(big))
    assert response.status_code == 413
    page = response.text
    assert "<title>Virhe: Tarkasta suunnitelma – Suunnitelmatarkastin</title>" in page
    assert 'aria-describedby="tiedosto-ohje tiedosto-virhe"' in page and 'aria-invalid="true"' in page
    assert re.search(r'<p class="virhe" id="tiedosto-virhe">Virhe: Tiedosto iso\.md on liian suuri', page)
    assert 'role="alert"' in page and '<a href="#tiedosto">Tiedosto iso.md on liian suuri' in page
    typed = client.post("/tarkasta", files=upload(MARKDOWN), data={"tyyppi": "resepti"})
    assert 'id="tyyppi-virhe"' in typed.text and 'aria-describedby="tyyppi-ohje tyyppi-virhe"' in typed.text


def test_result_page_for_one_plan(client, osmo_report):
    assert osmo_report.findings
    response = client.post("/tarkasta", files=upload(OSMO))
    assert response.status_code == 200
    page = response.text
    assert f'<p class="tuomio-iso">{verdict(osmo_report)}</p>' in page
    assert "<title>Tulos: " + verdict(osmo_report) in page
    assert 'role="status" aria-live="polite"' in page
    body = unescape(page)
    assert body.index("tuomio-iso") < body.index('class="havainnot"'), "the verdict comes first"
    rules = {rule.id: rule for rule in load_rules(())}
    for finding in osmo_report.findings:
        assert finding.message in body and f"Korjaa: {finding.hint}" in body
        assert rules[finding.rule].basis in body
    assert "Mitä tarkastin luki" in body and "Juurruttaminen aikajanalla" in body
    files = downloads(page)
    assert set(files) == {
        "osmo-arviointisuunnitelma.tarkastettu.docx",
        *(f"osmo-arviointisuunnitelma-raportti.{kind}" for kind in ("html", "xlsx", "csv", "json")),
    }
    commented = docx.Document(io.BytesIO(files["osmo-arviointisuunnitelma.tarkastettu.docx"]))
    assert len(list(commented.comments)) == len(osmo_report.findings)
    report = json.loads(files["osmo-arviointisuunnitelma-raportti.json"])
    assert [f["rule"] for f in report["documents"][0]["findings"]] == [f.rule for f in osmo_report.findings]
    sheet = openpyxl.load_workbook(io.BytesIO(files["osmo-arviointisuunnitelma-raportti.xlsx"]))["Havainnot"]
    assert sheet.max_row == len(osmo_report.findings) + 1
    assert files["osmo-arviointisuunnitelma-raportti.csv"].startswith(b"\xef\xbb\xbf")
    assert b'<html lang="fi">' in files["osmo-arviointisuunnitelma-raportti.html"]


def test_what_the_checker_read_shows_goals_period_and_owners(client, tmp_path):
    plan = tmp_path / "suunnitelma.md"
    plan.write_text(
        "# Hankesuunnitelma: Pihapiiri\n\n## Tavoitteet\n\n"
        "1. Naapurit tutustuvat toisiinsa pihatalkoissa.\n\n"
        "## Toteutus\n\nHanke toteutetaan 1.3.2025–28.2.2027.\n\n"
        "## Juurruttaminen\n\nToimintamallin juurruttaminen alkaa jo hakuvaiheessa. "
        "Hankkeen päätyttyä toiminnasta vastaa Pihakylän asukasyhdistys.\n",
        encoding="utf-8",
    )
    page = unescape(client.post("/tarkasta", files=upload(plan)).text)
    assert "<th scope=\"row\">Naapurit tutustuvat toisiinsa pihatalkoissa.</th>" in page
    assert "<p>1.3.2025–28.2.2027</p>" in page
    assert "jo hakuvaiheessa" in page.split("Juurruttaminen aikajanalla", 1)[1]
    assert "Pihakylän asukasyhdistys" in page.split("Vastuut ja omistajat", 1)[1]
    assert "Kommentoitu kopio voidaan tehdä vain .docx-asiakirjasta." in page


def test_document_text_is_escaped(client, tmp_path):
    plan = tmp_path / "skripti.md"
    plan.write_text("# <script>alert('x')</script> Hankesuunnitelma\n\n## Tavoitteet\n\n1. <img src=x onerror=alert(1)> kasvaa.\n", encoding="utf-8")
    page = client.post("/tarkasta", files=upload(plan)).text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt; kasvaa." in page


def test_officer_summary_for_several_files(client, tmp_path):
    broken = tmp_path / "rikki.docx"
    broken.write_bytes(b"ei zip-tiedosto")
    response = client.post("/tarkasta", files=upload(OSMO, KAJAANI, broken))
    page = unescape(response.text)
    expected = json.loads(client.post("/api/tarkasta", files=upload(OSMO, KAJAANI, broken)).text)
    assert '<h2 id="yhteenveto-otsikko" tabindex="-1">Yhteenveto</h2>' in page
    assert "3 asiakirjaa tarkastettu" in page and "1 ei voitu lukea" in page
    summary = page.split('id="yhteenvetotaulu"', 1)[1].split("</table>", 1)[0]
    assert summary.count('<tr data-kortti="asiakirja-') == 3
    counts = Counter((f["rule"], f["severity"]) for d in expected["documents"] for f in d["findings"])
    by_rule = page.split('class="saannoittain"', 1)[1].split("</table>", 1)[0]
    for (rule, _), count in counts.items():
        assert re.search(rf'<code>{re.escape(rule)}</code></th><td>[^<]+</td><td class="luku">{count}</td>', by_rule)
    files = downloads(response.text)
    assert timeless(files["suunnitelmatarkastin-raportti.json"].decode()) == timeless(json.dumps(expected, ensure_ascii=False, indent=2) + "\n")
    assert {"osmo-arviointisuunnitelma.tarkastettu.docx", "kajaani-suunta-hankesuunnitelma.tarkastettu.docx"} <= set(files)
    assert "rikki.tarkastettu.docx" not in files
    assert page.count('<article class="asiakirja') == 3 and 'id="suodattimet" hidden' in page


def test_merkitse_returns_the_commented_docx(client, osmo_report):
    response = client.post("/api/merkitse", files=upload(OSMO))
    assert response.status_code == 200
    assert response.headers["content-disposition"] == "attachment; filename*=UTF-8''osmo-arviointisuunnitelma.tarkastettu.docx"
    commented = docx.Document(io.BytesIO(response.content))
    assert len(list(commented.comments)) == len(osmo_report.findings) == int(response.headers["x-havaintoja"])
    markdown = client.post("/api/merkitse", files=upload(MARKDOWN))
    assert markdown.status_code == 422
    assert markdown.json()["virhe"] == f"{MARKDOWN.name}: Kommentoitu kopio voidaan tehdä vain .docx-asiakirjasta."


def test_rules_health_and_api_documentation(client):
    rules = client.get("/api/saannot").json()
    assert [r["id"] for r in rules] == sorted(rule.id for rule in load_rules(()))
    assert all((r["message"] and r["hint"] and r["basis"]) or (r["derives"] and r["doc"]) for r in rules)
    assert client.get("/terveys").json() == {"tila": "ok", "tyoprosessit": 1}
    spec = client.get("/api/openapi.json").json()
    assert {"/api/tarkasta", "/api/merkitse", "/api/saannot", "/terveys"} <= set(spec["paths"])
    schema = spec["paths"]["/api/tarkasta"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert schema["properties"]["tiedosto"]["type"] == "array"
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "<code>POST /api/tarkasta</code>" in docs.text
    assert "cdn" not in docs.text.lower()


def test_no_state_changing_get_and_same_origin_posts(client):
    for path in ("/tarkasta", "/api/tarkasta", "/api/merkitse"):
        response = client.get(path)
        assert response.status_code == 405
    assert client.get("/api/tarkasta").json() == {"virhe": "Osoitetta ei voi käyttää näin (menetelmä GET ei käy)."}
    assert "Sivua ei löydy." in client.get("/ei-ole").text
    foreign = client.post("/tarkasta", files=upload(MARKDOWN), headers={"origin": "https://toinen.example"})
    assert foreign.status_code == 403 and "Lomake on lähetettävä tämän palvelun omalta sivulta." in foreign.text
    cross = client.post("/api/tarkasta", files=upload(MARKDOWN), headers={"sec-fetch-site": "cross-site"})
    assert cross.status_code == 403
    same = client.post("/api/tarkasta", files=upload(MARKDOWN), headers={"origin": "http://testserver"})
    assert same.status_code == 200


def test_nothing_is_left_behind_and_nothing_is_logged(client, temp_root, tmp_path, caplog):
    secret = "Salaisen Sirkan kotiosoite on Esimerkkikatu 7"
    plan = tmp_path / "Sirkka-Salainen-hakemus.md"
    plan.write_text(f"# Hankesuunnitelma\n\n## Tausta\n\n{secret}.\n", encoding="utf-8")
    with caplog.at_level(logging.DEBUG):
        assert client.post("/tarkasta", files=upload(plan)).status_code == 200
        assert client.post("/api/tarkasta", files=upload(plan)).status_code == 200
    assert "tarkastettiin 1 asiakirja" in caplog.text, "the service logs what it did"
    assert secret not in caplog.text and "Sirkka" not in caplog.text
    assert list(temp_root.iterdir()) == []


def test_verdict_words():
    def doc(*severities: str) -> DocumentReport:
        return DocumentReport(path="a.docx", doc_type="hankesuunnitelma", findings=[Finding(rule="r", severity=s, message="m", hint="h") for s in severities])

    assert verdict(doc("error")) == "1 virhe korjattava ennen lähettämistä"
    assert verdict(doc("error", "error", "warning")) == "2 virhettä korjattava ennen lähettämistä"
    assert verdict(doc("warning", "info")) == "Ei korjattavaa – 1 varoitus kannattaa katsoa"
    assert verdict(doc("info")) == "Ei korjattavaa"
    assert verdict(DocumentReport(path="a.docx", error="tiedosto on tyhjä")) == "Asiakirjaa ei voitu tarkastaa"


def test_upload_names_lose_folders_and_unsafe_characters():
    assert safe_name("../../etc/passwd", 1) == "passwd"
    assert safe_name("C:\\Users\\Ville\\hakemus.docx", 1) == "hakemus.docx"
    assert safe_name('ä<>"|?*\x00.md', 2) == "ä.md"
    assert safe_name("..", 3) == "asiakirja-3"
    assert len(safe_name("a" * 300 + ".docx", 4)) == 150 and safe_name("a" * 300 + ".docx", 4).endswith(".docx")


def test_the_service_makes_no_outbound_connection(tmp_path, monkeypatch):
    """Every connection the service and its (forked) workers try is recorded; only loopback would
    be allowed, and a check asks for none at all."""
    import socket

    tried = tmp_path / "yhteydet.txt"
    real_connect = socket.socket.connect

    def connect(sock, address):
        host = address[0] if isinstance(address, tuple) else str(address)
        with open(tried, "a", encoding="utf-8") as log:
            log.write(f"{host}\n")
        if isinstance(address, tuple) and not (host.startswith("127.") or host in ("::1", "localhost")):
            raise OSError("ulospäin suuntautuva yhteys estetty testissä")
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    (tmp_path / "lataukset").mkdir()
    app = create_app(Settings(workers=1, temp_root=str(tmp_path / "lataukset"), **LIMITS))
    with TestClient(app) as client:
        response = client.post("/api/tarkasta", files=upload(OSMO, MARKDOWN))
    assert response.status_code == 200 and len(response.json()["documents"]) == 2
    outside = [h for h in (tried.read_text(encoding="utf-8").split() if tried.exists() else []) if not h.startswith("127.") and h not in ("::1", "localhost")]
    assert outside == []


def _long_plan(folder: Path) -> Path:
    """A short project plan of four years: STEA's profile finds it too long, the generic rules do not."""
    plan = folder / "nelivuotinen.md"
    plan.write_text(
        "# Hankesuunnitelma: Kylätalon iltapäiväkerho\n\n## Aikataulu\n\nHankkeen toteutusaika on 1.1.2026–31.12.2029.\n",
        encoding="utf-8",
    )
    return plan


def test_api_and_form_take_profiles_as_the_command_line(client, tmp_path):
    plan = _long_plan(tmp_path)
    plain = client.post("/api/tarkasta", files=upload(plan))
    assert "stea.hankeaika-yli-kolme-vuotta" not in plain.text
    chosen = client.post("/api/tarkasta", files=upload(plan), data={"profiili": ["stea", "kaiku"]})
    assert chosen.status_code == 200
    assert timeless(chosen.text) == cli_json(plan, extra=("--profiili", "stea", "--profiili", "kaiku"))
    report = chosen.json()
    assert report["tool"]["profiles"] == ["stea", "kaiku"]
    assert [p["profile"] for p in report["tool"]["packs"]] == ["stea", "kaiku"]
    assert "stea.hankeaika-yli-kolme-vuotta" in [f["rule"] for f in report["documents"][0]["findings"]]

    page = client.post("/tarkasta", files=upload(plan), data={"profiili": "stea"}).text
    assert "stea.hankeaika-yli-kolme-vuotta" in page and "(stea)</p>" in page
    assert '<h2 id="tarkastus-otsikko">Tarkastuksen tiedot</h2>' in page and "<dt>Profiili stea</dt>" in page
    assert "STEA, Avustuslajit" in unescape(page), "the profile rule's explanation is one click away"


def test_unknown_profile_is_a_finnish_error_at_its_field(client):
    wrong = client.post("/api/tarkasta", files=upload(MARKDOWN), data={"profiili": "steaa"})
    assert wrong.status_code == 400
    assert wrong.json()["kentta"] == "profiili"
    assert wrong.json()["virhe"].startswith("Tuntematon profiili ”steaa”; sallitut: ") and "stea" in wrong.json()["virhe"]
    page = client.post("/tarkasta", files=upload(MARKDOWN), data={"profiili": "<b>x</b>"})
    assert page.status_code == 400
    assert '<p class="virhe" id="profiili-virhe">Virhe: Tuntematon profiili ”&lt;b&gt;x&lt;/b&gt;”' in page.text
    assert '<a href="#profiili">' in page.text and 'aria-describedby="profiili-ohje profiili-virhe"' in page.text


def test_start_page_offers_every_profile_without_javascript(client):
    from suunnitelmatarkastin.profiles import profile, profile_names

    page = client.get("/").text
    assert "<legend>Rahoittajan profiili (valinnainen)</legend>" in page
    for name in profile_names():
        assert f'<input type="checkbox" id="profiili-{name}" name="profiili" value="{name}"' in page
        assert f'<label for="profiili-{name}">{profile(name).title}</label>' in page
    spec = client.get("/api/openapi.json").json()
    field = spec["paths"]["/api/tarkasta"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]["properties"]["profiili"]
    assert field["items"]["enum"] == profile_names()


def test_settings_file_and_only_errors_as_the_command_line(client, tmp_path):
    plan = _long_plan(tmp_path)
    settings = tmp_path / "tarkastin.toml"
    settings.write_text(
        'profiilit = ["stea"]\n[saannot]\npois = ["juurrutus.puuttuu"]\nvakavuus = { "exit.ei-omistajaa" = "warning" }\n'
        '[[kuitatut]]\nsaanto = "stea.hankeaika-yli-kolme-vuotta"\nasiakirja = "nelivuotinen.md"\nsyy = "Neljäs vuosi rahoitetaan muualta."\n',
        encoding="utf-8",
    )
    files = [*upload(plan), ("asetukset", ("tarkastin.toml", settings.read_bytes()))]
    response = client.post("/api/tarkasta", files=files, data={"vain_virheet": "1"})
    assert response.status_code == 200, response.text
    assert timeless(response.text) == cli_json(plan, extra=("--asetukset", "tarkastin.toml", "--vain-virheet"))
    report = response.json()
    assert report["tool"]["settings"]["file"] == "tarkastin.toml" and report["tool"]["profiles"] == ["stea"]
    findings = report["documents"][0]["findings"]
    assert {f["severity"] for f in findings} == {"error"} and "juurrutus.puuttuu" not in [f["rule"] for f in findings]
    accepted = [f for f in findings if f["rule"] == "stea.hankeaika-yli-kolme-vuotta"]
    assert accepted and accepted[0]["accepted"] == "Neljäs vuosi rahoitetaan muualta."

    page = client.post("/tarkasta", files=files).text
    assert "Kuitattu: Neljäs vuosi rahoitetaan muualta." in page and "<dt>Pois käytöstä</dt><dd>juurrutus.puuttuu</dd>" in page


def test_a_faulty_settings_file_is_refused_before_any_check(client, tmp_path):
    broken = client.post("/api/tarkasta", files=[*upload(MARKDOWN), ("asetukset", ("oma.toml", b'profiilit = ["stea"]\n[saannot\n'))])
    assert broken.status_code == 400 and broken.json()["kentta"] == "asetukset"
    assert broken.json()["virhe"].startswith("Asetustiedosto oma.toml, rivi 2: ei ole kelvollista TOML-muotoa")
    unknown = client.post("/api/tarkasta", files=[*upload(MARKDOWN), ("asetukset", ("tarkastin.toml", b'[saannot]\npois = ["ei.ole"]\n'))])
    assert unknown.status_code == 400
    assert unknown.json()["virhe"] == "Asetustiedosto tarkastin.toml, rivi 2: sääntöä ”ei.ole” ei ole tarkastimen säännöissä (luettelo: komento suunnitelmatarkastin saannot tai verkkopalvelun /api/saannot)"
    page = client.post("/tarkasta", files=[*upload(MARKDOWN), ("asetukset", ("tarkastin.toml", b'profiilit = ["steaa"]\n'))]).text
    assert '<p class="virhe" id="asetukset-virhe">Virhe: Tuntematon profiili ”steaa”' in page
    assert 'aria-describedby="asetukset-ohje asetukset-virhe"' in page


def test_several_uploads_of_one_project_are_checked_against_each_other(client, tmp_path):
    """The page and the API group uploads by project code as the command line does: the final report
    that skips a goal of the plan gets its hanke.* finding, on the page and in the same JSON."""
    from .test_hanke import PLAN, REPORT_SKIPS_ONE

    plan, final = tmp_path / "suunnitelma.md", tmp_path / "loppuraportti.md"
    plan.write_text(PLAN, encoding="utf-8")
    final.write_text(REPORT_SKIPS_ONE, encoding="utf-8")
    api = client.post("/api/tarkasta", files=upload(plan, final))
    projects = api.json()["projects"]
    assert [p["documents"] for p in projects] == [["suunnitelma.md", "loppuraportti.md"]]
    assert [f["rule"] for f in projects[0]["findings"]].count("hanke.tavoite-raportoimatta") == 1
    assert timeless(api.text) == cli_json(plan, final)
    page = client.post("/tarkasta", files=upload(plan, final)).text
    assert "hanke.tavoite-raportoimatta" in page and "mielenterveyden" in page


def test_the_commented_copies_of_a_project_carry_its_findings(client, tmp_path):
    """A commented .docx from the page has the hanke.* finding that points into it as a Word comment,
    as `tarkasta --merkitse --hanke` writes it; the other document's copy does not."""
    from .test_hanke import PLAN, REPORT_SKIPS_ONE, _as_docx

    files = [_as_docx(PLAN, tmp_path / "suunnitelma.docx"), _as_docx(REPORT_SKIPS_ONE, tmp_path / "loppuraportti.docx")]
    page = client.post("/tarkasta", files=upload(*files)).text
    report = json.loads(downloads(page)["suunnitelmatarkastin-raportti.json"])
    [finding] = [f for f in report["projects"][0]["findings"] if f["rule"] == "hanke.tavoite-raportoimatta"]
    copies = downloads(page)
    comments = {
        name: zipfile.ZipFile(io.BytesIO(copies[f"{Path(name).stem}.tarkastettu.docx"])).read("word/comments.xml").decode("utf-8")
        for name in ("suunnitelma.docx", "loppuraportti.docx")
    }
    assert "hanke.tavoite-raportoimatta" in comments[finding["path"]]
    assert all("hanke.tavoite-raportoimatta" not in text for name, text in comments.items() if name != finding["path"])

"""The web page in a real browser: Debian's Chromium driven by Selenium, checked with axe-core.

The service is started with the real command (`suunnitelmatarkastin palvelin`). The tests upload a
corpus plan, read the verdict and the findings, download the commented .docx and open it, upload a
hostile file, go through the form with the keyboard only, and run axe-core's WCAG 2.1 A and AA rules
on the start, result and error pages. Screenshots go to tests/output/ for a person to look at.

axe-core comes from the npm registry: `npm install --prefix tests/.axe axe-core` (CI does this), or
set AXE_CORE_JS to an axe.min.js, e.g. the copy axe-selenium-python ships.
"""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import docx
import httpx
import pytest

from suunnitelmatarkastin.profiles import profile_names
from suunnitelmatarkastin.web.app import verdict

from .conftest import CORPORA, OSMO, ROOT

pytestmark = pytest.mark.slow
webdriver = pytest.importorskip("selenium.webdriver", reason="Selenium puuttuu: selaintestit ohitettu (pip install '.[testit]')")
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
OUTPUT = ROOT / "tests" / "output"
PURKUTORI = CORPORA / "purkutori-hankesuunnitelma.docx"  # an error and warnings
KAJAANI = CORPORA / "kajaani-suunta-hankesuunnitelma.docx"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _axe_source() -> str:
    candidates = [os.environ.get("AXE_CORE_JS"), ROOT / "tests" / ".axe" / "node_modules" / "axe-core" / "axe.min.js"]
    try:
        import axe_selenium_python

        candidates.append(Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js")
    except ImportError:
        pass
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate).read_text(encoding="utf-8")
    pytest.skip("axe-core puuttuu: aja `npm install --prefix tests/.axe axe-core` tai aseta AXE_CORE_JS")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    """`suunnitelmatarkastin palvelin` on a free loopback port, stopped at the end."""
    command = Path(sys.executable).with_name("suunnitelmatarkastin")
    if not command.exists():
        pytest.skip("komento suunnitelmatarkastin puuttuu: asenna paketti (pip install .)")
    port = _free_port()
    process = subprocess.Popen(
        [str(command), "palvelin", "--portti", str(port), "--tyoprosessit", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/terveys", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.3)
            assert process.poll() is None, process.stdout.read()
        else:
            pytest.fail("palvelu ei käynnistynyt 90 sekunnissa")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def downloads_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("lataukset")


@pytest.fixture(scope="module")
def browser(downloads_dir):
    if not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)):
        pytest.skip("Chromium tai chromedriver puuttuu (apt-get install chromium chromium-driver): selaintestit ohitettu")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--lang=fi", "--window-size=1200,1000"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads_dir), "download.prompt_for_download": False, "intl.accept_languages": "fi"})
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads_dir)})
    driver.set_page_load_timeout(120)
    OUTPUT.mkdir(exist_ok=True)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def axe() -> str:
    return _axe_source()


def violations(driver, axe_source: str) -> list[str]:
    """axe-core's WCAG 2.1 A and AA violations on the current page, one line each."""
    driver.execute_script(axe_source)
    found = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
        ".catch(e => done(['axe failed: ' + e]));",
        WCAG_AA,
    )
    return found


def screenshot(driver, name: str) -> None:
    """The whole page, not only the window, into tests/output/NAME.png."""
    width, height = driver.get_window_size()["width"], driver.get_window_size()["height"]
    full = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(full, height), 8000))
    driver.save_screenshot(str(OUTPUT / f"{name}.png"))
    driver.set_window_size(width, height)


def submit(driver, url: str, *paths: Path) -> None:
    driver.get(url + "/")
    driver.find_element(By.ID, "tiedosto").send_keys("\n".join(str(p) for p in paths))
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(driver, 120).until(lambda d: d.find_elements(By.ID, "tulos-otsikko") or d.find_elements(By.CLASS_NAME, "virheyhteenveto"))


def test_start_page_has_no_accessibility_violations(server, browser, axe):
    browser.get(server + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fi"
    assert violations(browser, axe) == []
    screenshot(browser, "verkkosivu-etusivu")


def test_plan_upload_shows_verdict_findings_and_downloads_commented_docx(server, browser, axe, downloads_dir):
    from suunnitelmatarkastin.check import check_path

    expected = check_path(PURKUTORI)
    assert expected.count("error") and expected.count("warning")
    submit(browser, server, PURKUTORI)
    assert browser.find_element(By.CLASS_NAME, "tuomio-iso").text == verdict(expected)
    assert browser.switch_to.active_element.get_attribute("id") == "tulos-otsikko", "focus moves to the result"
    messages = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "li.havainto .viesti")]
    assert messages == [f.message for s in ("error", "warning", "info") for f in expected.findings if f.severity == s]
    assert browser.find_element(By.CSS_SELECTOR, "details.luenta").get_attribute("open") is not None
    assert violations(browser, axe) == []
    screenshot(browser, "verkkosivu-tulos")

    browser.find_element(By.PARTIAL_LINK_TEXT, "Kommentoitu Word-asiakirja").click()
    target = downloads_dir / "purkutori-hankesuunnitelma.tarkastettu.docx"
    WebDriverWait(browser, 30).until(lambda _: target.exists() and target.stat().st_size > 0)
    commented = docx.Document(io.BytesIO(target.read_bytes()))
    assert len(list(commented.comments)) == len(expected.findings)


def test_hostile_file_shows_its_finnish_reason(server, browser, tmp_path):
    legacy = tmp_path / "vanha-hakemus.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    submit(browser, server, legacy)
    assert browser.find_element(By.CLASS_NAME, "tuomio-iso").text == "Asiakirjaa ei voitu tarkastaa"
    assert "vanhaa .doc-muotoa ei tueta; tallenna asiakirja .docx-muodossa" in browser.find_element(By.CLASS_NAME, "lukuvirhe").text


def test_error_page_ties_the_error_to_the_field(server, browser, axe):
    browser.get(server + "/")
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()  # no file chosen
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CLASS_NAME, "virheyhteenveto"))
    field = browser.find_element(By.ID, "tiedosto")
    assert field.get_attribute("aria-invalid") == "true"
    assert "tiedosto-virhe" in field.get_attribute("aria-describedby").split()
    assert browser.find_element(By.ID, "tiedosto-virhe").text.startswith("Virhe: Valitse vähintään yksi")
    browser.find_element(By.CSS_SELECTOR, ".virheyhteenveto a").click()
    assert browser.switch_to.active_element.get_attribute("id") == "tiedosto", "the summary's link leads to the field"
    assert violations(browser, axe) == []
    screenshot(browser, "verkkosivu-virhe")


def test_keyboard_only_run_through_the_form(server, browser):
    browser.get(server + "/")

    def press(*keys: str) -> str:
        ActionChains(browser).send_keys(*keys).perform()
        focused = browser.switch_to.active_element
        return focused.get_attribute("id") or focused.tag_name

    assert press(Keys.TAB) == "a" and browser.switch_to.active_element.text == "Siirry sisältöön"
    assert browser.switch_to.active_element.value_of_css_property("outline-style") != "none", "focus is visible"
    order = [press(Keys.TAB) for _ in range(3)]
    assert order == ["a", "tiedosto", "tyyppi"], "header link, then the form in reading order"
    press(Keys.ARROW_DOWN, Keys.ARROW_DOWN)
    assert Select(browser.find_element(By.ID, "tyyppi")).first_selected_option.get_attribute("value") == "arviointisuunnitelma"
    browser.find_element(By.ID, "tiedosto").send_keys(str(OSMO))  # what the file dialog would do
    for name in profile_names():  # the profile chooser: one checkbox each, in the form's order
        assert press(Keys.TAB) == f"profiili-{name}"
        if name == "stea":
            press(Keys.SPACE)
    assert browser.find_element(By.ID, "profiili-stea").is_selected()
    assert [press(Keys.TAB) for _ in range(2)] == ["asetukset", "vain_virheet"]
    assert press(Keys.TAB) == "button"
    assert browser.switch_to.active_element.value_of_css_property("outline-style") != "none"
    ActionChains(browser).send_keys(Keys.ENTER).perform()  # submits: the page changes under us, so ask nothing of the old one
    WebDriverWait(browser, 120).until(lambda d: d.find_elements(By.ID, "tulos-otsikko"))
    assert "(valittu lomakkeella)" in browser.find_element(By.CSS_SELECTOR, ".asiakirja .meta").text
    assert "(stea)" in browser.find_element(By.CLASS_NAME, "profiilit-valittu").text
    assert "Profiili stea" in browser.find_element(By.CLASS_NAME, "tarkastus").text


def test_officer_summary_sorts_and_filters(server, browser, axe):
    submit(browser, server, OSMO, KAJAANI, CORPORA / "exit-kirjastojen-digituki.md")
    rows = browser.find_elements(By.CSS_SELECTOR, "#yhteenvetotaulu tbody tr")
    assert len(rows) == 3
    assert browser.find_element(By.ID, "suodattimet").is_displayed(), "the filters appear with JavaScript"
    errors_header = browser.find_element(By.CSS_SELECTOR, "#yhteenvetotaulu th[data-avain=virheet] button")
    errors_header.click()
    assert browser.find_element(By.CSS_SELECTOR, "#yhteenvetotaulu th[data-avain=virheet]").get_attribute("aria-sort") == "descending"
    counts = [int(r.find_elements(By.TAG_NAME, "td")[2].get_attribute("data-arvo")) for r in browser.find_elements(By.CSS_SELECTOR, "#yhteenvetotaulu tbody tr")]
    assert counts == sorted(counts, reverse=True)
    Select(browser.find_element(By.ID, "suodata-tyyppi")).select_by_value("arviointisuunnitelma")
    visible = [r for r in browser.find_elements(By.CSS_SELECTOR, "#yhteenvetotaulu tbody tr") if r.is_displayed()]
    shown = [a for a in browser.find_elements(By.CSS_SELECTOR, "article.asiakirja") if a.is_displayed()]
    assert len(visible) == len(shown) and all(a.get_attribute("data-tyyppi") == "arviointisuunnitelma" for a in shown)
    assert browser.find_element(By.ID, "suodatus-tila").text == f"Näytetään {len(visible)} / 3 asiakirjaa."
    assert violations(browser, axe) == []
    screenshot(browser, "verkkosivu-yhteenveto")

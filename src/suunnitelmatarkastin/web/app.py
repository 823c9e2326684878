"""The web service: the page for applicants and officers, and an API that mirrors the command line.

Applications hold personal data, so an upload is written only into a private temporary folder that
is removed when its request ends, whatever happens; no document text or file name is logged; and
every response carries security headers. The checks run in `CheckPool`'s worker processes with the
command line's per-document time limit.
"""

from __future__ import annotations

import asyncio
import logging
import os
import tempfile
import time
from base64 import b64encode
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from urllib.parse import quote, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import PackageLoader
from starlette.datastructures import Headers, MutableHeaders, UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.types import ASGIApp, Receive, Scope, Send

from .. import __version__, batch
from ..judge.docs import severity_words
from ..judge.rules import Rule, load_rules
from ..models import DOC_TYPES, SEVERITY_ORDER, DocumentReport, ProjectReport, Report
from ..profiles import Profile, profile, profile_dirs, profile_names
from ..project import projects_of, settle
from ..project.grouping import found_groups
from ..read.safety import megabytes
from ..report.exporters import render_csv, render_xlsx
from ..report.html import DOC_TYPE_NAMES, environment, render_html
from ..report.verdict import audit_rows, batch_verdict, plural
from ..report.verdict import verdict_text as verdict
from ..settings import Loaded, SettingsError, apply, audit, check_rule_ids, load_settings
from .pool import CheckPool, Job, Outcome

log = logging.getLogger("suunnitelmatarkastin.web")
HERE = Path(__file__).parent
FIELD = "tiedosto"  # the upload field, repeatable, as in the command line's POLUT
PROFILE_FIELD = "profiili"  # repeatable, as the command line's --profiili
SETTINGS_FIELD = "asetukset"  # a tarkastin.toml, as the command line's --asetukset
ONLY_ERRORS_FIELD = "vain_virheet"  # as --vain-virheet
MAX_SETTINGS_BYTES = 100_000  # a settings file is a few lines
MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html;charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv;charset=utf-8",
    "json": "application/json",
}
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",  # "no-referrer" would make a browser send the form with Origin: null
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


@dataclass(frozen=True)
class Settings:
    """The service's limits; the defaults suit one 2-core replica."""

    workers: int = 2
    time_limit: float = batch.DEFAULT_TIME_LIMIT
    rule_dirs: tuple[str, ...] = ()
    max_file_bytes: int = 20 * 1024 * 1024
    max_files: int = 20
    max_total_bytes: int = 60 * 1024 * 1024
    temp_root: str | None = None  # where the private upload folders are made; None: the system's

    @classmethod
    def from_env(cls) -> Settings:
        """Settings from SUUNNITELMATARKASTIN_* variables, for `uvicorn --factory` and containers."""
        env = os.environ.get
        return cls(
            workers=int(env("SUUNNITELMATARKASTIN_TYOPROSESSIT", cls.workers)),
            time_limit=float(env("SUUNNITELMATARKASTIN_AIKARAJA", cls.time_limit)),
            rule_dirs=tuple(p for p in env("SUUNNITELMATARKASTIN_SAANNOT", "").split(os.pathsep) if p),
        )


class UploadProblem(Exception):
    """An upload the service refuses; `message` is Finnish and names the file where there is one."""

    def __init__(self, status: int, message: str, field_name: str = FIELD) -> None:
        super().__init__(message)
        self.status, self.message, self.field = status, message, field_name


@dataclass
class Choices:
    """What the form chose besides the files: the document type, the funder profiles (those of an
    uploaded settings file first, as with `--asetukset`), the settings and "only errors"."""

    doc_type: str | None = None
    profiles: tuple[str, ...] = ()
    loaded: Loaded = field(default_factory=Loaded)
    only_errors: bool = False


@dataclass
class Upload:
    """The files of one request, checked; `names` are the uploaded file names, in order."""

    outcomes: list[Outcome]
    choices: Choices
    names: list[str]
    report: Report


def packs(profiles: tuple[str, ...], rule_dirs: tuple[str, ...]) -> tuple[str, ...]:
    """The rule packs of a check, in the command line's order: the profiles, then `--saannot`."""
    return profile_dirs(profiles) + rule_dirs


def settled(documents: list[DocumentReport], choices: Choices, rule_dirs: tuple[str, ...]) -> Report:
    """The report as `tarkasta --muoto json --profiili … --asetukset … --vain-virheet` gives it:
    the settings applied, each document's verdict and the audit block (version, packs and profiles
    with hashes, settings, time). A service has no folder to find a tarkastin.toml in: it comes
    with the form, and packs with --saannot."""
    report = apply(Report(documents=documents, projects=_projects(documents, choices, rule_dirs)), choices.loaded, choices.only_errors)
    settle(report, choices.loaded, choices.only_errors)
    report.tool = audit(choices.loaded, list(choices.profiles), packs(choices.profiles, rule_dirs), choices.only_errors)
    return report


def _projects(documents: list[DocumentReport], choices: Choices, rule_dirs: tuple[str, ...]) -> list[ProjectReport]:
    """Several uploads are grouped into projects by their project codes and names, as the command
    line groups several files, and each project's documents are checked against each other."""
    if len(documents) < 2:
        return []
    return projects_of(found_groups([d._digest for d in documents]), documents, packs(choices.profiles, rule_dirs))


# ---------------------------------------------------------------- words on the page


def data_url(kind: str, data: bytes) -> str:
    """A download that is part of the page itself: nothing about the upload stays on the server."""
    return f"data:{MIME[kind]};base64,{b64encode(data).decode('ascii')}"


def report_files(report: Report, readings: list, stem: str, temp_root: str | None) -> list[dict[str, str]]:
    """The report in every format the command line writes, as downloads named after `stem`."""
    with tempfile.TemporaryDirectory(prefix="suunnitelmatarkastin-", dir=temp_root) as folder:
        xlsx = Path(folder, "raportti.xlsx")
        render_xlsx(report, xlsx)
        workbook = xlsx.read_bytes()
    formats = (
        ("html", "HTML-raportti", render_html(report, readings).encode("utf-8")),
        ("xlsx", "Excel-taulukko (XLSX)", workbook),
        ("csv", "CSV-taulukko", render_csv(report).encode("utf-8-sig")),
        ("json", "JSON (koneluettava)", (report.to_json() + "\n").encode("utf-8")),
    )
    return [{"label": label, "file": f"{stem}.{kind}", "url": data_url(kind, data)} for kind, label, data in formats]


def safe_name(raw: str | None, number: int) -> str:
    """The uploaded file's own name, without any folder part or characters a file system refuses."""
    name = Path((raw or "").replace("\\", "/")).name
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '<>:"|?*').strip(" .")
    if len(name) > 150:
        suffix = Path(name).suffix[:10]
        name = name[: 150 - len(suffix)] + suffix
    return name or f"asiakirja-{number}"


# ---------------------------------------------------------------- the application


def create_app(settings: Settings | None = None) -> FastAPI:
    """The service; `uvicorn --factory suunnitelmatarkastin.web.app:create_app` takes settings from the environment."""
    settings = settings or Settings.from_env()
    templates = environment(PackageLoader("suunnitelmatarkastin.web", "templates"))  # the page's own, then the report's shared ones
    templates.globals.update(doc_type_names=DOC_TYPE_NAMES, settings=settings, megabytes=megabytes, version=__version__)

    @cache
    def rules(profiles: tuple[str, ...] = ()) -> dict[str, Rule]:
        return {rule.id: rule for rule in load_rules(packs(profiles, settings.rule_dirs))}

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        rules()  # a broken rule pack stops the service here, before any upload
        pool = CheckPool(settings.workers, settings.time_limit, settings.rule_dirs)
        await pool.start()
        app.state.pool = pool
        log.info("palvelu valmis: %d työprosessia", settings.workers)
        try:
            yield
        finally:
            pool.close()

    app = FastAPI(
        title="Suunnitelmatarkastin",
        version=__version__,
        description="Suomenkielisten hanke-, arviointi- ja exit-suunnitelmien sekä loppuraporttien tarkastin.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount("/raportti", StaticFiles(directory=HERE.parent / "report" / "assets"), name="raportti")  # shared with the HTML report

    def page(name: str, status: int = 200, **context) -> HTMLResponse:
        return HTMLResponse(templates.get_template(name).render(**context), status_code=status)

    def start_page(status: int = 200, problem: UploadProblem | None = None) -> HTMLResponse:
        errors = {problem.field: problem.message} if problem else {}
        return page("etusivu.html", status, doc_types=DOC_TYPES, errors=errors, profiles=shipped_profiles())

    def refusal(path: str, problem: UploadProblem) -> Response:
        """A refused request: a JSON error for the API, the form with the error at its field for a person."""
        if path.startswith("/api/"):
            return JSONResponse({"virhe": problem.message, "kentta": problem.field}, status_code=problem.status)
        return start_page(problem.status, problem)

    app.add_middleware(Guard, settings=settings, refusal=refusal)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = {
            404: "Sivua ei löydy.",
            405: f"Osoitetta ei voi käyttää näin (menetelmä {request.method} ei käy).",
        }.get(exc.status_code, "Pyyntöä ei voitu käsitellä.")
        if request.url.path.startswith("/api/"):
            return JSONResponse({"virhe": message}, status_code=exc.status_code, headers=getattr(exc, "headers", None))
        return page("virhe.html", exc.status_code, message=message)

    async def with_settings(form, choices: Choices, folder: Path) -> Choices:
        """An uploaded tarkastin.toml read as `--asetukset` reads it, before any document is checked:
        its profiles come first, and every rule id it names must exist; a fault names the file and the line."""
        upload = form.get(SETTINGS_FIELD)
        if not isinstance(upload, UploadFile) or not (upload.filename or upload.size):
            return choices
        if (upload.size or 0) > MAX_SETTINGS_BYTES:
            raise UploadProblem(413, f"Asetustiedosto on liian suuri ({megabytes(upload.size or 0)}); asetukset mahtuvat muutamalle riville.", SETTINGS_FIELD)
        name = safe_name(upload.filename, 0) if upload.filename else "tarkastin.toml"
        path = folder / "asetukset" / name
        path.parent.mkdir(mode=0o700)
        path.write_bytes(await upload.read())
        try:
            loaded = load_settings(str(path), [])
            loaded.path = name  # as the user knows it, never the private folder
            profiles = known_profiles((*loaded.settings.profiilit, *choices.profiles), SETTINGS_FIELD)
            check_rule_ids(loaded, set(rules(profiles)))
        except SettingsError as exc:
            raise UploadProblem(400, str(exc).replace(str(path), name), SETTINGS_FIELD) from None
        return replace(choices, profiles=profiles, loaded=loaded)

    async def check_uploads(request: Request, annotate: bool) -> Upload:
        """Read the form, check each file in a worker, and remove the upload folder whatever happens."""
        form = await read_form(request, settings)
        try:
            files, choices = validate(form, settings)
            started = time.monotonic()
            with tempfile.TemporaryDirectory(prefix="suunnitelmatarkastin-", dir=settings.temp_root) as folder:
                choices = await with_settings(form, choices, Path(folder))
                jobs, names = [], []
                for number, upload in enumerate(files, start=1):
                    name = safe_name(upload.filename, number)
                    target = Path(folder, str(number), name)
                    target.parent.mkdir(mode=0o700)
                    target.write_bytes(await upload.read())
                    jobs.append(Job(str(target), choices.doc_type, annotate, choices.profiles, choices.loaded, choices.only_errors, len(files) > 1))
                    names.append(name)
                outcomes = list(await asyncio.gather(*(request.app.state.pool.run(job) for job in jobs)))
                for outcome, name in zip(outcomes, names):
                    outcome.report.path = name  # as the user knows it, never the private folder
                    if outcome.report._digest is not None:  # what the project findings name, too
                        outcome.report._digest.path = name
                report = settled([o.report for o in outcomes], choices, settings.rule_dirs)
                await comment_project_findings(request, jobs, outcomes, report)
            log.info("tarkastettiin %s (%.2f s)", plural(len(jobs), "asiakirja", "asiakirjaa"), time.monotonic() - started)
            return Upload(outcomes, choices, names, report)
        finally:
            await form.close()

    async def comment_project_findings(request: Request, jobs: list[Job], outcomes: list[Outcome], report: Report) -> None:
        """A commented .docx carries the hanke.* findings that point into it, as `tarkasta --merkitse
        --hanke` writes them: those copies are made again, now that the project is known, while the
        uploads are still there."""
        again = []
        for index, (job, outcome) in enumerate(zip(jobs, outcomes)):
            own = tuple(f for p in report.projects for f in p.findings if f.path == outcome.report.path)
            if own and outcome.annotated is not None:
                again.append((index, replace(job, project_findings=own)))
        redone = await asyncio.gather(*(request.app.state.pool.run(job) for _, job in again))
        for (index, _), outcome in zip(again, redone):
            if outcome.annotated is not None:
                outcomes[index].annotated = outcome.annotated

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def start() -> HTMLResponse:
        return start_page()

    @app.post("/tarkasta", response_class=HTMLResponse, include_in_schema=False)
    async def check_form(request: Request) -> Response:
        try:
            upload = await check_uploads(request, annotate=True)
        except UploadProblem as problem:
            return refusal(request.url.path, problem)
        return result_page(upload)

    def result_page(upload: Upload) -> HTMLResponse:
        report = upload.report
        several = len(report.documents) > 1
        readings = [outcome.luenta for outcome in upload.outcomes]
        whole_report = report_files(report, readings, "suunnitelmatarkastin-raportti" if several else f"{Path(upload.names[0]).stem}-raportti", settings.temp_root)
        cards = []
        for number, (outcome, name) in enumerate(zip(upload.outcomes, upload.names), start=1):
            downloads = []
            if outcome.annotated:
                downloads.append({"label": "Kommentoitu Word-asiakirja (.docx)", "file": f"{Path(name).stem}.tarkastettu.docx", "url": data_url("docx", outcome.annotated)})
            if not several:
                downloads += whole_report
            cards.append({"number": number, "outcome": outcome, "doc": outcome.report, "downloads": downloads})
        rule_counts = Counter((f.rule, f.severity) for d in report.documents for f in d.findings)
        rule_docs = Counter(rule for d in report.documents for rule in {f.rule for f in d.findings})
        return page(
            "tulos.html",
            title=batch_verdict(report) if several else verdict(report.documents[0]),
            several=several,
            cards=cards,
            report=report,
            rules=rules(upload.choices.profiles),
            rule_counts=sorted(rule_counts.items(), key=lambda item: (SEVERITY_ORDER[item[0][1]], -item[1], item[0][0])),
            rule_docs=rule_docs,
            doc_type=upload.choices.doc_type,
            profiles=[profile(name) for name in upload.choices.profiles],
            audit_rows=audit_rows(report.tool),
            batch_files=whole_report if several else [],
        )

    @app.post(
        "/api/tarkasta",
        summary="Tarkasta asiakirjat",
        description=(
            "Lähetä yksi tai useampi tiedosto kentässä `tiedosto` (toistuva) ja halutessasi asiakirjatyyppi kentässä "
            "`tyyppi`, rahoittajan profiilit kentässä `profiili` (toistuva), asetustiedosto kentässä `asetukset` ja "
            "`vain_virheet`. Vastaus on sama JSON-raportti (skeema 1) kuin komennolla "
            "`tarkasta --muoto json --profiili … --asetukset … --vain-virheet`."
        ),
        openapi_extra={"requestBody": _upload_body(multiple=True)},
        response_class=Response,
    )
    async def api_check(request: Request) -> Response:
        try:
            upload = await check_uploads(request, annotate=False)
        except UploadProblem as problem:
            return refusal(request.url.path, problem)
        return Response(upload.report.to_json() + "\n", media_type="application/json")

    @app.post(
        "/api/merkitse",
        summary="Kommentoi .docx-asiakirja",
        description="Lähetä yksi .docx-tiedosto kentässä `tiedosto`; vastaus on sen kopio, jossa havainnot ovat Word-kommentteina.",
        openapi_extra={"requestBody": _upload_body(multiple=False)},
        response_class=Response,
    )
    async def api_annotate(request: Request) -> Response:
        try:
            upload = await check_uploads(request, annotate=True)
            if len(upload.outcomes) != 1:
                raise UploadProblem(400, "Lähetä yksi .docx-tiedosto kerrallaan.")
            outcome = upload.outcomes[0]
            if outcome.report.error:
                raise UploadProblem(422, f"Tiedostoa {outcome.report.path} ei voitu tarkastaa: {outcome.report.error}.")
            if outcome.annotated is None:
                raise UploadProblem(422, f"{outcome.report.path}: {outcome.note}")
        except UploadProblem as problem:
            return refusal(request.url.path, problem)
        name = Path(outcome.report.path).stem + ".tarkastettu.docx"
        return Response(
            outcome.annotated,
            media_type=MIME["docx"],
            headers={
                "Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}",
                "X-Havaintoja": str(len(outcome.report.findings)),
            },
        )

    @app.get("/api/saannot", summary="Säännöt ohjeineen", description="Jokainen sääntö: tunniste, vakavuus, asiakirjatyypit, kuvaus, viesti, korjausohje ja peruste.")
    async def api_rules() -> list[dict]:
        return [
            {
                "id": rule.id,
                "severity": rule.severity,
                "vakavuus": severity_words(rule),
                "types": rule.types,
                "derives": rule.derives,
                "doc": rule.doc.strip(),
                "message": rule.message,
                "messages": {str(value).lower(): text for value, text in rule.messages.cases.items()} if rule.messages else {},
                "hint": rule.hint,
                "basis": rule.basis,
            }
            for rule in sorted(rules().values(), key=lambda r: r.id)
        ]

    @app.get("/terveys", summary="Terveystarkistus kuormantasaajalle")
    async def health(request: Request) -> JSONResponse:
        alive = request.app.state.pool.alive()
        ok = alive > 0
        return JSONResponse({"tila": "ok" if ok else "vika", "tyoprosessit": alive}, status_code=200 if ok else 503)

    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    async def api_docs(request: Request) -> HTMLResponse:
        return page("rajapinta.html", spec=request.app.openapi())

    return app


def _upload_body(multiple: bool) -> dict:
    """The multipart body for OpenAPI: the form is read by hand so that every error is in Finnish."""
    item = {"type": "string", "format": "binary"}
    properties: dict = {FIELD: {"type": "array", "items": item} if multiple else item}
    if multiple:
        properties["tyyppi"] = {"type": "string", "enum": list(DOC_TYPES), "description": "Asiakirjatyyppi (ohittaa tunnistuksen)."}
    properties[PROFILE_FIELD] = {
        "type": "array",
        "items": {"type": "string", "enum": profile_names()},
        "description": "Rahoittajan profiili (toistuva), kuten komennon --profiili.",
    }
    properties[SETTINGS_FIELD] = {"type": "string", "format": "binary", "description": "Asetustiedosto tarkastin.toml, kuten komennon --asetukset."}
    properties[ONLY_ERRORS_FIELD] = {"type": "boolean", "description": "Vain virheet, kuten komennon --vain-virheet."}
    return {"required": True, "content": {"multipart/form-data": {"schema": {"type": "object", "required": [FIELD], "properties": properties}}}}


async def read_form(request: Request, settings: Settings):
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise UploadProblem(400, "Lähetä tiedostot lomakkeena (multipart/form-data) kentässä ”tiedosto”.")
    try:
        return await request.form(max_files=settings.max_files, max_fields=10 + len(profile_names()))
    except (MultiPartException, HTTPException) as exc:
        detail = str(getattr(exc, "detail", exc))
        if "files" in detail.lower():
            raise UploadProblem(413, f"Liian monta tiedostoa: kerralla voi tarkastaa enintään {settings.max_files}.") from None
        raise UploadProblem(400, "Lomakkeen sisältöä ei voitu lukea; lähetä tiedostot uudelleen.") from None


def validate(form, settings: Settings) -> tuple[list[UploadFile], Choices]:
    """The uploaded files, the document type and the profiles, or the first problem in Finnish."""
    doc_type = form.get("tyyppi") or None
    if doc_type is not None and doc_type not in DOC_TYPES:
        raise UploadProblem(400, f"Tuntematon asiakirjatyyppi ”{doc_type}”; sallitut: {', '.join(DOC_TYPES)}.", "tyyppi")
    profiles = known_profiles([v for v in form.getlist(PROFILE_FIELD) if v], PROFILE_FIELD)
    only_errors = bool(form.get(ONLY_ERRORS_FIELD))
    files = [v for v in form.getlist(FIELD) if isinstance(v, UploadFile) and (v.filename or v.size)]
    if not files:
        raise UploadProblem(400, "Valitse vähintään yksi tarkastettava tiedosto (.docx, .odt, .pdf, .md tai .txt).")
    if len(files) > settings.max_files:
        raise UploadProblem(413, f"Liian monta tiedostoa: kerralla voi tarkastaa enintään {settings.max_files}.")
    for number, upload in enumerate(files, start=1):
        if (upload.size or 0) > settings.max_file_bytes:
            raise UploadProblem(
                413,
                f"Tiedosto {safe_name(upload.filename, number)} on liian suuri ({megabytes(upload.size or 0)}); "
                f"suurin sallittu koko on {megabytes(settings.max_file_bytes)}.",
            )
    return files, Choices(doc_type, profiles, only_errors=only_errors)


def known_profiles(names, field_name: str) -> tuple[str, ...]:
    """The profiles in the order given, once each; an unknown one is a Finnish error at `field_name`."""
    known = profile_names()
    for name in names:
        if not isinstance(name, str) or name not in known:
            shown = name if isinstance(name, str) else "tiedosto"
            raise UploadProblem(400, f"Tuntematon profiili ”{shown}”; sallitut: {', '.join(known)}.", field_name)
    return tuple(dict.fromkeys(names))


def shipped_profiles() -> list[Profile]:
    """The funder profiles the form offers, by name."""
    return [profile(name) for name in profile_names()]


class Guard:
    """Every response gets the security headers; a POST is refused before its body is read when
    it is too large, of unknown length or sent from another site's page."""

    def __init__(self, app: ASGIApp, settings: Settings, refusal: Callable[[str, UploadProblem], Response]) -> None:
        self.app, self.settings, self.refusal = app, settings, refusal

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope["path"].startswith(("/static/", "/raportti/"))

        async def with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.update(SECURITY_HEADERS)
                if not static:  # results hold personal data: no copies in caches
                    headers["Cache-Control"] = "no-store"
            await send(message)

        problem = self._problem(scope) if scope["method"] == "POST" else None
        if problem:
            await self.refusal(scope["path"], problem)(scope, receive, with_headers)
        else:
            await self.app(scope, receive, with_headers)

    def _problem(self, scope: Scope) -> UploadProblem | None:
        headers = Headers(scope=scope)
        origin = headers.get("origin")
        if headers.get("sec-fetch-site") == "cross-site" or (origin and urlsplit(origin).netloc != headers.get("host")):
            return UploadProblem(403, "Lomake on lähetettävä tämän palvelun omalta sivulta.")
        length = headers.get("content-length")
        if length is None or not length.isdigit():
            return UploadProblem(411, "Pyynnöstä puuttuu sen pituus (Content-Length); lähetä tiedostot tavallisena lomakkeena.")
        if int(length) > self.settings.max_total_bytes:
            return UploadProblem(
                413,
                f"Tiedostot ovat yhteensä liian suuria ({megabytes(int(length))}); "
                f"yhdellä kertaa voi lähettää enintään {megabytes(self.settings.max_total_bytes)}.",
            )
        return None

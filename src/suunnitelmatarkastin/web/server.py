"""Starting the service on uvicorn, as `suunnitelmatarkastin palvelin` does."""

from __future__ import annotations

import copy
import threading
import time
import webbrowser

import click
import uvicorn

from .app import Settings, create_app


def address(host: str, port: int) -> str:
    """The address to open: a service listening on every network is reached on this machine at 127.0.0.1."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def serve(host: str, port: int, workers: int, time_limit: float, rule_dirs: tuple[str, ...], open_browser: bool) -> None:
    """Run until Ctrl-C; with `open_browser`, open the page once the service answers."""
    settings = Settings(workers=workers, time_limit=time_limit, rule_dirs=rule_dirs)
    logging = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)  # our own lines (counts and times, never names) beside uvicorn's
    logging["loggers"]["suunnitelmatarkastin"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host=host, port=port, log_config=logging))
    url = address(host, port)
    click.echo(f"Suunnitelmatarkastin käynnistyy osoitteessa {url} (lopeta painamalla Ctrl-C).")

    def announce() -> None:
        while not server.started and not server.should_exit:
            time.sleep(0.1)
        if server.started:
            click.echo(f"Palvelu on valmis: {url}")
            if open_browser:
                webbrowser.open(url)

    threading.Thread(target=announce, daemon=True).start()
    server.run()

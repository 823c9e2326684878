"""The one error a reader raises: a Finnish reason a user can act on, naming the file."""

from __future__ import annotations


class ReadError(Exception):
    """A document could not be read; `reason` is Finnish and says why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

"""JSON Lines reading and writing with errors that name the file and line.

Readers never stop at a bad line: they yield a `BadLine` for it and go on, so a caller can
process every good record and still report (and exit 2 for) the bad ones. Every record read is cleaned
(`pantau.text.clean_record`: no NUL or other control characters, no lone surrogates, NFC), so what a stage
reads is what both stores can keep.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from pantau.text import clean_record


@dataclass(frozen=True)
class BadLine:
    path: str
    lineno: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.lineno}: {self.message}"


class InputError(Exception):
    """Bad input that the user must fix; the CLI exits 2 with this message."""


Validator = Callable[[dict[str, Any]], str | None]


def iter_jsonl(path: str | os.PathLike[str], validate: Validator | None = None) -> Iterator[tuple[int, dict[str, Any] | BadLine]]:
    """Yield `(lineno, record)` for good lines and `(lineno, BadLine)` for bad ones; blank lines are skipped.

    `path` may be `-` for standard input. Undecodable bytes are replaced rather than fatal, so one
    corrupt line cannot hide the rest of the file; raw control characters inside strings are accepted
    (and dropped by the cleaning) rather than failing the line.
    """
    name = str(path)
    if name == "-":
        stream: IO[str] = open(sys.stdin.fileno(), encoding="utf-8", errors="replace", newline="\n",
                                closefd=False)
    else:
        if not Path(name).is_file():
            raise InputError(f"{name}: no such file")
        # Lines end at \n only: a raw \r inside a string must not cut its line in two.
        stream = open(name, encoding="utf-8", errors="replace", newline="\n")
    with stream:
        for lineno, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line, strict=False)
            except json.JSONDecodeError as exc:
                yield lineno, BadLine(name, lineno, f"not JSON ({exc.msg} at column {exc.colno})")
                continue
            except (ValueError, RecursionError) as exc:  # nested too deeply, an integer of thousands of digits
                yield lineno, BadLine(name, lineno, f"not JSON ({str(exc)[:80] or exc.__class__.__name__})")
                continue
            if not isinstance(record, dict):
                yield lineno, BadLine(name, lineno, f"expected a JSON object, got {type(record).__name__}")
                continue
            record = clean_record(record)
            problem = validate(record) if validate else None
            if problem:
                yield lineno, BadLine(name, lineno, problem)
                continue
            yield lineno, record


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


class JsonlWriter:
    """Writes records one a line; with a real path it writes to a temporary file renamed on success,
    so a crashed run never leaves a half-written output that looks complete."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = str(path)
        self.count = 0
        if self.path == "-":
            self._tmp = None
            self._fh: IO[str] = sys.stdout
        else:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._tmp = self.path + ".tmp"
            self._fh = open(self._tmp, "w", encoding="utf-8")

    def write(self, record: dict[str, Any]) -> None:
        self._fh.write(dumps(record) + "\n")
        self.count += 1

    def close(self, ok: bool = True) -> None:
        if self._tmp is None:
            self._fh.flush()
            return
        self._fh.close()
        if ok:
            os.replace(self._tmp, self.path)
        else:
            os.unlink(self._tmp)

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        # Good records already written are kept even when a later one failed: partial output beats none.
        self.close(ok=True)

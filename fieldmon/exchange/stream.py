"""Reading a fieldmon-case/1 file as a stream, one case at a time, within fixed limits.

The file is parsed incrementally with ijson (its yajl2 C backend, fed 256 KiB at a time), so
memory holds one case, never the whole file. Every limit below is checked before the value
that would break it is built: a file nested 100,000 levels deep, a 200 MB string or a case of
millions of empty lists is refused with one line naming the case and the field, in bounded
memory. The envelope is checked as the old whole-file reader did (docs/interchange.md).
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

import ijson  # type: ignore[import-untyped]  # ijson ships no type hints

from fieldmon.errors import ImportRejected
from fieldmon.exchange.paths import shown
from fieldmon.exchange.surrogates import SurrogateScanner
from fieldmon.vault.regular import NotRegularFile, open_regular
from fieldmon.vault.schema import FORMAT

__all__ = [
    "CHUNK",
    "MAX_CASE_BYTES",
    "MAX_CASE_VALUES",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_KEY_CHARS",
    "MAX_TEXT_CHARS",
    "CaseFileReader",
]

MAX_FILE_BYTES = 2 << 30
"""The largest fieldmon-case file read, in bytes (2 GiB); it is read as a stream."""

MAX_CASE_BYTES = 4 << 20
"""The most bytes of the file one case may take (4 MiB, about 1,500 pages of text); also the
most bytes any single value outside a case (the ``note``) may take. Measured in whole chunks
(`CHUNK`), counting from the start of the chunk where the case starts. Storing a case of this
size takes about 150 MB of memory at most (the search index folds every word several ways)."""

MAX_TEXT_CHARS = 1_000_000
"""The longest text one field may hold, in characters (about 400 pages of testimony)."""

MAX_KEY_CHARS = 100
"""The longest field name read, in characters (the model's longest is far shorter)."""

MAX_DEPTH = 32
"""The deepest nesting of lists and objects in a file, counting the file's own object as 1
(a case is at 3; the model's deepest records, an act's involvements, at 9)."""

MAX_CASE_VALUES = 50_000
"""The most values (texts, numbers, lists, objects…) one case may hold (the sample cases hold
a few hundred)."""

CHUNK = 256 << 10
"""Bytes read and parsed at a time (256 KiB)."""

_NOT_UNICODE = (
    "holds text that is not Unicode (an unpaired surrogate, or bytes that are not UTF-8),"
    " so it is not a fieldmon-case file."
)


class _Discard:
    """An ijson target that forgets every event (used to find where a syntax error is)."""

    def send(self, value: object) -> None:
        """Forget ``value``."""


class CaseFileReader:
    """One fieldmon-case/1 file, read as a stream of cases each time `cases` is called.

    :param path: the file.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.name = str(self.path)

    def _reject(self, message: str) -> ImportRejected:
        return ImportRejected(f"{self.name}: {message}")

    def _open(self) -> BinaryIO:
        """The file, open for reading without blocking, checked to be a regular file."""
        try:
            handle = open_regular(self.path)
        except FileNotFoundError:
            raise self._reject("no such file.") from None
        except NotRegularFile as error:
            if error.is_folder:
                raise self._reject("is a folder, not a file.") from None
            raise self._reject(
                "is not a regular file (a pipe, a device…), so it is not read."
            ) from None
        except OSError as error:
            raise self._reject(f"cannot be read ({error.strerror}).") from None
        if os.fstat(handle.fileno()).st_size > MAX_FILE_BYTES:
            handle.close()
            raise self._reject(f"the file is larger than {MAX_FILE_BYTES >> 20} MiB.")
        return handle

    def _chunks(self) -> Iterator[bytes]:
        """The file's bytes, checked to be UTF-8 without unpaired surrogate escapes
        (`fieldmon.exchange.surrogates`) and to stay within `MAX_FILE_BYTES`."""
        decoder = codecs.getincrementaldecoder("utf-8")()
        # The parser reads an unpaired "\\ud800" as "?": such a file is refused instead.
        surrogates = SurrogateScanner()
        total = 0
        with self._open() as handle:
            while True:
                try:
                    chunk = handle.read(CHUNK)
                except OSError as error:
                    raise self._reject(f"cannot be read ({error.strerror}).") from None
                if not chunk:
                    break
                total += len(chunk)
                if total > MAX_FILE_BYTES:
                    raise self._reject(f"the file is larger than {MAX_FILE_BYTES >> 20} MiB.")
                try:
                    text = decoder.decode(chunk)
                except UnicodeDecodeError:
                    raise self._reject("not UTF-8 text, so not a fieldmon-case file.") from None
                if surrogates.feed(text):
                    raise self._reject(_NOT_UNICODE)
                yield chunk
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise self._reject("not UTF-8 text, so not a fieldmon-case file.") from None
        if surrogates.close():
            raise self._reject(_NOT_UNICODE)

    def _syntax_error(self, error: Exception) -> ImportRejected:
        """The one-line message for invalid JSON, with the line and column of the fault."""
        reason = str(error).split("\n", 1)[0].split("error: ", 1)[-1].rstrip(".")
        line, column = self._line_column(self._error_offset())
        return self._reject(f"not valid JSON at line {line}, column {column}: {reason}.")

    def _error_offset(self) -> int:
        """Where the parser first fails, in bytes from the start of the file. Only when the
        file is refused: the file is parsed again, and the piece at fault fed in ever smaller
        pieces (a chunk, 4 KiB, one byte) until the byte at fault is found."""
        start, size = 0, MAX_FILE_BYTES
        for piece in (CHUNK, 4096, 1):
            found = self._first_failing(start, start + size, piece)
            if found is None:
                return start + size if size != MAX_FILE_BYTES else self._size()
            start, size = found, piece
        return start

    def _size(self) -> int:
        return sum(len(chunk) for chunk in self._chunks())

    def _first_failing(self, start: int, end: int, piece: int) -> int | None:
        """Parse the file again up to ``start``, then on in pieces of ``piece`` bytes up to
        ``end``; the offset of the first piece the parser refuses, or None."""
        parser = ijson.basic_parse_coro(_Discard(), use_float=True)
        offset = 0
        for chunk in self._chunks():
            if offset + len(chunk) <= start:
                parser.send(chunk)
                offset += len(chunk)
                continue
            if offset < start:
                parser.send(chunk[: start - offset])
                chunk = chunk[start - offset :]
                offset = start
            for i in range(0, len(chunk), piece):
                if offset + i >= end:
                    return None
                try:
                    parser.send(chunk[i : i + piece])
                except ijson.JSONError:
                    return offset + i
            offset += len(chunk)
        return None

    def _line_column(self, offset: int) -> tuple[int, int]:
        """Line and column (from 1; the column counts characters) of a byte offset."""
        line, column, seen = 1, 0, 0
        decoder = codecs.getincrementaldecoder("utf-8")("replace")
        for chunk in self._chunks():
            piece = chunk[: max(0, offset - seen)]
            seen += len(chunk)
            breaks = piece.count(b"\n")
            if breaks:
                line += breaks
                piece = piece[piece.rindex(b"\n") + 1 :]
                decoder.reset()
                column = 0
            column += len(decoder.decode(piece))
            if seen >= offset:
                break
        return line, column + 1

    @contextmanager
    def _parser_errors(self) -> Iterator[None]:
        """What the parser raises, as the one line an import refusal is."""
        try:
            yield
        except ijson.JSONError as error:
            raise self._syntax_error(error) from None
        except UnicodeDecodeError:
            # The parser decodes strings itself: an invalid byte it meets before the UTF-8
            # check of its chunk has finished.
            raise self._reject(_NOT_UNICODE) from None

    def events(self) -> Iterator[tuple[str, Any, int]]:
        """The parser's events (event, value), each with the bytes fed to the parser so far;
        after each chunk fed, a ``("fed", None, bytes)`` event, so that a value the parser is
        still gathering (a long string) can be measured before it is whole.

        :raises ImportRejected: for a file that cannot be read, is not UTF-8 or not JSON.
        """
        found = _Sink()
        parser = ijson.basic_parse_coro(found, use_float=True)
        fed = 0
        for chunk in self._chunks():
            fed += len(chunk)
            with self._parser_errors():
                parser.send(chunk)
            for event, value in found:
                yield event, value, fed
            found.clear()
            yield "fed", None, fed
        with self._parser_errors():
            parser.close()
        for event, value in found:
            yield event, value, fed

    def cases(self) -> Iterator[Any]:
        """The cases of the file, one at a time; the envelope is checked as it comes and once
        the file has been read to its end (so a refusal can come after the last case).

        :return: an iterator over the cases as they are in the file (each any JSON value;
            the vault checks what it holds).
        :raises ImportRejected: for a file that cannot be read, is not UTF-8 or not JSON, goes
            beyond a limit of this module, or is not a fieldmon-case/1 envelope (format,
            unknown field, ``cases`` not a list), naming the case and field where it can.
        """
        return _Pass(self).cases()


class _Sink(list[tuple[str, Any]]):
    """An ijson target collecting events in a list that the reader drains."""

    def send(self, value: tuple[str, Any]) -> None:
        """Keep one event."""
        self.append(value)


_SCALARS = frozenset({"string", "number", "boolean", "null"})
_STARTS = frozenset({"start_map", "start_array"})
_ENDS = frozenset({"end_map", "end_array"})
_KINDS = {"start_map": "an object", "start_array": "a list"}


class _Pass:
    """One pass over a file: the envelope seen so far, and the case being built."""

    def __init__(self, reader: CaseFileReader) -> None:
        self.reader = reader
        self.depth = 0  # lists and objects open; the file's object is 1, the case list 2
        self.key: str | None = None  # the field of the file's object being read
        self.seen: set[str] = set()
        self.format: Any = None
        self.unknown: str | None = None
        self.in_list = False  # inside the case list
        self.cases_not_list = False
        self.index = -1  # the case being read, from 0
        self.stack: list[Any] = []  # the open containers of the case being built
        self.keys: list[str | None] = []  # beside each open object, its current field
        self.case: Any = None
        self.values = 0
        self.case_start = 0
        self.last_event = 0
        self.fed = 0  # bytes fed before the chunk the current events come from

    # -- messages --------------------------------------------------------------------------

    def fail(self, message: str) -> ImportRejected:
        return self.reader._reject(message)

    def label(self) -> str:
        root = self.stack[0] if self.stack else self.case
        if isinstance(root, dict) and isinstance(root.get("reference"), str) and root["reference"]:
            return shown(root["reference"], 40).strip("'")
        return f"#{self.index + 1}"

    def field(self) -> str:
        out = ""
        last = len(self.stack) - 1
        for i, container in enumerate(self.stack):
            if isinstance(container, list):
                out += f"[{len(container) - 1 if i < last else len(container)}]"
            elif self.keys[i] is not None:
                key = str(self.keys[i])
                out += f".{key}" if out else key
        return out or "(the case itself)"

    def in_case(self, problem: str) -> ImportRejected:
        if self.index < 0 or not self.in_list or self.depth < 2:
            where = f"field {self.key}" if self.key else "the file"
            return self.fail(f"{where}: {problem}. Nothing was imported.")
        return self.fail(
            f"case {self.label()}, field {self.field()}: {problem}. Nothing was imported."
        )

    # -- the pass --------------------------------------------------------------------------

    def cases(self) -> Iterator[Any]:
        for event, value, fed in self.reader.events():
            if event == "fed":
                self._measure(fed)
                self.fed = fed
                continue
            self.last_event = fed
            if self.depth == 0:
                if event != "start_map":
                    raise self.fail('not a fieldmon-case file (no "format" field).')
                self.depth = 1
                continue
            if self.in_list and not self.stack and self.depth == 2 and event not in _ENDS:
                self.index += 1  # a new case begins, in the chunk just fed
                self.case_start = self.fed
                self.values = 0
            self._limits(event, value)
            if self.depth == 1 and self.key is None:
                if event == "map_key":
                    self._top_key(value)
                else:  # end of the file's object
                    self.depth = 0
                continue
            if self.depth == 1:  # the first event of a top-level field's value
                done = self._top_value(event, value)
            elif self.in_list and self.depth == 2 and event == "end_array":
                self.in_list = False
                self.depth = 1
                done = True
            elif self.in_list:
                done = False
                if self._build(event, value):
                    yield self.case
                    self.case = None
            else:  # inside a top-level value other than the case list: kept nowhere
                done = self._skip(event)
            if done:
                self.key = None
        self._finish()

    def _measure(self, fed: int) -> None:
        """After a chunk: refuse a case, or a value outside any case, grown beyond its limit
        while the parser gathers it."""
        if self.in_list and self.index >= 0 and (self.stack or self.depth > 2):
            if fed - self.case_start > MAX_CASE_BYTES:
                raise self.in_case(
                    f"the case takes more than {MAX_CASE_BYTES >> 20} MiB of the file"
                )
        elif fed - self.last_event > MAX_CASE_BYTES:
            raise self.in_case(f"a value larger than {MAX_CASE_BYTES >> 20} MiB")

    def _limits(self, event: str, value: Any) -> None:
        if event in _STARTS and self.depth + 1 > MAX_DEPTH:
            raise self.in_case(f"nested more than {MAX_DEPTH} levels deep")
        if event == "string" and len(value) > MAX_TEXT_CHARS:
            raise self.in_case(
                f"a text of {len(value):,} characters, more than the {MAX_TEXT_CHARS:,} a field"
                " may hold"
            )
        if event == "map_key" and len(value) > MAX_KEY_CHARS:
            raise self.in_case(
                f"a field name of {len(value):,} characters, more than {MAX_KEY_CHARS}"
            )

    def _top_key(self, key: str) -> None:
        if key in self.seen:
            raise self.fail(f"field {key}: appears twice in the file.")
        self.seen.add(key)
        self.key = key
        # history: the exporting vault's custody history of the cases (fieldmon.vault.anchors),
        # for whoever compares exports; an importing vault keeps its own log, so it is skipped.
        if key not in ("format", "note", "cases", "history"):
            self.unknown = key if self.unknown is None else min(self.unknown, key)

    def _top_value(self, event: str, value: Any) -> bool:
        """The first event of the value of a field of the file's object; True when the value
        is whole."""
        if self.key == "cases" and event == "start_array":
            if "format" in self.seen and self.unknown is not None:
                raise self.fail(f"field {self.unknown}: is not a field of a fieldmon-case file.")
            self.in_list = True
            self.depth = 2
            return False
        if self.key == "cases":
            self.cases_not_list = True
        if self.key == "format":
            self.format = value if event in _SCALARS else f"<{_KINDS[event]}>"
            self._check_format()
        if event in _STARTS:
            self.depth = 2
            return False
        return True

    def _skip(self, event: str) -> bool:
        if event in _STARTS:
            self.depth += 1
        elif event in _ENDS:
            self.depth -= 1
        return self.depth == 1

    def _build(self, event: str, value: Any) -> bool:
        """One event of a case; True when the case is whole (in ``self.case``)."""
        if event == "map_key":
            self.keys[-1] = value
            return False
        if event in _ENDS:
            done = self.stack.pop()
            self.keys.pop()
            self.depth -= 1
            if not self.stack:
                self.case = done
                return True
            return False
        self.values += 1
        if self.values > MAX_CASE_VALUES:
            raise self.in_case(f"the case holds more than {MAX_CASE_VALUES:,} values")
        if event == "start_map":
            item: Any = {}
        elif event == "start_array":
            item = []
        else:
            item = value
        if self.stack:
            parent = self.stack[-1]
            if isinstance(parent, list):
                parent.append(item)
            else:
                parent[self.keys[-1]] = item
        if event in _STARTS:
            self.stack.append(item)
            self.keys.append(None)
            self.depth += 1
            return False
        if not self.stack:
            self.case = item
            return True
        return False

    def _check_format(self) -> None:
        if self.format != FORMAT:
            value = shown(self.format) if isinstance(self.format, str) else repr(self.format)
            raise self.fail(
                f"field format: {value} is not a format this FieldMon reads (expected {FORMAT!r})."
            )

    def _finish(self) -> None:
        if "cases" not in self.seen and "format" not in self.seen:
            raise self.fail('not a fieldmon-case file (no "format" field).')
        self._check_format()
        if self.unknown is not None:
            raise self.fail(f"field {self.unknown}: is not a field of a fieldmon-case file.")
        if "cases" not in self.seen or self.cases_not_list:
            raise self.fail("field cases: should be a list of cases.")

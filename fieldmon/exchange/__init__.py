"""Interchange: cases leaving and entering the vault as files and text.

- `casejson`: the fieldmon-case/1 JSON format (docs/interchange.md): read, import, export.
- `stream`: fieldmon-case/1 files read as a stream, one case at a time, within limits.
- `paths`: which evidence file names an import may read, and the names an export writes.
- `text`: a case as readable text, for `fieldmon show` and the app's sealed versions.

The submodules are not imported here, so importing this package costs nothing and creates no
import cycle (``casejson`` imports the vault); import them by name::

    from fieldmon.exchange import casejson, text
"""

__all__ = [
    "card",
    "casejson",
    "continuity",
    "destinations",
    "erase",
    "forks",
    "held",
    "hq",
    "inbox",
    "intake",
    "outbox",
    "packet",
    "packing",
    "paths",
    "purge",
    "receipts",
    "receive",
    "send",
    "signed",
    "stream",
    "surrogates",
    "text",
    "transports",
    "uwazi",
    "uwazi_rows",
    "uwazi_template",
    "words",
]

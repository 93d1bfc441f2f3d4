"""Interchange: cases leaving and entering the vault as files and text.

- `casejson`: the fieldmon-case/1 JSON format (docs/interchange.md): read, import, export.
- `text`: a case as readable text, for `fieldmon show` and the app's sealed versions.

The submodules are not imported here, so importing this package costs nothing and creates no
import cycle (``casejson`` imports the vault); import them by name::

    from fieldmon.exchange import casejson, text
"""

__all__ = ["casejson", "text"]

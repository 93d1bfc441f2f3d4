"""FieldMon core: the encrypted vault, the records, interchange, dossiers and the CLI. No Qt
below here (tests/test_structure.py checks it).

Subpackages, each naming its public surface in ``__all__``: ``crypto`` (keys, passphrases,
signing, certificates), ``vault`` (the store and everything in it), ``exchange`` (case files
and text), ``dossier`` (signed PDF dossiers) and ``cli`` (the ``fieldmon`` command); and the
module ``images`` (evidence pictures drawn upright, faithful and bounded in memory).
"""

__version__ = "0.1.0"

__all__ = ["__version__", "cli", "crypto", "dossier", "exchange", "images", "vault"]

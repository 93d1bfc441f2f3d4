"""The encrypted vault: the record model, its SQLCipher store, search, sealed versions, custody
log, evidence files, recovery and wipe.

The public surface is ``Vault`` (the facade the CLI and the app use, from ``store``) and the
submodules named in ``__all__``. Nothing is imported until first used, so importing one
module (``from fieldmon.vault import dates``) does not load SQLCipher, and the package creates
no import cycle. Dependencies point one way::

    layout -> database -> session -> cases, drafts, versions, attachments, blobs, attach
           -> keyslots, attempts, wipe -> decoy -> legacy -> access, recovery
           -> store (the facade) -> check, anchors, timestamps, testimony, CLI, app
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fieldmon.vault import (
        access,
        anchors,
        attach,
        attachments,
        attempts,
        blobs,
        cases,
        check,
        custody,
        database,
        dates,
        decoy,
        drafts,
        files,
        identities,
        ids,
        keyslots,
        layout,
        legacy,
        mediatype,
        metadata,
        migrations,
        model,
        records,
        recovery,
        references,
        schema,
        search,
        session,
        store,
        testimony,
        timestamps,
        validate,
        versions,
        wipe,
    )
    from fieldmon.vault.store import Vault

__all__ = [
    "Vault",
    "access",
    "anchors",
    "attach",
    "attachments",
    "attempts",
    "blobs",
    "cases",
    "check",
    "custody",
    "database",
    "dates",
    "decoy",
    "drafts",
    "files",
    "identities",
    "ids",
    "keyslots",
    "layout",
    "legacy",
    "mediatype",
    "metadata",
    "migrations",
    "model",
    "records",
    "recovery",
    "references",
    "schema",
    "search",
    "session",
    "store",
    "testimony",
    "timestamps",
    "validate",
    "versions",
    "wipe",
]


def __getattr__(name: str) -> Any:
    """Import a submodule named in ``__all__`` (or ``Vault``) when first reached.

    :raises AttributeError: for any other name.
    """
    if name == "Vault":
        return importlib.import_module(f"{__name__}.store").Vault
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

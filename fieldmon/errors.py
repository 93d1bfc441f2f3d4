"""Errors a user can cause or meet. The CLI prints their message as one line, never a traceback."""


class FieldMonError(Exception):
    """Base for every error whose message is meant for the person at the keyboard.

    ``fieldmon`` prints the message as ``fieldmon: <message>`` on standard error and exits with
    :attr:`exit_status`.
    """

    exit_status = 1
    """The CLI's exit status for this error; subclasses that need a distinct one override it."""


class WrongPassphrase(FieldMonError):
    """No key slot of the vault opens with the passphrase given (exit status 2).

    An altered key header looks the same to AES-GCM, and is reported the same way.
    """

    exit_status = 2

    def __init__(self) -> None:
        super().__init__("Wrong passphrase: the vault was not opened.")


class WeakPassphrase(FieldMonError):
    """A new passphrase (for a vault, a passphrase change, a duress passphrase or a recovery)
    refused by :func:`fieldmon.crypto.passphrase.passphrase_problem`; the message says why."""


class VaultDamaged(FieldMonError):
    """A file of the vault (the key header, the database, a stored file) is missing or damaged
    (exit status 3)."""

    exit_status = 3


class VaultNotFound(FieldMonError):
    """There is no vault in the folder given."""


class VaultExists(FieldMonError):
    """A new vault was asked for in a folder that already holds one, or is not empty."""


class VaultTooNew(FieldMonError):
    """The vault's schema version is newer than this FieldMon knows; update FieldMon."""


class ImportRejected(FieldMonError):
    """A file that cannot be imported; nothing of it was stored (exit status 4)."""

    exit_status = 4


class NotFound(FieldMonError):
    """No case, record, sealed version or stored file with the reference or id given."""


class VaultBusy(FieldMonError):
    """The vault is open in another FieldMon window or command (its lock is held; exit status
    5)."""

    exit_status = 5


class VaultNotWritable(FieldMonError):
    """The vault folder, or a file or folder in it, cannot be written: read-only media (a
    write-protected stick), a read-only mount, or missing permissions (exit status 8).

    FieldMon refuses to open such a vault, because it could not record views in the custody
    log, count failed unlocks or wipe the vault there; it has no read-only mode.
    """

    exit_status = 8


class VaultFull(VaultNotWritable):
    """The disk holding the vault has no room left for what FieldMon must write (exit status
    9); nothing of the change that needed the room was stored."""

    exit_status = 9


class VaultClosed(FieldMonError, RuntimeError):
    """The vault was closed (locked, quit or wiped) while work that needed it was still to run:
    a background export or preview finishing after the window locked. Nothing more was done.
    A RuntimeError too, as the closed connection raised before."""

    def __init__(self) -> None:
        super().__init__("The vault was locked before this finished; nothing more was done.")


class ExchangeRefused(FieldMonError):
    """Something of the headquarters exchange refused: an organisation card, a packet, a
    receipt or a purge that does not hold (exit status 11); the message says why in one line
    and nothing was written (docs/packets.md)."""

    exit_status = 11

"""Errors a user can cause or meet. The CLI prints their message as one line, never a traceback."""


class FieldMonError(Exception):
    """Base for every error whose message is meant for the person at the keyboard."""

    exit_status = 1


class WrongPassphrase(FieldMonError):
    exit_status = 2

    def __init__(self) -> None:
        super().__init__("Wrong passphrase: the vault was not opened.")


class WeakPassphrase(FieldMonError):
    pass


class VaultDamaged(FieldMonError):
    exit_status = 3


class VaultNotFound(FieldMonError):
    pass


class VaultExists(FieldMonError):
    pass


class VaultTooNew(FieldMonError):
    pass


class ImportRejected(FieldMonError):
    """A file that cannot be imported; nothing of it was stored."""

    exit_status = 4


class NotFound(FieldMonError):
    pass


class VaultBusy(FieldMonError):
    exit_status = 5

"""FieldMon core: the encrypted vault, the records, interchange and search. No Qt below here."""

__version__ = "0.1.0"

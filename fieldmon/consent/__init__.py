"""Who may be named to whom: the consent model, mentions in free text, the name matcher and
review decisions."""

__all__: list[str] = []

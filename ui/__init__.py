"""The PySide6 desktop app. It talks to the fieldmon core's public API only."""

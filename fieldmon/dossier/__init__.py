"""Dossiers: recipient profiles, redaction by consent, PDF layout, PAdES signing, verification."""

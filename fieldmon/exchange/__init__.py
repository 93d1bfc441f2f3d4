"""Interchange: the fieldmon-case/1 JSON format (schema, validation, import and export)."""

"""The encrypted store: connection, schema migrations, records and search."""

"""Key derivation, key wrapping and passphrase policy."""

"""Key derivation, key wrapping, passphrase policy, signing keys and certificates.

The public surface is its submodules, imported by name (``from fieldmon.crypto import keys``);
this ``__init__`` imports none of them, so importing one does not load the others:

- :mod:`~fieldmon.crypto.keys`: the vault key and the key header that wraps it (Argon2id,
  RFC 9106; AES-256-GCM, NIST SP 800-38D).
- :mod:`~fieldmon.crypto.passphrase`: which passphrases are accepted, and why one is refused.
- :mod:`~fieldmon.crypto.signing`: the monitor's ECDSA P-256 signing key.
- :mod:`~fieldmon.crypto.identity`: the X.509 certificates (RFC 5280) that sign dossiers.
"""

__all__ = ["identity", "keys", "passphrase", "signing"]

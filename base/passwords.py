"""The editor password: a salted scrypt hash made by ``python -m analytics hash-password`` and checked in constant time.

Format (one line, safe in TOML): ``scrypt$<n>$<r>$<p>$<salt, base64>$<hash, base64>``. The work factor is stored in
the hash, so a stronger one later still verifies old hashes. ``n = 2**15, r = 8`` needs 32 MiB and a fraction of a
second per check on one core: cheap for a person signing in, slow for someone guessing (the page also allows at most
five tries a minute per session).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

SCHEME = "scrypt"
N, R, P = 2**15, 8, 1
SALT_BYTES, KEY_BYTES = 16, 32
_MAX_N = 2**20  # refuse absurd work factors from a tampered setting instead of hanging the server


class PasswordHashError(ValueError):
    """The configured hash is not one this module wrote (so no password can match it)."""


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES,
                          maxmem=128 * r * n * 2 + 1024 * 1024)


def hash_password(password: str, *, n: int = N, r: int = R, p: int = P, salt: bytes | None = None) -> str:
    """A new salted hash of ``password`` (a fresh random salt each time unless one is given, for tests)."""
    if not password:
        raise ValueError("empty password")
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    key = _scrypt(password, salt, n, r, p)
    b64 = base64.b64encode
    return f"{SCHEME}${n}${r}${p}${b64(salt).decode()}${b64(key).decode()}"


def parse_hash(stored: str) -> tuple[int, int, int, bytes, bytes]:
    """``(n, r, p, salt, key)`` of a stored hash; :class:`PasswordHashError` when it is not one."""
    parts = str(stored).strip().split("$")
    try:
        if len(parts) != 6 or parts[0] != SCHEME:
            raise ValueError
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = base64.b64decode(parts[4], validate=True)
        key = base64.b64decode(parts[5], validate=True)
    except ValueError:
        raise PasswordHashError("not an editor password hash made by `python -m analytics hash-password`") from None
    if not (2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16 and salt and len(key) >= 16):
        raise PasswordHashError("the editor password hash has impossible parameters")
    return n, r, p, salt, key


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches ``stored``; the comparison takes the same time wherever the bytes differ."""
    n, r, p, salt, key = parse_hash(stored)
    candidate = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=len(key),
                               maxmem=128 * r * n * 2 + 1024 * 1024)
    return hmac.compare_digest(candidate, key)

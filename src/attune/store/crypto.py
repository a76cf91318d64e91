"""Envelope encryption: a random data key per person seals every free-text field with AES-256-GCM.

The data key is wrapped twice, by a key derived from the password (Argon2id) and by a recovery
key shown once; a session keeps it wrapped under a key that only the cookie or bearer token
holds, so a database dump alone or a token alone reveals nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from attune.config import KdfCost

NONCE_BYTES = 12
KEY_BYTES = 32
FORMAT_V1 = b"\x01"


class DecryptionError(Exception):
    """Ciphertext did not open: wrong key, wrong record binding, or tampering."""


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_id(token: str) -> str:
    """What the database stores instead of a token: its SHA-256."""
    return hashlib.sha256(token.encode()).hexdigest()


def derive_password_key(password: str, salt: bytes, cost: KdfCost) -> bytes:
    return hash_secret_raw(
        password.encode(), salt, time_cost=cost.time_cost, memory_cost=cost.memory_kib,
        parallelism=cost.parallelism, hash_len=KEY_BYTES, type=Type.ID,
    )


def derive_token_key(token: str, purpose: str) -> bytes:
    """Tokens are 256 random bits, so HKDF (fast) is enough; no password stretching needed."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=f"attune:{purpose}".encode())
    return hkdf.derive(token.encode())


def seal(key: bytes, plaintext: bytes, associated: str) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return FORMAT_V1 + nonce + AESGCM(key).encrypt(nonce, plaintext, associated.encode())


def open_sealed(key: bytes, blob: bytes, associated: str) -> bytes:
    if not blob or blob[:1] != FORMAT_V1:
        raise DecryptionError("unknown ciphertext format")
    nonce, body = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
    try:
        return AESGCM(key).decrypt(nonce, body, associated.encode())
    except Exception as exc:  # cryptography raises InvalidTag
        raise DecryptionError("ciphertext did not open") from exc


def field_binding(table: str, column: str, record_id: str) -> str:
    return f"{table}:{column}:{record_id}"


def seal_text(key: bytes, text: str, table: str, column: str, record_id: str) -> bytes:
    return seal(key, text.encode("utf-8"), field_binding(table, column, record_id))


def open_text(key: bytes, blob: bytes, table: str, column: str, record_id: str) -> str:
    return open_sealed(key, blob, field_binding(table, column, record_id)).decode("utf-8")


def format_recovery_key(raw: bytes) -> str:
    """Groups of four characters, easy to copy by hand and read aloud."""
    text = base64.b32encode(raw).decode().rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        raw = base64.b32decode(padded)
    except Exception as exc:
        raise DecryptionError("that recovery key is not in the right shape") from exc
    if len(raw) != KEY_BYTES:
        raise DecryptionError("that recovery key is not in the right shape")
    return raw


def recovery_wrapping_key(recovery: bytes, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"attune:recovery")
    return hkdf.derive(recovery)


def csrf_token_for(session_token: str) -> str:
    """Form token bound to the session; nothing stored, nothing to leak from the database."""
    return hmac.new(session_token.encode(), b"attune:csrf", hashlib.sha256).hexdigest()

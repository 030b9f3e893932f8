"""API keys: random, shown once, stored as SHA-256 (keys are 256-bit random, so a slow hash buys nothing)."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.auth.models import ApiKey, Role

KEY_PREFIX = "hk_"


def hash_key(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def create_key(*, session: Session, role: Role, name: str, reviewer_id: str | None = None) -> str:
    raw = KEY_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiKey(name=name, role=role.value, key_hash=hash_key(raw), prefix=raw[:8], reviewer_id=reviewer_id))
    session.flush()
    return raw


class KeyCache:
    """Recently verified keys, for a few seconds: a reviewer's screen makes several calls a second, and each
    would otherwise cost a database round trip. Revoking a key takes effect within `ttl` seconds."""

    def __init__(self, ttl: float = 5.0, max_entries: int = 10_000) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._entries: dict[str, tuple[float, ApiKey]] = {}
        self._lock = threading.Lock()

    def get(self, raw: str) -> ApiKey | None:
        digest = hash_key(raw)
        with self._lock:
            entry = self._entries.get(digest)
        if entry is None or entry[0] < time.monotonic():
            return None
        return entry[1]

    def put(self, raw: str, key: ApiKey) -> None:
        with self._lock:
            if len(self._entries) >= self.max_entries:
                self._entries.clear()
            self._entries[hash_key(raw)] = (time.monotonic() + self.ttl, key)


def find_key(*, session: Session, raw: str) -> ApiKey | None:
    if not raw or len(raw) > 200:
        return None
    key = session.scalar(select(ApiKey).where(ApiKey.key_hash == hash_key(raw)))
    if key is None or key.revoked_at is not None:
        return None
    return key

"""API keys: random, shown once, stored as SHA-256 (keys are 256-bit random, so a slow hash buys nothing)."""

from __future__ import annotations

import hashlib
import secrets

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


def find_key(*, session: Session, raw: str) -> ApiKey | None:
    if not raw or len(raw) > 200:
        return None
    key = session.scalar(select(ApiKey).where(ApiKey.key_hash == hash_key(raw)))
    if key is None or key.revoked_at is not None:
        return None
    return key

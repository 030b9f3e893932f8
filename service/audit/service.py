from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from service.audit.models import AuditEvent
from service.auth.models import ApiKey


def actor_of(key: ApiKey | None) -> str:
    return "system" if key is None else f"key:{key.id} ({key.name})"


def record(
    *,
    session: Session,
    actor: str,
    action: str,
    message_pk: str | None = None,
    item_id: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    model_version: str | None = None,
) -> None:
    session.add(
        AuditEvent(
            actor=actor, action=action, message_pk=message_pk, item_id=item_id, before=before, after=after,
            model_version=model_version,
        )
    )

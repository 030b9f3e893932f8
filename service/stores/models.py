from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base
from service.timeutil import utcnow


@dataclass(frozen=True, slots=True)
class StoreSettings:
    """What a decision needs of a store, read in the same transaction that stored the message.

    A plain value rather than the mapped Store, so the Store row can stay in the writer's session for
    the next message of the batch (one lookup per batch, not two per message)."""

    store_id: str
    auto_reply_enabled: bool
    allowed_phone_numbers: tuple[str, ...]

    @classmethod
    def of(cls, store: Store) -> StoreSettings:
        return cls(store.id, bool(store.auto_reply_enabled), tuple(store.allowed_phone_numbers or ()))


class Store(Base):
    """A seller's store. Created on its first message, with auto-reply on (the sellers' default)."""

    __tablename__ = "stores"

    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(255), nullable=True)
    auto_reply_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    # Warranty or carrier numbers the seller may quote in replies (policy allowlist).
    allowed_phone_numbers: Mapped[list[str]] = mapped_column(JSON, default=list)
    team_id: Mapped[str | None] = mapped_column(String(32), ForeignKey("teams.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

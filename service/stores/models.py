from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base
from service.timeutil import utcnow


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

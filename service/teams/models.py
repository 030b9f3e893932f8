from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base
from service.messages.models import new_id
from service.timeutil import utcnow


class Team(Base):
    """Reviewers who look after a set of stores; escalations go to the team's webhook."""

    __tablename__ = "teams"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    webhook_url: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    # Shared secret for the HMAC signature on escalation webhooks.
    webhook_secret: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Reviewer(Base):
    __tablename__ = "reviewers"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(255))
    team_id: Mapped[str | None] = mapped_column(String(32), ForeignKey("teams.id"), nullable=True)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    # On-duty hours in the reviewer's own time zone: [{"days": [0..6 (Mon=0)], "start": "09:00", "end": "17:00"}].
    # Empty means always on duty.
    rota: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    max_open_items: Mapped[int] = mapped_column(Integer, default=10)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

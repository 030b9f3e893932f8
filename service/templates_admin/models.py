"""Admin-edited reply templates. The packaged library.json stays the baseline; a row here replaces,
adds or disables one piece of it for one language."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base
from service.timeutil import utcnow


class ReplyTemplate(Base):
    __tablename__ = "reply_templates"
    __table_args__ = (UniqueConstraint("template_id", "language", name="uq_reply_templates_id_language"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    template_id: Mapped[str] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(20))  # body | greeting_named | greeting_plain | closing
    intent: Mapped[str | None] = mapped_column(String(40), nullable=True)  # bodies only
    text: Mapped[str] = mapped_column(Text)
    # Order statuses the body is for (null: any), as in library.json's "when".
    when_status: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100))

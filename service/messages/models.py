from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base
from service.timeutil import utcnow


def new_id() -> str:
    return uuid.uuid4().hex


class Status(str, enum.Enum):
    received = "received"  # stored, not decided yet (a crash here is finished by recovery)
    auto_replied = "auto_replied"
    needs_review = "needs_review"
    no_reply_needed = "no_reply_needed"


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        # The idempotency key: the database itself refuses a second copy.
        UniqueConstraint("store_id", "message_id", name="uq_messages_store_message"),
        Index("ix_messages_status_created", "status", "created_at"),
        Index("ix_messages_status_due", "status", "due_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    store_id: Mapped[str] = mapped_column(String(255), ForeignKey("stores.id"))
    message_id: Mapped[str] = mapped_column(String(255))
    content_hash: Mapped[str] = mapped_column(String(64))
    marketplace: Mapped[str] = mapped_column(String(8))
    thread_id: Mapped[str | None] = mapped_column(String(255), nullable=True)
    order_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    buyer_name: Mapped[str | None] = mapped_column(String(255), nullable=True)
    subject: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    body: Mapped[str] = mapped_column(Text)
    order: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    status: Mapped[str] = mapped_column(String(20), default=Status.received.value)
    # Filled by the pipeline's decision, in the same transaction that flips status.
    clean_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    intent: Mapped[str | None] = mapped_column(String(40), nullable=True)
    intent_confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    urgency: Mapped[str | None] = mapped_column(String(10), nullable=True)
    due_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    reasons: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    reply_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    reply_template: Mapped[str | None] = mapped_column(String(100), nullable=True)
    policy: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    model_version: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Everything needed to explain the outcome later: scores, thresholds, signals, template choice.
    decision: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # The queue item a handed-off message belongs to (several messages of one thread share one item).
    item_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    # Labels a reviewer set; the model's own stay in intent/urgency for the record.
    reviewed_intent: Mapped[str | None] = mapped_column(String(40), nullable=True)
    reviewed_urgency: Mapped[str | None] = mapped_column(String(10), nullable=True)


class OutboxReply(Base):
    """A reply waiting to go back through the email relay. One per message, enforced by the database."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_pk: Mapped[str] = mapped_column(String(32), ForeignKey("messages.id"), unique=True)
    store_id: Mapped[str] = mapped_column(String(255))
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(20))  # auto | reviewer
    key_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # who sent it, for reviewer replies
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)

"""The human queue: one item per open buyer thread, claims under a lease, escalation notifications."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base
from service.messages.models import new_id
from service.timeutil import utcnow


class ReviewItem(Base):
    __tablename__ = "review_items"
    __table_args__ = (
        # One open item per thread: a second message merges instead of opening a rival item.
        Index(
            "uq_review_items_open_thread", "store_id", "thread_key", unique=True,
            postgresql_where=text("status = 'open'"), sqlite_where=text("status = 'open'"),
        ),
        Index("ix_review_items_status_due", "status", "due_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    store_id: Mapped[str] = mapped_column(String(255), ForeignKey("stores.id"))
    thread_key: Mapped[str] = mapped_column(String(300))
    message_pk: Mapped[str] = mapped_column(String(32), ForeignKey("messages.id"))  # latest message
    first_message_pk: Mapped[str] = mapped_column(String(32), ForeignKey("messages.id"))
    message_count: Mapped[int] = mapped_column(Integer, default=1)
    urgency: Mapped[str] = mapped_column(String(10))
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    arrived_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))  # latest message's arrival
    status: Mapped[str] = mapped_column(String(10), default="open")  # open | closed
    assigned_to: Mapped[str | None] = mapped_column(String(32), ForeignKey("reviewers.id"), nullable=True)
    # The current lease, mirrored from claims onto the row that claimers lock: with FOR UPDATE SKIP LOCKED
    # PostgreSQL re-checks these columns on the latest row version, so a claim committed a moment ago
    # is seen by the next claimer instead of tripping the unique index.
    claimed_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    lease_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    close_reason: Mapped[str | None] = mapped_column(String(100), nullable=True)
    closed_by: Mapped[int | None] = mapped_column(Integer, nullable=True)  # api key id


class Claim(Base):
    """A reviewer's lease on an item. The partial unique index is the guarantee: the database itself
    refuses a second active claim on one item, whatever the application does."""

    __tablename__ = "claims"
    __table_args__ = (
        Index(
            "uq_claims_active_item", "item_id", unique=True,
            postgresql_where=text("released_at IS NULL"), sqlite_where=text("released_at IS NULL"),
        ),
        Index("ix_claims_key_active", "key_id", "released_at"),
        # Lease expiry runs on every claim; it must only ever look at the few active claims.
        Index("ix_claims_active_expiry", "expires_at",
              postgresql_where=text("released_at IS NULL"), sqlite_where=text("released_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[str] = mapped_column(String(32), ForeignKey("review_items.id"))
    key_id: Mapped[int] = mapped_column(Integer, ForeignKey("api_keys.id"))
    reviewer_id: Mapped[str | None] = mapped_column(String(32), ForeignKey("reviewers.id"), nullable=True)
    claimed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    released_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    release_reason: Mapped[str | None] = mapped_column(String(20), nullable=True)  # done | expired | released


class Notification(Base):
    """An escalation for a team's webhook. (item, kind) is unique: each escalation fires once."""

    __tablename__ = "notifications"
    __table_args__ = (Index("uq_notifications_item_kind", "item_id", "kind", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[str] = mapped_column(String(32), ForeignKey("review_items.id"))
    team_id: Mapped[str | None] = mapped_column(String(32), ForeignKey("teams.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(40))  # urgent_unclaimed | deadline_near
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(12), default="pending")  # pending | delivered | failed | no_webhook
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class DeliveryAttempt(Base):
    __tablename__ = "delivery_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    notification_id: Mapped[int] = mapped_column(Integer, ForeignKey("notifications.id"))
    attempted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)


class Feedback(Base):
    """What a reviewer confirmed or corrected: training data for the next fit."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_pk: Mapped[str] = mapped_column(String(32), ForeignKey("messages.id"))
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    predicted_intent: Mapped[str | None] = mapped_column(String(40), nullable=True)
    predicted_urgency: Mapped[str | None] = mapped_column(String(10), nullable=True)
    intent: Mapped[str] = mapped_column(String(40))
    urgency: Mapped[str] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(String(20))  # approve | reply | label
    key_id: Mapped[int] = mapped_column(Integer)
    model_version: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

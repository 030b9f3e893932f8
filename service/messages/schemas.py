"""Request and response shapes for /messages. Every string has a maximum length; NUL bytes are refused."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator


def _no_nul(value: str) -> str:
    # PostgreSQL cannot store NUL in text, and no buyer types one: refuse rather than mangle.
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


def Text(max_length: int, min_length: int = 0) -> type[str]:
    return Annotated[str, Field(min_length=min_length, max_length=max_length), AfterValidator(_no_nul)]  # type: ignore[return-value]


OrderStatus = Literal["pending", "unshipped", "shipped", "delivered", "cancelled", "returned", "refunded"]


class OrderItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sku: Text(100, 1)  # type: ignore[valid-type]
    title: Text(500, 1)  # type: ignore[valid-type]
    quantity: int = Field(default=1, ge=1, le=100_000)


class OrderContext(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: OrderStatus | None = None
    carrier: Text(100) | None = None  # type: ignore[valid-type]
    tracking_number: Text(100) | None = None  # type: ignore[valid-type]
    ship_date: date | None = None
    estimated_delivery: date | None = None
    refund_amount: Text(32) | None = None  # type: ignore[valid-type]
    refund_date: date | None = None
    items: list[OrderItem] | None = Field(default=None, max_length=200)


class MessageCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message_id: Text(255, 1)  # type: ignore[valid-type]
    store_id: Text(255, 1)  # type: ignore[valid-type]
    marketplace: str = Field(default="US", pattern=r"^[A-Z]{2}$", max_length=2)
    thread_id: Text(255) | None = None  # type: ignore[valid-type]
    order_id: Text(64) | None = None  # type: ignore[valid-type]
    buyer_name: Text(255) | None = None  # type: ignore[valid-type]
    subject: Text(1000) | None = None  # type: ignore[valid-type]
    body: Text(20_000, 1)  # type: ignore[valid-type]
    received_at: datetime | None = None
    order: OrderContext | None = None

    @field_validator("body")
    @classmethod
    def _body_has_text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must contain text")
        return value

    @field_validator("received_at")
    @classmethod
    def _received_at_sane(cls, value: datetime | None) -> datetime | None:
        if value is None:
            return None
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        # Clocks drift; a message from tomorrow is a bug upstream and would push its deadline out.
        if value > datetime.now(UTC) + timedelta(hours=1):
            raise ValueError("must not be in the future")
        return value


class IntentPublic(BaseModel):
    label: str
    confidence: float


class UrgencyPublic(BaseModel):
    level: Literal["urgent", "high", "normal"]
    due_at: datetime


class ReplyPublic(BaseModel):
    text: str
    template: str | None


class ViolationPublic(BaseModel):
    rule: str
    text: str
    start: int
    end: int
    severity: str | None = None
    explanation: str | None = None


class PolicyPublic(BaseModel):
    allowed: bool
    violations: list[ViolationPublic]


class MessagePublic(BaseModel):
    id: str
    message_id: str
    store_id: str
    status: Literal["auto_replied", "needs_review", "no_reply_needed"]
    intent: IntentPublic
    urgency: UrgencyPublic
    language: str
    reasons: list[str]
    reply: ReplyPublic | None
    policy: PolicyPublic
    model_version: str

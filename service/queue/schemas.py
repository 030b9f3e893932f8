from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from models.taxonomy import INTENTS

IntentLabel = Literal[INTENTS]  # type: ignore[valid-type]


class ClaimRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    lease_seconds: int = Field(default=600, ge=1, le=3600)
    store_id: str | None = Field(default=None, max_length=255)


class LeaseRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    lease_seconds: int = Field(default=600, ge=1, le=3600)


class ReplyRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=10_000)
    confirm_compensation: bool = False


class RejectRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Literal["no_reply_needed", "spam", "duplicate", "other"]
    note: str | None = Field(default=None, max_length=1000)


class LabelRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    intent: IntentLabel | None = None
    urgency: Literal["urgent", "high", "normal"] | None = None

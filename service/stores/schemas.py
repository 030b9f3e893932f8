from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class StoreUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, max_length=255)
    auto_reply_enabled: bool | None = None
    allowed_phone_numbers: list[str] | None = Field(default=None, max_length=20)
    team_id: str | None = Field(default=None, max_length=32)


class StorePublic(BaseModel):
    id: str
    name: str | None
    auto_reply_enabled: bool
    allowed_phone_numbers: list[str]
    team_id: str | None = None

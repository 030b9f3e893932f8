from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from policies import check_text
from service.api.deps import AnyKey

router = APIRouter(tags=["policy"])


class PolicyCheckRequest(BaseModel):
    text: str = Field(max_length=20_000)
    marketplace: str | None = Field(default=None, max_length=2)
    subject: str | None = Field(default=None, max_length=1000)


@router.post("/policy/check")
def policy_check(body: PolicyCheckRequest, _key: AnyKey) -> dict[str, Any]:
    return check_text(body.text, marketplace=body.marketplace or "US", subject=body.subject).to_dict()

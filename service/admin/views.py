"""Admin: teams, reviewers, keys, and the audit log."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from fastapi import APIRouter, HTTPException, Query, status
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from service.api.deps import AdminKey, SessionFactoryDep
from service.audit import service as audit
from service.audit.models import AuditEvent
from service.auth.models import Role
from service.auth.service import create_key
from service.db import transaction
from service.teams.models import Reviewer, Team

router = APIRouter(tags=["admin"])


class TeamCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=255)
    webhook_url: str | None = Field(default=None, max_length=2000, pattern=r"^https?://")
    webhook_secret: str | None = Field(default=None, min_length=16, max_length=200)


class Shift(BaseModel):
    model_config = ConfigDict(extra="forbid")

    days: list[int] = Field(default_factory=lambda: list(range(7)), max_length=7)
    start: str = Field(default="00:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    end: str = Field(default="23:59", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")


class ReviewerCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=255)
    team_id: str | None = Field(default=None, max_length=32)
    timezone: str = Field(default="UTC", max_length=64)
    rota: list[Shift] = Field(default_factory=list, max_length=21)
    max_open_items: int = Field(default=10, ge=1, le=10_000)


class ReviewerUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    team_id: str | None = Field(default=None, max_length=32)
    timezone: str | None = Field(default=None, max_length=64)
    rota: list[Shift] | None = Field(default=None, max_length=21)
    max_open_items: int | None = Field(default=None, ge=1, le=10_000)
    active: bool | None = None


class KeyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Role
    name: str = Field(default="", max_length=100)
    reviewer_id: str | None = Field(default=None, max_length=32)


def _team(t: Team) -> dict[str, Any]:
    return {"id": t.id, "name": t.name, "webhook_url": t.webhook_url, "has_secret": bool(t.webhook_secret)}


def _reviewer(r: Reviewer) -> dict[str, Any]:
    return {"id": r.id, "name": r.name, "team_id": r.team_id, "timezone": r.timezone, "rota": r.rota,
            "max_open_items": r.max_open_items, "active": r.active}


@router.post("/teams", status_code=status.HTTP_201_CREATED)
def create_team(body: TeamCreate, key: AdminKey, factory: SessionFactoryDep) -> dict[str, Any]:
    try:
        with transaction(factory) as session:
            team = Team(name=body.name, webhook_url=body.webhook_url,
                        webhook_secret=body.webhook_secret or (secrets.token_urlsafe(24) if body.webhook_url else None))
            session.add(team)
            session.flush()
            audit.record(session=session, actor=audit.actor_of(key), action="team_created", after=_team(team))
            result = _team(team)
            result["webhook_secret"] = team.webhook_secret  # shown once, like a key
            return result
    except IntegrityError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, "a team with this name exists") from exc


@router.get("/teams")
def list_teams(_key: AdminKey, factory: SessionFactoryDep) -> list[dict[str, Any]]:
    with factory() as session:
        return [_team(t) for t in session.scalars(select(Team).order_by(Team.name))]


@router.post("/reviewers", status_code=status.HTTP_201_CREATED)
def create_reviewer(body: ReviewerCreate, key: AdminKey, factory: SessionFactoryDep) -> dict[str, Any]:
    """A reviewer and their first API key (printed once)."""
    with transaction(factory) as session:
        if body.team_id and session.get(Team, body.team_id) is None:
            raise HTTPException(422, "team_id: no such team")
        reviewer = Reviewer(name=body.name, team_id=body.team_id, timezone=body.timezone,
                            rota=[s.model_dump() for s in body.rota], max_open_items=body.max_open_items)
        session.add(reviewer)
        session.flush()
        raw = create_key(session=session, role=Role.reviewer, name=body.name, reviewer_id=reviewer.id)
        audit.record(session=session, actor=audit.actor_of(key), action="reviewer_created", after=_reviewer(reviewer))
        return {**_reviewer(reviewer), "api_key": raw}


@router.patch("/reviewers/{reviewer_id}")
def update_reviewer(reviewer_id: str, body: ReviewerUpdate, key: AdminKey, factory: SessionFactoryDep
                    ) -> dict[str, Any]:
    with transaction(factory) as session:
        reviewer = session.get(Reviewer, reviewer_id)
        if reviewer is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "reviewer not found")
        before = _reviewer(reviewer)
        for field, value in body.model_dump(exclude_unset=True).items():
            setattr(reviewer, field, value)
        audit.record(session=session, actor=audit.actor_of(key), action="reviewer_updated", before=before,
                     after=_reviewer(reviewer))
        return _reviewer(reviewer)


@router.get("/reviewers")
def list_reviewers(_key: AdminKey, factory: SessionFactoryDep) -> list[dict[str, Any]]:
    with factory() as session:
        return [_reviewer(r) for r in session.scalars(select(Reviewer).order_by(Reviewer.name))]


@router.post("/keys", status_code=status.HTTP_201_CREATED)
def new_key(body: KeyCreate, key: AdminKey, factory: SessionFactoryDep) -> dict[str, Any]:
    with transaction(factory) as session:
        if body.reviewer_id and session.get(Reviewer, body.reviewer_id) is None:
            raise HTTPException(422, "reviewer_id: no such reviewer")
        raw = create_key(session=session, role=body.role, name=body.name or f"{body.role.value} key",
                         reviewer_id=body.reviewer_id)
        audit.record(session=session, actor=audit.actor_of(key), action="key_created",
                     after={"role": body.role.value, "name": body.name, "reviewer_id": body.reviewer_id})
        return {"api_key": raw, "role": body.role.value}


@router.get("/audit")
def audit_log(
    _key: AdminKey,
    factory: SessionFactoryDep,
    message_id: str | None = Query(default=None, max_length=64),
    limit: int = Query(default=200, ge=1, le=1000),
) -> list[dict[str, Any]]:
    with factory() as session:
        query = select(AuditEvent).order_by(AuditEvent.id).limit(limit)
        if message_id:
            query = query.where(AuditEvent.message_pk == message_id)
        return [_event(e) for e in session.scalars(query)]


def _event(e: AuditEvent) -> dict[str, Any]:
    at: datetime = e.at
    return {"id": e.id, "at": at.isoformat(), "actor": e.actor, "action": e.action, "message_id": e.message_pk,
            "item_id": e.item_id, "before": e.before, "after": e.after, "model_version": e.model_version}

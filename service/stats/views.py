"""GET /stats (admin: an API key or a signed-in admin) and GET /metrics (admin key, for Prometheus)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request, Response, status
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.orm import Session, sessionmaker

from models.artifact import ModelArtifact
from service.api.deps import SessionFactoryDep
from service.auth.models import Role
from service.auth.service import find_key
from service.stats.compute import compute_stats, model_summary
from service.stats.metrics import Metrics
from service.timeutil import utcnow
from service.ui.session import session_user

router = APIRouter(tags=["operations"])


def _artifact(request: Request) -> ModelArtifact | None:
    pipeline = getattr(request.app.state, "pipeline", None)
    return pipeline.artifact if pipeline is not None else None


def _require_admin(request: Request, factory: sessionmaker[Session], *, allow_session: bool) -> None:
    """An admin API key in X-API-Key (or `Authorization: Bearer`, which Prometheus can send), or, for the
    dashboard's own calls, an admin's browser session."""
    raw = request.headers.get("X-API-Key")
    auth = request.headers.get("Authorization", "")
    if raw is None and auth.lower().startswith("bearer "):
        raw = auth[7:].strip()
    if raw:
        with factory() as session:
            key = find_key(session=session, raw=raw)
        if key is None:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown or revoked API key")
        if key.role != Role.admin.value:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"this key's role ({key.role}) may not do this")
        return
    user = session_user(request, factory) if allow_session else None
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing X-API-Key header")
    if not user.is_admin:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "operations figures are for admins")


def stats_for(request: Request, factory: sessionmaker[Session], store_id: str | None = None) -> dict[str, Any]:
    with factory() as session:
        return compute_stats(session=session, now=utcnow(), artifact=_artifact(request), store_id=store_id)


@router.get("/stats")
def stats(request: Request, factory: SessionFactoryDep,
          store_id: str | None = Query(default=None, max_length=255)) -> dict[str, Any]:
    """Backlog, SLA compliance, response times, auto-reply rate, agreement, reviewers, model: the dashboard's
    figures. Definitions are in service/stats/compute.py."""
    _require_admin(request, factory, allow_session=True)
    return stats_for(request, factory, store_id)


@router.get("/metrics", response_class=Response)
def metrics(request: Request, factory: SessionFactoryDep) -> Response:
    _require_admin(request, factory, allow_session=False)
    registry: Metrics | None = getattr(request.app.state, "metrics", None)
    if registry is None:  # an app built without stats.metrics.install: no request counts, the rest works
        registry = request.app.state.metrics = Metrics()
    registry.refresh(factory, model_summary(_artifact(request)))
    return Response(generate_latest(registry.registry), media_type=CONTENT_TYPE_LATEST)

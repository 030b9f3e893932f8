from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response, status
from sqlalchemy import text

from service.api.deps import AnyKey

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz")
def readyz(request: Request, response: Response, _key: AnyKey) -> dict[str, Any]:
    checks: dict[str, Any] = {}
    pipeline = getattr(request.app.state, "pipeline", None)
    checks["model"] = pipeline.artifact.version if pipeline is not None else None
    try:
        with request.app.state.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception:
        checks["database"] = "unreachable"
    ready = checks["model"] is not None and checks["database"] == "ok"
    if not ready:
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    return {"status": "ready" if ready else "not_ready", **checks}

"""Dependencies shared by every router: the database session, the pipeline, the caller's key."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import APIKeyHeader
from sqlalchemy.orm import Session, sessionmaker

from service.auth.models import ApiKey, Role
from service.auth.service import KeyCache, find_key
from service.pipeline.processor import Pipeline

_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)
_verified = KeyCache(ttl=5.0)


def get_factory(request: Request) -> sessionmaker[Session]:
    factory: sessionmaker[Session] = request.app.state.session_factory
    return factory


def get_session(factory: Annotated[sessionmaker[Session], Depends(get_factory)]) -> Iterator[Session]:
    with factory() as session:
        yield session


def get_pipeline(request: Request) -> Pipeline:
    pipeline: Pipeline = request.app.state.pipeline
    return pipeline


SessionFactoryDep = Annotated[sessionmaker[Session], Depends(get_factory)]
SessionDep = Annotated[Session, Depends(get_session)]
PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]


def require_role(*roles: Role) -> Callable[..., ApiKey]:
    allowed = {r.value for r in roles}

    def dependency(
        factory: SessionFactoryDep, raw: Annotated[str | None, Depends(_api_key_header)]
    ) -> ApiKey:
        if not raw:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing X-API-Key header")
        key = _verified.get(raw)
        if key is None:
            with factory() as session:
                key = find_key(session=session, raw=raw)
                if key is not None:
                    session.expunge(key)
                    _verified.put(raw, key)
        if key is None:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown or revoked API key")
        if key.role not in allowed:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"this key's role ({key.role}) may not do this")
        return key

    return dependency


IngestKey = Annotated[ApiKey, Depends(require_role(Role.ingest, Role.admin))]
ReviewerKey = Annotated[ApiKey, Depends(require_role(Role.reviewer, Role.admin))]
AnyKey = Annotated[ApiKey, Depends(require_role(Role.ingest, Role.reviewer, Role.admin))]
AdminKey = Annotated[ApiKey, Depends(require_role(Role.admin))]

"""Dependencies shared by every router: the database session, the pipeline, the caller's key."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import APIKeyHeader
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from service.auth.models import ApiKey, Role
from service.auth.service import KeyCache, find_key
from service.pipeline.processor import Pipeline

_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)
_verified = KeyCache(ttl=5.0)


# Dependencies that do no blocking work are async: FastAPI runs a plain `def` dependency on its thread
# pool, a hop that cost every request more CPU than the dependency itself.
async def get_factory(request: Request) -> sessionmaker[Session]:
    factory: sessionmaker[Session] = request.app.state.session_factory
    return factory


def get_session(factory: Annotated[sessionmaker[Session], Depends(get_factory)]) -> Iterator[Session]:
    with factory() as session:
        yield session


async def get_pipeline(request: Request) -> Pipeline:
    pipeline: Pipeline = request.app.state.pipeline
    return pipeline


SessionFactoryDep = Annotated[sessionmaker[Session], Depends(get_factory)]
SessionDep = Annotated[Session, Depends(get_session)]
PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]


def require_role(*roles: Role) -> Callable[..., Awaitable[ApiKey]]:
    allowed = {r.value for r in roles}

    def lookup(factory: sessionmaker[Session], raw: str) -> ApiKey | None:
        with factory() as session:
            key = find_key(session=session, raw=raw)
            if key is not None:
                session.expunge(key)
                _verified.put(raw, key)
            return key

    async def dependency(
        factory: SessionFactoryDep, raw: Annotated[str | None, Depends(_api_key_header)]
    ) -> ApiKey:
        if not raw:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing X-API-Key header")
        # A recently verified key is answered from memory; only a miss costs a thread and a query.
        key = _verified.get(raw)
        if key is None:
            key = await run_in_threadpool(lookup, factory, raw)
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

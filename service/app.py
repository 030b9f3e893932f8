"""The FastAPI application: wiring only. Each domain brings its own router."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from models.artifact import ModelArtifact, load_current
from models.encoder import Encoder, resolve_encoder
from service.admin import views as admin_views
from service.api import health, policy_views
from service.api.limits import MaxBodySizeMiddleware
from service.config import Settings, get_settings
from service.db import make_engine, make_session_factory, transaction
from service.messages import views as message_views
from service.messages.service import pending_ids
from service.migrate import upgrade
from service.pipeline.language import warm_up as warm_up_language
from service.pipeline.models import BatchModel, InProcessModel, ModelProcess
from service.pipeline.processor import Pipeline, check_encoder
from service.queue import views as queue_views
from service.queue.escalation import deliver_due, find_escalations
from service.queue.service import QueueError, assign_open_items, expire_leases
from service.stats import metrics as stats_metrics
from service.stats import views as stats_views
from service.stores import views as store_views
from service.timeutil import utcnow
from service.ui import views as ui_views

log = logging.getLogger("handoff")


def build_pipeline(
    settings: Settings,
    factory: sessionmaker[Session],
    *,
    encoder: Encoder | None = None,
    artifact: ModelArtifact | None = None,
) -> Pipeline:
    """Encoder and artifact may be shared (tests load the model once); the pipeline is per app.

    Given no encoder, the service loads its own: in a child process when settings.encoder_process
    (the default for a served app), else here.
    """
    artifact = artifact or load_current(settings.model_dir)
    # Check the pairing before loading anything: a mismatch should fail in milliseconds, not after a
    # model process has spent seconds starting.
    check_encoder(artifact, encoder.id if encoder is not None else resolve_encoder(settings.encoder)[0])
    untrained = settings.supported_languages - artifact.languages
    if untrained:
        # Not fatal: the service still runs, and those messages go to a person with their language.
        log.warning("HANDOFF_ENCODER_LANGUAGES names %s, but model %s was trained on %s only: messages in "
                    "those languages are handed off until python -m training.fit trains on them",
                    ", ".join(sorted(untrained)), artifact.version, ", ".join(sorted(artifact.languages)))
    model: BatchModel
    if encoder is not None:
        model = InProcessModel(encoder=encoder, artifact=artifact)
    elif settings.encoder_process and artifact.path is not None:
        model = ModelProcess(encoder_name=settings.encoder, artifact_dir=artifact.path, threads=settings.torch_threads)
    else:
        model = InProcessModel(encoder=Encoder(settings.encoder, threads=settings.torch_threads), artifact=artifact)
    return Pipeline(model=model, artifact=artifact, settings=settings, factory=factory)


async def recover(app: FastAPI, *, older_than: timedelta) -> int:
    """Finish messages that were stored but never decided (the process died in between)."""
    factory = app.state.session_factory
    pipeline: Pipeline = app.state.pipeline
    done = 0
    while True:
        with transaction(factory) as session:
            ids = pending_ids(session=session, older_than=older_than)
        if not ids:
            return done
        for pk in ids:
            await pipeline.process(message_pk=pk)
            done += 1
        if len(ids) < 500:
            return done


async def _recovery_loop(app: FastAPI, settings: Settings) -> None:
    first = True
    while True:
        try:
            # At start every undecided message is ours; later only those clearly abandoned.
            older = timedelta(0) if first else timedelta(seconds=settings.recovery_after_seconds)
            count = await recover(app, older_than=older)
            if count:
                log.info("recovered %d undecided messages", count)
            first = False
        except Exception:
            log.exception("recovery sweep failed; will retry")
        await asyncio.sleep(settings.recovery_interval_seconds)


def maintenance_pass(factory: sessionmaker[Session], settings: Settings, client: httpx.Client) -> None:
    """One round of queue upkeep; safe to run on every replica at once."""
    now = utcnow()
    with transaction(factory) as session:
        expire_leases(session=session, now=now)
        assign_open_items(session=session, now=now)
        find_escalations(session=session, now=now)
    deliver_due(factory=factory, now=now, base_seconds=settings.webhook_backoff_seconds, client=client)


async def _maintenance_loop(app: FastAPI, settings: Settings) -> None:
    with httpx.Client(timeout=settings.webhook_timeout_seconds) as client:
        while True:
            try:
                await run_in_threadpool(maintenance_pass, app.state.session_factory, settings, client)
            except Exception:
                log.exception("queue maintenance failed; will retry")
            await asyncio.sleep(settings.maintenance_interval_seconds)


def create_app(
    settings: Settings | None = None,
    *,
    encoder: Encoder | None = None,
    artifact: ModelArtifact | None = None,
    engine: Engine | None = None,
) -> FastAPI:
    settings = settings or get_settings()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.engine = engine or make_engine(settings.database_url)
        upgrade(app.state.engine)
        app.state.session_factory = make_session_factory(app.state.engine)
        app.state.pipeline = build_pipeline(
            settings, app.state.session_factory, encoder=encoder, artifact=artifact
        )
        warm_up_language()
        await app.state.pipeline.batcher.start()
        tasks = [
            asyncio.create_task(_recovery_loop(app, settings), name="recovery"),
            asyncio.create_task(_maintenance_loop(app, settings), name="maintenance"),
        ]
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await app.state.pipeline.batcher.stop()
            await app.state.pipeline.writer.stop()
            await run_in_threadpool(app.state.pipeline.model.close)
            if engine is None:
                app.state.engine.dispose()

    app = FastAPI(title="Handoff", version="0.1.0", lifespan=lifespan)
    app.state.settings = settings
    app.add_middleware(MaxBodySizeMiddleware, max_bytes=settings.max_request_bytes)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # Name the field; never echo the whole input back (it may be 20,000 characters of email).
        errors = [
            {
                "loc": list(e.get("loc", ())),
                "field": ".".join(str(p) for p in e.get("loc", ())[1:]) or "body",
                "msg": e.get("msg"),
                "type": e.get("type"),
            }
            for e in exc.errors()
        ]
        return JSONResponse(status_code=422, content={"detail": errors})

    @app.exception_handler(QueueError)
    async def _queue_conflict(_request: Request, exc: QueueError) -> JSONResponse:
        # Every queue action that clashes with the item's state (claimed by someone else, closed,
        # lease lost, cap reached) is a 409; the routes need not each translate it.
        return JSONResponse(status_code=409, content={"detail": str(exc)})

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return JSONResponse(status_code=500, content={"detail": "internal error"})

    app.include_router(health.router)
    app.include_router(message_views.router)
    app.include_router(policy_views.router)
    app.include_router(store_views.router)
    app.include_router(queue_views.router)
    app.include_router(admin_views.router)
    app.include_router(stats_views.router)
    app.include_router(ui_views.router)
    stats_metrics.install(app)  # request counts and latencies for /metrics
    return app

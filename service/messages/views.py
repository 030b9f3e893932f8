from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, HTTPException, Response, status
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from service.api.deps import AnyKey, IngestKey, PipelineDep, SessionDep, SessionFactoryDep
from service.auth.models import ApiKey, Role
from service.messages.models import Message, Status
from service.messages.schemas import MessageCreate, MessagePublic
from service.messages.service import content_hash, find_message, new_message, store_settings, to_public
from service.queue.service import Viewer, visible_message
from service.stores.models import Store, StoreSettings
from service.teams.models import Reviewer

router = APIRouter(tags=["messages"])


def _store_job(payload: MessageCreate, digest: str) -> Callable[[Session], tuple[Message, StoreSettings]]:
    """Make the message durable before any work (run by the group-commit writer)."""

    def job(session: Session) -> tuple[Message, StoreSettings]:
        store = store_settings(session=session, store_id=payload.store_id)
        message = new_message(payload=payload, digest=digest)
        # Inserted with the rest of the writer's batch; a duplicate (store_id, message_id) fails there
        # and, rerun in its own savepoint, reaches the caller as the IntegrityError it handles.
        session.add(message)
        return message, store

    return job


def _stored_before(
    factory: sessionmaker[Session], payload: MessageCreate, digest: str
) -> tuple[Message, StoreSettings]:
    """The same store_id + message_id is already stored: an idempotent retry (same content) or a 409."""
    with factory() as session:
        existing = find_message(session=session, store_id=payload.store_id, message_id=payload.message_id)
        if existing is None:  # pragma: no cover - the unique hit proves it exists
            raise RuntimeError("unique constraint hit but no row found")
        if existing.content_hash != digest:
            raise HTTPException(
                status.HTTP_409_CONFLICT,
                "message_id already used for this store_id with different content",
            )
        store = session.get(Store, payload.store_id)
        assert store is not None
        session.expunge_all()
        return existing, StoreSettings.of(store)


@router.post(
    "/messages",
    response_model=MessagePublic,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": MessagePublic, "description": "the same message again"}, 409: {}, 413: {}},
)
async def create_message(
    payload: MessageCreate, response: Response, _key: IngestKey, factory: SessionFactoryDep, pipeline: PipelineDep
) -> MessagePublic:
    digest = content_hash(payload)
    # The encoder works on the text while the message is being made durable; the answer still waits
    # for both, so a 2xx means stored and decided.
    analysis = pipeline.start_analysis(payload.body, payload.subject)
    try:
        try:
            message, store = await pipeline.writer.run(_store_job(payload, digest))
            created = True
        except IntegrityError:
            message, store = await run_in_threadpool(_stored_before, factory, payload, digest)
            created = False
        if message.status == Status.received.value:
            # New, or a retry of one whose first attempt is still running or died: finishing it is safe,
            # since only one decision can ever be recorded. A retry's stored text is this one (same hash).
            message = await pipeline.finish(message=message, store=store, analysis=analysis)
    finally:
        analysis.cancel()  # not needed (a replay of a decided message, a 409) or already done
    if not created:
        response.status_code = status.HTTP_200_OK
    return to_public(message)


@router.get("/messages/{message_pk}", response_model=MessagePublic)
def get_message(message_pk: str, key: AnyKey, session: SessionDep) -> MessagePublic:
    message = session.get(Message, message_pk) if len(message_pk) <= 64 else None
    if message is None or message.status == Status.received.value or not _may_read(session, key, message):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "message not found")
    return to_public(message)


def _may_read(session: Session, key: ApiKey, message: Message) -> bool:
    """Ingest jobs and admins read any message; a reviewer what the queue lets them see."""
    if key.role != Role.reviewer.value:
        return True
    reviewer = session.get(Reviewer, key.reviewer_id) if key.reviewer_id else None
    viewer = Viewer(key=key, reviewer=reviewer if reviewer is not None and reviewer.active else None)
    return visible_message(session=session, viewer=viewer, message_pk=message.id) is not None

"""Take a stored message to its recorded decision, exactly once."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from threadpoolctl import threadpool_limits

from models.artifact import ModelArtifact, Prediction
from policies import PolicyResult, check_draft
from service.audit import service as audit
from service.config import Settings
from service.group_commit import GroupCommitWriter
from service.messages.models import Message, Status
from service.messages.service import record_decision
from service.pipeline.analyze import combine, prepare
from service.pipeline.batcher import MicroBatcher
from service.pipeline.decide import Analysis, decide, due_at
from service.pipeline.models import BatchModel
from service.pipeline.normalize import for_encoder
from service.queue.service import enqueue, open_item_for, queue_place, thread_key
from service.replies.drafting import draft_reply
from service.stores.models import Store, StoreSettings
from service.templates_admin.library import library_for
from service.timeutil import as_utc

log = logging.getLogger("handoff.pipeline")

# Batches handed to a regrouping model at once: enough that texts never queue here while it has room.
HAND_OVER_IN_FLIGHT = 16


def check_encoder(artifact: ModelArtifact, encoder_id: str) -> None:
    """The heads only make sense on the embeddings they were trained on."""
    if artifact.encoder_id != encoder_id:
        raise ValueError(
            f"model {artifact.version} was trained on encoder {artifact.encoder_id!r}, "
            f"but the configured encoder is {encoder_id!r}: retrain with python -m training.fit"
        )


class Pipeline:
    def __init__(
        self, *, model: BatchModel, artifact: ModelArtifact, settings: Settings, factory: sessionmaker[Session]
    ) -> None:
        # The heads' numpy work is tiny; OpenBLAS's own threads would only spin against torch's for the
        # two cores (measured: single-message encode 27 ms -> 11 ms with BLAS kept to one thread).
        threadpool_limits(1, user_api="blas")
        self.model = model
        self.artifact = artifact
        self.factory = factory
        self.settings = settings
        # The hot writes (store a message, record its decision) share transactions under load.
        self.writer = GroupCommitWriter(factory)
        # One batch through the encoder and the heads: the heads are cheap per batch, costly per message.
        # A model that regroups texts itself gets them as they come: waiting here to batch them would only
        # hold back texts its idle workers could start on.
        self.batcher: MicroBatcher[Prediction] = MicroBatcher(
            model.predict, max_size=settings.batch_max_size,
            max_wait_ms=0.0 if model.regroups else settings.batch_max_wait_ms,
            in_flight=HAND_OVER_IN_FLIGHT if model.regroups else settings.batch_in_flight,
        )
        check_encoder(artifact, model.encoder_id)

    async def analyse(self, body: str, subject: str | None) -> Analysis:
        clean, encoder_text = prepare(body, subject)
        encoder_text = encoder_text or for_encoder(body)
        started = time.perf_counter()
        prediction = await self.batcher.encode(encoder_text)
        encoded = time.perf_counter()
        analysis = combine(clean_text=clean, prediction=prediction, artifact=self.artifact,
                           supported_languages=self.settings.supported_languages)
        analysis.details["encode_ms"] = round((encoded - started) * 1000, 2)
        analysis.details["classify_ms"] = round((time.perf_counter() - encoded) * 1000, 2)
        return analysis

    async def process(self, *, message_pk: str) -> None:
        """Finish a stored message by id (recovery)."""
        loaded = await run_in_threadpool(_load, self.factory, message_pk)
        if loaded is not None:
            await self.finish(message=loaded[0], store=loaded[1])

    def start_analysis(self, body: str, subject: str | None) -> asyncio.Task[Analysis]:
        """Start analysing a message before it is stored, for `finish(analysis=...)`.

        The analysis needs only the text, so the encoder can work while the store commits. Under load
        the commit waits its turn at the group-commit writer, and requests reached the batcher only
        after it: measured at concurrency 32, the encoder then sat with no batch 10% of the time.
        A task nobody collects is cancelled by the caller; if it failed first, its error was already
        reported by finish or is not needed.
        """
        task = asyncio.ensure_future(self.analyse(body, subject))
        task.add_done_callback(_retrieve_exception)
        return task

    async def finish(
        self, *, message: Message, store: StoreSettings, analysis: Awaitable[Analysis] | None = None
    ) -> Message:
        """Decide a stored message and record the decision; returns the message as recorded.

        `analysis`, if given, is `start_analysis` of this message's body and subject.
        If another worker recorded first, its decision stands and is what comes back.
        """
        started = time.perf_counter()
        try:
            values, outbox_text = await self._decide(message, store, analysis)
        except Exception:
            # Never leave a buyer unanswered because the model failed: a person takes it, soon.
            log.exception("pipeline failed for message %s; handing off", message.id)
            values = _failed_values(message, self.artifact.version)
            outbox_text = None
        values["decision"]["timing_ms"] = round((time.perf_counter() - started) * 1000, 2)
        for attempt in range(3):
            try:
                return await self.writer.run(_record_job(message, values, outbox_text))
            except IntegrityError:
                # Two first messages of one thread raced to open its queue item; the loser merges on retry.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    async def _decide(
        self, message: Message, store: StoreSettings, pending: Awaitable[Analysis] | None
    ) -> tuple[dict[str, Any], str | None]:
        thread_in_queue = bool(message.thread_id) and await run_in_threadpool(_thread_open_in, self.factory, message)
        analysis = await (pending if pending is not None else self.analyse(message.body, message.subject))
        draft = draft_reply(
            intent=analysis.intent, seed=message.id, buyer_name=message.buyer_name,
            order_id=message.order_id, order=message.order,
            library=await library_for(self.factory, analysis.language, analysis.intent),
        )
        policy: PolicyResult | None = None
        if draft.text is not None:
            policy = check_draft(
                draft.text, marketplace=message.marketplace, allowed_phone_numbers=store.allowed_phone_numbers,
            )
        thresholds = self.artifact.thresholds
        decision = decide(
            analysis=analysis,
            thresholds=thresholds,
            received_at=as_utc(message.received_at),
            draft_available=draft.text is not None,
            draft_language=draft.language,
            draft_missing=draft.missing,
            policy_allowed=policy.allowed if policy else True,
            auto_reply_enabled=store.auto_reply_enabled,
            thread_in_queue=thread_in_queue,
        )
        policy_dict = policy.to_dict() if policy else {"allowed": True, "violations": []}
        values: dict[str, Any] = {
            "status": decision.status,
            "clean_text": analysis.clean_text,
            "language": analysis.language,
            "intent": analysis.intent,
            "intent_confidence": analysis.confidence,
            "urgency": decision.urgency,
            "due_at": decision.due_at,
            "reasons": decision.reasons,
            "reply_text": draft.text,
            "reply_template": draft.template,
            "policy": policy_dict,
            "model_version": self.artifact.version,
            "decision": {
                "analysis": {k: v for k, v in asdict(analysis).items() if k != "clean_text"},
                "threshold": thresholds.get(analysis.intent),
                "encoder": self.model.encoder_id,
                "draft_missing": draft.missing,
                "draft_rejected_fields": draft.rejected_fields,
                "auto_reply_enabled": store.auto_reply_enabled,
            },
        }
        outbox_text = draft.text if decision.status == Status.auto_replied.value else None
        return values, outbox_text


def _retrieve_exception(task: asyncio.Task[Analysis]) -> None:
    if not task.cancelled():
        task.exception()  # marks it retrieved: asyncio would log an unused task's error otherwise


def _thread_open_in(factory: sessionmaker[Session], message: Message) -> bool:
    with factory() as session:
        return open_item_for(session=session, store_id=message.store_id, key=thread_key(message)) is not None


def _load(factory: sessionmaker[Session], message_pk: str) -> tuple[Message, StoreSettings] | None:
    with factory() as session:
        message = session.get(Message, message_pk)
        if message is None or message.status != Status.received.value:
            return None
        store = session.get(Store, message.store_id)
        assert store is not None
        session.expunge_all()
        return message, StoreSettings.of(store)


def _record_job(message: Message, values: dict[str, Any], outbox: str | None) -> Callable[[Session], Message]:
    def job(session: Session) -> Message:
        handed_off = values["status"] == Status.needs_review.value
        place = queue_place(session=session, message=message) if handed_off else None
        decided = {**values, "item_id": place.item_id} if place is not None else values
        recorded = record_decision(session=session, message_pk=message.id, values=decided, outbox_text=outbox)
        if recorded is None:  # decided elsewhere first: return that decision
            earlier = session.get(Message, message.id)
            assert earlier is not None
            return earlier
        if place is not None:
            enqueue(session=session, message=recorded, urgency=values["urgency"], due=values["due_at"], place=place)
        audit.record(
            session=session, actor="system", action="decided", message_pk=message.id, item_id=recorded.item_id,
            after={k: values[k] for k in ("status", "intent", "urgency", "reasons", "reply_template")},
            model_version=values.get("model_version"),
        )
        return recorded

    return job


def _failed_values(message: Message, model_version: str) -> dict[str, Any]:
    urgency = "high"  # unknown content: a person looks within hours
    return {
        "status": Status.needs_review.value,
        "language": "und",
        "intent": "other",
        "intent_confidence": 0.0,
        "urgency": urgency,
        "due_at": due_at(as_utc(message.received_at), urgency),
        "reasons": ["processing_error"],
        "reply_text": None,
        "reply_template": None,
        "policy": {"allowed": True, "violations": []},
        "model_version": model_version,
        "decision": {"error": True},
    }

"""A message stored but not decided (the process died in between) is finished on the next start."""

from __future__ import annotations

import time

from sqlalchemy import func, select

from models.artifact import ModelArtifact
from models.encoder import Encoder
from service.app import create_app
from service.config import Settings
from service.db import make_engine, make_session_factory, transaction
from service.messages.models import Message, OutboxReply
from service.messages.schemas import MessageCreate
from service.messages.service import content_hash, ensure_store, new_message
from tests.conftest import LiveService, free_port, serve, unique


def test_undecided_message_is_finished_on_restart(live: LiveService, encoder: Encoder,
                                                  artifact: ModelArtifact) -> None:
    payload = MessageCreate(message_id=unique(), store_id=unique("store"), order_id="114-5529301-7781125",
                            body="Hi, has my order shipped yet? Could I get the tracking number?",
                            order={"status": "shipped", "carrier": "UPS", "tracking_number": "1Z999AA10123456784",
                                   "estimated_delivery": "2026-11-30", "ship_date": "2026-11-24"})
    engine = make_engine(live.database_url)
    factory = make_session_factory(engine)
    # Exactly what POST /messages commits before any model work: the state a crash leaves behind.
    with transaction(factory) as session:
        ensure_store(session=session, store_id=payload.store_id)
        message = new_message(payload=payload, digest=content_hash(payload))
        session.add(message)
    pk = message.id

    settings = Settings(database_url=live.database_url, recovery_interval_seconds=3600)
    server, thread = serve(create_app(settings, encoder=encoder, artifact=artifact), free_port())
    try:
        deadline = time.monotonic() + 30
        status = "received"
        while status == "received" and time.monotonic() < deadline:
            with factory() as session:
                status = session.get(Message, pk).status  # type: ignore[union-attr]
            time.sleep(0.1)
        assert status in ("auto_replied", "needs_review", "no_reply_needed")
        with factory() as session:
            outbox = session.scalar(select(func.count()).where(OutboxReply.message_pk == pk))
            assert outbox == (1 if status == "auto_replied" else 0)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        engine.dispose()

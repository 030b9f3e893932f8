"""50 reviewers claiming at once over 500 items: every item claimed exactly once (PostgreSQL with
FOR UPDATE SKIP LOCKED; SQLite, where one writer at a time makes the same promise)."""

from __future__ import annotations

import concurrent.futures
from collections import Counter
from datetime import timedelta

import httpx

from service.db import make_engine, make_session_factory, transaction
from service.messages.models import Message, Status
from service.messages.schemas import MessageCreate
from service.messages.service import content_hash, ensure_store, new_message
from service.queue.service import enqueue, queue_place
from service.timeutil import utcnow
from tests.conftest import LiveService, unique
from tests.integration.queue_helpers import make_team


def seed_items(database_url: str, store_id: str, count: int) -> set[str]:
    """Handed-off messages written straight to the database: this test is about claiming, not ingest."""
    engine = make_engine(database_url)
    ids: set[str] = set()
    with transaction(make_session_factory(engine)) as session:
        ensure_store(session=session, store_id=store_id)
        now = utcnow()
        for i in range(count):
            payload = MessageCreate(message_id=unique(), store_id=store_id, body=f"help with order {i}")
            message: Message = new_message(payload=payload, digest=content_hash(payload))
            message.status = Status.needs_review.value
            message.intent, message.urgency = "complaint", "high"
            message.due_at = now + timedelta(minutes=i)
            place = queue_place(session=session, message=message)
            message.item_id = place.item_id
            session.add(message)
            item = enqueue(session=session, message=message, urgency="high", due=now + timedelta(minutes=i),
                           place=place)
            ids.add(item.id)
    engine.dispose()
    return ids


def test_fifty_concurrent_claimers_take_each_item_once(live: LiveService) -> None:
    team = make_team(live, reviewers=50, max_open_items=1000)
    items = seed_items(live.database_url, team.store_id, 500)

    def claimer(index: int) -> list[str]:
        got: list[str] = []
        with httpx.Client(base_url=live.base_url, headers={"X-API-Key": team.reviewers[index]["api_key"]},
                          timeout=60) as client:
            while True:
                r = client.post("/queue/claim", json={"store_id": team.store_id})
                if r.status_code == 204:
                    return got
                assert r.status_code == 200, r.text
                got.append(r.json()["id"])

    with concurrent.futures.ThreadPoolExecutor(50) as pool:
        results = list(pool.map(claimer, range(50)))
    claimed = Counter(i for batch in results for i in batch)
    assert set(claimed) == items
    assert max(claimed.values()) == 1
    assert sum(1 for batch in results if batch) > 10  # the work really was spread across claimers

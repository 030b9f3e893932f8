"""Group commit on real databases: concurrent jobs share transactions, a failing job fails alone, and
nothing is reported done before it is committed."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from service.db import make_engine, make_session_factory
from service.group_commit import GroupCommitWriter
from service.messages.models import Message
from service.messages.schemas import MessageCreate
from service.messages.service import content_hash, ensure_store, new_message
from service.migrate import upgrade
from tests.conftest import unique


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest) -> str:
    return str(request.getfixturevalue(f"{request.param}_url"))


def insert(store_id: str, message_id: str) -> object:
    def job(session: Session) -> str:
        ensure_store(session=session, store_id=store_id)
        payload = MessageCreate(message_id=message_id, store_id=store_id, body=f"where is order {message_id}")
        message = new_message(payload=payload, digest=content_hash(payload))
        session.add(message)
        session.flush()
        session.expunge(message)
        return message.id

    return job


def test_concurrent_jobs_share_commits_and_a_failing_job_fails_alone(database_url: str) -> None:
    engine = make_engine(database_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    store = unique("store")
    writer = GroupCommitWriter(factory)

    def broken(session: Session) -> None:
        raise ValueError("this job breaks")

    async def scenario() -> list[object]:
        await writer.start()
        jobs = [insert(store, f"m{i}") for i in range(40)]
        jobs.insert(10, insert(store, "m3"))  # the same message_id again: a unique-constraint hit
        jobs.insert(20, broken)
        results: list[object] = await asyncio.gather(*(writer.run(job) for job in jobs), return_exceptions=True)  # type: ignore[arg-type]
        await writer.stop()
        return results

    results = asyncio.run(scenario())
    failures = [r for r in results if isinstance(r, BaseException)]
    assert len(failures) == 2
    assert any(isinstance(f, IntegrityError) for f in failures)
    assert any(isinstance(f, ValueError) for f in failures)
    # Every other job committed, each exactly once, and fewer transactions than jobs ran.
    with factory() as session:
        stored = session.scalar(select(func.count()).select_from(Message).where(Message.store_id == store))
    assert stored == 40
    assert writer.jobs == 42
    assert writer.batches < writer.jobs
    engine.dispose()


def test_a_clean_batch_runs_without_savepoints_and_a_failure_reruns_it_isolated(database_url: str) -> None:
    """Savepoints cost two statements per job; they are only paid when a job actually fails."""
    from sqlalchemy import event

    engine = make_engine(database_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    store = unique("store")
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(str(args[2]).upper()))
    writer = GroupCommitWriter(factory)

    async def run(jobs: list[object]) -> list[object]:
        await writer.start()
        results: list[object] = await asyncio.gather(*(writer.run(job) for job in jobs), return_exceptions=True)  # type: ignore[arg-type]
        await writer.stop()
        return results

    clean = asyncio.run(run([insert(store, f"c{i}") for i in range(20)]))
    assert not any(isinstance(r, BaseException) for r in clean)
    assert not any("SAVEPOINT" in s for s in statements)

    statements.clear()
    mixed = asyncio.run(run([insert(store, "c1"), insert(store, "fresh")]))  # c1 is a duplicate
    assert isinstance(mixed[0], IntegrityError) and isinstance(mixed[1], str)
    assert any("SAVEPOINT" in s for s in statements)
    with factory() as session:
        stored = session.scalar(select(func.count()).select_from(Message).where(Message.store_id == store))
    assert stored == 21
    engine.dispose()


def test_storing_jobs_read_their_store_once_per_transaction(database_url: str) -> None:
    """The writer stores many messages of one store per transaction; the store's settings are read
    once per transaction, and a store created in a rolled-back attempt is created again, not assumed."""
    from sqlalchemy import event

    from service.messages.views import _store_job

    engine = make_engine(database_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(str(args[2]).upper()))
    writer = GroupCommitWriter(factory)

    def job(store_id: str, message_id: str) -> object:
        payload = MessageCreate(message_id=message_id, store_id=store_id, body=f"where is order {message_id}")
        return _store_job(payload, content_hash(payload))

    async def run(jobs: list[object]) -> list[object]:
        await writer.start()
        results: list[object] = await asyncio.gather(*(writer.run(j) for j in jobs), return_exceptions=True)  # type: ignore[arg-type]
        await writer.stop()
        return results

    # A new store whose first batch fails once (a duplicate) and is rerun with savepoints.
    fresh = unique("store")
    first = asyncio.run(run([job(fresh, "a"), job(fresh, "a"), job(fresh, "b")]))
    assert [type(r).__name__ for r in first] == ["tuple", "IntegrityError", "tuple"]
    assert all(settings.auto_reply_enabled for _, settings in (r for r in first if isinstance(r, tuple)))

    statements.clear()
    before = writer.batches
    second = asyncio.run(run([job(fresh, f"m{i}") for i in range(30)]))
    assert not any(isinstance(r, BaseException) for r in second)
    store_reads = [s for s in statements if s.startswith("SELECT") and "FROM STORES" in s]
    assert 1 <= len(store_reads) <= writer.batches - before < 30
    with factory() as session:
        stored = session.scalar(select(func.count()).select_from(Message).where(Message.store_id == fresh))
    assert stored == 32
    engine.dispose()


def test_decisions_of_a_batch_are_written_together_once_each_and_a_thread_shares_one_item(
    database_url: str,
) -> None:
    """The writer flushes a batch once, at its end: a message recorded twice in one batch is still
    decided once, and a thread's messages join the item opened earlier in the same batch (still
    unflushed when the next one looks for it). Two writers (two replicas) racing to open a
    thread's item end with one item: on PostgreSQL both INSERT it at once (a barrier holds them until
    both are there), the loser's batch fails on the partial unique index and, rerun with savepoints,
    merges into the winner's item. (SQLite has one writer: the second sees the first's item.)"""
    import contextlib
    import threading

    from sqlalchemy import event

    from service.audit.models import AuditEvent
    from service.messages.views import _store_job
    from service.pipeline.processor import _failed_values, _record_job
    from service.queue.models import ReviewItem

    engine = make_engine(database_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    store, thread = unique("store"), unique("thread")
    racing = threading.Event()
    barrier = threading.Barrier(2, timeout=5)
    during_race: list[str] = []

    def meet_before_opening_the_item(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if not racing.is_set():
            return
        during_race.append(statement.upper())
        if statement.startswith("INSERT INTO review_items") and barrier.n_waiting < 2 and not barrier.broken:
            with contextlib.suppress(threading.BrokenBarrierError):  # the other never came: no race
                barrier.wait()

    event.listen(engine, "before_cursor_execute", meet_before_opening_the_item)

    def stored(message_id: str, thread_id: str | None) -> object:
        payload = MessageCreate(message_id=message_id, store_id=store, thread_id=thread_id, body="help please")
        return _store_job(payload, content_hash(payload))

    async def run(writer: GroupCommitWriter, jobs: list[object]) -> list[object]:
        return await asyncio.gather(*(writer.run(j) for j in jobs))  # type: ignore[arg-type]

    async def record_with_retry(writer: GroupCommitWriter, message: Message) -> Message:
        for _ in range(3):
            try:
                result: Message = await writer.run(_record_job(message, _failed_values(message, "t"), None))
                return result
            except IntegrityError:
                continue
        raise AssertionError("never recorded")

    async def scenario() -> tuple[list[Message], list[Message]]:
        one, two = GroupCommitWriter(factory), GroupCommitWriter(factory)
        await one.start()
        await two.start()
        messages = [m for m, _ in await run(one, [stored(f"m{i}", thread if i < 4 else None) for i in range(30)])]
        jobs = [_record_job(m, _failed_values(m, "t"), None) for m in messages + messages[:5]]
        recorded: list[Message] = await run(one, jobs)  # type: ignore[assignment]
        same_thread = [m for m, _ in await run(one, [stored(f"s{i}", "race-" + store) for i in range(2)])]
        if engine.dialect.name == "postgresql":  # SQLite's one writer cannot race itself
            racing.set()
        racers = await asyncio.gather(record_with_retry(one, same_thread[0]), record_with_retry(two, same_thread[1]))
        racing.clear()
        await one.stop()
        await two.stop()
        return recorded, list(racers)

    recorded, racers = asyncio.run(scenario())
    assert all(m.status == "needs_review" and m.item_id for m in recorded)
    thread_items = {m.item_id for m in recorded[:4]}
    assert len(thread_items) == 1 and len({m.item_id for m in recorded[4:30]}) == 26
    assert [m.item_id for m in recorded[30:]] == [m.item_id for m in recorded[:5]]  # the first decision stands
    assert racers[0].item_id == racers[1].item_id
    with factory() as session:
        audits = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.message_pk.in_([m.id for m in recorded[:30]])))
        item = session.get(ReviewItem, thread_items.pop())
        race_items = session.scalar(select(func.count()).select_from(ReviewItem).where(
            ReviewItem.store_id == store, ReviewItem.thread_key == "t:race-" + store))
    assert audits == 30
    assert item is not None and item.message_count == 4
    assert race_items == 1
    if engine.dialect.name == "postgresql":  # the loser's batch failed on the index and was rerun isolated
        assert any(statement.startswith("SAVEPOINT") for statement in during_race)
    engine.dispose()

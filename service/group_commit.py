"""Group commit: the hot write transactions of concurrent requests share one database transaction.

Every POST /messages writes twice (store the message, record its decision). One transaction each costs a
BEGIN, a COMMIT with its fsync, a session, a pooled connection and a thread hand-off, and under load
dozens of request threads queue for SQLite's single writer and for the GIL. Here one writer thread takes
every job waiting at that moment, runs them in one transaction, and commits once; while it commits,
the next jobs gather. Nothing is acknowledged before the commit that makes it durable returns.

A job that fails (a unique-constraint hit, say) fails alone; the others commit. Failures are rare, so a
batch first runs without savepoints (two statements per job saved, about a third of the writer's work)
and flushes once at the end, so the rows its jobs add whose keys are known up front (messages, queue
items) go out as one multi-row INSERT per table (rows with database-made keys, audit and outbox, still
go one by one: SQLite returns their keys a row at a time); only
when a job or that flush fails is the whole transaction rolled back and the batch run again with each
job in its own SAVEPOINT (flushed as the savepoint is released, so a failure is its job's). Jobs must
therefore be safe to run twice (they are: each builds its rows afresh and the rollback undid the first
run), and must not count on a flush before they return: a job that needs a key fills it itself. If the
commit itself fails, every job in the batch fails and none of their work is kept.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from service.background import QueueWorker
from service.db import transaction

T = TypeVar("T")
Job = Callable[[Session], Any]

log = logging.getLogger("handoff.group_commit")


class GroupCommitWriter(QueueWorker[Job]):
    name = "group-commit"

    def __init__(self, factory: sessionmaker[Session], *, max_jobs: int = 64) -> None:
        super().__init__(thread_name="db-writer")
        self._factory = factory
        self._max_jobs = max_jobs
        self.jobs = 0

    async def run(self, job: Callable[[Session], T]) -> T:
        """Run job(session) in the next group transaction; returns once that transaction committed.

        What the job returns comes back detached (the writer expunges everything once it is flushed),
        so the caller may read it after the commit."""
        result: T = await self._submit(job)
        return result

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            # No waiting: while one batch commits, the next gathers by itself.
            batch = await self._next_batch(max_size=self._max_jobs, max_wait=0.0)
            outcomes = await loop.run_in_executor(self._executor, self._commit, [job for job, _ in batch])
            self.batches += 1
            self.jobs += len(batch)
            for (_, future), (ok, value) in zip(batch, outcomes, strict=True):
                if future.done():  # the request went away (client disconnected): its work stands
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)

    def _commit(self, jobs: list[Job]) -> list[tuple[bool, Any]]:
        try:
            return self._run_jobs(jobs, isolated=False)
        except _JobFailed:
            return self._run_jobs(jobs, isolated=True)

    def _run_jobs(self, jobs: list[Job], *, isolated: bool) -> list[tuple[bool, Any]]:
        outcomes: list[tuple[bool, Any]] = []
        try:
            with transaction(self._factory) as session:
                for job in jobs:
                    try:
                        with session.begin_nested() if isolated else contextlib.nullcontext():
                            result = job(session)
                        if isolated:  # flushed with its savepoint: a later job's rollback must not expire it
                            session.expunge_all()
                        outcomes.append((True, result))
                    except Exception as exc:
                        if not isolated:  # roll the whole batch back and run it again, isolated
                            raise _JobFailed from exc
                        outcomes.append((False, exc))  # this job alone rolled back to its savepoint
                if not isolated:
                    try:
                        session.flush()
                    except Exception as exc:  # some job's rows broke a constraint: find whose, isolated
                        raise _JobFailed from exc
                    session.expunge_all()
        except _JobFailed:
            raise
        except Exception as exc:
            return self._failed(jobs, exc)
        return outcomes

    @staticmethod
    def _failed(jobs: list[Job], exc: Exception) -> list[tuple[bool, Any]]:
        # BEGIN or COMMIT failed: nothing in this batch is durable, so every job fails.
        log.exception("group commit of %d jobs failed", len(jobs))
        return [(False, exc)] * len(jobs)


class _JobFailed(Exception):
    """A job failed in a batch run without savepoints."""

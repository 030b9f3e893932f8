"""Prometheus metrics. Each app has its own registry (tests run several apps in one process).

HTTP requests and latencies are counted in this process. Decisions, queue depth and SLA breaches are
read from the database at scrape time (cached for a few seconds), so they are exact, survive restarts,
and read the same on every replica: aggregate them with max(), not sum(). Model inference time comes
from the timings each decision records, observed once per decision as it appears in the database.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from fastapi import FastAPI
from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, sessionmaker
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.messages.models import Message as BuyerMessage
from service.messages.models import Status
from service.queue.models import ReviewItem
from service.timeutil import as_utc, utcnow

URGENCIES = ("urgent", "high", "normal")
SNAPSHOT_SECONDS = 5.0
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
INFERENCE_BUCKETS = (0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0)


class _DatabaseCollector(Collector):
    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def describe(self) -> list[Metric]:
        return []  # names depend on the data; nothing to check for clashes up front

    def collect(self) -> Iterator[Metric]:
        snap = self.metrics.snapshot
        if snap is None:
            return
        decisions = CounterMetricFamily("handoff_decisions", "Decided buyer messages by status and model intent",
                                        labels=["status", "intent"])
        for (status, intent), n in sorted(snap["decisions"].items()):
            decisions.add_metric([status, intent], n)
        yield decisions
        depth = GaugeMetricFamily("handoff_queue_depth", "Open review items by urgency", labels=["urgency"])
        overdue = GaugeMetricFamily("handoff_queue_overdue", "Open review items past their deadline",
                                    labels=["urgency"])
        for urgency in URGENCIES:
            depth.add_metric([urgency], snap["depth"].get(urgency, 0))
            overdue.add_metric([urgency], snap["overdue"].get(urgency, 0))
        yield depth
        yield overdue
        breaches = CounterMetricFamily("handoff_sla_breaches",
                                       "Review items answered after their deadline or still open past it",
                                       labels=["urgency"])
        for urgency in URGENCIES:
            breaches.add_metric([urgency], snap["breaches"].get(urgency, 0))
        yield breaches
        if snap.get("model"):
            info = GaugeMetricFamily("handoff_model_info", "The model version serving decisions",
                                     labels=["version", "encoder"])
            info.add_metric([snap["model"]["version"], snap["model"]["encoder"]], 1)
            yield info


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter("handoff_http_requests", "HTTP requests by method, route and status",
                                ["method", "route", "status"], registry=self.registry)
        self.latency = Histogram("handoff_http_request_duration_seconds", "HTTP request latency by route",
                                 ["method", "route"], buckets=LATENCY_BUCKETS, registry=self.registry)
        self.inference = Histogram("handoff_model_inference_seconds",
                                   "Model time per decided message: encode (embedding) and classify (heads)",
                                   ["stage"], buckets=INFERENCE_BUCKETS, registry=self.registry)
        self.decision_time = Histogram("handoff_decision_duration_seconds",
                                       "Whole pipeline time per decided message", buckets=LATENCY_BUCKETS,
                                       registry=self.registry)
        self.snapshot: dict[str, Any] | None = None
        self._snapshot_at = 0.0
        self._lock = threading.Lock()
        # Decisions are observed from the moment this process starts; a short overlap plus the ids seen
        # catches rows whose transaction committed a little after their decided_at.
        self._watermark = utcnow()
        self._seen: dict[str, datetime] = {}
        self.registry.register(_DatabaseCollector(self))

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)

    def refresh(self, factory: sessionmaker[Session], model: dict[str, Any] | None) -> None:
        with self._lock:
            now = utcnow()
            with factory() as session:
                self._observe_decisions(session)
                if self.snapshot is None or time.monotonic() - self._snapshot_at > SNAPSHOT_SECONDS:
                    self.snapshot = {**_read(session, now), "model": model}
                    self._snapshot_at = time.monotonic()

    def _observe_decisions(self, session: Session) -> None:
        since = self._watermark - timedelta(seconds=60)
        rows = session.execute(
            select(BuyerMessage.id, BuyerMessage.decided_at, BuyerMessage.decision)
            .where(BuyerMessage.decided_at >= since).order_by(BuyerMessage.decided_at).limit(5000)
        ).all()
        for message_id, decided_at, decision in rows:
            decided = as_utc(decided_at)
            self._watermark = max(self._watermark, decided)
            if message_id in self._seen:
                continue
            self._seen[message_id] = decided
            details = ((decision or {}).get("analysis") or {}).get("details") or {}
            for stage in ("encode", "classify"):
                value = details.get(f"{stage}_ms")
                if isinstance(value, int | float):
                    self.inference.labels(stage).observe(value / 1000)
            total = (decision or {}).get("timing_ms")
            if isinstance(total, int | float):
                self.decision_time.observe(total / 1000)
        horizon = self._watermark - timedelta(seconds=120)
        self._seen = {k: v for k, v in self._seen.items() if v >= horizon}


def _read(session: Session, now: datetime) -> dict[str, Any]:
    decisions = {
        (status, intent or "other"): int(n)
        for status, intent, n in session.execute(
            select(BuyerMessage.status, BuyerMessage.intent, func.count())
            .where(BuyerMessage.status != Status.received.value)
            .group_by(BuyerMessage.status, BuyerMessage.intent)
        ).all()
    }
    depth: dict[str, int] = {}
    overdue: dict[str, int] = {}
    for urgency, n, late in session.execute(
        select(ReviewItem.urgency, func.count(), func.sum(case((ReviewItem.due_at < now, 1), else_=0)))
        .where(ReviewItem.status == "open").group_by(ReviewItem.urgency)
    ).all():
        depth[urgency] = int(n)
        overdue[urgency] = int(late or 0)
    late_answers = dict(
        session.execute(
            select(ReviewItem.urgency, func.count())
            .where(ReviewItem.status == "closed", ReviewItem.closed_at > ReviewItem.due_at)
            .group_by(ReviewItem.urgency)
        ).all()
    )
    breaches = {u: int(late_answers.get(u, 0)) + overdue.get(u, 0) for u in URGENCIES}
    return {"decisions": decisions, "depth": depth, "overdue": overdue, "breaches": breaches}


class MetricsMiddleware:
    """Counts every request by its route template (never the raw path: ids would explode the labels)."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            self.metrics.observe_request(scope["method"], route, status, time.perf_counter() - started)


def install(app: FastAPI) -> None:
    """Give the app its metrics registry and count its requests."""
    app.state.metrics = Metrics()
    app.add_middleware(MetricsMiddleware, metrics=app.state.metrics)

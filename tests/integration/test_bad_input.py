"""Bad input gets a clear 4xx naming the field: never a 500, never a half-written record."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select

from service.db import make_engine, make_session_factory
from service.messages.models import Message
from tests.conftest import LiveService, unique


def messages_in(live: LiveService, store_id: str) -> int:
    engine = make_engine(live.database_url)
    try:
        with make_session_factory(engine)() as session:
            return int(session.scalar(select(func.count()).where(Message.store_id == store_id)) or 0)
    finally:
        engine.dispose()


CASES = [
    ("missing body", lambda p: p.pop("body"), "body"),
    ("missing message_id", lambda p: p.pop("message_id"), "message_id"),
    ("missing store_id", lambda p: p.pop("store_id"), "store_id"),
    ("body not a string", lambda p: p.update(body=["a"]), "body"),
    ("empty body", lambda p: p.update(body=""), "body"),
    ("blank body", lambda p: p.update(body="   \n "), "body"),
    ("20001-char body", lambda p: p.update(body="a" * 20_001), "body"),
    ("NUL in body", lambda p: p.update(body="hello\x00world"), "body"),
    ("NUL in buyer_name", lambda p: p.update(buyer_name="Al\x00ice"), "buyer_name"),
    ("message_id too long", lambda p: p.update(message_id="x" * 256), "message_id"),
    ("bad received_at", lambda p: p.update(received_at="yesterday"), "received_at"),
    ("future received_at", lambda p: p.update(received_at="2999-01-01T00:00:00Z"), "received_at"),
    ("bad order status", lambda p: p.update(order={"status": "teleported"}), "order.status"),
    ("bad quantity", lambda p: p.update(order={"items": [{"sku": "a", "title": "b", "quantity": "lots"}]}),
     "order.items.0.quantity"),
    ("bad date", lambda p: p.update(order={"ship_date": "2026-13-45"}), "order.ship_date"),
    ("bad marketplace", lambda p: p.update(marketplace="United States"), "marketplace"),
    ("unknown field", lambda p: p.update(colour="blue"), "colour"),
]


@pytest.mark.parametrize(("name", "mutate", "field"), CASES, ids=[c[0] for c in CASES])
def test_invalid_fields_are_named(live: LiveService, name: str, mutate: object, field: str) -> None:
    store = unique("store")
    payload = {"message_id": unique(), "store_id": store, "body": "where is my order?"}
    mutate(payload)  # type: ignore[operator]
    with live.client() as client:
        r = client.post("/messages", json=payload)
    assert r.status_code == 422, r.text
    fields = [e["field"] for e in r.json()["detail"]]
    assert field in fields, fields
    assert messages_in(live, store) == 0


def test_invalid_json(live: LiveService) -> None:
    with live.client() as client:
        r = client.post(
            "/messages", content=b'{"message_id": "a", "body": ', headers={"content-type": "application/json"}
        )
    assert r.status_code == 422
    assert r.json()["detail"][0]["type"] == "json_invalid"


def test_body_over_256_kib_is_413(live: LiveService) -> None:
    payload = {"message_id": unique(), "store_id": unique("store"), "body": "a" * (1024 * 1024)}
    with live.client() as client:
        r = client.post("/messages", json=payload)
    assert r.status_code == 413


def test_chunked_body_over_limit_is_413(live: LiveService) -> None:
    def chunks():  # no Content-Length: the server must count as it reads
        yield b'{"message_id": "x", "store_id": "y", "body": "'
        for _ in range(300):
            yield b"a" * 1024
        yield b'"}'

    with live.client() as client:
        r = client.post("/messages", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


@pytest.mark.parametrize("key", [None, "", "hk_wrong", "x" * 500])
def test_bad_api_key_is_401(live: LiveService, key: str | None) -> None:
    headers = {} if key is None else {"X-API-Key": key}
    with httpx.Client(base_url=live.base_url, headers=headers) as client:
        r = client.post("/messages", json={"message_id": unique(), "store_id": "s", "body": "hi"})
    assert r.status_code == 401


def test_reviewer_key_cannot_ingest(live: LiveService) -> None:
    with live.client("reviewer") as client:
        r = client.post("/messages", json={"message_id": unique(), "store_id": "s", "body": "hi"})
    assert r.status_code == 403

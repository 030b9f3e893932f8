"""Drive the web app over plain HTTP (no browser): sign in like a person, keep the session, read tokens."""

from __future__ import annotations

import re

import httpx

CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]*)">')
CSRF_INPUT = re.compile(r'name="csrf_token" value="([^"]+)"')


class UiClient(httpx.Client):
    """Already open once signed in; `with` only closes it at the end."""

    def __enter__(self) -> UiClient:
        return self


def sign_in(base_url: str, key: str, *, next_url: str = "/ui/queue") -> UiClient:
    client = UiClient(base_url=base_url, timeout=60, follow_redirects=False)
    form = client.get("/ui/login")
    token = CSRF_INPUT.search(form.text)
    assert token, form.text[:500]
    response = client.post("/ui/login", data={"key": key, "csrf_token": token.group(1), "next": next_url})
    assert response.status_code == 303, response.text[:500]
    return client


def csrf(client: httpx.Client, page: str = "/ui/queue") -> str:
    found = CSRF_META.search(client.get(page).text)
    assert found and found.group(1), "no CSRF token on the page"
    return found.group(1)

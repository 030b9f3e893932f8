"""Sign-in, sign-out and the app's own static files."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse

from service.api.deps import SessionFactoryDep
from service.audit import service as audit
from service.auth.service import find_key
from service.db import transaction
from service.teams.models import Reviewer
from service.ui.render import ASSET_VERSIONS, STATIC, flash, page, redirect, safe_return
from service.ui.routing import UiRoute
from service.ui.session import (
    ActionDep,
    end_session,
    login_token_ok,
    may_sign_in,
    new_login_token,
    session_user,
    set_login_cookie,
    start_session,
)

router = APIRouter(route_class=UiRoute, include_in_schema=False)
MEDIA_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml"}
_ASSETS = {name: (STATIC / name).read_bytes() for name in ASSET_VERSIONS}


@router.get("/")
def home(request: Request, factory: SessionFactoryDep) -> Response:
    return redirect("/ui/queue" if session_user(request, factory) else "/ui/login")


def _login_page(request: Request, *, next_url: str, error: str | None = None, status_code: int = 200) -> HTMLResponse:
    token = new_login_token()
    response = page(request, "login.html", {"csrf": token, "next": next_url, "error": error},
                    status_code=status_code)
    set_login_cookie(request, response, token)
    return response


@router.get("/login")
def login_form(request: Request, factory: SessionFactoryDep, next: str | None = None) -> Response:
    if session_user(request, factory) is not None:
        return redirect(safe_return(next))
    return _login_page(request, next_url=safe_return(next))


@router.post("/login")
def login(
    request: Request, factory: SessionFactoryDep, key: Annotated[str, Form(max_length=300)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "", next: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    next_url = safe_return(next)
    if not login_token_ok(request, csrf_token):
        return _login_page(request, next_url=next_url, error="The sign-in form expired. Please try again.",
                           status_code=403)
    raw = key.strip()
    with factory() as session:
        found = find_key(session=session, raw=raw) if raw else None
        reviewer = session.get(Reviewer, found.reviewer_id) if found is not None and found.reviewer_id else None
        problem = "That key is not valid (or it was revoked)." if found is None else may_sign_in(found, reviewer)
        if found is not None:
            session.expunge(found)
    if problem is not None or found is None:
        return _login_page(request, next_url=next_url, error=problem, status_code=401)
    with transaction(factory) as session:
        audit.record(session=session, actor=audit.actor_of(found), action="signed_in", after={"via": "ui"})
    response = redirect(next_url)
    start_session(request, response, found)
    return response


@router.get("/api/session")
def whoami(request: Request, factory: SessionFactoryDep) -> Response:
    """Whether this browser is signed in. The sign-in page asks (a same-site request, so the SameSite=Strict
    cookie comes along) to spare a signed-in reviewer who followed a link from chat or mail, which arrives
    without the cookie, a second sign-in."""
    user = session_user(request, factory)
    return JSONResponse({"signed_in": user is not None, "name": user.name if user else None})


@router.post("/logout")
def logout(request: Request, user: ActionDep) -> Response:
    response = redirect("/ui/login")
    end_session(response)
    return flash(request, response, f"Signed out. See you soon, {user.name}.")


@router.get("/static/{name}")
def static(name: str, v: str | None = None) -> Response:
    body = _ASSETS.get(name)
    if body is None:
        raise HTTPException(404, "no such file")
    suffix = name[name.rfind("."):]
    # Pages link assets with ?v=<content hash>: a changed file gets a new address, so the old one may be
    # cached for good and a deploy never serves a stale script with a new page.
    cache = "public, max-age=31536000, immutable" if v == ASSET_VERSIONS[name] else "no-cache"
    return Response(body, media_type=MEDIA_TYPES.get(suffix, "application/octet-stream"),
                    headers={"Cache-Control": cache, "ETag": f'"{ASSET_VERSIONS[name]}"'})

"""Browser sessions: a reviewer key is exchanged once for a signed cookie; forms carry a CSRF token.

The cookie holds the key's database id, a random session id and the CSRF token, signed with
Settings.ui_secret (never the key itself, so a stolen cookie cannot be turned into an API key and
dies with its time limit or the key's revocation). It is HttpOnly (no script reads it), SameSite=Strict
(no other site's page sends it) and Secure when HANDOFF_UI_COOKIE_SECURE is set.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request, Response, status
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy.orm import Session, sessionmaker

from service.api.deps import SessionFactoryDep
from service.auth.models import ApiKey, Role
from service.config import Settings
from service.queue.service import Viewer
from service.teams.models import Reviewer

SESSION_COOKIE = "handoff_session"
LOGIN_COOKIE = "handoff_login"  # a pre-session CSRF token for the sign-in form itself
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
LOGIN_MAX_AGE = 3600


class NotSignedIn(Exception):
    """Raised by page dependencies; the app turns it into a redirect to the sign-in page."""


@dataclass(frozen=True)
class UiUser:
    viewer: Viewer
    csrf: str
    name: str

    @property
    def is_admin(self) -> bool:
        return self.viewer.is_admin

    @property
    def key(self) -> ApiKey:
        return self.viewer.key

    @property
    def reviewer_id(self) -> str | None:
        return self.viewer.reviewer.id if self.viewer.reviewer else None


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _serializer(request: Request, salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(_settings(request).ui_secret, salt=salt)


def _set_cookie(request: Request, response: Response, name: str, value: str, max_age: int) -> None:
    response.set_cookie(name, value, max_age=max_age, path="/", httponly=True, samesite="strict",
                        secure=_settings(request).ui_cookie_secure)


def new_login_token() -> str:
    return secrets.token_urlsafe(24)


def set_login_cookie(request: Request, response: Response, token: str) -> None:
    """The sign-in form's CSRF defence (double submit: this signed cookie and the same value in the form)."""
    _set_cookie(request, response, LOGIN_COOKIE, _serializer(request, "login").dumps(token), LOGIN_MAX_AGE)


def login_token_ok(request: Request, submitted: str) -> bool:
    raw = request.cookies.get(LOGIN_COOKIE)
    if not raw or not submitted:
        return False
    try:
        expected = _serializer(request, "login").loads(raw, max_age=LOGIN_MAX_AGE)
    except BadSignature:
        return False
    return hmac.compare_digest(str(expected), submitted)


def start_session(request: Request, response: Response, key: ApiKey) -> None:
    payload = {"kid": key.id, "sid": secrets.token_urlsafe(12), "csrf": secrets.token_urlsafe(24)}
    max_age = int(_settings(request).ui_session_hours * 3600)
    _set_cookie(request, response, SESSION_COOKIE, _serializer(request, "session").dumps(payload), max_age)
    response.delete_cookie(LOGIN_COOKIE, path="/")


def end_session(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")


def may_sign_in(key: ApiKey, reviewer: Reviewer | None) -> str | None:
    """Why this key cannot use the web app, or None."""
    if key.role not in (Role.reviewer.value, Role.admin.value):
        return "This key is for sending messages in, not for reviewing. Use a reviewer or admin key."
    if key.reviewer_id and (reviewer is None or not reviewer.active):
        return "This reviewer has been deactivated. Ask an admin to reactivate you."
    return None


def _load_user(factory: sessionmaker[Session], payload: dict[str, Any]) -> UiUser | None:
    with factory() as session:
        key = session.get(ApiKey, int(payload["kid"]))
        if key is None or key.revoked_at is not None:
            return None
        reviewer = session.get(Reviewer, key.reviewer_id) if key.reviewer_id else None
        if may_sign_in(key, reviewer) is not None:
            return None
        session.expunge(key)
        if reviewer is not None:
            session.expunge(reviewer)
    name = reviewer.name if reviewer is not None else key.name
    return UiUser(viewer=Viewer(key=key, reviewer=reviewer), csrf=str(payload["csrf"]), name=name)


def session_user(request: Request, factory: sessionmaker[Session]) -> UiUser | None:
    raw = request.cookies.get(SESSION_COOKIE)
    if not raw:
        return None
    max_age = int(_settings(request).ui_session_hours * 3600)
    try:
        payload = _serializer(request, "session").loads(raw, max_age=max_age)
    except BadSignature:
        return None
    if not isinstance(payload, dict) or not {"kid", "csrf"} <= payload.keys():
        return None
    return _load_user(factory, payload)


def current_user(request: Request, factory: SessionFactoryDep) -> UiUser:
    user = session_user(request, factory)
    if user is None:
        raise NotSignedIn()
    return user


def current_admin(user: Annotated[UiUser, Depends(current_user)]) -> UiUser:
    if not user.is_admin:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "This page is for admins.")
    return user


async def csrf_checked(request: Request, user: Annotated[UiUser, Depends(current_user)]) -> UiUser:
    """Every state-changing request carries the session's token, in a form field or a header (fetch)."""
    submitted = request.headers.get(CSRF_HEADER)
    if submitted is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        submitted = str((await request.form()).get(CSRF_FIELD) or "")
    if not submitted or not hmac.compare_digest(submitted, user.csrf):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "The form expired or did not come from this app. "
                                                       "Reload the page and try again.")
    return user


async def admin_csrf_checked(user: Annotated[UiUser, Depends(csrf_checked)]) -> UiUser:
    if not user.is_admin:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "This page is for admins.")
    return user


UserDep = Annotated[UiUser, Depends(current_user)]
AdminDep = Annotated[UiUser, Depends(current_admin)]
ActionDep = Annotated[UiUser, Depends(csrf_checked)]
AdminActionDep = Annotated[UiUser, Depends(admin_csrf_checked)]

"""A route class for the web app: sign-in redirects, HTML error pages, security headers on every page."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import quote

from fastapi import HTTPException, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute

from service.ui.render import page, redirect, secure
from service.ui.session import NotSignedIn, session_user

log = logging.getLogger("handoff.ui")


def wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "") or request.url.path.startswith("/ui/api/")


def error_page(request: Request, status_code: int, detail: object) -> Response:
    if wants_json(request):
        return secure(JSONResponse({"detail": detail}, status_code=status_code))
    titles = {403: "Not allowed", 404: "Not found", 409: "Someone got there first", 422: "That did not work"}
    text = detail if isinstance(detail, str) else "The request could not be completed."
    user = None
    try:
        user = session_user(request, request.app.state.session_factory)
    except Exception:  # the error page must render even when the database is the problem
        log.debug("no user for the error page", exc_info=True)
    return page(request, "error.html", {"title": titles.get(status_code, "Something went wrong"), "detail": text,
                                        "status": status_code}, user=user, status_code=status_code)


class UiRoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def ui_handler(request: Request) -> Response:
            try:
                response = await handler(request)
            except NotSignedIn:
                if wants_json(request):
                    return secure(JSONResponse({"detail": "sign in again"}, status_code=401))
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                return redirect(f"/ui/login?next={quote(target, safe='')}" if request.method == "GET"
                                else "/ui/login")
            except HTTPException as exc:
                return error_page(request, exc.status_code, exc.detail)
            except RequestValidationError as exc:
                fields = ", ".join(str(e.get("loc", ["?"])[-1]) for e in exc.errors())
                return error_page(request, 422, f"Some fields were not valid: {fields}.")
            except Exception:
                log.exception("web app error on %s", request.url.path)
                return error_page(request, 500, "Something went wrong on our side. Reload the page to try again.")
            return secure(response, cache=request.url.path.startswith("/ui/static/"))

        return ui_handler

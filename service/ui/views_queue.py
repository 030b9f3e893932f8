"""The queue: one list across the stores the reviewer may see, earliest deadline first."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request, Response

from service.api.deps import SessionFactoryDep
from service.queue import views as queue_api
from service.queue.schemas import ClaimRequest
from service.timeutil import utcnow
from service.ui import queue_data
from service.ui.queue_data import Filters
from service.ui.render import flash, page, redirect, templates
from service.ui.routing import UiRoute
from service.ui.session import ActionDep, UserDep

router = APIRouter(route_class=UiRoute, include_in_schema=False)


def _context(user: UserDep, factory: SessionFactoryDep, filters: Filters, offset: int) -> dict[str, object]:
    now = utcnow()
    with factory() as session:
        rows = queue_data.list_rows(session=session, viewer=user.viewer, filters=filters, now=now,
                                    limit=queue_data.PAGE + 1, offset=offset)
        counts = queue_data.urgency_counts(session=session, viewer=user.viewer, filters=filters, now=now)
        stores = queue_data.visible_stores(session=session, viewer=user.viewer)
    query = f"?{urlencode(filters.query())}" if filters.query() else ""
    here = "/ui/queue" + query
    return {
        "rows": rows[: queue_data.PAGE], "more": len(rows) > queue_data.PAGE, "offset": offset,
        "next_offset": offset + queue_data.PAGE, "counts": counts, "total": sum(counts.values()),
        "filters": filters, "stores": stores, "here": here, "live_url": "/ui/queue/live" + query, "now": now,
        "no_team": not user.is_admin and (user.viewer.reviewer is None or user.viewer.reviewer.team_id is None),
    }


@router.get("/queue")
def queue_page(request: Request, user: UserDep, factory: SessionFactoryDep, store_id: str | None = None,
               urgency: str | None = None, intent: str | None = None, assignee: str | None = None,
               offset: int = 0) -> Response:
    filters = Filters.parse(store_id, urgency, intent, assignee)
    context = _context(user, factory, filters, max(0, min(offset, 100_000)))
    return page(request, "queue.html", {"page": "queue", **context}, user=user)


@router.get("/queue/live")
def queue_live(request: Request, user: UserDep, factory: SessionFactoryDep, store_id: str | None = None,
               urgency: str | None = None, intent: str | None = None, assignee: str | None = None) -> Response:
    """The counts and rows alone, for the page's periodic refresh."""
    filters = Filters.parse(store_id, urgency, intent, assignee)
    context = _context(user, factory, filters, 0)
    return templates.TemplateResponse(request, "_queue_live.html", {"user": user, **context})


@router.post("/next")
def next_item(request: Request, user: ActionDep, factory: SessionFactoryDep) -> Response:
    """Take the most pressing item (the queue's own claim rule) and open it."""
    try:
        item = queue_api.claim(ClaimRequest(), user.viewer, factory, Response())
    except HTTPException as exc:  # at the cap, or the queue is busy
        return flash(request, redirect("/ui/queue"), str(exc.detail), "error")
    if not item:
        return flash(request, redirect("/ui/queue"), "Nothing is waiting for you right now.")
    return redirect(f"/ui/items/{item['id']}")

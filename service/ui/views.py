"""The web app's router: everything under /ui."""

from __future__ import annotations

from fastapi import APIRouter

from service.ui import views_admin, views_auth, views_item, views_queue

router = APIRouter(prefix="/ui", include_in_schema=False)
for part in (views_auth, views_queue, views_item, views_admin):
    router.include_router(part.router)

"""The caller as the queue sees them: their key and reviewer profile."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from service.api.deps import ReviewerKey, SessionFactoryDep
from service.queue.service import Viewer
from service.teams.models import Reviewer


def get_viewer(key: ReviewerKey, factory: SessionFactoryDep) -> Viewer:
    reviewer = None
    if key.reviewer_id:
        with factory() as session:
            reviewer = session.get(Reviewer, key.reviewer_id)
            if reviewer is not None:
                session.expunge(reviewer)
    return Viewer(key=key, reviewer=reviewer if reviewer is not None and reviewer.active else None)


ViewerDep = Annotated[Viewer, Depends(get_viewer)]

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Path, status

from service.api.deps import AdminKey, SessionDep, SessionFactoryDep
from service.db import transaction
from service.messages.service import ensure_store
from service.stores.models import Store
from service.stores.schemas import StorePublic, StoreUpdate
from service.teams.models import Team

router = APIRouter(tags=["stores"])
StoreId = Path(min_length=1, max_length=255)


def _public(store: Store) -> StorePublic:
    return StorePublic(
        id=store.id, name=store.name, auto_reply_enabled=store.auto_reply_enabled,
        allowed_phone_numbers=list(store.allowed_phone_numbers or []), team_id=store.team_id,
    )


@router.get("/stores/{store_id}", response_model=StorePublic)
def get_store(_key: AdminKey, session: SessionDep, store_id: str = StoreId) -> StorePublic:
    store = session.get(Store, store_id)
    if store is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "store not found")
    return _public(store)


@router.put("/stores/{store_id}", response_model=StorePublic)
def put_store(
    body: StoreUpdate, _key: AdminKey, factory: SessionFactoryDep, store_id: str = StoreId
) -> StorePublic:
    """Create or update a store's settings (auto-reply switch, phone allowlist, name)."""
    with transaction(factory) as session:
        if body.team_id and session.get(Team, body.team_id) is None:
            raise HTTPException(422, "team_id: no such team")
        ensure_store(session=session, store_id=store_id)
        store = session.get(Store, store_id, with_for_update=True)
        assert store is not None
        for field, value in body.model_dump(exclude_unset=True).items():
            setattr(store, field, value)
    return _public(store)

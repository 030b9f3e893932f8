"""Import every ORM module so Base.metadata knows all tables (Alembic and tests use it)."""

from service.auth import models as auth_models
from service.messages import models as message_models
from service.stores import models as store_models

__all__ = ["auth_models", "message_models", "store_models"]

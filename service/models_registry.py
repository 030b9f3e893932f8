"""Import every ORM module so Base.metadata knows all tables (Alembic and tests use it)."""

from service.audit import models as audit_models
from service.auth import models as auth_models
from service.messages import models as message_models
from service.queue import models as queue_models
from service.stores import models as store_models
from service.teams import models as team_models
from service.templates_admin import models as template_models

__all__ = [
    "audit_models", "auth_models", "message_models", "queue_models", "store_models", "team_models", "template_models",
]

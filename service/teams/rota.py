"""On duty or not: a reviewer's rota, read in the reviewer's own time zone."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _parse(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours) % 24, int(minutes))


def on_duty(rota: list[dict[str, Any]], timezone: str, now: datetime) -> bool:
    """Empty rota: always on duty. A shift whose end is before its start runs past midnight."""
    if not rota:
        return True
    try:
        local = now.astimezone(ZoneInfo(timezone))
    except ZoneInfoNotFoundError:
        local = now
    weekday, clock = local.weekday(), local.time()
    for shift in rota:
        days = shift.get("days", list(range(7)))
        start, end = _parse(shift.get("start", "00:00")), _parse(shift.get("end", "23:59"))
        if start <= end:
            if weekday in days and start <= clock < end:
                return True
        elif (weekday in days and clock >= start) or ((weekday - 1) % 7 in days and clock < end):
            return True
    return False

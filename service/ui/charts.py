"""Chart geometry for the dashboard. The SVG is drawn by templates; the numbers are worked out here."""

from __future__ import annotations

from typing import Any

# (key in the data, CSS class, legend label)
Series = list[tuple[str, str, str]]


def columns(rows: list[dict[str, Any]], series: Series, *, width: int = 720, height: int = 150,
            label_every: int = 7) -> dict[str, Any]:
    """Stacked columns, one per row (a day), scaled to the busiest; labels under every `label_every`th."""
    n = max(1, len(rows))
    gap = 2.0
    bar = max(1.0, (width - gap * (n - 1)) / n)
    top = max([sum(float(r.get(k) or 0) for k, _, _ in series) for r in rows] or [0.0]) or 1.0
    bars = []
    for i, row in enumerate(rows):
        x = i * (bar + gap)
        y = float(height)
        parts = []
        for key, css, label in series:
            value = float(row.get(key) or 0)
            h = value / top * height
            y -= h
            if value:
                parts.append({"x": round(x, 2), "y": round(y, 2), "w": round(bar, 2), "h": round(h, 2),
                              "css": css, "title": f"{row.get('date', '')}: {value:g} {label.lower()}"})
        bars.append({"parts": parts, "label": row.get("date", "")[5:] if i % label_every == 0 else None,
                     "x": round(x + bar / 2, 2)})
    return {"width": width, "height": height, "bars": bars, "top": top, "series": series}


def share(value: float | None) -> float:
    """A 0..100 length for a rate, for a bar drawn in a 100-wide viewBox."""
    return round(max(0.0, min(1.0, value or 0.0)) * 100, 2)


def stacked(parts: list[tuple[str, float, str]]) -> list[dict[str, Any]]:
    """One horizontal bar split by parts (label, value, css), as 0..100 offsets and lengths."""
    total = sum(v for _, v, _ in parts) or 1.0
    out, x = [], 0.0
    for label, value, css in parts:
        w = value / total * 100
        if value:
            out.append({"x": round(x, 2), "w": round(w, 2), "css": css, "label": label, "value": value})
        x += w
    return out


def relative(values: list[float]) -> list[float]:
    """Lengths 0..100 against the largest value."""
    top = max(values or [0.0]) or 1.0
    return [round(v / top * 100, 2) for v in values]

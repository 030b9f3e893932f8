"""python -m training.promote VERSION: point CURRENT at an existing artifact (roll back or forward).

python -m training.promote --list shows the artifacts with their held-out figures."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from models.artifact import MANIFEST, list_versions, resolve_artifact_dir, set_current
from service.config import get_settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.promote", description=__doc__)
    parser.add_argument("version", nargs="?")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--model-dir", type=Path)
    args = parser.parse_args(argv)
    model_dir = args.model_dir or get_settings().model_dir
    try:
        current = resolve_artifact_dir(model_dir).name
    except FileNotFoundError:
        current = None
    if args.list or not args.version:
        for version in list_versions(model_dir):
            metrics = json.loads((model_dir / version / MANIFEST).read_text()).get("metrics", {}).get("heldout", {})
            mark = "*" if version == current else " "
            print(f"{mark} {version}  macro-F1 {metrics.get('macro_f1')}  auto precision "
                  f"{metrics.get('auto_reply_precision')}  coverage {metrics.get('auto_answerable_coverage')}")
        return 0
    if args.version not in list_versions(model_dir):
        print(f"no artifact {args.version} in {model_dir}", file=sys.stderr)
        return 2
    set_current(model_dir, args.version)
    print(f"CURRENT: {current} -> {args.version} (restart the service or its replicas to load it)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

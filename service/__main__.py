"""python -m service [--host H --port P] | python -m service create-key --role ROLE [--name N]"""

from __future__ import annotations

import argparse
import sys

from service.auth.models import Role


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m service", description="Handoff service")
    sub = parser.add_subparsers(dest="command")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    key = sub.add_parser("create-key", help="create an API key (printed once; only its hash is stored)")
    key.add_argument("--role", required=True, choices=[r.value for r in Role])
    key.add_argument("--name", default="")
    args = parser.parse_args(argv)

    if args.command == "create-key":
        from service.auth.service import create_key
        from service.config import get_settings
        from service.db import make_engine, make_session_factory, transaction
        from service.migrate import upgrade

        engine = make_engine(get_settings().database_url)
        upgrade(engine)
        with transaction(make_session_factory(engine)) as session:
            raw = create_key(session=session, role=Role(args.role), name=args.name or f"{args.role} key")
        print(raw)
        return 0

    import uvicorn

    from service.app import create_app

    uvicorn.run(create_app(), host=args.host, port=args.port, log_level="info")
    return 0


if __name__ == "__main__":
    sys.exit(main())

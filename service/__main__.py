"""python -m service [--host H --port P]          serve
python -m service create-key --role ROLE [--name N] [--reviewer ID]
python -m service create-team NAME [--webhook-url URL]
python -m service create-reviewer NAME --team TEAM_ID [--timezone TZ] [--cap N]   (prints the reviewer's key)
python -m service assign-store STORE_ID --team TEAM_ID"""

from __future__ import annotations

import argparse
import secrets
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
    key.add_argument("--reviewer", default=None, help="reviewer id the key belongs to")
    team = sub.add_parser("create-team", help="create a team (prints its id and webhook secret)")
    team.add_argument("name")
    team.add_argument("--webhook-url", default=None)
    reviewer = sub.add_parser("create-reviewer", help="create a reviewer and print their API key")
    reviewer.add_argument("name")
    reviewer.add_argument("--team", required=True)
    reviewer.add_argument("--timezone", default="UTC")
    reviewer.add_argument("--cap", type=int, default=10)
    store = sub.add_parser("assign-store", help="put a store under a team")
    store.add_argument("store_id")
    store.add_argument("--team", required=True)
    args = parser.parse_args(argv)

    if args.command:
        return admin_command(args)

    import uvicorn

    from service.app import create_app

    uvicorn.run(create_app(), host=args.host, port=args.port, log_level="info")
    return 0


def admin_command(args: argparse.Namespace) -> int:
    from service.auth.service import create_key
    from service.config import get_settings
    from service.db import make_engine, make_session_factory, transaction
    from service.messages.service import ensure_store
    from service.migrate import upgrade
    from service.stores.models import Store
    from service.teams.models import Reviewer, Team

    engine = make_engine(get_settings().database_url)
    upgrade(engine)
    with transaction(make_session_factory(engine)) as session:
        if args.command == "create-key":
            print(create_key(session=session, role=Role(args.role), name=args.name or f"{args.role} key",
                             reviewer_id=args.reviewer))
        elif args.command == "create-team":
            secret = secrets.token_urlsafe(24) if args.webhook_url else None
            team = Team(name=args.name, webhook_url=args.webhook_url, webhook_secret=secret)
            session.add(team)
            session.flush()
            print(f"team {team.id}" + (f"\nwebhook secret {secret}" if secret else ""))
        elif args.command == "create-reviewer":
            if session.get(Team, args.team) is None:
                print(f"no team {args.team}", file=sys.stderr)
                return 2
            person = Reviewer(name=args.name, team_id=args.team, timezone=args.timezone, max_open_items=args.cap,
                              rota=[])
            session.add(person)
            session.flush()
            print(f"reviewer {person.id}")
            print(create_key(session=session, role=Role.reviewer, name=args.name, reviewer_id=person.id))
        elif args.command == "assign-store":
            if session.get(Team, args.team) is None:
                print(f"no team {args.team}", file=sys.stderr)
                return 2
            ensure_store(session=session, store_id=args.store_id)
            found = session.get(Store, args.store_id)
            assert found is not None
            found.team_id = args.team
            print(f"store {args.store_id} -> team {args.team}")
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

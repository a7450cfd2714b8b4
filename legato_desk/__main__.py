"""Entry point: parse arguments, then hand over to the CLI or the GUI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    from legato_desk import cli

    parser = argparse.ArgumentParser(
        prog="legato-desk",
        description="Offline, encrypted companion for key-client counselling.",
    )
    parser.add_argument("--vault", type=Path, metavar="DIR",
                        help="open the vault in DIR (default: your user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open a throwaway vault holding one fictional case")
    parser.add_argument("--language", choices=["system", "en", "de", "pseudo"],
                        help="language of the window texts for this start (default: the "
                             "one chosen in Settings, else the system's); pseudo shows "
                             "long accented texts to check layouts")
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    cli.add_commands(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command:
        from legato_desk import cli

        return cli.run(args)
    from legato_desk import app  # imports Qt: only for the GUI

    return app.main(vault_dir=args.vault, demo=args.demo, smoke=args.smoke,
                    language=args.language)


if __name__ == "__main__":
    sys.exit(main())

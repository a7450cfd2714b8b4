"""Entry point: parse arguments, then hand over to the CLI or the GUI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


class _NotTheGui(Exception):
    """The arguments are not a plain GUI start (see ``parse_args``)."""


class _GuiOnlyParser(argparse.ArgumentParser):
    def error(self, message):
        raise _NotTheGui(message)


def _gui_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--vault", type=Path, metavar="DIR",
                        help="open the vault in DIR (default: your user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open a throwaway vault holding one fictional case")
    parser.add_argument("--language", choices=["system", "en", "de", "pseudo"],
                        help="language of the window texts for this start (default: the "
                             "one chosen in Settings, else the system's); pseudo shows "
                             "long accented texts to check layouts")
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the GUI's options and every command."""
    from legato_desk import cli

    parser = _gui_options(argparse.ArgumentParser(
        prog="legato-desk",
        description="Offline, encrypted companion for key-client counselling.",
    ))
    cli.add_commands(parser)
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The arguments; a GUI start without building the commands' parser.

    Building it (and importing the CLI) took 22-26 ms of every start. Anything
    that is not the GUI's options alone (a command, ``--help``, a mistake) goes
    to the whole parser, so its help, usage and messages are the whole ones.
    """
    argv = sys.argv[1:] if argv is None else argv
    gui = _gui_options(_GuiOnlyParser(add_help=False))
    gui.set_defaults(command=None)
    try:
        args, rest = gui.parse_known_args(argv)
    except _NotTheGui:
        rest = argv
    if rest:
        args = build_parser().parse_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command:
        from legato_desk import cli

        return cli.run(args)
    from legato_desk import app  # imports Qt: only for the GUI

    return app.main(vault_dir=args.vault, demo=args.demo, smoke=args.smoke,
                    language=args.language)


if __name__ == "__main__":
    sys.exit(main())

"""Headless commands for scripting and support. Same code as the GUI, no Qt.

Passphrases come from the terminal (asked twice for a new vault) or, when
standard input is not a terminal, from its first line.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from legato_desk.errors import KnownError
from legato_desk.vault.errors import HeaderDamaged, VaultDamaged

EXIT_OK, EXIT_DAMAGED, EXIT_ERROR = 0, 1, 2


def add_commands(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    init = sub.add_parser("init", help="create a new, empty vault")
    init.add_argument("--vault", type=Path, required=True, metavar="DIR")
    demo = sub.add_parser("demo", help="create a vault holding the fictional demo case")
    demo.add_argument("--vault", type=Path, required=True, metavar="DIR")
    demo.add_argument("--large", action="store_true",
                      help="also add the generated large case of the performance notes")
    demo.add_argument("--cases", type=int, default=0, metavar="N",
                      help="with --large: also add N light generated cases for search "
                           "(performance.md: 200, 100 records each)")
    check = sub.add_parser("check", help="verify encryption and integrity of a vault")
    check.add_argument("--vault", type=Path, required=True, metavar="DIR")
    export = sub.add_parser(
        "export", help="export a case (or statistics) as a PDF for a named audience")
    export.add_argument("--vault", type=Path, required=True, metavar="DIR")
    export.add_argument("--audience", required=True,
                        choices=["supervision", "case_conference", "own_file", "statistics"])
    export.add_argument("--case", metavar="CODE", help="case code (e.g. 2026-007) or id")
    export.add_argument("--person", type=int, metavar="ID",
                        help="own file: the id of the person it is about")
    export.add_argument("--from", dest="date_from", type=_iso_date, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="date_to", type=_iso_date, metavar="YYYY-MM-DD")
    export.add_argument("--language", choices=["en", "de"], default="en")
    export.add_argument("--real-names", action="store_true",
                        help="show real names instead of pseudonyms (identifying!)")
    export.add_argument("--encrypt", action="store_true",
                        help="encrypt the PDF (AES-256); its passphrase is read after the "
                             "vault's")
    export.add_argument("--ground", choices=["consent", "legal_duty", "acute_danger"],
                        help="case conference: the ground the information is shared on")
    export.add_argument("--recipient", default="", help="who receives it (sharing log)")
    export.add_argument("--conference", type=int, metavar="ID",
                        help="case conference: the id of the conference whose record is "
                             "printed")
    export.add_argument("--accept-unreviewed", action="store_true",
                        help="pseudonymised: export although words that look like names "
                             "match nobody of the case and are not reviewed")
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, metavar="FILE.pdf")
    target.add_argument("--review", action="store_true",
                        help="print what a pseudonymised export replaces and which words "
                             "look like names; write nothing")
    mapping = sub.add_parser(
        "map", help="export a case's map as GraphML (pseudonymised by default), or import one")
    mapping.add_argument("action", choices=["export", "import"])
    mapping.add_argument("--vault", type=Path, required=True, metavar="DIR")
    mapping.add_argument("--case", required=True, metavar="CODE",
                         help="case code (e.g. 2026-007) or id")
    mapping.add_argument("file", type=Path, metavar="FILE", help="the .graphml file")
    mapping.add_argument("--real-names", action="store_true",
                         help="export: names, notes and sources instead of codes "
                              "(identifying! needs --recipient and --ground)")
    mapping.add_argument("--recipient", default="",
                         help="export: who receives the file (sharing log)")
    mapping.add_argument("--ground", choices=["internal", "consent", "legal_duty",
                                              "acute_danger"],
                         help="export: the ground it is shared on (default for a "
                              "pseudonymised file: internal)")
    mapping.add_argument("--preview", action="store_true",
                         help="import: print what the file adds and changes; write nothing")
    stats = sub.add_parser(
        "stats", help="anonymous statistics file: export a vault's counts, or add up the "
                      "files of several counsellors into an office total")
    stats_sub = stats.add_subparsers(dest="stats_action", metavar="ACTION", required=True)
    stats_export = stats_sub.add_parser(
        "export", help="write the vault's counts (no codes, names, texts or dates)")
    stats_export.add_argument("--vault", type=Path, required=True, metavar="DIR")
    stats_export.add_argument("--from", dest="date_from", type=_iso_date, metavar="YYYY-MM-DD")
    stats_export.add_argument("--to", dest="date_to", type=_iso_date, metavar="YYYY-MM-DD",
                              help="the period's last day (default: today)")
    stats_export.add_argument("--out", type=Path, required=True, metavar="FILE.json|FILE.csv")
    stats_merge = stats_sub.add_parser(
        "merge", help="add up statistics files of the same period into one office total")
    stats_merge.add_argument("files", type=Path, nargs="+", metavar="FILE")
    stats_merge.add_argument("--out", type=Path, required=True,
                             metavar="MERGED.json|MERGED.csv|MERGED.pdf")
    stats_merge.add_argument("--language", choices=["en", "de"], default="en",
                             help="of the PDF")
    backup = sub.add_parser("backup", help="make an encrypted backup of a vault now")
    backup.add_argument("--vault", type=Path, required=True, metavar="DIR")
    backup.add_argument("--to", type=Path, metavar="DIR",
                        help="backup folder (default: the one set in the vault)")
    restore = sub.add_parser("restore", help="replace a vault by one of its backups")
    restore.add_argument("--vault", type=Path, required=True, metavar="DIR")
    restore.add_argument("--from", dest="source", type=Path, required=True, metavar="BACKUP",
                         help="a backup folder, or a folder of backups (the newest is used)")


def run(args: argparse.Namespace, *, stdin=None, stdout=None, stderr=None) -> int:
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    from legato_desk.hardening import harden_process

    harden_process()  # the CLI holds the data key too: no core dumps
    try:
        if args.command in ("init", "demo"):
            return _create(args, stdin, stdout)
        if args.command == "check":
            return _check(args, stdin, stdout)
        if args.command == "export":
            return _export(args, stdin, stdout)
        if args.command == "map":
            return _map(args, stdin, stdout)
        if args.command == "stats":
            return _stats(args, stdin, stdout)
        if args.command == "backup":
            return _backup(args, stdin, stdout)
        if args.command == "restore":
            return _restore(args, stdin, stdout)
    except (VaultDamaged, HeaderDamaged) as exc:  # a damaged backup, too
        print(exc.message, file=stderr)
        return EXIT_DAMAGED
    except KnownError as exc:
        print(exc.message, file=stderr)
        return EXIT_ERROR
    raise AssertionError(f"unknown command {args.command}")


def _create(args, stdin, stdout) -> int:
    from legato_desk.vault.vault import Vault

    passphrase = _read_passphrase(stdin, "New passphrase: ", confirm=True)
    vault, recovery_key = Vault.create(args.vault, passphrase)
    try:
        if args.command == "demo":
            from legato_desk import demo

            demo.populate(vault)
            if args.large:
                from legato_desk.largecase import generate_large_case

                generate_large_case(vault)
                if args.cases > 0:
                    from legato_desk.largecase import SearchVaultSize, generate_search_vault

                    generate_search_vault(vault, size=SearchVaultSize(cases=args.cases))
    finally:
        vault.close()
    print(f"Vault created in {args.vault}", file=stdout)
    print("Recovery key (shown only now; write it down and keep it apart from "
          "this computer):", file=stdout)
    print(f"    {recovery_key}", file=stdout)
    return EXIT_OK


def _check(args, stdin, stdout) -> int:
    from legato_desk.vault.vault import Vault

    vault = Vault.open(args.vault, _read_passphrase(stdin, "Passphrase: "))
    try:
        cipher = vault.conn.execute("PRAGMA cipher_version").fetchone()[0]
        problems = vault.check(full=True)
        schema = vault.schema_version
        cases = len(vault.cases.list())
    finally:
        vault.close()
    print(f"SQLCipher {cipher}, schema {schema}, {cases} case(s)", file=stdout)
    if problems:
        for problem in problems:
            print(f"problem: {problem}", file=stdout)
        return EXIT_DAMAGED
    print("ok", file=stdout)
    return EXIT_OK


def _iso_date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date of the form YYYY-MM-DD: {text}") from None


def _export(args, stdin, stdout) -> int:
    from legato_desk.exporting import export_pdf, review
    from legato_desk.model.export import Audience, ExportRequest
    from legato_desk.vault.vault import Vault

    vault = Vault.open(args.vault, _read_passphrase(stdin, "Passphrase: "))
    try:
        case_id = _find_case(vault, args.case) if args.case else None
        pdf_passphrase = (_read_passphrase(stdin, "Passphrase for the PDF: ", confirm=True)
                          if args.encrypt and not args.review else None)
        request = ExportRequest.default(
            Audience(args.audience), case_id=case_id, person_id=args.person,
            date_from=args.date_from, date_to=args.date_to, real_names=args.real_names,
            language=args.language, passphrase=pdf_passphrase, recipient=args.recipient,
            conference_id=args.conference, **({"ground": args.ground} if args.ground else {}))
        reviewed = request.audience.per_case and not request.real_names
        found = review(vault, request) if reviewed else None
        if args.review:
            _print_review(found, stdout)
            return EXIT_OK
        if found is not None and found.unreviewed and not args.accept_unreviewed:
            words = found.unreviewed
            raise KnownError(
                "Not exported: {count} word(s) look like names but match nobody of the "
                "case: {words}. Decide on them in the export dialog (redact, add as an "
                "alias, keep), or add --accept-unreviewed to export them as written.",
                count=len(words), words=", ".join(words))
        target = export_pdf(vault, request, args.out)
    finally:
        vault.close()
    print(f"Exported to {target}", file=stdout)
    return EXIT_OK


def _stats(args, stdin, stdout) -> int:
    """``stats export|merge``: the anonymous statistics file, as the export dialog
    writes it, and the office total of several such files."""
    from legato_desk.exporting import export_stats_file, merge_stats_files
    from legato_desk.model.export import Audience, ExportRequest
    from legato_desk.model.stats_file import period_text, suffix_of

    if args.stats_action == "merge":
        total = merge_stats_files(args.files, args.out, language=args.language)
        print(f"Added up {len(args.files)} file(s) ({total.statistics.cases} case(s), "
              f"{period_text(total)}) into {args.out}", file=stdout)
        return EXIT_OK
    from legato_desk.vault.vault import Vault

    suffix_of(args.out.name)  # before the passphrase is asked for
    request = ExportRequest.default(Audience.STATISTICS, date_from=args.date_from,
                                    date_to=args.date_to).checked()
    vault = Vault.open(args.vault, _read_passphrase(stdin, "Passphrase: "))
    try:
        target = export_stats_file(vault, request, args.out)
    finally:
        vault.close()
    print(f"Statistics written to {target}", file=stdout)
    return EXIT_OK


def _print_review(found, stdout) -> None:
    """``export --review``: the review of names, nothing written."""
    if found is None:
        print("Not pseudonymised: nothing is replaced, nothing to review.", file=stdout)
        return
    print("Replaced by a code:", file=stdout)
    for written, code, how, times in found.replaced:
        note = {"inflected": " (inflected)", "spelling": " (one letter off)"}.get(how, "")
        print(f"  {written} -> {code}{note}, {times} time(s)", file=stdout)
    if not found.replaced:
        print("  (no name of the case is in the text)", file=stdout)
    print("Look like names but match nobody (not reviewed):", file=stdout)
    for word, times in found.lookalikes:
        print(f"  {word}, {times} time(s)", file=stdout)
    if not found.lookalikes:
        print("  (none)", file=stdout)


def _map(args, stdin, stdout) -> int:
    """``map export|import``: the map as GraphML, as Map ▸ Export and Import do it."""
    from legato_desk.vault.vault import Vault

    if args.action == "import" and (args.real_names or args.recipient or args.ground):
        raise KnownError("--real-names, --recipient and --ground are for map export.")
    if args.action == "export" and args.preview:
        raise KnownError("--preview is for map import.")
    vault = Vault.open(args.vault, _read_passphrase(stdin, "Passphrase: "))
    try:
        case_id = _find_case(vault, args.case)
        if args.action == "export":
            _map_export(vault, case_id, args, stdout)
        else:
            _map_import(vault, case_id, args, stdout)
    finally:
        vault.close()
    return EXIT_OK


def _map_export(vault, case_id: int, args, stdout) -> None:
    from legato_desk.exporting import case_names
    from legato_desk.model.pseudonyms import person_codes
    from legato_desk.reports.graphml import export_graphml, export_labels, write_graphml

    case = vault.cases.get(case_id)
    state = vault.maps.state(case_id)
    everyone = {p.uid: p for p in state.persons}  # codes as the app numbers them
    for p in vault.maps.snapshot_persons(case_id):
        everyone.setdefault(p.uid, p)
    codes = person_codes(list(everyone.values()))
    names = case_names(vault, case_id, state=state)
    labels = export_labels(state.persons, codes, case.pseudonym, show_names=args.real_names,
                           redact=names.register.redact)
    log = dict(fmt="graphml", real_names=args.real_names, recipient=args.recipient,
               ground=args.ground, what="current map")
    vault.maps.record_export(case_id, check_only=True, **log)
    write_graphml(args.file, export_graphml(state, labels, pseudonymise=not args.real_names,
                                            names=names.register))
    vault.maps.record_export(case_id, **log)
    how = "with real names" if args.real_names else "pseudonymised"
    print(f"Exported the map of {case.code} ({len(state.persons)} person(s), "
          f"{len(state.relations)} tie(s), {how}) to {args.file}", file=stdout)


def _map_import(vault, case_id: int, args, stdout) -> None:
    from legato_desk.reports.graphml import read_graphml

    parsed = read_graphml(args.file)
    plan = vault.maps.plan_merge(case_id, parsed.persons, parsed.ties, parsed.index_uid)
    print(f"{args.file.name}: adds {len(plan.new_persons)} person(s) and "
          f"{len(plan.new_ties)} tie(s), changes {len(plan.changed_persons)} person(s) and "
          f"{len(plan.changed_ties)} tie(s), {plan.same_persons + plan.same_ties} unchanged",
          file=stdout)
    if args.preview:
        print("Preview only: nothing was written.", file=stdout)
        return
    if plan.empty:
        print("Nothing to import.", file=stdout)
        return
    vault.maps.apply_merge(plan)
    print("Imported.", file=stdout)


def _find_case(vault, reference: str) -> int:
    for case in vault.cases.list():
        if reference in (case.code, str(case.id)):
            return case.id
    raise KnownError("There is no case {reference} in this vault.", reference=reference)


def _backup(args, stdin, stdout) -> int:
    from legato_desk.vault import backups
    from legato_desk.vault.vault import Vault

    vault = Vault.open(args.vault, _read_passphrase(stdin, "Passphrase: "))
    try:
        if args.to is not None:
            args.to.mkdir(parents=True, exist_ok=True)
        made = backups.back_up(vault, "manual", folder=args.to)
    finally:
        vault.close()
    print(f"Backup written to {made}", file=stdout)
    return EXIT_OK


def _restore(args, stdin, stdout) -> int:
    from legato_desk.vault import backups
    from legato_desk.vault.vault import Vault

    passphrase = _read_passphrase(stdin, "Passphrase of the backup: ")
    found = backups.list_backups(args.source)
    if not found:
        raise backups.BackupDamaged("There is no legato-desk backup in that folder.")
    source = found[0].path
    contents = backups.read_contents(source, passphrase)
    keep_replaced = True
    try:  # a vault that still opens is backed up first; a damaged one is kept aside
        current = Vault.open(args.vault, passphrase)
    except KnownError:
        current = None
    if current is not None:
        try:  # into the vault's own folder, unrotated: the chosen backup stays
            current.backup("before-restore")
            keep_replaced = False
        except OSError:
            pass
        finally:
            current.close()
    aside = backups.restore(args.vault, source, passphrase, keep_replaced=keep_replaced)
    print(f"Restored the backup of {contents.made_at:%Y-%m-%d %H:%M} "
          f"({len(contents.cases)} case(s)) from {source} into {args.vault}", file=stdout)
    if aside is not None:
        print(f"The files it replaced were kept in {aside}", file=stdout)
    return EXIT_OK


def _read_passphrase(stdin, prompt: str, *, confirm: bool = False) -> str:
    if stdin.isatty():
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat: ") != first:
            raise KnownError("The two passphrases do not match.")
        return first
    line = stdin.readline()
    return line.rstrip("\r\n")

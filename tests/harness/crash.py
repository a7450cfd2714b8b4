"""Crash harness: a writer process is killed with SIGKILL at random moments.

    python -m tests.harness.crash --rounds 100 [--seed 1] [--folder DIR]

Each round starts a writer (``writer`` sub-command) on the same vault. It
creates cases, autosaves summaries (the stand-in for drafts), renames and
makes backups, and prints one line before ("begin") and after ("done")
each commit. The harness kills it after a random delay, then checks:

* the vault opens (the WAL is recovered) and the full integrity check and
  the audit chain are clean;
* every change the writer reported as done is there: each case holds its
  last reported value, or the value of the one change that was begun but
  not yet reported when the kill came;
* every backup that is listed opens and reads.

SIGKILL ends the process, not the machine: written pages are in the OS
cache. Power loss is covered by ``synchronous = FULL`` (fsync at commit),
which this harness does not simulate.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "crash harness passphrase, not for real data"


# -- the writer (child process) ----------------------------------------------------

def digest(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def writer(folder: Path, seed: int) -> None:
    from legato_desk.vault import Vault, backups
    from legato_desk.vault.keys import KdfParams

    rng = random.Random(seed)
    if (folder / "vault.header").exists():
        vault = Vault.open(folder, PASSPHRASE)
    else:
        vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.cheap_for_tests())
        vault.settings.set(backups.KEEP_KEY, 3)
    ids = [c.id for c in vault.cases.list()]

    def say(**fields) -> None:
        sys.stdout.write(json.dumps(fields) + "\n")
        sys.stdout.flush()

    say(phase="ready")
    n = 0
    while True:
        n += 1
        op = rng.choice(["create", "summary", "summary", "summary", "rename", "backup"]
                        if ids else ["create"])
        if op == "backup" and rng.random() > 0.25:
            op = "summary"
        if op == "create":
            name = f"W{seed % 1000}-{n}"
            say(phase="begin", op=op, value=name)
            case = vault.cases.create(name)
            ids.append(case.id)
            say(phase="done", op=op, id=case.id, value=name)
        elif op in ("summary", "rename"):
            case_id = rng.choice(ids)
            value = f"s{seed}-{n} " + "note " * rng.randint(0, 3000) if op == "summary" \
                else f"R{seed % 1000}-{n}"
            shown = digest(value)  # short lines: the pipe never fills
            say(phase="begin", op=op, id=case_id, value=shown)
            if op == "summary":
                vault.cases.set_summary(case_id, value)
            else:
                vault.cases.rename(case_id, value)
            say(phase="done", op=op, id=case_id, value=shown)
        else:
            say(phase="begin", op=op)
            made = backups.back_up(vault)
            say(phase="done", op=op, value=str(made))


# -- the harness -------------------------------------------------------------------

@dataclass
class State:
    """What the vault must hold: per case, its pseudonym and summary."""
    pseudonyms: dict[int, str] = field(default_factory=dict)
    summaries: dict[int, str] = field(default_factory=dict)
    done: int = 0
    pending_at_kill: int = 0


def _spawn(folder: Path, seed: int) -> subprocess.Popen:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH"))
                                        if p)
    return subprocess.Popen(
        [sys.executable, "-m", "tests.harness.crash", "writer", str(folder), str(seed)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        cwd=PROJECT_ROOT)


def one_round(folder: Path, rng: random.Random, state: State) -> None:
    proc = _spawn(folder, rng.randrange(1 << 30))
    try:
        first = proc.stdout.readline()
        if json.loads(first or "{}").get("phase") != "ready":
            proc.kill()
            raise AssertionError(f"the writer did not start: {proc.stderr.read()[-2000:]}")
        time.sleep(rng.uniform(0.02, 0.5))
    finally:
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=60)
    events = []
    for line in out.splitlines(keepends=True):
        if line.endswith("\n"):  # a line cut by the kill was never reported
            events.append(json.loads(line))
    pending = None
    for event in events:
        if event["phase"] == "begin":
            pending = event
        else:
            pending = None
            state.done += 1
            if event["op"] == "create":
                state.pseudonyms[event["id"]] = digest(event["value"])
                state.summaries[event["id"]] = digest("")
            elif event["op"] == "rename":
                state.pseudonyms[event["id"]] = event["value"]
            elif event["op"] == "summary":
                state.summaries[event["id"]] = event["value"]
    state.pending_at_kill += pending is not None
    verify(folder, state, pending)


def verify(folder: Path, state: State, pending: dict | None) -> None:
    from legato_desk.vault import Vault, backups

    vault = Vault.open(folder, PASSPHRASE)
    try:
        problems = vault.check(full=True)
        assert problems == [], problems
        cases = {c.id: c for c in vault.cases.list()}
        for case_id, expected in state.pseudonyms.items():
            assert case_id in cases, f"case {case_id} was reported saved and is gone"
            allowed = {expected}
            if pending and pending["op"] == "rename" and pending["id"] == case_id:
                allowed.add(pending["value"])
            assert digest(cases[case_id].pseudonym) in allowed
            state.pseudonyms[case_id] = digest(cases[case_id].pseudonym)
        for case_id, expected in state.summaries.items():
            allowed = {expected}
            if pending and pending["op"] == "summary" and pending["id"] == case_id:
                allowed.add(pending["value"])
            assert digest(cases[case_id].summary) in allowed, f"case {case_id} lost its summary"
            state.summaries[case_id] = digest(cases[case_id].summary)
        # A case created but not yet reported is allowed; adopt it.
        for case_id, case in cases.items():
            if case_id not in state.pseudonyms:
                assert pending and pending["op"] == "create" and case.pseudonym == pending["value"]
                state.pseudonyms[case_id] = digest(case.pseudonym)
                state.summaries[case_id] = digest(case.summary)
        found = backups.list_backups(vault.paths.backups)
        if found:
            backups.read_contents(found[0].path, PASSPHRASE)
    finally:
        vault.close()


def run(rounds: int, folder: Path, seed: int = 1, log=None) -> State:
    rng, state = random.Random(seed), State()
    for number in range(1, rounds + 1):
        one_round(folder, rng, state)
        if log:
            log(f"round {number}: {state.done} changes reported, {len(state.pseudonyms)} cases,"
                f" killed mid-change {state.pending_at_kill} times")
    return state


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "writer":
        writer(Path(argv[1]), int(argv[2]))
        return 0
    parser = argparse.ArgumentParser(prog="python -m tests.harness.crash")
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args(argv)
    import tempfile

    folder = args.folder or Path(tempfile.mkdtemp(prefix="legato-crash-")) / "vault"
    started = time.perf_counter()
    state = run(args.rounds, folder, args.seed, log=print)
    print(f"ok: {args.rounds} kills, {state.done} reported changes all present, "
          f"{state.pending_at_kill} kills in the middle of a change, "
          f"{time.perf_counter() - started:.0f} s; vault in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

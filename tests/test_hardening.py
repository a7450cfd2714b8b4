"""Process hardening (security.md §12): no core dumps of a process holding keys.

Checked from outside on real processes: the limits the kernel reports for
the running app and CLI (/proc/<pid>/limits), and PR_GET_DUMPABLE inside a
hardened child, each with an unhardened control.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.test_security import child_env, run_python

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="RLIMIT_CORE and prctl are checked on Linux")

PROBE = """
    import ctypes, json, resource
    {harden}
    libc = ctypes.CDLL(None)
    PR_GET_DUMPABLE = 3
    print(json.dumps({{"core": resource.getrlimit(resource.RLIMIT_CORE),
                      "dumpable": libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)}}))
"""


def probe(harden: str) -> dict:
    import json

    result = run_python(PROBE.format(harden=harden))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_hardened_process_cannot_dump_core():
    report = probe("from legato_desk.hardening import harden_process; "
                   "assert harden_process() == ['RLIMIT_CORE=0', 'PR_SET_DUMPABLE=0']")
    assert report == {"core": [0, 0], "dumpable": 0}


def test_control_an_unhardened_process_is_dumpable():
    assert probe("")["dumpable"] == 1


def core_limit(pid: int) -> str:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return " ".join(line.split()[4:6])
    raise AssertionError("no core limit line")


def wait_for(proc, condition, timeout=20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert proc.poll() is None, proc.communicate()[1][-2000:]
        assert time.monotonic() < deadline, "the process never got there"
        time.sleep(0.05)


def allow_core_dumps() -> None:
    """Start the child with core dumps allowed, so only the app can forbid them."""
    import resource

    hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


@pytest.fixture(autouse=True)
def _core_dumps_can_be_allowed():
    import resource

    if resource.getrlimit(resource.RLIMIT_CORE)[1] == 0:
        pytest.skip("the hard core limit is 0 here: the check could not fail")


def test_control_a_child_starts_with_core_dumps_allowed():
    proc = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                            stdin=subprocess.PIPE, preexec_fn=allow_core_dumps)
    try:
        assert core_limit(proc.pid) != "0 0"
    finally:
        proc.communicate("")


@pytest.mark.parametrize("which", ["gui", "cli"])
def test_the_running_app_and_cli_are_hardened(which, vault, vault_dir):
    vault.close()
    args = ["--vault", str(vault_dir)] if which == "gui" else ["check", "--vault", str(vault_dir)]
    proc = subprocess.Popen([sys.executable, "-m", "legato_desk", *args],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=child_env(),
                            preexec_fn=allow_core_dumps)
    try:
        # The GUI waits at the unlock window, the CLI at the passphrase prompt.
        wait_for(proc, lambda: core_limit(proc.pid) == "0 0")
        if which == "cli":
            out, err = proc.communicate(PASSPHRASE + "\n", timeout=60)
            assert proc.returncode == 0, err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()

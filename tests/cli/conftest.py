"""In-process CLI runs must not harden the test runner itself.

``cli.run`` sets RLIMIT_CORE=0 and PR_SET_DUMPABLE=0 on its process; called
in process, that would be pytest's, and tests/test_hardening.py could no
longer start a child that is allowed to dump core (its positive control).
The CLI run as a subprocess still hardens for real.
"""

import pytest


@pytest.fixture(autouse=True)
def _no_hardening_in_process(monkeypatch):
    import legato_desk.hardening

    monkeypatch.setattr(legato_desk.hardening, "harden_process", lambda: [])

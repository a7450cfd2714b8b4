"""A few rounds of the crash harness in the default test run.

The full run (at least 100 rounds) is ``python -m tests.harness.crash``;
see tests/harness/crash.py for what each round checks.
"""

import pytest

from tests.harness import crash


def test_every_reported_change_survives_sigkill(tmp_path):
    state = crash.run(rounds=6, folder=tmp_path / "vault", seed=3)
    assert state.done > 20  # the writer really wrote between the kills
    assert state.pending_at_kill >= 1  # and was killed in the middle of a change


def test_the_harness_sees_a_lost_change(tmp_path):
    """Positive control: a change reported but missing is reported as lost."""
    state = crash.run(rounds=1, folder=tmp_path / "vault", seed=5)
    case_id = next(iter(state.summaries))
    state.summaries[case_id] = crash.digest("a summary that was never saved")
    with pytest.raises(AssertionError, match="lost its summary"):
        crash.verify(tmp_path / "vault", state, None)

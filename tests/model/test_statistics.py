"""Funder statistics are tallies of category values."""

from legato_desk.model.statistics import CaseFacts, tally


def test_tally_counts_every_category_and_unknowns():
    st = tally([
        CaseFacts("active", True, caller="family", route="helpline",
                  keyclient_sectors=("family", "family"), session_modes=("phone", "phone"),
                  task_status=(("work", "achieved"), ("future", "in_progress"))),
        CaseFacts("ended", False, session_modes=("video",),
                  task_status=(("work", "in_progress"),)),
    ])
    assert (st.cases, st.opened) == (2, 1)
    assert st.by_caller == {"family": 1, "unknown": 1}
    assert st.keyclients_by_sector == {"family": 2}
    assert st.sessions_by_mode == {"phone": 2, "video": 1}
    assert st.tasks["work"] == {"achieved": 1, "in_progress": 1}

"""The large-case generator: the sizes of performance.md, the same for a seed."""

from legato_desk.largecase import LargeCaseSize, generate_map
from legato_desk.model.map_diff import diff_maps


def _essence(vault, case_id):
    state = vault.maps.state(case_id)
    return ([(p.uid, p.name, p.role, round(p.x, 9), round(p.y, 9)) for p in state.persons],
            [(r.uid, r.kind, r.strength, r.conflict, r.status) for r in state.relations])


def test_the_same_seed_gives_the_same_map_and_snapshots_show_change(vault):
    size = LargeCaseSize(persons=40, ties=90, snapshots=3)
    first = vault.cases.create("L.")
    generate_map(vault, first.id, seed=3, size=size)
    state = vault.maps.state(first.id)
    assert len(state.persons) == 41 and len(state.relations) == 90  # with the index client
    snaps = vault.maps.snapshots(first.id)
    assert len(snaps) == 3 and snaps == sorted(snaps, key=lambda s: s.taken_on)
    changes = diff_maps(vault.maps.snapshot_state(snaps[0].id), state)
    assert {c.change.value for c in changes.persons} >= {"added"}
    assert changes.relations

    # A second case from the same seed is the same map under its own uids:
    second = vault.cases.create("M.")
    generate_map(vault, second.id, seed=3, size=size)
    a, b = _essence(vault, first.id), _essence(vault, second.id)
    assert [p[1:] for p in a[0]] == [p[1:] for p in b[0]]
    assert [r[1:] for r in a[1]] == [r[1:] for r in b[1]]


def _search_content(vault):
    cases = sorted(vault.cases.list(), key=lambda c: c.id)
    out = []
    for case in cases:
        records = [vault.sessions.get(r.id) for r in vault.sessions.list(case.id)]
        out.append((case.pseudonym, [(p.name, p.role) for p in vault.maps.persons(case.id)],
                    [(r.held_at, r.mode, r.facts, r.reflection, r.next_steps, len(r.key_clients),
                      [(t.task, t.done, t.rating, t.status, t.setback, t.next_step)
                       for t in r.tasks]) for r in records]))
    return out


def test_the_search_vault_is_the_same_for_a_seed_and_searchable(tmp_path, kdf):
    from legato_desk.largecase import SearchVaultSize, generate_search_vault, search_vocabulary
    from legato_desk.vault import Vault
    from tests.conftest import PASSPHRASE

    size = SearchVaultSize(cases=3, sessions=6, persons=4, ties=3)
    contents = []
    for name in ("a", "b"):
        vault, _ = Vault.create(tmp_path / name, PASSPHRASE, kdf=kdf)
        try:
            cases = generate_search_vault(vault, seed=11, size=size)
            assert len(cases) == 3
            assert all(len(vault.sessions.list(c.id)) == 6 for c in cases)
            assert vault.audit.verify() is None and vault.check() == []
            contents.append(_search_content(vault))
            word = next(w for w in search_vocabulary(11) if vault.sessions.search(w))
            assert vault.sessions.search(word)
        finally:
            vault.close()
    assert contents[0] == contents[1]
    vault, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=kdf)
    try:
        generate_search_vault(vault, seed=12, size=size)
        assert _search_content(vault) != contents[0]
    finally:
        vault.close()

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

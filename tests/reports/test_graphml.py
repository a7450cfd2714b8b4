"""GraphML out and back in, through a real vault; bad files change nothing."""

import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from legato_desk.model import map as m
from legato_desk.reports.graphml import NS, GraphMLError, export_graphml, parse_graphml


@pytest.fixture
def filled(vault):
    case = vault.cases.create("A.")
    mother = vault.maps.add_person(case.id, 0.0, -0.25, name="Mrs Özdemir-Kranz", role="mother",
                                   age=47, marker="resource", note="talks daily",
                                   source="reported by herself", verified=True)
    forum = vault.maps.add_person(case.id, -0.9, -0.3, name="Forum X", kind="online",
                                  marker="risk")
    vault.maps.add_relation(mother.id, forum.id, kind="milieu", conflict=True,
                            status="cut_off", direction="both", strength=m.Strength.WEAK)
    index = vault.maps.state(case.id).index_client
    vault.maps.add_relation(index.id, forum.id, kind="milieu", strength=m.Strength.STRONG,
                            direction="b_to_a", note="spends nights there")
    return case


def _labels(state):
    return {p.id: f"P{p.id}" for p in state.persons}


def test_a_full_export_imports_into_an_empty_case_as_the_same_map(vault, filled):
    state = vault.maps.state(filled.id)
    data = export_graphml(state, _labels(state), pseudonymise=False)
    ET.fromstring(data)  # well-formed
    parsed = parse_graphml(data)
    target = vault.cases.create("B.")
    added, updated = vault.maps.merge(target.id, parsed.persons, parsed.ties, parsed.index_uid)
    assert (added, updated) == (4, 0)  # two persons (new uids: theirs are taken), two ties
    copy = vault.maps.state(target.id)

    def essence(s):
        persons = sorted((p.name, p.role, p.kind, p.age, p.marker, p.note, p.source,
                          p.verified, round(p.x, 6), round(p.y, 6), p.is_index)
                         for p in s.persons)
        names = {p.id: p.name for p in s.persons}
        ties = sorted((tuple(sorted((names[r.a], names[r.b]))), r.kind, r.strength, r.conflict,
                       r.status, r.direction, r.note) for r in s.relations)
        return persons, ties

    assert essence(copy) == essence(state)


def test_reimporting_into_the_same_case_updates_instead_of_duplicating(vault, filled):
    state = vault.maps.state(filled.id)
    parsed = parse_graphml(export_graphml(state, _labels(state), pseudonymise=False))
    assert vault.maps.merge(filled.id, parsed.persons, parsed.ties, parsed.index_uid) == (0, 4)
    assert vault.maps.state(filled.id) == state


def test_a_pseudonymised_export_holds_no_names_notes_or_sources(vault, filled):
    state = vault.maps.state(filled.id)
    data = export_graphml(state, _labels(state)).decode("utf-8")
    for secret in ("Özdemir", "Forum X", "talks daily", "reported by", "spends nights"):
        assert secret not in data
    assert "P2" in data and "mother" in data
    # ... and importing it back never erases what the vault knows
    parsed = parse_graphml(data.encode("utf-8"))
    vault.maps.merge(filled.id, parsed.persons, parsed.ties, parsed.index_uid)
    assert vault.maps.state(filled.id) == state


def test_no_export_holds_other_names_or_the_index_clients_real_name(vault, filled):
    state = vault.maps.state(filled.id)
    vault.maps.update_person(state.index_client.id, name="Emre Yılmaz", aliases="Emo")
    mother = next(p for p in state.persons if p.role == "mother")
    vault.maps.update_person(mother.id, aliases="Leyla, Mrs Ö.")
    state = vault.maps.state(filled.id)
    labels = {**_labels(state), state.index_client.id: "A."}
    for pseudonymise in (True, False):
        data = export_graphml(state, labels, pseudonymise=pseudonymise).decode("utf-8")
        for secret in ("Emre", "Yılmaz", "Emo", "Leyla", "Mrs Ö.", "aliases"):
            assert secret not in data, (pseudonymise, secret)
    assert "Özdemir" in data  # the full export still names the others


def test_plain_graphml_from_another_tool_is_accepted():
    data = f"""<?xml version="1.0"?>
    <graphml xmlns="{NS}">
      <key id="d0" for="node" attr.name="name" attr.type="string"/>
      <graph edgedefault="undirected">
        <node id="n0"><data key="d0">Aunt</data></node>
        <node id="n1"/>
        <edge source="n0" target="n1"/>
      </graph>
    </graphml>""".encode()
    parsed = parse_graphml(data)
    assert parsed.persons["n0"] == {"name": "Aunt"} and parsed.index_uid is None
    [(a, b, fields)] = parsed.ties.values()
    assert (a, b, fields) == ("n0", "n1", {})


@pytest.mark.parametrize("data, words", [
    (b"", "well-formed"),
    (b"<graphml", "well-formed"),
    (b"<html/>", "not GraphML"),
    (f'<graphml xmlns="{NS}"/>'.encode(), "no graph"),
    (f'<graphml xmlns="{NS}"><graph><node id="a"/><edge source="a" target="b"/></graph>'
     f'</graphml>'.encode(), "does not hold"),
    (f'<graphml xmlns="{NS}"><graph><node id="a"/><node id="a"/></graph></graphml>'.encode(),
     "same id"),
    (f'<graphml xmlns="{NS}"><key id="k" for="node" attr.name="age"/><graph><node id="a">'
     f'<data key="k">old</data></node></graph></graphml>'.encode(), "not a number"),
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><graphml>&a;</graphml>',
     "DOCTYPE"),
])
def test_bad_files_are_refused_with_a_message(data, words):
    with pytest.raises(GraphMLError) as err:
        parse_graphml(data)
    assert words in err.value.message


def _node(uid, **data):
    body = "".join(f'<data key="n_{k}">{v}</data>' for k, v in data.items())
    return f'<node id="{uid}">{body}</node>'


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.binary(max_size=300),
    st.lists(st.tuples(st.text("abc", min_size=1, max_size=3),
                       st.sampled_from(["name", "age", "kind", "marker", "x", "deceased"]),
                       st.text(max_size=8)), max_size=5).map(
        lambda items: (f'<graphml xmlns="{NS}">'
                       + "".join(f'<key id="n_{k}" for="node" attr.name="{k}"/>'
                                 for k in ("name", "age", "kind", "marker", "x", "deceased"))
                       + "<graph>" + "".join(_node(u, **{k: v}) for u, k, v in items)
                       + "</graph></graphml>").encode("utf-8", "surrogatepass")),
))
def test_any_input_either_parses_and_merges_or_fails_cleanly(vault, filled, data):
    before = vault.maps.state(filled.id)
    try:
        parsed = parse_graphml(data)
    except GraphMLError:
        assert vault.maps.state(filled.id) == before
        return
    added, _ = vault.maps.merge(filled.id, parsed.persons, parsed.ties, parsed.index_uid)
    assert len(vault.maps.state(filled.id).persons) == len(before.persons) + added
    vault.maps.remove([p.id for p in vault.maps.state(filled.id).persons
                       if p.id not in {q.id for q in before.persons}])

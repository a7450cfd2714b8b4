"""GraphML out and back in, through a real vault; bad files change nothing."""

import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from legato_desk.errors import ValidationError
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


def test_a_pseudonymised_export_leaves_out_a_role_that_names_somebody(vault, filled):
    from legato_desk import exporting

    state = vault.maps.state(filled.id)
    mother = next(p for p in state.persons if p.role == "mother")
    vault.maps.add_person(filled.id, 0.3, 0.3, name="Jörg", role="Onkel von Özdemir-Kranz")
    vault.maps.add_person(filled.id, 0.3, -0.3, name="Kim", role="Lehrer von Emre")
    vault.maps.update_person(mother.id, aliases="Emre")
    state = vault.maps.state(filled.id)
    names = exporting.case_names(vault, filled.id, dictionaries=False)
    for register in (None, names.register):  # without one: the map's own persons
        data = export_graphml(state, _labels(state), names=register).decode("utf-8")
        assert "Özdemir" not in data and "Emre" not in data and "Onkel" not in data
        assert "mother" in data  # a role naming nobody stays
    full = export_graphml(state, _labels(state), pseudonymise=False).decode("utf-8")
    assert "Onkel von Özdemir-Kranz" in full
    # ... and importing the pseudonymised file back keeps the vault's roles
    parsed = parse_graphml(export_graphml(state, _labels(state), names=names.register))
    vault.maps.merge(filled.id, parsed.persons, parsed.ties, parsed.index_uid)
    assert vault.maps.state(filled.id) == state


# -- a hardened parser (issue 18) ----------------------------------------------------

DOCTYPE = '<!DOCTYPE graphml [<!ENTITY inj "Injected Person">]>'


def _document(doctype_at: str, filler: int) -> str:
    """A map file holding a DOCTYPE at the start, after a long comment, or inside."""
    body = (f'<graphml xmlns="{NS}"><key id="n_name" for="node" attr.name="name"/>'
            '<graph>{inside}<node id="a"><data key="n_name">&inj;</data></node></graph>'
            '</graphml>')
    comment = f"<!-- {'x' * filler} -->"
    if doctype_at == "start":
        return '<?xml version="1.0" encoding="{enc}"?>' + DOCTYPE + comment + \
            body.format(inside="")
    if doctype_at == "after comment":
        return '<?xml version="1.0" encoding="{enc}"?>' + comment + DOCTYPE + \
            body.format(inside="")
    return '<?xml version="1.0" encoding="{enc}"?>' + comment + body.format(inside=DOCTYPE)


ENCODINGS = {  # name in the declaration, codec, byte order mark
    "utf-8": ("UTF-8", "utf-8", b""),
    "utf-8 with BOM": ("UTF-8", "utf-8", b"\xef\xbb\xbf"),
    "utf-16 le": ("UTF-16", "utf-16-le", b"\xff\xfe"),
    "utf-16 be": ("UTF-16", "utf-16-be", b"\xfe\xff"),
    "utf-32 le": ("UTF-32", "utf-32-le", b"\xff\xfe\x00\x00"),
    "utf-32 be": ("UTF-32", "utf-32-be", b"\x00\x00\xfe\xff"),
}


def _encoded(text: str, encoding: str) -> bytes:
    declared, codec, bom = ENCODINGS[encoding]
    return bom + text.replace("{enc}", declared).encode(codec)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(encoding=st.sampled_from(sorted(ENCODINGS)),
       doctype_at=st.sampled_from(["start", "after comment", "inside"]),
       filler=st.sampled_from([0, 10, 4_100, 70_000]))
def test_a_doctype_is_refused_in_any_encoding_and_place(vault, filled, encoding, doctype_at,
                                                        filler):
    before = vault.maps.state(filled.id)
    data = _encoded(_document(doctype_at, filler), encoding)
    with pytest.raises(GraphMLError) as err:
        parse_graphml(data)
    if doctype_at == "inside":  # not even well-formed there
        assert "well-formed" in err.value.message
    else:
        assert "DOCTYPE" in err.value.message
    assert vault.maps.state(filled.id) == before


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_the_same_file_without_doctype_is_read_in_each_encoding(encoding):
    text = _document("start", 4_100).replace(DOCTYPE, "").replace("&inj;", "Tante Öznur")
    parsed = parse_graphml(_encoded(text, encoding))
    assert parsed.persons == {"a": {"name": "Tante Öznur"}}


def test_external_entities_and_undeclared_entities_are_refused():
    for doc in (b'<?xml version="1.0"?><!DOCTYPE g SYSTEM "file:///etc/passwd"><graphml/>',
                f'<graphml xmlns="{NS}"><graph><node id="a">&unknown;</node></graph>'
                f'</graphml>'.encode()):
        with pytest.raises(GraphMLError):
            parse_graphml(doc)


def _one_person(**data) -> bytes:
    keys = "".join(f'<key id="n_{k}" for="node" attr.name="{k}"/>' for k in data)
    return (f'<graphml xmlns="{NS}">{keys}<graph>{_node("a", **data)}</graph>'
            f'</graphml>').encode()


@pytest.mark.parametrize("data, words", [
    ({"x": "1e308", "y": "0"}, "outside the map"),
    ({"x": "0.5", "y": "-1e308"}, "outside the map"),
    ({"x": "1.2", "y": "1.2"}, "outside the map"),
    ({"x": "NaN", "y": "0.5"}, "not a finite number"),
    ({"x": "0.5", "y": "inf"}, "not a finite number"),
    ({"x": "-Infinity", "y": "0.5"}, "not a finite number"),
    ({"x": "1e400", "y": "0.5"}, "not a finite number"),
    ({"age": "1e308"}, "between 0 and 120"),
    ({"age": "nan"}, "not a finite number"),
    ({"age": "12.5"}, "not a whole number"),
    ({"age": "9" * 5000}, "not a finite number"),
])
def test_out_of_range_numbers_are_refused_not_clamped(vault, filled, data, words):
    before = vault.maps.state(filled.id)
    with pytest.raises(GraphMLError) as err:
        parse_graphml(_one_person(**data))
    assert words in err.value.message
    assert vault.maps.state(filled.id) == before


def test_numbers_within_the_map_are_kept_exactly():
    parsed = parse_graphml(_one_person(x="-0.75", y="1.0", age="14.0"))
    assert parsed.persons["a"] == {"x": -0.75, "y": 1.0, "age": 14}


@pytest.mark.parametrize("where", ["root", "graph", "data"])
def test_200000_deep_nesting_is_refused_with_a_message_not_a_crash(vault, filled, where):
    before = vault.maps.state(filled.id)
    deep = "<u>" * 200_000 + "</u>" * 200_000
    inner = {"root": (deep, "", ""), "graph": ("", deep, ""), "data": ("", "", deep)}[where]
    data = (f'<graphml xmlns="{NS}">{inner[0]}<key id="k" for="node" attr.name="role"/>'
            f'<graph>{inner[1]}<node id="a"><data key="k">{inner[2]}</data></node></graph>'
            f'</graphml>').encode()
    with pytest.raises(GraphMLError) as err:
        parse_graphml(data)
    assert "levels deep" in err.value.message
    assert vault.maps.state(filled.id) == before


@pytest.mark.parametrize("inside, words", [
    ('<node id="a"><graph id="g2"><node id="b"/></graph></node>', "nested graph"),
    ('<node id="a"/><node id="b"/><hyperedge><endpoint node="a"/></hyperedge>', "hyperedges"),
    ('<node id="a"><whatever/></node>', "<whatever> inside <node>"),
    ('<node id="a"/><x:thing xmlns:x="urn:x"/>', "<thing> inside <graph>"),
    ('<node id="a"/></graph><graph><node id="b"/>', "more than one graph"),
])
def test_unknown_nesting_is_refused_with_a_message(inside, words):
    with pytest.raises(GraphMLError) as err:
        parse_graphml(f'<graphml xmlns="{NS}"><graph>{inside}</graph></graphml>'.encode())
    assert words in err.value.message


def test_another_tools_drawing_inside_data_is_accepted():
    """yEd writes its shapes inside data elements of its own keys."""
    data = f"""<?xml version="1.0" encoding="UTF-8"?>
    <graphml xmlns="{NS}" xmlns:y="http://www.yworks.com/xml/graphml">
      <key for="node" id="d6" yfiles.type="nodegraphics"/>
      <key for="node" id="d1" attr.name="role" attr.type="string"><default>friend</default></key>
      <graph edgedefault="directed" id="G">
        <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry x="1" y="2"/>
          <y:NodeLabel>Onkel<y:LabelModel><y:SmartNodeLabelModel/></y:LabelModel></y:NodeLabel>
          </y:ShapeNode></data></node>
        <node id="n1"><data key="d1">uncle</data></node>
      </graph>
    </graphml>""".encode()
    parsed = parse_graphml(data)
    assert parsed.persons == {"n0": {"role": "friend"}, "n1": {"role": "uncle"}}


# -- the import's plan, undo and the export log ---------------------------------------

def test_the_plan_says_what_is_added_and_changed_and_writes_nothing(vault, filled):
    state = vault.maps.state(filled.id)
    mother = next(p for p in state.persons if p.role == "mother")
    parsed = parse_graphml(export_graphml(state, _labels(state), pseudonymise=False))
    parsed.persons[mother.uid] = {**parsed.persons[mother.uid], "role": "aunt"}
    parsed.persons["new-1"] = {"name": "Cousin"}
    parsed.ties["tie-new"] = ("new-1", mother.uid, {})
    audit = len(vault.audit.entries())
    plan = vault.maps.plan_merge(filled.id, parsed.persons, parsed.ties, parsed.index_uid)
    assert vault.maps.state(filled.id) == state and len(vault.audit.entries()) == audit
    assert [(p.id, d) for p, d in plan.changed_persons] == [(mother.id, {"role": "aunt"})]
    assert [(uid, f["name"]) for uid, _s, f in plan.new_persons] == [("new-1", "Cousin")]
    [(_uid, ends, _fields)] = plan.new_ties
    assert ends == ("new-1", mother.id)
    assert (plan.same_persons, plan.same_ties, plan.changed_ties) == (1, 2, ())


def test_an_applied_plan_is_undone_and_redone_exactly(vault, filled):
    state = vault.maps.state(filled.id)
    mother = next(p for p in state.persons if p.role == "mother")
    forum = next(p for p in state.persons if p.name == "Forum X")
    tie = next(r for r in state.relations if {r.a, r.b} == {mother.id, forum.id})
    plan = vault.maps.plan_merge(filled.id, {mother.uid: {"age": 48}, "n": {"name": "New"}},
                                 {tie.uid: (mother.uid, "n", {"conflict": False})})
    merged = vault.maps.apply_merge(plan)
    after = vault.maps.state(filled.id)
    [new] = [p for p in after.persons if p.name == "New"]
    assert after.person(mother.id).age == 48
    assert {r.b for r in after.relations if r.uid == tie.uid} == {new.id}
    vault.maps.rewrite(merged.before)
    removed = vault.maps.remove(merged.persons, merged.relations)
    assert vault.maps.state(filled.id) == state
    vault.maps.restore(removed)
    vault.maps.rewrite(merged.after)
    assert vault.maps.state(filled.id) == after


def test_a_map_export_is_an_entry_of_the_sharing_log(vault, filled):
    vault.maps.record_export(filled.id, fmt="graphml")
    with pytest.raises(ValidationError):
        vault.maps.record_export(filled.id, fmt="svg", real_names=True, recipient="Dr. S.")
    with pytest.raises(ValidationError):
        vault.maps.record_export(filled.id, fmt="svg", real_names=True, ground="consent")
    vault.maps.record_export(filled.id, fmt="svg", real_names=True, recipient="Dr. S.",
                             ground="consent", what="snapshot of 2026-01-05")
    rows = vault.conn.execute(
        "SELECT kind, what, recipient, ground FROM disclosures WHERE case_id = ? ORDER BY id",
        (filled.id,)).fetchall()
    assert rows == [
        ("export", "Map as GRAPHML, pseudonymised: current map", "not named", "internal"),
        ("export", "Map as SVG, real names: snapshot of 2026-01-05", "Dr. S.", "consent")]
    assert [e[3:5] for e in vault.audit.entries()].count(("exported", "map")) == 2


# -- networkx reads what legato-desk writes, and the other way round ----------------------

def test_a_networkx_round_trip_keeps_counts_and_attributes(vault, filled, tmp_path):
    nx = pytest.importorskip("networkx")
    state = vault.maps.state(filled.id)
    path = tmp_path / "map.graphml"
    path.write_bytes(export_graphml(state, _labels(state), pseudonymise=False))
    graph = nx.read_graphml(path)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (3, 2)
    for p in state.persons:
        node = graph.nodes[p.uid]
        assert node["label"] == f"P{p.id}" and node["is_index"] == p.is_index
        assert node["x"] == pytest.approx(p.x) and node["y"] == pytest.approx(p.y)
        if not p.is_index:
            assert node["name"] == p.name and node["kind"] == p.kind.value
    mother = next(p for p in state.persons if p.role == "mother")
    assert graph.nodes[mother.uid]["age"] == 47 and graph.nodes[mother.uid]["verified"]
    uids = {p.id: p.uid for p in state.persons}
    for r in state.relations:
        edge = graph.edges[uids[r.a], uids[r.b]]
        assert (edge["kind"], edge["conflict"], edge["status"], edge["direction"]) == (
            r.kind.value, r.conflict, r.status.value, r.direction.value)

    # Edited in networkx and written back: legato-desk reads every attribute.
    graph.nodes[mother.uid]["role"] = "aunt"
    graph.add_node("nx-1", name="Neighbour", kind="person", age=60, x=0.4, y=0.4)
    graph.add_edge("nx-1", mother.uid, id="nx-e1", kind="friendship", conflict=True)
    nx.write_graphml(graph, path)
    parsed = parse_graphml(path.read_bytes())
    assert (len(parsed.persons), len(parsed.ties)) == (4, 3)
    target = vault.cases.create("C.")
    vault.maps.merge(target.id, parsed.persons, parsed.ties, parsed.index_uid)
    copy = vault.maps.state(target.id)
    assert (len(copy.persons), len(copy.relations)) == (4, 3)
    neighbour = next(p for p in copy.persons if p.name == "Neighbour")
    assert (neighbour.age, neighbour.x, neighbour.y) == (60, 0.4, 0.4)
    assert next(p for p in copy.persons if p.name == mother.name).role == "aunt"
    tie = next(r for r in copy.relations if neighbour.id in (r.a, r.b))
    assert tie.kind is m.RelationKind.FRIENDSHIP and tie.conflict

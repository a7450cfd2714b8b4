"""The map as GraphML, for network tools (Gephi, yEd, networkx), and back.

Node and edge ids are the persons' and ties' uids, so a file exported from
this vault and edited elsewhere is matched to the same persons on import.
A pseudonymised export leaves out names, notes and sources altogether (the
``label`` attribute carries the pseudonym instead), and a role or gender that
names somebody (the case's name register finds it); importing such a file
never overwrites what the vault knows, because only the attributes present
in the file are applied. No export holds a person's other names (aliases,
which exist only to pseudonymise) or the index client's real name (its
``name``; the label carries the case pseudonym).

Parsing is strict and all-or-nothing: a file is read and checked completely
before anything is written; any problem is a ``GraphMLError`` with a message
for people.
"""

from __future__ import annotations

import enum
import io
import math
import xml.etree.ElementTree as ET  # writing only: reading goes through defusedxml
from dataclasses import dataclass, field

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml import ElementTree as SafeET

from legato_desk.errors import KnownError, ValidationError
from legato_desk.model import map as m
from legato_desk.model.names import NameRegister, case_names

NS = "http://graphml.graphdrawing.org/xmlns"
MAX_BYTES = 20_000_000
MAX_NODES = 5_000
MAX_EDGES = 20_000

# attribute -> (applies to, GraphML type)
NODE_KEYS = {
    "label": "string", "is_index": "boolean", "name": "string", "role": "string",
    "kind": "string", "age": "int", "gender": "string", "deceased": "boolean",
    "marker": "string", "note": "string", "source": "string", "verified": "boolean",
    "x": "double", "y": "double", "sector": "string", "ring": "string",
}
EDGE_KEYS = {
    "kind": "string", "strength": "string", "conflict": "boolean", "status": "string",
    "direction": "string", "note": "string",
}
PRIVATE_NODE_KEYS = {"name", "note", "source"}
PRIVATE_EDGE_KEYS = {"note"}
DERIVED_NODE_KEYS = {"label", "sector", "ring"}  # written for readers, ignored on import
FREE_NODE_KEYS = {"role", "gender"}  # free text a pseudonymised file keeps only if nameless


class GraphMLError(KnownError):
    message = "This file is not a map in GraphML format that legato-desk can read."


@dataclass
class ParsedMap:
    """What a file says: person fields by uid, ties by uid with their end uids."""

    index_uid: str | None = None
    persons: dict[str, dict] = field(default_factory=dict)
    ties: dict[str, tuple[str, str, dict]] = field(default_factory=dict)


# -- writing -------------------------------------------------------------------

def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.IntEnum):
        return value.name.lower()
    if isinstance(value, enum.Enum):
        return value.value
    return str(value)


def export_graphml(state: m.MapState, labels: dict[int, str], *,
                   pseudonymise: bool = True, names: NameRegister | None = None) -> bytes:
    """The map as a GraphML document. ``labels`` are the names to show per person id.

    ``names``: the case's name register (exporting.case_names; without it, one
    of ``state``'s own persons). A pseudonymised file leaves out a free-text
    attribute that names somebody ("teacher of Ahmet" as a role): the label,
    pseudonymised by the caller, carries it instead, and writing it with codes
    would overwrite the vault's words when the file is imported again.
    """
    if pseudonymise and names is None:
        names = case_names("index", state.persons).register
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}graphml")
    node_keys = {k: t for k, t in NODE_KEYS.items()
                 if not (pseudonymise and k in PRIVATE_NODE_KEYS)}
    edge_keys = {k: t for k, t in EDGE_KEYS.items()
                 if not (pseudonymise and k in PRIVATE_EDGE_KEYS)}
    for where, keys in (("node", node_keys), ("edge", edge_keys)):
        for name, kind in keys.items():
            ET.SubElement(root, f"{{{NS}}}key", {
                "id": f"{where[0]}_{name}", "for": where, "attr.name": name,
                "attr.type": kind})
    graph = ET.SubElement(root, f"{{{NS}}}graph", {"id": "map", "edgedefault": "undirected"})
    for p in state.persons:
        node = ET.SubElement(graph, f"{{{NS}}}node", {"id": p.uid})
        values = {"label": labels.get(p.id, ""), "sector": p.sector.value,
                  "ring": p.ring.name.lower(),
                  **{f: getattr(p, f) for f in ("is_index", *m.PERSON_FIELDS, "x", "y")}}
        for name in node_keys:
            value = values[name]
            if value is None or value == "" or (p.is_index and name == "name"):
                continue
            if pseudonymise and name in FREE_NODE_KEYS and names.hits(value):
                continue
            ET.SubElement(node, f"{{{NS}}}data", {"key": f"n_{name}"}).text = _text(value)
    uids = {p.id: p.uid for p in state.persons}
    for r in state.relations:
        edge = ET.SubElement(graph, f"{{{NS}}}edge", {
            "id": r.uid, "source": uids[r.a], "target": uids[r.b]})
        for name in edge_keys:
            value = getattr(r, name)
            if value == "":
                continue
            ET.SubElement(edge, f"{{{NS}}}data", {"key": f"e_{name}"}).text = _text(value)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def export_labels(persons, codes: dict[int, str], pseudonym: str, *,
                  show_names: bool = False, redact=None) -> dict[int, str]:
    """The ``label`` of each person, as the PNG/SVG drawing shows them: "P3 · teacher"
    (the role through ``redact``, the case register's), the index client by the
    case pseudonym; with ``show_names`` the display name instead of the code."""
    from legato_desk.model.pseudonyms import person_label

    out = {}
    for p in persons:
        label = person_label(p, codes.get(p.id, "P?"), pseudonym, show_names)
        detail = label.detail if show_names or redact is None else redact(label.detail)
        out[p.id] = f"{label.title} · {detail}" if detail else label.title
    return out


def write_graphml(path, data: bytes) -> None:
    """Write the finished document once; a half-written file is removed."""
    from pathlib import Path

    path = Path(path)
    try:
        path.write_bytes(data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def read_graphml(path) -> ParsedMap:
    """``parse_graphml`` of a file, reading no more than a map may hold."""
    from pathlib import Path

    try:
        with Path(path).open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError:
        raise GraphMLError("This file cannot be read.") from None
    return parse_graphml(data)


# -- reading -------------------------------------------------------------------

# A map file is graphml > graph > node|edge > data, and other tools put their
# drawing inside a data element (yEd: y:ShapeNode > y:NodeLabel > ...): ten
# levels are plenty; a document nested deeper is refused while it is read.
MAX_DEPTH = 32
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
         (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xfe\xff", "utf-16"), (b"\xff\xfe", "utf-16"),
         (b"\x00\x00\x00<", "utf-32-be"), (b"<\x00\x00\x00", "utf-32-le"))
# Elements of the GraphML namespace legato-desk reads, and where they may stand.
# Inside data, desc and default anything may stand (another tool's drawing).
_CHILDREN = {
    "graphml": {"desc", "key", "graph", "data"},
    "key": {"desc", "default"},
    "graph": {"desc", "node", "edge", "data"},
    "node": {"desc", "data", "port"},
    "edge": {"desc", "data"},
    "port": {"desc", "data", "port"},
}
_FREE = {"data", "desc", "default"}


def _decoded(data: bytes):
    """The document as the parser gets it: text when a byte order mark (or
    UTF-32's zero bytes) says the encoding, which expat does not know for
    UTF-32; otherwise the bytes, which expat decodes by the XML declaration.
    Either way DOCTYPE and entities are refused by the parser, not by a search."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return io.StringIO(data.decode(codec).lstrip("\ufeff"))
            except UnicodeDecodeError:
                raise GraphMLError("This file is not readable in the encoding it "
                                   "declares ({encoding}).", encoding=codec.upper()) from None
    return io.BytesIO(data)


def _read_tree(data: bytes):
    """Parse with DTDs, entities and external references forbidden, refusing
    nesting deeper than MAX_DEPTH as it is read (never a 200,000-deep tree)."""
    depth = 0
    root = None
    try:
        for event, element in SafeET.iterparse(
                _decoded(data), events=("start", "end"), forbid_dtd=True,
                forbid_entities=True, forbid_external=True):
            if event == "start":
                depth += 1
                if root is None:
                    root = element
                if depth > MAX_DEPTH:
                    raise GraphMLError(
                        "This file nests its elements more than {depth} levels deep; a map "
                        "file never does, so legato-desk does not read it.", depth=MAX_DEPTH)
            else:
                depth -= 1
    except (DTDForbidden, EntitiesForbidden):
        raise GraphMLError("This file contains a document type declaration (DOCTYPE) or "
                           "entity declarations (ENTITY), which are not allowed in a map "
                           "file.") from None
    except ExternalReferenceForbidden:
        raise GraphMLError("This file refers to other files or addresses, which is not "
                           "allowed in a map file.") from None
    except ET.ParseError:
        raise GraphMLError("This file is not well-formed XML.") from None
    except (ValueError, LookupError, UnicodeError):  # e.g. an encoding expat cannot read
        raise GraphMLError("This file is in an encoding legato-desk cannot read; save it "
                           "as UTF-8.") from None
    if root is None:
        raise GraphMLError("This file is not well-formed XML.")
    return root


def _local(tag: str) -> str | None:
    """The name of a GraphML element; None for another namespace's."""
    prefix = f"{{{NS}}}"
    return tag[len(prefix):] if tag.startswith(prefix) else None


def _check_structure(element, name: str) -> None:
    """Only the elements GraphML puts in each place (no nested graphs, no
    hyperedges, nothing unknown) outside data, desc and default."""
    for child in element:
        if not isinstance(child.tag, str):
            continue  # comments and processing instructions
        child_name = _local(child.tag)
        if child_name == "graph" and name in ("node", "edge"):
            raise GraphMLError("This file holds a graph inside a person or a tie (a nested "
                               "graph); legato-desk reads one flat map.")
        if child_name == "hyperedge":
            raise GraphMLError("This file has ties between more than two persons "
                               "(hyperedges), which a map cannot hold.")
        if child_name not in _CHILDREN.get(name, ()):
            shown = child_name or child.tag.rpartition("}")[2]
            raise GraphMLError("This file has an element legato-desk does not know in this "
                               "place: <{element}> inside <{parent}>.",
                               element=shown[:40], parent=name)
        if child_name not in _FREE:
            _check_structure(child, child_name)


def parse_graphml(data: bytes) -> ParsedMap:
    if len(data) > MAX_BYTES:
        raise GraphMLError("This file is too large to be a map (more than 20 MB).")
    root = _read_tree(data)
    if root.tag != f"{{{NS}}}graphml":
        raise GraphMLError("This file is XML, but not GraphML.")
    _check_structure(root, "graphml")
    if len(root.findall(f"{{{NS}}}graph")) > 1:
        raise GraphMLError("This file holds more than one graph; legato-desk reads one map "
                           "per file.")
    keys = {}
    for key in root.findall(f"{{{NS}}}key"):
        if key.get("id") in keys:
            raise GraphMLError("Two attributes in this file have the same key id.")
        default = key.find(f"{{{NS}}}default")
        keys[key.get("id")] = (key.get("for"), key.get("attr.name"),
                               None if default is None else (default.text or ""))
    graph = root.find(f"{{{NS}}}graph")
    if graph is None:
        raise GraphMLError("This GraphML file holds no graph.")
    nodes = graph.findall(f"{{{NS}}}node")
    edges = graph.findall(f"{{{NS}}}edge")
    if len(nodes) > MAX_NODES or len(edges) > MAX_EDGES:
        raise GraphMLError("This map has more persons or ties than legato-desk accepts.")
    parsed = ParsedMap()
    for node in nodes:
        uid = _uid(node.get("id"))
        if uid in parsed.persons:
            raise GraphMLError("Two persons in this file have the same id.")
        raw = _data(node, keys, "node")
        fields = _person_fields(raw)
        if fields.pop("is_index", False):
            if parsed.index_uid is not None:
                raise GraphMLError("This file has more than one index client.")
            parsed.index_uid = uid
        parsed.persons[uid] = fields
    for edge in edges:
        uid = _uid(edge.get("id") or m.new_uid())
        a, b = edge.get("source"), edge.get("target")
        if a not in parsed.persons or b not in parsed.persons:
            raise GraphMLError("A tie in this file points to a person the file does not hold.")
        if a == b:
            raise GraphMLError("A tie in this file joins a person to themselves.")
        if uid in parsed.ties:
            raise GraphMLError("Two ties in this file have the same id.")
        parsed.ties[uid] = (a, b, _relation_fields(_data(edge, keys, "edge")))
    return parsed


def _uid(value) -> str:
    if not value or len(value) > 64 or not all(c.isalnum() or c in "-_." for c in value):
        raise GraphMLError("A person or tie in this file has a missing or unusable id.")
    return value


def _data(element, keys, where: str) -> dict[str, str]:
    """The element's attributes by name: its data, else the key's default."""
    out = {}
    for scope, name, default in keys.values():
        if name is not None and scope in (where, "all") and default is not None:
            out[name] = default
    for data in element.findall(f"{{{NS}}}data"):
        scope, name, _default = keys.get(data.get("key"), (None, None, None))
        if name is None or scope not in (where, "all"):
            continue
        out[name] = data.text or ""
    return out


def _bool(text: str) -> bool:
    value = text.strip().lower()
    if value in ("true", "1", "yes"):
        return True
    if value in ("false", "0", "no", ""):
        return False
    raise GraphMLError("“{text}” is not a yes/no value.", text=text[:20])


def _enum(enum_type, text: str):
    value = text.strip().lower()
    for member in enum_type:
        if value in (str(member.value), member.name.lower()):
            return member
    raise GraphMLError("“{text}” is not a value legato-desk knows here.", text=text[:20])


def _person_fields(raw: dict[str, str]) -> dict:
    out: dict = {}
    for name, text in raw.items():
        if name in DERIVED_NODE_KEYS or name not in NODE_KEYS:
            continue
        if name in ("is_index", "deceased", "verified"):
            out[name] = _bool(text)
        elif name == "kind":
            out[name] = _enum(m.PersonKind, text)
        elif name == "marker":
            out[name] = _enum(m.Marker, text)
        elif name in ("x", "y"):
            out[name] = _number(text, float)
        elif name == "age":
            out[name] = _number(text, int) if text.strip() else None
        else:
            out[name] = text
    if ("x" in out) != ("y" in out):
        raise GraphMLError("A person in this file has only one of the two coordinates.")
    if "x" in out and math.hypot(out["x"], out["y"]) > m.OUTSIDE_MAX * (1 + 1e-9):
        raise GraphMLError(
            "A person in this file is placed outside the map (x = {x}, y = {y}): positions "
            "lie within {limit} of the centre, the outer ring at 1.",
            x=raw["x"].strip()[:20], y=raw["y"].strip()[:20], limit=m.OUTSIDE_MAX)
    index = out.pop("is_index", False)
    try:
        cleaned = m.clean_person_fields(out)
    except ValidationError as exc:
        raise GraphMLError("A person in this file cannot be used: {reason}",
                           reason=exc) from None
    if index:
        cleaned["is_index"] = True
    return cleaned


def _relation_fields(raw: dict[str, str]) -> dict:
    out: dict = {}
    for name, text in raw.items():
        if name == "conflict":
            out[name] = _bool(text)
        elif name == "kind":
            out[name] = _enum(m.RelationKind, text)
        elif name == "strength":
            out[name] = _enum(m.Strength, text)
        elif name == "status":
            out[name] = _enum(m.TieStatus, text)
        elif name == "direction":
            out[name] = _enum(m.Direction, text)
        elif name == "note":
            out[name] = text
    try:
        return m.clean_relation_fields(out)
    except ValidationError as exc:
        raise GraphMLError("A tie in this file cannot be used: {reason}", reason=exc) from None


def _number(text: str, kind):
    """A finite number (an int may be written 5.0); inf, NaN and 1e400 are refused,
    never clamped: what the file says must be what the map shows."""
    try:
        value = float(text.strip())
    except ValueError:
        raise GraphMLError("“{text}” is not a number.", text=text[:20]) from None
    if not math.isfinite(value):
        raise GraphMLError("“{text}” is not a finite number.", text=text.strip()[:20])
    if kind is int:
        if not value.is_integer():
            raise GraphMLError("“{text}” is not a whole number.", text=text.strip()[:20])
        return int(value)
    return value

"""The map as GraphML, for network tools (Gephi, yEd, networkx), and back.

Node and edge ids are the persons' and ties' uids, so a file exported from
this vault and edited elsewhere is matched to the same persons on import.
A pseudonymised export leaves out names, notes and sources altogether (the
``label`` attribute carries the pseudonym instead); importing such a file
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
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from legato_desk.errors import KnownError, ValidationError
from legato_desk.model import map as m

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
                   pseudonymise: bool = True) -> bytes:
    """The map as a GraphML document. ``labels`` are the names to show per person id."""
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


# -- reading -------------------------------------------------------------------

def parse_graphml(data: bytes) -> ParsedMap:
    if len(data) > MAX_BYTES:
        raise GraphMLError("This file is too large to be a map (more than 20 MB).")
    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in data.lower():
        raise GraphMLError("This file contains XML declarations that are not allowed "
                           "in a map file (DOCTYPE or ENTITY).")
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        raise GraphMLError("This file is not well-formed XML.") from None
    except ValueError:
        raise GraphMLError() from None
    if root.tag != f"{{{NS}}}graphml":
        raise GraphMLError("This file is XML, but not GraphML.")
    keys = {}
    for key in root.findall(f"{{{NS}}}key"):
        keys[key.get("id")] = (key.get("for"), key.get("attr.name"))
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
    out = {}
    for data in element.findall(f"{{{NS}}}data"):
        scope, name = keys.get(data.get("key"), (None, None))
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
    try:
        return kind(text.strip())
    except ValueError:
        raise GraphMLError("“{text}” is not a number.", text=text[:20]) from None

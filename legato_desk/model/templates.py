"""Note templates: a structure that prefills a new session record.

Stored as plain dicts in ``vault.settings`` under ``TEMPLATES_KEY``; applying
a template never overwrites what was already typed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping

from legato_desk.errors import ValidationError
from legato_desk.model.session import (
    Mode, SessionRecord, Task, TaskEntry, TaskStatus, status_when_addressed)
from legato_desk.translatable import QT_TRANSLATE_NOOP

TEMPLATES_KEY = "sessions.templates"
NAME_MAX = 60


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    mode: Mode | None = None
    duration_min: int | None = None
    facts: str = ""
    reflection: str = ""
    next_steps: str = ""
    tasks: tuple[Task, ...] = ()   # ticked as addressed

    def to_dict(self) -> dict:
        return {"name": self.name, "mode": self.mode.value if self.mode else None,
                "duration_min": self.duration_min, "facts": self.facts,
                "reflection": self.reflection, "next_steps": self.next_steps,
                "tasks": [t.value for t in self.tasks]}

    @classmethod
    def from_dict(cls, d: dict) -> "Template":
        return cls(name=str(d.get("name", "")), mode=Mode(d["mode"]) if d.get("mode") else None,
                   duration_min=d.get("duration_min"), facts=d.get("facts", ""),
                   reflection=d.get("reflection", ""), next_steps=d.get("next_steps", ""),
                   tasks=tuple(Task(t) for t in d.get("tasks", ())))


def _n(text: str) -> str:
    """A default template's text, translated when the defaults are loaded."""
    return QT_TRANSLATE_NOOP("Templates", text)


DEFAULTS = (  # until the office edits them in Settings; in the UI's language
    Template(
        _n("First session with a parent"), Mode.IN_PERSON, 90,
        facts=_n("Concern in the parent's words:\n\nRecent developments:\n\n"
                 "Relationships and communication at home:\n\nWhat the parent has tried:\n"),
        reflection=_n("First impression of the parent's resources and burden:\n"),
        next_steps=_n("Explain what is recorded and where confidentiality ends.\n"),
        tasks=(Task.RELATIONSHIPS,)),
    Template(
        _n("Crisis call"), Mode.OUT_OF_HOURS, 20,
        facts=_n("What happened:\n\nIs anyone in danger? Who knows about it?\n"),
        reflection="",
        next_steps=_n("Call back on:\n")),
)


def clean_template(t: Template) -> Template:
    name = " ".join(t.name.split())
    if not name:
        raise ValidationError("A template needs a name.")
    if len(name) > NAME_MAX:
        raise ValidationError("A template name can be at most {limit} characters long.",
                              limit=NAME_MAX)
    return replace(t, name=name)


def clean_templates(templates: list[Template]) -> list[Template]:
    cleaned = [clean_template(t) for t in templates]
    names = [t.name.casefold() for t in cleaned]
    if len(set(names)) != len(names):
        raise ValidationError("Two templates have the same name.")
    return cleaned


def load(stored: list | None, translate=lambda text: text) -> list[Template]:
    """The office's templates, or the defaults with their texts translated."""
    if stored is not None:
        return [Template.from_dict(d) for d in stored]
    return [replace(t, name=translate(t.name), facts=translate(t.facts),
                    reflection=translate(t.reflection) if t.reflection else "",
                    next_steps=translate(t.next_steps)) for t in DEFAULTS]


def apply(template: Template, record: SessionRecord,
          standing: Mapping[Task, TaskStatus] | None = None) -> SessionRecord:
    """Prefill the empty parts of ``record``; what was typed stays. A task the
    template ticks keeps the status it ``standing`` at (``status_when_addressed``)."""
    def fill(current: str, text: str) -> str:
        return current if current.strip() else text

    ticked = {e.task for e in record.tasks}
    standing = standing or {}
    tasks = record.tasks + tuple(
        TaskEntry(t, status=status_when_addressed(standing.get(t)))
        for t in template.tasks if t not in ticked)
    return replace(
        record, mode=template.mode or record.mode,
        duration_min=template.duration_min if template.duration_min is not None
        else record.duration_min,
        facts=fill(record.facts, template.facts),
        reflection=fill(record.reflection, template.reflection),
        next_steps=fill(record.next_steps, template.next_steps), tasks=tasks)

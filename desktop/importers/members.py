"""Rep names a file gives that the team does not know yet: listed before anything is stored, each
either mapped onto an existing member (「山田」 → 「山田 太郎」) or confirmed as new.

The answers are a team-wide setting (`member_aliases`: name key → the member's name), so the next
import maps the same short name by itself (ImportResult.note_member applies it)."""

from __future__ import annotations

from typing import Any

from desktop.importers.result import ImportResult, normalize_word

SETTING = "member_aliases"


def aliases(store: Any) -> dict[str, str]:
    """{name key as a file writes it: the member's name} the team has answered so far."""
    return dict(store.setting(SETTING) or {}) if store is not None else {}


def known_keys(store: Any) -> set[str]:
    return {m.name_key for m in store.members()}


def new_names(result: ImportResult | None, known: set[str]) -> list[str]:
    """The rep names of a read file that are neither members (`known`: their keys) nor mapped onto
    one, as written."""
    if result is None:
        return []
    return [result.members[k] for k in sorted(result.members) if k not in known]


class UnknownMember(ValueError):
    """A name was to be mapped onto a member the team does not have."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def parse_map(texts: list[str] | None) -> dict[str, str]:
    """`--member-map "山田=山田 太郎"` (repeatable) → {山田: 山田 太郎}; raises ValueError on a text
    without '=' or with an empty side."""
    out: dict[str, str] = {}
    for text in texts or ():
        name, sep, target = text.partition("=")
        if not sep or not name.strip() or not target.strip():
            raise ValueError(text)
        out[name.strip()] = target.strip()
    return out


def remember(store: Any, answers: dict[str, str]) -> None:
    """Save {name as written: existing member's name} team-wide; a name confirmed as new ('') takes
    back an earlier answer. Raises UnknownMember (nothing saved) when a target is no member."""
    members = {m.name_key: m.name for m in store.members()}
    saved = aliases(store)
    for name, target in answers.items():
        key, to = normalize_word(name), normalize_word(target or name)
        if not target:  # confirmed as a new member: any earlier answer is taken back
            saved.pop(key, None)
            continue
        if to not in members:
            raise UnknownMember(target)
        if key == to:
            saved.pop(key, None)
        else:
            saved[key] = members[to]
    store.set_setting(SETTING, saved)

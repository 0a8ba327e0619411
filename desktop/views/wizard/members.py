"""The members the wizard's measurement page asks for, as changes against the stored ones."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.facts import member_key
from desktop.models.store import Store
from desktop.models.tables import MemberIn


@dataclass(frozen=True)
class MemberChanges:
    """New names to add, (id, new name) to rename, ids to deactivate (their history stays)."""

    added: tuple[str, ...] = ()
    renamed: tuple[tuple[int, str], ...] = ()
    removed: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.renamed or self.removed)

    @classmethod
    def between(cls, stored: dict[int, str], rows: list[tuple[int | None, str]]) -> MemberChanges:
        kept = {i for i, _ in rows if i is not None}
        return cls(added=tuple(n for i, n in rows if i is None),
                   renamed=tuple((i, n) for i, n in rows if i is not None and stored.get(i) != n),
                   removed=tuple(i for i in stored if i not in kept))


def save_members(store: Store, changes: MemberChanges) -> None:
    for member_id in changes.removed:
        store.update_member(member_id, active=False)
    for member_id, name in changes.renamed:
        store.update_member(member_id, name=name)
    known = {m.name_key: m for m in store.members()}
    for name in changes.added:
        again = known.get(member_key(name))
        if again is not None:
            store.update_member(again.id, active=True, name=name)  # a deactivated member comes back
        else:
            store.add_member(MemberIn(name=name))


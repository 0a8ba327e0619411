"""The Store is assembled from mixins written by different hands: no two may define the same method
(the later one would silently win, as `revert_targets` and `import_batches` once did)."""

from __future__ import annotations

from desktop.models.store import Store


def test_no_two_store_mixins_define_the_same_method() -> None:
    owners: dict[str, list[str]] = {}
    for cls in Store.__mro__[1:]:
        if cls is object:
            continue
        for name, value in vars(cls).items():
            if callable(value) and not name.startswith("__"):
                owners.setdefault(name, []).append(cls.__name__)
    clashes = {name: classes for name, classes in owners.items() if len(classes) > 1}
    assert not clashes

"""Values worked out once per distinct cell (importers.distinct): a bool is never a key, the kept
values stay bounded."""

from desktop.importers.distinct import KEPT, Seen


def test_a_bool_and_the_number_equal_to_it_are_not_one_key() -> None:
    seen, notes = Seen(), {}
    assert seen.put(notes, True, "True") == "True"
    assert seen.get(notes, 1) is None  # True == 1: had it been kept, 1 would read "True"
    seen.put(notes, 1, "1")
    assert seen.get(notes, True) is None
    assert seen.get(notes, 1) == "1"


def test_a_million_distinct_memos_are_not_all_kept() -> None:
    seen, notes = Seen(), {}
    for n in range(KEPT * 3 + 5):
        seen.put(notes, f"memo {n}", f"memo {n}")
    assert 0 < len(notes) <= KEPT
    assert seen.get(notes, f"memo {KEPT * 3 + 4}") == f"memo {KEPT * 3 + 4}"

"""Change notification: the Store publishes what changed, views pull fresh data."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    """One committed change: kind (added/updated/removed/reset), table and row ids."""

    kind: str
    table: str
    ids: tuple[int, ...] = ()


Listener = Callable[[Change], None]


class ChangeHub:
    """A tiny thread-safe observer: subscribe returns the function that unsubscribes."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(change)

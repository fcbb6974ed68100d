"""Guards against a Qt binding that breaks Python's reference counts (PySide6 6.12.0 did)."""

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    changed = Signal(object)


def test_emitting_from_python_keeps_reference_counts():
    emitter = Emitter()
    received = []
    emitter.changed.connect(received.append)
    before = {name: sys.getrefcount(value) for name, value in
              (("True", True), ("False", False), ("None", None))}
    for index in range(100):
        emitter.changed.emit(index)
    after = {name: sys.getrefcount(value) for name, value in
             (("True", True), ("False", False), ("None", None))}
    assert len(received) == 100
    for name in before:
        assert abs(after[name] - before[name]) < 20, (name, before[name], after[name])

"""Keyboard shortcuts that never collide, whatever the platform's key bindings are.

Qt's standard keys expand to a platform-dependent list: on X11, Delete is Del *and* Ctrl+D, so a
Duplicate action on Ctrl+D becomes an ambiguous shortcut there and neither action fires (offscreen
tests, which use another keyboard scheme, never see it). `resolve_conflicts` runs once after the
window made its actions: a key sequence claimed by several actions stays with the action whose
first (primary) shortcut it is, and is dropped from those that only got it as an extra binding.
`shortcut_table` lists what is left, for Help ▸ Keyboard Shortcuts.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

NATIVE = QKeySequence.SequenceFormat.NativeText


def _key(seq: QKeySequence) -> str:
    return seq.toString(QKeySequence.SequenceFormat.PortableText)


def resolve_conflicts(actions) -> list[tuple[str, str]]:
    """Give each key sequence to one action; returns (key, action text) pairs that were dropped."""
    owners: dict[str, list[QAction]] = {}
    for action in actions:
        for seq in action.shortcuts():
            if not seq.isEmpty():
                owners.setdefault(_key(seq), []).append(action)
    dropped = []
    for key, claimants in owners.items():
        if len(claimants) < 2:
            continue
        primary = [a for a in claimants if a.shortcuts() and _key(a.shortcuts()[0]) == key]
        keeper = primary[0] if primary else claimants[0]
        for action in claimants:
            if action is not keeper:
                action.setShortcuts([s for s in action.shortcuts() if _key(s) != key])
                dropped.append((key, action.text().replace("&", "")))
    return dropped


def shortcut_table(actions) -> list[tuple[str, str, str]]:
    """(keys, action, what it does) for every action with a shortcut, in the order given."""
    rows, seen = [], set()
    for action in actions:
        keys = [s.toString(NATIVE) for s in action.shortcuts() if not s.isEmpty()]
        if not keys or id(action) in seen:
            continue
        seen.add(id(action))
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "")
        rows.append((", ".join(keys), name, action.statusTip() or action.toolTip()))
    return rows

"""Layers as text: what Copy puts on the clipboard and what Paste accepts.

Copy writes a JSON list with one layer per line, the same style as a network file's "layers", so
it pastes straight into a hand-edited file. Paste is lenient about the wrapping (a list, a single
layer, or a whole network document) but strict about the content: anything that is not a layer
object is refused with a message, never half-pasted.
"""

from __future__ import annotations

import json

from netbuilder.i18n import translate


def layers_to_text(raw_layers: list[dict]) -> str:
    inner = ",\n".join("  " + json.dumps(layer, ensure_ascii=False) for layer in raw_layers)
    return "[\n" + inner + "\n]\n"


def layers_from_text(text: str) -> list[dict]:
    """Layer objects from pasted text, or ValueError saying why there are none."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, TypeError):
        raise ValueError(translate("Engine", "the clipboard does not hold JSON layers")) from None
    if isinstance(data, dict) and "layers" in data:
        data = data["layers"]
    elif isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not data:
        raise ValueError(translate("Engine", "the clipboard holds JSON, but no layers"))
    for i, layer in enumerate(data):
        if not isinstance(layer, dict) or not isinstance(layer.get("type"), str):
            raise ValueError(translate("Engine", 'item {0} on the clipboard is not a layer object with a "type"').format(i + 1))
    return data

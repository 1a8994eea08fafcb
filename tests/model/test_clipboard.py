"""Copy/paste text: what Copy writes, Paste reads back; wrong content is refused whole."""

import pytest

from netbuilder.model.clipboard import layers_from_text, layers_to_text


def test_copy_then_paste_round_trips():
    layers = [{"type": "Dense", "units": 3}, {"type": "ReLU"}]
    text = layers_to_text(layers)
    assert text.count("\n") == 4  # one layer per line, like a network file
    assert layers_from_text(text) == layers


@pytest.mark.parametrize("text, expected", [
    ('{"type": "ReLU"}', [{"type": "ReLU"}]),
    ('{"input": {"shape": [4]}, "layers": [{"type": "Tanh"}]}', [{"type": "Tanh"}]),
])
def test_paste_accepts_a_single_layer_or_a_whole_document(text, expected):
    assert layers_from_text(text) == expected


@pytest.mark.parametrize("text", ["hello", "[]", '[{"type": "ReLU"}, 3]', '{"units": 3}', "42"])
def test_paste_refuses_what_is_not_layers(text):
    with pytest.raises(ValueError):
        layers_from_text(text)

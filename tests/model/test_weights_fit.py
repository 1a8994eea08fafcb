"""weight_signature: which edits keep trained weights usable (same arrays, same shapes, same order)."""

import copy

from netbuilder.model.weights_fit import weight_signature

DOC = {"input": {"shape": [1, 8, 8]},
       "layers": [{"type": "Conv2D", "filters": 4, "kernel_size": 3}, {"type": "ReLU"}, {"type": "Flatten"},
                  {"type": "Dropout", "rate": 0.2}, {"type": "Dense", "units": 3}, {"type": "Softmax"}]}


def edited(change):
    doc = copy.deepcopy(DOC)
    change(doc)
    return weight_signature(doc)


def test_weightless_edits_keep_the_signature():
    base = weight_signature(DOC)
    assert [kind for kind, _ in base] == ["Conv2D", "Dense"]
    assert edited(lambda d: d["layers"].insert(2, {"type": "LeakyReLU"})) == base
    assert edited(lambda d: d["layers"].pop(1)) == base                          # ReLU removed
    assert edited(lambda d: d["layers"][3].update(rate=0.5)) == base            # dropout rate
    assert edited(lambda d: d["layers"][1].update(type="Sigmoid")) == base


def test_edits_that_change_weights_change_it():
    base = weight_signature(DOC)
    assert edited(lambda d: d["layers"][0].update(filters=5)) != base
    assert edited(lambda d: d["layers"].insert(2, {"type": "MaxPool2D"})) != base  # Dense input shrinks
    assert edited(lambda d: d["layers"].insert(1, {"type": "BatchNorm"})) != base  # new weights
    assert edited(lambda d: d["input"].update(shape=[1, 9, 9])) != base
    assert edited(lambda d: d["layers"][0].update(kernel_size=99)) is None       # cannot be built

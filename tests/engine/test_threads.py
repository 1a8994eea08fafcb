"""The engine's threads (engine/threads.py): chunked work gives the same numbers on one thread or several."""

import threading

import numpy as np
import pytest

from netbuilder.engine import Network, threads
from netbuilder.engine.optim import PARALLEL_SIZE, make_optimizer


@pytest.fixture
def engine_threads():
    """Set the engine's thread count for one test, and restore the default after it."""
    yield threads.set_threads
    threads.set_threads(None)


def test_for_chunks_covers_every_item_once_in_order_on_several_threads(engine_threads):
    engine_threads(3)
    seen = []
    names = set()

    def fn(lo, hi):
        seen.extend(range(lo, hi))
        names.add(threading.current_thread().name)
        return lo
    assert threads.for_chunks(103, 10, fn) == list(range(0, 103, 10))
    assert sorted(seen) == list(range(103))
    assert len(names) >= 1


def test_for_chunks_passes_a_workers_exception_to_the_caller(engine_threads):
    engine_threads(2)

    def fn(lo, hi):
        if lo == 5:
            raise ValueError("chunk 5 broke")
    with pytest.raises(ValueError, match="chunk 5 broke"):
        threads.for_chunks(10, 1, fn)


def test_set_threads_rejects_zero():
    with pytest.raises(ValueError, match="at least 1"):
        threads.set_threads(0)


def test_chunk_size_does_not_depend_on_the_thread_count(engine_threads):
    sizes = []
    for n in (1, 2, 7):
        engine_threads(n)
        sizes.append((threads.chunk_size(64, 1), threads.chunk_size(64, 1 << 20), threads.chunk_size(64, 1 << 12)))
    assert sizes == [(16, 1, 16)] * 3  # small items: capped by the balance rule; large: one per chunk


# No bias before BatchNorm: its gradient is rounding noise, which Adam would blow up to ±lr.
SPEC = {"input": {"shape": [3, 12, 12]}, "layers": [
    {"type": "Conv2D", "filters": 6, "kernel_size": 3, "padding": "same", "use_bias": False}, {"type": "BatchNorm"},
    {"type": "ReLU"}, {"type": "Conv2D", "filters": 5, "kernel_size": 3, "stride": 2, "padding": 1},
    {"type": "ReLU"}, {"type": "MaxPool2D"}, {"type": "Dense", "units": 4}, {"type": "Softmax"}],
    "loss": {"type": "cross_entropy"}}


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_training_steps_agree_on_one_thread_and_on_three(engine_threads, optimizer):
    rng = np.random.default_rng(0)
    x, t = rng.standard_normal((9, 3, 12, 12)), rng.integers(0, 4, 9)
    weights = []
    for n in (1, 3):
        engine_threads(n)
        net = Network.from_spec(SPEC, seed=1, dtype=np.float64)
        opt = make_optimizer({"type": optimizer, "lr": 0.01})
        for _ in range(3):
            net.loss_and_gradients(x, t)
            opt.step(net.layers)
        weights.append(net.state_dict())
    for key in weights[0]:  # bit-identical: the chunks do not depend on the thread count
        np.testing.assert_array_equal(weights[1][key], weights[0][key])


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"])
def test_a_large_parameter_is_updated_in_ranges_exactly_as_whole(engine_threads, optimizer):
    """Above PARALLEL_SIZE elements the update runs in flat ranges on the engine's threads."""
    class Holder:
        def __init__(self, w, g):
            self.params, self.grads = {"W": w.copy()}, {"W": g}
    rng = np.random.default_rng(4)
    w, g = rng.standard_normal((2, PARALLEL_SIZE + 7)), rng.standard_normal((2, PARALLEL_SIZE + 7))
    results = []
    for n in (1, 2):
        engine_threads(n)
        holder = Holder(w, g)
        opt = make_optimizer({"type": optimizer, "lr": 0.01, "weight_decay": 0.001})
        for _ in range(2):
            opt.step([holder])
        results.append(holder.params["W"])
    np.testing.assert_array_equal(results[0], results[1])
    assert not np.array_equal(results[0], w)


def test_thread_count_follows_set_threads_then_the_environment_then_the_cores(engine_threads, monkeypatch):
    for var in threads.THREAD_ENV:
        monkeypatch.delenv(var, raising=False)
    assert threads.threads() == threads.available_cores()
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "1")  # a sweep worker's environment
    assert threads.threads() == 1
    monkeypatch.setenv("NETBUILDER_THREADS", "3")
    assert threads.threads() == 3
    engine_threads(2)
    assert threads.threads() == 2


def test_a_large_dense_layer_split_over_threads_matches_one_call(engine_threads):
    from netbuilder.engine import layer_class
    from netbuilder.engine.layers.dense import PARALLEL_MACS
    rng = np.random.default_rng(5)
    n_in = PARALLEL_MACS // (8 * 64) + 1  # just above the split threshold at batch 8, 64 units
    x, dy = rng.standard_normal((8, n_in)), rng.standard_normal((8, 64))
    results = []
    for n in (1, 3):
        engine_threads(n)
        layer = layer_class("Dense")((n_in,), units=64)
        layer.initialize(np.random.default_rng(0), np.float64)
        results.append((layer.forward(x, True), layer.backward(dy), layer.grads["W"].copy()))
    whole = layer.params["W"]
    np.testing.assert_allclose(results[0][0], x @ whole, rtol=1e-12, atol=1e-12)  # the split is the product
    np.testing.assert_allclose(results[0][2], x.T @ dy, rtol=1e-12, atol=1e-12)
    for a, b in zip(*results):
        np.testing.assert_array_equal(a, b)


def test_the_workers_blas_cap_sets_the_engine_threads_and_this_threads_blas(engine_threads):
    """run/blas.py's cap goes through the engine's one BLAS setter: in a fresh thread it sets the
    engine's thread count, and this thread's BLAS setting reads back as the cap."""
    from netbuilder.run.blas import limit_blas_threads_here

    out = {}

    def in_a_thread():
        out["cap"] = limit_blas_threads_here(2)
        out["blas"] = threads.set_blas_threads_here(0)  # returns the previous setting: our cap

    t = threading.Thread(target=in_a_thread)
    t.start()
    t.join()
    assert threads.threads() == 2
    if threads._blas_local_setter() is None:
        assert out == {"cap": None, "blas": None}  # another BLAS: nothing to set, and it says so
    else:
        assert out == {"cap": 2, "blas": 2}

"""Training-speed benchmark: `python -m netbuilder.bench [--steps N] [--rounds R] [--nets a,b]
[--optimizers sgd,adam] [--threads T] [--no-torch] [--no-memory] [--no-cores] [--no-load] [--under-load]`.

Speed is a headline feature, so it is measured the way users feel it: images per second through a
whole training step (forward, backward, optimizer update) in float32, on random data of MNIST/CIFAR
shape, for the nets of issue 15 (the ones users train). When PyTorch is installed the same
networks are trained there in the same run with the same thread count, which turns a noisy
absolute figure on a shared machine into a ratio that means something. The tables:

1. per net and optimizer: ours, torch, the ratio, and our share of the machine's matmul peak (a
   large float32 matmul timed in the same run; a training step is about 6 × the forward MACs);
2. cores: ours on one engine thread against ours on all of them;
3. under load: ours while a child process runs numpy matmuls with numpy's default threads (a second
   training, a notebook), against ours quiet; the child is paused and resumed between rounds, so
   the two alternate too (`--under-load`: this table alone).

numpy is imported only after the arguments are read: some BLAS libraries read their thread count
only from environment variables, when numpy loads. The threads follow `netbuilder train`'s policy
(run/blas.py).

One job per module: nets.py (the nets, optimizers, random batches), contenders.py (our step and the
PyTorch twin), measure.py (alternating rounds, the matmul peak), neighbour.py (the busy process),
memory.py (peak memory of a child), tables.py (the tables), cli.py (the options).
"""

from netbuilder.bench.contenders import ours_step, torch_model, torch_step
from netbuilder.bench.measure import (ROUNDS, images_per_second, limit_threads, matmul_peak_gflops,
                                      training_gflop_per_image)
from netbuilder.bench.memory import peak_memory_mb, train_alone
from netbuilder.bench.neighbour import LOAD_CODE, Neighbour
from netbuilder.bench.nets import BATCH, CLASSES, CONV_NETS, NETS, OPTIMIZERS, batch_of, random_batches, spec_for
from netbuilder.bench.tables import LOAD_TARGET, run


def main(argv=None) -> int:
    from netbuilder.bench.cli import main as cli_main
    return cli_main(argv)


__all__ = ["BATCH", "CLASSES", "CONV_NETS", "LOAD_CODE", "LOAD_TARGET", "NETS", "OPTIMIZERS", "ROUNDS", "Neighbour",
           "batch_of", "images_per_second", "limit_threads", "main", "matmul_peak_gflops", "ours_step",
           "peak_memory_mb", "random_batches", "run", "spec_for", "torch_model", "torch_step", "train_alone",
           "training_gflop_per_image"]

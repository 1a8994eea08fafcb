"""Check that this PyTorch model computes what NetBuilder computed: reference.npz holds inputs and
NetBuilder's outputs saved at export time. Exit 0 when every output agrees within the tolerance,
1 otherwise (with the largest difference)."""

import argparse
import pathlib
import sys

import numpy as np
import torch

from model import Net, load_netbuilder_weights

HERE = pathlib.Path(__file__).resolve().parent


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--tolerance", type=float, default=1e-4)
    args = p.parse_args()
    model = load_netbuilder_weights(Net()).eval()
    with np.load(HERE / "reference.npz") as ref:
        x, expected = ref["inputs"], ref["outputs"]
    with torch.no_grad():
        got = model.predict(torch.from_numpy(x)).numpy()
    diff = float(np.abs(got - expected).max())
    ok = got.shape == expected.shape and diff <= args.tolerance
    print(f"{'OK' if ok else 'MISMATCH'}: largest difference {diff:.3g} over {expected.size} outputs "
          f"(tolerance {args.tolerance:g})")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

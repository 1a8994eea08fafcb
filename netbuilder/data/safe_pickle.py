"""Unpickling data files without running code from them.

A pickle can call any importable function while it loads, so a CIFAR batch downloaded from a random
mirror could run commands on the user's machine. The official batches only hold dicts, lists,
strings, ints and numpy arrays; this unpickler resolves exactly the few globals numpy needs to
rebuild an array, and refuses everything else before it is called.
"""

from __future__ import annotations

import codecs
import io
import pickle

import numpy as np

try:  # numpy >= 2
    from numpy._core import multiarray as _multiarray
    from numpy._core import numeric as _numeric
except ImportError:  # pragma: no cover - numpy 1.x
    from numpy.core import multiarray as _multiarray
    from numpy.core import numeric as _numeric


def _latin1(text: str, encoding: str = "latin1") -> bytes:
    """Python 3 writes bytes into protocol-2 pickles as `_codecs.encode(text, "latin1")`; allow that
    one use and no other codec."""
    if encoding != "latin1" or not isinstance(text, str):
        raise pickle.UnpicklingError("refusing _codecs.encode with anything but latin1 text")
    return codecs.encode(text, "latin1")


def _bytes(*args) -> bytes:
    """Protocol-2 pickles write an empty bytes object as a call to `bytes()`: allow that (and bytes
    from a list of small ints, which is bounded by the list), never `bytes(n)`, which allocates n."""
    if not args:
        return b""
    if len(args) == 1 and isinstance(args[0], list):
        return bytes(args[0])
    raise pickle.UnpicklingError("refusing bytes() with anything but a list")


_ALLOWED = {
    ("__builtin__", "bytes"): _bytes,
    ("builtins", "bytes"): _bytes,
    ("numpy.core.multiarray", "_reconstruct"): _multiarray._reconstruct,
    ("numpy._core.multiarray", "_reconstruct"): _multiarray._reconstruct,
    ("numpy", "ndarray"): np.ndarray,
    ("numpy", "dtype"): np.dtype,
    ("_codecs", "encode"): _latin1,
}
if hasattr(_numeric, "_frombuffer"):  # protocol 5 arrays
    _ALLOWED[("numpy.core.numeric", "_frombuffer")] = _numeric._frombuffer
    _ALLOWED[("numpy._core.numeric", "_frombuffer")] = _numeric._frombuffer


class ForbiddenGlobal(pickle.UnpicklingError):
    def __init__(self, module: str, name: str):
        super().__init__(f"{module}.{name}")
        self.qualname = f"{module}.{name}"


class _RestrictedUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        try:
            return _ALLOWED[(module, name)]
        except KeyError:
            raise ForbiddenGlobal(module, name) from None


def restricted_loads(data: bytes):
    """Like pickle.loads(data, encoding="bytes") (how Python 2 pickles such as CIFAR's must be read),
    but any global outside numpy's array machinery raises ForbiddenGlobal."""
    return _RestrictedUnpickler(io.BytesIO(data), encoding="bytes").load()

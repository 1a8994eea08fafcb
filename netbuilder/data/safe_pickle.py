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
import struct

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
    if encoding == "latin1" and isinstance(text, _Latin1Text):
        return text.data
    if encoding != "latin1" or not isinstance(text, str):
        raise pickle.UnpicklingError("refusing _codecs.encode with anything but latin1 text")
    return codecs.encode(text, "latin1")


class _Latin1Text:
    """A long pickled string whose characters all lie below 256, kept as its latin1 bytes.

    That is how Python 3 writes the pixels of a numpy array into a protocol-2 pickle: as text
    (UTF-8 in the file, two bytes for each value above 127) that `_codecs.encode(text, "latin1")`
    turns back into bytes. Decoding it to a str first and encoding that would hold the file's
    UTF-8, the str and the bytes at once (about 4.5x the pixels); kept as bytes, it costs them once.
    Made only for the text argument of `_codecs.encode`, which `_latin1` turns into those bytes."""

    __slots__ = ("data",)

    def __init__(self, data: bytes):
        self.data = data


LONG_TEXT = 1 << 20   # UTF-8 bytes above which a pickled string is decoded piecewise
READ_CHUNK = 1 << 18   # UTF-8 bytes decoded at a time


def _read_text(read, n: int, as_bytes: bool):
    """The BINUNICODE string of `n` UTF-8 bytes that `read` delivers: a str, or with `as_bytes`, for
    a long one whose characters all fit latin1, a _Latin1Text, decoded a chunk at a time into one
    growing buffer (BytesIO.getvalue hands that buffer over without a copy)."""
    if n <= LONG_TEXT or not as_bytes:
        data = read(n)
        if len(data) < n:
            raise pickle.UnpicklingError("pickle data was truncated")
        return str(data, "utf-8", "surrogatepass")
    decoder = codecs.getincrementaldecoder("utf-8")("surrogatepass")
    latin1, texts, left = io.BytesIO(), None, n
    while left:
        chunk = read(min(left, READ_CHUNK))
        if len(chunk) < min(left, READ_CHUNK):
            raise pickle.UnpicklingError("pickle data was truncated")
        left -= len(chunk)
        text = decoder.decode(chunk, final=not left)
        if texts is None:
            try:
                latin1.write(text.encode("latin1"))
                continue
            except UnicodeEncodeError:  # real text after all: build the str as pickle would
                texts = [latin1.getvalue().decode("latin1")]
        texts.append(text)
    return "".join(texts) if texts is not None else _Latin1Text(latin1.getvalue())


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


class _RestrictedUnpickler(pickle._Unpickler):
    """The Python implementation of the unpickler (the C one cannot be taught a single opcode):
    globals restricted, long strings read by _read_text. A CIFAR batch is a few thousand small
    objects plus one big string or bytes, so it loads about as fast."""

    dispatch = dict(pickle._Unpickler.dispatch)

    def find_class(self, module: str, name: str):
        try:
            return _ALLOWED[(module, name)]
        except KeyError:
            raise ForbiddenGlobal(module, name) from None

    def load_binunicode(self):
        n, = struct.unpack("<I", self.read(4))
        # Only the text argument of `_codecs.encode` (just pushed, below it) may become latin1 bytes.
        as_bytes = bool(self.stack) and self.stack[-1] is _latin1
        self.append(_read_text(self.read, n, as_bytes))

    dispatch[pickle.BINUNICODE[0]] = load_binunicode


def restricted_load(file):
    """Like pickle.load(file, encoding="bytes") (how Python 2 pickles such as CIFAR's must be read),
    but any global outside numpy's array machinery raises ForbiddenGlobal. Reading from the open
    file rather than its bytes keeps a whole copy of the file out of memory while it loads: a batch
    costs about its pixels once (numpy keeps the loaded bytes as the array's memory)."""
    return _RestrictedUnpickler(file, encoding="bytes").load()


def restricted_loads(data: bytes):
    """restricted_load from bytes in memory."""
    return restricted_load(io.BytesIO(data))

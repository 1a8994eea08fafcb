"""Images kept as the uint8 pixels they were stored as, turned into float32 one batch at a time.

Converting a whole image set to float32 up front costs 4 bytes per pixel for every copy (the
conversion, the split, the standardised copy...): a 537 MB IDX set peaked at 4.3 GB (issue 15).
`Pixels` holds the stored uint8 array (shared, never written) plus the conversion, and indexing it
gives the float32 network inputs of just the samples asked for. The arithmetic is the one the eager
conversion did, in the same order (`to_inputs`), so every batch is bit-identical to the matching
rows of the old float32 array and training results do not change.

A `Pixels` poses as that float32 array for the code that reads it (trainer, evaluation, probes,
views): `shape`, `dtype` (float32), `len`, `x[i]`, `x[a:b]`, `x[index_array]`, iteration, and
`np.asarray(x)` (a full conversion, for the few places that need one: small sets only). Splits
(`take`) are index views over the same pixels, so no split copies the images at all.
Whole-set statistics (`mean`, `std`, `min`, `max`, and the standardisation's per-channel numbers in
normalize.py) come from per-channel counts of the 256 pixel values: exact, and without any float
copy of the set.
"""

from __future__ import annotations

import operator
from fractions import Fraction

import numpy as np

SCALE = np.float32(1 / 255)   # pixel value 255 -> 1.0, the scaling every image source records
CHUNK_PIXELS = 1 << 18        # pixels per chunk of a whole-set pass (counting: 8 bytes each, so 2 MB)


def to_inputs(pixels: np.ndarray, scale=SCALE, shift: np.ndarray | None = None,
              std: np.ndarray | None = None) -> np.ndarray:
    """uint8 pixels -> a new float32 array: pixel · scale, then (x − shift) / std when given.

    The one place that arithmetic is written (data sources, `netbuilder predict` and the Try-it tab
    all come here), each step in float32 and in this order, so an image is the same bits wherever
    it is prepared."""
    x = pixels.astype(np.float32)
    x *= np.float32(scale)
    if shift is not None:
        x -= shift
        x /= std
    return x


class Pixels:
    """uint8 images (N, C, H, W) that read as float32 network inputs, a batch at a time.

    `rows`: the samples of `raw` this set consists of (None: all of them), so that splits share
    one stored array. `shift`/`divisor`: float32 per-channel standardisation (mean, std), shape
    (1, C, 1, 1), or None."""

    __slots__ = ("raw", "rows", "shift", "divisor")
    dtype = np.dtype(np.float32)
    ndim = 4

    def __init__(self, raw: np.ndarray, rows: np.ndarray | None = None,
                 shift: np.ndarray | None = None, divisor: np.ndarray | None = None):
        if raw.dtype != np.uint8 or raw.ndim != 4:
            raise ValueError(f"Pixels needs uint8 images (N, C, H, W), got {raw.dtype} {raw.shape}")
        if (shift is None) != (divisor is None):
            raise ValueError("Pixels needs both a shift and a divisor, or neither")
        if raw.flags.writeable:
            raw = raw.view()
            raw.flags.writeable = False  # shared by every split: nobody may change it
        self.raw = raw
        self.rows = None if rows is None else np.asarray(rows, dtype=np.intp)
        c = raw.shape[1]
        self.shift = None if shift is None else np.asarray(shift, np.float32).reshape(1, c, 1, 1)
        self.divisor = None if divisor is None else np.asarray(divisor, np.float32).reshape(1, c, 1, 1)

    # --- what it looks like -------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.raw) if self.rows is None else len(self.rows)

    @property
    def shape(self) -> tuple:
        return (len(self), *self.raw.shape[1:])

    @property
    def size(self) -> int:
        return int(np.prod(self.shape))

    @property
    def nbytes(self) -> int:
        """The bytes of the float32 array this stands for (what callers sizing work by the array
        used to get); `stored_nbytes` is what it holds."""
        return self.size * self.dtype.itemsize

    @property
    def stored_nbytes(self) -> int:
        return self.size * self.raw.itemsize

    def __repr__(self) -> str:
        standardised = ", standardised" if self.shift is not None else ""
        return f"Pixels({self.shape}, uint8 read as float32{standardised})"

    # --- reading ------------------------------------------------------------------------------
    def stored(self, key=slice(None)) -> np.ndarray:
        """The uint8 pixels of the samples `key` selects (a view for a slice of an unsplit set)."""
        if self.rows is None:
            return self.raw[key]
        return self.raw[self.rows[key]]

    def convert(self, pixels: np.ndarray) -> np.ndarray:
        return to_inputs(pixels, SCALE, self.shift, self.divisor)

    def __getitem__(self, key) -> np.ndarray:
        """float32 inputs, exactly those the eager array gave for the same key. The first index
        picks samples (only they are converted); any further ones apply to the converted batch."""
        first, rest = (key[0], key[1:]) if isinstance(key, tuple) and key else (key, ())
        if first is Ellipsis or first is None:
            return np.asarray(self)[key]
        if isinstance(first, (int, np.integer)):
            i = operator.index(first)
            if not -len(self) <= i < len(self):
                raise IndexError(f"index {i} is out of bounds for {len(self)} samples")
            i %= len(self)
            return self.convert(self.stored(slice(i, i + 1)))[(0, *rest)]
        out = self.convert(self.stored(first))
        return out[(slice(None), *rest)] if rest else out

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def batches(self, size: int = 0):
        """(start, float32 batch) over the whole set, `size` samples (default: CHUNK_PIXELS) at a time."""
        step = size or max(1, CHUNK_PIXELS // max(1, int(np.prod(self.raw.shape[1:]))))
        for start in range(0, len(self), step):
            yield start, self[start:start + step]

    def __array__(self, dtype=None, copy=None) -> np.ndarray:
        """The whole set as float32 (4 bytes per pixel): for code that needs a real array of a
        small set. Filled a chunk at a time, so the peak is the result plus one chunk."""
        out = np.empty(self.shape, np.float32)
        for start, batch in self.batches():
            out[start:start + len(batch)] = batch
        return out if dtype is None else out.astype(dtype, copy=False)

    # --- new sets over the same pixels --------------------------------------------------------
    def take(self, rows) -> "Pixels":
        """The samples `rows` (positions in this set), as a view: nothing is copied."""
        rows = np.asarray(rows, dtype=np.intp)
        return Pixels(self.raw, rows if self.rows is None else self.rows[rows], self.shift, self.divisor)

    def standardized(self, shift, std) -> "Pixels":
        """The same samples, standardised per channel: (pixel · SCALE − shift) / std."""
        return Pixels(self.raw, self.rows, np.asarray(shift, np.float32), np.asarray(std, np.float32))

    # --- whole-set statistics from value counts -----------------------------------------------
    def channel_counts(self) -> np.ndarray:
        """(C, 256) int64: how often each pixel value occurs in each channel; counted a chunk at a
        time (bincount works on intp, 8 bytes per pixel, so never on the whole set)."""
        c = self.raw.shape[1]
        counts = np.zeros((c, 256), np.int64)
        step = max(1, CHUNK_PIXELS // max(1, int(np.prod(self.raw.shape[1:]))))
        for start in range(0, len(self), step):
            chunk = self.stored(slice(start, start + step))
            for k in range(c):
                counts[k] += np.bincount(chunk[:, k].reshape(-1), minlength=256)
        return counts

    def channel_values(self) -> np.ndarray:
        """(C, 256) float32: the input each pixel value becomes in each channel."""
        c = self.raw.shape[1]
        table = np.broadcast_to(np.arange(256, dtype=np.uint8)[:, None, None, None], (256, c, 1, 1))
        return self.convert(table).reshape(256, c).T

    # Over the whole set (axis=None, what the data browser shows) these cost no float copy; along
    # axes they convert the whole set first (np.asarray), which only small sets should ask for.
    def _whole(self):
        if not len(self):
            raise ValueError("zero-size Pixels has no statistics")
        counts, values = self.channel_counts(), self.channel_values()
        return counts.reshape(-1), values.reshape(-1)

    def mean(self, axis=None):
        if axis is not None:
            return np.asarray(self).mean(axis=axis)
        return np.float64(moments(*self._whole())[0])

    def std(self, axis=None):
        if axis is not None:
            return np.asarray(self).std(axis=axis)
        return np.float64(moments(*self._whole())[1])

    def min(self, axis=None):
        if axis is not None:
            return np.asarray(self).min(axis=axis)
        counts, values = self._whole()
        return values[counts > 0].min()

    def max(self, axis=None):
        if axis is not None:
            return np.asarray(self).max(axis=axis)
        counts, values = self._whole()
        return values[counts > 0].max()


def moments(counts: np.ndarray, values: np.ndarray) -> tuple[float, float]:
    """(mean, standard deviation) of a sample in which `values[i]` occurs `counts[i]` times.

    The sums are exact (fractions: a few hundred terms), each result rounded once to float64. The
    deviations are formed as numpy's std forms them (float64 value − float64 mean, squared in
    float64), so the numbers match what `x.mean/std(dtype=float64)` gave on the eager float32 array
    up to that computation's own rounding (a few units in the last place of float64; the float32
    numbers the inputs are standardised with are the same)."""
    counts = np.asarray(counts, np.int64)
    values = np.asarray(values, np.float64)
    n = int(counts.sum())
    if n == 0:
        return float("nan"), float("nan")  # as numpy's mean of nothing (a loader then reports the empty set)
    used = counts > 0
    mean = float(_exact_sum(counts[used], values[used]) / n)
    deviation = values[used] - mean
    var = float(_exact_sum(counts[used], deviation * deviation) / n)
    return mean, float(np.sqrt(var))


def _exact_sum(counts: np.ndarray, values: np.ndarray) -> Fraction:
    return sum((Fraction(int(k)) * Fraction(float(v)) for k, v in zip(counts, values)), Fraction(0))


def take(x, rows):
    """Rows of a data set's inputs for a split: an index view for Pixels (no copy), a copy of a
    plain array as before."""
    return x.take(rows) if isinstance(x, Pixels) else x[rows]

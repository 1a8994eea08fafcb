"""Reading .npz archives of unknown origin: every member's header checked before any array is read.

`np.load` trusts the file: a member whose header declares a terabyte-sized array is allocated (a
MemoryError, or the machine swaps), a `.npy` opens as a bare array, and a string or object member
only fails later when someone does arithmetic with it. Here every member's header is read first and
must declare a plain numeric array (or the short JSON text of our own description blocks) whose size
matches the bytes actually stored; only then are the arrays read. Every failure is one `NpzError`
sentence naming the file and the member.
"""

from __future__ import annotations

import pathlib
import zipfile
import zlib

import numpy as np

from netbuilder.io.regular_file import stat_regular
from netbuilder.format import size_text
from netbuilder.model.memory import available_memory

NUMERIC_KINDS = "fiu"           # float, signed and unsigned int (bool, complex, str, object refused)
MAX_TEXT_CHARS = 1 << 22        # a JSON description block is a few KB; 4 M characters is plenty
MAX_MEMBERS = 100_000


class NpzError(Exception):
    """An archive that is not a readable set of numeric arrays; str(e) names the file and member."""


def _read_header(f) -> tuple[tuple, bool, np.dtype]:
    version = np.lib.format.read_magic(f)
    if version == (1, 0):
        return np.lib.format.read_array_header_1_0(f, max_header_size=10_000)
    if version == (2, 0):
        return np.lib.format.read_array_header_2_0(f, max_header_size=10_000)
    if version == (3, 0) and hasattr(np.lib.format, "_read_array_header"):
        return np.lib.format._read_array_header(f, version, max_header_size=10_000)
    raise ValueError(f"unsupported .npy format version {version}")


def _member_problem(name: str, shape, dtype: np.dtype, stored: int, text_members: tuple[str, ...]) -> str | None:
    if not isinstance(shape, tuple) or not all(isinstance(d, int) and d >= 0 for d in shape):
        return f"declares an impossible shape {shape!r}"
    count = 1
    for d in shape:
        count *= d
    if dtype.hasobject or dtype.fields is not None or dtype.subdtype is not None:
        return f"holds Python objects or records ({dtype}), not numbers"
    if name in text_members:
        if dtype.kind != "U" or shape != () or dtype.itemsize > 4 * MAX_TEXT_CHARS:
            return f"should be a short text block, not {dtype} values of shape {shape}"
    elif dtype.kind not in NUMERIC_KINDS:
        return f"holds {dtype} values ({'text' if dtype.kind in 'US' else dtype.kind}), not numbers"
    declared = count * dtype.itemsize
    if declared != stored:
        return (f"declares {count:,} values of {dtype} ({declared:,} bytes) but stores {stored:,} bytes; "
                "the file is damaged or not a weights file")
    return None


def _check_file(path: pathlib.Path, where: str) -> None:
    """NpzError unless `path` is a regular file that does not start like a bare .npy array."""
    stat_regular(path, "a weights file", NpzError, where)
    try:
        with open(path, "rb") as f:
            start = f.read(6)
    except OSError as e:
        raise NpzError(f"{where}: cannot be read ({e.strerror or e})") from None
    if start == b"\x93NUMPY":
        raise NpzError(f"{where}: is a single .npy array, not a NetBuilder weights file "
                       "(.npz, written by Save weights or `netbuilder train --out`)")


def read_npz(path, text_members: tuple[str, ...] = (), where: str | None = None) -> dict[str, np.ndarray]:
    """Every member of the archive at `path` as an array, after checking all of their headers.

    `path` may also be an open binary file (the weights.npz inside a .nbmodel, already in memory);
    `where` is then what messages call it. Numeric members may have any float or int dtype; the
    members named in `text_members` must be 0-d unicode text (our JSON description blocks). Raises
    NpzError for anything else."""
    if hasattr(path, "read"):
        where = where or "weights"
        if path.read(6) == b"\x93NUMPY":
            raise NpzError(f"{where}: is a single .npy array, not a weights archive (.npz)")
        path.seek(0)
    else:
        path = pathlib.Path(path)
        where = where or str(path)
        _check_file(path, where)
    try:
        with zipfile.ZipFile(path) as z:
            infos = [i for i in z.infolist() if not i.filename.endswith("/")]
            if len(infos) > MAX_MEMBERS:
                raise NpzError(f"{where}: holds {len(infos):,} entries, far more than any weights file")
            plans = []
            for info in infos:
                if not info.filename.endswith(".npy") or info.filename == ".npy":
                    raise NpzError(f"{where}: entry {info.filename!r} is not a numpy array; "
                                   "this is a zip file, but not a weights file")
                name = info.filename[:-4]
                with z.open(info) as member:
                    shape, fortran, dtype = _read_header(member)
                    offset = member.tell()
                problem = _member_problem(name, shape, dtype, info.file_size - offset, text_members)
                if problem:
                    raise NpzError(f"{where}: entry {name!r} {problem}")
                plans.append((info, name))
            total = sum(info.file_size for info, _ in plans)
            room = available_memory()
            if room is not None and total > room:
                raise NpzError(f"{where}: declares {size_text(total)} of arrays, more than the "
                               f"{size_text(room)} of memory available; it is not a weights file this "
                               "machine can open")
            arrays = {}
            for info, name in plans:
                with z.open(info) as member:
                    arrays[name] = np.lib.format.read_array(member, allow_pickle=False)
    except NpzError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile):
        raise NpzError(f"{where}: not a readable weights file (not a zip archive, or a damaged one)") from None
    except MemoryError:
        raise NpzError(f"{where}: its arrays do not fit in memory") from None
    except (ValueError, OSError, EOFError, KeyError, IndexError, NotImplementedError, RuntimeError, SyntaxError,
            TypeError, UnicodeDecodeError, OverflowError, zlib.error) as e:
        # zipfile, zlib (a damaged compressed member) and numpy's header parser raise all of these
        raise NpzError(f"{where}: not a readable weights file ({e.__class__.__name__}: {e})") from None
    return arrays

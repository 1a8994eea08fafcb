"""Reading .npz archives of unknown origin: every member's header checked before any array is read.

`np.load` trusts the file: a member whose header declares a terabyte-sized array is allocated (a
MemoryError, or the machine swaps), a `.npy` opens as a bare array, and a string or object member
only fails later when someone does arithmetic with it. Here every member's header is read first and
must declare a plain numeric array (or the short JSON text of our own description blocks) whose size
matches the bytes actually stored; only then are the arrays read. Every failure is one `NpzError`
sentence naming the file and the member.
"""

from __future__ import annotations

from netbuilder.i18n import translate
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
    raise ValueError(translate("Io", "unsupported .npy format version {0}").format(version))


def _member_problem(name: str, shape, dtype: np.dtype, stored: int, text_members: tuple[str, ...]) -> str | None:
    if not isinstance(shape, tuple) or not all(isinstance(d, int) and d >= 0 for d in shape):
        return translate("Io", "declares an impossible shape {0!r}").format(shape)
    count = 1
    for d in shape:
        count *= d
    if dtype.hasobject or dtype.fields is not None or dtype.subdtype is not None:
        return translate("Io", "holds Python objects or records ({0}), not numbers").format(dtype)
    if name in text_members:
        if dtype.kind != "U" or shape != () or dtype.itemsize > 4 * MAX_TEXT_CHARS:
            return translate("Io", "should be a short text block, not {0} values of shape {1}").format(dtype, shape)
    elif dtype.kind not in NUMERIC_KINDS:
        return translate("Io", "holds {0} values ({1}), not numbers").format(dtype, 'text' if dtype.kind in 'US' else dtype.kind)
    declared = count * dtype.itemsize
    if declared != stored:
        return (translate("Io", "declares {0:,} values of {1} ({2:,} bytes) but stores {3:,} bytes; the file is damaged or not a weights file").format(count, dtype, declared, stored))
    return None


def _check_file(path: pathlib.Path, where: str) -> None:
    """NpzError unless `path` is a regular file that does not start like a bare .npy array."""
    stat_regular(path, translate("Io", "a weights file"), NpzError, where)
    try:
        with open(path, "rb") as f:
            start = f.read(6)
    except OSError as e:
        raise NpzError(translate("Io", "{0}: cannot be read ({1})").format(where, e.strerror or e)) from None
    if start == b"\x93NUMPY":
        raise NpzError(translate("Io", "{0}: is a single .npy array, not a NetBuilder weights file (.npz, written by Save weights or `netbuilder train --out`)").format(where))


def read_npz(path, text_members: tuple[str, ...] = (), where: str | None = None) -> dict[str, np.ndarray]:
    """Every member of the archive at `path` as an array, after checking all of their headers.

    `path` may also be an open binary file (the weights.npz inside a .nbmodel, already in memory);
    `where` is then what messages call it. Numeric members may have any float or int dtype; the
    members named in `text_members` must be 0-d unicode text (our JSON description blocks). Raises
    NpzError for anything else."""
    if hasattr(path, "read"):
        where = where or "weights"
        if path.read(6) == b"\x93NUMPY":
            raise NpzError(translate("Io", "{0}: is a single .npy array, not a weights archive (.npz)").format(where))
        path.seek(0)
    else:
        path = pathlib.Path(path)
        where = where or str(path)
        _check_file(path, where)
    try:
        with zipfile.ZipFile(path) as z:
            infos = [i for i in z.infolist() if not i.filename.endswith("/")]
            if len(infos) > MAX_MEMBERS:
                raise NpzError(translate("Io", "{0}: holds {1:,} entries, far more than any weights file").format(where, len(infos)))
            plans = []
            for info in infos:
                if not info.filename.endswith(".npy") or info.filename == ".npy":
                    raise NpzError(translate("Io", "{0}: entry {1!r} is not a numpy array; this is a zip file, but not a weights file").format(where, info.filename))
                name = info.filename[:-4]
                with z.open(info) as member:
                    shape, fortran, dtype = _read_header(member)
                    offset = member.tell()
                problem = _member_problem(name, shape, dtype, info.file_size - offset, text_members)
                if problem:
                    raise NpzError(translate("Io", "{0}: entry {1!r} {2}").format(where, name, problem))
                plans.append((info, name))
            total = sum(info.file_size for info, _ in plans)
            room = available_memory()
            if room is not None and total > room:
                raise NpzError(translate("Io", "{0}: declares {1} of arrays, more than the {2} of memory available; it is not a weights file this machine can open").format(where, size_text(total), size_text(room)))
            arrays = {}
            for info, name in plans:
                with z.open(info) as member:
                    arrays[name] = np.lib.format.read_array(member, allow_pickle=False)
    except NpzError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile):
        raise NpzError(translate("Io", "{0}: not a readable weights file (not a zip archive, or a damaged one)").format(where)) from None
    except MemoryError:
        raise NpzError(translate("Io", "{0}: its arrays do not fit in memory").format(where)) from None
    except (ValueError, OSError, EOFError, KeyError, IndexError, NotImplementedError, RuntimeError, SyntaxError,
            TypeError, UnicodeDecodeError, OverflowError, zlib.error) as e:
        # zipfile, zlib (a damaged compressed member) and numpy's header parser raise all of these
        raise NpzError(translate("Io", "{0}: not a readable weights file ({1}: {2})").format(where, e.__class__.__name__, e)) from None
    return arrays

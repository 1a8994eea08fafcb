"""Reading raw bytes from a file that may be gzipped, with every failure as a DataError.

Gzip is recognised by its magic bytes, not the file name, because people gunzip files and keep the
name, or download a `.gz` that the browser already unpacked.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import contextlib
import gzip
import os
import pathlib
import stat
import zlib

from netbuilder.data.errors import DataError, shown

GZIP_MAGIC = b"\x1f\x8b"


@contextlib.contextmanager
def _open_regular(path: os.PathLike | str, what: str):
    """The file opened for reading, or DataError: a missing file, a folder, a device or pipe (which
    may never end, like /dev/zero) and any error from the system, read errors included, each
    mapped to one message naming the file. The one place a data file is opened."""
    try:
        with open(path, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise DataError(translate("Data", "{0} is a device or pipe, not a regular file, so not {1}.").format(shown(path), what))
            yield f
    except FileNotFoundError:
        raise DataError(translate("Data", "{0} does not exist.").format(shown(path))) from None
    except IsADirectoryError:
        raise DataError(translate("Data", "{0} is a folder, not a file.").format(shown(path))) from None
    except OSError as e:
        raise DataError(translate("Data", "{0} cannot be read ({1}).").format(shown(path), e.strerror or e)) from None


@contextlib.contextmanager
def open_maybe_gzip(path: os.PathLike | str, what: str = translate("Data", "a data file")):
    """A binary stream of the file's content, decompressed on the fly when it is gzipped (by its magic
    bytes), so a reader can check a header before deciding how much to read. Yields (stream, size):
    size is the file's byte count when it is not compressed, else None."""
    with _open_regular(path, what) as f:
        compressed = f.read(2) == GZIP_MAGIC
        f.seek(0)
        if not compressed:
            yield f, os.fstat(f.fileno()).st_size
            return
        try:
            with gzip.GzipFile(fileobj=f, mode="rb") as g:
                yield g, None
        except EOFError:
            raise DataError(translate("Data", "{0} is a truncated gzip file (it ends before the compressed data does); download it again.").format(shown(path))) from None
        except (OSError, zlib.error) as e:
            raise DataError(translate("Data", "{0} is not a valid gzip file ({1}); download it again.").format(shown(path), e)) from None


def read_bytes(path: os.PathLike | str, what: str = translate("Data", "a data file"), binary_ok: bool = True) -> bytes:
    """The whole file, or DataError; devices and pipes are refused before reading (/dev/zero never
    ends), and with `binary_ok=False` so is a file whose first 64 KB hold a NUL byte (no text does)."""
    with _open_regular(path, what) as f:
        head = f.read(1 << 16)
        if not binary_ok and b"\0" in head:
            raise DataError(translate("Data", "{0} is not a text file (it holds binary data), so not {1}.").format(shown(path), what))
        return head + f.read()


def require_dir(path: os.PathLike | str, what: str) -> None:
    if not os.path.exists(path):
        raise DataError(translate("Data", "The {0} folder {1} does not exist.").format(what, shown(path)))
    if not os.path.isdir(path):
        raise DataError(translate("Data", "{0} is a file, but the {1} source needs a folder.").format(shown(path), what))


def default_data_dir() -> pathlib.Path:
    """Where downloads go and where `mnist:` with no folder looks: $NETBUILDER_DATA, else the XDG-style
    ~/.local/share/netbuilder/data."""
    configured = os.environ.get("NETBUILDER_DATA")
    if configured:
        return pathlib.Path(shown(configured))
    return pathlib.Path.home() / ".local" / "share" / "netbuilder" / "data"

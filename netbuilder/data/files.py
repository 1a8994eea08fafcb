"""Reading raw bytes from a file that may be gzipped, with every failure as a DataError.

Gzip is recognised by its magic bytes, not the file name, because people gunzip files and keep the
name, or download a `.gz` that the browser already unpacked.
"""

from __future__ import annotations

import gzip
import os
import pathlib
import zlib

from netbuilder.data.errors import DataError, shown

GZIP_MAGIC = b"\x1f\x8b"


def read_maybe_gzip(path: os.PathLike | str) -> bytes:
    raw = read_bytes(path)
    if raw[:2] != GZIP_MAGIC:
        return raw
    try:
        return gzip.decompress(raw)
    except EOFError:
        raise DataError(f"{shown(path)} is a truncated gzip file (it ends before the compressed data does); "
                        "download it again.") from None
    except (OSError, zlib.error) as e:
        raise DataError(f"{shown(path)} is not a valid gzip file ({e}); download it again.") from None


def read_bytes(path: os.PathLike | str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise DataError(f"{shown(path)} does not exist.") from None
    except IsADirectoryError:
        raise DataError(f"{shown(path)} is a folder, not a file.") from None
    except OSError as e:
        raise DataError(f"{shown(path)} cannot be read ({e.strerror or e}).") from None


def require_dir(path: os.PathLike | str, what: str) -> None:
    if not os.path.exists(path):
        raise DataError(f"The {what} folder {shown(path)} does not exist.")
    if not os.path.isdir(path):
        raise DataError(f"{shown(path)} is a file, but the {what} source needs a folder.")


def default_data_dir() -> pathlib.Path:
    """Where downloads go and where `mnist:` with no folder looks: $NETBUILDER_DATA, else the XDG-style
    ~/.local/share/netbuilder/data."""
    configured = os.environ.get("NETBUILDER_DATA")
    if configured:
        return pathlib.Path(shown(configured))
    return pathlib.Path.home() / ".local" / "share" / "netbuilder" / "data"

"""One check before any untrusted file is read: it exists, can be looked at, and is a regular file.
A folder gives a confusing error deep inside a parser, and a device or pipe (/dev/zero) would be
read for ever; the weights, model and ONNX loaders all ask this first, with their own error type."""

from __future__ import annotations

from netbuilder.i18n import translate
import os
import stat


def stat_regular(path, what: str, error: type[Exception], where: str | None = None) -> os.stat_result:
    """`os.stat(path)` when it is a regular file, else `error(message)`: the message starts with
    `where` (default: the path) and ends with what the file should have been (`what`, e.g.
    "a weights file")."""
    where = str(path) if where is None else where
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise error(translate("Io", "{0}: no such file").format(where)) from None
    except OSError as e:
        raise error(translate("Io", "{0}: cannot be read ({1})").format(where, e.strerror or e)) from None
    if stat.S_ISDIR(st.st_mode):
        raise error(translate("Io", "{0}: is a folder, not {1}").format(where, what))
    if not stat.S_ISREG(st.st_mode):
        raise error(translate("Io", "{0}: is not a regular file (a device or pipe?), not {1}").format(where, what))
    return st

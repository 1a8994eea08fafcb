"""Array files of a run (.npz in the run's folder beside the database), checked by SHA-256.

The database keeps each file's path (relative to the files folder, so the store can move) and
checksum; reading verifies it, so a damaged or swapped file is reported instead of loaded.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import hashlib
import pathlib

import numpy as np

from netbuilder.io.weights import WeightsFileError, load_arrays, save_arrays


class ArtifactError(Exception):
    """An array file of a run is missing or does not match its checksum."""


def sha256_file(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def write(root: pathlib.Path, run_id: int, name: str, arrays: dict, meta: dict | None = None):
    """Write NAME.npz for the run; (relative path, sha256, bytes)."""
    rel = pathlib.Path(str(run_id)) / f"{name}.npz"
    path = root / rel
    save_arrays(path, {k: np.asarray(v) for k, v in arrays.items()}, meta or {})
    return rel.as_posix(), sha256_file(path), path.stat().st_size


def read(root: pathlib.Path, rel: str, sha256: str) -> tuple[dict, dict]:
    path = root / rel
    if not path.exists():
        raise ArtifactError(translate("Runs", "{0}: the run's file is missing").format(path))
    if sha256_file(path) != sha256:
        raise ArtifactError(translate("Runs", "{0}: the file changed since it was recorded (checksum differs)").format(path))
    try:
        return load_arrays(path)
    except WeightsFileError as e:
        raise ArtifactError(str(e)) from None

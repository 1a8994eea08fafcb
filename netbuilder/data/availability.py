"""Is the data a SPEC names on this computer? Answered from file names alone, before any training.

Most example networks train on MNIST or CIFAR-10, which are downloaded on demand. A window that
says "Ready to train" and then shows empty charts is lying; `missing_data(spec)` says instead what
is missing and where it was looked for, and whether the verified downloader can fetch it. It only
checks that the files exist (nothing is read), so it is cheap enough to run on every edit.
Syntax errors in a SPEC are not its business: validation reports those.
"""

from __future__ import annotations

import pathlib
from dataclasses import dataclass

from netbuilder.i18n import translate
from netbuilder.data.errors import DataError, as_path, shown
from netbuilder.data.spec import parse_spec

TITLES = {"mnist": "MNIST", "fashion-mnist": "Fashion-MNIST", "cifar10": "CIFAR-10"}
DOWNLOAD_SIZES_MB = {"mnist": 11, "fashion-mnist": 30, "cifar10": 163}


@dataclass(frozen=True)
class MissingData:
    spec: str                   # the SPEC as written
    scheme: str                 # "mnist", "cifar10", "csv", ...
    title: str                  # "MNIST", "a CSV file", ...
    where: pathlib.Path         # the folder (or file) that was looked at
    message: str                # what is missing, in a sentence
    downloadable: bool          # the verified downloader can fetch it into `where`

    @property
    def download_mb(self) -> int | None:
        return DOWNLOAD_SIZES_MB.get(self.scheme) if self.downloadable else None

    def with_folder(self, folder: str) -> str:
        """The same SPEC pointing at another folder, options kept (e.g. cifar10:DIR?classes=...)."""
        query = self.spec.partition("?")[2]
        return f"{self.scheme}:{folder}" + (f"?{query}" if query else "")


def missing_data(spec_text: str | None) -> MissingData | None:
    """What of the SPEC's data is not on disk, or None when it is all there (or generated)."""
    if not spec_text:
        return None
    try:
        spec = parse_spec(spec_text)
    except DataError:
        return None
    scheme = spec.scheme
    if scheme in ("mnist", "fashion-mnist"):
        from netbuilder.data.idx import FILES, find_idx_file
        folder = as_path(spec.target) if spec.target else _default(scheme)
        missing = []
        for stem in FILES.values():
            try:
                find_idx_file(folder, stem)
            except DataError:
                missing.append(stem)
        if missing:
            return _missing(spec, folder, translate("Data", "{0} is not in {1}: {2} of its 4 files ({3}) are missing.").format(TITLES[scheme], shown(folder), len(missing), ', '.join(missing)), True)
    elif scheme == "cifar10":
        from netbuilder.data.cifar import TEST_BATCH, TRAIN_BATCHES, batch_folder
        folder = as_path(spec.target) if spec.target else _default(scheme)
        batches = batch_folder(folder) if folder.is_dir() else folder
        missing = [n for n in (*TRAIN_BATCHES, TEST_BATCH) if not (batches / n).is_file()]
        if missing:
            return _missing(spec, folder, translate("Data", "CIFAR-10 is not in {0}: {1} of its 6 batch files are missing.").format(shown(folder), len(missing)), True)
    elif scheme == "csv":
        path = as_path(spec.target)
        if not path.is_file():
            return _missing(spec, path, translate("Data", "The CSV file {0} does not exist.").format(shown(path)), False)
    elif scheme == "images":
        path = as_path(spec.target)
        if not path.is_dir():
            return _missing(spec, path, translate("Data", "The image folder {0} does not exist.").format(shown(path)), False)
    return None


def _default(scheme: str) -> pathlib.Path:
    from netbuilder.data.download import default_data_dir
    return default_data_dir() / scheme


def _missing(spec, where: pathlib.Path, message: str, downloadable: bool) -> MissingData:
    title = TITLES.get(spec.scheme, {"csv": translate("Data", "a CSV file"), "images": translate("Data", "an image folder")}.get(spec.scheme, spec.scheme))
    return MissingData(spec=spec.text, scheme=spec.scheme, title=title, where=where, message=message,
                       downloadable=downloadable)

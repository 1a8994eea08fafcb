"""Fetching the standard datasets from their official servers, verified byte for byte.

Each file is checked against a SHA-256 written in this module before it is kept, so a truncated
download, a tampered mirror or a changed upstream file is an error instead of silently odd training.
Files are written under a temporary name and renamed when complete and verified, so an interrupted
download never leaves a file that looks finished. CIFAR-10's tar archive is unpacked member by
member after checking each name, so a crafted archive cannot write outside the target folder.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import hashlib
import os
import pathlib
import shutil
import tarfile
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Callable

from netbuilder.data.errors import DataError, did_you_mean, shown
from netbuilder.data.files import default_data_dir  # noqa: F401  (re-exported: netbuilder.data.default_data_dir)

CHUNK = 1 << 16
TIMEOUT = 60  # seconds without data before giving up


@dataclass(frozen=True)
class Source:
    base_url: str
    files: tuple[str, ...]
    unpack: bool = False  # a tar.gz to extract in place


SOURCES = {
    "mnist": Source("https://storage.googleapis.com/cvdf-datasets/mnist/",
                    ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                     "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")),
    "fashion-mnist": Source("https://fashion-mnist.s3.eu-central-1.amazonaws.com/",
                            ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                             "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")),
    "cifar10": Source("https://www.cs.toronto.edu/~kriz/", ("cifar-10-python.tar.gz",), unpack=True),
}

# SHA-256 of the official files (the same values Keras and TensorFlow Datasets pin).
CHECKSUMS = {
    "mnist": {
        "train-images-idx3-ubyte.gz": "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
        "train-labels-idx1-ubyte.gz": "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
        "t10k-images-idx3-ubyte.gz": "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
        "t10k-labels-idx1-ubyte.gz": "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6",
    },
    "fashion-mnist": {
        "train-images-idx3-ubyte.gz": "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84",
        "train-labels-idx1-ubyte.gz": "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845",
        "t10k-images-idx3-ubyte.gz": "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073",
        "t10k-labels-idx1-ubyte.gz": "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5",
    },
    "cifar10": {
        "cifar-10-python.tar.gz": "6d958be074577803d12ecdefd02955f39262c83c16fe9348329d7fe0b5c001ce",
    },
}
CIFAR_FOLDER = "cifar-10-batches-py"

Progress = Callable[[int, int], None]


def download(name: str, directory: pathlib.Path | None = None, progress: Progress | None = None,
             base_url: str | None = None, *, checksums: dict[str, str] | None = None) -> pathlib.Path:
    """Fetch, verify and (CIFAR-10) unpack one dataset into `directory`, and return that folder.

    The default folder is default_data_dir()/name, which is where `name:` with no folder looks. Files
    already present with the right hash are not fetched again. `progress(done, total)` is called as
    bytes arrive (total is 0 when the server does not say); an exception raised from it cancels the
    download and leaves nothing half-written. `base_url` replaces the official server and
    `checksums` the pinned hashes (file name -> SHA-256); both exist for tests and mirrors. CIFAR-10's
    archive is deleted once unpacked: the unpacked batches are what the loader reads.
    """
    if name not in SOURCES:
        raise DataError(translate("Data", "There is no downloadable dataset \"{0}\"{1}; choose from {2}.").format(name, did_you_mean(name, SOURCES), ', '.join(SOURCES)))
    source = SOURCES[name]
    hashes = CHECKSUMS[name] if checksums is None else checksums
    folder = pathlib.Path(shown(directory)) if directory is not None else default_data_dir() / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DataError(translate("Data", "The download folder {0} cannot be created ({1}).").format(shown(folder), e.strerror or e)) from None
    if source.unpack and _cifar_complete(folder / CIFAR_FOLDER):
        return folder
    base = (base_url or source.base_url).rstrip("/") + "/"
    for file_name in source.files:
        target = folder / file_name
        if file_name not in hashes:
            raise DataError(translate("Data", "No SHA-256 is known for {0}, so it cannot be verified; refusing to download it.").format(file_name))
        if not (target.is_file() and sha256_file(target) == hashes[file_name]):
            fetch(base + file_name, target, hashes[file_name], progress)
        if source.unpack:
            extract_cifar(target, folder)
            target.unlink()
    return folder


def sha256_file(path: pathlib.Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def fetch(url: str, target: pathlib.Path, expected: str, progress: Progress | None) -> None:
    """Download url to target via a temporary file in the same folder, keeping it only if its hash
    is `expected`."""
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temp = pathlib.Path(temp_name)
    try:
        digest = hashlib.sha256()
        with os.fdopen(handle, "wb") as out:
            try:
                with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
                    total = int(response.headers.get("Content-Length") or 0)
                    done = 0
                    if progress:
                        progress(0, total)
                    while chunk := response.read(CHUNK):
                        out.write(chunk)
                        digest.update(chunk)
                        done += len(chunk)
                        if progress:
                            progress(done, total)
            except urllib.error.HTTPError as e:
                raise DataError(translate("Data", "Downloading {0} failed: the server answered {1} {2}.").format(url, e.code, e.reason)) from None
            except (urllib.error.URLError, OSError) as e:
                reason = getattr(e, "reason", None) or e
                raise DataError(translate("Data", "Downloading {0} to {1} failed ({2}).").format(url, shown(target), reason)) from None
        if total and done != total:
            raise DataError(translate("Data", "Downloading {0} stopped after {1} of {2} bytes; try again.").format(url, done, total))
        actual = digest.hexdigest()
        if actual != expected:
            raise DataError(translate("Data", "{0} does not match its known SHA-256 (expected {1}, got {2}); the file was not kept.").format(url, expected, actual))
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def _cifar_complete(folder: pathlib.Path) -> bool:
    from netbuilder.data.cifar import META, TEST_BATCH, TRAIN_BATCHES
    return all((folder / name).is_file() for name in (*TRAIN_BATCHES, TEST_BATCH, META))


def extract_cifar(archive: pathlib.Path, folder: pathlib.Path) -> None:
    """Unpack the regular files under cifar-10-batches-py/ into folder, atomically per folder.

    Members are checked by name before anything is written: absolute paths, '..', links and devices
    are refused outright rather than sanitised, because the official archive has none.
    """
    staging = pathlib.Path(tempfile.mkdtemp(prefix=".cifar-unpack.", dir=folder))
    try:
        try:
            with tarfile.open(archive, "r:gz") as tar:
                for member in tar:
                    parts = pathlib.PurePosixPath(member.name).parts
                    if member.name.startswith(("/", "\\")) or ".." in parts or "\\" in member.name:
                        raise DataError(translate("Data", "{0} contains the unsafe path {1!r}; refusing to unpack it.").format(shown(archive), member.name))
                    if member.isdir():
                        continue
                    if not member.isfile():
                        raise DataError(translate("Data", "{0} contains {1!r}, which is not a regular file; refusing to unpack it.").format(shown(archive), member.name))
                    if not parts or parts[0] != CIFAR_FOLDER or len(parts) != 2:
                        continue  # nothing outside the batches folder is needed
                    source = tar.extractfile(member)
                    with source, open(staging / parts[1], "wb") as out:
                        shutil.copyfileobj(source, out)
        except (tarfile.TarError, EOFError, OSError) as e:
            raise DataError(translate("Data", "{0} is not a readable tar.gz archive ({1}).").format(shown(archive), e)) from None
        unpacked = folder / CIFAR_FOLDER
        if unpacked.exists():
            shutil.rmtree(unpacked)
        os.replace(staging, unpacked)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if not _cifar_complete(unpacked):
        raise DataError(translate("Data", "{0} did not contain the CIFAR-10 batches under {1}/.").format(shown(archive), CIFAR_FOLDER))

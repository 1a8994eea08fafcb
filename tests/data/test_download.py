"""download() against a local HTTP server on 127.0.0.1 serving small files in the real formats,
verified with the test's own SHA-256 table. Nothing here reaches the internet."""

import functools
import gzip
import hashlib
import http.server
import io
import re
import tarfile
import threading

import numpy as np
import pytest

from netbuilder.data import DataError, default_data_dir, download, load_dataset
from netbuilder.data.download import CHECKSUMS, SOURCES
from tests.data.formats import idx_bytes, make_cifar

MNIST_FILES = SOURCES["mnist"].files


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def server(tmp_path):
    """(base_url, served folder, list of requested paths); shut down after the test."""
    root = tmp_path / "served"
    root.mkdir()
    requests = []

    class Handler(_QuietHandler):
        def do_GET(self):
            requests.append(self.path)
            super().do_GET()

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/", root, requests
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def serve_mnist(root):
    rng = np.random.default_rng(0)
    arrays = {"train-images-idx3-ubyte.gz": rng.integers(0, 256, (20, 28, 28), dtype=np.uint8),
              "train-labels-idx1-ubyte.gz": rng.integers(0, 10, 20, dtype=np.uint8),
              "t10k-images-idx3-ubyte.gz": rng.integers(0, 256, (5, 28, 28), dtype=np.uint8),
              "t10k-labels-idx1-ubyte.gz": rng.integers(0, 10, 5, dtype=np.uint8)}
    hashes = {}
    for name, array in arrays.items():
        data = gzip.compress(idx_bytes(array))
        (root / name).write_bytes(data)
        hashes[name] = sha(data)
    return arrays, hashes


def test_mnist_download_verifies_reports_progress_and_loads(server, tmp_path):
    url, root, requests = server
    arrays, hashes = serve_mnist(root)
    calls = []
    target = tmp_path / "mnist"
    where = download("mnist", target, lambda done, total: calls.append((done, total)), url, checksums=hashes)
    assert where == target
    assert sorted(p.name for p in target.iterdir()) == sorted(MNIST_FILES)  # no temporary files left
    d = load_dataset(f"mnist:{where}")
    np.testing.assert_array_equal(d.y_train, arrays["train-labels-idx1-ubyte.gz"])
    total_bytes = sum((root / n).stat().st_size for n in MNIST_FILES)
    finals = [c for c in calls if c[0] == c[1] and c[0] > 0]
    assert sum(done for done, _ in finals) == total_bytes
    assert all(b[0] >= a[0] for a, b in zip(calls, calls[1:]) if a[1] == b[1])
    assert len(requests) == 4


def test_files_already_present_and_verified_are_not_fetched_again(server, tmp_path):
    url, root, requests = server
    _, hashes = serve_mnist(root)
    download("mnist", tmp_path / "m", None, url, checksums=hashes)
    download("mnist", tmp_path / "m", None, url, checksums=hashes)
    assert len(requests) == 4


def test_hash_mismatch_is_an_error_and_keeps_nothing(server, tmp_path):
    url, root, _ = server
    _, hashes = serve_mnist(root)
    hashes["t10k-images-idx3-ubyte.gz"] = "0" * 64
    target = tmp_path / "m"
    with pytest.raises(DataError) as info:
        download("mnist", target, None, url, checksums=hashes)
    msg = str(info.value)
    assert "t10k-images-idx3-ubyte.gz" in msg and "SHA-256" in msg and "0" * 64 in msg
    assert not (target / "t10k-images-idx3-ubyte.gz").exists()
    assert not [p for p in target.iterdir() if p.name.startswith(".")]


def test_missing_file_on_the_server(server, tmp_path):
    url, root, _ = server
    _, hashes = serve_mnist(root)
    (root / "train-labels-idx1-ubyte.gz").unlink()
    with pytest.raises(DataError, match="404"):
        download("mnist", tmp_path / "m", None, url, checksums=hashes)


def test_unreachable_server(tmp_path):
    import socket
    with socket.socket() as s:  # a port that was free a moment ago and has no listener now
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(DataError, match="failed"):
        download("mnist", tmp_path / "m", None, f"http://127.0.0.1:{port}/",
                 checksums={n: "0" * 64 for n in MNIST_FILES})


def cifar_archive(tmp_path, extra=()):
    """cifar-10-python.tar.gz as the official one is laid out, plus optional extra members."""
    batches = tmp_path / "src" / "cifar-10-batches-py"
    arrays = make_cifar(batches, per_batch=4, n_test=4)
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        tar.add(batches, arcname="cifar-10-batches-py")
        for info, data in extra:
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return buffer.getvalue(), arrays


def test_cifar_download_unpacks_and_loads(server, tmp_path):
    url, root, _ = server
    data, (_, y_train, _, _) = cifar_archive(tmp_path)
    (root / "cifar-10-python.tar.gz").write_bytes(data)
    where = download("cifar10", tmp_path / "c", None, url, checksums={"cifar-10-python.tar.gz": sha(data)})
    d = load_dataset(f"cifar10:{where}")
    np.testing.assert_array_equal(d.y_train, y_train)
    assert [p.name for p in where.iterdir()] == ["cifar-10-batches-py"]  # archive and staging gone


def _member(name, data=b"x", kind=tarfile.REGTYPE, link=""):
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = link
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    return info, data if kind == tarfile.REGTYPE else None


@pytest.mark.parametrize("member", [
    _member("../escaped"),
    _member("cifar-10-batches-py/../../escaped"),
    _member("/tmp/escaped-absolute"),
    _member("cifar-10-batches-py/link", kind=tarfile.SYMTYPE, link="/etc/passwd"),
], ids=["dotdot", "nested-dotdot", "absolute", "symlink"])
def test_unsafe_tar_members_are_refused(server, tmp_path, member):
    url, root, _ = server
    data, _ = cifar_archive(tmp_path, [member])
    (root / "cifar-10-python.tar.gz").write_bytes(data)
    target = tmp_path / "deep" / "c"
    with pytest.raises(DataError, match="refusing to unpack"):
        download("cifar10", target, None, url, checksums={"cifar-10-python.tar.gz": sha(data)})
    assert not (tmp_path / "deep" / "escaped").exists() and not (target / "cifar-10-batches-py").exists()


def test_progress_callback_can_cancel_without_leaving_files(server, tmp_path):
    url, root, _ = server
    _, hashes = serve_mnist(root)

    def cancel(done, total):
        if done:
            raise KeyboardInterrupt

    target = tmp_path / "m"
    with pytest.raises(KeyboardInterrupt):
        download("mnist", target, cancel, url, checksums=hashes)
    assert list(target.iterdir()) == []


def test_unknown_dataset_name(tmp_path):
    with pytest.raises(DataError, match='did you mean "cifar10"'):
        download("cifar", tmp_path)


def test_default_data_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("NETBUILDER_DATA", str(tmp_path / "d"))
    assert default_data_dir() == tmp_path / "d"
    monkeypatch.delenv("NETBUILDER_DATA")
    assert default_data_dir().parts[-4:] == (".local", "share", "netbuilder", "data")


def test_every_official_file_has_a_pinned_sha256():
    for name, source in SOURCES.items():
        for file_name in source.files:
            assert re.fullmatch(r"[0-9a-f]{64}", CHECKSUMS[name][file_name]), (name, file_name)
        assert source.base_url.startswith("https://")

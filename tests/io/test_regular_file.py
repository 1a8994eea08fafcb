"""Every loader of untrusted files refuses what is not a regular file, before reading a byte:
a folder, a device (reading /dev/zero never ends), a missing file — each with its own error type
and a message that names the file and what it should have been."""

import os

import pytest

from netbuilder.io.nbmodel import ModelFileError, load_nbmodel
from netbuilder.io.npz import NpzError, read_npz
from netbuilder.io.regular_file import stat_regular

LOADERS = [(read_npz, NpzError, "a weights file"), (load_nbmodel, ModelFileError, "a NetBuilder model file")]


@pytest.mark.parametrize("load, error, what", LOADERS)
def test_a_folder_a_device_and_a_missing_file_are_refused(load, error, what, tmp_path):
    with pytest.raises(error, match=f"{tmp_path}: is a folder, not {what}"):
        load(tmp_path)
    if os.path.exists("/dev/zero"):
        with pytest.raises(error, match=f"/dev/zero: is not a regular file .*, not {what}"):
            load("/dev/zero")
    with pytest.raises(error, match="no such file"):
        load(tmp_path / "gone.npz")


def test_a_regular_file_passes_and_where_names_it(tmp_path):
    f = tmp_path / "w.npz"
    f.write_bytes(b"x")
    assert stat_regular(f, "a weights file", ValueError).st_size == 1
    with pytest.raises(ValueError, match="^--weights: is a folder, not a weights file$"):
        stat_regular(tmp_path, "a weights file", ValueError, where="--weights")


def test_onnx_import_refuses_a_folder_and_a_device(tmp_path):
    pytest.importorskip("onnx", reason="the onnx package (optional extra 'export') is not installed")
    from netbuilder.export.onnx_import import import_onnx
    with pytest.raises(ModelFileError, match="is a folder, not an ONNX model"):
        import_onnx(tmp_path)
    if os.path.exists("/dev/zero"):
        with pytest.raises(ModelFileError, match="not a regular file .*, not an ONNX model"):
            import_onnx("/dev/zero")

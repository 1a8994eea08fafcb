"""Schema versions: an older store migrates keeping its runs; a newer or damaged one is refused untouched."""

import sqlite3

import pytest

from netbuilder.runs import SCHEMA_VERSION, RunStore, StoreError
from netbuilder.runs.schema import migrate


def _version_1_store(path):
    """A store as the first release wrote it (schema 1), with one finished run and an epoch."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    conn.execute("INSERT INTO runs (name, status, started, ended, network_json, network_hash, settings_json, seed, "
                 "version, test_accuracy) VALUES ('old run', 'finished', 10.0, 20.0, '{\"layers\": []}', 'h', "
                 "'{\"seed\": 1}', 1, '0.9', 0.75)")
    conn.execute("INSERT INTO epochs VALUES (1, 1, 1.0, 0.5, 1.1, 0.45, 3.0, 0.01)")
    conn.close()


def test_a_version_1_store_migrates_and_keeps_its_runs(tmp_path):
    path = tmp_path / "old.sqlite"
    _version_1_store(path)
    with RunStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION > 1
        run = store.get(1)
        assert (run.name, run.auto_name, run.status, run.test_accuracy) == ("old run", "old run", "finished", 0.75)
        assert run.notes == "" and run.tags == [] and run.parent_id is None
        assert [e.val_accuracy for e in run.epochs] == [0.45]
        store.add_tags([1], ["migrated"])        # the new tables work
        new = store.start_run(network_json="{}", settings={"seed": 0})
        assert new == 2


def _untouched(path, action):
    before = path.read_bytes()
    with pytest.raises(StoreError) as e:
        action()
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists() or path.with_name(path.name + "-wal").stat().st_size == 0
    return str(e.value)


def test_a_store_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "new.sqlite"
    RunStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    message = _untouched(path, lambda: RunStore(path))
    assert "newer NetBuilder" in message and str(SCHEMA_VERSION + 1) in message


@pytest.mark.parametrize("content", [b"this is not a database at all" * 10, b""])
def test_a_damaged_store_is_refused_untouched(tmp_path, content):
    path = tmp_path / "bad.sqlite"
    if not content:     # a real store whose pages were overwritten in the middle
        with RunStore(path) as store:
            for i in range(30):
                store.start_run(network_json="{}" + " " * 3000, settings={"seed": i})
        data = bytearray(path.read_bytes())
        data[4096:4096 * 3] = b"\xff" * 8192
        path.write_bytes(bytes(data))
    else:
        path.write_bytes(content)
    message = _untouched(path, lambda: RunStore(path))
    assert "nothing was changed" in message


def test_another_sqlite_database_is_not_taken_for_a_store(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (x)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    assert "not a NetBuilder run store" in _untouched(path, lambda: RunStore(path))


def test_opening_without_create_does_not_make_a_store(tmp_path):
    with pytest.raises(StoreError, match="no run store here"):
        RunStore(tmp_path / "none.sqlite", create=False)
    assert not (tmp_path / "none.sqlite").exists()

"""The run store: every training run in one SQLite database, its big arrays in .npz files beside it.

SQLite through the standard library, in WAL mode with foreign keys on and a generous busy timeout,
so several processes (two windows, a window and a terminal, sweep workers) record at once. Every
write is one short `BEGIN IMMEDIATE` transaction, so a process killed at any moment leaves the
database consistent; a run whose owner died is marked `interrupted` the next time anyone opens it.

A database that is damaged or was written by a newer NetBuilder raises StoreError before anything
is written to it.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import contextlib
import json
import shutil
import sqlite3
import threading
import time

from netbuilder.runs import artifacts, owner
from netbuilder.runs.location import default_store_path, files_dir
from netbuilder.runs.records import EpochRow, Run, auto_name, network_hash
from netbuilder.runs.schema import SCHEMA_VERSION, STATUSES, migrate


class StoreError(Exception):
    """The store cannot be used as asked (damaged, newer version, unknown run); the message says why."""


class UnknownRun(StoreError):
    pass


_RUN_COLUMNS = ("id, name, auto_name, status, started, ended, network_json, network_hash, data_spec, "
                "data_fingerprint, settings_json, seed, version, test_loss, test_accuracy, params, macs, "
                "images_per_second, train_seconds, message, notes, per_class_json, parent_id, sweep_id, "
                "early_stopped, host, pid")


class RunStore:
    """One open run store. Thread-safe (one connection guarded by a lock); open one per process."""

    def __init__(self, path=None, *, create: bool = True, timeout: float = 30.0):
        self.path = default_store_path(path)
        self.files_root = files_dir(self.path)
        if not self.path.exists() and not create:
            raise StoreError(f"{self.path}: no run store here yet (no run has been recorded)")
        if self.path.is_dir():
            raise StoreError(translate("Runs", "{0}: is a folder, not a run store").format(self.path))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        try:
            self._conn = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None,
                                         check_same_thread=False)
        except sqlite3.Error as e:
            raise StoreError(translate("Runs", "{0}: cannot be opened ({1})").format(self.path, e)) from None
        try:
            self._set_up(deadline=time.monotonic() + timeout)
        except StoreError:
            self._conn.close()
            raise
        except sqlite3.DatabaseError as e:
            self._conn.close()
            raise StoreError(translate("Runs", "{0}: the run store is damaged ({1}); nothing was changed. Move it aside to start a new one.").format(self.path, e)) from None
        self._conn.row_factory = sqlite3.Row
        self.recovered = self.recover_interrupted()

    def _set_up(self, deadline: float) -> None:
        """Checks, WAL mode, pragmas and migrations, retried while another process holds the database.

        Switching a new database to WAL and migrating need locks that SQLite's busy timeout does not
        always wait for (two processes creating the store at once got "database is locked" at once,
        under load); such an error means busy, never damaged, so it is retried until the deadline.
        """
        pause = 0.01
        while True:
            try:
                self._check_readable()
                self._conn.execute("PRAGMA journal_mode=WAL")
                self._conn.execute("PRAGMA synchronous=NORMAL")   # WAL + NORMAL: durable across crashes of the process
                self._conn.execute("PRAGMA foreign_keys=ON")
                migrate(self._conn)
                return
            except sqlite3.OperationalError as e:
                if not _is_busy(e):
                    raise
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if time.monotonic() >= deadline:
                    raise StoreError(translate("Runs", "{0}: another process kept the run store locked too long ({1}); nothing was changed. Try again.").format(self.path, e)) from None
                time.sleep(pause)
                pause = min(pause * 2, 0.5)

    def _check_readable(self) -> None:
        """Refuse a damaged database or one from a newer NetBuilder before writing anything."""
        try:
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            check = self._conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as e:
            if isinstance(e, sqlite3.OperationalError) and _is_busy(e):
                raise   # busy, not damaged: _set_up waits and tries again
            raise StoreError(translate("Runs", "{0}: not a readable run store ({1}); nothing was changed").format(self.path, e)) from None
        if check != "ok":
            raise StoreError(translate("Runs", "{0}: the run store is damaged ({1}); nothing was changed. Move it aside to start a new one.").format(self.path, check))
        if version > SCHEMA_VERSION:
            raise StoreError(translate("Runs", "{0}: written by a newer NetBuilder (store version {1}; this version reads up to {2}); nothing was changed. Update NetBuilder.").format(self.path, version, SCHEMA_VERSION))
        if version > 0:
            names = {r[0] for r in self._conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "runs" not in names:
                raise StoreError(translate("Runs", "{0}: an SQLite database, but not a NetBuilder run store").format(self.path))

    # ---- plumbing ---------------------------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @contextlib.contextmanager
    def _write(self):
        """One short write transaction, taken up front so two writers queue instead of deadlocking."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _query(self, sql: str, args=()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, args).fetchall()

    @property
    def schema_version(self) -> int:
        return self._query("PRAGMA user_version")[0][0]

    # ---- recording a run --------------------------------------------------------------------
    def start_run(self, *, network_json: str, settings: dict, data_spec: str | None = None,
                  data_fingerprint: dict | None = None, name: str | None = None, params: int | None = None,
                  macs: int | None = None, parent_id: int | None = None, sweep_id: str | None = None,
                  version: str | None = None, started: float | None = None) -> int:
        """Insert a `running` run owned by this process; returns its id."""
        from netbuilder import __version__

        try:
            doc = json.loads(network_json)
        except json.JSONDecodeError:
            doc = {}
        automatic = auto_name(doc, settings)
        host, pid, pid_started = owner.me()
        now = time.time() if started is None else started
        with self._write() as c:
            cur = c.execute(
                "INSERT INTO runs (name, auto_name, status, started, network_json, network_hash, data_spec, "
                "data_fingerprint, settings_json, seed, version, host, pid, pid_started, params, macs, parent_id, "
                "sweep_id, heartbeat) VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (name or automatic, automatic, now, network_json, network_hash(network_json), data_spec,
                 _dumps(data_fingerprint), json.dumps(settings, sort_keys=True), settings.get("seed"),
                 version or __version__, host, pid, pid_started, params, macs, parent_id, sweep_id, now))
            return int(cur.lastrowid)

    def add_epoch(self, run_id: int, row: EpochRow) -> None:
        with self._write() as c:
            c.execute("INSERT OR REPLACE INTO epochs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                      (run_id, row.epoch, row.train_loss, row.train_accuracy, row.val_loss, row.val_accuracy,
                       row.seconds, row.lr))
            c.execute("UPDATE runs SET heartbeat = ? WHERE id = ?", (time.time(), run_id))

    def save_arrays(self, run_id: int, name: str, arrays: dict, meta: dict | None = None) -> None:
        """Write NAME.npz into the run's folder and record its path and checksum (replacing an older one)."""
        rel, sha, size = artifacts.write(self.files_root, run_id, name, arrays, meta)
        with self._write() as c:
            c.execute("INSERT OR REPLACE INTO artifacts VALUES (?, ?, ?, ?, ?)", (run_id, name, rel, sha, size))

    def finish_run(self, run_id: int, status: str, *, test_loss=None, test_accuracy=None, per_class=None,
                   images_per_second=None, train_seconds=None, message=None, early_stopped=False,
                   ended: float | None = None) -> None:
        if status not in STATUSES or status == "running":
            raise ValueError(f"a run ends as one of {', '.join(STATUSES[1:])}, not {status!r}")
        with self._write() as c:
            c.execute("UPDATE runs SET status=?, ended=?, test_loss=?, test_accuracy=?, per_class_json=?, "
                      "images_per_second=?, train_seconds=?, message=?, early_stopped=? WHERE id=?",
                      (status, time.time() if ended is None else ended, _num(test_loss), _num(test_accuracy),
                       _dumps(per_class), _num(images_per_second), _num(train_seconds), message,
                       int(bool(early_stopped)), run_id))

    def set_data_fingerprint(self, run_id: int, fingerprint: dict) -> None:
        """For callers that know the loaded data only after the run started (the window's worker loads it)."""
        with self._write() as c:
            c.execute("UPDATE runs SET data_fingerprint = ? WHERE id = ?", (_dumps(fingerprint), run_id))

    def reopen_run(self, run_id: int) -> None:
        """A continuation: the run is `running` again, owned by this process."""
        host, pid, pid_started = owner.me()
        with self._write() as c:
            c.execute("UPDATE runs SET status='running', ended=NULL, host=?, pid=?, pid_started=?, heartbeat=? "
                      "WHERE id=?", (host, pid, pid_started, time.time(), run_id))

    def recover_interrupted(self) -> list[int]:
        """Mark `running` runs whose owning process is gone as `interrupted`; their ids."""
        rows = self._query("SELECT id, host, pid, pid_started FROM runs WHERE status = 'running'")
        dead = [r[0] for r in rows if not owner.alive(r[1], r[2], r[3])]
        if dead:
            with self._write() as c:
                for run_id in dead:
                    c.execute("UPDATE runs SET status='interrupted', ended=COALESCE(heartbeat, started), "
                              "message=COALESCE(message, 'the process recording this run ended without finishing it') "
                              "WHERE id=? AND status='running'", (run_id,))
        return dead

    # ---- reading ----------------------------------------------------------------------------
    def get(self, run_id: int) -> Run:
        rows = self._query(f"SELECT {_RUN_COLUMNS} FROM runs WHERE id = ?", (int(run_id),))
        if not rows:
            raise UnknownRun(translate("Runs", "no run {0} in {1}").format(run_id, self.path))
        run = _run(rows[0])
        run.tags = self.tags(run.id)
        run.epochs = self.epochs(run.id)
        run.artifacts = {r["name"]: {"path": r["path"], "sha256": r["sha256"], "bytes": r["bytes"]}
                         for r in self._query("SELECT * FROM artifacts WHERE run_id = ?", (run.id,))}
        return run

    def list(self, *, status: str | None = None, tag: str | None = None, name: str | None = None,
             sweep_id: str | None = None, limit: int | None = None, with_epochs: bool = False) -> list[Run]:
        """Runs, newest first, filtered by status, tag, a piece of the name, or sweep."""
        where, args = [], []
        if status:
            where.append("status = ?")
            args.append(status)
        if tag:
            where.append("EXISTS (SELECT 1 FROM tags t WHERE t.run_id = runs.id AND t.tag = ?)")
            args.append(tag)
        if name:
            where.append("(name LIKE ? ESCAPE '\\' OR auto_name LIKE ? ESCAPE '\\')")
            pattern = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            args += [pattern, pattern]
        if sweep_id:
            where.append("sweep_id = ?")
            args.append(sweep_id)
        sql = f"SELECT {_RUN_COLUMNS} FROM runs"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY started DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(int(limit))
        runs = [_run(r) for r in self._query(sql, args)]
        tags = self._all_tags([r.id for r in runs])
        for run in runs:
            run.tags = tags.get(run.id, [])
            if with_epochs:
                run.epochs = self.epochs(run.id)
        return runs

    def epochs(self, run_id: int) -> list[EpochRow]:
        rows = self._query("SELECT epoch, train_loss, train_accuracy, val_loss, val_accuracy, seconds, lr "
                           "FROM epochs WHERE run_id = ? ORDER BY epoch", (run_id,))
        return [EpochRow(*r) for r in rows]

    def tags(self, run_id: int) -> list[str]:
        return [r[0] for r in self._query("SELECT tag FROM tags WHERE run_id = ? ORDER BY tag", (run_id,))]

    def _all_tags(self, ids: list[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        if ids:
            for r in self._query("SELECT run_id, tag FROM tags ORDER BY tag"):
                out.setdefault(r[0], []).append(r[1])
        return out

    def load_arrays(self, run_id: int, name: str) -> dict:
        """The arrays of one of the run's files, checked against the recorded checksum."""
        rows = self._query("SELECT path, sha256 FROM artifacts WHERE run_id = ? AND name = ?", (run_id, name))
        if not rows:
            self.get(run_id)   # raises UnknownRun for a bad id
            raise StoreError(translate("Runs", "run {0} has no {1} recorded").format(run_id, name))
        try:
            return artifacts.read(self.files_root, rows[0][0], rows[0][1])[0]
        except artifacts.ArtifactError as e:
            raise StoreError(str(e)) from None

    def ids(self) -> set[int]:
        return {r[0] for r in self._query("SELECT id FROM runs")}

    def require(self, run_ids) -> list[int]:
        """The ids as ints, or UnknownRun naming every one that is not in the store."""
        wanted = []
        for x in run_ids:
            try:
                wanted.append(int(x))
            except (TypeError, ValueError):
                raise UnknownRun(translate("Runs", "{0!r} is not a run id (run ids are numbers; see `netbuilder runs list`)").format(x)) from None
        missing = [i for i in wanted if i not in self.ids()]
        if missing:
            raise UnknownRun(translate("Runs", "no run {0} in {1} (see `netbuilder runs list`)").format(', '.join(map(str, missing)), self.path))
        return wanted

    # ---- editing ----------------------------------------------------------------------------
    def rename(self, run_id: int, name: str) -> None:
        self.require([run_id])
        with self._write() as c:
            c.execute("UPDATE runs SET name = ? WHERE id = ?", (name.strip() or self.get(run_id).auto_name, run_id))

    def set_notes(self, run_id: int, text: str, append: bool = False) -> None:
        self.require([run_id])
        with self._write() as c:
            if append:
                c.execute("UPDATE runs SET notes = CASE WHEN notes = '' THEN ? ELSE notes || char(10) || ? END "
                          "WHERE id = ?", (text, text, run_id))
            else:
                c.execute("UPDATE runs SET notes = ? WHERE id = ?", (text, run_id))

    def add_tags(self, run_ids, tags) -> None:
        ids = self.require(run_ids)
        with self._write() as c:
            c.executemany("INSERT OR IGNORE INTO tags VALUES (?, ?)", [(i, t) for i in ids for t in tags])

    def remove_tags(self, run_ids, tags) -> None:
        ids = self.require(run_ids)
        with self._write() as c:
            c.executemany("DELETE FROM tags WHERE run_id = ? AND tag = ?", [(i, t) for i in ids for t in tags])

    def delete(self, run_ids) -> list[int]:
        """Delete runs with their epochs, tags and files. Running runs of live processes are refused."""
        ids = self.require(run_ids)
        busy = [i for i in ids if self.get(i).status == "running"]
        if busy:
            raise StoreError(translate("Runs", "run {0} is still running; stop it first").format(', '.join(map(str, busy))))
        with self._write() as c:
            c.executemany("DELETE FROM runs WHERE id = ?", [(i,) for i in ids])
        for i in ids:
            shutil.rmtree(self.files_root / str(i), ignore_errors=True)
        return ids

    # ---- sweeps (rows only; the sweep machinery lives in its own modules) --------------------
    def add_sweep(self, sweep_id: str, name: str = "", definition: dict | None = None) -> None:
        with self._write() as c:
            c.execute("INSERT OR IGNORE INTO sweeps (id, name, created, definition_json) VALUES (?, ?, ?, ?)",
                      (sweep_id, name, time.time(), json.dumps(definition or {})))

    def sweeps(self) -> list[dict]:
        """Every sweep, newest first: id, name, created, and how many runs it has (and how many still run)."""
        rows = self._query("SELECT s.id, s.name, s.created, COUNT(r.id), SUM(r.status = 'running') FROM sweeps s "
                           "LEFT JOIN runs r ON r.sweep_id = s.id GROUP BY s.id ORDER BY s.created DESC, s.id")
        return [{"id": r[0], "name": r[1], "created": r[2], "runs": r[3], "running": r[4] or 0} for r in rows]

    def sweep(self, sweep_id: str) -> dict | None:
        rows = self._query("SELECT id, name, created, definition_json FROM sweeps WHERE id = ?", (sweep_id,))
        if not rows:
            return None
        r = rows[0]
        return {"id": r[0], "name": r[1], "created": r[2], "definition": json.loads(r[3])}


def _run(r) -> Run:
    return Run(id=r["id"], name=r["name"], auto_name=r["auto_name"] or r["name"], status=r["status"],
               started=r["started"], ended=r["ended"], network_json=r["network_json"],
               network_hash=r["network_hash"], data_spec=r["data_spec"],
               data_fingerprint=_loads(r["data_fingerprint"]), settings=json.loads(r["settings_json"]),
               seed=r["seed"], version=r["version"], test_loss=r["test_loss"], test_accuracy=r["test_accuracy"],
               params=r["params"], macs=r["macs"], images_per_second=r["images_per_second"],
               train_seconds=r["train_seconds"], message=r["message"], notes=r["notes"] or "",
               per_class=_loads(r["per_class_json"]), parent_id=r["parent_id"], sweep_id=r["sweep_id"],
               early_stopped=bool(r["early_stopped"]), host=r["host"], pid=r["pid"])


def _dumps(value) -> str | None:
    return None if value is None else json.dumps(value)


def _loads(text):
    return None if text is None else json.loads(text)


def _num(x):
    return None if x is None else float(x)


def open_store(path=None, create: bool = True) -> RunStore:
    return RunStore(path, create=create)


def _is_busy(error: sqlite3.OperationalError) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED (with any extended code): another connection holds a lock."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(error) or "busy" in str(error)

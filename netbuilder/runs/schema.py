"""The run store's schema, built only by migrations: a new database runs every step from 0, an old
one runs the steps it lacks, so the migration path is the path every database takes.

The version lives in SQLite's `PRAGMA user_version`. A database with a higher version than
SCHEMA_VERSION was written by a newer NetBuilder and is refused, never touched.
"""

from __future__ import annotations

# version n -> SQL that turns a version-n database into a version-(n+1) one.
MIGRATIONS: dict[int, str] = {
    # 0 -> 1: the first release of the store: runs, their epochs and their array files.
    0: """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        status TEXT NOT NULL,
        started REAL NOT NULL,
        ended REAL,
        network_json TEXT NOT NULL,
        network_hash TEXT NOT NULL,
        data_spec TEXT,
        data_fingerprint TEXT,
        settings_json TEXT NOT NULL,
        seed INTEGER,
        version TEXT NOT NULL,
        host TEXT,
        pid INTEGER,
        pid_started TEXT,
        test_loss REAL,
        test_accuracy REAL,
        params INTEGER,
        macs INTEGER,
        images_per_second REAL,
        train_seconds REAL,
        message TEXT
    );
    CREATE TABLE epochs (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        epoch INTEGER NOT NULL,
        train_loss REAL, train_accuracy REAL, val_loss REAL, val_accuracy REAL,
        seconds REAL, lr REAL,
        PRIMARY KEY (run_id, epoch)
    );
    CREATE TABLE artifacts (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        PRIMARY KEY (run_id, name)
    );
    CREATE INDEX runs_started ON runs(started);
    """,
    # 1 -> 2: notes and tags, the name the user gave vs the automatic one, per-class accuracy,
    # continuations (a run that goes on from another), sweeps grouping runs, and a heartbeat.
    1: """
    ALTER TABLE runs ADD COLUMN auto_name TEXT;
    UPDATE runs SET auto_name = name;
    ALTER TABLE runs ADD COLUMN notes TEXT NOT NULL DEFAULT '';
    ALTER TABLE runs ADD COLUMN per_class_json TEXT;
    ALTER TABLE runs ADD COLUMN parent_id INTEGER REFERENCES runs(id) ON DELETE SET NULL;
    ALTER TABLE runs ADD COLUMN sweep_id TEXT REFERENCES sweeps(id) ON DELETE SET NULL;
    ALTER TABLE runs ADD COLUMN heartbeat REAL;
    ALTER TABLE runs ADD COLUMN early_stopped INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE tags (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (run_id, tag)
    );
    CREATE TABLE sweeps (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        created REAL NOT NULL,
        definition_json TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX runs_status ON runs(status);
    CREATE INDEX runs_sweep ON runs(sweep_id);
    CREATE INDEX tags_tag ON tags(tag);
    """,
}

SCHEMA_VERSION = max(MIGRATIONS) + 1

STATUSES = ("running", "finished", "stopped", "diverged", "failed", "interrupted")


def migrate(conn, target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to `target` inside one transaction per step; returns the old version.

    The caller holds no transaction. Each step and its version bump commit together, so a crash
    mid-migration leaves the database at the previous version, readable and migratable again.
    """
    old = conn.execute("PRAGMA user_version").fetchone()[0]
    for version in range(old, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current != version:   # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return old


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]

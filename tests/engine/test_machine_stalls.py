"""bench_gui's reference for the machine's own stalls: a process that only sleeps notes when it
wakes late, and a GUI gap is also given with the time the machine was away taken out."""

import os
import signal
import time

import pytest

from netbuilder.bench.machine_stalls import MachineStalls, own_part


def test_the_time_away_is_taken_out_of_a_gap_only_where_they_overlap():
    stalls = [(10.0, 10.1), (20.0, 20.05)]
    assert own_part((9.95, 10.12), stalls) == pytest.approx(0.07)  # 170 ms, of which 100 ms away
    assert own_part((10.05, 10.2), stalls) == pytest.approx(0.10)  # half of the stall inside
    assert own_part((15.0, 15.06), stalls) == pytest.approx(0.06)  # none: all its own
    assert own_part((10.02, 10.08), stalls) == 0.0
    both_cpus = [(10.0, 10.1), (10.05, 10.15)]  # overlapping stalls of two CPUs: 150 ms away, not 200
    assert own_part((9.9, 10.2), both_cpus) == pytest.approx(0.15)


def test_a_process_held_still_is_seen_as_a_stall_of_that_length():
    machine = MachineStalls()
    assert len(machine.procs) == len(os.sched_getaffinity(0))  # one per CPU
    try:
        time.sleep(0.5)  # started and sleeping in its loop
        [os.kill(p.pid, signal.SIGSTOP) for p in machine.procs[:1]]
        stopped = time.perf_counter()
        time.sleep(0.2)
        [os.kill(p.pid, signal.SIGCONT) for p in machine.procs[:1]]
        deadline = time.perf_counter() + 5
        def around_the_stop():
            return [s for s in machine.stalls() if s[0] - 0.03 <= stopped <= s[1]]
        while not around_the_stop() and time.perf_counter() < deadline:
            time.sleep(0.02)
        [(start, end)] = around_the_stop()
        assert start == pytest.approx(stopped, abs=0.03) and end - start == pytest.approx(0.2, abs=0.05)
    finally:
        machine.close()
    assert not os.path.exists(machine.path)

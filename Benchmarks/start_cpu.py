#!/usr/bin/env python3
"""CPU time (user + system) of launches to the first prompt and out, builds interleaved.

A busy machine stretches the wall clock of a start far more than its CPU time, so builds are
compared on this when other work shares the machine. Each launch reads end of input at the first
prompt and leaves (the draft kept), in a fresh folder with a database and a guidance cache made
by two launches first, as at a desk.

    python3 Benchmarks/start_cpu.py ROUNDS NAME=BINARY[@GUIDANCE] ...
    python3 Benchmarks/start_cpu.py 6 now=.build/release/coach before=/tmp/coach-old@/tmp/old/guidance
"""
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def launches(binary, guidance, count=12, warm=2):
    with tempfile.TemporaryDirectory() as folder:
        env = {"PATH": "/usr/bin:/bin", "HOME": folder, "XDG_STATE_HOME": folder + "/state",
               "XDG_CACHE_HOME": folder + "/cache", "LANG": "C.UTF-8", "COACH_STAFF": "chan.mw", "NO_COLOR": "1",
               "COACH_DB": folder + "/coach.sqlite", "COACH_GUIDANCE": guidance}
        times = []
        for index in range(count):
            process = subprocess.Popen([binary, "intake", "--lang", "zh-Hant"], stdin=subprocess.DEVNULL,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            _, _, usage = os.wait4(process.pid, 0)
            if index >= warm:
                times.append((usage.ru_utime + usage.ru_stime) * 1000)
        return times


def main():
    rounds = int(sys.argv[1])
    subjects = []
    for argument in sys.argv[2:]:
        name, rest = argument.split("=", 1)
        binary, _, guidance = rest.partition("@")
        subjects.append((name, binary, guidance or os.path.join(ROOT, "guidance")))
    results = {name: [] for name, _, _ in subjects}
    for _ in range(rounds):
        for name, binary, guidance in subjects:
            results[name] += launches(binary, guidance)
    for name, times in results.items():
        print(f"{name:10} CPU time to the first prompt and out: median {statistics.median(times):.2f} ms "
              f"(p10 {statistics.quantiles(times, n=10)[0]:.2f}, p90 {statistics.quantiles(times, n=10)[-1]:.2f}; {len(times)} launches)")


if __name__ == "__main__":
    main()

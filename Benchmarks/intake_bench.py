#!/usr/bin/env python3
"""Measures the live intake as a receptionist meets it, through the real release binary:
launch to first prompt (against a bare Swift hello), the cost of one typed line including
its durable write, and the peak memory of a session. Prints figures; asserts nothing."""
import os, select, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COACH = os.path.join(ROOT, os.environ.get("BENCH_COACH", ".build/release/coach"))
HELLO = os.path.join(ROOT, os.environ.get("BENCH_HELLO", ".build-hello/release/hello"))
GUIDANCE = os.path.join(ROOT, "guidance")


def percentile(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(p / 100 * (len(values) - 1)))))
    return values[k]


def read_until(proc, marker, deadline=10.0):
    """Reads stdout until `marker` (bytes) has appeared; returns the time it appeared."""
    buffer = b""
    end = time.perf_counter() + deadline
    fd = proc.stdout.fileno()
    while marker not in buffer:
        remaining = end - time.perf_counter()
        if remaining <= 0:
            raise RuntimeError(f"timed out waiting for {marker!r}; got {buffer[-300:]!r}")
        ready, _, _ = select.select([fd], [], [], remaining)
        if ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                raise RuntimeError(f"process ended before {marker!r}; got {buffer[-300:]!r}")
            buffer += chunk
    return time.perf_counter(), buffer


def env_for(folder):
    env = dict(os.environ)
    env.update({"COACH_DB": os.path.join(folder, "coach.sqlite"), "COACH_GUIDANCE": GUIDANCE,
                "HOME": folder, "XDG_STATE_HOME": os.path.join(folder, "state"), "LANG": "C.UTF-8",
                "COACH_STAFF": "chan.mw", "NO_COLOR": "1"})
    return env


def startup(binary, args, marker, env, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen([binary] + args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=env)
        seen, _ = read_until(proc, marker)
        times.append((seen - start) * 1000)
        proc.stdin.close()
        proc.wait()
    return times


def lines_and_memory(env, count):
    """One intake with `count` lines of notes: the cost of each, and the session's peak memory."""
    proc = subprocess.Popen([COACH, "intake", "--lang", "zh-Hant"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    read_until(proc, "1/7".encode())
    for answer in ["", "陳大文", "業主", "A座", "12樓B室", "9123 4567"]:
        proc.stdin.write((answer + "\n").encode()); proc.stdin.flush()
    read_until(proc, "2/7 記錄 › ".encode())
    costs = []
    for n in range(count):
        line = f"第{n}段:廚房天花漏水,樓上單位好似爆水管,已經係第三次報告。\n".encode()
        start = time.perf_counter()
        proc.stdin.write(line); proc.stdin.flush()
        seen, _ = read_until(proc, "2/7 記錄 › ".encode())
        costs.append((seen - start) * 1000)
    with open(f"/proc/{proc.pid}/status") as status:
        peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
    proc.stdin.close()
    proc.wait()
    return costs, peak / 1024


def main():
    runs = int(os.environ.get("BENCH_RUNS", "30"))
    calls = int(os.environ.get("BENCH_CALLS", "5"))
    lines = int(os.environ.get("BENCH_LINES", "200"))
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as folder:
        env = env_for(folder)
        startup(COACH, ["intake"], b"1/7", env, 3)  # warm the file cache and create the database
        hello = startup(HELLO, [], b"hello", env, runs)
        coach = startup(COACH, ["intake"], b"1/7", env, runs)
        costs, peaks = [], []
        for _ in range(calls):
            cost, peak = lines_and_memory(env, lines)
            costs += cost
            peaks.append(peak)
        peak = max(peaks)

    h, c = statistics.median(hello), statistics.median(coach)
    print("Coach intake benchmark (release build, this machine)")
    print(f"  launch to first prompt   hello  median {h:6.2f} ms  p90 {percentile(hello, 90):6.2f} ms   ({runs} runs)")
    print(f"                           coach  median {c:6.2f} ms  p90 {percentile(coach, 90):6.2f} ms")
    print(f"                           ratio  {c / h:4.1f}x   (goal: within 3x)")
    print(f"  one typed line, through the pipe, including its durable write ({calls} calls of {lines} lines):")
    print(f"                           p50 {percentile(costs, 50):.3f} ms  p99 {percentile(costs, 99):.3f} ms"
          f"  max {max(costs):.3f} ms   (goal: p99 under 1 ms)")
    turn = os.path.join(ROOT, os.environ.get("BENCH_TURN", ".build/release/CoachTurnBench"))
    if os.path.exists(turn):
        with tempfile.TemporaryDirectory(prefix="coach-turns-") as folder:
            inside = subprocess.run([turn, GUIDANCE, os.path.join(folder, "coach.sqlite"), str(calls), str(lines)],
                                    capture_output=True, text=True, check=True).stdout.strip()
        print(f"  one typed line inside the program (engine turn + durable write): {inside}")
    print(f"  peak memory of a session (VmHWM after {lines} lines): {peak:.1f} MiB   (goal: under 25 MiB)")


if __name__ == "__main__":
    sys.exit(main())

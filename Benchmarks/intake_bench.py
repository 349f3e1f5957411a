#!/usr/bin/env python3
"""Measures the live intake as a receptionist meets it, through the real release binary:
launch to first prompt (against a bare Swift hello; and when the guidance cache must be made
again, as after an edit of the guidance), the cost of one typed line including
its durable write, and the peak memory of a session; and what the receptionist feels: the
keystrokes and prompts from the first key to the on-duty phone number for a gas call, and the
prompts after listening for an ordinary call whose caller gave the facts while talking.
Prints figures; asserts nothing."""
import os, re, select, statistics, subprocess, sys, tempfile, time

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


def startup_guidance_changed(env, runs):
    """Launch to first prompt when the guidance cache cannot be used (the guidance was edited):
    each run with a cache folder of its own, so the guidance is read and checked, and cached."""
    times = []
    for n in range(runs):
        fresh = dict(env, XDG_CACHE_HOME=os.path.join(env["HOME"], f"cold-cache-{n}"))
        times += startup(COACH, ["intake"], b"1/6", fresh, 1)
    return times


def lines_and_memory(env, count):
    """One intake with `count` lines of notes: the cost of each, and the session's peak memory."""
    proc = subprocess.Popen([COACH, "intake", "--lang", "zh-Hant"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    read_until(proc, "1/6 對方講 › ".encode())
    costs = []
    for n in range(count):
        line = f"第{n}段:廚房天花有水漬,樓上單位好似有喉管滲水,已經係第三次報告。\n".encode()
        start = time.perf_counter()
        proc.stdin.write(line); proc.stdin.flush()
        seen, _ = read_until(proc, "1/6 對方講 › ".encode())
        costs.append((seen - start) * 1000)
    with open(f"/proc/{proc.pid}/status") as status:
        peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
    proc.stdin.close()
    proc.wait()
    return costs, peak / 1024


GAS_LINE = "佢話成層樓好大煤氣味，好驚"
# The on-duty duty manager or security supervisor's number, as the danger screen shows it.
ON_DUTY = re.compile(r"(當值|值班|on duty)")
PROMPT_LINE = re.compile(r"^(\d/6 )([^\[›(]*)")
REASKED = {"單位", "由何時開始", "對方要求", "Unit", "Since when", "What they want"}


def gas_call(env):
    """Types the first line of a gas call and counts, from the first key, the keystrokes, lines
    and prompts until the person on duty and their number are on screen."""
    proc = subprocess.Popen([COACH, "intake", "--lang", "zh-Hant"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env)
    _, before = read_until(proc, "1/6 對方講 › ".encode())
    proc.stdin.write((GAS_LINE + "\n").encode()); proc.stdin.flush()
    _, after = read_until(proc, "Enter 繼續聽".encode())
    shown = after.decode("utf-8", "replace")
    proc.stdin.close(); proc.wait()
    assert ON_DUTY.search(shown), shown
    prompts = shown.count("›") - 1  # the prompt that asks to mark it urgent comes after the number
    return (len(GAS_LINE) + 1, 1, max(prompts, 0))


def next_prompt(proc, buffer):
    """Reads until Coach waits at a prompt (the output ends in `› ` and nothing more comes);
    returns the prompt's line and the whole output so far."""
    fd = proc.stdout.fileno()
    end = time.perf_counter() + 10
    while time.perf_counter() < end:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            buffer += chunk
        elif buffer.endswith("› ".encode()):
            return buffer.decode("utf-8", "replace").rsplit("\n", 1)[-1], buffer
    raise RuntimeError(f"no prompt; got {buffer[-300:]!r}")


def prompts_after_listening(env):
    """An ordinary call where the caller gave unit, since when and what they want while talking:
    the labels of every prompt after listening, each answered as a receptionist would."""
    account = ["我係A座12樓C室陳太，廚房天花有水漬成個禮拜", "要你哋今日即刻派人上嚟睇", "電話係9123 4567"]
    answers = {"仲有冇其他？": "", "用聽到的資料？": "y", "業主定住戶": "o", "真正令對方不滿的原因": "已經第二次",
               "需要協調的其他人": "樓上", "投訴或建議": "c", "性質": "", "類別": "water",
               "認同感受": "y", "承認不足": "y", "代表公司跟進": "y", "已通知以上的人": "y", "已告知對方": "y",
               "確認並儲存": "y"}
    proc = subprocess.Popen([COACH, "intake", "--lang", "zh-Hant"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env)
    buffer = b""
    for line in account + [""]:
        _, buffer = next_prompt(proc, buffer)
        proc.stdin.write((line + "\n").encode()); proc.stdin.flush()
    asked = []
    while len(asked) < 40:
        prompt, buffer = next_prompt(proc, buffer)
        label = PROMPT_LINE.match(prompt).group(2).strip()
        asked.append(label)
        proc.stdin.write((answers.get(label, "") + "\n").encode()); proc.stdin.flush()
        if label == "確認並儲存":
            break
    proc.stdin.close(); proc.wait()
    return asked


def main():
    runs = int(os.environ.get("BENCH_RUNS", "30"))
    calls = int(os.environ.get("BENCH_CALLS", "5"))
    lines = int(os.environ.get("BENCH_LINES", "200"))
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as folder:
        env = env_for(folder)
        startup(COACH, ["intake"], b"1/6", env, 3)  # warm the file cache and create the database
        hello = startup(HELLO, [], b"hello", env, runs)
        coach = startup(COACH, ["intake"], b"1/6", env, runs)
        cold = startup_guidance_changed(env, runs)
        gas = gas_call(env)
        asked = prompts_after_listening(env)
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
    print(f"                           coach after the guidance changed (read, checked and cached again)"
          f"  median {statistics.median(cold):6.2f} ms")
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
    print(f"  gas call, first key to the on-duty phone number on screen: {gas[0]} keystrokes, {gas[1]} line(s) entered,"
          f" {gas[2]} prompt(s) shown before it   (goal: one typed line and Enter)")
    print(f"  ordinary call that gave unit, since when and wants while talking: {len(asked)} prompts after listening;"
          f" of them asking those again: {sum(1 for a in asked if a in REASKED)}   (goal: none)")
    print(f"                           the prompts: {' · '.join(asked)}")


if __name__ == "__main__":
    sys.exit(main())

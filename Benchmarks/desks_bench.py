#!/usr/bin/env python3
"""Many desks at once on one store: BENCH_DESKS desks (8) each taking piped intakes one after
another for BENCH_SECONDS (60), through the real release binary, on a SQLite file and on a
PostgreSQL database (the server whose URL is the first argument, where a database may be
created). A turn is one typed line, from Enter to the next prompt (or to "Saved:"), its durable
write included. Prints turns per second, p50 and p99 per turn, the lines lost (a line is
acknowledged once the next prompt appears; every acknowledged line must be in the store
afterwards) and the errors shown to a user (anything on standard error, a non-zero exit, a line
kept in the journal because the store refused it). Asserts nothing.

  desks_bench.py [POSTGRES_URL]      without a URL, SQLite only
"""
import os, re, select, subprocess, sys, tempfile, threading, time, urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COACH = os.path.join(ROOT, os.environ.get("BENCH_COACH", ".build/release/coach"))
GUIDANCE = os.path.join(ROOT, "guidance")
DESKS = int(os.environ.get("BENCH_DESKS", "8"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "60"))
SAVED = re.compile(rb"^Saved: case (\d{6}-\d{3,})", re.M)
# What a desk is told when the store did not take a line (IntakeSession): an error shown.
REFUSED = ("this line is kept in the journal", "this line could not be kept")


def percentile(values, p):
    values = sorted(values)
    return values[max(0, min(len(values) - 1, int(round(p / 100 * (len(values) - 1)))))] if values else float("nan")


def intake_script(desk, n):
    """The answers of an English intake of an ordinary lift complaint, as torture's desks type
    them; the first line carries a token that names the intake."""
    token = "tk%dq%05dz" % (desk, n)
    return token, [
        "The lift stopped last night " + token, "住戶要行樓梯上二十樓",
        ":name D%d-%05d" % (desk, n), ":standing owner", ":building " + "AB"[desk % 2] + "座", ":unit 12樓B室",
        ":contact 9123 4567", ":where lobby lift", ":since last night 10pm", ":wants fixed today",
        ":cause nobody told residents", ":others engineering", ":kind c", ":nature o", ":category lift",
        ":done", "y",
    ]


class Desk(threading.Thread):
    """One desk: intakes one after another until the minute is up (the one under way finishes)."""

    def __init__(self, number, env, until):
        super().__init__()
        self.number, self.env, self.until = number, env, until
        self.turns = []          # seconds per turn
        self.acknowledged = {}   # case number -> lines acknowledged, in order
        self.errors = []         # what a user was shown that is an error

    def run(self):
        n = 0
        while time.monotonic() < self.until:
            try:
                self.intake(n)
            except Exception as error:  # noqa: BLE001 - a desk that stops is an error shown, counted
                self.errors.append("desk %d intake %d: %s" % (self.number, n, error))
            n += 1

    def intake(self, n):
        _, lines = intake_script(self.number, n)
        proc = subprocess.Popen([COACH, "intake", "--lang", "en"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=self.env)
        out = b""
        out = self.wait(proc, out, lambda b: b.endswith("› ".encode()))
        acked = []
        for i, line in enumerate(lines):
            start = time.perf_counter()
            proc.stdin.write((line + "\n").encode())
            proc.stdin.flush()
            last = i == len(lines) - 1
            out = self.wait(proc, out, (lambda b: SAVED.search(b)) if last else (lambda b, k=len(out): b.endswith("› ".encode()) and len(b) > k))
            self.turns.append(time.perf_counter() - start)
            acked.append(line)
        proc.stdin.close()
        err = proc.stderr.read().decode("utf-8", "replace")
        status = proc.wait()
        shown = [l for l in out.decode("utf-8", "replace").split("\n") if any(r in l for r in REFUSED)]
        if status != 0 or err.strip() or shown:
            self.errors.append("desk %d intake %d: exit %s: %s" % (self.number, n, status, (err.strip() or "\n".join(shown))[:300]))
        self.acknowledged[SAVED.search(out).group(1).decode()] = acked

    @staticmethod
    def wait(proc, buffer, done, limit=30.0):
        fd = proc.stdout.fileno()
        end = time.monotonic() + limit
        while not done(buffer):
            ready, _, _ = select.select([fd], [], [], max(0.0, end - time.monotonic()))
            if not ready:
                raise RuntimeError("no answer in %.0f s; got %r" % (limit, buffer[-200:]))
            chunk = os.read(fd, 65536)
            if not chunk:
                raise RuntimeError("coach ended; got %r" % buffer[-300:])
            buffer += chunk
        return buffer


def stored_lines_sqlite(db):
    rows = subprocess.run(["sqlite3", "-separator", "\t", db, """
        SELECT c.case_number, json_extract(t.payload, '$.event.typed.text') FROM transcript t JOIN cases c ON c.id = t.case_id
        WHERE t.kind = 'input' ORDER BY c.case_number, t.seq"""], capture_output=True, text=True, check=True).stdout
    return rows


def stored_lines_postgres(url):
    rows = subprocess.run(["psql", "-X", "-At", "-F", "\t", url, "-c", """
        SELECT c.case_number, (t.payload::jsonb) #>> '{event,typed,text}' FROM transcript t JOIN cases c ON c.id = t.case_id
        WHERE t.kind = 'input' ORDER BY c.case_number, t.seq"""], capture_output=True, text=True, check=True).stdout
    return rows


def lost(acknowledged, rows):
    stored = {}
    for row in rows.split("\n"):
        if "\t" in row:
            number, text = row.split("\t", 1)
            stored.setdefault(number, []).append(text)
    missing = 0
    for number, lines in acknowledged.items():
        have = stored.get(number, [])
        i = 0
        for line in lines:
            while i < len(have) and have[i] != line:
                i += 1
            if i < len(have):
                i += 1
            else:
                missing += 1
    return missing


def run(label, db, stored_lines, home):
    env = dict(os.environ, COACH_DB=db, COACH_GUIDANCE=GUIDANCE, HOME=home, XDG_STATE_HOME=os.path.join(home, "state"),
               LANG="C.UTF-8", COACH_STAFF="chan.mw", NO_COLOR="1", SWIFT_BACKTRACE="enable=no")
    # One intake first, so the store exists and is migrated before the desks start together.
    subprocess.run([COACH, "intake", "--lang", "en"], input=("\n".join(intake_script(99, 0)[1]) + "\n").encode(),
                   capture_output=True, env=env, check=True)
    started = time.monotonic()
    desks = [Desk(d, env, started + SECONDS) for d in range(DESKS)]
    for desk in desks:
        desk.start()
    for desk in desks:
        desk.join()
    elapsed = time.monotonic() - started
    turns = [t * 1000 for desk in desks for t in desk.turns]
    acknowledged = {k: v for desk in desks for k, v in desk.acknowledged.items()}
    errors = [e for desk in desks for e in desk.errors]
    missing = lost(acknowledged, stored_lines(db))
    print(f"  {label:10} {len(acknowledged):5} intakes  {len(turns):6} turns in {elapsed:5.1f} s = {len(turns) / elapsed:6.1f} turns/s"
          f"   per turn p50 {percentile(turns, 50):6.2f} ms  p99 {percentile(turns, 99):7.2f} ms  max {max(turns):7.2f} ms"
          f"   lost lines {missing}   errors shown {len(errors)}", flush=True)
    for error in errors[:5]:
        print("      " + error)


def main():
    url = sys.argv[1] if len(sys.argv) > 1 else None
    print(f"{DESKS} desks taking piped intakes at once for {SECONDS:.0f} s (release build, this machine, {os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory(prefix="coach-desks-") as folder:
        run("SQLite", os.path.join(folder, "coach.sqlite"), stored_lines_sqlite, folder)
        if url:
            name = "coach_desks_%d" % os.getpid()
            subprocess.run(["psql", "-X", "-q", url, "-c", f"CREATE DATABASE {name}"], check=True)
            parts = urllib.parse.urlsplit(url)
            database = urllib.parse.urlunsplit(parts._replace(path="/" + name))
            try:
                run("PostgreSQL", database, stored_lines_postgres, folder)
            finally:
                subprocess.run(["psql", "-X", "-q", url, "-c", f"DROP DATABASE {name} WITH (FORCE)"], check=False)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes the bad-input corpus that scripts/torture feeds to Coach (kept in the repository; run
again only to regenerate it): route JSON, guidance YAML, database files, terminal input, desk
lines and zoneinfo files. Deterministic, except the database files, which start from a database
the given coach makes:

    Tests/TortureCorpus/make-corpus.py --coach .build/release/coach

Folders:
  json/       one `coach route` request a file; *.jsonl one a line
  yaml/       TARGET--what.yaml replaces one guidance file (TARGET: guidelines, regulation,
              organization, urgency, phrases-en, phrases-zh-Hant, phrases-zh-Hans, scenario)
  db/         database files (gzip): foreign-* are not Coach's and must be left untouched
  terminal/   whole piped sessions (intake; train-*, desk-*, resume-* for those commands);
              *.lines: each line alone as one answer of an ordinary intake (desk*.lines: typed at the desk)
  tzif/       zoneinfo files standing in for Asia/Hong_Kong (TZDIR)
"""

import argparse
import gzip
import json
import os
import random
import shutil
import sqlite3
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GUIDANCE = os.path.join(ROOT, "guidance")


def write(sub, name, data):
    folder = os.path.join(HERE, sub)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def clear(sub):
    shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)


# ---------------------------------------------------------------------------------------------
def route_json():
    clear("json")
    good = {"channel": "phone", "received_at": "2026-11-27T20:00:00+08:00"}
    files = {
        "good-minimal": json.dumps(good),
        "good-all-fields": json.dumps({"channel": "letter", "received_at": "2026-11-30T10:00:00Z", "kind": "complaint",
                                       "nature": "urgent", "description": "電梯困人 lift stuck", "beyond_manager_authority": True}),
        "empty": "",
        "spaces": "   \n\t  ",
        "null": "null",
        "number": "42",
        "string": '"phone"',
        "array": "[]",
        "array-of-object": "[" + json.dumps(good) + "]",
        "two-objects": json.dumps(good) + json.dumps(good),
        "trailing-garbage": json.dumps(good) + " x",
        "trailing-comma-object": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00",}',
        "trailing-comma-array": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","x":[1,]}',
        "duplicate-key": '{"channel":"phone","channel":"letter","received_at":"2026-11-27T20:00:00+08:00"}',
        "duplicate-key-escaped": '{"channel":"phone","\\u0063hannel":"letter","received_at":"2026-11-27T20:00:00+08:00"}',
        "duplicate-key-nested": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","x":{"a":1,"a":2}}',
        "missing-colon": '{"channel" "phone"}',
        "missing-comma": '{"channel":"phone" "received_at":"2026-11-27T20:00:00+08:00"}',
        "single-quotes": "{'channel':'phone'}",
        "unquoted-key": '{channel:"phone"}',
        "bom": "\ufeff" + json.dumps(good),
        "double-bom": "\ufeff\ufeff" + json.dumps(good),
        "utf16": json.dumps(good).encode("utf-16"),
        "utf32": json.dumps(good).encode("utf-32"),
        "latin1": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","description":"caf\xe9"}'.encode("latin-1"),
        "invalid-utf8-in-string": b'{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","description":"\xff\xfe"}',
        "overlong-utf8": b'{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","description":"\xc0\xaf"}',
        "nul-raw": b'{"channel":"phone\x00","received_at":"2026-11-27T20:00:00+08:00"}',
        "nul-escaped": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","description":"a\\u0000b"}',
        "control-raw": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","description":"a\x01b"}',
        "escape-sequence": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","description":"\\u001b[31mred\\u001b[0m"}',
        "lone-high-surrogate": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","description":"\\ud800"}',
        "lone-low-surrogate": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","description":"\\udc00x"}',
        "surrogate-pair": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","description":"\\ud83d\\ude00"}',
        "bad-escape": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","description":"\\q"}',
        "short-unicode-escape": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","description":"\\u12"}',
        "unterminated-string": '{"channel":"phone',
        "unterminated-object": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00"',
        "deep-64": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","x":' + "[" * 62 + "]" * 62 + "}",
        "deep-65": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","x":' + "[" * 64 + "]" * 64 + "}",
        "deep-10000": "[" * 10000 + "]" * 10000,
        "deep-100000-objects": '{"a":' * 100000 + "1" + "}" * 100000,
        "deep-unclosed": "[" * 200000,
        "long-description-1mb": json.dumps(dict(good, description="漏" * 350000)),
        "long-key": json.dumps({"k" * 100000: 1}),
        "many-keys": json.dumps({"k%d" % i: i for i in range(20000)}),
        "huge-number": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","x":1' + "0" * 5000 + "}",
        "exponent-overflow": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","x":1e999999}',
        "negative-zero": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","x":-0}',
        "leading-zero": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","x":01}',
        "plus-number": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","x":+1}',
        "nan": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","x":NaN}',
        "infinity": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","x":Infinity}',
        "dot-number": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","x":.5}',
        "comment": '{"channel":"phone", /* c */ "received_at":"2026-11-27T20:00:00+08:00"}',
        "true-capital": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","beyond_manager_authority":True}',
        "bool-as-string": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","beyond_manager_authority":"true"}',
        "bool-as-number": '{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00","beyond_manager_authority":1}',
        "channel-number": '{"channel":1,"received_at":"2026-11-27T20:00:00+08:00"}',
        "channel-null": '{"channel":null,"received_at":"2026-11-27T20:00:00+08:00"}',
        "channel-array": '{"channel":["phone"],"received_at":"2026-11-27T20:00:00+08:00"}',
        "channel-upper": '{"channel":"PHONE","received_at":"2026-11-27T20:00:00+08:00"}',
        "channel-unknown": '{"channel":"fax","received_at":"2026-11-27T20:00:00+08:00"}',
        "channel-long": json.dumps({"channel": "p" * 100000, "received_at": "2026-11-27T20:00:00+08:00"}),
        "channel-escape": json.dumps({"channel": "\u001b]0;pwned\u0007", "received_at": "2026-11-27T20:00:00+08:00"}),
        "kind-unknown": json.dumps(dict(good, kind="praise")),
        "nature-unknown": json.dumps(dict(good, nature="critical")),
        "description-number": json.dumps(dict(good, description=5)),
        "unknown-field": json.dumps(dict(good, extra=1)),
        "unknown-field-escape": json.dumps(dict(good, **{"\u001b[2J": 1})),
        "missing-channel": json.dumps({"received_at": "2026-11-27T20:00:00+08:00"}),
        "missing-time": json.dumps({"channel": "phone"}),
        "time-number": '{"channel":"phone","received_at":1764244800}',
    }
    times = ["2026-11-27T20:00:00", "2026-11-27T20:00:00+0800", "2026-11-27t20:00z", "2026-11-27 20:00:00+08:00",
             "2026-11-27T20:00+08:00", "2026-11-27T20:00:00.123456789012345678901234567890+08:00",
             "2026-11-27T20:00:00.+08:00", "2026-11-27T24:00:00+08:00", "2026-11-27T23:60:00+08:00",
             "2026-11-27T23:59:60+08:00", "2026-11-27T23:59:61+08:00", "2026-02-29T10:00:00+08:00",
             "2024-02-29T10:00:00+08:00", "2026-02-30T10:00:00+08:00", "2026-00-10T10:00:00+08:00",
             "2026-13-10T10:00:00+08:00", "2026-11-00T10:00:00+08:00", "1899-12-31T23:59:59+00:00",
             "1900-01-01T00:00:00+18:00", "1900-01-01T00:00:00-18:00", "9999-12-31T23:59:59+18:00",
             "9999-12-31T23:59:59-18:00", "9999-12-31T20:00:00+08:00", "9999-12-30T20:00:00+08:00",
             "0000-01-01T00:00:00Z", "+2026-11-27T20:00:00Z", "-2026-11-27T20:00:00Z", "20261-11-27T20:00:00Z",
             "2026-11-27T20:00:00+19:00", "2026-11-27T20:00:00+18:60", "2026-11-27T20:00:00+08", "2026-11-27T20:00:00+8:00",
             "2026-11-27T20:00:00Z ", " 2026-11-27T20:00:00Z", "2026-11-27T20:00:00ZZ", "２０２６-11-27T20:00:00Z",
             "2026-11-27T20:00:00+08:00\u0000", "", "now", "2026-12-25T10:00:00+08:00", "2027-02-06T10:00:00+08:00",
             "2026-11-28T08:59:59+08:00", "2026-11-30T09:00:00+08:00", "2026-11-30T18:00:00+08:00",
             "2026-11-30T17:59:59.999+08:00", "1970-01-01T00:00:00Z", "2038-01-19T03:14:08Z", "2106-02-07T06:28:16Z"]
    for i, t in enumerate(times):
        files["time-%02d" % i] = json.dumps({"channel": "phone", "received_at": t})
    for name, data in files.items():
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogatepass")
        if len(data) > 64 * 1024:
            write("json", name + ".json.gz", gzip.compress(data, mtime=0))
        else:
            write("json", name + ".json", data)
    # One request a line: every channel, kind and nature at moments around the working hours.
    rng = random.Random(7)
    lines = []
    for i in range(90):
        req = {"channel": rng.choice(["phone", "letter", "in_person", "other", "Phone", ""]),
               "received_at": "2026-%02d-%02dT%02d:%02d:%02d%s" % (rng.randint(1, 12), rng.randint(1, 31), rng.randint(0, 24),
                                                                  rng.randint(0, 60), rng.randint(0, 60),
                                                                  rng.choice(["+08:00", "Z", "-05:00", "+0800", "", "+14:00"]))}
        if rng.random() < 0.5:
            req["nature"] = rng.choice(["ordinary", "urgent", "Urgent"])
        if rng.random() < 0.5:
            req["kind"] = rng.choice(["complaint", "suggestion", "praise"])
        if rng.random() < 0.5:
            req["description"] = rng.choice(["火警", "gas leak 煤氣", "lift stuck 困 lift", "漏水", "", "\u202e反轉", "x" * 5000])
        if rng.random() < 0.3:
            req["beyond_manager_authority"] = rng.choice([True, False, None, "yes"])
        lines.append(json.dumps(req, ensure_ascii=rng.random() < 0.5))
    write("json", "requests.jsonl", "\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------------------
def guidance_yaml():
    clear("yaml")
    files = {"guidelines": "guidelines.yaml", "regulation": "regulation.yaml", "organization": "organization.yaml",
             "urgency": "urgency.yaml", "phrases-en": "phrases/en.yaml", "phrases-zh-Hant": "phrases/zh-Hant.yaml",
             "phrases-zh-Hans": "phrases/zh-Hans.yaml", "scenario": "scenarios/leak-third-time.yaml"}
    rng = random.Random(11)
    for target, rel in files.items():
        text = open(os.path.join(GUIDANCE, rel), encoding="utf-8").read()
        raw = text.encode("utf-8")
        lines = text.split("\n")
        out = {
            "empty": b"",
            "comment-only": b"# nothing here\n",
            "null": b"~\n",
            "scalar": b"just words\n",
            "list": b"- a\n- b\n",
            "truncated-half": raw[: len(raw) // 2],
            "truncated-mid-utf8": raw[: next((i for i in range(len(raw) // 3, len(raw)) if raw[i] >= 0x80), len(raw) - 1) + 1],
            "tabs": text.replace("  ", "\t").encode(),
            "crlf": text.replace("\n", "\r\n").encode(),
            "bom": b"\xef\xbb\xbf" + raw,
            "utf16": text.encode("utf-16"),
            "invalid-utf8": raw[:200] + b"\xff\xfe\xfd" + raw[200:],
            "nul": raw[:100] + b"\x00" + raw[100:],
            "control-in-value": text.replace(":", ": \x07", 1).encode() if False else raw.replace(b'"', b'"\x1b[31m', 1),
            "duplicate-first-key": (lines[0] + "\n" + text).encode() if ":" in lines[0] else raw + b"\n" + raw,
            "doubled": raw + b"\n" + raw,
            "two-documents": raw + b"\n---\n" + raw,
            "anchors-alias-bomb": b"a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                  b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                                  b"e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n",
            "undefined-alias": b"a: *nothing\n",
            "self-alias": b"a: &a [*a]\n",
            "deep-nesting": b"a: " + b"[" * 20000 + b"]" * 20000 + b"\n",
            "deep-mapping": b"".join(b"  " * i + b"k:\n" for i in range(3000)),
            "too-large": b"# " + b"x" * (1 << 20) + b"\n",
            "long-line": raw + b"\nz: " + b"y" * 200000 + b"\n",
            "tags": raw.replace(b": ", b": !!binary ", 3),
            "python-tag": b"a: !!python/object/apply:os.system ['echo pwned']\n",
            "merge-key": b"base: &b {x: 1}\nother:\n  <<: *b\n",
            "yes-no": text.replace("true", "yes").replace("false", "no").encode(),
            "numbers-as-text": text.replace('"', "").encode(),
            "every-value-empty": "\n".join(l.split(":")[0] + ":" if ":" in l and not l.lstrip().startswith("#") else l
                                           for l in lines).encode(),
            "keys-uppercased": "\n".join(l.replace(l.lstrip().split(":")[0], l.lstrip().split(":")[0].upper(), 1)
                                         if ":" in l and not l.lstrip().startswith(("#", "-")) else l for l in lines).encode(),
            "unknown-key": raw + b"\nunexpected_key: 1\n",
            "escape-sequences": raw.replace(b"\n", b"\x1b[2J\n", 5),
            "rtl-override": text.replace(":", ": \u202e", 3).encode(),
        }
        # Lines removed, swapped and duplicated at random.
        for k in range(4):
            l2 = list(lines)
            i = rng.randrange(len(l2))
            op = k % 4
            if op == 0:
                del l2[i]
            elif op == 1:
                j = rng.randrange(len(l2))
                l2[i], l2[j] = l2[j], l2[i]
            elif op == 2:
                l2.insert(i, l2[i])
            else:
                l2[i] = " " + l2[i]
            out["lines-%d" % k] = "\n".join(l2).encode()
        # Bytes flipped.
        for k in range(3):
            b = bytearray(raw)
            for _ in range(5):
                b[rng.randrange(len(b))] = rng.randrange(256)
            out["bytes-%d" % k] = bytes(b)
        for what, data in out.items():
            name = "%s--%s.yaml" % (target, what)
            if len(data) > 64 * 1024:
                write("yaml", name + ".gz", gzip.compress(data, mtime=0))
            else:
                write("yaml", name, data)
    # The organisation's own choices, each wrong or at its edge.
    org = open(os.path.join(GUIDANCE, "organization.yaml"), encoding="utf-8").read()
    edits = {
        "zone-missing": ("Asia/Hong_Kong", "Mars/Olympus_Mons"),
        "zone-climbing": ("Asia/Hong_Kong", "../../../etc/passwd"),
        "zone-absolute": ("Asia/Hong_Kong", "/etc/passwd"),
        "zone-folder": ("Asia/Hong_Kong", "Asia"),
        "zone-empty": ("Asia/Hong_Kong", ""),
        "zone-utc": ("Asia/Hong_Kong", "UTC"),
        "zone-dst": ("Asia/Hong_Kong", "Europe/London"),
        "zone-lord-howe": ("Asia/Hong_Kong", "Australia/Lord_Howe"),
        "zone-kiritimati": ("Asia/Hong_Kong", "Pacific/Kiritimati"),
        "zone-dev-zero": ("Asia/Hong_Kong", "../../../dev/zero"),
        "opens-closes-equal": ('end: "18:00"', 'end: "09:00"'),
        "closes-before-opens": ('end: "18:00"', 'end: "08:00"'),
        "opens-24": ('start: "09:00"', 'start: "24:00"'),
        "closes-24": ('end: "18:00"', 'end: "24:00"'),
        "time-25": ('start: "09:00"', 'start: "25:00"'),
        "time-words": ('start: "09:00"', "start: nine"),
        "no-working-days": ("working_days: [mon, tue, wed, thu, fri]", "working_days: []"),
        "unknown-day": ("working_days: [mon, tue, wed, thu, fri]", "working_days: [mon, funday]"),
        "every-day": ("working_days: [mon, tue, wed, thu, fri]", "working_days: [mon, tue, wed, thu, fri, sat, sun, mon]"),
        "holiday-bad-date": ('"2026-12-25"', '"2026-02-30"'),
        "holiday-duplicate": ('  - { date: "2026-12-26"', '  - { date: "2026-12-25"'),
        "holidays-every-day": ("holidays:\n", "holidays:\n" + "".join('  - { date: "2026-%02d-%02d", name: h }\n' % (m, d)
                                                                     for m in (11, 12) for d in range(1, 31))),
    }
    for what, (old, new) in edits.items():
        if old in org:
            write("yaml", "organization--%s.yaml" % what, org.replace(old, new, 1))
    for what, (old, new) in {"urgent-hours-0": ("urgent_hours: 72", "urgent_hours: 0"),
                             "urgent-hours-huge": ("urgent_hours: 72", "urgent_hours: 99999999999999999999"),
                             "urgent-hours-negative": ("urgent_hours: 72", "urgent_hours: -5"),
                             "extra-days-huge": ("ordinary_extra_working_days: 0", "ordinary_extra_working_days: 100000"),
                             "extra-days-negative": ("ordinary_extra_working_days: 0", "ordinary_extra_working_days: -1")}.items():
        if old in org:
            write("yaml", "organization--%s.yaml" % what, org.replace(old, new, 1))


# ---------------------------------------------------------------------------------------------
def databases(coach):
    clear("db")
    work = tempfile.mkdtemp(prefix="corpus-db-")
    db = os.path.join(work, "coach.sqlite")
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": work, "XDG_STATE_HOME": work, "COACH_DB": db,
           "COACH_GUIDANCE": GUIDANCE, "COACH_STAFF": "chan.mw"}
    script = "\n".join(["phone", "陳大文", "owner", "A座", "12樓B室", "9123 4567", "廚房天花漏水", "lift noisy", "",
                        "廚房", "last night", "fixed", "nobody told", "engineering", "y", "y", "y", "c", "o", "2",
                        "", "", "y"]) + "\n"
    for _ in range(2):
        subprocess.run([coach, "intake", "--lang", "en"], input=script.encode(), env=env, capture_output=True, check=True)
    subprocess.run([coach, "intake", "--lang", "en"], input=b"phone\n\xe9\n", env=env, capture_output=True)
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    base = open(db, "rb").read()

    def save(name, data):
        write("db", name + ".gz", gzip.compress(data, mtime=0))

    def variant(name, sql):
        path = os.path.join(work, name + ".sqlite")
        open(path, "wb").write(base)
        con = sqlite3.connect(path)
        try:
            # Tampering goes around the append-only triggers, as someone with the file could.
            triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
            for trigger, _ in triggers:
                con.execute('DROP TRIGGER "%s"' % trigger)
            con.executescript(sql)
            for _, text in triggers:
                try:
                    con.execute(text)
                except sqlite3.Error:
                    pass
            con.commit()
        finally:
            con.close()
        save(name, open(path, "rb").read())

    save("good", base)
    page = 4096
    rng = random.Random(3)
    save("zero-length", b"")
    save("one-byte", b"S")
    save("text-file", b"this is not a database\n" * 10)
    save("header-only", base[:100])
    save("first-page", base[:page])
    for frac in (2, 3, 4):
        save("truncated-1-of-%d" % frac, base[: len(base) // frac])
    save("truncated-odd", base[: len(base) - 1000])
    for k in range(8):
        b = bytearray(base)
        for _ in range(rng.choice([1, 10, 200])):
            b[rng.randrange(100, len(b))] = rng.randrange(256)
        save("flipped-%d" % k, bytes(b))
    b = bytearray(base)
    b[page:page * 2] = bytes(page)
    save("page-2-zeroed", bytes(b))
    b = bytearray(base)
    b[-page:] = bytes(page)
    save("last-page-zeroed", bytes(b))
    b = bytearray(base)
    b[16:18] = b"\x00\x01"
    save("bad-page-size", bytes(b))
    b = bytearray(base)
    b[28:32] = (99999).to_bytes(4, "big")
    save("bad-page-count", bytes(b))
    save("random-bytes", bytes(rng.randrange(256) for _ in range(8192)))
    variant("newer-migration", "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future');")
    variant("no-migrations", "DROP TABLE grdb_migrations;")
    variant("no-transcript", "DROP TABLE transcript;")
    variant("tampered-text", "UPDATE transcript SET text = text || ' (edited)' WHERE id = 5;")
    variant("tampered-payload", "UPDATE transcript SET payload = '{\"v\":1,\"event\":{\"typed\":{\"question\":\"x\",\"text\":\"y\"}}}' WHERE kind = 'input' AND id IN (SELECT id FROM transcript WHERE kind = 'input' LIMIT 1);")
    variant("payload-not-json", "UPDATE transcript SET payload = 'not json {' WHERE id = 3;")
    variant("payload-future-version", "UPDATE transcript SET payload = json_set(payload, '$.v', 99) WHERE id = 4;")
    variant("deleted-event", "DELETE FROM transcript WHERE id = 6;")
    variant("stage-edited", "UPDATE cases SET stage = 'archived';")
    variant("stage-unknown", "UPDATE cases SET stage = 'exploded';")
    variant("case-number-garbage", "UPDATE cases SET case_number = 'x' WHERE id = 1;")
    variant("life-not-json", "UPDATE cases SET life = '{' WHERE id = 1;")
    variant("dates-garbage", "UPDATE cases SET received_at = 'yesterday', deadline = '9999-99-99';")
    variant("search-dropped", "DROP TABLE search_trigram;")
    variant("ledger-edited", "UPDATE ledger SET hash = 'x';")
    variant("user-version-999", "PRAGMA user_version = 999;")
    variant("journal-delete-mode", "PRAGMA journal_mode = DELETE;")
    foreign = os.path.join(work, "foreign.sqlite")
    con = sqlite3.connect(foreign)
    con.executescript("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('mine');")
    con.close()
    save("foreign-sqlite", open(foreign, "rb").read())
    foreign2 = os.path.join(work, "foreign2.sqlite")
    con = sqlite3.connect(foreign2)
    con.executescript("CREATE TABLE cases (id INTEGER PRIMARY KEY, case_number TEXT); INSERT INTO cases VALUES (1, '261130-001');")
    con.close()
    save("foreign-cases-table", open(foreign2, "rb").read())
    save("foreign-png", b"\x89PNG\r\n\x1a\n" + bytes(200))
    save("foreign-shell-script", b"#!/bin/sh\necho hello\n")
    shutil.rmtree(work, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
def terminal():
    clear("terminal")
    base = ["phone", "陳大文", "owner", "A座", "12樓B室", "9123 4567", "電梯由昨晚開始停咗", "住戶要行樓梯上二十樓", "",
            "A座大堂升降機", "昨晚十點", "今日之內修好", "冇人通知住戶", "工程部", "y", "y", "y", "c", "o", "lift", "", "", "y"]

    def session(name, answers, end="\n"):
        data = [a if isinstance(a, bytes) else a.encode() for a in answers]
        data = b"\n".join(data) + (end.encode() if isinstance(end, str) else end)
        if len(data) > 64 * 1024:
            write("terminal", name + ".gz", gzip.compress(data, mtime=0))
        else:
            write("terminal", name, data)

    session("good.txt", base)
    session("crlf.txt", [a + "\r" for a in base])
    session("no-final-newline.txt", base, end="")
    session("cut-after-name.txt", base[:2])
    session("empty.txt", [], end="")
    session("only-newlines.txt", [""] * 200)
    session("colon-commands.txt", [":help", ":show", ":guide", ":guide 99", ":guide -1", ":guide x", ":note 記住", ":urgent",
                                   ":skip", ":back", ":back", ":back"] + base)
    session("full-width-colon.txt", ["：help", "：show", "：note 全形"] + base)
    session("back-forever.txt", base[:6] + [":back"] * 100 + base)
    session("quit.txt", base[:3] + [":quit", "y"])
    session("quit-no.txt", base[:3] + [":quit", "n"] + base[3:])
    session("save.txt", base[:4] + [":save"])
    session("wrong-answers.txt", ["fax", "x", "陳大文", "maybe", "owner"] + base[3:14] + ["perhaps"] * 5 + base[14:])
    session("escapes-everywhere.txt", [a + "\x1b[31m紅\x1b[0m\x1b]0;title\x07" for a in base])
    session("control-bytes.txt", [a + "".join(chr(c) for c in range(1, 32) if c not in (10, 13)) for a in base])
    session("nul-bytes.txt", [a.encode() + b"\x00x" for a in base])
    session("invalid-utf8.txt", [a.encode() + b"\xff\xfe\xc3" for a in base])
    session("big5.txt", [a.encode("big5", "replace") for a in base])
    session("gb18030.txt", [a.encode("gb18030", "replace") for a in base])
    session("utf16.txt", [a.encode("utf-16-le") for a in base])
    session("long-line-1mb.txt", base[:6] + ["漏" * 400000] + base[6:])
    session("many-notes.txt", base[:6] + ["note %d" % i for i in range(3000)] + base[8:])
    session("rtl-and-zero-width.txt", [a + "\u202e\u200b\u2066x\u2069\ufeff" for a in base])
    session("combining-marks.txt", [a + "e\u0301\u0302\u0303\u0304" * 50 for a in base])
    session("emoji.txt", [a + "👨‍👩‍👧‍👦🏳️‍🌈" for a in base])
    session("backspaces.txt", [a + "\b\b\b\x7f\x7f" for a in base])
    session("ctrl-d-char.txt", [a + "\x04" for a in base])
    session("tabs.txt", ["\t" + a + "\t" for a in base])
    session("spaces-only.txt", ["   "] * 40)
    session("urgent-words.txt", base[:6] + ["火警！有人困咗喺電梯", "gas leak 煤氣味好重", ""] + base[9:])
    session("suggestion.txt", base[:17] + ["s"] + base[18:])
    session("resume-list.txt", [""])
    session("train-good.txt", ["phone", "> 陳生，我明白您好嬲", "陳大文", "> 真係唔好意思", "owner", "A座", "12樓B室", "9123 4567",
                               "廚房天花漏水", ""] + base[9:])
    session("train-only-speech.txt", ["> " + "唔好意思" * i for i in range(1, 60)])
    session("train-gift.txt", ["phone", "> 唔使客氣，利是我收低啦", "> 多謝你份禮物"] + base[1:])
    session("train-escapes.txt", ["> \x1b[2J\x1b[H" + a for a in base])
    session("desk-commands.txt", ["help", "cases", "overdue", "case 261130-001", "approve 261130-001", "quit"], end="\n")
    session("desk-garbage.txt", ["\x1b[A", "case", "case x", "case 261130-", "'unclosed", '"unclosed', "case 261130-001 file --integrity --integrity",
                                 "reply 261130-001 --via pigeon", "follow-up 261130-001 9", "", "\x00", "case " + "9" * 5000])
    # Each line alone as one answer (scripts/torture puts line k at answer k mod 23).
    rng = random.Random(5)
    words = ["", " ", ":", "：", ":help", ":back", ":skip", ":save", ":quit", ":urgent", ":note", ":guide 0", ":guide 13",
             ":show", ":done", ":undo", "::", ": help", "y", "n", "Y", "N", "yes", "no", "是", "否", "o", "u", "p", "i", "l",
             "c", "s", "0", "-1", "13", "99999999999999999999", "1e9", "lift", "電梯", "漏水", "火警", "\x1b[31m", "\x1b]52;c;aGk=\x07",
             "\x1bP+q544e\x1b\\", "\x9b31m", "\x07\x07\x07", "\r", "\x7f", "\u2028", "\u202e", "\ufeff", "\ud7ff",
             "%s%s%s%n", "{{x}}", "$(id)", "`id`", "'; DROP TABLE cases; --", '"', "'", "\\", "\\n", "NULL", "null",
             "A" * 5000, "漏" * 3000, "👍" * 500, "e\u0301" * 300, "２", "ｃ", "Ｙ", "ｌｉｆｔ", "261130-001", "261130-99999999999",
             "2026-11-30", "24:00", "\t\t", "a\tb", "x" + "\u0300" * 1000]
    lines = []
    while len(lines) < 160:
        w = rng.choice(words)
        if rng.random() < 0.3:
            w = w + rng.choice(words)
        lines.append(w)
    write("terminal", "answers.lines", "\n".join(lines).encode("utf-8", "surrogatepass") + b"\n")
    desk = ["help", "quit", "exit", "cases", "cases --all", "cases --overdue --due-today", "cases --building", "cases --stage nowhere",
            "overdue", "case", "case 261130-001", "case 261130-1", "case 261130-0001", "case 261130-000", "case 261130-99999999999",
            "case 261130-4294967297", "case 991231-001", "case 000229-001", "case 010229-001", "case ２６１１３０-００１",
            "case 261130-001 propose", "case 261130-001 propose 派人", "case 261130-001 approve", "case 261130-001 dispatch",
            "case 261130-001 dispatch nowhere", "case 261130-001 assign", "case 261130-001 escalate", "case 261130-001 feedback",
            "case 261130-001 reply --via", "case 261130-001 reply --via letter", "case 261130-001 follow-up 0",
            "case 261130-001 follow-up 6", "case 261130-001 follow-up -1", "case 261130-001 file", "case 261130-001 file --integrity",
            "case 261130-001 explode", "approve", "approve 261130-001 261130-002", "261130-001", "'261130-001'", '"case" "261130-001"',
            "case '261130-001", 'case "261130-001', "case 261130-001 --staff", "case 261130-001 --staff nobody",
            "case 261130-001 --lang xx", "case 261130-001 --db /dev/null", "case 261130-001 --help", "--help", "-h", "help case",
            "\\", "\\\\", "case\\ 261130-001", "case\t261130-001", "case\u3000261130-001", "ｃａｓｅ 261130-001", "\x1b[A\x1b[B",
            "\x1b]0;x\x07", "report", "search 漏水", "review 261130-001", "train", "intake", "verify", "a" * 10000,
            "case " + "1" * 1000, "case 261130-001 " + "--integrity " * 200, "propose 261130-001 " + "字" * 5000]
    write("terminal", "desk.lines", "\n".join(desk) + "\n")


# ---------------------------------------------------------------------------------------------
def tzif():
    clear("tzif")
    rng = random.Random(9)
    hk = open("/usr/share/zoneinfo/Asia/Hong_Kong", "rb").read()
    london = open("/usr/share/zoneinfo/Europe/London", "rb").read()
    files = {"good-hk": hk, "good-london": london, "empty": b"", "magic-only": b"TZif", "header-only": hk[:44],
             "v1-truncated": hk[:60], "text": b"Asia/Hong_Kong\n", "footer-garbage": hk[:-20] + b"\nXYZ+99:99:99,M13.9.9/99\n",
             "footer-missing-newline": hk.rstrip(b"\n")}
    for k in range(6):
        b = bytearray(hk)
        for _ in range(rng.choice([1, 4, 20])):
            b[rng.randrange(4, len(b))] = rng.randrange(256)
        files["flipped-%d" % k] = bytes(b)
    for k, field in enumerate(["isut", "isstd", "leap", "time", "type", "chars"]):
        b = bytearray(hk)
        b[20 + k * 4: 24 + k * 4] = b"\xff\xff\xff\xff"
        files["count-%s-negative" % field] = bytes(b)
        b = bytearray(hk)
        b[20 + k * 4: 24 + k * 4] = b"\x7f\xff\xff\xff"
        files["count-%s-huge" % field] = bytes(b)
    for name, data in files.items():
        write("tzif", name, data)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--coach", required=True, help="a built coach, to make the database files from")
    args = parser.parse_args()
    route_json()
    guidance_yaml()
    databases(os.path.abspath(args.coach))
    terminal()
    tzif()
    total = 0
    for sub in sorted(os.listdir(HERE)):
        folder = os.path.join(HERE, sub)
        if os.path.isdir(folder):
            n = len(os.listdir(folder))
            total += n
            print("%-10s %d files" % (sub, n))
    print("total %d files (lines of *.jsonl and *.lines count too)" % total)


if __name__ == "__main__":
    main()

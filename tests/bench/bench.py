#!/usr/bin/env python3
"""Every benchmark of issue 17 in one run, each against its baseline in the same run:
    python3 tests/bench/bench.py PATH/TO/mbov [--quick] [--readme FILE]
mbov and its baseline run alternately (mbov, baseline, mbov, ...) and each side's median wall
time is taken, so a load that comes and goes on the machine hits both alike; the ratio of the
medians is the figure. Peak memory is the child's maximum resident set (wait4). --quick uses
small sizes (10^3, 10^4) for development; scripts/bench runs the full sizes. The table is
printed and, with --readme, written into the figures section of tests/bench/README.md."""
import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

NOW = ["--today", "2026-11-25", "--now", "2026-11-25T12:00:00+01:00"]
ROWS = []  # (section, workload, mbov s, baseline s, ratio, aim, mbov peak MiB, baseline)


def run_once(cmd, stdin=None):
    """Wall seconds of one run; stdout is discarded, a failure stops everything."""
    start = time.perf_counter()
    with open(stdin or os.devnull, "rb") as inp:
        p = subprocess.run(cmd, stdin=inp, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    if p.returncode not in (0, 1, 2):  # 1, 2: a check's WARNING or CRITICAL; 1: a tally's "not adopted"
        sys.exit(f"bench: {' '.join(cmd)} exited {p.returncode}: {p.stderr.decode()[:500]}")
    return wall


def peak_mib(cmd, stdin=None):
    """Peak resident MiB of one more run, through GNU time: a child forked by python would count
    python's own pages."""
    with tempfile.NamedTemporaryFile() as out, open(stdin or os.devnull, "rb") as inp:
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out.name, *cmd], stdin=inp,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return int(open(out.name).read().split()[-1]) / 1024


def compare(section, workload, mbov, baseline, runs, aim, prepare=None, base_label="sqlite3"):
    """Alternating runs of mbov and the baseline; prepare(side) before each run (not timed)
    returns the command (or (command, stdin file)), for commands that need a fresh database."""
    times = {"m": [], "b": []}

    def command(side):
        c = prepare(side) if prepare else (mbov if side == "m" else baseline)
        return c if isinstance(c, tuple) else (c, None)

    for _ in range(runs):
        for side in ("m", "b"):
            times[side].append(run_once(*command(side)))
    peak = peak_mib(*command("m"))
    m, b = statistics.median(times["m"]), statistics.median(times["b"])
    row = (section, workload, m, b, m / b, aim, peak, base_label)
    ROWS.append(row)
    print(f"  {workload:<44} mbov {m * 1000:9.1f} ms  {base_label} {b * 1000:9.1f} ms  {m / b:5.2f}x "
          f"(aim {aim})  peak {peak:5.1f} MiB", flush=True)
    return row


def sqlite(db, script):
    subprocess.run(["sqlite3", db], input=script.encode(), check=True, stdout=subprocess.DEVNULL)


def mbov_init(mbov, db):
    subprocess.run([mbov, "--db", db, "--now", "2016-11-25T10:00", "init"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- 1. imports ----------------------------------------------------------------------------
def new_rows_script(db, tables, after):
    """The rows mbov added (id > after[table]) as INSERT statements in one transaction: the
    baseline inserts exactly the rows mbov inserted, audit rows included."""
    lines = [".mode insert"]
    for table in tables:
        lines.append(f".mode insert {table}")
        lines.append(f"SELECT * FROM {table} WHERE rowid > {after.get(table, 0)};")
    out = subprocess.run(["sqlite3", db], input="\n".join(lines).encode(), check=True, capture_output=True).stdout
    return b"BEGIN;\n" + out + b"COMMIT;\n"


def max_rowids(db, tables):
    q = ";".join(f"SELECT coalesce(max(rowid), 0) FROM {t}" for t in tables)
    out = subprocess.run(["sqlite3", db, q], check=True, capture_output=True, text=True).stdout.split()
    return dict(zip(tables, map(int, out)))


def bench_imports(mbov, tmp, sizes):
    print("== imports: mbov import against sqlite3 inserting the same rows and audit rows, one transaction")
    for kind in ("members", "incidents", "ballots"):
        per_row = {}
        for n in sizes:
            template = f"{tmp}/{kind}-{n}.db"
            mbov_init(mbov, template)
            csv = f"{tmp}/{kind}-{n}.csv"
            with open(csv, "w") as f:
                if kind == "members":
                    f.write("code,name,contracting_authority,joined\n")
                    f.writelines(f"M{i:06d},Lid {i},true,2020-01-01\n" for i in range(n))
                    cmd, tables = ["member", "import", csv], ["member", "audit"]
                elif kind == "incidents":
                    f.write("kind,title,product,priority,opened\n")
                    f.writelines(f"disruption,Storing {i},CAMBO,3,2026-01-01T{i // 3600 % 24:02d}:{i // 60 % 60:02d}:{i % 60:02d}Z\n"
                                 for i in range(n))
                    cmd, tables = ["incident", "import", csv], ["incident", "incident_event", "audit"]
                else:
                    f.write("member,choice\n")
                    f.writelines(f"M{i:06d},{('yes', 'no', 'abstain')[i % 3]}\n" for i in range(n))
                    cmd, tables = ["vote", "import", "1", csv], ["ballot", "audit"]
            if kind == "ballots":  # n members, all arrived at one General Assembly (the presence log), one open motion
                sqlite(template, f"""BEGIN;
WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < {n} - 1)
INSERT INTO member (code, name, contracting_authority, joined) SELECT printf('M%06d', i), 'Lid ' || i, 1, '2020-01-01' FROM k;
INSERT INTO meeting (id, kind, date, title) VALUES (1, 'av', '2026-11-25', 'ALV');
INSERT INTO presence (meeting, member, event, at) SELECT 1, code, 'arrive', '2026-11-25T09:00:00Z' FROM member;
INSERT INTO attendance (meeting, member, since) SELECT 1, code, '2026-11-25T09:00:00Z' FROM member;
INSERT INTO motion (id, meeting, title, kind) VALUES (1, 1, 'Begroting', 'ordinary');
COMMIT;""")
            before = max_rowids(template, tables)
            # The baseline's script: the rows of one mbov run.
            probe = f"{tmp}/probe.db"
            shutil.copy(template, probe)
            subprocess.run([mbov, "--db", probe, *NOW, "-q", *cmd], check=True)
            script = f"{tmp}/{kind}-{n}.sql"
            with open(script, "wb") as f:
                f.write(new_rows_script(probe, tables, before))
            work = f"{tmp}/work.db"

            def prepare(side, template=template, cmd=cmd, script=script, work=work):
                for suffix in ("-wal", "-shm"):
                    if os.path.exists(work + suffix):
                        os.remove(work + suffix)
                shutil.copy(template, work)
                if side == "m":
                    return [mbov, "--db", work, *NOW, "-q", *cmd]
                return (["sqlite3", work], script)

            runs = 5 if n <= 10_000 else 3
            row = compare("imports", f"{kind} import, {n:,} rows", None, None, runs, "≤ 1.6×", prepare)
            per_row[n] = row[2] / n
        lo, hi = min(sizes), max(sizes)
        growth = per_row[hi] / per_row[lo]
        ROWS.append(("imports", f"{kind}: time per row at {hi:,} / at {lo:,}", None, None, growth, "≤ 1.3×", None, ""))
        print(f"  {kind}: time per row at {hi:,} is {growth:.2f}x that at {lo:,} (aim ≤ 1.3x)", flush=True)


# ---- 2. checks at scale --------------------------------------------------------------------
def history_db(mbov, db, n):
    """n incidents over ten years up to today (the last 40 open), 1,000 contracts, 200 suppliers,
    60 members: the database of report_weekly's figures, by SQL."""
    mbov_init(mbov, db)
    sqlite(db, f"""PRAGMA synchronous = OFF;
BEGIN;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 60)
INSERT INTO member (code, name, contracting_authority, joined) SELECT printf('%02dMB', i), 'Lid ' || i, 1, '2015-01-01' FROM k;
INSERT INTO uptake (member, product, from_date) SELECT code, 'CAMBO', '2015-01-01' FROM member;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 200)
INSERT INTO supplier (id, name) SELECT i, 'Leverancier ' || i FROM k;
INSERT INTO certificate (supplier, standard, valid_until) SELECT id, 'ISO27001', date('2026-11-25', '+' || (id * 3) || ' days') FROM supplier;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 1000)
INSERT INTO contract (id, product, supplier, start, base_years, extensions, extension_years, notice_months)
SELECT i, CASE i % 2 WHEN 0 THEN 'CAMBO' ELSE 'VVA' END, 1 + i % 200, date('2016-01-01', '+' || (i * 4) || ' days'), 4, 2, 2, 6 FROM k;
INSERT INTO review (contract, on_date, outcome) SELECT id, date(start, '+11 months'), 'compliant' FROM contract;
INSERT INTO extension (contract, on_date) SELECT id, date(start, '+3 years') FROM contract WHERE id % 3 = 0;
WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < {n} - 1),
  t(i, opened) AS (SELECT i, unixepoch('2026-11-25T10:00:00Z') - ({n} - i) * (315360000 / {n}) FROM k)
INSERT INTO incident (kind, title, product, priority, status, opened, respond_by, resolve_by, acknowledged_at, resolved_at,
                      escalation, authority_deadline)
SELECT CASE i % 11 WHEN 0 THEN 'change' WHEN 1 THEN 'backup' WHEN 2 THEN 'problem' WHEN 3 THEN 'access'
         WHEN 4 THEN 'breach' ELSE 'disruption' END,
       'Incident ' || i, CASE i % 2 WHEN 0 THEN 'CAMBO' ELSE 'VVA' END, 1 + i % 4,
       CASE WHEN i > {n} - 40 THEN 'in-progress' ELSE 'closed' END,
       strftime('%Y-%m-%dT%H:%M:%SZ', opened, 'unixepoch'),
       strftime('%Y-%m-%dT%H:%M:%SZ', opened + 4 * 3600, 'unixepoch'),
       strftime('%Y-%m-%dT%H:%M:%SZ', opened + 24 * 3600, 'unixepoch'),
       strftime('%Y-%m-%dT%H:%M:%SZ', opened + (1 + i % 7) * 3600, 'unixepoch'),
       CASE WHEN i > {n} - 40 THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%SZ', opened + (2 + i % 30) * 3600, 'unixepoch') END,
       CASE WHEN i % 50 = 0 THEN 'tactical' ELSE 'operational' END,
       CASE WHEN i % 11 = 4 THEN strftime('%Y-%m-%dT%H:%M:%SZ', opened + 72 * 3600, 'unixepoch') END
FROM t;
UPDATE incident SET authority_notified = authority_deadline WHERE kind = 'breach' AND status = 'closed';
INSERT INTO incident_event (incident, at, actor, kind, detail)
SELECT id, opened, 'bench', 'escalation', 'operational → tactical' FROM incident WHERE escalation = 'tactical';
COMMIT;
ANALYZE;""")


def bench_checks(mbov, tmp, sizes):
    print("== checks at scale: mbov against sqlite3 running the same SQL (`--sql`)")
    commands = [["check"], ["incident", "overdue"], ["contract", "due"], ["dpia", "due"], ["report", "weekly"]]
    peaks = {}
    for n in sizes:
        db = f"{tmp}/history-{n}.db"
        history_db(mbov, db, n)
        for args in commands:
            name = " ".join(args)
            sql_run = subprocess.run([mbov, "--db", db, *NOW, *args, "--sql"], capture_output=True)
            if sql_run.returncode not in (0, 1, 2) or not sql_run.stdout.strip():
                ROWS.append(("checks", f"`{name}`, {n:,} incidents", None, None, None, "≤ 1.5×", None,
                             "no --sql yet"))
                cmd = [mbov, "--db", db, *NOW, "--format", "json", *args]
                wall, rss = run_once(cmd), peak_mib(cmd)
                peaks.setdefault(name, {})[n] = rss
                ROWS[-1] = ROWS[-1][:2] + (wall, None, None, "≤ 1.5×", rss, "no --sql yet")
                print(f"  `{name}`, {n:,} incidents: {wall * 1000:.1f} ms, peak {rss:.1f} MiB (no --sql: no baseline)")
                continue
            script = f"{tmp}/{args[-1]}-{n}.sql"
            with open(script, "wb") as f:
                f.write(sql_run.stdout)
            row = compare("checks", f"`{name}`, {n:,} incidents", [mbov, "--db", db, *NOW, "--format", "json", *args],
                          (["sqlite3", db], script), 5, "≤ 1.5×")
            peaks.setdefault(name, {})[n] = row[6]
    for name, by_size in peaks.items():
        lo, hi = min(by_size), max(by_size)
        grow = by_size[hi] - by_size[lo]
        ROWS.append(("checks", f"`{name}`: peak memory at {hi:,} − at {lo:,}", None, None, None, "≤ 2 MiB", grow, "MiB"))
        print(f"  `{name}`: peak memory grows {grow:+.1f} MiB from {lo:,} to {hi:,} incidents (aim ≤ 2 MiB)")


# ---- verify --------------------------------------------------------------------------------
def bench_verify(mbov, tmp, n):
    """audit verify of n members (each with its audit row and its digest) against sqlite3 reading
    the same tables: the audit log and every data table, as verify checks each record against the
    digest its last audit row holds (issue 24: linear, ≤ 3× sqlite3)."""
    print("== audit verify: mbov against sqlite3 reading the audit log and every data table")
    db = f"{tmp}/verify-{n}.db"
    mbov_init(mbov, db)
    csv = f"{tmp}/verify-{n}.csv"
    with open(csv, "w") as f:
        f.write("code,name,contracting_authority,joined\n")
        f.writelines(f"V{i:06d},Lid {i},true,2020-01-01\n" for i in range(n))
    subprocess.run([mbov, "--db", db, *NOW, "-q", "member", "import", csv], check=True)
    script = f"{tmp}/verify-{n}.sql"
    tables = subprocess.run(["sqlite3", db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                             "AND name NOT LIKE 'sqlite_%' ORDER BY name"],
                            capture_output=True, text=True, check=True).stdout.split()
    with open(script, "w") as f:
        f.writelines(f"SELECT * FROM {t};\n" for t in tables)
    compare("verify", f"`audit verify`, {n:,} members", [mbov, "--db", db, *NOW, "audit", "verify"],
            (["sqlite3", db], script), 5, "≤ 3×")


# ---- 3. start-up ---------------------------------------------------------------------------
def bench_startup(mbov, tmp, runs):
    print(f"== start-up: one-row commands against sqlite3, median of {runs} alternating runs")
    db = f"{tmp}/startup.db"
    mbov_init(mbov, db)
    subprocess.run([mbov, "--db", db, *NOW, "-q", "member", "add", "25LZ", "--name", "ROC Voorbeeld",
                    "--contracting-authority"], check=True)
    compare("start-up", "`member show 25LZ` / select one row", [mbov, "--db", db, *NOW, "member", "show", "25LZ"],
            ["sqlite3", db, "SELECT * FROM member WHERE code = '25LZ'"], runs, "≤ 1.3×")
    counter = iter(range(10**9))

    def prepare(side):
        i = next(counter)
        if side == "m":
            return [mbov, "--db", db, *NOW, "-q", "member", "add", f"A{i:05d}", "--name", "Lid", "--contracting-authority"]
        return ["sqlite3", db, f"INSERT INTO member (code, name, contracting_authority, joined) VALUES "
                               f"('B{i:05d}', 'Lid', 1, '2026-11-25')"]

    compare("start-up", "`member add` / insert one row", None, None, runs, "≤ 1.6×", prepare)


# ---- 4. the stateless tally ----------------------------------------------------------------
def bench_tally(mbov, tmp, lines):
    print(f"== the stateless tally of {lines:,} ballot lines against mawk's plain count")
    csv = f"{tmp}/ballots.csv"
    with open(csv, "w") as f:  # every member distinct, one in ten in advance (the former vote_tally.sh file)
        f.write("member,choice,advance\n")
        choices = ("yes", "yes", "no", "abstain", "yes")
        f.writelines(f"M{i:07d},{choices[i % 5]},{int(i % 10 == 0)}\n" for i in range(1, lines + 1))
    compare("tally", f"`vote tally --ballots`, {lines:,} lines", [mbov, "vote", "tally", "--ballots", csv, "--format", "json"],
            ["mawk", "-F,", "{c[$2]++} END{for(k in c) print k, c[k]}", csv], 5, "≤ 1.0×", base_label="mawk")
    ROWS.append(("tally", f"peak memory, {lines:,} lines", None, None, None, "≤ 32 MiB", ROWS[-1][6], "MiB"))


# ---- 5. build time -------------------------------------------------------------------------
def bench_build(src, tmp):
    print("== build: a clean build of the mbov target, 2 jobs, no ccache")
    for label, flags in (("unity build, the default", []), ("one file at a time", ["-DCMAKE_UNITY_BUILD=OFF"]),
                         ("one file at a time, precompiled headers", ["-DCMAKE_UNITY_BUILD=OFF", "-DMBOV_PCH=ON"])):
        b = f"{tmp}/build-{label}"
        env = dict(os.environ, CCACHE_DISABLE="1")
        subprocess.run(["cmake", "-S", src, "-B", b, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release", "-DMBOV_TESTS=OFF",
                        *flags], check=True, stdout=subprocess.DEVNULL, env=env)
        load = os.getloadavg()[0]
        start = time.perf_counter()
        subprocess.run(["cmake", "--build", b, "--target", "mbov", "-j", "2"], check=True, stdout=subprocess.DEVNULL, env=env)
        wall = time.perf_counter() - start
        # The load average before and after: other builds on the machine slow a build down.
        where = f"load {load:.1f} → {os.getloadavg()[0]:.1f}"
        ROWS.append(("build", f"clean build of mbov ({label}; {where})", wall, None, None, "< 180 s", None, "s"))
        print(f"  {label}: {wall:.0f} s (aim < 180 s), {where}", flush=True)
        shutil.rmtree(b)


# ---- the table ------------------------------------------------------------------------------
# ---- 6. vote screen over an evening ---------------------------------------------------------
def proc_rss_mib(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def proc_cpu_s(pid):
    fields = open(f"/proc/{pid}/stat").read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def bench_screen(mbov, tmp, changes, idle_s):
    """`vote screen` with one page following /events while another process commits `changes`
    changes (18 ms apart: the screen sees about one in fourteen, each a full refresh and an event),
    on an evening of 100 members and 20 closed motions; then `idle_s` seconds of nothing. Resident
    memory (VmRSS) after the first page and at the end, and the CPU time of the idle part."""
    import socket
    import sqlite3
    import threading
    import urllib.request
    print(f"== vote screen: resident memory over {changes:,} changes, CPU at rest over {idle_s} s")
    db = f"{tmp}/screen.db"
    mbov_init(mbov, db)
    m = [mbov, "--db", db, *NOW, "-q"]
    members = f"{tmp}/screen-members.csv"
    with open(members, "w") as f:
        f.write("code,name,contracting_authority,joined\n")
        f.writelines(f"M{i:03d},ROC {i},true,2020-01-01\n" for i in range(100))
    subprocess.run([*m, "member", "import", members], check=True)
    subprocess.run([*m, "vote", "meeting", "add", "--date", "2026-11-25", "--title", "Najaars-AV"], check=True)
    subprocess.run([*m, "vote", "attend", "1", *[f"M{i:03d}" for i in range(100)], "--at", "2026-11-25T09:00:00+01:00"],
                   check=True)
    ballots = f"{tmp}/screen-ballots.csv"
    with open(ballots, "w") as f:
        f.write("member,choice\n")
        f.writelines(f"M{i:03d},{('yes', 'yes', 'no', 'abstain')[i % 4]}\n" for i in range(100))
    for motion in range(1, 21):
        subprocess.run([*m, "vote", "motion", "add", "1", "--title", f"Motie {motion}"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([*m, "vote", "import", str(motion), ballots], check=True)
        subprocess.run([*m, "vote", "close", str(motion)], check=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([*m, "vote", "screen", "1", "--listen", f"127.0.0.1:{port}"], stderr=subprocess.DEVNULL)
    events = [0]
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).read()
                break
            except OSError:
                time.sleep(0.1)

        def follow():
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/events", timeout=60) as r:
                for line in r:
                    if line == b"\n":
                        events[0] += 1

        threading.Thread(target=follow, daemon=True).start()
        time.sleep(1)
        start_rss = proc_rss_mib(server.pid)
        rss = [start_rss]
        con = sqlite3.connect(db, isolation_level=None)
        for i in range(changes):  # a change the page shows, the state the same size: the meeting's title
            con.execute("UPDATE meeting SET title = ? WHERE id = 1", (f"Najaars-AV {i % 10}",))
            time.sleep(0.018)
            if i % 1000 == 999:
                rss.append(proc_rss_mib(server.pid))
        con.close()
        time.sleep(1)
        end_rss = proc_rss_mib(server.pid)
        cpu0, t0 = proc_cpu_s(server.pid), time.monotonic()
        time.sleep(idle_s)
        idle = (proc_cpu_s(server.pid) - cpu0) / (time.monotonic() - t0)
        refreshes = events[0]
    finally:
        server.send_signal(2)
        status = server.wait(timeout=20)
    if status != 0:
        sys.exit(f"bench: vote screen exited {status} on SIGINT")
    print(f"  {changes:,} changes, {refreshes:,} events: resident {start_rss:.1f} -> {end_rss:.1f} MiB "
          f"(max {max(rss):.1f}); idle CPU {idle * 100:.2f} %")
    ROWS.append(("screen", f"resident memory over {changes:,} changes ({refreshes:,} pages sent), first page → end",
                 None, None, None, None, None, "row",
                 [f"{start_rss:.1f} → {end_rss:.1f} MiB", "", "", "growth ≤ 2 MiB", f"{max(rss):.1f} MiB"]))
    ROWS.append(("screen", f"CPU at rest over {idle_s} s (one page open)", None, None, None, None, None, "row",
                 [f"{idle * 100:.2f} % of a core", "", "", "near 0", ""]))


def fmt_time(s, unit=""):
    if s is None:
        return ""
    return f"{s:.0f} s" if unit == "s" else f"{s * 1000:.1f} ms"


def table():
    out = ["| what | workload | mbov | baseline | ratio | aim | mbov peak |", "|---|---|---|---|---|---|---|"]
    for section, workload, m, b, ratio, aim, peak, base, *formatted in ROWS:
        if base == "row":  # kept from an earlier run, as it was written
            cells = formatted[0]
        elif base == "MiB":  # a memory figure
            cells = ["", "", "", aim, f"{peak:+.1f} MiB" if "−" in workload else f"{peak:.1f} MiB"]
        elif base == "s":
            cells = [fmt_time(m, "s"), "", "", aim, ""]
        else:
            cells = [fmt_time(m), f"{fmt_time(b)} {base}".strip() if b is not None else base,
                     f"{ratio:.2f}×" if ratio is not None else "", aim, f"{peak:.1f} MiB" if peak else ""]
        out.append(f"| {section} | {workload} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    load = os.getloadavg()
    return (f"{platform.node()}: {cpu}, {os.cpu_count()} cores, Linux {platform.release()}; "
            f"load average {load[0]:.1f} at the start (other builds ran)")


def build_type(mbov):
    cache = os.path.join(os.path.dirname(mbov), "CMakeCache.txt")
    if os.path.exists(cache):
        for line in open(cache):
            if line.startswith("CMAKE_BUILD_TYPE:"):
                return line.split("=", 1)[1].strip()
    return "unknown"


PARTS = ["imports", "checks", "startup", "tally", "build", "screen", "verify"]
SECTIONS = ["imports", "checks", "start-up", "tally", "build", "screen", "verify"]  # a part's rows, by the section they name


def earlier_runs(figures, only):
    """The parts of an earlier figures section that this run does not repeat: {part: its run
    line}, and their rows (as ROWS holds them, the figures already formatted)."""
    runs = {}
    for line in figures.splitlines():
        part, sep, run = line.removeprefix("- ").partition(": ")
        if line.startswith("- ") and sep and part in PARTS:
            runs[part] = run
        elif " UTC, " in line and "; parts: " in line:  # the older form: one run for the parts it names
            run, _, parts = line.partition("; parts: ")
            runs.update({part: run for part in parts.partition(".")[0].split(", ") if part in PARTS})
    runs = {part: run for part, run in runs.items() if part not in only}
    kept = []
    for line in figures.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 7 and cells[0] in SECTIONS and PARTS[SECTIONS.index(cells[0])] in runs:
            kept.append(tuple(cells[:2]) + (None, None, None, None, None, "row") + (cells[2:],))
    return runs, kept


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mbov")
    ap.add_argument("--quick", action="store_true", help="small sizes, for development")
    ap.add_argument("--readme", help="write the figures into this README")
    ap.add_argument("--only", help="comma-separated: imports,checks,startup,tally,build,screen,verify")
    ap.add_argument("--source", default=".")
    a = ap.parse_args()
    mbov = os.path.abspath(a.mbov)
    os.environ.update(TZ="Europe/Amsterdam", LC_ALL="C", MBOV_ACTOR="bench", HOME=tempfile.gettempdir())
    for k in ("MBOV_CONFIG", "MBOV_FORMAT", "MBOV_TODAY", "MBOV_NOW", "MBOV_DB"):
        os.environ.pop(k, None)
    only = set((a.only or "imports,checks,startup,tally,build,screen,verify").split(","))
    started = datetime.datetime.now(datetime.timezone.utc)
    where = machine()
    with tempfile.TemporaryDirectory() as tmp:
        if "imports" in only:
            bench_imports(mbov, tmp, [1000, 10_000] if a.quick else [1000, 10_000, 100_000])
        if "checks" in only:
            bench_checks(mbov, tmp, [10_000, 100_000] if a.quick else [10_000, 100_000, 1_000_000])
        if "verify" in only:
            bench_verify(mbov, tmp, 10_000 if a.quick else 100_000)
        if "startup" in only:
            bench_startup(mbov, tmp, 30 if a.quick else 60)
        if "tally" in only:
            bench_tally(mbov, tmp, 100_000 if a.quick else 1_000_000)
        if "build" in only and not a.quick:
            bench_build(os.path.abspath(a.source), tmp)
        if "screen" in only:
            bench_screen(mbov, tmp, 1000 if a.quick else 10_000, 10 if a.quick else 60)
    run = (f"{started:%Y-%m-%d %H:%M} UTC, {where}; {build_type(mbov)} build"
           f"{' (--quick sizes)' if a.quick else ''}")
    if not a.readme:
        print()
        print(table())
        return
    with open(a.readme) as f:
        readme = f.read()
    head, _, rest = readme.partition("\n## Figures")
    figures, _, tail = rest.partition("\n## ")  # the sections after the figures stay
    runs, kept = earlier_runs(figures, only)
    runs.update({part: run for part in only})
    ROWS[:] = kept + ROWS
    ROWS.sort(key=lambda row: SECTIONS.index(row[0]))
    text = table()
    print()
    print(text)
    lines = "".join(f"- {part}: {runs[part]}\n" for part in PARTS if part in runs)
    with open(a.readme, "w") as f:
        f.write(f"{head.rstrip()}\n\n## Figures\n\nWritten by `tests/bench/bench.py` (what `./scripts/bench` runs); do "
                f"not edit by hand. A run of some parts (`--only`) keeps the rows of the others; when and where each "
                f"part ran:\n\n{lines}\n{text}\n" + (f"\n## {tail}" if tail else ""))

if __name__ == "__main__":
    main()

"""R-GEN-1 as a property: a seeded random year of a cooperative's records, played into database A
entirely and into database B only up to a day D; every check and report as of D must read the
same on both. Run by as_of_year.sh: python3 as_of_year.py MBOV DIR [SEED]."""
import datetime as dt
import json
import os
import random
import subprocess
import sys

MBOV, DIR = sys.argv[1], sys.argv[2]
SEED = int(sys.argv[3]) if len(sys.argv) > 3 else random.SystemRandom().randrange(1 << 32)
print(f"as_of_year: seed {SEED} (rerun: tests/e2e/as_of_year.sh build/mbov {SEED})", flush=True)
rng = random.Random(SEED)
YEAR = 2026
START = dt.date(YEAR, 1, 2)


def day(n):
    return START + dt.timedelta(days=n)


class Year:
    """The events of the year, each a command at a moment; a command that makes a record is named
    (@kind-n=) and later ones use the id it printed."""

    def __init__(self):
        self.events = []  # (timestamp text, [args])
        self.ids = {"incident": 0}
        self.members = {}  # code -> (joined, left or None)
        self.open_uptakes = set()  # (code, product)

    def at(self, when, *args):
        self.events.append((when.strftime("%Y-%m-%dT%H:%M"), [str(a) for a in args]))

    def new_id(self, kind):
        """The id the last command prints, as a name later commands use (@kind-n)."""
        self.ids[kind] = self.ids.get(kind, 0) + 1
        name = f"@{kind}-{self.ids[kind]}"
        self.events[-1][1].insert(0, name + "=")
        return name

    def member_on(self, code, d):
        joined, left = self.members[code]
        return joined <= d and (left is None or d <= left)


def moment(d, hour, minute=0):
    return dt.datetime(d.year, d.month, d.day, hour, minute)


def build():
    y = Year()
    setup = moment(START, 8)
    # The year's calendar, set in its first days: meetings are plans, not events.
    avs = sorted(rng.sample(range(40, 340), 2))
    av_ids = []
    for n in avs:
        y.at(setup, "vote", "meeting", "add", "--date", day(n), "--title", f"AV {n}")
        av_ids.append(y.new_id("meeting"))
    for n in (30, 120, 210, 300):
        y.at(setup, "vote", "meeting", "add", "--date", day(n + rng.randrange(10)), "--kind", "board")
        y.new_id("meeting")
    motions = []
    for meeting in av_ids:
        for k in range(2):
            y.at(setup, "vote", "motion", "add", meeting, "--title", f"Voorstel {meeting}.{k}")
            motions.append((meeting, y.new_id("motion"), None))
    y.at(setup, "vote", "motion", "add", av_ids[-1], "--kind", "budget", "--year", YEAR + 1, "--title", "Begroting")
    budget_motion = y.new_id("motion")
    motions.append((av_ids[-1], budget_motion, YEAR + 1))
    # Last autumn's AV approved this year's budget (its members: those who joined before).
    autumn = dt.date(YEAR - 1, 11, 18)
    y.at(moment(autumn, 9), "vote", "meeting", "add", "--date", autumn, "--title", "AV najaar")
    autumn_av = y.new_id("meeting")
    y.at(moment(autumn, 9), "vote", "motion", "add", autumn_av, "--kind", "budget", "--year", YEAR, "--title", "Begroting")
    approving = y.new_id("motion")
    y.at(moment(autumn, 9), "budget", "plan", YEAR, "--goal", "Beheer")
    lines = []
    for product in ("CAMBO", "VVA"):
        y.at(moment(autumn, 9), "budget", "line", "add", YEAR, "--description", f"Beheer {product}",
             "--amount", rng.randrange(20, 90) * 1000, "--product", product)
        lines.append(y.new_id("line"))
    y.at(setup, "budget", "plan", YEAR + 1, "--goal", "Verder")
    y.at(setup, "budget", "line", "add", YEAR + 1, "--description", "Beheer", "--amount", 50000)

    # Members: some from before the year, the rest join during it; some leave.
    codes = []
    for i in range(14):
        code = f"{10 + i}AA"
        joined = dt.date(YEAR - 1, 1 + i % 12, 1) if i < 6 else day(rng.randrange(1, 300))
        when = moment(joined, 9)
        y.at(when, "member", "add", code, "--name", f"College {i}", "--contracting-authority", "--joined", joined)
        y.at(when, "member", "contact", "add", code, "--name", f"Vertegenwoordiger {i}",
             "--email", f"rep{i}@example.nl", "--role", "representative", "--since", max(joined, START))
        y.members[code] = (joined, None)
        codes.append(code)
        first = max(joined, START)
        for product in ("CAMBO", "VVA"):
            if rng.random() < 0.6:
                start = first + dt.timedelta(days=rng.randrange(0, 60))  # agreed ahead, on joining
                y.at(moment(first, 10), "member", "uptake", code, product, "--from", start)
        if rng.random() < 0.7:
            on = first + dt.timedelta(days=rng.randrange(1, 200))
            if on.year == YEAR:
                y.at(moment(on, 11), "member", "contact", "confirm", code, "--on", on)
    founders = [c for c in codes if y.members[c][0] < autumn]
    y.at(moment(autumn, 19, 30), "vote", "attend", autumn_av, *founders)
    for c in founders:
        y.at(moment(autumn, 20), "vote", "cast", approving, c, "yes")
    y.at(moment(autumn, 21), "vote", "close", approving)
    y.at(moment(autumn, 21, 30), "budget", "approve", YEAR, "--motion", approving)
    for code in rng.sample(codes, 4):
        joined = max(y.members[code][0], START)
        on = joined + dt.timedelta(days=rng.randrange(70, 250))
        if on.year == YEAR:
            y.at(moment(on, 16), "member", "leave", code, "--on", on)
            y.members[code] = (y.members[code][0], on)

    # Incidents: opened, acknowledged, resolved (some never), at random moments.
    kinds = ["disruption", "access", "backup", "change", "problem", "breach"]
    for _ in range(40):
        opened = moment(day(rng.randrange(0, 355)), rng.randrange(7, 18), rng.choice((0, 15, 30)))
        kind = rng.choice(kinds)
        y.at(opened, "incident", "open", "--kind", kind, "--title", f"Melding {kind}",
             "--product", rng.choice(("CAMBO", "VVA")), "--priority", rng.randrange(1, 5), "--at", opened.isoformat())
        i = y.new_id("incident")
        if kind == "breach" and rng.random() < 0.7:  # reported within a day or two, or never
            told = opened + dt.timedelta(hours=rng.randrange(2, 60))
            y.at(told, "incident", "notify", i, "--authority", "--at", told.isoformat(),
                 *(("--reason", "laat") if told - opened > dt.timedelta(hours=72) else ()))
        if rng.random() < 0.85:
            ack = opened + dt.timedelta(hours=rng.randrange(1, 30))
            y.at(ack, "incident", "update", i, "--status", "acknowledged", "--at", ack.isoformat())
            if rng.random() < 0.8:
                res = ack + dt.timedelta(hours=rng.randrange(1, 400))
                y.at(res, "incident", "update", i, "--status", "resolved", "--at", res.isoformat())

    # The AV evenings: every member of the day attends and votes; the motions close.
    for n, meeting in zip(avs, av_ids):
        d = day(n)
        present = [c for c in codes if y.member_on(c, d)]
        y.at(moment(d, 19, 30), "vote", "attend", meeting, *present)
        for (m_meeting, motion, year) in motions:
            if m_meeting != meeting:
                continue
            for c in present:
                y.at(moment(d, 20), "vote", "cast", motion, c, rng.choice(("yes", "yes", "no", "abstain")))
            y.at(moment(d, 21), "vote", "close", motion)
            if year:
                y.events.append((moment(d, 21, 30).strftime("%Y-%m-%dT%H:%M"), ["?budget-approve", str(year), str(motion)]))

    # Contracts from before the year, reviewed during it; one terminated on a day of the year.
    y.at(setup, "contract", "supplier", "add", "Leverancier BV")
    contracts = []
    for product in ("CAMBO", "VVA"):
        y.at(setup, "contract", "add", "--product", product, "--supplier", "Leverancier BV",
             "--start", dt.date(YEAR - rng.randrange(1, 3), rng.randrange(1, 13), 1))  # its term runs past the termination below
        contracts.append(y.new_id("contract"))
    terminated_on = rng.randrange(100, 300)
    for contract in contracts:
        # The terminated contract is reviewed before its termination (R-CON-7: no review after its end).
        last = terminated_on if contract == contracts[0] else 350
        for n in sorted(rng.sample(range(10, last), 2)):
            y.at(moment(day(n), 15), "contract", "review", contract, "--outcome", rng.choice(("compliant", "deviations")),
                 "--on", day(n))
    on = day(terminated_on)
    y.at(moment(on, 15, 30), "contract", "terminate", contracts[0], "--on", on, "--end", on + dt.timedelta(days=200),
         "--reason", "nieuwe aanbesteding")
    # DPIAs: started in the first days, completed on a day of the year (or not).
    for product in ("CAMBO", "VVA"):
        y.at(setup, "dpia", "add", "--product", product, "--kind", "periodic", "--started", START)
        dpia = y.new_id("dpia")
        if rng.random() < 0.8:
            done = day(rng.randrange(20, 340))
            y.at(moment(done, 12), "dpia", "complete", dpia, "--on", done, "--outcome", "acceptable")

    # Spending through the year.
    for _ in range(20):
        on = day(rng.randrange(0, 355))
        y.at(moment(on, 14), "budget", "spend", rng.choice(lines), "--amount", f"{rng.randrange(100, 9000)},{rng.randrange(100):02}",
             "--on", on, "--supplier", "Leverancier BV")
    # Stable order: by moment, then as generated (setup first).
    y.events = [e for _, e in sorted(enumerate(y.events), key=lambda x: (x[1][0], x[0]))]
    return y


def mbov(db, *args):
    env = dict(os.environ, MBOV_DB=db)
    return subprocess.run([MBOV, *args], capture_output=True, text=True, env=env)


IDS = {}  # (database, @name) -> id


def play(db, event):
    when, args = event
    name = args[0][:-1] if args[0].endswith("=") else None
    args = [IDS.get((db, a), a) for a in (args[1:] if name else args)]
    if args[0] == "?budget-approve":  # only an adopted motion approves the budget
        if mbov(db, "vote", "tally", args[2]).returncode != 0:
            return
        args = ["budget", "approve", args[1], "--motion", args[2]]
    r = mbov(db, "--today", when[:10], "--now", when, *args)
    if r.returncode != 0:
        sys.exit(f"FAIL (seed {SEED}): 'mbov {' '.join(args)}' at {when} exited {r.returncode}: {r.stderr.strip()}")
    if name:
        IDS[(db, name)] = r.stdout.strip()


def scrub(text):
    """The outputs, less what tells the two databases apart by design: the audit log's head."""
    try:
        d = json.loads(text)
    except ValueError:
        return text
    if isinstance(d, dict):
        for part in (d, d.get("head", {})):
            if isinstance(part, dict):
                part.pop("audit_head", None)
    return json.dumps(d, indent=1, sort_keys=True, ensure_ascii=False)


def views(y, db, d):
    """Every check and report as of day d: (name, exit status, output)."""
    today = ["--today", d.isoformat()]
    iso_year, week, _ = d.isocalendar()
    present = sorted(c for c in y.members if y.member_on(c, d))
    asks = [["check"], ["member", "check"], ["incident", "overdue"], ["vote", "check"], ["contract", "due"],
            ["dpia", "due"], ["budget", "check"], ["gov", "check"],
            ["report", "weekly", "--week", f"{iso_year}-W{week:02}"], ["report", "deadlines"], ["report", "av"],
            ["report", "charges", str(YEAR)], ["budget", "show", str(YEAR)]]
    asks += [["report", "security-statement", c] for c in present[:2]]
    held = sorted({a[2] for when, a in y.events if a[:2] == ["vote", "attend"] and when <= d.isoformat() + "T23:59"})
    asks += [["report", "minutes", IDS[(db, m)]] for m in held]
    out = []
    for ask in asks:
        r = mbov(db, *today, "--format", "json", *ask)
        out.append((" ".join(ask), r.returncode, scrub(r.stdout) + r.stderr))
    return out


def main():
    y = build()
    a, b = os.path.join(DIR, "a.db"), os.path.join(DIR, "b.db")
    for db in (a, b):
        r = mbov(db, "--now", f"{START}T07:00", "init", "--records-from", START.isoformat())
        if r.returncode != 0:
            sys.exit(f"FAIL: init: {r.stderr}")
    for e in y.events:
        play(a, e)
    days = sorted({day(n) for n in rng.sample(range(20, 360), 6)} | {day(n) for n in range(5, 360, 49)})
    played = 0
    failures = 0
    for d in days:
        while played < len(y.events) and y.events[played][0][:10] <= d.isoformat():
            play(b, y.events[played])
            played += 1
        for (name, sa, oa), (_, sb, ob) in zip(views(y, a, d), views(y, b, d)):
            if sb not in (0, 1, 2):  # a check's OK, WARNING or CRITICAL; a report's 0
                failures += 1
                print(f"FAIL (seed {SEED}, D {d}): 'mbov --today {d} {name}' exited {sb}: {ob[-300:]}")
            elif (sa, oa) != (sb, ob):
                failures += 1
                print(f"FAIL (seed {SEED}, D {d}): 'mbov --today {d} {name}' differs: all records exit {sa},"
                      f" records up to D exit {sb}")
                import difflib
                for line in list(difflib.unified_diff(ob.splitlines(), oa.splitlines(), "up to D", "all", lineterm=""))[:40]:
                    print("   ", line)
    if failures:
        sys.exit(f"as_of_year: {failures} differences (seed {SEED})")
    print(f"as_of_year: {len(days)} days, {len(y.events)} events, every check and report the same (seed {SEED})")


main()

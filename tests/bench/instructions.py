#!/usr/bin/env python3
"""The performance budget: the CPU instructions of a fixed set of commands, counted by valgrind's
cachegrind (as SQLite's speed tests count them), against tests/bench/instructions.txt.
    python3 tests/bench/instructions.py PATH/TO/mbov [--check] [--update]
An instruction count hardly moves with the machine's load, unlike a wall time, so CI can hold it
to 10 %: --check fails (exit 1) when a command grew more than that, unless the commit being
checked (HEAD) updated the baseline too (its message saying why). --update writes the baseline.
The counts belong to scripts/build's RelWithDebInfo build and this machine's compiler."""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import NOW, history_db, mbov_init  # noqa: E402  (the databases of scripts/bench)

BASELINE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "instructions.txt")
GROWTH = 1.10  # the budget: 10 % more instructions than the baseline fails


def instructions(cmd):
    """Instructions executed by cmd (children not followed), from cachegrind's summary."""
    p = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", *cmd],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    m = re.search(r"I\s+refs:\s+([\d,]+)", p.stderr)
    if p.returncode not in (0, 1, 2) or not m:
        sys.exit(f"instructions: {' '.join(cmd)} exited {p.returncode}: {p.stderr[-1500:]}")
    return int(m.group(1).replace(",", ""))


def commands(mbov, tmp):
    """(name, command) of the fixed set, their databases and files made in tmp."""
    small = f"{tmp}/small.db"
    mbov_init(mbov, small)
    subprocess.run([mbov, "--db", small, *NOW, "-q", "member", "add", "25LZ", "--name", "ROC Voorbeeld",
                    "--contracting-authority"], check=True)
    history = f"{tmp}/history.db"
    history_db(mbov, history, 10_000)
    ballots = f"{tmp}/ballots.csv"
    with open(ballots, "w") as f:  # as scripts/bench's tally
        f.write("member,choice,advance\n")
        choices = ("yes", "yes", "no", "abstain", "yes")
        f.writelines(f"M{i:07d},{choices[i % 5]},{int(i % 10 == 0)}\n" for i in range(1, 100_001))
    members = f"{tmp}/members.csv"
    with open(members, "w") as f:  # as scripts/bench's member import
        f.write("code,name,contracting_authority,joined\n")
        f.writelines(f"M{i:06d},Lid {i},true,2020-01-01\n" for i in range(10_000))
    imported = f"{tmp}/import.db"
    mbov_init(mbov, imported)
    return [
        ("start-up (--version)", [mbov, "--version"]),
        ("member show", [mbov, "--db", small, *NOW, "member", "show", "25LZ"]),
        ("member add", [mbov, "--db", small, *NOW, "-q", "member", "add", "26AA", "--name", "Lid", "--contracting-authority"]),
        ("check, 10^4 incidents", [mbov, "--db", history, *NOW, "--format", "json", "check"]),
        ("report weekly, 10^4 incidents", [mbov, "--db", history, *NOW, "--format", "json", "report", "weekly"]),
        ("vote tally --ballots, 10^5 lines", [mbov, "vote", "tally", "--ballots", ballots, "--format", "json"]),
        ("member import, 10^4 rows", [mbov, "--db", imported, *NOW, "-q", "member", "import", members]),
    ]


def build_type(mbov):
    """CMAKE_BUILD_TYPE of the build tree beside the binary."""
    try:
        for line in open(os.path.join(os.path.dirname(mbov), "CMakeCache.txt"), encoding="utf-8"):
            if line.startswith("CMAKE_BUILD_TYPE:"):
                return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def read_baseline():
    counts = {}
    if os.path.exists(BASELINE):
        for line in open(BASELINE, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                name, count = line.rstrip("\n").rsplit("\t", 1)
                counts[name] = int(count)
    return counts


def baseline_in_head():
    """Whether the commit being checked (HEAD) changed the baseline file."""
    p = subprocess.run(["git", "diff", "--name-only", "HEAD~1", "HEAD", "--", BASELINE], capture_output=True, text=True,
                       cwd=os.path.dirname(BASELINE))
    return p.returncode == 0 and p.stdout.strip() != ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mbov")
    ap.add_argument("--check", action="store_true", help="fail when a command grew more than 10 %")
    ap.add_argument("--update", action="store_true", help="write the counts as the new baseline")
    a = ap.parse_args()
    if not shutil.which("valgrind"):
        sys.exit("instructions: valgrind is missing (scripts/bench installs it)")
    mbov = os.path.abspath(a.mbov)
    kind = build_type(mbov)
    if kind != "RelWithDebInfo":
        sys.exit(f"instructions: {mbov} is a {kind} build; the baseline counts scripts/build's RelWithDebInfo build")
    base = read_baseline()
    counts, grown = {}, []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.update(HOME=tmp, XDG_CONFIG_HOME=f"{tmp}/config", TZ="Europe/Amsterdam", LC_ALL="C.UTF-8")
        for var in ("MBOV_DB", "MBOV_CONFIG", "MBOV_LANG", "MBOV_FORMAT"):
            os.environ.pop(var, None)
        print("== instructions (valgrind --tool=cachegrind), against tests/bench/instructions.txt", flush=True)
        for name, cmd in commands(mbov, tmp):
            n = counts[name] = instructions(cmd)
            was = base.get(name)
            ratio = f"{n / was:6.3f}x" if was else "   new"
            over = was is not None and n > was * GROWTH
            if over:
                grown.append(name)
            print(f"  {name:<36} {n:>15,}  {ratio}{'  > +10 %' if over else ''}", flush=True)
    if a.update:
        with open(BASELINE, "w", encoding="utf-8") as f:
            f.write("# Instructions of each command of `scripts/bench --instructions` (valgrind --tool=cachegrind) on\n"
                    "# scripts/build's RelWithDebInfo build. .ci/run fails when one grows more than 10 % unless the\n"
                    "# same commit updates this file (`scripts/bench --instructions --update`), saying why.\n")
            f.writelines(f"{name}\t{n}\n" for name, n in counts.items())
        print(f"instructions: baseline written to {os.path.relpath(BASELINE)}")
    if a.check and grown:
        if baseline_in_head():
            print(f"instructions: {', '.join(grown)} grew more than 10 %; this commit updates the baseline: accepted")
        else:
            sys.exit(f"instructions: {', '.join(grown)} grew more than 10 % over tests/bench/instructions.txt; "
                     "make it faster, or update the baseline in the same commit (scripts/bench --instructions "
                     "--update) and say why in its message")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# Errors carry Messages (issue 23, item 4): a throw site builds its message with msg(), rendered
# where the error is printed. Re-runnable from the source root (python3 tools/error_messages.py)
# after a merge that brings new throw sites; it changes only what is left and prints the files
# (adding #include "core/msg.hpp" where lib/ needs it). With --check it changes nothing and exits 1
# when it would change something (tests/layout/error_messages.sh).
# In the arguments of Error, fail_data, fail_at, fail, refuse and problem (policy.cpp):
#  1. every say(...) becomes msg(...), in lib/ and cmd/ (say() renders at once: for a line
#     printed now, never for an error);
#  2. in lib/, an argument, either side of a ?:, that is tr(LITERAL) or std::string(tr(LITERAL))
#     becomes msg(LITERAL), and fmt::format(fmt::runtime(tr(LITERAL)), ARGS) msg(LITERAL, ARGS).
# A site it turns into something that no longer fits (a Message where a string is wanted) fails
# to compile: fix it by hand.
import pathlib
import re
import sys

CALL = re.compile(r"\b(?:Error|fail_data|fail_at|fail|refuse|problem)\(")
LITERALS = r'\s*(?:"(?:[^"\\]|\\.)*"\s*)+'
TR = re.compile(r"(?:std::string\()?tr\((" + LITERALS + r")\)\)?", re.S)
FORMAT = re.compile(r"fmt::format\(fmt::runtime\(tr\((" + LITERALS + r")\)\),(.*)\)", re.S)


def skip_literal(s, i):  # i at a quote or a comment: the index after it
    if s.startswith("//", i):
        return s.index("\n", i)
    if s.startswith("/*", i):
        return s.index("*/", i) + 2
    q = s[i]
    i += 1
    while s[i] != q:
        i += 2 if s[i] == "\\" else 1
    return i + 1


def literal_at(s, i):
    return s[i] in "\"'" or s.startswith("//", i) or s.startswith("/*", i)


def tokens(s, i):  # (index, character, depth) of the code from i on, past literals and comments
    depth = 0
    while i < len(s):
        if literal_at(s, i):
            i = skip_literal(s, i)
            continue
        depth -= s[i] in ")]}"
        yield i, s[i], depth
        depth += s[i] in "([{"
        i += 1


def arguments(s, i):  # i just after '(': [(begin, end)] of each top-level argument, and the ')'
    parts, begin = [], i
    for j, c, depth in tokens(s, i):
        if depth < 0 or (c == "," and depth == 0):
            parts.append((begin, j))
            if depth < 0:
                return parts, j
            begin = j + 1


def branches(s, begin, end):  # the spans of `a ? b : c` at depth 0, or the whole span
    marks = []
    for i, c, depth in tokens(s, begin):
        if i >= end or len(marks) == 2:
            break
        if depth == 0 and (c == "?" and not marks or c == ":" and marks and ":" not in (s[i - 1], s[i + 1])):
            marks.append(i)
    if len(marks) < 2:
        return [(begin, end)]
    return [(marks[0] + 1, marks[1]), (marks[1] + 1, end)]


def as_message(text):  # the msg() form of one argument, or None
    lead, body, trail = re.match(r"(\s*)(.*?)(\s*)$", text, re.S).groups()
    if m := TR.fullmatch(body):
        return lead + "msg(" + m.group(1) + ")" + trail
    if (m := FORMAT.fullmatch(body)) and arguments(body, len("fmt::format("))[1] == len(body) - 1:
        return lead + "msg(" + m.group(1) + "," + m.group(2) + ")" + trail
    return None


def calls(s):  # the error calls of the code, not of its comments
    for call in CALL.finditer(s):
        line = s[s.rfind("\n", 0, call.start()) + 1 : call.start()]
        if "//" not in line and not line.lstrip().startswith("*"):
            yield call


def says(s):  # every say( inside the arguments of an error call becomes msg(
    starts = set()
    for call in calls(s):
        end = arguments(s, call.end())[1]
        starts.update(call.end() + m.start() for m in re.finditer(r"\bsay\(", s[call.end() : end]))
    for at in sorted(starts, reverse=True):
        s = s[:at] + "msg(" + s[at + 4 :]
    return s


def error_arguments(s):
    edits = []
    for call in calls(s):
        for begin, end in arguments(s, call.end())[0]:
            for b, e in branches(s, begin, end):
                if (new := as_message(s[b:e])) is not None:
                    edits.append((b, e, new))
    for b, e, new in sorted(set(edits), reverse=True):
        s = s[:b] + new + s[e:]
    return s


def source_files(folder):
    return sorted(p for p in pathlib.Path(folder).rglob("*") if p.suffix in (".cpp", ".hpp"))


check = sys.argv[1:] == ["--check"]  # change nothing; exit 1 when something would change
changed = False
for folder in ("lib", "cmd"):
    for path in source_files(folder):
        if path.as_posix() == "lib/core/msg.hpp":
            continue
        old = path.read_text()
        new = says(old)
        if folder == "lib":
            new = error_arguments(new)
            if new != old and "msg(" in new and '#include "core/msg.hpp"' not in new:
                first = re.search(r"^#include .*\n", new, re.M)  # after the file's own header
                new = new[: first.end()] + '#include "core/msg.hpp"\n' + new[first.end() :]
        if new != old:
            changed = True
            if not check:
                path.write_text(new)
            print(path)
sys.exit(1 if check and changed else 0)

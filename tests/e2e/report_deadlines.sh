# mbov report deadlines: every due date as table/json/csv, and as an iCalendar feed (RFC 5545)
# checked with a real parser.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/report_fixture.bash"
report_fixture

ok "${TODAY[@]}" report deadlines --format json
json '
k = [(x["date"], x["kind"], x["subject"]) for x in d]
assert k == sorted(k, key=lambda t: t[0]), k
# The default window is 90 days: up to 2027-02-23; contract 2 ends 2027-02-28.
assert ("2027-02-28", "contract-end", "contract 2") not in k
want = {("2026-02-01", "dpia", "product VVA"), ("2026-06-30", "notice", "contract 1"),
        ("2026-11-01", "confirmation", "member 30AB"), ("2026-11-27", "breach", "incident 103"),
        ("2026-12-01", "review", "contract 1"), ("2026-12-10", "confirmation", "member 25LZ"),
        ("2026-12-10", "meeting", "meeting 3"), ("2026-12-31", "contract-end", "contract 1"),
        ("2026-12-31", "certificate", "supplier 2"), ("2027-01-15", "certificate", "supplier 1"),
        ("2027-01-15", "dpia", "product CAMBO")}
assert set(k) == want, set(k) ^ want
s = {x["subject"] + " " + x["kind"]: x["status"] for x in d}
assert s["contract 1 notice"] == "overdue" and s["contract 1 review"] == "soon" and s["contract 1 contract-end"] == "later"
assert all(x["uid"].endswith("@mbov") for x in d) and len({x["uid"] for x in d}) == len(d)
'
# R-CON-2: a terminated contract ends on its termination end; no notice date once terminated.
ok "${TODAY[@]}" report deadlines --within 1y --format json
json 'k = {(x["kind"], x["subject"]): x for x in d}; assert k[("contract-end", "contract 2")]["date"] == "2027-02-28" and ("notice", "contract 2") not in k'
# R-CON-5: a certificate of a standard the policy no longer names counts for nothing, so its
# expiry is no deadline.
printf '[contract]\ncertifications = ["ISO27001", "ISAE3402"]\n' >"$T/policy.toml"
ok "${TODAY[@]}" --config "$T/policy.toml" report deadlines --format json
json 'k = {(x["kind"], x["subject"]) for x in d}; assert ("certificate", "supplier 1") in k and ("certificate", "supplier 2") not in k, k'
ok "${TODAY[@]}" report deadlines --within 2d --format json
json 'assert max(x["date"] for x in d) == "2026-11-27"'

ok "${TODAY[@]}" report deadlines
stdout_has "DATE"
stdout_has "R-CON-4"
ok "${TODAY[@]}" report deadlines --format csv
head -n 1 "$OUT" | grep -q $'^date,due_at,kind,subject,rule,status,title\r$' || fail "csv header"

# iCalendar: CRLF everywhere, lines at most 75 octets, escaped text, stable UIDs, UTC DTSTAMP.
ok "${TODAY[@]}" report deadlines --within 1y --format ics
cp "$OUT" "$T/a.ics"
[[ $(head -c 15 "$OUT") == "BEGIN:VCALENDAR" ]] || fail "not a calendar"
! grep -q $'[^\r]$' "$OUT" || fail "a line does not end in CRLF"
awk '{ if (length($0) > 76) exit 1 }' "$OUT" || fail "a line is longer than 75 octets"
grep -q '^ ' "$OUT" || fail "no folded line (the breach title is long)"
stdout_has "DTSTAMP:20261125T110000Z"
stdout_has "PRODID:-//Cooperatie MBO Voorzieningen//mbov"
"$PY" - "$OUT" <<'PY' || fail "icalendar cannot read the feed"
import sys, datetime, icalendar
raw = open(sys.argv[1], "rb").read()
cal = icalendar.Calendar.from_ical(raw)
assert str(cal["VERSION"]) == "2.0" and "mbov" in str(cal["PRODID"])
events = cal.walk("VEVENT")
assert len(events) == 12, len(events)
for e in events:
    assert e["DTSTAMP"].dt == datetime.datetime(2026, 11, 25, 11, 0, tzinfo=datetime.timezone.utc), e["DTSTAMP"].dt
    assert isinstance(e["DTSTART"].dt, datetime.date)
ids = {str(e["UID"]).split("-", 1)[0] for e in events}
assert len(ids) == 1 and len(ids.pop()) == 32, "every UID starts with the database id"
# Alarms by kind: none for what is overdue, a breach's hours before (tests/e2e/report_ics_alarms.sh),
# a day's report.calendar_alarm_days before.
for e in events:
    alarms = [a["TRIGGER"].dt for a in e.walk("VALARM")]
    status = str(e["DESCRIPTION"]).split("), ", 1)[1].split(":")[0]
    if status == "overdue": assert alarms == [], e
    elif e["CATEGORIES"].to_ical() == b"breach": assert alarms == [-datetime.timedelta(hours=14, minutes=24)], alarms
    else: assert alarms == [-datetime.timedelta(days=7)], alarms
assert any(not e.walk("VALARM") for e in events), "no overdue item in the fixture"
by_uid = {str(e["UID"]).split("-", 1)[1]: e for e in events}
breach = by_uid["breach-incident-103@mbov"]
assert str(breach["SUMMARY"]).startswith("Report breach 103") and "verkeerde school" in str(breach["SUMMARY"]), breach["SUMMARY"]
assert breach["DTSTART"].dt == datetime.datetime(2026, 11, 27, 13, 0, tzinfo=datetime.timezone.utc)  # a moment
notice = by_uid["notice-contract-1@mbov"]
assert "(CAMBO, Leverancier BV)" in str(notice["SUMMARY"])  # the comma came back unescaped
PY
# The same deadlines next week: the same UIDs, so a calendar client updates its events.
ok --today 2026-12-02 report deadlines --within 1y --format ics
diff <(grep ^UID "$T/a.ics") <(grep ^UID "$OUT") >/dev/null || fail "UIDs are not stable"
grep -q "^DTSTAMP:20261202T110000Z" "$OUT" || fail "DTSTAMP is not the run's time in UTC"

# R-CON-5 as contract due judges it, per certificate (contract::certification): a certificate
# that ran out beside one that counts is no deadline (it was listed overdue), and a
# renewal of the same standard is a deadline of its own, with its own UID.
ok "${TODAY[@]}" contract cert add 1 --standard ISAE3402 --valid-until 2025-06-30
ok "${TODAY[@]}" contract cert add 1 --standard ISO27001 --valid-from 2026-11-01 --valid-until 2029-11-01
ok "${TODAY[@]}" report deadlines --within 5y --format json
json '
c = sorted((x["date"], x["status"], x["title"], x["uid"]) for x in d if x["subject"] == "supplier 1")
assert [x[:2] for x in c] == [("2027-01-15", "soon"), ("2029-11-01", "later")], c
assert c[0][2] == "ISO27001 certificate of Leverancier BV expires" and c[0][3] != c[1][3], c
'
expect 2 "${TODAY[@]}" contract due --within 5y --format json
json '
f = sorted(x["due"] for x in d["findings"] if x["rule"] == "R-CON-5" and "Leverancier BV)" in x["subject"])
assert f == ["2027-01-15", "2029-11-01"], f
'
# A supplier with no certificate that counts: overdue since the last one ran out, as contract due says.
ok --today 2027-01-05 report deadlines --format json
json 'assert [(x["date"], x["status"]) for x in d if x["subject"] == "supplier 2"] == [("2026-12-31", "overdue")], d'
expect 2 --today 2027-01-05 contract due --format json
json '
f = [(x["due"], x["severity"]) for x in d["findings"] if x["rule"] == "R-CON-5" and "Oude Leverancier NV)" in x["subject"]]
assert f == [("2026-12-31", "CRITICAL")], f
'

unchanged_after 65 "${TODAY[@]}" report deadlines --within 3x
stderr_has "--within"
unchanged_after 64 "${TODAY[@]}" report deadlines --format html
unchanged_after 64 "${TODAY[@]}" report deadlines --bogus
pass

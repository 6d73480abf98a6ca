# The deadline calendar's alarms by kind (issue 26): a breach's deadline to report is a moment, its
# alarm rings when `incident overdue` starts to warn (incident.escalate_at_percent of its 72 hours:
# 14 h 24 min before); a day's deadline (review, notice, meeting, confirmation) report.calendar_alarm_days
# before; nothing already overdue has an alarm. A timed event has a DURATION, a day DTEND. Read by
# python icalendar and by vobject, two parsers, both of which must accept the feed.
source "$(dirname "$0")/common.bash"
"$PY" -c 'import icalendar' 2>/dev/null || { echo "skip: python3-icalendar is missing"; exit 77; }
"$PY" -c 'import vobject' 2>/dev/null || { echo "skip: python3-vobject is missing"; exit 77; }

ok init
# Aware Monday 23 November 2026 15:00 local (14:00 UTC): report by Thursday 26 November 15:00.
ok incident open --kind breach --title "Lijst naar verkeerde school" --at 2026-11-23T15:00
ok vote meeting add --date 2026-12-10 --title "AV december"
# A member whose contacts were due to be confirmed long ago: overdue.
ok member add 25LZ --name "ROC Voorbeeld" --contracting-authority --joined 2020-01-01

# alarms NOW WANT: python icalendar and vobject agree on every event's (kind, start, end or
# duration, alarm triggers) and they are WANT ({kind: (length, [time before])}, td a timedelta).
alarms() {
  ok --now "$1" report deadlines --within 1y --format ics
  "$PY" - "$OUT" "$2" <<'PY' || fail "alarms at $1"
import sys, datetime, icalendar, vobject
raw = open(sys.argv[1], "rb").read()
want = eval(sys.argv[2], {"td": datetime.timedelta})
def events_icalendar():
    out = []
    for e in icalendar.Calendar.from_ical(raw).walk("VEVENT"):
        start = e.decoded("DTSTART")
        assert "DTEND" in e or "DURATION" in e, e
        end = e.decoded("DTEND") if "DTEND" in e else start + e.decoded("DURATION")
        alarms = [a.decoded("TRIGGER") for a in e.walk("VALARM")]
        out.append((e["CATEGORIES"].to_ical().decode(), start, end, alarms))
    return sorted(out, key=str)
def events_vobject():
    out = []
    cal = vobject.readOne(raw.decode("utf-8"))
    for e in cal.vevent_list:
        start = e.dtstart.value
        end = e.dtend.value if hasattr(e, "dtend") else start + e.duration.value
        alarms = [a.trigger.value for a in getattr(e, "valarm_list", [])]
        out.append((e.categories.value[0], start, end, alarms))
    return sorted(out, key=str)
a, b = events_icalendar(), events_vobject()
assert a == b, (a, b)
got = {kind: (end - start, [(-t) for t in alarms]) for kind, start, end, alarms in a}
for kind, (length, before) in want.items():
    assert got[kind] == (length, before), (kind, got[kind], (length, before))
# A breach's moment in UTC.
breach = [e for e in a if e[0] == "breach"]
assert not breach or breach[0][1] == datetime.datetime(2026, 11, 26, 14, 0, tzinfo=datetime.timezone.utc), breach
PY
}
# Wednesday noon: the breach is ahead; it warns from Thursday 00:36, 14 h 24 min before 15:00.
alarms 2026-11-25T12:00 '{"breach": (td(0), [td(hours=14, minutes=24)]),
  "meeting": (td(days=1), [td(days=7)]),
  "confirmation": (td(days=1), [])}'
# Past the deadline: overdue, no alarm; the meeting keeps its own.
alarms 2026-11-26T15:01 '{"breach": (td(0), []),
  "meeting": (td(days=1), [td(days=7)])}'
# The alarm follows the policy: a warning at 50 % of the time is 36 hours before.
printf '[incident]\nescalate_at_percent = 50\n[report]\ncalendar_alarm_days = 3\n' >"$T/policy.toml"
ok --config "$T/policy.toml" --now 2026-11-24T12:00 report deadlines --format ics
grep -q $'^TRIGGER;RELATED=START:-PT36H0M\r$' "$OUT" || fail "the breach alarm does not follow escalate_at_percent"
grep -q $'^TRIGGER;RELATED=START:-P3D\r$' "$OUT" || fail "the day alarm does not follow calendar_alarm_days"
pass

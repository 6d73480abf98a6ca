# mbov report deadlines (issue 13, items 6 and 8): a breach's deadline to report to the authority
# is a moment, not a day: JSON gives it as a timestamp (due_at) beside its local day (date), null
# for every deadline that is a day; the table shows date and time; the calendar has a timed event.
# Its status is judged to the second as `incident overdue` judges it (R-INC-3's deadline rule).
source "$(dirname "$0")/common.bash"

ok init
# Aware Monday 23 November 2026 15:00 local: report by Thursday 26 November 15:00 (72 h); from
# 80 % of that time (Thursday 00:36) it is soon.
ok incident open --kind breach --title "Lijst naar verkeerde school" --at 2026-11-23T15:00
b=$(new_id)
ok vote meeting add --date 2026-12-10 --title "AV december"

# The status at the minute before, of and after the deadline, and before the warning share.
ok --now 2026-11-25T12:00 report deadlines --format json
json 'x=[r for r in d if r["kind"]=="breach"]; assert [(r["date"],r["due_at"],r["status"]) for r in x]==[("2026-11-26","2026-11-26T15:00:00+01:00","later")], x'
json 'assert all(r["due_at"] is None for r in d if r["kind"]!="breach") and any(r["kind"]=="meeting" for r in d), d'
# breach_status NOW WANT: the breach's status in report deadlines at --now NOW
breach_status() {
  ok --now "$1" report deadlines --format json
  json 'assert [r["status"] for r in d if r["kind"]=="breach"]==["'"$2"'"], d'
}
breach_status 2026-11-26T00:35 later
breach_status 2026-11-26T00:36 soon
breach_status 2026-11-26T14:59 soon
breach_status 2026-11-26T15:00 soon
breach_status 2026-11-26T15:01 overdue
# The same judgement as the check, second for second.
run --now 2026-11-26T15:00 incident overdue --format json
json 'assert [f["severity"] for f in d["findings"] if f["rule"]=="R-INC-7"]==["WARNING"], d'
run --now 2026-11-26T15:01 incident overdue --format json
json 'assert [f["severity"] for f in d["findings"] if f["rule"]=="R-INC-7"]==["CRITICAL"], d'

# --within by its day: the day before the deadline's day leaves it out, its day and after keep it.
for within in 1d:0 2d:1 3d:1; do
  ok --now 2026-11-24T12:00 report deadlines --within "${within%:*}" --format json
  json 'assert [r["date"] for r in d if r["kind"]=="breach"]==["2026-11-26"]*'"${within#*:}"', d'
done

# People see the date and the time; csv has the column, empty for a day.
ok --now 2026-11-25T12:00 report deadlines
stdout_has "DUE AT"
stdout_has "2026-11-26T15:00:00+01:00"
ok --now 2026-11-25T12:00 report deadlines --format csv
head -n 1 "$OUT" | grep -q $'^date,due_at,kind,subject,rule,status,title\r$' || fail "csv header"
stdout_has "2026-11-26,2026-11-26T15:00:00+01:00,breach,incident $b,R-INC-7,later,"
stdout_has "2026-12-10,,meeting,"
ok --lang nl --now 2026-11-25T12:00 report deadlines
stdout_has "UITERLIJK OM"
# The weekly report lists it with its moment too.
ok --now 2026-11-25T12:00 report weekly --format json
json 'assert [(u["date"],u["due_at"]) for u in d["upcoming"] if u["kind"]=="breach"]==[("2026-11-26","2026-11-26T15:00:00+01:00")], d["upcoming"]'
ok --now 2026-11-25T12:00 report weekly --format text
stdout_has "2026-11-26T15:00:00+01:00"

# The calendar: a timed event at the moment in UTC, an all-day one for a day.
ok --now 2026-11-25T12:00 report deadlines --format ics
"$PY" - "$OUT" <<'PY' || fail "the calendar's breach event is not at its moment"
import sys, datetime, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
ev = {str(e["UID"]).split("-", 1)[1]: e for e in cal.walk("VEVENT")}
breach = next(e for u, e in ev.items() if u.startswith("breach-incident-"))
assert breach["DTSTART"].dt == datetime.datetime(2026, 11, 26, 14, 0, tzinfo=datetime.timezone.utc), breach["DTSTART"].dt
assert "DTEND" not in breach
meeting = next(e for u, e in ev.items() if u.startswith("meeting-"))
assert meeting["DTSTART"].dt == datetime.date(2026, 12, 10) and meeting["DTEND"].dt == datetime.date(2026, 12, 11)
PY
grep -q $'^DTSTART:20261126T140000Z\r$' "$OUT" || fail "DTSTART of the breach"

# A moment near midnight has its local day, not its UTC one; across the change to winter time the
# 72 hours are elapsed hours, and the offset is the one of that moment.
ok incident open --kind breach --title "Na middernacht" --at 2026-11-23T00:30
late=$(new_id)
ok incident open --kind breach --title "Wintertijd" --at 2026-10-23T15:00+02:00
winter=$(new_id)
# Asked once both were known (R-GEN-1: a breach opened after --now is not there yet).
ok --now 2026-10-24T12:00 report deadlines --format json
json 'assert [r["subject"] for r in d if r["kind"]=="breach"]==["incident '"$winter"'"], d'
ok --now 2026-11-23T12:00 report deadlines --format json
json 'x={r["subject"]:(r["date"],r["due_at"]) for r in d if r["kind"]=="breach"}
assert x["incident '"$late"'"]==("2026-11-26","2026-11-26T00:30:00+01:00"), x
assert x["incident '"$winter"'"]==("2026-10-26","2026-10-26T14:00:00+01:00"), x'

# Once reported (or recorded as no risk) a breach is no deadline any more.
ok incident notify "$b" --authority --at 2026-11-26T14:00
ok --now 2026-11-26T14:30 report deadlines --format json
json 'assert "incident '"$b"'" not in [r["subject"] for r in d], d'

# Bad input: a bad clock or window is refused (65), an unknown format (64); nothing changes.
unchanged_after 65 --now 2026-11-26T25:00 report deadlines
stderr_has "--now"
unchanged_after 65 --now 2026-11-26T15:00 report deadlines --within 2x
stderr_has "--within"
unchanged_after 64 --now 2026-11-26T15:00 report deadlines --format text
pass

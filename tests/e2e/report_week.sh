# --week of every weekly command (issue 13): last, this, next (any case) and an ISO week with a
# lower-case w, so a Monday cron reports the week that ended; the boundaries are the Sunday, the
# Monday and the Tuesday around a week's start, and the turn of an ISO year.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/report_fixture.bash"
report_fixture

week_is() {  # week_is TODAY WEEK WANT-WEEK WANT-FROM
  ok --today "$1" --now "$1T12:00" report weekly --week "$2" --format json
  json 'assert (d["week"], d["from"]) == ("'"$3"'", "'"$4"'"), (d["week"], d["from"])'
}
# Sunday 29 November 2026 is the last day of W48; Monday 30 November starts W49.
week_is 2026-11-29 last 2026-W47 2026-11-16
week_is 2026-11-30 last 2026-W48 2026-11-23
week_is 2026-12-01 last 2026-W48 2026-11-23
week_is 2026-11-29 this 2026-W48 2026-11-23
week_is 2026-11-30 this 2026-W49 2026-11-30
week_is 2026-11-29 next 2026-W49 2026-11-30
week_is 2026-11-30 Next 2026-W50 2026-12-07
week_is 2026-11-30 LAST 2026-W48 2026-11-23
week_is 2026-11-25 2026-w48 2026-W48 2026-11-23
week_is 2026-11-25 2026-W48 2026-W48 2026-11-23
# Across the ISO year: Monday 4 January 2027 is W01 of 2027; last is 2026-W53.
week_is 2027-01-04 last 2026-W53 2026-12-28
week_is 2026-12-28 next 2027-W01 2027-01-04
week_is 2025-12-29 this 2026-W01 2025-12-29
# Without --week: this week, the same as 'this'.
ok --today 2026-11-30 --now 2026-11-30T12:00 report weekly --format json
json 'assert d["week"] == "2026-W49"'
# The Monday cron's report of the week that ended is the same as asking for that week.
ok --today 2026-11-30 --now 2026-11-30T07:00 report weekly --week last --format json
cp "$OUT" "$T/last.json"
ok --today 2026-11-30 --now 2026-11-30T07:00 report weekly --week 2026-W48 --format json
cmp -s "$OUT" "$T/last.json" || fail "--week last differs from --week 2026-W48"

# Bad weeks: 65, naming --week, nothing written.
for bad in yesterday lastweek "last " "" 2026-w54 2025-w53 2026-w00 2026-W4 2026w48 2026-48 w48; do
  unchanged_after 65 "${TODAY[@]}" report weekly --week "$bad"
  stderr_has "--week"
done
unchanged_after 65 "${TODAY[@]}" report weekly --week 2026-w54
stderr_has "2026 has 53 ISO weeks"
unchanged_after 65 "${TODAY[@]}" report weekly --week soon
stderr_has "want YYYY-Www, this, last or next"
unchanged_after 64 "${TODAY[@]}" report weekly --week
pass

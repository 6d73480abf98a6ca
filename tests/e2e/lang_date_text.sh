# Text is never read as a date by its shape (issue 23): a member named "2026-01-02" and an incident
# titled "2026-11-25T16:00:00+01:00" print as typed in Dutch table, text and markdown, while the
# typed dates beside them (joined, opened) read as Dutch dates.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01 MBOV_NOW=2026-03-01T10:00:00+01:00 TZ=Europe/Amsterdam
ok init
ok member add 25AA --name "2026-01-02" --contracting-authority --joined 2026-02-03
ok --lang nl member list
stdout_has "2026-01-02"
stdout_has "3 februari 2026"
stdout_lacks "2 januari 2026"
stdout_lacks "2026-02-03"
ok --lang nl member show 25AA
grep -qE "^naam: +2026-01-02$" "$OUT" || fail "the name as typed in Dutch"
ok --lang nl member list --format markdown
stdout_has "| 2026-01-02 |"
stdout_lacks "2 januari 2026"
ok incident open --kind disruption --title "2026-11-25T16:00:00+01:00" --member 25AA
ok --lang nl incident list
stdout_has "2026-11-25T16:00:00+01:00"
stdout_lacks "25 november 2026 16:00"
stdout_has "1 maart 2026 10:00"
# The data formats write the typed dates as ISO text, as before.
ok --lang nl member list --format csv
stdout_has "2026-01-02"
stdout_has "2026-02-03"

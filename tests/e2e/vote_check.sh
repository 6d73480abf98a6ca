# mbov vote check (R-VOTE-1): enough AV meetings last year (CRITICAL) and this year (WARNING).
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_fixture.bash"

ok init
# No members: no year to check.
ok --today 2026-11-25 vote check
stdout_has "MBOV VOTE OK - nothing due"
members A:2020-01-01
expect 2 --today 2026-11-25 vote check
head -n 1 "$OUT" | grep -qE '^MBOV VOTE CRITICAL - 1 critical, 1 warning \| .*av_meetings=0' || fail "status line: $(head -n 1 "$OUT")"
stdout_has "CRITICAL R-VOTE-1 AV 2025: 0 AV meetings held in 2025, want at least 2; due 2025-12-31, 329 days overdue"
stdout_has "WARNING R-VOTE-1 AV 2026: 0 AV meetings held or planned in 2026, want at least 2"
# Dutch for people, the same JSON for scripts.
expect 2 --lang nl --today 2026-11-25 vote check
stdout_has "CRITICAL R-VOTE-1 AV 2025: 0 AV-vergaderingen gehouden in 2025, minstens 2 nodig; uiterlijk 31 december 2025, 329 dagen te laat"
json_same_in_dutch 2 --today 2026-11-25 vote check
unchanged_after 65 --lang nl --today 2026-11-25 vote motion list 99
stderr_has "geen vergadering 99"
# Board meetings do not count; AV meetings do, held or planned.
for d in 2025-04-01 2025-11-19; do ok --today 2026-11-25 vote meeting add --date $d; done
ok --today 2026-11-25 vote meeting add --date 2026-04-01
ok --today 2026-11-25 vote meeting add --date 2026-06-01 --kind board
expect 1 --today 2026-11-25 vote check --format json
json 'assert d["area"]=="vote" and d["status"]=="WARNING" and [(f["rule"],f["severity"],f["subject"],f["due"]) for f in d["findings"]]==[("R-VOTE-1","WARNING","AV 2026","2026-12-31")]'
ok --today 2026-11-25 vote meeting add --date 2026-12-16 --title "Planned"
ok --today 2026-11-25 vote check
stdout_has "av_meetings=2"
# mbov check runs it too (other areas may have findings of their own here).
run --today 2026-11-25 --format json check
json 'assert not [f for f in d["findings"] if f["subject"].startswith("vote:")], d'
# --year: one year; past years are final, and a policy of 3 a year makes them short.
printf '[vote]\nav_meetings_per_year = 3\n' >"$T/three.toml"
expect 2 --today 2026-11-25 --config "$T/three.toml" vote check --year 2025
stdout_has "2 AV meetings held in 2025, want at least 3"
expect 1 --today 2026-11-25 --config "$T/three.toml" vote check --year 2027
stdout_has "0 AV meetings held or planned in 2027"
expect 2 --today 2026-11-25 --config "$T/three.toml" --format json check
json 'assert [f for f in d["findings"] if f["subject"].startswith("vote:") and f["rule"]=="R-VOTE-1" and f["severity"]=="CRITICAL"], d'
printf '[vote]\nav_meetings_per_year = 0\n' >"$T/none.toml"
ok --today 2026-11-25 --config "$T/none.toml" vote check --year 2024
# Every error of a check is UNKNOWN (3) with its status line, a usage error too.
expect 3 --today 2026-11-25 vote check --year 99999
stdout_has "MBOV VOTE UNKNOWN"
expect 3 --db "$T/nothing.db" vote check
expect 3 vote check --verbose
stdout_has "MBOV VOTE UNKNOWN - "
pass

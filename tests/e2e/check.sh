# mbov check: the Monitoring Plugins status line, JSON, and exit 3 when the check cannot run.
source "$(dirname "$0")/common.bash"

expect 3 check
stdout_has "MBOV ALL UNKNOWN - "
ok init
run check
[[ $STATUS =~ ^[012]$ ]] || fail "check exited $STATUS on a new database"
[[ $(head -n 1 "$OUT") =~ ^MBOV\ ALL\ (OK|WARNING|CRITICAL)\ -\ .*\|\ critical=[0-9]+ ]] || fail "no status line"
run check --format json
json 'assert set(d)>={"area","status","findings"} and d["area"]=="all"'
run -q check
stdout_empty
expect 3 --today 2026-02-30 check
stdout_has "UNKNOWN"
pass

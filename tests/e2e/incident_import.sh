# mbov incident import: the columns of list --format csv, offsets to UTC, history replayed through
# the rules, all-or-nothing, errors naming line and column.
source "$(dirname "$0")/common.bash"

ok init
sqlite3 "$MBOV_DB" "INSERT INTO member (code, name, contracting_authority, joined) VALUES ('25LZ', 'ROC Test', 1, '2020-01-01')"
cat >"$T/in.csv" <<'CSV'
kind,title,opened,priority,status,acknowledged,resolved,closed,product,member,escalation
disruption,"Trage site, vooral 's ochtends",2026-05-04T09:00:00+02:00,2,closed,2026-05-04T09:30:00+02:00,2026-05-04T15:00:00+02:00,2026-05-05T09:00:00+02:00,CAMBO,25LZ,tactical
change,Nieuwe release,2026-05-04T07:00:00Z,,new,,,,VVA,,
CSV
ok incident import "$T/in.csv"
[[ $(out) == $'1\n2' ]] || fail "import should print the new ids"
ok incident show 1 --format json
json 'assert d["opened"]=="2026-05-04T09:00:00+02:00" and d["status"]=="closed" and d["escalation"]=="tactical" and d["member"]=="25LZ" and d["responded_in_time"] is True and d["resolved_in_time"] is True'
json 'assert [e["event"] for e in d["timeline"]]==["opened","escalation","status","status","status","status"]'
[[ $(sqlite3 "$MBOV_DB" "SELECT opened || ' ' || closed_at FROM incident WHERE id = 1") == "2026-05-04T07:00:00Z 2026-05-05T07:00:00Z" ]] || fail "not stored in UTC"
ok incident show 2 --format json
json 'assert d["priority"]==3 and d["opened"]=="2026-05-04T09:00:00+02:00" and d["route"]=="expert-group" and d["group"]=="expert-group"'
# Resolved without acknowledging: at the resolution's time, and the same moment is in time.
printf 'kind,title,opened,priority,status,resolved\ndisruption,Snel,2026-05-04T09:00,1,resolved,2026-05-04T10:00\n' >"$T/quick.csv"
MBOV_DB=$T/quick.db ok init
MBOV_DB=$T/quick.db ok incident import "$T/quick.csv"
MBOV_DB=$T/quick.db ok incident show 1 --format json
json 'assert d["status"]=="resolved" and d["acknowledged"] is None and d["responded_in_time"] is True and [e["detail"] for e in d["timeline"]]==["disruption, priority 1","new → resolved"]'

# Round trip: what list --format csv writes, import reads (into a fresh database).
ok incident open --kind breach --title "Lek" --at 2026-05-06T10:00
ok incident notify 3 --authority --at 2026-05-10T10:00 --reason "te laat ontdekt"
ok incident list --format csv
cp "$OUT" "$T/all.csv"
ok incident list --format json
cp "$OUT" "$T/before.json"
MBOV_DB=$T/other.db ok init
sqlite3 "$T/other.db" "INSERT INTO member (code, name, contracting_authority, joined) VALUES ('25LZ', 'ROC Test', 1, '2020-01-01')"
STATUS=0; MBOV_DB=$T/other.db "$MBOV" incident import - <"$T/all.csv" >"$OUT" 2>"$ERR" || STATUS=$?
[[ $STATUS == 0 ]] || fail "round trip import exited $STATUS"
MBOV_DB=$T/other.db ok incident list --format json
"$PY" -c "
import json
a=json.load(open('$T/before.json')); b=json.load(open('$OUT'))
assert a==b, (a, b)" || fail "round trip changed the incidents"

# Bad input of every field: nothing written, line and column named.
bad() {  # bad HEADER ROW WANT-IN-STDERR
  printf '%s\n%s\n' "$1" "$2" >"$T/bad.csv"
  unchanged_after 65 incident import "$T/bad.csv"
  stderr_has "$3"
}
bad "kind,title,opened" "storm,T,2026-05-04T09:00" "bad.csv:2:1 (kind)"
bad "kind,title,opened" "backup,,2026-05-04T09:00" "bad.csv:2:2 (title)"
bad "kind,title,opened" "backup,T,2026-05-04" "bad.csv:2:3 (opened)"
bad "kind,title,opened" "backup,T," "bad.csv:2:3 (opened)"
bad "kind,title,opened,priority" "backup,T,2026-05-04T09:00,5" "bad.csv:2:4 (priority)"
bad "kind,title,opened,product" "backup,T,2026-05-04T09:00,NOPE" "bad.csv:2:4 (product)"
bad "kind,title,opened,member" "backup,T,2026-05-04T09:00,99ZZ" "bad.csv:2:4 (member)"
bad "kind,title,opened,status" "backup,T,2026-05-04T09:00,done" "bad.csv:2:4 (status)"
bad "kind,title,opened,status" "backup,T,2026-05-04T09:00,resolved" "needs the resolved time"
bad "kind,title,opened,status" "backup,T,2026-05-04T09:00,in-progress" "needs the acknowledged time"
bad "kind,title,opened,status,resolved" "backup,T,2026-05-04T09:00,closed,2026-05-04T10:00" "needs the closed time"
bad "kind,title,opened,status,resolved,closed" "backup,T,2026-05-04T09:00,resolved,2026-05-04T10:00,2026-05-04T11:00" "bad.csv:2:6 (closed)"
bad "kind,title,opened,status,resolved" "backup,T,2026-05-04T09:00,resolved,2026-05-04T08:59:59" "bad.csv:2:5 (resolved)"
bad "kind,title,opened,id,problem" "backup,T,2026-05-04T09:00,7,7" "bad.csv:2:5 (problem)"
bad "kind,title,opened,status,resolved" "backup,T,2026-05-04T09:00,new,2026-05-04T10:00" "bad.csv:2:5 (resolved)"
bad "kind,title,opened,status,acknowledged" "backup,T,2026-05-04T09:00,acknowledged,2026-05-04T08:00" "bad.csv:2:5 (acknowledged)"
bad "kind,title,opened,escalation" "backup,T,2026-05-04T09:00,board" "bad.csv:2:4 (escalation)"
stderr_has "escalation: 'board' is not operational, tactical or strategic"
bad "kind,title,opened,fundamental" "backup,T,2026-05-04T09:00,true" "bad.csv:2:4 (fundamental)"
bad "kind,title,opened,fundamental" "change,T,2026-05-04T09:00,maybe" "bad.csv:2:4 (fundamental)"
bad "kind,title,opened,fundamental,motion" "change,T,2026-05-04T09:00,true,9" "bad.csv:2:5 (motion)"
bad "kind,title,opened,problem" "backup,T,2026-05-04T09:00,1" "bad.csv:2:4 (problem)"
bad "kind,title,opened,problem" "backup,T,2026-05-04T09:00,x" "bad.csv:2:4 (problem)"
bad "kind,title,opened,problem_holder" "backup,T,2026-05-04T09:00,true" "bad.csv:2:4 (problem_holder)"
bad "kind,title,opened,authority_notified" "breach,T,2026-05-04T09:00,2026-05-09T09:00" "bad.csv:2:4 (authority_notified)"
bad "kind,title,opened,authority_notified" "backup,T,2026-05-04T09:00,2026-05-04T10:00" "not a breach"
bad "kind,title,opened,no_risk" "breach,T,2026-05-04T09:00,2026-05-04T10:00" "bad.csv:2:4 (no_risk)"
bad "kind,title,opened,members_notified" "breach,T,2026-05-04T09:00,morgen" "bad.csv:2:4 (members_notified)"
bad "kind,title,opened,subjects_notified" "breach,T,2026-05-04T09:00,2026-05-03T09:00" "bad.csv:2:4 (subjects_notified)"
bad "kind,title,opened,colour" "backup,T,2026-05-04T09:00,red" "unknown column 'colour'"
bad "kind,title" "backup,T" "opened"
bad "kind,title,opened" "backup,T" "fields"
# All-or-nothing: a good first row is not kept when the second is bad.
printf 'kind,title,opened\nbackup,Goed,2026-05-04T09:00\nstorm,Fout,2026-05-04T09:00\n' >"$T/bad.csv"
unchanged_after 65 incident import "$T/bad.csv"
stderr_has "bad.csv:3:1"
unchanged_after 66 incident import "$T/missing.csv"
: >"$T/empty.csv"
unchanged_after 65 incident import "$T/empty.csv"
pass

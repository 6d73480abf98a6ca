# mbov dpia officer set/show: terms end when a successor takes office; the name lives in person.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/dpia_fixture.bash"
dpia_world
export MBOV_TODAY=2026-03-01

unchanged_after 65 dpia officer show
stderr_has "R-DPIA-4: no data protection officer in office on 2026-03-01"
unchanged_after 65 --lang nl dpia officer show
stderr_has "R-DPIA-4: geen functionaris gegevensbescherming in functie op 1 maart 2026"
ok --lang nl dpia --help
stdout_has "gegevensbescherming: DPIA's, verwerkingsregister, FG, bewaartermijnen"
ok dpia officer set "Fenna Gerritsen" --email fg@example.nl --from 2025-01-01
stdout_is 1
ok dpia officer show --format json
json 'assert d["name"]=="Fenna Gerritsen" and d["email"]=="fg@example.nl" and d["from"]=="2025-01-01" and d["until"] is None and len(d["history"])==1'
json_same_in_dutch 0 dpia officer show
[[ $(sqlite3 "$MBOV_DB" "SELECT name || ' ' || email FROM person") == "Fenna Gerritsen fg@example.nl" ]] || fail "the officer is a person"

ok dpia officer set "Bram Bos" --email bram.bos@example.nl
stdout_is 2
ok dpia officer show --format json
json 'assert d["name"]=="Bram Bos" and d["from"]=="2026-03-01" and [(h["name"],h["until"]) for h in d["history"]]==[("Fenna Gerritsen","2026-03-01"),("Bram Bos",None)]'
# The day before the successor took office the predecessor was in office.
ok --today 2026-02-28 dpia officer show --format json
json 'assert d["name"]=="Fenna Gerritsen" and d["until"]=="2026-03-01"'
expect 65 --today 2024-12-31 dpia officer show
ok --today 2026-04-01 dpia officer set "Carla Claes" --email carla@example.nl --from 2026-05-01
ok --today 2026-04-01 dpia officer show --format json
json 'assert d["name"]=="Bram Bos" and d["until"]=="2026-05-01"'
ok audit log --entity officer --format json
json 'assert [r["action"] for r in d]==["set","end","set","end","set"]'

unchanged_after 65 dpia officer set "Dirk Dekker" --email dirk@example.nl --from 2026-05-01
stderr_has "not after the current officer's start (2026-05-01)"
unchanged_after 65 dpia officer set "Dirk Dekker" --email dirk.example.nl --from 2026-06-01
stderr_has "not an e-mail address"
unchanged_after 65 dpia officer set "Dirk Dekker" --email "dirk @example.nl" --from 2026-06-01
unchanged_after 65 dpia officer set "" --email dirk@example.nl --from 2026-06-01
stderr_has "needs a name"
unchanged_after 65 dpia officer set "Dirk Dekker" --email dirk@example.nl --from 2026-06-31
stderr_has "--from"
unchanged_after 64 dpia officer set "Dirk Dekker"
pass

# R-DPIA-5: 'member forget' and 'dpia purge' erase the audit rows of the person's own records (by
# the entity and id each row was written with), never rows that merely hold the same text: a
# person named "yes" with phone "contact" leaves the ballots and other contacts alone, and of two
# contacts sharing a switchboard number only the forgotten one's row loses its details.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-04-01
ok init
for code in 25AB 25CD; do ok member add $code --name "ROC $code" --contracting-authority --joined 2020-01-01; done
ok member contact add 25AB --name yes --email yes@example.nl --phone contact; YES=$(new_id)
ok member contact add 25AB --name "Sara Switch" --email sara@example.nl --phone 0301234567; SARA=$(new_id)
ok member contact add 25CD --name "Tom Switch" --email tom@example.nl --phone 0301234567 --since 2020-01-01; TOM=$(new_id)
ok member contact add 25CD --name "Karel Contact" --email contact@example.nl --phone yes; KAREL=$(new_id)
ok vote meeting add --date 2026-04-01 --title "AV"; MEETING=$(new_id)
ok vote attend "$MEETING" 25AB 25CD
ok vote motion add "$MEETING" --title yes; MOTION=$(new_id)
ok vote cast "$MOTION" 25AB yes
ok vote cast "$MOTION" 25CD yes
ok audit head; HEAD=$(out)

# audit_details: the details of every audit row, as JSON {id: details} in $T/before.json / after
audit_details() {
  ok audit log --format json
  "$PY" -c "import json; d=json.load(open('$OUT')); json.dump({r['id']: r['details'] for r in d}, open('$T/$1.json','w'))"
}
audit_details before
ok member contact remove "$YES"
ok member contact remove "$SARA"
ok --today 2026-04-02 member forget "$YES"
ok --today 2026-04-02 member forget "$SARA"
audit_details after
ok audit log --format json
"$PY" - "$T" "$YES" "$SARA" <<'PY' || fail "the erasure took rows that were not the forgotten people's"
import json, sys
t, yes, sara = sys.argv[1], sys.argv[2], sys.argv[3]
before = json.load(open(f"{t}/before.json")); after = json.load(open(f"{t}/after.json"))
log = json.load(open(f"{t}/out"))
erased = {str(r["id"]) for r in log if r["erased"]}
mine = {str(r["id"]) for r in log if r["entity_kind"] == "contact" and r["entity_id"] in (yes, sara) and r["action"] == "add"}
assert erased == mine, (erased, mine)
for i, d in before.items():
    if i not in mine:
        assert after[i] == d, (i, d, after[i])
kept = json.dumps([r["details"] for r in log])
assert "Tom Switch" in kept and "0301234567" in kept and "Karel Contact" in kept and "sara@example.nl" not in kept
assert "yes@example.nl" not in kept
PY
ok audit verify
ok audit verify --head "$HEAD"
ok vote tally "$MOTION" --format json
json 'assert d["yes"] == 2, d'

# dpia purge erases the same way: Tom, past his retention, shares Sara's (erased) number and
# Karel's name is a phone number elsewhere; only Tom's own row goes.
ok member contact remove "$TOM" --on 2024-01-01
audit_details before
ok --today 2026-04-03 dpia purge
audit_details after
ok audit log --format json
"$PY" - "$T" "$TOM" <<'PY' || fail "dpia purge took rows that were not the purged person's"
import json, sys
t, tom = sys.argv[1], sys.argv[2]
before = json.load(open(f"{t}/before.json")); after = json.load(open(f"{t}/after.json"))
changed = {i for i in before if after[i] != before[i]}
log = {str(r["id"]): r for r in json.load(open(f"{t}/out"))}
assert {(log[i]["entity_kind"], log[i]["entity_id"], log[i]["action"]) for i in changed} == {("contact", tom, "add")}, changed
assert "Karel Contact" in json.dumps([r["details"] for r in log.values()])
PY
ok audit verify
ok audit verify --head "$HEAD"
pass

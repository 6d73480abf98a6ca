# mbov member board chair (R-VOTE-8) has a history, so `report minutes` names the chair of the
# meeting's day (R-GOV-3, issue 15 item 6): chair A until D, chair B from D; a meeting the day
# before D shows A, on D and after it B, whatever the chair is today.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/member_fixture.bash"
export MBOV_TODAY=2026-03-01
board_of_two
pa=1 pb=2
ok member board chair "$pa" --from 2025-01-01
# D = 2026-01-10: Bram takes over (recorded that day, so without --from).
ok --today 2026-01-10 member board chair "$pb"

meeting() {  # meeting DATE: an AV meeting on DATE; prints its id
  ok vote meeting add --date "$1" --title "AV $1"
  new_id
}
before=$(meeting 2026-01-09)
on=$(meeting 2026-01-10)
after=$(meeting 2026-01-11)
early=$(meeting 2024-12-31)
for m in "$before:Anna Eerst" "$on:Bram Daarna" "$after:Bram Daarna"; do
  ok report minutes "${m%%:*}" --format json
  json 'assert d["chair_name"]=="'"${m#*:}"'", d["chair_name"]'
done
ok report minutes "$early" --format json
json 'assert d["chair_name"] is None'
ok report minutes "$before" --format text
stdout_has "Anna Eerst"
ok member board list --format json
json 'assert [(s["person"],s["chair"]) for s in d]==[('"$pb"',True),('"$pa"',False)], d'
# The check sees today's chair.
run member check --format json
json 'assert not [f for f in d["findings"] if f["message"]=="the board has no chair"], d'

# Bad input: each refused (65) and nothing changes; the history only grows.
unchanged_after 65 member board chair "$pb"
stderr_has "already the chair"
unchanged_after 65 member board chair "$pa" --from 2026-01-09
stderr_has "before the chair chosen from 2026-01-10"
unchanged_after 65 member board chair "$pa" --from 2024-12-31
stderr_has "does not sit on the board on 2024-12-31"
unchanged_after 65 member board chair "$pa" --from 2026-02-30
unchanged_after 65 member board chair "$pa" --from tomorrow
unchanged_after 65 member board chair 99
unchanged_after 64 member board chair
unchanged_after 64 member board chair "$pa" --from

# Anna again from the day after D: Bram chaired that one day only.
ok member board chair "$pa" --from 2026-01-11
ok report minutes "$on" --format json
json 'assert d["chair_name"]=="Bram Daarna"'
ok report minutes "$after" --format json
json 'assert d["chair_name"]=="Anna Eerst"'
# A chair who leaves the board stops chairing that day; the board has no chair from then on.
ok member board leave "$pa" --on 2026-02-01
late=$(meeting 2026-02-01)
ok report minutes "$late" --format json
json 'assert d["chair_name"] is None'
ok report minutes "$after" --format json
json 'assert d["chair_name"]=="Anna Eerst"'
expect 2 member check
stdout_has "the board has no chair"
# The year report marks who chaired the board during the year.
ok report av --year 2026 --format json
json 'assert {c["name"]: c["chair"] for c in d["board_changes"]}=={"Anna Eerst": True}, d["board_changes"]'
ok audit log --entity board_seat --format json
json 'assert [r["action"] for r in d]==["appoint","appoint","chair","chair","chair","leave"], d'
json 'assert d[2]["details"]["from"]=="2025-01-01"'
pass

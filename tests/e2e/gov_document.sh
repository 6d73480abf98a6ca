# mbov gov document: versions draft -> for-approval -> approved by an adopted AV motion (the DAP
# by an expert-group decision), the version in force, file checksums (R-GOV-1), the vision (R-GOV-2).
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2022-06-15

ok init
sqlite3 "$MBOV_DB" "INSERT INTO member (code, name, contracting_authority, joined) VALUES ('12AB', 'ROC', 1, '2020-01-01')"
# adopted_motion DATE KIND: a closed, adopted AV motion; its id in $MOTION
adopted_motion() {
  ok vote meeting add --date "$1"; local meeting; meeting=$(new_id)
  ok vote attend "$meeting" 12AB --at "$1T10:00"
  ok vote motion add "$meeting" --title "Motie" --kind "$2"; MOTION=$(new_id)
  ok vote cast "$MOTION" 12AB yes --at "$1T10:05"
  ok vote close "$MOTION"
}

printf 'PDC 3.0\n' >"$T/pdc-3.0.pdf"
ok gov document add pdc --number 2.9 --date 2022-03-10 --author IM --description "Opmerkingen verwerkt"
stdout_is 1
ok gov document add pdc --number 3.0 --date 2022-06-01 --status for-approval --author IM --file "$T/pdc-3.0.pdf"
stdout_is 2
unchanged_after 65 gov document add pdc --number 3.0 --date 2022-06-01
stderr_has "already exists with id 2"
unchanged_after 65 gov document add memo --number 1 --date 2022-06-01
stderr_has "KIND 'memo' is not one of: pdc, dap"
unchanged_after 65 gov document add pdc --number 4 --date 2022-06-01 --status approved
stderr_has "R-GOV-1"
unchanged_after 65 gov document add pdc --number 4 --date 2022-06-01 --status final
stderr_has "--status 'final' is not one of: draft, for-approval, approved"
unchanged_after 65 gov document add memo --number 1 --date 2022-06-31 --status final
stderr_has "KIND 'memo' is not one of"
unchanged_after 65 gov document show memo
stderr_has "KIND 'memo' is not one of: pdc, dap"
unchanged_after 65 gov document add pdc --number 4 --date 2022-06-31
unchanged_after 65 gov document add pdc --number " " --date 2022-06-01
unchanged_after 66 gov document add pdc --number 4 --date 2022-06-01 --file "$T/missing.pdf"
stderr_has "cannot read --file"
expect 64 gov document add pdc --date 2022-06-01

ok gov document show pdc --format json
json '
import hashlib
assert d["in_force"] is None and [v["status"] for v in d["history"]]==["draft","for-approval"]
assert d["history"][1]["sha256"]==hashlib.sha256(b"PDC 3.0\n").hexdigest()'

adopted_motion 2022-06-01 pdc
PDC=$MOTION
adopted_motion 2022-06-02 ordinary
ORD=$MOTION
unchanged_after 65 gov document approve 1 --motion "$PDC"
stderr_has "not for approval"
unchanged_after 65 gov document approve 2 --motion "$ORD"
stderr_has "not 'pdc'"
unchanged_after 65 gov document approve 2
stderr_has "adopted AV motion"
unchanged_after 65 gov document approve 99 --motion "$PDC"
unchanged_after 65 gov document approve 2 --motion 0
ok gov document approve 2 --motion "$PDC"
unchanged_after 65 gov document approve 2 --motion "$PDC"
ok gov document submit 1
unchanged_after 65 gov document submit 1
stderr_has "not a draft"
ok gov document show pdc --format json
json 'assert d["in_force"]=="3.0" and d["in_force_since"]=="2022-06-01" and d["history"][1]["motion"]=='"$PDC"
ok gov document show pdc
stdout_has "in force"
unchanged_after 65 gov document show memo

# The DAP: by a decision of the expert group.
ok gov document add dap --number 1.0 --date 2022-05-01 --status for-approval
DAP=$(new_id)
ok gov group decide working-group --text "advies" --on 2022-05-10
WG=$(new_id)
unchanged_after 65 gov document approve "$DAP" --motion "$ORD"
stderr_has "expert group"
unchanged_after 65 gov document approve "$DAP" --decision "$WG"
stderr_has "not the expert group"
ok gov group decide expert-group --text "DAP 1.0 vastgesteld" --on 2022-05-11
ok gov document approve "$DAP" --decision "$(new_id)"
ok gov document show dap --format json
json 'assert d["in_force"]=="1.0" and d["in_force_since"]=="2022-05-11"'
unchanged_after 65 gov group decide expert-group --text " "
unchanged_after 65 gov group decide board --text x

# The vision: approved 2022-06-02, four years ending 2026-06-01 as R-CON-2 counts a term; within
# 60 days of its end a warning, then critical.
ok gov document add vision --number 2022 --date 2022-05-20 --status for-approval
ok gov document approve "$(new_id)" --motion "$ORD"
run --today 2026-03-01 gov check --format json
json 'assert "R-GOV-2" not in [f["rule"] for f in d["findings"]]'
run --today 2026-05-01 gov check --format json
json 'assert [f["severity"] for f in d["findings"] if f["rule"]=="R-GOV-2"]==["WARNING"]'
run --today 2026-06-01 gov check --format json
json 'assert [(f["severity"],f["due"]) for f in d["findings"] if f["rule"]=="R-GOV-2"]==[("WARNING","2026-06-01")]'
run --today 2026-06-02 gov check --format json
json 'assert [(f["severity"],f["due"]) for f in d["findings"] if f["rule"]=="R-GOV-2"]==[("CRITICAL","2026-06-01")]'
[[ $STATUS == 2 ]] || fail "gov check exited $STATUS, want 2"
pass

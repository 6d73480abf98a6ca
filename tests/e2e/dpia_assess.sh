# mbov dpia add/complete/list/show: kinds, change DPIAs, outcomes, measures, report, bad input.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/dpia_fixture.bash"
dpia_world
export MBOV_TODAY=2026-03-01

ok dpia add --product cambo --kind initial --started 2025-06-01 --report "DMS-2025-17"
stdout_is 1
ok dpia add --product CAMBO --kind change --change 1
stdout_is 2
ok dpia add --product VVA --kind audit
stdout_is 3
ok dpia add --product VVA --kind periodic --started 2026-03-01
stdout_is 4

ok dpia complete 1 --on 2025-08-01 --outcome acceptable
stdout_empty
ok dpia complete 2 --outcome mitigations --measures "pseudonimiseren van het BSN" --report "DMS-2026-03"
ok dpia complete 3 --on 2026-03-01 --outcome high-risk

ok dpia show 1 --format json
json 'assert d=={"id":1,"product":"CAMBO","kind":"initial","change":None,"started":"2025-06-01","completed":"2025-08-01","status":"completed","outcome":"acceptable","measures":None,"prior_consultation":False,"report":"DMS-2025-17"}, d'
ok dpia show 2 --format json
json 'assert d["change"]==1 and d["completed"]=="2026-03-01" and d["measures"]=="pseudonimiseren van het BSN" and d["report"]=="DMS-2026-03"'
ok dpia show 3 --format json
json 'assert d["outcome"]=="high-risk" and d["prior_consultation"] is True'
ok dpia show 3
stdout_has "prior consultation:"

ok dpia list --format json
json 'assert [r["id"] for r in d]==[1,2,3,4]'
ok dpia list --open --format json
json 'assert [r["id"] for r in d]==[4] and d[0]["status"]=="open"'
ok dpia list --product vva --format csv
[[ $(wc -l <"$OUT") == 3 ]] || fail "VVA has two DPIAs"
stdout_has "id,product,kind,change,started,completed,outcome,report"
ok audit log --entity dpia --format json
json 'assert [r["action"] for r in d]==["add"]*4+["complete"]*3'

# Bad input: a clear error, exit 65, nothing written.
unchanged_after 65 dpia add --product NOPE --kind initial
stderr_has "no product with code 'NOPE'"
unchanged_after 65 dpia add --product CAMBO --kind yearly
stderr_has "--kind 'yearly' is not one of: initial, change, periodic, audit"
unchanged_after 65 dpia add --product NOPE --kind yearly
stderr_has "--kind 'yearly' is not one of"
unchanged_after 65 dpia add --product CAMBO --kind change
stderr_has "R-DPIA-1"
unchanged_after 65 dpia add --product CAMBO --kind change --change 2
stderr_has "incident 2 is a disruption, not a change"
unchanged_after 65 dpia add --product CAMBO --kind change --change 99
stderr_has "no incident 99"
unchanged_after 65 dpia add --product CAMBO --kind change --change 3
stderr_has "a change of VVA, not of CAMBO"
unchanged_after 65 dpia add --product CAMBO --kind initial --change 1
stderr_has "--change belongs to a change DPIA"
unchanged_after 65 dpia add --product CAMBO --kind initial --started 2026-03-02
stderr_has "after today"
unchanged_after 65 dpia add --product CAMBO --kind initial --started 2026-02-30
stderr_has "--started"
unchanged_after 65 dpia add --product CAMBO --kind change --change x
unchanged_after 64 dpia add --kind initial

unchanged_after 65 dpia complete 4 --on 2026-02-28 --outcome acceptable
stderr_has "before the DPIA's start (2026-03-01)"
unchanged_after 65 dpia complete 4 --on 2026-03-02 --outcome acceptable
stderr_has "after today"
unchanged_after 65 dpia complete 4 --outcome fine
stderr_has "--outcome 'fine' is not one of: acceptable, mitigations, high-risk"
unchanged_after 65 dpia complete 99 --outcome fine
stderr_has "--outcome 'fine' is not one of"
unchanged_after 65 dpia complete 4 --outcome mitigations
stderr_has "needs --measures"
unchanged_after 65 dpia complete 4 --outcome acceptable --measures "iets"
stderr_has "--measures belongs to outcome mitigations"
unchanged_after 65 dpia complete 1 --outcome acceptable
stderr_has "already completed on 2025-08-01"
unchanged_after 65 dpia complete 99 --outcome acceptable
stderr_has "no DPIA 99"
unchanged_after 65 dpia complete 4 --on 2026-13-01 --outcome acceptable
stderr_has "--on"
unchanged_after 65 dpia show 99
unchanged_after 65 dpia list --product NOPE
unchanged_after 64 dpia complete 4
pass

# mbov contract review/extend/terminate: early and late reviews (R-CON-3), two extensions and a
# refused third (R-CON-1), a late extension (R-CON-4), a controlled end (R-CON-7).
source "$(dirname "$0")/common.bash"

ok init
ok --today 2021-01-01 contract supplier add "Leverancier BV"
ok --today 2021-01-01 contract add --product VVA --supplier 1 --start 2021-01-01
ok --today 2021-01-01 contract add --product CAMBO --supplier 1 --start 2021-01-01

# Early: two months before the due date; the next is a year after it.
ok --today 2021-11-01 contract review 1 --outcome compliant --notes "alles op orde"
stdout_is "1"
ok --today 2021-11-01 contract show 1 --format json
json 'assert d["next_review"]=="2022-11-01" and d["last_review"]=="2021-11-01" and d["reviews"][0]["notes"]=="alles op orde"'
# Late: after the due date 2022-11-01, reported in an AV meeting.
ok --today 2023-01-20 vote meeting add --date 2023-02-10 --kind av
meeting=$(new_id)
ok --today 2023-01-20 vote meeting add --date 2023-02-10 --kind board
board=$(new_id)
ok --today 2023-01-20 contract review 1 --on 2023-01-15 --outcome deviations --meeting "$meeting"
ok --today 2023-01-20 contract show 1 --format json
json 'assert d["next_review"]=="2024-01-15" and d["reviews"][1]["outcome"]=="deviations" and d["reviews"][1]["meeting"]=='"$meeting"
unchanged_after 65 --today 2023-01-20 contract review 1 --outcome fine
stderr_has "invalid --outcome 'fine'"
stderr_has "use compliant or deviations"
unchanged_after 65 --today 2023-01-20 contract review 99 --outcome Compliant
stderr_has "invalid --outcome 'Compliant'"
unchanged_after 65 --today 2023-01-20 contract review 1 --outcome compliant --meeting 99
stderr_has "unknown meeting 99"
unchanged_after 65 --today 2023-01-20 contract review 1 --outcome compliant --meeting "$board"
stderr_has "not a General Assembly"
unchanged_after 65 --today 2023-03-01 contract review 1 --outcome compliant --meeting "$meeting"
stderr_has "is before the review"
unchanged_after 65 --today 2023-01-20 contract review 1 --on 2023-01-21 --outcome compliant
stderr_has "after today"
unchanged_after 65 --today 2023-01-20 contract review 1 --on 2020-12-31 --outcome compliant
stderr_has "before contract 1 started"
unchanged_after 65 --today 2023-01-20 contract review 1 --on 2023-13-01 --outcome compliant
stderr_has "--on"
unchanged_after 65 --today 2023-01-20 contract review 9 --outcome compliant
stderr_has "unknown contract 9"
expect 64 --today 2023-01-20 contract review 1

# Extensions: on time (the notice date itself), then late, then a refused third.
ok --today 2024-06-30 contract extend 1
stdout_is "2026-12-31"
[[ ! -s $ERR ]] || fail "an extension on the notice date is not late"
ok --today 2026-07-01 contract extend 1
stdout_is "2028-12-31"
stderr_has "extended late, after its notice date 2026-06-30"
ok --today 2026-07-01 contract show 1 --format json
json 'assert (d["end"],d["extensions_used"],d["extensions_left"],d["notice_date"])==("2028-12-31",2,0,"2028-06-30")'
json 'assert [(e["on"],e["late"],e["end"]) for e in d["extension_history"]]==[("2024-06-30",False,"2026-12-31"),("2026-07-01",True,"2028-12-31")]'
unchanged_after 65 --today 2026-08-01 contract extend 1
stderr_has "R-CON-1"
stderr_has "used all 2 extensions (maximum end 2028-12-31)"
unchanged_after 65 --today 2024-06-30 contract extend 2 --on 2024-07-01
stderr_has "after today"
unchanged_after 65 --today 2025-01-01 contract extend 2
stderr_has "ended on 2024-12-31"
unchanged_after 65 --today 2025-01-01 contract extend 2 --on 2025-02-30
expect 64 contract extend

# Termination of contract 2 before its end (its notice date 2024-06-30 passed).
unchanged_after 65 --today 2024-09-01 contract terminate 2 --end 2025-01-31 --reason "vervangen"
stderr_has "after the current end of contract 2 (2024-12-31)"
unchanged_after 65 --today 2024-09-01 contract terminate 2 --end 2024-08-31 --reason "vervangen"
stderr_has "before the decision"
unchanged_after 65 --today 2024-09-01 contract terminate 2 --end 2024-12-31 --reason " "
stderr_has "--reason must not be empty"
unchanged_after 65 --today 2024-09-01 contract terminate 2 --end 2024-12-32 --reason x
stderr_has "--end"
expect 64 --today 2024-09-01 contract terminate 2 --end 2024-12-31
ok --today 2024-09-01 contract terminate 2 --end 2024-11-30 --reason "vervangen door nieuwe aanbesteding" --exit-plan EXIT-2024-1
stdout_empty
ok --today 2024-09-01 contract show 2 --format json
json 'assert (d["status"],d["end"],d["max_end"],d["terminated_on"],d["exit_plan"],d["notice_date"],d["extensions_left"])==("ending","2024-11-30","2024-11-30","2024-09-01","EXIT-2024-1",None,0)'
ok --today 2024-11-30 contract list --status ending --format json
json 'assert [c["id"] for c in d]==[2]'
ok --today 2024-12-01 contract list --status ended --format json
json 'assert [c["id"] for c in d]==[2] and d[0]["status"]=="ended"'
ok --today 2024-12-01 contract list --status active --format json
json 'assert [c["id"] for c in d]==[1]'
# Before its start a contract is planned; on its first day it is active.
ok --today 2020-12-31 contract list --format json
json 'assert [(c["id"], c["status"]) for c in d]==[(1, "planned"), (2, "planned")], d'
ok --today 2020-12-31 contract list --status planned
stdout_has "planned"
ok --today 2021-01-01 contract list --status planned --format json
json 'assert d==[], d'
expect 65 contract list --status gepland
stderr_has "planned,active,ending,ended"
unchanged_after 65 --today 2024-10-01 contract terminate 2 --end 2024-11-30 --reason again
stderr_has "already terminated"
unchanged_after 65 --today 2024-10-01 contract extend 2
stderr_has "R-CON-7"

ok audit log --entity contract --format json
json 'assert [r["action"] for r in d]==["add","add","review","review","extend","extend","terminate"]'
ok audit verify
pass

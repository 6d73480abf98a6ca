# mbov contract add/show/list: the dates of R-CON-2..4 (a 29 February start), deviation (R-CON-1).
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2024-03-01

ok init
ok contract supplier add "Leverancier BV"
ok contract cert add 1 --standard ISO27001 --valid-until 2030-01-01

ok contract add --product VVA --supplier 1 --start 2024-02-29 --tender "AB-2023-7"
stdout_is "1"
ok contract show 1 --format json
json 'assert (d["start"],d["end"],d["max_end"],d["next_review"],d["notice_date"])==("2024-02-29","2028-02-28","2032-02-28","2025-02-28","2027-08-28"), d'
json 'assert d["extensions_used"]==0 and d["extensions_left"]==2 and d["status"]=="active" and d["deviates"] is False and d["tender"]=="AB-2023-7" and d["supplier"]=="Leverancier BV" and d["product"]=="VVA"'
json 'assert (d["base_years"],d["extensions"],d["extension_years"],d["notice_months"])==(4,2,2,6) and d["reviews"]==[] and d["deviation_reason"] is None'

# R-CON-1: another term needs a recorded reason; the reason is kept and shown.
unchanged_after 65 contract add --product CAMBO --supplier 1 --start 2024-01-01 --base-years 5
stderr_has "R-CON-1"
stderr_has "--base-years 5 (policy 4)"
stderr_has "--deviation-reason"
unchanged_after 65 contract add --product CAMBO --supplier 1 --start 2024-01-01 --extensions 3 --notice-months 3
stderr_has "--extensions 3 (policy 2), --notice-months 3 (policy 6)"
unchanged_after 65 contract add --product CAMBO --supplier 1 --start 2024-01-01 --deviation-reason "geen"
stderr_has "nothing deviates"
ok contract add --product cambo --supplier "leverancier bv" --start 2024-01-31 --base-years 3 --extensions 1 \
  --extension-years 1 --notice-months 1 --deviation-reason "zwaarwegend: overgang naar nieuwe voorziening"
stdout_is "2"
ok contract show 2 --format json
json 'assert d["deviates"] is True and d["deviation_reason"].startswith("zwaarwegend") and d["product"]=="CAMBO"'
json 'assert (d["end"],d["max_end"],d["notice_date"],d["next_review"])==("2027-01-30","2028-01-30","2026-12-30","2025-01-31"), d'
ok contract show 2
stdout_has "deviation reason:"
stdout_has "zwaarwegend"

# Every bad input: nothing is written.
unchanged_after 65 contract add --product NOPE --supplier 1 --start 2024-01-01
stderr_has "no product with code 'NOPE'"
unchanged_after 65 contract add --product VVA --supplier 7 --start 2024-01-01
stderr_has "unknown supplier '7'"
unchanged_after 65 contract add --product VVA --supplier 1 --start 2023-02-29
stderr_has "--start"
unchanged_after 65 contract add --product VVA --supplier 1 --start 2024-01-01 --base-years 0 --deviation-reason x
stderr_has "--base-years must be 1 to 99"
unchanged_after 65 contract add --product VVA --supplier 1 --start 2024-01-01 --extensions -1 --deviation-reason x
unchanged_after 65 contract add --product VVA --supplier 1 --start 2024-01-01 --extension-years 0 --deviation-reason x
unchanged_after 65 contract add --product VVA --supplier 1 --start 2024-01-01 --notice-months 48 --deviation-reason x
stderr_has "--notice-months must be 0 to 47"
unchanged_after 65 contract add --product VVA --supplier 1 --start 2024-01-01 --base-years vier
expect 64 contract add --product VVA --supplier 1
expect 64 contract add --product VVA --start 2024-01-01
unchanged_after 65 contract show 9
stderr_has "unknown contract 9"
expect 65 contract show nine

ok contract list --format json
json 'assert [c["id"] for c in d]==[1,2] and set(d[0])>={"id","product","supplier","start","end","max_end","extensions_used","extensions_left","next_review","notice_date","status"}'
ok contract list
stdout_has "NOTICE DATE"
ok contract list --status ended --format json
json 'assert d==[]'
ok --today 2027-02-01 contract list --status ended --format json
json 'assert [c["id"] for c in d]==[2] and d[0]["next_review"] is None and d[0]["notice_date"] is None'
expect 65 contract list --status gone
ok audit log --entity contract --format json
json 'assert len(d)==2 and d[1]["action"]=="add" and "zwaarwegend" in str(d[1]["details"])'
pass

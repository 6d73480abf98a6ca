# mbov budget: year plan, lines (R-FIN-1), AV approval (R-FIN-2), spending, realisation and
# check (R-FIN-3), fees (R-FIN-4); every bad input is refused with the database unchanged.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2025-11-25

ok init
sqlite3 "$MBOV_DB" "INSERT INTO member (code, name, contracting_authority, joined) VALUES ('12AB', 'ROC', 1, '2020-01-01')"

# No plan for next year, 37 days ahead: a warning; this year: critical.
expect 2 budget check
stdout_has "MBOV BUDGET CRITICAL"
stdout_has "R-FIN-2"

ok budget plan 2026 --goal "CAMBO 3.0 live" --goal "VVA for every member"
stdout_is "2026"
ok budget list --format json
json 'assert d[0]["year"]==2026 and d[0]["goals"]==["CAMBO 3.0 live","VVA for every member"] and d[0]["approved"] is False'
unchanged_after 65 budget plan 2026 --goal ""
stderr_has "one non-empty line"
unchanged_after 65 budget plan 1800
expect 64 budget plan

ok budget line add 2026 --description "Servers" --amount 5.000,00 --acquisition 5000 --life 5 --product cambo
stdout_is "1"
ok budget line add 2026 --description "Licences" --amount 1200.50
stdout_is "2"
ok budget line add 2026 --description "Laptop" --amount 999,99 --acquisition 999,99 --life 3
stdout_is "3"
ok budget line list 2026 --format json
json 'assert [l["kind"] for l in d]==["investment","running","running"] and d[0]["budgeted"]==5000 and d[1]["budgeted"]==1200.5 and d[0]["product"]=="CAMBO"'
ok budget line list 2026 --format csv
stdout_has "2,Licences,running,,1200.50,0.00,1200.50,0"
unchanged_after 65 budget line add 2026 --description X --amount 1,234.56
stderr_has "--amount '1,234.56' is not an amount in euros"
unchanged_after 65 budget line add 2026 --description X --amount -5
stderr_has "negative"
unchanged_after 65 budget line add 2026 --description " " --amount 5
unchanged_after 65 budget line add 2026 --description X --amount 5 --product NOPE
stderr_has "no product with code 'NOPE'"
unchanged_after 65 budget line add 2027 --description X --amount 5
stderr_has "no year plan for 2027"
unchanged_after 65 budget line add 2026 --description X --amount 5 --acquisition abc
expect 64 budget line add 2026 --amount 5

# Spending before approval is refused (R-FIN-2).
unchanged_after 65 budget spend 2 --amount 100 --on 2026-01-10
stderr_has "R-FIN-2: the budget of 2026 is not approved"

# The AV approves: an adopted, closed motion of kind budget.
ok vote meeting add --date 2025-11-20; MEETING=$(new_id)
ok vote attend "$MEETING" 12AB --at 2025-11-20T10:00
ok vote motion add "$MEETING" --title "Begroting 2026" --kind budget --year 2026; MOTION=$(new_id)
ok vote motion add "$MEETING" --title "Iets anders"; OTHER=$(new_id)
ok vote cast "$MOTION" 12AB yes --at 2025-11-20T10:05
unchanged_after 65 budget approve 2026 --motion "$MOTION"
stderr_has "still open"
ok vote close "$MOTION"
ok vote close "$OTHER"
unchanged_after 65 budget approve 2026 --motion "$OTHER"
stderr_has "not 'budget'"
unchanged_after 65 budget approve 2026 --motion 99
unchanged_after 65 budget approve 2026 --motion x
expect 64 budget approve 2026
# R-FIN-2: a budget motion names its year and approves that year only, once.
unchanged_after 65 vote motion add "$MEETING" --title "Begroting" --kind budget
stderr_has "names the year it approves"
unchanged_after 65 vote motion add "$MEETING" --title "Iets" --year 2026
stderr_has "--year is for a motion of kind budget"
unchanged_after 65 vote motion add "$MEETING" --title "Begroting" --kind budget --year 12345
# A kind that is none of the four: named with the kinds there are (issue 23: parsed at the edge).
unchanged_after 65 vote motion add "$MEETING" --title "Begroting" --kind Budget --year 2026
stderr_has "--kind Budget is not ordinary, pdc, budget or board"
ok budget plan 2025 --goal "Vorig jaar"
unchanged_after 65 budget approve 2025 --motion "$MOTION"
stderr_has "R-FIN-2: motion $MOTION approves the budget of 2026, not 2025"
ok vote motion list "$MEETING" --format json
json 'assert [m["year"] for m in d]==[2026, None], d'
ok budget approve 2026 --motion "$MOTION"
stdout_empty
unchanged_after 65 budget approve 2026 --motion "$MOTION"
stderr_has "is approved"
unchanged_after 65 budget line add 2026 --description X --amount 5
ok budget show 2026 --format json
json 'assert d["approved"] and d["motion"]=='"$MOTION"' and d["approved_on"]=="2025-11-20"'

ok budget spend 2 --amount 1.000 --on 2026-01-10 --supplier "Leverancier BV" --reference F-1
stdout_is "1"
ok budget spend 2 --amount 300 --on 2026-02-10
ok budget spend 1 --amount 2500 --on 2026-03-01
unchanged_after 65 budget spend 2 --amount 10 --on 2027-01-01
stderr_has "not in 2026"
unchanged_after 65 budget spend 2 --amount 0 --on 2026-01-10
unchanged_after 65 budget spend 9 --amount 1 --on 2026-01-10
stderr_has "no budget line with id 9"
unchanged_after 65 budget spend 2 --amount 1 --on 2026-13-01
expect 64 budget spend 2
ok budget spending 2026 --format json
json 'assert [x["amount"] for x in d]==[1000,300,2500] and d[0]["supplier"]=="Leverancier BV"'

# R-GEN-1: budget show counts what was spent by --today: nothing yet in 2025, the two January and
# February amounts on 2026-02-10, all of it at the year's end.
ok budget show 2026 --format json
json 'assert d["spent"]==0 and d["lines"][1]["left"]==d["lines"][1]["budgeted"], d'
ok --today 2026-02-10 budget show 2026 --format json
json 'assert d["spent"]==1300 and [k["spent"] for k in d["kinds"] if k["kind"]=="investment"]==[0], d'
ok --today 2026-12-31 budget show 2026 --format json
json '
k={x["kind"]:x for x in d["kinds"]}
assert d["budgeted"]==7200.49 and d["spent"]==3800 and k["investment"]["spent"]==2500 and k["running"]["spent"]==1300
assert d["lines"][1]["percent"]==108 and d["lines"][1]["left"]==-99.5'
ok budget show 2026
stdout_has "budgeted"
unchanged_after 65 budget show 2030
expect 64 budget show 2026 --format html
unchanged_after 65 budget line list 2027
stderr_has "no year plan for 2027"
unchanged_after 65 budget spending 1800
unchanged_after 65 budget spending 2030
expect 64 budget line list
expect 64 budget nonsense

# 2026: one line overspent is a warning (R-FIN-3); next year has no plan, far ahead: nothing.
expect 1 --today 2026-03-02 budget check
stdout_has "R-FIN-3"
stdout_has "budget line 2"
# Dutch for people (amounts as a Dutch reader writes them), the same JSON for scripts.
expect 1 --lang nl --today 2026-03-02 budget check
stdout_has "WARNING R-FIN-3 begrotingsregel 2: Licences: € 1.300,00 besteed van € 1.200,50"
json_same_in_dutch 1 --today 2026-03-02 budget check
unchanged_after 65 --lang nl budget line add 2026 --description x --amount 10
stderr_has "R-FIN-2: de begroting van 2026 is goedgekeurd (motie 1) en verandert niet meer"
ok --today 2026-03-02 budget spend 1 --amount 4000
expect 2 --today 2026-03-02 budget check --format json
json 'assert d["status"]=="CRITICAL" and "budget 2026" in [f["subject"] for f in d["findings"]]'
expect 2 --today 2026-03-02 check
stdout_has "R-FIN-3"

# Fees (R-FIN-4), set per year: from a year until a later one replaces them.
ok budget fee set cambo --one-off 500 --yearly 1.200,00 --from-year 2026
ok budget fee set CAMBO --yearly 1.300,00 --from-year 2027   # the one-off as before
ok budget fee list --format json
json 'assert d==[{"product":"CAMBO","from_year":2026,"one_off":500,"yearly":1200},
                {"product":"CAMBO","from_year":2027,"one_off":500,"yearly":1300}], d'
ok budget fee list --year 2026 --format json
json 'assert d==[{"product":"CAMBO","from_year":2026,"one_off":500,"yearly":1200}], d'
ok budget fee list --year 2025 --format json
json 'assert d==[]'
ok budget fee list
stdout_has "FROM YEAR"
unchanged_after 65 budget fee list --year 99999
unchanged_after 65 budget fee set NOPE --one-off 1 --yearly 1 --from-year 2026
unchanged_after 65 budget fee set VVA --one-off -1 --yearly 1 --from-year 2026
unchanged_after 65 budget fee set VVA --one-off 1 --yearly x --from-year 2026
unchanged_after 65 budget fee set VVA --one-off 1 --yearly 1 --from-year 12345
expect 64 budget fee set VVA --one-off 1 --from-year 2026
expect 64 budget fee set VVA --one-off 1 --yearly 1
pass

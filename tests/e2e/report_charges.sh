# mbov report charges YEAR (R-FIN-4): per member and product the one-off fee at the first uptake
# and the yearly fee pro rata by the days of uptake in the year; totals per member; csv, markdown, html.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-11-25

ok init
ok member add 12AB --name "ROC Een" --contracting-authority --joined 2020-01-01
ok member add 34CD --name "ROC Twee" --contracting-authority --joined 2020-01-01
ok budget fee set CAMBO --one-off 1.000,00 --yearly 3650 --from-year 2025
ok budget fee set VVA --one-off 500 --yearly 1.000,00 --from-year 2025
# 12AB: CAMBO since 2025 (no one-off in 2026), the whole year; VVA from 2026-07-01 to 2026-12-31.
ok member uptake 12AB CAMBO --from 2025-03-01
ok member uptake 12AB VVA --from 2026-07-01
# 34CD: CAMBO from 2026-01-01 until 2026-01-10 (10 days), first uptake in 2026.
ok member uptake 34CD CAMBO --from 2026-01-01
ok member uptake 34CD CAMBO --until 2026-01-10

ok report charges 2026 --format json
json '
c={(x["member"],x["product"]):x for x in d["charges"]}
assert c[("12AB","CAMBO")]=={"member":"12AB","product":"CAMBO","days":365,"one_off":0,"yearly":3650,"total":3650}
assert c[("12AB","VVA")]["days"]==184 and c[("12AB","VVA")]["one_off"]==500 and c[("12AB","VVA")]["yearly"]==504.11
assert c[("34CD","CAMBO")]["days"]==10 and c[("34CD","CAMBO")]["one_off"]==1000 and c[("34CD","CAMBO")]["yearly"]==100
assert d["totals"]==[{"member":"12AB","total":4654.11},{"member":"34CD","total":1100}] and d["total"]==5754.11'
ok report charges 2026 --format csv
stdout_has "member,product,days,one_off,yearly,total"
stdout_has "12AB,VVA,184,500.00,504.11,1004.11"
ok report charges 2026 --format markdown
stdout_has "Totals per member"
ok report charges 2026 --format html
stdout_has "<html"
# 2025: 12AB's CAMBO from 2025-03-01: 306 days and the one-off.
ok report charges 2025 --format json
json 'assert d["charges"]==[{"member":"12AB","product":"CAMBO","days":306,"one_off":1000,"yearly":3060,"total":4060}]'
# R-FIN-4: fees set for next year leave this year's charges as they were; 2027 uses them.
ok budget fee set CAMBO --one-off 2.000,00 --yearly 7300 --from-year 2027
ok report charges 2026 --format json
json 'assert d["total"]==5754.11, d'
ok report charges 2027 --format json
json 'c={(x["member"],x["product"]):x for x in d["charges"]}
assert c[("12AB","CAMBO")]=={"member":"12AB","product":"CAMBO","days":365,"one_off":0,"yearly":7300,"total":7300}, c
assert c[("12AB","VVA")]["yearly"]==1000 and d["total"]==8300, d'
# R-MEM-8: one uptake of a product at a time: an overlapping one is refused.
unchanged_after 65 member uptake 34CD CAMBO --from 2025-12-25 --until 2026-01-05
stderr_has "within that period"
ok report charges 2020 --format json
json 'assert d["charges"]==[] and d["total"]==0'
unchanged_after 65 report charges 1800
unchanged_after 65 report charges abc
expect 64 report charges
expect 64 report charges 2026 --format ics
pass

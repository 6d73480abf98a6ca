# mbov member uptake (R-MEM-8) and member list --product.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01
ok init
ok member add 25AB --name "ROC Voorbeeldstad" --contracting-authority --joined 2020-01-01
ok member add 26CD --name "Vakcollege Proefdorp" --contracting-authority --joined 2020-01-01
ok member uptake 25AB CAMBO --from 2025-01-01
stdout_is 1
ok member uptake 26cd vva
stdout_is 2
unchanged_after 65 member uptake 25AB CAMBO
stderr_has "already takes up"
unchanged_after 65 member uptake 99ZZ CAMBO
unchanged_after 65 member uptake 25AB NOPE
stderr_has "no product"
unchanged_after 65 member uptake 25AB VVA --from 2026-05-01 --until 2026-04-01
stderr_has "before --from"
unchanged_after 65 member uptake 25AB VVA --from 2026-04-31
stderr_has "--from"
unchanged_after 65 member uptake 25AB VVA --until 2026-04-01
stderr_has "no open uptake"
unchanged_after 65 member uptake 25AB CAMBO --until 2024-01-01
ok member list --product CAMBO --format json
json 'assert [m["code"] for m in d]==["25AB"]'
ok member list --product vva --format json
json 'assert [m["code"] for m in d]==["26CD"]'
unchanged_after 65 member list --product NOPE
# Ending the open uptake: it counts up to and including its last day.
ok member uptake 25AB CAMBO --until 2026-03-01
stdout_is 1
ok member list --product CAMBO --format json
json 'assert len(d)==1'
ok --today 2026-03-02 member list --product CAMBO --format json
json 'assert d==[]'
ok member uptake 25AB CAMBO --from 2026-06-01
stdout_is 3
pass

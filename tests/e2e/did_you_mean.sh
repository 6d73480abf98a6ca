# An unknown member, product, supplier or document kind: refused (65, nothing changed) with the
# nearest known one as a hint, ignoring case; no hint of a guess when nothing is near.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/report_fixture.bash"
report_fixture
unchanged_after 65 member show 25LX
stderr_has "hint: did you mean '25LZ'? see 'mbov member list --all'"
unchanged_after 65 member show 77QQ
stderr_has "hint: see 'mbov member list --all'"
unchanged_after 65 incident list --product camb
stderr_has "no product with code 'camb'"
stderr_has "hint: did you mean 'CAMBO'? see 'mbov contract product list'"
unchanged_after 65 contract add --product CAMBO --supplier "leverancier b" --start 2026-01-01
stderr_has "hint: did you mean 'Leverancier BV'? name a supplier by its id or name"
unchanged_after 65 contract add --product CAMBO --supplier "Heel Iets Anders" --start 2026-01-01
stderr_has "hint: name a supplier by its id or name"
run contract add --product CAMBO --supplier "Heel Iets Anders" --start 2026-01-01
! grep -q "did you mean" "$ERR" || fail "a far name got a guess"
unchanged_after 65 gov document show pcd
stderr_has "KIND 'pcd' is not one of: pdc, dap"
stderr_has "hint: did you mean 'pdc'?"
unchanged_after 65 --lang nl incident list --product CAMB
stderr_has "tip: was 'CAMBO' bedoeld? zie 'mbov contract product list'"
pass

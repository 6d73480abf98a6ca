# Names sort as people sort them (core/collate, the SQLite collation "people"): letters first,
# then accents, then case, with no locale generated: the processing register lists
# alpha, Ärger, beta, Één, Zeta (byte order would give Zeta, alpha, beta, Ärger, Één).
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01 LC_ALL=C
ok init
for name in Zeta alpha Één beta Ärger; do
  ok dpia register add --name "$name" --purpose "p" --legal-basis legitimate-interests --subjects "s" \
    --data "d" --retention "r" --role controller
done
ok dpia register list --format json
json 'assert [r["name"] for r in d] == ["alpha", "Ärger", "beta", "Één", "Zeta"], [r["name"] for r in d]'
pass

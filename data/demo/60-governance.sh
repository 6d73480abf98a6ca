#!/usr/bin/env bash
# Demo data of the governance cycle: the PDC's own version table (0.9 of 3 December 2020 ... 3.0
# of 1 June 2022, from the catalogue), the other governance documents, the multi-year vision, the
# year plans and budgets of 2026 and 2027 with spending, the product fees, the roles, the groups
# and the board's meetings. Members and contacts come from 10-members.sh, the AV of 2026-11-18
# from 40-votes.sh; ids are read, never assumed.
#   env: MBOV (the binary), MBOV_DB, MBOV_TODAY=2026-11-25
set -euo pipefail
: "${MBOV:?}" "${MBOV_DB:?}"
m() { "$MBOV" "$@" >/dev/null; }
q() { sqlite3 "$MBOV_DB" "$1"; }

# approval DATE KIND TITLE [MEETING]: a motion adopted by every member present (all voters of the
# day), on MEETING or a new AV meeting; prints the motion's id.
approval() {
  local date=$1 kind=$2 title=$3 av=${4:-} motion c
  [[ -n $av ]] || av=$("$MBOV" vote meeting add --date "$date" --title "$title")
  mapfile -t codes < <(q "SELECT code FROM member WHERE joined <= '$date' AND (left_on IS NULL OR left_on > '$date') ORDER BY code")
  local year=()  # a budget motion names its year (R-FIN-2): the title's last word
  [[ $kind == budget ]] && year=(--year "${title##* }")
  motion=$("$MBOV" vote motion add "$av" --kind "$kind" --title "$title" "${year[@]}")
  "$MBOV" --now "${date}T19:30" vote attend "$av" "${codes[@]}" >/dev/null
  for c in "${codes[@]}"; do "$MBOV" --now "${date}T20:00" vote cast "$motion" "$c" yes >/dev/null; done
  "$MBOV" --now "${date}T21:00" vote close "$motion" >/dev/null
  echo "$motion"
}
# version KIND NUMBER DATE STATUS DESCRIPTION: a version as the document's table lists it
version() { "$MBOV" gov document add "$1" --number "$2" --date "$3" --status "$4" --author IM --description "$5"; }

# The PDC (its version table, PDC §2): approved by the AV of 16 December 2020, 9 June 2021 and
# 1 June 2022.
version pdc 0.9 2020-12-03 for-approval "Versie ter goedkeuring AV" >/dev/null
v=$(version pdc 1.0 2020-12-16 for-approval "Goedkeuring AV")
m gov document approve "$v" --motion "$(approval 2020-12-16 pdc "PDC 1.0")"
version pdc 1.9 2021-05-19 for-approval "Versie ter goedkeuring AV na review leden" >/dev/null
v=$(version pdc 2.0 2021-06-10 for-approval "Officiële versie na goedkeuring AV 9 juni")
m gov document approve "$v" --motion "$(approval 2021-06-09 pdc "PDC 2.0")"
version pdc 2.1 2022-01-14 draft "Review versie – ander logo en opmerkingen" >/dev/null
version pdc 2.9 2022-03-10 for-approval "Opmerkingen verwerkt" >/dev/null
v=$(version pdc 3.0 2022-06-01 for-approval "Goedkeuring AV")
m gov document approve "$v" --motion "$(approval 2022-06-01 pdc "PDC 3.0")"

# The statutes of the founding deed (2019), from before the records begin (scripts/demo: init
# --records-from 2020-01-01): in force as decided then, with no invented AV meeting (R-GEN-2).
v=$(version statutes 0.1 2019-06-01 for-approval "Statuten bij de oprichtingsakte")
m gov document approve "$v" --decided-before-records

# The other documents: statutes, regulation, breach protocol, FG regulation by the AV of
# 16 December 2020's meeting; the DAP by the expert group; the vision of 2023.
av2020=$(q "SELECT id FROM meeting WHERE date = '2020-12-16'")
for kind in statutes regulation breach-protocol fg-regulation; do
  v=$(version "$kind" 1.0 2020-12-01 for-approval "Vastgesteld bij de oprichting")
  m gov document approve "$v" --motion "$(approval 2020-12-16 ordinary "$kind 1.0" "$av2020")"
done
v=$(version dap 3.0 2022-06-01 for-approval "DAP bij PDC 3.0")
m gov document approve "$v" --decision "$("$MBOV" gov group decide expert-group --on 2022-06-08 --text "DAP 3.0 vastgesteld")"
v=$(version vision 2023 2023-05-01 for-approval "Meerjarenvisie 2023-2027")
m gov document approve "$v" --motion "$(approval 2023-06-14 ordinary "Meerjarenvisie 2023-2027")"

# Fees (R-FIN-4), one place per product.
m budget fee set CAMBO --one-off 2.500,00 --yearly 12.000,00 --from-year 2024
m budget fee set VVA --one-off 1.000,00 --yearly 4.500,00 --from-year 2025

# The year plan and budget of 2026, approved by the autumn AV of 2025; spending through the year,
# the hosting line overspent (R-FIN-3 warning).
m budget plan 2026 --goal "CAMBO 3.0 in productie" --goal "VVA bij elk lid beschikbaar" --goal "DPIA CAMBO herhaald"
beheer=$("$MBOV" budget line add 2026 --description "Beheer CAMBO" --amount 250.000 --product CAMBO)
hosting=$("$MBOV" budget line add 2026 --description "Hosting" --amount 60.000 --product CAMBO)
door=$("$MBOV" budget line add 2026 --description "Doorontwikkeling CAMBO 3.0" --amount 40.000,00 \
  --acquisition 40.000,00 --life 4 --product CAMBO)
vva=$("$MBOV" budget line add 2026 --description "Beheer VVA" --amount 80.000 --product VVA)
advies=$("$MBOV" budget line add 2026 --description "Juridisch advies" --amount 15.000)
av2025=$(q "SELECT id FROM meeting WHERE date = '2025-11-19'")
m budget approve 2026 --motion "$(approval 2025-11-19 budget "Jaarplan en begroting 2026" "$av2025")"
for month in 01 02 03 04 05 06 07 08 09 10; do
  m budget spend "$beheer" --amount 20.833,33 --on 2026-$month-28 --supplier "Leverancier BV" --reference "F-2026-$month"
  m budget spend "$hosting" --amount 6.450 --on 2026-$month-15 --supplier "Hosting BV" --reference "H-2026-$month"
  m budget spend "$vva" --amount 6.000 --on 2026-$month-28 --supplier "Leverancier BV"
done
m budget spend "$door" --amount 32.500 --on 2026-06-30 --supplier "Bouwers BV" --reference "B-2026-1"
m budget spend "$advies" --amount 3.250 --on 2026-03-12 --supplier "Advocaten" --reference "A-77"

# 2027: the plan on the agenda of the AV of 2026-11-18 (40-votes.sh), approved when adopted.
m budget plan 2027 --goal "Aanbesteding hosting" --goal "CAMBO koppeling met studentinformatiesystemen"
m budget line add 2027 --description "Beheer CAMBO" --amount 260.000 --product CAMBO
m budget line add 2027 --description "Hosting" --amount 75.000 --product CAMBO
m budget line add 2027 --description "Aanbesteding" --amount 25.000
motion=$(q "SELECT m.id FROM motion m JOIN meeting g ON g.id = m.meeting WHERE g.date = '2026-11-18' AND m.kind = 'budget'")
if [[ -n $motion ]] && "$MBOV" vote tally "$motion" >/dev/null; then m budget approve 2027 --motion "$motion"; fi

# Roles (R-GOV-5): the general manager (no member contact), the product owners, the mailboxes
# (each the other's deputy), the FG from 50-dpia.sh, a functional manager per member (its first
# contact); info@ has no deputy yet: a warning.
m gov role assign general-manager --name "Gerard Manders" --email directeur@example.nl --from 2021-01-01
gm=$(q "SELECT person FROM role WHERE role = 'general-manager'")
po=$(q "SELECT person FROM contact ORDER BY id LIMIT 1 OFFSET 1")
m gov role assign product-owner "$po" --scope CAMBO --from 2022-01-01
m gov role assign product-owner "$po" --scope VVA --from 2022-01-01
m gov role assign mailbox-owner "$po" --scope support@ --deputy "$gm" --from 2022-01-01
m gov role assign mailbox-owner "$gm" --scope info@ --from 2022-01-01
q "SELECT c.member, min(c.person) FROM contact c WHERE c.role = 'contact' GROUP BY c.member ORDER BY c.member" |
  while IFS='|' read -r code person; do m gov role assign functional-manager "$person" --scope "$code" --from 2025-01-01; done

# Groups (R-GOV-6): every member's first contact in the community (members without a contact are
# findings), six in the expert group, four representatives in the working group.
q "SELECT min(id) FROM contact WHERE role = 'contact' GROUP BY member ORDER BY member" |
  while read -r contact; do m gov group join community "$contact" --from 2025-01-01; done
q "SELECT min(id) FROM contact WHERE role = 'contact' GROUP BY member ORDER BY member LIMIT 6" |
  while read -r contact; do m gov group join expert-group "$contact" --from 2025-01-01; done
q "SELECT min(id) FROM contact WHERE role = 'representative' GROUP BY member ORDER BY member LIMIT 4" |
  while read -r contact; do m gov group join working-group "$contact" --from 2025-01-01; done

# The board's meetings: four in 2025, three so far in 2026.
for day in 2025-01-20 2025-04-07 2025-09-08 2025-12-08 2026-02-02 2026-05-11 2026-09-14; do
  m vote meeting add --date "$day" --kind board --title "Bestuursvergadering"
done
echo "60-governance: PDC 0.9..3.0, budgets 2026/2027, fees, roles, groups, board meetings" >&2

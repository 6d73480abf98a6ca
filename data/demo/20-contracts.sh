#!/usr/bin/env bash
# Demo contracts (today 2026-11-25): the suppliers of CAMBO and VVA with their certificates (one
# running out within 60 days), a contract per product with yearly reviews and an extension (one
# late, one with a deviating notice period), and an older contract that ended under control.
# Fictional throughout.
set -euo pipefail
: "${MBOV:?}" "${MBOV_DB:?}"
m() { "$MBOV" "$@"; }

cambo=$(m contract supplier add "Aanmeldplatform Noord BV")
m contract cert add "$cambo" --standard ISAE3000 --valid-until 2025-06-30 --evidence "ISAE-3000 rapport 2024"
m contract cert add "$cambo" --standard ISO27001 --valid-until 2027-01-15 --evidence "certificaat NL-27001-4411"
m contract cert add "$cambo" --standard ISAE3402 --valid-from 2025-03-01 --valid-until 2028-02-29 \
  --evidence "ISAE-3402 type II rapport 2025"

vva=$(m contract supplier add "Vroeg Inschrijven Diensten BV")
m contract cert add "$vva" --standard ISAE3000 --valid-until 2028-03-31 --evidence "ISAE-3000 type II 2025"
m contract cert add "$vva" --standard OTHER --valid-until 2027-09-30 --evidence "SOC 2 rapport 2025" \
  --equivalence "SOC 2 Type II dekt dezelfde beheersmaatregelen als ISO 27002"

old=$(m contract supplier add "Oude Aanmelddiensten BV")
m contract cert add "$old" --standard ISO27001 --valid-until 2022-12-31

# CAMBO: the standard term, extended on time; the next review falls in the next 30 days.
c=$(m contract add --product CAMBO --supplier "$cambo" --start 2022-08-01 --tender "MBOV-2022-01")
m contract review "$c" --on 2023-07-10 --outcome compliant --notes "SLA-rapportages compleet"
m contract review "$c" --on 2024-07-05 --outcome deviations --notes "responstijd P2 twee keer overschreden"
m contract review "$c" --on 2025-12-10 --outcome compliant
m contract extend "$c" --on 2026-01-15 >/dev/null

# VVA: one extension and a longer notice period, a recorded deviation (R-CON-1); extended late.
v=$(m contract add --product VVA --supplier "$vva" --start 2023-01-01 --extensions 1 --notice-months 9 \
  --deviation-reason "migratie vraagt langere opzegtermijn; één verlenging tot de nieuwe aanbesteding" \
  --tender "MBOV-2022-02")
m contract review "$v" --on 2024-01-12 --outcome compliant
m contract review "$v" --on 2024-12-18 --outcome compliant --notes "vroeg, vóór de AV van december"
m contract review "$v" --on 2025-12-01 --outcome compliant
m contract extend "$v" --on 2026-04-15 2>/dev/null >/dev/null

# The predecessor of the CAMBO contract: terminated with an exit plan, ended.
o=$(m contract add --product CAMBO --supplier "$old" --start 2018-08-01)
m contract review "$o" --on 2019-07-01 --outcome compliant
m contract terminate "$o" --on 2022-01-20 --end 2022-07-31 --reason "opgevolgd door nieuwe aanbesteding" \
  --exit-plan "EXIT-2022-CAMBO"

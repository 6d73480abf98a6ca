#!/usr/bin/env bash
# Demo data protection: an officer (FG), the initial DPIAs of CAMBO and VVA (CAMBO's periodic
# DPIA comes due within dpia.warn_days of the demo's today, 2026-11-25), a DPIA of the fundamental
# change from the incidents demo, and the processing register of both products: CAMBO's states
# its hand-over (R-DPIA-6), VVA's does not yet, so dpia due warns on it. Fictional throughout.
set -euo pipefail
: "${MBOV:?}" "${MBOV_DB:?}"
m() { "$MBOV" "$@"; }

m dpia officer set "Femke Gerritsen" --email fg@example.nl --from 2024-01-01

# CAMBO: completed 2023-12-15, so the periodic one (36 months) is due 2026-12-15.
id=$(m dpia add --product CAMBO --kind initial --started 2023-09-01 --report "DMS-2023-041")
m dpia complete "$id" --on 2023-12-15 --outcome acceptable
id=$(m dpia add --product VVA --kind initial --started 2025-01-15 --report "DMS-2025-007")
m dpia complete "$id" --on 2025-04-10 --outcome mitigations \
  --measures "BSN gepseudonimiseerd; bewaartermijn aanmeldgegevens teruggebracht naar 12 maanden"

# The fundamental changes that dpia due names without a DPIA (the incidents demo has one).
{ m dpia due --format csv || true; } |
  awk -F, '$1 == "R-DPIA-1" && $3 ~ /^incident / && match($0, /change of [A-Za-z0-9]+/) {
    product = substr($0, RSTART + 10, RLENGTH - 10); sub("incident ", "", $3); print $3, product }' |
  while read -r change product; do
    m dpia add --product "$product" --kind change --change "$change" --started 2026-11-20 --report "DMS-2026-112"
  done

m dpia register add --product CAMBO --name "Centraal aanmelden" \
  --purpose "aanmelden van aspirant-studenten bij mbo-scholen" --legal-basis public-task \
  --subjects "aspirant-studenten, ouders of verzorgers" \
  --data "naam, geboortedatum, adres, e-mailadres, vooropleiding, gekozen opleiding" \
  --recipients "de gekozen mbo-school" --processors "Aanmeldsoft BV" \
  --retention "tot 1 jaar na de start van de opleiding" --security "versleuteling, MFA voor beheerders, logging" \
  --role processor --handover-system "studentadministratie van de school (ophalen via de koppeling)" \
  --handover-days 7
m dpia register add --product VVA --name "Vroegtijdig aanmelden" \
  --purpose "vroegtijdig aanmelden en doorverwijzen van vmbo-leerlingen" --legal-basis public-task \
  --subjects "vmbo-leerlingen" --data "naam, geboortedatum, school, leerweg" \
  --recipients "mbo-scholen in de regio" --processors "Aanmeldsoft BV; Cloudhost Inc." \
  --transfers "Verenigde Staten (support)" --safeguards "EU-VS Data Privacy Framework, modelcontractbepalingen" \
  --retention "12 maanden" --security "versleuteling, toegangsbeheer per school" --role processor
m dpia register add --name "Ledenadministratie" --purpose "contact met de leden en hun vertegenwoordigers" \
  --legal-basis legitimate-interests --subjects "contactpersonen en vertegenwoordigers van leden" \
  --data "naam, e-mailadres, telefoonnummer" --retention "12 maanden na het einde van de rol" \
  --security "mbov-database met beperkte toegang" --role controller

# Fixture of the dpia tests: the member and incident areas are built elsewhere, so their rows go
# straight into the schema's tables (lib/core/schema.cpp) after 'mbov init'. Source after common.bash.

# sql STATEMENTS: run them on the test database
sql() { sqlite3 "$MBOV_DB" "$1" || fail "fixture SQL failed: $1"; }

# dpia_world: a database with two members, CAMBO taken up by 12AB since 2025-09-01, and
# incidents 1 (a fundamental change of CAMBO), 2 (a disruption), 3 (a fundamental change of VVA).
dpia_world() {
  ok init
  sql "INSERT INTO member (code, name, city, contracting_authority, joined) VALUES
         ('12AB', 'ROC Voorbeeld', 'Utrecht', 1, '2025-01-01'),
         ('34CD', 'Vakcollege Proef', 'Zwolle', 1, '2025-01-01');
       INSERT INTO uptake (member, product, from_date) VALUES ('12AB', 'CAMBO', '2025-09-01');
       INSERT INTO incident (id, kind, title, product, priority, status, opened, respond_by, resolve_by, fundamental)
       VALUES (1, 'change', 'Nieuwe koppeling', 'CAMBO', 3, 'new', '2026-02-01T09:00:00Z', '2026-02-02T09:00:00Z', '2026-02-09T09:00:00Z', 1),
              (2, 'disruption', 'Traag', 'CAMBO', 2, 'new', '2026-02-01T09:00:00Z', '2026-02-01T11:00:00Z', '2026-02-02T09:00:00Z', 0),
              (3, 'change', 'Nieuw datamodel', 'VVA', 3, 'new', '2026-02-03T09:00:00Z', '2026-02-04T09:00:00Z', '2026-02-10T09:00:00Z', 1);"
}

# contact ID MEMBER NAME EMAIL SINCE UNTIL|NULL: a person and their contact role
contact() {
  local until=$6
  [[ $until == NULL ]] || until="'$until'"
  sql "INSERT INTO person (id, name, email) VALUES ($1, '$3', '$4');
       INSERT INTO contact (member, person, role, since, until) VALUES ('$2', $1, 'contact', '$5', $until);"
}

# a valid processing record of PRODUCT: register_args PRODUCT
register_args() {
  REG=(--product "$1" --name "Aanmelding $1" --purpose "aanmelden van studenten" --legal-basis public-task
       --subjects "aspirant-studenten" --data "naam, geboortedatum, vooropleiding" --retention "1 jaar na de aanmelding"
       --role processor)
}
# register_set OPTION VALUE: replace (or add) one option of REG
register_set() {
  local i
  for ((i = 0; i < ${#REG[@]}; i += 2)); do
    if [[ ${REG[i]} == "$1" ]]; then REG[i + 1]=$2; return; fi
  done
  REG+=("$1" "$2")
}

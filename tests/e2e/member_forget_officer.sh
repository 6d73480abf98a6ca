# mbov member forget: the data protection officer in office (or appointed) is not forgotten
# (R-DPIA-4, R-DPIA-5), like a person with an active contact role; a predecessor is.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01
ok init
ok dpia officer set "Femke Gerritsen" --email fg@example.nl --from 2024-01-01
ok dpia officer show --format json
json 'assert d["person"]==1'
unchanged_after 65 member forget 1
stderr_has "R-DPIA-5: person 1 still holds a role: role 1 (fg)"
stderr_has "mbov dpia officer set"
ok dpia officer set "Gert Opvolger" --email go@example.nl --from 2026-04-01
unchanged_after 65 member forget 1   # in office until 2026-04-01
unchanged_after 65 member forget 2   # appointed from 2026-04-01
stderr_has "person 2 still holds a role: role 2 (fg)"
export MBOV_TODAY=2026-04-01
ok member forget 1
stderr_has "erased person 1"
unchanged_after 65 member forget 2
pass

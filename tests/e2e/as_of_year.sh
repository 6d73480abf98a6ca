# R-GEN-1 as a property (as_of_year.py): a seeded random year (members join and leave, uptakes,
# confirmations, incidents opened, resolved and breaches reported, AV evenings with ballots, a
# budget approved, spending, contract reviews and a termination, DPIAs completed) in database A,
# and only what is dated up to D in database B; every check and report as of D reads the same on
# both. The seed is printed; a second argument replays one.
source "$(dirname "$0")/common.bash"
"$PY" "$SRC/tests/e2e/as_of_year.py" "$MBOV" "$T" ${2:-} || fail "as of a day: see the differences above"
pass

# Every way to call a check wrongly is UNKNOWN: exit 3 and a status line (or, with --format
# prometheus, mbov_check_status 3), never 64/65/66 (Monitoring Plugins: Nagios reads any other
# status as "out of bounds"). Each case also says on stderr what was wrong.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-11-25

# unknown ARGS... -- STDERR: exit 3, the status line first, the reason on stderr.
unknown() {
  local args=() reason
  while [[ $1 != -- ]]; do args+=("$1"); shift; done
  reason=$2
  expect 3 "${args[@]}"
  [[ $(head -n 1 "$OUT") =~ ^MBOV\ ALL\ UNKNOWN\ -\ .+ ]] || fail "'mbov ${args[*]}': no UNKNOWN status line"
  [[ $(wc -l <"$OUT") == 1 ]] || fail "'mbov ${args[*]}': more than the status line"
  stderr_has "$reason"
}

# No database, a database that is not one, one from a newer mbov.
unknown check -- "no database at"
unknown --db "$T/missing/x.db" check -- "no database at"
echo "not a database" >"$T/junk.db"
unknown --db "$T/junk.db" check -- "mbov: error:"
ok init
sqlite3 "$MBOV_DB" "PRAGMA user_version = 999"
unknown check -- "mbov: error:"
rm "$MBOV_DB"
ok init

# Arguments: an unknown option, an extra argument, bad global option values.
unknown check --bogus -- "--bogus"
unknown check extra -- "extra"
unknown check --sql extra -- "extra"
unknown --lang xx check -- "xx"
unknown check --lang xx -- "xx"
unknown --busy-timeout abc check -- "abc"
unknown --busy-timeout -1 check -- "--busy-timeout"
unknown --format xml check -- "xml"
unknown --today 2026-02-30 check -- "--today"
unknown --now yesterday check -- "--now"
unknown --config "$T/none.toml" check -- "none.toml"
printf 'x = \n' >"$T/bad.toml"
unknown --config "$T/bad.toml" check -- "bad.toml"
unknown check --db -- "--db"
MBOV_BUSY_TIMEOUT=soon unknown check -- "soon"
MBOV_LANG=xx unknown check -- "xx"

# In Dutch the reason is translated; the status line keeps its English keywords.
expect 3 --lang nl check --bogus
[[ $(head -n 1 "$OUT") == "MBOV ALL UNKNOWN - "* ]] || fail "no status line in Dutch"

# --format prometheus: the status series alone, every area UNKNOWN, for a usage error too.
for args in "check --bogus" "check extra" "--busy-timeout abc check" "--lang xx check" "--db $T/missing.db check"; do
  expect 3 --format prometheus $args
  stdout_has 'mbov_check_status{area="all"} 3'
  stdout_has 'mbov_check_status{area="gov"} 3'
  stdout_lacks "MBOV "
done
MBOV_FORMAT=prometheus expect 3 check --bogus
stdout_has 'mbov_check_status{area="all"} 3'

# --quiet: nothing on stdout, still 3.
expect 3 -q check --bogus
stdout_empty

# The group checks follow the same rule.
expect 3 member check extra
stdout_has "MBOV MEMBER UNKNOWN - "
expect 3 dpia due --bogus
stdout_has "MBOV DPIA UNKNOWN - "
# Other commands keep their usage status.
expect 64 member list --bogus
stdout_empty
# A good invocation still works, and --help is not an error.
run check
[[ $STATUS =~ ^[012]$ ]] || fail "check exited $STATUS"
ok check --help
pass

# Usage errors (64), --version, --help, global options before and after the subcommand.
source "$(dirname "$0")/common.bash"

expect 64 no-such-command
stderr_has "unknown command 'no-such-command'"
expect 64 no-such-command --help
stderr_has "mbov: error:"
expect 64 --no-such-flag init
expect 64 audit log --no-such-flag
expect 64 audit
stderr_has "mbov: error:"
expect 64
ok --version
stdout_has "mbov "
grep -q "schema [0-9]" "$OUT" || fail "--version lacks the schema version"
ok --help
for word in init config db audit check --db --config --today --now --actor --format --quiet MBOV_DB "Exit status"; do
  stdout_has "$word"
done
ok db --help
stdout_has backup

# Global options stand before or after the subcommand; environment variables work too.
ok --db "$T/a.db" init
[[ -f $T/a.db ]] || fail "--db before the subcommand was not used"
ok init --db "$T/b.db"
[[ -f $T/b.db ]] || fail "--db after the subcommand was not used"
MBOV_DB=$T/c.db ok init
[[ -f $T/c.db ]] || fail "MBOV_DB was not used"
# The XDG default
unset MBOV_DB
ok init
[[ -f $XDG_DATA_HOME/mbov/mbov.db ]] || fail "the default database is not under XDG_DATA_HOME"
export MBOV_DB=$T/mbov.db

# Bad global values are bad data (65), naming the option
ok init
expect 65 --today 2026-13-01 audit log
stderr_has "--today"
expect 65 --now yesterday audit log
stderr_has "--now"
expect 64 --format xml audit log
stderr_has "xml"
pass

# A policy file decides what mbov does (issue 24): one writable by every user, or that is not a
# regular file (a FIFO would block the start), is refused with 78 and the reason.
source "$(dirname "$0")/common.bash"
printf '[member]\npersonal_data_retention_months = 6\n' >"$T/policy.toml"
chmod 644 "$T/policy.toml"
ok --config "$T/policy.toml" config show
chmod 666 "$T/policy.toml"
expect 78 --config "$T/policy.toml" config show
stderr_has "writable by every user"
MBOV_CONFIG=$T/policy.toml expect 78 config show
chmod 664 "$T/policy.toml"
ok --config "$T/policy.toml" config show
mkfifo "$T/fifo.toml"
STATUS=0
timeout 10 "$MBOV" --config "$T/fifo.toml" config show >"$OUT" 2>"$ERR" || STATUS=$?
[[ $STATUS == 78 ]] || fail "a FIFO as --config exited $STATUS, want 78"
stderr_has "not a regular file"
mkdir "$T/dir.toml"
expect 78 --config "$T/dir.toml" config show
stderr_has "not a regular file"
pass

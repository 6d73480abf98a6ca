# The crontab lines README.md gives for node_exporter's textfile collector, run as cron runs them
# (sh, the crontab's variables in the environment) with every exit status mbov check has: OK,
# CRITICAL and UNKNOWN publish a new file (promtool-clean where promtool is installed); a crash
# or a status outside 0-3 keeps the last published file and leaves no partial one.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-11-25

# The crontab block of README.md: NAME=value lines and one schedule line.
sed -n '/^```crontab$/,/^```$/p' "$SRC/README.md" | sed '1d;$d' >"$T/crontab"
[[ -s $T/crontab ]] || fail "README.md has no crontab block"
cron_env=() command=
while IFS= read -r line; do
  if [[ $line =~ ^[A-Z_]+= ]]; then cron_env+=("$line")
  else command=$(echo "$line" | cut -d' ' -f6-)
  fi
done <"$T/crontab"
[[ $command == *"mbov check"* ]] || fail "no mbov check in the crontab line: $command"
dir=$T/textfile
mkdir -p "$dir" "$T/bin"
# The textfile directory of the test instead of node_exporter's.
for i in "${!cron_env[@]}"; do cron_env[$i]=${cron_env[$i]//\/var\/lib\/prometheus\/node-exporter/$dir}; done
prom=$dir/mbov.prom

# cron_run: the line under sh with cron's environment, `mbov` on PATH being $T/bin/mbov.
cron_run() { env -i PATH="$T/bin:/usr/bin:/bin" HOME="$HOME" MBOV_DB="$MBOV_DB" MBOV_TODAY="$MBOV_TODAY" \
  TZ="$TZ" "${cron_env[@]}" sh -c "$command" >"$T/cron.out" 2>&1; }
lint() {
  grep -q '^mbov_check_status{area="all"} '"$1"'$' "$prom" || fail "published status is not $1: $(cat "$prom")"
  if command -v promtool >/dev/null; then promtool check metrics <"$prom" || fail "promtool refused $prom"; fi
  ls "$dir" | grep -qv '^mbov.prom$' && fail "a temporary file was left: $(ls "$dir")"
  return 0
}
ln -s "$MBOV" "$T/bin/mbov"

# No database: UNKNOWN (3) is published.
cron_run
lint 3
# A new database: CRITICAL (2), no DPIA officer.
ok init
cron_run
lint 2
grep -q 'mbov_findings{area="dpia",rule="R-DPIA-4",severity="critical"} 1' "$prom" || fail "no R-DPIA-4 finding"
# A bad argument in the line is UNKNOWN too, and published.
cp "$prom" "$T/before"
MBOV_TODAY=2026-02-30 cron_run
lint 3
# A check that dies (signal) or exits outside 0-3 publishes nothing: the last file stays.
cp "$prom" "$T/before"
for status in 64 137; do
  printf '#!/bin/sh\necho "mbov_check_status{area=\\"all\\"} 0"\nexit %s\n' "$status" >"$T/bin/fake"
  chmod +x "$T/bin/fake"
  ln -sf "$T/bin/fake" "$T/bin/mbov"
  cron_run
  cmp -s "$prom" "$T/before" || fail "exit $status replaced the published file"
done
pass

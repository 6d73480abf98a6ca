# mbov config show/check: the built-in defaults, a file overriding key by key, bad files (78).
source "$(dirname "$0")/common.bash"

ok config show --format json
json 'v={r["key"]:r["value"] for r in d}; assert v["vote.threshold"]=="2/3" and v["vote.base"]=="present_or_advance" and v["contract.base_years"]==4 and v["incident.sla.p1.resolve_hours"]==4 and v["contract.certifications"]==["ISO27001","ISAE3000","ISAE3402"] and v["dpia.handover_max_days"]==14, v'
ok config show
stdout_has "vote.threshold"
ok config show --origin --format csv
stdout_has "contract.notice_months,6,default"

# A file overrides only what it names; --origin says where each value came from.
printf '# ours\n[contract]\nnotice_months = 3\n' >"$T/p.toml"
ok --config "$T/p.toml" config show --origin --format tsv
stdout_has "contract.notice_months	3	$T/p.toml:3"
stdout_has "contract.base_years	4	default"
MBOV_CONFIG=$T/p.toml ok config show --format json
json 'v={r["key"]:r["value"] for r in d}; assert v["contract.notice_months"]==3'
# The XDG default file is read when it exists.
mkdir -p "$XDG_CONFIG_HOME/mbov" && cp "$T/p.toml" "$XDG_CONFIG_HOME/mbov/policy.toml"
ok config show --format json
json 'v={r["key"]:r["value"] for r in d}; assert v["contract.notice_months"]==3'
rm "$XDG_CONFIG_HOME/mbov/policy.toml"

ok config check "$T/p.toml"
stdout_has "valid"
ok config check "$SRC/data/policy.toml"

bad() {  # bad NAME CONTENT WHERE: config check exits 78 naming file:line:column
  printf "$2" >"$T/$1.toml"
  expect 78 config check "$T/$1.toml"
  stderr_has "$T/$1.toml:$3"
  expect 78 --config "$T/$1.toml" config show
}
bad type '[contract]\nbase_years = "four"\n' 2:
bad typo '[vote]\ntreshold = "2/3"\n' 2:1
bad table '[contrat]\nbase_years = 4\n' 1:
bad threshold '[vote]\nthreshold = "3/2"\n' 2:
bad negative '[contract]\nnotice_months = -6\n' 2:
bad syntax '[vote\nthreshold = 1\n' 1:
stderr_has "mbov: error:"
expect 66 config check "$T/missing.toml"
pass

# One rule, one place: a DOMAIN.md rule id (R-XXX-n) is cited only in the lib/ folder that owns it
# (tests/layout/rule_owners.txt), apart from lib/report/, which cites the rules of what it shows,
# lib/core/schema.cpp and lib/core/policy.*, which describe every area's tables and policy keys,
# lib/app/checks.cpp, the registry of the rule ids each area's check reports (--format prometheus;
# e2e/check_prometheus.sh compares it with the areas' check.cpp), and the few split rules of tests/layout/rule_citations.allow.
set -uo pipefail
cd "${MBOV_SOURCE_DIR:-$(dirname "$0")/../..}"
declare -A owner=([MEM]=member [VOTE]=vote [CON]=contract [INC]=incident [DPIA]=dpia [FIN]=budget [GOV]=gov [GEN]=core)
declare -A exact allowed
while read -r rule folder _; do exact[$rule]=$folder; done < <(grep -v '^#' tests/layout/rule_owners.txt)
while read -r file rule _; do allowed["$file $rule"]=1; done < <(grep -v '^#' tests/layout/rule_citations.allow)
# Prints every citation under $1/lib that is outside its rule's folder.
misplaced() {
  local root=$1 file line rule area prefix want
  while IFS=: read -r file line rule; do
    file=${file#"$root"/}
    area=$(cut -d/ -f2 <<<"$file")
    case $file in lib/report/* | lib/core/schema.cpp | lib/core/policy.* | lib/app/checks.cpp) continue ;; esac
    prefix=$(cut -d- -f2 <<<"$rule")
    # R-GEN-1 (as of a day) and R-GEN-2 (records from a day) are general: each area applies them
    # to its own records; core/records.hpp holds the day the records begin.
    [[ $prefix == GEN ]] && continue
    want=${exact[$rule]:-${owner[$prefix]:-?}}
    [[ $area == "$want" || -n ${allowed["$file $rule"]:-} ]] && continue
    echo "$file:$line: cites $rule, which lib/$want/ owns"
  done < <(grep -rnoE 'R-[A-Z]+-[0-9]+' "$root/lib" --include='*.cpp' --include='*.hpp')
}
# First on planted files: a foreign rule in core and in an area, the owner's own and report's pass.
planted=$(mktemp -d)
trap 'rm -rf "$planted"' EXIT
mkdir -p "$planted"/lib/{core,budget,member,report}
echo '// R-MEM-4' >"$planted/lib/core/a.cpp"
echo '// R-CON-2' >"$planted/lib/budget/b.cpp"
echo '// R-MEM-4, R-VOTE-8' >"$planted/lib/member/c.cpp"
echo '// R-INC-7' >"$planted/lib/report/d.cpp"
[[ $(misplaced "$planted" | wc -l) == 2 ]] || { echo "the check did not find exactly the 2 planted citations"; exit 1; }
bad=0
out=$(misplaced .)
[[ -z $out ]] || { echo "$out"; bad=1; }
# The owners and the allowed citations must themselves exist: a stale line fails too.
while read -r file rule _; do
  grep -q -- "$rule" "$file" 2>/dev/null || { echo "rule_citations.allow: $file no longer cites $rule"; bad=1; }
done < <(grep -v '^#' tests/layout/rule_citations.allow)
exit $bad

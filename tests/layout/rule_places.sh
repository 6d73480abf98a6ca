# One rule, one place: a DOMAIN.md rule id (R-XXX-n) is cited only in the lib/ folder that owns it
# (tests/layout/rule_owners.txt), apart from lib/report/, which cites the rules of what it shows,
# lib/core/schema.cpp and lib/core/policy.*, which describe every area's tables and policy keys,
# and the few split rules of tests/layout/rule_citations.allow.
set -uo pipefail
cd "${MBOV_SOURCE_DIR:-$(dirname "$0")/../..}"
declare -A owner=([MEM]=member [VOTE]=vote [CON]=contract [INC]=incident [DPIA]=dpia [FIN]=budget [GOV]=gov [GEN]=core)
declare -A exact allowed
while read -r rule folder _; do exact[$rule]=$folder; done < <(grep -v '^#' tests/layout/rule_owners.txt)
while read -r file rule _; do allowed["$file $rule"]=1; done < <(grep -v '^#' tests/layout/rule_citations.allow)
bad=0
while IFS=: read -r file line rule; do
  area=$(cut -d/ -f2 <<<"$file")
  case $file in lib/report/* | lib/core/schema.cpp | lib/core/policy.*) continue ;; esac
  prefix=$(cut -d- -f2 <<<"$rule")
  want=${exact[$rule]:-${owner[$prefix]:-?}}
  [[ $area == "$want" || -n ${allowed["$file $rule"]:-} ]] && continue
  echo "$file:$line: cites $rule, which lib/$want/ owns"
  bad=1
done < <(grep -rnoE 'R-[A-Z]+-[0-9]+' lib --include='*.cpp' --include='*.hpp')
# The owners and the allowed citations must themselves exist: a stale line fails too.
while read -r file rule _; do
  grep -q -- "$rule" "$file" 2>/dev/null || { echo "rule_citations.allow: $file no longer cites $rule"; bad=1; }
done < <(grep -v '^#' tests/layout/rule_citations.allow)
exit $bad

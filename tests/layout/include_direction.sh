# One direction: lib/core knows no area, an area knows neither lib/app nor lib/report, lib/ knows
# nothing of cmd/. Levels: core 0; member, vote, contract, incident, dpia, budget, gov 1 (they may
# call each other); app 2 (what spans every area: the check registry); report 3; cmd/ above all.
# A file of lib/ includes only headers of its own level or below. The check first proves that it
# catches each kind of upward include, on planted files.
set -uo pipefail
cd "${MBOV_SOURCE_DIR:-$(dirname "$0")/../..}"
level() {
  case $1 in
    core) echo 0 ;;
    member | vote | contract | incident | dpia | budget | gov) echo 1 ;;
    app) echo 2 ;;
    report) echo 3 ;;
  esac
}
# Prints every upward include of the lib/ tree under $1.
upward() {
  local root=$1 file line include from target to
  while IFS=: read -r file line include; do
    from=$(cut -d/ -f2 <<<"${file#"$root"/}")
    target=$(sed -E 's/^#include ["<](mbov\/)?([^">]*)[">].*/\2/' <<<"$include")
    if [[ $target == */* ]]; then
      to=$(level "${target%%/*}")
      [[ -z $to && -e cmd/$target ]] && to=9
    elif [[ ! -e $(dirname "$file")/$target && -e cmd/$target ]]; then
      to=9  # a header of cmd/, by its bare name
    else
      continue
    fi
    [[ -n $to ]] && ((to > $(level "$from"))) && echo "${file#"$root"/}:$line: $include (level $to) from lib/$from"
  done < <(grep -rnE '^#include ("|<mbov/)' "$root/lib" --include='*.cpp' --include='*.hpp')
}
planted=$(mktemp -d)
trap 'rm -rf "$planted"' EXIT
mkdir -p "$planted"/lib/{core,member,report}
echo '#include <mbov/member/member.hpp>' >"$planted/lib/core/a.cpp"
echo '#include <mbov/report/report.hpp>' >"$planted/lib/member/b.cpp"
echo '#include "context.hpp"' >"$planted/lib/report/c.cpp"
found=$(upward "$planted" | wc -l)
[[ $found == 3 ]] || { echo "the check found $found of 3 planted upward includes"; upward "$planted"; exit 1; }
out=$(upward .)
[[ -z $out ]] || { echo "$out"; exit 1; }

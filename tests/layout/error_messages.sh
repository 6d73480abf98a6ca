# Each throw site builds its Message with msg(), rendered where the error is printed (issue 23):
# tools/error_messages.py, which turns an error's say(...) and tr(...) arguments into msg(...),
# finds nothing left to change. The check first proves that it catches such sites, on a planted
# file.
set -uo pipefail
cd "${MBOV_SOURCE_DIR:-$(dirname "$0")/../..}"
command -v python3 >/dev/null || { echo "no python3: skipped"; exit 77; }
tool=$PWD/tools/error_messages.py
planted=$(mktemp -d)
trap 'rm -rf "$planted"' EXIT
mkdir -p "$planted/lib/core"
for site in 'throw Error(Exit::data, tr("no such thing"))' 'fail_data(say("no {}", 1), {}, "hint")'; do
  printf '#include "core/a.hpp"\nvoid f() { %s; }\n' "$site" >"$planted/lib/core/a.cpp"
  (cd "$planted" && python3 "$tool" --check >/dev/null) && { echo "the check missed the planted $site"; exit 1; }
done
out=$(python3 "$tool" --check) || {
  echo "throw sites that render their text at once (python3 tools/error_messages.py changes them):"
  echo "$out"
  exit 1
}
echo "ok"

# The AV evening of mbov-vote(1)'s EXAMPLES, taken verbatim from the man page and run.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_fixture.bash"
command -v jq >/dev/null || { echo "skip: no jq"; exit 77; }

ok init
members 25LZ 26AB 27CD 28EF 29GH
# The first .nf/.fi block after "A whole AV evening", roff escapes undone.
sed -n '/^A whole AV evening/,/^\.fi/p' "$SRC/man/mbov-vote.1" | sed -n '/^\.nf/,/^\.fi/p' |
  grep -v '^\.\(nf\|fi\|RS\|RE\)' | sed -e 's/\\-/-/g' -e 's/\\(mu/×/g' -e 's/\\(>=/≥/g' -e 's/\\e$/\\/' -e 's/\\\\/\\/g' >"$T/evening.sh"
grep -q 'vote close' "$T/evening.sh" || fail "no evening example in man/mbov-vote.1"
mkdir -p "$T/av"
( cd "$T/av" && mbov() { "$MBOV" "$@"; } && set -e && source "$T/evening.sh" ) >"$OUT" 2>"$ERR" ||
  fail "the evening example of mbov-vote(1) failed"
stdout_has "PDC 3.1 aangenomen"
rule="no consensus (1 no); threshold 2/3 of base 3 (members present or voting in advance) requires 2 yes (R-VOTE-4); 2 yes, 1 no, 0 abstain: 2×3 ≥ 2×3, margin +0; adopted"
[[ $(grep -cxF "$rule" "$OUT") == 2 ]] || fail "the stored and the streamed rule of the PDC differ"
stdout_has "missing"
stderr_has "replaces the advance ballot"
grep -qF "| 28EF | Lid 28EF | true | yes | false |" "$T/av/notulen.md" || fail "notulen.md lacks the named vote"
grep -qF 'data-status="adopted"' "$T/av/av-scherm.html" || fail "the screen's page of the evening lacks the adopted budget"
export MBOV_TODAY=2026-11-18
ok vote tally 1 --format json
json 'assert (d["base"],d["present_count"],d["advance_count"],d["yes"],d["no"],d["abstain"])==(5,4,1,4,0,1) and d["consensus"] and d["adopted"] and d["stored"]'
ok audit log --entity ballot --format json
json 'a=[x["action"] for x in d]; assert "replace" in a and "withdraw" in a'
ok audit log --entity meeting --format json
json 'assert any(x["action"]=="leave" and "trein" in str(x["details"]) for x in d)'
pass

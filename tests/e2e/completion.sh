# mbov completion bash|zsh|fish: every command group and every subcommand that --help lists is in
# each script; bash completes subcommands, options, --format values and member codes from the
# database; an unknown shell is a usage error.
source "$(dirname "$0")/common.bash"
ok init
ok member add 25LZ --name "ROC Voorbeeld" --contracting-authority

# The subcommands --help lists, for mbov and for each group (CLI11's "Subcommands:" section).
subcommands() { "$MBOV" "$@" --help | awk '/^Subcommands:/ {on=1; next} /^[^ ]/ {on=0} on && /^  [a-z]/ {print $1}'; }
groups=$(subcommands)
[[ $(wc -w <<<"$groups") -ge 10 ]] || fail "--help lists too few commands: $groups"
for shell in bash zsh fish; do
  ok completion "$shell"
  cp "$OUT" "$T/$shell"
  for g in $groups; do
    grep -qw -- "$g" "$T/$shell" || fail "$shell completion lacks command $g"
    for sub in $(subcommands "$g"); do
      grep -q -- "'$g $sub'" "$T/$shell" || fail "$shell completion lacks $g $sub"
    done
  done
done
bash -n "$T/bash" || fail "the bash script does not parse"
if command -v zsh >/dev/null; then zsh -n "$T/zsh" || fail "the zsh script does not parse"; fi
if command -v fish >/dev/null; then fish -n "$T/fish" || fail "the fish script does not parse"; fi

# complete WORDS...: what bash offers for the last word.
complete_words() {
  PATH=$(dirname "$MBOV"):$PATH bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _mbov; printf "%s\n" "${COMPREPLY[@]}"' _ "$T/bash" "$@"
}
[[ $(complete_words mbov mem) == member ]] || fail "'mbov mem' does not complete to member"
complete_words mbov member "" | grep -x list >/dev/null || fail "'mbov member' does not offer list"
complete_words mbov member contact "" | grep -x add >/dev/null || fail "'mbov member contact' does not offer add"
complete_words mbov member list --fo | grep -x -- --format >/dev/null || fail "options of member list lack --format"
complete_words mbov contract due --with | grep -x -- --within >/dev/null || fail "options of contract due lack --within"
[[ $(complete_words mbov --format pro) == prometheus ]] || fail "--format values are not completed"
complete_words mbov member show "" | grep -x 25LZ >/dev/null || fail "member show does not offer member codes"

unchanged_after 64 completion tcsh
stderr_has "unknown shell 'tcsh'"
pass

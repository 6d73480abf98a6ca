# mbov completion bash|zsh|fish, driven in the real shells: bash (COMP_WORDS and the _mbov
# function, as readline calls it), zsh -f under compinit in a pseudo-terminal (zpty, the script
# both autoloaded as _mbov from $fpath and sourced with `source <(mbov completion zsh)`), fish
# (complete -C). Each completes subcommands, every option, option values (formats, dialects,
# languages, --db files; statuses, kinds, roles, vote choices: the words of the area's set), member
# and product codes from the database, and nothing at all for a date. A shell that is not
# installed skips (77) with the reason.
source "$(dirname "$0")/common.bash"
ok init
ok member add 25LZ --name "ROC Voorbeeld" --contracting-authority
ok member add 01E5 --name "ROC Nul" --contracting-authority
mkdir -p "$T/files" "$T/fpath"
touch "$T/files/mbov.db" "$T/files/other.db"
export PATH=$(dirname "$MBOV"):$PATH
"$MBOV" completion bash >"$T/bash" && "$MBOV" completion zsh >"$T/fpath/_mbov" && "$MBOV" completion fish >"$T/fish" ||
  fail "completion scripts not written"
bash -n "$T/bash" || fail "the bash script does not parse"

# offers SHELL LINE: what SHELL offers for the last word of LINE (a line ending in a space: a new word).
offers() {
  case $1 in
    bash)
      local words
      read -ra words <<<"$2"
      [[ $2 == *" " ]] && words+=("")
      bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _mbov; printf "%s\n" "${COMPREPLY[@]}"' _ "$T/bash" "${words[@]}" ;;
    zsh) timeout 20 zsh -f "$SRC/tests/e2e/zsh_capture.zsh" "fpath=($T/fpath \$fpath); autoload -U compinit; compinit -u -D" "$2" ;;
    zsh-source) timeout 20 zsh -f "$SRC/tests/e2e/zsh_capture.zsh" "autoload -U compinit; compinit -u -D; source <(mbov completion zsh)" "$2" ;;
    fish) fish -N -c "source $T/fish; complete -C '$2'" | cut -f1 ;;
  esac | sort -u
}
# has SHELL LINE WORD...: each WORD is offered; lacks SHELL LINE WORD...: none is.
has() {
  local shell=$1 line=$2 got; shift 2
  got=$(offers "$shell" "$line")
  for w in "$@"; do grep -qxF -- "$w" <<<"$got" || fail "$shell: '$line<TAB>' lacks '$w' (offers: $(echo $got))"; done
}
is_empty() {
  local got; got=$(offers "$1" "$2")
  [[ -z $got ]] || fail "$1: '$2<TAB>' should offer nothing, offers: $(echo $got)"
}
exactly() {
  local got; got=$(offers "$1" "$2")
  [[ $(echo $got) == "$3" ]] || fail "$1: '$2<TAB>' offers '$(echo $got)', want '$3'"
}

# The same expectations in every shell there is.
shells=(bash)
command -v zsh >/dev/null && shells+=(zsh zsh-source) || echo "note: zsh is not installed (scripts/build installs it)"
command -v fish >/dev/null && shells+=(fish) || echo "note: fish is not installed (scripts/build installs it)"
for sh in "${shells[@]}"; do
  exactly "$sh" "mbov mem" member
  has "$sh" "mbov " member vote contract incident dpia budget gov report check audit db completion
  has "$sh" "mbov member contact " add list confirm
  # Options: the command's and the global ones.
  has "$sh" "mbov vote cast --" --advance --at --db --format --lang --csv-dialect --today --help
  has "$sh" "mbov contract due --with" --within
  # Option values.
  has "$sh" "mbov --format " json csv prometheus
  exactly "$sh" "mbov --format pro" prometheus
  exactly "$sh" "mbov member list --csv-dialect " "excel rfc"
  exactly "$sh" "mbov --lang " "en nl"
  has "$sh" "mbov incident update 1 --status " acknowledged in-progress resolved closed
  has "$sh" "mbov contract list --status " active ending ended
  has "$sh" "mbov incident open --kind " disruption breach
  has "$sh" "mbov dpia add --kind " initial periodic audit
  has "$sh" "mbov member contact add 25LZ --role " contact representative
  has "$sh" "mbov gov role assign " general-manager fg
  # The areas' own words (issue 23): every word of the set, and only those the option takes.
  exactly "$sh" "mbov incident escalate 1 --to " "strategic tactical"
  exactly "$sh" "mbov incident update 1 --status " "acknowledged closed in-progress resolved"
  exactly "$sh" "mbov contract list --status " "active ended ending planned"
  exactly "$sh" "mbov gov document add pdc --status " "draft for-approval"
  exactly "$sh" "mbov vote meeting add --kind " "av board"
  exactly "$sh" "mbov contract review 1 --outcome " "compliant deviations"
  has "$sh" "mbov dpia register add --legal-basis " consent public-task legitimate-interests
  # A vote: motion id, then a member code, then the choice.
  exactly "$sh" "mbov vote cast 1 25LZ " "abstain no yes"
  exactly "$sh" "mbov vote cast 1 " "01E5 25LZ"
  # Codes from the database, also from the --db on the line.
  exactly "$sh" "mbov member show " "01E5 25LZ"
  exactly "$sh" "mbov member show 0" "01E5"
  has "$sh" "mbov member list --product " CAMBO VVA
  is_empty "$sh" "mbov --db $T/files/other.db member show "
  # Files for --db; nothing at all for a date, a new code, a name.
  # (zsh's _files adds the folder as a prefix of its own: the matches are the names.)
  [[ $(offers "$sh" "mbov --db $T/files/" | xargs -n1 basename | xargs) == "mbov.db other.db" ]] ||
    fail "$sh: --db does not complete file names: $(offers "$sh" "mbov --db $T/files/" | xargs)"
  is_empty "$sh" "mbov --today "
  is_empty "$sh" "mbov member list --today "
  is_empty "$sh" "mbov incident open --at "
  is_empty "$sh" "mbov member add "
done
# --opt=value: bash splits it at '=' (COMP_WORDS: --format = js); zsh and fish keep the word.
exactly bash "mbov --format = js" json
has bash "mbov --format = " json csv
for sh in "${shells[@]:1}"; do exactly "$sh" "mbov --format=js" --format=json; done
# No database: no codes, no error.
is_empty bash "mbov --db $T/none.db member show "
[[ ! -e $T/none.db ]] || fail "completion created a database"

unchanged_after 64 completion tcsh
stderr_has "unknown shell 'tcsh'"
((${#shells[@]} == 4)) || { echo "skip: zsh or fish is missing; bash passed"; exit 77; }
pass

# zsh -f capture.zsh SETUP LINE: types LINE and TAB in an interactive `zsh -f` under compinit (in a
# pseudo-terminal, zpty) after running SETUP there, and prints the matches completion offered, one a line.
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PROMPT=''; PS2=''; unsetopt zle_bracketed_paste 2>/dev/null; $1"
zpty -w z 'bindkey "^I" complete-word; zstyle ":completion:*" list-grouped false; zstyle ":completion:*" insert-tab false
compadd() {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
  local -a __hits
  builtin compadd -A __hits "$@"
  local h; for h in "${__hits[@]}"; do print -r -- "MATCH:$h"; done
  builtin compadd "$@"
}
comppostfuncs=(__done); __done() { print -r -- "DONE:"; exit }
print -r -- READY:'
while zpty -r z line; do [[ $line == READY:* ]] && break; done
zpty -w -n z "$2"$'\t'
while zpty -r z line; do
  line=${line%$'\r'}; line=${line%$'\n'}; line=${line%$'\r'}
  [[ $line == *DONE:* ]] && break
  [[ $line == *MATCH:* ]] && print -r -- "${line#*MATCH:}"
done

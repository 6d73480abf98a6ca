# A catalogue is input like any other (issue 24): one that is not a regular file or is too large
# (/dev/zero) is no catalogue, and a translation whose replacement fields differ from its
# message's ({0:>2000000000}, an extra {}) is ignored: English is used, the real error is kept.
source "$(dirname "$0")/common.bash"
command -v msgfmt >/dev/null || { echo "skip: msgfmt missing"; exit 77; }
export MBOV_DB=$T/none.db
mkdir -p "$T/loc/nl/LC_MESSAGES"
export MBOV_LOCALEDIR=$T/loc
ln -s /dev/zero "$T/loc/nl/LC_MESSAGES/mbov.mo"
expect 66 --lang nl member list
stderr_has "no database at $T/none.db"
rm "$T/loc/nl/LC_MESSAGES/mbov.mo"
head -c $((5 << 20)) /dev/zero >"$T/loc/nl/LC_MESSAGES/mbov.mo"
expect 66 --lang nl member list
stderr_has "no database at"
cat >"$T/hostile.po" <<'PO'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

msgid "no database at {}"
msgstr "geen database op {0:>2000000000}"

msgid "create it with 'mbov init', or point --db / MBOV_DB at it"
msgstr "maak hem met 'mbov init' {} {}"

msgid "{} is not a file"
msgstr "{} is geen bestand"
PO
msgfmt -o "$T/loc/nl/LC_MESSAGES/mbov.mo" "$T/hostile.po" || fail "msgfmt failed"
expect 66 --lang nl member list
stderr_has "no database at $T/none.db"
stderr_has "create it with 'mbov init'"
# A translation with its message's fields is used.
mkdir -p "$T/dir.db"
expect 66 --lang nl --db "$T/dir.db" member list
stderr_has "$T/dir.db is geen bestand"
pass

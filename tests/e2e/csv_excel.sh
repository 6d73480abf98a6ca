# --csv-dialect excel / MBOV_CSV_DIALECT: what a Dutch spreadsheet opens: a UTF-8 byte order mark,
# `;` between fields (quoted when a value holds one), CRLF; JSON and tsv do not change; a bad dialect is 64.
source "$(dirname "$0")/common.bash"
ok init
ok member add 25LZ --name "ROC Voorbeeld; Noord" --city Utrecht --contracting-authority
ok member list --format csv
rfc=$(cat "$OUT")
ok member list --format csv --csv-dialect excel
head -c 3 "$OUT" | cmp -s - <(printf '\xEF\xBB\xBF') || fail "no byte order mark"
grep -q $'^\xEF\xBB\xBFcode;name;city;' "$OUT" || fail "the header is not ;-separated"
stdout_has '25LZ;"ROC Voorbeeld; Noord";Utrecht;'
! grep -q $'[^\r]$' "$OUT" || fail "a line does not end in CRLF"
MBOV_CSV_DIALECT=excel run member list --format csv
head -c 3 "$OUT" | cmp -s - <(printf '\xEF\xBB\xBF') || fail "MBOV_CSV_DIALECT=excel is not excel"
MBOV_CSV_DIALECT=excel run member list --format csv --csv-dialect rfc
[[ $(cat "$OUT") == "$rfc" ]] || fail "--csv-dialect rfc does not override MBOV_CSV_DIALECT"
ok member list --format json --csv-dialect excel
json 'assert d[0]["name"] == "ROC Voorbeeld; Noord"'
ok member show 25LZ --format csv --csv-dialect excel
stdout_has 'code;name;city'
unchanged_after 64 member list --format csv --csv-dialect lotus
stderr_has "unknown CSV dialect 'lotus' (want rfc or excel)"
pass

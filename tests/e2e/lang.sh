# The language of human output: --lang, MBOV_LANG, LC_ALL / LC_MESSAGES / LANG (the first set), else
# English; Dutch without any nl_NL locale generated. Labels (not field names) and Dutch dates
# in table, text and markdown; JSON keys, CSV headers and exit statuses never change.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-11-25
ok init
ok member add 25LZ --name "ROC Voorbeeld" --contracting-authority
unset LC_ALL

ok --lang nl member list
stdout_has "CODE  NAAM"
stdout_has "AANBESTEDENDE DIENST"
stdout_has "25 november 2026"
stdout_lacks "2026-11-25"
ok --lang en member list
stdout_has "CONTRACTING AUTHORITY"
stdout_has "2026-11-25"
stdout_lacks "CONTRACTING_AUTHORITY"
ok --lang nl member show 25LZ
stdout_has "lid sinds:"
ok --lang nl member show 25LZ --format markdown
stdout_has "| veld | waarde |"
MBOV_LANG=nl run member list && stdout_has "NAAM"
LANG=nl_NL.UTF-8 run member list && stdout_has "NAAM"
LC_MESSAGES=nl_NL.UTF-8 LANG=en_GB.UTF-8 run member list && stdout_has "NAAM"
LC_ALL=C.UTF-8 LANG=nl_NL.UTF-8 run member list && stdout_has "NAME"
LANG=nl_NL.UTF-8 run --lang en member list && stdout_has "NAME"
LANG=nl_NL.UTF-8 MBOV_LANG=en run member list && stdout_has "NAME"

# Data formats keep their field names and ISO dates.
ok --lang nl member list --format json
json 'assert d[0]["contracting_authority"] is True and d[0]["joined"] == "2026-11-25"'
ok --lang nl member list --format csv
[[ $(head -n 1 "$OUT") == code,name,city,contracting_authority,* ]] || fail "a CSV header changed with the language"
# Every check's findings, too: English in json and csv, Dutch in the table.
json_same_in_dutch 2 check
expect 2 --lang nl check --format csv
cp "$OUT" "$T/dutch.csv"
expect 2 --lang en check --format csv
cmp -s "$OUT" "$T/dutch.csv" || fail "check --format csv changed with the language"
expect 2 --lang nl check
stdout_has "CRITICAL R-MEM-3 member: lid 25LZ: 0 contactpersonen, minstens 1 vereist"

# Messages, hints and check lines; the same exit statuses.
expect 66 --lang nl --db "$T/missing.db" member list
stderr_has "mbov: error: geen database op $T/missing.db"
stderr_has "mbov: hint: maak hem met 'mbov init'"
unchanged_after 65 --lang nl --today 2026-13-01 member list
stderr_has "ongeldige datum voor --today: '2026-13-01' (die maand bestaat niet)"
stderr_has "mbov: hint: schrijf een datum als JJJJ-MM-DD"
unchanged_after 65 --lang nl vote show abc
stderr_has "MOTION: 'abc' is geen positief geheel getal"
unchanged_after 64 --lang nl member list --format xml
stderr_has "onbekend formaat 'xml'"
ok --lang nl contract due
stdout_is "MBOV CONTRACT OK - niets te doen | critical=0;;;0 warning=0;;;0 contracts=0"
ok --lang nl --help
stdout_has "Algemene opties"
unchanged_after 64 --lang fr member list
stderr_has "unknown language 'fr' (want nl or en)"

# The readers' messages (CSV, ballots, the policy file) are Dutch too.
printf 'motion,member,choice\n' >"$T/empty.csv"
: >"$T/nothing.csv"
expect 65 --lang nl vote tally --ballots "$T/nothing.csv"
stderr_has "leeg bestand, een kopregel verwacht"
printf '[vote]\nthreshold = "1/0"\n' >"$T/bad.toml"
expect 78 --lang nl --config "$T/bad.toml" config show
stderr_has "heeft een noemer nul"

# HTML lang follows.
ok --lang nl report weekly --format html
stdout_has '<html lang="nl">'
ok report weekly --format html
stdout_has '<html lang="en">'
pass

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
stdout_has "CRITICAL R-MEM-3 leden: lid 25LZ: 0 contactpersonen, minstens 1 vereist"

# Messages, hints and check lines; the same exit statuses.
expect 66 --lang nl --db "$T/missing.db" member list
stderr_has "mbov: fout: geen database op $T/missing.db"
stderr_has "mbov: tip: maak hem met 'mbov init'"
unchanged_after 65 --lang nl --today 2026-13-01 member list
stderr_has "ongeldige datum voor --today: '2026-13-01' (die maand bestaat niet)"
stderr_has "mbov: tip: schrijf een datum als JJJJ-MM-DD"
unchanged_after 65 --lang nl vote show abc
stderr_has "MOTIE: 'abc' is geen positief geheel getal"
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

printf '[contract]\nbase_years = "four"\n[vote]\nsize = 3\n' >"$T/types.toml"
expect 78 --lang nl --config "$T/types.toml" config show
stderr_has "contract.base_years: een geheel getal verwacht, kreeg een tekst"
expect 78 --lang nl config check "$T/types.toml"
stderr_has "een geheel getal verwacht, kreeg een tekst"
printf '[vote]\nsize = 3\n' >"$T/unknown.toml"
expect 78 --lang nl config check "$T/unknown.toml"
stderr_has "onbekende sleutel 'vote.size'; is 'board.size' bedoeld?"
printf '[member]\ncontacts_min = 3\n' >"$T/order.toml"
expect 78 --lang nl config check "$T/order.toml"
stderr_has "is groter dan member.contacts_preferred (2, uit de standaardwaarden)"
ok --lang nl config check
stdout_is "ingebouwde standaardwaarden: geldig"
ok --lang en config check
stdout_is "built-in defaults: valid"
printf '[board]\nsize = 5\n' >"$T/good.toml"
ok --lang nl config check "$T/good.toml"
stdout_is "$T/good.toml: geldig"
ok --lang nl --config "$T/good.toml" config show --origin
stdout_has "standaard"
stdout_has "$T/good.toml:2"
json_same_in_dutch 0 --config "$T/good.toml" config show --origin
ok --lang nl --config "$T/good.toml" config show --origin --format csv
stdout_has "vote.threshold,2/3,default"

# CLI11's own words: the help and its parse errors, with the same exit statuses; English as CLI11 writes it.
ok --lang nl member --help
stdout_has "Gebruik: mbov member [OPTIES] OPDRACHT"
stdout_has "toon deze hulptekst en stop"
stdout_has "Opdrachten:"
stdout_lacks "Usage"
stdout_lacks "Options:"
ok --lang nl member add --help
stdout_has "--name TEKST VERPLICHT"
stdout_has "Argumenten:"
ok --lang nl --help
stdout_has "--db TEKST (Omgeving:MBOV_DB)"
stdout_has "--version                   toon de versie en stop"
stdout_lacks "Print this help"
MBOV_LANG=nl run member --help && stdout_has "Gebruik:"
LANG=nl_NL.UTF-8 run member --help && stdout_has "Gebruik:"
ok member --help
stdout_has "Usage: mbov member [OPTIONS] SUBCOMMAND"
stdout_has "Print this help message and exit"
unchanged_after 64 --lang nl member
stderr_has "mbov: fout: Er is een opdracht vereist"
unchanged_after 64 --lang nl member list extra
stderr_has "mbov: fout: Dit argument werd niet verwacht: extra"
unchanged_after 64 --lang nl member add 99XX
stderr_has "mbov: fout: --name is verplicht"
unchanged_after 64 --lang nl member add 99XX --name
stderr_has "mbov: fout: --name: 1 vereiste TEKST ontbreekt"
unchanged_after 65 --lang nl contract list --status foo
stderr_has "mbov: fout: --status: foo is niet een van {planned,active,ending,ended}"
unchanged_after 65 --lang nl report charges 1800
stderr_has "mbov: fout: JAAR: waarde 1800 ligt niet tussen 1900 en 9998"
unchanged_after 65 --lang nl member list --all=maybe
stderr_has "mbov: fout: Kan niet omzetten: --all = maybe"
# Each usage error is made once from the parser's state (cmd/cli_text.cpp): a positional's name
# reads as --help shows it, and a sentence of CLI11 is whole Dutch.
unchanged_after 64 --lang nl member list extra more
stderr_has "mbov: fout: Deze argumenten werden niet verwacht: more extra"
unchanged_after 64 --lang nl vote cast
stderr_has "mbov: fout: MOTIE is verplicht"
unchanged_after 64 --lang nl vote tally 1 --ballots x.csv
stderr_has "mbov: fout: MOTIE sluit --ballots uit"
unchanged_after 64 --lang nl incident notify 1
stderr_has "mbov: fout: Precies 1 optie uit [--authority,--members,--subjects,--no-risk] is verplicht"
unchanged_after 64 --lang nl incident notify 1 --members --subjects
stderr_has "mbov: fout: Precies 1 optie uit [--authority,--members,--subjects,--no-risk] is verplicht en er zijn er 2 gegeven"
unchanged_after 64 --lang nl member list --format json --format csv
stderr_has "mbov: fout: --format: hoogstens 1 toegestaan, maar 2 gekregen"
unchanged_after 65 --lang nl vote cast 0 25LZ yes
stderr_has "mbov: fout: MOTIE: '0' is geen positief geheel getal"
unchanged_after 65 --lang nl --busy-timeout soon member list
stderr_has "mbov: fout: Kan niet omzetten: --busy-timeout = soon"
unchanged_after 64 incident notify 1 --members --subjects
stderr_has "mbov: error: Exactly 1 option from [--authority,--members,--subjects,--no-risk] is required and 2 were given"
unchanged_after 64 member list extra
stderr_has "mbov: error: The following argument was not expected: extra"
unchanged_after 64 member add 99XX --name
stderr_has "mbov: error: --name: 1 required TEXT missing"
unchanged_after 65 report charges 1800
stderr_has "mbov: error: YEAR: Value 1800 not in range 1900 to 9998"

# A vote in Dutch: the tally's rule and its booleans read Dutch for people (ja/nee, not
# true/false), every field has a label; the JSON's rule stays the English the AV's scripts read.
ok vote meeting add --date 2026-11-25 --title "AV"
ok vote attend 1 25LZ --at 2026-11-25T09:00
ok vote motion add 1 --title "Begroting"
ok vote cast 1 25LZ yes --at 2026-11-25T09:30
ok vote close 1 --at 2026-11-25T10:00
ok --lang nl vote tally 1
stdout_has "consensus (minstens één stem voor en geen bezwaar) (R-VOTE-3); 1 voor, 0 tegen, 0 onthouding, grondslag 1 (leden aanwezig of vooraf gestemd); aangenomen"
grep -qE "^aangenomen: +ja$" "$OUT" || fail "aangenomen: ja"
grep -qE "^vastgelegd: +ja$" "$OUT" || fail "vastgelegd: ja"
grep -qE "^herhaald door: +\(geen\)$" "$OUT" || fail "herhaald door"
stdout_lacks "true"
stdout_lacks "repeated"
ok --lang en vote tally 1
stdout_has "consensus (at least one yes and no objection) (R-VOTE-3); 1 yes, 0 no, 0 abstain, base 1 (members present or voting in advance); adopted"
grep -qE "^adopted: +true$" "$OUT" || fail "adopted: true"
grep -qE "^repeated by: +\(none\)$" "$OUT" || fail "repeated by"
ok --lang nl vote tally 1 --format markdown
stdout_has "| regel | consensus (minstens één stem voor"
stdout_has "| aangenomen | ja |"
ok --lang nl vote tally 1 --format csv
stdout_has "true"
stdout_has "(members present or voting in advance); adopted"
json_same_in_dutch 0 vote tally 1
json 'assert d["rule"].startswith("consensus (at least one yes and no objection)") and d["adopted"] is True'
json_same_in_dutch 0 vote show 1
ok --lang nl vote motion list
stdout_has "AANGENOMEN  HERHAALT"
stdout_lacks "REPEATS"
json_same_in_dutch 0 vote motion list
ok --lang nl report minutes 1 --format html
stdout_has "<td>consensus (minstens één stem voor en geen bezwaar) (R-VOTE-3); 1 voor, 0 tegen"
stdout_has "<td>ja</td>"
printf 'member,choice\n25LZ,no\n' >"$T/ballots.csv"
expect 1 --lang nl vote tally --ballots "$T/ballots.csv" --present-count 1
stdout_has "geen consensus (geen stem voor); drempel 2/3 van grondslag 1 (leden aanwezig of vooraf gestemd) vereist 1 voor (R-VOTE-4); 0 voor, 1 tegen, 0 onthouding: 0×3 < 2×1, marge -1; niet aangenomen"
grep -qE "^aangenomen: +nee$" "$OUT" || fail "aangenomen: nee"
json_same_in_dutch 1 vote tally --ballots "$T/ballots.csv" --present-count 1

# A breach's notification steps in the timeline read Dutch; the JSON keeps the recorded words.
ok incident open --kind breach --title "Lijst gemaild" --priority 1 --at 2026-11-20T10:00
breach=$(new_id)
ok incident notify "$breach" --members --at 2026-11-20T11:00
ok --lang nl incident show "$breach"
stdout_has "leden geïnformeerd"
stdout_lacks "members informed"
grep -qE "^fundamenteel: +nee$" "$OUT" || fail "fundamenteel: nee"
json_same_in_dutch 0 incident show "$breach"
json 'assert d["timeline"][-1]["detail"] == "members informed"'

# HTML lang follows.
ok --lang nl report weekly --format html
stdout_has '<html lang="nl">'
ok report weekly --format html
stdout_has '<html lang="en">'
pass

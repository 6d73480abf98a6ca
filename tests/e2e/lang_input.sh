# Dutch input (issue 25): the CSV readers take Dutch column names (the labels of Dutch tables),
# ja/nee wherever a yes/no cell is read, and pass over rows that are empty after trimming (Dutch
# Excel's ";;" rows); a row with a value is still checked, and a bad file changes nothing.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01
ok init
# Members: Dutch Excel (';', a byte order mark, CRLF), Dutch headers, ja/nee, empty rows.
printf '\xEF\xBB\xBFCode;Naam;Plaats;Aanbestedende dienst;Lid sinds\r\n25LZ;ROC Voorbeeld;Utrecht;ja;2025-01-01\r\n;;;;\r\n30AB;Vakcollege;Zwolle;Ja;2025-02-01\r\n ; ;;;\r\n;;;;\r\n' >"$T/leden.csv"
ok member import "$T/leden.csv"
ok member list --format json
json 'assert [m["code"] for m in d] == ["25LZ", "30AB"] and all(m["contracting_authority"] for m in d) and d[0]["city"] == "Utrecht"'
printf 'code;naam;aanbestedende_dienst\r\n40CD;Geen;nee\r\n' >"$T/nee.csv"
unchanged_after 65 member import "$T/nee.csv"
stderr_has "member 40CD is not stated to be a contracting authority"
printf 'code;naam;aanbestedende dienst\r\n41CD;Misschien;misschien\r\n' >"$T/misschien.csv"
unchanged_after 65 member import "$T/misschien.csv"
stderr_has "'misschien' is not true or false (or ja, nee)"
printf 'code;naam;kleur\r\n42CD;X;rood\r\n' >"$T/kleur.csv"
unchanged_after 65 member import "$T/kleur.csv"
stderr_has "unknown column 'kleur'"

# Ballots: lid;keuze;vooraf;aanwezig, Dutch choices, empty rows among and after them.
printf 'lid;keuze;vooraf\r\n25LZ;voor;nee\r\n;;\r\n30AB;tegen;ja\r\n;;\r\n;;\r\n' >"$T/stemmen.csv"
expect 1 vote tally --ballots "$T/stemmen.csv" --present-count 2
stdout_has "1 yes, 1 no, 0 abstain"
printf 'Lid;Keuze\r\n25LZ;voor\r\n;;\r\n' >"$T/twee.csv"
ok vote tally --ballots "$T/twee.csv" --present-count 1

# Incidents: soort, titel, gemeld, prioriteit, fundamenteel (ja/nee).
printf 'soort;titel;gemeld;prioriteit;fundamenteel\r\ndisruption;Traag;2026-02-01T09:00Z;2;nee\r\n;;;;\r\nchange;Nieuw model;2026-02-02T09:00Z;3;ja\r\n' >"$T/incidenten.csv"
ok incident import "$T/incidenten.csv"
ok incident list --format json
json 'assert [i["kind"] for i in d] == ["disruption", "change"] and d[1]["fundamental"] is True and d[0]["fundamental"] is False'
pass

# mbov report security-statement: R-DPIA-7 for one member, dated.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/report_fixture.bash"
report_fixture

ok "${TODAY[@]}" report security-statement 25lz --format json
json '
assert d["member"] == "25LZ" and d["date"] == "2026-11-25"
st = d["statement"]
assert st["products_count"] == 2 and st["certificates_valid"] is True and st["officer"] == "Fenna Gegevens"
assert [p["product"] for p in d["products"]] == ["CAMBO", "VVA"]
c = [(x["product"], x["standard"], x["valid_until"], x["valid"]) for x in d["certificates"]]
assert c == [("CAMBO", "ISO27001", "2027-01-15", True), ("CAMBO", "ISO27001", "2024-01-15", False),
             ("VVA", "ISAE3000", "2026-12-31", True)], c
dp = {x["product"]: x for x in d["dpias"]}
assert dp["CAMBO"]["outcome"] == "acceptable" and dp["VVA"]["next_due"] == "2026-02-01"
assert [p["name"] for p in d["processing"]] == ["Aanmeldingen"]
'
# 30AB takes up CAMBO only; after the ISAE certificate lapses, 25LZ is no longer fully covered.
ok "${TODAY[@]}" report security-statement 30AB --format json
json 'assert [p["product"] for p in d["products"]] == ["CAMBO"] and [x["product"] for x in d["processing"]] == ["CAMBO"]'
ok --today 2027-01-05 report security-statement 25LZ --format json
json 'assert d["statement"]["certificates_valid"] is False'

ok "${TODAY[@]}" report security-statement 25LZ
stdout_has "Security statement for ROC Voorbeeld (25LZ)"
stdout_has "date:      2026-11-25"
ok "${TODAY[@]}" report security-statement 25LZ --format markdown
stdout_has "## Supplier certificates (R-CON-5)"
ok --lang nl "${TODAY[@]}" report security-statement 25LZ --format markdown
stdout_has "# Beveiligingsverklaring voor ROC Voorbeeld (25LZ)"
stdout_has "## Certificaten van leveranciers (R-CON-5)"
json_same_in_dutch 0 "${TODAY[@]}" report security-statement 25LZ
# html escapes what the database holds
ok "${TODAY[@]}" report security-statement 25LZ --format html
stdout_has 'isae-2025; &quot;typ II&quot;, &lt;b&gt;'
stdout_lacks '<b>'

unchanged_after 65 "${TODAY[@]}" report security-statement 00XX
stderr_has "no member with code '00XX'"
unchanged_after 64 "${TODAY[@]}" report security-statement
unchanged_after 64 "${TODAY[@]}" report security-statement 25LZ --format csv

# R-CON-5 is contract::certifies: an ISO27002 statement (the code of practice, recorded before the
# correction) or a certificate not yet valid today leaves VVA uncovered, as in `contract check`.
sqlite3 "$MBOV_DB" "UPDATE certificate SET standard = 'ISO27002' WHERE supplier = 2"
ok "${TODAY[@]}" report security-statement 25LZ --format json
json '
assert [(x["standard"], x["valid"]) for x in d["certificates"] if x["product"] == "VVA"] == [("ISO27002", False)]
assert d["statement"]["certificates_valid"] is False
'
sqlite3 "$MBOV_DB" "UPDATE certificate SET standard = 'ISAE3000', valid_from = '2026-12-01' WHERE supplier = 2"
ok "${TODAY[@]}" report security-statement 25LZ --format json
json '
assert [(x["valid_from"], x["valid"]) for x in d["certificates"] if x["product"] == "VVA"] == [("2026-12-01", False)]
assert d["statement"]["certificates_valid"] is False
'
ok --today 2026-12-01 report security-statement 25LZ --format json
json 'assert d["statement"]["certificates_valid"] is True'
pass

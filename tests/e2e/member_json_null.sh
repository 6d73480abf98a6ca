# JSON of the member area keeps one type per key (issue 13): null where nothing is, never "-"
# (the table shows "-"); in member show, contacts is an array of contact objects.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/member_fixture.bash"
export MBOV_TODAY=2026-03-01
ok init
ok member add 25AB --name "ROC Voorbeeldstad" --contracting-authority --joined 2020-01-01
ok member contact add 25AB --name "Anna" --email anna@example.nl --role representative
elected=$(board_motion 2026-01-10 25AB)
ok member board appoint 1 --motion "$elected"
no_dash='
def walk(v):
    if isinstance(v, dict): [walk(x) for x in v.values()]
    elif isinstance(v, list): [walk(x) for x in v]
    else: assert v != "-", d
walk(d)'
ok member list --format json
json "$no_dash"
json 'm=d[0]; assert m["city"] is None and m["left"] is None and m["last_confirmed"] is None and m["contacts"]==0 and m["representative"]=="Anna"'
ok member list
stdout_has "-"
ok member show 25AB --format json
json "$no_dash"
json 'assert d["city"] is None and d["left"] is None and d["last_confirmed"] is None and d["contact_list"][0]["phone"] is None and d["contact_list"][0]["until"] is None'
ok member contact list --format json
json "$no_dash"
json 'assert d[0]["phone"] is None and d[0]["until"] is None'
ok member board list --format json
json "$no_dash"
json 'assert d[0]["until"] is None and d[0]["motion"]=='"$elected"
expect 2 member check --format json
json "$no_dash"
json 'assert [f["due"] for f in d["findings"] if f["rule"]=="R-MEM-3"]==[None]'
# Erased: name, e-mail and phone are null, not empty strings.
ok member board leave 1
ok member contact remove 1
ok member forget 1
ok member contact list --all --format json
json "$no_dash"
json 'assert d[0]["name"] is None and d[0]["email"] is None and d[0]["phone"] is None and d[0]["until"]=="2026-03-01"'
ok member board list --all --format json
json 'assert d[0]["name"] is None and d[0]["member"] is None'
ok member list --format json
json 'assert d[0]["representative"] is None'
pass

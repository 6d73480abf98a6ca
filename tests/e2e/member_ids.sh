# Every id of mbov member (contact ID, PERSON-ID, --motion) is read one way (cmd/options.hpp
# add_id): a positive integer, else 65 naming the value, the database unchanged; empty optional
# text (--city "", --phone "") is stored as nothing (null).
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01
ok init
ok member add 25AB --name "ROC Voorbeeldstad" --contracting-authority --joined 2020-01-01 --city ""
ok member contact add 25AB --name "Anna" --email anna@example.nl --phone "" --role representative
for bad in 0 -1 1x x1 1.0 99999999999999999999; do
  unchanged_after 65 member contact remove "$bad"
  stderr_has "'$bad' is not a positive integer"
  unchanged_after 65 member forget "$bad"
  unchanged_after 65 member board chair "$bad"
  unchanged_after 65 member board leave "$bad"
  unchanged_after 65 member board appoint "$bad" --motion 1
  unchanged_after 65 member board appoint 1 --motion "$bad"
done
unchanged_after 64 member forget
unchanged_after 64 member contact remove
ok member show 25AB --format json
json 'assert d["city"] is None and d["contact_list"][0]["phone"] is None'
pass

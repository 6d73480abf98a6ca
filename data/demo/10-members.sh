# Demo data of the member register: about 60 fictional member institutions, their contacts and
# representatives, confirmations, uptake and a board of three. Invented names, example.nl only.
# Run by scripts/demo with MBOV, MBOV_DB and MBOV_TODAY (2026-11-25) set.
set -euo pipefail
m() { "$MBOV" "$@" >/dev/null; }

kinds=("ROC" "Vakcollege" "mbo College" "Techniek College" "Zorgcollege" "Groen College")
towns=(Voorbeeldstad Proefdorp Testerveen Zandhoven Molendijk Beekdal Heidewaard Kanaalzijl Dijkerveld Bosrijk
       Weidebroek Lindehoven Polderwijk Vennendaal)
firsts=(Anna Bram Carla Daan Eva Floor Gijs Hanna Iris Joost Karin Lars Mila Niels Olga Pim Roos Sem Tess Vera)
lasts=(Achterberg Beukema Claessen Dijkhuis Everaars Fonteijn Grootveld Hofstede Innemee Jongsma Kuipers Lodewijks)

# The members, in one import (all or nothing).
{
  echo "code,name,city,contracting_authority,joined"
  for i in $(seq 0 59); do
    town=${towns[i % ${#towns[@]}]}
    printf '%02d%s,%s %s,%s,true,%d-%02d-01\n' $((10 + i)) "$(printf "\\x$(printf %x $((65 + i % 26)))")Z" \
      "${kinds[i % ${#kinds[@]}]}" "$town" "$town" $((2019 + i % 6)) $((1 + i % 12))
  done
} | "$MBOV" member import - 2>/dev/null

rows=$("$MBOV" member list --format csv | tail -n +2 | cut -d, -f1,5)
i=0
for row in $rows; do
  code=${row%,*} joined=${row#*,}
  first=${firsts[i % ${#firsts[@]}]} last=${lasts[i % ${#lasts[@]}]}
  mail=$(echo "$code" | tr 'A-Z' 'a-z')
  # Every member a representative; most two contacts, every tenth one, members 7 and 31 none.
  m member contact add "$code" --name "$first $last" --email "$first.$last.$mail@example.nl" \
    --role representative --since 2025-01-01
  if (( i != 7 && i != 31 )); then
    m member contact add "$code" --name "$first $last" --email "$first.$last.$mail@example.nl" --since 2025-01-01
    (( i % 10 == 3 )) || m member contact add "$code" --name "${firsts[(i + 7) % ${#firsts[@]}]} ${lasts[(i + 5) % ${#lasts[@]}]}" \
      --email "servicedesk.$mail@example.nl" --phone "030 555 $(printf %04d $i)" --since 2025-01-01
  fi
  # Confirmations: most this spring; a few overdue (due 2026-10-01), a few due within 30 days.
  case $((i % 20)) in
    5) m member contact confirm "$code" --on 2025-10-01 ;;
    9) m member contact confirm "$code" --on 2025-12-10 ;;
    *) m member contact confirm "$code" --on 2026-04-15 ;;
  esac
  # CAMBO from 2024-08-01, or from joining when that was later: an uptake lies within the membership (R-MEM-7).
  cambo=2024-08-01
  [[ $joined > $cambo ]] && cambo=$joined
  (( i % 8 == 6 )) || m member uptake "$code" CAMBO --from "$cambo"
  (( i % 3 == 0 )) && m member uptake "$code" VVA --from 2025-09-01
  i=$((i + 1))
done

# The board: the representatives of the first three members (persons 1, 3, 5...), the first chair,
# elected by an adopted AV motion of kind board (R-VOTE-8) at an extra AV in May 2025: every
# member then present, all voting yes.
persons=$("$MBOV" member contact list --format csv | awk -F, '$7 == "representative" {print $3}' | head -n 3)
voters=$("$MBOV" --today 2025-05-20 member list --format csv | tail -n +2 | cut -d, -f1)
av=$("$MBOV" vote meeting add --date 2025-05-20 --title "Buitengewone ledenvergadering 2025")
election=$("$MBOV" vote motion add "$av" --kind board --title "Verkiezing van het bestuur")
# shellcheck disable=SC2086 # one argument per member code
m --now 2025-05-20T19:30 vote attend "$av" $voters
{ echo "member,choice"; for code in $voters; do echo "$code,yes"; done; } |
  "$MBOV" --now 2025-05-20T20:00 vote import "$election" - 2>/dev/null
m --now 2025-05-20T21:00 vote close "$election"
for p in $persons; do m member board appoint "$p" --from 2025-06-01 --motion "$election"; done
m member board chair "$(echo "$persons" | head -n 1)" --from 2025-06-01

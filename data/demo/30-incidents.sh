#!/usr/bin/env bash
# Demo incidents: the twelve weeks before the demo's today (2026-11-25), every kind, most handled
# in time, a few late, some open and overdue, one problem with its incidents, one fundamental
# change, one breach near its 72-hour deadline. Fictional throughout.
set -euo pipefail
: "${MBOV:?}" "${MBOV_DB:?}"
m() { "$MBOV" "$@"; }
day() { date -d "2026-11-25 - $1 days" +%F; }  # the date N days before today

# A member and a motion from the other demo scripts when they are there.
member=$(m member list --format csv 2>/dev/null | sed -n 2p | cut -d, -f1 || true)
# The motion must be an adopted AV decision that is not the year plan (R-INC-4): kind 4th, adopted last.
motion=$(m vote motion list --format csv 2>/dev/null | tr -d '\r' | awk -F, 'NR > 1 && $4 != "budget" && $4 != "board" && $NF == "true" { print $1; exit }' || true)
with_member=(); [[ -n $member ]] && with_member=(--member "$member")

# handle ID DATE HOUR: acknowledged, worked on, resolved (hours later) and closed the next day.
handle() {
  local id=$1 d=$2 h=$3
  m incident update "$id" --status acknowledged --at "${d}T$(printf %02d $((h + 1))):00"
  m incident update "$id" --status in-progress --at "${d}T$(printf %02d $((h + 1))):30" --note "leverancier ingeschakeld"
  m incident update "$id" --status resolved --at "${d}T$(printf %02d $((h + 5))):00"
  m incident update "$id" --status closed --at "$(date -d "$d + 1 day" +%F)T09:00"
}

kinds=(disruption backup access disruption change disruption access backup)
titles=("Inlogpagina traag" "Nachtelijke back-up mislukt" "Rechten docent niet ingetrokken" "Koppeling met SIS valt weg"
        "Nieuwe versie aanmeldformulier" "Foutmelding bij uploaden diploma" "Beheerdersaccount zonder MFA" "Hersteltest back-up")
products=(CAMBO VVA CAMBO VVA CAMBO CAMBO VVA VVA)
for i in $(seq 0 23); do
  k=$((i % 8)) d=$(day $((84 - i * 3))) h=$((8 + i % 4))
  id=$(m incident open --kind "${kinds[$k]}" --title "${titles[$k]} ($((i + 1)))" --product "${products[$k]}" \
         --priority $((1 + (i + 1) % 4)) --reporter "Servicedesk $((i % 3 + 1))" --at "${d}T$(printf %02d $h):00")
  handle "$id" "$d" "$h"
  (( i % 7 == 3 )) && m incident note "$id" --note "terugkoppeling aan de leden gestuurd" --at "$(date -d "$d + 1 day" +%F)T10:00"
done

# One disruption resolved late, escalated on the way.
d=$(day 40)
id=$(m incident open --kind disruption --title "Aanmeldingen niet verwerkt" --product CAMBO --priority 1 "${with_member[@]}" --at "${d}T08:00")
m incident update "$id" --status acknowledged --at "${d}T08:20"
m incident update "$id" --status in-progress --at "${d}T08:30"
m incident escalate "$id" --note "geen oplossing binnen het uur" --at "${d}T09:30"
m incident escalate "$id" --to strategic --note "bestuur geïnformeerd" --at "${d}T13:00"
m incident update "$id" --status resolved --at "${d}T16:00"

# A problem grouping three disruptions, each handled with a workaround; the problem is open.
d=$(day 4)
p=$(m incident open --kind problem --title "Certificaatketen leverancier onvolledig" --product VVA --priority 4 --at "${d}T09:00")
for n in 1 2 3; do
  id=$(m incident open --kind disruption --title "TLS-fout bij koppeling ($n)" --product VVA --priority 3 --at "${d}T0$((n + 5)):00")
  m incident link "$id" --problem "$p" --now "${d}T09:00"
  handle "$id" "$d" 9
done
m incident update "$p" --status acknowledged --at "${d}T10:00"
m incident update "$p" --status in-progress --at "${d}T10:30" --note "oorzaak bij de leverancier"

# A fundamental change: to the working group, for a decision of the AV.
d=$(day 30)
id=$(m incident open --kind change --title "Overstap naar andere identiteitsprovider" --fundamental --product CAMBO --priority 4 --at "${d}T10:00")
[[ -n $motion ]] && m incident link "$id" --motion "$motion" --now "${d}T11:00"
m incident update "$id" --status acknowledged --at "${d}T11:00"
m incident update "$id" --status in-progress --at "${d}T11:00" --note "naar de werkgroep; voorstel voor de AV"
m incident update "$id" --status resolved --at "$(day 24)T16:00"

# Open now: one long overdue, one past its resolution time, one fresh; a member's issue taken over.
id=$(m incident open --kind disruption --title "Statusmail komt niet aan" --product CAMBO --priority 1 --at "$(day 1)T09:00")
id=$(m incident open --kind access --title "Leverancier heeft nog toegang na exit" --priority 2 --at "$(day 1)T09:00")
m incident update "$id" --status acknowledged --at "$(day 1)T10:00"
m incident open --kind backup --title "Retentie back-ups controleren" --priority 3 --at "$(day 0)T08:00" >/dev/null
if [[ -n $member ]]; then
  id=$(m incident open --kind disruption --title "Leverancier reageert niet op melding lid" --product VVA --priority 4 "${with_member[@]}" --at "$(day 3)T14:00")
  m incident update "$id" --status acknowledged --at "$(day 3)T15:00"
  m incident take-over "$id" --note "lid komt er met de leverancier niet uit" --at "$(day 2)T09:00"
fi

# The breach: aware on Sunday afternoon, members informed, the authority not yet (deadline near).
id=$(m incident open --kind breach --title "Overzicht aanmeldingen naar verkeerde school gemaild" --product CAMBO --at "$(day 3)T15:00")
m incident update "$id" --status acknowledged --at "$(day 3)T15:30"
m incident update "$id" --status in-progress --at "$(day 3)T16:00"
m incident notify "$id" --members --at "$(day 3)T17:00"
m incident update "$id" --status resolved --at "$(day 3)T18:00" --note "mail teruggehaald, ontvanger heeft verwijderd"

# mbov vote meeting / attend / motion: meetings, who may attend (R-VOTE-2), motion kinds (R-VOTE-9).
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_fixture.bash"

ok init
# Joined on the meeting day: a vote; joined the day after: none. Last day the day before: none;
# last day the meeting day (R-VOTE-2: it counts through its last day): a vote.
members ON:2026-04-01 AFTER:2026-04-02 LEFT:2019-01-01:2026-03-31 STAYS:2019-01-01:2026-04-01 OLD
ok "${T_DAY[@]}" vote meeting add --date 2026-04-01 --title "AV voorjaar"
stdout_is 1
ok "${T_DAY[@]}" vote meeting add --date 2026-11-18 --kind board
stdout_is 2
ok "${T_DAY[@]}" vote meeting add --date 2025-11-19
ok "${T_DAY[@]}" vote attend 1 ON STAYS old
ok "${T_DAY[@]}" vote attend 1 ON   # present already: nothing changes
unchanged_after 65 "${T_DAY[@]}" vote attend 1 AFTER
stderr_has "R-VOTE-2: member AFTER joined on 2026-04-02, after the meeting of 2026-04-01"
unchanged_after 65 "${T_DAY[@]}" vote attend 1 LEFT
stderr_has "R-VOTE-2: member LEFT left on 2026-03-31 (its last day), before the meeting of 2026-04-01"
# All or nothing: one refused member leaves the others unrecorded too.
unchanged_after 65 "${T_DAY[@]}" vote attend 3 OLD AFTER
unchanged_after 65 "${T_DAY[@]}" vote attend 3 NOSUCH
stderr_has "no member with code 'NOSUCH': nothing recorded"
unchanged_after 65 "${T_DAY[@]}" vote attend 9 OLD
stderr_has "no meeting 9"
unchanged_after 65 "${T_DAY[@]}" vote attend one OLD
unchanged_after 64 "${T_DAY[@]}" vote attend 1

ok vote meeting list --format json
json 'assert [(m["id"],m["date"],m["kind"],m["present_count"]) for m in d]==[(3,"2025-11-19","av",0),(1,"2026-04-01","av",3),(2,"2026-11-18","board",0)] and d[1]["title"]=="AV voorjaar" and d[0]["title"] is None'
ok vote meeting list --year 2025 --format csv
[[ $(wc -l <"$OUT") == 2 ]] || fail "--year 2025 should list one meeting"
stdout_has "id,date,kind,title,present_count,motions_count"
ok vote meeting list --year 2030
stdout_empty
ok audit log --entity meeting --format json
json 'assert sum(1 for x in d if x["action"]=="attend")==3 and sum(1 for x in d if x["action"]=="add")==3'

# Motions: PDC, budget and board elections are AV decisions (R-VOTE-9, R-VOTE-8).
ok vote motion add 1 --title "PDC 3.1 vaststellen" --kind pdc --text "De AV stelt de PDC vast."
stdout_is 1
ok vote motion add 2 --title "Vergaderschema"
unchanged_after 65 vote motion add 2 --title "Begroting 2027" --kind budget --year 2027
stderr_has "R-VOTE-9"
unchanged_after 65 vote motion add 2 --title "Bestuur" --kind board
stderr_has "R-VOTE-8"
unchanged_after 65 vote motion add 1 --title "X" --kind other
stderr_has "--kind other"
unchanged_after 65 vote motion add 1 --title ""
unchanged_after 65 vote motion add 7 --title "X"
stderr_has "no meeting 7"
unchanged_after 64 vote motion add 1
ok vote motion list --format json
json 'assert [(m["id"],m["meeting"],m["kind"],m["status"],m["ballots"],m["adopted"]) for m in d]==[(1,1,"pdc","open",0,False),(2,2,"ordinary","open",0,False)]'
ok vote motion list 2 --format json
json 'assert len(d)==1 and d[0]["title"]=="Vergaderschema"'
unchanged_after 65 vote motion list 8

# Bad meeting input.
unchanged_after 65 vote meeting add --date 2026-02-30
stderr_has "--date"
unchanged_after 65 vote meeting add --date 2026-05-01 --kind ledenraad
stderr_has "--kind ledenraad is not av or board"
unchanged_after 64 vote meeting add --title "Geen datum"
unchanged_after 65 vote meeting list --year 0x
unchanged_after 65 vote meeting list --year 20260
pass

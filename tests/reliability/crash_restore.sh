# Reliability (issue 24): kill -9 during 'db restore' leaves the old database, or the restored one
# with its restore audit row, never the copy without its row; integrity_check ok, audit verify
# whole either way. The short version runs in ctest; scripts/stress runs it long:
#   MBOV_STRESS_KILLS=200 bash THIS mbov
source "$(dirname "$0")/../e2e/common.bash"
KILLS=${MBOV_STRESS_KILLS:-6}
export MBOV_TODAY=2026-03-01 MBOV_BUSY_TIMEOUT=20000
ok init
{
  echo "code,name,contracting_authority,city,joined"
  for i in $(seq 1 2000); do echo "K$i,ROC $i,true,Stad $i,2020-01-01"; done
} >"$T/big.csv"
ok member import "$T/big.csv"
ok db backup "$T/backup.db"
rm -f "$MBOV_DB" "$MBOV_DB-wal" "$MBOV_DB-shm"
ok init
ok member add OLD1 --name "Het oude lid" --contracting-authority
ok audit head; old_head=$(out)
cp "$MBOV_DB" "$T/old.db"

old=0 new=0
for trial in $(seq 1 "$KILLS"); do
  rm -f "$MBOV_DB-wal" "$MBOV_DB-shm" && cp "$T/old.db" "$MBOV_DB"
  "$MBOV" db restore "$T/backup.db" >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '0.%03d' $((RANDOM % 600)))"  # a restore of 2,000 members takes 0.2 to 0.5 s
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  [[ $(sqlite3 "$MBOV_DB" 'PRAGMA integrity_check') == ok ]] || fail "kill trial $trial: integrity_check failed"
  ok audit verify
  ok audit log --format json
  case $(sqlite3 "$MBOV_DB" "SELECT count(*) FROM member") in
    1) old=$((old + 1)); json 'assert d[-1]["action"] == "add", d[-1]'
       ok audit verify --head "$old_head" ;;
    2000) new=$((new + 1)); json 'assert d[-1]["action"] == "restore", d[-1]' ;;
    *) fail "kill -9 trial $trial left $(sqlite3 "$MBOV_DB" 'SELECT count(*) FROM member') members" ;;
  esac
done
echo "kill -9 during db restore: $KILLS trials, $old left the old database, $new the restored one with its row, 0 without"
pass

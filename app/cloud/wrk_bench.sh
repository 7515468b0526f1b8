#!/usr/bin/env bash
# Load figure: wrk against GET /v1/me and POST /v1/usage on loopback (requests/s, p99).
# usage: SONARA_CLOUD=path/to/sonara-cloud app/cloud/wrk_bench.sh [postgres://... URL]
# For PostgreSQL, a throwaway cluster on a socket and an empty database will do:
#   tests/app/cloud/postgres_cluster.sh start /tmp/bench-pg
#   runuser -u postgres -- createdb -h /tmp/bench-pg -U postgres bench
#   app/cloud/wrk_bench.sh "postgres://postgres@localhost/bench?host=/tmp/bench-pg"
# The figures depend on wrk, the service and PostgreSQL sharing the machine's cores.
set -e
BIN=${SONARA_CLOUD:-build/app/cloud/sonara-cloud}
D=$(mktemp -d /tmp/cloud-bench.XXXX)
export SONARA_CLOUD_JWT_SECRET=bench-secret-0123456789abcdef0123456789
DB=(); [ -n "$1" ] && DB=(--database "$1")
echo "admin passphrase 9" | $BIN user create --admin bench@example.com --password-stdin --data $D "${DB[@]}" >/dev/null
$BIN serve --listen 127.0.0.1:0 --data $D "${DB[@]}" > $D/out 2>/dev/null &
PID=$!
sleep 1
URL=$(sed 's/listening on //' $D/out)
TOKEN=$(curl -s -XPOST $URL/v1/auth/login -d '{"email":"bench@example.com","password":"admin passphrase 9"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["access_token"])')
ID=$(curl -s $URL/v1/me -H "Authorization: Bearer $TOKEN" | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
curl -s -XPOST $URL/v1/admin/users/$ID/grant -H "Authorization: Bearer $TOKEN" -d '{"seconds":3600000,"reason":"bench","idempotency_key":"b"}' >/dev/null
cat > $D/usage.lua <<LUA
counter = 0
request = function()
  counter = counter + 1
  local body = '{"idempotency_key":"' .. tostring(math.random(1,2^30)) .. '-' .. counter .. '","seconds":1,"capability":"tts"}'
  return wrk.format("POST", "/v1/usage", {["Authorization"]="Bearer $TOKEN", ["Content-Type"]="application/json"}, body)
end
LUA
echo "== GET /v1/me"
wrk -t2 -c16 -d8s --latency -H "Authorization: Bearer $TOKEN" $URL/v1/me | grep -E "Requests/sec|99%|Non-2xx"
echo "== POST /v1/usage"
wrk -t2 -c16 -d8s --latency -s $D/usage.lua $URL/v1/usage | grep -E "Requests/sec|99%|Non-2xx"
curl -s $URL/v1/me -H "Authorization: Bearer $TOKEN"; echo
kill $PID; wait $PID 2>/dev/null || true
rm -rf $D

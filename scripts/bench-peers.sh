#!/usr/bin/env bash
# Runs the same AWS SDK v2 workload against the local cloud and against its open-source peers, one server at a
# time, and adds the figures to docs/benchmarks.md:
#   DynamoDB put/get/query mix  vs dynalite (npm)
#   SQS send+receive+delete     vs ElasticMQ (Maven Central, elasticmq-server_2.13)
#   S3 4 KiB put/get            vs Adobe S3Mock (Maven Central, s3mock exec jar)
# Usage, from the repository root:   scripts/bench-peers.sh [dynamodb] [sqs] [s3]   (default: all three)
# Environment: THREADS (default 4), SECONDS_PER_RUN (measured seconds per run, default 15), WARM_UP_SECONDS
# (default 30: the JVM servers' compilers are still busy 15 s into a run on two cores).
set -euo pipefail
cd "$(dirname "$0")/.."

services=("$@")
[[ ${#services[@]} -eq 0 ]] && services=(dynamodb sqs s3)
threads=${THREADS:-4}
seconds=${SECONDS_PER_RUN:-15}
warm_up=${WARM_UP_SECONDS:-30}
work=bench/target/peers
mkdir -p "$work"
property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -n 1; }

echo "bench-peers: building the harness and fetching the peers" >&2
mvn -q -pl bench -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=target/classpath.txt
classpath="bench/target/bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)"
mvn -q -f bench/peers/pom.xml dependency:copy-dependencies -DoutputDirectory=target/elasticmq
mvn -q dependency:copy -Dartifact="com.adobe.testing:s3mock:$(property s3mock.version):jar:exec" \
    -DoutputDirectory="$work" -Dmdep.stripVersion=true
if [[ ! -d "$work/npm/node_modules/dynalite" ]]; then
    npm install --silent --prefix "$work/npm" "dynalite@$(property dynalite.version)" >&2
fi
cat > "$work/elasticmq.conf" <<'CONF'
include classpath("application.conf")
node-address { protocol = http, host = 127.0.0.1, port = 4611, context-path = "" }
rest-sqs { enabled = true, bind-port = 4611, bind-hostname = "127.0.0.1", sqs-limits = strict }
rest-stats { enabled = false }
CONF

server_pid=
start() { # port, command...
    local port=$1; shift
    "$@" >"$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 120); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
        sleep 0.5
    done
    echo "bench-peers: the server on port $port did not start:" >&2; cat "$work/server.log" >&2; exit 1
}
stop() { kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }
trap stop EXIT
measure() { # service, port, label
    SERVER_PID=$server_pid java -cp "$classpath" studio.serverless.bench.PeerBenchmark "$1" "http://127.0.0.1:$2" "$3" "$threads" "$seconds" "$warm_up" \
        | grep '^RESULT'
}
ours() { start 4610 java -cp "$classpath" studio.serverless.bench.ServeLocalCloud 4610; measure "$1" 4610 studio; stop; }
peer() {
    case $1 in
        dynamodb) start 4612 node "$work/npm/node_modules/dynalite/cli.js" --port 4612 --host 127.0.0.1
                  measure dynamodb 4612 "dynalite-$(property dynalite.version)" ;;
        sqs) start 4611 java -Dconfig.file="$work/elasticmq.conf" -cp "bench/peers/target/elasticmq/*" org.elasticmq.server.Main
             measure sqs 4611 "ElasticMQ-$(property elasticmq.version)" ;;
        # S3Mock serves plain http on its fixed port 9090 (its https connector is moved to 4614)
        s3) start 9090 java -jar "$work/s3mock-exec.jar" --server.address=127.0.0.1 --server.port=4614
            measure s3 9090 "S3Mock-$(property s3mock.version)" ;;
    esac
    stop
}

results=()
for service in "${services[@]}"; do
    echo "bench-peers: $service" >&2
    results+=("$(ours "$service")" "$(peer "$service")")
done

machine="$(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) cores"
# RESULT service label ops/s p50 p99 operations server-cpu-ms/op single-p50 single-p99
table=$(printf '%s\n' "${results[@]}" | awk -v date="$(date -u +%Y-%m-%d)" -v machine="$machine" -v threads="$threads" '
    { ops[$2,$3]=$4; p50[$2,$3]=$5; p99[$2,$3]=$6; cpu[$2,$3]=$8; s50[$2,$3]=$9; s99[$2,$3]=$10
      if ($3 == "studio") base[$2]=$4; order[NR]=$2 SUBSEP $3 }
    END { for (i = 1; i <= NR; i++) { split(order[i], k, SUBSEP); s=k[1]; l=k[2];
            ratio = (l == "studio") ? "" : sprintf("%.2fx", base[s] / ops[s,l]);
            capacity = (l == "studio" || cpu[s,"studio"] <= 0) ? "" : sprintf("%.2fx", cpu[s,l] / cpu[s,"studio"]);
            printf "| %s | %s | %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |\n", date, machine, s, l, threads,
                   ops[s,l], p50[s,l], p99[s,l], cpu[s,l], s50[s,l], s99[s,l], ratio, capacity } }')
printf '%s\n' "$table"

page=docs/benchmarks.md
marker='<!-- peer-benchmark-rows-v2: scripts/bench-peers.sh adds new rows above this line -->'
if grep -qF -- "$marker" "$page"; then
    TABLE="$table" MARKER="$marker" awk '$0 == ENVIRON["MARKER"] { print ENVIRON["TABLE"] } { print }' "$page" > "$page.tmp"
    mv "$page.tmp" "$page"
    echo "bench-peers: added the rows to $page" >&2
else
    echo "bench-peers: $page has no line '$marker'; rows not recorded" >&2
fi

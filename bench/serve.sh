#!/bin/sh
# bench/serve.sh - ace serve against nginx serving the same JSON bytes, in one run.
#
#   bench/serve.sh [SECONDS]      (default 10 s per measurement; build/ace must be built)
#
# Starts `ace serve --port 0` on a scratch data directory, saves what it answers
# for /api/problems and /api/problems/two-sum, and serves those bytes as static
# files with nginx (Debian's, one worker per CPU, access log off). Then wrk
# (100 connections, --latency; CONNS=N for another count) loads each URL of each
# server in turn, and the script prints requests/s, p99 latency and ace/nginx ratios,
# plus ace's idle RSS (read from /proc before any load) and the total with its
# judge workers. As root, a missing wrk or nginx is installed with apt-get;
# otherwise the script prints the command to run.
#
# wrk runs one thread (THREADS=N for more): it is event-driven, and one thread
# drives 100 connections past 90 000 requests/s here. On a 2-CPU machine every
# further wrk thread takes CPU from the server it measures, and the p99 it
# reports is then the scheduler's time slice, for nginx as for ace.
set -eu
cd "$(dirname "$0")/.."
secs=${1:-10}
conns=${CONNS:-100}
threads=${THREADS:-1}
ACE=${ACE:-$PWD/build/ace}
[ -x "$ACE" ] || { echo "bench/serve.sh: build $ACE first (make)" >&2; exit 2; }

missing=""
command -v wrk >/dev/null 2>&1 || missing="$missing wrk"
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing="$missing nginx-light"
if [ -n "$missing" ]; then
	if [ "$(id -u)" -eq 0 ]; then
		echo "bench/serve.sh: installing:$missing" >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
	else
		echo "bench/serve.sh: missing:$missing; install with: sudo apt-get install -y$missing" >&2
		exit 2
	fi
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

S=$(mktemp -d /tmp/ace-bench-serve-XXXXXX)
chmod 755 "$S"
APID="" NPID=""
cleanup() {
	[ -n "$APID" ] && kill -TERM "$APID" 2>/dev/null && wait "$APID" 2>/dev/null
	[ -n "$NPID" ] && kill -QUIT "$NPID" 2>/dev/null
	sleep 0.2
	rm -rf "$S"
}
trap cleanup EXIT

# ace serve on scratch state.
XDG_DATA_HOME="$S/data" XDG_CACHE_HOME="$S/cache" XDG_CONFIG_HOME="$S/config" \
	"$ACE" serve --port 0 >"$S/ace.out" 2>"$S/ace.err" &
APID=$!
i=0
while [ $i -lt 100 ] && ! grep -q http:// "$S/ace.out"; do sleep 0.1; i=$((i + 1)); done
APORT=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$S/ace.out")
[ -n "$APORT" ] || { echo "bench/serve.sh: ace serve did not start:" >&2; cat "$S/ace.err" >&2; exit 1; }
sleep 0.5
rss_main=$(awk '/^VmRSS/ {print $2}' /proc/$APID/status)
rss_all=$rss_main
for c in $(cat /proc/$APID/task/*/children 2>/dev/null); do
	r=$(awk '/^VmRSS/ {print $2}' /proc/$c/status 2>/dev/null || echo 0)
	rss_all=$((rss_all + r))
done

# The same bytes as static files for nginx.
curl -sf "http://127.0.0.1:$APORT/api/problems" >"$S/list.json"
curl -sf "http://127.0.0.1:$APORT/api/problems/two-sum" >"$S/two-sum.json"
NPORT=$((20000 + $$ % 20000))
cat >"$S/nginx.conf" <<NGX
worker_processes auto;
daemon off;
pid $S/nginx.pid;
error_log $S/nginx.err;
events { worker_connections 1024; }
http {
	access_log off;
	sendfile on;
	tcp_nopush on;
	keepalive_requests 1000000;
	client_body_temp_path $S/tmp; proxy_temp_path $S/tmp; fastcgi_temp_path $S/tmp;
	uwsgi_temp_path $S/tmp; scgi_temp_path $S/tmp;
	server {
		listen 127.0.0.1:$NPORT;
		default_type application/json;
		location = /api/problems { alias $S/list.json; }
		location = /api/problems/two-sum { alias $S/two-sum.json; }
	}
}
NGX
mkdir -p "$S/tmp"
"$NGINX" -c "$S/nginx.conf" -e "$S/nginx.err" 2>"$S/nginx.start" &
NPID=$!
i=0
while [ $i -lt 50 ] && ! curl -sf "http://127.0.0.1:$NPORT/api/problems" >/dev/null; do sleep 0.1; i=$((i + 1)); done
curl -sf "http://127.0.0.1:$NPORT/api/problems" | cmp -s - "$S/list.json" ||
	{ echo "bench/serve.sh: nginx does not serve the same bytes" >&2; cat "$S/nginx.start" "$S/nginx.err" >&2; exit 1; }

# wrk: requests/s, and the p50 and p99 latencies in ms.
ms() { # the value of wrk's percentile line $1 in ms
	awk -v q="$1" '$1 == q {v = $2; if (v ~ /us$/) {sub(/us/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms/, "", v)} else if (v ~ /s$/) {sub(/s/, "", v); v *= 1000}; print v}' "$S/wrk.out"
}
run() {
	wrk -t"$threads" -c"$conns" -d"${secs}s" --latency "$1" >"$S/wrk.out" 2>&1
	rps=$(awk '/^Requests\/sec/ {print $2}' "$S/wrk.out")
	errs=$(awk '/Non-2xx|Socket errors/' "$S/wrk.out")
	[ -z "$errs" ] || echo "  ($1: $errs)" >&2
	echo "${rps:-0} $(ms 50%) $(ms 99%)"
}

echo "ace serve vs nginx, wrk -t$threads -c$conns -d${secs}s, $(nproc) CPUs, $(date -u +%Y-%m-%d)"
printf '%-22s %10s %8s %8s %11s %8s %8s %7s\n' URL "ace req/s" p50 p99 "nginx req/s" p50 p99 ratio
for path in /api/problems /api/problems/two-sum; do
	set -- $(run "http://127.0.0.1:$APORT$path")
	a_rps=$1 a_p50=$2 a_p99=$3
	set -- $(run "http://127.0.0.1:$NPORT$path")
	n_rps=$1 n_p50=$2 n_p99=$3
	ratio=$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN {printf "%.2f", (n > 0 ? a / n : 0)}')
	printf '%-22s %10.0f %6.2fms %6.2fms %11.0f %6.2fms %6.2fms %6sx\n' "$path" "$a_rps" "$a_p50" "$a_p99" \
		"$n_rps" "$n_p50" "$n_p99" "$ratio"
done
echo "ace serve idle RSS: $((rss_main / 1024)) MiB (server process), $((rss_all / 1024)) MiB with its judge workers"
echo "response sizes: /api/problems $(wc -c <"$S/list.json") bytes, /api/problems/two-sum $(wc -c <"$S/two-sum.json") bytes"

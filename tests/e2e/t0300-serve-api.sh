#!/bin/sh
# ace serve: the JSON API of docs/API.md, driven with curl against a private server.
. "$(dirname "$0")/lib.sh"

SPID=""
stop_server() {
	[ -n "$SPID" ] && kill -TERM "$SPID" 2>/dev/null && wait "$SPID" 2>/dev/null
	SPID=""
}
trap 'stop_server; rm -rf "$SCRATCH"' EXIT

# Start `ace serve --port 0 [ARGS...]` and read the port it prints; B is the base URL.
start_server() {
	rm -f "$SCRATCH/serve.out" # not the previous server's URL
	"$ACE" serve --port 0 --jobs 1 "$@" >"$SCRATCH/serve.out" 2>>"$SCRATCH/serve.err" &
	SPID=$!
	i=0
	while [ $i -lt 100 ] && ! grep -q 'http://' "$SCRATCH/serve.out" 2>/dev/null; do
		sleep 0.1
		i=$((i + 1))
	done
	HOSTPORT=$(sed -n 's|.*http://\([^/]*\)/.*|\1|p' "$SCRATCH/serve.out")
	PORT=${HOSTPORT##*:}
	B="http://$HOSTPORT"
}

hdr="$SCRATCH/.hdr"
# req METHOD PATH [CURL ARGS...]: body in $out, headers in $hdr, status in $status.
req() {
	m=$1 p=$2
	shift 2
	status=$(curl -s -o "$out" -D "$hdr" -w '%{http_code}' -X "$m" "$@" "$B$p")
	rc=0
}
# post METHOD PATH FILE: a JSON body from a file.
post() { req "$1" "$2" -H 'Content-Type: application/json' --data-binary "@$3"; }
expect_status() {
	if [ "$status" = "$1" ]; then pass "$2"; else echo "#   expected HTTP $1, got $status"; fail "$2"; fi
}
expect_hdr() {
	if grep -iqE -- "$1" "$hdr"; then pass "$2"; else echo "#   headers should match: $1"; sed 's/^/#   /' "$hdr"; fail "$2"; fi
}
# poll JOB: wait for the job to finish (done or error); its document in $out.
poll() {
	i=0
	while [ $i -lt 300 ]; do
		req GET "/api/jobs/$1"
		st=$(jq -r .status "$out")
		[ "$st" = done ] || [ "$st" = error ] && return
		sleep 0.2
		i=$((i + 1))
	done
}
# trace JOB: poll the job fast (every 50 ms) until it is done or failed, its document then in
# $out, and name each state seen (docs/API.md, the table of a submission's states) in
# trace.txt, one a line: queued, judging, measuring:VERDICT, done:VERDICT[:complexity],
# error, or invalid (a document that is none of them).
trace() {
	: >trace.txt
	i=0
	while [ $i -lt 1200 ]; do
		req GET "/api/jobs/$1"
		jq -r 'if .status == "queued" and .phase == null and .result == null and .submission == null then "queued"
		elif .status == "running" and .phase == "judging" and .result == null and .submission == null then "judging"
		elif .status == "running" and .phase == "measuring" and (.result.verdict | type) == "string"
		     and (.result | has("complexity") or has("submission") | not) and .submission == null
		then "measuring:\(.result.verdict)"
		elif .status == "done" and .phase == null and (.result.verdict | type) == "string"
		then "done:\(.result.verdict)\(if .result | has("complexity") then ":complexity" else "" end)"
		elif .status == "error" and .phase == null and .result == null then "error"
		else "invalid" end' "$out" >>trace.txt
		st=$(jq -r .status "$out")
		[ "$st" = "done" ] || [ "$st" = "error" ] && return
		sleep 0.05
		i=$((i + 1))
	done
}
# expect_trace REGEX DESCRIPTION: the states trace saw, in order, repeats collapsed, each
# followed by a space, must match (grep -E).
expect_trace() {
	seen=$(uniq trace.txt | tr '\n' ' ')
	if echo "$seen" | grep -Eq -- "$1"; then pass "$2"; else echo "#   states seen: $seen"; echo "#   should match: $1"; fail "$2"; fi
}
# The judge workers: the server's child processes (their sandboxes are the workers' children).
workers() {
	for p in /proc/[0-9]*; do
		st=$(cat "$p/stat" 2>/dev/null) || continue
		# shellcheck disable=SC2086 # split the fields after "(comm) ": state, ppid, ...
		set -- ${st##*) }
		[ "$2" = "$SPID" ] && echo "${p#/proc/}"
	done
}

start_server
if [ -n "$PORT" ]; then pass "serve --port 0 prints the URL with the real port"; else fail "serve --port 0 prints the URL with the real port"; fi

req GET /api/health
expect_status 200 "health answers"
expect_json '.ok == true and (.version | type) == "string"' "health says ok and the version"
expect_hdr "^Content-Type: application/json" "API answers are JSON"
expect_hdr "^Content-Security-Policy: default-src 'self'" "a strict CSP"
expect_hdr "^X-Content-Type-Options: nosniff" "nosniff"
expect_hdr "^X-Frame-Options: DENY" "no framing"
expect_hdr "^Referrer-Policy: no-referrer" "no referrer"
if grep -qi '^Access-Control' "$hdr"; then fail "no CORS headers"; else pass "no CORS headers"; fi

# The list and its filters.
ace list --json
all=$(jq .count "$out")
req GET /api/problems
expect_status 200 "the problem list"
expect_json ".total == $all and (.problems | length) == $all" "the list has every problem of the bank"
expect_json '[.problems[] | has("slug") and has("title") and has("difficulty") and has("topics") and .status == "new"] | all' "each entry has slug, title, difficulty, topics and status new"
req GET '/api/problems?difficulty=easy'
expect_json '.total > 0 and ([.problems[].difficulty == "easy"] | all)' "difficulty filter"
req GET '/api/problems?topic=dsa.graphs'
expect_json '.total > 0 and ([.problems[].topics | index("dsa.graphs") != null] | all)' "topic filter"
req GET '/api/problems?topic=dsa'
expect_json ".total > 0 and .total <= $all" "topic prefix filter"
req GET '/api/problems?q=TWO%20SUM'
expect_json '[.problems[].slug] | index("two-sum") != null' "search is case-insensitive on the title"
req GET '/api/problems?status=new&difficulty=hard&q=xyzzy-nothing'
expect_json '.total == 0 and .problems == []' "filters combine; nothing matches"
req GET '/api/problems?difficulty=impossible'
expect_status 400 "a bad difficulty is 400"
expect_json '.error | test("difficulty .impossible.")' "the error names the parameter and value"
req GET '/api/problems?colour=red'
expect_status 400 "an unknown query parameter is 400"
expect_json '.error | test("colour")' "the error names it"

# One problem.
req GET /api/problems/two-sum
expect_status 200 "a problem's page"
expect_json '.slug == "two-sum" and (.statement_html | test("<p>")) and .entry.name == "two_sum" and .entry.kind == "function"' "statement as HTML and the entry"
expect_json '(.examples | length) == 3 and .examples[0].input == [[4, 9, 2, 15], 13] and .examples[0].expected == [0, 1]' "the visible examples"
expect_json '(.hints | length) >= 2 and (.follow_ups | length) >= 1 and .complexity.time == "O(n)" and .limits.time_ms > 0 and .status == "new"' "hints, follow-ups, complexity, limits, status"
expect_json '.starter | test("def two_sum\\(nums")' "the starter code"
req GET /api/problems/two-sun
expect_status 404 "an unknown problem is 404"
expect_json '.error | test("did you mean .two-sum.")' "with a suggestion"
req GET /api/nothing-here
expect_status 404 "an unknown route is 404"
expect_json '.error | test("no route")' "as JSON"
req DELETE /api/problems/two-sum
expect_status 405 "a wrong method is 405"
expect_hdr "^Allow: GET, HEAD" "with Allow"
req GET /api/problems/two-sum/run
expect_status 405 "run is never a GET"
expect_hdr "^Allow: POST" "Allow says POST"

# The UI's files.
req GET /
expect_status 200 "the page at /"
expect_hdr "^Content-Type: text/html" "as HTML"
etag=$(sed -n 's/^ETag: *//Ip' "$hdr" | tr -d '\r')
req GET / -H "If-None-Match: $etag"
expect_status 304 "If-None-Match gives 304"
req GET /assets/nothing.js
expect_status 404 "a missing asset is 404"

# Bad input.
printf '{"code": "x",,}' >bad.json
post POST /api/problems/two-sum/run bad.json
expect_status 400 "malformed JSON is 400"
expect_json '.error | test("line 1, column")' "the error says where"
printf '{"code": 5}' >num.json
post POST /api/problems/two-sum/run num.json
expect_status 400 "a field of the wrong type is 400"
expect_json '.error | test("code")' "the error names the field"
printf '{"code": "def f(): pass", "args": "1, 2"}' >args.json
post POST /api/problems/two-sum/run args.json
expect_status 400 "args that are not a list are 400"
expect_json '.error | test("args")' "the error names args"
printf '{"code": "def f(): pass", "extra": 1}' >extra.json
post POST /api/problems/two-sum/submissions extra.json
expect_status 400 "an unknown field is 400"
head -c 600000 /dev/zero | tr '\0' 'a' | jq -Rs '{code: .}' >big.json
post POST /api/problems/two-sum/submissions big.json
expect_status 413 "a body over 512 KiB is 413"
head -c 300000 /dev/zero | tr '\0' '#' | jq -Rs '{code: .}' >long.json
post POST /api/problems/two-sum/submissions long.json
expect_status 413 "code over the source limit is 413"
req POST /api/problems/two-sum/run -H 'Content-Type: text/plain' --data-binary @num.json
expect_status 415 "a body that is not declared JSON is 415"
req GET /api/health -H 'Host: evil.example:80'
expect_status 403 "a foreign Host header is refused (DNS rebinding)"
req GET /api/health -H "Host: localhost:$PORT"
expect_status 200 "localhost:PORT is fine"
# curl sends one Host header whatever it is given; its telnet:// sends the bytes as they are.
printf 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nHost: evil.example\r\nConnection: close\r\n\r\n' "$PORT" |
	curl -s --max-time 10 "telnet://127.0.0.1:$PORT" >"$out"
if head -1 "$out" | grep -q '^HTTP/1.1 400 '; then pass "two Host headers are 400"; else sed 's/^/#   /' "$out"; fail "two Host headers are 400"; fi
if grep -q '{"error":"2 Host headers: a request has one"}' "$out"; then pass "saying why, in JSON"; else fail "saying why, in JSON"; fi

# Drafts.
req GET /api/problems/two-sum/draft
expect_status 404 "no draft yet is 404"
printf '{"code": "def two_sum(nums, target):\\n    pass  # my draft\\n"}' >draft.json
post PUT /api/problems/two-sum/draft draft.json
expect_status 200 "PUT saves a draft"
expect_json '.updated_at | test("^[0-9-]+T[0-9:]+Z$")' "and says when"
req GET /api/problems/two-sum/draft
expect_json '.code | test("my draft")' "GET returns it"

# Judge jobs.
sol good.py <<'PY'
def two_sum(nums, target):
    # SECRET-MARKER-4711
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
PY
sol wrong.py <<'PY'
def two_sum(nums, target):
    # SECRET-MARKER-4711
    return [0, 0]
PY
jq -Rs '{code: .}' good.py >good.json
jq -Rs '{code: .}' wrong.py >wrong.json
jq -Rs '{code: ., args: [[1, 5, 3], 8]}' good.py >custom.json

post POST /api/problems/two-sum/run good.json
expect_status 202 "run examples is queued (202)"
expect_hdr "^Location: /api/jobs/[0-9]+" "with Location"
job=$(jq .job "$out")
poll "$job"
expect_json '.kind == "examples" and .status == "done" and .result.verdict == "accepted" and .result.passed == 3 and .submission == null' "the examples pass, nothing recorded"
post POST /api/problems/two-sum/run custom.json
poll "$(jq .job "$out")"
expect_json '.kind == "custom" and .result.output == [1, 2] and .result.matches_reference == true' "a custom run, compared with the reference"
post POST /api/problems/two-sum/submissions good.json
expect_status 202 "a submission is queued"
trace "$(jq .job "$out")"
expect_json '.kind == "submit" and .status == "done" and .result.verdict == "accepted" and .result.passed == .result.total and (.submission | type) == "number"' "an accepted submission, recorded"
expect_json '.progress.done == .progress.total and (.result | has("review"))' "progress and the review"
expect_json '.result.complexity.time == "O(n)" and .result.submission == .submission' "with its measured complexity"
# The verdict comes before the complexity, which is measured for 1.3-2.5 s: polls every 50 ms
# see it while the job still runs.
expect_trace '^(queued )?(judging )*(measuring:accepted )+done:accepted:complexity $' "the verdict is shown while the complexity is measured (queued, judging, measuring, done)"
good_id=$(jq .submission "$out")
post POST /api/problems/two-sum/submissions wrong.json
trace "$(jq .job "$out")"
expect_json '.result.verdict == "wrong_answer" and .result.passed < .result.total and (.submission | type) == "number"' "a wrong submission gets wrong_answer, recorded"
expect_json '[.result.tests[] | select(.status == "wrong_answer" and .visible)][0] | has("input") and has("expected") and has("got")' "the failing test shows input, expected and got"
expect_trace '^(queued )?(judging )*done:wrong_answer $' "a wrong answer goes from judging to done: nothing to measure"

# A worker that dies while it measures: the verdict it sent stands and is recorded, the
# complexity as not measured; the next job gets a new worker.
post POST /api/problems/two-sum/submissions good.json
job=$(jq .job "$out")
i=0
while [ $i -lt 1200 ]; do
	req GET "/api/jobs/$job"
	case $(jq -r '"\(.status)/\(.phase)"' "$out") in running/measuring | done/* | error/*) break ;; esac
	sleep 0.05
	i=$((i + 1))
done
expect_json '.status == "running" and .phase == "measuring" and .result.verdict == "accepted" and .submission == null' "a submission being measured"
w=$(workers)
if [ -n "$w" ]; then kill -KILL "$w"; fi
poll "$job"
expect_json '.status == "done" and .result.verdict == "accepted" and .result.complexity.error == "the judge worker stopped while measuring it" and (.submission | type) == "number" and .result.submission == .submission' "its worker killed, the job is done: the verdict recorded, the complexity not measured"
killed_id=$(jq .submission "$out")
req GET "/api/submissions/$killed_id"
expect_json '.verdict == "accepted" and .result.verdict == "accepted" and (.result.complexity.error | test("stopped while measuring"))' "the stored submission has the verdict"
post POST /api/problems/two-sum/submissions wrong.json
poll "$(jq .job "$out")"
expect_json '.status == "done" and .result.verdict == "wrong_answer"' "the next job is judged by a new worker"
req GET /api/jobs/99999
expect_status 404 "an unknown job is 404"
req GET /api/jobs/abc
expect_status 400 "a job id that is not a number is 400"

# Submissions and stats.
req GET /api/problems/two-sum/submissions
expect_json '(.submissions | length) == 4 and .submissions[0].verdict == "wrong_answer" and .submissions[1].id == '"$killed_id"' and .submissions[3].id == '"$good_id"' and (.submissions[0] | has("cpu_ms") and has("peak_kb") and has("created_at"))' "the problem's submissions, newest first, each recorded once"
req GET "/api/submissions/$good_id"
expect_json '.verdict == "accepted" and (.code | test("SECRET-MARKER")) and .result.verdict == "accepted"' "one submission with its code and result"
req GET /api/submissions/424242
expect_status 404 "an unknown submission is 404"
req GET /api/stats
expect_json '.overall.solved == 1 and .overall.attempted == 1 and .by_difficulty.easy.solved == 1 and .by_topic["dsa.hashing"].solved == 1 and .days == 30 and (.activity | length) == 1' "stats by difficulty and topic, activity"
req GET '/api/stats?days=7'
expect_json '.days == 7' "days= picks the window"
req GET '/api/stats?days=0'
expect_status 400 "days out of range is 400"
req GET '/api/problems?status=solved'
expect_json '[.problems[].slug] == ["two-sum"]' "the status filter sees the submission"
req GET /api/topics
expect_json '(.topics | length) > 10 and ([.topics[] | select(.id == "dsa.hashing")][0].problems > 0)' "topics with titles and counts"

# A full queue: one worker busy with a loop, 64 jobs waiting, then 503 (sent in one curl).
printf '{"code": "def two_sum(nums, target):\\n    while True:\\n        pass\\n"}' >slow.json
urls=""
i=0
while [ $i -lt 70 ]; do urls="$urls -o /dev/null $B/api/problems/two-sum/run"; i=$((i + 1)); done
# shellcheck disable=SC2086
curl -s -w '%{http_code}\n' -H 'Content-Type: application/json' --data-binary @slow.json $urls >codes.txt
if grep -q '^503$' codes.txt && [ "$(grep -c '^202$' codes.txt)" -ge 64 ]; then
	pass "a full judge queue answers 503"
else
	echo "#   statuses: $(sort codes.txt | uniq -c | tr '\n' ' ')"
	fail "a full judge queue answers 503"
fi

# Still alive after all of that; then a clean stop (jobs still running), and a restart keeps the draft.
req GET /api/health
expect_status 200 "the server is still alive"
kill -TERM "$SPID"
wait "$SPID"
src=$?
SPID=""
if [ "$src" -eq 0 ]; then pass "SIGTERM stops it cleanly (exit 0)"; else echo "#   exit status $src"; fail "SIGTERM stops it cleanly (exit 0)"; fi
if grep -q "SECRET-MARKER" "$SCRATCH/serve.err"; then fail "stderr has no candidate code"; else pass "stderr has no candidate code"; fi
start_server --threads 3 # several HTTP threads this time
req GET /api/problems/two-sum/draft
expect_json '.code | test("my draft")' "the draft survives a restart"
req GET /api/problems/two-sum
expect_status 200 "a problem is served by a server with --threads 3"
stop_server

# Another loopback address: the URL printed is the one that works.
start_server --host 127.0.0.2
req GET /api/health
expect_status 200 "a server on 127.0.0.2 answers at the URL it printed ($B)"
req GET /api/health -H "Host: evil.example:$PORT"
expect_json ".error | test(\"use http://127.0.0.2:$PORT/\")" "and a refused Host is told that URL"
stop_server

ace serve --host 0.0.0.0 --port 0
expect_rc 2 "a non-loopback host is refused"
expect_err "allow-remote" "the error says how to allow it"
ace serve --port 70000
expect_rc 2 "a bad port is refused"
ace serve --port 0 --threads 0
expect_rc 2 "--threads 0 is refused"
expect_err "threads takes a number from 1 to 64, got '0'" "the error says what --threads takes"
ace serve --port 0 --threads 65
expect_rc 2 "--threads 65 is refused"
ace help serve
expect_out "allow-remote" "ace help serve"
expect_out "threads N" "ace help serve names --threads"
echo "1..$n"

#!/bin/sh
# The abuse suite: hostile programs (tests/abuse/programs/*.py) each end in the
# verdict they declare on their first line ("# expect: VERDICT [PROBLEM]"), ace
# never crashes or hangs, its memory stays bounded, and nothing is left behind.
# Part of the suite runs again as an unprivileged user (nobody) when run as root.
. "$(dirname "$0")/lib.sh"
ABUSE="$TESTS_DIR/../abuse"
export ACE_TEST_SECRET="sk-this-must-never-reach-candidate-code"
# Boxes started from a copy of our own, so that leftovers are ours, whatever else runs here.
cp "$ACE_BOX_EXE" "$SCRATCH/ace-box-under-test"
export ACE_BOX_EXE="$SCRATCH/ace-box-under-test"
our_boxes() { # pids whose executable is our copy
	for p in /proc/[0-9]*; do
		[ "$(readlink "$p/exe" 2>/dev/null)" = "$ACE_BOX_EXE" ] && echo "${p#/proc/}"
	done
}

run_program() { # run_program FILE: sets $verdict
	expect=$(sed -n '1s/^# expect: *//p' "$1")
	want=${expect%% *}
	problem=${expect#* }
	[ "$problem" = "$expect" ] && problem=contained
	ace --bank "$ABUSE/pack" submit "$problem" "$1" --json
	verdict=$(jq -r '.verdict' "$out" 2>/dev/null)
}

for f in "$ABUSE"/programs/*.py; do
	name=$(basename "$f" .py)
	run_program "$f"
	if [ "$verdict" = "$want" ]; then
		pass "$name: $want"
	else
		echo "#   got verdict: $verdict"
		fail "$name: $want"
	fi
done

for path in /etc/ace-owned /usr/lib/ace-owned /ace-owned /root/ace-owned /work/ace-owned; do
	[ -e "$path" ] && { fail "nothing written inside the box lands on the host ($path)"; rm -f "$path"; }
done
pass "nothing written inside the box lands on the host"

# ace's own memory stays bounded whatever the candidate prints or returns.
for f in stdout_flood stderr_flood huge_return many_values forged_many_values; do
	/usr/bin/time -f '%M' -o "$SCRATCH/rss" "$ACE_BOX_EXE" --bank "$ABUSE/pack" submit contained "$ABUSE/programs/$f.py" >/dev/null 2>&1
	kb=$(tail -1 "$SCRATCH/rss")
	if [ "$kb" -lt 200000 ]; then pass "$f: ace's peak memory stays bounded (${kb} KiB)"; else fail "$f: ace's peak memory ${kb} KiB"; fi
done

# A visible test's value is stored with the submission: a huge one only by its start.
ace --bank "$ABUSE/pack" submit contained "$ABUSE/programs/huge_visible_value.py" --json
expect_json '.tests[0].got_clipped == true and (.tests[0].got | length) < 1000' "a huge visible value is kept only by its start"
db_kb=$(du -k "$XDG_DATA_HOME/ace/ace.db" | cut -f1)
if [ "$db_kb" -lt 2048 ]; then pass "the database stays small (${db_kb} KiB)"; else fail "the database grew to ${db_kb} KiB"; fi

sleep 0.2
left=$(our_boxes)
if [ -n "$left" ]; then
	for p in $left; do echo "#   left: $p $(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null)"; done
	fail "no process is left behind"
else
	pass "no process is left behind"
fi

# ace killed with SIGKILL in the middle of a test: its box and the test's child die with it,
# and the cgroup directories it could not remove are removed by the next run.
cg_dirs() { # cg_dirs PID: the cgroup directories of the box PID that exist (v1 pids and memory, or v2)
	if [ -e /sys/fs/cgroup/cgroup.controllers ]; then
		d="/sys/fs/cgroup$(sed -n 's|^0::||p' /proc/self/cgroup)"
		[ -d "${d%/}/ace-box-$1" ] && echo "${d%/}/ace-box-$1"
	else
		for c in pids memory; do
			p=$(awk -F: -v c=$c '{ n = split($2, a, ","); for (i = 1; i <= n; i++) if (a[i] == c) print $3 }' /proc/self/cgroup)
			[ "$p" = / ] && p=
			[ -d "/sys/fs/cgroup/$c$p/ace-box-$1" ] && echo "/sys/fs/cgroup/$c$p/ace-box-$1"
		done
	fi
	return 0
}
kill_mid_test() { # kill_mid_test LABEL [VAR=VALUE...]: SIGKILL ace while its test sleeps forever
	label=$1
	shift
	env "$@" "$ACE" --bank "$ABUSE/pack" submit contained "$ABUSE/programs/sleep_forever.py" >/dev/null 2>&1 &
	acepid=$!
	boxpid=
	for _ in $(seq 100); do
		for p in $(our_boxes); do
			[ "$(awk '/^PPid:/ {print $2}' "/proc/$p/status" 2>/dev/null)" = "$acepid" ] && boxpid=$p
		done
		[ -n "$boxpid" ] && [ -n "$(cg_dirs "$boxpid")" ] && break
		sleep 0.1
	done
	sleep 1 # the test's child is asleep by now
	kill -9 "$acepid"
	wait "$acepid" 2>/dev/null
	# Until the box has been reaped too (init may take a moment): a zombie is still a process.
	for _ in $(seq 50); do [ -z "$(our_boxes)" ] && ! [ -e "/proc/$boxpid" ] && break; sleep 0.1; done
	left=$(our_boxes)
	if [ -z "$left" ]; then pass "$label: killed ace's box and test process die with it"; else
		for p in $left; do echo "#   left: $p $(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null)"; kill -9 "$p"; done
		fail "$label: killed ace's box and test process die with it"
	fi
	[ -n "$(cg_dirs "$boxpid")" ] && echo "# $label: box $boxpid left $(cg_dirs "$boxpid" | tr '\n' ' ')"
	env "$@" "$ACE" --bank "$ABUSE/pack" submit contained "$ABUSE/pack/problems/contained/solution.py" >"$out" 2>"$err"
	stale=$(cg_dirs "$boxpid")
	if [ -n "$boxpid" ] && [ -z "$stale" ]; then pass "$label: the next run removes the killed box's cgroups"; else
		echo "#   box: ${boxpid:-not found}; left: $stale"
		fail "$label: the next run removes the killed box's cgroups"
	fi
}
if [ "$(id -u)" -eq 0 ]; then
	kill_mid_test "namespaces"
	kill_mid_test "no namespaces" ACE_NO_NAMESPACES=1
fi

# The same protections for an unprivileged user.
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
	chmod 0777 "$SCRATCH" "$HOME"
	mkdir -p "$SCRATCH/nobody" && chmod 0777 "$SCRATCH/nobody"
	# The checkout may sit where nobody cannot look (under /root): give nobody copies.
	mkdir -p "$SCRATCH/nobody/bin"
	cp "$ACE" "$SCRATCH/nobody/bin/ace-under-test"
	cp "$ACE_BOX_EXE" "$SCRATCH/nobody/bin/ace-box"
	cp -r "$ABUSE" "$SCRATCH/nobody/abuse"
	chmod -R a+rX "$SCRATCH/nobody"
	NOBODY_ACE="$SCRATCH/nobody/bin/ace-under-test"
	NABUSE="$SCRATCH/nobody/abuse"
	for name in fork_bomb connect_tcp exec_shell kill_parent memory_one_huge infinite_loop read_secrets read_proc write_outside read_environment thread_limit fd_exhaust; do
		f="$NABUSE/programs/$name.py"
		expect=$(sed -n '1s/^# expect: *//p' "$f")
		setpriv --reuid=65534 --regid=65534 --clear-groups \
			env HOME="$SCRATCH/nobody" XDG_DATA_HOME="$SCRATCH/nobody/data" XDG_CACHE_HOME="$SCRATCH/nobody/cache" \
			XDG_CONFIG_HOME="$SCRATCH/nobody/config" ACE_TEST_SECRET="$ACE_TEST_SECRET" \
			ACE_BOX_EXE="$SCRATCH/nobody/bin/ace-box" ACE_BUILTIN_BANK="$NABUSE/pack" \
			"$NOBODY_ACE" submit contained "$f" --json >"$out" 2>"$err"
		rc=$?
		verdict=$(jq -r '.verdict' "$out" 2>/dev/null)
		if [ "$verdict" = "$expect" ]; then pass "as nobody: $name: $expect"; else echo "#   got: $verdict"; fail "as nobody: $name: $expect"; fi
	done
	setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$SCRATCH/nobody" \
		ACE_BOX_EXE="$SCRATCH/nobody/bin/ace-box" "$NOBODY_ACE" doctor --json >"$out" 2>"$err"
	expect_json '.namespaces == true and .box.seccomp == true and .box.filesystem == true' "as nobody, ace doctor reports namespaces, seccomp and the private file system"
else
	echo "# not root: the unprivileged part runs as this user already"
fi
ace doctor --json
expect_json '.box.seccomp == true' "ace doctor --json reports the seccomp filter"
ace doctor --frob
expect_rc 2 "ace doctor rejects an unknown option"
ace __box
expect_rc 2 "the internal box entry point refuses to run by hand"
expect_err 'internal' "and says it is internal"
echo "1..$n"

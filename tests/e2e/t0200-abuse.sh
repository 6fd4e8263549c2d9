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
for f in stdout_flood stderr_flood huge_return; do
	/usr/bin/time -f '%M' -o "$SCRATCH/rss" "$ACE_BOX_EXE" --bank "$ABUSE/pack" submit contained "$ABUSE/programs/$f.py" >/dev/null 2>&1
	kb=$(tail -1 "$SCRATCH/rss")
	if [ "$kb" -lt 200000 ]; then pass "$f: ace's peak memory stays bounded (${kb} KiB)"; else fail "$f: ace's peak memory ${kb} KiB"; fi
done

sleep 0.2
left=$(our_boxes)
if [ -n "$left" ]; then
	for p in $left; do echo "#   left: $p $(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null)"; done
	fail "no process is left behind"
else
	pass "no process is left behind"
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

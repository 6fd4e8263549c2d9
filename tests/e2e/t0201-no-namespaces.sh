#!/bin/sh
# Without user namespaces (ACE_NO_NAMESPACES=1, or a machine that refuses them) the box has no
# private view of the host. Run by root, it must still not run candidate code as root: it drops
# to nobody and every capability, so the code cannot read /etc/shadow or write to the host.
# ace says once that namespaces are missing, and `ace doctor` says what is missing and why.
. "$(dirname "$0")/lib.sh"
ABUSE="$TESTS_DIR/../abuse"
if [ "$(id -u)" -ne 0 ]; then
	echo "# not root: there is no root to drop in this mode"
	echo "1..$n"
	exit 0
fi

# A host directory as a service's would be: owned by root, mode 755.
HOSTDIR=$(mktemp -d /tmp/ace-e2e-host-XXXXXX)
chmod 0755 "$HOSTDIR"
trap 'rm -rf "$SCRATCH" "$HOSTDIR"' EXIT
sol escape.py <<PY
import os
def solve():
    found = []
    try:
        with open("/etc/shadow", "rb") as f:
            f.read(1)
        found.append("read /etc/shadow")
    except OSError:
        pass
    try:
        with open("$HOSTDIR/owned", "w") as f:
            f.write("owned")
        found.append("wrote $HOSTDIR/owned")
    except OSError:
        pass
    if 0 in os.getresuid() or 0 in os.getresgid() or os.getgroups():
        found.append("ids %s %s %s" % (os.getresuid(), os.getresgid(), os.getgroups()))
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("Cap") and int(line.split()[1], 16):
                found.append(line.strip())
    return "; ".join(found) or "contained"
PY
# The auditor's finding, first: as root, /etc/shadow is readable and the directory writable.
[ -r /etc/shadow ] && [ -w "$HOSTDIR" ] || echo "# warning: /etc/shadow or $HOSTDIR is not open to root here"

ACE_NO_NAMESPACES=1 ace --bank "$ABUSE/pack" submit contained "$SCRATCH/escape.py" --json
expect_json '.verdict == "accepted"' "ACE_NO_NAMESPACES, as root: no /etc/shadow, no host writes, no capabilities"
[ -e "$HOSTDIR/owned" ] && fail "nothing lands in a root-owned host directory" || pass "nothing lands in a root-owned host directory"
ACE_NO_NAMESPACES=1 ace doctor --json
expect_json '.mode == "plain" and .runs_as_uid == 65534 and .box.dropped_to_nobody == true and .box.capabilities_dropped == true' \
	"ace doctor --json: the box dropped to nobody and its capabilities"

# no_userns CMD...: run CMD as root in a user namespace that may create none
# (max_user_namespaces = 0), as on a machine that refuses them. Its ids 0-65535
# are the host's, so that nobody exists in it. Sets $out, $err and $rc like ace().
no_userns() {
	rm -f "$SCRATCH/go"
	mkfifo "$SCRATCH/go"
	unshare -U sh -c 'read go <"$0"; exec sh -c "echo 0 >/proc/sys/user/max_user_namespaces && exec \"\$@\"" sh "$@"' \
		"$SCRATCH/go" "$@" >"$out" 2>"$err" &
	pid=$!
	# Wait (at most 5 s) for the new namespace; if unshare failed, say so rather than hang
	# on the fifo, which then has no reader.
	i=0
	while [ $i -lt 500 ] && kill -0 $pid 2>/dev/null &&
		[ "$(readlink /proc/$pid/ns/user)" = "$(readlink /proc/self/ns/user)" ]; do
		sleep 0.01
		i=$((i + 1))
	done
	if ! kill -0 $pid 2>/dev/null || [ "$(readlink /proc/$pid/ns/user)" = "$(readlink /proc/self/ns/user)" ]; then
		kill $pid 2>/dev/null
		wait $pid 2>/dev/null
		echo "#   unshare -U did not make a user namespace: $(cat "$err")"
		rc=125
		return
	fi
	echo '0 0 65536' >/proc/$pid/uid_map && echo '0 0 65536' >/proc/$pid/gid_map
	echo go >"$SCRATCH/go"
	wait $pid
	rc=$?
}

no_userns "$ACE" --bank "$ABUSE/pack" submit contained "$SCRATCH/escape.py" --json
expect_json '.verdict == "accepted"' "without user namespaces, as root: no /etc/shadow, no host writes, no capabilities"
[ -e "$HOSTDIR/owned" ] && fail "nothing lands in a root-owned host directory" || pass "and nothing lands in a root-owned host directory"
warnings=$(grep -c 'user namespaces are unavailable' "$err")
if [ "$warnings" -eq 1 ]; then pass "the missing namespaces are said once"; else echo "#   said $warnings times"; fail "the missing namespaces are said once"; fi
expect_err 'seccomp and limits still apply.*ace doctor' "and the warning says what still applies and where to look"

no_userns "$ACE" doctor
expect_rc 1 "ace doctor exits 1 when protections are missing"
expect_out 'running as root, without user namespaces: the box drops to nobody \(uid 65534\)' "ace doctor says the box drops to nobody"
expect_no_out 'in a user namespace' "and does not claim a user namespace"
expect_out 'MISSING +namespaces.*user namespaces are unavailable \(clone: ' "it lists the missing namespaces and why"
expect_out 'MISSING +private read-only file system +needs the mount namespace: .*uid 65534 can read' "the missing private file system and what that means"
expect_out 'MISSING +tasks per box +not set: .*every process of uid 65534 on the host' "the task limit it does not set, and why"
expect_out 'ok +capabilities dropped +all of them' "the capabilities it dropped all the same"
expect_out 'ok +rlimits per test +.*64 open files' "and the per-test limits that still apply"
echo "1..$n"

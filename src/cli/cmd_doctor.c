/*
 * ace doctor [--json]: which protections the judge's sandbox has on this
 * machine, and why any is missing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "sandbox/sandbox.h"

static void line(struct cli *c, bool ok, const char *what, const char *detail)
{
	printf("  %s%-4s%s %-34s %s\n", ok ? sty(c, "green") : sty(c, "red"), ok ? "ok" : "MISSING",
	       sty(c, "reset"), what, detail ? detail : "");
}

static bool flag(json_t *o, const char *key)
{
	return json_is_true(json_object_get(o, key));
}

static const char *str(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "";
}

int cmd_doctor(struct cli *c, int argc, char **argv)
{
	bool json = false;
	for (int i = 1; i < argc; i++) {
		if (cli_is(argv[i], "--json", NULL))
			json = true;
		else
			return cli_unknown_option(c, "doctor", argv[i]);
	}
	sandbox_set_warn_handler(NULL);
	sandbox_t *sb;
	char *err = NULL;
	if (sandbox_start(NULL, &sb, &err) < 0) {
		if (json) {
			cli_print_json(json_pack("{s:b, s:s}", "ok", 0, "error", err));
		} else {
			printf("The judge's sandbox does not start: %s\n", err);
		}
		free(err);
		return EXIT_NEGATIVE;
	}
	json_t *p = sandbox_protections(sb);
	sandbox_free(sb);
	json_t *box = json_object_get(p, "box");
	bool ns = flag(p, "namespaces"), cg = flag(p, "cgroups"), fsv = flag(box, "filesystem"),
	     sc = flag(box, "seccomp"), caps = flag(box, "capabilities_dropped");
	bool all = ns && cg && fsv && sc && caps;
	if (json) {
		json_object_set_new(p, "ok", json_boolean(all));
		json_object_set_new(p, "root", json_boolean(geteuid() == 0));
		cli_print_json(p);
		return all ? EXIT_OK : EXIT_NEGATIVE;
	}
	bool root = geteuid() == 0, plain = !strcmp(str(p, "mode"), "plain");
	json_int_t uid = json_integer_value(json_object_get(p, "runs_as_uid"));
	/* Say who candidate code runs as, from what the box reported: it differs in each mode. */
	char who[160];
	if (ns)
		snprintf(who, sizeof(who), "%s: candidate code runs as %s, in a user namespace",
		         root ? "root" : "a user", root ? "nobody (uid 65534)" : "you");
	else if (plain && root && flag(box, "dropped_to_nobody"))
		snprintf(who, sizeof(who),
		         "root, without user namespaces: the box drops to nobody (uid %lld) and every "
		         "capability",
		         (long long)uid);
	else if (plain)
		snprintf(who, sizeof(who), "%s, without user namespaces: candidate code runs as uid %lld",
		         root ? "root" : "a user", (long long)uid);
	else
		snprintf(who, sizeof(who), "%s: candidate code runs as uid %lld, outside any box",
		         root ? "root" : "a user", (long long)uid);
	printf("%sThe judge's sandbox on this machine%s (running as %s)\n\n", sty(c, "bold"), sty(c, "reset"),
	       who);
	line(c, ns, "namespaces: user, PID, net, IPC, UTS",
	     ns ? "no network, no view of other processes" : str(p, "namespaces_missing"));
	char fs_why[160];
	snprintf(fs_why, sizeof(fs_why),
	         "needs the mount namespace: candidate code can read what uid %lld can read", (long long)uid);
	line(c, fsv, "private read-only file system",
	     fsv ? "only Python's standard library, /dev/null, /proc, a 16 MiB /tmp" : fs_why);
	line(c, sc, "seccomp allowlist (libseccomp)",
	     sc ? "exec, sockets, ptrace, mount, fork, signals... refused" : "");
	line(c, caps, "capabilities dropped",
	     !caps  ? (ns || !plain ? "" : "could not drop them")
	     : ns   ? ""
	     : root ? "all of them, bounding set included"
	            : "none held (no_new_privs keeps it so)");
	line(c, cg, "cgroups (pids, memory)", cg ? "64 processes, 1 GiB per box" : str(p, "cgroups_missing"));
	json_t *rl = json_object_get(box, "rlimits");
	json_int_t nofile = json_integer_value(json_object_get(rl, "nofile")),
	           nproc = json_integer_value(json_object_get(rl, "nproc"));
	char limits[200];
	snprintf(limits, sizeof(limits), "CPU, address space, file size, %lld open files, no core dumps",
	         (long long)nofile);
	line(c, box && nofile > 0, "rlimits per test", limits);
	char tasks[200];
	if (nproc > 0)
		snprintf(tasks, sizeof(tasks),
		         "%lld, threads included (RLIMIT_NPROC in the box's user namespace)",
		         (long long)nproc);
	else
		snprintf(tasks, sizeof(tasks),
		         "not set: without a user namespace RLIMIT_NPROC would count every process of uid "
		         "%lld on the host%s",
		         (long long)uid, cg ? "; the pids cgroup bounds the box" : "");
	line(c, nproc > 0, "tasks per box", tasks);
	line(c, true, "clean environment", "no variable of yours reaches candidate code");
	line(c, true, "wall-clock timeout from outside", "");
	printf("\n%s\n",
	       all ? "Every protection is active."
	           : "Candidate code is contained less well without the missing protections above.");
	json_decref(p);
	return all ? EXIT_OK : EXIT_NEGATIVE;
}

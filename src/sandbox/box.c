/*
 * box.c - the inside of the sandbox: `ace __box`.
 *
 * The supervisor (sandbox.c) clones a child into new user, PID, network, IPC,
 * UTS and mount namespaces, writes its uid/gid maps (as root: inside 0 is
 * outside nobody; as a user: inside 0 is that user), puts it into cgroups
 * when it can, and the child executes this same binary as `ace __box`, so
 * that the box starts from a clean address space: nothing of the
 * supervisor's memory (packs, expected values, the database) is in it.
 *
 * Here, once per box, before any untrusted code exists:
 *   1. build the filesystem view: a read-only tmpfs root holding only
 *      /usr/lib/python3.11 and /usr/lib/<multiarch> (read-only binds),
 *      /dev/{null,zero,urandom}, a fresh /proc and a size-capped writable
 *      /tmp; pivot_root into it and detach the host's tree;
 *   2. compile the seccomp allowlist (libseccomp) to BPF, kept in memory;
 *   3. drop every capability and become non-dumpable;
 *   4. start the embedded interpreter (python3-embed) and run the harness.
 * The harness forks one child per test; each child calls _acebox.seal(),
 * which only sets no_new_privs and loads the prepared BPF: a few
 * microseconds, no compilation per test.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <linux/close_range.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <seccomp.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <jansson.h>
#include <malloc.h>

#include "sandbox/sandbox_int.h"
#include "util/embedded.h"

/*
 * Two filters. The zygote's, an allowlist, is loaded once into the zygote
 * and inherited by every child; a test's child then adds a short deny-list
 * (no new processes, no signals, no limits to raise) that costs microseconds
 * to attach. Together they are the child's allowlist.
 */
static struct sock_fprog zygote_filter;
static struct sock_fprog child_filter;
static bool filter_ready;
static char status_json[2048] = "{}"; /* what was set up, for `ace doctor` */

/* Report a setup failure on stderr (the supervisor shows it) and exit. */
static void die(const char *what)
{
	fprintf(stderr, "ace box: %s: %s\n", what, strerror(errno));
	_exit(BOX_EXIT_SETUP);
}

static void mkdir_or_die(const char *path)
{
	if (mkdir(path, 0755) < 0 && errno != EEXIST)
		die(path);
}

static void touch_or_die(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
	if (fd < 0)
		die(path);
	close(fd);
}

/* Bind src read-only at dst (created as a directory or a file to match). */
static void bind_ro(const char *src, const char *dst, bool is_dir)
{
	if (is_dir)
		mkdir_or_die(dst);
	else
		touch_or_die(dst);
	if (mount(src, dst, NULL, MS_BIND | MS_REC, NULL) < 0)
		die(src);
	unsigned long fl = MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | (is_dir ? MS_NODEV : 0);
	if (mount(NULL, dst, NULL, fl, NULL) < 0)
		die(dst);
}

/* The directory with the C libraries Python's extension modules load. */
static const char *multiarch_dir(void)
{
	static const char *const dirs[] = {"/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
	                                   "/usr/lib/i386-linux-gnu", "/usr/lib64", NULL};
	struct stat st;
	for (size_t i = 0; dirs[i]; i++)
		if (stat(dirs[i], &st) == 0 && S_ISDIR(st.st_mode))
			return dirs[i];
	return NULL;
}

static void build_root(int tmp_mb)
{
	const char *root = "/tmp"; /* any existing directory; the mount hides what is there */
	char path[512];

	if (setresgid(0, 0, 0) < 0 || setresuid(0, 0, 0) < 0)
		die("setresuid inside the user namespace");
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		die("make mounts private");
	if (mount("ace-box", root, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0755") < 0)
		die("mount the root tmpfs");

	snprintf(path, sizeof(path), "%s/usr", root);
	mkdir_or_die(path);
	snprintf(path, sizeof(path), "%s/usr/lib", root);
	mkdir_or_die(path);
	snprintf(path, sizeof(path), "%s/usr/lib/python%d.%d", root, PY_MAJOR_VERSION, PY_MINOR_VERSION);
	char stdlib[64];
	snprintf(stdlib, sizeof(stdlib), "/usr/lib/python%d.%d", PY_MAJOR_VERSION, PY_MINOR_VERSION);
	bind_ro(stdlib, path, true);
	const char *ma = multiarch_dir();
	if (ma) {
		snprintf(path, sizeof(path), "%s%s", root, ma);
		bind_ro(ma, path, true);
	}
	snprintf(path, sizeof(path), "%s/dev", root);
	mkdir_or_die(path);
	static const char *const devs[] = {"null", "zero", "urandom", NULL};
	for (size_t i = 0; devs[i]; i++) {
		char src[64];
		snprintf(src, sizeof(src), "/dev/%s", devs[i]);
		snprintf(path, sizeof(path), "%s/dev/%s", root, devs[i]);
		touch_or_die(path);
		if (mount(src, path, NULL, MS_BIND, NULL) < 0)
			die(src);
		if (mount(NULL, path, NULL, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NOEXEC, NULL) <
		    0)
			die(path);
	}
	snprintf(path, sizeof(path), "%s/proc", root);
	mkdir_or_die(path);
	if (mount("proc", path, "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0)
		die("mount /proc");
	snprintf(path, sizeof(path), "%s/tmp", root);
	mkdir_or_die(path);
	char opts[64];
	snprintf(opts, sizeof(opts), "size=%dm,nr_inodes=1024,mode=1777", tmp_mb);
	if (mount("ace-tmp", path, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, opts) < 0)
		die("mount /tmp");

	/* pivot_root(".", "."): the old root ends up on top, then is detached. */
	if (chdir(root) < 0)
		die(root);
	if (syscall(SYS_pivot_root, ".", ".") < 0)
		die("pivot_root");
	if (umount2(".", MNT_DETACH) < 0)
		die("detach the host's file system");
	if (chdir("/") < 0)
		die("chdir /");
	if (mount(NULL, "/", NULL, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL) < 0)
		die("remount / read-only");
	if (chdir("/tmp") < 0)
		die("chdir /tmp");
	sethostname("ace-box", 7);
}

/* Empty the capability bounding set (needs CAP_SETPCAP); if required, any failure ends the box. */
static void drop_bounding_set(bool required)
{
	for (int cap = 0; cap <= 63; cap++)
		if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0 && errno != EINVAL && required)
			die("drop the capability bounding set");
}

/* Empty the ambient, inheritable, permitted and effective sets (always allowed: it only lowers). */
static void clear_capabilities(void)
{
	prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
	struct __user_cap_header_struct hdr = {.version = _LINUX_CAPABILITY_VERSION_3, .pid = 0};
	struct __user_cap_data_struct data[2];
	memset(data, 0, sizeof(data));
	if (syscall(SYS_capset, &hdr, data) < 0)
		die("drop capabilities");
}

/* Whether this process holds no capability: none effective, permitted, inheritable or ambient. */
static bool no_capabilities(void)
{
	struct __user_cap_header_struct hdr = {.version = _LINUX_CAPABILITY_VERSION_3, .pid = 0};
	struct __user_cap_data_struct data[2];
	memset(data, 0, sizeof(data));
	if (syscall(SYS_capget, &hdr, data) < 0)
		return false;
	for (int i = 0; i < 2; i++)
		if (data[i].effective || data[i].permitted || data[i].inheritable)
			return false;
	for (int cap = 0; cap <= CAP_LAST_CAP; cap++)
		if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, cap, 0, 0) > 0)
			return false;
	return true;
}

/* Whether the bounding set is empty: nothing could be regained through a file's capabilities. */
static bool bounding_set_empty(void)
{
	for (int cap = 0; cap <= CAP_LAST_CAP; cap++)
		if (prctl(PR_CAPBSET_READ, cap, 0, 0, 0) != 0)
			return false;
	return true;
}

/*
 * Without a user namespace, a box started by root would run candidate code
 * as root: /etc/shadow readable, the host writable, every capability held.
 * So the box becomes nobody first, in the only order that works: the
 * bounding set emptied and the supplementary groups cleared while it still
 * has CAP_SETPCAP and CAP_SETGID, then the gid, then the uid (which, without
 * PR_SET_KEEPCAPS, also empties the permitted and effective sets), then the
 * inheritable and ambient sets. Then it checks that all of it took and that
 * root cannot be had back; if anything is off it exits (the judge reports
 * the box did not start): no candidate code runs as root.
 */
static void become_nobody(void)
{
	const uid_t nobody = BOX_NOBODY_UID;
	drop_bounding_set(true);
	if (prctl(PR_SET_KEEPCAPS, 0, 0, 0, 0) < 0)
		die("clear keep-capabilities");
	if (setgroups(0, NULL) < 0)
		die("clear the supplementary groups");
	if (setresgid(nobody, nobody, nobody) < 0)
		die("setresgid nobody");
	if (setresuid(nobody, nobody, nobody) < 0)
		die("setresuid nobody");
	clear_capabilities();

	uid_t r, e, s;
	gid_t gr, ge, gs;
	if (getresuid(&r, &e, &s) < 0 || r != nobody || e != nobody || s != nobody ||
	    getresgid(&gr, &ge, &gs) < 0 || gr != nobody || ge != nobody || gs != nobody ||
	    getgroups(0, NULL) != 0) {
		errno = EPERM;
		die("the box is still privileged after becoming nobody");
	}
	if (setresuid(0, 0, 0) == 0 || setresgid(0, 0, 0) == 0) {
		errno = EPERM;
		die("the box could become root again");
	}
	if (!no_capabilities() || !bounding_set_empty()) {
		errno = EPERM;
		die("the box still holds capabilities");
	}
}

/*
 * The allowlist: what CPython needs to run pure Python, import modules from
 * the read-only view, allocate, use threads, files in /tmp, time and
 * randomness. Everything else kills the process (verdict: forbidden), among
 * it execve, ptrace, sockets, mount, keyctl, io_uring, bpf, fork and signals
 * to other processes.
 */
static const char *const ALLOW[] = {
    "read",
    "write",
    "readv",
    "writev",
    "pread64",
    "pwrite64",
    "close",
    "close_range",
    "fstat",
    "newfstatat",
    "statx",
    "stat",
    "lstat",
    "lseek",
    "access",
    "faccessat",
    "faccessat2",
    "open",
    "openat",
    "getdents64",
    "getcwd",
    "chdir",
    "fchdir",
    "readlink",
    "readlinkat",
    "fcntl",
    "dup",
    "dup2",
    "dup3",
    "pipe",
    "pipe2",
    "poll",
    "ppoll",
    "select",
    "pselect6",
    "epoll_create1",
    "epoll_ctl",
    "epoll_wait",
    "epoll_pwait",
    "eventfd2",
    "mmap",
    "munmap",
    "mprotect",
    "mremap",
    "brk",
    "madvise",
    "mincore",
    "membarrier",
    "rt_sigaction",
    "rt_sigprocmask",
    "rt_sigreturn",
    "rt_sigsuspend",
    "rt_sigtimedwait",
    "sigaltstack",
    "futex",
    "set_robust_list",
    "get_robust_list",
    "rseq",
    "set_tid_address",
    "arch_prctl",
    "sched_yield",
    "sched_getaffinity",
    "getpid",
    "gettid",
    "getppid",
    "getuid",
    "geteuid",
    "getgid",
    "getegid",
    "getgroups",
    "getresuid",
    "getresgid",
    "getpgrp",
    "getpgid",
    "getsid",
    "getrlimit",
    "getrusage",
    "times",
    "sysinfo",
    "uname",
    "getpriority",
    "clock_gettime",
    "clock_getres",
    "clock_nanosleep",
    "nanosleep",
    "gettimeofday",
    "time",
    "getrandom",
    "exit",
    "exit_group",
    "mkdir",
    "mkdirat",
    "rmdir",
    "unlink",
    "unlinkat",
    "rename",
    "renameat",
    "renameat2",
    "ftruncate",
    "fsync",
    "fdatasync",
    "umask",
    "fchmod",
    "chmod",
    "fchmodat",
    "utimensat",
    "statfs",
    "fstatfs",
    "fadvise64",
    "sendfile",
    "copy_file_range",
    "alarm",
    "setitimer",
    "getitimer",
    "timer_create",
    "timer_settime",
    "timer_gettime",
    "timer_delete",
    "timerfd_create",
    "timerfd_settime",
    "timerfd_gettime",
    "wait4",
    "waitid",
    NULL,
};

static void add_rule(scmp_filter_ctx ctx, uint32_t action, const char *name, unsigned n,
                     struct scmp_arg_cmp *args)
{
	int nr = seccomp_syscall_resolve_name(name);
	if (nr == __NR_SCMP_ERROR)
		return; /* not on this architecture */
	int rc = seccomp_rule_add_array(ctx, action, nr, n, args);
	if (rc < 0) {
		errno = -rc;
		die(name);
	}
}

/* Compile a libseccomp context to BPF, kept in memory. */
static void export_filter(scmp_filter_ctx ctx, struct sock_fprog *out)
{
	int fd = memfd_create("ace-seccomp", MFD_CLOEXEC);
	if (fd < 0)
		die("memfd_create");
	int rc = seccomp_export_bpf(ctx, fd);
	if (rc < 0) {
		errno = -rc;
		die("seccomp_export_bpf");
	}
	off_t size = lseek(fd, 0, SEEK_END);
	if (size <= 0 || size % (off_t)sizeof(struct sock_filter) != 0)
		die("seccomp program size");
	struct sock_filter *prog = malloc((size_t)size);
	if (!prog || pread(fd, prog, (size_t)size, 0) != size)
		die("read the seccomp program");
	close(fd);
	seccomp_release(ctx);
	out->len = (unsigned short)(size / (off_t)sizeof(struct sock_filter));
	out->filter = prog;
}

static void build_filters(void)
{
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_KILL_PROCESS);
	if (!ctx)
		die("seccomp_init");
	/* A binary tree instead of a linear scan: every syscall of the zygote and its children pays for it. */
	seccomp_attr_set(ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2);
	for (size_t i = 0; ALLOW[i]; i++)
		add_rule(ctx, SCMP_ACT_ALLOW, ALLOW[i], 0, NULL);
	/*
	 * A connected pair of local sockets, and sending and receiving on it: asyncio's event loop
	 * wakes itself up through one. Such a pair reaches nothing outside the process (no
	 * address, and the box has no network); socket() and connect() stay forbidden.
	 */
	struct scmp_arg_cmp local = SCMP_A0(SCMP_CMP_EQ, AF_UNIX);
	add_rule(ctx, SCMP_ACT_ALLOW, "socketpair", 1, &local);
	add_rule(ctx, SCMP_ACT_ALLOW, "sendto", 0, NULL);
	add_rule(ctx, SCMP_ACT_ALLOW, "recvfrom", 0, NULL);
	add_rule(ctx, SCMP_ACT_ALLOW, "getsockname", 0, NULL);
	/* clone3's flags are in memory the filter cannot read: make glibc fall back to clone. */
	add_rule(ctx, SCMP_ACT_ERRNO(ENOSYS), "clone3", 0, NULL);
	/* The terminal and close-on-exec ioctls CPython uses; nothing else. */
	static const unsigned long ioctls[] = {TCGETS, TIOCGWINSZ, FIONREAD, FIOCLEX, FIONCLEX, FIONBIO};
	for (size_t i = 0; i < sizeof(ioctls) / sizeof(ioctls[0]); i++) {
		struct scmp_arg_cmp req = SCMP_A1(SCMP_CMP_EQ, ioctls[i]);
		add_rule(ctx, SCMP_ACT_ALLOW, "ioctl", 1, &req);
	}
	/* What only the zygote uses; the child's filter takes these away again. */
	static const char *const ZYGOTE[] = {"clone",     "kill",       "setpgid", "memfd_create",
	                                     "prlimit64", "setrlimit",  "prctl",   "seccomp",
	                                     "sendmsg",   "pidfd_open", NULL};
	for (size_t i = 0; ZYGOTE[i]; i++)
		add_rule(ctx, SCMP_ACT_ALLOW, ZYGOTE[i], 0, NULL);
	export_filter(ctx, &zygote_filter);

	ctx = seccomp_init(SCMP_ACT_ALLOW);
	if (!ctx)
		die("seccomp_init");
	/* Threads, but no new processes. */
	struct scmp_arg_cmp process = SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, 0);
	add_rule(ctx, SCMP_ACT_KILL_PROCESS, "clone", 1, &process);
	/* Read limits, never raise them. */
	struct scmp_arg_cmp setting = SCMP_A2(SCMP_CMP_NE, 0);
	add_rule(ctx, SCMP_ACT_KILL_PROCESS, "prlimit64", 1, &setting);
	static const char *const DENY[] = {
	    "kill",    "tkill",        "tgkill", "setpgid", "setsid",  "setrlimit",  "prctl",
	    "seccomp", "memfd_create", "fork",   "vfork",   "sendmsg", "pidfd_open", NULL};
	for (size_t i = 0; DENY[i]; i++)
		add_rule(ctx, SCMP_ACT_KILL_PROCESS, DENY[i], 0, NULL);
	export_filter(ctx, &child_filter);
	filter_ready = true;
}

static int set_limit(int resource, unsigned long long value)
{
	struct rlimit rl = {(rlim_t)value, (rlim_t)value};
	return setrlimit(resource, &rl);
}

/*
 * Open files per test's child. The child holds five of its own (stdin on
 * /dev/null, stdout and stderr memfds, its request and answer pipes) and
 * imports open one more for a moment; 64 leaves ordinary code (a few files,
 * asyncio's loop) plenty and stops a loop of open() or pipe() at 64.
 */
#define CHILD_NOFILE 64
/*
 * Tasks (processes and threads) per box, in its user namespace. Since Linux
 * 5.14 RLIMIT_NPROC counts the tasks of a (user namespace, uid) pair through
 * ucounts, so inside the box's own namespace it counts the box's tasks only:
 * the zygote, its spares, children not yet reaped and the test's threads.
 * seccomp already refuses new processes; this bounds threads for a user's
 * box, which has no pids cgroup. It is set in the child, after the fork, so
 * the zygote itself is never held back from forking spares.
 */
#define CHILD_NPROC 64

static bool in_namespaces; /* started with --ns: whether RLIMIT_NPROC counts the box alone */

/* Limits, then no_new_privs and the child's filter: what seals a test's child. */
static int seal(unsigned long long cpu, unsigned long long as, unsigned long long fsize)
{
	struct rlimit rl = {(rlim_t)cpu, (rlim_t)cpu + 1};
	if (setrlimit(RLIMIT_CPU, &rl) < 0 || set_limit(RLIMIT_AS, as) < 0 ||
	    set_limit(RLIMIT_FSIZE, fsize) < 0 || set_limit(RLIMIT_CORE, 0) < 0 ||
	    set_limit(RLIMIT_NOFILE, CHILD_NOFILE) < 0)
		return -1;
	/*
	 * Without namespaces RLIMIT_NPROC would count every process of the uid on
	 * the host (nobody's daemons, other workers' boxes, the user's whole
	 * session): any limit is either too loose to matter or breaks code that
	 * has nothing to do with the test. There the pids cgroup (as root) and
	 * seccomp's ban on fork bound the box instead; `ace doctor` says so.
	 */
	if (in_namespaces && set_limit(RLIMIT_NPROC, CHILD_NPROC) < 0)
		return -1;
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		return -1;
	if (filter_ready && prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &child_filter) < 0)
		return -1;
	return 0;
}

static void close_between(int lo, int hi)
{
	if (lo <= hi)
		close_range((unsigned)lo, (unsigned)hi, 0);
}

/*
 * The zygote's loop, in C. After every fork the zygote's pages are shared
 * copy-on-write with the new child, so whatever the zygote then writes costs
 * a page copy. Run in Python, its per-spawn bookkeeping (reading the request,
 * JSON, pipes, the head) wrote to a few hundred pages of interpreter objects
 * (reference counts) per test: 12-15% of the CPU of a test. Here it touches
 * the C stack, a static buffer and jansson's few allocations.
 */

/* Children ace has killed and asked us to reap; reaped while the next one is forked. */
#define REAP_MAX 256
static pid_t to_reap[REAP_MAX];
static size_t n_to_reap;

/* Collect killed children that have finished exiting; block only if many are pending. */
static void reap_pending(void)
{
	for (size_t i = 0; i < n_to_reap;) {
		int st;
		pid_t r = waitpid(to_reap[i], &st, n_to_reap < 16 ? WNOHANG : 0);
		if (r == to_reap[i] || (r < 0 && errno != EINTR)) {
			to_reap[i] = to_reap[--n_to_reap];
			continue;
		}
		i++;
	}
}

static int read_full(int fd, void *buf, size_t n)
{
	char *p = buf;
	while (n) {
		ssize_t r = read(fd, p, n);
		if (r < 0 && errno == EINTR) {
			if (PyErr_CheckSignals() < 0)
				return -2;
			continue;
		}
		if (r <= 0)
			return -1;
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

/* Send the head (and, for a child, its descriptors and a pidfd) on the spare socket; -1 with errno. */
static int send_head(int sock, const char *head, pid_t pid, const int *fds, int nfds)
{
	int all[8];
	int n = 0;
	for (; n < nfds; n++)
		all[n] = fds[n];
	int pidfd = -1;
	if (pid > 0) {
		pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
		if (pidfd < 0)
			return -1;
		all[n++] = pidfd;
	}
	union {
		char buf[CMSG_SPACE(sizeof(all))];
		struct cmsghdr align;
	} ctl;
	memset(&ctl, 0, sizeof(ctl));
	struct iovec iov = {.iov_base = (void *)head, .iov_len = strlen(head)};
	struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1};
	if (n > 0) {
		msg.msg_control = ctl.buf;
		msg.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)n);
		struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)n);
		memcpy(CMSG_DATA(c), all, sizeof(int) * (size_t)n);
	}
	ssize_t rc;
	do
		rc = sendmsg(sock, &msg, MSG_NOSIGNAL);
	while (rc < 0 && errno == EINTR);
	int e = errno;
	if (pidfd >= 0)
		close(pidfd);
	errno = e;
	return rc < 0 ? -1 : 0;
}

struct spawn_cfg {
	int spare_sock, devnull;
	long long gen;
	bool have_code;
	unsigned long long cpu, as, fsize;
};

/*
 * Fork the next test's child and hand it to ace: one datagram on the spare
 * socket with the head and, by SCM_RIGHTS, the child's request pipe, its
 * answer pipe, its stdout and stderr memfds and a pidfd. Returns 0 in the
 * zygote (also when the spawn failed: ace gets the error in the head), 1 in
 * the child, and -1 when the spare socket is gone.
 *
 * The child gets stdin on /dev/null, stdout and stderr on the memfds, no
 * descriptor but *req_r and *ans_w above them, its own process group,
 * SIGPIPE back to the default, then the limits, no_new_privs and the child's
 * filter (seal()), before it returns to Python.
 *
 * Why not os.fork(): its child-side work (PyOS_AfterFork_Child: re-creating
 * the runtime's locks and thread states, the at-fork callbacks of threading
 * and random) cost about 0.4 ms of CPU per test here, most of it copy-on-write
 * faults, against 0.06 ms for the fork itself. None of it is needed: the
 * zygote has one thread, holds no lock across this call, and the child
 * reseeds random itself (harness.py).
 */
static int spawn_child(const struct spawn_cfg *cfg, int *req_r, int *ans_w)
{
	char head[256];
	if (!cfg->have_code) {
		snprintf(head, sizeof(head),
		         "{\"gen\": %lld, \"error\": \"a test was run before any code was loaded\"}",
		         cfg->gen);
		return send_head(cfg->spare_sock, head, 0, NULL, 0);
	}
	pid_t zygote_pid = getpid();
	int out = memfd_create("stdout", MFD_CLOEXEC);
	int err = out >= 0 ? memfd_create("stderr", MFD_CLOEXEC) : -1;
	int req[2] = {-1, -1}, ans[2] = {-1, -1};
	pid_t pid = -1;
	if (err >= 0 && pipe2(req, O_CLOEXEC) == 0 && pipe2(ans, O_CLOEXEC) == 0)
		pid = fork();
	if (pid == 0) {
		/* The child: as fork_sealed's. Any failure ends it before candidate code runs. */
		close(req[1]);
		close(ans[0]);
		int lo = req[0] < ans[1] ? req[0] : ans[1], hi = req[0] < ans[1] ? ans[1] : req[0];
		if (setpgid(0, 0) < 0 || dup2(cfg->devnull, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
			_exit(70);
		close_between(3, lo - 1);
		close_between(lo + 1, hi - 1);
		close_range((unsigned)hi + 1, ~0U, 0);
		signal(SIGPIPE, SIG_DFL);
		/*
		 * Die with the zygote. With namespaces the kernel kills the whole box
		 * when its PID 1 dies; without, a child sleeping forever would outlive
		 * a killed ace, its box and its cgroup.
		 */
		if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) < 0 || getppid() != zygote_pid)
			_exit(70);
		if (seal(cfg->cpu, cfg->as, cfg->fsize) < 0)
			_exit(70);
		*req_r = req[0];
		*ans_w = ans[1];
		return 1;
	}
	int e = errno, rc;
	if (pid > 0) {
		snprintf(head, sizeof(head), "{\"gen\": %lld, \"pid\": %d}", cfg->gen, (int)pid);
		int fds[4] = {req[1], ans[0], out, err};
		rc = send_head(cfg->spare_sock, head, pid, fds, 4);
	} else {
		snprintf(head, sizeof(head),
		         "{\"gen\": %lld, \"error\": \"cannot start a test process: %s\"}", cfg->gen,
		         strerror(e));
		rc = send_head(cfg->spare_sock, head, 0, NULL, 0);
	}
	int all[6] = {out, err, req[0], req[1], ans[0], ans[1]};
	for (int i = 0; i < 6; i++)
		if (all[i] >= 0)
			close(all[i]);
	return rc;
}

/* Whether frame is a spawn request; its reap list goes to to_reap. */
static bool take_spawn(const char *frame, size_t len)
{
	/* Cheap test first: every other op goes back to Python untouched. */
	if (!memmem(frame, len, "\"spawn\"", 7))
		return false;
	json_t *j = json_loadb(frame, len, 0, NULL);
	bool spawn = j && json_is_string(json_object_get(j, "op")) &&
	             !strcmp(json_string_value(json_object_get(j, "op")), "spawn");
	if (spawn) {
		size_t i;
		json_t *v;
		json_array_foreach(json_object_get(j, "reap"), i, v) {
			json_int_t pid = json_is_integer(v) ? json_integer_value(v) : 0;
			if (pid > 1 && pid <= INT32_MAX) {
				if (n_to_reap == REAP_MAX)
					reap_pending(); /* blocks: every pid in the list is one ace killed */
				if (n_to_reap < REAP_MAX)
					to_reap[n_to_reap++] = (pid_t)pid;
			}
		}
	}
	json_decref(j);
	return spawn;
}

/*
 * _acebox.serve(in_fd, spare_sock, devnull, gen, have_code, cpu_s, as, fsize):
 * read the zygote's requests and answer every spawn request in C, until one
 * that is not a spawn. Returns its bytes (the caller handles it and calls
 * serve again), None at the end of the input, or, in a newly forked child,
 * the tuple (req_r, answer_w) of fork_sealed's child.
 */
static PyObject *acebox_serve(PyObject *self, PyObject *args)
{
	(void)self;
	struct spawn_cfg cfg;
	int in_fd, have_code;
	if (!PyArg_ParseTuple(args, "iiiLpKKK", &in_fd, &cfg.spare_sock, &cfg.devnull, &cfg.gen, &have_code,
	                      &cfg.cpu, &cfg.as, &cfg.fsize))
		return NULL;
	cfg.have_code = have_code;
	static char small[4096]; /* a spawn request fits; larger frames get their own buffer */
	for (;;) {
		unsigned char hb[4];
		int r = read_full(in_fd, hb, 4);
		if (r == -2)
			return NULL;
		if (r < 0)
			Py_RETURN_NONE;
		size_t n = (size_t)hb[0] << 24 | (size_t)hb[1] << 16 | (size_t)hb[2] << 8 | hb[3];
		if (n > (64u << 20)) {
			PyErr_SetString(PyExc_ValueError, "frame too large");
			return NULL;
		}
		if (n > sizeof(small)) {
			PyObject *b = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)n);
			if (!b)
				return NULL;
			r = read_full(in_fd, PyBytes_AS_STRING(b), n);
			if (r < 0) {
				Py_DECREF(b);
				if (r == -2)
					return NULL;
				Py_RETURN_NONE;
			}
			return b;
		}
		r = read_full(in_fd, small, n);
		if (r == -2)
			return NULL;
		if (r < 0)
			Py_RETURN_NONE;
		if (!take_spawn(small, n))
			return PyBytes_FromStringAndSize(small, (Py_ssize_t)n);
		reap_pending();
		int req_r = -1, ans_w = -1;
		r = spawn_child(&cfg, &req_r, &ans_w);
		if (r == 1)
			return Py_BuildValue("(ii)", req_r, ans_w);
		if (r < 0)
			Py_RETURN_NONE; /* ace is gone */
	}
}

/* _acebox.status(): the protections this box set up, as a JSON string. */
static PyObject *acebox_status(PyObject *self, PyObject *args)
{
	(void)self;
	(void)args;
	return PyUnicode_FromString(status_json);
}

static PyMethodDef acebox_methods[] = {
    {"status", acebox_status, METH_NOARGS, "The protections of this box, as JSON."},
    {"serve", acebox_serve, METH_VARARGS, "The zygote's loop: spawn requests in C (see box.c)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef acebox_module = {
    PyModuleDef_HEAD_INIT,
    "_acebox",
    "ace's sandbox, seen from inside.",
    -1,
    acebox_methods,
    NULL,
    NULL,
    NULL,
    NULL,
};

static PyObject *acebox_init(void)
{
	return PyModule_Create(&acebox_module);
}

static int run_python(void)
{
	size_t hlen;
	const char *harness = embedded_get("python/harness.py", &hlen);
	if (!harness) {
		fprintf(stderr, "ace box: the harness is missing from this build\n");
		return BOX_EXIT_SETUP;
	}
	if (PyImport_AppendInittab("_acebox", acebox_init) < 0)
		return BOX_EXIT_SETUP;

	PyPreConfig pre;
	PyPreConfig_InitIsolatedConfig(&pre);
	pre.utf8_mode = 1;
	PyStatus st = Py_PreInitialize(&pre);
	if (PyStatus_Exception(st))
		goto fail;
	PyConfig config;
	PyConfig_InitIsolatedConfig(&config);
	config.site_import = 0;
	config.write_bytecode = 0;
	config.user_site_directory = 0;
	config.install_signal_handlers = 1;
	st = PyConfig_SetString(&config, &config.home, L"/usr");
	if (!PyStatus_Exception(st))
		st = PyConfig_SetString(&config, &config.program_name, L"python3");
	if (!PyStatus_Exception(st))
		st = Py_InitializeFromConfig(&config);
	PyConfig_Clear(&config);
	if (PyStatus_Exception(st))
		goto fail;
	/* The zygote's filter: from here on, the box can do no more than its children may, plus fork. */
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 ||
	    (filter_ready && prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &zygote_filter) < 0)) {
		fprintf(stderr, "ace box: cannot load the seccomp filter: %s\n", strerror(errno));
		return BOX_EXIT_SETUP;
	}
	/*
	 * Compile, then run. PyRun_SimpleString would keep the harness's syntax tree
	 * (about 3 MB) until the module returns, which the zygote's never does, and
	 * every fork would copy its page tables and every child's exit tear them
	 * down. Compiled first, the tree is freed, and malloc_trim gives its pages
	 * back before the first fork: the zygote's anonymous memory went from
	 * 9.8 to ~7 MB.
	 */
	int rc = -1;
	PyObject *code = Py_CompileString(harness, "<ace harness>", Py_file_input);
	PyObject *main_mod = code ? PyImport_AddModule("__main__") : NULL; /* borrowed */
	if (main_mod) {
		malloc_trim(0);
		PyObject *globals = PyModule_GetDict(main_mod); /* borrowed */
		PyObject *r = PyEval_EvalCode(code, globals, globals);
		if (r) {
			rc = 0;
			Py_DECREF(r);
		}
	}
	if (rc < 0)
		PyErr_Print();
	Py_XDECREF(code);
	if (Py_FinalizeEx() < 0)
		rc = -1;
	return rc == 0 ? 0 : BOX_EXIT_SETUP;
fail:
	fprintf(stderr, "ace box: cannot start Python: %s\n", st.err_msg ? st.err_msg : "unknown error");
	return BOX_EXIT_SETUP;
}

int box_main(int argc, char **argv)
{
	bool ns = false;
	int tmp_mb = 16;
	for (int i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "--ns"))
			ns = true;
		else if (!strncmp(argv[i], "--tmp-mb=", 9))
			tmp_mb = (int)strtol(argv[i] + 9, NULL, 10);
	}
	if (tmp_mb < 1 || tmp_mb > 1024)
		tmp_mb = 16;
	/* Only ace starts the box, with the protocol's pipes at fds 3 and 4 and the spare socket at 5. */
	if (fcntl(3, F_GETFD) < 0 || fcntl(4, F_GETFD) < 0 || fcntl(5, F_GETFD) < 0) {
		fprintf(
		    stderr,
		    "ace: `ace __box` is internal: the judge starts it itself. Did you mean `ace doctor`?\n");
		return 2;
	}
	in_namespaces = ns;
	/*
	 * Without namespaces, root's box becomes nobody before anything else
	 * (a user's box stays that user and drops whatever capabilities it has).
	 * Changing uid clears the death signal, so that is set after.
	 */
	uid_t ru, eu, su;
	bool root = getresuid(&ru, &eu, &su) < 0 || ru == 0 || eu == 0 || su == 0;
	bool nobody = !ns && root;
	if (nobody)
		become_nobody();
	/* The supervisor dies -> the box dies (and with it, as PID 1, everything it started). */
	prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
	if (getppid() == 1 && !ns)
		_exit(BOX_EXIT_SETUP);
	if (ns)
		build_root(tmp_mb);
	build_filters();
	if (ns || !nobody) {
		/* A user's box without namespaces cannot empty its bounding set; no_new_privs covers it. */
		drop_bounding_set(ns);
		clear_capabilities();
	}
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
	bool caps = no_capabilities() && (bounding_set_empty() || !ns);
	snprintf(status_json, sizeof(status_json),
	         "{\"namespaces\": %s, \"filesystem\": %s, \"seccomp\": true, \"capabilities_dropped\": %s, "
	         "\"uid\": %d, \"dropped_to_nobody\": %s, "
	         "\"rlimits\": {\"nofile\": %d, \"nproc\": %d}, \"tmp_mb\": %d, \"pid\": %d}",
	         ns ? "true" : "false", ns ? "true" : "false", caps ? "true" : "false", (int)getuid(),
	         nobody ? "true" : "false", CHILD_NOFILE, ns ? CHILD_NPROC : 0, tmp_mb, (int)getpid());
	return run_python();
}

/*
 * ace tour: a guided tour that runs the real commands on the built-in bank,
 * with a scratch data directory so the user's own progress is untouched.
 * Each step runs this same binary as a child, exactly as a user would.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "util/fs.h"
#include "util/xalloc.h"

static const char GOOD[] = "def two_sum(nums, target):\n"
                           "    seen = {}                      # value -> index\n"
                           "    for i, x in enumerate(nums):\n"
                           "        if target - x in seen:\n"
                           "            return [seen[target - x], i]\n"
                           "        seen[x] = i\n";

static const char WRONG[] = "def two_sum(nums, target):\n"
                            "    # Forgets that the same element may not be used twice.\n"
                            "    for i, x in enumerate(nums):\n"
                            "        for j, y in enumerate(nums):\n"
                            "            if x + y == target:\n"
                            "                return [i, j]\n";

static int step(struct cli *c, const char *exe, const char *say, char *const args[])
{
	printf("\n%s── %s%s\n%s$ ace", sty(c, "cyan"), say, sty(c, "reset"), sty(c, "bold"));
	for (size_t i = 0; args[i]; i++)
		printf(" %s", args[i]);
	printf("%s\n", sty(c, "reset"));
	fflush(stdout);
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		char *argv[16] = {"ace"};
		size_t n = 1;
		if (c->color)
			argv[n++] = "--color";
		for (size_t i = 0; args[i] && n < 15; i++)
			argv[n++] = args[i];
		argv[n] = NULL;
		execv(exe, argv);
		_exit(127);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int cmd_tour(struct cli *c, int argc, char **argv)
{
	(void)argv;
	if (argc > 1)
		return cli_error(c, "`ace tour` takes no arguments");
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return cli_error(c, "cannot find my own executable: %s", strerror(errno));
	exe[n] = '\0';
	char tmpl[] = "/tmp/ace-tour-XXXXXX";
	if (!mkdtemp(tmpl))
		return cli_error(c, "cannot create a scratch directory: %s", strerror(errno));
	char *data = fs_join(tmpl, "data"), *work = fs_join(tmpl, "work");
	fs_mkdir_p(data, 0700);
	fs_mkdir_p(work, 0700);
	setenv("XDG_DATA_HOME", data, 1);
	char *good = fs_join(work, "good.py"), *wrong = fs_join(work, "wrong.py");
	fs_write_file_atomic(good, GOOD, sizeof(GOOD) - 1, 0644);
	fs_write_file_atomic(wrong, WRONG, sizeof(WRONG) - 1, 0644);

	printf("%sWelcome to ace.%s This tour runs real commands on the built-in bank.\n"
	       "Your progress is kept apart: the tour uses the scratch directory %s.\n",
	       sty(c, "bold"), sty(c, "reset"), tmpl);
	int rc = 0;
	rc |= step(c, exe, "The problems, with your status. Filter with --topic, --difficulty, --status.",
	           (char *const[]){"list", "--difficulty", "easy", NULL}) != 0;
	rc |= step(c, exe, "Read a problem. Hints come one at a time with --hint N.",
	           (char *const[]){"show", "two-sum", "--hint", "1", NULL}) != 0;
	rc |= step(c, exe, "Get a starter file with the signature and the examples.",
	           (char *const[]){"start", "two-sum", work, NULL}) != 0;
	printf("\n%s── A first attempt that uses the same element twice:%s\n%s", sty(c, "cyan"),
	       sty(c, "reset"), WRONG);
	step(c, exe, "Run the visible examples: input, expected, got and time for each.",
	     (char *const[]){"test", "two-sum", wrong, NULL});
	step(c, exe, "Submit runs every test, hidden ones included, each in a fresh interpreter.",
	     (char *const[]){"submit", "two-sum", wrong, NULL});
	printf("\n%s── A fix with a dictionary, one pass:%s\n%s", sty(c, "cyan"), sty(c, "reset"), GOOD);
	rc |= step(c, exe, "Submit again.", (char *const[]){"submit", "two-sum", good, NULL}) != 0;
	rc |= step(c, exe, "Try your own input, compared with the reference solution.",
	           (char *const[]){"run", "two-sum", good, "--input", "[[3, 3], 6]", NULL}) != 0;
	rc |= step(c, exe, "Your submissions.", (char *const[]){"history", NULL}) != 0;
	rc |= step(c, exe, "Progress by difficulty and topic.", (char *const[]){"stats", NULL}) != 0;
	printf("\n%sThat's the loop:%s ace list → ace show → ace start → ace test → ace submit.\n"
	       "Every listing and report also speaks JSON (--json). `ace help` has the rest.\n",
	       sty(c, "bold"), sty(c, "reset"));
	fs_remove_tree(tmpl);
	free(data);
	free(work);
	free(good);
	free(wrong);
	if (rc)
		return cli_error(c, "a step of the tour failed (see above)");
	return EXIT_OK;
}

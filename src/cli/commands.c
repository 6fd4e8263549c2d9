/*
 * commands.c - the table of subcommands. To add one: write cmd_NAME.c with
 * `int cmd_NAME(struct cli *, int, char **)`, declare it in commands.h and
 * add a row here.
 */
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"

const struct command commands[] = {
    {"tour", NULL, "tour", "a two-minute guided tour of ace, on a scratch directory",
     "Walks through list, show, start, test, submit and stats on the built-in bank, using a\n"
     "temporary data directory so your own progress is untouched.",
     cmd_tour},
    {"list", "ls", "list [--topic T] [--difficulty D] [--status todo|attempted|solved] [--json]",
     "list problems with your status",
     "Filters combine. --topic matches a topic and everything under it (dsa.graphs, or dsa).", cmd_list},
    {"show", "cat", "show SLUG [--hint N] [--json]", "show a problem's statement (and hints, one at a time)",
     "--hint N shows hints 1..N; each hint gives away a little more.", cmd_show},
    {"start", "new", "start SLUG [DIR]", "write a starter file SLUG.py (never overwrites your work)",
     "Writes DIR/SLUG_with_underscores.py (DIR defaults to the current directory) with the\n"
     "signature, a docstring and the examples as comments. Refuses to overwrite an existing file.",
     cmd_start},
    {"test", "t", "test SLUG FILE [--json]", "run the visible examples on your solution",
     "Shows input, expected, got and time for each example. Nothing is recorded.", cmd_test},
    {"submit", "sub", "submit SLUG FILE [--json] [--no-complexity]",
     "judge your solution on every test and record it",
     "Exit status 0 only when accepted. Every submission that compiles gets a Pythonic code\n"
     "review; an accepted one also gets its time and space complexity measured (about 3 s; see\n"
     "`ace help analyze`), unless --no-complexity. With --json prints one JSON object: problem,\n"
     "verdict, passed, total, cpu_ms, wall_ms, peak_kb, tests, stdout, stderr, error, review,\n"
     "complexity ({time, confidence, points, optimal, space, ...} or {error}), submission.",
     cmd_submit},
    {"run", "r", "run SLUG FILE --input JSON [--json]", "run your solution on custom input",
     "JSON is the argument list, e.g. --input '[[2,7,11,15], 9]' (for a class problem, the\n"
     "call list). Prints the return value, the reference solution's answer, stdout and time.",
     cmd_run},
    {"analyze", "cx", "analyze SLUG FILE [--json] [--points] [--budget MS]",
     "measure your solution's time and space complexity",
     "Runs your solution on the problem's generated inputs at growing sizes n (in the sandbox,\n"
     "CPU time, best of several runs, three inputs per size), fits O(1), O(log n), O(n),\n"
     "O(n log n), O(n^2), O(n^3) and O(2^n), and compares the class with the problem's optimal\n"
     "one. Takes about 3 s (--budget MS changes that). --points prints the measured costs.\n"
     "`ace submit` does the same after an accepted submission. Needs the problem's gen.py.",
     cmd_analyze},
    {"history", "log", "history [SLUG] [--limit N] [--json]", "list past submissions",
     "Newest first. `ace history SLUG --show ID` is not needed: `ace history --id ID` prints one\n"
     "submission with its code.",
     cmd_history},
    {"stats", "st", "stats [--json]", "progress by topic and difficulty",
     "Solved and attempted problems per difficulty and per topic, and recent activity.", cmd_stats},
    {"serve", NULL, "serve [--host H] [--port P] [--allow-remote] [--jobs N] [--threads N]",
     "the web app: problems, an editor, the judge and your progress in the browser",
     "Serves the web app and its JSON API (docs/API.md) on http://127.0.0.1:8080/ and prints\n"
     "the URL. --port 0 picks a free port. The server judges the code it is sent, so it only\n"
     "listens on a loopback address unless --allow-remote is given (--host 0.0.0.0 to listen\n"
     "everywhere). --jobs N judges N submissions at once (default: one per CPU, up to 8).\n"
     "--threads N answers HTTP on N threads (default: one per CPU but one, at least one).\n"
     "Same bank, database and judge as the other commands. Ctrl-C (SIGINT) or SIGTERM stops it.",
     cmd_serve},
    {"bank", NULL,
     "bank check [DIR...] [--strict] [--complexity] [--jobs N] [--json] | bank mutants [DIR...]\n"
     "       [--max N] [--min PCT] [--jobs N] [--json] | bank doc [PACK] | bank path",
     "validate problem packs, measure their tests, document them",
     "bank check validates packs (default: every pack in use): schema, tests, and that every\n"
     "reference solution is accepted and every naive solution gets its declared verdict.\n"
     "Each error names file, line and field. Exit status 1 when any check fails. --strict\n"
     "holds packs to the built-in bank's bar: 20 tests, gen.py, 2-3 hints, follow-ups,\n"
     "visible examples, and (checking packs) 3 problems on every coding topic of TOPICS.md.\n"
     "--complexity also measures every reference solution that has a gen.py (`ace analyze`)\n"
     "and fails when it does not grow as its declared complexity.time.\n"
     "bank mutants plants small bugs in each reference solution (a wrong comparison, an\n"
     "off-by-one, a removed guard, a swapped operator, ...; --max N per problem, default 8)\n"
     "and reports how many the tests reject; exit status 1 below --min PCT percent.\n"
     "Problems are handled in parallel, one worker per CPU (--jobs N to choose).\n"
     "bank doc prints the pack's problems by topic and difficulty as Markdown (docs/BANK.md).\n"
     "bank path prints the pack directories in use, in order.",
     cmd_bank},
    {"cards", NULL, "cards [list] [--topic T] [--difficulty D] [--json] | cards show ID [--json]",
     "browse the concept cards (Python, ecosystem, system design, interview craft)",
     "Each card is a question an interviewer asks, a model answer, the key points a good\n"
     "answer makes and follow-ups. --topic matches a topic and everything under it (py, or\n"
     "py.gil-concurrency).",
     cmd_cards},
    {"design", NULL, "design [list] [--topic T] [--difficulty D] [--json] | design show SLUG [--json]",
     "browse the system-design prompts",
     "Each prompt has the clarifying questions to ask, scale and back-of-the-envelope numbers,\n"
     "a reference design, bottlenecks, trade-offs, the Python ecosystem's part and a rubric.",
     cmd_design},
    {"behavioral", NULL, "behavioral [list] [--topic T] [--json] | behavioral show ID [--json]",
     "browse the behavioral (STAR) prompts by competency",
     "Each prompt says what the interviewer is probing for, how to shape a STAR answer, and\n"
     "the strong signals and red flags. --topic beh.conflict lists one competency.",
     cmd_behavioral},
    {"tracks", NULL, "tracks [list] [--json] | tracks show SLUG [--json]",
     "role tracks and interview-loop profiles",
     "A track (backend, data/ML, ...) weights topics for a role; a loop (large tech company,\n"
     "startup, ...) lists its rounds and their lengths. Add your own in a pack's tracks/ and\n"
     "loops/ folders (docs/PACK_FORMAT.md).",
     cmd_tracks},
    {"doctor", NULL, "doctor [--json]", "check which sandbox protections work on this machine",
     "Starts the judge's box and lists each protection: namespaces, the private file system,\n"
     "seccomp, capabilities, cgroups, limits. Exit status 1 when one is missing, with the reason.",
     cmd_doctor},
    {"topics", NULL, "topics [--json]", "list the topic IDs problems are tagged with",
     "The IDs of ../shared/TOPICS.md, with how many problems each has.", cmd_topics},
    {"help", NULL, "help [COMMAND]", "show help for ace or a command", "", cmd_help},
    {"version", NULL, "version", "print ace's version", "", cmd_version},
    {NULL, NULL, NULL, NULL, NULL, NULL},
};

const struct command *command_find(const char *name)
{
	for (const struct command *c = commands; c->name; c++)
		if (!strcmp(c->name, name) || (c->alias && !strcmp(c->alias, name)))
			return c;
	return NULL;
}

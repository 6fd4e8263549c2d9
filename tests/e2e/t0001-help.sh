#!/bin/sh
# ace help, per-command help, aliases, unknown commands and options, version.
. "$(dirname "$0")/lib.sh"

ace help
expect_rc 0 "help exits 0"
expect_out '^  submit, sub +judge your solution' "help lists commands with aliases"
for cmd in list show start test submit run history stats bank topics tour; do
	ace "$cmd" --help
	expect_out "^usage: ace $cmd" "ace $cmd --help prints its usage"
done
ace help submit
expect_out 'Exit status 0 only when accepted' "ace help submit explains the exit status"
ace
expect_rc 2 "no command is a usage error"
expect_err 'usage: ace' "no command prints usage on stderr"
ace frobnicate
expect_rc 2 "an unknown command exits 2"
expect_err "'frobnicate' is not a command" "the error names the unknown command"
ace list --frob
expect_rc 2 "an unknown option exits 2"
expect_err "unknown option '--frob'" "the error names the unknown option"
ace ls --json
expect_rc 0 "ls is an alias of list"
expect_json '.count >= 10' "the alias gives the same listing"
ace version
expect_out '^ace [0-9]+\.[0-9]+' "version prints a version"
ace help nosuch
expect_rc 2 "help on an unknown command exits 2"
echo "1..$n"

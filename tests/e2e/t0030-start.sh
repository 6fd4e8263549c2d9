#!/bin/sh
# ace start: writes a starter file, never overwrites work.
. "$(dirname "$0")/lib.sh"

ace start two-sum
expect_rc 0 "start exits 0"
expect_file_has two_sum.py '^def two_sum\(nums: list\[int\], target: int\) -> list\[int\]:' "the starter has the signature"
expect_file_has two_sum.py '^#   two_sum\(\[4, 9, 2, 15\], 13\) -> \[0, 1\]' "the examples are comments"
expect_file_has two_sum.py '"""' "there is a docstring"
/usr/bin/python3 -c "import ast,sys; ast.parse(open('two_sum.py').read())" && pass "the starter is valid Python" || fail "the starter is valid Python"
echo "# my work" >>two_sum.py
ace start two-sum
expect_rc 2 "start refuses to overwrite"
expect_err 'already exists; your work is kept' "the error says the work is kept"
expect_file_has two_sum.py '^# my work' "the existing file is untouched"
ace start two-sum sub/dir
expect_rc 0 "start into a new directory"
expect_file_has sub/dir/two_sum.py '^def two_sum' "the file is in that directory"
ace start lru-cache
expect_rc 0 "start on a class problem"
expect_file_has lru_cache.py '^class LRUCache' "the class starter comes from starter.py"
ace submit two-sum two_sum.py --json
expect_json '.verdict == "runtime_error" and (.error.type == "NotImplementedError")' "the untouched starter gets runtime_error (NotImplementedError)"
ace start nope
expect_rc 2 "start on an unknown slug exits 2"
echo "1..$n"

#!/bin/sh
# Submit every corpus file to its problem and list the ones the judge rejects for a reason
# other than time: a corpus file must never be wrong_answer, runtime_error or compile_error.
# Run from the repository root after `make`; uses scratch XDG directories.
# Usage: tests/complexity/check.sh [FILE...]
set -u
ace=${ACE:-build/ace}
export XDG_DATA_HOME=${XDG_DATA_HOME:-/tmp/corpus-data}
export XDG_CONFIG_HOME=${XDG_CONFIG_HOME:-/tmp/corpus-cfg}
export XDG_CACHE_HOME=${XDG_CACHE_HOME:-/tmp/corpus-cache}
[ $# -gt 0 ] || set -- tests/complexity/corpus/*/*.py
bad=0
for f in "$@"; do
	slug=$(basename "$(dirname "$f")")
	class=$(sed -n '1s/^# class: //p' "$f")
	line=$("$ace" submit "$slug" "$f" --json --no-complexity |
		jq -r '[.verdict, (.passed|tostring) + "/" + (.total|tostring),
				([.tests[] | select(.status != "passed") | .status] | unique | join(","))] | join(" ")')
	verdict=${line%% *}
	case "$verdict" in
	accepted) ok=yes ;;
	time_limit)
		case "$class" in
		"O(n^2)"|"O(n^3)"|"O(2^n)") ok=yes ;;
		*) ok=no ;;
		esac ;;
	*) ok=no ;;
	esac
	if [ "$ok" = yes ]; then
		echo "ok   $f  [$class] $line"
	else
		echo "BAD  $f  [$class] $line"
		bad=$((bad + 1))
	fi
done
echo "$bad bad of $#"
[ "$bad" -eq 0 ]

#!/bin/sh
# Knowledge content: ace cards / design / behavioral / tracks browse it, and
# bank check validates it (schema, code examples, duplicates, coverage).
. "$(dirname "$0")/lib.sh"

ace cards --json
expect_rc 0 "ace cards lists the concept cards"
expect_json '.count >= 250 and (.items | all(.key_points | length >= 3 and length <= 6))' \
	"at least 250 cards, each with 3 to 6 key points"
id=$(jq -r '.items[0].id' "$out")
ace cards show "$id"
expect_rc 0 "ace cards show ID"
expect_out 'Key points' "a card shows its key points"
ace cards --topic py.gil-concurrency --json
expect_json '.count >= 5 and (.items | all(.topics | index("py.gil-concurrency") != null))' "--topic filters cards"
ace cards show no-such-card
expect_rc 2 "an unknown card is an error"
expect_err "no card 'no-such-card'" "and says which"
ace cards --topic nonsense
expect_rc 2 "an unknown topic is an error"
expect_err "--topic 'nonsense' is not a topic ID or prefix" "and names the topic"
ace cards show
expect_rc 2 "cards show without an id is an error"
expect_err 'needs an id' "that says an id is needed"
ace design --frob
expect_rc 2 "an unknown option is an error"
ace behavioral show one two
expect_rc 2 "a second id is an error"

ace design --json
expect_json '.count >= 30' "at least 30 system-design prompts"
ace design show design-url-shortener
expect_rc 0 "ace design show design-url-shortener"
expect_out 'Clarifying questions' "a design prompt shows its clarifying questions"
expect_out 'What a strong answer covers' "and its rubric"

ace behavioral --json
expect_json '.count >= 40' "at least 40 behavioral prompts"
for comp in failure conflict disagreement challenging-project leadership ownership ambiguity feedback experience-honesty; do
	ace behavioral --topic "beh.$comp" --json
	[ "$(jq '.count' "$out")" -ge 1 ] || { fail "behavioral prompts for $comp"; continue; }
done
pass "every competency has behavioral prompts"
ace tracks --json
expect_json '[.items[] | select(.kind == "track")] | length >= 5' "at least 5 role tracks"
expect_json '[.items[] | select(.kind == "loop")] | length >= 4' "at least 4 interview loops"

# Bad content is reported by file, line and field, and nothing else is lost.
mkdir -p kp/cards kp/design
cat >kp/cards/a.yaml <<'YAML'
- id: good-card
  topics: [py.memory]
  difficulty: easy
  question: Why?
  answer: Because.
  key_points:
    - {point: one, phrasings: [a, b]}
    - {point: two, phrasings: [c, d]}
    - {point: three, phrasings: [e, f]}
  follow_ups: [And then?]
  examples:
    - code: print(2 ** 10)
      output: "1024\n"
    - code: print(sorted({3, 1, 2}))
      output: "[1, 2]\n"
- id: good-card
  topics: [py.memory]
  difficulty: extreme
  question: Again?
  answer: Yes.
  key_points: [{point: one, phrasings: [a, b]}]
  follow_ups: [Why?]
  colour: red
YAML
printf 'slug: other-name\ntitle: T\n' >kp/design/mismatch.yaml
ace bank check kp
expect_rc 1 "bank check fails a pack with bad knowledge content"
expect_out 'a.yaml:[0-9]+: good-card: examples\[1\]: the code prints "\[1, 2, 3\]\\n", but output says "\[1, 2\]\\n"' \
	"a code example that prints something else is named"
expect_out 'a.yaml:18: \[1\].difficulty: .extreme. is not a difficulty' "a bad value is named with line and field"
expect_out 'a.yaml:[0-9]+: \[1\].key_points: has 1 entry; give 3 to 6' "too few key points"
expect_out 'a.yaml:[0-9]+: \[1\].colour: unknown field' "an unknown field"
expect_out 'mismatch.yaml:[0-9]+: (clarifying_questions|difficulty): missing' "a design prompt's missing fields"
ace bank check kp --json
expect_json '.knowledge.errors | length > 0' "--json reports knowledge errors"
expect_json '.knowledge.coverage | length > 50' "--json has the coverage table"
echo "1..$n"

/* The topic IDs of ../shared/TOPICS.md, which content tags. tests/unit/test_topics.c
 * checks this table against TOPICS.md when that file is present. */
#include "bank/topics.h"

#include <string.h>

const struct topic topics[] = {
    {"dsa.arrays", "arrays / Python lists, in-place work, prefix sums"},
    {"dsa.hashing", "hash maps and sets; counting; average vs worst case lookups"},
    {"dsa.two-pointers", ""},
    {"dsa.sliding-window", ""},
    {"dsa.stack", ""},
    {"dsa.binary-search", ""},
    {"dsa.linked-list", ""},
    {"dsa.trees", "binary trees, BST, traversals"},
    {"dsa.tries", ""},
    {"dsa.heap", ""},
    {"dsa.graphs", "BFS, DFS, topological sort, union-find, shortest paths"},
    {"dsa.recursion-backtracking", ""},
    {"dsa.dp", "1-D, 2-D, memoization vs tabulation"},
    {"dsa.sorting-searching", ""},
    {"dsa.greedy", ""},
    {"dsa.intervals", ""},
    {"dsa.bits", ""},
    {"dsa.math", ""},
    {"dsa.complexity", "time and space analysis of every solution, amortized cost"},
    {"dsa.edge-cases", "empty input, one element, duplicates, negatives, limits"},
    {"py.comprehensions", "list/dict/set comprehensions, generator expressions"},
    {"py.dict-internals", "how dict and set are hash tables; ordering; lookup costs"},
    {"py.list-internals", "dynamic array, why append is amortized O(1), costs of insert/pop(0)"},
    {"py.tuple-namedtuple", "tuple vs list (immutability, hashability), namedtuple, dataclasses"},
    {"py.iterators-generators",
     "iterator protocol, yield, yield from, laziness and memory, generator vs iterator"},
    {"py.decorators",
     "how they work, functools.wraps, a caching decorator, logging/authorization/memoization uses"},
    {"py.context-managers", "with, __enter__/__exit__, contextlib, why safer than try/finally"},
    {"py.metaclasses", "type creates classes; when a metaclass (or __init_subclass__) is warranted"},
    {"py.descriptors", "__get__/__set__, how property, methods and slots rest on them"},
    {"py.gil-concurrency", "the GIL; threading vs multiprocessing vs asyncio; I/O- vs CPU-bound work"},
    {"py.oop", "inheritance, polymorphism, encapsulation, composition over inheritance, ABCs, MRO"},
    {"py.data-model", "dunder methods, equality and hashing, mutability and copying, argument passing"},
    {"py.memory", "reference counting, garbage collection, interning, __slots__"},
    {"py.errors", "exceptions, EAFP vs LBYL, custom exceptions"},
    {"py.typing", "type hints, protocols, mypy"},
    {"py.style", "PEP 8, the Zen of Python, idioms"},
    {"eco.web-frameworks",
     "Django (ORM, URL routing, middleware) and Flask (routing, blueprints); trade-offs; WSGI vs ASGI; FastAPI"},
    {"eco.asyncio", "async def/await, event loop, versus blocking I/O; when it is overkill"},
    {"eco.api-design", "REST, status codes, idempotency, pagination, auth (JWT, OAuth)"},
    {"eco.data", "NumPy arrays and vectorization, pandas DataFrame/Series, scikit-learn basics"},
    {"eco.testing", "pytest and unittest, fixtures, mocking, what makes a good unit test"},
    {"eco.environments", "venv, conda, pipenv, poetry; why isolation matters"},
    {"eco.packaging", "pip, pyproject/setuptools, publishing a package, pinning dependencies"},
    {"eco.tooling", "flake8/ruff, black, isort; why teams use them"},
    {"eco.git", "everyday commands, branching strategies (Git Flow, GitHub Flow), resolving conflicts"},
    {"sd.method", "start broad, clarify requirements, estimate scale, find bottlenecks, trade-offs"},
    {"sd.scaling", "load balancers, horizontal scaling, statelessness, caching (Redis, Memcached)"},
    {"sd.databases",
     "SQL vs NoSQL (PostgreSQL, MySQL, MongoDB, Cassandra), indexing, transactions, replication, sharding"},
    {"sd.queues", "RabbitMQ, Kafka, SQS; asynchronous tasks with Celery"},
    {"sd.architecture", "monolith vs microservices"},
    {"sd.containers", "Docker, a basic Dockerfile"},
    {"sd.cloud", "compute, object storage, managed databases on AWS/GCP/Azure"},
    {"beh.star", "the STAR method (Situation, Task, Action, Result)"},
    {"beh.failure", ""},
    {"beh.conflict", ""},
    {"beh.disagreement", ""},
    {"beh.challenging-project", ""},
    {"beh.leadership", ""},
    {"beh.ownership", ""},
    {"beh.ambiguity", ""},
    {"beh.feedback", ""},
    {"beh.experience-honesty", ""},
    {"craft.clarify", "ask about constraints, input types, edge cases before coding"},
    {"craft.think-aloud", "state the approach and why before writing code"},
    {"craft.walkthrough", "trace a small example by hand first"},
    {"craft.complexity", "state time and space complexity, always"},
    {"craft.test", "run through examples and edge cases after coding"},
    {"craft.refactor", "make it cleaner, more Pythonic, or faster once it works"},
    {NULL, NULL},
};

const struct topic *topic_find(const char *id)
{
	for (const struct topic *t = topics; t->id; t++)
		if (strcmp(t->id, id) == 0)
			return t;
	return NULL;
}

bool topic_matches(const char *id, const char *query)
{
	size_t n = strlen(query);
	if (strncmp(id, query, n) != 0)
		return false;
	/* An empty query matches nothing (and has no query[n - 1] to look at). */
	return n > 0 && (id[n] == '\0' || id[n] == '.' || query[n - 1] == '.');
}

bool topic_known(const char *query)
{
	for (const struct topic *t = topics; t->id; t++)
		if (topic_matches(t->id, query))
			return true;
	return false;
}

#include "judge/verdict.h"

#include <string.h>

static const char *const names[V_COUNT] = {
    "accepted",     "wrong_answer",  "runtime_error", "time_limit",     "memory_limit",
    "output_limit", "compile_error", "forbidden",     "internal_error",
};

static const char *const titles[V_COUNT] = {
    "Accepted",
    "Wrong answer",
    "Runtime error",
    "Time limit exceeded",
    "Memory limit exceeded",
    "Output limit exceeded",
    "Compile error",
    "Forbidden",
    "Internal error",
};

const char *verdict_name(enum verdict v)
{
	return (unsigned)v < V_COUNT ? names[v] : "internal_error";
}

const char *verdict_title(enum verdict v)
{
	return (unsigned)v < V_COUNT ? titles[v] : "Internal error";
}

int verdict_from_name(const char *name)
{
	for (int i = 0; i < V_COUNT; i++)
		if (strcmp(names[i], name) == 0)
			return i;
	return -1;
}

/*
 * mhd.c - see mhd.h.
 */
#include "server/mhd.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

#include "util/xalloc.h"

#ifndef ACE_MHD_SONAME
#define ACE_MHD_SONAME "libmicrohttpd.so.12"
#endif

struct mhd_api mhd;

static pthread_mutex_t load_mu = PTHREAD_MUTEX_INITIALIZER;
static void *handle;

/* Each entry of the table and the symbol it comes from. */
static const struct {
	const char *symbol;
	size_t offset;
} ENTRIES[] = {
    {"MHD_start_daemon", offsetof(struct mhd_api, start_daemon)},
    {"MHD_stop_daemon", offsetof(struct mhd_api, stop_daemon)},
    {"MHD_quiesce_daemon", offsetof(struct mhd_api, quiesce_daemon)},
    {"MHD_lookup_connection_value", offsetof(struct mhd_api, lookup_connection_value)},
    {"MHD_get_connection_values", offsetof(struct mhd_api, get_connection_values)},
    {"MHD_create_response_from_buffer", offsetof(struct mhd_api, create_response_from_buffer)},
    {"MHD_create_response_from_buffer_with_free_callback_cls",
     offsetof(struct mhd_api, create_response_from_buffer_with_free_callback_cls)},
    {"MHD_add_response_header", offsetof(struct mhd_api, add_response_header)},
    {"MHD_queue_response", offsetof(struct mhd_api, queue_response)},
    {"MHD_destroy_response", offsetof(struct mhd_api, destroy_response)},
};

int mhd_load(char **err)
{
	int rc = 0;
	pthread_mutex_lock(&load_mu);
	if (handle)
		goto out;
	void *h = dlopen(ACE_MHD_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		*err = xasprintf("ace serve needs libmicrohttpd (%s), from the Debian package "
		                 "libmicrohttpd12: %s",
		                 ACE_MHD_SONAME, dlerror());
		rc = -1;
		goto out;
	}
	struct mhd_api api;
	for (size_t i = 0; i < sizeof(ENTRIES) / sizeof(ENTRIES[0]); i++) {
		void *sym = dlsym(h, ENTRIES[i].symbol);
		if (!sym) {
			*err = xasprintf("%s has no %s: a libmicrohttpd older than the one ace was built "
			                 "with?",
			                 ACE_MHD_SONAME, ENTRIES[i].symbol);
			dlclose(h);
			rc = -1;
			goto out;
		}
		/* POSIX: a function pointer may be stored in and read from a void * (dlsym). */
		*(void **)((char *)&api + ENTRIES[i].offset) = sym;
	}
	mhd = api;
	handle = h;
out:
	pthread_mutex_unlock(&load_mu);
	return rc;
}

/*
 * mhd.h - libmicrohttpd, loaded when the server starts.
 *
 * ace is one binary: the CLI, the server and the sandbox's zygote (`ace
 * __box`). Linked normally, libmicrohttpd and the TLS stack it depends on
 * (gnutls, nettle, hogweed, gmp, p11-kit, libffi, tasn1, idn2, unistring:
 * ten libraries) were mapped into every ace process. The zygote is forked for
 * every test case, and each fork copies, and each test's exit tears down,
 * every mapping the zygote has: those libraries were 53 of its 142 mappings
 * and cost about a tenth of the CPU of a test (docs/PERFORMANCE.md). So only
 * `ace serve` loads them, with dlopen(), and calls libmicrohttpd through
 * this table, whose entries have the library's own prototypes.
 */
#ifndef ACE_SERVER_MHD_H
#define ACE_SERVER_MHD_H

#include <microhttpd.h>

struct mhd_api {
	__typeof__(MHD_start_daemon) *start_daemon;
	__typeof__(MHD_stop_daemon) *stop_daemon;
	__typeof__(MHD_quiesce_daemon) *quiesce_daemon;
	__typeof__(MHD_lookup_connection_value) *lookup_connection_value;
	__typeof__(MHD_get_connection_values) *get_connection_values;
	__typeof__(MHD_create_response_from_buffer) *create_response_from_buffer;
	__typeof__(MHD_create_response_from_buffer_with_free_callback_cls)
	    *create_response_from_buffer_with_free_callback_cls;
	__typeof__(MHD_add_response_header) *add_response_header;
	__typeof__(MHD_queue_response) *queue_response;
	__typeof__(MHD_destroy_response) *destroy_response;
};

/* The table; valid after mhd_load() succeeded. */
extern struct mhd_api mhd;

/*
 * Load libmicrohttpd (once; later calls return at once). Returns 0, or -1 with
 * *err (caller frees) saying what is missing and which Debian package has it.
 */
int mhd_load(char **err);

#endif

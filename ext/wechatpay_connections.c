/*
 * wechatpay_connections.c: the libcurl state this process keeps across PHP requests (in module
 * globals, so an FPM worker keeps it from one request to the next): one share handle holding the
 * connection cache, TLS sessions and DNS answers, and a pool of idle easy handles attached to it.
 * Every client's transfers, synchronous and asynchronous, draw their easy handles from here, so a
 * client built afresh on every request reuses the keep-alive connection an earlier one left open
 * (libcurl reuses a connection only for a request with the same host, proxy and TLS settings).
 * After fork() the child builds its own on first use and leaves everything inherited untouched:
 * cleaning it up would close, or send TLS close_notify on, sockets the parent still uses.
 */
#include "php.h"
#include "php_wechatpay.h"
#include "wechatpay_connections.h"

/* Idle easy handles kept for the next transfers: enough for a batch of concurrent calls. */
#define IDLE_EASY_MAX 50

struct _wechatpay_connections {
	pid_t pid;                         /* the process these handles belong to */
	CURLSH *share;                     /* NULL until first needed (or when libcurl could not make one) */
	CURL *idle[IDLE_EASY_MAX];
	size_t idle_count;
	wechatpay_connections *parent;     /* the parent process's, never touched again */
	void **left_alone;                 /* handles inherited by transports, never touched again */
	size_t left_alone_count, left_alone_size;
};

/* This process's state; a fresh one after fork(), the parent's kept reachable behind it. */
static wechatpay_connections *current(void)
{
	wechatpay_connections *connections = WECHATPAY_G(connections);
	if (connections && connections->pid == getpid()) {
		return connections;
	}
	wechatpay_connections *fresh = pecalloc(1, sizeof(*fresh), 1);
	fresh->pid = getpid();
	fresh->parent = connections;
	WECHATPAY_G(connections) = fresh;
	return fresh;
}

static CURLSH *share_of(wechatpay_connections *connections)
{
	if (!connections->share) {
		CURLSH *share = curl_share_init();
		/* one thread per set of module globals: no lock functions needed */
		if (share && (curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT) != CURLSHE_OK
				|| curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION) != CURLSHE_OK
				|| curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS) != CURLSHE_OK)) {
			curl_share_cleanup(share);
			share = NULL;
		}
		connections->share = share;
	}
	return connections->share;
}

CURL *wechatpay_connections_take_easy(void)
{
	wechatpay_connections *connections = current();
	if (connections->idle_count) {
		return connections->idle[--connections->idle_count];
	}
	CURL *easy = curl_easy_init();
	CURLSH *share = share_of(connections);
	if (easy && share) {
		curl_easy_setopt(easy, CURLOPT_SHARE, share);
	}
	return easy;
}

void wechatpay_connections_give_back(CURL *easy)
{
	wechatpay_connections *connections = current();
	if (connections->idle_count == IDLE_EASY_MAX) {
		curl_easy_cleanup(easy);
		return;
	}
	/* nothing of the last transfer survives (options, callbacks, their pointers into request
	 * memory); the share stays attached */
	curl_easy_reset(easy);
	connections->idle[connections->idle_count++] = easy;
}

void wechatpay_connections_leave_alone(void *handle)
{
	if (!handle) {
		return;
	}
	wechatpay_connections *connections = current();
	if (connections->left_alone_count == connections->left_alone_size) {
		connections->left_alone_size = connections->left_alone_size ? connections->left_alone_size * 2 : 8;
		connections->left_alone = safe_perealloc(connections->left_alone, connections->left_alone_size,
				sizeof(void *), 0, 1);
	}
	connections->left_alone[connections->left_alone_count++] = handle;
}

void wechatpay_connections_shutdown(void)
{
	wechatpay_connections *connections = WECHATPAY_G(connections);
	if (!connections || connections->pid != getpid()) {
		return; /* nothing of ours; what was inherited stays as it is */
	}
	while (connections->idle_count) {
		curl_easy_cleanup(connections->idle[--connections->idle_count]);
	}
	/* every easy handle is cleaned up by now; were one still attached (lost to a fatal error in the
	 * middle of its transfer), the share refuses and is kept */
	if (connections->share && curl_share_cleanup(connections->share) == CURLSHE_OK) {
		connections->share = NULL;
	}
	if (!connections->share && !connections->parent && !connections->left_alone) {
		pefree(connections, 1);
		WECHATPAY_G(connections) = NULL;
	}
}

/*
 * wechatpay_transport.h: libcurl underneath the client: synchronous calls, and a multi handle for
 * concurrent asynchronous calls; easy handles and connections come from the process-wide pool.
 */
#ifndef WECHATPAY_TRANSPORT_H
#define WECHATPAY_TRANSPORT_H

#include <curl/curl.h>
#include "php.h"
#include "zend_smart_str.h"
#include "wechatpay_request.h"

/* What came back: the final status line, headers and body, or the curl error that prevented it. */
typedef struct _wechatpay_reply {
	long status;
	zend_string *reason;       /* reason phrase as received ("" when none) */
	zend_string *protocol;     /* "1.0", "1.1", "2" ... */
	zend_array *headers;       /* name as received (as a PHP array key: "123" is 123) => list of values, in order (refcounted) */
	smart_str body;            /* empty when the request has a sink: the body went there */
	const wechatpay_sink *sink; /* the request's sink, or NULL */
	CURLcode error;            /* CURLE_OK when a reply arrived */
	char error_text[CURL_ERROR_SIZE];
	bool head_complete;        /* the blank line ending the last header block arrived */
	zend_string *last_header;  /* name of the header an obs-fold line continues */
	zend_string *bad_header;   /* Guzzle's words for the header that ended the transfer (curl 23) */
} wechatpay_reply;

typedef struct _wechatpay_transfer wechatpay_transfer;

/* Called from wechatpay_transport_drive() for each asynchronous transfer as it completes. True when
 * the transfer is finished (the callback owns it), false when it was started again (a redirect). */
typedef bool (*wechatpay_transfer_done)(wechatpay_transfer *transfer);

struct _wechatpay_transfer {
	wechatpay_request request;
	wechatpay_reply reply;
	CURL *easy;
	struct curl_slist *header_lines;
	zend_object *promise;            /* the pending promise this transfer settles (async only) */
	void *owner;                     /* the client that started it */
	wechatpay_transfer *prev, *next; /* the transport's in-flight list */
};

/* Called for an in-flight transfer that will never complete (its owner or the request is ending):
 * the owner lets go of it without running user code. */
typedef void (*wechatpay_transfer_abandon)(wechatpay_transfer *transfer);

typedef struct _wechatpay_transport wechatpay_transport;
struct _wechatpay_transport {
	CURLM *multi;
	wechatpay_transfer *in_flight;
	size_t in_flight_count;
	wechatpay_transfer_abandon abandon;
	wechatpay_transport *busy_prev, *busy_next; /* the request's transports with transfers in flight */
	pid_t pid;                       /* handles are not used across fork() */
};

void wechatpay_transport_init(wechatpay_transport *transport, wechatpay_transfer_abandon abandon);
/* Abandons in-flight transfers and frees libcurl state. */
void wechatpay_transport_release(wechatpay_transport *transport);

/* Request shutdown: abandons every transfer still in flight, so that no promise, client or
 * callback is kept alive by a transfer that will never complete. Runs no user code. */
void wechatpay_transport_rshutdown(void);

/* Sends the transfer's request synchronously; the reply (or curl error) lands in transfer->reply. */
void wechatpay_transport_perform(wechatpay_transport *transport, wechatpay_transfer *transfer);

/* Queues the transfer on the multi handle and starts it without blocking. */
void wechatpay_transport_start(wechatpay_transport *transport, wechatpay_transfer *transfer);

/* Runs the multi handle until `until` has completed (or, when NULL, until nothing is in flight),
 * calling `done` for every transfer that completes on the way. The callback owns the transfer. */
void wechatpay_transport_drive(wechatpay_transport *transport, wechatpay_transfer *until, wechatpay_transfer_done done);

/* Removes a transfer that has not completed yet from the multi handle (cancel). */
void wechatpay_transport_abort(wechatpay_transport *transport, wechatpay_transfer *transfer);

void wechatpay_transfer_free(wechatpay_transfer *transfer);

/* Frees what a reply holds and zeroes it (before a transfer is sent again, to a redirect's target). */
void wechatpay_reply_release(wechatpay_reply *reply);

/* First value of a reply header, matched case-insensitively; NULL when absent. */
zend_string *wechatpay_reply_header(const wechatpay_reply *reply, const char *name, size_t name_len);

/* The User-Agent fragment naming libcurl, e.g. "curl/7.88.1". */
const char *wechatpay_transport_curl_version(void);

#endif

/*
 * wechatpay_request.h: one outgoing request as it will go on the wire: method, URL and signed
 * target, header lines, body bytes, and the transport options that apply to it.
 */
#ifndef WECHATPAY_REQUEST_H
#define WECHATPAY_REQUEST_H

#include "php.h"
#include "wechatpay_uri.h"
#include "wechatpay_sink.h"

typedef struct _wechatpay_request {
	zend_string *method;
	wechatpay_url url;
	zend_string *body;          /* exactly the bytes sent ("" when none); signed too unless signed_body is set */
	zend_string *signed_body;   /* what is signed when it is not the body sent (a MediaUtil upload: its meta JSON), else NULL */
	HashTable headers;          /* lower-case name => "Name: value" line, in sending order */
	double timeout;             /* seconds; 0 = no limit */
	double connect_timeout;     /* seconds; 0 = libcurl's default */
	bool verify_peer;           /* TLS peer and host verification */
	zend_string *ca_file;       /* `verify` given as a CA bundle path, else NULL */
	bool http_errors;           /* 4xx/5xx become exceptions */
	bool decode_content;        /* decode what the server compresses (Accept-Encoding header: only those) */
	/* options below are zero / NULL / UNDEF when absent and then cost nothing */
	double read_timeout;        /* seconds without a received byte before giving up; 0 = no limit */
	long http_version;          /* CURL_HTTP_VERSION_* from `version` (Guzzle's default is 1.1) */
	zval proxy;                 /* `proxy` as given (string, or scheme => proxy plus 'no'); resolved per hop */
	zend_string *cert, *cert_password;       /* `cert`: client certificate path [, passphrase] */
	zend_string *ssl_key, *ssl_key_password; /* `ssl_key`: its private key path [, passphrase] */
	zval debug;                 /* `debug`: the stream resource libcurl's verbose trace goes to */
	zend_long redirect_max;     /* `allow_redirects`: hops to follow (0 = none) */
	zend_long redirect_count;   /* hops followed so far */
	bool redirect_strict;       /* 301/302 keep the method and body (303 never does) */
	bool redirect_referer;      /* send Referer on same-scheme hops */
	uint8_t redirect_protocols; /* WECHATPAY_PROTOCOL_* a Location may use */
	wechatpay_sink sink;        /* `sink`: where the reply body is written (target UNDEF: kept in memory) */
} wechatpay_request;

#define WECHATPAY_PROTOCOL_HTTP  1
#define WECHATPAY_PROTOCOL_HTTPS 2

/* Per-client defaults the options are merged over (Guzzle's client config). */
typedef struct _wechatpay_request_defaults {
	HashTable *options;         /* config keys that are request options (base_uri, timeout, verify, ...) */
	HashTable *headers;         /* conditional headers: lower-case name => "Name: value" line */
} wechatpay_request_defaults;

/* Builds `request` from the expanded path and the caller's options merged over `defaults`.
 * Returns false with an exception thrown when an option is unusable; nothing is left to release then. */
bool wechatpay_request_build(wechatpay_request *request, const wechatpay_request_defaults *defaults,
		zend_string *method, zend_string *path, HashTable *options);

/* Sets (or replaces) one header, keeping its position if it was already present. */
void wechatpay_request_set_header(wechatpay_request *request, const char *name, size_t name_len,
		const char *value, size_t value_len);

void wechatpay_request_release(wechatpay_request *request);

/* The bytes the signature covers: (string) of the body, as the SDK's signer casts it. */
static zend_always_inline zend_string *wechatpay_request_signed_body(const wechatpay_request *request)
{
	return request->signed_body ? request->signed_body : request->body;
}

/* Empties the body (a redirect that becomes a GET without one). */
void wechatpay_request_drop_body(wechatpay_request *request);

/* What Guzzle's curl handler checks as it starts (a rejection, not a synchronous throw, for async
 * calls): the `cert` and `ssl_key` files exist. False with \InvalidArgumentException thrown. */
bool wechatpay_request_check_files(const wechatpay_request *request);

/* The `proxy` that applies to the request's current URL (array form: by scheme, minus 'no' hosts),
 * or NULL for none. */
const char *wechatpay_request_proxy(const wechatpay_request *request);

/* Turns a Guzzle-style headers array (name => string or list of strings) into header lines keyed by
 * lower-case name, appended to `lines`. False with an exception for bad names, values or types. */
bool wechatpay_headers_from_array(HashTable *lines, HashTable *headers);

#endif

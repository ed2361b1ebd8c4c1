/*
 * wechatpay_request.h: one outgoing request as it will go on the wire: method, URL and signed
 * target, header lines, body bytes, and the transport options that apply to it.
 */
#ifndef WECHATPAY_REQUEST_H
#define WECHATPAY_REQUEST_H

#include "php.h"
#include "wechatpay_uri.h"

typedef struct _wechatpay_request {
	zend_string *method;
	wechatpay_url url;
	zend_string *body;          /* exactly the bytes sent and signed ("" when none) */
	HashTable headers;          /* lower-case name => "Name: value" line, in sending order */
	double timeout;             /* seconds; 0 = no limit */
	double connect_timeout;     /* seconds; 0 = libcurl's default */
	bool verify_peer;           /* TLS peer and host verification */
	zend_string *ca_file;       /* `verify` given as a CA bundle path, else NULL */
	bool http_errors;           /* 4xx/5xx become exceptions */
	bool decode_content;        /* transparently decode gzip/deflate replies */
} wechatpay_request;

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

/* Turns a Guzzle-style headers array (name => string or list of strings) into header lines keyed by
 * lower-case name, appended to `lines`. False with an exception for bad names, values or types. */
bool wechatpay_headers_from_array(HashTable *lines, HashTable *headers);

#endif

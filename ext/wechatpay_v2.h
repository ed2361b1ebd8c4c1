/*
 * wechatpay_v2.h: APIv2 (XML): the request data signed and serialised, and the reply checks, as the
 * SDK's transform_request and transform_response middlewares do them; shared by the native pipeline
 * and the native Guzzle middlewares.
 */
#ifndef WECHATPAY_V2_H
#define WECHATPAY_V2_H

#include "php.h"
#include "wechatpay_request.h"

/* Guzzle's Query::parse(): pairs split on '&' then the first '=', '+' read as a space, rawurldecode();
 * a key without '=' is null, repeated keys become lists. */
void wechatpay_v2_query_parse(const char *query, size_t length, zval *out);

/* Guzzle's Query::build() with rawurlencode(): insertion order, null as a bare key, lists as repeated
 * pairs, booleans as 0/1. NULL with an exception (an object without __toString). */
zend_string *wechatpay_v2_query_build(HashTable *data);

/* transform_request's data: `xml` (when not null), else `query_data` (a GET's parsed query, or NULL);
 * checked against the configured `mchid`, given a `nonce_str` unless `nonceless`, and signed with
 * `secret` (MD5, or the `sign_type`). A new array, or NULL with the SDK's exception thrown. */
HashTable *wechatpay_v2_signed_data(zval *xml, zval *query_data, zend_string *mchid, zend_string *secret,
		bool nonceless);

/* The `security` option: when it is `true`, a copy of `options` whose `cert` and `ssl_key` are
 * config merchant's `cert` and `key` (null when absent); else NULL (the options apply as they are). */
HashTable *wechatpay_v2_security_options(HashTable *options, zval *merchant);

/* Marks a request built by the native pipeline as an APIv2 call, keeping its `xml` and `nonceless`. */
void wechatpay_v2_request_init(wechatpay_request *request, HashTable *options);

/* transform_request on such a request, for its current hop: a GET's query, or any other method's body,
 * replaced by the signed data. False with the exception thrown. */
bool wechatpay_v2_transform(wechatpay_request *request, zend_string *mchid, zend_string *secret);

/* One of the 24 paths whose replies WeChat Pay never signs (exact, case-sensitive). */
bool wechatpay_v2_unsigned_path(const char *path, size_t length);

typedef enum {
	WECHATPAY_V2_ACCEPTED,   /* return_code (and result_code) SUCCESS, sign valid */
	WECHATPAY_V2_REJECTED,   /* the promise is rejected with the Response itself */
	WECHATPAY_V2_FAILED      /* an exception was thrown (it becomes the rejection reason) */
} wechatpay_v2_verdict;

/* transform_response's checks on a reply body. */
wechatpay_v2_verdict wechatpay_v2_check(zend_string *body, zend_string *secret);

#endif

/*
 * wechatpay_verify.h: APIv3 reply verification against the platform certificates / public keys
 * configured in `certs`, with the keys parsed once and reused while their source is unchanged.
 */
#ifndef WECHATPAY_VERIFY_H
#define WECHATPAY_VERIFY_H

#include "php.h"

#define WECHATPAY_MAXIMUM_CLOCK_OFFSET 300

/* serial => parsed key, remembered with the value it was parsed from */
void wechatpay_verify_cache_init(HashTable *cache);

typedef struct _wechatpay_verdict {
	zend_string *failure;   /* NULL when the reply verified (or is exempt); else the exception message */
	bool key_unusable;      /* the configured key material could not be loaded */
} wechatpay_verdict;

/* How the checks see a reply: `header` gives the first value of a header (case-insensitive name),
 * owned, or NULL when absent; `body` the whole body, owned, or NULL with an exception thrown (the
 * body is only read when the checks get that far, as in the SDK). */
typedef struct _wechatpay_reply_view {
	zend_string *(*header)(void *context, const char *name, size_t name_len);
	zend_string *(*body)(void *context);
	void *context;
} wechatpay_reply_view;

/* The checks of the SDK's verifier, in its order, for a reply to a request on `path`: exempt
 * download paths, headers present, clock within ±300 s, serial configured, RSA-SHA256 over
 * "TIMESTAMP\nNONCE\nBODY\n". `certs` is the array itself (dereferenced by the caller: it is live).
 * When the body could not be read, the verdict has no failure and that exception is in flight. */
wechatpay_verdict wechatpay_verify(zval *certs, HashTable *cache, zend_string *path, const wechatpay_reply_view *reply);

#endif

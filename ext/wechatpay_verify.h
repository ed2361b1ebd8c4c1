/*
 * wechatpay_verify.h: APIv3 reply verification against the platform certificates / public keys
 * configured in `certs`, with the keys parsed once and reused while their source is unchanged.
 */
#ifndef WECHATPAY_VERIFY_H
#define WECHATPAY_VERIFY_H

#include "php.h"
#include "wechatpay_request.h"
#include "wechatpay_transport.h"

#define WECHATPAY_MAXIMUM_CLOCK_OFFSET 300

/* serial => parsed key, remembered with the value it was parsed from */
void wechatpay_verify_cache_init(HashTable *cache);

typedef struct _wechatpay_verdict {
	zend_string *failure;   /* NULL when the reply verified (or is exempt); else the exception message */
	bool key_unusable;      /* the configured key material could not be loaded */
} wechatpay_verdict;

/* The checks of the SDK's verifier, in its order: headers present, clock within ±300 s, serial
 * configured, RSA-SHA256 over "TIMESTAMP\nNONCE\nBODY\n". `certs` may be a reference (it is live). */
wechatpay_verdict wechatpay_verify_reply(zval *certs, HashTable *cache, const wechatpay_request *request,
		const wechatpay_reply *reply);

#endif

/*
 * wechatpay_key_cache.h: parsed keys kept across PHP requests in this process, found again by the
 * content they were parsed from.
 */
#ifndef WECHATPAY_KEY_CACHE_H
#define WECHATPAY_KEY_CACHE_H

#include "php.h"
#include <openssl/evp.h>

/* Which parse a cached key came from: the same text may read differently as either. */
typedef enum {
	WECHATPAY_KEY_CACHE_PRIVATE = 'k',
	WECHATPAY_KEY_CACHE_PUBLIC = 'p'
} wechatpay_key_cache_kind;

typedef EVP_PKEY *(*wechatpay_key_parser)(const zend_string *text);

/* parse(text), or the key an earlier parse of the same kind of the same text gave in this process:
 * a new reference the caller frees, or NULL when the text is not usable (not cached). */
EVP_PKEY *wechatpay_key_cache_parse(wechatpay_key_cache_kind kind, const zend_string *text, wechatpay_key_parser parse);

/* Module (or thread) shutdown: frees every cached key. */
void wechatpay_key_cache_shutdown(void);

#endif

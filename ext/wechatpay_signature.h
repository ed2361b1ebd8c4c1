/*
 * wechatpay_signature.h: the APIv3 signature formats: the request's Authorization header and the
 * RSA-SHA256 primitives that sign requests and verify replies.
 */
#ifndef WECHATPAY_SIGNATURE_H
#define WECHATPAY_SIGNATURE_H

#include "php.h"
#include <openssl/evp.h>

#define WECHATPAY_NONCE_LENGTH 32

/* `size` characters of [0-9A-Za-z], each a CSPRNG byte modulo 62 (the SDK's Formatter::nonce());
 * NULL with an exception when the CSPRNG fails. */
zend_string *wechatpay_nonce_of_size(size_t size);

/* wechatpay_nonce_of_size(WECHATPAY_NONCE_LENGTH): the nonce of every signed request. */
zend_string *wechatpay_nonce(void);

/* base64(RSASSA-PKCS1-v1_5 SHA-256 signature); NULL when the key cannot sign. */
zend_string *wechatpay_rsa_sign(EVP_PKEY *key, const char *message, size_t length);

bool wechatpay_rsa_verify(EVP_PKEY *key, const char *message, size_t length,
		const unsigned char *signature, size_t signature_length);

/* `WECHATPAY2-SHA256-RSA2048 mchid="…",serial_no="…",timestamp="…",nonce_str="…",signature="…"` over
 * "METHOD\nTARGET\nTIMESTAMP\nNONCE\nBODY\n"; NULL when signing failed (exception thrown). */
zend_string *wechatpay_authorization(zend_string *mchid, zend_string *serial, EVP_PKEY *key,
		zend_string *method, zend_string *target, zend_string *body);

/* The Authorization header from its parts, verbatim (no quoting or escaping, as the SDK). */
zend_string *wechatpay_authorization_header(const zend_string *mchid, const zend_string *serial,
		const char *timestamp, size_t timestamp_length, const zend_string *nonce, const zend_string *signature);

#endif

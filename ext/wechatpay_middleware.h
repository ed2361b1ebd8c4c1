/*
 * wechatpay_middleware.h: the SDK's `signer` and `verifier` Guzzle middlewares as native invokable
 * objects (WeChatPay\Http\Signer, WeChatPay\Http\Verifier) over PSR-7 messages.
 */
#ifndef WECHATPAY_MIDDLEWARE_H
#define WECHATPAY_MIDDLEWARE_H

#include "php.h"
#include <openssl/evp.h>

extern zend_class_entry *wechatpay_ce_Signer;
extern zend_class_entry *wechatpay_ce_Verifier;

void wechatpay_middleware_minit(void);

/* The SDK's body(): a PSR-7 message's whole body, its stream rewound when reading moved it; NULL with
 * an exception. */
zend_string *wechatpay_psr7_body(zval *message);

/* The string $object->method() returns; NULL with an exception. */
zend_string *wechatpay_psr7_string(zval *object, const char *method);

/* The SDK's signer(): callable(RequestInterface): RequestInterface adding the Authorization header.
 * Takes its own reference to `key`; NULL (an unusable key) makes every signing fail as in the SDK. */
void wechatpay_signer_new(zval *out, zend_string *mchid, zend_string *serial, EVP_PKEY *key);

/* The SDK's verifier(): the Guzzle middleware checking every fulfilled response against `certs`,
 * an array or a reference to one (then later changes to it are seen, as the SDK's by-reference). */
void wechatpay_verifier_new(zval *out, zval *certs);

#endif

/*
 * wechatpay_guzzle.h: the Guzzle path: the APIv3 GuzzleHttp\Client and HandlerStack the SDK's
 * jsonBased() builds, with the native signer and verifier in them. Guzzle is used, never declared.
 */
#ifndef WECHATPAY_GUZZLE_H
#define WECHATPAY_GUZZLE_H

#include "php.h"
#include <openssl/evp.h>

/* Whether `value` is a GuzzleHttp\HandlerStack (false when Guzzle cannot be autoloaded). */
bool wechatpay_guzzle_is_stack(zval *value);

/* The SDK's jsonBased() for a validated `config` whose mchid, serial, private key and certs (an
 * array or a reference to one) are given: a GuzzleHttp\Client into `out`, whose stack is a clone of
 * config `handler` when that is a HandlerStack, else HandlerStack::create(), with `signer` before
 * `prepare_body` and `verifier` before `http_errors`. False with an exception thrown (one saying
 * Guzzle is needed when it cannot be autoloaded). */
bool wechatpay_guzzle_json_client(zval *out, HashTable *config, zend_string *mchid, zend_string *serial,
		EVP_PKEY *key, zval *certs);

/* The SDK's xmlBased(): a GuzzleHttp\Client into `out` with the XML Accept / Content-Type over the same
 * defaults, over a stack (cloned or created as above) with the native `transform_request` before
 * `prepare_body` and `transform_response` before `http_errors`. `mchid` and `merchant` may be NULL.
 * False with an exception thrown. */
bool wechatpay_guzzle_xml_client(zval *out, HashTable *config, zend_string *mchid, zend_string *secret, zval *merchant);

#endif

/*
 * wechatpay_rsa.h: WeChatPay\Crypto\Rsa, the SDK's RSA key loader and its OAEP encrypt/decrypt and
 * SHA256-RSA sign/verify helpers.
 */
#ifndef WECHATPAY_RSA_H
#define WECHATPAY_RSA_H

#include "php.h"

extern zend_class_entry *wechatpay_ce_Rsa;

void wechatpay_rsa_minit(void);

/* Rsa::from($thing, $isPublic ? 'public' : 'private'): an OpenSSLAsymmetricKey in `return_value`,
 * or an exception (UnexpectedValueException when ext/openssl cannot load it). */
void wechatpay_rsa_from(zval *thing, bool is_public, zval *return_value);

#endif

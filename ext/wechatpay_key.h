/*
 * wechatpay_key.h: turning the key material merchants configure (PEM strings, file:// paths,
 * ext/openssl key and certificate objects) into OpenSSL EVP_PKEYs.
 */
#ifndef WECHATPAY_KEY_H
#define WECHATPAY_KEY_H

#include "php.h"
#include <openssl/evp.h>

/* An RSA private key from a PEM string (PKCS#1 or PKCS#8), a "file://" path to one, or an
 * OpenSSLAsymmetricKey. NULL, without exception or warning, when it is not usable (encrypted
 * keys are never prompted for). */
EVP_PKEY *wechatpay_key_private(zval *source);

/* A public key from a certificate or public-key PEM, a "file://" path to either, an
 * OpenSSLAsymmetricKey or an OpenSSLCertificate. NULL when it is not usable. */
EVP_PKEY *wechatpay_key_public(zval *source);

/* What openssl_pkey_get_private() / openssl_pkey_get_public() make of a PEM string or a "file://"
 * path, an OpenSSLAsymmetricKey, built from the process-wide key cache without parsing again. false
 * (nothing set) when the text is not an RSA key of that kind or ext/openssl's object is not laid out
 * as known: then let ext/openssl parse it, with its own results and warnings. */
bool wechatpay_key_openssl_object(zval *source, bool is_public, zval *object);

#endif

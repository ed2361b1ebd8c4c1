/*
 * wechatpay_signature.c: the APIv3 signature formats: the CSPRNG base62 nonce, the signed message
 * "METHOD\nTARGET\nTIMESTAMP\nNONCE\nBODY\n", the Authorization header, and the RSA-SHA256
 * (PKCS#1 v1.5) sign and verify primitives on OpenSSL EVP.
 */
#include "php.h"
#include "ext/date/php_date.h"
#include "zend_smart_str.h"
#include "zend_exceptions.h"
#include "ext/standard/base64.h"
#include "ext/random/php_random.h"
#include "ext/spl/spl_exceptions.h"
#include <openssl/err.h>
#include "wechatpay_signature.h"
#include "wechatpay_exception.h"

static const char nonce_alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

zend_string *wechatpay_nonce_of_size(size_t size)
{
	zend_string *nonce = zend_string_alloc(size, 0);
	if (php_random_bytes_throw(ZSTR_VAL(nonce), size) == FAILURE) {
		zend_string_efree(nonce);
		return NULL;
	}
	for (size_t i = 0; i < size; i++) {
		ZSTR_VAL(nonce)[i] = nonce_alphabet[(unsigned char) ZSTR_VAL(nonce)[i] % 62];
	}
	ZSTR_VAL(nonce)[size] = '\0';
	return nonce;
}

zend_string *wechatpay_nonce(void)
{
	return wechatpay_nonce_of_size(WECHATPAY_NONCE_LENGTH);
}

zend_string *wechatpay_rsa_sign(EVP_PKEY *key, const char *message, size_t length)
{
	EVP_MD_CTX *context = EVP_MD_CTX_new();
	unsigned char signature[1024];
	size_t signature_length = sizeof(signature);
	zend_string *encoded = NULL;

	if (context && key && (size_t) EVP_PKEY_get_size(key) <= sizeof(signature)
			&& EVP_DigestSignInit(context, NULL, EVP_sha256(), NULL, key) == 1
			&& EVP_DigestSign(context, signature, &signature_length, (const unsigned char *) message, length) == 1) {
		encoded = php_base64_encode(signature, signature_length);
	}
	EVP_MD_CTX_free(context);
	ERR_clear_error();
	return encoded;
}

bool wechatpay_rsa_verify(EVP_PKEY *key, const char *message, size_t length,
		const unsigned char *signature, size_t signature_length)
{
	EVP_MD_CTX *context = EVP_MD_CTX_new();
	bool valid = context && key
		&& EVP_DigestVerifyInit(context, NULL, EVP_sha256(), NULL, key) == 1
		&& EVP_DigestVerify(context, signature, signature_length, (const unsigned char *) message, length) == 1;
	EVP_MD_CTX_free(context);
	ERR_clear_error();
	return valid;
}

zend_string *wechatpay_authorization(zend_string *mchid, zend_string *serial, EVP_PKEY *key,
		zend_string *method, zend_string *target, zend_string *body)
{
	zend_string *nonce = wechatpay_nonce();
	if (!nonce) {
		return NULL;
	}
	char timestamp[24];
	int timestamp_length = snprintf(timestamp, sizeof(timestamp), "%lld", (long long) php_time());

	smart_str message = {0};
	smart_str_append(&message, method);
	smart_str_appendc(&message, '\n');
	smart_str_append(&message, target);
	smart_str_appendc(&message, '\n');
	smart_str_appendl(&message, timestamp, timestamp_length);
	smart_str_appendc(&message, '\n');
	smart_str_append(&message, nonce);
	smart_str_appendc(&message, '\n');
	smart_str_append(&message, body);
	smart_str_appendc(&message, '\n');
	smart_str_0(&message);

	zend_string *signature = wechatpay_rsa_sign(key, ZSTR_VAL(message.s), ZSTR_LEN(message.s));
	smart_str_free(&message);
	if (!signature) {
		zend_string_release(nonce);
		zend_throw_exception(spl_ce_UnexpectedValueException,
				"Signing the input $message failed, please checking your $privateKey whether or nor correct.", 0);
		return NULL;
	}

	zend_string *header = wechatpay_authorization_header(mchid, serial, timestamp, timestamp_length, nonce, signature);
	zend_string_release(nonce);
	zend_string_release(signature);
	return header;
}

zend_string *wechatpay_authorization_header(const zend_string *mchid, const zend_string *serial,
		const char *timestamp, size_t timestamp_length, const zend_string *nonce, const zend_string *signature)
{
	smart_str header = {0};
	smart_str_appends(&header, "WECHATPAY2-SHA256-RSA2048 mchid=\"");
	smart_str_append(&header, mchid);
	smart_str_appends(&header, "\",serial_no=\"");
	smart_str_append(&header, serial);
	smart_str_appends(&header, "\",timestamp=\"");
	smart_str_appendl(&header, timestamp, timestamp_length);
	smart_str_appends(&header, "\",nonce_str=\"");
	smart_str_append(&header, nonce);
	smart_str_appends(&header, "\",signature=\"");
	smart_str_append(&header, signature);
	smart_str_appendc(&header, '"');
	return smart_str_extract(&header);
}

/*
 * wechatpay_aes.c: WeChatPay\Crypto\AesInterface, AesGcm and AesEcb on OpenSSL EVP. AesGcm is
 * aes-256-gcm with AAD and the 16-byte tag appended to the ciphertext (APIv3 notifications and
 * platform certificates); AesEcb is aes-256-ecb with PKCS#7 padding (APIv2 refund notifications);
 * both take and give base64. Keys, IVs and failures are those of openssl_encrypt()/openssl_decrypt()
 * as the SDK calls them: a short key is zero-padded and a long one cut to 32 bytes, GCM takes any IV
 * length OpenSSL accepts (an empty IV fails with ext/openssl's warning, reproduced word for word),
 * and lengths beyond INT_MAX are ext/openssl's ValueErrors.
 */
#include "php.h"
#include "zend_exceptions.h"
#include "ext/standard/base64.h"
#include "ext/spl/spl_exceptions.h"
#include <openssl/evp.h>
#include <openssl/err.h>
#include <openssl/crypto.h>
#include "wechatpay_aes.h"
#include "wechatpay_userland.h"
#include "zend_attributes.h"
#include "wechatpay_aes_arginfo.h"

#define AES_KEY_LENGTH 32
#define AES_TAG_LENGTH 16

static const char aes_encrypt_failed[] =
	"Encrypting the input $plaintext failed, please checking your $key and $iv whether or nor correct.";
static const char aes_decrypt_failed[] =
	"Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.";

static const EVP_CIPHER *aes_256_gcm;
static const EVP_CIPHER *aes_256_ecb;

/* The warnings ext/openssl gives on the SDK's failure paths, with the same text and origin. */
static void aes_warning(bool encrypt, const char *message)
{
	zend_error(E_WARNING, "%s(): %s", encrypt ? "openssl_encrypt" : "openssl_decrypt", message);
}

/* openssl_encrypt()/openssl_decrypt() with OPENSSL_RAW_DATA, as the SDK calls them. `aad` is NULL
 * for ECB. GCM encryption writes the 16-byte tag to `tag`; GCM decryption checks the `tag_length`
 * bytes at `tag`. NULL on failure, after ext/openssl's warning or with its ValueError if it has one. */
static zend_string *aes_crypt(const EVP_CIPHER *cipher, bool encrypt, const char *data, size_t data_length,
		const zend_string *key, const zend_string *iv, const zend_string *aad, unsigned char *tag, size_t tag_length)
{
	if (ZEND_SIZE_T_INT_OVFL(data_length)) {
		zend_value_error("data is too long");
		return NULL;
	}
	if (ZEND_SIZE_T_INT_OVFL(ZSTR_LEN(key))) {
		zend_value_error("password is too long");
		return NULL;
	}
	if (aad && ZEND_SIZE_T_INT_OVFL(ZSTR_LEN(aad))) {
		zend_value_error("aad is too long");
		return NULL;
	}
	if (!cipher) {
		aes_warning(encrypt, "Unknown cipher algorithm");
		return NULL;
	}

	EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
	unsigned char padded_key[AES_KEY_LENGTH] = {0};
	memcpy(padded_key, ZSTR_VAL(key), MIN(ZSTR_LEN(key), sizeof(padded_key)));
	zend_string *out = NULL;
	int length = 0, final_length = 0;

	if (!context || !EVP_CipherInit_ex(context, cipher, NULL, NULL, NULL, encrypt)) {
		goto done;
	}
	/* only GCM can differ here: AesEcb passes no IV, which is what aes-256-ecb expects */
	if (ZSTR_LEN(iv) != (size_t) EVP_CIPHER_iv_length(cipher) && (ZEND_SIZE_T_INT_OVFL(ZSTR_LEN(iv))
			|| EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_AEAD_SET_IVLEN, (int) ZSTR_LEN(iv), NULL) != 1)) {
		aes_warning(encrypt, "Setting of IV length for AEAD mode failed");
		goto done;
	}
	if (!encrypt && tag && EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_AEAD_SET_TAG, (int) tag_length, tag) != 1) {
		aes_warning(encrypt, "Setting tag for AEAD cipher decryption failed");
		goto done;
	}
	if (!EVP_CipherInit_ex(context, NULL, NULL, padded_key, (const unsigned char *) ZSTR_VAL(iv), encrypt)) {
		goto done;
	}
	if (aad && !EVP_CipherUpdate(context, NULL, &length, (const unsigned char *) ZSTR_VAL(aad), (int) ZSTR_LEN(aad))) {
		aes_warning(encrypt, "Setting of additional application data failed");
		goto done;
	}
	out = zend_string_alloc(data_length + EVP_CIPHER_block_size(cipher), 0);
	if (!EVP_CipherUpdate(context, (unsigned char *) ZSTR_VAL(out), &length, (const unsigned char *) data, (int) data_length)
			|| !EVP_CipherFinal_ex(context, (unsigned char *) ZSTR_VAL(out) + length, &final_length)) {
		zend_string_efree(out);
		out = NULL;
		goto done;
	}
	if (encrypt && tag && EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_AEAD_GET_TAG, AES_TAG_LENGTH, tag) != 1) {
		aes_warning(encrypt, "Retrieving verification tag failed");
		zend_string_efree(out);
		out = NULL;
		goto done;
	}
	ZSTR_LEN(out) = (size_t) length + (size_t) final_length;
	ZSTR_VAL(out)[ZSTR_LEN(out)] = '\0';

done:
	OPENSSL_cleanse(padded_key, sizeof(padded_key));
	EVP_CIPHER_CTX_free(context);
	ERR_clear_error();
	return out;
}

/* The SDK's exception for a failed openssl_encrypt()/openssl_decrypt(), unless that call already
 * threw (its ValueError, or an error handler turning its warning into an exception). */
static void aes_failed(const char *message)
{
	if (!EG(exception)) {
		zend_throw_exception(spl_ce_UnexpectedValueException, message, 0);
	}
}

/* AesGcm's pre-condition: ext/openssl knows the aes-256-gcm cipher. */
static bool aes_gcm_available(void)
{
	if (!aes_256_gcm) {
		zend_throw_exception(spl_ce_RuntimeException,
				"It looks like the ext-openssl extension missing the `aes-256-gcm` cipher method.", 0);
		return false;
	}
	return true;
}

ZEND_METHOD(WeChatPay_Crypto_AesGcm, encrypt)
{
	zend_string *plaintext, *key, *iv = ZSTR_EMPTY_ALLOC(), *aad = ZSTR_EMPTY_ALLOC();
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_STR(plaintext)
		Z_PARAM_STR(key)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(iv)
		Z_PARAM_STR(aad)
	ZEND_PARSE_PARAMETERS_END();

	if (!aes_gcm_available()) {
		RETURN_THROWS();
	}
	unsigned char tag[AES_TAG_LENGTH];
	zend_string *ciphertext = aes_crypt(aes_256_gcm, true, ZSTR_VAL(plaintext), ZSTR_LEN(plaintext),
			key, iv, aad, tag, sizeof(tag));
	if (!ciphertext) {
		aes_failed(aes_encrypt_failed);
		RETURN_THROWS();
	}
	size_t length = ZSTR_LEN(ciphertext);
	ciphertext = zend_string_extend(ciphertext, length + sizeof(tag), 0);
	memcpy(ZSTR_VAL(ciphertext) + length, tag, sizeof(tag));
	RETVAL_STR(php_base64_encode((const unsigned char *) ZSTR_VAL(ciphertext), ZSTR_LEN(ciphertext)));
	zend_string_efree(ciphertext);
}

ZEND_METHOD(WeChatPay_Crypto_AesGcm, decrypt)
{
	zend_string *ciphertext, *key, *iv = ZSTR_EMPTY_ALLOC(), *aad = ZSTR_EMPTY_ALLOC();
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_STR(ciphertext)
		Z_PARAM_STR(key)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(iv)
		Z_PARAM_STR(aad)
	ZEND_PARSE_PARAMETERS_END();

	if (!aes_gcm_available()) {
		RETURN_THROWS();
	}
	/* base64_decode() without strict mode skips what is not base64 and never fails */
	zend_string *raw = php_base64_decode_ex((const unsigned char *) ZSTR_VAL(ciphertext), ZSTR_LEN(ciphertext), false);
	/* the tag is the last 16 bytes, or all of a shorter input; what precedes the last 16 is the data */
	size_t tag_length = MIN(ZSTR_LEN(raw), AES_TAG_LENGTH);
	if (tag_length < 12 && tag_length != 8 && tag_length != 4) {
		zend_string_release(raw);
		zend_throw_exception(spl_ce_RuntimeException,
				"The inputs `$ciphertext` incomplete, the bytes length must be one of 16, 15, 14, 13, 12, 8 or 4.", 0);
		RETURN_THROWS();
	}
	size_t data_length = ZSTR_LEN(raw) > AES_TAG_LENGTH ? ZSTR_LEN(raw) - AES_TAG_LENGTH : 0;
	zend_string *plaintext = aes_crypt(aes_256_gcm, false, ZSTR_VAL(raw), data_length, key, iv, aad,
			(unsigned char *) ZSTR_VAL(raw) + ZSTR_LEN(raw) - tag_length, tag_length);
	zend_string_release(raw);
	if (!plaintext) {
		aes_failed(aes_decrypt_failed);
		RETURN_THROWS();
	}
	RETURN_NEW_STR(plaintext);
}

ZEND_METHOD(WeChatPay_Crypto_AesEcb, encrypt)
{
	zend_string *plaintext, *key, *iv = NULL;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(plaintext)
		Z_PARAM_STR(key)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(iv)
	ZEND_PARSE_PARAMETERS_END();

	(void) iv; /* accepted and ignored, as the SDK */
	zend_string *ciphertext = aes_crypt(aes_256_ecb, true, ZSTR_VAL(plaintext), ZSTR_LEN(plaintext),
			key, ZSTR_EMPTY_ALLOC(), NULL, NULL, 0);
	if (!ciphertext) {
		aes_failed(aes_encrypt_failed);
		RETURN_THROWS();
	}
	RETVAL_STR(php_base64_encode((const unsigned char *) ZSTR_VAL(ciphertext), ZSTR_LEN(ciphertext)));
	zend_string_efree(ciphertext);
}

ZEND_METHOD(WeChatPay_Crypto_AesEcb, decrypt)
{
	zend_string *ciphertext, *key, *iv = NULL;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(ciphertext)
		Z_PARAM_STR(key)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(iv)
	ZEND_PARSE_PARAMETERS_END();

	(void) iv; /* accepted and ignored, as the SDK */
	zend_string *raw = php_base64_decode_ex((const unsigned char *) ZSTR_VAL(ciphertext), ZSTR_LEN(ciphertext), false);
	zend_string *plaintext = aes_crypt(aes_256_ecb, false, ZSTR_VAL(raw), ZSTR_LEN(raw), key, ZSTR_EMPTY_ALLOC(),
			NULL, NULL, 0);
	zend_string_release(raw);
	if (!plaintext) {
		aes_failed(aes_decrypt_failed);
		RETURN_THROWS();
	}
	RETURN_NEW_STR(plaintext);
}

void wechatpay_aes_minit(void)
{
	zend_class_entry *aes_interface = register_class_WeChatPay_Crypto_AesInterface();
	register_class_WeChatPay_Crypto_AesGcm(aes_interface);
	register_class_WeChatPay_Crypto_AesEcb(aes_interface);
	/* looked up by name, as openssl_get_cipher_methods() and openssl_encrypt() do */
	aes_256_gcm = EVP_get_cipherbyname("aes-256-gcm");
	aes_256_ecb = EVP_get_cipherbyname("aes-256-ecb");
}

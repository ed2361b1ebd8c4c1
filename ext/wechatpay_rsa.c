/*
 * wechatpay_rsa.c: WeChatPay\Crypto\Rsa, the SDK's RSA key loader and its OAEP encrypt/decrypt and
 * SHA256-RSA sign/verify helpers. The SDK's own rules are done here: the "private.pkcs1://",
 * "private.pkcs8://", "public.pkcs1://" and "public.spki://" forms, PKCS#1 public PEMs, the
 * PKCS#1 → SPKI DER wrapping, the OAEP-only padding rule and the exceptions. Keys are loaded and
 * used by ext/openssl's own functions, called as the SDK calls them: its OpenSSLAsymmetricKey
 * objects, its many accepted key forms and its warnings are the SDK's observable behaviour, and
 * ext/openssl has no C API that would produce them.
 */
#include "php.h"
#include "zend_smart_str.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"
#include "ext/standard/base64.h"
#include "ext/standard/url.h"
#include "ext/spl/spl_exceptions.h"
#include <openssl/rsa.h>
#include "wechatpay_rsa.h"
#include "wechatpay_userland.h"
#include "wechatpay_key.h"
#include "wechatpay_rsa_arginfo.h"

zend_class_entry *wechatpay_ce_Rsa;

/* Rsa::KEY_TYPE_PUBLIC and Rsa::KEY_TYPE_PRIVATE, passed on by the sugar methods. */
static zend_string *key_type_public;
static zend_string *key_type_private;

/* ext/openssl's OPENSSL_ALGO_SHA256. */
#define WECHATPAY_OPENSSL_ALGO_SHA256 7

/* DER of SEQUENCE { OID 1.2.840.113549.1.1.1 (rsaEncryption), NULL }. */
static const char rsa_encryption_algorithm[] = "\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00";

/* A PEM block whose BEGIN and END labels agree; the first one found decides. */
static const char pem_block_pattern[] =
	"/-----BEGIN (RSA PUBLIC|RSA PRIVATE|PUBLIC|PRIVATE) KEY-----\\r?\\n([^-]+)\\r?\\n-----END \\1 KEY-----/";

/* The "scheme://base64" forms: the base64 (converted to SPKI first for a PKCS#1 public key) is
 * wrapped at 64 columns into a PEM of this label. */
static const struct {
	const char *scheme;
	size_t scheme_length;
	const char *label;
	bool pkcs1_to_spki;
} key_schemes[] = {
	{ ZEND_STRL("private.pkcs1"), "RSA PRIVATE", false },
	{ ZEND_STRL("private.pkcs8"), "PRIVATE", false },
	{ ZEND_STRL("public.pkcs1"), "PUBLIC", true },
	{ ZEND_STRL("public.spki"), "PUBLIC", false },
};

void wechatpay_rsa_minit(void)
{
	wechatpay_ce_Rsa = register_class_WeChatPay_Crypto_Rsa();
	key_type_public = zend_string_init_interned(ZEND_STRL("public"), 1);
	key_type_private = zend_string_init_interned(ZEND_STRL("private"), 1);
}

/* base64_decode($text): characters outside the alphabet are skipped, so it never fails. */
static zend_string *base64_decode_lenient(zend_string *text)
{
	zend_string *decoded = php_base64_decode_ex((const unsigned char *) ZSTR_VAL(text), ZSTR_LEN(text), false);
	return decoded ? decoded : ZSTR_EMPTY_ALLOC();
}

/* X.690 definite length: one byte up to 0x7F, else 0x80|n followed by n big-endian bytes. */
static void der_length(smart_str *out, size_t length)
{
	if (length <= 0x7F) {
		smart_str_appendc(out, (char) length);
		return;
	}
	unsigned char bytes[sizeof(size_t)];
	size_t count = 0;
	for (size_t rest = length; rest; rest >>= 8) {
		bytes[sizeof(bytes) - 1 - count++] = (unsigned char) (rest & 0xFF);
	}
	smart_str_appendc(out, (char) (0x80 | count));
	smart_str_appendl(out, (const char *) bytes + sizeof(bytes) - count, count);
}

/* base64(SEQUENCE { rsaEncryption, BIT STRING (no unused bits) { base64_decode($pkcs1) } }). */
static zend_string *pkcs1_to_spki(zend_string *pkcs1)
{
	zend_string *key = base64_decode_lenient(pkcs1);
	smart_str algorithm_and_key = {0};
	smart_str_appendl(&algorithm_and_key, rsa_encryption_algorithm, sizeof(rsa_encryption_algorithm) - 1);
	smart_str_appendc(&algorithm_and_key, '\x03');
	der_length(&algorithm_and_key, ZSTR_LEN(key) + 1);
	smart_str_appendc(&algorithm_and_key, '\0');
	smart_str_append(&algorithm_and_key, key);
	zend_string_release(key);

	smart_str spki = {0};
	smart_str_appendc(&spki, '\x30');
	der_length(&spki, ZSTR_LEN(algorithm_and_key.s));
	smart_str_append(&spki, algorithm_and_key.s);
	smart_str_free(&algorithm_and_key);
	zend_string *encoded = php_base64_encode((const unsigned char *) ZSTR_VAL(spki.s), ZSTR_LEN(spki.s));
	smart_str_free(&spki);
	return encoded;
}

/* "public.pkcs1://<base64 without CR/LF>" when the first PEM key block in `pem` is an
 * "RSA PUBLIC KEY" one; NULL otherwise (or with an exception from preg_match). */
static zend_string *rsa_public_pem_as_scheme(zend_string *pem)
{
	zval args[3], matched;
	ZVAL_STRINGL(&args[0], pem_block_pattern, sizeof(pem_block_pattern) - 1);
	ZVAL_STR(&args[1], pem);
	ZVAL_NEW_EMPTY_REF(&args[2]);
	ZVAL_NULL(Z_REFVAL(args[2]));
	bool called = wechatpay_userland_call(ZEND_STRL("preg_match"), &matched, 3, args);
	zval_ptr_dtor(&args[0]);

	zend_string *scheme_form = NULL;
	zval *groups = Z_REFVAL(args[2]);
	if (called && Z_TYPE(matched) == IS_LONG && Z_LVAL(matched) == 1 && Z_TYPE_P(groups) == IS_ARRAY) {
		zval *label = zend_hash_index_find(Z_ARRVAL_P(groups), 1);
		zval *body = zend_hash_index_find(Z_ARRVAL_P(groups), 2);
		if (label && body && Z_TYPE_P(label) == IS_STRING && Z_TYPE_P(body) == IS_STRING
				&& zend_string_equals_literal(Z_STR_P(label), "RSA PUBLIC")) {
			smart_str out = {0};
			smart_str_appends(&out, "public.pkcs1://");
			for (size_t i = 0; i < Z_STRLEN_P(body); i++) {
				char c = Z_STRVAL_P(body)[i];
				if (c != '\r' && c != '\n') {
					smart_str_appendc(&out, c);
				}
			}
			smart_str_0(&out);
			scheme_form = smart_str_extract(&out);
		}
	}
	zval_ptr_dtor(&matched);
	zval_ptr_dtor(&args[2]);
	return scheme_form;
}

/* The index in key_schemes of parse_url($source, PHP_URL_SCHEME), or -1. */
static int key_scheme_of(zend_string *source)
{
	bool has_port;
	php_url *url = php_url_parse_ex2(ZSTR_VAL(source), ZSTR_LEN(source), &has_port);
	int found = -1;
	for (int i = 0; url && url->scheme && found < 0 && i < (int) (sizeof(key_schemes) / sizeof(key_schemes[0])); i++) {
		if (zend_string_equals_cstr(url->scheme, key_schemes[i].scheme, key_schemes[i].scheme_length)) {
			found = i;
		}
	}
	if (url) {
		php_url_free(url);
	}
	return found;
}

/* The PEM of label `label` around `base64`, wrapped by wordwrap($base64, 64, "\n", true). NULL with
 * an exception when wordwrap() threw. */
static zend_string *pem_envelope(const char *label, zend_string *base64)
{
	zval args[4], wrapped;
	ZVAL_STR(&args[0], base64);
	ZVAL_LONG(&args[1], 64);
	ZVAL_CHAR(&args[2], '\n');
	ZVAL_TRUE(&args[3]);
	if (!wechatpay_userland_call(ZEND_STRL("wordwrap"), &wrapped, 4, args)) {
		return NULL;
	}
	smart_str pem = {0};
	smart_str_appends(&pem, "-----BEGIN ");
	smart_str_appends(&pem, label);
	smart_str_appends(&pem, " KEY-----\n");
	if (Z_TYPE(wrapped) == IS_STRING) {
		smart_str_append(&pem, Z_STR(wrapped));
	}
	smart_str_appends(&pem, "\n-----END ");
	smart_str_appends(&pem, label);
	smart_str_appends(&pem, " KEY-----");
	smart_str_0(&pem);
	zval_ptr_dtor(&wrapped);
	return smart_str_extract(&pem);
}

/* What the SDK hands ext/openssl for `thing`, set in `parsed`: a PKCS#1 public PEM (public keys
 * only) and every "scheme://base64" form become a PEM; any other string, array or object is passed
 * on as it is ("file://" strings included). false, `parsed` unset, with an exception. */
static bool parse_key(zval *thing, bool is_public, zval *parsed)
{
	if (Z_TYPE_P(thing) != IS_STRING) {
		ZVAL_COPY(parsed, thing);
		return true;
	}
	zend_string *source = zend_string_copy(Z_STR_P(thing));
	if (is_public && zend_memnstr(ZSTR_VAL(source), " KEY-", sizeof(" KEY-") - 1, ZSTR_VAL(source) + ZSTR_LEN(source))) {
		zend_string *scheme_form = rsa_public_pem_as_scheme(source);
		if (EG(exception)) {
			zend_string_release(source);
			return false;
		}
		if (scheme_form) {
			zend_string_release(source);
			source = scheme_form;
		}
	}

	const char *end = ZSTR_VAL(source) + ZSTR_LEN(source);
	int scheme = -1;
	if (!zend_memnstr(ZSTR_VAL(source), "file://", sizeof("file://") - 1, end)
			&& zend_memnstr(ZSTR_VAL(source), "://", sizeof("://") - 1, end)) {
		scheme = key_scheme_of(source);
	}
	if (scheme < 0) {
		ZVAL_STR(parsed, source);
		return true;
	}

	size_t offset = key_schemes[scheme].scheme_length + sizeof("://") - 1;
	zend_string *base64 = offset < ZSTR_LEN(source)
		? zend_string_init(ZSTR_VAL(source) + offset, ZSTR_LEN(source) - offset, 0)
		: ZSTR_EMPTY_ALLOC();
	zend_string_release(source);
	if (key_schemes[scheme].pkcs1_to_spki) {
		zend_string *spki = pkcs1_to_spki(base64);
		zend_string_release(base64);
		base64 = spki;
	}
	zend_string *pem = pem_envelope(key_schemes[scheme].label, base64);
	zend_string_release(base64);
	if (!pem) {
		return false;
	}
	ZVAL_STR(parsed, pem);
	return true;
}

void wechatpay_rsa_from(zval *thing, bool is_public, zval *return_value)
{
	zval parsed;
	if (!parse_key(thing, is_public, &parsed)) {
		return;
	}
	/* a key text parsed before in this process (an FPM worker's earlier request) is not parsed again */
	if (Z_TYPE(parsed) == IS_STRING && wechatpay_key_openssl_object(&parsed, is_public, return_value)) {
		zval_ptr_dtor(&parsed);
		return;
	}
	bool called = is_public
		? wechatpay_userland_call(ZEND_STRL("openssl_pkey_get_public"), return_value, 1, &parsed)
		: wechatpay_userland_call(ZEND_STRL("openssl_pkey_get_private"), return_value, 1, &parsed);
	zval_ptr_dtor(&parsed);
	if (called && Z_TYPE_P(return_value) == IS_FALSE) {
		zend_string *type = zend_zval_get_legacy_type(thing);
		zend_throw_exception_ex(spl_ce_UnexpectedValueException, 0,
				"Cannot load %s from(%s), please take care about the \\$thing input.",
				is_public ? "publicKey" : "privateKey", ZSTR_VAL(type));
		zend_string_release(type);
		ZVAL_UNDEF(return_value);
	}
}

/* static::from($thing, $type) of the sugar methods: a subclass's own from() is the one called. */
static void static_from(zend_execute_data *execute_data, zend_string *thing, zend_string *type, zval *return_value)
{
	zend_class_entry *called_scope = zend_get_called_scope(execute_data);
	zend_function *from = called_scope && called_scope != wechatpay_ce_Rsa
		? zend_hash_str_find_ptr(&called_scope->function_table, ZEND_STRL("from")) : NULL;
	zval args[2];
	ZVAL_STR(&args[0], thing);
	ZVAL_STR(&args[1], type);
	if (from && from->common.scope != wechatpay_ce_Rsa) {
		zend_call_known_function(from, NULL, called_scope, return_value, 2, args, NULL);
	} else {
		wechatpay_rsa_from(&args[0], zend_string_equals_literal(type, "public"), return_value);
	}
}

/* The SDK's sugars prefix the base64 with their scheme and call static::from(). */
static void from_scheme(zend_execute_data *execute_data, const char *scheme, zend_string *base64,
		zend_string *type, zval *return_value)
{
	zend_string *thing = zend_string_concat3(scheme, strlen(scheme), ZEND_STRL("://"), ZSTR_VAL(base64), ZSTR_LEN(base64));
	static_from(execute_data, thing, type, return_value);
	zend_string_release(thing);
}

/* name($data, &$output, $key, $option), the shape of openssl_sign(), openssl_public_encrypt() and
 * openssl_private_decrypt(): the output, or NULL when it returned false or threw. */
static zend_string *openssl_with_output(const char *name, size_t name_len, zend_string *data, zval *key, zend_long option)
{
	zval args[4], succeeded;
	ZVAL_STR(&args[0], data);
	ZVAL_NEW_EMPTY_REF(&args[1]);
	ZVAL_NULL(Z_REFVAL(args[1]));
	ZVAL_COPY_VALUE(&args[2], key);
	ZVAL_LONG(&args[3], option);
	zend_string *output = NULL;
	if (wechatpay_userland_call(name, name_len, &succeeded, 4, args) && zend_is_true(&succeeded)
			&& Z_TYPE_P(Z_REFVAL(args[1])) == IS_STRING) {
		output = zend_string_copy(Z_STR_P(Z_REFVAL(args[1])));
	}
	zval_ptr_dtor(&succeeded);
	zval_ptr_dtor(&args[1]);
	return output;
}

/* Since SDK 1.4.10 only OAEP is allowed, checked before anything else. */
static bool oaep_only(zend_long padding)
{
	if (padding == RSA_PKCS1_OAEP_PADDING) {
		return true;
	}
	zend_throw_exception_ex(spl_ce_UnexpectedValueException, 0,
			"Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(" ZEND_LONG_FMT ").", padding);
	return false;
}

static void throw_unless_thrown(const char *message)
{
	if (!EG(exception)) {
		zend_throw_exception(spl_ce_UnexpectedValueException, message, 0);
	}
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, pkcs1ToSpki)
{
	zend_string *thing;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(thing)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_STR(pkcs1_to_spki(thing));
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, fromPkcs8)
{
	zend_string *thing;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(thing)
	ZEND_PARSE_PARAMETERS_END();
	from_scheme(execute_data, "private.pkcs8", thing, key_type_private, return_value);
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, fromPkcs1)
{
	zend_string *thing, *type = key_type_private;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(thing)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(type)
	ZEND_PARSE_PARAMETERS_END();
	from_scheme(execute_data, zend_string_equals_literal(type, "public") ? "public.pkcs1" : "private.pkcs1",
			thing, type, return_value);
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, fromSpki)
{
	zend_string *thing;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(thing)
	ZEND_PARSE_PARAMETERS_END();
	from_scheme(execute_data, "public.spki", thing, key_type_public, return_value);
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, from)
{
	zval *thing;
	zend_string *type = NULL;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(thing)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(type)
	ZEND_PARSE_PARAMETERS_END();
	wechatpay_rsa_from(thing, type && zend_string_equals_literal(type, "public"), return_value);
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, encrypt)
{
	zend_string *plaintext;
	zval *public_key;
	zend_long padding = RSA_PKCS1_OAEP_PADDING;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(plaintext)
		Z_PARAM_ZVAL(public_key)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(padding)
	ZEND_PARSE_PARAMETERS_END();
	if (!oaep_only(padding)) {
		RETURN_THROWS();
	}
	zend_string *encrypted = openssl_with_output(ZEND_STRL("openssl_public_encrypt"), plaintext, public_key, padding);
	if (!encrypted) {
		throw_unless_thrown("Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.");
		RETURN_THROWS();
	}
	RETVAL_STR(php_base64_encode((const unsigned char *) ZSTR_VAL(encrypted), ZSTR_LEN(encrypted)));
	zend_string_release(encrypted);
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, verify)
{
	zend_string *message, *signature;
	zval *public_key;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(message)
		Z_PARAM_STR(signature)
		Z_PARAM_ZVAL(public_key)
	ZEND_PARSE_PARAMETERS_END();

	zval args[4], result;
	ZVAL_STR(&args[0], message);
	ZVAL_STR(&args[1], base64_decode_lenient(signature));
	ZVAL_COPY_VALUE(&args[2], public_key);
	ZVAL_LONG(&args[3], WECHATPAY_OPENSSL_ALGO_SHA256);
	bool called = wechatpay_userland_call(ZEND_STRL("openssl_verify"), &result, 4, args);
	zval_ptr_dtor(&args[1]);
	if (!called) {
		RETURN_THROWS();
	}
	/* 1 verified, 0 a wrong signature, -1 an OpenSSL error: false; only false itself throws. */
	if (Z_TYPE(result) == IS_FALSE) {
		zend_throw_exception(spl_ce_UnexpectedValueException,
				"Verified the input $message failed, please checking your $publicKey whether or nor correct.", 0);
		RETURN_THROWS();
	}
	RETURN_BOOL(Z_TYPE(result) == IS_LONG && Z_LVAL(result) == 1);
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, sign)
{
	zend_string *message;
	zval *private_key;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(message)
		Z_PARAM_ZVAL(private_key)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *signature = openssl_with_output(ZEND_STRL("openssl_sign"), message, private_key, WECHATPAY_OPENSSL_ALGO_SHA256);
	if (!signature) {
		throw_unless_thrown("Signing the input $message failed, please checking your $privateKey whether or nor correct.");
		RETURN_THROWS();
	}
	RETVAL_STR(php_base64_encode((const unsigned char *) ZSTR_VAL(signature), ZSTR_LEN(signature)));
	zend_string_release(signature);
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, decrypt)
{
	zend_string *ciphertext;
	zval *private_key;
	zend_long padding = RSA_PKCS1_OAEP_PADDING;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(ciphertext)
		Z_PARAM_ZVAL(private_key)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(padding)
	ZEND_PARSE_PARAMETERS_END();
	if (!oaep_only(padding)) {
		RETURN_THROWS();
	}
	zend_string *raw = base64_decode_lenient(ciphertext);
	zend_string *decrypted = openssl_with_output(ZEND_STRL("openssl_private_decrypt"), raw, private_key, padding);
	zend_string_release(raw);
	if (!decrypted) {
		throw_unless_thrown("Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct.");
		RETURN_THROWS();
	}
	RETURN_STR(decrypted);
}

/*
 * wechatpay_verify.c: APIv3 reply verification (the SDK's `verifier`): the download paths that are
 * exempt, the four Wechatpay-* headers, the ±300 s clock window, the serial lookup in `certs`, the
 * statements' {"sha1":…} digest, and the RSA-SHA256 check, with the exact messages of the SDK, for
 * any reply that can show its headers and body (the native one and a PSR-7 response alike).
 * Parsed keys are cached per serial and reparsed only when the configured value changes.
 */
#include "php.h"
#include "ext/date/php_date.h"
#include "zend_smart_str.h"
#include "ext/standard/base64.h"
#include "ext/standard/php_string.h"
#include "wechatpay_verify.h"
#include "wechatpay_key.h"
#include "wechatpay_signature.h"

typedef struct _cached_key {
	zval source;     /* the configured value the key was parsed from */
	EVP_PKEY *key;   /* NULL: that value is not usable */
} cached_key;

static void cached_key_free(zval *entry)
{
	cached_key *cached = Z_PTR_P(entry);
	zval_ptr_dtor(&cached->source);
	if (cached->key) {
		EVP_PKEY_free(cached->key);
	}
	efree(cached);
}

void wechatpay_verify_cache_init(HashTable *cache)
{
	zend_hash_init(cache, 4, NULL, cached_key_free, 0);
}

static bool same_source(zval *a, zval *b)
{
	if (Z_TYPE_P(a) != Z_TYPE_P(b)) {
		return false;
	}
	switch (Z_TYPE_P(a)) {
		case IS_STRING: return zend_string_equals(Z_STR_P(a), Z_STR_P(b));
		case IS_OBJECT: return Z_OBJ_P(a) == Z_OBJ_P(b);
		default: return false;
	}
}

static EVP_PKEY *key_for(HashTable *cache, zend_string *serial, zval *source)
{
	ZVAL_DEREF(source);
	cached_key *cached = zend_hash_find_ptr(cache, serial);
	if (cached && same_source(&cached->source, source)) {
		return cached->key;
	}
	cached = emalloc(sizeof(*cached));
	ZVAL_COPY(&cached->source, source);
	cached->key = wechatpay_key_public(source);
	zend_hash_update_ptr(cache, serial, cached);
	return cached->key;
}

/* The two bill/image download paths whose bodies are not signed (§7 step 0). */
static bool exempt(zend_string *path)
{
	static const char images[] = "/v3/merchant-service/images/";
	if (zend_string_equals_literal_ci(path, "/v3/billdownload/file")) {
		return true;
	}
	return ZSTR_LEN(path) >= sizeof(images) - 1
		&& strncasecmp(ZSTR_VAL(path), images, sizeof(images) - 1) == 0
		&& !zend_string_equals_literal_ci(path, "/v3/merchant-service/images/upload");
}

static zend_string *keys_joined(HashTable *certs)
{
	smart_str joined = {0};
	zend_string *key;
	zend_ulong index;
	bool first = true;
	ZEND_HASH_FOREACH_KEY(certs, index, key) {
		if (!first) {
			smart_str_appendc(&joined, ',');
		}
		first = false;
		if (key) {
			smart_str_append(&joined, key);
		} else {
			smart_str_append_long(&joined, (zend_long) index);
		}
	} ZEND_HASH_FOREACH_END();
	return joined.s ? smart_str_extract(&joined) : ZSTR_EMPTY_ALLOC();
}

wechatpay_verdict wechatpay_verify(zval *certs, HashTable *cache, zend_string *path, const wechatpay_reply_view *reply)
{
	wechatpay_verdict verdict = {NULL, false};
	if (exempt(path)) {
		return verdict;
	}

	zend_string *nonce = reply->header(reply->context, ZEND_STRL("Wechatpay-Nonce"));
	zend_string *serial = reply->header(reply->context, ZEND_STRL("Wechatpay-Serial"));
	zend_string *signature = reply->header(reply->context, ZEND_STRL("Wechatpay-Signature"));
	zend_string *timestamp = reply->header(reply->context, ZEND_STRL("Wechatpay-Timestamp"));
	zend_string *statement_sha1 = NULL, *body = NULL;
	if (!nonce || !serial || !signature || !timestamp) {
		verdict.failure = zend_strpprintf(0,
				"The response's Headers incomplete, must have(`%s`, `%s`, `%s` and `%s`).",
				"Wechatpay-Nonce", "Wechatpay-Serial", "Wechatpay-Signature", "Wechatpay-Timestamp");
		goto done;
	}

	zval timestamp_value;
	ZVAL_STR(&timestamp_value, timestamp);
	zend_long replied_at = zval_get_long(&timestamp_value); /* intval(): junk reads as 0 and fails */
	zend_long now = (zend_long) php_time(); /* the clock PHP's time() reads */
	zend_long offset = now > replied_at ? now - replied_at : replied_at - now;
	if (offset > WECHATPAY_MAXIMUM_CLOCK_OFFSET || offset < 0) {
		verdict.failure = zend_strpprintf(0,
				"It's allowed time offset in \xC2\xB1 %d seconds, the response was on %s, your's localtime on " ZEND_LONG_FMT ".",
				WECHATPAY_MAXIMUM_CLOCK_OFFSET, ZSTR_VAL(timestamp), now);
		goto done;
	}

	HashTable *configured = Z_ARRVAL_P(certs);
	zval *source = zend_symtable_find(configured, serial);
	if (!source) {
		zend_string *known = keys_joined(configured);
		verdict.failure = zend_strpprintf(0,
				"Cannot found the serial(`%s`)'s configuration, which's from the response(header:%s), your's %s.",
				ZSTR_VAL(serial), "Wechatpay-Serial", ZSTR_VAL(known));
		zend_string_release(known);
		goto done;
	}

	smart_str message = {0};
	smart_str_append(&message, timestamp);
	smart_str_appendc(&message, '\n');
	smart_str_append(&message, nonce);
	smart_str_appendc(&message, '\n');
	statement_sha1 = reply->header(reply->context, ZEND_STRL("Wechatpay-Statement-Sha1"));
	if (statement_sha1 && (zend_string_equals_literal_ci(path, "/hk/v3/statements")
			|| zend_string_equals_literal_ci(path, "/v3/global/statements"))) {
		smart_str_appends(&message, "{\"sha1\":\"");
		smart_str_append(&message, statement_sha1);
		smart_str_appends(&message, "\"}");
	} else if ((body = reply->body(reply->context)) != NULL) {
		smart_str_append(&message, body);
	} else {
		smart_str_free(&message); /* reading the body threw: that exception is the outcome */
		goto done;
	}
	smart_str_appendc(&message, '\n');
	smart_str_0(&message);

	EVP_PKEY *key = key_for(cache, serial, source);
	zend_string *raw = php_base64_decode((const unsigned char *) ZSTR_VAL(signature), ZSTR_LEN(signature));
	bool valid = key && raw
		&& wechatpay_rsa_verify(key, ZSTR_VAL(message.s), ZSTR_LEN(message.s),
				(const unsigned char *) ZSTR_VAL(raw), ZSTR_LEN(raw));
	smart_str_free(&message);
	if (raw) {
		zend_string_release(raw);
	}
	if (!valid) {
		verdict.key_unusable = key == NULL;
		verdict.failure = zend_strpprintf(0,
				"Verify the response's data with: timestamp=%s, nonce=%s, signature=%s, cert=[%s => ...] failed.",
				ZSTR_VAL(timestamp), ZSTR_VAL(nonce), ZSTR_VAL(signature), ZSTR_VAL(serial));
	}

done:
	if (nonce) zend_string_release(nonce);
	if (serial) zend_string_release(serial);
	if (signature) zend_string_release(signature);
	if (timestamp) zend_string_release(timestamp);
	if (statement_sha1) zend_string_release(statement_sha1);
	if (body) zend_string_release(body);
	return verdict;
}

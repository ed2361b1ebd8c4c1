/*
 * wechatpay_v2.c: APIv2 (XML), what the SDK's transform_request and transform_response middlewares
 * do, for the native pipeline and the native Guzzle middlewares alike. A request's data (the `xml`
 * option, else a GET's query) is checked against the configured mchid, given a `nonce_str` unless
 * `nonceless`, signed with MD5 or HMAC-SHA256 over the byte-ordered "k=v&…" string plus
 * "&key=SECRET", and sent as Transformer::toXml() bytes (a GET: as its query, Guzzle's Query::build()).
 * `security => true` presents the merchant's client certificate. A reply is accepted only with
 * return_code (and any result_code) SUCCESS and a valid sign (its algorithm told by the sign's length,
 * compared in constant time), except on the 24 paths WeChat Pay never signs; otherwise the promise is
 * rejected with the Response itself. The secret is only ever hashed: never copied into a message.
 */
#include "php.h"
#include "zend_exceptions.h"
#include "ext/standard/url.h"
#include <openssl/crypto.h>
#include "wechatpay_v2.h"
#include "wechatpay_uri.h"
#include "wechatpay_signature.h"
#include "wechatpay_formatter.h"
#include "wechatpay_hash.h"
#include "wechatpay_transformer.h"
#include "wechatpay_exception.h"

/* The replies WeChat Pay sends unsigned (bills, red packets, transfers, entrust pages, …). */
static const char *const unsigned_paths[] = {
	"/mchrisk/querymchrisk",
	"/mchrisk/setmchriskcallback",
	"/mchrisk/syncmchriskresult",
	"/mmpaymkttransfers/gethbinfo",
	"/mmpaymkttransfers/gettransferinfo",
	"/mmpaymkttransfers/pay_bank",
	"/mmpaymkttransfers/promotion/paywwsptrans2pocket",
	"/mmpaymkttransfers/promotion/querywwsptrans2pocket",
	"/mmpaymkttransfers/promotion/transfers",
	"/mmpaymkttransfers/query_bank",
	"/mmpaymkttransfers/sendgroupredpack",
	"/mmpaymkttransfers/sendminiprogramhb",
	"/mmpaymkttransfers/sendredpack",
	"/papay/entrustweb",
	"/papay/h5entrustweb",
	"/papay/partner/entrustweb",
	"/papay/partner/h5entrustweb",
	"/pay/downloadbill",
	"/pay/downloadfundflow",
	"/payitil/report",
	"/risk/getpublickey",
	"/risk/getviolation",
	"/secapi/mch/submchmanage",
	"/xdc/apiv2getsignkey/sign/getsignkey",
	NULL
};

bool wechatpay_v2_unsigned_path(const char *path, size_t length)
{
	for (const char *const *candidate = unsigned_paths; *candidate; candidate++) {
		if (strlen(*candidate) == length && memcmp(*candidate, path, length) == 0) {
			return true;
		}
	}
	return false;
}

/* ------------------------------------------------------------------ Guzzle's Query */

static zend_string *query_decode(const char *text, size_t length)
{
	zend_string *decoded = zend_string_init(text, length, 0);
	for (size_t i = 0; i < length; i++) {
		if (ZSTR_VAL(decoded)[i] == '+') {
			ZSTR_VAL(decoded)[i] = ' ';
		}
	}
	ZSTR_LEN(decoded) = php_raw_url_decode(ZSTR_VAL(decoded), ZSTR_LEN(decoded));
	return decoded;
}

void wechatpay_v2_query_parse(const char *query, size_t length, zval *out)
{
	array_init(out);
	if (length == 0) {
		return;
	}
	const char *end = query + length;
	for (const char *pair = query; pair <= end; ) {
		const char *stop = memchr(pair, '&', end - pair);
		if (!stop) {
			stop = end;
		}
		const char *equals = memchr(pair, '=', stop - pair);
		zend_string *key = query_decode(pair, (equals ? equals : stop) - pair);
		zval value;
		if (equals) {
			ZVAL_STR(&value, query_decode(equals + 1, stop - equals - 1));
		} else {
			ZVAL_NULL(&value);
		}
		zval *existing = zend_symtable_find(Z_ARRVAL_P(out), key);
		if (!existing) {
			zend_symtable_add_new(Z_ARRVAL_P(out), key, &value);
		} else {
			if (Z_TYPE_P(existing) != IS_ARRAY) {
				zval list;
				array_init(&list);
				add_next_index_zval(&list, existing);
				ZVAL_COPY_VALUE(existing, &list);
			}
			add_next_index_zval(existing, &value);
		}
		zend_string_release(key);
		pair = stop + 1;
	}
}

/* One "key[=value]" of Query::build(); false with an exception. */
static bool query_pair(smart_str *query, zend_string *key, zval *value)
{
	ZVAL_DEREF(value);
	if (query->s) {
		smart_str_appendc(query, '&');
	}
	zend_string *encoded = php_raw_url_encode(ZSTR_VAL(key), ZSTR_LEN(key));
	smart_str_append(query, encoded);
	zend_string_release(encoded);
	if (Z_TYPE_P(value) == IS_NULL) {
		return true;
	}
	zend_string *text;
	if (Z_TYPE_P(value) == IS_TRUE || Z_TYPE_P(value) == IS_FALSE) {
		text = Z_TYPE_P(value) == IS_TRUE ? ZSTR_CHAR('1') : ZSTR_CHAR('0');
	} else if (!(text = zval_try_get_string(value))) {
		return false;
	}
	encoded = php_raw_url_encode(ZSTR_VAL(text), ZSTR_LEN(text));
	zend_string_release(text);
	smart_str_appendc(query, '=');
	smart_str_append(query, encoded);
	zend_string_release(encoded);
	return true;
}

zend_string *wechatpay_v2_query_build(HashTable *data)
{
	smart_str query = {0};
	zend_ulong index;
	zend_string *key;
	zval *value;
	ZEND_HASH_FOREACH_KEY_VAL(data, index, key, value) {
		zend_string *name = key ? zend_string_copy(key) : zend_long_to_str((zend_long) index);
		bool ok = true;
		ZVAL_DEREF(value);
		if (Z_TYPE_P(value) == IS_ARRAY) {
			zval *item;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
				if (!(ok = query_pair(&query, name, item))) {
					break;
				}
			} ZEND_HASH_FOREACH_END();
		} else {
			ok = query_pair(&query, name, value);
		}
		zend_string_release(name);
		if (!ok) {
			smart_str_free(&query);
			return NULL;
		}
	} ZEND_HASH_FOREACH_END();
	return query.s ? smart_str_extract(&query) : ZSTR_EMPTY_ALLOC();
}

/* ------------------------------------------------------------------ transform_request */

static zval *find_value(zval *data, const char *name, size_t length)
{
	if (Z_TYPE_P(data) != IS_ARRAY) {
		return NULL;
	}
	zval *value = zend_hash_str_find_deref(Z_ARRVAL_P(data), name, length);
	return value && Z_TYPE_P(value) != IS_NULL ? value : NULL;
}

/* The SDK's `$mchid && $mchid !== ($data['mch_id'] ?? $data['mchid'] ?? $data['combine_mch_id'] ?? null)`. */
static bool mchid_matches(zval *data, zend_string *mchid)
{
	if (!mchid || ZSTR_LEN(mchid) == 0 || zend_string_equals_literal(mchid, "0")) {
		return true;
	}
	zval *given = find_value(data, ZEND_STRL("mch_id"));
	if (!given) {
		given = find_value(data, ZEND_STRL("mchid"));
	}
	if (!given) {
		given = find_value(data, ZEND_STRL("combine_mch_id"));
	}
	if (given && Z_TYPE_P(given) == IS_STRING && zend_string_equals(Z_STR_P(given), mchid)) {
		return true;
	}
	zend_string *text = given ? zval_try_get_string(given) : ZSTR_EMPTY_ALLOC();
	if (text) {
		wechatpay_throw_invalid_argument("The xml's structure[mch_id(%s)] doesn't matched the init one mchid(%s).",
				ZSTR_VAL(text), ZSTR_VAL(mchid));
		zend_string_release(text);
	}
	return false;
}

HashTable *wechatpay_v2_signed_data(zval *xml, zval *query_data, zend_string *mchid, zend_string *secret,
		bool nonceless)
{
	zval empty;
	if (xml) {
		ZVAL_DEREF(xml);
	}
	zval *data = xml;
	if (!xml || Z_TYPE_P(xml) == IS_NULL) {
		ZVAL_EMPTY_ARRAY(&empty);
		data = query_data ? query_data : &empty;
	}
	if (!mchid_matches(data, mchid)) {
		return NULL;
	}
	if (Z_TYPE_P(data) != IS_ARRAY) {
		wechatpay_throw_invalid_argument("The `xml` option must be an array, %s given.", zend_zval_type_name(data));
		return NULL;
	}
	zval *type = find_value(data, ZEND_STRL("sign_type"));
	if (type && Z_TYPE_P(type) != IS_STRING) {
		/* what Crypto\Hash::sign(string $type, …) says under the SDK's strict_types */
		zend_type_error("WeChatPay\\Crypto\\Hash::sign(): Argument #1 ($type) must be of type string, %s given",
				zend_zval_type_name(type));
		return NULL;
	}

	HashTable *signed_data = zend_array_dup(Z_ARRVAL_P(data));
	if (!nonceless && !find_value(data, ZEND_STRL("nonce_str"))) {
		zval nonce;
		zend_string *fresh = wechatpay_nonce();
		if (!fresh) {
			zend_array_destroy(signed_data);
			return NULL;
		}
		ZVAL_STR(&nonce, fresh);
		zend_hash_str_update(signed_data, ZEND_STRL("nonce_str"), &nonce);
	}
	zend_string *message = wechatpay_formatter_v2_message(signed_data);
	if (!message) {
		zend_array_destroy(signed_data);
		return NULL;
	}
	zend_string *sign_type = type ? zend_string_copy(Z_STR_P(type)) : zend_string_init(ZEND_STRL("MD5"), 0);
	zend_string *sign = wechatpay_hash_v2_sign(sign_type, message, secret ? secret : ZSTR_EMPTY_ALLOC());
	zend_string_release(sign_type);
	zend_string_release(message);
	if (EG(exception)) {
		zend_array_destroy(signed_data);
		return NULL;
	}
	zval value;
	if (sign) {
		ZVAL_STR(&value, sign);
	} else {
		ZVAL_NULL(&value); /* an unknown sign_type: <sign></sign>, as the SDK writes it */
	}
	zend_hash_str_update(signed_data, ZEND_STRL("sign"), &value);
	return signed_data;
}

HashTable *wechatpay_v2_security_options(HashTable *options, zval *merchant)
{
	zval *security = zend_hash_str_find_deref(options, ZEND_STRL("security"));
	if (!security || Z_TYPE_P(security) != IS_TRUE) {
		return NULL;
	}
	HashTable *secured = zend_array_dup(options);
	static const char *const pairs[][2] = {{"ssl_key", "key"}, {"cert", "cert"}};
	for (int i = 0; i < 2; i++) {
		zval value, *configured = merchant && Z_TYPE_P(merchant) == IS_ARRAY
			? zend_hash_str_find_deref(Z_ARRVAL_P(merchant), pairs[i][1], strlen(pairs[i][1])) : NULL;
		if (configured) {
			ZVAL_COPY(&value, configured);
		} else {
			ZVAL_NULL(&value);
		}
		zend_hash_str_update(secured, pairs[i][0], strlen(pairs[i][0]), &value);
	}
	return secured;
}

void wechatpay_v2_request_init(wechatpay_request *request, HashTable *options)
{
	request->apiv2 = true;
	zval *xml = zend_hash_str_find(options, ZEND_STRL("xml"));
	if (xml) {
		ZVAL_COPY(&request->v2_xml, xml);
	}
	zval *nonceless = zend_hash_str_find_deref(options, ZEND_STRL("nonceless"));
	request->v2_nonceless = nonceless && Z_TYPE_P(nonceless) != IS_NULL;
}

bool wechatpay_v2_transform(wechatpay_request *request, zend_string *mchid, zend_string *secret)
{
	bool get = zend_string_equals_literal_ci(request->method, "GET");
	zval query_data;
	ZVAL_UNDEF(&query_data);
	if (get) {
		const char *url = ZSTR_VAL(request->url.url), *mark = strchr(url, '?');
		wechatpay_v2_query_parse(mark ? mark + 1 : "", mark ? ZSTR_LEN(request->url.url) - (mark + 1 - url) : 0,
				&query_data);
	}
	HashTable *data = wechatpay_v2_signed_data(Z_TYPE(request->v2_xml) == IS_UNDEF ? NULL : &request->v2_xml,
			get ? &query_data : NULL, mchid, secret, request->v2_nonceless);
	zval_ptr_dtor(&query_data);
	if (!data) {
		return false;
	}
	bool done = false;
	if (get) {
		zend_string *query = wechatpay_v2_query_build(data);
		wechatpay_url next;
		if (query && wechatpay_url_build(request->url.url, request->url.url, query, &next)) {
			wechatpay_url_release(&request->url);
			request->url = next;
			done = true;
		}
		if (query) {
			zend_string_release(query);
		}
	} else {
		zend_string *xml = wechatpay_transformer_xml(data);
		if (xml) {
			zend_string_release(request->body);
			request->body = xml;
			done = true;
		}
	}
	zend_array_destroy(data);
	return done;
}

/* ------------------------------------------------------------------ transform_response */

/* Crypto\Hash::equals($known, $user) under strict_types: a non-string user value is its TypeError. */
static bool equals(const char *known, size_t known_length, zval *user, bool *failed)
{
	if (!user || Z_TYPE_P(user) == IS_NULL) {
		return false;
	}
	if (Z_TYPE_P(user) != IS_STRING) {
		zend_type_error("WeChatPay\\Crypto\\Hash::equals(): Argument #2 ($user_string) must be of type ?string, %s given",
				zend_zval_type_name(user));
		*failed = true;
		return false;
	}
	return Z_STRLEN_P(user) == known_length && CRYPTO_memcmp(known, Z_STRVAL_P(user), known_length) == 0;
}

wechatpay_v2_verdict wechatpay_v2_check(zend_string *body, zend_string *secret)
{
	zval parsed;
	wechatpay_transformer_array(body, &parsed);
	if (Z_TYPE(parsed) != IS_ARRAY) {
		zval_ptr_dtor(&parsed);
		return WECHATPAY_V2_FAILED;
	}
	HashTable *result = Z_ARRVAL(parsed);
	wechatpay_v2_verdict verdict = WECHATPAY_V2_REJECTED;
	bool failed = false;
	zval *return_code = zend_hash_str_find(result, ZEND_STRL("return_code"));
	zval *result_code = zend_hash_str_find(result, ZEND_STRL("result_code"));
	if (!equals(ZEND_STRL("SUCCESS"), return_code, &failed) || (result_code && !equals(ZEND_STRL("SUCCESS"), result_code, &failed))) {
		goto done;
	}
	zval *sign = zend_hash_str_find(result, ZEND_STRL("sign"));
	if (sign && Z_TYPE_P(sign) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(sign))) {
		zend_type_error("strlen(): Argument #1 ($string) must be of type string, array given");
		failed = true;
		goto done;
	}
	bool hmac = sign && Z_TYPE_P(sign) == IS_STRING && Z_STRLEN_P(sign) == 64;
	zend_string *message = wechatpay_formatter_v2_message(result);
	if (!message) {
		failed = true;
		goto done;
	}
	zend_string *type = hmac ? zend_string_init(ZEND_STRL("HMAC-SHA256"), 0) : zend_string_init(ZEND_STRL("MD5"), 0);
	zend_string *calculated = wechatpay_hash_v2_sign(type, message, secret ? secret : ZSTR_EMPTY_ALLOC());
	zend_string_release(type);
	zend_string_release(message);
	if (!calculated) {
		failed = true;
		goto done;
	}
	if (equals(ZSTR_VAL(calculated), ZSTR_LEN(calculated), sign, &failed)) {
		verdict = WECHATPAY_V2_ACCEPTED;
	}
	zend_string_release(calculated);

done:
	zval_ptr_dtor(&parsed);
	return failed || EG(exception) ? WECHATPAY_V2_FAILED : verdict;
}

/*
 * wechatpay_formatter.c: WeChatPay\Formatter, the SDK's static string helpers: the base62 nonce, the
 * timestamp, the Authorization header, the LF-joined messages that requests and replies are signed
 * over, and the two APIv2 helpers: the byte-order key sort and the "k=v&…" string signed by Hash::sign.
 * Values are turned into strings as implode() does; request() and response() join through
 * static::joinedByLineFeed(), so a subclass that overrides it is honoured as in the SDK.
 */
#include "php.h"
#include "ext/date/php_date.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "wechatpay_formatter.h"
#include "wechatpay_signature.h"
#include "wechatpay_userland.h"
#include "wechatpay_formatter_arginfo.h"

static zend_class_entry *formatter_ce;

/* Appends `value` as implode() would; false with the conversion's exception pending. */
static bool formatter_append(smart_str *out, zval *value)
{
	zend_string *temporary;
	zend_string *text = zval_try_get_tmp_string(value, &temporary);
	if (!text) {
		return false;
	}
	smart_str_append(out, text);
	zend_tmp_string_release(temporary);
	return true;
}

/* Each piece followed by "\n". */
static zend_string *formatter_join(zend_string *const *pieces, size_t count)
{
	size_t length = count;
	for (size_t i = 0; i < count; i++) {
		length += ZSTR_LEN(pieces[i]);
	}
	zend_string *joined = zend_string_alloc(length, 0);
	char *at = ZSTR_VAL(joined);
	for (size_t i = 0; i < count; i++) {
		memcpy(at, ZSTR_VAL(pieces[i]), ZSTR_LEN(pieces[i]));
		at += ZSTR_LEN(pieces[i]);
		*at++ = '\n';
	}
	*at = '\0';
	return joined;
}

/* request() and response() join through static::joinedByLineFeed(): a subclass's override when the
 * called class has one, else formatter_join() directly. */
static void formatter_join_static(zend_execute_data *execute_data, zval *return_value,
		zend_string *const *pieces, uint32_t count)
{
	zend_class_entry *called = zend_get_called_scope(execute_data);
	zend_function *join = called && called != formatter_ce
		? zend_hash_str_find_ptr(&called->function_table, ZEND_STRL("joinedbylinefeed")) : NULL;
	if (!join || join->common.scope == formatter_ce) {
		RETURN_NEW_STR(formatter_join(pieces, count));
	}
	zval arguments[5];
	for (uint32_t i = 0; i < count; i++) {
		ZVAL_STR(&arguments[i], pieces[i]);
	}
	zend_call_known_function(join, NULL, called, return_value, count, arguments, NULL);
}

ZEND_METHOD(WeChatPay_Formatter, nonce)
{
	zend_long size = 32;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(size)
	ZEND_PARSE_PARAMETERS_END();

	if (size < 1) {
		zend_throw_exception(spl_ce_InvalidArgumentException, "Size must be a positive integer.", 0);
		RETURN_THROWS();
	}
	zend_string *nonce = wechatpay_nonce_of_size((size_t) size);
	if (!nonce) {
		RETURN_THROWS();
	}
	RETURN_NEW_STR(nonce);
}

ZEND_METHOD(WeChatPay_Formatter, timestamp)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG((zend_long) php_time()); /* PHP's time(): glibc's time(NULL) may lag it by a tick */
}

ZEND_METHOD(WeChatPay_Formatter, authorization)
{
	zend_string *mchid, *nonce, *signature, *timestamp, *serial;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(5, 5)
		Z_PARAM_STR(mchid)
		Z_PARAM_STR(nonce)
		Z_PARAM_STR(signature)
		Z_PARAM_STR(timestamp)
		Z_PARAM_STR(serial)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_NEW_STR(wechatpay_authorization_header(mchid, serial, ZSTR_VAL(timestamp), ZSTR_LEN(timestamp),
			nonce, signature));
}

ZEND_METHOD(WeChatPay_Formatter, request)
{
	zend_string *pieces[5] = {NULL, NULL, NULL, NULL, ZSTR_EMPTY_ALLOC()};
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(4, 5)
		Z_PARAM_STR(pieces[0])
		Z_PARAM_STR(pieces[1])
		Z_PARAM_STR(pieces[2])
		Z_PARAM_STR(pieces[3])
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(pieces[4])
	ZEND_PARSE_PARAMETERS_END();

	formatter_join_static(execute_data, return_value, pieces, 5);
}

ZEND_METHOD(WeChatPay_Formatter, response)
{
	zend_string *pieces[3] = {NULL, NULL, ZSTR_EMPTY_ALLOC()};
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(pieces[0])
		Z_PARAM_STR(pieces[1])
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(pieces[2])
	ZEND_PARSE_PARAMETERS_END();

	formatter_join_static(execute_data, return_value, pieces, 3);
}

ZEND_METHOD(WeChatPay_Formatter, joinedByLineFeed)
{
	zval *pieces = NULL;
	uint32_t count = 0;
	HashTable *named = NULL;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(0, -1)
		Z_PARAM_VARIADIC_WITH_NAMED(pieces, count, named)
	ZEND_PARSE_PARAMETERS_END();

	/* the SDK collects named arguments into its variadic too: they follow the positional ones */
	smart_str joined = {0};
	for (uint32_t i = 0; i < count; i++) {
		if (!formatter_append(&joined, &pieces[i])) {
			smart_str_free(&joined);
			RETURN_THROWS();
		}
		smart_str_appendc(&joined, '\n');
	}
	if (named) {
		zval *piece;
		ZEND_HASH_FOREACH_VAL(named, piece) {
			if (!formatter_append(&joined, piece)) {
				smart_str_free(&joined);
				RETURN_THROWS();
			}
			smart_str_appendc(&joined, '\n');
		} ZEND_HASH_FOREACH_END();
	}
	RETURN_STR(smart_str_extract(&joined));
}

/* ksort($array, SORT_STRING): keys compared byte-wise as strings, integer keys as their decimal text.
 * Two distinct keys never have the same text, so the order is total and stability does not arise. */
static int formatter_key_compare(Bucket *a, Bucket *b)
{
	char a_digits[MAX_LENGTH_OF_LONG + 1], b_digits[MAX_LENGTH_OF_LONG + 1];
	const char *a_text, *b_text;
	size_t a_length, b_length;
	if (a->key) {
		a_text = ZSTR_VAL(a->key);
		a_length = ZSTR_LEN(a->key);
	} else {
		a_text = zend_print_long_to_buf(a_digits + sizeof(a_digits) - 1, (zend_long) a->h);
		a_length = (size_t) (a_digits + sizeof(a_digits) - 1 - a_text);
	}
	if (b->key) {
		b_text = ZSTR_VAL(b->key);
		b_length = ZSTR_LEN(b->key);
	} else {
		b_text = zend_print_long_to_buf(b_digits + sizeof(b_digits) - 1, (zend_long) b->h);
		b_length = (size_t) (b_digits + sizeof(b_digits) - 1 - b_text);
	}
	return zend_binary_strcmp(a_text, a_length, b_text, b_length);
}

ZEND_METHOD(WeChatPay_Formatter, ksort)
{
	HashTable *thing = NULL;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(thing)
	ZEND_PARSE_PARAMETERS_END();

	if (!thing) {
		RETURN_EMPTY_ARRAY();
	}
	/* a copy, as the SDK's by-value parameter is separated by ksort() */
	HashTable *sorted = zend_array_dup(thing);
	zend_hash_sort(sorted, formatter_key_compare, 0);
	RETURN_ARR(sorted);
}

ZEND_METHOD(WeChatPay_Formatter, queryStringLike)
{
	HashTable *thing = NULL;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(thing)
	ZEND_PARSE_PARAMETERS_END();

	if (!thing) {
		RETURN_EMPTY_STRING();
	}
	smart_str query = {0};
	zend_ulong index;
	zend_string *key;
	zval *value;
	ZEND_HASH_FOREACH_KEY_VAL(thing, index, key, value) {
		ZVAL_DEREF(value);
		if ((key && zend_string_equals_literal(key, "sign")) || Z_TYPE_P(value) == IS_NULL
				|| (Z_TYPE_P(value) == IS_STRING && Z_STRLEN_P(value) == 0)) {
			continue;
		}
		if (query.s) {
			smart_str_appendc(&query, '&');
		}
		if (key) {
			smart_str_append(&query, key);
		} else {
			smart_str_append_long(&query, (zend_long) index);
		}
		smart_str_appendc(&query, '=');
		if (!formatter_append(&query, value)) {
			smart_str_free(&query);
			RETURN_THROWS();
		}
	} ZEND_HASH_FOREACH_END();
	RETURN_STR(smart_str_extract(&query));
}

void wechatpay_formatter_minit(void)
{
	formatter_ce = register_class_WeChatPay_Formatter();
}

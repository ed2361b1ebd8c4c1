/*
 * wechatpay_request.c: request options to wire bytes. Merges the caller's options over the client's
 * defaults the way Guzzle does (per-request wins, a null option removes the default, configured
 * headers only fill in what the caller left out), resolves the URL and query, encodes `json`
 * byte-identically to json_encode($v) and validates every header before anything is sent.
 */
#include "php.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "wechatpay_request.h"
#include "wechatpay_exception.h"

#define WECHATPAY_DEFAULT_BASE_URI "https://api.mch.weixin.qq.com/"

/* The option `name` after merging: the caller's value when the key is present (null meaning "none"),
 * else the client's default. NULL when unset either way. */
static zval *merged_option(const wechatpay_request_defaults *defaults, HashTable *options,
		const char *name, size_t name_len)
{
	zval *value = zend_hash_str_find_deref(options, name, name_len);
	if (!value && defaults->options) {
		value = zend_hash_str_find_deref(defaults->options, name, name_len);
	}
	return (value && Z_TYPE_P(value) != IS_NULL) ? value : NULL;
}

static bool is_token_char(unsigned char c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
		return true;
	}
	return c && strchr("'`#$%&*+.^_|~!-", c) != NULL;
}

static bool header_name_valid(const zend_string *name)
{
	if (ZSTR_LEN(name) == 0) {
		return false;
	}
	for (size_t i = 0; i < ZSTR_LEN(name); i++) {
		if (!is_token_char((unsigned char) ZSTR_VAL(name)[i])) {
			return false;
		}
	}
	return true;
}

/* Appends one value to `line`, trimmed of spaces and tabs; false when it holds a control character. */
static bool append_header_value(smart_str *line, zval *value)
{
	if (Z_TYPE_P(value) > IS_STRING) { /* only null, bool, int, float and string */
		wechatpay_throw_invalid_argument("Header value must be scalar or null but %s provided.",
				zend_zval_type_name(value));
		return false;
	}
	zend_string *text = zval_get_string(value);
	const char *start = ZSTR_VAL(text), *end = start + ZSTR_LEN(text);
	while (start < end && (*start == ' ' || *start == '\t')) start++;
	while (end > start && (end[-1] == ' ' || end[-1] == '\t')) end--;
	for (const char *p = start; p < end; p++) {
		unsigned char c = (unsigned char) *p;
		if (c < 0x20 && c != '\t') {
			wechatpay_throw_invalid_argument("A header value must not contain CR, LF, NUL or other control characters.");
			zend_string_release(text);
			return false;
		}
		if (c == 0x7f) {
			wechatpay_throw_invalid_argument("A header value must not contain CR, LF, NUL or other control characters.");
			zend_string_release(text);
			return false;
		}
	}
	smart_str_appendl(line, start, end - start);
	zend_string_release(text);
	return true;
}

bool wechatpay_headers_from_array(HashTable *lines, HashTable *headers)
{
	zend_string *name;
	zend_ulong index;
	zval *value;

	ZEND_HASH_FOREACH_KEY_VAL_IND(headers, index, name, value) {
		zend_string *key = name ? zend_string_copy(name) : zend_long_to_str((zend_long) index);
		if (!header_name_valid(key)) {
			wechatpay_throw_invalid_argument("\"%s\" is not valid header name.",
					ZSTR_LEN(key) && !memchr(ZSTR_VAL(key), 0, ZSTR_LEN(key)) && !strpbrk(ZSTR_VAL(key), "\r\n") ? ZSTR_VAL(key) : "(unprintable)");
			zend_string_release(key);
			return false;
		}
		ZVAL_DEREF(value);
		smart_str line = {0};
		smart_str_append(&line, key);
		smart_str_appends(&line, ": ");
		size_t prefix = ZSTR_LEN(line.s);
		if (Z_TYPE_P(value) == IS_ARRAY) {
			if (zend_hash_num_elements(Z_ARRVAL_P(value)) == 0) {
				wechatpay_throw_invalid_argument("Header value can not be an empty array.");
				smart_str_free(&line);
				zend_string_release(key);
				return false;
			}
			zval *item;
			bool first = true;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
				ZVAL_DEREF(item);
				if (!first) {
					smart_str_appends(&line, ", ");
				}
				first = false;
				if (!append_header_value(&line, item)) {
					smart_str_free(&line);
					zend_string_release(key);
					return false;
				}
			} ZEND_HASH_FOREACH_END();
		} else if (!append_header_value(&line, value)) {
			smart_str_free(&line);
			zend_string_release(key);
			return false;
		}
		if (ZSTR_LEN(line.s) == prefix) {
			/* libcurl's spelling of a header sent with an empty value */
			ZSTR_LEN(line.s) -= 2;
			smart_str_appendc(&line, ';');
		}
		zval zline;
		ZVAL_STR(&zline, smart_str_extract(&line));
		zend_string *lower = zend_string_tolower(key);
		zend_hash_update(lines, lower, &zline);
		zend_string_release(lower);
		zend_string_release(key);
	} ZEND_HASH_FOREACH_END();
	return true;
}

void wechatpay_request_set_header(wechatpay_request *request, const char *name, size_t name_len,
		const char *value, size_t value_len)
{
	zend_string *lower = zend_string_alloc(name_len, 0);
	zend_str_tolower_copy(ZSTR_VAL(lower), name, name_len);
	zval zline;
	ZVAL_STR(&zline, zend_string_concat3(name, name_len, ": ", 2, value, value_len));
	zend_hash_update(&request->headers, lower, &zline);
	zend_string_release(lower);
}

/* The `json` option encoded as json_encode($value) with flags 0 and depth 512, as Guzzle does. */
static zend_string *encode_json(zval *value)
{
	smart_str buf = {0};
	/* like json_encode(): some errors (NAN, INF) still produce output, so the error code decides */
	if (php_json_encode_ex(&buf, value, 0, PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE
			|| JSON_G(error_code) != PHP_JSON_ERROR_NONE) {
		smart_str_free(&buf);
		zval message;
		ZVAL_UNDEF(&message);
		zend_call_known_function(zend_hash_str_find_ptr(CG(function_table), ZEND_STRL("json_last_error_msg")),
				NULL, NULL, &message, 0, NULL, NULL);
		wechatpay_throw_invalid_argument("json_encode error: %s",
				Z_TYPE(message) == IS_STRING ? Z_STRVAL(message) : "unknown error");
		zval_ptr_dtor(&message);
		return NULL;
	}
	return buf.s ? smart_str_extract(&buf) : ZSTR_EMPTY_ALLOC();
}

static zend_string *body_from_option(zval *body)
{
	switch (Z_TYPE_P(body)) {
		case IS_STRING:
			return zend_string_copy(Z_STR_P(body));
		case IS_LONG:
		case IS_DOUBLE:
		case IS_TRUE:
		case IS_FALSE:
			return zval_get_string(body);
		case IS_OBJECT:
			if (Z_OBJCE_P(body)->__tostring) {
				return zval_try_get_string(body);
			}
			break;
		case IS_ARRAY:
			wechatpay_throw_invalid_argument("Passing in the \"body\" request option as an array to send a request is not supported. "
					"Please use the \"form_params\" request option to send a application/x-www-form-urlencoded request, "
					"or the \"multipart\" request option to send a multipart/form-data request.");
			return NULL;
	}
	wechatpay_throw_invalid_argument("The \"body\" request option must be a string or a stringable object, %s given.",
			zend_zval_type_name(body));
	return NULL;
}

static bool seconds_option(double *out, zval *value, const char *name)
{
	if (!value) {
		return true;
	}
	double seconds;
	if (Z_TYPE_P(value) == IS_LONG || Z_TYPE_P(value) == IS_DOUBLE) {
		seconds = zval_get_double(value);
	} else if (Z_TYPE_P(value) != IS_STRING
			|| !is_numeric_string(Z_STRVAL_P(value), Z_STRLEN_P(value), NULL, &seconds, false)) {
		wechatpay_throw_invalid_argument("The \"%s\" request option must be a number of seconds, %s given.",
				name, Z_TYPE_P(value) == IS_STRING ? "a non-numeric string" : zend_zval_type_name(value));
		return false;
	} else {
		seconds = zval_get_double(value);
	}
	if (!(seconds >= 0) || seconds > 86400.0 * 365) {
		wechatpay_throw_invalid_argument("The \"%s\" request option must be a number of seconds, %s given.",
				name, "an out-of-range value");
		return false;
	}
	*out = seconds;
	return true;
}

static bool apply_transport_options(wechatpay_request *request, const wechatpay_request_defaults *defaults,
		HashTable *options)
{
	if (!seconds_option(&request->timeout, merged_option(defaults, options, ZEND_STRL("timeout")), "timeout")
			|| !seconds_option(&request->connect_timeout,
				merged_option(defaults, options, ZEND_STRL("connect_timeout")), "connect_timeout")) {
		return false;
	}
	zval *verify = merged_option(defaults, options, ZEND_STRL("verify"));
	if (verify) {
		if (Z_TYPE_P(verify) == IS_STRING) {
			if (ZSTR_LEN(Z_STR_P(verify)) == 0 || zend_str_has_nul_byte(Z_STR_P(verify))) {
				wechatpay_throw_invalid_argument("The \"verify\" request option must be a boolean or the path of a CA bundle.");
				return false;
			}
			request->ca_file = zend_string_copy(Z_STR_P(verify));
		} else if (Z_TYPE_P(verify) == IS_TRUE || Z_TYPE_P(verify) == IS_FALSE) {
			request->verify_peer = Z_TYPE_P(verify) == IS_TRUE;
		} else {
			wechatpay_throw_invalid_argument("The \"verify\" request option must be a boolean or the path of a CA bundle.");
			return false;
		}
	}
	zval *http_errors = merged_option(defaults, options, ZEND_STRL("http_errors"));
	if (http_errors) {
		request->http_errors = zend_is_true(http_errors);
	}
	zval *decode_content = merged_option(defaults, options, ZEND_STRL("decode_content"));
	if (decode_content) {
		request->decode_content = zend_is_true(decode_content);
	}
	return true;
}

static bool resolve_url(wechatpay_request *request, const wechatpay_request_defaults *defaults,
		zend_string *path, HashTable *options)
{
	zval *base = merged_option(defaults, options, ZEND_STRL("base_uri"));
	zend_string *base_uri;
	if (!base) {
		base_uri = zend_string_init(ZEND_STRL(WECHATPAY_DEFAULT_BASE_URI), 0);
	} else if (Z_TYPE_P(base) == IS_STRING || (Z_TYPE_P(base) == IS_OBJECT && Z_OBJCE_P(base)->__tostring)) {
		base_uri = zval_try_get_string(base);
		if (!base_uri) {
			return false;
		}
	} else {
		wechatpay_throw_invalid_argument("The \"base_uri\" option must be a string or a UriInterface, %s given.",
				zend_zval_type_name(base));
		return false;
	}

	zend_string *query = NULL;
	zval *query_option = zend_hash_str_find_deref(options, ZEND_STRL("query"));
	if (query_option && Z_TYPE_P(query_option) != IS_NULL) {
		query = wechatpay_query_from_option(query_option);
		if (!query) {
			zend_string_release(base_uri);
			return false;
		}
	}
	bool built = wechatpay_url_build(base_uri, path, query, &request->url);
	zend_string_release(base_uri);
	if (query) {
		zend_string_release(query);
	}
	return built;
}

/* Body and the Content-Type that `json` implies. */
static bool apply_body(wechatpay_request *request, HashTable *options, HashTable *conditional)
{
	zval *json = zend_hash_str_find_deref(options, ZEND_STRL("json"));
	if (json && Z_TYPE_P(json) != IS_NULL) {
		request->body = encode_json(json);
		if (!request->body) {
			return false;
		}
		zval line;
		ZVAL_STR(&line, zend_string_init(ZEND_STRL("Content-Type: application/json"), 0));
		zend_hash_str_update(conditional, ZEND_STRL("content-type"), &line);
		return true;
	}
	zval *body = zend_hash_str_find_deref(options, ZEND_STRL("body"));
	if (body && Z_TYPE_P(body) != IS_NULL) {
		request->body = body_from_option(body);
		return request->body != NULL;
	}
	request->body = ZSTR_EMPTY_ALLOC();
	return true;
}

bool wechatpay_request_build(wechatpay_request *request, const wechatpay_request_defaults *defaults,
		zend_string *method, zend_string *path, HashTable *options)
{
	memset(request, 0, sizeof(*request));
	request->method = zend_string_copy(method);
	request->verify_peer = true;
	request->http_errors = true;
	request->decode_content = true;
	zend_hash_init(&request->headers, 8, NULL, ZVAL_PTR_DTOR, 0);

	HashTable conditional;
	zend_hash_init(&conditional, 8, NULL, ZVAL_PTR_DTOR, 0);

	zval *headers = zend_hash_str_find_deref(options, ZEND_STRL("headers"));
	bool headers_null = headers && Z_TYPE_P(headers) == IS_NULL;
	if (!headers_null && defaults->headers) {
		zend_hash_copy(&conditional, defaults->headers, zval_add_ref);
	}
	if (headers && !headers_null) {
		if (Z_TYPE_P(headers) != IS_ARRAY) {
			wechatpay_throw_invalid_argument("headers must be an array");
			goto failure;
		}
		if (!wechatpay_headers_from_array(&request->headers, Z_ARRVAL_P(headers))) {
			goto failure;
		}
	}

	if (!resolve_url(request, defaults, path, options)
			|| !apply_body(request, options, &conditional)
			|| !apply_transport_options(request, defaults, options)) {
		goto failure;
	}

	/* conditional headers only fill in what the caller did not set */
	zend_string *lower;
	zval *line;
	ZEND_HASH_FOREACH_STR_KEY_VAL(&conditional, lower, line) {
		if (!zend_hash_exists(&request->headers, lower)) {
			Z_TRY_ADDREF_P(line);
			zend_hash_add_new(&request->headers, lower, line);
		}
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&conditional);
	return true;

failure:
	zend_hash_destroy(&conditional);
	wechatpay_request_release(request);
	return false;
}

void wechatpay_request_release(wechatpay_request *request)
{
	if (!request->method) {
		return; /* never built, or already released */
	}
	zend_string_release(request->method);
	request->method = NULL;
	wechatpay_url_release(&request->url);
	if (request->body) {
		zend_string_release(request->body);
		request->body = NULL;
	}
	if (request->ca_file) {
		zend_string_release(request->ca_file);
		request->ca_file = NULL;
	}
	zend_hash_destroy(&request->headers);
}

/*
 * wechatpay_request.c: request options to wire bytes. Merges the caller's options over the client's
 * defaults the way Guzzle does (per-request wins, a null option removes the default, configured
 * headers only fill in what the caller left out), resolves the URL and query, encodes `json`
 * byte-identically to json_encode($v) and validates every header before anything is sent.
 */
#include "php.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_exceptions.h"
#include "SAPI.h"
#include <curl/curl.h>
#include "php_wechatpay.h"
#include "wechatpay_request.h"
#include "wechatpay_exception.h"
#include "wechatpay_userland.h"

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

/* A stream resource read whole, from its start when it can seek (what (string) Utils::streamFor($r)
 * gives the signer and the handler alike). */
static zend_string *body_from_stream(zval *resource)
{
	php_stream *stream;
	php_stream_from_zval_no_verify(stream, resource);
	if (!stream) {
		wechatpay_throw_invalid_argument("The \"body\" request option must be a string, a stream resource or a stream object, %s given.",
				"a resource that is not a stream");
		return NULL;
	}
	if (!(stream->flags & PHP_STREAM_FLAG_NO_SEEK) && stream->ops->seek) {
		php_stream_seek(stream, 0, SEEK_SET);
	}
	zend_string *bytes = php_stream_copy_to_mem(stream, PHP_STREAM_COPY_ALL, 0);
	return bytes ? bytes : ZSTR_EMPTY_ALLOC();
}

static zend_string *body_from_option(zval *body)
{
	switch (Z_TYPE_P(body)) {
		case IS_RESOURCE:
			return body_from_stream(body);
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
	wechatpay_throw_invalid_argument("The \"body\" request option must be a string, a stream resource or a stream object, %s given.",
			zend_zval_type_name(body));
	return NULL;
}

/* A stream object of unknown size (getSize() null), such as MediaUtil's body: Guzzle signs its string
 * form but sends what reading it gives (its curl handler streams what it cannot size), and the two
 * differ for an upload, whose string form is the meta JSON. The bytes read (rewound first when it
 * can seek), or NULL when the string form is what is sent (or, with an exception, reading threw). */
static zend_string *body_read_unsized(zval *object)
{
	HashTable *methods = &Z_OBJCE_P(object)->function_table;
	if (!zend_hash_str_exists(methods, ZEND_STRL("getsize")) || !zend_hash_str_exists(methods, ZEND_STRL("getcontents"))
			|| !zend_hash_str_exists(methods, ZEND_STRL("isseekable")) || !zend_hash_str_exists(methods, ZEND_STRL("rewind"))) {
		return NULL;
	}
	zval result;
	if (!wechatpay_userland_method(object, "getSize", &result, 0, NULL)) {
		return NULL;
	}
	bool unsized = Z_TYPE(result) == IS_NULL;
	zval_ptr_dtor(&result);
	if (!unsized || !wechatpay_userland_method(object, "isSeekable", &result, 0, NULL)) {
		return NULL;
	}
	bool seekable = zend_is_true(&result);
	zval_ptr_dtor(&result);
	if (seekable) {
		if (!wechatpay_userland_method(object, "rewind", &result, 0, NULL)) {
			return NULL;
		}
		zval_ptr_dtor(&result);
	}
	if (!wechatpay_userland_method(object, "getContents", &result, 0, NULL)) {
		return NULL;
	}
	zend_string *bytes = zval_try_get_string(&result);
	zval_ptr_dtor(&result);
	return bytes;
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

/* `version`: compared loosely with 1.1 and 2.0 as Guzzle's curl handler does; anything else is 1.0. */
static bool apply_version(wechatpay_request *request, zval *version)
{
	if (!version) {
		return true;
	}
	double number;
	if (Z_TYPE_P(version) == IS_LONG || Z_TYPE_P(version) == IS_DOUBLE) {
		number = zval_get_double(version);
	} else if (Z_TYPE_P(version) == IS_STRING) {
		zend_long l;
		zend_uchar type = is_numeric_string(Z_STRVAL_P(version), Z_STRLEN_P(version), &l, &number, true);
		number = type == IS_LONG ? (double) l : type == IS_DOUBLE ? number : 0;
	} else {
		wechatpay_throw_invalid_argument("The \"version\" request option must be a string such as \"1.1\" or \"2.0\", %s given.",
				zend_zval_type_name(version));
		return false;
	}
	request->http_version = number == 1.1 ? CURL_HTTP_VERSION_1_1
		: number == 2.0 ? CURL_HTTP_VERSION_2_0 : CURL_HTTP_VERSION_1_0;
	return true;
}

static bool is_string_list(zval *value)
{
	zval *item;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
		ZVAL_DEREF(item);
		if (Z_TYPE_P(item) != IS_STRING) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* `proxy`: a proxy URL, or ['http' => URL, 'https' => URL, 'no' => [hosts]]; kept as given and
 * resolved against each hop's URL. */
static bool apply_proxy(wechatpay_request *request, zval *proxy)
{
	if (!proxy) {
		return true;
	}
	bool valid = Z_TYPE_P(proxy) == IS_STRING;
	if (Z_TYPE_P(proxy) == IS_ARRAY) {
		valid = true;
		zend_string *key;
		zval *value;
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(proxy), key, value) {
			ZVAL_DEREF(value);
			if (key && zend_string_equals_literal(key, "no")) {
				valid = valid && Z_TYPE_P(value) == IS_ARRAY && is_string_list(value);
			} else if (key && (zend_string_equals_literal(key, "http") || zend_string_equals_literal(key, "https"))) {
				valid = valid && (Z_TYPE_P(value) == IS_STRING || Z_TYPE_P(value) == IS_NULL);
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (!valid) {
		wechatpay_throw_invalid_argument("The \"proxy\" request option must be a proxy URL, or an array of "
				"'http' and 'https' proxy URLs and a 'no' list of hosts.");
		return false;
	}
	ZVAL_COPY(&request->proxy, proxy);
	return true;
}

static zend_string *path_string(zval *value)
{
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) != IS_STRING || Z_STRLEN_P(value) == 0 || zend_str_has_nul_byte(Z_STR_P(value))) {
		return NULL;
	}
	return Z_STR_P(value);
}

/* `cert` / `ssl_key`: a path, or [path, passphrase]. Existence is checked as the transfer starts. */
static bool apply_client_certificate(zend_string **path, zend_string **password, zval *option, const char *name)
{
	if (!option) {
		return true;
	}
	zend_string *file = NULL, *secret = NULL;
	if (Z_TYPE_P(option) == IS_ARRAY) {
		zval *first = zend_hash_index_find(Z_ARRVAL_P(option), 0);
		zval *second = zend_hash_index_find(Z_ARRVAL_P(option), 1);
		file = first ? path_string(first) : NULL;
		if (second) {
			ZVAL_DEREF(second);
			secret = Z_TYPE_P(second) == IS_STRING && !zend_str_has_nul_byte(Z_STR_P(second)) ? Z_STR_P(second) : NULL;
			if (!secret && Z_TYPE_P(second) != IS_NULL) {
				file = NULL;
			}
		}
	} else {
		file = path_string(option);
	}
	if (!file) {
		wechatpay_throw_invalid_argument("The \"%s\" request option must be a file path or [path, passphrase].", name);
		return false;
	}
	*path = zend_string_copy(file);
	*password = secret ? zend_string_copy(secret) : NULL;
	return true;
}

/* `debug`: a stream resource gets libcurl's verbose trace; any other non-empty value sends it to
 * STDOUT under the CLI and to php://output elsewhere (Guzzle's Utils::debugResource()). */
static bool apply_debug(wechatpay_request *request, zval *debug)
{
	if (!debug || !zend_is_true(debug)) {
		return true;
	}
	if (Z_TYPE_P(debug) == IS_RESOURCE) {
		php_stream *stream;
		php_stream_from_zval_no_verify(stream, debug);
		if (!stream) {
			wechatpay_throw_invalid_argument("The \"debug\" request option must be true or a stream resource.");
			return false;
		}
		ZVAL_COPY(&request->debug, debug);
		return true;
	}
	bool cli = strcmp(sapi_module.name, "cli") == 0 || strcmp(sapi_module.name, "phpdbg") == 0;
	php_stream *stream = php_stream_open_wrapper(cli ? "php://stdout" : "php://output", "w", 0, NULL);
	if (!stream) {
		wechatpay_throw_invalid_argument("The \"debug\" output stream could not be opened.");
		return false;
	}
	php_stream_to_zval(stream, &request->debug);
	return true;
}

/* `allow_redirects` after Guzzle's merge: a key present with null (per request, else in the
 * client config) turns redirects off; absent from both, Guzzle's defaults apply. */
static bool apply_redirects(wechatpay_request *request, const wechatpay_request_defaults *defaults, HashTable *options)
{
	zval *option = zend_hash_str_find_deref(options, ZEND_STRL("allow_redirects"));
	if (!option && defaults->options) {
		option = zend_hash_str_find_deref(defaults->options, ZEND_STRL("allow_redirects"));
	}
	request->redirect_max = 5;
	request->redirect_protocols = WECHATPAY_PROTOCOL_HTTP | WECHATPAY_PROTOCOL_HTTPS;
	if (!option || Z_TYPE_P(option) == IS_TRUE) {
		return true;
	}
	if (!zend_is_true(option)) {
		request->redirect_max = 0;
		return true;
	}
	if (Z_TYPE_P(option) != IS_ARRAY) {
		zend_throw_exception(spl_ce_InvalidArgumentException, "allow_redirects must be true, false, or array", 0);
		return false;
	}
	HashTable *settings = Z_ARRVAL_P(option);
	zval *max = zend_hash_str_find_deref(settings, ZEND_STRL("max"));
	if (max) {
		if (Z_TYPE_P(max) != IS_LONG && Z_TYPE_P(max) != IS_NULL && Z_TYPE_P(max) != IS_FALSE
				&& !(Z_TYPE_P(max) == IS_STRING && is_numeric_string(Z_STRVAL_P(max), Z_STRLEN_P(max), NULL, NULL, false) == IS_LONG)) {
			wechatpay_throw_invalid_argument("The \"allow_redirects\" option's \"max\" must be an integer, %s given.",
					zend_zval_type_name(max));
			return false;
		}
		request->redirect_max = MAX(0, zval_get_long(max));
	}
	zval *strict = zend_hash_str_find_deref(settings, ZEND_STRL("strict"));
	request->redirect_strict = strict && zend_is_true(strict);
	zval *referer = zend_hash_str_find_deref(settings, ZEND_STRL("referer"));
	request->redirect_referer = referer && zend_is_true(referer);
	zval *protocols = zend_hash_str_find_deref(settings, ZEND_STRL("protocols"));
	if (protocols) {
		if (Z_TYPE_P(protocols) != IS_ARRAY) {
			wechatpay_throw_invalid_argument("The \"allow_redirects\" option's \"protocols\" must be an array, %s given.",
					zend_zval_type_name(protocols));
			return false;
		}
		request->redirect_protocols = 0;
		zval *item;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(protocols), item) {
			ZVAL_DEREF(item);
			if (Z_TYPE_P(item) == IS_STRING && zend_string_equals_literal(Z_STR_P(item), "http")) {
				request->redirect_protocols |= WECHATPAY_PROTOCOL_HTTP;
			} else if (Z_TYPE_P(item) == IS_STRING && zend_string_equals_literal(Z_STR_P(item), "https")) {
				request->redirect_protocols |= WECHATPAY_PROTOCOL_HTTPS;
			}
		} ZEND_HASH_FOREACH_END();
	}
	return true;
}

static bool apply_transport_options(wechatpay_request *request, const wechatpay_request_defaults *defaults,
		HashTable *options)
{
	/* the INI defaults apply where neither the call nor the client configuration says otherwise */
	request->timeout = WECHATPAY_G(default_timeout);
	request->connect_timeout = WECHATPAY_G(default_connect_timeout);
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
	const char *cainfo = WECHATPAY_G(default_cainfo);
	if (!request->ca_file && request->verify_peer && cainfo && *cainfo) {
		request->ca_file = zend_string_init(cainfo, strlen(cainfo), 0);
	}
	zval *http_errors = merged_option(defaults, options, ZEND_STRL("http_errors"));
	if (http_errors) {
		request->http_errors = zend_is_true(http_errors);
	}
	zval *decode_content = merged_option(defaults, options, ZEND_STRL("decode_content"));
	if (decode_content) {
		request->decode_content = zend_is_true(decode_content);
		if (request->decode_content && Z_TYPE_P(decode_content) != IS_TRUE) {
			/* the encodings to ask for: sent as Accept-Encoding (over the caller's), and decoded */
			zend_string *encodings = zval_try_get_string(decode_content);
			if (!encodings) {
				return false;
			}
			HashTable header;
			zend_hash_init(&header, 1, NULL, ZVAL_PTR_DTOR, 0);
			zval value;
			ZVAL_STR(&value, encodings);
			zend_hash_str_add_new(&header, ZEND_STRL("Accept-Encoding"), &value);
			bool valid = wechatpay_headers_from_array(&request->headers, &header);
			zend_hash_destroy(&header);
			if (!valid) {
				return false;
			}
		}
	}
	return seconds_option(&request->read_timeout, merged_option(defaults, options, ZEND_STRL("read_timeout")), "read_timeout")
		&& apply_version(request, merged_option(defaults, options, ZEND_STRL("version")))
		&& apply_proxy(request, merged_option(defaults, options, ZEND_STRL("proxy")))
		&& apply_client_certificate(&request->cert, &request->cert_password,
				merged_option(defaults, options, ZEND_STRL("cert")), "cert")
		&& apply_client_certificate(&request->ssl_key, &request->ssl_key_password,
				merged_option(defaults, options, ZEND_STRL("ssl_key")), "ssl_key")
		&& apply_debug(request, merged_option(defaults, options, ZEND_STRL("debug")))
		&& apply_redirects(request, defaults, options);
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
	zval *form = zend_hash_str_find_deref(options, ZEND_STRL("form_params"));
	if (form && Z_TYPE_P(form) != IS_NULL) {
		zval *multipart = zend_hash_str_find_deref(options, ZEND_STRL("multipart"));
		if (multipart && Z_TYPE_P(multipart) != IS_NULL) {
			zend_throw_exception(spl_ce_InvalidArgumentException, "You cannot use form_params and multipart at the same time. "
					"Use the form_params option if you want to send application/x-www-form-urlencoded requests, "
					"and the multipart option to send multipart/form-data requests.", 0);
			return false;
		}
		if (Z_TYPE_P(form) != IS_ARRAY && Z_TYPE_P(form) != IS_OBJECT) {
			wechatpay_throw_invalid_argument("The \"form_params\" request option must be an array, %s given.",
					zend_zval_type_name(form));
			return false;
		}
		smart_str built = {0};
		if (!wechatpay_form_build(&built, HASH_OF(form))) {
			return false;
		}
		request->body = built.s ? smart_str_extract(&built) : ZSTR_EMPTY_ALLOC();
		zval line;
		ZVAL_STR(&line, zend_string_init(ZEND_STRL("Content-Type: application/x-www-form-urlencoded"), 0));
		zend_hash_str_update(conditional, ZEND_STRL("content-type"), &line);
		return true;
	}
	zval *body = zend_hash_str_find_deref(options, ZEND_STRL("body"));
	if (body && Z_TYPE_P(body) != IS_NULL) {
		request->body = body_from_option(body);
		if (request->body && Z_TYPE_P(body) == IS_OBJECT) {
			zend_string *sent = body_read_unsized(body);
			if (EG(exception)) {
				return false;
			}
			if (sent) {
				request->signed_body = request->body;
				request->body = sent;
			}
		}
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
	request->http_version = CURL_HTTP_VERSION_1_1;
	ZVAL_UNDEF(&request->proxy);
	ZVAL_UNDEF(&request->debug);
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
			|| !apply_transport_options(request, defaults, options)
			|| !wechatpay_sink_open(&request->sink, merged_option(defaults, options, ZEND_STRL("sink")))) {
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

void wechatpay_request_drop_body(wechatpay_request *request)
{
	zend_string_release(request->body);
	request->body = ZSTR_EMPTY_ALLOC();
	if (request->signed_body) {
		zend_string_release(request->signed_body);
		request->signed_body = NULL;
	}
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
	if (request->signed_body) {
		zend_string_release(request->signed_body);
		request->signed_body = NULL;
	}
	if (request->ca_file) {
		zend_string_release(request->ca_file);
		request->ca_file = NULL;
	}
	zend_string **strings[] = {&request->cert, &request->cert_password, &request->ssl_key, &request->ssl_key_password};
	for (size_t i = 0; i < sizeof(strings) / sizeof(strings[0]); i++) {
		if (*strings[i]) {
			zend_string_release(*strings[i]);
			*strings[i] = NULL;
		}
	}
	zval_ptr_dtor(&request->proxy);
	ZVAL_UNDEF(&request->proxy);
	wechatpay_sink_release(&request->sink);
	zval_ptr_dtor(&request->debug);
	ZVAL_UNDEF(&request->debug);
	zend_hash_destroy(&request->headers);
}

/* file_exists(): any stream wrapper that can stat, quietly. */
static bool file_exists(zend_string *path)
{
	php_stream_statbuf ssb;
	return php_stream_stat_path_ex(ZSTR_VAL(path), PHP_STREAM_URL_STAT_QUIET, &ssb, NULL) == 0;
}

bool wechatpay_request_check_files(const wechatpay_request *request)
{
	if (request->cert && !file_exists(request->cert)) {
		zend_throw_exception_ex(spl_ce_InvalidArgumentException, 0, "SSL certificate not found: %s", ZSTR_VAL(request->cert));
		return false;
	}
	if (request->ssl_key && !file_exists(request->ssl_key)) {
		zend_throw_exception_ex(spl_ce_InvalidArgumentException, 0, "SSL private key not found: %s", ZSTR_VAL(request->ssl_key));
		return false;
	}
	return true;
}

/* Guzzle's Utils::isHostInNoProxy(): '*', an exact host, or a domain suffix (leading dots ignored). */
static bool host_in_no_proxy(const char *host, size_t host_len, HashTable *areas)
{
	zval *item;
	ZEND_HASH_FOREACH_VAL(areas, item) {
		ZVAL_DEREF(item);
		const char *area = Z_STRVAL_P(item);
		size_t len = Z_STRLEN_P(item);
		if (len == 1 && area[0] == '*') {
			return true;
		}
		if (len == 0) {
			continue;
		}
		if (len == host_len && memcmp(area, host, len) == 0) {
			return true;
		}
		while (len && *area == '.') {
			area++;
			len--;
		}
		if (host_len >= len + 1 && host[host_len - len - 1] == '.' && memcmp(host + host_len - len, area, len) == 0) {
			return true;
		}
	} ZEND_HASH_FOREACH_END();
	return false;
}

const char *wechatpay_request_proxy(const wechatpay_request *request)
{
	if (Z_TYPE(request->proxy) == IS_STRING) {
		return Z_STRVAL(request->proxy);
	}
	if (Z_TYPE(request->proxy) != IS_ARRAY) {
		return NULL;
	}
	const char *url = ZSTR_VAL(request->url.url);
	bool https = strncmp(url, "https://", 8) == 0;
	zval *proxy = zend_hash_str_find_deref(Z_ARRVAL(request->proxy), https ? "https" : "http", https ? 5 : 4);
	if (!proxy || Z_TYPE_P(proxy) != IS_STRING) {
		return NULL;
	}
	zval *no = zend_hash_str_find_deref(Z_ARRVAL(request->proxy), ZEND_STRL("no"));
	if (no) {
		/* the host as Guzzle sees it, cut at its first ':' (explode(':', $host, 2)) */
		const char *host = strstr(url, "://") + 3, *end = host + strcspn(host, "/?#");
		const char *at = memchr(host, '@', end - host);
		host = at ? at + 1 : host;
		const char *colon = memchr(host, ':', end - host);
		end = colon ? colon : end;
		if (host_in_no_proxy(host, end - host, Z_ARRVAL_P(no))) {
			return NULL;
		}
	}
	return Z_STRVAL_P(proxy);
}

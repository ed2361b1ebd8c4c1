/*
 * wechatpay_boundary.c: the objects handed to PHP code. When Guzzle's PSR-7 classes can be
 * autoloaded (looked up once per request), replies become GuzzleHttp\Psr7\Response and failures
 * Guzzle's exceptions with Guzzle's messages, exactly what SDK users catch today; otherwise the
 * extension's native Response and exceptions with the same methods and messages.
 */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "php_wechatpay.h"
#include "wechatpay_boundary.h"
#include "wechatpay_exception.h"
#include "wechatpay_response.h"

#define CURL_ERRORS_PAGE "see https://curl.haxx.se/libcurl/c/libcurl-errors.html"

static zend_class_entry *lookup_quietly(const char *name, size_t name_len)
{
	zend_string *class_name = zend_string_init(name, name_len, 0);
	zend_class_entry *ce = zend_lookup_class(class_name);
	zend_string_release(class_name);
	if (EG(exception)) {
		zend_clear_exception(); /* an autoloader that throws means "not available" here */
		return NULL;
	}
	return ce;
}

zend_class_entry *wechatpay_guzzle_class(const char *name, size_t name_len)
{
	if (WECHATPAY_G(guzzle_available) < 0) {
		WECHATPAY_G(guzzle_available) = lookup_quietly(ZEND_STRL("GuzzleHttp\\Psr7\\Response")) != NULL;
	}
	return WECHATPAY_G(guzzle_available) ? lookup_quietly(name, name_len) : NULL;
}

/* new $ce(...$argv); false with the constructor's exception left in flight */
static bool construct(zend_class_entry *ce, zval *out, uint32_t argc, zval *argv)
{
	object_init_ex(out, ce);
	if (ce->constructor) {
		zend_call_known_instance_method(ce->constructor, Z_OBJ_P(out), NULL, argc, argv);
	}
	if (EG(exception)) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return false;
	}
	return true;
}

bool wechatpay_boundary_response(const wechatpay_reply *reply, zval *out)
{
	zend_string *body = reply->body.s ? zend_string_copy(reply->body.s) : ZSTR_EMPTY_ALLOC();
	zend_class_entry *guzzle = wechatpay_guzzle_class(ZEND_STRL("GuzzleHttp\\Psr7\\Response"));
	if (!guzzle) {
		ZVAL_OBJ(out, wechatpay_response_new(reply->status, reply->reason, reply->protocol, reply->headers, body));
		zend_string_release(body);
		if (reply->sink) { /* the body reads the sink */
			zval stream;
			wechatpay_sink_body(reply->sink, false, &stream);
			wechatpay_response_use_stream(Z_OBJ_P(out), Z_OBJ(stream));
		}
		return true;
	}
	zval argv[5];
	ZVAL_LONG(&argv[0], reply->status);
	GC_ADDREF(reply->headers);
	ZVAL_ARR(&argv[1], reply->headers);
	if (reply->sink) {
		zend_string_release(body);
		wechatpay_sink_body(reply->sink, true, &argv[2]);
	} else {
		ZVAL_STR(&argv[2], body);
	}
	ZVAL_STR_COPY(&argv[3], reply->protocol);
	ZVAL_STR_COPY(&argv[4], reply->reason);
	bool built = construct(guzzle, out, 5, argv);
	for (int i = 0; i < 5; i++) {
		zval_ptr_dtor(&argv[i]);
	}
	return built;
}

/* GuzzleHttp\Psr7\Request for the request as sent (minus Authorization, as the SDK's exceptions show it). */
static bool guzzle_request(zend_class_entry *ce, const wechatpay_request *request, zval *out)
{
	zval argv[3];
	ZVAL_STR_COPY(&argv[0], request->method);
	ZVAL_STR_COPY(&argv[1], request->url.url);
	array_init(&argv[2]);
	zend_string *lower;
	zval *line;
	ZEND_HASH_FOREACH_STR_KEY_VAL((HashTable *) &request->headers, lower, line) {
		if (zend_string_equals_literal(lower, "authorization")) {
			continue;
		}
		const char *text = Z_STRVAL_P(line), *colon = memchr(text, ':', Z_STRLEN_P(line));
		if (colon) {
			const char *value = colon + 1;
			while (*value == ' ') value++;
			add_assoc_stringl_ex(&argv[2], text, colon - text, value, Z_STRLEN_P(line) - (value - text));
		}
	} ZEND_HASH_FOREACH_END();
	bool built = construct(ce, out, 3, argv);
	if (built && ZSTR_LEN(request->body)) {
		/* the body: ->withBody(Utils::streamFor($body)) is what Guzzle's exceptions would hold */
		zend_class_entry *utils = wechatpay_guzzle_class(ZEND_STRL("GuzzleHttp\\Psr7\\Utils"));
		zend_function *stream_for = utils ? zend_hash_str_find_ptr(&utils->function_table, ZEND_STRL("streamfor")) : NULL;
		if (stream_for) {
			zval body, stream, with_body;
			ZVAL_STR_COPY(&body, request->body);
			zend_call_known_function(stream_for, NULL, utils, &stream, 1, &body, NULL);
			zval_ptr_dtor(&body);
			if (Z_TYPE(stream) == IS_OBJECT) {
				zend_call_method_with_1_params(Z_OBJ_P(out), Z_OBJCE_P(out), NULL, "withbody", &with_body, &stream);
				if (Z_TYPE(with_body) == IS_OBJECT) {
					zval_ptr_dtor(out);
					ZVAL_COPY_VALUE(out, &with_body);
				} else {
					zval_ptr_dtor(&with_body);
				}
			}
			zval_ptr_dtor(&stream);
		}
	}
	for (int i = 0; i < 3; i++) {
		zval_ptr_dtor(&argv[i]);
	}
	return built;
}

/* Takes the exception in flight as the result, when building a Guzzle object failed. */
static void take_exception(zval *out)
{
	ZVAL_OBJ(out, EG(exception));
	GC_ADDREF(EG(exception));
	zend_clear_exception();
}

static void set_message(zval *exception, zend_string *message, zend_long code)
{
	zend_update_property_str(zend_ce_exception, Z_OBJ_P(exception), ZEND_STRL("message"), message);
	zend_update_property_long(zend_ce_exception, Z_OBJ_P(exception), ZEND_STRL("code"), code);
}

/* Guzzle's body summary: the first 120 bytes (plus " (truncated...)"), or nothing when empty or not printable. */
static void append_body_summary(smart_str *message, const wechatpay_reply *reply)
{
	const size_t limit = 120;
	if (!reply->body.s || ZSTR_LEN(reply->body.s) == 0) {
		return;
	}
	size_t length = MIN(limit, ZSTR_LEN(reply->body.s));
	const unsigned char *text = (const unsigned char *) ZSTR_VAL(reply->body.s);
	for (size_t i = 0; i < length; i++) {
		if ((text[i] < 0x20 && text[i] != '\n' && text[i] != '\r' && text[i] != '\t') || text[i] == 0x7f) {
			return;
		}
	}
	smart_str_appends(message, ":\n");
	smart_str_appendl(message, (const char *) text, length);
	if (ZSTR_LEN(reply->body.s) > limit) {
		smart_str_appends(message, " (truncated...)");
	}
	smart_str_appendc(message, '\n');
}

void wechatpay_boundary_http_error(const wechatpay_request *request, const wechatpay_reply *reply, zval *response, zval *out)
{
	bool client_error = reply->status < 500;
	zend_class_entry *guzzle = wechatpay_guzzle_class(ZEND_STRL("GuzzleHttp\\Exception\\RequestException"));
	zend_class_entry *guzzle_request_ce = guzzle ? wechatpay_guzzle_class(ZEND_STRL("GuzzleHttp\\Psr7\\Request")) : NULL;
	if (guzzle && guzzle_request_ce) {
		zval argv[2];
		if (!guzzle_request(guzzle_request_ce, request, &argv[0])) {
			take_exception(out);
			return;
		}
		ZVAL_COPY(&argv[1], response);
		zend_function *create = zend_hash_str_find_ptr(&guzzle->function_table, ZEND_STRL("create"));
		zend_call_known_function(create, NULL, guzzle, out, 2, argv, NULL);
		zval_ptr_dtor(&argv[0]);
		zval_ptr_dtor(&argv[1]);
		if (EG(exception)) {
			zval_ptr_dtor(out);
			take_exception(out);
		}
		return;
	}

	zval reason;
	zend_call_method_with_0_params(Z_OBJ_P(response), Z_OBJCE_P(response), NULL, "getreasonphrase", &reason);
	smart_str message = {0};
	smart_str_appends(&message, client_error ? "Client error: `" : "Server error: `");
	smart_str_append(&message, request->method);
	smart_str_appendc(&message, ' ');
	smart_str_append(&message, request->url.url);
	smart_str_appends(&message, "` resulted in a `");
	smart_str_append_long(&message, reply->status);
	smart_str_appendc(&message, ' ');
	if (Z_TYPE(reason) == IS_STRING) {
		smart_str_append(&message, Z_STR(reason));
	}
	smart_str_appends(&message, "` response");
	append_body_summary(&message, reply);
	zval_ptr_dtor(&reason);

	object_init_ex(out, client_error ? wechatpay_ce_ClientException : wechatpay_ce_ServerException);
	zend_string *text = smart_str_extract(&message);
	set_message(out, text, reply->status);
	zend_string_release(text);
	wechatpay_exception_set(Z_OBJ_P(out), wechatpay_ce_RequestException, ZEND_STRL("response"), response);
}

void wechatpay_boundary_request_error(const char *guzzle_name, size_t guzzle_name_len, zend_class_entry *native,
		const wechatpay_request *request, zval *response, zend_string *message, zval *previous, zval *out)
{
	zend_class_entry *guzzle = wechatpay_guzzle_class(guzzle_name, guzzle_name_len);
	zend_class_entry *guzzle_request_ce = guzzle ? wechatpay_guzzle_class(ZEND_STRL("GuzzleHttp\\Psr7\\Request")) : NULL;
	if (guzzle && guzzle_request_ce) {
		zval argv[4];
		if (!guzzle_request(guzzle_request_ce, request, &argv[1])) {
			take_exception(out);
			return;
		}
		ZVAL_STR_COPY(&argv[0], message);
		ZVAL_COPY(&argv[2], response);
		if (previous) {
			ZVAL_COPY(&argv[3], previous);
		} else {
			ZVAL_NULL(&argv[3]);
		}
		if (!construct(guzzle, out, 4, argv)) {
			take_exception(out);
		}
		for (int i = 0; i < 4; i++) {
			zval_ptr_dtor(&argv[i]);
		}
		return;
	}
	object_init_ex(out, native);
	set_message(out, message, 0);
	wechatpay_exception_set(Z_OBJ_P(out), wechatpay_ce_RequestException, ZEND_STRL("response"), response);
	if (previous) {
		zend_update_property(zend_ce_exception, Z_OBJ_P(out), ZEND_STRL("previous"), previous);
	}
}

void wechatpay_boundary_verify_error(const wechatpay_request *request, zval *response, zend_string *message,
		zval *previous, zval *out)
{
	wechatpay_boundary_request_error(ZEND_STRL("GuzzleHttp\\Exception\\RequestException"), wechatpay_ce_RequestException,
			request, response, message, previous, out);
}

static bool is_connect_error(CURLcode code)
{
	switch (code) {
		case CURLE_OPERATION_TIMEDOUT:
		case CURLE_COULDNT_RESOLVE_HOST:
		case CURLE_COULDNT_CONNECT:
		case CURLE_SSL_CONNECT_ERROR:
		case CURLE_GOT_NOTHING:
			return true;
		default:
			return false;
	}
}

void wechatpay_boundary_transfer_error(const wechatpay_request *request, const wechatpay_reply *reply, zval *out)
{
	zend_string *message = zend_strpprintf(0, "cURL error %d: %s (" CURL_ERRORS_PAGE ")%s%s",
			(int) reply->error, reply->error_text,
			strstr(reply->error_text, ZSTR_VAL(request->url.url)) ? "" : " for ",
			strstr(reply->error_text, ZSTR_VAL(request->url.url)) ? "" : ZSTR_VAL(request->url.url));
	zval context;
	array_init(&context);
	add_assoc_long(&context, "errno", (zend_long) reply->error);
	add_assoc_string(&context, "error", (char *) reply->error_text);
	add_assoc_str(&context, "url", zend_string_copy(request->url.url));
	bool connect = is_connect_error(reply->error);

	zend_class_entry *guzzle = wechatpay_guzzle_class(connect
			? "GuzzleHttp\\Exception\\ConnectException" : "GuzzleHttp\\Exception\\RequestException",
			connect ? sizeof("GuzzleHttp\\Exception\\ConnectException") - 1 : sizeof("GuzzleHttp\\Exception\\RequestException") - 1);
	zend_class_entry *guzzle_request_ce = guzzle ? wechatpay_guzzle_class(ZEND_STRL("GuzzleHttp\\Psr7\\Request")) : NULL;
	if (guzzle && guzzle_request_ce) {
		zval argv[5];
		if (!guzzle_request(guzzle_request_ce, request, &argv[1])) {
			take_exception(out);
		} else {
			ZVAL_STR_COPY(&argv[0], message);
			ZVAL_NULL(&argv[2]);
			ZVAL_NULL(&argv[3]);
			ZVAL_COPY(&argv[4], &context);
			/* ConnectException($message, $request, $previous, $context); RequestException adds $response first */
			if (connect) {
				ZVAL_COPY_VALUE(&argv[3], &argv[4]);
				ZVAL_UNDEF(&argv[4]);
			}
			if (!construct(guzzle, out, connect ? 4 : 5, argv)) {
				take_exception(out);
			}
			for (int i = 0; i < 5; i++) {
				zval_ptr_dtor(&argv[i]);
			}
		}
	} else {
		zend_class_entry *native = connect ? wechatpay_ce_ConnectException : wechatpay_ce_RequestException;
		object_init_ex(out, native);
		set_message(out, message, (zend_long) reply->error);
		wechatpay_exception_set(Z_OBJ_P(out), native, ZEND_STRL("handlerContext"), &context);
	}
	zval_ptr_dtor(&context);
	zend_string_release(message);
}

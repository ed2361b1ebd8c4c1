/*
 * wechatpay_v2_middleware.c: WeChatPay\Http\TransformRequest and WeChatPay\Http\TransformResponse, the
 * SDK's APIv2 `transform_request` and `transform_response` Guzzle middlewares as native invokable
 * objects over PSR-7 messages. Each class plays the middleware (given the next handler) and the
 * handler it makes (given the request and options); TransformResponse also plays the check chained on
 * the handler's promise (given the response). The signing and the checks are wechatpay_v2.c's; the
 * objects hold the secret but never show it (they have no properties).
 */
#include "php.h"
#include "zend_exceptions.h"
#include "wechatpay_v2_middleware.h"
#include "wechatpay_v2.h"
#include "wechatpay_middleware.h"
#include "wechatpay_transformer.h"
#include "wechatpay_boundary.h"
#include "wechatpay_userland.h"
#include "wechatpay_v2_middleware_arginfo.h"

zend_class_entry *wechatpay_ce_TransformRequest;
zend_class_entry *wechatpay_ce_TransformResponse;
static zend_object_handlers transform_handlers;

typedef enum {TRANSFORM_NONE, TRANSFORM_MIDDLEWARE, TRANSFORM_HANDLER, TRANSFORM_CHECK} transform_role;

typedef struct _transform {
	transform_role role;
	zend_string *mchid;   /* TransformRequest: the configured mchid, or NULL */
	zend_string *secret;  /* the APIv2 key */
	zval merchant;        /* TransformRequest: config `merchant` (UNDEF when none) */
	zval next;            /* handler: the next handler */
	zend_object std;
} transform;

static inline transform *transform_from(zend_object *object)
{
	return (transform *) ((char *) object - XtOffsetOf(transform, std));
}

static zend_object *transform_create(zend_class_entry *ce)
{
	transform *self = zend_object_alloc(sizeof(transform), ce);
	zend_object_std_init(&self->std, ce);
	object_properties_init(&self->std, ce);
	self->std.handlers = &transform_handlers;
	ZVAL_UNDEF(&self->merchant);
	ZVAL_UNDEF(&self->next);
	return &self->std;
}

static void transform_free(zend_object *object)
{
	transform *self = transform_from(object);
	if (self->mchid) {
		zend_string_release(self->mchid);
	}
	if (self->secret) {
		zend_string_release(self->secret);
	}
	zval_ptr_dtor(&self->merchant);
	zval_ptr_dtor(&self->next);
	zend_object_std_dtor(object);
}

static HashTable *transform_get_gc(zend_object *object, zval **table, int *n)
{
	transform *self = transform_from(object);
	zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(buffer, &self->merchant);
	zend_get_gc_buffer_add_zval(buffer, &self->next);
	zend_get_gc_buffer_use(buffer, table, n);
	return zend_std_get_properties(object);
}

/* A new object of `ce` in `role`, with `from`'s settings. */
static transform *transform_new(zval *out, zend_class_entry *ce, transform_role role, const transform *from)
{
	object_init_ex(out, ce);
	transform *self = transform_from(Z_OBJ_P(out));
	self->role = role;
	self->mchid = from->mchid ? zend_string_copy(from->mchid) : NULL;
	self->secret = zend_string_copy(from->secret);
	if (Z_TYPE(from->merchant) != IS_UNDEF) {
		ZVAL_COPY(&self->merchant, &from->merchant);
	}
	return self;
}

void wechatpay_transform_request_new(zval *out, zend_string *mchid, zend_string *secret, zval *merchant)
{
	transform settings = {.mchid = mchid, .secret = secret};
	ZVAL_UNDEF(&settings.merchant);
	if (merchant) {
		ZVAL_COPY_VALUE(&settings.merchant, merchant);
	}
	transform_new(out, wechatpay_ce_TransformRequest, TRANSFORM_MIDDLEWARE, &settings);
}

void wechatpay_transform_response_new(zval *out, zend_string *secret)
{
	transform settings = {.secret = secret};
	ZVAL_UNDEF(&settings.merchant);
	transform_new(out, wechatpay_ce_TransformResponse, TRANSFORM_MIDDLEWARE, &settings);
}

/* The middleware role: the handler wrapping `next`. */
static bool make_handler(transform *self, zval *arguments, uint32_t count, zval *return_value)
{
	if (count < 1 || !zend_is_callable(&arguments[0], 0, NULL)) {
		zend_argument_type_error(1, "must be a callable handler");
		return false;
	}
	ZVAL_COPY(&transform_new(return_value, self->std.ce, TRANSFORM_HANDLER, self)->next, &arguments[0]);
	return true;
}

/* $next($request, $options) */
static bool call_next(transform *self, zval *request, zval *options, zval *promise)
{
	zval argv[2];
	ZVAL_COPY_VALUE(&argv[0], request);
	ZVAL_COPY_VALUE(&argv[1], options);
	if (call_user_function(NULL, NULL, &self->next, promise, 2, argv) != SUCCESS || EG(exception)) {
		zval_ptr_dtor(promise);
		ZVAL_UNDEF(promise);
		return false;
	}
	return true;
}

/* ------------------------------------------------------------------ TransformRequest */

/* The request with its GET query, or its body, replaced by the signed data; false with an exception. */
static bool transformed_request(zval *request, HashTable *data, bool get, zval *out)
{
	zval uri, argv[2], changed;
	if (get) {
		zend_string *query = wechatpay_v2_query_build(data);
		if (!query || !wechatpay_userland_method(request, "getUri", &uri, 0, NULL)) {
			if (query) {
				zend_string_release(query);
			}
			return false;
		}
		ZVAL_STR(&argv[0], query);
		bool built = wechatpay_userland_method(&uri, "withQuery", &changed, 1, argv);
		zval_ptr_dtor(&argv[0]);
		zval_ptr_dtor(&uri);
		if (!built) {
			return false;
		}
		ZVAL_COPY_VALUE(&argv[0], &changed);
		ZVAL_TRUE(&argv[1]); /* the Host header stays, as Utils::modifyRequest() keeps it */
		built = wechatpay_userland_method(request, "withUri", out, 2, argv);
		zval_ptr_dtor(&changed);
		return built;
	}
	zend_string *xml = wechatpay_transformer_xml(data);
	zend_class_entry *utils = xml ? wechatpay_guzzle_class(ZEND_STRL("GuzzleHttp\\Psr7\\Utils")) : NULL;
	if (!utils) {
		if (xml) {
			zend_string_release(xml);
			zend_throw_error(NULL, "GuzzleHttp\\Psr7\\Utils cannot be autoloaded");
		}
		return false;
	}
	ZVAL_STR(&argv[0], xml);
	bool built = wechatpay_userland_static(utils, "streamFor", &changed, 1, argv);
	zval_ptr_dtor(&argv[0]);
	if (!built) {
		return false;
	}
	built = wechatpay_userland_method(request, "withBody", out, 1, &changed);
	zval_ptr_dtor(&changed);
	return built;
}

static void transform_request(transform *self, zval *request, HashTable *options, zval *return_value)
{
	zend_string *method = wechatpay_psr7_string(request, "getMethod");
	if (!method) {
		return;
	}
	bool get = zend_string_equals_literal(method, "GET");
	zend_string_release(method);
	zval query_data;
	ZVAL_UNDEF(&query_data);
	if (get) {
		zval uri;
		if (!wechatpay_userland_method(request, "getUri", &uri, 0, NULL)) {
			return;
		}
		zend_string *query = wechatpay_psr7_string(&uri, "getQuery");
		zval_ptr_dtor(&uri);
		if (!query) {
			return;
		}
		wechatpay_v2_query_parse(ZSTR_VAL(query), ZSTR_LEN(query), &query_data);
		zend_string_release(query);
	}
	zval *nonceless = zend_hash_str_find_deref(options, ZEND_STRL("nonceless"));
	HashTable *data = wechatpay_v2_signed_data(zend_hash_str_find(options, ZEND_STRL("xml")),
			get ? &query_data : NULL, self->mchid, self->secret, nonceless && Z_TYPE_P(nonceless) != IS_NULL);
	zval_ptr_dtor(&query_data);
	if (!data) {
		return;
	}
	zval next_request;
	bool built = transformed_request(request, data, get, &next_request);
	zend_array_destroy(data);
	if (!built) {
		return;
	}
	zval next_options;
	HashTable *secured = wechatpay_v2_security_options(options,
			Z_TYPE(self->merchant) == IS_UNDEF ? NULL : &self->merchant);
	ZVAL_ARR(&next_options, secured ? secured : zend_array_dup(options));
	zend_hash_str_del(Z_ARRVAL(next_options), ZEND_STRL("xml"));
	zend_hash_str_del(Z_ARRVAL(next_options), ZEND_STRL("nonceless"));
	zend_hash_str_del(Z_ARRVAL(next_options), ZEND_STRL("security"));
	call_next(self, &next_request, &next_options, return_value);
	zval_ptr_dtor(&next_request);
	zval_ptr_dtor(&next_options);
}

ZEND_METHOD(WeChatPay_Http_TransformRequest, __invoke)
{
	zval *arguments = NULL;
	uint32_t count = 0;
	ZEND_PARSE_PARAMETERS_START(0, -1)
		Z_PARAM_VARIADIC('*', arguments, count)
	ZEND_PARSE_PARAMETERS_END();
	transform *self = transform_from(Z_OBJ_P(ZEND_THIS));
	switch (self->role) {
		case TRANSFORM_MIDDLEWARE:
			make_handler(self, arguments, count, return_value);
			return;
		case TRANSFORM_HANDLER:
			if (count < 1 || Z_TYPE(arguments[0]) != IS_OBJECT) {
				zend_argument_type_error(1, "must be a Psr\\Http\\Message\\RequestInterface");
				RETURN_THROWS();
			}
			if (count > 1 && Z_TYPE(arguments[1]) != IS_ARRAY) {
				zend_argument_type_error(2, "must be of type array, %s given", zend_zval_type_name(&arguments[1]));
				RETURN_THROWS();
			}
			transform_request(self, &arguments[0], count > 1 ? Z_ARRVAL(arguments[1]) : (HashTable *) &zend_empty_array,
					return_value);
			return;
		default:
			zend_throw_error(NULL, "WeChatPay\\Http\\TransformRequest is made by WeChatPay\\ClientDecorator::transformRequest() only");
			RETURN_THROWS();
	}
}

/* ------------------------------------------------------------------ TransformResponse */

static void transform_response(transform *self, zval *request, zval *options, zval *return_value)
{
	zval uri, promise;
	if (!wechatpay_userland_method(request, "getUri", &uri, 0, NULL)) {
		return;
	}
	zend_string *path = wechatpay_psr7_string(&uri, "getPath");
	zval_ptr_dtor(&uri);
	if (!path) {
		return;
	}
	bool exempt = wechatpay_v2_unsigned_path(ZSTR_VAL(path), ZSTR_LEN(path));
	zend_string_release(path);
	if (!call_next(self, request, options, &promise)) {
		return;
	}
	if (exempt) {
		RETURN_COPY_VALUE(&promise);
	}
	zval check;
	transform_new(&check, wechatpay_ce_TransformResponse, TRANSFORM_CHECK, self);
	wechatpay_userland_method(&promise, "then", return_value, 1, &check);
	zval_ptr_dtor(&check);
	zval_ptr_dtor(&promise);
}

static void check_response(transform *self, zval *response, zval *return_value)
{
	zend_string *body = wechatpay_psr7_body(response);
	if (!body) {
		return;
	}
	wechatpay_v2_verdict verdict = wechatpay_v2_check(body, self->secret);
	zend_string_release(body);
	if (verdict == WECHATPAY_V2_ACCEPTED) {
		RETURN_COPY(response);
	}
	if (verdict == WECHATPAY_V2_REJECTED) {
		/* GuzzleHttp\Promise\Create::rejectionFor($response): the Response is the reason */
		zend_class_entry *create = wechatpay_guzzle_class(ZEND_STRL("GuzzleHttp\\Promise\\Create"));
		if (!create) {
			zend_throw_error(NULL, "GuzzleHttp\\Promise\\Create cannot be autoloaded");
			return;
		}
		wechatpay_userland_static(create, "rejectionFor", return_value, 1, response);
	}
}

ZEND_METHOD(WeChatPay_Http_TransformResponse, __invoke)
{
	zval *arguments = NULL;
	uint32_t count = 0;
	ZEND_PARSE_PARAMETERS_START(0, -1)
		Z_PARAM_VARIADIC('*', arguments, count)
	ZEND_PARSE_PARAMETERS_END();
	transform *self = transform_from(Z_OBJ_P(ZEND_THIS));
	switch (self->role) {
		case TRANSFORM_MIDDLEWARE:
			make_handler(self, arguments, count, return_value);
			return;
		case TRANSFORM_HANDLER: {
			if (count < 1 || Z_TYPE(arguments[0]) != IS_OBJECT) {
				zend_argument_type_error(1, "must be a Psr\\Http\\Message\\RequestInterface");
				RETURN_THROWS();
			}
			zval options;
			if (count > 1) {
				ZVAL_COPY_VALUE(&options, &arguments[1]);
			} else {
				ZVAL_EMPTY_ARRAY(&options);
			}
			transform_response(self, &arguments[0], &options, return_value);
			return;
		}
		case TRANSFORM_CHECK:
			if (count < 1 || Z_TYPE(arguments[0]) != IS_OBJECT) {
				zend_argument_type_error(1, "must be a Psr\\Http\\Message\\ResponseInterface");
				RETURN_THROWS();
			}
			check_response(self, &arguments[0], return_value);
			return;
		default:
			zend_throw_error(NULL, "WeChatPay\\Http\\TransformResponse is made by WeChatPay\\ClientDecorator::transformResponse() only");
			RETURN_THROWS();
	}
}

void wechatpay_v2_middleware_minit(void)
{
	memcpy(&transform_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	transform_handlers.offset = XtOffsetOf(transform, std);
	transform_handlers.free_obj = transform_free;
	transform_handlers.get_gc = transform_get_gc;
	transform_handlers.clone_obj = NULL;

	wechatpay_ce_TransformRequest = register_class_WeChatPay_Http_TransformRequest();
	wechatpay_ce_TransformRequest->create_object = transform_create;
	wechatpay_ce_TransformResponse = register_class_WeChatPay_Http_TransformResponse();
	wechatpay_ce_TransformResponse->create_object = transform_create;
}

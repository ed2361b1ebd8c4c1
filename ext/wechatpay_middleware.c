/*
 * wechatpay_middleware.c: WeChatPay\Http\Signer and WeChatPay\Http\Verifier, the SDK's `signer` and
 * `verifier` Guzzle middlewares as native invokable objects over PSR-7 messages. The signer signs
 * (method, request target, body) with the merchant key and returns the request with its
 * Authorization header; the verifier chains the shared reply checks (wechatpay_verify) on the
 * handler's promise and turns a failure into Guzzle's RequestException with the SDK's message.
 */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/spl/spl_exceptions.h"
#include "wechatpay_middleware.h"
#include "wechatpay_signature.h"
#include "wechatpay_verify.h"
#include "wechatpay_boundary.h"
#include "wechatpay_userland.h"
#include "wechatpay_middleware_arginfo.h"

zend_class_entry *wechatpay_ce_Signer;
zend_class_entry *wechatpay_ce_Verifier;
static zend_object_handlers signer_handlers;
static zend_object_handlers verifier_handlers;

typedef struct _signer {
	zend_string *mchid;   /* NULL: not made by the extension */
	zend_string *serial;
	EVP_PKEY *key;        /* NULL: not usable, signing fails as in the SDK */
	zend_object std;
} signer;

/* One class, three roles: the middleware (given the next handler), the handler it makes (given the
 * request), and the check chained on that handler's promise (given the response). */
typedef enum {VERIFIER_NONE, VERIFIER_MIDDLEWARE, VERIFIER_HANDLER, VERIFIER_CHECK} verifier_role;

typedef struct _verifier {
	verifier_role role;
	zval certs;           /* middleware: an array, or a reference to one (live) */
	HashTable cache;      /* middleware: serial => parsed key */
	zend_object *middleware; /* handler and check: the middleware whose certs they use */
	zval next;            /* handler: the next handler */
	zval request;         /* check: the request the response answers */
	zend_object std;
} verifier;

static inline signer *signer_from(zend_object *object)
{
	return (signer *) ((char *) object - XtOffsetOf(signer, std));
}

static inline verifier *verifier_from(zend_object *object)
{
	return (verifier *) ((char *) object - XtOffsetOf(verifier, std));
}

/* ------------------------------------------------------------------ PSR-7 messages */

/* The SDK's body(): the whole body as a string, the stream rewound when that moved it. NULL with an
 * exception when the message or its stream fails. */
static zend_string *message_body(zval *message)
{
	zval stream, position, ignored;
	if (!wechatpay_userland_method(message, "getBody", &stream, 0, NULL)) {
		return NULL;
	}
	zend_string *content = zval_try_get_string(&stream);
	if (content && wechatpay_userland_method(&stream, "tell", &position, 0, NULL)) {
		if (zend_is_true(&position) && wechatpay_userland_method(&stream, "rewind", &ignored, 0, NULL)) {
			zval_ptr_dtor(&ignored);
		}
		zval_ptr_dtor(&position);
	}
	zval_ptr_dtor(&stream);
	if (EG(exception) && content) {
		zend_string_release(content);
		content = NULL;
	}
	return content;
}

/* A string result of $object->name(), or NULL with an exception. */
static zend_string *string_of(zval *object, const char *name)
{
	zval result;
	if (!wechatpay_userland_method(object, name, &result, 0, NULL)) {
		return NULL;
	}
	zend_string *text = zval_try_get_string(&result);
	zval_ptr_dtor(&result);
	return text;
}

zend_string *wechatpay_psr7_body(zval *message)
{
	return message_body(message);
}

zend_string *wechatpay_psr7_string(zval *object, const char *method)
{
	return string_of(object, method);
}

static zend_string *psr7_header(void *context, const char *name, size_t name_len)
{
	zval argument, values;
	ZVAL_STRINGL(&argument, name, name_len);
	bool called = wechatpay_userland_method(context, "getHeader", &values, 1, &argument);
	zval_ptr_dtor(&argument);
	if (!called) {
		zend_clear_exception(); /* a message that cannot answer has no such header */
		return NULL;
	}
	zval *first = Z_TYPE(values) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL(values), 0) : NULL;
	zend_string *value = first ? zval_get_string(first) : NULL;
	zval_ptr_dtor(&values);
	return value;
}

static zend_string *psr7_body(void *context)
{
	return message_body(context);
}

/* ------------------------------------------------------------------ Signer */

static zend_object *signer_new(zend_class_entry *ce)
{
	signer *self = zend_object_alloc(sizeof(signer), ce);
	zend_object_std_init(&self->std, ce);
	object_properties_init(&self->std, ce);
	self->std.handlers = &signer_handlers;
	return &self->std;
}

static void signer_free(zend_object *object)
{
	signer *self = signer_from(object);
	if (self->mchid) {
		zend_string_release(self->mchid);
		zend_string_release(self->serial);
	}
	if (self->key) {
		EVP_PKEY_free(self->key);
	}
	zend_object_std_dtor(object);
}

void wechatpay_signer_new(zval *out, zend_string *mchid, zend_string *serial, EVP_PKEY *key)
{
	object_init_ex(out, wechatpay_ce_Signer);
	signer *self = signer_from(Z_OBJ_P(out));
	self->mchid = zend_string_copy(mchid);
	self->serial = zend_string_copy(serial);
	if (key && EVP_PKEY_up_ref(key) == 1) {
		self->key = key;
	}
}

ZEND_METHOD(WeChatPay_Http_Signer, __invoke)
{
	zval *request;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT(request)
	ZEND_PARSE_PARAMETERS_END();
	signer *self = signer_from(Z_OBJ_P(ZEND_THIS));
	if (!self->mchid) {
		zend_throw_error(NULL, "WeChatPay\\Http\\Signer is made by WeChatPay\\ClientDecorator::signer() only");
		RETURN_THROWS();
	}
	zend_string *method = string_of(request, "getMethod");
	zend_string *target = method ? string_of(request, "getRequestTarget") : NULL;
	zend_string *body = target ? message_body(request) : NULL;
	zend_string *authorization = body
		? wechatpay_authorization(self->mchid, self->serial, self->key, method, target, body) : NULL;
	if (authorization) {
		zval argv[2];
		ZVAL_STRINGL(&argv[0], "Authorization", sizeof("Authorization") - 1);
		ZVAL_STR(&argv[1], authorization);
		wechatpay_userland_method(request, "withHeader", return_value, 2, argv);
		zval_ptr_dtor(&argv[0]);
		zval_ptr_dtor(&argv[1]);
	}
	if (method) zend_string_release(method);
	if (target) zend_string_release(target);
	if (body) zend_string_release(body);
}

/* ------------------------------------------------------------------ Verifier */

static zend_object *verifier_new(zend_class_entry *ce)
{
	verifier *self = zend_object_alloc(sizeof(verifier), ce);
	zend_object_std_init(&self->std, ce);
	object_properties_init(&self->std, ce);
	self->std.handlers = &verifier_handlers;
	ZVAL_UNDEF(&self->certs);
	ZVAL_UNDEF(&self->next);
	ZVAL_UNDEF(&self->request);
	return &self->std;
}

static void verifier_free(zend_object *object)
{
	verifier *self = verifier_from(object);
	if (self->role == VERIFIER_MIDDLEWARE) {
		zend_hash_destroy(&self->cache);
	}
	zval_ptr_dtor(&self->certs);
	zval_ptr_dtor(&self->next);
	zval_ptr_dtor(&self->request);
	if (self->middleware) {
		OBJ_RELEASE(self->middleware);
	}
	zend_object_std_dtor(object);
}

static HashTable *verifier_get_gc(zend_object *object, zval **table, int *n)
{
	verifier *self = verifier_from(object);
	zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(buffer, &self->certs);
	zend_get_gc_buffer_add_zval(buffer, &self->next);
	zend_get_gc_buffer_add_zval(buffer, &self->request);
	if (self->middleware) {
		zend_get_gc_buffer_add_obj(buffer, self->middleware);
	}
	zend_get_gc_buffer_use(buffer, table, n);
	return zend_std_get_properties(object);
}

void wechatpay_verifier_new(zval *out, zval *certs)
{
	object_init_ex(out, wechatpay_ce_Verifier);
	verifier *self = verifier_from(Z_OBJ_P(out));
	self->role = VERIFIER_MIDDLEWARE;
	ZVAL_COPY(&self->certs, certs);
	wechatpay_verify_cache_init(&self->cache);
}

static verifier *verifier_part(zval *out, zend_object *middleware, verifier_role role)
{
	object_init_ex(out, wechatpay_ce_Verifier);
	verifier *part = verifier_from(Z_OBJ_P(out));
	part->role = role;
	part->middleware = middleware;
	GC_ADDREF(middleware);
	return part;
}

/* new GuzzleHttp\Exception\RequestException($message, $request, $response, $previous) into `out`. */
static void request_exception(zval *out, zend_string *message, zval *request, zval *response, bool key_unusable)
{
	zend_class_entry *ce = wechatpay_guzzle_class(ZEND_STRL("GuzzleHttp\\Exception\\RequestException"));
	if (!ce) {
		ZVAL_UNDEF(out);
		zend_throw_exception(spl_ce_UnexpectedValueException, ZSTR_VAL(message), 0);
		return;
	}
	zval argv[4];
	ZVAL_STR_COPY(&argv[0], message);
	ZVAL_COPY(&argv[1], request);
	ZVAL_COPY(&argv[2], response);
	ZVAL_NULL(&argv[3]);
	if (key_unusable) {
		object_init_ex(&argv[3], spl_ce_UnexpectedValueException);
		zend_update_property_string(zend_ce_exception, Z_OBJ(argv[3]), ZEND_STRL("message"),
				"Verified the input $message failed, please checking your $publicKey whether or nor correct.");
	}
	object_init_ex(out, ce);
	zend_call_known_instance_method(ce->constructor, Z_OBJ_P(out), NULL, 4, argv);
	for (int i = 0; i < 4; i++) {
		zval_ptr_dtor(&argv[i]);
	}
}

/* The check on a fulfilled response: the response itself, or the RequestException thrown. */
static void check(verifier *self, zval *response, zval *return_value)
{
	verifier *middleware = verifier_from(self->middleware);
	zval uri;
	if (!wechatpay_userland_method(&self->request, "getUri", &uri, 0, NULL)) {
		return;
	}
	zend_string *path = string_of(&uri, "getPath");
	zval_ptr_dtor(&uri);
	if (!path) {
		return;
	}
	zval *certs = &middleware->certs;
	ZVAL_DEREF(certs);
	wechatpay_verdict verdict = {NULL, false};
	if (Z_TYPE_P(certs) == IS_ARRAY) {
		wechatpay_reply_view view = {psr7_header, psr7_body, response};
		verdict = wechatpay_verify(certs, &middleware->cache, path, &view);
	} else {
		zend_type_error("WeChatPay\\ClientDecorator::verifier(): the certs must be an array, %s given",
				zend_zval_type_name(certs));
	}
	zend_string_release(path);
	if (EG(exception)) {
		return;
	}
	if (!verdict.failure) {
		RETURN_COPY(response);
	}
	zval exception;
	request_exception(&exception, verdict.failure, &self->request, response, verdict.key_unusable);
	zend_string_release(verdict.failure);
	if (Z_TYPE(exception) == IS_OBJECT) {
		zend_throw_exception_object(&exception);
	}
}

ZEND_METHOD(WeChatPay_Http_Verifier, __invoke)
{
	zval *arguments = NULL;
	uint32_t count = 0;
	ZEND_PARSE_PARAMETERS_START(0, -1)
		Z_PARAM_VARIADIC('*', arguments, count)
	ZEND_PARSE_PARAMETERS_END();
	verifier *self = verifier_from(Z_OBJ_P(ZEND_THIS));
	switch (self->role) {
		case VERIFIER_MIDDLEWARE:
			if (count < 1 || !zend_is_callable(&arguments[0], 0, NULL)) {
				zend_argument_type_error(1, "must be a callable handler");
				RETURN_THROWS();
			}
			ZVAL_COPY(&verifier_part(return_value, Z_OBJ_P(ZEND_THIS), VERIFIER_HANDLER)->next, &arguments[0]);
			return;
		case VERIFIER_HANDLER: {
			if (count < 1 || Z_TYPE(arguments[0]) != IS_OBJECT) {
				zend_argument_type_error(1, "must be a Psr\\Http\\Message\\RequestInterface");
				RETURN_THROWS();
			}
			zval argv[2], promise, then;
			ZVAL_COPY_VALUE(&argv[0], &arguments[0]);
			if (count > 1) {
				ZVAL_COPY_VALUE(&argv[1], &arguments[1]);
			} else {
				ZVAL_EMPTY_ARRAY(&argv[1]);
			}
			if (call_user_function(NULL, NULL, &self->next, &promise, 2, argv) != SUCCESS || EG(exception)) {
				zval_ptr_dtor(&promise);
				RETURN_THROWS();
			}
			ZVAL_COPY(&verifier_part(&then, self->middleware, VERIFIER_CHECK)->request, &arguments[0]);
			wechatpay_userland_method(&promise, "then", return_value, 1, &then);
			zval_ptr_dtor(&then);
			zval_ptr_dtor(&promise);
			return;
		}
		case VERIFIER_CHECK:
			if (count < 1 || Z_TYPE(arguments[0]) != IS_OBJECT) {
				zend_argument_type_error(1, "must be a Psr\\Http\\Message\\ResponseInterface");
				RETURN_THROWS();
			}
			check(self, &arguments[0], return_value);
			return;
		default:
			zend_throw_error(NULL, "WeChatPay\\Http\\Verifier is made by WeChatPay\\ClientDecorator::verifier() only");
			RETURN_THROWS();
	}
}

void wechatpay_middleware_minit(void)
{
	wechatpay_ce_Signer = register_class_WeChatPay_Http_Signer();
	wechatpay_ce_Signer->create_object = signer_new;
	memcpy(&signer_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	signer_handlers.offset = XtOffsetOf(signer, std);
	signer_handlers.free_obj = signer_free;
	signer_handlers.clone_obj = NULL;

	wechatpay_ce_Verifier = register_class_WeChatPay_Http_Verifier();
	wechatpay_ce_Verifier->create_object = verifier_new;
	memcpy(&verifier_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	verifier_handlers.offset = XtOffsetOf(verifier, std);
	verifier_handlers.free_obj = verifier_free;
	verifier_handlers.get_gc = verifier_get_gc;
	verifier_handlers.clone_obj = NULL;
}

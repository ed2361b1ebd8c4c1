/*
 * wechatpay_client.c: WeChatPay\ClientDecorator. Validates the merchant configuration with the
 * SDK's messages and order, parses the private key once, keeps the platform `certs` live (a
 * reference stays a reference), and runs the request pipeline: template expansion, v2/v3 pick,
 * request building, signing, transport, verification and the result at the PHP boundary. Once a
 * HandlerStack is configured or select() was called, requests (and any with a per-request `handler`)
 * go through the SDK-shaped Guzzle client instead (wechatpay_guzzle.c); so do the SDK's public
 * statics signer(), verifier() and jsonBased().
 */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/info.h"
#include <sys/utsname.h>
#include "php_wechatpay.h"
#include "wechatpay_client.h"
#include "wechatpay_template.h"
#include "wechatpay_request.h"
#include "wechatpay_signature.h"
#include "wechatpay_key.h"
#include "wechatpay_verify.h"
#include "wechatpay_transport.h"
#include "wechatpay_boundary.h"
#include "wechatpay_exception.h"
#include "wechatpay_promise.h"
#include "wechatpay_guzzle.h"
#include "wechatpay_middleware.h"
#include "wechatpay_userland.h"
#include "zend_attributes.h"
#include "wechatpay_client_arginfo.h"

zend_class_entry *wechatpay_ce_ClientDecoratorInterface;
zend_class_entry *wechatpay_ce_ClientDecorator;
static zend_object_handlers wechatpay_client_handlers;

typedef struct _wechatpay_client {
	zend_string *mchid;
	zend_string *serial;
	EVP_PKEY *private_key;            /* NULL: not usable; signing then fails as in the SDK */
	zval certs;                       /* as configured: an array, or a reference to one (live) */
	HashTable verify_cache;           /* serial => key parsed from certs[serial] */
	wechatpay_request_defaults defaults;
	wechatpay_transport transport;
	zval config;                      /* as configured, for the Guzzle client built on demand */
	zval guzzle;                      /* the SDK-shaped v3 GuzzleHttp\Client, once needed (else UNDEF) */
	bool via_guzzle;                  /* a HandlerStack is configured or select() was called */
	bool constructed;
	zend_object std;
} wechatpay_client;

static inline wechatpay_client *client_from(zend_object *object)
{
	return (wechatpay_client *) ((char *) object - XtOffsetOf(wechatpay_client, std));
}

/* The SDK's configuration keys; every other key is a request-option default. */
static const char *const sdk_keys[] = {"mchid", "serial", "privateKey", "certs", "secret", "merchant", "headers", NULL};

static bool is_sdk_key(zend_string *key)
{
	for (const char *const *name = sdk_keys; *name; name++) {
		if (zend_string_equals_cstr(key, *name, strlen(*name))) {
			return true;
		}
	}
	return false;
}

/* ------------------------------------------------------------------ object handlers */

/* An in-flight transfer that will never complete (its client or the request is ending): its promise
 * stays pending, forgets how to wait, and no user code runs. */
static void abandon_transfer(wechatpay_transfer *transfer)
{
	if (transfer->promise) {
		if (!(OBJ_FLAGS(transfer->promise) & IS_OBJ_FREE_CALLED)) {
			wechatpay_promise_abandon(transfer->promise);
		}
		OBJ_RELEASE(transfer->promise);
	}
	wechatpay_transfer_free(transfer);
}

static zend_object *client_new(zend_class_entry *ce)
{
	wechatpay_client *client = zend_object_alloc(sizeof(wechatpay_client), ce);
	zend_object_std_init(&client->std, ce);
	object_properties_init(&client->std, ce);
	client->std.handlers = &wechatpay_client_handlers;
	ZVAL_UNDEF(&client->certs);
	ZVAL_UNDEF(&client->config);
	ZVAL_UNDEF(&client->guzzle);
	wechatpay_verify_cache_init(&client->verify_cache);
	wechatpay_transport_init(&client->transport, abandon_transfer);
	return &client->std;
}

static void client_free(zend_object *object)
{
	wechatpay_client *client = client_from(object);
	/* Pending promises hold this object; keep it alive while they let go of it. */
	GC_ADDREF(object);
	wechatpay_transport_release(&client->transport);
	GC_DELREF(object);
	if (client->mchid) {
		zend_string_release(client->mchid);
	}
	if (client->serial) {
		zend_string_release(client->serial);
	}
	if (client->private_key) {
		EVP_PKEY_free(client->private_key);
	}
	zval_ptr_dtor(&client->certs);
	zval_ptr_dtor(&client->config);
	zval_ptr_dtor(&client->guzzle);
	zend_hash_destroy(&client->verify_cache);
	if (client->defaults.options) {
		zend_array_release(client->defaults.options);
	}
	if (client->defaults.headers) {
		zend_array_release(client->defaults.headers);
	}
	zend_object_std_dtor(object);
}

static HashTable *client_get_gc(zend_object *object, zval **table, int *n)
{
	wechatpay_client *client = client_from(object);
	zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(buffer, &client->certs);
	zend_get_gc_buffer_add_zval(buffer, &client->config);
	zend_get_gc_buffer_add_zval(buffer, &client->guzzle);
	if (client->defaults.options) {
		zval *value;
		ZEND_HASH_FOREACH_VAL(client->defaults.options, value) {
			zend_get_gc_buffer_add_zval(buffer, value);
		} ZEND_HASH_FOREACH_END();
	}
	for (wechatpay_transfer *transfer = client->transport.in_flight; transfer; transfer = transfer->next) {
		if (transfer->promise) {
			zend_get_gc_buffer_add_obj(buffer, transfer->promise);
		}
	}
	zend_get_gc_buffer_use(buffer, table, n);
	return zend_std_get_properties(object);
}

/* var_dump() shows who the client is, never the key material. */
static HashTable *client_debug_info(zend_object *object, int *is_temp)
{
	wechatpay_client *client = client_from(object);
	HashTable *info = zend_new_array(4);
	*is_temp = 1;
	if (!client->constructed) {
		return info;
	}
	zval value;
	ZVAL_STR_COPY(&value, client->mchid);
	zend_hash_str_add(info, ZEND_STRL("mchid"), &value);
	ZVAL_STR_COPY(&value, client->serial);
	zend_hash_str_add(info, ZEND_STRL("serial"), &value);
	ZVAL_STRING(&value, client->private_key ? "(parsed, hidden)" : "(not usable)");
	zend_hash_str_add(info, ZEND_STRL("privateKey"), &value);
	array_init(&value);
	zval *certs = &client->certs;
	ZVAL_DEREF(certs);
	if (Z_TYPE_P(certs) == IS_ARRAY) {
		zend_string *key;
		zend_ulong index;
		ZEND_HASH_FOREACH_KEY(Z_ARRVAL_P(certs), index, key) {
			if (key) {
				add_next_index_str(&value, zend_string_copy(key));
			} else {
				add_next_index_long(&value, (zend_long) index);
			}
		} ZEND_HASH_FOREACH_END();
	}
	zend_hash_str_add(info, ZEND_STRL("certs"), &value);
	return info;
}

/* ------------------------------------------------------------------ configuration */

zend_string *wechatpay_client_user_agent(void)
{
	struct utsname system;
	const char *sysname = PHP_OS, *release = "unknown";
	if (uname(&system) == 0) {
		release = system.release;
	}
	return zend_strpprintf(0, "wechatpay-php/%s ext-wechatpay/%s curl/%s (%s/%s) PHP/%s",
			PHP_WECHATPAY_SDK_VERSION, PHP_WECHATPAY_VERSION, wechatpay_transport_curl_version(),
			sysname, release, PHP_VERSION);
}

static void add_default_header(HashTable *headers, const char *lower, const char *line)
{
	zval value;
	ZVAL_STRING(&value, line);
	zend_hash_str_update(headers, lower, strlen(lower), &value);
}

/* SDK defaults, then the User-Agent, then the configured `headers` (which win, case-insensitively). */
static bool build_default_headers(wechatpay_client *client, HashTable *config)
{
	HashTable *headers = zend_new_array(4);
	client->defaults.headers = headers;
	add_default_header(headers, "accept",
			"Accept: application/json, text/plain, application/x-gzip, application/pdf, image/png, image/*;q=0.5");
	add_default_header(headers, "content-type", "Content-Type: application/json; charset=utf-8");
	zval agent;
	zend_string *agent_text = wechatpay_client_user_agent();
	ZVAL_STR(&agent, zend_string_concat2(ZEND_STRL("User-Agent: "), ZSTR_VAL(agent_text), ZSTR_LEN(agent_text)));
	zend_string_release(agent_text);
	zend_hash_str_update(headers, ZEND_STRL("user-agent"), &agent);

	zval *configured = zend_hash_str_find_deref(config, ZEND_STRL("headers"));
	if (!configured || Z_TYPE_P(configured) == IS_NULL) {
		return true;
	}
	if (Z_TYPE_P(configured) != IS_ARRAY) {
		wechatpay_throw_invalid_argument("headers must be an array");
		return false;
	}
	return wechatpay_headers_from_array(headers, Z_ARRVAL_P(configured));
}

/* True when `text` can stand inside a quoted field of the Authorization header. */
static bool quoted_field_safe(zend_string *text)
{
	for (size_t i = 0; i < ZSTR_LEN(text); i++) {
		unsigned char c = (unsigned char) ZSTR_VAL(text)[i];
		if (c < 0x20 || c == 0x7f || c == '"') {
			return false;
		}
	}
	return true;
}

static void type_error(const char *argument, const char *expected, zval *given)
{
	zend_type_error("WeChatPay\\ClientDecorator::transformRequest(): Argument %s must be of type %s, %s given",
			argument, expected, zend_zval_type_name(given));
}

static bool validate_json(HashTable *config);

/* Throws what the SDK's constructor throws, in the same order (§3.1). */
static bool validate(HashTable *config)
{
	/* the v2 client is built first; its typed parameters fail before any v3 check */
	zval *mchid = zend_hash_str_find_deref(config, ZEND_STRL("mchid"));
	if (mchid && Z_TYPE_P(mchid) != IS_NULL && Z_TYPE_P(mchid) != IS_STRING) {
		type_error("#1 ($mchid)", "?string", mchid);
		return false;
	}
	zval *secret = zend_hash_str_find_deref(config, ZEND_STRL("secret"));
	if (secret && Z_TYPE_P(secret) != IS_STRING) {
		type_error("#2 ($secret)", "string", secret);
		return false;
	}
	zval *merchant = zend_hash_str_find_deref(config, ZEND_STRL("merchant"));
	if (merchant && Z_TYPE_P(merchant) != IS_NULL && Z_TYPE_P(merchant) != IS_ARRAY) {
		type_error("#3 ($merchant)", "?array", merchant);
		return false;
	}

	return validate_json(config);
}

/* What the SDK's jsonBased() checks, in its order. */
static bool validate_json(HashTable *config)
{
	zval *mchid = zend_hash_str_find_deref(config, ZEND_STRL("mchid"));
	if (!mchid || Z_TYPE_P(mchid) != IS_STRING) {
		wechatpay_throw_invalid_argument("The merchant' ID aka `mchid` is required, usually numerical.");
		return false;
	}
	zval *serial = zend_hash_str_find_deref(config, ZEND_STRL("serial"));
	if (!serial || Z_TYPE_P(serial) != IS_STRING) {
		wechatpay_throw_invalid_argument("The serial number of the merchant's certificate aka `serial` is required, usually hexadecial.");
		return false;
	}
	/* both go inside the Authorization header's quoted fields: nothing may break out of them */
	if (!quoted_field_safe(Z_STR_P(mchid)) || !quoted_field_safe(Z_STR_P(serial))) {
		wechatpay_throw_invalid_argument("The `mchid` and `serial` must not contain control characters or double quotes.");
		return false;
	}
	zval *key = zend_hash_str_find_deref(config, ZEND_STRL("privateKey"));
	if (!key || (Z_TYPE_P(key) != IS_STRING && Z_TYPE_P(key) != IS_OBJECT && Z_TYPE_P(key) != IS_RESOURCE)) {
		wechatpay_throw_invalid_argument("The merchant's private key aka `privateKey` is required, usual as pem format.");
		return false;
	}
	zval *certs = zend_hash_str_find_deref(config, ZEND_STRL("certs"));
	if (!certs || Z_TYPE_P(certs) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(certs)) == 0) {
		wechatpay_throw_invalid_argument("The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`.");
		return false;
	}
	if (zend_symtable_exists(Z_ARRVAL_P(certs), Z_STR_P(serial))) {
		smart_str keys = {0};
		zend_string *name;
		zend_ulong index;
		ZEND_HASH_FOREACH_KEY(Z_ARRVAL_P(certs), index, name) {
			if (keys.s) {
				smart_str_appendc(&keys, ',');
			}
			if (name) {
				smart_str_append(&keys, name);
			} else {
				smart_str_append_long(&keys, (zend_long) index);
			}
		} ZEND_HASH_FOREACH_END();
		smart_str_0(&keys);
		wechatpay_throw_invalid_argument(
				"The `certs(%s)` contains the merchant's certificate serial number(%s) which is not allowed here.",
				ZSTR_VAL(keys.s), Z_STRVAL_P(serial));
		smart_str_free(&keys);
		return false;
	}
	return true;
}

/* The v3 GuzzleHttp\Client, built on first need; NULL with an exception (Guzzle is missing). */
static zval *guzzle_client(wechatpay_client *client)
{
	if (Z_TYPE(client->guzzle) == IS_UNDEF
			&& !wechatpay_guzzle_json_client(&client->guzzle, Z_ARRVAL(client->config), client->mchid,
					client->serial, client->private_key, &client->certs)) {
		return NULL;
	}
	return &client->guzzle;
}

static bool configure(wechatpay_client *client, HashTable *config)
{
	if (!validate(config)) {
		return false;
	}
	client->mchid = zend_string_copy(Z_STR_P(zend_hash_str_find_deref(config, ZEND_STRL("mchid"))));
	client->serial = zend_string_copy(Z_STR_P(zend_hash_str_find_deref(config, ZEND_STRL("serial"))));
	client->private_key = wechatpay_key_private(zend_hash_str_find_deref(config, ZEND_STRL("privateKey")));
	/* keep the zval as given: a reference stays live, as the SDK's verifier holds `certs` by reference */
	ZVAL_COPY(&client->certs, zend_hash_str_find(config, ZEND_STRL("certs")));

	HashTable *options = zend_new_array(0);
	zend_string *key;
	zval *value;
	ZEND_HASH_FOREACH_STR_KEY_VAL(config, key, value) {
		if (key && !is_sdk_key(key)) {
			ZVAL_DEREF(value);
			Z_TRY_ADDREF_P(value);
			zend_hash_update(options, key, value);
		}
	} ZEND_HASH_FOREACH_END();
	client->defaults.options = options;
	if (!build_default_headers(client, config)) {
		return false;
	}
	ZVAL_ARR(&client->config, config);
	GC_TRY_ADDREF(config);
	client->constructed = true;
	/* the SDK clones a configured HandlerStack when it is constructed: later edits to it are not seen */
	zval *handler = zend_hash_str_find(config, ZEND_STRL("handler"));
	if (handler && wechatpay_guzzle_is_stack(handler)) {
		client->via_guzzle = true;
		return guzzle_client(client) != NULL;
	}
	return true;
}

bool wechatpay_client_create(zval *out, HashTable *config)
{
	object_init_ex(out, wechatpay_ce_ClientDecorator);
	if (!configure(client_from(Z_OBJ_P(out)), config)) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return false;
	}
	return true;
}

/* ------------------------------------------------------------------ the pipeline */

static zend_string *native_reply_header(void *context, const char *name, size_t name_len)
{
	zend_string *value = wechatpay_reply_header(context, name, name_len);
	return value ? zend_string_copy(value) : NULL;
}

static zend_string *native_reply_body(void *context)
{
	const wechatpay_reply *reply = context;
	if (reply->sink) {
		return wechatpay_sink_contents(reply->sink);
	}
	return reply->body.s ? zend_string_copy(reply->body.s) : ZSTR_EMPTY_ALLOC();
}

/* Verdict on a finished transfer: true with the response in `result`, or false with the rejection
 * reason (an exception object) in `result`. */
static bool conclude(wechatpay_client *client, wechatpay_transfer *transfer, zval *result)
{
	wechatpay_request *request = &transfer->request;
	wechatpay_reply *reply = &transfer->reply;
	if (reply->error != CURLE_OK) {
		wechatpay_boundary_transfer_error(request, reply, result);
		return false;
	}
	bool http_error = request->http_errors && reply->status >= 400;
	wechatpay_verdict verdict = {NULL, false};
	if (!http_error) {
		zval *certs = &client->certs;
		ZVAL_DEREF(certs);
		if (Z_TYPE_P(certs) == IS_ARRAY) {
			wechatpay_reply_view view = {native_reply_header, native_reply_body, reply};
			verdict = wechatpay_verify(certs, &client->verify_cache, request->url.path, &view);
		} else {
			verdict.failure = zend_string_init(ZEND_STRL("The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`."), 0);
		}
	}

	zval response;
	if (!wechatpay_boundary_response(reply, &response)) {
		ZVAL_OBJ(result, EG(exception));
		GC_ADDREF(EG(exception));
		zend_clear_exception();
		if (verdict.failure) {
			zend_string_release(verdict.failure);
		}
		return false;
	}
	if (http_error) {
		wechatpay_boundary_http_error(request, reply, &response, result);
		zval_ptr_dtor(&response);
		return false;
	}
	if (verdict.failure) {
		zval previous, *previous_ptr = NULL;
		if (verdict.key_unusable) {
			object_init_ex(&previous, spl_ce_UnexpectedValueException);
			zend_update_property_string(zend_ce_exception, Z_OBJ(previous), ZEND_STRL("message"),
					"Verified the input $message failed, please checking your $publicKey whether or nor correct.");
			previous_ptr = &previous;
		}
		wechatpay_boundary_verify_error(request, &response, verdict.failure, previous_ptr, result);
		if (previous_ptr) {
			zval_ptr_dtor(&previous);
		}
		zend_string_release(verdict.failure);
		zval_ptr_dtor(&response);
		return false;
	}
	ZVAL_COPY_VALUE(result, &response);
	return true;
}

/* The signer, for the request's current target: it runs for every hop, as the SDK's signer does
 * inside Guzzle's redirect middleware. False with the exception in flight. */
static bool sign(wechatpay_client *client, wechatpay_request *request)
{
	zend_string *authorization = wechatpay_authorization(client->mchid, client->serial, client->private_key,
			request->method, request->url.target, wechatpay_request_signed_body(request));
	if (!authorization) {
		return false;
	}
	wechatpay_request_set_header(request, ZEND_STRL("Authorization"), ZSTR_VAL(authorization), ZSTR_LEN(authorization));
	zend_string_release(authorization);
	return true;
}

typedef enum {
	REDIRECT_NONE,    /* the reply is final */
	REDIRECT_FOLLOW,  /* the request now targets the next hop, signed: send it again */
	REDIRECT_FAILED   /* the rejection reason is in `result` */
} redirect_step;

/* "scheme://authority" of an absolute URL: its length, for an origin comparison. */
static size_t origin_length(const zend_string *url)
{
	const char *authority = strstr(ZSTR_VAL(url), "://") + 3;
	return (authority - ZSTR_VAL(url)) + strcspn(authority, "/?#");
}

static redirect_step redirect_failure(wechatpay_transfer *transfer, const char *guzzle_name, size_t guzzle_name_len,
		zend_class_entry *native, zend_string *message, zval *result)
{
	zval response;
	if (!wechatpay_boundary_response(&transfer->reply, &response)) {
		ZVAL_OBJ(result, EG(exception));
		GC_ADDREF(EG(exception));
		zend_clear_exception();
	} else {
		wechatpay_boundary_request_error(guzzle_name, guzzle_name_len, native, &transfer->request, &response,
				message, NULL, result);
		zval_ptr_dtor(&response);
	}
	zend_string_release(message);
	return REDIRECT_FAILED;
}

/* Guzzle's RedirectMiddleware for a finished hop: a 3xx with a Location, while `allow_redirects`
 * allows, turns the request into the next hop's (RFC 3986 resolution, 303 and non-strict 301/302
 * become GET without a body, Referer, Cookie dropped across origins) and signs it again. */
static redirect_step redirect(wechatpay_client *client, wechatpay_transfer *transfer, zval *result)
{
	wechatpay_request *request = &transfer->request;
	wechatpay_reply *reply = &transfer->reply;
	if (reply->error != CURLE_OK || request->redirect_max == 0 || reply->status < 300 || reply->status > 399) {
		return REDIRECT_NONE;
	}
	zend_string *location = wechatpay_reply_header(reply, ZEND_STRL("Location"));
	if (!location) {
		return REDIRECT_NONE;
	}
	if (++request->redirect_count > request->redirect_max) {
		return redirect_failure(transfer, ZEND_STRL("GuzzleHttp\\Exception\\TooManyRedirectsException"),
				wechatpay_ce_TooManyRedirectsException,
				zend_strpprintf(0, "Will not follow more than " ZEND_LONG_FMT " redirects", request->redirect_max), result);
	}
	/* the target must use an allowed scheme: checked on the Location when it names one that cannot
	 * be resolved (not http or https), else on the resolved URL */
	const char *text = ZSTR_VAL(location);
	size_t scheme_len = strspn(text, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");
	bool foreign = scheme_len && text[scheme_len] == ':' && !(scheme_len == 4 && strncasecmp(text, "http", 4) == 0)
		&& !(scheme_len == 5 && strncasecmp(text, "https", 5) == 0);
	wechatpay_url next = {0};
	if (!foreign && !wechatpay_url_build(request->url.url, location, NULL, &next)) {
		ZVAL_OBJ(result, EG(exception));
		GC_ADDREF(EG(exception));
		zend_clear_exception();
		return REDIRECT_FAILED;
	}
	uint8_t protocol = foreign ? 0 : strncmp(ZSTR_VAL(next.url), "https:", 6) == 0 ? WECHATPAY_PROTOCOL_HTTPS : WECHATPAY_PROTOCOL_HTTP;
	if (!(request->redirect_protocols & protocol)) {
		uint8_t allowed = request->redirect_protocols;
		zend_string *message = zend_strpprintf(0, "Redirect URI, %s, does not use one of the allowed redirect protocols: %s",
				foreign ? text : ZSTR_VAL(next.url),
				allowed == 3 ? "http, https" : allowed == 1 ? "http" : allowed == 2 ? "https" : "");
		if (!foreign) {
			wechatpay_url_release(&next);
		}
		return redirect_failure(transfer, ZEND_STRL("GuzzleHttp\\Exception\\BadResponseException"),
				wechatpay_ce_BadResponseException, message, result);
	}

	if (reply->status == 303 || (reply->status <= 302 && !request->redirect_strict)) {
		if (!zend_string_equals_literal(request->method, "GET") && !zend_string_equals_literal(request->method, "HEAD")
				&& !zend_string_equals_literal(request->method, "OPTIONS")) {
			zend_string_release(request->method);
			request->method = ZSTR_INIT_LITERAL("GET", 0);
		}
		wechatpay_request_drop_body(request);
	}
	bool same_scheme = strncmp(ZSTR_VAL(next.url), ZSTR_VAL(request->url.url), strcspn(ZSTR_VAL(next.url), ":") + 1) == 0;
	if (request->redirect_referer && same_scheme) {
		wechatpay_request_set_header(request, ZEND_STRL("Referer"), ZSTR_VAL(request->url.url), ZSTR_LEN(request->url.url));
	} else {
		zend_hash_str_del(&request->headers, ZEND_STRL("referer"));
	}
	size_t origin = origin_length(request->url.url);
	if (origin != origin_length(next.url) || strncasecmp(ZSTR_VAL(next.url), ZSTR_VAL(request->url.url), origin) != 0) {
		zend_hash_str_del(&request->headers, ZEND_STRL("authorization"));
		zend_hash_str_del(&request->headers, ZEND_STRL("cookie"));
	}
	wechatpay_url_release(&request->url);
	request->url = next;
	wechatpay_reply_release(reply);

	if (!sign(client, request)) {
		ZVAL_OBJ(result, EG(exception));
		GC_ADDREF(EG(exception));
		zend_clear_exception();
		return REDIRECT_FAILED;
	}
	return REDIRECT_FOLLOW;
}

/* An asynchronous hop completed: send the next one, or settle the promise (callbacks only run later,
 * from wait()). True when the transfer is finished and freed. */
static bool transfer_done(wechatpay_transfer *transfer)
{
	wechatpay_client *client = transfer->owner;
	zval result;
	bool fulfilled = false;
	switch (redirect(client, transfer, &result)) {
		case REDIRECT_FOLLOW:
			wechatpay_transport_start(&client->transport, transfer);
			if (transfer->easy) {
				return false;
			}
			ZEND_FALLTHROUGH; /* could not even be queued: a transfer error */
		case REDIRECT_NONE:
			fulfilled = conclude(client, transfer, &result);
			break;
		case REDIRECT_FAILED:
			break;
	}
	if (fulfilled) {
		wechatpay_promise_fulfill(transfer->promise, &result);
	} else {
		wechatpay_promise_reject(transfer->promise, &result);
	}
	zval_ptr_dtor(&result);
	OBJ_RELEASE(transfer->promise);
	wechatpay_transfer_free(transfer);
	return true;
}

static void wait_for_transfer(zend_object *owner, void *context)
{
	wechatpay_client *client = client_from(owner);
	wechatpay_transport_drive(&client->transport, context, transfer_done);
}

static void cancel_transfer(zend_object *owner, void *context)
{
	wechatpay_client *client = client_from(owner);
	wechatpay_transfer *transfer = context;
	wechatpay_transport_abort(&client->transport, transfer);
	OBJ_RELEASE(transfer->promise);
	wechatpay_transfer_free(transfer);
}

/* A promise already rejected with the exception in flight (what the SDK's middlewares turn into a rejection). */
static void rejected_with_exception(zval *return_value)
{
	zval reason;
	ZVAL_OBJ(&reason, EG(exception));
	GC_ADDREF(EG(exception));
	zend_clear_exception();
	zend_object *promise = wechatpay_promise_new(NULL);
	wechatpay_promise_reject(promise, &reason);
	zval_ptr_dtor(&reason);
	RETVAL_OBJ(promise);
}

void wechatpay_client_request(zend_object *object, zend_string *method, zend_string *uri, HashTable *options,
		bool async, zval *return_value)
{
	wechatpay_client *client = client_from(object);
	if (!client->constructed) {
		zend_throw_error(NULL, "WeChatPay\\ClientDecorator is not initialized");
		return;
	}
	zend_string *path = wechatpay_template_expand(uri, options);
	if (!path) {
		return;
	}
	if (ZSTR_LEN(path) >= 3 && strncasecmp(ZSTR_VAL(path), "v2/", 3) == 0) {
		zend_throw_exception(spl_ce_BadMethodCallException,
				"APIv2 (XML) requests are not supported by this version of ext-wechatpay yet.", 0);
		zend_string_release(path);
		return;
	}

	zval *handler = zend_hash_str_find_deref(options, ZEND_STRL("handler"));
	if (client->via_guzzle || (handler && Z_TYPE_P(handler) != IS_NULL)) {
		zval *guzzle = guzzle_client(client);
		if (guzzle) {
			zval argv[3];
			ZVAL_STR_COPY(&argv[0], method);
			ZVAL_STR(&argv[1], path);
			/* a copy: Guzzle keeps the options, and the caller's table may live on the C stack */
			ZVAL_ARR(&argv[2], zend_array_dup(options));
			wechatpay_userland_method(guzzle, async ? "requestAsync" : "request", return_value, 3, argv);
			zval_ptr_dtor(&argv[0]);
			zval_ptr_dtor(&argv[2]);
		}
		zend_string_release(path);
		return;
	}

	wechatpay_transfer *transfer = ecalloc(1, sizeof(*transfer));
	transfer->owner = client;
	bool built = wechatpay_request_build(&transfer->request, &client->defaults, method, path, options);
	zend_string_release(path);
	if (!built) {
		efree(transfer);
		return;
	}

	/* the signer, then what Guzzle's curl handler checks as it starts */
	if (!sign(client, &transfer->request) || !wechatpay_request_check_files(&transfer->request)) {
		wechatpay_transfer_free(transfer);
		if (async) {
			rejected_with_exception(return_value);
		}
		return;
	}

	if (!async) {
		zval result;
		redirect_step step;
		do {
			wechatpay_transport_perform(&client->transport, transfer);
			step = redirect(client, transfer, &result);
		} while (step == REDIRECT_FOLLOW);
		bool fulfilled = step == REDIRECT_NONE && conclude(client, transfer, &result);
		wechatpay_transfer_free(transfer);
		if (fulfilled) {
			RETURN_COPY_VALUE(&result);
		}
		zend_throw_exception_object(&result);
		return;
	}

	wechatpay_waiter waiter = {wait_for_transfer, cancel_transfer, object, transfer};
	zend_object *promise = wechatpay_promise_new(&waiter);
	GC_ADDREF(promise);
	transfer->promise = promise;
	wechatpay_transport_start(&client->transport, transfer);
	if (transfer->reply.error != CURLE_OK && !transfer->easy) {
		/* could not even be queued: settle now */
		transfer_done(transfer);
	}
	RETURN_OBJ(promise);
}

/* ------------------------------------------------------------------ PHP methods */

ZEND_METHOD(WeChatPay_ClientDecorator, __construct)
{
	HashTable *config = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();
	wechatpay_client *client = client_from(Z_OBJ_P(ZEND_THIS));
	if (client->constructed) {
		zend_throw_error(NULL, "WeChatPay\\ClientDecorator is already initialized");
		RETURN_THROWS();
	}
	configure(client, config ? config : (HashTable *) &zend_empty_array);
}

ZEND_METHOD(WeChatPay_ClientDecorator, select)
{
	zend_string *protocol = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(protocol)
	ZEND_PARSE_PARAMETERS_END();
	wechatpay_client *client = client_from(Z_OBJ_P(ZEND_THIS));
	if (!client->constructed) {
		zend_throw_error(NULL, "WeChatPay\\ClientDecorator is not initialized");
		RETURN_THROWS();
	}
	if (protocol && zend_string_equals_literal_ci(protocol, "v2")) {
		zend_throw_exception(spl_ce_BadMethodCallException,
				"The APIv2 (XML) client is not supported by this version of ext-wechatpay yet.", 0);
		RETURN_THROWS();
	}
	zval *guzzle = guzzle_client(client);
	if (!guzzle) {
		RETURN_THROWS();
	}
	/* the merchant may now edit its stack: from here on every request goes through it */
	client->via_guzzle = true;
	RETURN_COPY(guzzle);
}

ZEND_METHOD(WeChatPay_ClientDecorator, signer)
{
	zend_string *mchid, *serial;
	zval *key;
	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(mchid)
		Z_PARAM_STR(serial)
		Z_PARAM_ZVAL(key)
	ZEND_PARSE_PARAMETERS_END();
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	EVP_PKEY *parsed = wechatpay_key_private(key);
	wechatpay_signer_new(return_value, mchid, serial, parsed);
	if (parsed) {
		EVP_PKEY_free(parsed);
	}
}

ZEND_METHOD(WeChatPay_ClientDecorator, verifier)
{
	zval *certs;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(certs)
	ZEND_PARSE_PARAMETERS_END();
	if (Z_TYPE_P(Z_REFVAL_P(certs)) != IS_ARRAY) {
		zend_argument_type_error(1, "must be of type array, %s given", zend_zval_type_name(Z_REFVAL_P(certs)));
		RETURN_THROWS();
	}
	wechatpay_verifier_new(return_value, certs); /* the reference itself: live, as the SDK's */
}

ZEND_METHOD(WeChatPay_ClientDecorator, jsonBased)
{
	HashTable *config = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();
	if (!config) {
		config = (HashTable *) &zend_empty_array;
	}
	if (validate_json(config)) {
		zval *mchid = zend_hash_str_find_deref(config, ZEND_STRL("mchid"));
		zval *serial = zend_hash_str_find_deref(config, ZEND_STRL("serial"));
		EVP_PKEY *key = wechatpay_key_private(zend_hash_str_find_deref(config, ZEND_STRL("privateKey")));
		wechatpay_guzzle_json_client(return_value, config, Z_STR_P(mchid), Z_STR_P(serial), key,
				zend_hash_str_find(config, ZEND_STRL("certs")));
		if (key) {
			EVP_PKEY_free(key);
		}
	}
}

static void request_method(INTERNAL_FUNCTION_PARAMETERS, bool async)
{
	zend_string *method, *uri;
	HashTable *options = NULL;
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(method)
		Z_PARAM_STR(uri)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();
	wechatpay_client_request(Z_OBJ_P(ZEND_THIS), method, uri, options ? options : (HashTable *) &zend_empty_array,
			async, return_value);
}

ZEND_METHOD(WeChatPay_ClientDecorator, request)
{
	request_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WeChatPay_ClientDecorator, requestAsync)
{
	request_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

void wechatpay_client_minit(int module_number)
{
	register_wechatpay_client_symbols(module_number);
	wechatpay_ce_ClientDecoratorInterface = register_class_WeChatPay_ClientDecoratorInterface();
	wechatpay_ce_ClientDecorator = register_class_WeChatPay_ClientDecorator(wechatpay_ce_ClientDecoratorInterface);
	wechatpay_ce_ClientDecorator->create_object = client_new;

	memcpy(&wechatpay_client_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wechatpay_client_handlers.offset = XtOffsetOf(wechatpay_client, std);
	wechatpay_client_handlers.free_obj = client_free;
	wechatpay_client_handlers.get_gc = client_get_gc;
	wechatpay_client_handlers.get_debug_info = client_debug_info;
	wechatpay_client_handlers.clone_obj = NULL;
}

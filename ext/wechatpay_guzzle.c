/*
 * wechatpay_guzzle.c: the Guzzle path. Builds the APIv3 GuzzleHttp\Client the SDK's jsonBased()
 * builds: its defaults, the User-Agent and the merchant's other config keys merged as
 * array_replace_recursive() merges them, over a HandlerStack (a clone of the configured one, or
 * HandlerStack::create()) carrying the native signer before `prepare_body` and the native verifier
 * before `http_errors`; and the APIv2 client the SDK's xmlBased() builds: the XML headers over those,
 * the native transform_request before `prepare_body` and transform_response before `http_errors`.
 * Guzzle's classes are looked up at run time only.
 */
#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "wechatpay_guzzle.h"
#include "wechatpay_client.h"
#include "wechatpay_middleware.h"
#include "wechatpay_v2_middleware.h"
#include "wechatpay_boundary.h"
#include "wechatpay_userland.h"

/* The SDK's configuration keys that are not Guzzle's. */
static const char *const sdk_keys[] = {"mchid", "serial", "privateKey", "certs", "secret", "merchant", NULL};

static zend_class_entry *required(const char *name, size_t name_len)
{
	zend_class_entry *ce = wechatpay_guzzle_class(name, name_len);
	if (!ce) {
		zend_throw_exception_ex(spl_ce_BadMethodCallException, 0,
				"WeChatPay's Guzzle path (select(), a `handler`, jsonBased()) needs Guzzle 7 (guzzlehttp/guzzle), "
				"and %s cannot be autoloaded.", name);
	}
	return ce;
}

bool wechatpay_guzzle_is_stack(zval *value)
{
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) != IS_OBJECT) {
		return false;
	}
	zend_class_entry *stack = wechatpay_guzzle_class(ZEND_STRL("GuzzleHttp\\HandlerStack"));
	return stack && instanceof_function(Z_OBJCE_P(value), stack);
}

/* $stack->before($anchor, $middleware, $name) */
static bool insert_before(zval *stack, const char *anchor, zval *middleware, const char *name)
{
	zval argv[3], ignored;
	ZVAL_STRING(&argv[0], anchor);
	ZVAL_COPY(&argv[1], middleware);
	ZVAL_STRING(&argv[2], name);
	bool done = wechatpay_userland_method(stack, "before", &ignored, 3, argv);
	zval_ptr_dtor(&ignored);
	for (int i = 0; i < 3; i++) {
		zval_ptr_dtor(&argv[i]);
	}
	return done;
}

/* The configured HandlerStack cloned, or a new default one. */
static bool base_stack(zval *stack, HashTable *config, zend_class_entry *stack_ce)
{
	zval *configured = zend_hash_str_find_deref(config, ZEND_STRL("handler"));
	if (configured && wechatpay_guzzle_is_stack(configured)) {
		zend_object *clone = Z_OBJ_HT_P(configured)->clone_obj(Z_OBJ_P(configured));
		if (EG(exception)) {
			OBJ_RELEASE(clone);
			return false;
		}
		ZVAL_OBJ(stack, clone);
	} else if (!wechatpay_userland_static(stack_ce, "create", stack, 0, NULL)) {
		return false;
	}
	return true;
}

/* The SDK's stack: the configured HandlerStack cloned (or a new default one), plus its two middlewares. */
static bool build_stack(zval *stack, HashTable *config, zend_string *mchid, zend_string *serial, EVP_PKEY *key,
		zval *certs)
{
	zend_class_entry *stack_ce = required(ZEND_STRL("GuzzleHttp\\HandlerStack"));
	zend_class_entry *middleware_ce = stack_ce ? required(ZEND_STRL("GuzzleHttp\\Middleware")) : NULL;
	if (!middleware_ce || !base_stack(stack, config, stack_ce)) {
		return false;
	}

	zval signer, map_request, verifier;
	wechatpay_signer_new(&signer, mchid, serial, key);
	bool built = wechatpay_userland_static(middleware_ce, "mapRequest", &map_request, 1, &signer);
	zval_ptr_dtor(&signer);
	if (built) {
		built = insert_before(stack, "prepare_body", &map_request, "signer");
		zval_ptr_dtor(&map_request);
	}
	if (built) {
		wechatpay_verifier_new(&verifier, certs);
		built = insert_before(stack, "http_errors", &verifier, "verifier");
		zval_ptr_dtor(&verifier);
	}
	if (!built) {
		zval_ptr_dtor(stack);
		ZVAL_UNDEF(stack);
	}
	return built;
}

/* array_replace_recursive(SDK defaults, ['headers' => ['User-Agent' => …]], [XML headers,] $guzzleConfig) */
static bool merged_config(zval *out, HashTable *config, zval *stack, bool xml)
{
	zval argv[4], headers;
	array_init(&argv[0]);
	add_assoc_string(&argv[0], "base_uri", "https://api.mch.weixin.qq.com/");
	array_init(&headers);
	add_assoc_string(&headers, "Accept",
			"application/json, text/plain, application/x-gzip, application/pdf, image/png, image/*;q=0.5");
	add_assoc_string(&headers, "Content-Type", "application/json; charset=utf-8");
	add_assoc_zval(&argv[0], "headers", &headers);

	array_init(&argv[1]);
	array_init(&headers);
	add_assoc_str(&headers, "User-Agent", wechatpay_client_user_agent());
	add_assoc_zval(&argv[1], "headers", &headers);

	uint32_t argc = 2;
	if (xml) {
		array_init(&argv[argc]);
		array_init(&headers);
		add_assoc_string(&headers, "Accept", "text/xml, text/plain, application/x-gzip");
		add_assoc_string(&headers, "Content-Type", "text/xml; charset=utf-8");
		add_assoc_zval(&argv[argc], "headers", &headers);
		argc++;
	}

	ZVAL_ARR(&argv[argc], zend_array_dup(config));
	for (const char *const *name = sdk_keys; *name; name++) {
		zend_hash_str_del(Z_ARRVAL(argv[argc]), *name, strlen(*name));
	}
	Z_ADDREF_P(stack);
	zend_hash_str_update(Z_ARRVAL(argv[argc]), ZEND_STRL("handler"), stack);
	argc++;

	bool merged = wechatpay_userland_call(ZEND_STRL("array_replace_recursive"), out, argc, argv);
	for (uint32_t i = 0; i < argc; i++) {
		zval_ptr_dtor(&argv[i]);
	}
	return merged;
}

/* new GuzzleHttp\Client(merged config over `stack`), into `out`; consumes `stack`. */
static bool new_client(zval *out, zend_class_entry *client_ce, HashTable *config, zval *stack, bool xml)
{
	zval settings;
	bool built = merged_config(&settings, config, stack, xml);
	zval_ptr_dtor(stack);
	if (!built) {
		return false;
	}
	object_init_ex(out, client_ce);
	if (client_ce->constructor) {
		zend_call_known_instance_method(client_ce->constructor, Z_OBJ_P(out), NULL, 1, &settings);
	}
	zval_ptr_dtor(&settings);
	if (EG(exception)) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return false;
	}
	return true;
}

bool wechatpay_guzzle_json_client(zval *out, HashTable *config, zend_string *mchid, zend_string *serial,
		EVP_PKEY *key, zval *certs)
{
	zend_class_entry *client_ce = required(ZEND_STRL("GuzzleHttp\\Client"));
	zval stack;
	if (!client_ce || !build_stack(&stack, config, mchid, serial, key, certs)) {
		return false;
	}
	return new_client(out, client_ce, config, &stack, false);
}

bool wechatpay_guzzle_xml_client(zval *out, HashTable *config, zend_string *mchid, zend_string *secret, zval *merchant)
{
	zend_class_entry *client_ce = required(ZEND_STRL("GuzzleHttp\\Client"));
	zend_class_entry *stack_ce = client_ce ? required(ZEND_STRL("GuzzleHttp\\HandlerStack")) : NULL;
	zval stack, middleware;
	if (!stack_ce || !base_stack(&stack, config, stack_ce)) {
		return false;
	}
	wechatpay_transform_request_new(&middleware, mchid, secret, merchant);
	bool built = insert_before(&stack, "prepare_body", &middleware, "transform_request");
	zval_ptr_dtor(&middleware);
	if (built) {
		wechatpay_transform_response_new(&middleware, secret);
		built = insert_before(&stack, "http_errors", &middleware, "transform_response");
		zval_ptr_dtor(&middleware);
	}
	if (!built) {
		zval_ptr_dtor(&stack);
		return false;
	}
	return new_client(out, client_ce, config, &stack, true);
}

/*
 * tests/fuzz/embed.c: boots PHP's embed SAPI for the libFuzzer harnesses (see embed.h).
 * USE_ZEND_ALLOC=0 sends emalloc() to malloc(), so AddressSanitizer sees every overflow of an engine
 * allocation and LeakSanitizer every leaked one; nothing of the request is freed between inputs, so
 * a leak is only what no longer has a reference.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sapi/embed/php_embed.h>
#include "zend_exceptions.h"
#include "php_wechatpay.h"
#include "embed.h"

/* Called from C with no PHP frame below, an exception would be a fatal "Uncaught" error: calls go
 * through this PHP function, which catches. [result] when the call returned, null when it threw. */
static const char call_source[] =
	"function wechatpay_fuzz_call(callable $callable, array $args): ?array {"
	"  try { return [$callable(...$args)]; } catch (\\Throwable $e) { return null; }"
	"}";

static int startup_with_wechatpay(sapi_module_struct *sapi)
{
	return php_module_startup(sapi, &wechatpay_module_entry) == SUCCESS ? SUCCESS : FAILURE;
}

static void quiet_ini(HashTable *configuration)
{
	static const char *const settings[][2] = {
		{ "display_errors", "0" },
		{ "display_startup_errors", "0" },
		{ "log_errors", "0" },
		{ "error_reporting", "32767" },
		{ "pcre.jit", "1" },
		{ "allow_url_fopen", "0" }, /* a harness never reaches the network */
	};
	for (size_t i = 0; i < sizeof(settings) / sizeof(settings[0]); i++) {
		zval value;
		ZVAL_NEW_STR(&value, zend_string_init(settings[i][1], strlen(settings[i][1]), 1));
		zend_hash_str_update(configuration, settings[i][0], strlen(settings[i][0]), &value);
	}
}

void wechatpay_fuzz_boot(void)
{
	static bool booted;
	if (booted) {
		return;
	}
	booted = true;
	setenv("USE_ZEND_ALLOC", "0", 1);
	php_embed_module.php_ini_ignore = 1;
	php_embed_module.startup = startup_with_wechatpay;
	php_embed_module.ini_defaults = quiet_ini;
	if (php_embed_init(0, NULL) == FAILURE || !zend_hash_str_exists(&module_registry, ZEND_STRL("wechatpay"))) {
		fprintf(stderr, "fuzz: the embed SAPI did not start with the wechatpay module\n");
		abort();
	}
	/* Runs before LeakSanitizer's own exit check (registered earlier): what PHP keeps for the life
	 * of the process is freed by then, so only real leaks are left to report. */
	atexit(php_embed_shutdown);
	if (zend_eval_stringl((char *) call_source, sizeof(call_source) - 1, NULL, "wechatpay_fuzz_call") != SUCCESS) {
		abort();
	}
}

void wechatpay_fuzz_run(void (*body)(const uint8_t *, size_t), const uint8_t *data, size_t size)
{
	/* The extension's code always runs below a PHP frame; with none, any exception it throws (even
	 * one it then clears) would be a fatal "Uncaught" error. The input runs in the frame of an
	 * internal function, as if PHP code had called one of the extension's. */
	static zend_function *frame_function;
	if (!frame_function) {
		frame_function = zend_hash_str_find_ptr(CG(function_table), ZEND_STRL("strlen"));
	}
	zend_execute_data frame;
	memset(&frame, 0, sizeof(frame));
	frame.func = frame_function;
	frame.prev_execute_data = EG(current_execute_data);
	EG(current_execute_data) = &frame;
	zend_try {
		body(data, size);
	} zend_catch {
		fprintf(stderr, "fuzz: a fatal error (zend_bailout) ended the input: %s\n",
				PG(last_error_message) ? ZSTR_VAL(PG(last_error_message)) : "(no message)");
		abort();
	} zend_end_try();
	EG(current_execute_data) = frame.prev_execute_data;
	if (EG(exception)) {
		zend_clear_exception();
	}
}

static void call(zval *callable, zval *retval, uint32_t argc, zval *argv)
{
	zval function, args[2], wrapped;
	ZVAL_STRINGL(&function, "wechatpay_fuzz_call", sizeof("wechatpay_fuzz_call") - 1);
	ZVAL_COPY_VALUE(&args[0], callable);
	array_init_size(&args[1], argc);
	for (uint32_t i = 0; i < argc; i++) {
		Z_TRY_ADDREF(argv[i]);
		add_next_index_zval(&args[1], &argv[i]);
	}
	if (call_user_function(NULL, NULL, &function, &wrapped, 2, args) != SUCCESS || EG(exception)) {
		fprintf(stderr, "fuzz: wechatpay_fuzz_call() failed\n");
		abort();
	}
	zval *result = Z_TYPE(wrapped) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL(wrapped), 0) : NULL;
	if (result) {
		ZVAL_COPY(retval, result);
	} else {
		ZVAL_UNDEF(retval);
	}
	zval_ptr_dtor(&wrapped);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&function);
}

void wechatpay_fuzz_call_static(zend_class_entry *ce, const char *method, zval *retval, uint32_t argc, zval *argv)
{
	zval callable;
	array_init_size(&callable, 2);
	add_next_index_str(&callable, zend_string_copy(ce->name));
	add_next_index_string(&callable, method);
	call(&callable, retval, argc, argv);
	zval_ptr_dtor(&callable);
}

void wechatpay_fuzz_call_method(zend_object *object, const char *method, zval *retval, uint32_t argc, zval *argv)
{
	zval callable;
	array_init_size(&callable, 2);
	GC_ADDREF(object);
	add_next_index_object(&callable, object);
	add_next_index_string(&callable, method);
	call(&callable, retval, argc, argv);
	zval_ptr_dtor(&callable);
}

static void print_escaped(const char *text, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char) text[i];
		if (c >= 0x20 && c < 0x7F && c != '\\') {
			fputc(c, stderr);
		} else {
			fprintf(stderr, "\\x%02X", c);
		}
	}
}

ZEND_NORETURN void wechatpay_fuzz_fail(const char *what, const char *expected, size_t expected_len,
		const char *actual, size_t actual_len)
{
	fprintf(stderr, "fuzz: %s\n  expected: \"", what);
	print_escaped(expected, expected_len);
	fprintf(stderr, "\"\n  actual:   \"");
	print_escaped(actual, actual_len);
	fprintf(stderr, "\"\n");
	abort();
}

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
}

void wechatpay_fuzz_run(void (*body)(const uint8_t *, size_t), const uint8_t *data, size_t size)
{
	zend_try {
		body(data, size);
	} zend_catch {
		fprintf(stderr, "fuzz: a fatal error (zend_bailout) ended the input\n");
		abort();
	} zend_end_try();
	if (EG(exception)) {
		zend_clear_exception();
	}
}

static void call(zend_class_entry *ce, zend_object *object, const char *lcname, zval *retval, uint32_t argc, zval *argv)
{
	zend_function *fn = zend_hash_str_find_ptr(&(object ? object->ce : ce)->function_table, lcname, strlen(lcname));
	if (!fn) {
		fprintf(stderr, "fuzz: no method %s\n", lcname);
		abort();
	}
	zend_call_known_function(fn, object, object ? object->ce : ce, retval, argc, argv, NULL);
	if (EG(exception)) {
		zval_ptr_dtor(retval);
		ZVAL_UNDEF(retval);
		zend_clear_exception();
	}
}

void wechatpay_fuzz_call_static(zend_class_entry *ce, const char *lcname, zval *retval, uint32_t argc, zval *argv)
{
	call(ce, NULL, lcname, retval, argc, argv);
}

void wechatpay_fuzz_call_method(zend_object *object, const char *lcname, zval *retval, uint32_t argc, zval *argv)
{
	call(NULL, object, lcname, retval, argc, argv);
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

/*
 * tests/fuzz/template/fuzz_template.c: libFuzzer harness of the URI-template expander
 * (wechatpay_template_expand(), ext/wechatpay_template.c), which the client runs on every request
 * path with the request options as the variable map. Input: the template, then "\n", then the
 * variables as a query string read by PHP's parse_str() (so "m[p]=1&m[q]=2&l[]=x" gives nested
 * maps and lists). The variables i (int), neg (negative int), f (float), t (true), n (null) are
 * added unless the query string set them. The expansion must return a string, or NULL with an
 * exception pending; a NULL without one is a finding.
 */
#include "../embed.h"
#include "wechatpay_template.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc; (void) argv;
	wechatpay_fuzz_boot();
	return 0;
}

static void one(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data, *newline = memchr(text, '\n', size);
	size_t template_length = newline ? (size_t) (newline - text) : size;
	zend_string *template = zend_string_init(text, template_length, 0);

	zval function, args[2], result;
	ZVAL_STRINGL(&function, "parse_str", sizeof("parse_str") - 1);
	ZVAL_STRINGL(&args[0], newline ? newline + 1 : "", newline ? size - template_length - 1 : 0);
	ZVAL_NEW_EMPTY_REF(&args[1]);
	ZVAL_NULL(Z_REFVAL(args[1]));
	if (call_user_function(NULL, NULL, &function, &result, 2, args) != SUCCESS) {
		abort();
	}
	zval variables;
	ZVAL_COPY(&variables, Z_REFVAL(args[1]));
	if (Z_TYPE(variables) != IS_ARRAY) {
		zval_ptr_dtor(&variables);
		array_init(&variables);
	}
	SEPARATE_ARRAY(&variables);
	HashTable *table = Z_ARRVAL(variables);
	zval value;
	ZVAL_LONG(&value, 42);
	zend_hash_str_add(table, ZEND_STRL("i"), &value);
	ZVAL_LONG(&value, -7);
	zend_hash_str_add(table, ZEND_STRL("neg"), &value);
	ZVAL_DOUBLE(&value, 1.5);
	zend_hash_str_add(table, ZEND_STRL("f"), &value);
	ZVAL_TRUE(&value);
	zend_hash_str_add(table, ZEND_STRL("t"), &value);
	ZVAL_NULL(&value);
	zend_hash_str_add(table, ZEND_STRL("n"), &value);

	zend_string *path = wechatpay_template_expand(template, table);
	if (path) {
		zend_string_release(path);
	} else if (!EG(exception)) {
		fprintf(stderr, "fuzz: wechatpay_template_expand() returned NULL without an exception\n");
		abort();
	}
	zval_ptr_dtor(&variables);
	zval_ptr_dtor(&result);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&function);
	zend_string_release(template);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	wechatpay_fuzz_run(one, data, size);
	return 0;
}

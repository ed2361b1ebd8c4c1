/*
 * tests/fuzz/segment/fuzz_segment.c: libFuzzer harness of the segment normaliser
 * (wechatpay_segment_normalize(), ext/wechatpay_builder.c): a property name or chain() segment in,
 * a URL path segment out. The input is the name, any bytes. Besides memory errors it checks the
 * result against an oracle that applies the three rules of spec §4.2 with PCRE, as the SDK does:
 * a leading capital is lower-cased, every other capital becomes "-" and its lower case, and then
 * "_name_" becomes "{name}" ('.' not matching "\n", '$' also matching before a final "\n").
 */
#include "../embed.h"
#include "wechatpay_builder.h"

static const char oracle_source[] =
	"function wechatpay_fuzz_segment_oracle(string $name): string {"
	"  $segment = preg_replace_callback('/^[A-Z]/', fn ($m) => strtolower($m[0]), $name);"
	"  $segment = $segment === null ? null : preg_replace_callback('/[A-Z]/', fn ($m) => '-' . strtolower($m[0]), $segment);"
	"  $segment = $segment === null ? null : preg_replace_callback('/^_(.*)_$/', fn ($m) => '{' . $m[1] . '}', $segment);"
	"  return $segment ?? $name;" /* a PCRE limit: the SDK keeps the name as it is */
	"}";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc; (void) argv;
	wechatpay_fuzz_boot();
	if (zend_eval_stringl((char *) oracle_source, sizeof(oracle_source) - 1, NULL, "segment oracle") != SUCCESS) {
		abort();
	}
	return 0;
}

static void one(const uint8_t *data, size_t size)
{
	zend_string *name = zend_string_init((const char *) data, size, 0);
	zend_string *segment = wechatpay_segment_normalize(name);

	zval function, expected, arg;
	ZVAL_STRINGL(&function, "wechatpay_fuzz_segment_oracle", sizeof("wechatpay_fuzz_segment_oracle") - 1);
	ZVAL_STR_COPY(&arg, name);
	if (call_user_function(NULL, NULL, &function, &expected, 1, &arg) != SUCCESS || Z_TYPE(expected) != IS_STRING) {
		fprintf(stderr, "fuzz: the segment oracle failed\n");
		abort();
	}
	if (!zend_string_equals(Z_STR(expected), segment)) {
		wechatpay_fuzz_fail("segment differs from the SDK's rules", Z_STRVAL(expected), Z_STRLEN(expected),
				ZSTR_VAL(segment), ZSTR_LEN(segment));
	}
	zval_ptr_dtor(&expected);
	zval_ptr_dtor(&arg);
	zval_ptr_dtor(&function);
	zend_string_release(segment);
	zend_string_release(name);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	wechatpay_fuzz_run(one, data, size);
	return 0;
}

/*
 * tests/fuzz/xml/fuzz_xml.c: libFuzzer harness of the APIv2 XML reader, WeChatPay\Transformer::toArray()
 * (ext/wechatpay_transformer.c on libxml2), called as PHP code calls it (its C function is static).
 * The input is the reply body. toArray() must return an array (a parse failure is []); the array
 * is then written back with toXml(), and the input also goes through sanitize(), so the XML writer
 * and the XML 1.0 Char filter see whatever shapes the reader makes.
 */
#include "../embed.h"
#include "wechatpay_transformer.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc; (void) argv;
	wechatpay_fuzz_boot();
	return 0;
}

static void one(const uint8_t *data, size_t size)
{
	zval xml, array, written, clean;
	ZVAL_STRINGL(&xml, (const char *) data, size);
	wechatpay_fuzz_call_static(wechatpay_ce_Transformer, "toarray", &array, 1, &xml);
	if (Z_TYPE(array) != IS_ARRAY) {
		fprintf(stderr, "fuzz: toArray() returned no array\n");
		abort();
	}
	wechatpay_fuzz_call_static(wechatpay_ce_Transformer, "toxml", &written, 1, &array);
	if (Z_TYPE(written) != IS_UNDEF && Z_TYPE(written) != IS_STRING) {
		fprintf(stderr, "fuzz: toXml() returned no string\n");
		abort();
	}
	wechatpay_fuzz_call_static(wechatpay_ce_Transformer, "sanitize", &clean, 1, &xml);
	zval_ptr_dtor(&clean);
	zval_ptr_dtor(&written);
	zval_ptr_dtor(&array);
	zval_ptr_dtor(&xml);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	wechatpay_fuzz_run(one, data, size);
	return 0;
}

/*
 * tests/fuzz/headers/fuzz_headers.c: libFuzzer harness of the response header parser: libcurl's
 * CURLOPT_HEADERFUNCTION callback collect_header() of ext/wechatpay_transport.c (included here for
 * that static function; the archive's copy of the file is then never linked), which turns the
 * status lines and raw header lines of a reply into the status, reason, protocol and header map.
 * The input is the header block as received, split into the lines libcurl hands over one at a time
 * (each with its "\n"). Then what the extension does with the map: wechatpay_reply_header() for the
 * headers the verifier reads, and the native WeChatPay\Http\Response made of it, whose header
 * methods merge names that differ only in case. The map's keys must be PHP's own array keys
 * (a name such as "123" the integer 123, as Guzzle has it), or PHP code could not look them up.
 */
#include "../embed.h"
#include "../../../ext/wechatpay_transport.c"
#include "wechatpay_response.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc; (void) argv;
	wechatpay_fuzz_boot();
	return 0;
}

static void call_with_string(zend_object *response, const char *method, zend_string *arg)
{
	zval retval, args[1];
	ZVAL_STR_COPY(&args[0], arg);
	wechatpay_fuzz_call_method(response, method, &retval, 1, args);
	zval_ptr_dtor(&retval);
	zval_ptr_dtor(&args[0]);
}

static void one(const uint8_t *data, size_t size)
{
	/* libcurl's header data is the whole transfer (the request's options off, as zeroed) */
	wechatpay_transfer transfer = {0};
	wechatpay_reply *reply = &transfer.reply;
	reply->headers = zend_new_array(8);
	const char *line = (const char *) data, *end = line + size;
	while (line < end) {
		const char *newline = memchr(line, '\n', (size_t) (end - line));
		size_t length = newline ? (size_t) (newline - line) + 1 : (size_t) (end - line);
		/* libcurl passes its own buffer: a copy of exactly the line, so overreads show */
		char *copy = malloc(length);
		memcpy(copy, line, length);
		/* 0 ends the transfer (a header Guzzle would refuse: curl 23); anything else must be the whole line */
		size_t taken = collect_header(copy, 1, length, &transfer);
		free(copy);
		if (taken == 0) {
			break;
		}
		if (taken != length) {
			abort();
		}
		line += length;
	}

	/* the map is handed to PHP code: its keys must be what PHP itself makes of the names */
	zend_string *name;
	zend_ulong index;
	ZEND_HASH_FOREACH_KEY(reply->headers, index, name) {
		if (name && _zend_handle_numeric_str(ZSTR_VAL(name), ZSTR_LEN(name), &index)) {
			fprintf(stderr, "fuzz: header name \"%s\" is a numeric string key, not an integer key\n", ZSTR_VAL(name));
			abort();
		}
	} ZEND_HASH_FOREACH_END();

	static const char *const verifier_headers[] = {
		"Wechatpay-Signature", "Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Serial", "Request-ID", "Content-Type",
	};
	for (size_t i = 0; i < sizeof(verifier_headers) / sizeof(verifier_headers[0]); i++) {
		zend_string *value = wechatpay_reply_header(reply, verifier_headers[i], strlen(verifier_headers[i]));
		if (value && ZSTR_LEN(value) > size) {
			abort();
		}
	}

	zend_object *response = wechatpay_response_new(reply->status, reply->reason, reply->protocol, reply->headers, NULL);
	zval retval;
	wechatpay_fuzz_call_method(response, "getheaders", &retval, 0, NULL);
	zval_ptr_dtor(&retval);
	wechatpay_fuzz_call_method(response, "getstatuscode", &retval, 0, NULL);
	zval_ptr_dtor(&retval);
	wechatpay_fuzz_call_method(response, "getreasonphrase", &retval, 0, NULL);
	zval_ptr_dtor(&retval);
	wechatpay_fuzz_call_method(response, "getprotocolversion", &retval, 0, NULL);
	zval_ptr_dtor(&retval);
	ZEND_HASH_FOREACH_KEY(reply->headers, index, name) {
		name = name ? zend_string_copy(name) : zend_long_to_str((zend_long) index);
		zend_string *upper = zend_string_toupper(name);
		call_with_string(response, "getheaderline", upper);
		call_with_string(response, "hasheader", name);
		call_with_string(response, "getheader", name);
		call_with_string(response, "withoutheader", upper);
		zend_string_release(upper);
		zend_string_release(name);
	} ZEND_HASH_FOREACH_END();
	zval args[2];
	ZVAL_STRINGL(&args[0], "Wechatpay-Nonce", sizeof("Wechatpay-Nonce") - 1);
	ZVAL_STRINGL(&args[1], "n", 1);
	wechatpay_fuzz_call_method(response, "withaddedheader", &retval, 2, args);
	zval_ptr_dtor(&retval);
	wechatpay_fuzz_call_method(response, "withheader", &retval, 2, args);
	zval_ptr_dtor(&retval);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	OBJ_RELEASE(response);
	wechatpay_reply_release(reply);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	wechatpay_fuzz_run(one, data, size);
	return 0;
}

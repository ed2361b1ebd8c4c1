/*
 * tests/fuzz/embed.h: what every libFuzzer harness shares. wechatpay_fuzz_boot() starts PHP's embed
 * SAPI once per process with the extension registered as a built-in module (its MINIT and RINIT run
 * as under php-cli), no php.ini, and errors neither displayed nor logged; each input then runs in one
 * long request. wechatpay_fuzz_run() runs a callback under zend_try, so a fatal error (bailout)
 * aborts the process as a crash instead of exiting, and clears any exception it left behind.
 */
#ifndef WECHATPAY_FUZZ_EMBED_H
#define WECHATPAY_FUZZ_EMBED_H

#include <stddef.h>
#include <stdint.h>
#include "php.h"

void wechatpay_fuzz_boot(void);

/* Calls `body(data, size)` inside the request, in the frame of an internal function; clears the
 * exception it leaves; aborts on a bailout (a fatal error is a finding). */
void wechatpay_fuzz_run(void (*body)(const uint8_t *, size_t), const uint8_t *data, size_t size);

/* Calls the static method `method` of `ce` with `argc` arguments from PHP code that catches what it
 * throws; the result in `retval`, UNDEF when it threw. */
void wechatpay_fuzz_call_static(zend_class_entry *ce, const char *method, zval *retval, uint32_t argc, zval *argv);

/* Calls the method `method` of `object`, as wechatpay_fuzz_call_static(). */
void wechatpay_fuzz_call_method(zend_object *object, const char *method, zval *retval, uint32_t argc, zval *argv);

/* Reports a wrong result (an oracle mismatch) and aborts, so libFuzzer records the input. */
ZEND_NORETURN void wechatpay_fuzz_fail(const char *what, const char *expected, size_t expected_len,
		const char *actual, size_t actual_len);

#endif

/*
 * wechatpay_boundary.h: the objects handed to PHP code. Guzzle's PSR-7 response, request and
 * exception classes when they can be autoloaded (what SDK users already type against), else the
 * extension's native equivalents. No Psr\* or GuzzleHttp\* symbol is ever declared in C.
 */
#ifndef WECHATPAY_BOUNDARY_H
#define WECHATPAY_BOUNDARY_H

#include "php.h"
#include "wechatpay_request.h"
#include "wechatpay_transport.h"

/* A Guzzle class, autoloading it if needed, when Guzzle is present; NULL otherwise (no exception). */
zend_class_entry *wechatpay_guzzle_class(const char *name, size_t name_len);

/* The response object for `reply`; false with an exception if building it failed. */
bool wechatpay_boundary_response(const wechatpay_reply *reply, zval *out);

/* ClientException (4xx) / ServerException (5xx) carrying `response`, with Guzzle's message. */
void wechatpay_boundary_http_error(const wechatpay_request *request, const wechatpay_reply *reply, zval *response, zval *out);

/* RequestException for a reply that failed verification; `previous` may be NULL. */
void wechatpay_boundary_verify_error(const wechatpay_request *request, zval *response, zend_string *message,
		zval *previous, zval *out);

/* new Guzzle's `guzzle_name`($message, $request, $response, $previous) (a RequestException), else the
 * native class; `previous` may be NULL. */
void wechatpay_boundary_request_error(const char *guzzle_name, size_t guzzle_name_len, zend_class_entry *native,
		const wechatpay_request *request, zval *response, zend_string *message, zval *previous, zval *out);

/* ConnectException / RequestException for a transfer that got no reply; the code is curl's. */
void wechatpay_boundary_transfer_error(const wechatpay_request *request, const wechatpay_reply *reply, zval *out);

#endif

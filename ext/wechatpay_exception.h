/*
 * wechatpay_exception.h: the SDK's exception types and messages, and the native transport
 * exceptions that stand in for Guzzle's when Guzzle is not installed.
 */
#ifndef WECHATPAY_EXCEPTION_H
#define WECHATPAY_EXCEPTION_H

#include "php.h"

extern zend_class_entry *wechatpay_ce_WeChatPayException;
extern zend_class_entry *wechatpay_ce_InvalidArgumentException;
extern zend_class_entry *wechatpay_ce_TransferException;
extern zend_class_entry *wechatpay_ce_ConnectException;
extern zend_class_entry *wechatpay_ce_RequestException;
extern zend_class_entry *wechatpay_ce_BadResponseException;
extern zend_class_entry *wechatpay_ce_TooManyRedirectsException;
extern zend_class_entry *wechatpay_ce_ClientException;
extern zend_class_entry *wechatpay_ce_ServerException;
extern zend_class_entry *wechatpay_ce_RejectionException;
extern zend_class_entry *wechatpay_ce_CancellationException;

void wechatpay_exception_minit(int module_number);

/* Throws WeChatPay\Exception\InvalidArgumentException. */
ZEND_ATTRIBUTE_FORMAT(printf, 1, 2) void wechatpay_throw_invalid_argument(const char *format, ...);

/* The exception wait() throws for a rejection whose reason is not a Throwable:
 * GuzzleHttp\Promise\RejectionException when Guzzle is installed, else the native one. */
zend_object *wechatpay_exception_rejection(zval *reason);

/* The reason a cancelled promise is rejected with (Guzzle's CancellationException, or native). */
zend_object *wechatpay_exception_cancellation(const char *message);

/* Sets a private/protected property declared by `scope` on a freshly created exception. */
void wechatpay_exception_set(zend_object *exception, zend_class_entry *scope, const char *name, size_t name_len, zval *value);

#endif

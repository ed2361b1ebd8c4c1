/*
 * wechatpay_response.h: the native WeChatPay\Http\Response and its string-backed body
 * WeChatPay\Http\Stream, with the method shapes and results of Guzzle's Psr7\Response and
 * Psr7\Stream (over php://temp). Used when Guzzle's PSR-7 classes are not available.
 */
#ifndef WECHATPAY_RESPONSE_H
#define WECHATPAY_RESPONSE_H

#include "php.h"

extern zend_class_entry *wechatpay_ce_Response, *wechatpay_ce_Stream;

void wechatpay_response_minit(void);
/* headers: name => list of string values (packed zend_array), original case and order; the function takes its own references. reason NULL = default phrase. */
/* (The headers table is copied, so it may be one embedded in a struct; names differing only in case are merged on first use.) */
zend_object *wechatpay_response_new(zend_long status, zend_string *reason, zend_string *protocol, zend_array *headers, zend_string *body);
zend_object *wechatpay_stream_new(zend_string *content);
/* Makes `stream` (its reference is taken over) the body of a response from wechatpay_response_new(). */
void wechatpay_response_use_stream(zend_object *response, zend_object *stream);

#endif

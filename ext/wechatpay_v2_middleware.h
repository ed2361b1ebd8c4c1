/*
 * wechatpay_v2_middleware.h: the SDK's APIv2 `transform_request` and `transform_response` Guzzle
 * middlewares as native invokable objects (WeChatPay\Http\TransformRequest, TransformResponse).
 */
#ifndef WECHATPAY_V2_MIDDLEWARE_H
#define WECHATPAY_V2_MIDDLEWARE_H

#include "php.h"

extern zend_class_entry *wechatpay_ce_TransformRequest;
extern zend_class_entry *wechatpay_ce_TransformResponse;

void wechatpay_v2_middleware_minit(void);

/* The SDK's transformRequest($mchid, $secret, $merchant): `mchid` may be NULL, `merchant` NULL or any
 * zval (only an array with `cert` / `key` gives the `security` certificate). */
void wechatpay_transform_request_new(zval *out, zend_string *mchid, zend_string *secret, zval *merchant);

/* The SDK's transformResponse($secret). */
void wechatpay_transform_response_new(zval *out, zend_string *secret);

#endif

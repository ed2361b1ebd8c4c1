/*
 * wechatpay_client.h: WeChatPay\ClientDecorator, the driver behind every chain: the merchant's
 * validated configuration, parsed keys and libcurl handles, and the request pipeline.
 */
#ifndef WECHATPAY_CLIENT_H
#define WECHATPAY_CLIENT_H

#include "php.h"

extern zend_class_entry *wechatpay_ce_ClientDecoratorInterface;
extern zend_class_entry *wechatpay_ce_ClientDecorator;

void wechatpay_client_minit(int module_number);

/* The User-Agent of every request: "wechatpay-php/1.4.12 ext-wechatpay/… curl/… (OS/release) PHP/…". */
zend_string *wechatpay_client_user_agent(void);

/* new ClientDecorator($config) into `out`; false with the validation exception thrown. */
bool wechatpay_client_create(zval *out, HashTable *config);

/* The pipeline of one call: template expansion, v2/v3 pick, request building, signing, then either
 * the verified response (sync) or a promise of it (async) in `return_value`. Exceptions are thrown
 * for what the SDK throws synchronously; the rest rejects the promise. */
void wechatpay_client_request(zend_object *client, zend_string *method, zend_string *uri, HashTable *options,
		bool async, zval *return_value);

#endif

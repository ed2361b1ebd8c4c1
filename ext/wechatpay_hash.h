/*
 * wechatpay_hash.h: WeChatPay\Crypto\Hash and the WeChatPay\Crypto namespace constants.
 */
#ifndef WECHATPAY_HASH_H
#define WECHATPAY_HASH_H

#include "php.h"

void wechatpay_hash_minit(int module_number);

/* Hash::sign($type, $data, $key) of the SDK's own calls: upper-case hex of MD5 or HMAC-SHA256; NULL
 * for any other type (no exception) or with hash_init()'s ValueError for an empty HMAC key. */
zend_string *wechatpay_hash_v2_sign(zend_string *type, zend_string *data, zend_string *key);
void wechatpay_hash_mshutdown(void);

#endif

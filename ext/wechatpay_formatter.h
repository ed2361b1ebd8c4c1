/*
 * wechatpay_formatter.h: WeChatPay\Formatter, the SDK's static string helpers.
 */
#ifndef WECHATPAY_FORMATTER_H
#define WECHATPAY_FORMATTER_H

#include "php.h"

void wechatpay_formatter_minit(void);

/* Formatter::queryStringLike(Formatter::ksort($data)): the APIv2 string to sign; NULL with the
 * exception of a value that cannot be a string (arrays give "Array" and PHP's warning). */
zend_string *wechatpay_formatter_v2_message(HashTable *data);

#endif

/*
 * wechatpay_pemutil.h: WeChatPay\Util\PemUtil, the SDK's certificate loaders, certificate serial
 * number reader and deprecated private-key loaders.
 */
#ifndef WECHATPAY_PEMUTIL_H
#define WECHATPAY_PEMUTIL_H

#include "php.h"

void wechatpay_pemutil_minit(void);

#endif

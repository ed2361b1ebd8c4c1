/*
 * wechatpay_media.h: WeChatPay\Util\MediaUtil (the SDK's upload helper) and the multipart body
 * stream it hands out, WeChatPay\Util\MediaStream.
 */
#ifndef WECHATPAY_MEDIA_H
#define WECHATPAY_MEDIA_H

#include "php.h"

extern zend_class_entry *wechatpay_ce_MediaUtil, *wechatpay_ce_MediaStream;

void wechatpay_media_minit(void);

#endif

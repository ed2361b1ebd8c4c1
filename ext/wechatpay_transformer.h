/*
 * wechatpay_transformer.h: WeChatPay\Transformer, the SDK's APIv2 XML helper (XML to array with
 * libxml2, array to XML with libxml2's xmlTextWriter).
 */
#ifndef WECHATPAY_TRANSFORMER_H
#define WECHATPAY_TRANSFORMER_H

#include "php.h"

extern zend_class_entry *wechatpay_ce_Transformer;

void wechatpay_transformer_minit(void);

#endif

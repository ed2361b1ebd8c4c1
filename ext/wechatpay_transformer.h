/*
 * wechatpay_transformer.h: WeChatPay\Transformer, the SDK's APIv2 XML helper (XML to array with
 * libxml2, array to XML with libxml2's xmlTextWriter).
 */
#ifndef WECHATPAY_TRANSFORMER_H
#define WECHATPAY_TRANSFORMER_H

#include "php.h"

extern zend_class_entry *wechatpay_ce_Transformer;

void wechatpay_transformer_minit(void);

/* Transformer::toArray($xml) as the SDK's own code calls it: sanitize, parse, shape; [] and the SDK's
 * silenced notice on a failed parse. `out` is UNDEF when an exception was thrown. */
void wechatpay_transformer_array(zend_string *xml, zval *out);

/* Transformer::toXml($data): headless, not indented, root `xml`, item `item`; NULL with an exception. */
zend_string *wechatpay_transformer_xml(HashTable *data);

#endif

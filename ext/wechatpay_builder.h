/*
 * wechatpay_builder.h: WeChatPay\Builder, WeChatPay\BuilderChainable and the chain nodes.
 */
#ifndef WECHATPAY_BUILDER_H
#define WECHATPAY_BUILDER_H

#include "php.h"

extern zend_class_entry *wechatpay_ce_Builder;
extern zend_class_entry *wechatpay_ce_BuilderChainable;
extern zend_class_entry *wechatpay_ce_BuilderNode;

void wechatpay_builder_minit(void);
void wechatpay_builder_mshutdown(void);

/* The SDK's segment rules: a leading capital is lower-cased, every other capital becomes "-" and
 * its lower case, and a whole "_name_" becomes "{name}" (as PCRE matches "^_(.*)_$": no "\n" inside,
 * one allowed after the closing "_", which stays). Never splits on "/". */
zend_string *wechatpay_segment_normalize(zend_string *key);

/* The node's segments joined by "/" (owned by the node). */
zend_string *wechatpay_node_path(zend_object *node);

#endif

/*
 * wechatpay_hash.h: WeChatPay\Crypto\Hash and the WeChatPay\Crypto namespace constants.
 */
#ifndef WECHATPAY_HASH_H
#define WECHATPAY_HASH_H

void wechatpay_hash_minit(int module_number);
void wechatpay_hash_mshutdown(void);

#endif

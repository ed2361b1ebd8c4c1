/*
 * wechatpay_aes.h: WeChatPay\Crypto\AesInterface, AesGcm and AesEcb.
 */
#ifndef WECHATPAY_AES_H
#define WECHATPAY_AES_H

void wechatpay_aes_minit(void);

#endif

/*
 * wechatpay_formatter.h: WeChatPay\Formatter, the SDK's static string helpers.
 */
#ifndef WECHATPAY_FORMATTER_H
#define WECHATPAY_FORMATTER_H

void wechatpay_formatter_minit(void);

#endif

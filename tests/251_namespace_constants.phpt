--TEST--
The namespace constants of spec §2.1 exist with the SDK's values, whichever class was touched first
--DESCRIPTION--
Expected values are the spec's table (§2.1), measured from wechatpay/wechatpay 1.4.12.
--EXTENSIONS--
wechatpay
--FILE--
<?php
// no class is touched before: the SDK defines these when their file loads, the extension at startup
foreach (['WeChatPay\MAXIMUM_CLOCK_OFFSET', 'WeChatPay\WechatpayNonce', 'WeChatPay\WechatpaySerial',
    'WeChatPay\WechatpaySignature', 'WeChatPay\WechatpayTimestamp', 'WeChatPay\WechatpayStatementSha1',
    'WeChatPay\Crypto\ALGO_MD5', 'WeChatPay\Crypto\ALGO_HMAC_SHA256'] as $name) {
    echo $name, ' = ', var_export(constant($name), true), "\n";
}
var_dump(\WeChatPay\Crypto\ALGO_DICTONARIES === ['HMAC-SHA256' => 'hmac', 'MD5' => 'md5']);
var_dump(\WeChatPay\MAXIMUM_CLOCK_OFFSET === 300);
?>
--EXPECT--
WeChatPay\MAXIMUM_CLOCK_OFFSET = 300
WeChatPay\WechatpayNonce = 'Wechatpay-Nonce'
WeChatPay\WechatpaySerial = 'Wechatpay-Serial'
WeChatPay\WechatpaySignature = 'Wechatpay-Signature'
WeChatPay\WechatpayTimestamp = 'Wechatpay-Timestamp'
WeChatPay\WechatpayStatementSha1 = 'Wechatpay-Statement-Sha1'
WeChatPay\Crypto\ALGO_MD5 = 'MD5'
WeChatPay\Crypto\ALGO_HMAC_SHA256 = 'HMAC-SHA256'
bool(true)
bool(true)

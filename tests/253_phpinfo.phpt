--TEST--
phpinfo() section: extension and SDK versions, libcurl version, TLS backend and features, OpenSSL and libxml2 versions, matching what the system reports
--EXTENSIONS--
wechatpay
--FILE--
<?php
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
$row = static function (string $name) use ($info): ?string {
    return preg_match('/^' . preg_quote($name, '/') . ' => (.*)$/m', $info, $m) ? $m[1] : null;
};
// independent sources: pkg-config's view of the installed libcurl, PHP's own OpenSSL and libxml2 constants
$curlVersion = trim((string) shell_exec('pkg-config --modversion libcurl'));
$curlFeatures = preg_split('/\s+/', trim((string) shell_exec('pkg-config --variable=supported_features libcurl')));
var_dump($row('wechatpay support') === 'enabled');
var_dump($row('Extension version') === phpversion('wechatpay'));
var_dump($row('Compatible with wechatpay/wechatpay') === \WeChatPay\ClientDecoratorInterface::VERSION);
var_dump($curlVersion !== '' && $row('libcurl version') === $curlVersion);
var_dump(str_starts_with((string) $row('libcurl TLS backend'), 'OpenSSL/'));
var_dump($row('libcurl HTTP/2') === (in_array('HTTP2', $curlFeatures, true) ? 'yes' : 'no'));
var_dump($row('libcurl gzip decoding') === (in_array('libz', $curlFeatures, true) ? 'yes' : 'no'));
var_dump($row('OpenSSL headers') === OPENSSL_VERSION_TEXT);
var_dump($row('libxml2 headers') === LIBXML_DOTTED_VERSION);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)

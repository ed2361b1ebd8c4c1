--TEST--
INI defaults: wechatpay.timeout, wechatpay.connect_timeout and wechatpay.cainfo apply where neither the call nor the configuration sets them; phpinfo() lists them
--EXTENSIONS--
wechatpay
--INI--
wechatpay.timeout=0.3
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
var_dump(ini_get('wechatpay.timeout'), ini_get('wechatpay.connect_timeout'), ini_get('wechatpay.cainfo'));
// the INI timeout applies to a call that sets none...
try {
    $i->v3->echo->get(['headers' => ['X-Gateway-Mode' => 'sleep:2']]);
} catch (\WeChatPay\Exception\ConnectException $e) {
    echo 'ini timeout: errno ', $e->getCode(), "\n";
}
// ...and the call's own option wins over it
echo 'call timeout: ', $i->v3->echo->get(['timeout' => 5, 'headers' => ['X-Gateway-Mode' => 'sleep:0.5']])->getStatusCode(), "\n";
ini_set('wechatpay.timeout', '-1');
echo 'negative means none: ', ini_get('wechatpay.timeout'), ' ', $i->v3->echo->get(['headers' => ['X-Gateway-Mode' => 'sleep:0.5']])->getStatusCode(), "\n";

// the CA bundle for `verify` => true (the default)
$tls = wechatpay_tls_gateway($gw);
$secure = wechatpay_test_instance($gw, ['base_uri' => $tls['base_uri']]);
try { $secure->v3->echo->get(); } catch (\WeChatPay\Exception\RequestException $e) { echo 'system CA bundle: errno ', $e->getCode(), "\n"; }
ini_set('wechatpay.cainfo', $gw['tls_ca']);
echo 'wechatpay.cainfo: ', $secure->v3->echo->get()->getStatusCode(), "\n";
try { $secure->v3->echo->get(['verify' => '/nonexistent/ca.pem']); } catch (\WeChatPay\Exception\RequestException $e) { echo 'verify path wins: errno ', $e->getCode(), "\n"; }

ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
var_dump(str_contains($info, 'wechatpay.timeout'), str_contains($info, 'wechatpay.cainfo'), str_contains($info, 'libcurl version'));
?>
--EXPECT--
string(3) "0.3"
string(1) "0"
string(0) ""
ini timeout: errno 28
call timeout: 200
negative means none: -1 200
system CA bundle: errno 60
wechatpay.cainfo: 200
verify path wins: errno 77
bool(true)
bool(true)
bool(true)

--TEST--
TLS: peer verification is on by default; `verify` may name a CA bundle; a certificate for another host is refused (curl 60)
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$tls = wechatpay_tls_gateway($gw);
$wrong = wechatpay_tls_gateway($gw, 'tls-wrong-host');
$try = static function (string $name, callable $call): void {
    try {
        $status = $call()->getStatusCode();
        echo "$name: $status\n";
    } catch (\WeChatPay\Exception\TransferException $e) {
        echo "$name: ", get_class($e), ' ', $e->getCode(), "\n";
    }
};
$default = wechatpay_test_instance($gw, ['base_uri' => $tls['base_uri']]);
$try('default (system CA bundle)', static fn() => $default->v3->echo->get());
$try('verify => test CA', static fn() => $default->v3->echo->get(['verify' => $gw['tls_ca']]));
$configured = wechatpay_test_instance($gw, ['base_uri' => $tls['base_uri'], 'verify' => $gw['tls_ca']]);
$try('configured CA, async', static fn() => $configured->v3->echo->getAsync()->wait());
$try('seed over https', static fn() => $configured->v3->platsolution->ecommerce->insuranceCompensationContracts->post(['json' => [
    'out_apply_no' => 'No1', 'sub_mchid' => '1900000109', 'agreement_list' => [['agreement_code' => 'a', 'agreement_version' => 'v', 'sign_organization' => 'o', 'sign_time' => 't']]]]));
$try('wrong host, test CA', static fn() => $default->v3->echo->get(['base_uri' => $wrong['base_uri'], 'verify' => $gw['tls_ca']]));
$try('verify => false', static fn() => $default->v3->echo->get(['base_uri' => $wrong['base_uri'], 'verify' => false]));
$try('missing CA file', static fn() => $default->v3->echo->get(['verify' => '/nonexistent/ca.pem']));
?>
--EXPECT--
default (system CA bundle): WeChatPay\Exception\RequestException 60
verify => test CA: 200
configured CA, async: 200
seed over https: 200
wrong host, test CA: WeChatPay\Exception\RequestException 60
verify => false: 200
missing CA file: WeChatPay\Exception\RequestException 77

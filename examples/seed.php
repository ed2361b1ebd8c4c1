<?php
// examples/seed.php: the canonical call, "open insurance compensation for a sub-merchant", in all six
// styles, written exactly as merchant code for wechatpay/wechatpay is. Configuration comes from the
// WECHATPAY_* environment variables that scripts/with-gateway.php sets for the bundled local gateway.
declare(strict_types=1);

// A merchant's project would have vendor/autoload.php here; the demo points at Debian's Guzzle.
if ($autoload = getenv('WECHATPAY_AUTOLOAD')) {
    require $autoload;
}

$merchantKey = file_get_contents(getenv('WECHATPAY_MERCHANT_KEY'));
$platformCert = 'file://' . getenv('WECHATPAY_PLATFORM_CERT');

$instance = \WeChatPay\Builder::factory([
    'mchid' => getenv('WECHATPAY_MCHID'),
    'serial' => getenv('WECHATPAY_MERCHANT_SERIAL'),
    'privateKey' => $merchantKey,
    'certs' => [getenv('WECHATPAY_PLATFORM_SERIAL') => $platformCert],
    'base_uri' => getenv('WECHATPAY_BASE_URI'), // omit to talk to https://api.mch.weixin.qq.com/
]);

$json = ['out_apply_no' => 'No123456', 'sub_mchid' => '1900000109', 'agreement_list' => [[
    'agreement_code' => '微信支付运营功能服务协议（平台二级商户）', 'agreement_version' => '20240815',
    'sign_organization' => '温州名优贸易', 'sign_time' => '2024-08-08T10:34:56+08:00']]];

$print = static function (string $style, \Psr\Http\Message\ResponseInterface $response): void {
    echo $style, ': HTTP ', $response->getStatusCode(), ' ';
    print_r(json_decode((string) $response->getBody(), true));
};

// 1 async chained
$instance->v3->platsolution->ecommerce->insuranceCompensationContracts->postAsync(['json' => $json])
    ->then(static function (\Psr\Http\Message\ResponseInterface $response) use ($print) { $print('1 async chained', $response); })->wait();
// 2 async declarative
$instance->chain('v3/platsolution/ecommerce/insurance-compensation-contracts')->postAsync(['json' => $json])
    ->then(static function (\Psr\Http\Message\ResponseInterface $response) use ($print) { $print('2 async declarative', $response); })->wait();
// 3 async ArrayAccess
$instance['v3/platsolution/ecommerce/insurance-compensation-contracts']->postAsync(['json' => $json])
    ->then(static function (\Psr\Http\Message\ResponseInterface $response) use ($print) { $print('3 async ArrayAccess', $response); })->wait();
// 4 sync chained
$print('4 sync chained', $instance->v3->platsolution->ecommerce->insuranceCompensationContracts->post(['json' => $json]));
// 5 sync declarative
$print('5 sync declarative', $instance->chain('v3/platsolution/ecommerce/insurance-compensation-contracts')->post(['json' => $json]));
// 6 sync ArrayAccess
$print('6 sync ArrayAccess', $instance['v3/platsolution/ecommerce/insurance-compensation-contracts']->post(['json' => $json]));

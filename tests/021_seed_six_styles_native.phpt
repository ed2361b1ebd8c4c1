--TEST--
The canonical call in all six styles without Guzzle: native responses and promises
--EXTENSIONS--
wechatpay
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$instance = wechatpay_test_instance($gw);
$json = ['out_apply_no' => 'No123456', 'sub_mchid' => '1900000888', 'agreement_list' => [[
    'agreement_code' => 'A', 'agreement_version' => '20240815', 'sign_organization' => 'O', 'sign_time' => '2024-08-08T10:34:56+08:00']]];
$show = static function (string $style, $response): void {
    $reply = json_decode((string) $response->getBody(), true);
    printf("%s: %s %d %s %s opened=%s\n", $style, get_class($response), $response->getStatusCode(), $response->getReasonPhrase(),
        $reply['sub_mchid'], var_export($reply['opened'], true));
};
$promise = $instance->v3->platsolution->ecommerce->insuranceCompensationContracts->postAsync(['json' => $json]);
echo get_class($promise), ' ', $promise->getState(), "\n";
$promise->then(static function ($r) use ($show) { $show('async chained', $r); })->wait();
echo $promise->getState(), "\n";
$instance->chain('v3/platsolution/ecommerce/insurance-compensation-contracts')->postAsync(['json' => $json])
    ->then(static function ($r) use ($show) { $show('async declarative', $r); })->wait();
$instance['v3/platsolution/ecommerce/insurance-compensation-contracts']->postAsync(['json' => $json])
    ->then(static function ($r) use ($show) { $show('async ArrayAccess', $r); })->wait();
$show('sync chained', $instance->v3->platsolution->ecommerce->insuranceCompensationContracts->post(['json' => $json]));
$show('sync declarative', $instance->chain('v3/platsolution/ecommerce/insurance-compensation-contracts')->post(['json' => $json]));
$show('sync ArrayAccess', $instance['v3/platsolution/ecommerce/insurance-compensation-contracts']->post(['json' => $json]));
var_dump(class_exists('GuzzleHttp\Psr7\Response', false));
?>
--EXPECT--
WeChatPay\Http\Promise pending
async chained: WeChatPay\Http\Response 200 OK 1900000888 opened=true
fulfilled
async declarative: WeChatPay\Http\Response 200 OK 1900000888 opened=true
async ArrayAccess: WeChatPay\Http\Response 200 OK 1900000888 opened=true
sync chained: WeChatPay\Http\Response 200 OK 1900000888 opened=true
sync declarative: WeChatPay\Http\Response 200 OK 1900000888 opened=true
sync ArrayAccess: WeChatPay\Http\Response 200 OK 1900000888 opened=true
bool(false)

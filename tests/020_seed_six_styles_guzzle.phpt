--TEST--
The canonical call in all six styles, with Guzzle installed: typed PSR-7 callbacks, Guzzle responses
--EXTENSIONS--
wechatpay
--FILE--
<?php
declare(strict_types=1);
require '/usr/share/php/GuzzleHttp/autoload.php';
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$instance = wechatpay_test_instance($gw);
$json = ['out_apply_no' => 'No123456', 'sub_mchid' => '1900000109', 'agreement_list' => [[
    'agreement_code' => '微信支付运营功能服务协议（平台二级商户）', 'agreement_version' => '20240815',
    'sign_organization' => '温州名优贸易', 'sign_time' => '2024-08-08T10:34:56+08:00']]];
$show = static function (string $style, \Psr\Http\Message\ResponseInterface $response): void {
    $reply = json_decode((string) $response->getBody(), true);
    printf("%s: %s %d %s opened=%s time=%s\n", $style, get_class($response), $response->getStatusCode(),
        $reply['sub_mchid'], var_export($reply['opened'], true), preg_match('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/', $reply['success_time']) ? 'rfc3339' : 'bad');
};
$instance->v3->platsolution->ecommerce->insuranceCompensationContracts->postAsync(['json' => $json])
    ->then(static function (\Psr\Http\Message\ResponseInterface $r) use ($show) { $show('async chained', $r); })->wait();
$instance->chain('v3/platsolution/ecommerce/insurance-compensation-contracts')->postAsync(['json' => $json])
    ->then(static function (\Psr\Http\Message\ResponseInterface $r) use ($show) { $show('async declarative', $r); })->wait();
$instance['v3/platsolution/ecommerce/insurance-compensation-contracts']->postAsync(['json' => $json])
    ->then(static function (\Psr\Http\Message\ResponseInterface $r) use ($show) { $show('async ArrayAccess', $r); })->wait();
$show('sync chained', $instance->v3->platsolution->ecommerce->insuranceCompensationContracts->post(['json' => $json]));
$show('sync declarative', $instance->chain('v3/platsolution/ecommerce/insurance-compensation-contracts')->post(['json' => $json]));
$show('sync ArrayAccess', $instance['v3/platsolution/ecommerce/insurance-compensation-contracts']->post(['json' => $json]));
?>
--EXPECT--
async chained: GuzzleHttp\Psr7\Response 200 1900000109 opened=true time=rfc3339
async declarative: GuzzleHttp\Psr7\Response 200 1900000109 opened=true time=rfc3339
async ArrayAccess: GuzzleHttp\Psr7\Response 200 1900000109 opened=true time=rfc3339
sync chained: GuzzleHttp\Psr7\Response 200 1900000109 opened=true time=rfc3339
sync declarative: GuzzleHttp\Psr7\Response 200 1900000109 opened=true time=rfc3339
sync ArrayAccess: GuzzleHttp\Psr7\Response 200 1900000109 opened=true time=rfc3339

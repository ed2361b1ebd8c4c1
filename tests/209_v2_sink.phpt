--TEST--
APIv2 with the `sink` option: a CSV bill lands in the file untouched; a signed reply written to a sink is still checked (accepted, or rejected with the Response whose body is the sink's)
--EXTENSIONS--
wechatpay
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/inc/v2.inc';
$gw = wechatpay_gateway();
$instance = v2_instance($gw);
$file = tempnam(sys_get_temp_dir(), 'v2sink');
$response = $instance->v2->pay->downloadbill->post(['xml' => ['mch_id' => V2_TEST_MCHID, 'bill_date' => '20260101'], 'sink' => $file,
    'headers' => ['X-Gateway-V2' => 'csv']]);
echo strtok(file_get_contents($file), "\n"), ' | ', strtok((string) $response->getBody(), "\n"), "\n";
$response = $instance->v2->pay->orderquery->postAsync(['xml' => ['mch_id' => V2_TEST_MCHID], 'sink' => $file])->wait();
$reply = WeChatPay\Transformer::toArray(file_get_contents($file));
echo $reply['return_code'], ' ', $reply['sign'] === v2_sign($reply) ? 'sign ok' : 'sign BAD', ' ', (string) $response->getBody() === file_get_contents($file) ? 'same body' : 'other body', "\n";
try {
    $instance->v2->pay->orderquery->post(['xml' => ['mch_id' => V2_TEST_MCHID], 'sink' => $file, 'headers' => ['X-Gateway-V2' => 'bad-sign']]);
} catch (Throwable $e) {
    echo get_class($e), ' ', WeChatPay\Transformer::toArray((string) $e->getReason()->getBody())['return_code'], "\n";
}
unlink($file);
?>
--EXPECT--
交易时间,公众账号ID,商户号,总金额 | 交易时间,公众账号ID,商户号,总金额
SUCCESS sign ok same body
WeChatPay\Exception\RejectionException SUCCESS

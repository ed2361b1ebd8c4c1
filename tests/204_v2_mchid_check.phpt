--TEST--
APIv2 mchid check: the first non-null of mch_id, mchid, combine_mch_id must be the configured mchid, strictly (an int does not match), with the SDK's message; thrown by sync calls, a rejection for async ones; an empty configured mchid disables it; other bad data
--EXTENSIONS--
wechatpay
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/inc/v2.inc';
$gw = wechatpay_gateway();
$instance = v2_instance($gw);
$cases = [
    'mch_id' => ['mch_id' => '1230000109'],
    'mchid' => ['mchid' => '1230000109'],
    'combine_mch_id' => ['combine_mch_id' => '1230000109'],
    'mch_id null, then mchid' => ['mch_id' => null, 'mchid' => '1230000109'],
    'other mch_id' => ['mch_id' => '999'],
    'mch_id wins over mchid' => ['mch_id' => '999', 'mchid' => '1230000109'],
    'int mch_id' => ['mch_id' => 1230000109],
    'none' => ['appid' => 'wx'],
    'float' => ['mchid' => 1.5],
    'true' => ['mchid' => true],
];
foreach ($cases as $name => $xml) {
    try {
        $echo = v2_echo($instance->v2->pay->orderquery->post(['xml' => $xml]));
        echo "$name: sent, ", v2_request_signed($echo), "\n";
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
    $promise = $instance->v2->pay->orderquery->postAsync(['xml' => $xml]);
    $promise->then(null, static function ($reason) { echo '   async: rejected, ', get_class($reason), "\n"; })->wait();
}
echo "-- a GET's query is checked the same way\n";
try {
    $instance->v2->pay->orderquery->get(['query' => ['mch_id' => '1']]);
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "-- an empty configured mchid disables the check\n";
$echo = v2_echo(v2_instance($gw, ['mchid' => ''])->v2->pay->orderquery->post(['xml' => ['mch_id' => 'any']]));
echo v2_request_signed($echo), "\n";
echo "-- `xml` that is not an array\n";
foreach ([v2_instance($gw), v2_instance($gw, ['mchid' => ''])] as $client) {
    try {
        $client->v2->pay->orderquery->post(['xml' => 'mch_id=1230000109']);
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
echo "-- a sign_type that is not a string (the SDK's strict_types TypeError)\n";
try {
    $instance->v2->pay->orderquery->post(['xml' => ['mch_id' => '1230000109', 'sign_type' => 5]]);
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "-- configuration types (the SDK's transformRequest() parameters)\n";
foreach ([['mchid' => 1230000109], ['secret' => null], ['secret' => 1], ['merchant' => 'path'], ['merchant' => null]] as $bad) {
    try {
        v2_instance($gw, $bad);
        echo 'accepted: ', json_encode($bad), "\n";
    } catch (TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
mch_id: sent, signed MD5 ok
mchid: sent, signed MD5 ok
combine_mch_id: sent, signed MD5 ok
mch_id null, then mchid: sent, signed MD5 ok
other mch_id: WeChatPay\Exception\InvalidArgumentException: The xml's structure[mch_id(999)] doesn't matched the init one mchid(1230000109).
   async: rejected, WeChatPay\Exception\InvalidArgumentException
mch_id wins over mchid: WeChatPay\Exception\InvalidArgumentException: The xml's structure[mch_id(999)] doesn't matched the init one mchid(1230000109).
   async: rejected, WeChatPay\Exception\InvalidArgumentException
int mch_id: WeChatPay\Exception\InvalidArgumentException: The xml's structure[mch_id(1230000109)] doesn't matched the init one mchid(1230000109).
   async: rejected, WeChatPay\Exception\InvalidArgumentException
none: WeChatPay\Exception\InvalidArgumentException: The xml's structure[mch_id()] doesn't matched the init one mchid(1230000109).
   async: rejected, WeChatPay\Exception\InvalidArgumentException
float: WeChatPay\Exception\InvalidArgumentException: The xml's structure[mch_id(1.5)] doesn't matched the init one mchid(1230000109).
   async: rejected, WeChatPay\Exception\InvalidArgumentException
true: WeChatPay\Exception\InvalidArgumentException: The xml's structure[mch_id(1)] doesn't matched the init one mchid(1230000109).
   async: rejected, WeChatPay\Exception\InvalidArgumentException
-- a GET's query is checked the same way
WeChatPay\Exception\InvalidArgumentException: The xml's structure[mch_id(1)] doesn't matched the init one mchid(1230000109).
-- an empty configured mchid disables the check
signed MD5 ok
-- `xml` that is not an array
WeChatPay\Exception\InvalidArgumentException: The xml's structure[mch_id()] doesn't matched the init one mchid(1230000109).
WeChatPay\Exception\InvalidArgumentException: The `xml` option must be an array, string given.
-- a sign_type that is not a string (the SDK's strict_types TypeError)
TypeError: WeChatPay\Crypto\Hash::sign(): Argument #1 ($type) must be of type string, int given
-- configuration types (the SDK's transformRequest() parameters)
TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #1 ($mchid) must be of type ?string, int given
accepted: {"secret":null}
TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #2 ($secret) must be of type string, int given
TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #3 ($merchant) must be of type ?array, string given
accepted: {"merchant":null}

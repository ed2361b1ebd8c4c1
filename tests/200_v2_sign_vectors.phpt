--TEST--
APIv2 request signing: the spec's micropay vector byte for byte, MD5 and HMAC-SHA256 signs recomputed with md5()/hash_hmac(), nonce_str added or kept, nonceless, byte-order key sort, empty and null values skipped, an unknown sign_type, headers
--EXTENSIONS--
wechatpay
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/inc/v2.inc';
$gw = wechatpay_gateway(['WECHATPAY_GATEWAY_SECRET' => 'exposed_your_key_here_have_risks']);
$secret = 'exposed_your_key_here_have_risks';
$instance = v2_instance($gw, ['secret' => $secret]);
$xml = ['appid' => 'wx8888888888888888', 'mch_id' => '1230000109', 'nonce_str' => '5K8264ILTKCH16CQ2502SI8ZNMTM67VS',
    'body' => 'image形象店-深圳腾大- QQ公仔', 'out_trade_no' => '1217752501201407033233368018', 'total_fee' => 888,
    'spbill_create_ip' => '8.8.8.8', 'auth_code' => '120061098828009406'];

echo "-- the spec's vector (MD5, given nonce_str)\n";
$expected = strtoupper(md5('appid=wx8888888888888888&auth_code=120061098828009406&body=image形象店-深圳腾大- QQ公仔&mch_id=1230000109'
    . '&nonce_str=5K8264ILTKCH16CQ2502SI8ZNMTM67VS&out_trade_no=1217752501201407033233368018&spbill_create_ip=8.8.8.8&total_fee=888'
    . '&key=exposed_your_key_here_have_risks'));
var_dump($expected === '6E4637322A4DAE1B2FFD13DBDD1E6C8A');
$echo = v2_echo($instance->v2->pay->micropay->post(['xml' => $xml]));
var_dump($echo['request_body'] === '<xml><appid>wx8888888888888888</appid><mch_id>1230000109</mch_id><nonce_str>5K8264ILTKCH16CQ2502SI8ZNMTM67VS</nonce_str>'
    . '<body>image形象店-深圳腾大- QQ公仔</body><out_trade_no>1217752501201407033233368018</out_trade_no><total_fee>888</total_fee>'
    . "<spbill_create_ip>8.8.8.8</spbill_create_ip><auth_code>120061098828009406</auth_code><sign>$expected</sign></xml>");
echo $echo['method'], ' ', $echo['target'], ' | ', $echo['content_type'], ' | ', $echo['accept'], "\n";

echo "-- HMAC-SHA256 (sign_type in the data), async\n";
$hmac = $xml + ['sign_type' => 'HMAC-SHA256'];
$echo = v2_echo($instance->v2->pay->micropay->postAsync(['xml' => $hmac])->wait());
$message = v2_message($hmac) . '&key=exposed_your_key_here_have_risks';
var_dump($echo['request_fields']['sign'] === strtoupper(hash_hmac('sha256', $message, 'exposed_your_key_here_have_risks')));
echo strlen($echo['request_fields']['sign']), ' ', $echo['request_sign_type'], "\n";

echo "-- nonce_str added (32 base62, after the caller's keys, before sign) unless nonceless\n";
$echo = v2_echo($instance->v2->pay->orderquery->post(['xml' => ['mch_id' => '1230000109', 'out_trade_no' => 'T1']]));
echo implode(',', array_keys($echo['request_fields'])), ' ', preg_match('/^[0-9A-Za-z]{32}$/', $echo['request_fields']['nonce_str']), ' ', v2_request_signed($echo, $secret), "\n";
$echo = v2_echo($instance->v2->pay->orderquery->post(['xml' => ['mch_id' => '1230000109', 'a' => 1], 'nonceless' => true]));
echo $echo['request_body'], "\n";
var_dump($echo['request_fields']['sign'] === strtoupper(md5('a=1&mch_id=1230000109&key=exposed_your_key_here_have_risks')));
$echo = v2_echo($instance->v2->pay->orderquery->post(['xml' => ['mch_id' => '1230000109', 'nonce_str' => null, 'z' => 'last'], 'nonceless' => null]));
echo implode(',', array_keys($echo['request_fields'])), ' ', v2_request_signed($echo, $secret), "\n";

echo "-- byte order of keys, empty and null values not signed, a caller's sign replaced\n";
$data = ['mch_id' => '1230000109', 'remark' => 'r', 'RE_OPENID' => 'O', 're_openid' => 'o', 'REMARK' => 'R', '_z' => 'u', 'Zeta' => 'Z',
    'empty' => '', 'zero' => '0', 'sign' => 'CALLERS'];
$echo = v2_echo($instance->v2->mmpaymkttransfers->promotion->gettransferinfo2->post(['xml' => $data, 'nonceless' => 1]));
$expected = strtoupper(md5('REMARK=R&RE_OPENID=O&Zeta=Z&_z=u&mch_id=1230000109&re_openid=o&remark=r&zero=0&key=exposed_your_key_here_have_risks'));
var_dump($echo['request_fields']['sign'] === $expected);
echo $echo['request_body'], "\n";

echo "-- CDATA for < > & \"\n";
$echo = v2_echo($instance->v2->pay->micropay->post(['xml' => ['mch_id' => '1230000109', 'body' => 'a & <b> "c"'], 'nonceless' => true]));
echo $echo['request_body'], ' ', v2_request_signed($echo, $secret), "\n";

echo "-- an unknown sign_type: an empty sign (the gateway refuses it)\n";
$rejected = $instance->v2->pay->micropay->postAsync(['xml' => ['mch_id' => '1230000109', 'sign_type' => 'md5'], 'nonceless' => true])
    ->otherwise(static fn($response) => $response)->wait();
echo $rejected->getBody(), "\n";
$echo = v2_echo($instance->v2->pay->micropay->post(['xml' => ['mch_id' => '1230000109', 'sign_type' => 'RSA'], 'nonceless' => true,
    'headers' => ['X-Gateway-V2' => 'nosigncheck']]));
echo $echo['request_body'], "\n";

echo "-- template variables and the three styles\n";
foreach ([$instance->v2->secapi->pay->refund, $instance->chain('v2/secapi/pay/refund'), $instance['v2/secapi/pay/refund']] as $node) {
    echo v2_echo($node->post(['xml' => ['mch_id' => '1230000109']]))['target'], ' ';
}
echo v2_echo($instance->chain('V2/{a}/{b}')->post(['a' => 'pay', 'b' => 'closeorder', 'xml' => ['mch_id' => '1230000109']]))['target'], "\n";
var_dump(class_exists('GuzzleHttp\Psr7\Response', false));
?>
--EXPECT--
-- the spec's vector (MD5, given nonce_str)
bool(true)
bool(true)
POST /pay/micropay | text/xml; charset=utf-8 | text/xml, text/plain, application/x-gzip
-- HMAC-SHA256 (sign_type in the data), async
bool(true)
64 HMAC-SHA256
-- nonce_str added (32 base62, after the caller's keys, before sign) unless nonceless
mch_id,out_trade_no,nonce_str,sign 1 signed MD5 ok
<xml><mch_id>1230000109</mch_id><a>1</a><sign>51FEC1846ADE25F4ECE06BF44DBA505B</sign></xml>
bool(true)
mch_id,nonce_str,z,sign signed MD5 ok
-- byte order of keys, empty and null values not signed, a caller's sign replaced
bool(true)
<xml><mch_id>1230000109</mch_id><remark>r</remark><RE_OPENID>O</RE_OPENID><re_openid>o</re_openid><REMARK>R</REMARK><_z>u</_z><Zeta>Z</Zeta><empty></empty><zero>0</zero><sign>5791BCBB840C08F518F6D4FD1AF04889</sign></xml>
-- CDATA for < > & "
<xml><mch_id>1230000109</mch_id><body><![CDATA[a & <b> "c"]]></body><sign>7ACE6AD8AAA94F6487DB6A91EB7D1072</sign></xml> signed MD5 ok
-- an unknown sign_type: an empty sign (the gateway refuses it)
<xml><return_code>FAIL</return_code><return_msg>SIGNERROR</return_msg></xml>
<xml><mch_id>1230000109</mch_id><sign_type>RSA</sign_type><sign></sign></xml>
-- template variables and the three styles
/secapi/pay/refund /secapi/pay/refund /secapi/pay/refund /pay/closeorder
bool(false)

--TEST--
Transformer::toXml(): the outputs of spec §8.2 and §8.5 (APIv2 bodies, CDATA, nesting, empty values, headless and indented forms)
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

echo Transformer::toXml(['return_code' => 'SUCCESS', 'return_msg' => 'OK']), "\n";
echo json_encode(Transformer::toXml(['a' => '1', 'b' => ['c' => '2']], false, true)), "\n";
echo Transformer::toXml([
    'appid' => 'wx8888888888888888', 'mch_id' => '1230000109', 'nonce_str' => '5K8264ILTKCH16CQ2502SI8ZNMTM67VS',
    'body' => 'image形象店-深圳腾大- QQ公仔', 'out_trade_no' => '1217752501201407033233368018', 'total_fee' => 888,
    'spbill_create_ip' => '8.8.8.8', 'auth_code' => '120061098828009406', 'sign' => '6E4637322A4DAE1B2FFD13DBDD1E6C8A',
]), "\n";
echo Transformer::toXml(['body' => 'Tom & Jerry <x>', 'q' => 'say "hi"', 'a' => "it's"]), "\n";
echo Transformer::toXml(['detail' => ['a' => 1, 'b' => ['x', 'y']]]), "\n";
echo Transformer::toXml(['mch_id' => '1230000109', 'a' => 1, 'sign' => '51FE']), "\n";
echo Transformer::toXml(['t' => true, 'f' => false, 'n' => null, 'e' => '', 'z' => [], 'zero' => 0]), "\n";
echo Transformer::toXml([]), "\n";
echo json_encode(Transformer::toXml([], false)), "\n";
echo json_encode(Transformer::toXml([], true, true)), "\n";
?>
--EXPECT--
<xml><return_code>SUCCESS</return_code><return_msg>OK</return_msg></xml>
"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml>\n <a>1<\/a>\n <b>\n  <c>2<\/c>\n <\/b>\n<\/xml>\n"
<xml><appid>wx8888888888888888</appid><mch_id>1230000109</mch_id><nonce_str>5K8264ILTKCH16CQ2502SI8ZNMTM67VS</nonce_str><body>image形象店-深圳腾大- QQ公仔</body><out_trade_no>1217752501201407033233368018</out_trade_no><total_fee>888</total_fee><spbill_create_ip>8.8.8.8</spbill_create_ip><auth_code>120061098828009406</auth_code><sign>6E4637322A4DAE1B2FFD13DBDD1E6C8A</sign></xml>
<xml><body><![CDATA[Tom & Jerry <x>]]></body><q><![CDATA[say "hi"]]></q><a>it's</a></xml>
<xml><detail><a>1</a><b><item>x</item><item>y</item></b></detail></xml>
<xml><mch_id>1230000109</mch_id><a>1</a><sign>51FE</sign></xml>
<xml><t>1</t><f></f><n></n><e></e><z/><zero>0</zero></xml>
<xml/>
"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml\/>\n"
"<xml\/>\n"

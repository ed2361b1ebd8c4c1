--TEST--
Transformer::toArray(): APIv2-like replies and notifications, an injected fragment, an external entity, broken documents (spec §8.5 and the SDK's own test expectations)
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

$notification = <<<XML
<xml>
  <appid><![CDATA[wx0000000000000001]]></appid>
  <attach><![CDATA[支付测试]]></attach>
  <mch_id><![CDATA[1230000109]]></mch_id>
  <nonce_str><![CDATA[5K8264ILTKCH16CQ2502SI8ZNMTM67VS]]></nonce_str>
  <result_code><![CDATA[SUCCESS]]></result_code>
  <return_code><![CDATA[SUCCESS]]></return_code>
  <sign><![CDATA[0123456789ABCDEF0123456789ABCDEF]]></sign>
  <total_fee>1</total_fee>
  <risk_info>posttime%3d123%26mobile%3d122</risk_info>
  <pub_key><![CDATA[-----BEGIN RSA PUBLIC KEY-----
MIIBCgKCAQEA
-----END RSA PUBLIC KEY-----
]]></pub_key>
</xml>
XML;
$array = Transformer::toArray($notification);
foreach ($array as $key => $value) {
    echo $key, ' => ', json_encode($value, JSON_UNESCAPED_UNICODE), "\n";
}

// a second <payment> smuggled in: both survive, as a list (the caller sees the injection)
$fragment = "<order>\n <transfer><to>acct-mallory</to><fee>9.99</fee><memo></memo></transfer>\n"
    . " <transfer><to>acct-shop</to><fee>9.99</fee><memo>injected</memo></transfer>\n</order>";
echo json_encode(Transformer::toArray($fragment)), "\n";

// an external entity is declared and referenced, never fetched: the value is empty, no notice
error_clear_last();
$xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE reply [<!ENTITY remote SYSTEM \"http://127.0.0.1:9/never\">]>\n<reply><value>&remote;</value></reply>";
var_dump(Transformer::toArray($xxe), error_get_last());

// mismatched tags and an HTML page: [] and the notice (nothing printed), whose libxml2 error is the
// last one PHP's own simplexml_load_string() reports for the same bytes
$lastError = static function (string $xml): string {
    $previous = libxml_use_internal_errors(true);
    simplexml_load_string($xml, SimpleXMLElement::class, LIBXML_NONET | LIBXML_COMPACT | LIBXML_NOCDATA | LIBXML_NOBLANKS);
    $e = libxml_get_last_error();
    libxml_clear_errors();
    libxml_use_internal_errors($previous);
    return sprintf('level=%d,code=%d,message=%s', $e->level, $e->code, $e->message);
};
foreach ([
    "<?xml version=\"1.0\" standalone=\"yes\"?>\n<shop>\n <goods>\n  <names>Mismatched</name>\n </goods>\n</shop>",
    "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<h1>Bad Gateway</h1>\n<hr><p>upstream</p>\n</body>\n</html>",
] as $bad) {
    $expected = 'Parsing the $xml failed with the last error(' . $lastError($bad) . ').';
    error_clear_last();
    var_dump(Transformer::toArray($bad));
    $error = error_get_last();
    var_dump($error['type'] === E_USER_NOTICE, $error['message'] === $expected);
    echo $error['message'], "\n";
}
?>
--EXPECT--
appid => "wx0000000000000001"
attach => "支付测试"
mch_id => "1230000109"
nonce_str => "5K8264ILTKCH16CQ2502SI8ZNMTM67VS"
result_code => "SUCCESS"
return_code => "SUCCESS"
sign => "0123456789ABCDEF0123456789ABCDEF"
total_fee => "1"
risk_info => "posttime%3d123%26mobile%3d122"
pub_key => "-----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEA\n-----END RSA PUBLIC KEY-----\n"
{"transfer":[{"to":"acct-mallory","fee":"9.99","memo":""},{"to":"acct-shop","fee":"9.99","memo":"injected"}]}
array(1) {
  ["value"]=>
  string(0) ""
}
NULL
array(0) {
}
bool(true)
bool(true)
Parsing the $xml failed with the last error(level=3,code=76,message=Opening and ending tag mismatch: names line 4 and name
).
array(0) {
}
bool(true)
bool(true)
Parsing the $xml failed with the last error(level=3,code=77,message=Premature end of data in tag html line 1
).

--TEST--
Transformer::toXml(): the declaration and the trailing newline with headless=false, one-space indentation, custom root and item names, in every combination
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

$data = ['appid' => 'wx1', 'detail' => [['goods' => '华为手机', 'url' => 'https://huawei.com/?a=1&b=2']], 'empty' => [], 'blank' => ''];
foreach ([[true, false], [true, true], [false, false], [false, true]] as [$headless, $indent]) {
    echo "-- headless=", var_export($headless, true), " indent=", var_export($indent, true), "\n";
    echo Transformer::toXml($data, $headless, $indent, 'qqpay', 'row'), "|\n";
}
?>
--EXPECT--
-- headless=true indent=false
<qqpay><appid>wx1</appid><detail><row><goods>华为手机</goods><url><![CDATA[https://huawei.com/?a=1&b=2]]></url></row></detail><empty/><blank></blank></qqpay>|
-- headless=true indent=true
<qqpay>
 <appid>wx1</appid>
 <detail>
  <row>
   <goods>华为手机</goods>
   <url><![CDATA[https://huawei.com/?a=1&b=2]]></url>
  </row>
 </detail>
 <empty/>
 <blank></blank>
</qqpay>
|
-- headless=false indent=false
<?xml version="1.0" encoding="UTF-8"?>
<qqpay><appid>wx1</appid><detail><row><goods>华为手机</goods><url><![CDATA[https://huawei.com/?a=1&b=2]]></url></row></detail><empty/><blank></blank></qqpay>
|
-- headless=false indent=true
<?xml version="1.0" encoding="UTF-8"?>
<qqpay>
 <appid>wx1</appid>
 <detail>
  <row>
   <goods>华为手机</goods>
   <url><![CDATA[https://huawei.com/?a=1&b=2]]></url>
  </row>
 </detail>
 <empty/>
 <blank></blank>
</qqpay>
|

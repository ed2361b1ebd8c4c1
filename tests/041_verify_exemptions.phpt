--TEST--
Verification exemptions: the bill and image download paths are not verified; everything else, images/upload included, is (spec §7 step 0)
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
$unsigned = ['headers' => ['X-Gateway-Mode' => 'missing:Wechatpay-Signature']];
foreach ([
    'v3/billdownload/file',
    'V3/BillDownload/File',
    'v3/merchant-service/images/ChatImage123',
    'v3/merchant-service/images/upload',
    'v3/billdownload/file/',
    'hk/v3/billdownload/file',
    'v3/merchant-service/image',
] as $path) {
    try {
        $status = $i->chain('{+p}')->get(['p' => $path] + $unsigned)->getStatusCode();
        echo "$path: returned unverified ($status)\n";
    } catch (\WeChatPay\Exception\RequestException $e) {
        echo "$path: verified, rejected\n";
    }
}
?>
--EXPECT--
v3/billdownload/file: returned unverified (200)
V3/BillDownload/File: returned unverified (200)
v3/merchant-service/images/ChatImage123: returned unverified (200)
v3/merchant-service/images/upload: verified, rejected
v3/billdownload/file/: verified, rejected
hk/v3/billdownload/file: verified, rejected
v3/merchant-service/image: verified, rejected

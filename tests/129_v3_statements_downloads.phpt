--TEST--
APIv3 extras: statements replies verified over {"sha1":"<Wechatpay-Statement-Sha1>"} (the sha1 is not compared with the CSV, as in the SDK), only on their two paths; bill and image downloads unverified, gzip decoded when asked and raw otherwise; a Wechatpay-Serial request header reaches the server unchanged
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
$csv = "date,amount\n2025-02-01,100\n";

// statements: the gateway signs {"sha1":"…"}; the client must verify that, not the CSV
foreach (['v3/global/statements', 'hk/v3/statements', 'V3/Global/Statements'] as $path) {
    $r = $i->chain('{+p}')->get(['p' => $path, 'query' => ['date' => '2025-02-01', 'gateway_statement' => '1']]);
    echo "$path: ", $r->getStatusCode(), ' csv=', var_export((string) $r->getBody() === $csv, true),
        ' sha1 header=', var_export($r->getHeaderLine('Wechatpay-Statement-Sha1') === sha1($csv), true), "\n";
}
// the header is what is signed: a wrong sha1 still verifies (the merchant compares it with the CSV)
$r = $i->v3->global->statements->get(['query' => ['date' => '2025-02-01', 'gateway_statement' => '1', 'gateway_sha1' => 'wrong']]);
echo 'wrong sha1: verified, header matches csv=', var_export($r->getHeaderLine('Wechatpay-Statement-Sha1') === sha1((string) $r->getBody()), true), "\n";
// no sha1 header: the body is signed, as for any reply
$r = $i->v3->global->statements->getAsync(['query' => ['gateway_statement' => '1', 'gateway_sha1' => 'none']])->wait();
echo 'no sha1 header: ', $r->getStatusCode(), ' ', var_export($r->hasHeader('Wechatpay-Statement-Sha1'), true), "\n";
// the statement rule belongs to the two paths only: elsewhere a {"sha1"} signature fails
try {
    $i->chain('v3/global/statements/')->get(['query' => ['gateway_statement' => '1']]);
} catch (\WeChatPay\Exception\RequestException $e) {
    echo 'v3/global/statements/: ', substr($e->getMessage(), 0, 37), "\n";
}

// downloads exempt from verification; gzip decoded only when asked
$unsigned = ['X-Gateway-Mode' => 'missing:Wechatpay-Signature,gzip'];
$big = ['gateway_big' => '5000'];
$plain = '';
for ($n = 0; strlen($plain) < 5000; $n++) {
    $plain .= hash('sha256', (string) $n, true);
}
$plain = substr($plain, 0, 5000);
$r = $i->v3->billdownload->file->get(['query' => $big, 'headers' => $unsigned, 'decode_content' => 'gzip']);
echo 'bill, decoded: ', var_export((string) $r->getBody() === $plain, true), "\n";
$r = $i->v3->billdownload->file->get(['query' => $big, 'headers' => $unsigned + ['Accept-Encoding' => 'gzip'], 'decode_content' => false]);
echo 'bill, raw: ', $r->getHeaderLine('Content-Encoding'), ' gunzipped=', var_export(gzdecode((string) $r->getBody()) === $plain, true), "\n";
$r = $i->v3->merchantService->images->_media_url_->getAsync(['media_url' => 'ChatImage123', 'query' => $big, 'headers' => $unsigned, 'decode_content' => 'gzip'])->wait();
echo 'image, decoded: ', var_export((string) $r->getBody() === $plain, true), "\n";
try {
    $i->v3->merchantService->images->upload->get(['headers' => $unsigned]);
} catch (\WeChatPay\Exception\RequestException $e) {
    echo 'images/upload is verified: ', substr($e->getMessage(), 0, 33), "\n";
}

// Wechatpay-Serial for encrypted fields: the merchant's header goes out as given
foreach ([$gw['platform_serial'], $gw['platform_pubkeyid']] as $serial) {
    $encrypted = base64_encode(random_bytes(16));
    $echo = wechatpay_echo($i->v3->profitsharing->receivers->add->post([
        'json' => ['name' => $encrypted], 'headers' => ['Wechatpay-Serial' => $serial],
    ]));
    echo 'Wechatpay-Serial: ', var_export($echo['headers']['wechatpay-serial'] === $serial, true),
        ' body=', var_export($echo['body'] === json_encode(['name' => $encrypted]), true), "\n";
}
$echo = wechatpay_echo($i->v3->profitsharing->receivers->add->post(['json' => []]));
echo 'not added by default: ', var_export(isset($echo['headers']['wechatpay-serial']), true), "\n";
?>
--EXPECT--
v3/global/statements: 200 csv=true sha1 header=true
hk/v3/statements: 200 csv=true sha1 header=true
V3/Global/Statements: 200 csv=true sha1 header=true
wrong sha1: verified, header matches csv=false
no sha1 header: 200 false
v3/global/statements/: Verify the response's data with: time
bill, decoded: true
bill, raw: gzip gunzipped=true
image, decoded: true
images/upload is verified: The response's Headers incomplete
Wechatpay-Serial: true body=true
Wechatpay-Serial: true body=true
not added by default: false

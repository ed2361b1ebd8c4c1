--TEST--
Request signing: the Authorization header's signature verifies with the openssl CLI over METHOD\nTARGET\nTS\nNONCE\nBODY\n
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
$before = time();
$echo = wechatpay_echo($i->v3->pay->transactions->native->post(['json' => ['amount' => ['total' => 1], 'description' => '形象店 /x'], 'query' => 'a=1&b=2']));
$after = time();

$authorization = $echo['headers']['authorization'];
preg_match('/^WECHATPAY2-SHA256-RSA2048 mchid="([^"]*)",serial_no="([^"]*)",timestamp="(\d+)",nonce_str="([0-9A-Za-z]{32})",signature="([^"]+)"$/', $authorization, $m) or die("malformed: $authorization\n");
[, $mchid, $serial, $timestamp, $nonce, $signature] = $m;
var_dump($mchid === $gw['mchid'], $serial === $gw['merchant_serial'], $timestamp >= $before && $timestamp <= $after);
// the body on the wire is json_encode($value) with flags 0, byte for byte
var_dump($echo['body'] === json_encode(['amount' => ['total' => 1], 'description' => '形象店 /x']));
echo $echo['method'], ' ', $echo['target'], "\n";

$dir = sys_get_temp_dir() . '/wechatpay-sig-' . getmypid();
mkdir($dir);
file_put_contents("$dir/message", "{$echo['method']}\n{$echo['target']}\n$timestamp\n$nonce\n{$echo['body']}\n");
file_put_contents("$dir/signature", base64_decode($signature, true));
exec('openssl x509 -in ' . escapeshellarg($gw['keys'] . '/merchant.crt') . ' -pubkey -noout > ' . escapeshellarg("$dir/merchant.pub"));
exec('openssl dgst -sha256 -verify ' . escapeshellarg("$dir/merchant.pub") . ' -signature ' . escapeshellarg("$dir/signature") . ' ' . escapeshellarg("$dir/message") . ' 2>&1', $out, $status);
echo implode("\n", $out), " (exit $status)\n";
// and a tampered message does not verify
file_put_contents("$dir/message", "{$echo['method']}\n{$echo['target']}x\n$timestamp\n$nonce\n{$echo['body']}\n");
exec('openssl dgst -sha256 -verify ' . escapeshellarg("$dir/merchant.pub") . ' -signature ' . escapeshellarg("$dir/signature") . ' ' . escapeshellarg("$dir/message") . ' 2>&1', $out2, $status2);
echo in_array('Verification failure', $out2, true) ? 'Verification failure' : implode("\n", $out2), " (exit $status2)\n";
array_map('unlink', glob("$dir/*"));
rmdir($dir);

// two requests never share a nonce
$n1 = wechatpay_echo($i->v3->a->get())['headers']['authorization'];
$n2 = wechatpay_echo($i->v3->a->get())['headers']['authorization'];
preg_match('/nonce_str="(\w+)"/', $n1, $a); preg_match('/nonce_str="(\w+)"/', $n2, $b);
var_dump($a[1] !== $b[1]);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
POST /v3/pay/transactions/native?a=1&b=2
Verified OK (exit 0)
Verification failure (exit 1)
bool(true)

--TEST--
Fuzz regression (tests/fuzz/headers/regressions/numeric-header-name): a reply header named "123" is the integer key 123 of getHeaders(), as PHP arrays (and Guzzle's) have it, so PHP code finds it
--EXTENSIONS--
wechatpay
pcntl
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
// a one-shot server: a valid signed reply (platform key, as the gateway signs) with a header "123"
$server = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($server, false), ':'), 1);
$pid = pcntl_fork();
if ($pid === 0) {
    $connection = stream_socket_accept($server, 10);
    $request = '';
    while (!str_contains($request, "\r\n\r\n") && !feof($connection)) {
        $request .= fread($connection, 8192);
    }
    $body = '{"ok":true}';
    $timestamp = time();
    $nonce = bin2hex(random_bytes(16));
    openssl_sign("$timestamp\n$nonce\n$body\n", $signature, openssl_pkey_get_private(file_get_contents($gw['keys'] . '/platform.key')), OPENSSL_ALGO_SHA256);
    fwrite($connection, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " . strlen($body) . "\r\nConnection: close\r\n"
        . "123: numeric\r\nWechatpay-Timestamp: $timestamp\r\nWechatpay-Nonce: $nonce\r\nWechatpay-Serial: {$gw['platform_serial']}\r\n"
        . 'Wechatpay-Signature: ' . base64_encode($signature) . "\r\n\r\n$body");
    fclose($connection);
    exit(0);
}
fclose($server);
$response = wechatpay_test_instance($gw, ['base_uri' => "http://127.0.0.1:$port/"])->v3->echo->get();
pcntl_waitpid($pid, $status);
$headers = $response->getHeaders();
var_dump(get_class($response), array_values(array_filter(array_keys($headers), 'is_int')), $headers['123'] ?? null, isset($headers[123]), $response->getHeaderLine('123'), $response->hasHeader('123'));
?>
--EXPECT--
string(23) "WeChatPay\Http\Response"
array(1) {
  [0]=>
  int(123)
}
array(1) {
  [0]=>
  string(7) "numeric"
}
bool(true)
string(7) "numeric"
bool(true)

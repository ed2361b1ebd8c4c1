--TEST--
Faults, without Guzzle: chunked, gzip (asked for with Accept-Encoding or decode_content), chunked+gzip and 204 empty replies are verified over the decoded body (spec §7); a decoded reply's headers are those Guzzle gives (Content-Encoding and Content-Length moved to x-encoded-*); decode_content false keeps the raw bytes, which fail verification as in the SDK; sync and async
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/faults.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
$cases = [
    'chunked' => ['headers' => ['X-Gateway-Mode' => 'chunked']],
    'gzip' => ['headers' => ['X-Gateway-Mode' => 'gzip', 'Accept-Encoding' => 'gzip']],
    'gzip,chunked' => ['headers' => ['X-Gateway-Mode' => 'gzip,chunked'], 'decode_content' => 'gzip'],
    'empty:204' => ['headers' => ['X-Gateway-Mode' => 'empty:204']],
];
$headers = static function ($r): string {
    $line = '';
    foreach (['Content-Encoding', 'Content-Length', 'Transfer-Encoding', 'x-encoded-content-encoding', 'x-encoded-content-length'] as $name) {
        $line .= $r->hasHeader($name) ? " $name=" . $r->getHeaderLine($name) : '';
    }
    return ltrim($line);
};
foreach ($cases as $label => $options) {
    wechatpay_fault_both($label, $i->v3->echo, $options);
    foreach ([$i->v3->echo->get($options), $i->v3->echo->getAsync($options)->wait()] as $r) {
        $body = (string) $r->getBody();
        // the echo is what the gateway received; the gzip length is that of the same body gzipped again
        echo '  ', $body === '' ? '(empty)' : wechatpay_echo($r)['target'], ' ',
            str_replace((string) strlen(gzencode($body)), 'GZLEN', $headers($r)), "\n";
    }
}
// the raw gzip bytes (decode_content false) are not what was signed
$e = wechatpay_fault_catch(static fn () => $i->v3->echo->get(['headers' => ['X-Gateway-Mode' => 'gzip', 'Accept-Encoding' => 'gzip'], 'decode_content' => false]));
$r = $e->getResponse();
echo get_class($e), ' ', $e->getCode(), ' ', $headers($r), ' ', wechatpay_echo(new \WeChatPay\Http\Response(200, [], gzdecode((string) $r->getBody())))['target'], "\n";
var_dump($e->getMessage() === sprintf("Verify the response's data with: timestamp=%s, nonce=%s, signature=%s, cert=[%s => ...] failed.",
    $r->getHeaderLine('Wechatpay-Timestamp'), $r->getHeaderLine('Wechatpay-Nonce'), $r->getHeaderLine('Wechatpay-Signature'), $gw['platform_serial']));
?>
--EXPECTF--
chunked sync: WeChatPay\Http\Response 200 body=%d bytes
chunked async: WeChatPay\Http\Response 200 body=%d bytes
  /v3/echo Transfer-Encoding=chunked
  /v3/echo Transfer-Encoding=chunked
gzip sync: WeChatPay\Http\Response 200 body=%d bytes
gzip async: WeChatPay\Http\Response 200 body=%d bytes
  /v3/echo x-encoded-content-encoding=gzip x-encoded-content-length=GZLEN
  /v3/echo x-encoded-content-encoding=gzip x-encoded-content-length=GZLEN
gzip,chunked sync: WeChatPay\Http\Response 200 body=%d bytes
gzip,chunked async: WeChatPay\Http\Response 200 body=%d bytes
  /v3/echo Transfer-Encoding=chunked x-encoded-content-encoding=gzip
  /v3/echo Transfer-Encoding=chunked x-encoded-content-encoding=gzip
empty:204 sync: WeChatPay\Http\Response 204 body=0 bytes
empty:204 async: WeChatPay\Http\Response 204 body=0 bytes
  (empty) Content-Length=0
  (empty) Content-Length=0
WeChatPay\Exception\RequestException 0 Content-Encoding=gzip Content-Length=%d /v3/echo
bool(true)

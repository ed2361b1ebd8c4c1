--TEST--
Faults, Guzzle autoloadable: a reply header value with a NUL (libcurl refuses it, curl 8) or a bare CR, or a header name with a space (refused while the head is read, as Guzzle does: "An error was encountered while creating the response", curl 23); an obs-fold line is unfolded into its header (RFC 7230 3.2.4), never a header of its own; sync and async
--EXTENSIONS--
wechatpay
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/autoload.php';
require __DIR__ . '/inc/faults.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
$mode = static fn (string $mode) => ['headers' => ['X-Gateway-Mode' => $mode]];

foreach (['bad-header:nul', 'bad-header:cr', 'bad-header:name', 'bad-header:fold'] as $m) {
    wechatpay_fault_both($m, $i->v3->echo, $mode($m));
}
// the folded header: one header, its continuation joined by a space; no Set-Cookie; the reply verified
foreach ([$i->v3->echo->get($mode('bad-header:fold')), $i->v3->echo->getAsync($mode('bad-header:fold'))->wait()] as $r) {
    var_dump($r->getHeader('X-Gateway-Fault'), $r->hasHeader('Set-Cookie'), isset($r->getHeaders()[' Set-Cookie']));
}
echo $i->v3->echo->get()->getStatusCode(), "\n";
?>
--EXPECTF--
bad-header:nul sync: GuzzleHttp\Exception\RequestException code=0 response=none errno=8 error=Nul byte in header
  "cURL error 8: Nul byte in header (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://127.0.0.1:%d/v3/echo"
bad-header:nul async: GuzzleHttp\Exception\RequestException code=0 response=none errno=8 error=Nul byte in header
  "cURL error 8: Nul byte in header (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://127.0.0.1:%d/v3/echo"
bad-header:cr sync: GuzzleHttp\Exception\RequestException code=0 response=none errno=23 error=Failed writing header previous=InvalidArgumentException "\"a\rSet-Cookie: injected=1\" is not valid header value."
  "An error was encountered while creating the response"
bad-header:cr async: GuzzleHttp\Exception\RequestException code=0 response=none errno=23 error=Failed writing header previous=InvalidArgumentException "\"a\rSet-Cookie: injected=1\" is not valid header value."
  "An error was encountered while creating the response"
bad-header:name sync: GuzzleHttp\Exception\RequestException code=0 response=none errno=23 error=Failed writing header previous=InvalidArgumentException "\"X-Gateway Fault\" is not valid header name."
  "An error was encountered while creating the response"
bad-header:name async: GuzzleHttp\Exception\RequestException code=0 response=none errno=23 error=Failed writing header previous=InvalidArgumentException "\"X-Gateway Fault\" is not valid header name."
  "An error was encountered while creating the response"
bad-header:fold sync: GuzzleHttp\Psr7\Response 200 body=%d bytes
bad-header:fold async: GuzzleHttp\Psr7\Response 200 body=%d bytes
array(1) {
  [0]=>
  string(24) "a Set-Cookie: injected=1"
}
bool(false)
bool(false)
array(1) {
  [0]=>
  string(24) "a Set-Cookie: injected=1"
}
bool(false)
bool(false)
200

--TEST--
Faults, Guzzle autoloadable: a redirect loop (302 to the very same target, forever): TooManyRedirectsException "Will not follow more than N redirects" after exactly N+1 requests, each signed (the gateway checks), the last 302 kept on it; sync and async; not followed, the 302 itself is verified and returned
--EXTENSIONS--
wechatpay
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/autoload.php';
require __DIR__ . '/inc/faults.inc';
$log = tempnam(sys_get_temp_dir(), 'wechatpay-loop-');
$gw = wechatpay_gateway(['WECHATPAY_GATEWAY_LOG' => $log]);
$i = wechatpay_test_instance($gw);
$requests = static function () use ($log): string {
    $lines = file($log, FILE_IGNORE_NEW_LINES);
    file_put_contents($log, '');
    return count($lines) . ' x ' . implode(' ', array_unique(array_map(static fn ($l) => implode(' ', array_slice(explode(' ', $l), 0, 2)), $lines)));
};
$loop = ['query' => ['id' => '7'], 'headers' => ['X-Gateway-Mode' => 'loop']];
wechatpay_fault_both('default', $i->v3->echo, $loop);
echo $requests(), "\n";
wechatpay_fault_both('max 2', $i->v3->echo, $loop + ['allow_redirects' => ['max' => 2]]);
echo $requests(), "\n";
$e = wechatpay_fault_catch(static fn () => $i->v3->echo->getAsync($loop)->wait());
echo $e->getResponse()->getHeaderLine('Location'), "\n";
$requests();
$r = $i->v3->echo->get($loop + ['allow_redirects' => false]);
echo get_class($r), ' ', $r->getStatusCode(), ' ', $r->getHeaderLine('Location'), ' ', $requests(), "\n";
@unlink($log);
?>
--EXPECTF--
default sync: GuzzleHttp\Exception\TooManyRedirectsException code=302 response=302
  "Will not follow more than 5 redirects"
default async: GuzzleHttp\Exception\TooManyRedirectsException code=302 response=302
  "Will not follow more than 5 redirects"
12 x GET /v3/echo?id=7
max 2 sync: GuzzleHttp\Exception\TooManyRedirectsException code=302 response=302
  "Will not follow more than 2 redirects"
max 2 async: GuzzleHttp\Exception\TooManyRedirectsException code=302 response=302
  "Will not follow more than 2 redirects"
6 x GET /v3/echo?id=7
/v3/echo?id=7
GuzzleHttp\Psr7\Response 302 /v3/echo?id=7 1 x GET /v3/echo?id=7

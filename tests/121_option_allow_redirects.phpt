--TEST--
allow_redirects: followed by the extension, every hop signed again for its own target (the gateway checks each), Guzzle's defaults, method and body rules, TooManyRedirectsException, sync and async
--EXTENSIONS--
wechatpay
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/autoload.php';
require __DIR__ . '/inc/client.inc';
$log = tempnam(sys_get_temp_dir(), 'wechatpay-redirect-');
$gw = wechatpay_gateway(['WECHATPAY_GATEWAY_LOG' => $log]);
$i = wechatpay_test_instance($gw);
$hops = static function () use ($log): string {
    $lines = array_map(static fn ($line) => implode(' ', array_slice(explode(' ', $line), 0, 2)), file($log, FILE_IGNORE_NEW_LINES));
    file_put_contents($log, '');
    return implode(' -> ', $lines);
};
$mode = static fn (string $mode, array $more = []) => $more + ['headers' => ['X-Gateway-Mode' => $mode]];

// default: up to 5 hops, each signed for its own target (else the gateway answers 401)
$r = $i->v3->a->get($mode('redirect:5', ['query' => ['q' => 1]]));
echo $r->getStatusCode(), ' ', wechatpay_echo($r)['target'], "\n", $hops(), "\n";
// 302 and 301 turn a POST into a body-less GET; 303 always; 307/308 keep method and body (re-signed)
foreach (['302', '301', '303', '307', '308'] as $status) {
    $e = wechatpay_echo($i->v3->b->post($mode("redirect:1,redirect-status:$status", ['json' => ['k' => 'v']])));
    echo "$status: {$e['method']} {$e['target']} body=", var_export($e['body'], true), ' ', $hops(), "\n";
}
// strict keeps POST on 301/302, but never on 303
foreach (['302', '303'] as $status) {
    $e = wechatpay_echo($i->v3->b->post($mode("redirect:1,redirect-status:$status", ['json' => ['k' => 'v'], 'allow_redirects' => ['strict' => true]])));
    echo "strict $status: {$e['method']} body=", var_export($e['body'], true), "\n";
}
$hops();
// to another path; Referer only when asked
$e = wechatpay_echo($i->v3->c->get($mode('redirect:1,redirect-to:elsewhere', ['allow_redirects' => ['referer' => true]])));
echo $e['target'], ' referer=', $e['headers']['referer'] ?? '-', "\n", $hops(), "\n";
$e = wechatpay_echo($i->v3->c->get($mode('redirect:1,redirect-to:elsewhere')));
echo 'default referer=', $e['headers']['referer'] ?? '-', "\n";
$hops();
// another origin (localhost instead of 127.0.0.1): Cookie is dropped, Authorization is the new hop's
$e = wechatpay_echo($i->v3->d->get($mode('redirect:1,redirect-origin:localhost', ['headers' => ['X-Gateway-Mode' => 'redirect:1,redirect-origin:localhost', 'Cookie' => 'a=1']])));
echo $e['headers']['host'] === 'localhost:' . $gw['port'] ? 'localhost' : $e['headers']['host'], ' cookie=', $e['headers']['cookie'] ?? '-', "\n";
$hops();

// false, max 0, null, []: the 302 itself comes back and is verified (it is signed by the gateway)
foreach ([false, ['max' => 0], null, []] as $setting) {
    $r = $i->v3->e->get($mode('redirect:1', ['allow_redirects' => $setting]));
    echo json_encode($setting), ': ', $r->getStatusCode(), ' ', $r->getHeaderLine('Location'), "\n";
}
// client-level config: off for every call, a call turns it back on
$off = wechatpay_test_instance($gw, ['allow_redirects' => false]);
echo $off->v3->f->get($mode('redirect:1'))->getStatusCode(), ' ', $off->v3->f->get($mode('redirect:1', ['allow_redirects' => true]))->getStatusCode(), "\n";
$hops();

// too many: Guzzle's TooManyRedirectsException with the last 3xx as its response, sync and async
foreach ([[$mode('redirect:6'), 5], [$mode('redirect:3', ['allow_redirects' => ['max' => 2]]), 2]] as [$options, $max]) {
    try {
        $i->v3->g->get($options);
    } catch (\GuzzleHttp\Exception\TooManyRedirectsException $e) {
        echo get_class($e), ': ', $e->getMessage(), ' | ', $e->getResponse()->getStatusCode(), ' ', $e->getRequest()->getUri(), "\n";
    }
    echo $hops(), "\n";
}
$p = $i->v3->g->getAsync($mode('redirect:6'));
$p2 = $i->v3->h->postAsync($mode('redirect:2,redirect-status:307', ['body' => 'async body']));
try {
    $p->wait();
} catch (\Throwable $e) {
    echo 'async: ', get_class($e), ': ', $e->getMessage(), "\n";
}
$e = wechatpay_echo($p2->wait());
echo "async 307: {$e['method']} {$e['target']} {$e['body']}\n";

// a Location with a scheme that is not allowed
foreach ([['redirect-origin:ftp', []], ['redirect:1', ['allow_redirects' => ['protocols' => ['https']]]]] as [$m, $more]) {
    try {
        $i->v3->k->get($mode(str_starts_with($m, 'redirect:') ? $m : "redirect:1,$m", $more));
    } catch (\Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
// a bad setting is refused before anything is sent
$hops();
try {
    $i->v3->k->get(['allow_redirects' => 'yes']);
} catch (\Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo $hops() === '' ? "nothing sent\n" : "SENT\n";
@unlink($log);
?>
--EXPECTF--
200 /v3/a?q=1&gateway_redirect=5
GET /v3/a?q=1 -> GET /v3/a?q=1&gateway_redirect=1 -> GET /v3/a?q=1&gateway_redirect=2 -> GET /v3/a?q=1&gateway_redirect=3 -> GET /v3/a?q=1&gateway_redirect=4 -> GET /v3/a?q=1&gateway_redirect=5
302: GET /v3/b?gateway_redirect=1 body='' POST /v3/b -> GET /v3/b?gateway_redirect=1
301: GET /v3/b?gateway_redirect=1 body='' POST /v3/b -> GET /v3/b?gateway_redirect=1
303: GET /v3/b?gateway_redirect=1 body='' POST /v3/b -> GET /v3/b?gateway_redirect=1
307: POST /v3/b?gateway_redirect=1 body='{"k":"v"}' POST /v3/b -> POST /v3/b?gateway_redirect=1
308: POST /v3/b?gateway_redirect=1 body='{"k":"v"}' POST /v3/b -> POST /v3/b?gateway_redirect=1
strict 302: POST body='{"k":"v"}'
strict 303: GET body=''
/v3/elsewhere?gateway_redirect=1 referer=http://127.0.0.1:%d/v3/c
GET /v3/c -> GET /v3/elsewhere?gateway_redirect=1
default referer=-
localhost cookie=-
false: 302 /v3/e?gateway_redirect=1
{"max":0}: 302 /v3/e?gateway_redirect=1
null: 302 /v3/e?gateway_redirect=1
[]: 302 /v3/e?gateway_redirect=1
302 200
GuzzleHttp\Exception\TooManyRedirectsException: Will not follow more than 5 redirects | 302 http://127.0.0.1:%d/v3/g?gateway_redirect=5
GET /v3/g -> GET /v3/g?gateway_redirect=1 -> GET /v3/g?gateway_redirect=2 -> GET /v3/g?gateway_redirect=3 -> GET /v3/g?gateway_redirect=4 -> GET /v3/g?gateway_redirect=5
GuzzleHttp\Exception\TooManyRedirectsException: Will not follow more than 2 redirects | 302 http://127.0.0.1:%d/v3/g?gateway_redirect=2
GET /v3/g -> GET /v3/g?gateway_redirect=1 -> GET /v3/g?gateway_redirect=2
async: GuzzleHttp\Exception\TooManyRedirectsException: Will not follow more than 5 redirects
async 307: POST /v3/h?gateway_redirect=2 async body
GuzzleHttp\Exception\BadResponseException: Redirect URI, ftp://127.0.0.1/v3/k?gateway_redirect=1, does not use one of the allowed redirect protocols: http, https
GuzzleHttp\Exception\BadResponseException: Redirect URI, http://127.0.0.1:%d/v3/k?gateway_redirect=1, does not use one of the allowed redirect protocols: https
InvalidArgumentException: allow_redirects must be true, false, or array
nothing sent

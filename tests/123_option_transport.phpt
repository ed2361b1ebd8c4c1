--TEST--
Transport options reach libcurl: version, decode_content (false, a string), read_timeout, proxy (string, per scheme, no-proxy list; the gateway plays the forward proxy and echoes the absolute-form request line), debug (curl's verbose trace to a stream; the key never appears), cert/ssl_key not found
--EXTENSIONS--
wechatpay
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/autoload.php';
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);

// version: the request line libcurl sends (from its trace); Guzzle's default is 1.1, anything but 1.1 and 2 is 1.0
foreach ([null, '1.0', '1.1', 1.0, '1', 'x'] as $version) {
    $trace = fopen('php://memory', 'w+');
    $i->v3->v->get(['debug' => $trace] + ($version === null ? [] : ['version' => $version]));
    rewind($trace);
    preg_match('/^> GET \/v3\/v (HTTP\/1\.[01])\r$/m', stream_get_contents($trace), $m);
    echo json_encode($version), ' -> ', $m[1] ?? '?', "\n";
}

// decode_content: default decodes without asking; false returns the raw gzip; a string is asked for and decoded
try {
    $i->v3->g->get(['headers' => ['X-Gateway-Mode' => 'gzip', 'Accept-Encoding' => 'gzip'], 'decode_content' => false]);
} catch (\GuzzleHttp\Exception\RequestException $e) {
    $raw = $e->getResponse(); // the signature covers the decoded body: the raw one fails verification, as in the SDK
}
echo 'false: ', $raw->getHeaderLine('Content-Encoding'), ' ', wechatpay_echo(new \GuzzleHttp\Psr7\Response(200, [], gzdecode((string) $raw->getBody())))['headers']['accept-encoding'], "\n";
$r = $i->v3->g->get(['headers' => ['X-Gateway-Mode' => 'gzip'], 'decode_content' => 'gzip']);
echo 'gzip: ', $r->getHeaderLine('x-encoded-content-encoding'), ' ', wechatpay_echo($r)['headers']['accept-encoding'], ' ', $r->hasHeader('Content-Encoding') ? 'Content-Encoding kept' : 'decoded', "\n";

// read_timeout: a reply that stalls longer than the read timeout fails with curl's timeout (28)
try {
    $i->v3->t->get(['read_timeout' => 1, 'headers' => ['X-Gateway-Mode' => 'drip:1000']]);
    echo "read_timeout: no error\n";
} catch (\GuzzleHttp\Exception\ConnectException $e) {
    echo 'read_timeout: ', $e->getHandlerContext()['errno'], "\n";
}

// proxy: the gateway is the proxy; the origin in the URL is unreachable (port 9 on loopback)
$proxy = 'http://127.0.0.1:' . $gw['port'];
$unreachable = ['base_uri' => 'http://127.0.0.2:9/'];
$e = wechatpay_echo($i->v3->p->get($unreachable + ['proxy' => $proxy, 'query' => ['a' => 1]]));
echo 'string: ', $e['proxy_target'], ' signed for ', $e['target'], "\n";
$e = wechatpay_echo($i->v3->p->get($unreachable + ['proxy' => ['http' => $proxy, 'https' => 'http://127.0.0.1:9']]));
echo 'by scheme: ', $e['proxy_target'], "\n";
$c = wechatpay_test_instance($gw, ['proxy' => ['http' => $proxy, 'no' => ['.example', '127.0.0.1']]]);
echo 'no list: ', isset(wechatpay_echo($c->v3->p->get())['proxy_target']) ? 'proxied' : 'direct', "\n";
echo 'config proxy: ', wechatpay_echo($c->v3->p->get($unreachable))['proxy_target'], "\n";
try {
    $i->v3->p->get(['proxy' => ['https' => $proxy]] + $unreachable + ['connect_timeout' => 2]);
} catch (\GuzzleHttp\Exception\ConnectException $e) {
    echo 'https-only proxy for http: not proxied, errno ', $e->getHandlerContext()['errno'], "\n";
}

// debug: libcurl's verbose trace, in its own format, to the stream given
$trace = fopen('php://memory', 'w+');
$i->v3->d->post(['json' => ['a' => 1], 'debug' => $trace]);
rewind($trace);
$text = stream_get_contents($trace);
var_dump(str_contains($text, "> POST /v3/d HTTP/1.1\r\n"), str_contains($text, '< HTTP/1.1 200 OK'), str_contains($text, '* '),
    str_contains($text, 'Authorization: WECHATPAY2-SHA256-RSA2048'), str_contains($text, 'PRIVATE KEY'));
$i->v3->d->get(['debug' => false]); // nothing printed

// cert / ssl_key: Guzzle's messages when the file is missing (a rejection for async calls)
foreach ([['cert' => '/nonexistent/cert.pem'], ['cert' => ['/nonexistent/cert.p12', 'pass']], ['ssl_key' => '/nonexistent/key.pem'],
        ['ssl_key' => ['/nonexistent/key.pem', 'secret']], ['cert' => $gw['platform_cert_path'], 'ssl_key' => '/nonexistent/key.pem']] as $options) {
    try {
        $i->v3->s->get($options);
    } catch (\Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$p = $i->v3->s->getAsync(['cert' => '/nonexistent/cert.pem']);
echo $p->getState(), ' ';
try {
    $p->wait();
} catch (\Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// wrong types are refused before anything is sent
foreach ([['version' => []], ['read_timeout' => 'x'], ['proxy' => 1], ['proxy' => ['no' => 'x']], ['cert' => 1], ['ssl_key' => ['a', 1]],
        ['debug' => stream_context_create()], ['allow_redirects' => ['max' => 'x']]] as $options) {
    try {
        $i->v3->s->get($options);
        echo "SENT\n";
    } catch (\Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
null -> HTTP/1.1
"1.0" -> HTTP/1.0
"1.1" -> HTTP/1.1
1 -> HTTP/1.0
"1" -> HTTP/1.0
"x" -> HTTP/1.0
false: gzip gzip
gzip: gzip gzip decoded
read_timeout: 28
string: http://127.0.0.2:9/v3/p?a=1 signed for /v3/p?a=1
by scheme: http://127.0.0.2:9/v3/p
no list: direct
config proxy: http://127.0.0.2:9/v3/p
https-only proxy for http: not proxied, errno 7
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
InvalidArgumentException: SSL certificate not found: /nonexistent/cert.pem
InvalidArgumentException: SSL certificate not found: /nonexistent/cert.p12
InvalidArgumentException: SSL private key not found: /nonexistent/key.pem
InvalidArgumentException: SSL private key not found: /nonexistent/key.pem
InvalidArgumentException: SSL private key not found: /nonexistent/key.pem
rejected InvalidArgumentException: SSL certificate not found: /nonexistent/cert.pem
WeChatPay\Exception\InvalidArgumentException: The "version" request option must be a string such as "1.1" or "2.0", array given.
WeChatPay\Exception\InvalidArgumentException: The "read_timeout" request option must be a number of seconds, a non-numeric string given.
WeChatPay\Exception\InvalidArgumentException: The "proxy" request option must be a proxy URL, or an array of 'http' and 'https' proxy URLs and a 'no' list of hosts.
WeChatPay\Exception\InvalidArgumentException: The "proxy" request option must be a proxy URL, or an array of 'http' and 'https' proxy URLs and a 'no' list of hosts.
WeChatPay\Exception\InvalidArgumentException: The "cert" request option must be a file path or [path, passphrase].
WeChatPay\Exception\InvalidArgumentException: The "ssl_key" request option must be a file path or [path, passphrase].
WeChatPay\Exception\InvalidArgumentException: The "debug" request option must be true or a stream resource.
WeChatPay\Exception\InvalidArgumentException: The "allow_redirects" option's "max" must be an integer, string given.

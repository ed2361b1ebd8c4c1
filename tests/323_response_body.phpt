--TEST--
Response: getBody() identity, body shared by copies, withBody()
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/response.inc';

// getBody() always gives the same stream object; with*() copies share a non-empty body (as
// Guzzle's shallow clones do) while an empty body is created per response; withBody() with the
// current stream returns the same response.
function scenario(callable $make): array
{
    $out = [];
    $r = $make('{"code":"SUCCESS"}');
    $body = $r->getBody();
    $out[] = 'same stream each time: ' . var_export($r->getBody() === $body, true);
    $copy = $r->withHeader('X-Copy', '1');
    $out[] = 'copies share a non-empty body: ' . var_export($copy->getBody() === $body, true) . ', ' . var_export($r->withStatus(201)->getBody() === $body, true);
    $body->seek(3);
    $out[] = 'shared position: ' . $copy->getBody()->tell();
    $empty = $make('');
    $emptyCopy = $empty->withHeader('X-Copy', '1');
    $out[] = 'empty body: ' . var_export((string) $empty->getBody(), true) . ', size ' . $empty->getBody()->getSize() . ', a copy gets its own: ' . var_export($emptyCopy->getBody() !== $empty->getBody(), true);
    $out[] = 'withBody(current) is the same response: ' . var_export($r->withBody($body) === $r, true);
    $other = $make('other')->getBody();
    $replaced = $r->withBody($other);
    $out[] = 'withBody(other): ' . $replaced->getBody() . ', original ' . $r->getBody();
    $out[] = 'lazy body then copy: ' . var_export(($lazy = $make('lazy'))->withHeader('A', 'b')->getBody() === $lazy->getBody(), true);
    return $out;
}

$native = scenario(fn($body) => wechatpay_test_response(200, [], $body));
echo implode("\n", $native), "\n";
echo 'withBody() needs an object: ', wechatpay_test_call(wechatpay_test_response(), 'withBody', ['text']), "\n";
if (wechatpay_test_load_guzzle_psr7()) {
    $guzzle = scenario(fn($body) => new GuzzleHttp\Psr7\Response(200, [], $body));
    if ($guzzle !== $native) {
        echo "MISMATCH with Guzzle:\n", implode("\n", $guzzle), "\n";
    }
}
?>
--EXPECT--
same stream each time: true
copies share a non-empty body: true, true
shared position: 3
empty body: '', size 0, a copy gets its own: true
withBody(current) is the same response: true
withBody(other): other, original {"code":"SUCCESS"}
lazy body then copy: true
withBody() needs an object: TypeError

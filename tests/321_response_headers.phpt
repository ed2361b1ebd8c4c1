--TEST--
Response: case-insensitive headers, merged case duplicates, immutable with*() copies and Guzzle's validation
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/response.inc';

// Header access is case-insensitive; getHeaders() keeps the first spelling and the order;
// names received in different cases are merged; with*() return modified copies and validate
// like Guzzle. The same calls on Guzzle's Response must give the same lines.
function scenario(callable $make): array
{
    $out = [];
    $r = $make(200, [
        'Content-Type' => ['application/json; charset=utf-8'],
        'Set-Cookie' => ['a=1'],
        'Wechatpay-Nonce' => ['n0nce'],
        'set-cookie' => ['b=2', 'c=3'],
        '123' => ['numeric name'],
    ], '{}');
    $out[] = 'headers: ' . json_encode($r->getHeaders());
    foreach (['content-type', 'CONTENT-TYPE', 'SET-cookie', 'wechatpay-nonce', 'Missing', '123'] as $name) {
        $out[] = "$name: has " . var_export($r->hasHeader($name), true) . ', get ' . json_encode($r->getHeader($name)) . ', line ' . var_export($r->getHeaderLine($name), true);
    }
    $calls = [
        ['withHeader', ['content-TYPE', 'text/plain']],
        ['withHeader', ['X-New', ['  padded  ', "\ttab\t", 7, 1.5, true, false, null]]],
        ['withHeader', ['X-Keys', ['k' => 'keyed', 'j' => 'second']]],
        ['withAddedHeader', ['SET-COOKIE', 'd=4']],
        ['withAddedHeader', ['X-Added', ['x', 'y']]],
        ['withoutHeader', ['set-cookie']],
        ['withoutHeader', ['missing']],
        ['withHeader', ['456', 'numeric']],
        ['withHeader', ['Bad Name', 'v']],
        ['withHeader', ['', 'v']],
        ['withHeader', [42, 'v']],
        ['withHeader', [null, 'v']],
        ['withHeader', ['X-A', []]],
        ['withHeader', ['X-A', ['ok', new stdClass()]]],
        ['withHeader', ['X-A', [['nested']]]],
        ['withHeader', ['X-A', "line\nbreak"]],
        ['withHeader', ['X-A', "del\x7f"]],
        ['withAddedHeader', ['X-A', "nul\0"]],
        ['hasHeader', [42]],
        ['getHeader', [null]],
        ['getHeaderLine', [['x']]],
        ['withoutHeader', [1]],
    ];
    foreach ($calls as [$method, $args]) {
        $line = "$method(" . json_encode($args, JSON_INVALID_UTF8_SUBSTITUTE) . '): ' . wechatpay_test_call($r, $method, $args);
        $out[] = addcslashes($line, "\0..\37\177..\377");
    }
    $out[] = 'high bytes are valid: ' . bin2hex($r->withHeader('X-A', " \x80\xff\t")->getHeaderLine('x-a'));
    $out[] = 'unchanged: ' . json_encode($r->getHeaders());
    $out[] = 'withoutHeader(missing) is the same object: ' . var_export($r->withoutHeader('nope') === $r, true);
    $copy = $r->withHeader('X-One', '1');
    $headers = $copy->getHeaders();
    $headers['X-One'][] = 'changed outside';
    $out[] = 'returned arrays are copies: ' . json_encode($copy->getHeader('x-one'));
    return $out;
}

$native = scenario(fn($status, $headers, $body) => wechatpay_test_response($status, $headers, $body));
echo implode("\n", $native), "\n";
if (wechatpay_test_load_guzzle_psr7()) {
    $guzzle = scenario(fn($status, $headers, $body) => new GuzzleHttp\Psr7\Response($status, $headers, $body));
    if ($guzzle !== $native) {
        echo "MISMATCH with Guzzle:\n", implode("\n", $guzzle), "\n";
    }
}
?>
--EXPECT--
headers: {"Content-Type":["application\/json; charset=utf-8"],"Set-Cookie":["a=1","b=2","c=3"],"Wechatpay-Nonce":["n0nce"],"123":["numeric name"]}
content-type: has true, get ["application\/json; charset=utf-8"], line 'application/json; charset=utf-8'
CONTENT-TYPE: has true, get ["application\/json; charset=utf-8"], line 'application/json; charset=utf-8'
SET-cookie: has true, get ["a=1","b=2","c=3"], line 'a=1, b=2, c=3'
wechatpay-nonce: has true, get ["n0nce"], line 'n0nce'
Missing: has false, get [], line ''
123: has true, get ["numeric name"], line 'numeric name'
withHeader(["content-TYPE","text\/plain"]): response 200 "OK" 1.1 {"Set-Cookie":["a=1","b=2","c=3"],"Wechatpay-Nonce":["n0nce"],"123":["numeric name"],"content-TYPE":["text\/plain"]}
withHeader(["X-New",["  padded  ","\ttab\t",7,1.5,true,false,null]]): response 200 "OK" 1.1 {"Content-Type":["application\/json; charset=utf-8"],"Set-Cookie":["a=1","b=2","c=3"],"Wechatpay-Nonce":["n0nce"],"123":["numeric name"],"X-New":["padded","tab","7","1.5","1","",""]}
withHeader(["X-Keys",{"k":"keyed","j":"second"}]): response 200 "OK" 1.1 {"Content-Type":["application\/json; charset=utf-8"],"Set-Cookie":["a=1","b=2","c=3"],"Wechatpay-Nonce":["n0nce"],"123":["numeric name"],"X-Keys":["keyed","second"]}
withAddedHeader(["SET-COOKIE","d=4"]): response 200 "OK" 1.1 {"Content-Type":["application\/json; charset=utf-8"],"Set-Cookie":["a=1","b=2","c=3","d=4"],"Wechatpay-Nonce":["n0nce"],"123":["numeric name"]}
withAddedHeader(["X-Added",["x","y"]]): response 200 "OK" 1.1 {"Content-Type":["application\/json; charset=utf-8"],"Set-Cookie":["a=1","b=2","c=3"],"Wechatpay-Nonce":["n0nce"],"123":["numeric name"],"X-Added":["x","y"]}
withoutHeader(["set-cookie"]): response 200 "OK" 1.1 {"Content-Type":["application\/json; charset=utf-8"],"Wechatpay-Nonce":["n0nce"],"123":["numeric name"]}
withoutHeader(["missing"]): response 200 "OK" 1.1 {"Content-Type":["application\/json; charset=utf-8"],"Set-Cookie":["a=1","b=2","c=3"],"Wechatpay-Nonce":["n0nce"],"123":["numeric name"]}
withHeader(["456","numeric"]): response 200 "OK" 1.1 {"Content-Type":["application\/json; charset=utf-8"],"Set-Cookie":["a=1","b=2","c=3"],"Wechatpay-Nonce":["n0nce"],"123":["numeric name"],"456":["numeric"]}
withHeader(["Bad Name","v"]): InvalidArgumentException: "Bad Name" is not valid header name.
withHeader(["","v"]): InvalidArgumentException: "" is not valid header name.
withHeader([42,"v"]): InvalidArgumentException: Header name must be a string but integer provided.
withHeader([null,"v"]): InvalidArgumentException: Header name must be a string but NULL provided.
withHeader(["X-A",[]]): InvalidArgumentException: Header value can not be an empty array.
withHeader(["X-A",["ok",{}]]): InvalidArgumentException: Header value must be scalar or null but stdClass provided.
withHeader(["X-A",[["nested"]]]): InvalidArgumentException: Header value must be scalar or null but array provided.
withHeader(["X-A","line\nbreak"]): InvalidArgumentException: "line\nbreak" is not valid header value.
withHeader(["X-A","del\177"]): InvalidArgumentException: "del\177" is not valid header value.
withAddedHeader(["X-A","nul\u0000"]): InvalidArgumentException: "nul\000" is not valid header value.
hasHeader([42]): TypeError
getHeader([null]): TypeError
getHeaderLine([["x"]]): TypeError
withoutHeader([1]): TypeError
high bytes are valid: 80ff
unchanged: {"Content-Type":["application\/json; charset=utf-8"],"Set-Cookie":["a=1","b=2","c=3"],"Wechatpay-Nonce":["n0nce"],"123":["numeric name"]}
withoutHeader(missing) is the same object: true
returned arrays are copies: ["1"]

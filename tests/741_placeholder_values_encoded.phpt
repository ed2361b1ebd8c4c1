--TEST--
Hardening: placeholder values are percent-encoded as rawurlencode() does (../, ?, #, %, non-ASCII, as the SDK) and cannot change the path; "." and ".." values, and values with CR, LF or NUL, are rejected before sending
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$log = tempnam(sys_get_temp_dir(), 'wechatpay-741-');
$gw = wechatpay_gateway(['WECHATPAY_GATEWAY_LOG' => $log]);
$i = wechatpay_test_instance($gw);

// the template v3/echo/{id}/close: whatever the value, the target is /v3/echo/<rawurlencode(value)>/close
$values = ['../', '../../v3/other', '..%2F', '?', 'a?b=1', '#', 'x#frag', '%', '%2F', '%00', '中文', "\xFF\xFE",
    'a/b', ' ', '+', '...', '.x', "\t", 'é/../', '/', '//'];
$ok = 0;
foreach ($values as $value) {
    $expected = '/v3/echo/' . rawurlencode($value) . '/close';
    foreach (['get', 'getAsync'] as $verb) {
        $result = $i->v3->echo->_id_->close->$verb(['id' => $value]);
        $echo = wechatpay_echo($verb === 'get' ? $result : $result->wait());
        if ($echo['target'] === $expected && $echo['path'] === strtok($expected, '?') && $echo['query'] === '') {
            $ok++;
        } else {
            echo 'MISMATCH ', json_encode($value), ': ', $echo['target'], ' != ', $expected, "\n";
        }
    }
}
echo "$ok of ", 2 * count($values), " targets as rawurlencode() computes them\n";
// non-string values are cast as PHP casts them, then encoded
echo wechatpay_echo($i->v3->echo->_id_->get(['id' => 12.5]))['target'], ' ', wechatpay_echo($i->v3->echo->_id_->get(['id' => true]))['target'], "\n";

// a value that is a whole "." or ".." segment would be removed by dot-segment resolution and reach
// another endpoint (/v3/close); it is refused, and nothing is sent
$before = count(file($log));
foreach (['..', '.'] as $value) {
    foreach (['get', 'getAsync'] as $verb) {
        try {
            $i->v3->echo->_id_->close->$verb(['id' => $value]);
            echo "$value $verb: SENT\n";
        } catch (\Throwable $e) {
            echo "$value $verb: ", get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
}
// CR, LF or NUL in a value (the SDK sends them as %0D, %0A, %00): refused too, in any operator and in
// nested values; a template that itself has such escapes keeps them
foreach (["a\r\nX-Injected: 1", "\0", "x\ny", "\r"] as $value) {
    foreach (['get', 'getAsync'] as $verb) {
        try {
            $i->v3->echo->_id_->close->$verb(['id' => $value]);
            echo json_encode($value), " $verb: SENT\n";
        } catch (\Throwable $e) {
            echo json_encode($value), " $verb: ", get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
}
foreach (['v3/echo/{+id}', 'v3/echo{?id}', 'v3/echo/{id*}'] as $template) {
    try {
        $i->chain($template)->get(['id' => ['k' => "v\n"]]);
        echo "$template: SENT\n";
    } catch (\InvalidArgumentException $e) {
        echo "$template: ", $e->getMessage(), "\n";
    }
}
try {
    $i->chain('v3/echo/{a}{b}/close')->get(['a' => '.', 'b' => '.']);
    echo "{a}{b}: SENT\n";
} catch (\InvalidArgumentException $e) {
    echo '{a}{b}: ', $e->getMessage(), "\n";
}
try {
    $i->chain('v3/echo/{+path}')->get(['path' => 'x/../../close']);
    echo "{+path}: SENT\n";
} catch (\InvalidArgumentException $e) {
    echo '{+path}: ', $e->getMessage(), "\n";
}
var_dump(count(file($log)) === $before);
// dots that are not a whole segment, and dot segments written in the template itself, are left alone
echo wechatpay_echo($i->chain('v3/echo/{a}.json')->get(['a' => '.']))['target'], "\n";
echo wechatpay_echo($i->chain('v3/x/../echo/{a}')->get(['a' => 'b']))['target'], "\n";
unlink($log);
?>
--EXPECT--
42 of 42 targets as rawurlencode() computes them
/v3/echo/12.5 /v3/echo/1
.. get: InvalidArgumentException: A URI template value must not add a "." or ".." segment to the request path
.. getAsync: InvalidArgumentException: A URI template value must not add a "." or ".." segment to the request path
. get: InvalidArgumentException: A URI template value must not add a "." or ".." segment to the request path
. getAsync: InvalidArgumentException: A URI template value must not add a "." or ".." segment to the request path
"a\r\nX-Injected: 1" get: InvalidArgumentException: A URI template value must not contain CR, LF or NUL characters
"a\r\nX-Injected: 1" getAsync: InvalidArgumentException: A URI template value must not contain CR, LF or NUL characters
"\u0000" get: InvalidArgumentException: A URI template value must not contain CR, LF or NUL characters
"\u0000" getAsync: InvalidArgumentException: A URI template value must not contain CR, LF or NUL characters
"x\ny" get: InvalidArgumentException: A URI template value must not contain CR, LF or NUL characters
"x\ny" getAsync: InvalidArgumentException: A URI template value must not contain CR, LF or NUL characters
"\r" get: InvalidArgumentException: A URI template value must not contain CR, LF or NUL characters
"\r" getAsync: InvalidArgumentException: A URI template value must not contain CR, LF or NUL characters
v3/echo/{+id}: A URI template value must not contain CR, LF or NUL characters
v3/echo{?id}: A URI template value must not contain CR, LF or NUL characters
v3/echo/{id*}: A URI template value must not contain CR, LF or NUL characters
{a}{b}: A URI template value must not add a "." or ".." segment to the request path
{+path}: A URI template value must not add a "." or ".." segment to the request path
bool(true)
/v3/echo/..json
/v3/echo/b

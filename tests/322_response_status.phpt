--TEST--
Response: default reason phrases, withStatus() validation, protocol version
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/response.inc';

// The reason phrase defaults to Guzzle's table when none is given (a received "" counts as
// none); withStatus() validates like Guzzle (filter_var() integer, 100..599) and picks the
// default phrase for a loosely empty one; withProtocolVersion() returns the same object for the
// same version.
function scenario(callable $make): array
{
    $out = [];
    $phrases = [];
    for ($code = 100; $code < 600; $code++) {
        $phrase = $make($code, null)->getReasonPhrase();
        if ($phrase !== '') {
            $phrases[] = "$code $phrase";
        }
    }
    $out[] = count($phrases) . ' default phrases: ' . implode(', ', $phrases);
    $out[] = 'received phrase kept: ' . $make(200, 'Okay')->getReasonPhrase() . ', empty means default: ' . $make(404, '')->getReasonPhrase()
        . ', unknown code: "' . $make(299, null)->getReasonPhrase() . '"';
    $r = $make(200, null);
    $codes = [[201], ['202'], [' 203 '], ["\t204\n"], ['+205'], [206.0], [true], ['-0'], ['0'], ['00'], ['0x1F'], ['1e2'], [204.5],
        [null], [false], [[]], [new stdClass()], ['abc'], [99], [600], ['599'], [PHP_INT_MAX], ['99999999999999999999'],
        [404, 'Custom'], [404, ''], [404, null], [404, false], [404, 0], [404, '0'], [299, ''], [299, null], [500, 12.5]];
    foreach ($codes as $args) {
        $out[] = 'withStatus(' . json_encode($args) . '): ' . wechatpay_test_call($r, 'withStatus', $args);
    }
    $out[] = 'original unchanged: ' . $r->getStatusCode() . ' ' . $r->getReasonPhrase();
    $out[] = 'protocol: ' . $r->getProtocolVersion() . ', same version gives the same object: ' . var_export($r->withProtocolVersion('1.1') === $r, true)
        . ', other: ' . $r->withProtocolVersion('2')->getProtocolVersion() . ' (original ' . $r->getProtocolVersion() . ')';
    return $out;
}

$native = scenario(fn($status, $reason) => wechatpay_test_response($status, [], '', $reason));
echo implode("\n", $native), "\n";
echo 'HTTP/2 as received: ', wechatpay_test_response(200, [], '', null, '2')->getProtocolVersion(), "\n";
if (wechatpay_test_load_guzzle_psr7()) {
    $guzzle = scenario(fn($status, $reason) => new GuzzleHttp\Psr7\Response($status, [], null, '1.1', $reason));
    if ($guzzle !== $native) {
        echo "MISMATCH with Guzzle:\n", implode("\n", $guzzle), "\n";
    }
}
?>
--EXPECT--
60 default phrases: 100 Continue, 101 Switching Protocols, 102 Processing, 200 OK, 201 Created, 202 Accepted, 203 Non-Authoritative Information, 204 No Content, 205 Reset Content, 206 Partial Content, 207 Multi-status, 208 Already Reported, 300 Multiple Choices, 301 Moved Permanently, 302 Found, 303 See Other, 304 Not Modified, 305 Use Proxy, 306 Switch Proxy, 307 Temporary Redirect, 308 Permanent Redirect, 400 Bad Request, 401 Unauthorized, 402 Payment Required, 403 Forbidden, 404 Not Found, 405 Method Not Allowed, 406 Not Acceptable, 407 Proxy Authentication Required, 408 Request Time-out, 409 Conflict, 410 Gone, 411 Length Required, 412 Precondition Failed, 413 Request Entity Too Large, 414 Request-URI Too Large, 415 Unsupported Media Type, 416 Requested range not satisfiable, 417 Expectation Failed, 418 I'm a teapot, 422 Unprocessable Entity, 423 Locked, 424 Failed Dependency, 425 Unordered Collection, 426 Upgrade Required, 428 Precondition Required, 429 Too Many Requests, 431 Request Header Fields Too Large, 451 Unavailable For Legal Reasons, 500 Internal Server Error, 501 Not Implemented, 502 Bad Gateway, 503 Service Unavailable, 504 Gateway Time-out, 505 HTTP Version not supported, 506 Variant Also Negotiates, 507 Insufficient Storage, 508 Loop Detected, 510 Not Extended, 511 Network Authentication Required
received phrase kept: Okay, empty means default: Not Found, unknown code: ""
withStatus([201]): response 201 "Created" 1.1 []
withStatus(["202"]): response 202 "Accepted" 1.1 []
withStatus([" 203 "]): response 203 "Non-Authoritative Information" 1.1 []
withStatus(["\t204\n"]): response 204 "No Content" 1.1 []
withStatus(["+205"]): response 205 "Reset Content" 1.1 []
withStatus([206]): response 206 "Partial Content" 1.1 []
withStatus([true]): InvalidArgumentException: Status code must be an integer value between 1xx and 5xx.
withStatus(["-0"]): InvalidArgumentException: Status code must be an integer value between 1xx and 5xx.
withStatus(["0"]): InvalidArgumentException: Status code must be an integer value between 1xx and 5xx.
withStatus(["00"]): InvalidArgumentException: Status code must be an integer value.
withStatus(["0x1F"]): InvalidArgumentException: Status code must be an integer value.
withStatus(["1e2"]): InvalidArgumentException: Status code must be an integer value.
withStatus([204.5]): InvalidArgumentException: Status code must be an integer value.
withStatus([null]): InvalidArgumentException: Status code must be an integer value.
withStatus([false]): InvalidArgumentException: Status code must be an integer value.
withStatus([[]]): InvalidArgumentException: Status code must be an integer value.
withStatus([{}]): InvalidArgumentException: Status code must be an integer value.
withStatus(["abc"]): InvalidArgumentException: Status code must be an integer value.
withStatus([99]): InvalidArgumentException: Status code must be an integer value between 1xx and 5xx.
withStatus([600]): InvalidArgumentException: Status code must be an integer value between 1xx and 5xx.
withStatus(["599"]): response 599 "" 1.1 []
withStatus([9223372036854775807]): InvalidArgumentException: Status code must be an integer value between 1xx and 5xx.
withStatus(["99999999999999999999"]): InvalidArgumentException: Status code must be an integer value.
withStatus([404,"Custom"]): response 404 "Custom" 1.1 []
withStatus([404,""]): response 404 "Not Found" 1.1 []
withStatus([404,null]): response 404 "Not Found" 1.1 []
withStatus([404,false]): response 404 "Not Found" 1.1 []
withStatus([404,0]): response 404 "0" 1.1 []
withStatus([404,"0"]): response 404 "0" 1.1 []
withStatus([299,""]): response 299 "" 1.1 []
withStatus([299,null]): response 299 "" 1.1 []
withStatus([500,12.5]): response 500 "12.5" 1.1 []
original unchanged: 200 OK
protocol: 1.1, same version gives the same object: true, other: 2 (original 1.1)
HTTP/2 as received: 2

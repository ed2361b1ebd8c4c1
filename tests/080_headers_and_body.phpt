--TEST--
Headers and body: defaults, caller wins, Authorization always ours, json byte-identical to json_encode, query option, bad input rejected before sending
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);

$h = wechatpay_echo($i->v3->echo->get())['headers'];
echo 'Accept: ', $h['accept'], "\nContent-Type: ", $h['content-type'], "\n";
$agent = sprintf('wechatpay-php/1.4.12 ext-wechatpay/%s curl/%s (%s/%s) PHP/%s', phpversion('wechatpay'), curl_version()['version'], PHP_OS, php_uname('r'), PHP_VERSION);
var_dump($h['user-agent'] === $agent, isset($h['accept-encoding']), isset($h['expect']));

$e = wechatpay_echo($i->v3->echo->post(['json' => ['url' => 'https://weixin.qq.com/', 'name' => '图片', 'list' => [], 'obj' => new stdClass, 'f' => 1.5]]));
echo $e['body'], ' ', $e['headers']['content-type'], ' ', $e['headers']['content-length'], "\n";
var_dump($e['body'] === json_encode(['url' => 'https://weixin.qq.com/', 'name' => '图片', 'list' => [], 'obj' => new stdClass, 'f' => 1.5]));

// the caller's headers win case-insensitively; a forged Authorization is replaced by the real one
$e = wechatpay_echo($i->v3->echo->post(['body' => 'raw=1', 'headers' => ['content-type' => 'text/plain', 'Authorization' => 'forged', 'Wechatpay-Serial' => 'PUB_KEY_ID_1', 'X-Multi' => ['a', 'b']]]));
echo $e['body'], ' | ', $e['headers']['content-type'], ' | ', $e['headers']['wechatpay-serial'], ' | ', $e['headers']['x-multi'], "\n";
var_dump(str_starts_with($e['headers']['authorization'], 'WECHATPAY2-SHA256-RSA2048 mchid="'));

// configured headers are defaults on every call; json's Content-Type beats a configured one, the caller beats both
$c = wechatpay_test_instance($gw, ['headers' => ['X-Config' => 'c', 'Accept' => 'text/plain', 'Content-Type' => 'text/xml']]);
$e = wechatpay_echo($c->v3->echo->post(['json' => ['a' => 1]]));
echo $e['headers']['x-config'], ' ', $e['headers']['accept'], ' ', $e['headers']['content-type'], "\n";
$e = wechatpay_echo($c->v3->echo->post(['headers' => ['X-Config' => 'caller']]));
echo $e['headers']['x-config'], ' ', $e['headers']['content-type'], "\n";
// headers => null drops every default
$e = wechatpay_echo($i->v3->echo->get(['headers' => null]));
var_dump(isset($e['headers']['accept']), isset($e['headers']['user-agent']), isset($e['headers']['content-type']), isset($e['headers']['authorization']));
// …and libcurl adds no Content-Type of its own to a POST body either
$e = wechatpay_echo($i->v3->echo->post(['headers' => null, 'body' => 'a=1']));
var_dump(isset($e['headers']['content-type']), $e['body']);

// query: array (RFC 3986) or string, replacing any query in the path
echo wechatpay_echo($i->chain('v3/q?old=1')->get(['query' => ['a' => 'x y+z', 'b' => [1, 2], 'c' => null, 'd' => true, 'e' => false, 'f' => '中']]))['target'], "\n";
echo wechatpay_echo($i->chain('v3/q?old=1')->get(['query' => 'k=v&w']))['target'], "\n";

// bad input never leaves the machine: a clear exception before anything is sent
foreach ([
    'CRLF in value' => ['headers' => ['X-A' => "a\r\nX-Injected: 1"]],
    'LF in value' => ['headers' => ['X-A' => "a\nb"]],
    'NUL in value' => ['headers' => ['X-A' => "a\0b"]],
    'bad name' => ['headers' => ["X-A\r\nB" => 'v']],
    'empty list' => ['headers' => ['X-A' => []]],
    'array body' => ['body' => ['a' => 1]],
    'bad utf-8 json' => ['json' => ["\xB1\x31"]],
    'NAN json' => ['json' => [NAN]],
    'headers string' => ['headers' => 'x'],
    'query object' => ['query' => new stdClass],
    'timeout not numeric' => ['timeout' => 'abc'],
    'timeout array' => ['timeout' => [1]],
] as $name => $options) {
    foreach (['get', 'getAsync'] as $verb) {
        try {
            $i->v3->echo->_id_->$verb($options);
            echo "$name $verb: SENT\n";
        } catch (\Throwable $e) {
            echo "$name $verb: ", get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
}
?>
--EXPECTF--
Accept: application/json, text/plain, application/x-gzip, application/pdf, image/png, image/*;q=0.5
Content-Type: application/json; charset=utf-8
bool(true)
bool(false)
bool(false)
{"url":"https:\/\/weixin.qq.com\/","name":"\u56fe\u7247","list":[],"obj":{},"f":1.5} application/json 84
bool(true)
raw=1 | text/plain | PUB_KEY_ID_1 | a, b
bool(true)
c text/plain application/json
caller text/xml
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
string(3) "a=1"
/v3/q?a=x%20y%2Bz&b%5B0%5D=1&b%5B1%5D=2&d=1&e=0&f=%E4%B8%AD
/v3/q?k=v&w
CRLF in value get: WeChatPay\Exception\InvalidArgumentException: A header value must not contain CR, LF, NUL or other control characters.
CRLF in value getAsync: WeChatPay\Exception\InvalidArgumentException: A header value must not contain CR, LF, NUL or other control characters.
LF in value get: WeChatPay\Exception\InvalidArgumentException: A header value must not contain CR, LF, NUL or other control characters.
LF in value getAsync: WeChatPay\Exception\InvalidArgumentException: A header value must not contain CR, LF, NUL or other control characters.
NUL in value get: WeChatPay\Exception\InvalidArgumentException: A header value must not contain CR, LF, NUL or other control characters.
NUL in value getAsync: WeChatPay\Exception\InvalidArgumentException: A header value must not contain CR, LF, NUL or other control characters.
bad name get: WeChatPay\Exception\InvalidArgumentException: "(unprintable)" is not valid header name.
bad name getAsync: WeChatPay\Exception\InvalidArgumentException: "(unprintable)" is not valid header name.
empty list get: WeChatPay\Exception\InvalidArgumentException: Header value can not be an empty array.
empty list getAsync: WeChatPay\Exception\InvalidArgumentException: Header value can not be an empty array.
array body get: WeChatPay\Exception\InvalidArgumentException: Passing in the "body" request option as an array to send a request is not supported. Please use the "form_params" request option to send a application/x-www-form-urlencoded request, or the "multipart" request option to send a multipart/form-data request.
array body getAsync: WeChatPay\Exception\InvalidArgumentException: Passing in the "body" request option as an array to send a request is not supported. Please use the "form_params" request option to send a application/x-www-form-urlencoded request, or the "multipart" request option to send a multipart/form-data request.
bad utf-8 json get: WeChatPay\Exception\InvalidArgumentException: json_encode error: Malformed UTF-8 characters, possibly incorrectly encoded
bad utf-8 json getAsync: WeChatPay\Exception\InvalidArgumentException: json_encode error: Malformed UTF-8 characters, possibly incorrectly encoded
NAN json get: WeChatPay\Exception\InvalidArgumentException: json_encode error: Inf and NaN cannot be JSON encoded
NAN json getAsync: WeChatPay\Exception\InvalidArgumentException: json_encode error: Inf and NaN cannot be JSON encoded
headers string get: WeChatPay\Exception\InvalidArgumentException: headers must be an array
headers string getAsync: WeChatPay\Exception\InvalidArgumentException: headers must be an array
query object get: InvalidArgumentException: query must be a string or array
query object getAsync: InvalidArgumentException: query must be a string or array
timeout not numeric get: WeChatPay\Exception\InvalidArgumentException: The "timeout" request option must be a number of seconds, a non-numeric string given.
timeout not numeric getAsync: WeChatPay\Exception\InvalidArgumentException: The "timeout" request option must be a number of seconds, a non-numeric string given.
timeout array get: WeChatPay\Exception\InvalidArgumentException: The "timeout" request option must be a number of seconds, array given.
timeout array getAsync: WeChatPay\Exception\InvalidArgumentException: The "timeout" request option must be a number of seconds, array given.

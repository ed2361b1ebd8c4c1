--TEST--
Hardening: json values that cannot be encoded (malformed UTF-8, NAN, INF, recursion, resources, depth > 512, a throwing jsonSerialize()) fail as Guzzle's json_encode does; 1e6-element and 10000-deep arrays in json, query and form_params do not crash
--EXTENSIONS--
wechatpay
--INI--
memory_limit=512M
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$log = tempnam(sys_get_temp_dir(), 'wechatpay-743-');
$gw = wechatpay_gateway(['WECHATPAY_GATEWAY_LOG' => $log]);
$i = wechatpay_test_instance($gw);

class Throws implements JsonSerializable
{
    public function jsonSerialize(): mixed { throw new RuntimeException('thrown by jsonSerialize()'); }
}
$recursive = ['a' => 1];
$recursive['self'] = &$recursive;
$object = new stdClass;
$object->self = $object;
$deep = [];
for ($n = 0; $n < 10000; $n++) {
    $deep = [$deep];
}
$depth512 = 1;   // json_encode's default depth 512 allows 512 nested arrays
for ($n = 0; $n < 512; $n++) {
    $depth512 = [$depth512];
}
$depth513 = [$depth512];
$bad = ['malformed UTF-8' => ["\xB1\x31"], 'NAN' => [NAN], 'INF' => ['x' => -INF], 'recursive array' => $recursive,
    'recursive object' => $object, 'resource' => [STDIN], 'depth 513' => $depth513, 'depth 10000' => $deep, 'jsonSerialize throws' => [new Throws]];
foreach ($bad as $name => $json) {
    // what Guzzle's Utils::jsonEncode() says: "json_encode error: " . json_last_error_msg()
    try {
        $expected = @json_encode($json) === false || json_last_error() ? 'json_encode error: ' . json_last_error_msg() : 'encodable?';
    } catch (RuntimeException $e) {
        $expected = $e->getMessage();
    }
    foreach (['post', 'postAsync'] as $verb) {
        try {
            $i->v3->echo->$verb(['json' => $json]);
            echo "$name $verb: SENT\n";
        } catch (RuntimeException $e) {
            echo "$name $verb: ", get_class($e), ': ', $e->getMessage(), $e->getPrevious() ? ' (with a previous)' : '', "\n";
        } catch (\Throwable $e) {
            echo "$name $verb: ", get_class($e), ': ', $e->getMessage(), $e->getMessage() === $expected ? ' (as json_encode)' : " (json_encode says: $expected)", "\n";
        }
    }
}
var_dump(file_get_contents($log));

// depth 512 itself is fine, byte-identical to json_encode()
$echo = wechatpay_echo($i->v3->echo->post(['json' => $depth512]));
var_dump($echo['body'] === json_encode($depth512));
// a million elements: sent whole, byte-identical
// a million elements (6.9 MB of JSON): sent whole. The seed endpoint checks the signature over every byte
// it received (401 SIGN_ERROR otherwise), then rejects the shape with a short 400 PARAM_ERROR
$huge = range(1, 1000000);
$reply = $i->chain('v3/platsolution/ecommerce/insurance-compensation-contracts')->post(['json' => $huge, 'http_errors' => false]);
echo $reply->getStatusCode(), ' ', json_decode((string) $reply->getBody())->code, "\n";
unset($huge, $reply);
// 10000-deep query and form_params: a clear exception, no crash
foreach (['query', 'form_params'] as $option) {
    try {
        $i->v3->echo->post([$option => ['a' => $deep]]);
        echo "$option: SENT\n";
    } catch (\Throwable $e) {
        echo "$option: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
// 2000 query parameters: sent
$query = array_fill_keys(array_map(fn($n) => "k$n", range(1, 2000)), "v");
$echo = wechatpay_echo($i->v3->echo->get(['query' => $query]));
var_dump($echo['query'] === http_build_query($query, '', '&', PHP_QUERY_RFC3986));
// the test's own cycles: PHP collects none at shutdown (valgrind would see them as leaks)
unset($recursive['self'], $bad);
$object->self = null;
unlink($log);
?>
--EXPECTF--
malformed UTF-8 post: WeChatPay\Exception\InvalidArgumentException: json_encode error: Malformed UTF-8 characters, possibly incorrectly encoded (as json_encode)
malformed UTF-8 postAsync: WeChatPay\Exception\InvalidArgumentException: json_encode error: Malformed UTF-8 characters, possibly incorrectly encoded (as json_encode)
NAN post: WeChatPay\Exception\InvalidArgumentException: json_encode error: Inf and NaN cannot be JSON encoded (as json_encode)
NAN postAsync: WeChatPay\Exception\InvalidArgumentException: json_encode error: Inf and NaN cannot be JSON encoded (as json_encode)
INF post: WeChatPay\Exception\InvalidArgumentException: json_encode error: Inf and NaN cannot be JSON encoded (as json_encode)
INF postAsync: WeChatPay\Exception\InvalidArgumentException: json_encode error: Inf and NaN cannot be JSON encoded (as json_encode)
recursive array post: WeChatPay\Exception\InvalidArgumentException: json_encode error: Recursion detected (as json_encode)
recursive array postAsync: WeChatPay\Exception\InvalidArgumentException: json_encode error: Recursion detected (as json_encode)
recursive object post: WeChatPay\Exception\InvalidArgumentException: json_encode error: Recursion detected (as json_encode)
recursive object postAsync: WeChatPay\Exception\InvalidArgumentException: json_encode error: Recursion detected (as json_encode)
resource post: WeChatPay\Exception\InvalidArgumentException: json_encode error: Type is not supported (as json_encode)
resource postAsync: WeChatPay\Exception\InvalidArgumentException: json_encode error: Type is not supported (as json_encode)
depth 513 post: WeChatPay\Exception\InvalidArgumentException: json_encode error: Maximum stack depth exceeded (as json_encode)
depth 513 postAsync: WeChatPay\Exception\InvalidArgumentException: json_encode error: Maximum stack depth exceeded (as json_encode)
depth 10000 post: WeChatPay\Exception\InvalidArgumentException: json_encode error: Maximum stack depth exceeded (as json_encode)
depth 10000 postAsync: WeChatPay\Exception\InvalidArgumentException: json_encode error: Maximum stack depth exceeded (as json_encode)
jsonSerialize throws post: RuntimeException: thrown by jsonSerialize()
jsonSerialize throws postAsync: RuntimeException: thrown by jsonSerialize()
string(0) ""
bool(true)
400 PARAM_ERROR
query: InvalidArgumentException: Query data is nested more than 512 levels deep
form_params: InvalidArgumentException: Query data is nested more than 512 levels deep
bool(true)

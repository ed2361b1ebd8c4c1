--TEST--
APIv2 GET: the query (array or string, after Guzzle's parse: '+' is a space, repeated keys, bare keys) is signed and sent back as Guzzle's Query::build() with `sign` last; `xml` wins over the query; no body; HMAC-SHA256 by sign_type; sync and async
--EXTENSIONS--
wechatpay
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/inc/v2.inc';
$gw = wechatpay_gateway();
$instance = v2_instance($gw);

echo "-- the spec's h5entrustweb call (an unsigned-reply path: the echo comes back as it is)\n";
$query = ['appid' => 'wx8888888888888888', 'mch_id' => '1230000109', 'plan_id' => '12535', 'contract_display_account' => '微信代扣',
    'notify_url' => 'https://weixin.qq.com', 'sign_type' => 'HMAC-SHA256', 'timestamp' => 1414488825];
$echo = v2_echo($instance->v2->papay->h5entrustweb->get(['nonceless' => true, 'query' => $query]));
$sign = strtoupper(hash_hmac('sha256', 'appid=wx8888888888888888&contract_display_account=微信代扣&mch_id=1230000109&notify_url=https://weixin.qq.com'
    . '&plan_id=12535&sign_type=HMAC-SHA256&timestamp=1414488825&key=' . V2_TEST_SECRET, V2_TEST_SECRET));
var_dump($echo['target'] === '/papay/h5entrustweb?appid=wx8888888888888888&mch_id=1230000109&plan_id=12535'
    . '&contract_display_account=%E5%BE%AE%E4%BF%A1%E4%BB%A3%E6%89%A3&notify_url=https%3A%2F%2Fweixin.qq.com&sign_type=HMAC-SHA256'
    . "&timestamp=1414488825&sign=$sign");
echo $echo['method'], ' body=[', $echo['request_body'], '] ', $echo['content_type'], "\n";

echo "-- a nonce_str is added to the query, MD5\n";
$echo = v2_echo($instance->v2->pay->orderquery->getAsync(['query' => ['mch_id' => '1230000109', 'out_trade_no' => 'T 1']])->wait());
echo preg_replace('/nonce_str=[0-9A-Za-z]{32}/', 'nonce_str=NONCE', preg_replace('/sign=[0-9A-F]{32}$/', 'sign=MD5HEX', $echo['target'])), ' ', v2_request_signed($echo), "\n";

echo "-- a query string: '+' read as a space and sent as %20, %2B kept, repeated and bare keys\n";
$echo = v2_echo($instance->v2->pay->orderquery->get(['nonceless' => 1, 'query' => 'mch_id=1230000109&a=x+y&b=%2B&c&d=1&d=2',
    'headers' => ['X-Gateway-V2' => 'nosigncheck']]));
$sign = strtoupper(md5('a=x y&b=+&d=Array&mch_id=1230000109&key=' . V2_TEST_SECRET));
var_dump($echo['target'] === "/pay/orderquery?mch_id=1230000109&a=x%20y&b=%2B&c&d=1&d=2&sign=$sign");

echo "-- `xml` wins over the query on GET; booleans as 1/0, null as a bare key\n";
$echo = v2_echo($instance->v2->pay->orderquery->get(['nonceless' => 1, 'query' => ['ignored' => 'yes'],
    'xml' => ['mch_id' => '1230000109', 'x' => true, 'y' => false, 'n' => null], 'headers' => ['X-Gateway-V2' => 'nosigncheck']]));
$sign = strtoupper(md5('mch_id=1230000109&x=1&y=&key=' . V2_TEST_SECRET));
var_dump($echo['target'] === "/pay/orderquery?mch_id=1230000109&x=1&y=0&n&sign=$sign");

echo "-- a POST ignores the query for signing and keeps it\n";
$echo = v2_echo($instance->v2->pay->orderquery->post(['query' => ['keep' => 'me'], 'xml' => ['mch_id' => '1230000109'], 'nonceless' => 1]));
echo $echo['target'], ' ', $echo['request_body'] === '<xml><mch_id>1230000109</mch_id><sign>' . v2_sign(['mch_id' => '1230000109']) . '</sign></xml>' ? 'body ok' : 'body BAD', "\n";

echo "-- a redirect is signed again for its hop: a new query, then a POST's body (307)\n";
$echo = v2_echo($instance->v2->pay->orderquery->get(['query' => ['mch_id' => '1230000109'], 'headers' => ['X-Gateway-V2' => 'redirect']]));
echo preg_replace(['/nonce_str=[0-9A-Za-z]{32}/', '/sign=[0-9A-F]{32}/'], ['nonce_str=NONCE', 'sign=MD5HEX'], $echo['target']), ' ', v2_request_signed($echo), "\n";
$echo = v2_echo($instance->v2->pay->orderquery->postAsync(['xml' => ['mch_id' => '1230000109'], 'headers' => ['X-Gateway-V2' => 'redirect']])->wait());
echo $echo['target'], ' ', array_key_exists('nonce_str', $echo['request_fields']) ? 'nonce_str' : '-', ' ', v2_request_signed($echo), "\n";
?>
--EXPECTF--
-- the spec's h5entrustweb call (an unsigned-reply path: the echo comes back as it is)
bool(true)
GET body=[] text/xml; charset=utf-8
-- a nonce_str is added to the query, MD5
/pay/orderquery?mch_id=1230000109&out_trade_no=T%201&nonce_str=NONCE&sign=MD5HEX signed MD5 ok
-- a query string: '+' read as a space and sent as %20, %2B kept, repeated and bare keys

Warning: Array to string conversion in %s on line %d
bool(true)
-- `xml` wins over the query on GET; booleans as 1/0, null as a bare key
bool(true)
-- a POST ignores the query for signing and keeps it
/pay/orderquery?keep=me body ok
-- a redirect is signed again for its hop: a new query, then a POST's body (307)
/pay/orderquery?mch_id=1230000109&nonce_str=NONCE&sign=MD5HEX&gateway_redirect=1 signed MD5 ok
/pay/orderquery?gateway_redirect=1 nonce_str signed MD5 ok

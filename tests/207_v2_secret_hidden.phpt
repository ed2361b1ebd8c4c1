--TEST--
The APIv2 secret never shows: var_dump/print_r/var_export/debug_zval of the client, its nodes, the v2 Guzzle client and the transform middlewares, exception messages and traces (#[\SensitiveParameter]), libcurl's debug trace
--EXTENSIONS--
wechatpay
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/inc/guzzle.inc';
require __DIR__ . '/inc/v2.inc';
use WeChatPay\ClientDecorator;

$gw = wechatpay_gateway();
$instance = v2_instance($gw);
$leaks = static function (string $what, string $text): void {
    echo $what, ': ', str_contains($text, V2_TEST_SECRET) ? 'LEAKS THE SECRET' : 'clean', "\n";
};
$dump = static function ($value): string {
    ob_start();
    var_dump($value);
    print_r($value);
    echo @var_export($value, true);
    return ob_get_clean();
};
$leaks('control (an array holding it)', $dump(['secret' => V2_TEST_SECRET]));
$leaks('instance', $dump($instance));
$leaks('node', $dump($instance->v2->pay->micropay));
$leaks('driver', $dump($instance->getDriver()));
$leaks('transformRequest()', $dump(ClientDecorator::transformRequest(V2_TEST_MCHID, V2_TEST_SECRET, ['cert' => 'c'])));
$leaks('transformResponse()', $dump(ClientDecorator::transformResponse(V2_TEST_SECRET)));
$leaks('select(v2) client', $dump($instance->getDriver()->select('v2')));
$leaks('xmlBased() client', $dump(ClientDecorator::xmlBased(['mchid' => '1', 'secret' => V2_TEST_SECRET])));

echo "-- exceptions\n";
$traces = '';
foreach ([
    static fn() => $instance->v2->pay->micropay->post(['xml' => ['mch_id' => '1']]),
    static fn() => $instance->v2->pay->micropay->postAsync(['xml' => ['mch_id' => '1']])->wait(),
    static fn() => ClientDecorator::transformRequest(V2_TEST_MCHID, V2_TEST_SECRET, ['cert' => 'c'])(1),
    static fn() => ClientDecorator::transformResponse(V2_TEST_SECRET)(null),
    static fn() => ClientDecorator::xmlBased(['mchid' => 1, 'secret' => V2_TEST_SECRET]),
    static fn() => \WeChatPay\Builder::factory(['mchid' => 1, 'secret' => V2_TEST_SECRET]),
    static fn() => \WeChatPay\Builder::factory(['mchid' => '1', 'secret' => V2_TEST_SECRET]),
    static fn() => v2_instance($gw, ['secret' => V2_TEST_SECRET])->v2->pay->micropay->post(['xml' => ['mch_id' => V2_TEST_MCHID], 'headers' => ['X-Gateway-V2' => 'bad-sign']]),
] as $i => $call) {
    try {
        $call();
        echo "$i: no exception\n";
    } catch (Throwable $e) {
        echo "$i: ", get_class($e), "\n";
        for ($x = $e; $x; $x = $x->getPrevious()) {
            $traces .= $x->getMessage() . $x->getTraceAsString() . print_r($x->getTrace(), true);
        }
        if ($e instanceof GuzzleHttp\Promise\RejectionException) {
            $traces .= $dump($e->getReason());
        }
    }
}
$leaks('messages and traces', $traces);
foreach (['transformRequest' => 1, 'transformResponse' => 0, 'xmlBased' => 0, '__construct' => 0] as $method => $index) {
    $parameter = (new ReflectionMethod(ClientDecorator::class, $method))->getParameters()[$index];
    echo "$method(\${$parameter->getName()}): ", implode(',', array_map(static fn($a) => $a->getName(), $parameter->getAttributes())), "\n";
}

echo "-- libcurl's debug trace\n";
$trace = fopen('php://memory', 'w+');
$instance->v2->pay->micropay->post(['xml' => ['mch_id' => V2_TEST_MCHID], 'debug' => $trace]);
rewind($trace);
$text = stream_get_contents($trace);
echo str_contains($text, 'POST /pay/micropay') ? 'traced' : 'no trace', "\n";
$leaks('debug', $text);
?>
--EXPECT--
control (an array holding it): LEAKS THE SECRET
instance: clean
node: clean
driver: clean
transformRequest(): clean
transformResponse(): clean
select(v2) client: clean
xmlBased() client: clean
-- exceptions
0: WeChatPay\Exception\InvalidArgumentException
1: WeChatPay\Exception\InvalidArgumentException
2: TypeError
3: TypeError
4: TypeError
5: TypeError
6: WeChatPay\Exception\InvalidArgumentException
7: GuzzleHttp\Promise\RejectionException
messages and traces: clean
transformRequest($secret): SensitiveParameter
transformResponse($secret): SensitiveParameter
xmlBased($config): SensitiveParameter
__construct($config): SensitiveParameter
-- libcurl's debug trace
traced
debug: clean

--TEST--
Fuzz regression (tests/fuzz/segment/regressions/): "_name_" becomes "{name}" exactly where the SDK's PCRE rule "^_(.*)_$" matches: no newline inside, one newline after the closing "_" allowed and kept
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$i = wechatpay_test_instance(wechatpay_gateway());
// expected segments: the reference SDK 1.4.12 run separately (php -n with its autoloader) on the same names
$cases = [
    "_a\nb_" => "_a\nb_",
    "_ab_\n" => "{ab}\n",
    "_a_\n\n" => "_a_\n\n",
    "__\n" => "{}\n",
    "_\n" => "_\n",
    "_a_b_\n" => "{a_b}\n",
    "_A_\n" => "{-a}\n",
    "\n_a_" => "\n_a_",
    "_a_\r\n" => "_a_\r\n",
    "Ab\nC" => "ab\n-c",
    "_ab_" => "{ab}",
];
foreach ($cases as $name => $expected) {
    $segments = iterator_to_array($i->v3->{$name});
    $chained = iterator_to_array($i->chain("v3")->chain($name));
    echo json_encode($name), ': ', $segments === ['v3', $expected] && $chained === $segments ? 'ok' : 'got ' . json_encode($segments), "\n";
}
?>
--EXPECT--
"_a\nb_": ok
"_ab_\n": ok
"_a_\n\n": ok
"__\n": ok
"_\n": ok
"_a_b_\n": ok
"_A_\n": ok
"\n_a_": ok
"_a_\r\n": ok
"Ab\nC": ok
"_ab_": ok

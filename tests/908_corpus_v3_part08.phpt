--TEST--
Endpoint corpus, v3 part 8 of 10 (with Guzzle autoloadable): each row chained, chain() and ArrayAccess reaches the same method and the independently expanded target, signed
--EXTENSIONS--
wechatpay
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/autoload.php';
require __DIR__ . '/inc/corpus.inc';
wechatpay_corpus_run_v3(wechatpay_corpus_part('v3', 8, WECHATPAY_CORPUS_V3_PARTS));
?>
--EXPECT--
v3 rows 506-565: 60 rows x 3 forms, 180 passed, 0 failed
calls whose three forms reached the same method and target: 60 of 60
results: WeChatPay\Http\Promise -> GuzzleHttp\Psr7\Response

--TEST--
Endpoint corpus, v3 part 4 of 10 (with Guzzle autoloadable): each row chained, chain() and ArrayAccess reaches the same method and the independently expanded target, signed
--EXTENSIONS--
wechatpay
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/autoload.php';
require __DIR__ . '/inc/corpus.inc';
wechatpay_corpus_run_v3(wechatpay_corpus_part('v3', 4, WECHATPAY_CORPUS_V3_PARTS));
?>
--EXPECT--
v3 rows 263-323: 61 rows x 3 forms, 183 passed, 0 failed
documented call leaving a placeholder out: row 263 GET /v3/global/papay/transactions/out-trade-no/ (no out_trade_no), 3 forms passed
calls whose three forms reached the same method and target: 62 of 62
results: WeChatPay\Http\Promise -> GuzzleHttp\Psr7\Response; 3 calls received the body through a sink file

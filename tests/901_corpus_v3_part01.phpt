--TEST--
Endpoint corpus, v3 part 1 of 10 (without Guzzle): each row chained, chain() and ArrayAccess reaches the same method and the independently expanded target, signed
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/corpus.inc';
wechatpay_corpus_run_v3(wechatpay_corpus_part('v3', 1, WECHATPAY_CORPUS_V3_PARTS));
?>
--EXPECT--
v3 rows 80-140: 61 rows x 3 forms, 183 passed, 0 failed
documented call leaving a placeholder out: row 98 POST /v3/applyment4sub/applyment/ (no empty), 3 forms passed
calls whose three forms reached the same method and target: 62 of 62
results: WeChatPay\Http\Promise -> WeChatPay\Http\Response; 3 calls received the body through a sink file

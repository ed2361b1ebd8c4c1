--TEST--
Endpoint corpus, v3 part 3 of 14 (without Guzzle): each row chained, chain() and ArrayAccess reaches the same method and the independently expanded target, signed
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/corpus.inc';
wechatpay_corpus_run_v3(wechatpay_corpus_part('v3', 3, WECHATPAY_CORPUS_V3_PARTS));
?>
--EXPECT--
v3 rows 168-211: 44 rows x 3 forms, 132 passed, 0 failed
documented call leaving a placeholder out: row 169 POST /v3/ecommerce/applyments/ (no empty), 3 forms passed
calls whose three forms reached the same method and target: 45 of 45
results: WeChatPay\Http\Promise -> WeChatPay\Http\Response

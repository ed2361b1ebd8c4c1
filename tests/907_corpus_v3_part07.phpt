--TEST--
Endpoint corpus, v3 part 7 of 10 (without Guzzle): each row chained, chain() and ArrayAccess reaches the same method and the independently expanded target, signed
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/corpus.inc';
wechatpay_corpus_run_v3(wechatpay_corpus_part('v3', 7, WECHATPAY_CORPUS_V3_PARTS));
?>
--EXPECT--
v3 rows 446-505: 60 rows x 3 forms, 180 passed, 0 failed
documented call leaving a placeholder out: row 452 GET /v3/merchant/fund/withdraw/bill-type/ (no bill_type), 3 forms passed
calls whose three forms reached the same method and target: 61 of 61
results: WeChatPay\Http\Promise -> WeChatPay\Http\Response

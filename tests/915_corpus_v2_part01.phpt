--TEST--
Endpoint corpus, v2 part 1 of 2 (without Guzzle): each row chained, chain() and ArrayAccess goes out as signed XML (or a signed GET query) to the expanded path, with its documented nonceless, security, base_uri and headers
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/corpus_v2.inc';
wechatpay_corpus_run_v2(wechatpay_corpus_part('v2', 1, WECHATPAY_CORPUS_V2_PARTS));
?>
--EXPECT--
v2 rows 1-40: 40 rows x 3 forms, 120 passed, 0 failed
passed calls by documented option and by sign type: {"HMAC-SHA256":60,"MD5":60,"base_uri":3,"nonceless":15,"query":6,"security":66,"sink":6,"xml":114}
rows whose three forms reached the same method and path: 40 of 40
results: WeChatPay\Http\Promise -> WeChatPay\Http\Response; 6 calls received the reply through a sink file

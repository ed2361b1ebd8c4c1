--TEST--
Endpoint corpus, v2 part 2 of 2 (with Guzzle autoloadable): each row chained, chain() and ArrayAccess goes out as signed XML (or a signed GET query) to the expanded path, with its documented nonceless, security, base_uri and headers
--EXTENSIONS--
wechatpay
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/autoload.php';
require __DIR__ . '/inc/corpus_v2.inc';
wechatpay_corpus_run_v2(wechatpay_corpus_part('v2', 2, WECHATPAY_CORPUS_V2_PARTS));
?>
--EXPECT--
v2 rows 41-79: 39 rows x 3 forms, 117 passed, 0 failed
passed calls by documented option and by sign type: {"HMAC-SHA256":57,"MD5":60,"addinstitutionsub":3,"base_uri":3,"body":3,"handler":3,"headers":6,"nonceless":15,"security":51,"timeout":3,"xml":114}
rows whose three forms reached the same method and path: 39 of 39
results: WeChatPay\Http\Promise -> GuzzleHttp\Psr7\Response

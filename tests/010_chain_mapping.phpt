--TEST--
Chain mapping: the rows of the SDK's input/output table reach the expected request target (spec §4.4)
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);

// [row, node, options, expected request target] — targets as observed from the SDK (§4.4)
$rows = [
    [1, $i->v3->pay->transactions->native, [], '/v3/pay/transactions/native'],
    [2, $i->V3->Pay, [], '/v3/pay'],
    [3, $i->v3->merchantService->ComplaintNotifications, [], '/v3/merchant-service/complaint-notifications'],
    [4, $i->v3->merchantService->complaintsV2, [], '/v3/merchant-service/complaints-v2'],
    [5, $i->chain('v3/merchantService/complaintsV2'), [], '/v3/merchant-service/complaints-v2'],
    [6, $i->chain('V3/Pay/Transactions'), [], '/v3/-pay/-transactions'],
    [7, $i->v3->pay->transactions->id->_transaction_id_, ['transaction_id' => '1217752501201407033233368018', 'query' => ['mchid' => '1230000109']], '/v3/pay/transactions/id/1217752501201407033233368018?mchid=1230000109'],
    [8, $i->v3->pay->transactions->outTradeNo->_out_trade_no_->close, ['out_trade_no' => 'N123'], '/v3/pay/transactions/out-trade-no/N123/close'],
    [9, $i->v3->_outTradeNo_, ['out-trade-no' => 'x1'], '/v3/x1'],
    [10, $i->v3->{'merchant-service'}, [], '/v3/merchant-service'],
    [11, $i->v3->{'{transaction_id}'}, ['transaction_id' => 'T1'], '/v3/T1'],
    [12, $i->chain('_abc_'), ['abc' => 'v3'], '/v3'],
    [13, $i->chain('v3/_abc_'), [], '/v3/_abc_'],
    [14, $i->v3->HTTPServer, [], '/v3/h-t-t-p-server'],
    [15, $i->v3->getHTTPResponseCode, [], '/v3/get-h-t-t-p-response-code'],
    [16, $i->v3->sub1Merchant, [], '/v3/sub1-merchant'],
    [17, $i->v3->applyment4sub->applyment, [], '/v3/applyment4sub/applyment'],
    ['18a', $i->v3->_, [], '/v3/_'],
    ['18b', $i->v3->__, [], '/v3/%7B%7D'],
    ['18c', $i->v3->___, ['_' => 'u'], '/v3/u'],
    ['19a', $i->v3->_a, [], '/v3/_a'],
    ['19b', $i->v3->a_, [], '/v3/a_'],
    ['20a', $i->v3->_A_, ['-a' => 'p'], '/v3/p'],
    ['20c', $i->v3->__abc__, ['_abc_' => 'q'], '/v3/q'],
    [21, $i->v3->merchant->media->video_upload, [], '/v3/merchant/media/video_upload'],
    [22, $i->v3->marketing->favor->media->imageUpload, [], '/v3/marketing/favor/media/image-upload'],
    [26, $i->v3->marketing->busifavor->users['{openid}/coupons/{coupon_code}']->appids['{appid}'], ['openid' => 'o1', 'coupon_code' => 'c2', 'appid' => 'a3'], '/v3/marketing/busifavor/users/o1/coupons/c2/appids/a3'],
    [27, $i->chain('{+myurl}'), ['myurl' => 'v3/marketing/favor/users/Ab%2Fc/coupons?x=1'], '/v3/marketing/favor/users/Ab%252Fc/coupons?x=1'],
    [28, $i->v3->marketing->favor->users->_openid_->coupons, ['openid' => 'Ab/c d+e%2F中'], '/v3/marketing/favor/users/Ab%2Fc%20d%2Be%252F%E4%B8%AD/coupons'],
    [29, $i->chain(''), [], '/'],
    ['30a', $i->chain('/v3/pay'), [], '/v3/pay'],
    ['30b', $i->chain('v3/applyment4sub/applyment/'), [], '/v3/applyment4sub/applyment/'],
    [31, $i->v3->AbcDef->XYZ, [], '/v3/abc-def/x-y-z'],
    [32, $i->v3->{'Foo Bar'}, [], '/v3/foo%20-bar'],
    [33, $i->hk->v3->statements, [], '/hk/v3/statements'],
    [34, $i->v3->{'ÄbcÉ'}, [], '/v3/%C3%84bc%C3%89'],
    [35, $i->chain('v3/bill/tradebill{?bill_date,bill_type}'), ['bill_date' => '2021-01-01', 'bill_type' => 'ALL'], '/v3/bill/tradebill?bill_date=2021-01-01&bill_type=ALL'],
    [36, $i->chain('v3/{a}/{b}/{c}/{d}'), ['a' => 12, 'b' => true, 'c' => null, 'd' => false], '/v3/12/1//'],
    [37, $i->chain('v3/{a}'), ['a' => ['x', 'y']], '/v3/x,y'],
    [38, $i->chain('v3/a{/b}'), ['b' => 'x y'], '/v3/a/x%20y'],
    [39, $i->chain('v3/{a:3}'), ['a' => 'abcdef'], '/v3/abc'],
    [40, $i->chain('v3/x{?m*}'), ['m' => ['p' => '1', 'q' => '2']], '/v3/x?p=1&q=2'],
    [41, $i->v3->_a_->b, ['a' => ''], '/v3//b'],
    ['42a', $i->chain('v2'), [], '/v2'],
    ['42b', $i->chain('v2x/pay'), [], '/v2x/pay'],
    ['dot', $i->chain('v3/a/../b/./c'), [], '/v3/b/c'],
    ['query', $i->chain('v3/certificates?foo=bar'), ['query' => ['a' => 1]], '/v3/certificates?a=1'],
    ['json-var', $i->chain('v3/{json}'), ['json' => ['k' => 'v']], '/v3/k,v'],
];
$bad = 0;
foreach ($rows as [$row, $node, $options, $expected]) {
    $echo = wechatpay_echo($node->get($options));
    if ($echo['target'] !== $expected || $echo['method'] !== 'GET') {
        $bad++;
        echo "row $row: got {$echo['method']} {$echo['target']}, expected GET $expected\n";
    }
}
echo count($rows), " rows, $bad mismatches\n";

// caching and identity (§4.1)
var_dump($i->v3 === $i['v3'], $i['v3'] === $i->chain('v3'), $i->v3->pay !== $i->chain('v3/pay'));
// the path is never split, and every segment is normalised as a whole
var_dump(iterator_to_array($i->v3->combineTransactions->{'{combine_out_trade_no}'}) === ['v3', 'combine-transactions', '{combine_out_trade_no}']);
$j = wechatpay_test_instance($gw);
$j->v3->pay;
var_dump([count($j), count($j->v3), count($j->v3->pay)], $j->v3 instanceof \WeChatPay\BuilderChainable, $j instanceof ArrayAccess);
?>
--EXPECT--
48 rows, 0 mismatches
bool(true)
bool(true)
bool(true)
bool(true)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(2)
}
bool(true)
bool(true)

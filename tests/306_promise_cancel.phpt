--TEST--
Promise: cancel() and its propagation to parents and followed thenables
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/promise.inc';

/** A foreign promise with then() and cancel(). */
class CancellableThenable
{
    public array $log = [];
    private array $callbacks = [];
    public function __construct(private ?Throwable $throwOnCancel = null) {}
    public function then($onFulfilled = null, $onRejected = null) { $this->callbacks[] = [$onFulfilled, $onRejected]; return $this; }
    public function cancel() { $this->log[] = 'foreign cancel() called'; if ($this->throwOnCancel) { throw $this->throwOnCancel; } }
}

// cancel() rejects a pending promise with a CancellationException ("Promise has been
// cancelled"); a then() child cancels its parent first (and so the parent's other children get
// the cancellation too); settled promises ignore it; a cancel function that throws rejects with
// that throwable.
wechatpay_test_compare(function (array $make, array &$log) {
    $root = $make['promise']('root value');
    $child = $root->then(fn($v) => "child $v", fn($e) => 'child saw ' . wechatpay_test_describe($e));
    $sibling = $root->then(fn($v) => "sibling $v", fn($e) => 'sibling saw ' . wechatpay_test_describe($e));
    $grandchild = $child->then(fn($v) => "grandchild $v");
    $grandchild->cancel();
    $log[] = "after cancel: root {$root->getState()}, child {$child->getState()}, sibling {$sibling->getState()}, grandchild {$grandchild->getState()}";
    $log[] = 'grandchild: ' . wechatpay_test_wait($grandchild);
    $log[] = 'child: ' . wechatpay_test_wait($child);
    $log[] = 'sibling: ' . wechatpay_test_wait($sibling);
    $log[] = 'root: ' . wechatpay_test_wait($root);
    $grandchild->cancel();
    $log[] = 'cancel again is a no-op: ' . $grandchild->getState();

    $done = $make['promise']('done');
    $done->wait();
    $done->cancel();
    $log[] = 'settled ignores cancel: ' . wechatpay_test_wait($done);

    $parent = $make['promise']('parent');
    $kept = $parent->then(fn($v) => "kept $v");
    $parent->cancel();
    $log[] = 'cancelling the parent rejects its children when delivered: ' . wechatpay_test_wait($kept);

    $base = $make['promise']('base');
    $base->wait();
    $foreign = new CancellableThenable();
    $holder = $base->then(fn() => $foreign);
    $holder->wait();
    $follower = $holder->then(fn($v) => $v);
    $follower->cancel();
    $log[] = 'cancel reaches a followed thenable: ' . implode(', ', $foreign->log) . '; ' . wechatpay_test_wait($follower);

    $throwing = new CancellableThenable(new UnexpectedValueException('cancel failed'));
    $holder2 = $base->then(fn() => $throwing);
    $holder2->wait();
    $follower2 = $holder2->then(fn($v) => $v);
    $follower2->cancel();
    $log[] = 'its cancel() threw (the promise following it is rejected with that), the child is still cancelled: ' . wechatpay_test_wait($follower2);

    $queued = $base->then(fn($v) => "queued $v");
    $queued->cancel();
    $log[] = 'a queued callback does not override the cancellation: ' . wechatpay_test_wait($queued);
});
?>
--EXPECT--
after cancel: root rejected, child rejected, sibling pending, grandchild rejected
grandchild: throws CancellationException(The promise was rejected with reason: Promise has been cancelled)
child: throws CancellationException(The promise was rejected with reason: Promise has been cancelled)
sibling: value 'sibling saw CancellationException(The promise was rejected with reason: Promise has been cancelled)'
root: throws CancellationException(The promise was rejected with reason: Promise has been cancelled)
cancel again is a no-op: rejected
settled ignores cancel: value 'done'
cancelling the parent rejects its children when delivered: throws CancellationException(The promise was rejected with reason: Promise has been cancelled)
cancel reaches a followed thenable: foreign cancel() called; throws CancellationException(The promise was rejected with reason: Promise has been cancelled)
its cancel() threw (the promise following it is rejected with that), the child is still cancelled: throws CancellationException(The promise was rejected with reason: Promise has been cancelled)
a queued callback does not override the cancellation: throws CancellationException(The promise was rejected with reason: Promise has been cancelled)

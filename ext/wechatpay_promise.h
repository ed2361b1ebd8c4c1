/*
 * wechatpay_promise.h: the native WeChatPay\Http\Promise (Guzzle's PromiseInterface methods and
 * semantics) and the per-request task queue its callbacks run on. The transport creates pending
 * promises with a waiter that drives its I/O, and settles them through this API.
 */
#ifndef WECHATPAY_PROMISE_H
#define WECHATPAY_PROMISE_H

#include "php.h"

extern zend_class_entry *wechatpay_ce_Promise;

typedef struct _wechatpay_waiter {
	void (*wait)(zend_object *owner, void *ctx);    /* drive I/O until the promise is settled (it may return earlier on error) */
	void (*cancel)(zend_object *owner, void *ctx);  /* abort the underlying work; may be NULL */
	zend_object *owner;                             /* held strongly while attached, reported to the GC */
	void *ctx;
} wechatpay_waiter;

void wechatpay_promise_minit(void);                        /* registers the class, handlers */
void wechatpay_promise_rshutdown(void);                    /* drops queued tasks WITHOUT running user code */
zend_object *wechatpay_promise_new(const wechatpay_waiter *waiter); /* pending, refcount 1; waiter may be NULL */
void wechatpay_promise_fulfill(zend_object *promise, zval *value);  /* no-op if already settled; copies value */
void wechatpay_promise_reject(zend_object *promise, zval *reason);
void wechatpay_promise_detach(zend_object *promise);      /* forget the waiter without settling (owner is going away) */
/* The work behind the promise will never finish: forget the waiter and the callbacks and children
 * registered with then(), without settling and without running any of them (this also breaks the
 * parent <-> child cycles that would otherwise outlive the request). */
void wechatpay_promise_abandon(zend_object *promise);
bool wechatpay_promise_is_pending(zend_object *promise);
void wechatpay_task_queue_run(void);                       /* run queued callbacks until empty (what wait() does) */

/*
 * Notes for callers:
 * - fulfill/reject run no callbacks, but settling with a thenable calls its then(), and releasing
 *   the waiter may free its owner: hold your own reference to the promise (and owner) across the
 *   call, and check EG(exception) afterwards. They queue tasks when the promise has children, so
 *   settle nothing after wechatpay_promise_rshutdown() in a request.
 * - The waiter's wait/cancel run with a reference to the owner held; cancel may settle the
 *   promise itself, otherwise it is rejected with wechatpay_exception_cancellation().
 * - wechatpay_task_queue_run() leaves an exception that escaped a task in EG(exception).
 */

#endif

/*
 * wechatpay_promise.c: WeChatPay\Http\Promise, a native promise with the methods and semantics of
 * guzzlehttp/promises 1.5's Promise: callbacks never run inside then()/resolve() but from a
 * per-request FIFO task queue that wait() drains; thenables are adopted; then() children wait on
 * and cancel their parent. Owns the task queue (module globals task_head/task_tail).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "php_wechatpay.h"
#include "wechatpay_exception.h"
#include "wechatpay_promise.h"
#include "wechatpay_promise_arginfo.h"

zend_class_entry *wechatpay_ce_Promise;
static zend_object_handlers wechatpay_promise_object_handlers;

/* States; 1 and 2 double as the index of the callback a settlement runs, as in Guzzle. */
#define WECHATPAY_PENDING   0
#define WECHATPAY_FULFILLED 1
#define WECHATPAY_REJECTED  2

/* Guzzle's waitFn: none, the transport's waiter, Utils::queue()->run() (a child of a promise that
 * was already settled), or the wait() of the foreign thenable this promise follows. */
#define WAIT_NONE    0
#define WAIT_WAITER  1
#define WAIT_QUEUE   2
#define WAIT_FOREIGN 3

/* Guzzle's cancelFn: none, the waiter's cancel, [$parent, 'cancel'], or the thenable's cancel(). */
#define CANCEL_NONE    0
#define CANCEL_WAITER  1
#define CANCEL_PARENT  2
#define CANCEL_FOREIGN 3

typedef struct _wechatpay_handler {
	zend_object *child;  /* the promise then() returned */
	zval on_fulfilled;   /* IS_UNDEF when not given */
	zval on_rejected;
} wechatpay_handler;

typedef struct _wechatpay_handlers {
	uint32_t count, size;
	wechatpay_handler item[];
} wechatpay_handlers;

/* One settlement to deliver: Guzzle's queued closure around callHandler(). */
struct _wechatpay_task {
	wechatpay_task *next;
	uint8_t state;
	zval value;
	wechatpay_handlers *handlers;
};

typedef struct _wechatpay_promise {
	uint8_t state;
	uint8_t wait_fn;
	uint8_t cancel_fn;
	zval result;
	wechatpay_handlers *handlers;  /* children still waiting for this promise; NULL once settled */
	zval wait_list;                /* Guzzle's waitList as a shared chain [promise, older chain|null]; UNDEF when none */
	zend_object *parent;           /* held while cancel_fn is CANCEL_PARENT */
	zval foreign;                  /* the thenable followed; held while its wait or cancel is in use */
	wechatpay_waiter waiter;       /* owner held while the waiter's wait or cancel is in use */
	zend_object std;
} wechatpay_promise;

/* Interned once in MINIT. */
enum {
	STR_PENDING, STR_FULFILLED, STR_REJECTED, /* indexed by state */
	STR_THEN, STR_WAIT, STR_CANCEL, STR_RESOLVE, STR_REJECT, STR_GET_STATE,
	STR_RUN, STR_QUEUE_LC, STR_GUZZLE_PROMISE, STR_GUZZLE_PROMISE_LC, STR_GUZZLE_UTILS,
	STR_COUNT
};
static zend_string *wechatpay_promise_str[STR_COUNT];
#define WP_STR(id) wechatpay_promise_str[STR_##id]

#define MSG_NO_WAIT_FN "Cannot wait on a promise that has no internal wait function. You must provide a wait " \
	"function when constructing the promise to be able to wait on a promise."

static bool promise_settle(wechatpay_promise *p, uint8_t state, zval *value);
static bool promise_wait_if_pending(wechatpay_promise *p);

static zend_always_inline wechatpay_promise *promise_from(zend_object *obj)
{
	return (wechatpay_promise *)((char *)obj - XtOffsetOf(wechatpay_promise, std));
}
#define Z_PROMISE_P(zv) promise_from(Z_OBJ_P(zv))

static zend_always_inline bool is_promise(const zval *value)
{
	return Z_TYPE_P(value) == IS_OBJECT && Z_OBJCE_P(value) == wechatpay_ce_Promise;
}

/* method_exists() for the lower-case method names used here. */
static zend_always_inline bool has_method(const zval *value, zend_string *lcname)
{
	return Z_TYPE_P(value) == IS_OBJECT && zend_hash_exists(&Z_OBJCE_P(value)->function_table, lcname);
}

/* instanceof GuzzleHttp\Promise\PromiseInterface, without autoloading it. */
static bool is_guzzle_promise(const zval *value)
{
	if (Z_TYPE_P(value) != IS_OBJECT) {
		return false;
	}
	zend_class_entry *iface = zend_lookup_class_ex(WP_STR(GUZZLE_PROMISE), WP_STR(GUZZLE_PROMISE_LC), ZEND_FETCH_CLASS_NO_AUTOLOAD);
	return iface && instanceof_function(Z_OBJCE_P(value), iface);
}

/* Calls a public method of a foreign object; false with an exception on failure. */
static bool call_method(zend_object *object, zend_string *name, zval *retval, uint32_t argc, zval *argv)
{
	if (zend_call_method_if_exists(object, name, retval, argc, argv) == FAILURE) {
		if (!EG(exception)) {
			zend_throw_error(NULL, "Cannot call %s::%s()", ZSTR_VAL(object->ce->name), ZSTR_VAL(name));
		}
		return false;
	}
	if (EG(exception)) {
		zval_ptr_dtor(retval);
		return false;
	}
	return true;
}

/* Takes the pending exception as a rejection reason, as Guzzle's catch (\Throwable) does.
 * exit() unwinds through every catch, so it is left alone (false). */
static bool catch_throwable(zval *reason)
{
	zend_object *exception = EG(exception);
	if (!exception || zend_is_unwind_exit(exception) || zend_is_graceful_exit(exception)) {
		return false;
	}
	GC_ADDREF(exception);
	zend_clear_exception();
	ZVAL_OBJ(reason, exception);
	return true;
}

/* Waits on a Guzzle promise without unwrapping, then runs Guzzle's own task queue: the outcome
 * reaches this extension's promises through then() callbacks queued there, and the wait() of an
 * already settled Guzzle promise does not run it. */
static bool guzzle_wait_and_run_queue(zval *guzzle)
{
	zval unwrap, retval, queue;
	ZVAL_FALSE(&unwrap);
	if (!call_method(Z_OBJ_P(guzzle), WP_STR(WAIT), &retval, 1, &unwrap)) {
		return false;
	}
	zval_ptr_dtor(&retval);
	zend_class_entry *utils = zend_lookup_class(WP_STR(GUZZLE_UTILS));
	zend_function *queue_fn = utils ? zend_hash_find_ptr(&utils->function_table, WP_STR(QUEUE_LC)) : NULL;
	if (!queue_fn) {
		return !EG(exception);
	}
	zend_call_known_function(queue_fn, NULL, utils, &queue, 0, NULL, NULL);
	bool ok = !EG(exception);
	if (ok && Z_TYPE(queue) == IS_OBJECT && (ok = call_method(Z_OBJ(queue), WP_STR(RUN), &retval, 0, NULL))) {
		zval_ptr_dtor(&retval);
	}
	zval_ptr_dtor(&queue);
	return ok;
}

/* {{{ handler lists */
static void handlers_push(wechatpay_handlers **list, zend_object *child, zval *on_fulfilled, zval *on_rejected)
{
	wechatpay_handlers *handlers = *list;
	if (!handlers || handlers->count == handlers->size) {
		uint32_t size = handlers ? handlers->size * 2 : 1;
		handlers = erealloc(handlers, sizeof(wechatpay_handlers) + size * sizeof(wechatpay_handler));
		if (!*list) {
			handlers->count = 0;
		}
		handlers->size = size;
		*list = handlers;
	}
	wechatpay_handler *handler = &handlers->item[handlers->count++];
	GC_ADDREF(child);
	handler->child = child;
	if (on_fulfilled) {
		ZVAL_COPY(&handler->on_fulfilled, on_fulfilled);
	} else {
		ZVAL_UNDEF(&handler->on_fulfilled);
	}
	if (on_rejected) {
		ZVAL_COPY(&handler->on_rejected, on_rejected);
	} else {
		ZVAL_UNDEF(&handler->on_rejected);
	}
}

/* Moves every handler of `from` to the end of `*list` (Guzzle's array_merge of handlers). */
static void handlers_append(wechatpay_handlers **list, wechatpay_handlers *from)
{
	wechatpay_handlers *handlers = *list;
	if (!handlers) {
		*list = from;
		return;
	}
	if (handlers->size - handlers->count < from->count) {
		handlers->size = handlers->count + from->count;
		handlers = erealloc(handlers, sizeof(wechatpay_handlers) + handlers->size * sizeof(wechatpay_handler));
		*list = handlers;
	}
	memcpy(&handlers->item[handlers->count], from->item, from->count * sizeof(wechatpay_handler));
	handlers->count += from->count;
	efree(from);
}

static void handlers_free(wechatpay_handlers *handlers)
{
	if (!handlers) {
		return;
	}
	for (uint32_t i = 0; i < handlers->count; i++) {
		OBJ_RELEASE(handlers->item[i].child);
		zval_ptr_dtor(&handlers->item[i].on_fulfilled);
		zval_ptr_dtor(&handlers->item[i].on_rejected);
	}
	efree(handlers);
}
/* }}} */

/* {{{ task queue: a singly linked FIFO in the module globals */
static void task_push(uint8_t state, zval *value, wechatpay_handlers *handlers)
{
	wechatpay_task *task = emalloc(sizeof(wechatpay_task));
	task->next = NULL;
	task->state = state;
	ZVAL_COPY(&task->value, value);
	task->handlers = handlers;
	if (WECHATPAY_G(task_tail)) {
		WECHATPAY_G(task_tail)->next = task;
	} else {
		WECHATPAY_G(task_head) = task;
	}
	WECHATPAY_G(task_tail) = task;
}

static wechatpay_task *task_shift(void)
{
	wechatpay_task *task = WECHATPAY_G(task_head);
	if (task) {
		WECHATPAY_G(task_head) = task->next;
		if (!task->next) {
			WECHATPAY_G(task_tail) = NULL;
		}
	}
	return task;
}

static void task_free(wechatpay_task *task)
{
	zval_ptr_dtor(&task->value);
	handlers_free(task->handlers);
	efree(task);
}

/* Guzzle's Promise::callHandler(): settles one child from a callback's outcome. False when an
 * exception has to propagate (exit(), or the child refusing its own rejection). */
static bool call_handler(uint8_t state, zval *value, wechatpay_handler *handler)
{
	wechatpay_promise *child = promise_from(handler->child);
	if (child->state != WECHATPAY_PENDING) {
		return true;
	}
	zval *callback = state == WECHATPAY_FULFILLED ? &handler->on_fulfilled : &handler->on_rejected;
	bool settled;
	if (Z_ISUNDEF_P(callback)) {
		settled = promise_settle(child, state, value);
	} else {
		zval retval;
		ZVAL_UNDEF(&retval);
		call_user_function(NULL, NULL, callback, &retval, 1, value);
		settled = !EG(exception) && promise_settle(child, WECHATPAY_FULFILLED, &retval);
		zval_ptr_dtor(&retval);
	}
	if (settled) {
		return true;
	}
	zval reason;
	if (!catch_throwable(&reason)) {
		return false;
	}
	settled = promise_settle(child, WECHATPAY_REJECTED, &reason);
	zval_ptr_dtor(&reason);
	return settled;
}

void wechatpay_task_queue_run(void)
{
	wechatpay_task *task;
	while ((task = task_shift())) {
		bool ok = true;
		for (uint32_t i = 0; ok && i < task->handlers->count; i++) {
			ok = call_handler(task->state, &task->value, &task->handlers->item[i]);
		}
		task_free(task);
		if (!ok) {
			return;
		}
	}
}

void wechatpay_promise_rshutdown(void)
{
	wechatpay_task *task;
	while ((task = task_shift())) {
		task_free(task);
	}
}
/* }}} */

static wechatpay_promise *promise_alloc(void)
{
	wechatpay_promise *p = zend_object_alloc(sizeof(wechatpay_promise), wechatpay_ce_Promise);
	zend_object_std_init(&p->std, wechatpay_ce_Promise);
	object_properties_init(&p->std, wechatpay_ce_Promise);
	p->std.handlers = &wechatpay_promise_object_handlers;
	return p;
}

static zend_object *promise_create(zend_class_entry *ce)
{
	return &promise_alloc()->std;
}

/* Releases the parent, the followed thenable and the waiter once neither wait_fn nor cancel_fn
 * needs them. Fields are cleared before anything is released: a release may free `p` itself or
 * re-enter through a destructor, so `p` is not touched afterwards. */
static void promise_drop_hooks(wechatpay_promise *p)
{
	zend_object *parent = NULL, *owner = NULL;
	zval foreign;
	ZVAL_UNDEF(&foreign);
	if (p->parent && p->cancel_fn != CANCEL_PARENT) {
		parent = p->parent;
		p->parent = NULL;
	}
	if (p->wait_fn != WAIT_FOREIGN && p->cancel_fn != CANCEL_FOREIGN) {
		ZVAL_COPY_VALUE(&foreign, &p->foreign);
		ZVAL_UNDEF(&p->foreign);
	}
	if (p->waiter.owner && p->wait_fn != WAIT_WAITER && p->cancel_fn != CANCEL_WAITER) {
		owner = p->waiter.owner;
		memset(&p->waiter, 0, sizeof(p->waiter));
	}
	if (parent) {
		OBJ_RELEASE(parent);
	}
	zval_ptr_dtor(&foreign);
	if (owner) {
		OBJ_RELEASE(owner);
	}
}

static void promise_clear_wait_list(wechatpay_promise *p)
{
	zval wait_list;
	ZVAL_COPY_VALUE(&wait_list, &p->wait_list);
	ZVAL_UNDEF(&p->wait_list);
	zval_ptr_dtor(&wait_list);
}

/* [$promise, $method] */
static void promise_callable(zval *out, wechatpay_promise *p, zend_string *method)
{
	zval object, name;
	ZVAL_OBJ_COPY(&object, &p->std);
	ZVAL_INTERNED_STR(&name, method);
	ZVAL_ARR(out, zend_new_pair(&object, &name));
}

/* $thenable->then([$to, 'resolve'], [$to, 'reject']) */
static bool promise_forward(zval *thenable, wechatpay_promise *to)
{
	zval args[2], retval, target;
	promise_callable(&args[0], to, WP_STR(RESOLVE));
	promise_callable(&args[1], to, WP_STR(REJECT));
	ZVAL_COPY(&target, thenable);
	bool ok = call_method(Z_OBJ(target), WP_STR(THEN), &retval, 2, args);
	if (ok) {
		zval_ptr_dtor(&retval);
	}
	zval_ptr_dtor(&target);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	return ok;
}

/* Create::promiseFor() for a thenable that is not one of ours: a pending promise that follows
 * it, waiting through its wait() and cancelling through its cancel(). NULL with an exception. */
static zend_object *promise_follow(zval *thenable)
{
	wechatpay_promise *p = promise_alloc();
	if (has_method(thenable, WP_STR(WAIT))) {
		p->wait_fn = WAIT_FOREIGN;
	}
	if (has_method(thenable, WP_STR(CANCEL))) {
		p->cancel_fn = CANCEL_FOREIGN;
	}
	if (p->wait_fn || p->cancel_fn) {
		ZVAL_COPY(&p->foreign, thenable);
	}
	if (!promise_forward(thenable, p)) {
		OBJ_RELEASE(&p->std);
		return NULL;
	}
	return &p->std;
}

/* Delivers a settlement to the children of a promise that just settled with `value`. */
static bool promise_dispatch(uint8_t state, zval *value, wechatpay_handlers *handlers)
{
	if (!has_method(value, WP_STR(THEN))) {
		task_push(state, value, handlers);
		return true;
	}
	if (is_promise(value)) {
		wechatpay_promise *target = Z_PROMISE_P(value);
		if (target->state == WECHATPAY_PENDING) {
			handlers_append(&target->handlers, handlers);
			return true;
		}
		if (!has_method(&target->result, WP_STR(THEN))) {
			task_push(target->state, &target->result, handlers);
			return true;
		}
	}
	/* Any other thenable: a relay promise adopts its outcome and passes it to the children. */
	wechatpay_promise *relay = promise_alloc();
	relay->handlers = handlers;
	bool ok = promise_forward(value, relay);
	OBJ_RELEASE(&relay->std);
	return ok;
}

/* Guzzle's Promise::settle(). False with a LogicException (or the exception a thenable threw). */
static bool promise_settle(wechatpay_promise *p, uint8_t state, zval *value)
{
	ZVAL_DEREF(value);
	if (p->state != WECHATPAY_PENDING) {
		if (state == p->state && zend_is_identical(value, &p->result)) {
			return true;
		}
		if (state == p->state) {
			zend_throw_exception_ex(spl_ce_LogicException, 0, "The promise is already %s.",
				ZSTR_VAL(wechatpay_promise_str[state]));
		} else {
			zend_throw_exception_ex(spl_ce_LogicException, 0, "Cannot change a %s promise to %s",
				ZSTR_VAL(wechatpay_promise_str[p->state]), ZSTR_VAL(wechatpay_promise_str[state]));
		}
		return false;
	}
	if (Z_TYPE_P(value) == IS_OBJECT && Z_OBJ_P(value) == &p->std) {
		zend_throw_exception(spl_ce_LogicException, "Cannot fulfill or reject a promise with itself", 0);
		return false;
	}
	p->state = state;
	ZVAL_COPY(&p->result, value);
	wechatpay_handlers *handlers = p->handlers;
	p->handlers = NULL;
	p->wait_fn = WAIT_NONE;
	p->cancel_fn = CANCEL_NONE;
	bool ok = !handlers || promise_dispatch(state, value, handlers);
	promise_clear_wait_list(p);
	promise_drop_hooks(p);
	return ok;
}

static void promise_reject_with(wechatpay_promise *p, const char *message)
{
	zval reason;
	ZVAL_STRING(&reason, message);
	promise_settle(p, WECHATPAY_REJECTED, &reason);
	zval_ptr_dtor(&reason);
}

/* Guzzle's then(). Returns a new reference, or NULL with an exception. */
static zend_object *promise_then(wechatpay_promise *p, zval *on_fulfilled, zval *on_rejected)
{
	/* Settled with one of ours: Create::promiseFor()/rejectionFor() hand over to that promise, with
	 * only the callback for the way this one settled (followed in a loop, not recursively). */
	while (p->state != WECHATPAY_PENDING && is_promise(&p->result)) {
		bool fulfilled = p->state == WECHATPAY_FULFILLED;
		zval *callback = fulfilled ? on_fulfilled : on_rejected;
		p = Z_PROMISE_P(&p->result);
		if (!callback) {
			GC_ADDREF(&p->std);
			return &p->std;
		}
		if (fulfilled) {
			on_rejected = NULL;
		} else {
			on_fulfilled = NULL;
		}
	}

	if (p->state == WECHATPAY_PENDING) {
		wechatpay_promise *child = promise_alloc();
		child->cancel_fn = CANCEL_PARENT;
		GC_ADDREF(&p->std);
		child->parent = &p->std;
		handlers_push(&p->handlers, &child->std, on_fulfilled, on_rejected);
		zval self, older;
		ZVAL_OBJ_COPY(&self, &p->std);
		if (Z_ISUNDEF(p->wait_list)) {
			ZVAL_NULL(&older);
		} else {
			ZVAL_COPY(&older, &p->wait_list);
		}
		ZVAL_ARR(&child->wait_list, zend_new_pair(&self, &older));
		return &child->std;
	}

	bool fulfilled = p->state == WECHATPAY_FULFILLED;
	zval *callback = fulfilled ? on_fulfilled : on_rejected;
	zval *result = &p->result;
	if (has_method(result, WP_STR(THEN))) {
		/* Settled with a foreign thenable: a promise of ours that follows it. */
		if (!fulfilled && !is_guzzle_promise(result)) {
			zend_throw_exception(spl_ce_InvalidArgumentException, "You cannot create a RejectedPromise with a promise.", 0);
			return NULL;
		}
		zend_object *target = promise_follow(result);
		if (!target || !callback) {
			return target;
		}
		zend_object *child = promise_then(promise_from(target), fulfilled ? callback : NULL, fulfilled ? NULL : callback);
		OBJ_RELEASE(target);
		return child;
	}

	/* FulfilledPromise / RejectedPromise: settled as is, or a callback queued right away. */
	wechatpay_promise *child = promise_alloc();
	if (!callback) {
		child->state = p->state;
		ZVAL_COPY(&child->result, result);
		return &child->std;
	}
	child->wait_fn = WAIT_QUEUE;
	wechatpay_handlers *handlers = NULL;
	handlers_push(&handlers, &child->std, fulfilled ? callback : NULL, fulfilled ? NULL : callback);
	task_push(p->state, result, handlers);
	return &child->std;
}

/* Guzzle's invokeWaitFn(). */
static bool promise_invoke_wait_fn(wechatpay_promise *p)
{
	uint8_t kind = p->wait_fn;
	p->wait_fn = WAIT_NONE;
	if (kind == WAIT_WAITER) {
		wechatpay_waiter waiter = p->waiter;
		GC_ADDREF(waiter.owner);
		waiter.wait(waiter.owner, waiter.ctx);
		OBJ_RELEASE(waiter.owner);
	} else if (kind == WAIT_QUEUE) {
		wechatpay_task_queue_run();
	} else {
		/* A Guzzle promise is waited on without unwrapping: its rejection reaches this promise
		 * through then(), and a rethrow would only be reported as the waiter's own failure. */
		zval foreign, unwrap, retval;
		ZVAL_COPY(&foreign, &p->foreign);
		if (is_guzzle_promise(&foreign)) {
			guzzle_wait_and_run_queue(&foreign);
		} else {
			ZVAL_TRUE(&unwrap);
			if (call_method(Z_OBJ(foreign), WP_STR(WAIT), &retval, 1, &unwrap)) {
				zval_ptr_dtor(&retval);
			}
		}
		zval_ptr_dtor(&foreign);
	}
	promise_drop_hooks(p);
	/* Guzzle catches \Exception only: rejects a still pending promise, else rethrows. */
	if (!EG(exception)) {
		return true;
	}
	if (!instanceof_function(EG(exception)->ce, zend_ce_exception) || p->state != WECHATPAY_PENDING) {
		return false;
	}
	zval reason;
	catch_throwable(&reason);
	bool ok = promise_settle(p, WECHATPAY_REJECTED, &reason);
	zval_ptr_dtor(&reason);
	return ok;
}

/* Guzzle's invokeWaitList(): waits on each ancestor, oldest first, following promise results. */
static bool promise_invoke_wait_list(wechatpay_promise *p)
{
	zval wait_list;
	ZVAL_COPY_VALUE(&wait_list, &p->wait_list);
	ZVAL_UNDEF(&p->wait_list);

	uint32_t depth = 0;
	for (zval *node = &wait_list; Z_TYPE_P(node) == IS_ARRAY; node = zend_hash_index_find(Z_ARRVAL_P(node), 1)) {
		depth++;
	}
	zend_object **ancestors = safe_emalloc(depth, sizeof(zend_object *), 0);
	uint32_t i = depth;
	for (zval *node = &wait_list; Z_TYPE_P(node) == IS_ARRAY; node = zend_hash_index_find(Z_ARRVAL_P(node), 1)) {
		ancestors[--i] = Z_OBJ_P(zend_hash_index_find(Z_ARRVAL_P(node), 0));
	}

	bool ok = true;
	for (i = 0; ok && i < depth; i++) {
		wechatpay_promise *current = promise_from(ancestors[i]);
		GC_ADDREF(&current->std);
		while ((ok = promise_wait_if_pending(current)) && is_promise(&current->result)) {
			wechatpay_promise *next = Z_PROMISE_P(&current->result);
			GC_ADDREF(&next->std);
			OBJ_RELEASE(&current->std);
			current = next;
		}
		if (ok && is_guzzle_promise(&current->result)) {
			zval guzzle;
			ZVAL_COPY(&guzzle, &current->result);
			ok = guzzle_wait_and_run_queue(&guzzle);
			zval_ptr_dtor(&guzzle);
		}
		OBJ_RELEASE(&current->std);
	}
	efree(ancestors);
	zval_ptr_dtor(&wait_list);
	return ok;
}

/* Guzzle's waitIfPending(). The caller holds a reference to `p`. */
static bool promise_wait_if_pending(wechatpay_promise *p)
{
	if (p->state != WECHATPAY_PENDING) {
		return true;
	}
	if (p->wait_fn != WAIT_NONE) {
		if (!promise_invoke_wait_fn(p)) {
			return false;
		}
	} else if (!Z_ISUNDEF(p->wait_list)) {
		if (!promise_invoke_wait_list(p)) {
			return false;
		}
	} else {
		promise_reject_with(p, MSG_NO_WAIT_FN);
	}
	wechatpay_task_queue_run();
	if (EG(exception)) {
		return false;
	}
	if (p->state == WECHATPAY_PENDING) {
		promise_reject_with(p, "Invoking the wait callback did not resolve the promise");
	}
	return true;
}

/* The tail of Guzzle's wait(): delegate to a promise result (`$this->result->wait($unwrap)`,
 * followed in a loop for ours), unwrap, or throw. */
static void promise_unwrap(wechatpay_promise *p, bool unwrap, zval *return_value)
{
	GC_ADDREF(&p->std);
	while (is_promise(&p->result)) {
		wechatpay_promise *inner = Z_PROMISE_P(&p->result);
		GC_ADDREF(&inner->std);
		OBJ_RELEASE(&p->std);
		p = inner;
		if (!promise_wait_if_pending(p)) {
			OBJ_RELEASE(&p->std);
			return;
		}
	}
	zval result;
	ZVAL_COPY(&result, &p->result);
	bool fulfilled = p->state == WECHATPAY_FULFILLED;
	OBJ_RELEASE(&p->std);

	if (is_guzzle_promise(&result)) {
		zval arg, retval;
		ZVAL_BOOL(&arg, unwrap);
		if (call_method(Z_OBJ(result), WP_STR(WAIT), &retval, 1, &arg)) {
			ZVAL_COPY_VALUE(return_value, &retval);
		}
	} else if (unwrap && fulfilled) {
		ZVAL_COPY(return_value, &result);
	} else if (unwrap) {
		zval exception;
		if (Z_TYPE(result) == IS_OBJECT && instanceof_function(Z_OBJCE(result), zend_ce_throwable)) {
			ZVAL_COPY(&exception, &result);
		} else {
			ZVAL_OBJ(&exception, wechatpay_exception_rejection(&result));
		}
		zend_throw_exception_object(&exception);
	}
	zval_ptr_dtor(&result);
}

/* Whether wait() was called as the wait function of a Guzzle promise that follows this one
 * (Create::promiseFor) and that promise already got the outcome through then(). Guzzle would
 * rethrow our unwrapped rejection from its invokeWaitFn() instead of keeping it as its reason. */
static bool waited_by_settled_guzzle_promise(void)
{
	zend_execute_data *caller = EG(current_execute_data)->prev_execute_data;
	if (!caller || !caller->func || caller->func->type != ZEND_USER_FUNCTION
			|| !caller->func->common.scope || Z_TYPE(caller->This) != IS_OBJECT
			|| !zend_string_equals_literal(caller->func->common.function_name, "invokeWaitFn")
			|| !zend_string_equals_literal_ci(caller->func->common.scope->name, "GuzzleHttp\\Promise\\Promise")) {
		return false;
	}
	zval state;
	if (!call_method(Z_OBJ(caller->This), WP_STR(GET_STATE), &state, 0, NULL)) {
		zend_clear_exception();
		return false;
	}
	bool settled = !(Z_TYPE(state) == IS_STRING && zend_string_equals(Z_STR(state), WP_STR(PENDING)));
	zval_ptr_dtor(&state);
	return settled;
}

/* The end of Guzzle's cancel() for one promise, once its cancel function has run: a throwable it
 * threw rejects the promise, and a promise still pending is rejected as cancelled. */
static bool promise_cancel_finish(wechatpay_promise *p)
{
	promise_drop_hooks(p);
	zval reason;
	if (EG(exception)) {
		if (!catch_throwable(&reason)) {
			return false;
		}
		bool ok = promise_settle(p, WECHATPAY_REJECTED, &reason);
		zval_ptr_dtor(&reason);
		if (!ok) {
			return false;
		}
	}
	if (p->state != WECHATPAY_PENDING) {
		return true;
	}
	ZVAL_OBJ(&reason, wechatpay_exception_cancellation("Promise has been cancelled"));
	bool ok = promise_settle(p, WECHATPAY_REJECTED, &reason);
	zval_ptr_dtor(&reason);
	return ok;
}

/* Guzzle's cancel(). A then() child's cancel function cancels its parent first; the chain of
 * parents is walked up with an explicit stack, then each promise finishes from the top down. */
static bool promise_cancel(wechatpay_promise *p)
{
	zend_object **chain = NULL;
	uint32_t depth = 0, size = 0;
	while (p->state == WECHATPAY_PENDING) {
		p->wait_fn = WAIT_NONE;
		promise_clear_wait_list(p);
		uint8_t kind = p->cancel_fn;
		p->cancel_fn = CANCEL_NONE;
		if (depth == size) {
			size = size ? size * 2 : 4;
			chain = safe_erealloc(chain, size, sizeof(zend_object *), 0);
		}
		GC_ADDREF(&p->std);
		chain[depth++] = &p->std;
		if (kind == CANCEL_PARENT) {
			p = promise_from(p->parent);
			continue;
		}
		if (kind == CANCEL_WAITER) {
			wechatpay_waiter waiter = p->waiter;
			GC_ADDREF(waiter.owner);
			waiter.cancel(waiter.owner, waiter.ctx);
			OBJ_RELEASE(waiter.owner);
		} else if (kind == CANCEL_FOREIGN) {
			zval foreign, retval;
			ZVAL_COPY(&foreign, &p->foreign);
			if (call_method(Z_OBJ(foreign), WP_STR(CANCEL), &retval, 0, NULL)) {
				zval_ptr_dtor(&retval);
			}
			zval_ptr_dtor(&foreign);
		}
		break;
	}
	bool ok = true;
	while (depth) {
		zend_object *promise = chain[--depth];
		ok = ok && promise_cancel_finish(promise_from(promise));
		OBJ_RELEASE(promise);
	}
	if (chain) {
		efree(chain);
	}
	return ok;
}

/* {{{ object handlers */
static void promise_free(zend_object *object)
{
	wechatpay_promise *p = promise_from(object);
	zend_object *parent = p->parent, *owner = p->waiter.owner;
	wechatpay_handlers *handlers = p->handlers;
	p->parent = NULL;
	p->waiter.owner = NULL;
	p->handlers = NULL;
	zval_ptr_dtor(&p->result);
	ZVAL_UNDEF(&p->result);
	promise_clear_wait_list(p);
	zval_ptr_dtor(&p->foreign);
	ZVAL_UNDEF(&p->foreign);
	handlers_free(handlers);
	if (parent) {
		OBJ_RELEASE(parent);
	}
	if (owner) {
		OBJ_RELEASE(owner);
	}
	zend_object_std_dtor(object);
}

static HashTable *promise_get_gc(zend_object *object, zval **table, int *n)
{
	wechatpay_promise *p = promise_from(object);
	zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(buffer, &p->result);
	if (p->handlers) {
		for (uint32_t i = 0; i < p->handlers->count; i++) {
			zend_get_gc_buffer_add_obj(buffer, p->handlers->item[i].child);
			zend_get_gc_buffer_add_zval(buffer, &p->handlers->item[i].on_fulfilled);
			zend_get_gc_buffer_add_zval(buffer, &p->handlers->item[i].on_rejected);
		}
	}
	zend_get_gc_buffer_add_zval(buffer, &p->wait_list);
	zend_get_gc_buffer_add_zval(buffer, &p->foreign);
	if (p->parent) {
		zend_get_gc_buffer_add_obj(buffer, p->parent);
	}
	if (p->waiter.owner) {
		zend_get_gc_buffer_add_obj(buffer, p->waiter.owner);
	}
	zend_get_gc_buffer_use(buffer, table, n);
	return object->properties;
}

static HashTable *promise_get_debug_info(zend_object *object, int *is_temp)
{
	HashTable *info = zend_new_array(1);
	zval state;
	ZVAL_INTERNED_STR(&state, wechatpay_promise_str[promise_from(object)->state]);
	zend_hash_str_add_new(info, "state", sizeof("state") - 1, &state);
	*is_temp = 1;
	return info;
}

static zend_function *promise_get_constructor(zend_object *object)
{
	zend_throw_error(NULL, "Cannot directly construct %s", ZSTR_VAL(object->ce->name));
	return NULL;
}
/* }}} */

/* {{{ C API */
zend_object *wechatpay_promise_new(const wechatpay_waiter *waiter)
{
	wechatpay_promise *p = promise_alloc();
	if (waiter) {
		p->waiter = *waiter;
		GC_ADDREF(waiter->owner);
		p->wait_fn = waiter->wait ? WAIT_WAITER : WAIT_NONE;
		p->cancel_fn = waiter->cancel ? CANCEL_WAITER : CANCEL_NONE;
	}
	return &p->std;
}

void wechatpay_promise_fulfill(zend_object *promise, zval *value)
{
	wechatpay_promise *p = promise_from(promise);
	if (p->state == WECHATPAY_PENDING) {
		promise_settle(p, WECHATPAY_FULFILLED, value);
	}
}

void wechatpay_promise_reject(zend_object *promise, zval *reason)
{
	wechatpay_promise *p = promise_from(promise);
	if (p->state == WECHATPAY_PENDING) {
		promise_settle(p, WECHATPAY_REJECTED, reason);
	}
}

void wechatpay_promise_detach(zend_object *promise)
{
	wechatpay_promise *p = promise_from(promise);
	if (p->wait_fn == WAIT_WAITER) {
		p->wait_fn = WAIT_NONE;
	}
	if (p->cancel_fn == CANCEL_WAITER) {
		p->cancel_fn = CANCEL_NONE;
	}
	promise_drop_hooks(p);
}

void wechatpay_promise_abandon(zend_object *promise)
{
	wechatpay_promise_detach(promise);
	/* Walk the whole then() tree iteratively: every child is abandoned too, since a pending child
	 * and its own children refer to each other just as the root and its children do. */
	wechatpay_handlers **work = emalloc(sizeof(*work) * 8);
	uint32_t size = 8, count = 0;
	wechatpay_promise *root = promise_from(promise);
	if (root->handlers) {
		work[count++] = root->handlers;
		root->handlers = NULL;
	}
	while (count) {
		wechatpay_handlers *handlers = work[--count];
		for (uint32_t i = 0; i < handlers->count; i++) {
			wechatpay_promise *child = promise_from(handlers->item[i].child);
			if (child->handlers) {
				if (count == size) {
					size *= 2;
					work = erealloc(work, sizeof(*work) * size);
				}
				work[count++] = child->handlers;
				child->handlers = NULL;
			}
		}
		handlers_free(handlers);
	}
	efree(work);
}

bool wechatpay_promise_is_pending(zend_object *promise)
{
	return promise_from(promise)->state == WECHATPAY_PENDING;
}

void wechatpay_promise_minit(void)
{
	static const char *const strings[STR_COUNT] = {
		"pending", "fulfilled", "rejected", "then", "wait", "cancel", "resolve", "reject", "getState",
		"run", "queue", "GuzzleHttp\\Promise\\PromiseInterface", "guzzlehttp\\promise\\promiseinterface",
		"GuzzleHttp\\Promise\\Utils",
	};
	for (int i = 0; i < STR_COUNT; i++) {
		wechatpay_promise_str[i] = zend_string_init_interned(strings[i], strlen(strings[i]), 1);
	}

	wechatpay_ce_Promise = register_class_WeChatPay_Http_Promise();
	wechatpay_ce_Promise->create_object = promise_create;

	memcpy(&wechatpay_promise_object_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wechatpay_promise_object_handlers.offset = XtOffsetOf(wechatpay_promise, std);
	wechatpay_promise_object_handlers.free_obj = promise_free;
	wechatpay_promise_object_handlers.clone_obj = NULL;
	wechatpay_promise_object_handlers.get_gc = promise_get_gc;
	wechatpay_promise_object_handlers.get_debug_info = promise_get_debug_info;
	wechatpay_promise_object_handlers.get_constructor = promise_get_constructor;
}
/* }}} */

/* {{{ methods */
ZEND_METHOD(WeChatPay_Http_Promise, then)
{
	zend_fcall_info on_fulfilled = empty_fcall_info, on_rejected = empty_fcall_info;
	zend_fcall_info_cache on_fulfilled_cache = empty_fcall_info_cache, on_rejected_cache = empty_fcall_info_cache;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_FUNC_OR_NULL(on_fulfilled, on_fulfilled_cache)
		Z_PARAM_FUNC_OR_NULL(on_rejected, on_rejected_cache)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *child = promise_then(Z_PROMISE_P(ZEND_THIS),
		on_fulfilled.size ? &on_fulfilled.function_name : NULL,
		on_rejected.size ? &on_rejected.function_name : NULL);
	if (!child) {
		RETURN_THROWS();
	}
	RETURN_OBJ(child);
}

ZEND_METHOD(WeChatPay_Http_Promise, otherwise)
{
	zend_fcall_info on_rejected;
	zend_fcall_info_cache on_rejected_cache;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_FUNC(on_rejected, on_rejected_cache)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *child = promise_then(Z_PROMISE_P(ZEND_THIS), NULL, &on_rejected.function_name);
	if (!child) {
		RETURN_THROWS();
	}
	RETURN_OBJ(child);
}

ZEND_METHOD(WeChatPay_Http_Promise, getState)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_INTERNED_STR(wechatpay_promise_str[Z_PROMISE_P(ZEND_THIS)->state]);
}

ZEND_METHOD(WeChatPay_Http_Promise, resolve)
{
	zval *value;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	promise_settle(Z_PROMISE_P(ZEND_THIS), WECHATPAY_FULFILLED, value);
}

ZEND_METHOD(WeChatPay_Http_Promise, reject)
{
	zval *reason;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(reason)
	ZEND_PARSE_PARAMETERS_END();
	promise_settle(Z_PROMISE_P(ZEND_THIS), WECHATPAY_REJECTED, reason);
}

ZEND_METHOD(WeChatPay_Http_Promise, cancel)
{
	ZEND_PARSE_PARAMETERS_NONE();
	promise_cancel(Z_PROMISE_P(ZEND_THIS));
}

ZEND_METHOD(WeChatPay_Http_Promise, wait)
{
	bool unwrap = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(unwrap)
	ZEND_PARSE_PARAMETERS_END();

	wechatpay_promise *p = Z_PROMISE_P(ZEND_THIS);
	if (!promise_wait_if_pending(p)) {
		RETURN_THROWS();
	}
	if (unwrap && waited_by_settled_guzzle_promise()) {
		unwrap = false;
	}
	promise_unwrap(p, unwrap, return_value);
}
/* }}} */

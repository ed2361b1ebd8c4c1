/*
 * php_wechatpay.h: the public face of ext-wechatpay: module entry, version, and the per-request
 * module globals (task queue of promise callbacks, cached class lookups at the PHP boundary) and
 * what is kept across requests (libcurl connections, parsed keys).
 */
#ifndef PHP_WECHATPAY_H
#define PHP_WECHATPAY_H

extern zend_module_entry wechatpay_module_entry;
#define phpext_wechatpay_ptr &wechatpay_module_entry

#define PHP_WECHATPAY_VERSION "0.1.0"
/* The wechatpay/wechatpay release whose behaviour this extension reproduces. */
#define PHP_WECHATPAY_SDK_VERSION "1.4.12"

#if defined(ZTS) && defined(COMPILE_DL_WECHATPAY)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

typedef struct _wechatpay_task wechatpay_task;
typedef struct _wechatpay_transport wechatpay_transport;
typedef struct _wechatpay_connections wechatpay_connections;
typedef struct _wechatpay_key_cache wechatpay_key_cache;

ZEND_BEGIN_MODULE_GLOBALS(wechatpay)
	/* FIFO of promise callbacks waiting to run (wechatpay_promise.c). */
	wechatpay_task *task_head;
	wechatpay_task *task_tail;
	/* Transports with transfers in flight (wechatpay_transport.c). */
	wechatpay_transport *busy_transports;
	/* INI: process-wide defaults for what neither the call nor the client configuration sets. */
	double default_timeout;          /* wechatpay.timeout */
	double default_connect_timeout;  /* wechatpay.connect_timeout */
	char *default_cainfo;            /* wechatpay.cainfo: the CA bundle for `verify` => true */
	/* Whether Guzzle's PSR-7 classes could be autoloaded in this request: -1 unknown, 0 no, 1 yes. */
	int guzzle_available;
	/* Kept across requests, for the life of the process (persistent memory): libcurl's share handle
	 * and idle easy handles (wechatpay_connections.c), parsed keys (wechatpay_key_cache.c). */
	wechatpay_connections *connections;
	wechatpay_key_cache *key_cache;
ZEND_END_MODULE_GLOBALS(wechatpay)

ZEND_EXTERN_MODULE_GLOBALS(wechatpay)
#define WECHATPAY_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(wechatpay, v)

#endif

/*
 * wechatpay_sink.h: the `sink` request option (Guzzle's semantics): where a reply body is written as it
 * arrives instead of being kept in memory, and WeChatPay\Http\SinkStream, the native body stream that
 * reads it back (Guzzle's Stream over a resource) when Guzzle is not available.
 */
#ifndef WECHATPAY_SINK_H
#define WECHATPAY_SINK_H

#include "php.h"

typedef struct _wechatpay_sink {
	zval target;   /* the stream resource the body is written to; UNDEF: no sink */
	zval body;     /* what the response body is made from: the caller's PSR-7 stream, else `target` */
} wechatpay_sink;

extern zend_class_entry *wechatpay_ce_SinkStream;

void wechatpay_sink_minit(void);

/* Reads the option (a file path, opened "w+b" now; a writable stream resource; a PSR-7 stream when
 * Guzzle can wrap it). `option` NULL leaves no sink. False with an exception for anything unusable. */
bool wechatpay_sink_open(wechatpay_sink *sink, zval *option);

void wechatpay_sink_release(wechatpay_sink *sink);

/* libcurl's CURLOPT_WRITEFUNCTION with CURLOPT_WRITEDATA = the sink: a short write fails the transfer. */
size_t wechatpay_sink_write(char *data, size_t size, size_t count, void *userdata);

/* The whole body written so far, from the start of the sink (what verification signs); the read
 * position is restored. NULL with an exception when the sink cannot be read back. */
zend_string *wechatpay_sink_contents(const wechatpay_sink *sink);

/* The response body for a finished transfer, rewound as Guzzle rewinds it: the PSR-7 stream or the
 * resource when Guzzle builds the response (`for_guzzle`), else a new WeChatPay\Http\SinkStream. */
void wechatpay_sink_body(const wechatpay_sink *sink, bool for_guzzle, zval *out);

#endif

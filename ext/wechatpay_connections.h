/*
 * wechatpay_connections.h: the libcurl state this process keeps across PHP requests: one share
 * handle (connection cache, TLS sessions, DNS answers) and a pool of idle easy handles attached to
 * it, so that a client built afresh on every FPM request reuses the connection the last one left open.
 */
#ifndef WECHATPAY_CONNECTIONS_H
#define WECHATPAY_CONNECTIONS_H

#include <curl/curl.h>

/* An easy handle attached to this process's share handle, with libcurl's default options (an idle
 * one when there is one). NULL when libcurl cannot make one. */
CURL *wechatpay_connections_take_easy(void);

/* Takes back an easy handle that no transfer uses any more, taken in this process: its options
 * are reset and it waits for the next transfer (or is cleaned up when enough are idle). */
void wechatpay_connections_give_back(CURL *easy);

/* Keeps a libcurl easy or multi handle inherited from the parent process out of the way: never
 * used, never cleaned up (its connections are the parent's), reachable until the process exits. */
void wechatpay_connections_leave_alone(void *handle);

/* Module (or thread) shutdown: closes this process's idle handles and its connections. */
void wechatpay_connections_shutdown(void);

#endif

/*
 * wechatpay_transport.c: libcurl underneath the client. Configures an easy handle from a built
 * request, collects the final status line, headers and body, runs synchronous calls on one
 * keep-alive handle and asynchronous ones concurrently on a multi handle.
 */
#include "php.h"
#include "ext/standard/php_string.h"
#include <math.h>
#include "php_wechatpay.h"
#include "wechatpay_transport.h"

static size_t collect_body(char *data, size_t size, size_t count, void *userdata)
{
	wechatpay_reply *reply = userdata;
	smart_str_appendl(&reply->body, data, size * count);
	return size * count;
}

/* Forgets what an earlier header block said (a 100-continue or a redirect before the final reply). */
static void reply_reset(wechatpay_reply *reply)
{
	reply->status = 0;
	if (reply->reason) {
		zend_string_release(reply->reason);
		reply->reason = NULL;
	}
	if (reply->protocol) {
		zend_string_release(reply->protocol);
		reply->protocol = NULL;
	}
	zend_hash_clean(reply->headers);
	smart_str_free(&reply->body);
}

/* "HTTP/1.1 200 OK": a new header block begins (after 100-continue or a redirect the last one wins). */
static void parse_status_line(wechatpay_reply *reply, const char *line, size_t len)
{
	reply_reset(reply);
	const char *end = line + len, *p = line + 5;
	const char *version = p;
	while (p < end && *p != ' ') p++;
	reply->protocol = zend_string_init(version, p - version, 0);
	while (p < end && *p == ' ') p++;
	/* status-code = 3DIGIT: libcurl before 7.75 reads three digits and hands over the line as
	 * received, so further digits are skipped rather than read into an overflowing number */
	reply->status = 0;
	for (int digits = 0; p < end && *p >= '0' && *p <= '9'; p++, digits++) {
		if (digits < 3) {
			reply->status = reply->status * 10 + (*p - '0');
		}
	}
	while (p < end && *p == ' ') p++;
	reply->reason = zend_string_init(p, end - p, 0);
}

static size_t collect_header(char *data, size_t size, size_t count, void *userdata)
{
	wechatpay_reply *reply = userdata;
	size_t len = size * count;
	const char *line = data;
	size_t line_len = len;
	while (line_len && (line[line_len - 1] == '\n' || line[line_len - 1] == '\r')) {
		line_len--;
	}
	if (line_len >= 5 && strncasecmp(line, "HTTP/", 5) == 0) {
		parse_status_line(reply, line, line_len);
		return len;
	}
	const char *colon = memchr(line, ':', line_len);
	if (!colon || colon == line) {
		return len; /* the blank line ending the block, or junk we do not keep */
	}
	const char *value = colon + 1, *end = line + line_len;
	while (value < end && (*value == ' ' || *value == '\t')) value++;
	while (end > value && (end[-1] == ' ' || end[-1] == '\t')) end--;

	/* a PHP array key: a name such as "123" is the integer key 123, as in Guzzle's header arrays */
	zval *values = zend_symtable_str_find(reply->headers, line, colon - line);
	if (!values) {
		zval list;
		array_init(&list);
		values = zend_symtable_str_update(reply->headers, line, colon - line, &list);
	}
	add_next_index_stringl(values, value, end - value);
	return len;
}

zend_string *wechatpay_reply_header(const wechatpay_reply *reply, const char *name, size_t name_len)
{
	zend_string *key;
	zend_ulong index;
	zval *values;
	ZEND_HASH_FOREACH_KEY_VAL(reply->headers, index, key, values) {
		char digits[MAX_LENGTH_OF_LONG + 1];
		size_t length = key ? ZSTR_LEN(key) : (size_t) snprintf(digits, sizeof(digits), ZEND_LONG_FMT, (zend_long) index);
		if (length == name_len && strncasecmp(key ? ZSTR_VAL(key) : digits, name, name_len) == 0) {
			zval *first = zend_hash_index_find(Z_ARRVAL_P(values), 0);
			return first ? Z_STR_P(first) : NULL;
		}
	} ZEND_HASH_FOREACH_END();
	return NULL;
}

const char *wechatpay_transport_curl_version(void)
{
	return curl_version_info(CURLVERSION_NOW)->version;
}

static CURL *new_easy(void)
{
	CURL *easy = curl_easy_init();
	if (easy) {
		curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
#if LIBCURL_VERSION_NUM >= 0x075500 /* 7.85.0 */
		curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
#else
		curl_easy_setopt(easy, CURLOPT_PROTOCOLS, (long) (CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
		curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
		curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
		/* the target was signed as resolved: libcurl must send it byte for byte */
		curl_easy_setopt(easy, CURLOPT_PATH_AS_IS, 1L);
	}
	return easy;
}

/* The `debug` trace, in libcurl's own verbose format: "* " info, "> " sent and "< " received headers. */
static int trace(CURL *easy, curl_infotype type, char *data, size_t size, void *userdata)
{
	static const char *const prefixes[] = {"* ", "< ", "> "};
	(void) easy;
	if (type != CURLINFO_TEXT && type != CURLINFO_HEADER_IN && type != CURLINFO_HEADER_OUT) {
		return 0;
	}
	php_stream *stream = userdata;
	php_stream_write(stream, prefixes[type], 2);
	php_stream_write(stream, data, size);
	return 0;
}

/* Applies everything about the request to `easy`; leaves easy-handle state from earlier requests
 * that this request does not set back at its defaults. */
static void configure(wechatpay_transfer *transfer, CURL *easy)
{
	wechatpay_request *request = &transfer->request;
	wechatpay_reply *reply = &transfer->reply;

	curl_easy_setopt(easy, CURLOPT_URL, ZSTR_VAL(request->url.url));
	curl_easy_setopt(easy, CURLOPT_PRIVATE, transfer);
	curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, reply->error_text);
	curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, collect_header);
	curl_easy_setopt(easy, CURLOPT_HEADERDATA, reply);
	curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, collect_body);
	curl_easy_setopt(easy, CURLOPT_WRITEDATA, reply);

	if (zend_string_equals_literal(request->method, "GET") && ZSTR_LEN(request->body) == 0) {
		curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
		curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, NULL);
	} else if (zend_string_equals_literal(request->method, "HEAD")) {
		curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
		curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, NULL);
	} else {
		curl_easy_setopt(easy, CURLOPT_POST, 1L);
		curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t) ZSTR_LEN(request->body));
		curl_easy_setopt(easy, CURLOPT_POSTFIELDS, ZSTR_VAL(request->body));
		curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST,
				zend_string_equals_literal(request->method, "POST") ? NULL : ZSTR_VAL(request->method));
	}

	struct curl_slist *lines = NULL;
	zval *line;
	ZEND_HASH_FOREACH_VAL(&request->headers, line) {
		lines = curl_slist_append(lines, Z_STRVAL_P(line));
	} ZEND_HASH_FOREACH_END();
	/* no 100-continue round trip, and no Accept that the caller did not ask for */
	lines = curl_slist_append(lines, "Expect:");
	if (!zend_hash_str_exists(&request->headers, ZEND_STRL("accept"))) {
		lines = curl_slist_append(lines, "Accept:");
	}
	if (!zend_hash_str_exists(&request->headers, ZEND_STRL("content-type"))) {
		lines = curl_slist_append(lines, "Content-Type:"); /* not libcurl's form default for POST */
	}
	zval *accept_encoding = zend_hash_str_find(&request->headers, ZEND_STRL("accept-encoding"));
	if (!request->decode_content) {
		curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, NULL);
	} else if (accept_encoding) {
		/* decode exactly the encodings asked for ("Accept-Encoding: " is 17 bytes; "…;" is empty) */
		curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING,
				Z_STRLEN_P(accept_encoding) > 17 ? Z_STRVAL_P(accept_encoding) + 17 : "");
	} else {
		/* decode what the server compresses, as Guzzle does, without advertising it */
		curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
		lines = curl_slist_append(lines, "Accept-Encoding:");
	}
	transfer->header_lines = lines;
	curl_easy_setopt(easy, CURLOPT_HTTPHEADER, lines);

	curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, (long) (request->timeout * 1000));
	curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, (long) (request->connect_timeout * 1000));
	curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, request->verify_peer ? 1L : 0L);
	curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, request->verify_peer ? 2L : 0L);
	/* a CA bundle named by `verify`, else libcurl's built-in default (the system bundle) */
	curl_easy_setopt(easy, CURLOPT_CAINFO,
			request->ca_file ? ZSTR_VAL(request->ca_file) : curl_version_info(CURLVERSION_NOW)->cainfo);

	curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, request->http_version);
	/* `read_timeout`: give up after that long (whole seconds, rounded up) without receiving a byte */
	curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, request->read_timeout > 0 ? 1L : 0L);
	curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME, (long) ceil(request->read_timeout));
	curl_easy_setopt(easy, CURLOPT_PROXY, wechatpay_request_proxy(request));

	const char *cert = request->cert ? ZSTR_VAL(request->cert) : NULL;
	const char *type = NULL; /* PEM, unless the file name says DER or P12 (as Guzzle decides) */
	const char *dot = cert ? strrchr(cert, '.') : NULL;
	if (dot && !strchr(dot, '/') && (strcasecmp(dot, ".der") == 0 || strcasecmp(dot, ".p12") == 0)) {
		type = strcasecmp(dot, ".der") == 0 ? "DER" : "P12";
	}
	curl_easy_setopt(easy, CURLOPT_SSLCERT, cert);
	curl_easy_setopt(easy, CURLOPT_SSLCERTTYPE, type);
	curl_easy_setopt(easy, CURLOPT_SSLKEY, request->ssl_key ? ZSTR_VAL(request->ssl_key) : NULL);
	/* one passphrase in libcurl: the key's wins, as in Guzzle (CURLOPT_SSLCERTPASSWD is an alias) */
	zend_string *password = request->ssl_key_password ? request->ssl_key_password : request->cert_password;
	curl_easy_setopt(easy, CURLOPT_KEYPASSWD, password ? ZSTR_VAL(password) : NULL);

	php_stream *debug = NULL;
	if (Z_TYPE(request->debug) == IS_RESOURCE) {
		php_stream_from_zval_no_verify(debug, &request->debug);
	}
	curl_easy_setopt(easy, CURLOPT_VERBOSE, debug ? 1L : 0L);
	curl_easy_setopt(easy, CURLOPT_DEBUGFUNCTION, debug ? trace : NULL);
	curl_easy_setopt(easy, CURLOPT_DEBUGDATA, debug);
}

static void record_result(wechatpay_transfer *transfer, CURLcode code)
{
	wechatpay_reply *reply = &transfer->reply;
	reply->error = code;
	smart_str_0(&reply->body); /* PHP strings end with a NUL byte */
	if (code != CURLE_OK && reply->error_text[0] == '\0') {
		strlcpy(reply->error_text, curl_easy_strerror(code), sizeof(reply->error_text));
	}
	if (code == CURLE_OK && !reply->protocol) {
		reply->protocol = zend_string_init(ZEND_STRL("1.1"), 0);
		reply->reason = ZSTR_EMPTY_ALLOC();
	}
	if (transfer->header_lines) {
		curl_slist_free_all(transfer->header_lines);
		transfer->header_lines = NULL;
	}
}

/* Drops every libcurl handle inherited from a parent process: its connections belong to the parent. */
static void forget_after_fork(wechatpay_transport *transport)
{
	if (transport->pid == getpid()) {
		return;
	}
	/* The handles are not cleaned up: that would shut down sockets the parent still uses. */
	transport->easy = NULL;
	transport->multi = NULL;
	transport->idle_count = 0;
	transport->pid = getpid();
}

void wechatpay_transport_init(wechatpay_transport *transport, wechatpay_transfer_abandon abandon)
{
	memset(transport, 0, sizeof(*transport));
	transport->abandon = abandon;
	transport->pid = getpid();
}

/* The request-wide list of transports with transfers in flight, for wechatpay_transport_rshutdown(). */
static void mark_busy(wechatpay_transport *transport)
{
	transport->busy_prev = NULL;
	transport->busy_next = WECHATPAY_G(busy_transports);
	if (transport->busy_next) {
		transport->busy_next->busy_prev = transport;
	}
	WECHATPAY_G(busy_transports) = transport;
}

static void mark_idle(wechatpay_transport *transport)
{
	if (transport->busy_prev) {
		transport->busy_prev->busy_next = transport->busy_next;
	} else {
		WECHATPAY_G(busy_transports) = transport->busy_next;
	}
	if (transport->busy_next) {
		transport->busy_next->busy_prev = transport->busy_prev;
	}
	transport->busy_prev = transport->busy_next = NULL;
}

static void transfer_init_reply(wechatpay_transfer *transfer)
{
	memset(&transfer->reply, 0, sizeof(transfer->reply));
	transfer->reply.headers = zend_new_array(8);
}

void wechatpay_transport_perform(wechatpay_transport *transport, wechatpay_transfer *transfer)
{
	forget_after_fork(transport);
	transfer_init_reply(transfer);
	if (!transport->easy) {
		transport->easy = new_easy();
	}
	if (!transport->easy) {
		record_result(transfer, CURLE_FAILED_INIT);
		return;
	}
	configure(transfer, transport->easy);
	record_result(transfer, curl_easy_perform(transport->easy));
}

void wechatpay_transport_start(wechatpay_transport *transport, wechatpay_transfer *transfer)
{
	forget_after_fork(transport);
	transfer_init_reply(transfer);
	if (!transport->multi) {
		transport->multi = curl_multi_init();
	}
	CURL *easy = transport->idle_count ? transport->idle[--transport->idle_count] : new_easy();
	if (!transport->multi || !easy) {
		if (easy) {
			curl_easy_cleanup(easy);
		}
		record_result(transfer, CURLE_FAILED_INIT);
		return;
	}
	transfer->easy = easy;
	configure(transfer, easy);

	if (!transport->in_flight) {
		mark_busy(transport);
	}
	transfer->prev = NULL;
	transfer->next = transport->in_flight;
	if (transport->in_flight) {
		transport->in_flight->prev = transfer;
	}
	transport->in_flight = transfer;
	transport->in_flight_count++;

	curl_multi_add_handle(transport->multi, easy);
	int running;
	curl_multi_perform(transport->multi, &running);
}

/* Takes a transfer off the multi handle and keeps its easy handle for the next one. */
static void detach(wechatpay_transport *transport, wechatpay_transfer *transfer)
{
	curl_multi_remove_handle(transport->multi, transfer->easy);
	if (transport->idle_count == transport->idle_size) {
		transport->idle_size = transport->idle_size ? transport->idle_size * 2 : 8;
		transport->idle = safe_erealloc(transport->idle, transport->idle_size, sizeof(CURL *), 0);
	}
	transport->idle[transport->idle_count++] = transfer->easy;
	transfer->easy = NULL;

	if (transfer->prev) {
		transfer->prev->next = transfer->next;
	} else {
		transport->in_flight = transfer->next;
	}
	if (transfer->next) {
		transfer->next->prev = transfer->prev;
	}
	transfer->prev = transfer->next = NULL;
	transport->in_flight_count--;
	if (!transport->in_flight) {
		mark_idle(transport);
	}
}

void wechatpay_transport_abort(wechatpay_transport *transport, wechatpay_transfer *transfer)
{
	if (transfer->easy) {
		detach(transport, transfer);
		record_result(transfer, CURLE_ABORTED_BY_CALLBACK);
	}
}

void wechatpay_transport_drive(wechatpay_transport *transport, wechatpay_transfer *until, wechatpay_transfer_done done)
{
	forget_after_fork(transport);
	while (transport->in_flight && transport->multi) {
		int running, queued;
		bool reached = false;
		curl_multi_perform(transport->multi, &running);

		CURLMsg *message;
		while ((message = curl_multi_info_read(transport->multi, &queued))) {
			if (message->msg != CURLMSG_DONE) {
				continue;
			}
			wechatpay_transfer *transfer = NULL;
			CURLcode code = message->data.result;
			curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, (char **) &transfer);
			detach(transport, transfer);
			record_result(transfer, code);
			bool is_until = transfer == until;
			bool finished = done(transfer);
			reached = reached || (is_until && finished);
		}
		if (reached || !transport->in_flight) {
			return;
		}
		curl_multi_poll(transport->multi, NULL, 0, 1000, NULL);
	}
}

void wechatpay_reply_release(wechatpay_reply *reply)
{
	if (reply->reason) {
		zend_string_release(reply->reason);
	}
	if (reply->protocol) {
		zend_string_release(reply->protocol);
	}
	if (reply->headers) {
		zend_array_release(reply->headers); /* the response object may share it */
	}
	smart_str_free(&reply->body);
	memset(reply, 0, sizeof(*reply));
}

void wechatpay_transfer_free(wechatpay_transfer *transfer)
{
	wechatpay_request_release(&transfer->request);
	wechatpay_reply_release(&transfer->reply);
	if (transfer->header_lines) {
		curl_slist_free_all(transfer->header_lines);
	}
	efree(transfer);
}

/* Lets go of every transfer in flight; their easy handles are closed, not reused. The transport is
 * left consistent before any owner hears of it: an abandoned transfer may release the last reference
 * to the object that embeds this transport. */
static void abandon_in_flight(wechatpay_transport *transport)
{
	wechatpay_transfer *abandoned = transport->in_flight;
	if (!abandoned) {
		return;
	}
	bool inherited = transport->pid != getpid();
	for (wechatpay_transfer *transfer = abandoned; transfer; transfer = transfer->next) {
		if (!inherited) {
			curl_multi_remove_handle(transport->multi, transfer->easy);
			curl_easy_cleanup(transfer->easy);
		}
		transfer->easy = NULL;
	}
	transport->in_flight = NULL;
	transport->in_flight_count = 0;
	mark_idle(transport);
	wechatpay_transfer_abandon abandon = transport->abandon; /* `transport` may be gone after the first call */
	while (abandoned) {
		wechatpay_transfer *next = abandoned->next;
		abandoned->prev = abandoned->next = NULL;
		abandon(abandoned);
		abandoned = next;
	}
}

void wechatpay_transport_rshutdown(void)
{
	while (WECHATPAY_G(busy_transports)) {
		abandon_in_flight(WECHATPAY_G(busy_transports));
	}
}

void wechatpay_transport_release(wechatpay_transport *transport)
{
	abandon_in_flight(transport);
	if (transport->pid == getpid()) {
		for (size_t i = 0; i < transport->idle_count; i++) {
			curl_easy_cleanup(transport->idle[i]);
		}
		if (transport->multi) {
			curl_multi_cleanup(transport->multi);
		}
		if (transport->easy) {
			curl_easy_cleanup(transport->easy);
		}
	}
	if (transport->idle) {
		efree(transport->idle);
	}
	memset(transport, 0, sizeof(*transport));
}

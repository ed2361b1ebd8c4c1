/*
 * wechatpay_transport.c: libcurl underneath the client. Configures an easy handle from a built
 * request, collects the final status line, headers and body, runs synchronous calls with
 * curl_easy_perform() and asynchronous ones concurrently on the client's multi handle. Each transfer
 * borrows its easy handle from the process-wide pool (wechatpay_connections.c), whose shared
 * connection cache keeps connections alive across transfers, clients and requests. Headers are kept as
 * Guzzle would keep them: a value with control characters ends the transfer, a decoded reply's
 * encoding headers move to x-encoded-*; obs-fold lines are joined to their header (RFC 7230).
 * After a fork the child opens its own handles; the parent's stay untouched, and its transfers in
 * flight fail in the child.
 */
#include "php.h"
#include "ext/standard/php_string.h"
#include <math.h>
#include "php_wechatpay.h"
#include "wechatpay_transport.h"
#include "wechatpay_connections.h"

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
	reply->head_complete = false;
	if (reply->last_header) {
		zend_string_release(reply->last_header);
		reply->last_header = NULL;
	}
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

/* Token characters of a header name, as Guzzle's PSR-7 messages accept them. */
static bool header_name_valid(const char *name, size_t len)
{
	static const char extra[] = "'`#$%&*+.^_|~!-";
	for (size_t i = 0; i < len; i++) {
		char c = name[i];
		bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		if (!alnum && !memchr(extra, c, sizeof(extra) - 1)) {
			return false;
		}
	}
	return len > 0;
}

/* Header value characters Guzzle accepts: HTAB, SP, visible ASCII and obs-text; no CR, LF, NUL or other controls. */
static bool header_value_valid(const char *value, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char) value[i];
		if ((c < 0x20 && c != '\t') || c == 0x7f) {
			return false;
		}
	}
	return true;
}

/* Refuses the reply, as Guzzle does when a header cannot be put in a response: the transfer stops (curl 23). */
static size_t refuse_header(wechatpay_reply *reply, const char *text, size_t len, const char *what)
{
	reply->bad_header = strpprintf(0, "\"%.*s\" is not valid header %s.", (int) len, text, what);
	return 0;
}

/* Guzzle's response with decode_content: the encoding and the encoded length are moved to x-encoded-*. */
static void move_header(HashTable *headers, const char *name, size_t name_len, const char *to, size_t to_len)
{
	zend_string *key;
	zval *values;
	ZEND_HASH_FOREACH_STR_KEY_VAL(headers, key, values) {
		if (ZSTR_LEN(key) == name_len && strncasecmp(ZSTR_VAL(key), name, name_len) == 0) {
			Z_TRY_ADDREF_P(values);
			zend_hash_str_update(headers, to, to_len, values);
			zend_hash_del(headers, key);
			return;
		}
	} ZEND_HASH_FOREACH_END();
}

static size_t collect_header(char *data, size_t size, size_t count, void *userdata)
{
	wechatpay_transfer *transfer = userdata;
	wechatpay_reply *reply = &transfer->reply;
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
	const char *end = line + line_len;
	if (line_len == 0) {
		reply->head_complete = true;
		if (transfer->request.decode_content && wechatpay_reply_header(reply, ZEND_STRL("Content-Encoding"))) {
			move_header(reply->headers, ZEND_STRL("Content-Encoding"), ZEND_STRL("x-encoded-content-encoding"));
			move_header(reply->headers, ZEND_STRL("Content-Length"), ZEND_STRL("x-encoded-content-length"));
		}
		return len;
	}
	if (*line == ' ' || *line == '\t') {
		/* obs-fold: the previous header's value goes on, after one space (RFC 7230 3.2.4) */
		zval *values = reply->last_header ? zend_symtable_find(reply->headers, reply->last_header) : NULL;
		zval *last = values ? zend_hash_index_find(Z_ARRVAL_P(values), zend_hash_num_elements(Z_ARRVAL_P(values)) - 1) : NULL;
		while (line < end && (*line == ' ' || *line == '\t')) line++;
		while (end > line && (end[-1] == ' ' || end[-1] == '\t')) end--;
		if (!last) {
			return len; /* nothing to continue: dropped */
		}
		if (!header_value_valid(line, end - line)) {
			return refuse_header(reply, line, end - line, "value");
		}
		zend_string *joined = ZSTR_LEN(Z_STR_P(last)) ? zend_string_concat3(Z_STRVAL_P(last), Z_STRLEN_P(last), " ", 1, line, end - line)
			: zend_string_init(line, end - line, 0);
		zval_ptr_dtor(last);
		ZVAL_STR(last, joined);
		return len;
	}
	const char *colon = memchr(line, ':', line_len);
	if (!colon || colon == line) {
		return len; /* junk we do not keep */
	}
	const char *name_end = colon;
	while (name_end > line && (name_end[-1] == ' ' || name_end[-1] == '\t')) name_end--;
	const char *value = colon + 1;
	while (value < end && (*value == ' ' || *value == '\t')) value++;
	while (end > value && (end[-1] == ' ' || end[-1] == '\t')) end--;
	if (!header_name_valid(line, name_end - line)) {
		return refuse_header(reply, line, name_end - line, "name");
	}
	if (!header_value_valid(value, end - value)) {
		return refuse_header(reply, value, end - value, "value");
	}

	/* a PHP array key: a name such as "123" is the integer key 123, as in Guzzle's header arrays */
	zval *values = zend_symtable_str_find(reply->headers, line, name_end - line);
	if (!values) {
		zval list;
		array_init(&list);
		values = zend_symtable_str_update(reply->headers, line, name_end - line, &list);
	}
	add_next_index_stringl(values, value, end - value);
	if (reply->last_header) {
		zend_string_release(reply->last_header);
	}
	reply->last_header = zend_string_init(line, name_end - line, 0);
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

/* Applies everything about the request to `easy`, a handle at libcurl's defaults. */
static void configure(wechatpay_transfer *transfer, CURL *easy)
{
	wechatpay_request *request = &transfer->request;
	wechatpay_reply *reply = &transfer->reply;

	curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
#if LIBCURL_VERSION_NUM >= 0x075500 /* 7.85.0 */
	curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(easy, CURLOPT_PROTOCOLS, (long) (CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
	/* the target was signed as resolved: libcurl must send it byte for byte */
	curl_easy_setopt(easy, CURLOPT_PATH_AS_IS, 1L);
	curl_easy_setopt(easy, CURLOPT_URL, ZSTR_VAL(request->url.url));
	curl_easy_setopt(easy, CURLOPT_PRIVATE, transfer);
	curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, reply->error_text);
	curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, collect_header);
	curl_easy_setopt(easy, CURLOPT_HEADERDATA, transfer);
	curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, collect_body);
	curl_easy_setopt(easy, CURLOPT_WRITEDATA, reply);
	if (Z_TYPE(request->sink.target) == IS_RESOURCE) { /* `sink`: the body goes there as it arrives */
		reply->sink = &request->sink;
		curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, wechatpay_sink_write);
		curl_easy_setopt(easy, CURLOPT_WRITEDATA, reply->sink);
	}

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

/* Lets go of every libcurl handle inherited from a parent process, without using or cleaning up any
 * (that would shut down sockets the parent still uses). Transfers it had in flight stay listed without
 * a handle, for the next drive to fail them. */
static void forget_after_fork(wechatpay_transport *transport)
{
	if (transport->pid == getpid()) {
		return;
	}
	wechatpay_connections_leave_alone(transport->multi);
	transport->multi = NULL;
	transport->pid = getpid();
	for (wechatpay_transfer *transfer = transport->in_flight; transfer; transfer = transfer->next) {
		wechatpay_connections_leave_alone(transfer->easy);
		transfer->easy = NULL;
	}
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
	CURL *easy = wechatpay_connections_take_easy();
	if (!easy) {
		record_result(transfer, CURLE_FAILED_INIT);
		return;
	}
	configure(transfer, easy);
	record_result(transfer, curl_easy_perform(easy));
	wechatpay_connections_give_back(easy);
}

void wechatpay_transport_start(wechatpay_transport *transport, wechatpay_transfer *transfer)
{
	forget_after_fork(transport);
	transfer_init_reply(transfer);
	if (!transport->multi) {
		transport->multi = curl_multi_init();
	}
	CURL *easy = transport->multi ? wechatpay_connections_take_easy() : NULL;
	if (!easy) {
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

static void unlink_in_flight(wechatpay_transport *transport, wechatpay_transfer *transfer);

/* Takes a transfer off the multi handle and gives its easy handle back for the next one. */
static void detach(wechatpay_transport *transport, wechatpay_transfer *transfer)
{
	curl_multi_remove_handle(transport->multi, transfer->easy);
	wechatpay_connections_give_back(transfer->easy);
	transfer->easy = NULL;
	unlink_in_flight(transport, transfer);
}

static void unlink_in_flight(wechatpay_transport *transport, wechatpay_transfer *transfer)
{
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
	forget_after_fork(transport);
	if (transfer->easy) {
		detach(transport, transfer);
		record_result(transfer, CURLE_ABORTED_BY_CALLBACK);
	} else if (transfer->prev || transport->in_flight == transfer) {
		unlink_in_flight(transport, transfer); /* inherited from the parent: its handle is not ours */
		record_result(transfer, CURLE_ABORTED_BY_CALLBACK);
	}
}

/* Fails the transfers that were in flight when this process was forked (they have no handle here):
 * their replies go to the parent. True when `until` was one of them and is finished. */
static bool fail_inherited(wechatpay_transport *transport, wechatpay_transfer *until, wechatpay_transfer_done done)
{
	bool reached = false;
	wechatpay_transfer *transfer = transport->in_flight;
	while (transfer) {
		wechatpay_transfer *next = transfer->next;
		if (!transfer->easy) {
			unlink_in_flight(transport, transfer);
			strlcpy(transfer->reply.error_text,
					"The request was in flight when the process forked; its reply goes to the parent process",
					sizeof(transfer->reply.error_text));
			record_result(transfer, CURLE_RECV_ERROR);
			bool is_until = transfer == until;
			bool finished = done(transfer);
			reached = reached || (is_until && finished);
		}
		transfer = next;
	}
	return reached;
}

void wechatpay_transport_drive(wechatpay_transport *transport, wechatpay_transfer *until, wechatpay_transfer_done done)
{
	forget_after_fork(transport);
	if (fail_inherited(transport, until, done)) {
		return;
	}
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
	if (reply->last_header) {
		zend_string_release(reply->last_header);
	}
	if (reply->bad_header) {
		zend_string_release(reply->bad_header);
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

/* Lets go of every transfer in flight (their connections are closed unfinished). The transport is
 * left consistent before any owner hears of it: an abandoned transfer may release the last reference
 * to the object that embeds this transport. */
static void abandon_in_flight(wechatpay_transport *transport)
{
	wechatpay_transfer *abandoned = transport->in_flight;
	if (!abandoned) {
		return;
	}
	forget_after_fork(transport); /* a parent's transfers lose their handles here */
	for (wechatpay_transfer *transfer = abandoned; transfer; transfer = transfer->next) {
		if (transfer->easy) {
			curl_multi_remove_handle(transport->multi, transfer->easy);
			wechatpay_connections_give_back(transfer->easy);
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
	forget_after_fork(transport);
	abandon_in_flight(transport);
	if (transport->multi) {
		curl_multi_cleanup(transport->multi);
	}
	memset(transport, 0, sizeof(*transport));
}

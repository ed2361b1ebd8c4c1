/*
 * bench/floor.c: the C floor of bench/run.sh. It does, in plain C on libcurl and OpenSSL, the work
 * the extension does for one APIv3 call of the seed request, and nothing else, so that
 * "extension / floor" shows what the PHP layer costs:
 *   request: the JSON body (fixed: the bytes json_encode() gives for the seed array), a 32-char
 *            nonce from RAND_bytes, the timestamp, RSA-SHA256 over
 *            "POST\nTARGET\nTS\nNONCE\nBODY\n" with the merchant key (parsed once), base64, the
 *            Authorization header, the Accept/Content-Type/User-Agent headers;
 *   reply:   status line, headers and body collected; the four Wechatpay-* headers present, the
 *            serial known, |now - timestamp| <= 300, RSA-SHA256 over "TS\nNONCE\nBODY\n" verified
 *            with the platform public key (parsed once).
 *
 * Usage:  floor sync N          N sequential calls on one keep-alive easy handle
 *         floor async N WINDOW  N calls on a multi handle with WINDOW easy handles in flight
 *         floor net N           N sequential calls that do only the network part: the same exchange
 *                               with an Authorization header signed once before the loop, the reply
 *                               collected and its status checked, nothing signed or verified
 *         floor cpu N           N times the non-network part without any I/O: sign a new request
 *                               (nonce, timestamp, RSA-SHA256, base64, headers) and check the reply of
 *                               the warm-up call again (headers, timestamp, serial, RSA verify)
 *         floor once            a cold process: one verified call, no warm-up, prints nothing
 * Config (environment, the same names examples/seed.php reads):
 *   WECHATPAY_BASE_URI, WECHATPAY_MCHID, WECHATPAY_MERCHANT_SERIAL, WECHATPAY_MERCHANT_KEY (path),
 *   WECHATPAY_PLATFORM_SERIAL, WECHATPAY_PLATFORM_CERT (path); WECHATPAY_CAINFO (optional: the CA
 *   bundle an https:// base URI is verified against, peer and host; else the system bundle)
 * Output (one line, the format bench/client.php prints too):
 *   requests=N failures=F seconds=S req_per_s=R cpu_us_per_req=C rss_kib=K
 * (rss_kib: VmRSS of the process after the timed calls). One untimed warm-up call precedes the timed
 * ones (exit status 2 if it fails); exit status 1 when any timed call failed.
 *
 * Build: cc -O2 -o floor bench/floor.c -lcurl -lcrypto
 */
#define _GNU_SOURCE
#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <time.h>

#define TARGET "/v3/platsolution/ecommerce/insurance-compensation-contracts"
#define MAX_CLOCK_OFFSET 300

/* json_encode() of the seed array in examples/seed.php (flags 0: non-ASCII as \uXXXX) */
static const char BODY[] =
	"{\"out_apply_no\":\"No123456\",\"sub_mchid\":\"1900000109\",\"agreement_list\":[{\"agreement_code\":"
	"\"\\u5fae\\u4fe1\\u652f\\u4ed8\\u8fd0\\u8425\\u529f\\u80fd\\u670d\\u52a1\\u534f\\u8bae\\uff08"
	"\\u5e73\\u53f0\\u4e8c\\u7ea7\\u5546\\u6237\\uff09\",\"agreement_version\":\"20240815\","
	"\"sign_organization\":\"\\u6e29\\u5dde\\u540d\\u4f18\\u8d38\\u6613\","
	"\"sign_time\":\"2024-08-08T10:34:56+08:00\"}]}";

static const char ACCEPT[] =
	"Accept: application/json, text/plain, application/x-gzip, application/pdf, image/png, image/*;q=0.5";

typedef struct {
	char *url;
	const char *mchid;
	const char *merchant_serial;
	const char *platform_serial;
	EVP_PKEY *merchant_key;
	EVP_PKEY *platform_key;
	const char *cainfo;
	char user_agent[256];
} config;

typedef struct {
	char *data;
	size_t len, cap;
} buffer;

/* One call in flight on one easy handle: its request headers and what came back. */
typedef struct {
	CURL *easy;
	struct curl_slist *headers;
	CURLcode result;
	char timestamp[32], nonce[128], serial[128], signature[1024];
	buffer body;
} exchange;

static void die(const char *what)
{
	fprintf(stderr, "floor: %s\n", what);
	exit(2);
}

static const char *require_env(const char *name)
{
	const char *value = getenv(name);
	if (!value || !*value) {
		fprintf(stderr, "floor: environment variable %s is not set\n", name);
		exit(2);
	}
	return value;
}

static void append(buffer *b, const char *data, size_t len)
{
	if (b->len + len + 1 > b->cap) {
		b->cap = (b->len + len + 1) * 2;
		b->data = realloc(b->data, b->cap);
		if (!b->data) {
			die("out of memory");
		}
	}
	memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
}

static void load_config(config *c)
{
	const char *base_uri = require_env("WECHATPAY_BASE_URI");
	size_t base_len = strlen(base_uri);
	c->url = malloc(base_len + sizeof TARGET);
	if (!c->url) {
		die("out of memory");
	}
	/* base_uri ends with "/": join without doubling it */
	memcpy(c->url, base_uri, base_len);
	strcpy(c->url + base_len - (base_len && base_uri[base_len - 1] == '/'), TARGET);

	c->mchid = require_env("WECHATPAY_MCHID");
	c->merchant_serial = require_env("WECHATPAY_MERCHANT_SERIAL");
	c->platform_serial = require_env("WECHATPAY_PLATFORM_SERIAL");
	c->cainfo = getenv("WECHATPAY_CAINFO");

	FILE *f = fopen(require_env("WECHATPAY_MERCHANT_KEY"), "r");
	if (!f || !(c->merchant_key = PEM_read_PrivateKey(f, NULL, NULL, NULL))) {
		die("cannot read the merchant private key (WECHATPAY_MERCHANT_KEY)");
	}
	fclose(f);
	f = fopen(require_env("WECHATPAY_PLATFORM_CERT"), "r");
	X509 *cert = f ? PEM_read_X509(f, NULL, NULL, NULL) : NULL;
	if (!cert || !(c->platform_key = X509_get_pubkey(cert))) {
		die("cannot read the platform certificate (WECHATPAY_PLATFORM_CERT)");
	}
	X509_free(cert);
	fclose(f);

	struct utsname system;
	uname(&system);
	snprintf(c->user_agent, sizeof c->user_agent, "User-Agent: wechatpay-php/1.4.12 floor curl/%s (%s/%s) C",
			curl_version_info(CURLVERSION_NOW)->version, system.sysname, system.release);
}

/* ------------------------------------------------------------------ request */

static void make_nonce(char out[33])
{
	static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	unsigned char random[32];
	if (RAND_bytes(random, sizeof random) != 1) {
		die("RAND_bytes failed");
	}
	for (size_t i = 0; i < sizeof random; i++) {
		out[i] = alphabet[random[i] % 62];
	}
	out[32] = '\0';
}

static char *authorization(const config *c)
{
	char nonce[33], timestamp[24];
	make_nonce(nonce);
	snprintf(timestamp, sizeof timestamp, "%lld", (long long) time(NULL));

	char *message;
	int message_len = asprintf(&message, "POST\n" TARGET "\n%s\n%s\n%s\n", timestamp, nonce, BODY);
	if (message_len < 0) {
		die("out of memory");
	}
	unsigned char signature[512];
	size_t signature_len = sizeof signature;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	if (!md || EVP_DigestSignInit(md, NULL, EVP_sha256(), NULL, c->merchant_key) != 1
			|| EVP_DigestSign(md, signature, &signature_len, (unsigned char *) message, message_len) != 1) {
		die("signing failed");
	}
	EVP_MD_CTX_free(md);
	free(message);

	char encoded[4 * (sizeof signature / 3) + 8];
	EVP_EncodeBlock((unsigned char *) encoded, signature, (int) signature_len);

	char *header;
	if (asprintf(&header, "Authorization: WECHATPAY2-SHA256-RSA2048 mchid=\"%s\",serial_no=\"%s\","
			"timestamp=\"%s\",nonce_str=\"%s\",signature=\"%s\"",
			c->mchid, c->merchant_serial, timestamp, nonce, encoded) < 0) {
		die("out of memory");
	}
	return header;
}

/* Signs a new request onto the exchange's handle and forgets the previous reply. */
static void set_request_headers(exchange *x, const config *c, const char *auth)
{
	curl_slist_free_all(x->headers);
	x->headers = curl_slist_append(NULL, ACCEPT);
	x->headers = curl_slist_append(x->headers, "Content-Type: application/json");
	x->headers = curl_slist_append(x->headers, c->user_agent);
	x->headers = curl_slist_append(x->headers, auth);
	x->headers = curl_slist_append(x->headers, "Expect:");
}

/* Forgets the previous reply, so that the handle can take the next one. */
static void forget_reply(exchange *x)
{
	curl_easy_setopt(x->easy, CURLOPT_HTTPHEADER, x->headers);
	x->timestamp[0] = x->nonce[0] = x->serial[0] = x->signature[0] = '\0';
	x->body.len = 0;
}

/* Signs a new request onto the exchange's handle and forgets the previous reply. */
static void prepare(exchange *x, const config *c)
{
	char *auth = authorization(c);
	set_request_headers(x, c, auth);
	free(auth);
	forget_reply(x);
}

/* ------------------------------------------------------------------ reply */

static void keep_header(char *dst, size_t cap, const char *line, size_t len, size_t name_len)
{
	const char *value = line + name_len, *end = line + len;
	while (value < end && (*value == ' ' || *value == '\t')) value++;
	while (end > value && (end[-1] == '\r' || end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\t')) end--;
	if (dst[0] == '\0') { /* the first value wins */
		size_t n = (size_t) (end - value) < cap - 1 ? (size_t) (end - value) : cap - 1;
		memcpy(dst, value, n);
		dst[n] = '\0';
	}
}

#define KEEP(field, name) \
	if (len > sizeof name - 1 && strncasecmp(line, name, sizeof name - 1) == 0) { \
		keep_header(x->field, sizeof x->field, line, len, sizeof name - 1); \
		return len; \
	}

static size_t collect_header(char *line, size_t size, size_t count, void *userdata)
{
	exchange *x = userdata;
	size_t len = size * count;
	if (len >= 5 && strncasecmp(line, "HTTP/", 5) == 0) { /* a new header block */
		x->timestamp[0] = x->nonce[0] = x->serial[0] = x->signature[0] = '\0';
		return len;
	}
	KEEP(timestamp, "Wechatpay-Timestamp:")
	KEEP(nonce, "Wechatpay-Nonce:")
	KEEP(serial, "Wechatpay-Serial:")
	KEEP(signature, "Wechatpay-Signature:")
	return len;
}

static size_t collect_body(char *data, size_t size, size_t count, void *userdata)
{
	append(&((exchange *) userdata)->body, data, size * count);
	return size * count;
}

static bool verify_signature(const exchange *x, const config *c)
{
	size_t encoded_len = strlen(x->signature);
	unsigned char signature[sizeof x->signature];
	int decoded = EVP_DecodeBlock(signature, (unsigned char *) x->signature, (int) encoded_len);
	if (decoded < 0) {
		return false;
	}
	for (size_t i = encoded_len; i > 0 && x->signature[i - 1] == '='; i--) {
		decoded--; /* EVP_DecodeBlock counts the padding as zero bytes */
	}

	buffer message = {0};
	append(&message, x->timestamp, strlen(x->timestamp));
	append(&message, "\n", 1);
	append(&message, x->nonce, strlen(x->nonce));
	append(&message, "\n", 1);
	append(&message, x->body.data ? x->body.data : "", x->body.len);
	append(&message, "\n", 1);

	EVP_MD_CTX *md = EVP_MD_CTX_new();
	bool ok = md && EVP_DigestVerifyInit(md, NULL, EVP_sha256(), NULL, c->platform_key) == 1
		&& EVP_DigestVerify(md, signature, (size_t) decoded, (unsigned char *) message.data, message.len) == 1;
	EVP_MD_CTX_free(md);
	free(message.data);
	return ok;
}

/* NULL when the finished exchange is a good, verified 200 reply; else what is wrong with it. */
static const char *check(const exchange *x, const config *c)
{
	if (x->result != CURLE_OK) {
		return curl_easy_strerror(x->result);
	}
	long status = 0;
	curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &status);
	if (status != 200) {
		return "status is not 200";
	}
	if (!x->timestamp[0] || !x->nonce[0] || !x->serial[0] || !x->signature[0]) {
		return "Wechatpay-* headers incomplete";
	}
	if (llabs((long long) time(NULL) - atoll(x->timestamp)) > MAX_CLOCK_OFFSET) {
		return "Wechatpay-Timestamp more than 300 s away from now";
	}
	if (strcmp(x->serial, c->platform_serial) != 0) {
		return "unknown Wechatpay-Serial";
	}
	if (!verify_signature(x, c)) {
		return "signature verification failed";
	}
	return NULL;
}

/* 1 when the finished exchange failed (the first failure is told on stderr), else 0. */
static int count_failure(const exchange *x, const config *c)
{
	static bool told;
	const char *problem = check(x, c);
	if (!problem) {
		return 0;
	}
	if (!told) {
		fprintf(stderr, "floor: call failed: %s\n", problem);
		told = true;
	}
	return 1;
}

/* ------------------------------------------------------------------ transports */

static void init_exchange(exchange *x, const config *c)
{
	memset(x, 0, sizeof *x);
	if (!(x->easy = curl_easy_init())) {
		die("curl_easy_init failed");
	}
	curl_easy_setopt(x->easy, CURLOPT_URL, c->url);
	curl_easy_setopt(x->easy, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(x->easy, CURLOPT_POST, 1L);
	curl_easy_setopt(x->easy, CURLOPT_POSTFIELDS, BODY);
	curl_easy_setopt(x->easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t) (sizeof BODY - 1));
	curl_easy_setopt(x->easy, CURLOPT_HEADERFUNCTION, collect_header);
	curl_easy_setopt(x->easy, CURLOPT_HEADERDATA, x);
	curl_easy_setopt(x->easy, CURLOPT_WRITEFUNCTION, collect_body);
	curl_easy_setopt(x->easy, CURLOPT_WRITEDATA, x);
	curl_easy_setopt(x->easy, CURLOPT_PRIVATE, x);
	if (c->cainfo && *c->cainfo) {
		curl_easy_setopt(x->easy, CURLOPT_CAINFO, c->cainfo);
	}
}

static void free_exchange(exchange *x)
{
	curl_easy_cleanup(x->easy);
	curl_slist_free_all(x->headers);
	free(x->body.data);
}

/* `calls` sequential calls on one reused easy handle; returns the number of failures. */
static long run_sync(exchange *x, const config *c, long calls)
{
	long failures = 0;
	for (long i = 0; i < calls; i++) {
		prepare(x, c);
		x->result = curl_easy_perform(x->easy);
		failures += count_failure(x, c);
	}
	return failures;
}

/* `calls` sequential exchanges of one request signed before the loop: the network part of run_sync.
 * Returns the number of calls that did not end in a 200 reply. */
static long run_network_only(exchange *x, const config *c, long calls)
{
	char *auth = authorization(c);
	set_request_headers(x, c, auth);
	free(auth);
	long failures = 0;
	for (long i = 0; i < calls; i++) {
		forget_reply(x);
		long status = 0;
		x->result = curl_easy_perform(x->easy);
		curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &status);
		failures += x->result != CURLE_OK || status != 200;
	}
	return failures;
}

/* `calls` times the non-network part of run_sync, with no I/O: a new request signed (its headers
 * built as prepare() does) and the reply already in `x` (from the warm-up call) checked and verified
 * again. Returns the number of failed checks. */
static long run_cpu_only(exchange *x, const config *c, long calls)
{
	long failures = 0;
	struct curl_slist *kept = x->headers;
	x->headers = NULL;
	for (long i = 0; i < calls; i++) {
		char *auth = authorization(c);
		set_request_headers(x, c, auth);
		free(auth);
		failures += count_failure(x, c);
	}
	curl_slist_free_all(x->headers);
	x->headers = kept;
	return failures;
}

/* `calls` calls on one multi handle, at most `window` in flight: as one finishes the next starts
 * on its easy handle. Returns the number of failures. */
static long run_async(CURLM *multi, exchange *slots, long window, const config *c, long calls)
{
	long started = 0, finished = 0, failures = 0;
	for (; started < calls && started < window; started++) {
		prepare(&slots[started], c);
		curl_multi_add_handle(multi, slots[started].easy);
	}
	while (finished < calls) {
		int running, queued;
		if (curl_multi_perform(multi, &running) != CURLM_OK) {
			die("curl_multi_perform failed");
		}
		CURLMsg *msg;
		while ((msg = curl_multi_info_read(multi, &queued))) {
			if (msg->msg != CURLMSG_DONE) {
				continue;
			}
			exchange *x;
			curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **) &x);
			x->result = msg->data.result;
			curl_multi_remove_handle(multi, x->easy);
			failures += count_failure(x, c);
			finished++;
			if (started < calls) {
				prepare(x, c);
				curl_multi_add_handle(multi, x->easy);
				started++;
			}
		}
		if (finished < calls && curl_multi_poll(multi, NULL, 0, 1000, NULL) != CURLM_OK) {
			die("curl_multi_poll failed");
		}
	}
	return failures;
}

/* ------------------------------------------------------------------ measurement */

static double now_seconds(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

static double cpu_seconds(void)
{
	struct rusage usage;
	getrusage(RUSAGE_SELF, &usage);
	return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6
		+ usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

/* VmRSS of this process, KiB (0 when /proc is not there). */
static long rss_kib(void)
{
	long kib = 0;
	char line[256];
	FILE *f = fopen("/proc/self/status", "r");
	while (f && fgets(line, sizeof line, f)) {
		if (strncmp(line, "VmRSS:", 6) == 0) {
			kib = atol(line + 6);
		}
	}
	if (f) {
		fclose(f);
	}
	return kib;
}

static void usage(void)
{
	die("usage: floor sync N | floor async N WINDOW | floor net N | floor cpu N | floor once");
}

enum mode { SYNC, ASYNC, NETWORK_ONLY, CPU_ONLY, ONCE };

static long run(enum mode mode, CURLM *multi, exchange *slots, long window, const config *c, long calls)
{
	switch (mode) {
	case ASYNC:        return run_async(multi, slots, window, c, calls);
	case NETWORK_ONLY: return run_network_only(slots, c, calls);
	case CPU_ONLY:     return run_cpu_only(slots, c, calls);
	default:           return run_sync(slots, c, calls);
	}
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage();
	}
	static const char *const names[] = {[SYNC] = "sync", [ASYNC] = "async", [NETWORK_ONLY] = "net",
		[CPU_ONLY] = "cpu", [ONCE] = "once"};
	enum mode mode = SYNC;
	while (mode <= ONCE && strcmp(argv[1], names[mode]) != 0) {
		mode++;
	}
	long calls = mode == ONCE ? 1 : (argc > 2 ? atol(argv[2]) : 0);
	long window = mode == ASYNC ? (argc > 3 ? atol(argv[3]) : 0) : 1;
	if (mode > ONCE || calls < 1 || window < 1) {
		usage();
	}
	bool async = mode == ASYNC;

	curl_global_init(CURL_GLOBAL_DEFAULT);
	config c;
	load_config(&c);
	exchange *slots = calloc((size_t) window, sizeof *slots);
	if (!slots) {
		die("out of memory");
	}
	for (long i = 0; i < window; i++) {
		init_exchange(&slots[i], &c);
	}
	CURLM *multi = async ? curl_multi_init() : NULL;

	/* warm-up: a verified call (it also leaves the reply run_cpu_only checks) */
	if (async ? run_async(multi, slots, window, &c, 1) : run_sync(slots, &c, 1)) {
		die("the warm-up call failed");
	}
	long failures = 0;
	if (mode != ONCE) {
		double wall = now_seconds(), cpu = cpu_seconds();
		failures = run(mode, multi, slots, window, &c, calls);
		wall = now_seconds() - wall;
		cpu = cpu_seconds() - cpu;
		printf("requests=%ld failures=%ld seconds=%.6f req_per_s=%.1f cpu_us_per_req=%.1f rss_kib=%ld\n",
				calls, failures, wall, calls / wall, cpu * 1e6 / calls, rss_kib());
	}

	for (long i = 0; i < window; i++) {
		free_exchange(&slots[i]);
	}
	free(slots);
	curl_multi_cleanup(multi);
	EVP_PKEY_free(c.merchant_key);
	EVP_PKEY_free(c.platform_key);
	free(c.url);
	curl_global_cleanup();
	return failures ? 1 : 0;
}

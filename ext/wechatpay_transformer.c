/*
 * wechatpay_transformer.c: WeChatPay\Transformer, the SDK's APIv2 XML helper.
 *
 * toArray() parses with libxml2 exactly as the SDK's simplexml_load_string() call does, and shapes
 * the tree as the SDK's recursive cast of SimpleXMLElement objects to arrays does. The parse never
 * loads anything: no XML_PARSE_NOENT (entities are not substituted while parsing, so external ones
 * are never fetched and stay empty; internal ones are expanded from the tree when their text is
 * read), no XML_PARSE_DTDLOAD/DTDVALID/DTDATTR (neither an external subset nor external parameter
 * entities are read), and XML_PARSE_NONET. A failed parse returns [] and raises the SDK's
 * silenced E_USER_NOTICE carrying libxml2's last error.
 * sanitize() is the XML 1.0 Char filter; input that is not UTF-8 gives ''.
 * toXml() drives libxml2's xmlTextWriter with the calls PHP's XMLWriter makes for the SDK, so the
 * bytes are XMLWriter's (CDATA for values with < > & ", "&#13;" for CR, one-space indentation).
 *
 * Limits the SDK lacks (it would recurse until memory runs out, or expand entities without end):
 * $data nested deeper than 256 arrays throws, and so would a tree deeper than libxml2 parses;
 * the text that entity references expand to is bounded by libxml2 2.11's amplification rule, the
 * copying libxml2 does to expand them is bounded too, and text is assembled in linear time.
 * Subclasses' overrides of sanitize(), isElementNameValid() and needsCdataWrapping() are called
 * where the SDK's static:: calls would call them.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "ext/pcre/php_pcre.h"
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/entities.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include "wechatpay_transformer.h"
#include "wechatpay_userland.h"
#include "wechatpay_exception.h"
#include "wechatpay_transformer_arginfo.h"

#ifndef LIBXML_WRITER_ENABLED
# error "wechatpay needs a libxml2 built with xmlTextWriter support"
#endif

zend_class_entry *wechatpay_ce_Transformer;

/* libxml2 parses at most 256 levels of elements below the root (XML_PARSE_HUGE is never given):
 * toXml() refuses $data nested deeper than that, so what it writes can be read back, and
 * toArray() checks the same bound on its recursion. */
#define TRANSFORMER_MAX_DEPTH 256

/* The SDK's simplexml_load_string() options. */
#define TRANSFORMER_PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_COMPACT | XML_PARSE_NOCDATA | XML_PARSE_NOBLANKS)

/* libxml2 2.11's entity amplification rule (2.9 and 2.10 only bound the number of references when
 * entities are not substituted): the text read out of the tree may pass 1,000,000 bytes only up to
 * five times the length of the input. */
#define TRANSFORMER_EXPANSION_FREE 1000000
#define TRANSFORMER_EXPANSION_FACTOR 5
/* ...and the copying libxml2 before 2.13 does to expand entities (it rebuilds the string at every
 * piece it appends) is held to 10^9 bytes, some tens of milliseconds. */
#define TRANSFORMER_EXPANSION_WORK 1000000000
/* Visiting a node counts as copying this many bytes. */
#define TRANSFORMER_NODE_WORK 32

static zend_string *transformer_name_pattern;

/* {{{ static:: dispatch */

/* The method a subclass declares in place of ours, or NULL when `scope` runs our own. */
static zend_function *transformer_override(zend_class_entry *scope, const char *lcname, size_t length)
{
	if (!scope || scope == wechatpay_ce_Transformer) {
		return NULL;
	}
	zend_function *method = zend_hash_str_find_ptr(&scope->function_table, lcname, length);
	return method && method->common.scope != wechatpay_ce_Transformer ? method : NULL;
}

/* Calls a static override with one string; the result in `retval`, false on exception. */
static bool transformer_call(zend_function *method, zend_class_entry *scope, zend_string *arg, zval *retval)
{
	zval param;
	ZVAL_STR(&param, arg);
	zend_call_known_function(method, NULL, scope, retval, 1, &param, NULL);
	if (EG(exception)) {
		zval_ptr_dtor(retval);
		return false;
	}
	return true;
}

/* Arguments beyond the declared ones are ignored, as userland does (TRANSFORMER_ANY_MORE as zpp's
 * maximum); null is refused by wechatpay_userland_refuse_null(). */
#define TRANSFORMER_ANY_MORE ((uint32_t) -1)
/* }}} */

/* {{{ sanitize(): the XML 1.0 Char production */

/* Length of the UTF-8 sequence at p (RFC 3629: no overlongs, no surrogates, nothing past
 * U+10FFFF, as PCRE checks it), or 0 when it is not valid. */
static zend_always_inline size_t utf8_sequence(const unsigned char *p, const unsigned char *end)
{
	size_t available = (size_t) (end - p);
	unsigned char lead = p[0];
	if (lead < 0x80) {
		return 1;
	}
#define CONTINUATION(i) ((p[i] & 0xC0) == 0x80)
	if (lead >= 0xC2 && lead <= 0xDF) {
		return available >= 2 && CONTINUATION(1) ? 2 : 0;
	}
	if (lead >= 0xE0 && lead <= 0xEF) {
		unsigned char low = lead == 0xE0 ? 0xA0 : 0x80, high = lead == 0xED ? 0x9F : 0xBF;
		return available >= 3 && p[1] >= low && p[1] <= high && CONTINUATION(2) ? 3 : 0;
	}
	if (lead >= 0xF0 && lead <= 0xF4) {
		unsigned char low = lead == 0xF0 ? 0x90 : 0x80, high = lead == 0xF4 ? 0x8F : 0xBF;
		return available >= 4 && p[1] >= low && p[1] <= high && CONTINUATION(2) && CONTINUATION(3) ? 4 : 0;
	}
#undef CONTINUATION
	return 0;
}

/* Whether a valid sequence is an XML 1.0 Char: not a C0 control other than TAB, LF, CR, and not
 * U+FFFE or U+FFFF (surrogates cannot be valid UTF-8). */
static zend_always_inline bool xml_char(const unsigned char *p, size_t length)
{
	if (length == 1) {
		return p[0] >= 0x20 || p[0] == '\t' || p[0] == '\n' || p[0] == '\r';
	}
	return !(length == 3 && p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF));
}

/* Whether the 8 bytes at p are all printable ASCII (0x20-0x7F), which need no look. */
static zend_always_inline bool printable_ascii8(const unsigned char *p)
{
	uint64_t word;
	memcpy(&word, p, sizeof(word));
	const uint64_t high = UINT64_C(0x8080808080808080), space = UINT64_C(0x2020202020202020);
	return !(word & high) && !((word - space) & ~word & high);
}

static zend_string *transformer_sanitize(zend_string *xml)
{
	const unsigned char *start = (const unsigned char *) ZSTR_VAL(xml), *end = start + ZSTR_LEN(xml);
	const unsigned char *first_cut = NULL, *p = start;
	while (p < end) {
		if (end - p >= 8 && printable_ascii8(p)) {
			p += 8;
			continue;
		}
		size_t length = utf8_sequence(p, end);
		if (!length) {
			return ZSTR_EMPTY_ALLOC();
		}
		if (!first_cut && !xml_char(p, length)) {
			first_cut = p;
		}
		p += length;
	}
	if (!first_cut) {
		return zend_string_copy(xml);
	}
	zend_string *clean = zend_string_alloc(ZSTR_LEN(xml), 0);
	char *out = ZSTR_VAL(clean);
	memcpy(out, start, first_cut - start);
	out += first_cut - start;
	for (p = first_cut; p < end;) {
		size_t length = utf8_sequence(p, end);
		if (xml_char(p, length)) {
			memcpy(out, p, length);
			out += length;
		}
		p += length;
	}
	*out = '\0';
	return zend_string_truncate(clean, out - ZSTR_VAL(clean), 0);
}

/* sanitize() as the called class has it: ours, or a subclass's override. NULL on exception. */
static zend_string *transformer_sanitize_as(zend_class_entry *scope, zend_string *xml)
{
	zend_function *override = transformer_override(scope, ZEND_STRL("sanitize"));
	if (!override) {
		return transformer_sanitize(xml);
	}
	zval retval;
	if (!transformer_call(override, scope, xml, &retval)) {
		return NULL;
	}
	zend_string *clean = zval_try_get_string(&retval);
	zval_ptr_dtor(&retval);
	return clean;
}
/* }}} */

/* {{{ toArray(): the parse */

/* Raises `message` as @trigger_error() does: an E_USER_NOTICE with error_reporting reduced to
 * the fatal errors, so error_get_last() and user error handlers see it but nothing is shown. */
static void transformer_silenced_notice(zend_string *message)
{
	int reporting = EG(error_reporting);
	if (!E_HAS_ONLY_FATAL_ERRORS(reporting)) {
		EG(error_reporting) = reporting & E_FATAL_ERRORS;
	}
	zend_try {
		zend_error_zstr(E_USER_NOTICE, message);
	} zend_catch {
		EG(error_reporting) = reporting;
		zend_bailout();
	} zend_end_try();
	if (E_HAS_ONLY_FATAL_ERRORS(EG(error_reporting)) && !E_HAS_ONLY_FATAL_ERRORS(reporting)) {
		EG(error_reporting) = reporting;
	}
}

/* The SDK's notice; formatted before libxml2's last error (which `message` may be) is cleared. */
static void transformer_parse_failed(int level, int code, const char *message)
{
	zend_string *notice = zend_strpprintf(0, "Parsing the $xml failed with the last error(level=%d,code=%d,message=%s).",
			level, code, message ? message : "");
	xmlResetLastError();
	transformer_silenced_notice(notice);
	zend_string_release(notice);
}

/* After a failed parse, as the SDK does: libxml2's last error (if there is one; for an empty input
 * it is whatever an earlier parse left) is cleared and reported. */
static void transformer_report_last_error(void)
{
	const xmlError *error = xmlGetLastError();
	if (error) {
		transformer_parse_failed(error->level, error->code, error->message);
	}
}

/* Errors of our parse reach neither PHP's warnings nor libxml_get_errors(). */
static void transformer_quiet(void *context, xmlErrorPtr error)
{
	(void) context;
	(void) error;
}

static xmlDocPtr transformer_parse(zend_string *xml)
{
	xmlStructuredErrorFunc handler = xmlStructuredError;
	void *context = xmlStructuredErrorContext;
	xmlSetStructuredErrorFunc(NULL, transformer_quiet);
	xmlDocPtr doc = xmlReadMemory(ZSTR_VAL(xml), (int) ZSTR_LEN(xml), NULL, NULL, TRANSFORMER_PARSE_OPTIONS);
	xmlSetStructuredErrorFunc(context, handler);
	return doc;
}
/* }}} */

/* {{{ toArray(): the shape of the SDK's SimpleXMLElement casts */

typedef struct {
	xmlDocPtr doc;
	size_t budget;          /* bytes of text the conversion may still produce */
	size_t work;            /* what libxml2 may still spend expanding entities */
	HashTable expansions;   /* entity name => its text, each expanded once */
} transformer_shape;

static inline bool unprefixed(const xmlNs *ns)
{
	return !ns || !ns->prefix;
}

/* Bounds what libxml2 spends on the text of `list` with entity references substituted: `bytes`
 * gets the text's length, counting text inside elements too so that it holds for every libxml2
 * version; `work` (cumulative) counts each node visited (TRANSFORMER_NODE_WORK) and, as libxml2
 * before 2.13 rescans the string built so far at each piece it appends, pieces x length for each
 * list. False as soon as either passes its limit. */
static bool transformer_cost(xmlDocPtr doc, const xmlNode *list, size_t *bytes, size_t *work,
		size_t byte_limit, size_t work_limit, int nesting)
{
	if (nesting > TRANSFORMER_MAX_DEPTH) {
		return false;
	}
	size_t total = 0, pieces = 0;
	for (const xmlNode *node = list; node; node = node->next) {
		size_t part = 0;
		if (work_limit - *work < TRANSFORMER_NODE_WORK) {
			return false;
		}
		*work += TRANSFORMER_NODE_WORK;
		if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
			pieces++;
			part = node->content ? strlen((const char *) node->content) : 0;
		} else if (node->type == XML_ENTITY_REF_NODE) {
			xmlEntityPtr entity = xmlGetDocEntity(doc, node->name);
			pieces++;
			if (!entity) {
				part = node->content ? strlen((const char *) node->content) : 0;
			} else if (!transformer_cost(doc, entity->children, &part, work, byte_limit, work_limit, nesting + 1)) {
				return false;
			}
		} else if (node->type == XML_ELEMENT_NODE
				&& !transformer_cost(doc, node->children, &part, work, byte_limit, work_limit, nesting + 1)) {
			return false;
		}
		if (part > byte_limit - total) {
			return false;
		}
		total += part;
	}
	if (pieces && total > (work_limit - *work) / pieces) {
		return false;
	}
	*work += pieces * total;
	*bytes = total;
	return true;
}

/* What an entity reference reads as: libxml2's own answer for that one node (its rules differ
 * between versions), computed once per entity name within the bounds. NULL past them. */
static zend_string *transformer_expansion(transformer_shape *shape, xmlNodePtr reference)
{
	const char *name = (const char *) reference->name;
	zend_string *text = zend_hash_str_find_ptr(&shape->expansions, name, strlen(name));
	if (text) {
		return text;
	}
	xmlNodePtr next = reference->next;
	reference->next = NULL;       /* libxml2 reads a list: make it this node alone */
	size_t bytes, work = 0;
	xmlChar *content = NULL;
	bool bounded = transformer_cost(shape->doc, reference, &bytes, &work, shape->budget, shape->work, 0);
	if (bounded) {
		shape->work -= work;
		content = xmlNodeListGetString(shape->doc, reference, 1);
	}
	reference->next = next;
	if (!bounded) {
		return NULL;
	}
	text = zend_string_init(content ? (const char *) content : "", content ? strlen((const char *) content) : 0, 0);
	if (content) {
		xmlFree(content);
	}
	zend_hash_str_add_new_ptr(&shape->expansions, name, strlen(name), text);
	return text;
}

/* The text of a node list as SimpleXML reads it (xmlNodeListGetString() with entity references
 * substituted: the text nodes and the entity references, in order), built in linear time and
 * charged to the budget; false when a bound would be passed. */
static bool transformer_text(transformer_shape *shape, xmlNodePtr list, zval *result)
{
	if (list && list->type == XML_TEXT_NODE && !list->next) {
		/* one text node, the usual leaf */
		size_t length = list->content ? strlen((const char *) list->content) : 0;
		if (length > shape->budget) {
			return false;
		}
		shape->budget -= length;
		ZVAL_STRINGL(result, length ? (const char *) list->content : "", length);
		return true;
	}
	smart_str text = {0};
	for (xmlNodePtr node = list; node; node = node->next) {
		const char *piece = NULL;
		size_t length = 0;
		if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
			piece = (const char *) node->content;
			length = piece ? strlen(piece) : 0;
		} else if (node->type == XML_ENTITY_REF_NODE) {
			zend_string *expansion = transformer_expansion(shape, node);
			if (!expansion) {
				smart_str_free(&text);
				return false;
			}
			piece = ZSTR_VAL(expansion);
			length = ZSTR_LEN(expansion);
		}
		if (length > shape->budget) {
			smart_str_free(&text);
			return false;
		}
		shape->budget -= length;
		if (length) {
			smart_str_appendl(&text, piece, length);
		}
	}
	ZVAL_STR(result, text.s ? smart_str_extract(&text) : ZSTR_EMPTY_ALLOC());
	return true;
}

/* SimpleXML's way of adding a property: a repeated name turns the first value into a list. */
static void transformer_add(HashTable *properties, const xmlChar *name, zval *value)
{
	size_t length = strlen((const char *) name);
	zval *existing = zend_symtable_str_find(properties, (const char *) name, length);
	if (!existing) {
		zend_symtable_str_update(properties, (const char *) name, length, value);
		return;
	}
	if (Z_TYPE_P(existing) != IS_ARRAY) {
		zval list;
		array_init(&list);
		zend_hash_next_index_insert_new(Z_ARRVAL(list), existing);
		ZVAL_ARR(existing, Z_ARR(list));
	}
	zend_hash_next_index_insert_new(Z_ARRVAL_P(existing), value);
}

/* Properties of a node as (array) of its SimpleXMLElement gives them: '@attributes' (those without
 * a prefix, text with entities substituted), then the children in document order. A text child
 * counts only when it is the only child, is not blank and not empty (it gets key 0). Other
 * children count under their name (comments as "comment", processing instructions by target,
 * entity references by entity name), except elements with a namespace prefix. A child whose first
 * child is non-blank text is stored as its text; any other is stored as the node itself (IS_PTR),
 * for transformer_resolve(). */
static bool transformer_collect(transformer_shape *shape, xmlNodePtr node, zval *properties)
{
	array_init(properties);
	if (node->type == XML_ELEMENT_NODE) {
		HashTable *attributes = NULL;
		for (xmlAttrPtr attr = node->properties; attr; attr = attr->next) {
			if (!unprefixed(attr->ns)) {
				continue;
			}
			zval text;
			if (!transformer_text(shape, attr->children, &text)) {
				return false;
			}
			if (!attributes) {
				zval list;
				array_init(&list);
				attributes = Z_ARRVAL(list);
				transformer_add(Z_ARRVAL_P(properties), (const xmlChar *) "@attributes", &list);
			}
			zend_symtable_str_update(attributes, (const char *) attr->name, strlen((const char *) attr->name), &text);
		}
	}
	for (xmlNodePtr child = node->children; child; child = child->next) {
		zval value;
		if (child->type == XML_TEXT_NODE) {
			if (!child->prev && !child->next && !xmlIsBlankNode(child)
					&& child->content && *child->content) {
				if (!transformer_text(shape, child, &value)) {
					return false;
				}
				zend_hash_next_index_insert(Z_ARRVAL_P(properties), &value);
			}
			continue;
		}
		if ((child->type == XML_ELEMENT_NODE && !unprefixed(child->ns)) || !child->name) {
			continue;
		}
		if (child->children && child->children->type == XML_TEXT_NODE && !xmlIsBlankNode(child->children)) {
			if (!transformer_text(shape, child->children, &value)) {
				return false;
			}
		} else {
			ZVAL_PTR(&value, child);
		}
		transformer_add(Z_ARRVAL_P(properties), child->name, &value);
	}
	return true;
}

static bool transformer_node(transformer_shape *shape, xmlNodePtr node, zval *result, int depth);

/* The SDK's value() on a stored node: an array when it has element children without a prefix,
 * else its text (a comment's or processing instruction's content when it has no children). */
static bool transformer_resolve_node(transformer_shape *shape, zval *slot, int depth)
{
	xmlNodePtr node = Z_PTR_P(slot);
	/* for an entity reference, children is the entity and next its siblings in the DTD */
	for (xmlNodePtr child = node->children; child; child = child->next) {
		if (child->type == XML_ELEMENT_NODE && unprefixed(child->ns)) {
			return transformer_node(shape, node, slot, depth + 1);
		}
	}
	if (node->children) {
		return transformer_text(shape, node->children, slot);
	}
	if ((node->type == XML_COMMENT_NODE || node->type == XML_PI_NODE) && node->content) {
		ZVAL_STRING(slot, (const char *) node->content);
	} else {
		ZVAL_EMPTY_STRING(slot);
	}
	return true;
}

/* The SDK's value() over collected properties, lists included. */
static bool transformer_resolve(transformer_shape *shape, zval *properties, int depth)
{
	zval *entry, *item;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(properties), entry) {
		if (Z_TYPE_P(entry) == IS_PTR) {
			if (!transformer_resolve_node(shape, entry, depth)) {
				return false;
			}
		} else if (Z_TYPE_P(entry) == IS_ARRAY) {
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(entry), item) {
				if (Z_TYPE_P(item) == IS_PTR && !transformer_resolve_node(shape, item, depth)) {
					return false;
				}
			} ZEND_HASH_FOREACH_END();
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* The SDK's cast() of a node into `result`, which is left untouched on failure (the budget is
 * exhausted, or an exception beyond the depth limit). */
static bool transformer_node(transformer_shape *shape, xmlNodePtr node, zval *result, int depth)
{
	if (depth > TRANSFORMER_MAX_DEPTH) {
		wechatpay_throw_invalid_argument("The $xml is nested deeper than %d levels.", TRANSFORMER_MAX_DEPTH);
		return false;
	}
	zval properties;
	if (!transformer_collect(shape, node, &properties) || !transformer_resolve(shape, &properties, depth)) {
		zval_ptr_dtor(&properties);
		return false;
	}
	ZVAL_COPY_VALUE(result, &properties);
	return true;
}

static void transformer_expansion_dtor(zval *entry)
{
	zend_string_release(Z_PTR_P(entry));
}

static void transformer_to_array(zend_string *xml, zval *return_value)
{
	if (ZEND_SIZE_T_INT_OVFL(ZSTR_LEN(xml))) {
		/* what the SDK's simplexml_load_string() call throws */
		zend_value_error("simplexml_load_string(): Argument #1 ($data) is too long");
		return;
	}
	xmlDocPtr doc = transformer_parse(xml);
	if (!doc) {
		transformer_report_last_error();
		if (!EG(exception)) {
			RETVAL_EMPTY_ARRAY();
		}
		return;
	}
	transformer_shape shape = {
		.doc = doc,
		.budget = MAX(TRANSFORMER_EXPANSION_FREE, ZSTR_LEN(xml) * TRANSFORMER_EXPANSION_FACTOR),
		.work = TRANSFORMER_EXPANSION_WORK,
	};
	zend_hash_init(&shape.expansions, 0, NULL, transformer_expansion_dtor, 0);
	zval result;
	bool shaped = transformer_node(&shape, xmlDocGetRootElement(doc), &result, 1);
	zend_hash_destroy(&shape.expansions);
	xmlFreeDoc(doc);
	if (shaped) {
		RETURN_COPY_VALUE(&result);
	}
	if (EG(exception)) {
		return;
	}
	/* the words and code libxml2 2.11 uses for the same rule */
	transformer_parse_failed(XML_ERR_FATAL, XML_ERR_ENTITY_LOOP, "Maximum entity amplification factor exceeded\n");
	if (!EG(exception)) {
		RETVAL_EMPTY_ARRAY();
	}
}
/* }}} */

/* {{{ toXml() */

/* The SDK's element-name rule, ^[\pL_][\pL0-9._:-]*$ with /ui (so one trailing "\n" passes, as
 * "$" allows): ASCII names are checked here, others by PCRE for its Unicode letter tables, leaving
 * preg_last_error() as it was. */
static bool transformer_name_valid(zend_string *name)
{
	const unsigned char *s = (const unsigned char *) ZSTR_VAL(name);
	size_t length = ZSTR_LEN(name);
	for (size_t i = 0; i < length; i++) {
		if (s[i] >= 0x80) {
			pcre_cache_entry *pce = pcre_get_compiled_regex_cache(transformer_name_pattern);
			if (!pce) {
				return false;
			}
			php_pcre_error_code error = PCRE_G(error_code);
			zval matched;
			php_pcre_pce_incref(pce);
			php_pcre_match_impl(pce, name, &matched, NULL, 0, 0, 0, 0);
			php_pcre_pce_decref(pce);
			PCRE_G(error_code) = error;
			return Z_TYPE(matched) == IS_LONG && Z_LVAL(matched) > 0;
		}
	}
	if (length && s[length - 1] == '\n') {
		length--;
	}
#define LETTER(c) (((c) >= 'A' && (c) <= 'Z') || ((c) >= 'a' && (c) <= 'z'))
	if (!length || !(LETTER(s[0]) || s[0] == '_')) {
		return false;
	}
	for (size_t i = 1; i < length; i++) {
		unsigned char c = s[i];
		if (!(LETTER(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == ':' || c == '-')) {
			return false;
		}
	}
#undef LETTER
	return true;
}

/* Values with any of < > & " go in CDATA. */
static bool transformer_needs_cdata(zend_string *value)
{
	const char *p = ZSTR_VAL(value), *end = p + ZSTR_LEN(value);
	for (; p < end; p++) {
		if (*p == '<' || *p == '>' || *p == '&' || *p == '"') {
			return true;
		}
	}
	return false;
}

typedef struct {
	xmlTextWriterPtr writer;
	const char *item;            /* as XMLWriter reads it: up to its first NUL */
	zend_class_entry *scope;
	zend_function *name_valid;   /* a subclass's isElementNameValid(), or NULL */
	zend_function *needs_cdata;  /* a subclass's needsCdataWrapping(), or NULL */
} transformer_writer;

/* A predicate as the called class has it; -1 on exception. */
static int transformer_ask(transformer_writer *w, zend_function *override, bool (*own)(zend_string *), zend_string *arg)
{
	if (!override) {
		return own(arg);
	}
	zval retval;
	if (!transformer_call(override, w->scope, arg, &retval)) {
		return -1;
	}
	bool answer = zend_is_true(&retval);
	zval_ptr_dtor(&retval);
	return answer;
}

/* XMLWriter::startElement(): the name must be an XML Name (as far as its first NUL), else the
 * ValueError PHP's XMLWriter throws, with its words. */
static bool transformer_start(transformer_writer *w, const char *name)
{
	if (xmlValidateName((const xmlChar *) name, 0) != 0) {
		zend_value_error("XMLWriter::startElement(): Argument #2 must be a valid element name, \"%s\" given", name);
		return false;
	}
	xmlTextWriterStartElement(w->writer, (const xmlChar *) name);
	return true;
}

/* The SDK's content(): CDATA when needed (and writable), else escaped text; as XMLWriter passes
 * them to libxml2, both end at the first NUL. */
static bool transformer_content(transformer_writer *w, zend_string *text)
{
	int cdata = transformer_ask(w, w->needs_cdata, transformer_needs_cdata, text);
	if (cdata < 0) {
		return false;
	}
	if (!cdata || xmlTextWriterWriteCDATA(w->writer, (const xmlChar *) ZSTR_VAL(text)) == -1) {
		xmlTextWriterWriteString(w->writer, (const xmlChar *) ZSTR_VAL(text));
	}
	return true;
}

/* The SDK's walk(): each entry becomes an element named by its key when the key is a valid name,
 * else by $item; arrays and Traversables (cast to array, as (array) does) nest, anything else is
 * cast to string. The table is held while user code (__toString, overrides) runs. */
static bool transformer_walk(transformer_writer *w, HashTable *data, int depth)
{
	if (depth > TRANSFORMER_MAX_DEPTH) {
		wechatpay_throw_invalid_argument("The $data is nested deeper than %d levels.", TRANSFORMER_MAX_DEPTH);
		return false;
	}
	bool ok = true;
	GC_TRY_ADDREF(data);
	zend_string *key;
	zval *value;
	ZEND_HASH_FOREACH_STR_KEY_VAL(data, key, value) {
		ZVAL_DEREF(value);
		const char *tag = w->item;
		if (key) {
			int valid = transformer_ask(w, w->name_valid, transformer_name_valid, key);
			if (valid < 0) {
				ok = false;
				break;
			}
			if (valid) {
				tag = ZSTR_VAL(key);
			}
		}
		if (!transformer_start(w, tag)) {
			ok = false;
			break;
		}
		if (Z_TYPE_P(value) == IS_ARRAY) {
			ok = transformer_walk(w, Z_ARRVAL_P(value), depth + 1);
		} else if (Z_TYPE_P(value) == IS_OBJECT && instanceof_function(Z_OBJCE_P(value), zend_ce_traversable)) {
			zval cast;
			ZVAL_COPY(&cast, value);
			convert_to_array(&cast);
			ok = !EG(exception) && transformer_walk(w, Z_ARRVAL(cast), depth + 1);
			zval_ptr_dtor(&cast);
		} else {
			zend_string *text = zval_try_get_string(value);
			ok = text && transformer_content(w, text);
			if (text) {
				zend_string_release(text);
			}
		}
		if (!ok) {
			break;
		}
		xmlTextWriterEndElement(w->writer);
	} ZEND_HASH_FOREACH_END();
	zend_array_release(data);
	return ok;
}

static void transformer_to_xml(zend_class_entry *scope, HashTable *data, bool headless, bool indent,
		const char *root, const char *item, zval *return_value)
{
	xmlBufferPtr buffer = xmlBufferCreate();
	transformer_writer w = {
		.writer = buffer ? xmlNewTextWriterMemory(buffer, 0) : NULL,
		.item = item,
		.scope = scope,
		.name_valid = transformer_override(scope, ZEND_STRL("iselementnamevalid")),
		.needs_cdata = transformer_override(scope, ZEND_STRL("needscdatawrapping")),
	};
	if (!w.writer) {
		if (buffer) {
			xmlBufferFree(buffer);
		}
		zend_throw_error(NULL, "libxml2 could not create an XML writer");
		return;
	}
	xmlTextWriterSetIndent(w.writer, indent);
	if (!headless) {
		xmlTextWriterStartDocument(w.writer, "1.0", "utf-8", NULL);
	}
	if (transformer_start(&w, root) && transformer_walk(&w, data, 1)) {
		xmlTextWriterEndElement(w.writer);
		if (!headless) {
			xmlTextWriterEndDocument(w.writer);
		}
		xmlTextWriterFlush(w.writer);
		/* XMLWriter::outputMemory() reads the buffer as a C string */
		const char *xml = (const char *) xmlBufferContent(buffer);
		RETVAL_STRINGL(xml, strlen(xml));
	}
	xmlFreeTextWriter(w.writer);
	xmlBufferFree(buffer);
}
/* }}} */

/* {{{ C-level helpers (the APIv2 request and reply transforms) */
void wechatpay_transformer_array(zend_string *xml, zval *out)
{
	ZVAL_UNDEF(out);
	zend_string *clean = transformer_sanitize(xml);
	transformer_to_array(clean, out);
	zend_string_release(clean);
}

zend_string *wechatpay_transformer_xml(HashTable *data)
{
	zval xml;
	ZVAL_UNDEF(&xml);
	transformer_to_xml(wechatpay_ce_Transformer, data, true, false, "xml", "item", &xml);
	return Z_TYPE(xml) == IS_STRING ? Z_STR(xml) : NULL;
}
/* }}} */

/* {{{ methods */
ZEND_METHOD(WeChatPay_Transformer, toArray)
{
	zend_string *xml = NULL;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(0, TRANSFORMER_ANY_MORE)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(xml)
	ZEND_PARSE_PARAMETERS_END();

	zend_string *input = xml ? zend_string_copy(xml) : zend_string_init(ZEND_STRL("<xml/>"), 0);
	zend_string *clean = transformer_sanitize_as(zend_get_called_scope(execute_data), input);
	zend_string_release(input);
	if (!clean) {
		RETURN_THROWS();
	}
	transformer_to_array(clean, return_value);
	zend_string_release(clean);
}

ZEND_METHOD(WeChatPay_Transformer, sanitize)
{
	zend_string *xml;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(1, TRANSFORMER_ANY_MORE)
		Z_PARAM_STR(xml)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(transformer_sanitize(xml));
}

ZEND_METHOD(WeChatPay_Transformer, toXml)
{
	HashTable *data;
	bool headless = true, indent = false;
	zend_string *root = NULL, *item = NULL;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(1, TRANSFORMER_ANY_MORE)
		Z_PARAM_ARRAY_HT(data)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(headless)
		Z_PARAM_BOOL(indent)
		Z_PARAM_STR(root)
		Z_PARAM_STR(item)
	ZEND_PARSE_PARAMETERS_END();

	transformer_to_xml(zend_get_called_scope(execute_data), data, headless, indent,
			root ? ZSTR_VAL(root) : "xml", item ? ZSTR_VAL(item) : "item", return_value);
}

ZEND_METHOD(WeChatPay_Transformer, isElementNameValid)
{
	zend_string *name = NULL;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(0, TRANSFORMER_ANY_MORE)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(name && transformer_name_valid(name));
}

ZEND_METHOD(WeChatPay_Transformer, needsCdataWrapping)
{
	zend_string *value = NULL;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(0, TRANSFORMER_ANY_MORE)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(value)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(value && transformer_needs_cdata(value));
}
/* }}} */

void wechatpay_transformer_minit(void)
{
	transformer_name_pattern = zend_string_init_interned(ZEND_STRL("#^[\\pL_][\\pL0-9._:-]*$#ui"), 1);
	wechatpay_ce_Transformer = register_class_WeChatPay_Transformer();
}

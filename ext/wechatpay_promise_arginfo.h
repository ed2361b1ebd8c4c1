/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: f0e295c4871530acafbac416042e6c52a452e513 */

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Http_Promise_then, 0, 0, WeChatPay\\Http\\Promise, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onFulfilled, IS_CALLABLE, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onRejected, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Http_Promise_otherwise, 0, 1, WeChatPay\\Http\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, onRejected, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Promise_getState, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Promise_resolve, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Promise_reject, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, reason, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Promise_cancel, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Promise_wait, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, unwrap, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Http_Promise, then);
ZEND_METHOD(WeChatPay_Http_Promise, otherwise);
ZEND_METHOD(WeChatPay_Http_Promise, getState);
ZEND_METHOD(WeChatPay_Http_Promise, resolve);
ZEND_METHOD(WeChatPay_Http_Promise, reject);
ZEND_METHOD(WeChatPay_Http_Promise, cancel);
ZEND_METHOD(WeChatPay_Http_Promise, wait);


static const zend_function_entry class_WeChatPay_Http_Promise_methods[] = {
	ZEND_ME(WeChatPay_Http_Promise, then, arginfo_class_WeChatPay_Http_Promise_then, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Promise, otherwise, arginfo_class_WeChatPay_Http_Promise_otherwise, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Promise, getState, arginfo_class_WeChatPay_Http_Promise_getState, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Promise, resolve, arginfo_class_WeChatPay_Http_Promise_resolve, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Promise, reject, arginfo_class_WeChatPay_Http_Promise_reject, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Promise, cancel, arginfo_class_WeChatPay_Http_Promise_cancel, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Promise, wait, arginfo_class_WeChatPay_Http_Promise_wait, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Http_Promise(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Http", "Promise", class_WeChatPay_Http_Promise_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval const_PENDING_value;
	zend_string *const_PENDING_value_str = zend_string_init("pending", strlen("pending"), 1);
	ZVAL_STR(&const_PENDING_value, const_PENDING_value_str);
	zend_string *const_PENDING_name = zend_string_init_interned("PENDING", sizeof("PENDING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PENDING_name, &const_PENDING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PENDING_name);

	zval const_FULFILLED_value;
	zend_string *const_FULFILLED_value_str = zend_string_init("fulfilled", strlen("fulfilled"), 1);
	ZVAL_STR(&const_FULFILLED_value, const_FULFILLED_value_str);
	zend_string *const_FULFILLED_name = zend_string_init_interned("FULFILLED", sizeof("FULFILLED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_FULFILLED_name, &const_FULFILLED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_FULFILLED_name);

	zval const_REJECTED_value;
	zend_string *const_REJECTED_value_str = zend_string_init("rejected", strlen("rejected"), 1);
	ZVAL_STR(&const_REJECTED_value, const_REJECTED_value_str);
	zend_string *const_REJECTED_name = zend_string_init_interned("REJECTED", sizeof("REJECTED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_REJECTED_name, &const_REJECTED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_REJECTED_name);

	return class_entry;
}

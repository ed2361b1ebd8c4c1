/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 945806b4e1d5a4197f4cb1b913db34870ed1521f */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_TransformRequest___invoke, 0, 0, IS_MIXED, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, arguments, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_TransformResponse___invoke arginfo_class_WeChatPay_Http_TransformRequest___invoke


ZEND_METHOD(WeChatPay_Http_TransformRequest, __invoke);
ZEND_METHOD(WeChatPay_Http_TransformResponse, __invoke);


static const zend_function_entry class_WeChatPay_Http_TransformRequest_methods[] = {
	ZEND_ME(WeChatPay_Http_TransformRequest, __invoke, arginfo_class_WeChatPay_Http_TransformRequest___invoke, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Http_TransformResponse_methods[] = {
	ZEND_ME(WeChatPay_Http_TransformResponse, __invoke, arginfo_class_WeChatPay_Http_TransformResponse___invoke, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Http_TransformRequest(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Http", "TransformRequest", class_WeChatPay_Http_TransformRequest_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Http_TransformResponse(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Http", "TransformResponse", class_WeChatPay_Http_TransformResponse_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

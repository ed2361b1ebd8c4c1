/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 5bb286d645e993edb6e892009490c71d9787025d */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Signer___invoke, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, request, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Verifier___invoke, 0, 0, IS_MIXED, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, arguments, IS_MIXED, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Http_Signer, __invoke);
ZEND_METHOD(WeChatPay_Http_Verifier, __invoke);


static const zend_function_entry class_WeChatPay_Http_Signer_methods[] = {
	ZEND_ME(WeChatPay_Http_Signer, __invoke, arginfo_class_WeChatPay_Http_Signer___invoke, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Http_Verifier_methods[] = {
	ZEND_ME(WeChatPay_Http_Verifier, __invoke, arginfo_class_WeChatPay_Http_Verifier___invoke, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Http_Signer(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Http", "Signer", class_WeChatPay_Http_Signer_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Http_Verifier(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Http", "Verifier", class_WeChatPay_Http_Verifier_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

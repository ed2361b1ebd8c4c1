/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: f2bf83835eaaebe03a0e43185b88ef158130cfb8 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Builder___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Builder_factory, 0, 0, WeChatPay\\BuilderChainable, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, config, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_BuilderChainable_getDriver, 0, 0, WeChatPay\\ClientDecoratorInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_BuilderChainable_chain, 0, 1, WeChatPay\\BuilderChainable, 0)
	ZEND_ARG_TYPE_INFO(0, segment, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_BuilderChainable_get, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_BuilderChainable_put arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderChainable_post arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderChainable_patch arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderChainable_delete arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderChainable_getAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderChainable_putAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderChainable_postAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderChainable_patchAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderChainable_deleteAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderTrait_getDriver arginfo_class_WeChatPay_BuilderChainable_getDriver

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_BuilderTrait_pathname, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, seperator, IS_STRING, 0, "\'/\'")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_BuilderTrait_get arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderTrait_put arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderTrait_post arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderTrait_patch arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderTrait_delete arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderTrait_getAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderTrait_putAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderTrait_postAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderTrait_patchAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderTrait_deleteAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderNode___construct arginfo_class_WeChatPay_Builder___construct

#define arginfo_class_WeChatPay_BuilderNode_getDriver arginfo_class_WeChatPay_BuilderChainable_getDriver

#define arginfo_class_WeChatPay_BuilderNode_chain arginfo_class_WeChatPay_BuilderChainable_chain

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_BuilderNode_offsetExists, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_BuilderNode_offsetGet, 0, 1, WeChatPay\\BuilderChainable, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_BuilderNode_offsetSet, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_BuilderNode_offsetUnset, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_BuilderNode_getIterator, 0, 0, Iterator, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_BuilderNode_count, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_BuilderNode_getArrayCopy, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_BuilderNode_get arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderNode_put arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderNode_post arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderNode_patch arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderNode_delete arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderNode_getAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderNode_putAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderNode_postAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderNode_patchAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderNode_deleteAsync arginfo_class_WeChatPay_BuilderChainable_get


ZEND_METHOD(WeChatPay_Builder, __construct);
ZEND_METHOD(WeChatPay_Builder, factory);
ZEND_METHOD(WeChatPay_BuilderTrait, get);
ZEND_METHOD(WeChatPay_BuilderTrait, put);
ZEND_METHOD(WeChatPay_BuilderTrait, post);
ZEND_METHOD(WeChatPay_BuilderTrait, patch);
ZEND_METHOD(WeChatPay_BuilderTrait, delete);
ZEND_METHOD(WeChatPay_BuilderTrait, getAsync);
ZEND_METHOD(WeChatPay_BuilderTrait, putAsync);
ZEND_METHOD(WeChatPay_BuilderTrait, postAsync);
ZEND_METHOD(WeChatPay_BuilderTrait, patchAsync);
ZEND_METHOD(WeChatPay_BuilderTrait, deleteAsync);
ZEND_METHOD(WeChatPay_BuilderNode, __construct);
ZEND_METHOD(WeChatPay_BuilderNode, getDriver);
ZEND_METHOD(WeChatPay_BuilderNode, chain);
ZEND_METHOD(WeChatPay_BuilderNode, offsetExists);
ZEND_METHOD(WeChatPay_BuilderNode, offsetGet);
ZEND_METHOD(WeChatPay_BuilderNode, offsetSet);
ZEND_METHOD(WeChatPay_BuilderNode, offsetUnset);
ZEND_METHOD(WeChatPay_BuilderNode, getIterator);
ZEND_METHOD(WeChatPay_BuilderNode, count);
ZEND_METHOD(WeChatPay_BuilderNode, getArrayCopy);
ZEND_METHOD(WeChatPay_BuilderNode, get);
ZEND_METHOD(WeChatPay_BuilderNode, put);
ZEND_METHOD(WeChatPay_BuilderNode, post);
ZEND_METHOD(WeChatPay_BuilderNode, patch);
ZEND_METHOD(WeChatPay_BuilderNode, delete);
ZEND_METHOD(WeChatPay_BuilderNode, getAsync);
ZEND_METHOD(WeChatPay_BuilderNode, putAsync);
ZEND_METHOD(WeChatPay_BuilderNode, postAsync);
ZEND_METHOD(WeChatPay_BuilderNode, patchAsync);
ZEND_METHOD(WeChatPay_BuilderNode, deleteAsync);


static const zend_function_entry class_WeChatPay_Builder_methods[] = {
	ZEND_ME(WeChatPay_Builder, __construct, arginfo_class_WeChatPay_Builder___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Builder, factory, arginfo_class_WeChatPay_Builder_factory, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_BuilderChainable_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, getDriver, arginfo_class_WeChatPay_BuilderChainable_getDriver, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, chain, arginfo_class_WeChatPay_BuilderChainable_chain, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, get, arginfo_class_WeChatPay_BuilderChainable_get, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, put, arginfo_class_WeChatPay_BuilderChainable_put, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, post, arginfo_class_WeChatPay_BuilderChainable_post, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, patch, arginfo_class_WeChatPay_BuilderChainable_patch, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, delete, arginfo_class_WeChatPay_BuilderChainable_delete, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, getAsync, arginfo_class_WeChatPay_BuilderChainable_getAsync, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, putAsync, arginfo_class_WeChatPay_BuilderChainable_putAsync, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, postAsync, arginfo_class_WeChatPay_BuilderChainable_postAsync, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, patchAsync, arginfo_class_WeChatPay_BuilderChainable_patchAsync, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, deleteAsync, arginfo_class_WeChatPay_BuilderChainable_deleteAsync, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_BuilderTrait_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderTrait, getDriver, arginfo_class_WeChatPay_BuilderTrait_getDriver, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderTrait, pathname, arginfo_class_WeChatPay_BuilderTrait_pathname, ZEND_ACC_PROTECTED|ZEND_ACC_ABSTRACT)
	ZEND_ME(WeChatPay_BuilderTrait, get, arginfo_class_WeChatPay_BuilderTrait_get, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderTrait, put, arginfo_class_WeChatPay_BuilderTrait_put, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderTrait, post, arginfo_class_WeChatPay_BuilderTrait_post, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderTrait, patch, arginfo_class_WeChatPay_BuilderTrait_patch, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderTrait, delete, arginfo_class_WeChatPay_BuilderTrait_delete, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderTrait, getAsync, arginfo_class_WeChatPay_BuilderTrait_getAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderTrait, putAsync, arginfo_class_WeChatPay_BuilderTrait_putAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderTrait, postAsync, arginfo_class_WeChatPay_BuilderTrait_postAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderTrait, patchAsync, arginfo_class_WeChatPay_BuilderTrait_patchAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderTrait, deleteAsync, arginfo_class_WeChatPay_BuilderTrait_deleteAsync, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_BuilderNode_methods[] = {
	ZEND_ME(WeChatPay_BuilderNode, __construct, arginfo_class_WeChatPay_BuilderNode___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_BuilderNode, getDriver, arginfo_class_WeChatPay_BuilderNode_getDriver, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, chain, arginfo_class_WeChatPay_BuilderNode_chain, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, offsetExists, arginfo_class_WeChatPay_BuilderNode_offsetExists, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, offsetGet, arginfo_class_WeChatPay_BuilderNode_offsetGet, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, offsetSet, arginfo_class_WeChatPay_BuilderNode_offsetSet, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, offsetUnset, arginfo_class_WeChatPay_BuilderNode_offsetUnset, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, getIterator, arginfo_class_WeChatPay_BuilderNode_getIterator, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, count, arginfo_class_WeChatPay_BuilderNode_count, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, getArrayCopy, arginfo_class_WeChatPay_BuilderNode_getArrayCopy, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, get, arginfo_class_WeChatPay_BuilderNode_get, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, put, arginfo_class_WeChatPay_BuilderNode_put, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, post, arginfo_class_WeChatPay_BuilderNode_post, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, patch, arginfo_class_WeChatPay_BuilderNode_patch, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, delete, arginfo_class_WeChatPay_BuilderNode_delete, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, getAsync, arginfo_class_WeChatPay_BuilderNode_getAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, putAsync, arginfo_class_WeChatPay_BuilderNode_putAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, postAsync, arginfo_class_WeChatPay_BuilderNode_postAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, patchAsync, arginfo_class_WeChatPay_BuilderNode_patchAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, deleteAsync, arginfo_class_WeChatPay_BuilderNode_deleteAsync, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Builder(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "Builder", class_WeChatPay_Builder_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "factory", sizeof("factory") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_BuilderChainable(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "BuilderChainable", class_WeChatPay_BuilderChainable_methods);
	class_entry = zend_register_internal_interface(&ce);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_BuilderTrait(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "BuilderTrait", class_WeChatPay_BuilderTrait_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_TRAIT;

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_BuilderNode(zend_class_entry *class_entry_WeChatPay_BuilderChainable, zend_class_entry *class_entry_ArrayAccess, zend_class_entry *class_entry_IteratorAggregate, zend_class_entry *class_entry_Countable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "BuilderNode", class_WeChatPay_BuilderNode_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 4, class_entry_WeChatPay_BuilderChainable, class_entry_ArrayAccess, class_entry_IteratorAggregate, class_entry_Countable);

	return class_entry;
}

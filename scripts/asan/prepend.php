<?php
// scripts/asan/prepend.php: auto_prepend_file of the PHP under test in the ASan run. The clang ASan
// runtime is already loaded; drop it from the environment so that nothing this test spawns (the
// gateway, the openssl CLI, shells) inherits the preload and its leak checker.
putenv('LD_PRELOAD');
